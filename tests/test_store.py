"""`store.FactStore`: the column-wise assembly gives exactly the tables that reconciling the
full Python objects row by row gives, while keeping only what reconciliation needs."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pyarrow as pa
import pytest
from conftest import RAW, REPO

from karabakh_data import schema
from karabakh_data.corpus import CorpusError, list_corpus
from karabakh_data.events import reconcile_events
from karabakh_data.meetings import link_statements, reconcile_meetings
from karabakh_data.model import DocFacts, EventReport, Span
from karabakh_data.pipeline import process_item
from karabakh_data.store import FactStore


def _row_by_row(results) -> dict[str, list[dict]]:
    """The straightforward assembly: every report kept whole, evidence as row dicts."""
    facts = [r.facts for r in results]
    raw = {k: v for f in facts for k, v in f.raw_offsets.items()}
    meetings, m_ev, index = reconcile_meetings([m for f in facts for m in f.meetings])
    events, e_ev = reconcile_events([e for f in facts for e in f.events])
    statements, s_ev = link_statements([s for f in facts for s in f.statements], index)
    evidence = {}
    for ev in m_ev + e_ev + s_ev:
        ev["raw_start"], ev["raw_end"] = raw[(ev["source_id"], ev["char_start"], ev["char_end"])]
        evidence.setdefault(tuple(ev[k] for k in schema.PRIMARY_KEYS["evidence"]), ev)
    return {"meetings": meetings, "events": events, "statements": statements,
            "evidence": [evidence[k] for k in sorted(evidence)],
            "sources": sorted((r.source_row for r in results), key=lambda r: r["path"])}


def test_the_store_assembles_what_row_by_row_reconciliation_gives() -> None:
    items, _ = list_corpus(RAW, rel_to=REPO)
    results = [process_item(it) for it in items]
    store = FactStore(batch_articles=2)  # several record batches, as in a large build
    for r in results:
        store.add(r.source_row, r.facts)
    tables = store.tables()
    expected = _row_by_row(results)
    for name, rows in expected.items():
        assert tables[name].equals(schema.table_from_rows(name, rows)), name
    assert tables["evidence"].num_rows > 100 and tables["statements"].num_rows > 10


def test_the_store_keeps_only_trigger_spans_of_reports() -> None:
    items, _ = list_corpus(RAW, rel_to=REPO)
    store = FactStore()
    for it in items:
        r = process_item(it)
        store.add(r.source_row, r.facts)
    assert store.meeting_reports and store.event_reports
    for rep in [*store.meeting_reports, *store.event_reports]:
        assert rep.spans and {sp.role for sp in rep.spans} == {"trigger"}


def test_reports_are_held_as_pickled_batches_in_their_order() -> None:
    """Reports are kept as bytes between batches (not as live objects), and numbered in the
    order they were added: the evidence rows find their report by that number."""
    items, _ = list_corpus(RAW, rel_to=REPO)
    store = FactStore(batch_articles=1)
    added = []
    for it in items:
        r = process_item(it)
        store.add(r.source_row, r.facts)
        if r.facts is not None:
            added += [(e.source_id, e.anchor) for e in r.facts.events]
    assert store.event_reports.nbytes > 0 and len(store.event_reports) == len(added)
    assert [(e.source_id, e.anchor) for e in store.event_reports] == added


def _event(sid: str, date: dt.date | None, start: int, text: str) -> EventReport:
    spans = [Span(sid, start, start + len(text), text, "trigger"),
             Span(sid, start + 20, start + 24, "2021", "date")]
    return EventReport(sid, None, date, None, "day" if date else None, "armed_clash",
                       f"clash told by {sid}", ("armenia", "azerbaijan"), None, None, spans, start)


def test_spans_shared_by_two_reports_are_one_evidence_row_and_undated_reports_none() -> None:
    day = dt.date(2021, 11, 16)
    facts = DocFacts("src-a")
    # the same clash reported twice in one article, with the same trigger span
    facts.events = [_event("src-a", day, 10, "shelling"), _event("src-a", day, 10, "shelling"),
                    _event("src-a", None, 200, "clashes")]  # undated: makes no row
    facts.raw_offsets = {}  # type: ignore[attr-defined]
    store = FactStore()
    store.add(None, facts)
    tables = store.tables()
    (event,) = tables["events"].to_pylist()
    evidence = tables["evidence"].to_pylist()
    assert {e["record_id"] for e in evidence} == {event["event_id"]}
    assert sorted((e["char_start"], e["role"]) for e in evidence) == [(10, "trigger"),
                                                                      (30, "date")]
    assert all((e["raw_start"], e["raw_end"]) == (e["char_start"], e["char_end"])
               for e in evidence)  # no raw offsets known: the clean ones stand in


def test_an_empty_store_gives_empty_tables_in_the_schema() -> None:
    tables = FactStore().tables()
    for name in ("sources", "meetings", "statements", "events", "evidence"):
        assert tables[name].num_rows == 0
        assert tables[name].schema.equals(schema.SCHEMAS[name])
    assert isinstance(tables["actors"], pa.Table) and tables["actors"].num_rows > 0


def test_a_build_gives_the_callers_arrow_memory_pool_back(tmp_path: Path) -> None:
    from karabakh_data.pipeline import build_tables

    before = pa.default_memory_pool().backend_name
    build_tables(RAW, rel_to=REPO)
    assert pa.default_memory_pool().backend_name == before
    with pytest.raises(CorpusError):  # a failed build must restore it too
        build_tables(tmp_path / "missing", strict=True)
    assert pa.default_memory_pool().backend_name == before


def test_staged_evidence_waits_on_disk_and_is_removed_with_the_store() -> None:
    items, _ = list_corpus(RAW, rel_to=REPO)
    store = FactStore(batch_articles=2)
    for it in items:
        r = process_item(it)
        store.add(r.source_row, r.facts)
    spill = store.evidence.directory
    assert store.evidence.nbytes > 0  # batches already written out ...
    assert sum(f.stat().st_size for f in spill.iterdir()) > 0
    assert store.evidence.batches == []  # ... and none of them held in memory
    tables = store.tables()
    assert tables["evidence"].num_rows > 100
    assert not spill.exists()  # nothing left behind in the temporary directory


def test_a_failed_reconciliation_still_removes_the_spill_directory(monkeypatch) -> None:
    import karabakh_data.meetings as meetings

    def broken(reports):
        raise RuntimeError("clustering failed")

    monkeypatch.setattr(meetings, "cluster_meetings", broken)
    store = FactStore()
    spill = store.evidence.directory
    with pytest.raises(RuntimeError, match="clustering failed"):
        store.tables()
    assert not spill.exists()


def test_giving_back_freed_memory_changes_no_table(tmp_path: Path, monkeypatch) -> None:
    """The allocator calls between phases are an optimisation only: with them disabled (no
    `malloc_trim`, or a build too small to be worth them), the build gives the same tables."""
    import karabakh_data.memory as memory
    from karabakh_data import pipeline

    calls: list[bool] = []
    real = memory.give_back_freed_memory

    def counted() -> bool:
        calls.append(did := real())
        return did

    monkeypatch.setattr(pipeline, "give_back_freed_memory", counted)
    monkeypatch.setattr(pipeline, "GIVE_BACK_MIN_ARTICLES", 1)
    with_trim, _ = pipeline.build_tables(RAW, rel_to=REPO)
    has_trim = memory._malloc_trim() is not None  # glibc; nothing to ask elsewhere
    assert calls and all(c == has_trim for c in calls)
    monkeypatch.setattr(pipeline, "GIVE_BACK_MIN_ARTICLES", 10**6)  # a small build: off
    calls.clear()
    small, _ = pipeline.build_tables(RAW, rel_to=REPO)
    assert calls and not any(calls)
    assert memory.give_back_freed_memory() is has_trim  # off for that build only
    monkeypatch.setattr(memory, "_malloc_trim", lambda: None)
    assert memory.give_back_freed_memory() is False
    without, _ = pipeline.build_tables(RAW, rel_to=REPO)
    for name in with_trim:
        assert with_trim[name].equals(without[name]) and with_trim[name].equals(small[name])


@pytest.mark.skipif(not hasattr(sys, "_clear_type_cache"), reason="CPython's lookup cache")
def test_giving_back_memory_lets_go_of_names_the_lookup_cache_held() -> None:
    """Unpickling looks up class names it has just decoded; the interpreter's lookup cache
    keeps each such name alive (and with it the memory arena it sits in, among the freed
    reports) until the cache is emptied between phases."""
    import karabakh_data.memory as memory

    class Holder:
        pass

    name = "".join(["not_an_attribute_", "of_holder"])  # a fresh string, as unpickling makes
    before = sys.getrefcount(name)
    assert getattr(Holder, name, None) is None
    assert sys.getrefcount(name) > before  # the cache holds it now
    memory.give_back_freed_memory()
    assert sys.getrefcount(name) == before


def test_ranked_string_keys_sort_and_repeat_exactly_as_the_strings() -> None:
    # The evidence sort works on ranks instead of strings; a wrong rank (byte order against
    # code-point order, nulls) would reorder the evidence table or hide a duplicate key.
    from karabakh_data.store import _rank_key

    words = pa.chunked_array([["b", None, "a", "Z", "é", "a"], ["ab", None, "b", "e"]])
    ranked = _rank_key(words)
    assert pa.types.is_unsigned_integer(ranked.type)
    by_string = pa.compute.sort_indices(pa.table({"k": words}), sort_keys=[("k", "ascending")])
    by_rank = pa.compute.sort_indices(pa.table({"k": ranked}), sort_keys=[("k", "ascending")])
    assert by_rank.equals(by_string)
    assert ranked.null_count == words.null_count
    assert schema.first_of_runs_in([ranked.take(by_rank)], len(ranked)).equals(
        schema.first_of_runs_in([words.take(by_string)], len(words)))
    numbers = pa.array([3, 1, 2])
    assert _rank_key(numbers) is numbers


def test_clearing_value_caches_keeps_vocabularies_and_changes_no_answer() -> None:
    # Cleared after clustering so that cache entries do not pin freed reports' memory; a
    # cleared vocabulary would be re-read from disk for every later article.
    from karabakh_data import events, meetings, memory

    vocabulary = meetings.cues()
    answer = events.places_contradict("armenia", "azerbaijan")
    assert events.places_contradict.cache_info().currsize >= 1
    assert memory.clear_value_caches() >= 1
    assert events.places_contradict.cache_info().currsize == 0
    assert events.places_contradict("armenia", "azerbaijan") == answer
    assert meetings.cues() is vocabulary


def test_extraction_gc_settings_last_only_as_long_as_the_outermost_build() -> None:
    # a build tunes the collector for its extraction loop; a library must not leave that
    # behind, nor undo it while another (nested or threaded) build still runs
    import gc

    from karabakh_data.memory import EXTRACTION_GC_THRESHOLD, extraction_gc

    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    with extraction_gc():
        assert gc.get_threshold()[0] == EXTRACTION_GC_THRESHOLD
        with extraction_gc():
            pass
        assert gc.get_threshold()[0] == EXTRACTION_GC_THRESHOLD  # the inner exit kept it
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == frozen
    try:
        with extraction_gc():
            raise RuntimeError("an extractor bug")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before
