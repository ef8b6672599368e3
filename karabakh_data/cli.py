"""The `karabakh-data` command.

    karabakh-data import DUMP RAW_DIR [--field NAME=KEY ...] [--strict]
    karabakh-data build [--raw DIR] [--out DIR] [--jobs N] [--strict]
    karabakh-data info [--version V]
    karabakh-data evaluate [--gold DIR] [--tables DIR] [--raw DIR]
    karabakh-data release VERSION [--raw DIR] [--date YYYY-MM-DD]
    karabakh-data diff A B
    karabakh-data cite [--version V]

Every failure the user can cause (a missing directory, bad input with --strict, a release that
would overwrite different content, a tampered file) ends with a one-line message on stderr and
a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

DEFAULT_RAW = Path("data/raw")
DEFAULT_OUT = Path("data/processed/build")
DEFAULT_GOLD = Path("tests/gold")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="karabakh-data", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build the machine-only tables from raw articles")
    b.add_argument("--raw", type=Path, default=DEFAULT_RAW, help="folder of raw *.txt files "
                   "(default: data/raw)")
    b.add_argument("--out", type=Path, default=DEFAULT_OUT,
                   help="output folder for the Parquet tables (default: data/processed/build)")
    b.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    b.add_argument("--cache", type=Path, default=None, metavar="DIR",
                   help="keep each article's extraction in DIR and reuse it in later builds "
                        "while the article and the package are unchanged (same tables)")
    b.add_argument("--strict", action="store_true",
                   help="stop without writing anything if any input is bad (default: skip it)")

    m = sub.add_parser("import", help="write the articles of a JSON Lines, JSON or CSV dump "
                       "(a news API's, a scraper's) into a raw folder with its manifest")
    m.add_argument("dump", type=Path, help="*.jsonl, *.ndjson, *.json or *.csv file of records")
    m.add_argument("raw", type=Path, help="raw folder to write to (created if missing); "
                   "then run: karabakh-data build --raw RAW_DIR")
    m.add_argument("--field", action="append", default=[], metavar="NAME=KEY",
                   help="record key of a field when the defaults miss it, e.g. "
                        "text=fields.bodyText (fields: text, title, url, published, outlet, "
                        "author, language); repeatable")
    m.add_argument("--strict", action="store_true",
                   help="stop without writing anything if any record is bad (default: skip it)")

    i = sub.add_parser("info", help="what the installed release holds")
    i.add_argument("--version", default=None)

    e = sub.add_parser("evaluate", help="score machine-only and released tables against gold")
    e.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    e.add_argument("--tables", type=Path, default=None,
                   help="a folder of Parquet tables to score instead of the default pair "
                        "(a fresh machine-only build and the latest release)")
    e.add_argument("--raw", type=Path, default=DEFAULT_RAW)
    e.add_argument("--show", action="store_true", help="list missed gold items and extra rows")

    r = sub.add_parser("release", help="build, curate, validate and write a versioned release")
    r.add_argument("version")
    r.add_argument("--raw", type=Path, default=DEFAULT_RAW)
    r.add_argument("--root", type=Path, default=Path("data/processed"))
    r.add_argument("--curation", type=Path, default=Path("data/curation"))
    r.add_argument("--date", default=None, help="release date (YYYY-MM-DD) for a new version")

    d = sub.add_parser("diff", help="rows added, removed and changed between two releases")
    d.add_argument("a")
    d.add_argument("b")

    c = sub.add_parser("cite", help="print the citation (BibTeX and plain text)")
    c.add_argument("--version", default=None)
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("interrupted; nothing was written", file=sys.stderr)
        return 130
    except (OSError, ValueError, RuntimeError) as exc:  # user-facing errors
        print(f"karabakh-data {args.command}: error: {exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    if args.command == "build":
        from karabakh_data.pipeline import build

        if not args.raw.is_dir():
            raise ValueError(f"{args.raw}: no such folder of raw articles")
        report = build(args.raw, args.out, jobs=max(1, args.jobs), strict=args.strict,
                       rel_to=Path.cwd(), cache=args.cache)
        print(f"built {args.out}/")
        print(report.summary())
        return 0
    if args.command == "import":
        from karabakh_data.ingest import import_articles

        overrides = {}
        for spec in args.field:
            name, sep, key = spec.partition("=")
            if not sep or not name.strip() or not key.strip():
                raise ValueError(f"--field {spec!r}: use NAME=KEY, e.g. text=body")
            overrides[name.strip()] = key.strip()
        if not args.dump.is_file():
            raise ValueError(f"{args.dump}: no such file")
        print(import_articles(args.dump, args.raw, overrides=overrides,
                              strict=args.strict).summary())
        return 0
    if args.command == "info":
        from karabakh_data.loader import info

        print(info(args.version))
        return 0
    if args.command == "evaluate":
        return _evaluate(args)
    if args.command == "release":
        from karabakh_data.release import make_release

        res = make_release(args.version, raw_dir=args.raw, root=args.root,
                           curation_dir=args.curation, date=args.date)
        print(res)
        return 0
    if args.command == "diff":
        from karabakh_data.release import diff

        print(diff(args.a, args.b))
        return 0
    if args.command == "cite":
        from karabakh_data.release import cite

        cite(args.version)
        return 0
    raise ValueError(f"unknown command {args.command}")


def _evaluate(args: argparse.Namespace) -> int:
    from karabakh_data.evaluate import evaluate
    from karabakh_data.loader import parse_parquet
    from karabakh_data.pipeline import build_tables

    if not args.gold.is_dir():
        raise ValueError(f"{args.gold}: no gold folder (run from the repository, or pass --gold)")
    reports = []
    if args.tables is not None:
        tabs = {p.stem: parse_parquet(p.read_bytes())
                for p in sorted(args.tables.glob("*.parquet"))}
        reports.append(evaluate(tabs, args.gold, args.raw, label=f"tables in {args.tables}"))
    else:
        machine, _ = build_tables(args.raw, rel_to=Path.cwd())
        reports.append(evaluate(machine, args.gold, args.raw,
                                label="machine-only extraction (no curation)"))
        try:
            from karabakh_data.loader import load_all, versions

            vs = versions()
            if vs:
                reports.append(evaluate(load_all(vs[-1]), args.gold, args.raw,
                                        label=f"released tables {vs[-1]} (curated)"))
        except (OSError, ValueError) as exc:
            print(f"(no release evaluated: {exc})", file=sys.stderr)
    for rep in reports:
        if not args.show:
            for te in rep.tables.values():
                te.missed, te.extra = [], []
        print(rep)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
