"""The Arrow schema of every table, defined once.

The same objects are used to write the Parquet files, to validate a table before it is released,
to give `load()` its dtypes and to generate the codebook page (`docs/codebook.md`), so the
documentation cannot drift from the data. Field descriptions are written from
`../shared/codebook.md` in our own words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pyarrow as pa
import pyarrow.compute as pc

# --- closed vocabularies -------------------------------------------------------------------
PRECISIONS = ("day", "week", "month", "year", "decade")
PUBLISHED_METHODS = ("manifest", "inferred", "unknown")
REVIEW_STATUSES = ("machine", "verified", "corrected")
ACTOR_KINDS = ("person", "state", "organisation", "government_body")
PLACE_KINDS = ("city", "region", "country", "route", "venue")
MEETING_MODES = ("in_person", "phone", "video")
MEETING_LEVELS = (
    "leaders", "foreign_ministers", "deputy_prime_ministers", "officials", "commission",
)
MEETING_FORMATS = ("bilateral", "trilateral", "multilateral")
MEETING_STATUSES = ("held", "planned", "proposed", "cancelled")
STATEMENT_KINDS = ("direct", "indirect")
TOPICS = (
    "peace_treaty",
    "border_delimitation",
    "territorial_integrity",
    "troop_withdrawal",
    "lachin_corridor",
    "transport_links",
    "prisoners",
    "peacekeepers",
    "mediation",
    "ceasefire",
    "karabakh_status",
    "legal_action",
)
EVENT_TYPES = (
    "armed_clash",
    "ceasefire",
    "agreement",
    "territorial_change",
    "blockade",
    "legal_action",
    "detention",
    "protest",
    "deployment",
    "political_declaration",
)
GEO_PRECISIONS = ("point", "region", "country")
FACT_TABLES = ("meetings", "statements", "events")
TABLES = ("sources", "actors", "places", "meetings", "statements", "events", "evidence")

#: Columns whose values come from a closed vocabulary (loaded as pandas categoricals).
VOCABULARIES: dict[tuple[str, str], tuple[str, ...]] = {
    ("sources", "published_precision"): PRECISIONS,
    ("sources", "published_method"): PUBLISHED_METHODS,
    ("actors", "kind"): ACTOR_KINDS,
    ("places", "kind"): PLACE_KINDS,
    ("meetings", "date_precision"): PRECISIONS,
    ("meetings", "mode"): MEETING_MODES,
    ("meetings", "level"): MEETING_LEVELS,
    ("meetings", "format"): MEETING_FORMATS,
    ("meetings", "status"): MEETING_STATUSES,
    ("meetings", "review_status"): REVIEW_STATUSES,
    ("statements", "date_precision"): PRECISIONS,
    ("statements", "kind"): STATEMENT_KINDS,
    ("statements", "review_status"): REVIEW_STATUSES,
    ("events", "date_precision"): PRECISIONS,
    ("events", "event_type"): EVENT_TYPES,
    ("events", "geo_precision"): GEO_PRECISIONS,
    ("events", "review_status"): REVIEW_STATUSES,
    ("evidence", "table"): FACT_TABLES,
}
#: List columns whose items come from a closed vocabulary.
LIST_VOCABULARIES: dict[tuple[str, str], tuple[str, ...]] = {("statements", "topics"): TOPICS}


def _f(name: str, typ: pa.DataType, doc: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, typ, nullable=nullable, metadata={"description": doc})


_S = pa.string()
_LS = pa.list_(pa.string())
_D = pa.date32()

_DATE_FIELDS = [
    _f("date", _D, "First day of the period the row is dated to (date32)."),
    _f("date_end", _D, "Last day of a span; null unless the text gives a span."),
    _f("date_precision", _S, "How exact `date` is: day, week, month, year or decade."),
]
_RECONCILED = [
    _f("source_ids", _LS, "Every source that reports this fact.", nullable=False),
    _f("n_sources", pa.int32(), "Number of sources reporting this fact.", nullable=False),
    _f("conflicts", _LS, "Each disagreement between sources, in words; empty when they agree.",
       nullable=False),
    _f("review_status", _S, "machine (as extracted), verified (checked, unchanged) or corrected "
       "(changed by a documented curation entry).", nullable=False),
]

SCHEMAS: dict[str, pa.Schema] = {
    "sources": pa.schema([
        _f("source_id", _S, "Stable id derived from the raw bytes (sha256 prefix).",
           nullable=False),
        _f("path", _S, "Path of the raw file relative to the repository.", nullable=False),
        _f("sha256", _S, "sha256 of the raw bytes.", nullable=False),
        _f("outlet", _S, "Publishing outlet, if known."),
        _f("url", _S, "Address of the article, if known."),
        _f("title", _S, "Headline, if known."),
        _f("author", _S, "Author or byline, if known."),
        _f("published", _D, "Publication date (first day of its period); null if unknown."),
        _f("published_precision", _S, "Precision of `published`: day, week, month, year, decade."),
        _f("published_method", _S, "How `published` was established: manifest, inferred, unknown.",
           nullable=False),
        _f("published_note", _S, "The words or manifest note that established `published`."),
        _f("language", _S, "BCP 47 language tag of the text.", nullable=False),
        _f("n_chars", pa.int64(), "Characters in the clean text.", nullable=False),
        _f("n_words", pa.int64(), "Words in the clean text.", nullable=False),
        _f("boilerplate_chars", pa.int64(),
           "Characters of web boilerplate removed from the raw text.",
           nullable=False),
    ]),
    "actors": pa.schema([
        _f("actor_id", _S, "Lowercase hyphenated canonical English name.", nullable=False),
        _f("name", _S, "Display name.", nullable=False),
        _f("kind", _S, "person, state, organisation or government_body.", nullable=False),
        _f("country", _S, "ISO 3166-1 alpha-3 of the actor's state, if any."),
        _f("role", _S, "Main role in the period covered, e.g. 'Prime Minister of Armenia'."),
        _f("aliases", _LS, "Spelling variants and other names that refer to this actor.",
           nullable=False),
        _f("wikidata_id", _S, "Wikidata Q-id, only where checked."),
    ]),
    "places": pa.schema([
        _f("place_id", _S, "Lowercase hyphenated canonical English name.", nullable=False),
        _f("name", _S, "Display name.", nullable=False),
        _f("kind", _S, "city, region, country, route or venue.", nullable=False),
        _f("country", _S, "ISO 3166-1 alpha-3 of the country the place is in."),
        _f("lat", pa.float64(), "Latitude, WGS84."),
        _f("lon", pa.float64(), "Longitude, WGS84."),
        _f("aliases", _LS, "Spelling variants and other names of the place.", nullable=False),
    ]),
    "meetings": pa.schema([
        _f("meeting_id", _S, "Stable id derived from the meeting's facts.", nullable=False),
        *_DATE_FIELDS,
        _f("place_id", _S, "Place id from `places`, if the text names where."),
        _f("city", _S, "City name of the place, if any."),
        _f("country", _S, "ISO3 of the place, if any."),
        _f("venue", _S, "Venue as the text names it, e.g. a residence or building."),
        _f("mode", _S, "in_person, phone or video.", nullable=False),
        _f("level", _S, "leaders, foreign_ministers, deputy_prime_ministers, officials or "
           "commission."),
        _f("format", _S, "bilateral, trilateral or multilateral: parties present, mediator "
           "included."),
        _f("participants", _LS, "Actor ids of the named principals (states when no person is "
           "named).", nullable=False),
        _f("mediator", _S, "Actor id of the state or organisation that convened or mediated."),
        _f("status", _S, "held, planned, proposed or cancelled, as of the latest report.",
           nullable=False),
        _f("outcomes", _LS, "Short statements of what the meeting agreed or decided.",
           nullable=False),
        *_RECONCILED,
    ]),
    "statements": pa.schema([
        _f("statement_id", _S, "Stable id derived from source, span and speaker.", nullable=False),
        _f("date", _D,
           "When it was said (first day of its period); null if the text does not say."),
        _f("date_precision", _S, "Precision of `date`."),
        _f("speaker_id", _S, "Actor id of the speaker.", nullable=False),
        _f("speaker_text", _S, "The article's words naming the speaker.", nullable=False),
        _f("speaker_country", _S, "ISO3 of the speaker's state, if any."),
        _f("kind", _S, "direct (inside quotation marks) or indirect (reported speech).",
           nullable=False),
        _f("text", _S, "Verbatim span of the clean text: the quotation or the reported clause.",
           nullable=False),
        _f("occasion", _S, "Where it was said, e.g. 'press conference', if the text says."),
        _f("topics", _LS, "Topics from the closed topic list.", nullable=False),
        _f("meeting_id", _S, "The meeting the statement was made at or about, if any."),
        _f("source_id", _S, "Source the statement is quoted from.", nullable=False),
        _f("char_start", pa.int64(), "Start of `text` in the source's clean text.", nullable=False),
        _f("char_end", pa.int64(), "End of `text` in the source's clean text.", nullable=False),
        _f("review_status", _S, "machine, verified or corrected.", nullable=False),
    ]),
    "events": pa.schema([
        _f("event_id", _S, "Stable id derived from the event's facts.", nullable=False),
        *_DATE_FIELDS,
        _f("event_type", _S, "One of the closed event types.", nullable=False),
        _f("description", _S, "One line saying what happened.", nullable=False),
        _f("actors", _LS, "Actor ids involved.", nullable=False),
        _f("place_id", _S, "Place id from `places`, if located."),
        _f("location", _S, "Place name as located."),
        _f("country", _S, "ISO3 of the location."),
        _f("lat", pa.float64(), "Latitude (WGS84) of the location."),
        _f("lon", pa.float64(), "Longitude (WGS84) of the location."),
        _f("geo_precision", _S, "point, region or country."),
        _f("fatalities", pa.int32(), "Deaths as a number stated in the text; never estimated. "
           "A floor ('at least 300') is kept, a ceiling ('up to 300', 'nearly 300') gives none."),
        *_RECONCILED,
    ]),
    "evidence": pa.schema([
        _f("table", _S, "Table of the supported row: meetings, statements or events.",
           nullable=False),
        _f("record_id", _S, "Id of the supported row.", nullable=False),
        _f("source_id", _S, "Source whose clean text holds the span.", nullable=False),
        _f("char_start", pa.int64(), "Start offset in the clean text.", nullable=False),
        _f("char_end", pa.int64(), "End offset in the clean text.", nullable=False),
        _f("text", _S, "Exactly clean_text[char_start:char_end].", nullable=False),
        _f("role", _S, "What the span supports: trigger, date, place, participant, outcome, "
           "speaker, quote, fatalities, ...", nullable=False),
        _f("raw_start", pa.int64(), "Start offset of the span in the raw file's decoded text.",
           nullable=False),
        _f("raw_end", pa.int64(), "End offset of the span in the raw file's decoded text.",
           nullable=False),
    ]),
}

#: The column that identifies a row of each table.
PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "sources": ("source_id",),
    "actors": ("actor_id",),
    "places": ("place_id",),
    "meetings": ("meeting_id",),
    "statements": ("statement_id",),
    "events": ("event_id",),
    "evidence": ("table", "record_id", "source_id", "char_start", "char_end", "role"),
}

TABLE_DESCRIPTIONS: dict[str, str] = {
    "sources": "One row per raw article: provenance, publication date and how it was established.",
    "actors": "Reference table of people, states, organisations and government bodies.",
    "places": "Reference table of places with WGS84 coordinates.",
    "meetings": "One row per diplomatic encounter (held, planned, proposed or cancelled), "
                "reconciled across sources.",
    "statements": "One row per attributed utterance about the conflict or the peace process.",
    "events": "One row per dated happening that is neither a meeting nor a statement, "
              "reconciled across sources.",
    "evidence": "One row per supporting span: the exact words of a source behind a fact row.",
}


class SchemaError(ValueError):
    """A table does not match its declared schema or vocabulary."""


def field_description(table: str, column: str) -> str:
    """The documented meaning of one column."""
    meta = SCHEMAS[table].field(column).metadata or {}
    return meta.get(b"description", b"").decode()


def empty_table(name: str) -> pa.Table:
    """A table with the full schema and no rows (written before an extractor exists)."""
    return SCHEMAS[name].empty_table()


def table_from_rows(name: str, rows: list[Mapping[str, object]]) -> pa.Table:
    """Build an Arrow table in the declared schema from plain dict rows (missing keys -> null)."""
    schema = SCHEMAS[name]
    cols = {f.name: [r.get(f.name) for r in rows] for f in schema}
    return pa.table(cols, schema=schema)


def validate(name: str, table: pa.Table) -> None:
    """Raise SchemaError unless `table` has exactly the declared schema, non-null required
    fields, closed vocabularies respected and unique primary keys."""
    schema = SCHEMAS[name]
    if not table.schema.equals(schema, check_metadata=False):
        raise SchemaError(f"{name}: schema differs from the declared one:\n{table.schema}")
    for f in schema:
        if not f.nullable and table.column(f.name).null_count:
            raise SchemaError(f"{name}.{f.name}: {table.column(f.name).null_count} nulls "
                              "in a required column")
    # Column-wise checks (Arrow compute), so validating 10^6 evidence rows does not turn them
    # into Python objects.
    for (tname, col), vocab in VOCABULARIES.items():
        if tname != name:
            continue
        bad = sorted({v for v in pc.unique(table.column(col)).to_pylist() if v is not None}
                     - set(vocab))
        if bad:
            raise SchemaError(f"{name}.{col}: values outside the vocabulary: {bad}")
    for (tname, col), vocab in LIST_VOCABULARIES.items():
        if tname != name:
            continue
        items = pc.list_flatten(table.column(col))
        bad = sorted({v for v in pc.unique(items).to_pylist() if v is not None} - set(vocab))
        if bad:
            raise SchemaError(f"{name}.{col}: items outside the vocabulary: {bad}")
    keys = PRIMARY_KEYS[name]
    if _has_repeats(table.select(list(keys))):
        raise SchemaError(f"{name}: duplicate primary keys {keys}")


def _has_repeats(table: pa.Table) -> bool:
    """True when two rows of `table` are equal (nulls equal to nulls): sorted, a repeat sits
    next to its twin. Sorting costs an index and a sorted copy of one key column at a time,
    far less than hashing them (`group_by`) or turning them into Python tuples."""
    if table.num_rows < 2:
        return False
    order = pc.sort_indices(table, sort_keys=[(c, "ascending") for c in table.column_names])
    return not pc.all(first_of_runs_in((col.take(order) for col in table.columns),
                                       table.num_rows)).as_py()


def first_of_runs(table: pa.Table) -> pa.Array:
    """True for each row of a sorted `table` that differs from the row before it in some
    column (nulls equal to nulls): the first row of each run of equal rows."""
    return first_of_runs_in(table.columns, table.num_rows)


def first_of_runs_in(columns: Iterable[pa.Array | pa.ChunkedArray], n: int) -> pa.Array:
    """`first_of_runs` over `n` sorted rows given as columns, which may be produced lazily:
    each column is compared with itself shifted by one row and can be let go before the next
    is made, so a caller never needs the whole sorted table in memory."""
    if n < 2:
        return pa.array([True] * n, pa.bool_())
    changed = pa.array([False] * (n - 1), pa.bool_())
    for col in columns:
        if col.type == pa.null():
            continue  # all null: equal on every row
        a, b = col.slice(1), col.slice(0, n - 1)
        same = pc.or_kleene(pc.equal(a, b), pc.and_(pc.is_null(a), pc.is_null(b)))
        changed = pc.or_(changed, pc.invert(pc.fill_null(same, False)))
        del col, a, b, same
    chunks = changed.chunks if isinstance(changed, pa.ChunkedArray) else [changed]
    return pa.concat_arrays([pa.array([True]), *chunks])
