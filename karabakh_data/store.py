"""Per-article facts kept compact until reconciliation, then assembled into Arrow tables.

Reconciliation needs every article's meeting and event reports at once, but not their
evidence: of a report's spans it reads only the trigger spans. `FactStore.add` therefore takes
one article's facts at a time and, while the article's raw offsets are at hand,

- writes every statement row into Arrow record batches (a few hundred articles per batch),
  where a string costs its bytes rather than a Python object each, and every evidence span
  into such batches on disk, in a temporary directory of the store's own (the staged
  evidence is as large as the finished evidence table; it is read back a column at a time);
- keeps the meeting and event reports, holding their trigger spans only, numbered (so that
  their evidence rows can be given the merged row's id afterwards) and pickled a batch at a
  time: tens of thousands of small Python objects kept through extraction would pin the
  interpreter's memory arenas, which then stay resident after the reports are freed.

Nothing else of an article survives `add`, so the memory a build holds grows with the output
tables, not with the corpus: no clean text, no per-span Python objects, no row dicts for the
hundreds of thousands of evidence rows. `tables()` reconciles the reports, links statements to
meetings and finishes the evidence table column-wise (ids by `take`, sort and de-duplication by
Arrow compute), giving tables byte-identical to reconciling the full Python objects. Between
these phases it hands freed memory back to the system (`memory.give_back_freed_memory`).
"""

from __future__ import annotations

import dataclasses
import pickle
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from karabakh_data import schema
from karabakh_data.memory import clear_value_caches, give_back_freed_memory
from karabakh_data.model import DocFacts, EventReport, MeetingReport, Span

#: Staged columns are read back on the calling thread (no pyarrow pool: see _SpilledBatches).
_ONE_THREAD = pa.ipc.IpcReadOptions(use_threads=False)

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


class _SpilledBatches(_Batches):
    """Rows buffered like `_Batches`, but each record batch is written to disk instead of
    being kept: the evidence is the largest thing a build stages (about as large as the
    finished table), and on disk it does not sit in memory beside the table made from it.

    Each column goes to an Arrow IPC file of its own, so that reading one column back reads
    that column's bytes and nothing else (columns of a shared file come back as slices of
    whole record-batch bodies, which keep every column of the batch alive). The files use
    the IPC *stream* format: each is read once, front to back, and the random-access file
    format's reader starts pyarrow's I/O thread pool to fetch its footer, which pyarrow 26
    could then abort on at interpreter exit (see `loader.parse_parquet`)."""

    def __init__(self, arrow_schema: pa.Schema, directory: Path) -> None:
        super().__init__(arrow_schema)
        self.directory = directory
        self.nbytes = 0  # staged so far (Arrow size of the batches written)
        self._files: dict[str, tuple[pa.NativeFile, pa.ipc.RecordBatchStreamWriter]] | None = {}
        for f in arrow_schema:
            sink = pa.OSFile(str(self._path(f.name)), "wb")
            self._files[f.name] = sink, pa.ipc.new_stream(sink, pa.schema([f]))

    def _path(self, name: str) -> Path:
        return self.directory / f"{name}.arrow"

    def flush(self) -> None:
        if self._files is None or not self.columns[self.names[0]]:
            return
        for f in self.schema:
            column = pa.array(self.columns[f.name], type=f.type)
            self._files[f.name][1].write_batch(pa.record_batch([column], names=[f.name]))
            self.nbytes += column.nbytes
        self._reset()

    def close(self) -> None:
        """Write what is buffered and finish the files (after this, only reading)."""
        if self._files is not None:
            self.flush()
            for sink, writer in self._files.values():
                writer.close()
                sink.close()
            self._files = None

    def column(self, name: str) -> pa.Array:
        """One column of every staged row, in staging order, as one contiguous array.

        Contiguous because `take` on a chunked array first concatenates its chunks into a
        copy of its own: staged chunks, that copy and the result would then all be alive at
        once. Here the chunks are let go as soon as they are concatenated, and their memory
        is handed back at once: left in the C heap, it is too fragmented for the one large
        buffer of the caller's sorted copy, which then comes on top of it (at 30,000 articles
        the text column's copy raised the peak by twice the column's size)."""
        self.close()
        with pa.OSFile(str(self._path(name)), "rb") as f:
            chunked = pa.ipc.open_stream(f, options=_ONE_THREAD).read_all().column(0)
        if chunked.num_chunks == 1:
            return chunked.chunk(0)
        combined = chunked.combine_chunks()
        del chunked
        give_back_freed_memory()
        return combined

    def read(self, names: list[str]) -> pa.Table:
        return pa.table([self.column(n) for n in names], names=names)


