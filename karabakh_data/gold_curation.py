"""Propose curation entries that make a release agree with the hand-coded gold standard.

For the seed articles the project has a gold standard (`tests/gold/*.json`, coded by hand). A
release of those articles should be complete and right against it, while the machine output
stays what it is (`karabakh-data evaluate` scores both). This module writes the difference as
ordinary curation entries, each with its reason, so every change is visible and reviewable:

- a machine row that matches a gold item (the matching rules of `evaluate`) and agrees on every
  coded field -> `verify`;
- a matched row that disagrees -> one `fix` per field (a statement whose quoted span differs is
  dropped and re-added, since its id is derived from the span);
- a gold item with no machine row -> `add`, with the gold's quotes as evidence;
- a machine row that matches no gold item -> `drop` (the gold is complete for its articles).

    python -m karabakh_data.gold_curation --date 2026-11-22 --reviewer "NAME" \
        [--gold tests/gold] [--raw data/raw] [--out data/curation/gold-seeds.json]

The output file is regenerated whole whenever the extractors change; hand-written entries
belong in other files of `data/curation/`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa

from karabakh_data import schema
from karabakh_data.evaluate import (
    _event_ok,
    _event_score,
    _match,
    _meeting_ok,
    _meeting_score,
    _statement_ok,
    _statement_score,
    load_gold,
)
from karabakh_data.release import Texts, release_tables

DEFAULT_OUT = Path("data/curation/gold-seeds.json")

_MEETING_FIELDS = ("date", "date_end", "date_precision", "place_id", "venue", "mode", "level",
                   "format", "participants", "mediator", "status", "outcomes")
_EVENT_FIELDS = ("date", "date_end", "date_precision", "event_type", "description", "actors",
                 "place_id", "fatalities")
_STATEMENT_FIELDS = ("kind", "date", "date_precision", "occasion", "topics")
#: Fields compared as sets (order carries no meaning); written sorted.
_SET_FIELDS = {"participants", "actors", "topics", "source_ids"}
_GEO_PRECISION = {"city": "point", "venue": "point", "region": "region", "route": "region",
                  "country": "country"}


def _json(value: Any) -> Any:
    """A table value as JSON (dates as ISO strings)."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_json(v) for v in value]
    return value


def _norm(name: str, value: Any) -> Any:
    value = _json(value)
    if name in _SET_FIELDS and value is not None:
        return sorted(value)
    return value


class _Proposal:
    """Accumulates entries with sequential ids and the shared reviewer/date."""

    def __init__(self, reviewer: str, date: str, prefix: str) -> None:
        self.entries: list[dict[str, Any]] = []
        self.reviewer, self.date, self.prefix = reviewer, date, prefix

    def add(self, table: str, action: str, reason: str, note: str | None = None,
            **kw: Any) -> dict[str, Any]:
        entry: dict[str, Any] = {"id": f"{self.prefix}{len(self.entries) + 1:04d}",
                                 "table": table, "action": action}
        entry.update({k: v for k, v in kw.items() if v is not None or k == "value"})
        entry.update({"reason": reason, "reviewer": self.reviewer, "date": self.date})
        if note:
            entry["note"] = note
        self.entries.append(entry)
        return entry


def _evidence(gold_item: Mapping[str, Any], texts: Texts,
              only: set[str] | None = None) -> list[dict[str, Any]]:
    """The gold item's quotes as evidence items (first occurrence where a quote repeats)."""
    out = []
    for file, quote in sorted((gold_item.get("evidence") or {}).items()):
        sid = texts.resolve(file)
        if only is not None and sid not in only:
            continue
        n = texts.doc(sid).clean_text.count(quote)
        if n == 0:
            raise ValueError(f"gold quote not in the clean text of {file}: {quote[:60]!r}")
        item = {"source": file, "quote": quote, "role": "trigger"}
        if n > 1:
            item["occurrence"] = 1
        out.append(item)
    return out


