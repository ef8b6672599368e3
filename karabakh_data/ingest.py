"""Article dumps (JSON Lines, JSON or CSV from a news API or a scraper) -> a raw folder.

Step `import_articles` is the step before `corpus`: `build` reads a folder of `*.txt` files and
a `manifest.csv`, and a user's archive usually arrives as one file of records instead. Each
record's text is written to a file of its own, byte for byte as the record holds it (UTF-8), and
its metadata (url, outlet, title, author, publication date, language) to a manifest row, so the
raw folder stays the single, inspectable input of every build.

Why the rules are what they are:
- **Nothing is invented.** A publication date is taken only from a value the record states, and
  only its calendar date as written ("2023-05-22T23:30:00-04:00" -> 2023-05-22; no time-zone
  shift); a value we cannot read is left empty and said so in `notes`, and the build then dates
  the article from its own text or leaves it undated.
- **Re-importing is safe.** A file's name is its publication date and the first 16 hex digits of
  its text's sha256 (the build's `source_id`), and a text whose bytes are already in the folder is
  skipped, so importing the same dump twice, or two dumps that share articles, adds nothing twice
  and rewrites nothing.
- **Bad records are skipped with a one-line reason** (line or item number and why); with
  `strict=True` one bad record stops the import before anything is written. Every file and the
  manifest are written to a temporary name and moved into place, so an interrupted import leaves
  no half-written file and an older manifest that still describes every file it lists.
"""

from __future__ import annotations

import csv
import datetime as dt
import email.utils
import io
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from karabakh_data.corpus import (
    MANIFEST_COLUMNS,
    MANIFEST_NAME,
    CorpusError,
    Problem,
    decode,
    parse_partial_date,
    sha256_bytes,
    source_id_for,
    written_day,
)

#: The record keys tried for each manifest field, in order (compared case-insensitively and
#: without "_" or "-"). They cover the common news APIs and scraper exports: NewsAPI
#: (`publishedAt`, `source.name`, `content`), the Guardian (`webTitle`, `webUrl`,
#: `webPublicationDate`, `fields.bodyText`), Event Registry (`body`, `dateTime`, `lang`), and
#: plain `text`/`title`/`date` exports. A nested key is written with dots; `--field` overrides.
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "bodytext", "fields.bodytext", "content", "article", "fulltext",
             "story", "maintext"),
    "title": ("title", "headline", "webtitle", "fields.headline"),
    "url": ("url", "link", "uri", "weburl", "href"),
    "published": ("published", "publishedat", "publicationdate", "webpublicationdate",
                  "datepublished", "pubdate", "datetime", "date", "time"),
    "outlet": ("outlet", "source", "publisher", "sourcename", "site", "sitename", "domain"),
    "author": ("author", "authors", "byline", "fields.byline", "creator"),
    "language": ("language", "lang"),
}
#: Formats of the suffixes `read_records` understands.
FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv"}
#: Keys under which a JSON object holds its list of records (NewsAPI: `articles`; the Guardian:
#: `response.results`).
_LIST_KEYS = ("articles", "results", "items", "records", "data", "docs", "documents", "response")

_ISO_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                      r"(?:Z|[+-]\d{2}:?\d{2}| ?UTC| ?GMT)?)?")
_PARTIAL = re.compile(r"\d{4}(?:-\d{2})?")
_EPOCH = re.compile(r"\d{9,13}")
_WRITTEN_FORMATS = ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%b. %d, %Y",
                    "%Y/%m/%d")
#: A day in figures whose first two numbers may be either the day or the month ("05/11/2024").
_NUMERIC_EITHER_WAY = re.compile(r"(?:0?[1-9]|1[0-2])([./-])(?:0?[1-9]|1[0-2])\1\d{4}")


class IngestError(ValueError):
    """An import that cannot go ahead (unreadable input, or a bad record with strict)."""


