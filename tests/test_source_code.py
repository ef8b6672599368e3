"""The package's own source: guards against mistakes no linter here reports."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "karabakh_data"


def _bound_twice(source: str) -> list[str]:
    """Module-level names bound by more than one top-level statement."""
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(name)
            seen.add(name)
    return twice


def test_the_guard_finds_a_constant_bound_twice() -> None:
    assert _bound_twice("A = 1\nB = 2\nA = 3\n") == ["A"]
    assert _bound_twice("A = 1\ndef f():\n    A = 2\n") == []


def test_no_module_binds_a_name_twice() -> None:
    # a pattern defined again further down a long module silently replaces the first one for
    # every rule written against it (ruff reports this for functions and imports only)
    found = {p.name: _bound_twice(p.read_text(encoding="utf-8"))
             for p in sorted(PACKAGE.glob("*.py"))}
    assert {k: v for k, v in found.items() if v} == {}
