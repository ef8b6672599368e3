"""Per-article facts kept compact until reconciliation, then assembled into Arrow tables.

Reconciliation needs every article's meeting and event reports at once, but not their
evidence: of a report's spans it reads only the trigger spans. `FactStore.add` therefore takes
one article's facts at a time and, while the article's raw offsets are at hand,

- writes every evidence span and every statement row into Arrow record batches (a few hundred
  articles per batch), where a string costs its bytes rather than a Python object each;
- keeps the meeting and event reports as small Python objects holding their trigger spans only,
  numbered, so that their evidence rows can be given the merged row's id afterwards.

Nothing else of an article survives `add`, so the memory a build holds grows with the output
tables, not with the corpus: no clean text, no per-span Python objects, no row dicts for the
hundreds of thousands of evidence rows. `tables()` reconciles the reports, links statements to
meetings and finishes the evidence table column-wise (ids by `take`, sort and de-duplication by
Arrow compute), giving tables byte-identical to reconciling the full Python objects.
"""

from __future__ import annotations

import dataclasses

import pyarrow as pa
import pyarrow.compute as pc

from karabakh_data import schema
from karabakh_data.model import DocFacts, EventReport, MeetingReport, Span

#: Articles whose evidence and statements are buffered as Python values before being written
#: to an Arrow record batch: small enough to bound the buffer, large enough for few batches.
BATCH_ARTICLES = 256

_EVIDENCE_KEY = schema.PRIMARY_KEYS["evidence"]

#: Evidence as staged: `record_id` is known for statements; a meeting's or event's is filled
#: in from its report number (`report`) once reconciliation has given the merged row an id.
_STAGED_EVIDENCE = pa.schema([
    pa.field("table", pa.string()), pa.field("record_id", pa.string()),
    pa.field("report", pa.int64()), pa.field("source_id", pa.string()),
    pa.field("char_start", pa.int64()), pa.field("char_end", pa.int64()),
    pa.field("text", pa.string()), pa.field("role", pa.string()),
    pa.field("raw_start", pa.int64()), pa.field("raw_end", pa.int64()),
])

#: Statements as staged: the table's columns plus what linking to a meeting needs.
_STAGED_STATEMENTS = pa.schema([
    *schema.SCHEMAS["statements"],
    pa.field("link_ref", pa.int64()), pa.field("link_lo", pa.int64()),
    pa.field("link_hi", pa.int64()),
])


class _Batches:
    """Rows buffered as Python column lists and written out as Arrow record batches."""

    def __init__(self, arrow_schema: pa.Schema) -> None:
        self.schema = arrow_schema
        self.names = arrow_schema.names
        self.batches: list[pa.RecordBatch] = []
        self._reset()

    def _reset(self) -> None:
        self.columns: dict[str, list] = {n: [] for n in self.names}

    def append(self, row: dict) -> None:
        for n in self.names:
            self.columns[n].append(row.get(n))

    def flush(self) -> None:
        if self.columns[self.names[0]]:
            self.batches.append(pa.record_batch(
                [pa.array(self.columns[f.name], type=f.type) for f in self.schema],
                schema=self.schema))
            self._reset()

    def table(self) -> pa.Table:
        self.flush()
        return pa.Table.from_batches(self.batches, schema=self.schema)


def _trigger_spans(spans: list[Span]) -> list[Span]:
    return [sp for sp in spans if sp.role == "trigger"]