@dataclass(frozen=True)
class Record:
    """One article of a dump: its text and manifest fields, and where it stood."""

    where: str  # "line 12", "item 3", "row 7"
    text: str
    fields: dict[str, str]
    notes: tuple[str, ...] = ()


@dataclass
class ImportReport:
    """What an import read, wrote and skipped."""

    source: str
    raw_dir: str
    records: int = 0
    written: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"records read: {self.records} (from {self.source})",
                 f"new articles written to {self.raw_dir}/: {len(self.written)}",
                 f"already in the folder (same text): {len(self.already)}"]
        if self.problems:
            lines.append(f"skipped: {len(self.problems)}")
            lines += [f"  - {p}" for p in self.problems]
        lines.append(f"next: karabakh-data build --raw {self.raw_dir}")
        return "\n".join(lines)


def _squash(key: str) -> str:
    return key.lower().replace("_", "").replace("-", "")


def _flatten(obj: Mapping[str, object], prefix: str = "", depth: int = 0
             ) -> dict[str, object]:
    """Dotted, squashed keys of a record, two levels deep (`source.name`, `fields.bodyText`);
    a nested object also stays under its own key, so `source` can still be read as a whole."""
    out: dict[str, object] = {}
    for k, v in obj.items():
        key = prefix + _squash(str(k))
        out.setdefault(key, v)
        if isinstance(v, Mapping) and depth < 1:
            out.update({nk: nv for nk, nv in _flatten(v, key + ".", depth + 1).items()
                        if nk not in out})
    return out