class _PickledReports:
    """Reports kept as one pickle per batch of articles, in order; iterating unpickles them.

    Why not a list: a report is a dozen small Python objects, made one article at a time among
    the article's short-lived ones, so kept as objects they end up in every memory arena the
    interpreter uses during extraction, and no arena can be handed back after clustering (one
    surviving object keeps a whole arena). Pickled, they are a few large byte strings during
    extraction, and unpickled together just before clustering they fill arenas of their own,
    which are freed whole once the reports are let go."""

    def __init__(self) -> None:
        self._batches: list[bytes] = []
        self._pending: list = []
        self._count = 0

    def append(self, report: MeetingReport | EventReport) -> None:
        self._pending.append(report)
        self._count += 1

    def flush(self) -> None:
        if self._pending:
            self._batches.append(pickle.dumps(self._pending, protocol=pickle.HIGHEST_PROTOCOL))
            self._pending = []

    @property
    def nbytes(self) -> int:
        """Size of the pickled batches (what the store holds for these reports)."""
        return sum(len(b) for b in self._batches)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator:
        for b in self._batches:
            yield from pickle.loads(b)
        yield from self._pending


def _trigger_spans(spans: list[Span]) -> list[Span]:
    return [sp for sp in spans if sp.role == "trigger"]


class FactStore:
    """Collects per-article results in input order; `tables()` gives the reconciled tables."""

    def __init__(self, batch_articles: int = BATCH_ARTICLES) -> None:
        self.batch_articles = batch_articles
        self.source_rows = _Batches(schema.SCHEMAS["sources"])
        self.statements = _Batches(_STAGED_STATEMENTS)
        # a private temporary directory, removed by `tables()` (or when the store is garbage
        # collected, or at exit, if the build stops before that)
        self._spill = tempfile.TemporaryDirectory(prefix="karabakh-facts-")
        self.evidence = _SpilledBatches(_STAGED_EVIDENCE, Path(self._spill.name))
        self.meeting_reports = _PickledReports()  # MeetingReports, trigger spans only
        self.event_reports = _PickledReports()  # EventReports, trigger spans only
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
        for b in (self.source_rows, self.statements, self.evidence, self.meeting_reports,
                  self.event_reports):
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
        """Reconcile and return every table, validated, in `schema.TABLES` order."""
        built = dict(self.iter_tables())
        return {name: built[name] for name in schema.TABLES}

    def iter_tables(self) -> Iterator[tuple[str, pa.Table]]:
        """Reconcile, yielding each table, validated, as soon as it is finished: `sources`,
        `actors`, `places`, `meetings`, `statements`, `events`, then `evidence`.

        This empties the store: each thing it holds is let go as soon as the table made from
        it is built (the reports after clustering, the staged statements and evidence after
        their tables), and no yielded table is kept here. A caller that writes each table and
        lets it go before asking for the next (as `pipeline.build` does) therefore never holds
        the finished tables beside the work on the next: the evidence, the largest table and
        the most work, is built with no other table in memory."""
        try:
            yield from self._tables()
        finally:
            self.evidence.close()
            self._spill.cleanup()

    def _tables(self) -> Iterator[tuple[str, pa.Table]]:
        from karabakh_data.events import cluster_events
        from karabakh_data.gazetteer import actors_frame, places_frame
        from karabakh_data.meetings import cluster_meetings

        # A yielded table is held here only while the caller has it (each is deleted as soon
        # as the generator resumes), and what it was made from is let go before it is yielded.
        staged = self.source_rows.table()
        self.source_rows = _Batches(schema.SCHEMAS["sources"])
        sources = _conform(staged.take(pc.sort_indices(staged, sort_keys=[("path", "ascending")])),
                           "sources")
        del staged
        yield _validated("sources", sources)
        del sources
        for name, frame in (("actors", actors_frame), ("places", places_frame)):
            yield _validated(name, pa.Table.from_pandas(frame(), schema=schema.SCHEMAS[name],
                                                        preserve_index=False))
        # Each kind of report is unpickled, clustered and let go in one step, and what must
        # outlive it (the row ids) becomes an Arrow array at once: no Python object made from
        # the reports survives to pin their memory arenas (see `_PickledReports`).
        meeting_rows, meeting_ids, index = cluster_meetings(self._take("meeting_reports"))
        n_meeting_reports = len(meeting_ids)
        report_ids = pa.array(meeting_ids, pa.string())
        del meeting_ids
        meetings = schema.table_from_rows("meetings", meeting_rows)
        del meeting_rows
        yield _validated("meetings", meetings)
        del meetings
        yield _validated("statements", self._linked_statements(index))
        del index
        clear_value_caches()  # filled by clustering: their entries would pin its arenas
        give_back_freed_memory()
        event_rows, event_ids = cluster_events(self._take("event_reports"))
        report_ids = pa.concat_arrays([report_ids, pa.array(event_ids, pa.string())])
        del event_ids
        events = schema.table_from_rows("events", event_rows)
        del event_rows
        yield _validated("events", events)
        del events
        clear_value_caches()  # filled by clustering: their entries would pin its arenas
        give_back_freed_memory()  # the reports and row dicts, before the big Arrow copies
        yield _validated("evidence", self._evidence(report_ids, n_meeting_reports))

    def _take(self, name: str) -> list[MeetingReport] | list[EventReport]:
        """The reports held under `name`, unpickled; the store keeps none of them after."""
        # The empty holder is made before the reports are unpickled: made after, it would be
        # a survivor among them, keeping one of their memory arenas resident once they are freed.
        held = getattr(self, name)
        setattr(self, name, _PickledReports())
        reports = list(held)
        del held
        return reports

    def _linked_statements(self, index: dict[tuple[str, int], str]) -> pa.Table:
        """The statements table: `meeting_id` filled in, rows sorted by (source_id,
        char_start, speaker_id), ties in input order (a stable sort, as `link_statements`)."""
        from karabakh_data.meetings import linked_meeting, meetings_by_source

        # the staged rows go with `staged`; their empty successor is made first (see `_take`)
        held, self.statements = self.statements, _Batches(_STAGED_STATEMENTS)
        staged = held.table()
        del held
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

    def _evidence(self, report_ids: pa.Array, n_meeting_reports: int) -> pa.Table:
        """The evidence table: every staged span given its row's id (spans of a report that
        made no row are dropped; `report_ids` holds the row id of every meeting report, then of
        every event report), sorted by the primary key, exact duplicates removed (one
        span can support a row through several reports).

        The order is worked out on the key columns alone, then the staged rows are read back
        from the spill file and copied once, column by column, so the staged evidence is never
        in memory whole, let alone beside the finished table."""
        staged = self.evidence
        ref = staged.read(["table", "record_id", "report"])
        report = ref.column("report")
        is_event = pc.equal(ref.column("table"), "events")
        position = pc.if_else(is_event, pc.add(report, n_meeting_reports), report)
        record_id = pc.coalesce(ref.column("record_id"), pc.take(report_ids, position))
        del ref, report, is_event, position, report_ids
        # The key columns as sort ranks: a string column becomes one small integer a row, so
        # the keys being sorted are a fraction of the strings' size (each string column is
        # read back, ranked and let go in turn). Ranks sort and compare like the strings.
        keys = pa.table({k: _rank_key(record_id if k == "record_id" else staged.column(k))
                         for k in _EVIDENCE_KEY})
        order = pc.sort_indices(keys, sort_keys=[(k, "ascending") for k in _EVIDENCE_KEY])
        if record_id.null_count:  # spans of undated event reports, which made no row
            order = order.filter(pc.is_valid(record_id.take(order)))
        # exact duplicates, found column by column: the sorted key table is never whole
        order = order.filter(schema.first_of_runs_in(
            (keys.column(k).take(order) for k in _EVIDENCE_KEY), len(order)))
        del keys
        give_back_freed_memory()
        # One column at a time, each read back from the spill file and let go as soon as its
        # sorted copy is made: the peak is the finished columns plus one staged column.
        names = schema.SCHEMAS["evidence"].names
        columns = {"record_id": record_id.take(order)}  # first: the unsorted ids go at once
        del record_id
        for name in names:
            if name not in columns:
                col = staged.column(name)
                columns[name] = col.take(order)
                del col
                give_back_freed_memory()
        del order
        return _conform(pa.table([columns[n] for n in names], names=names), "evidence")


