"""Versioned, citable releases: build, curate, validate, write, compare, cite.

A release is what people cite, so it must be reproducible years later and never change silently:

    release_tables(raw_dir, curation_dir)  -> machine tables, curated tables (validated)
    render_release(tables, version, date)  -> the bytes of every file (Parquet + datapackage.json)
    make_release(version, raw_dir, root)   -> writes root/<version>/, or proves a rebuild
                                              reproduces it byte for byte; never overwrites a
                                              release with different content
    diff(a, b)                             -> rows added, removed and changed per table
    cite(version)                          -> BibTeX and a plain citation

The release date is never "today": it is the date given explicitly, else the date of the
version's entry in CHANGELOG.md, else the date already recorded in that release. A rebuild days
later therefore writes the same bytes, and the reproducibility check stays meaningful.

Curation (documented human corrections, `data/curation/*.json`) is applied to the machine
output before validation; see `data/curation/README.md` for the format.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from karabakh_data import pipeline, schema
from karabakh_data.corpus import CorpusError, Document, list_corpus, load_document, source_id_for
from karabakh_data.loader import (
    DATAPACKAGE,
    ReleaseNotFoundError,
    is_semver,
    parse_parquet,
    read_datapackage,
    read_table,
    release_dir,
    release_root,
    semver_key,
)
from karabakh_data.model import stable_id

NAME = "karabakh-data"
TITLE = "karabakh-data: an evidence-backed dataset of the Armenia–Azerbaijan peace process"
DESCRIPTION = (
    "Diplomatic meetings, attributed statements and dated events of the Armenia–Azerbaijan "
    "conflict and peace process, extracted from news articles. Every fact row is backed by "
    "rows of the evidence table that quote the exact words of its sources. Machine-extracted "
    "rows are marked review_status=machine; rows checked or corrected by a person are marked "
    "verified or corrected, with each correction documented in data/curation/."
)
AUTHOR = "karabakh-data contributors"
KEYWORDS = ("dataset", "Nagorno-Karabakh", "Armenia", "Azerbaijan", "peace process",
            "event data", "diplomacy")
DATA_LICENSE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                "title": "Creative Commons Attribution 4.0 International (applies to the data)",
                "scope": "data"}
CODE_LICENSE = {"name": "MIT", "path": "https://opensource.org/licenses/MIT",
                "title": "MIT License (applies to the karabakh_data code)", "scope": "code"}
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"

#: Id prefixes of rows added by curation when the entry does not give an id.
_ID_PREFIX = {"meetings": "mtg", "statements": "stm", "events": "evt"}

#: Columns that point at another table's key: (table, column, target table, target column).
#: List columns point with each item. Checked before release; written as foreign keys.
REFERENCES: tuple[tuple[str, str, str, str], ...] = (
    ("meetings", "place_id", "places", "place_id"),
    ("meetings", "participants", "actors", "actor_id"),
    ("meetings", "mediator", "actors", "actor_id"),
    ("meetings", "source_ids", "sources", "source_id"),
    ("statements", "speaker_id", "actors", "actor_id"),
    ("statements", "meeting_id", "meetings", "meeting_id"),
    ("statements", "source_id", "sources", "source_id"),
    ("events", "actors", "actors", "actor_id"),
    ("events", "place_id", "places", "place_id"),
    ("events", "source_ids", "sources", "source_id"),
    ("evidence", "source_id", "sources", "source_id"),
)


class ReleaseError(RuntimeError):
    """A release cannot be built or would overwrite a published one with different content."""


class CurationError(ValueError):
    """A curation entry is malformed or no longer applies to the machine output."""


# === sources' clean texts ======================================================================

class Texts:
    """Clean texts of the raw articles, by source id, loaded on demand (one at a time: the
    checks walk the evidence grouped by source, so a small cache suffices)."""

    def __init__(self, raw_dir: Path, rel_to: Path | None = None) -> None:
        items, _ = list_corpus(Path(raw_dir), rel_to=rel_to)
        self._items = {source_id_for(it.path.read_bytes()): it for it in items}
        names: dict[str, str] = {}
        for sid, it in self._items.items():
            names[it.rel_path] = sid
            names[Path(it.rel_path).name] = sid
        self._names = names
        self.doc = lru_cache(maxsize=8)(self._load)

    def _load(self, source_id: str) -> Document:
        it = self._items.get(source_id)
        if it is None:
            raise KeyError(source_id)
        return load_document(it.path, it.rel_path, it.manifest)[0]

    def __contains__(self, source_id: object) -> bool:
        return source_id in self._items

    def resolve(self, ref: str) -> str:
        """Source id from a source id, a raw file name or its repository path."""
        if ref in self._items:
            return ref
        if ref in self._names:
            return self._names[ref]
        raise KeyError(ref)

    def sha256(self, source_id: str) -> str:
        return hashlib.sha256(self._items[source_id].path.read_bytes()).hexdigest()


# === curation ==================================================================================

ACTIONS = ("add", "drop", "fix", "verify")
_REQUIRED_KEYS = ("id", "table", "action", "reason", "reviewer", "date")
_ALLOWED_KEYS = frozenset({*_REQUIRED_KEYS, "record_id", "field", "value", "evidence", "note"})
_EVIDENCE_KEYS = frozenset({"source", "source_id", "quote", "role", "occurrence"})


@dataclass(frozen=True)
class EvidenceRef:
    """A supporting quote named by its words, located in the source's clean text on apply."""

    source: str
    quote: str
    role: str
    occurrence: int | None = None


@dataclass(frozen=True)
class CurationEntry:
    """One documented correction (see data/curation/README.md)."""

    id: str
    table: str
    action: str
    reason: str
    reviewer: str
    date: str
    record_id: str | None = None
    field: str | None = None
    value: Any = None
    evidence: tuple[EvidenceRef, ...] = ()
    note: str | None = None
    origin: str = ""

    def label(self) -> str:
        target = self.record_id or "(new row)"
        fld = f".{self.field}" if self.field else ""
        return f"{self.origin} entry {self.id} ({self.action} {self.table} {target}{fld})"