def _as_text(value: object) -> str | None:
    """A field's value as one string: lists are joined with "; ", an object gives its name."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, Mapping):
        for k in ("name", "title", "id", "domain"):
            if isinstance(value.get(k), str) and value[k].strip():
                return str(value[k])
        return None
    if isinstance(value, (list, tuple)):
        parts = [t.strip() for t in map(_as_text, value) if t and t.strip()]
        return "; ".join(parts) or None
    return None


def normalise_published(value: str) -> tuple[str, str | None]:
    """A record's publication value -> ("YYYY-MM-DD" | "YYYY-MM" | "YYYY" | "", note or None).

    Only the calendar date written in the value is kept; a value read another way than as an ISO
    date says how in the note, and an unreadable one gives "" and a note quoting it."""
    v = value.strip()
    if not v:
        return "", None
    m = _ISO_DAY.fullmatch(v)
    if m:
        day = m.group(1)
        try:
            dt.date.fromisoformat(day)
        except ValueError:
            return "", f"published: the value {v!r} is no calendar date; not used"
        return day, None
    if _PARTIAL.fullmatch(v):
        try:
            parse_partial_date(v)
        except (CorpusError, ValueError):
            return "", f"published: the value {v!r} is no calendar date; not used"
        return v, None
    if _EPOCH.fullmatch(v):
        secs = int(v) / (1000 if len(v) > 10 else 1)
        day = dt.datetime.fromtimestamp(secs, tz=dt.UTC).date().isoformat()
        return day, f"published: read from the Unix time {v} (UTC date)"
    try:
        parsed = email.utils.parsedate_to_datetime(v)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.date().isoformat(), None
    for fmt in _WRITTEN_FORMATS:
        try:
            return dt.datetime.strptime(v, fmt).date().isoformat(), None
        except ValueError:
            continue
    # (round 62) any other way a page writes its day, alone or with its time and zone, as a
    # page's date line is read ("25/11/2024", "13.05.2024", "Thursday, 5 October 2023 14:05")
    day = written_day(v)
    if day is not None:
        return day.isoformat(), None
    if _NUMERIC_EITHER_WAY.fullmatch(v):
        return "", (f"published: {v!r} reads as day/month or as month/day; left empty "
                    "(write YYYY-MM-DD)")
    return "", f"published: the value {v!r} was not read as a date; left empty"


def _record(where: str, obj: object, overrides: Mapping[str, str]) -> Record:
    """One record of a dump -> `Record`; raises CorpusError with a one-line reason."""
    if not isinstance(obj, Mapping):
        raise CorpusError(f"{where}: not an object with fields")
    flat = _flatten(obj)
    fields: dict[str, str] = {}
    notes: list[str] = []
    for name, keys in FIELD_KEYS.items():
        wanted = (_squash(overrides[name]),) if name in overrides else keys
        value = next((flat[k] for k in wanted if k in flat and _as_text(flat[k])), None)
        if name == "text" and isinstance(value, (list, tuple)):  # paragraphs
            value = "\n\n".join(t for t in map(_as_text, value) if t and t.strip())
        text = _as_text(value)
        if text is not None:
            fields[name] = text if name == "text" else " ".join(text.split())
    text = fields.pop("text", None)
    if text is None:
        tried = overrides.get("text") or ", ".join(FIELD_KEYS["text"][:5]) + ", ..."
        raise CorpusError(f"{where}: no article text (looked for {tried})")
    if fields.get("published"):
        fields["published"], note = normalise_published(fields["published"])
        if note:
            notes.append(note)
    return Record(where, text, fields, tuple(notes))


def _json_records(data: str, name: str) -> Iterator[tuple[str, object]]:
    try:
        obj = json.loads(data)
    except json.JSONDecodeError as exc:
        raise IngestError(f"{name}: not JSON ({exc.msg}, line {exc.lineno})") from None
    for _ in range(3):  # {"response": {"results": [...]}} is two levels down
        if isinstance(obj, Mapping):
            key = next((k for k in _LIST_KEYS if isinstance(obj.get(k), (list, Mapping))), None)
            if key is None:
                obj = [obj]  # one article
                break
            obj = obj[key]
    if not isinstance(obj, list):
        raise IngestError(f"{name}: no list of records found")
    for n, item in enumerate(obj, start=1):
        yield f"item {n}", item


def _jsonl_records(data: str) -> Iterator[tuple[str, object]]:
    for n, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield f"line {n}", json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"line {n}", CorpusError(f"line {n}: not JSON ({exc.msg})")


def _csv_records(data: str) -> Iterator[tuple[str, object]]:
    reader = csv.DictReader(io.StringIO(data, newline=""))
    for row in reader:
        yield f"row {reader.line_num}", {k: v for k, v in row.items() if k is not None}


def read_records(path: Path, overrides: Mapping[str, str] | None = None
                 ) -> Iterator[Record | Problem]:
    """The records of one dump file, in file order: a `Record` each, or a `Problem` for a
    record that cannot be an article. The format is the file's suffix (`FORMATS`)."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise IngestError(f"{path.name}: unknown format (use one of "
                           f"{', '.join(sorted(FORMATS))})")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        data = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(f"{path.name}: not UTF-8 (byte {exc.start})") from None
    overrides = dict(overrides or {})
    items: Iterable[tuple[str, object]] = (
        _jsonl_records(data) if fmt == "jsonl" else
        _json_records(data, path.name) if fmt == "json" else _csv_records(data))
    for where, obj in items:
        if isinstance(obj, CorpusError):
            yield Problem(path.name, str(obj))
            continue
        try:
            yield _record(where, obj, overrides)
        except CorpusError as exc:
            yield Problem(path.name, str(exc))


def _file_name(rec: Record, data: bytes) -> str:
    # `published` is already normalised: "YYYY-MM-DD", "YYYY-MM", "YYYY" or ""
    return f"{rec.fields.get('published') or 'undated'}_{source_id_for(data)}.txt"


