"""Reading vocabulary files shipped inside the package (`karabakh_data/data/vocab/`).

Word lists (abbreviations, boilerplate patterns, speech verbs, event triggers, ...) are data,
not code: a user extends them for a new outlet or language without touching the extractor.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources


def _read(name: str) -> str:
    return (resources.files("karabakh_data") / "data" / "vocab" / name).read_text(encoding="utf-8")


@cache
def read_words(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a word list (one entry per line, `#` starts a comment)."""
    out = []
    for line in _read(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a CSV vocabulary file (header row first; lines starting with `#` skipped)."""
    lines = [ln for ln in _read(name).splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(dict(r) for r in csv.DictReader(io.StringIO("\n".join(lines))))
