"""Small synthetic corpus and machine tables for the release, load and curation tests.

The articles are invented (our own words, no seed text) and the machine tables are written by
hand to match them, so these tests do not depend on the extractors.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa

from karabakh_data import pipeline, schema
from karabakh_data.corpus import list_corpus, load_document
from karabakh_data.release import render_release

ARTICLE_A = (
    "Ministers hold talks in Geneva\n"
    "The foreign ministers of Armenia and Azerbaijan met in Geneva on 3 March 2024, the Swiss "
    "hosts said afterwards.\n"
    "Armenia said that the talks had been useful. Armenia said that the talks had been useful "
    "for both sides.\n"
)
ARTICLE_B = (
    "Detainees return home\n"
    "Azerbaijan handed over four detainees at the border on 5 April 2024, officials in Yerevan "
    "confirmed.\n"
    "The foreign ministers of Armenia and Azerbaijan met in Geneva last month.\n"
    "Hundreds of people rallied in Yerevan on 6 April 2024 against the handover.\n"
)
MANIFEST = ("file,url,outlet,title,author,published,language,notes\n"
            "a.txt,,Test Wire,,,2024-03-04,en,\n"
            "b.txt,,Other Wire,,,2024-04-06,en,\n")

MEETING_ID = "mtg-000000000001"
EVENT_ID = "evt-000000000001"


def write_corpus(raw: Path) -> Path:
    """Write the two invented articles (and a manifest giving their dates) into `raw`."""
    raw.mkdir(parents=True, exist_ok=True)
    (raw / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (raw / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (raw / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    return raw


def docs(raw: Path) -> dict[str, object]:
    """file name -> (Document, sources row)."""
    items, _ = list_corpus(raw)
    return {Path(it.rel_path).name: load_document(it.path, it.rel_path, it.manifest)
            for it in items}


def span(doc, quote: str, table: str, record_id: str, role: str, nth: int = 1) -> dict:
    """An evidence row for the nth occurrence of `quote` in the document's clean text."""
    start = -1
    for _ in range(nth):
        start = doc.clean_text.index(quote, start + 1)
    end = start + len(quote)
    rs, re_ = doc.raw_span(start, end)
    return {"table": table, "record_id": record_id, "source_id": doc.source_id,
            "char_start": start, "char_end": end, "text": quote, "role": role,
            "raw_start": rs, "raw_end": re_}


def machine_tables(raw: Path) -> dict[str, pa.Table]:
    """Hand-made machine output for the two articles: one meeting reported by both, one
    statement, one event, with evidence."""
    d = docs(raw)
    (da, ra), (db, rb) = d["a.txt"], d["b.txt"]
    actors = [
        {"actor_id": "armenia", "name": "Armenia", "kind": "state", "country": "ARM",
         "aliases": ["Yerevan"]},
        {"actor_id": "azerbaijan", "name": "Azerbaijan", "kind": "state", "country": "AZE",
         "aliases": ["Baku"]},
    ]
    places = [{"place_id": "geneva", "name": "Geneva", "kind": "city", "country": "CHE",
               "lat": 46.2044, "lon": 6.1432, "aliases": []}]
    meeting = {"meeting_id": MEETING_ID, "date": dt.date(2024, 3, 3), "date_precision": "day",
               "place_id": "geneva", "city": "Geneva", "country": "CHE", "mode": "in_person",
               "level": "foreign_ministers", "format": "bilateral",
               "participants": ["armenia", "azerbaijan"], "status": "held", "outcomes": [],
               "source_ids": sorted([da.source_id, db.source_id]), "n_sources": 2,
               "conflicts": [], "review_status": "machine"}
    quote = "the talks had been useful"
    s = da.clean_text.index(quote)
    from karabakh_data.model import stable_id

    statement = {"statement_id": stable_id("stm", da.source_id, s, s + len(quote), "armenia"),
                 "date": dt.date(2024, 3, 4), "date_precision": "day", "speaker_id": "armenia",
                 "speaker_text": "Armenia", "speaker_country": "ARM", "kind": "indirect",
                 "text": quote, "topics": ["mediation"], "meeting_id": MEETING_ID,
                 "source_id": da.source_id, "char_start": s, "char_end": s + len(quote),
                 "review_status": "machine"}
    event = {"event_id": EVENT_ID, "date": dt.date(2024, 4, 5), "date_precision": "day",
             "event_type": "detention", "description": "Four detainees handed over.",
             "actors": ["azerbaijan"], "geo_precision": "country", "fatalities": None,
             "source_ids": [db.source_id], "n_sources": 1, "conflicts": [],
             "review_status": "machine"}
    evidence = [
        span(da, "met in Geneva", "meetings", MEETING_ID, "trigger"),
        span(db, "met in Geneva", "meetings", MEETING_ID, "trigger"),
        span(da, "3 March 2024", "meetings", MEETING_ID, "date"),
        span(da, quote, "statements", statement["statement_id"], "quote"),
        span(db, "handed over four detainees", "events", EVENT_ID, "trigger"),
    ]
    return {
        "sources": schema.table_from_rows("sources", sorted([ra, rb], key=lambda r: r["path"])),
        "actors": schema.table_from_rows("actors", actors),
        "places": schema.table_from_rows("places", places),
        "meetings": schema.table_from_rows("meetings", [meeting]),
        "statements": schema.table_from_rows("statements", [statement]),
        "events": schema.table_from_rows("events", [event]),
        "evidence": schema.table_from_rows("evidence", sorted(
            evidence, key=lambda e: tuple(e[k] for k in schema.PRIMARY_KEYS["evidence"]))),
    }