def _row(cols: list[str], name: str, source: Path, rec: Record) -> dict[str, str]:
    row = {c: "" for c in cols}
    row.update(rec.fields, file=name,
               notes="; ".join([f"imported from {source.name} ({rec.where})", *rec.notes]))
    return row


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".import-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _manifest_rows(raw_dir: Path) -> tuple[list[str], list[dict[str, str]]]:
    path = raw_dir / MANIFEST_NAME
    if not path.exists():
        return list(MANIFEST_COLUMNS), []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(f"{path}: cannot read the existing manifest ({exc})") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if "file" not in (reader.fieldnames or []):
        raise IngestError(f"{path}: the existing manifest has no 'file' column")
    cols = list(reader.fieldnames or [])
    cols += [c for c in MANIFEST_COLUMNS if c not in cols]
    return cols, [{k: v or "" for k, v in row.items() if k is not None} for row in reader]


def import_articles(source: Path, raw_dir: Path, *, overrides: Mapping[str, str] | None = None,
                    strict: bool = False) -> ImportReport:
    """Write the articles of dump `source` into `raw_dir` (created if missing) as `*.txt`
    files with rows in its `manifest.csv`; return what was done.

    `overrides` maps a manifest field (`text`, `title`, `url`, `published`, `outlet`, `author`,
    `language`) to the record key holding it (dots for nested keys: `fields.bodyText`)."""
    source, raw_dir = Path(source), Path(raw_dir)
    unknown = sorted(set(overrides or {}) - set(FIELD_KEYS))
    if unknown:
        raise IngestError(f"unknown field {unknown[0]!r} (fields: {', '.join(FIELD_KEYS)})")
    if raw_dir.exists() and not raw_dir.is_dir():
        raise IngestError(f"{raw_dir}: not a folder")
    report = ImportReport(str(source), str(raw_dir))
    cols, rows = _manifest_rows(raw_dir) if raw_dir.is_dir() else (list(MANIFEST_COLUMNS), [])
    listed = {r.get("file", "") for r in rows}
    present: dict[str, str] = {}  # sha256 of every text in the folder -> its file name
    if raw_dir.is_dir():
        for p in sorted(raw_dir.glob("*.txt")):
            try:
                present.setdefault(sha256_bytes(p.read_bytes()), p.name)
            except OSError:
                continue
    todo: dict[str, tuple[bytes, dict[str, str]]] = {}  # new file name -> (bytes, manifest row)
    unlisted: list[dict[str, str]] = []  # rows for files already there but not in the manifest
    for item in read_records(source, overrides):
        report.records += 1
        if isinstance(item, Problem):
            report.problems.append(item)
            continue
        data = item.text.encode("utf-8")
        try:
            decode(data, item.where)  # the build's own checks: size, NUL bytes, words
        except CorpusError as exc:
            report.problems.append(Problem(source.name, f"{item.where}: {exc}"))
            continue
        digest = sha256_bytes(data)
        if digest in present:
            name = present[digest]
            if name in todo:
                report.problems.append(Problem(
                    source.name, f"{item.where}: same text as an earlier record; skipped"))
            else:
                report.already.append(name)
                if name not in listed:  # a file without a row (an interrupted import)
                    listed.add(name)
                    unlisted.append(_row(cols, name, source, item))
            continue
        name = _file_name(item, data)
        present[digest] = name
        todo[name] = (data, _row(cols, name, source, item))
    if strict and report.problems:
        raise IngestError(f"{len(report.problems)} bad record(s), nothing written; first: "
                           f"{report.problems[0]}")
    if not todo and not unlisted:
        return report
    raw_dir.mkdir(parents=True, exist_ok=True)
    for name in sorted(todo):
        _write_atomic(raw_dir / name, todo[name][0])
        report.written.append(name)
    new_rows = sorted(unlisted + [todo[n][1] for n in todo if n not in listed],
                      key=lambda r: r["file"])
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows + new_rows)
    _write_atomic(raw_dir / MANIFEST_NAME, buf.getvalue().encode("utf-8"))
    return report


__all__ = [
    "FIELD_KEYS",
    "FORMATS",
    "ImportReport",
    "IngestError",
    "Record",
    "import_articles",
    "normalise_published",
    "read_records",
]