class FactStore:
    """Collects per-article results in input order; `tables()` gives the reconciled tables."""

    def __init__(self, batch_articles: int = BATCH_ARTICLES) -> None:
        self.batch_articles = batch_articles
        self.source_rows = _Batches(schema.SCHEMAS["sources"])
        self.statements = _Batches(_STAGED_STATEMENTS)
        self.evidence = _Batches(_STAGED_EVIDENCE)
        self.meeting_reports: list[MeetingReport] = []  # trigger spans only
        self.event_reports: list[EventReport] = []  # trigger spans only
        self._pending = 0

    def add(self, source_row: dict | None, facts: DocFacts | None) -> None:
        """Take one article's `sources` row and facts (either may be None for a skipped file)."""
        from karabakh_data.meetings import statement_link, statement_row

        if source_row is not None:
            self.source_rows.append(source_row)
        if facts is not None:
            raw = getattr(facts, "raw_offsets", {})
            for m in facts.meetings:
                self._stage_spans("meetings", None, len(self.meeting_reports), m.spans, raw)
                self.meeting_reports.append(
                    dataclasses.replace(m, spans=_trigger_spans(m.spans)))
            for e in facts.events:
                self._stage_spans("events", None, len(self.event_reports), e.spans, raw)
                self.event_reports.append(dataclasses.replace(e, spans=_trigger_spans(e.spans)))
            for st in facts.statements:
                row = statement_row(st)
                row["link_ref"], row["link_lo"], row["link_hi"] = statement_link(st)
                self.statements.append(row)
                self._stage_spans("statements", row["statement_id"], None, st.spans, raw)
        self._pending += 1
        if self._pending >= self.batch_articles:
            self.flush()

    def flush(self) -> None:
        self._pending = 0
        for b in (self.source_rows, self.statements, self.evidence):
            b.flush()

    def _stage_spans(self, table: str, record_id: str | None, report: int | None,
                     spans: list[Span], raw: dict[tuple[str, int, int], tuple[int, int]]) -> None:
        cols = self.evidence.columns
        for sp in spans:
            r = raw.get((sp.source_id, sp.start, sp.end))
            raw_start, raw_end = r if r else (sp.start, sp.end)
            for name, value in (("table", table), ("record_id", record_id), ("report", report),
                                ("source_id", sp.source_id), ("char_start", sp.start),
                                ("char_end", sp.end), ("text", sp.text), ("role", sp.role),
                                ("raw_start", raw_start), ("raw_end", raw_end)):
                cols[name].append(value)

    # --- reconciliation and assembly --------------------------------------------------------
    def tables(self) -> dict[str, pa.Table]:
        """Reconcile and return every table, validated.

        This empties the store: each thing it holds is let go as soon as the table made from
        it is built (the reports after clustering, the staged statements and evidence after
        their tables), so the peak is not the store and all the tables at once."""
        from karabakh_data.events import cluster_events
        from karabakh_data.gazetteer import actors_frame, places_frame
        from karabakh_data.meetings import cluster_meetings

        meeting_rows, meeting_ids, index = cluster_meetings(self.meeting_reports)
        self.meeting_reports = []
        meetings = schema.table_from_rows("meetings", meeting_rows)
        event_rows, event_ids = cluster_events(self.event_reports)
        self.event_reports = []
        events = schema.table_from_rows("events", event_rows)
        del meeting_rows, event_rows
        statements = self._linked_statements(index)
        del index
        evidence = self._evidence(meeting_ids, event_ids)
        sources = self.source_rows.table()
        self.source_rows = _Batches(schema.SCHEMAS["sources"])
        sources = _conform(sources.take(pc.sort_indices(sources,
                                                        sort_keys=[("path", "ascending")])),
                           "sources")
        tables = {
            "sources": sources,
            "actors": pa.Table.from_pandas(actors_frame(), schema=schema.SCHEMAS["actors"],
                                           preserve_index=False),
            "places": pa.Table.from_pandas(places_frame(), schema=schema.SCHEMAS["places"],
                                           preserve_index=False),
            "meetings": meetings,
            "statements": statements,
            "events": events,
            "evidence": evidence,
        }
        for name, table in tables.items():
            schema.validate(name, table)
        return tables

    def _linked_statements(self, index: dict[tuple[str, int], str]) -> pa.Table:
        """The statements table: `meeting_id` filled in, rows sorted by (source_id,
        char_start, speaker_id), ties in input order (a stable sort, as `link_statements`)."""
        from karabakh_data.meetings import linked_meeting, meetings_by_source

        staged = self.statements.table()
        self.statements = _Batches(_STAGED_STATEMENTS)  # the staged rows go with `staged`
        by_source = meetings_by_source(index)
        meeting_ids = [
            linked_meeting(sid, ref, lo, hi, index, by_source)
            for sid, ref, lo, hi in zip(*(staged.column(c).to_pylist() for c in (
                "source_id", "link_ref", "link_lo", "link_hi")), strict=True)]
        names = schema.SCHEMAS["statements"].names
        table = staged.set_column(names.index("meeting_id"), "meeting_id",
                                  pa.array(meeting_ids, pa.string())).select(names)
        order = pc.sort_indices(table, sort_keys=[("source_id", "ascending"),
                                                  ("char_start", "ascending"),
                                                  ("speaker_id", "ascending")])
        return _conform(table.take(order), "statements")

    def _evidence(self, meeting_ids: list[str], event_ids: list[str | None]) -> pa.Table:
        """The evidence table: every staged span given its row's id (spans of a report that
        made no row are dropped), sorted by the primary key, exact duplicates removed (one
        span can support a row through several reports).

        The order is worked out on the key columns alone and the staged rows are copied once,
        by a single `take`, so the peak is the staged batches plus the finished table."""
        staged = self.evidence.table()
        self.evidence = _Batches(_STAGED_EVIDENCE)  # the staged rows go with `staged`
        ids = pa.array([*meeting_ids, *event_ids], pa.string())
        report = staged.column("report")
        is_event = pc.equal(staged.column("table"), "events")
        position = pc.if_else(is_event, pc.add(report, len(meeting_ids)), report)
        record_id = pc.coalesce(staged.column("record_id"), pc.take(ids, position))
        del report, is_event, position
        staged = staged.set_column(staged.schema.get_field_index("record_id"), "record_id",
                                   record_id)
        keys = staged.select(list(_EVIDENCE_KEY))
        order = pc.sort_indices(keys, sort_keys=[(k, "ascending") for k in _EVIDENCE_KEY])
        if record_id.null_count:  # spans of undated event reports, which made no row
            order = order.filter(pc.is_valid(record_id.take(order)))
        order = order.filter(schema.first_of_runs(keys.take(order)))
        del keys
        final = staged.select(schema.SCHEMAS["evidence"].names).take(order)
        del staged, order
        return _conform(final, "evidence")


def _conform(table: pa.Table, name: str) -> pa.Table:
    """`table`'s columns in exactly the declared schema of `name` (field metadata included),
    as `schema.table_from_rows` gives it, so the Parquet bytes match."""
    target = schema.SCHEMAS[name]
    cols = [table.column(f.name) for f in target]
    return pa.Table.from_arrays([c.chunk(0) if c.num_chunks == 1 else c.combine_chunks()
                                 for c in cols], schema=target)