def gold_files(gold: Path) -> Path:
    """A small gold standard for the two articles, in the format of tests/gold/: the meeting
    (with an outcome the machine tables lack), the hand-over and a protest the machine tables
    miss, and two statements, one of them missed."""
    gold.mkdir(parents=True, exist_ok=True)
    meetings = [{"date": "2024-03-03", "date_end": None, "date_precision": "day",
                 "place_id": "geneva", "venue": None, "mode": "in_person",
                 "level": "foreign_ministers", "format": "bilateral",
                 "participants": ["armenia", "azerbaijan"], "mediator": None, "status": "held",
                 "outcomes": ["talks described as useful"], "sources": ["a.txt", "b.txt"],
                 "evidence": {"a.txt": "met in Geneva on 3 March 2024",
                              "b.txt": "met in Geneva last month"}, "conflicts": []}]
    events = [{"event_type": "detention", "date": "2024-04-05", "date_end": None,
               "date_precision": "day", "description": "Four detainees handed over.",
               "actors": ["azerbaijan"], "place_id": None, "fatalities": None,
               "sources": ["b.txt"], "evidence": {"b.txt": "handed over four detainees"}},
              {"event_type": "protest", "date": "2024-04-06", "date_end": None,
               "date_precision": "day", "description": "Rally against the handover.",
               "actors": [], "place_id": None, "fatalities": None, "sources": ["b.txt"],
               "evidence": {"b.txt": "rallied in Yerevan on 6 April 2024"}}]
    statements = [{"source": "a.txt", "speaker_id": "armenia", "kind": "indirect",
                   "text": "the talks had been useful", "date": "2024-03-04",
                   "date_precision": "day", "occasion": None, "topics": ["mediation"]},
                  {"source": "a.txt", "speaker_id": "armenia", "kind": "indirect",
                   "text": "the talks had been useful for both sides", "date": "2024-03-04",
                   "date_precision": "day", "occasion": None, "topics": ["mediation"]}]
    for name, items in (("meetings", meetings), ("events", events),
                        ("statements", statements)):
        (gold / f"{name}.json").write_text(json.dumps(items), encoding="utf-8")
    return gold


def fake_build(tables: dict[str, pa.Table]):
    """A stand-in for pipeline.build_tables returning fixed tables."""
    def build_tables(raw_dir, jobs=1, strict=False, rel_to=None, mapper=None):
        report = pipeline.BuildReport(articles_read=tables["sources"].num_rows)
        report.rows = {n: t.num_rows for n, t in tables.items()}
        return dict(tables), report
    return build_tables


def write_release(root: Path, version: str, tables: dict[str, pa.Table],
                  created: dt.date = dt.date(2024, 6, 1)) -> Path:
    """Write a release folder directly from tables (no build, no validation)."""
    out = root / version
    out.mkdir(parents=True)
    for name, data in render_release(tables, version, created).items():
        (out / name).write_bytes(data)
    return out


def replace_rows(tables: dict[str, pa.Table], name: str, rows: list[dict]) -> dict[str, pa.Table]:
    """A copy of `tables` with table `name` rebuilt from `rows`."""
    out = dict(tables)
    out[name] = schema.table_from_rows(name, rows)
    return out