def _parse_entry(raw: object, origin: str) -> CurationEntry:
    if not isinstance(raw, dict):
        raise CurationError(f"{origin}: an entry must be a JSON object, not {type(raw).__name__}")
    missing = [k for k in _REQUIRED_KEYS if not str(raw.get(k) or "").strip()]
    unknown = sorted(set(raw) - _ALLOWED_KEYS)
    eid = raw.get("id", "?")
    if missing:
        raise CurationError(f"{origin}: entry {eid}: missing {', '.join(missing)} (every "
                            "entry says who reviewed it, when and why)")
    if unknown:
        raise CurationError(f"{origin}: entry {eid}: unknown keys {unknown}")
    action, table = raw["action"], raw["table"]
    if action not in ACTIONS:
        raise CurationError(f"{origin}: entry {eid}: action {action!r} is not one of {ACTIONS}")
    if table not in schema.FACT_TABLES:
        raise CurationError(f"{origin}: entry {eid}: table {table!r} is not one of "
                            f"{schema.FACT_TABLES} (evidence is curated through the entry of the "
                            "row it supports)")
    try:
        dt.date.fromisoformat(str(raw["date"]))
    except ValueError:
        raise CurationError(f"{origin}: entry {eid}: date {raw['date']!r} is not "
                            "YYYY-MM-DD") from None
    if action != "add" and not raw.get("record_id"):
        raise CurationError(f"{origin}: entry {eid}: {action} needs the record_id of the row")
    if action == "fix" and not raw.get("field"):
        raise CurationError(f"{origin}: entry {eid}: fix needs a field and a value")
    if action == "fix" and "value" not in raw:
        raise CurationError(f"{origin}: entry {eid}: fix needs a value (JSON; null to clear)")
    if action == "add" and not isinstance(raw.get("value"), dict):
        raise CurationError(f"{origin}: entry {eid}: add needs the whole row as a JSON object "
                            "in value")
    if action in ("drop", "verify") and ("field" in raw or "value" in raw):
        raise CurationError(f"{origin}: entry {eid}: {action} takes no field or value")
    refs = []
    for ev in raw.get("evidence") or []:
        if not isinstance(ev, dict) or set(ev) - _EVIDENCE_KEYS:
            raise CurationError(f"{origin}: entry {eid}: evidence items are objects with keys "
                                f"{sorted(_EVIDENCE_KEYS)}")
        src = ev.get("source") or ev.get("source_id")
        if not src or not ev.get("quote") or not ev.get("role"):
            raise CurationError(f"{origin}: entry {eid}: each evidence item needs source, "
                                "quote and role")
        occ = ev.get("occurrence")
        if occ is not None and (not isinstance(occ, int) or occ < 1):
            raise CurationError(f"{origin}: entry {eid}: occurrence counts from 1")
        refs.append(EvidenceRef(str(src), str(ev["quote"]), str(ev["role"]), occ))
    if action == "add" and not refs and table != "statements":
        raise CurationError(f"{origin}: entry {eid}: an added row needs evidence: at least one "
                            "(source, quote, role) found in the source's text")
    return CurationEntry(id=str(raw["id"]), table=table, action=action,
                         reason=str(raw["reason"]), reviewer=str(raw["reviewer"]),
                         date=str(raw["date"]), record_id=raw.get("record_id"),
                         field=raw.get("field"), value=raw.get("value"), evidence=tuple(refs),
                         note=raw.get("note"), origin=origin)