def _rank_key(column: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """`column` as a key that sorts, and compares equal, exactly as `column` does: a string
    column becomes the rank of each row's value among the column's distinct values (nulls stay
    null); other columns are returned as they are."""
    if not pa.types.is_string(column.type):
        return column
    if isinstance(column, pa.ChunkedArray):
        column = column.chunk(0) if column.num_chunks == 1 else column.combine_chunks()
    encoded = pc.dictionary_encode(column)
    ranks = pc.rank(encoded.dictionary, sort_keys="ascending", tiebreaker="dense")
    return pc.take(pc.cast(ranks, pa.uint32()), encoded.indices)


def _validated(name: str, table: pa.Table) -> tuple[str, pa.Table]:
    """`(name, table)` once `table` passes `schema.validate` (which raises if it does not)."""
    schema.validate(name, table)
    return name, table


def _conform(table: pa.Table, name: str) -> pa.Table:
    """`table`'s columns in exactly the declared schema of `name` (field metadata included),
    as `schema.table_from_rows` gives it, so the Parquet bytes match."""
    target = schema.SCHEMAS[name]
    cols = [table.column(f.name) for f in target]
    return pa.Table.from_arrays([c.chunk(0) if c.num_chunks == 1 else c.combine_chunks()
                                 for c in cols], schema=target)