def _place_columns(table: str, place_id: str | None,
                   places: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The columns a table derives from its place (changed together with `place_id`)."""
    p = places.get(place_id) if place_id else None
    if table == "meetings":
        return {"city": p["name"] if p and p["kind"] == "city" else None,
                "country": p["country"] if p else None}
    return {"location": p["name"] if p else None, "country": p["country"] if p else None,
            "lat": p["lat"] if p else None, "lon": p["lon"] if p else None,
            "geo_precision": _GEO_PRECISION.get(p["kind"]) if p else None}


def _fact_table(table: str, fields: tuple[str, ...], gold: list[dict[str, Any]],
                pred: list[dict[str, Any]], ok, score, texts: Texts,
                places: Mapping[str, Mapping[str, Any]], prop: _Proposal) -> set[str]:
    """Entries for meetings or events; returns the ids of machine rows dropped."""
    pk = schema.PRIMARY_KEYS[table][0]
    src = f"tests/gold/{table}.json"
    pairs = _match(gold, pred, ok, score)
    matched_p = {pi for _, pi in pairs}
    for gi, pi in sorted(pairs):
        g, p = gold[gi], pred[pi]
        rid = p[pk]
        fixes = [(f, _norm(f, g.get(f))) for f in fields
                 if _norm(f, g.get(f)) != _norm(f, p.get(f))]
        if any(f == "place_id" for f, _ in fixes):
            derived = _place_columns(table, g.get("place_id"), places)
            fixes += [(c, v) for c, v in derived.items() if _norm(c, p.get(c)) != v]
        g_sources = sorted(texts.resolve(f) for f in g.get("sources", []))
        for f, value in fixes:
            prop.add(table, "fix", f"The gold standard ({src}) codes {f} as {value!r}; the "
                     f"extractor gave {_norm(f, p.get(f))!r}.", g.get("note"), record_id=rid,
                     field=f, value=value)
        if g_sources and g_sources != sorted(p["source_ids"]):
            new = set(g_sources) - set(p["source_ids"])
            prop.add(table, "fix", f"The gold standard ({src}) finds this {table[:-1]} in "
                     f"{len(g_sources)} source(s); the extractor linked "
                     f"{len(p['source_ids'])}.", g.get("note"), record_id=rid,
                     field="source_ids", value=g_sources,
                     evidence=_evidence(g, texts, only=new) or None)
            fixes.append(("source_ids", g_sources))
        if not fixes:
            prop.add(table, "verify", f"Agrees with the gold standard ({src}) on every coded "
                     "field.", g.get("note"), record_id=rid)
    for gi, g in enumerate(gold):
        if gi in {a for a, _ in pairs}:
            continue
        value = {f: _norm(f, g.get(f)) for f in fields}
        value.update(_place_columns(table, g.get("place_id"), places))
        value = {k: v for k, v in value.items() if v is not None}
        if g.get("sources"):
            value["source_ids"] = sorted(g["sources"])
        if table == "meetings" and g.get("conflicts"):
            value["conflicts"] = list(g["conflicts"])
        prop.add(table, "add", f"In the gold standard ({src}); the extractor missed it.",
                 g.get("note"), value=value, evidence=_evidence(g, texts))
    dropped = set()
    for pi, p in enumerate(pred):
        if pi not in matched_p:
            prop.add(table, "drop", f"Matches no item of the gold standard ({src}), which "
                     "codes every such fact of its articles.", record_id=p[pk])
            dropped.add(p[pk])
    return dropped


def _speaker_words(clean: str, start: int, names: list[str]) -> str | None:
    """The name of the speaker nearest to a quotation, as the article writes it."""
    best: tuple[int, str] | None = None
    for name in names:
        i = clean.find(name, max(0, start - 400))
        while 0 <= i < start + 400:
            dist = abs(i - start)
            if best is None or (dist, name) < best:
                best = (dist, name)
            i = clean.find(name, i + 1)
    return best[1] if best else None


def _statements(gold: list[dict[str, Any]], pred: list[dict[str, Any]], texts: Texts,
                actors: Mapping[str, Mapping[str, Any]], dropped_meetings: set[str],
                prop: _Proposal) -> None:
    src = "tests/gold/statements.json"
    g_items = []
    for g in gold:
        sid = texts.resolve(g["source"])
        clean = texts.doc(sid).clean_text
        i = clean.find(g["text"])
        if i < 0:
            raise ValueError(f"gold statement not in the clean text of {g['source']}: "
                             f"{g['text'][:60]!r}")
        g_items.append({**g, "source_id": sid, "char_start": i, "char_end": i + len(g["text"])})

    def add(g: dict, meeting_id: str | None, reason: str) -> None:
        actor = actors.get(g["speaker_id"], {})
        names = sorted({actor.get("name") or "", *(actor.get("aliases") or [])} - {""},
                       key=lambda n: (-len(n), n))
        clean = texts.doc(g["source_id"]).clean_text
        words = _speaker_words(clean, g["char_start"], names) or actor.get("name")
        value = {"source": g["source"], "speaker_id": g["speaker_id"], "speaker_text": words,
                 "speaker_country": actor.get("country"), "kind": g["kind"],
                 "text": g["text"], "date": g.get("date"),
                 "date_precision": g.get("date_precision"), "occasion": g.get("occasion"),
                 "topics": sorted(g.get("topics") or []), "meeting_id": meeting_id}
        n = clean.count(g["text"])
        evidence = [{"source": g["source"], "quote": g["text"], "role": "quote",
                     **({"occurrence": 1} if n > 1 else {})}]
        prop.add("statements", "add", reason, g.get("note"),
                 value={k: v for k, v in value.items() if v is not None}, evidence=evidence)

    pairs = _match(g_items, pred, _statement_ok, _statement_score)
    matched_p = {pi for _, pi in pairs}
    for gi, pi in sorted(pairs):
        g, p = g_items[gi], pred[pi]
        rid = p["statement_id"]
        meeting = p.get("meeting_id") if p.get("meeting_id") not in dropped_meetings else None
        if (p["char_start"], p["char_end"]) != (g["char_start"], g["char_end"]):
            prop.add("statements", "drop", f"The gold standard ({src}) quotes a different "
                     "span for this statement; replaced by the gold span.", record_id=rid)
            add(g, meeting, "The gold standard's span of a statement the extractor found "
                "with different bounds.")
            continue
        fixes = [(f, _norm(f, g.get(f))) for f in _STATEMENT_FIELDS
                 if _norm(f, g.get(f)) != _norm(f, p.get(f))]
        if p.get("meeting_id") in dropped_meetings:
            fixes.append(("meeting_id", None))
        for f, value in fixes:
            reason = (f"The gold standard ({src}) codes {f} as {value!r}; the extractor gave "
                      f"{_norm(f, p.get(f))!r}." if f != "meeting_id" else
                      "Its meeting is dropped (not in the gold standard).")
            prop.add("statements", "fix", reason, g.get("note"), record_id=rid, field=f,
                     value=value)
        if not fixes:
            prop.add("statements", "verify", f"Agrees with the gold standard ({src}).",
                     g.get("note"), record_id=rid)
    for gi, g in enumerate(g_items):
        if gi not in {a for a, _ in pairs}:
            add(g, None, f"In the gold standard ({src}); the extractor missed it.")
    for pi, p in enumerate(pred):
        if pi not in matched_p:
            prop.add("statements", "drop", f"Matches no statement of the gold standard ({src}),"
                     " which codes every attributed utterance of its articles.",
                     record_id=p["statement_id"])


def propose_from_gold(machine: Mapping[str, pa.Table], gold_dir: Path, raw_dir: Path, *,
                      reviewer: str, date: str, prefix: str = "G",
                      rel_to: Path | None = None) -> list[dict[str, Any]]:
    """Curation entries turning the machine tables into the gold standard's coding."""
    dt.date.fromisoformat(date)
    gold = load_gold(Path(gold_dir))
    texts = Texts(Path(raw_dir), rel_to=rel_to)
    places = {p["place_id"]: p for p in machine["places"].to_pylist()}
    actors = {a["actor_id"]: a for a in machine["actors"].to_pylist()}
    prop = _Proposal(reviewer, date, prefix)
    dropped = _fact_table("meetings", _MEETING_FIELDS, gold["meetings"],
                          machine["meetings"].to_pylist(), _meeting_ok, _meeting_score, texts,
                          places, prop)
    _fact_table("events", _EVENT_FIELDS, gold["events"], machine["events"].to_pylist(),
                _event_ok, _event_score, texts, places, prop)
    _statements(gold["statements"], machine["statements"].to_pylist(), texts, actors, dropped,
                prop)
    return prop.entries


def main(argv: list[str] | None = None) -> int:
    """Write the gold-derived curation file (see the module docstring)."""
    ap = argparse.ArgumentParser(prog="python -m karabakh_data.gold_curation",
                                 description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=Path("tests/gold"))
    ap.add_argument("--raw", type=Path, default=Path("data/raw"))
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--date", required=True, help="review date, YYYY-MM-DD")
    ap.add_argument("--reviewer", required=True, help="who checked the gold standard")
    args = ap.parse_args(argv)
    machine = release_tables(args.raw, None, validate=False).machine
    entries = propose_from_gold(machine, args.gold, args.raw, reviewer=args.reviewer,
                                date=args.date)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(entries, indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    counts: dict[str, int] = {}
    for e in entries:
        counts[f"{e['table']} {e['action']}"] = counts.get(f"{e['table']} {e['action']}", 0) + 1
    print(f"wrote {len(entries)} entries to {args.out}")
    for k in sorted(counts):
        print(f"  {k:<20} {counts[k]}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