def load_curation(curation_dir: Path | None) -> list[CurationEntry]:
    """Every entry of `curation_dir/*.json` (files in name order, entries in file order)."""
    if curation_dir is None or not Path(curation_dir).is_dir():
        return []
    entries: list[CurationEntry] = []
    for path in sorted(Path(curation_dir).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise CurationError(f"{path.name}: not valid JSON: {exc}") from None
        if not isinstance(data, list):
            raise CurationError(f"{path.name}: must hold a JSON list of entries")
        entries += [_parse_entry(raw, f"{path.name}[{i}]") for i, raw in enumerate(data)]
    counts = Counter(e.id for e in entries)
    dupes = sorted(k for k, n in counts.items() if n > 1)
    if dupes:
        raise CurationError(f"curation entry ids used more than once: {dupes}")
    return entries


def curation_digest(curation_dir: Path | None) -> str | None:
    """sha256 over the curation files (name and bytes), recorded in the release."""
    if curation_dir is None or not Path(curation_dir).is_dir():
        return None
    h = hashlib.sha256()
    for path in sorted(Path(curation_dir).glob("*.json")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


@dataclass
class CurationReport:
    """What curation did, by table: ids added, dropped, fixed (with fields) and verified."""

    entries: int = 0
    added: dict[str, list[str]] = field(default_factory=dict)
    dropped: dict[str, list[str]] = field(default_factory=dict)
    fixed: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    verified: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if not self.entries:
            return "curation: no entries"
        parts = []
        for t in schema.FACT_TABLES:
            bits = [f"{len(self.added.get(t, []))} added", f"{len(self.dropped.get(t, []))} "
                    f"dropped", f"{len(self.fixed.get(t, {}))} fixed",
                    f"{len(self.verified.get(t, []))} verified"]
            parts.append(f"  {t:<11} " + ", ".join(bits))
        notes = [f"  note: {n}" for n in self.notes]
        return "\n".join([f"curation: {self.entries} entries", *parts, *notes])


def _coerce(table: str, column: str, value: Any, where: str) -> Any:
    """A JSON value as the Python value of column `column` (dates from ISO strings)."""
    try:
        f = schema.SCHEMAS[table].field(column)
    except KeyError:
        raise CurationError(f"{where}: {table} has no column {column!r}") from None
    if value is None:
        if not f.nullable:
            raise CurationError(f"{where}: {table}.{column} is required and cannot be null")
        return None
    t = f.type
    ok = True
    if pa.types.is_date(t):
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise CurationError(f"{where}: {table}.{column}: {value!r} is not YYYY-MM-DD") \
                from None
    if pa.types.is_list(t):
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
    elif pa.types.is_integer(t):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif pa.types.is_floating(t):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif pa.types.is_string(t):
        ok = isinstance(value, str)
    if not ok:
        raise CurationError(f"{where}: {table}.{column} expects {t}, got {value!r}")
    vocab = (schema.VOCABULARIES.get((table, column))
             or schema.LIST_VOCABULARIES.get((table, column)))
    bad = sorted(set(value if isinstance(value, list) else [value]) - set(vocab)) if vocab else []
    if bad:
        raise CurationError(f"{where}: {table}.{column}: {bad} not in the vocabulary {vocab}")
    return list(value) if isinstance(value, list) else value


def _resolve_sources(texts: Texts, value: Any, where: str) -> Any:
    """Source ids from ids or raw file names (one or a list), so entries can name files."""
    try:
        if isinstance(value, list):
            return sorted({texts.resolve(str(v)) for v in value})
        return None if value is None else texts.resolve(str(value))
    except KeyError as exc:
        raise CurationError(f"{where}: source {exc.args[0]!r} is not a raw article of this "
                            "build (give its source_id or raw file name)") from None


def _locate(texts: Texts, ref: EvidenceRef, where: str) -> tuple[str, int, int, Document]:
    """(source_id, start, end, doc) of a quote; it must occur in the source's clean text."""
    try:
        sid = texts.resolve(ref.source)
    except KeyError:
        raise CurationError(f"{where}: evidence source {ref.source!r} is not a raw article "
                            "of this build (give its source_id or raw file name)") from None
    doc = texts.doc(sid)
    starts = [m.start() for m in re.finditer(re.escape(ref.quote), doc.clean_text)]
    if not starts:
        raise CurationError(f"{where}: evidence quote {ref.quote!r} is not in the clean text of "
                            f"{ref.source}: a fact can only be backed by the source's exact words")
    if ref.occurrence is not None:
        if ref.occurrence > len(starts):
            raise CurationError(f"{where}: quote {ref.quote!r} occurs {len(starts)} times in "
                                f"{ref.source}, not {ref.occurrence}")
        start = starts[ref.occurrence - 1]
    elif len(starts) > 1:
        raise CurationError(f"{where}: quote {ref.quote!r} occurs {len(starts)} times in "
                            f"{ref.source}; say which with \"occurrence\" (1 = first) or quote "
                            "more words")
    else:
        start = starts[0]
    return sid, start, start + len(ref.quote), doc


def _evidence_row(table: str, record_id: str, role: str, sid: str, start: int, end: int,
                  doc: Document) -> dict[str, object]:
    raw_start, raw_end = doc.raw_span(start, end)
    return {"table": table, "record_id": record_id, "source_id": sid, "char_start": start,
            "char_end": end, "text": doc.clean_text[start:end], "role": role,
            "raw_start": raw_start, "raw_end": raw_end}


def _pk(table: str) -> str:
    return schema.PRIMARY_KEYS[table][0]


def _fill_place(row: dict[str, object], places: dict[str, dict[str, object]], table: str) -> None:
    """Fill the place-derived columns an added row leaves empty, from the places table."""
    place = places.get(str(row.get("place_id"))) if row.get("place_id") else None
    if place is None:
        return
    if row.get("country") is None:
        row["country"] = place.get("country")
    if table == "meetings" and row.get("city") is None and place.get("kind") == "city":
        row["city"] = place.get("name")
    if table == "events":
        for col, src in (("location", "name"), ("lat", "lat"), ("lon", "lon")):
            if row.get(col) is None:
                row[col] = place.get(src)


def _added_row(entry: CurationEntry, texts: Texts, places: dict[str, dict[str, object]],
               where: str) -> tuple[dict[str, object], list[dict[str, object]]]:
    """The full row and evidence rows of an `add` entry."""
    table = entry.table
    value = dict(entry.value)
    if "source" in value and table == "statements":  # a raw file name is easier to write
        value.setdefault("source_id", value.pop("source"))
    row = {k: _coerce(table, k, v, where) for k, v in value.items() if k != "review_status"}
    located = [(ref, *_locate(texts, ref, where)) for ref in entry.evidence]
    if table == "statements":
        if not row.get("source_id"):
            raise CurationError(f"{where}: an added statement needs source_id (or source)")
        row["source_id"] = _resolve_sources(texts, row["source_id"], where)
        quotes = [x for x in located if x[0].role == "quote" and x[1] == row["source_id"]]
        if row.get("char_start") is None or row.get("char_end") is None:
            if not quotes and row.get("text"):
                ref = EvidenceRef(str(row["source_id"]), str(row["text"]), "quote")
                quotes = [(ref, *_locate(texts, ref, where))]
                located += quotes
            if not quotes:
                raise CurationError(f"{where}: an added statement needs its text (or a 'quote' "
                                    "evidence item) to locate it in the source")
            _, _, row["char_start"], row["char_end"], doc = quotes[0]
        doc = texts.doc(str(row["source_id"]))
        span = doc.clean_text[int(row["char_start"]):int(row["char_end"])]
        if row.get("text") is None:
            row["text"] = span
        if row["text"] != span:
            raise CurationError(f"{where}: statement text is not the source's text at "
                                f"{row['char_start']}:{row['char_end']} ({span!r})")
        if not any(x[0].role == "quote" and x[2] == row["char_start"] for x in located):
            located.append((EvidenceRef(str(row["source_id"]), span, "quote"),
                            str(row["source_id"]), int(row["char_start"]),
                            int(row["char_end"]), doc))
        row.setdefault("topics", [])
        row.setdefault("statement_id", stable_id("stm", row["source_id"], row["char_start"],
                                                 row["char_end"], row.get("speaker_id")))
    else:
        sources = sorted({x[1] for x in located})
        if row.get("source_ids") is None:
            row["source_ids"] = sources
        row["source_ids"] = _resolve_sources(texts, row["source_ids"], where)
        row["n_sources"] = len(row["source_ids"])
        row.setdefault("conflicts", [])
        for col in ("participants", "outcomes", "actors"):
            if col in schema.SCHEMAS[table].names:
                row.setdefault(col, [])
        _fill_place(row, places, table)
        row.setdefault(_pk(table), stable_id(_ID_PREFIX[table], "curation", entry.id))
    row["review_status"] = "corrected"
    rid = str(row[_pk(table)])
    evidence = [_evidence_row(table, rid, ref.role, sid, s, e, doc)
                for ref, sid, s, e, doc in located]
    return row, evidence


# Columns a `fix` may not change: ids and the statement's own span (drop and add instead).
_FIXED_COLUMNS = {"meetings": {"meeting_id", "review_status", "n_sources"},
                  "events": {"event_id", "review_status", "n_sources"},
                  "statements": {"statement_id", "review_status", "source_id", "char_start",
                                 "char_end", "text"}}


def apply_curation(tables: Mapping[str, pa.Table], entries: Iterable[CurationEntry],
                   texts: Texts) -> tuple[dict[str, pa.Table], CurationReport]:
    """Apply curation entries to machine tables; return new tables and what was done.

    Every problem of every entry is collected and raised together as one CurationError, so a
    curator sees all stale or broken entries at once."""
    entries = list(entries)
    report = CurationReport(entries=len(entries))
    rows = {t: tables[t].to_pylist() for t in schema.FACT_TABLES}
    index = {t: {str(r[_pk(t)]): r for r in rows[t]} for t in schema.FACT_TABLES}
    evidence = tables["evidence"].to_pylist()
    places = {str(p["place_id"]): p for p in tables["places"].to_pylist()}
    dropped: set[tuple[str, str]] = set()
    corrected: set[tuple[str, str]] = set()
    verified: set[tuple[str, str]] = set()
    errors: list[str] = []
    for entry in entries:
        where = entry.label()
        try:
            t, rid = entry.table, entry.record_id
            if entry.action == "add":
                row, ev = _added_row(entry, texts, places, where)
                rid = str(row[_pk(t)])
                if rid in index[t]:
                    raise CurationError(f"{where}: a row {rid} already exists (the machine "
                                        "output has it now: drop this entry or use fix)")
                rows[t].append(row)
                index[t][rid] = row
                evidence += ev
                corrected.add((t, rid))
                report.added.setdefault(t, []).append(rid)
                continue
            if (t, rid) in dropped or rid not in index[t]:
                raise CurationError(f"{where}: no row {rid} in {t} (the machine output changed "
                                    "since this entry was written: update or remove it)")
            row = index[t][rid]
            ev = [_evidence_row(t, rid, ref.role, *_locate(texts, ref, where))
                  for ref in entry.evidence]
            if entry.action == "drop":
                dropped.add((t, rid))
                report.dropped.setdefault(t, []).append(rid)
            elif entry.action == "verify":
                evidence += ev
                verified.add((t, rid))
                report.verified.setdefault(t, []).append(rid)
            else:  # fix
                col = str(entry.field)
                if col in _FIXED_COLUMNS[t]:
                    raise CurationError(f"{where}: {col} cannot be fixed in place (drop the row "
                                        "and add the corrected one)")
                new = _coerce(t, col, entry.value, where)
                if col in ("source_ids", "source_id"):
                    new = _resolve_sources(texts, new, where)
                if row.get(col) == new:
                    report.notes.append(f"{where}: the machine output already has this value")
                row[col] = new
                if col == "source_ids":
                    row["n_sources"] = len(new)
                    # Spans from sources no longer listed stop supporting the row.
                    keep = set(new)
                    evidence = [e for e in evidence if not (e["table"] == t and
                                e["record_id"] == rid and e["source_id"] not in keep)]
                evidence += ev
                corrected.add((t, rid))
                report.fixed.setdefault(t, {}).setdefault(rid, []).append(col)
        except CurationError as exc:
            errors.append(str(exc))
    if errors:
        raise CurationError(f"{len(errors)} curation entries cannot be applied:\n  - "
                            + "\n  - ".join(errors))
    out = dict(tables)
    for t in schema.FACT_TABLES:
        kept = []
        for r in rows[t]:
            key = (t, str(r[_pk(t)]))
            if key in dropped:
                continue
            if key in corrected:
                r["review_status"] = "corrected"
            elif key in verified:
                r["review_status"] = "verified"
            kept.append(r)
        out[t] = schema.table_from_rows(t, kept)
    evidence = [e for e in evidence if (e["table"], e["record_id"]) not in dropped]
    out["evidence"] = schema.table_from_rows("evidence", sort_evidence(evidence))
    return out, report


def sort_evidence(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """Evidence rows in primary-key order, duplicates removed (as the pipeline writes them)."""
    keys = schema.PRIMARY_KEYS["evidence"]
    out: dict[tuple, dict[str, object]] = {}
    for r in rows:
        out.setdefault(tuple(r[k] for k in keys), r)
    return [out[k] for k in sorted(out)]


# === validation ================================================================================

def check_release_tables(tables: Mapping[str, pa.Table], texts: Texts) -> list[str]:
    """Every reason the tables cannot be released (empty when they can).

    Beyond the schema (types, required columns, vocabularies, unique keys): every fact row has
    evidence, only from its own sources and from each of them; every evidence text and
    statement text is exactly the source's clean text at its offsets; every reference points
    at an existing row; and the sources rows describe the raw files actually read."""
    problems: list[str] = []
    missing = [t for t in schema.TABLES if t not in tables]
    if missing:
        return [f"tables missing: {missing}"]
    for name in schema.TABLES:
        try:
            schema.validate(name, tables[name])
        except schema.SchemaError as exc:
            problems.append(str(exc))
    if problems:
        return problems
    py = {t: tables[t].to_pylist() for t in schema.TABLES}
    keys = {t: {r[_pk(t)] for r in py[t]}
            for t in ("sources", "actors", "places", *schema.FACT_TABLES)}
    for src in py["sources"]:
        sid = src["source_id"]
        if sid not in texts:
            problems.append(f"sources: {sid} ({src['path']}) is not among the raw files read")
        elif texts.sha256(sid) != src["sha256"]:
            problems.append(f"sources: {sid}: sha256 differs from the raw file's bytes")
    for t, col, target, tcol in REFERENCES:
        valid = keys[target]
        for r in py[t]:
            v = r[col]
            for item in (v if isinstance(v, list) else [v]):
                if item is not None and item not in valid:
                    rid = r.get(_pk(t), "") if t != "evidence" else r["record_id"]
                    problems.append(f"{t} {rid}: {col} {item!r} is not in {target}.{tcol}")
    ev_sources: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_source: dict[str, list[tuple[str, int, int, str]]] = defaultdict(list)
    for e in py["evidence"]:
        key = (e["table"], e["record_id"])
        if e["record_id"] not in keys[e["table"]]:
            problems.append(f"evidence: span of {key[0]} {key[1]} supports no existing row")
            continue
        ev_sources[key].add(e["source_id"])
        by_source[e["source_id"]].append((f"evidence of {key[0]} {key[1]}", e["char_start"],
                                          e["char_end"], e["text"]))
    for t in schema.FACT_TABLES:
        for r in py[t]:
            rid = r[_pk(t)]
            have = ev_sources.get((t, rid), set())
            if not have:
                problems.append(f"{t} {rid}: no evidence row (every fact needs at least one "
                                "supporting span)")
                continue
            listed = {r["source_id"]} if t == "statements" else set(r["source_ids"])
            if have != listed:
                problems.append(f"{t} {rid}: evidence comes from {sorted(have)} but the row "
                                f"names {sorted(listed)} as its sources")
            if t != "statements" and r["n_sources"] != len(r["source_ids"]):
                problems.append(f"{t} {rid}: n_sources {r['n_sources']} but "
                                f"{len(r['source_ids'])} source_ids")
            if t == "statements":
                by_source[r["source_id"]].append((f"statement {rid}", r["char_start"],
                                                  r["char_end"], r["text"]))
    for sid in sorted(by_source):
        if sid not in texts:
            continue  # already reported as a dangling reference
        clean = texts.doc(sid).clean_text
        for what, s, e, text in by_source[sid]:
            if not (0 <= s <= e <= len(clean)) or clean[s:e] != text:
                got = clean[s:e] if 0 <= s <= e <= len(clean) else "(outside the text)"
                problems.append(f"{what}: text {text!r} is not the clean text of {sid} at "
                                f"{s}:{e} ({got!r})")
    return problems


def _raise_problems(problems: list[str], what: str) -> None:
    if problems:
        shown = problems[:25]
        more = f"\n  ... and {len(problems) - 25} more" if len(problems) > 25 else ""
        raise ReleaseError(f"{what}: {len(problems)} problems:\n  - " + "\n  - ".join(shown)
                           + more)


# === building ==================================================================================

def normalise(name: str, table: pa.Table) -> pa.Table:
    """The table in exactly the declared schema: field descriptions kept, no pandas or other
    schema metadata (which would tie the bytes to a library version), one chunk per column."""
    decl = schema.SCHEMAS[name]
    table = table.select(decl.names).combine_chunks()
    return pa.Table.from_arrays([table.column(n).cast(decl.field(n).type) for n in decl.names],
                                schema=decl)


@dataclass
class ReleaseTables:
    """The machine output and the curated, validated tables built from it."""

    machine: dict[str, pa.Table]
    curated: dict[str, pa.Table]
    curation: CurationReport
    build: pipeline.BuildReport
    curation_sha256: str | None = None


def default_curation_dir() -> Path:
    """`data/curation/` of the checkout the package runs from."""
    return Path(__file__).resolve().parent.parent / "data" / "curation"


def release_tables(raw_dir: Path, curation_dir: Path | None = None, *, jobs: int = 1,
                   rel_to: Path | None = None, validate: bool = True) -> ReleaseTables:
    """Build the machine tables from `raw_dir`, apply curation, and (unless `validate` is
    False) check everything a release promises. `karabakh-data evaluate` can score both the
    `machine` and the `curated` tables from this one call."""
    try:
        machine, report = pipeline.build_tables(Path(raw_dir), jobs=jobs, strict=True,
                                                rel_to=rel_to)
    except CorpusError as exc:
        raise ReleaseError(f"the raw corpus has unreadable files; a release is built from all "
                           f"of them or not at all: {exc}") from None
    machine = {n: normalise(n, machine[n]) for n in schema.TABLES}
    texts = Texts(Path(raw_dir), rel_to=rel_to)
    entries = load_curation(curation_dir)
    curated, creport = apply_curation(machine, entries, texts)
    curated = {n: normalise(n, curated[n]) for n in schema.TABLES}
    if validate:
        _raise_problems(check_release_tables(curated, texts), "the tables cannot be released")
    return ReleaseTables(machine, curated, creport, report, curation_digest(curation_dir))


#: How released Parquet files are encoded. Fixed here, apart from the build's working files,
#: because a published version's bytes must not move when build options do. The writer still
#: records its own name and version in the footer, so another pyarrow version may encode the
#: same rows differently; `make_release` then says so instead of calling the rows different.
PARQUET_OPTIONS: dict[str, Any] = {"compression": "zstd", "compression_level": 9,
                                   "use_dictionary": True, "write_statistics": True,
                                   "store_schema": True, "version": "2.6",
                                   "data_page_version": "1.0"}


def parquet_bytes(table: pa.Table) -> bytes:
    """The Parquet encoding of a table as released (deterministic for a given pyarrow)."""
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, **PARQUET_OPTIONS)
    return sink.getvalue().to_pybytes()


def _field_descriptor(table: str, f: pa.Field) -> dict[str, Any]:
    t = f.type
    typ = ("date" if pa.types.is_date(t) else "integer" if pa.types.is_integer(t)
           else "number" if pa.types.is_floating(t) else "boolean" if pa.types.is_boolean(t)
           else "array" if pa.types.is_list(t) else "string")
    d: dict[str, Any] = {"name": f.name, "type": typ,
                         "description": schema.field_description(table, f.name),
                         "arrowType": str(t)}
    constraints: dict[str, Any] = {}
    if not f.nullable:
        constraints["required"] = True
    vocab = schema.VOCABULARIES.get((table, f.name))
    if vocab is not None:
        constraints["enum"] = list(vocab)
    if constraints:
        d["constraints"] = constraints
    if typ == "array":
        item: dict[str, Any] = {"type": "string"}
        lv = schema.LIST_VOCABULARIES.get((table, f.name))
        if lv is not None:
            item["constraints"] = {"enum": list(lv)}
        d["arrayItem"] = item
    return d


def table_schema_descriptor(table: str) -> dict[str, Any]:
    """The Frictionless Table Schema of one table (fields with the codebook's descriptions)."""
    desc: dict[str, Any] = {
        "fields": [_field_descriptor(table, f) for f in schema.SCHEMAS[table]],
        "primaryKey": list(schema.PRIMARY_KEYS[table]),
    }
    fks = [{"fields": col, "reference": {"resource": target, "fields": tcol}}
           for t, col, target, tcol in REFERENCES
           if t == table and not pa.types.is_list(schema.SCHEMAS[t].field(col).type)]
    if fks:
        desc["foreignKeys"] = fks
    return desc


def _review_counts(tables: Mapping[str, pa.Table]) -> dict[str, dict[str, int]]:
    out = {}
    for t in schema.FACT_TABLES:
        c = Counter(tables[t].column("review_status").to_pylist())
        out[t] = {s: c.get(s, 0) for s in schema.REVIEW_STATUSES}
    return out


def datapackage(tables: Mapping[str, pa.Table], files: Mapping[str, bytes], version: str,
                created: dt.date, curation: CurationReport | None = None,
                curation_sha256: str | None = None) -> dict[str, Any]:
    """The Frictionless Data Package descriptor of a release (no timestamps but `created`)."""
    src = tables["sources"].to_pylist()
    corpus = hashlib.sha256("".join(f"{r['source_id']} {r['sha256']}\n" for r in
                                    sorted(src, key=lambda r: r["source_id"])).encode())
    outlets = Counter(r["outlet"] for r in src if r.get("outlet"))
    sources = [{"title": f"{len(src)} news articles, one row each in the sources table "
                         "(outlet, URL, publication date, sha256 of the raw file)",
                "path": "sources.parquet"}]
    sources += [{"title": f"{o} ({n} article{'s' if n != 1 else ''})"}
                for o, n in sorted(outlets.items())]
    resources = []
    for name in schema.TABLES:
        data = files[f"{name}.parquet"]
        resources.append({
            "name": name,
            "path": f"{name}.parquet",
            "profile": "data-resource",
            "title": name,
            "description": schema.TABLE_DESCRIPTIONS[name],
            "format": "parquet",
            "mediatype": PARQUET_MEDIATYPE,
            "bytes": len(data),
            "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
            "rows": tables[name].num_rows,
            "schema": table_schema_descriptor(name),
        })
    curation = curation or CurationReport()
    package: dict[str, Any] = {
        "profile": "data-package",
        "name": NAME,
        "title": TITLE,
        "description": DESCRIPTION,
        "version": version,
        "created": f"{created.isoformat()}T00:00:00Z",
        "licenses": [DATA_LICENSE, CODE_LICENSE],
        "keywords": list(KEYWORDS),
        "contributors": [{"title": AUTHOR, "role": "author"}],
        "sources": sources,
        "karabakh_data": {
            "corpus": {"articles": len(src), "sha256": corpus.hexdigest()},
            "curation": {
                "entries": curation.entries,
                "sha256": curation_sha256,
                "added": {t: len(curation.added.get(t, [])) for t in schema.FACT_TABLES},
                "dropped": {t: len(curation.dropped.get(t, [])) for t in schema.FACT_TABLES},
                "fixed": {t: len(curation.fixed.get(t, {})) for t in schema.FACT_TABLES},
                "verified": {t: len(curation.verified.get(t, [])) for t in schema.FACT_TABLES},
            },
            "review_status": _review_counts(tables),
        },
        "resources": resources,
    }
    package["karabakh_data"]["citation"] = plain_citation(package)
    return package


def render_release(tables: Mapping[str, pa.Table], version: str, created: dt.date,
                   curation: CurationReport | None = None,
                   curation_sha256: str | None = None) -> dict[str, bytes]:
    """Every file of a release as bytes: `<table>.parquet` and `datapackage.json`.

    The same tables, version and date always give the same bytes."""
    tables = {n: normalise(n, tables[n]) for n in schema.TABLES}
    files = {f"{n}.parquet": parquet_bytes(tables[n]) for n in schema.TABLES}
    package = datapackage(tables, files, version, created, curation, curation_sha256)
    text = json.dumps(package, indent=2, ensure_ascii=False) + "\n"
    files[DATAPACKAGE] = text.encode("utf-8")
    return dict(sorted(files.items()))


# === release dates =============================================================================

_CHANGELOG_ENTRY = re.compile(r"^##\s+\[?v?([0-9][^\]\s]*)\]?\s*(?:[-–—(]\s*)?"
                              r"(\d{4}-\d{2}-\d{2})", re.MULTILINE)


def default_changelog(root: Path) -> Path | None:
    """The CHANGELOG.md that dates the releases in `root`: for the usual `<repo>/data/processed`
    it is `<repo>/CHANGELOG.md`; releases kept anywhere else have none (pass one explicitly)."""
    root = Path(root).resolve()
    if root.name == "processed" and root.parent.name == "data":
        return root.parent.parent / "CHANGELOG.md"
    return None


def changelog_dates(path: Path) -> dict[str, dt.date]:
    """version -> release date from headings like `## [1.0.0] - 2026-11-22`."""
    if not Path(path).is_file():
        return {}
    text = Path(path).read_text(encoding="utf-8")
    return {m.group(1): dt.date.fromisoformat(m.group(2)) for m in _CHANGELOG_ENTRY.finditer(text)}


def release_date(version: str, date: dt.date | str | None = None,
                 changelog: Path | None = None, root: Path | None = None) -> dt.date:
    """The date a release records, never the clock: `date` if given, else the version's
    CHANGELOG entry (`default_changelog(root)` unless `changelog` is given), else the date
    already in an existing release of that version. A given date that contradicts the
    CHANGELOG is an error, so the changelog, the release and CITATION.cff cannot disagree."""
    root = Path(root) if root is not None else release_root()
    if changelog is None:
        changelog = default_changelog(root)
    logged = changelog_dates(changelog) if changelog is not None else {}
    if date is not None:
        d = date if isinstance(date, dt.date) else dt.date.fromisoformat(str(date))
        if version in logged and logged[version] != d:
            raise ReleaseError(f"release date {d} disagrees with CHANGELOG.md, which dates "
                               f"{version} {logged[version]}; fix one of them")
        return d
    if version in logged:
        return logged[version]
    existing = root / version / DATAPACKAGE
    if existing.is_file():
        created = json.loads(existing.read_text(encoding="utf-8")).get("created", "")
        return dt.date.fromisoformat(str(created)[:10])
    raise ReleaseError(f"no release date for {version}: add a heading '## [{version}] - "
                       "YYYY-MM-DD' to CHANGELOG.md saying what changed (or pass the date "
                       "explicitly); the date is never taken from the clock, so that a rebuild "
                       "reproduces the same bytes")


# === making a release ==========================================================================

@dataclass
class ReleaseResult:
    """The outcome of `make_release`: `status` is "written" (a new release) or "reproduced"
    (the release existed and the rebuild gave byte-identical files)."""

    version: str
    path: Path
    status: str
    created: dt.date
    rows: dict[str, int]
    sha256: dict[str, str]
    curation: CurationReport
    build: pipeline.BuildReport | None = None

    def __str__(self) -> str:
        return self.summary()

    def summary(self) -> str:
        head = (f"release {self.version} written to {self.path}" if self.status == "written"
                else f"release {self.version} reproduced: every file is byte-identical to the "
                     f"published release in {self.path} (nothing written)")
        lines = [head, f"date: {self.created}", "rows per table:"]
        lines += [f"  {t:<11} {n:>7}  sha256 {self.sha256[t + '.parquet'][:16]}"
                  for t, n in self.rows.items()]
        lines.append(self.curation.summary())
        return "\n".join(lines)


def _next_versions(version: str) -> str:
    k = semver_key(version).core
    return f"{k[0]}.{k[1]}.{k[2] + 1} or {k[0]}.{k[1] + 1}.0"


def _explain_difference(out: Path, files: Mapping[str, bytes]) -> list[str]:
    """Why an existing release differs from a rebuild, table by table."""
    existing = {p.name for p in out.iterdir() if p.is_file()}
    lines = []
    for name in sorted(existing - set(files)):
        lines.append(f"{name}: only in the published release")
    for name in sorted(set(files) - existing):
        lines.append(f"{name}: only in the rebuild")
    for name in sorted(existing & set(files)):
        old = (out / name).read_bytes()
        if old == files[name]:
            continue
        if name == DATAPACKAGE:
            try:
                a_pkg, b_pkg = json.loads(old), json.loads(files[name])
                keys = sorted(k for k in a_pkg.keys() | b_pkg.keys()
                              if a_pkg.get(k) != b_pkg.get(k))
                lines.append(f"{name}: differs in {', '.join(keys)}")
            except json.JSONDecodeError:
                lines.append(f"{name}: the published file is not valid JSON")
            continue
        if not name.endswith(".parquet"):
            lines.append(f"{name}: differs")
            continue
        try:
            a = parse_parquet(old)
        except (pa.ArrowInvalid, OSError):
            lines.append(f"{name}: the published file is not readable Parquet")
            continue
        b = parse_parquet(files[name])
        if a.equals(b, check_metadata=True):
            lines.append(f"{name}: the same rows, but different bytes (a different pyarrow or "
                         f"Parquet writer, pyarrow {pa.__version__} here?)")
        else:
            d = _table_diff(name[: -len(".parquet")], a, b)
            lines.append(f"{name}: {len(d.added)} rows added, {len(d.removed)} removed, "
                         f"{len(d.changed)} changed")
    return lines


def make_release(version: str, raw_dir: Path, root: Path | None = None,
                 curation_dir: Path | None = None, *, date: dt.date | str | None = None,
                 changelog: Path | None = None, jobs: int = 1,
                 rel_to: Path | None = None) -> ReleaseResult:
    """Build release `version` from `raw_dir` into `root/<version>/`.

    Builds the machine tables, applies curation (`curation_dir`, default `data/curation/`),
    validates everything and renders the files. If the version already exists, nothing is
    written: identical bytes make this a passed reproducibility check (status "reproduced");
    any difference raises ReleaseError naming what differs, because a published version never
    changes. The release date comes from `release_date` (never the clock).
    """
    if not is_semver(version):
        raise ReleaseError(f"{version!r} is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.0.0)")
    root = Path(root) if root is not None else release_root()
    out = root / version
    if out.exists() and not (out / DATAPACKAGE).is_file():
        raise ReleaseError(f"{out} exists but holds no {DATAPACKAGE}: it is not a finished "
                           "release; remove it and run again")
    created = release_date(version, date, changelog, root)
    if curation_dir is None:
        curation_dir = default_curation_dir()
    built = release_tables(Path(raw_dir), curation_dir, jobs=jobs, rel_to=rel_to)
    files = render_release(built.curated, version, created, built.curation,
                           built.curation_sha256)
    rows = {n: built.curated[n].num_rows for n in schema.TABLES}
    digests = {n: hashlib.sha256(b).hexdigest() for n, b in files.items()}
    status = "written"
    if out.exists():
        differences = _explain_difference(out, files)
        if differences:
            raise ReleaseError(
                f"refusing to overwrite release {version} in {out}: the rebuild differs from "
                "the published files:\n  - " + "\n  - ".join(differences) + "\nA published "
                "version never changes. If the change is intended, release it as a new version "
                f"(e.g. {_next_versions(version)}) with a CHANGELOG.md entry; if not, the build "
                "is not reproducible and that is the bug to fix.")
        status = "reproduced"
    else:
        pipeline.write_tables({}, out, extra_files=files)
    return ReleaseResult(version, out, status, created, rows, digests, built.curation,
                         built.build)


# === comparing releases ========================================================================

def _key(table: str, row: Mapping[str, object], keys: tuple[str, ...]) -> str:
    return "|".join("" if row[k] is None else str(row[k]) for k in keys)


@dataclass(frozen=True)
class TableDiff:
    """Rows of one table added, removed and changed (by primary key) between two releases."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    changed_columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    columns_added: tuple[str, ...] = ()
    columns_removed: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.columns_added
                    or self.columns_removed)


def _table_diff(table: str, a: pa.Table, b: pa.Table,
                keys: tuple[str, ...] | None = None) -> TableDiff:
    keys = keys or schema.PRIMARY_KEYS.get(table) or (a.schema.names[0],)
    common = [c for c in a.schema.names if c in b.schema.names]
    ra = {_key(table, r, keys): r for r in a.select(common).to_pylist()}
    rb = {_key(table, r, keys): r for r in b.select(common).to_pylist()}
    changed: dict[str, tuple[str, ...]] = {}
    for k in sorted(ra.keys() & rb.keys()):
        cols = tuple(c for c in common if ra[k][c] != rb[k][c])
        if cols:
            changed[k] = cols
    return TableDiff(added=tuple(sorted(rb.keys() - ra.keys())),
                     removed=tuple(sorted(ra.keys() - rb.keys())),
                     changed=tuple(changed), changed_columns=changed,
                     columns_added=tuple(c for c in b.schema.names if c not in a.schema.names),
                     columns_removed=tuple(c for c in a.schema.names if c not in b.schema.names))


@dataclass(frozen=True)
class ReleaseDiff:
    """What changed between releases `a` and `b`, per table. `str()` gives a report."""

    a: str
    b: str
    tables: dict[str, TableDiff]
    tables_added: tuple[str, ...] = ()
    tables_removed: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return (not self.tables_added and not self.tables_removed
                and all(d.is_empty for d in self.tables.values()))

    def __str__(self) -> str:
        limit = 50
        lines = [f"{NAME} {self.a} -> {self.b}" + (": no differences" if self.is_empty else "")]
        lines += [f"  table added: {t}" for t in self.tables_added]
        lines += [f"  table removed: {t}" for t in self.tables_removed]
        for t, d in self.tables.items():
            if d.is_empty:
                lines.append(f"  {t:<11} unchanged")
                continue
            lines.append(f"  {t:<11} {len(d.added)} added, {len(d.removed)} removed, "
                         f"{len(d.changed)} changed")
            if d.columns_added:
                lines.append(f"    columns added: {', '.join(d.columns_added)}")
            if d.columns_removed:
                lines.append(f"    columns removed: {', '.join(d.columns_removed)}")
            items = ([f"    + {k}" for k in d.added] + [f"    - {k}" for k in d.removed]
                     + [f"    ~ {k} ({', '.join(d.changed_columns[k])})" for k in d.changed])
            lines += items[:limit]
            if len(items) > limit:
                lines.append(f"    ... and {len(items) - limit} more (see the ReleaseDiff "
                             "object for all ids)")
        return "\n".join(lines)


def diff(a: str, b: str, root: Path | None = None) -> ReleaseDiff:
    """Rows added, removed and changed per table from release `a` to release `b` (rows are
    matched by primary key; every file's checksum is verified first)."""
    pa_, pb = read_datapackage(a, root), read_datapackage(b, root)
    res_a = {r["name"]: r for r in pa_.get("resources", [])}
    res_b = {r["name"]: r for r in pb.get("resources", [])}
    out: dict[str, TableDiff] = {}
    for t in [n for n in res_b if n in res_a]:
        pk = res_b[t].get("schema", {}).get("primaryKey")
        keys = tuple([pk] if isinstance(pk, str) else pk) if pk else None
        out[t] = _table_diff(t, read_table(t, a, root), read_table(t, b, root), keys)
    return ReleaseDiff(a, b, out,
                       tables_added=tuple(n for n in res_b if n not in res_a),
                       tables_removed=tuple(n for n in res_a if n not in res_b))


# === citing ====================================================================================

def plain_citation(package: Mapping[str, Any]) -> str:
    """A plain-text citation of the release described by `package` (its datapackage)."""
    year = str(package.get("created", ""))[:4]
    return (f"{AUTHOR} ({year}). {package.get('title', TITLE)} "
            f"(Version {package.get('version')}) [Data set].")


def bibtex_citation(package: Mapping[str, Any]) -> str:
    """A BibTeX @misc entry for the release described by `package`."""
    version = str(package.get("version"))
    created = str(package.get("created", ""))[:10]
    title = str(package.get("title", TITLE)).replace("–", "--")
    title = title.replace("karabakh-data", "{karabakh-data}", 1)
    licences = ", ".join(lic["name"] for lic in package.get("licenses", [])
                         if lic.get("scope", "data") == "data")
    key = "karabakh_data_" + re.sub(r"[^0-9A-Za-z]+", "_", version)
    fields = [("author", f"{{{AUTHOR}}}"), ("title", title), ("year", created[:4]),
              ("version", version), ("howpublished", "Data set"),
              ("note", f"Version {version}, released {created}. Data licensed under "
                       f"{licences}")]
    body = ",\n".join(f"  {k:<12} = {{{v}}}" for k, v in fields)
    return f"@misc{{{key},\n{body}\n}}"


def cite(version: str | None = None, style: str = "both", root: Path | None = None,
         echo: Callable[[str], Any] | None = print) -> str:
    """Print and return how to cite a release (the latest unless `version` is given).

    `style` is "bibtex", "plain" or "both"."""
    if style not in ("bibtex", "plain", "both"):
        raise ValueError(f"style must be 'bibtex', 'plain' or 'both', not {style!r}")
    try:
        package = read_datapackage(version, root)
    except ReleaseNotFoundError as exc:
        raise ReleaseNotFoundError(f"nothing to cite: {exc}") from None
    parts = []
    if style in ("plain", "both"):
        parts.append(plain_citation(package))
    if style in ("bibtex", "both"):
        parts.append(bibtex_citation(package))
    text = "\n\n".join(parts)
    if echo is not None:
        echo(text)
    return text


__all__ = [
    "CurationEntry", "CurationError", "CurationReport", "EvidenceRef", "ReleaseDiff",
    "ReleaseError", "ReleaseResult", "ReleaseTables", "TableDiff", "Texts", "apply_curation",
    "check_release_tables", "cite", "datapackage", "diff", "load_curation", "make_release",
    "release_date", "release_dir", "release_tables", "render_release",
]
