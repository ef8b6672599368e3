"""Build every probe folder with this tree and compare the tables with another tree's.

    python benchmarks/probe_check.py OUT_DIR [--ref REF_DIR] [--only NAME ...]

The probe folders (`benchmarks/probes/*/`) hold articles the developers wrote to probe the
extractor (see `benchmarks/probes/README.md`). This script builds each folder with the
package it is run with and writes one readable line per table row (its evidence under it) to
`OUT_DIR/<folder>.txt`; with `--ref`, it prints the differences from the files an earlier run
wrote there (say, one of `main` before a change). Run it from two checkouts to see what a
change does to rows the unit tests do not pin down: every difference should be one the change
meant. It is a review aid, not a test: nothing here says which rows are right.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

from karabakh_data.pipeline import build

PROBES = Path(__file__).resolve().parent / "probes"
_DROP = {"meeting_id", "event_id", "statement_id", "retrieved", "sha256", "review_status"}
_FACTS = ("meetings", "events", "statements")


def dump(tables: Path) -> list[str]:
    """The rows of a build as sorted lines, ids replaced by file names."""
    names = {r["source_id"]: Path(r["path"]).stem
             for r in pq.read_table(tables / "sources.parquet").to_pylist()}
    evidence: dict[str, list[str]] = {}
    for r in pq.read_table(tables / "evidence.parquet").to_pylist():
        evidence.setdefault(r["record_id"], []).append(f"{r['role']}:{r['text'][:60]}")
    out: list[str] = []
    for table in ("sources", *_FACTS):
        t = pq.read_table(tables / f"{table}.parquet")
        key = t.schema.names[0]
        for r in t.to_pylist():
            if "source_ids" in r:
                r["source_ids"] = [names.get(x, x) for x in r["source_ids"]]
            if table != "sources" and "source_id" in r:
                r["source_id"] = names.get(r["source_id"], r["source_id"])
            line = f"{table}: " + " | ".join(
                f"{k}={v}" for k, v in r.items() if k not in _DROP and v not in (None, [], ""))
            if table in _FACTS:
                line += "\n    evidence: " + " ; ".join(sorted(evidence.get(r[key], [])))
            out.append(line)
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path, help="folder for this tree's row dumps")
    ap.add_argument("--ref", type=Path, help="folder of an earlier run's dumps to compare with")
    ap.add_argument("--only", nargs="*", help="probe folder names (default: all)")
    args = ap.parse_args(argv)
    folders = sorted(p for p in PROBES.iterdir() if p.is_dir())
    if args.only:
        folders = [p for p in folders if p.name in args.only]
    args.out.mkdir(parents=True, exist_ok=True)
    changed = 0
    for folder in folders:
        with tempfile.TemporaryDirectory() as tmp:
            build(folder, Path(tmp) / "tables")
            lines = dump(Path(tmp) / "tables")
        text = "\n".join(lines) + "\n"
        (args.out / f"{folder.name}.txt").write_text(text, encoding="utf-8")
        ref = args.ref / f"{folder.name}.txt" if args.ref else None
        if ref is not None and ref.exists() and ref.read_text(encoding="utf-8") != text:
            changed += 1
            print(f"== {folder.name}")
            sys.stdout.writelines(difflib.unified_diff(
                ref.read_text(encoding="utf-8").splitlines(True), text.splitlines(True),
                "ref", "this tree", n=0))
    print(f"{len(folders)} probe folders built; {changed} differ from the reference"
          if args.ref else f"{len(folders)} probe folders built into {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
