"""Curation: documented corrections applied to the machine tables before a release."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from release_fixtures import EVENT_ID, MEETING_ID, machine_tables, write_corpus

from karabakh_data import release, schema
from karabakh_data.model import stable_id
from karabakh_data.release import CurationError, Texts, apply_curation, load_curation

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def env(tmp_path: Path):
    raw = write_corpus(tmp_path / "raw")
    return {"raw": raw, "tables": machine_tables(raw), "texts": Texts(raw),
            "dir": tmp_path / "curation"}


def _entry(**kw) -> dict:
    base = {"id": "E1", "reason": "checked against the article", "reviewer": "tester",
            "date": "2024-07-01"}
    return {**base, **kw}


def _apply(env, *entries: dict):
    env["dir"].mkdir(exist_ok=True)
    (env["dir"] / "entries.json").write_text(json.dumps(list(entries)), encoding="utf-8")
    return apply_curation(env["tables"], load_curation(env["dir"]), env["texts"])


def _row(tables, table, rid):
    pk = schema.PRIMARY_KEYS[table][0]
    return next(r for r in tables[table].to_pylist() if r[pk] == rid)


def _evidence(tables, rid):
    return [e for e in tables["evidence"].to_pylist() if e["record_id"] == rid]


def test_the_committed_curation_entries_are_well_formed():
    entries = load_curation(REPO / "data" / "curation")
    assert len({e.id for e in entries}) == len(entries)
    assert (REPO / "data" / "curation" / "README.md").is_file()


def test_fix_changes_one_field_marks_the_row_corrected_and_adds_its_evidence(env):
    out, rep = _apply(env, _entry(table="events", action="fix", record_id=EVENT_ID,
                                  field="fatalities", value=4,
                                  evidence=[{"source": "b.txt", "quote": "four detainees",
                                             "role": "fatalities"}]))
    row = _row(out, "events", EVENT_ID)
    assert row["fatalities"] == 4 and row["review_status"] == "corrected"
    span = next(e for e in _evidence(out, EVENT_ID) if e["role"] == "fatalities")
    clean = env["texts"].doc(span["source_id"]).clean_text
    assert clean[span["char_start"]:span["char_end"]] == "four detainees"
    assert rep.fixed == {"events": {EVENT_ID: ["fatalities"]}}
    assert _row(out, "meetings", MEETING_ID)["review_status"] == "machine"
    assert release.check_release_tables(out, env["texts"]) == []


def test_verify_marks_verified_but_a_fix_wins(env):
    out, _ = _apply(env,
                    _entry(id="V1", table="meetings", action="verify", record_id=MEETING_ID),
                    _entry(id="V2", table="events", action="verify", record_id=EVENT_ID),
                    _entry(id="F1", table="events", action="fix", record_id=EVENT_ID,
                           field="description", value="Four detainees were handed over."))
    assert _row(out, "meetings", MEETING_ID)["review_status"] == "verified"
    assert _row(out, "events", EVENT_ID)["review_status"] == "corrected"


def test_fix_values_are_typed_from_json(env):
    out, _ = _apply(env, _entry(table="meetings", action="fix", record_id=MEETING_ID,
                                field="date", value="2024-03-02"))
    assert _row(out, "meetings", MEETING_ID)["date"] == dt.date(2024, 3, 2)
    with pytest.raises(CurationError, match="not in the vocabulary"):
        _apply(env, _entry(table="meetings", action="fix", record_id=MEETING_ID,
                           field="status", value="happened"))
    with pytest.raises(CurationError, match="expects int32"):
        _apply(env, _entry(table="events", action="fix", record_id=EVENT_ID,
                           field="fatalities", value="four"))
    with pytest.raises(CurationError, match="has no column 'colour'"):
        _apply(env, _entry(table="events", action="fix", record_id=EVENT_ID,
                           field="colour", value="red"))
    with pytest.raises(CurationError, match="required and cannot be null"):
        _apply(env, _entry(table="events", action="fix", record_id=EVENT_ID,
                           field="event_type", value=None))


def test_ids_and_a_statements_own_span_cannot_be_fixed_in_place(env):
    sid = env["tables"]["statements"].column("statement_id")[0].as_py()
    with pytest.raises(CurationError, match="drop the row and add"):
        _apply(env, _entry(table="statements", action="fix", record_id=sid, field="text",
                           value="useful"))
    with pytest.raises(CurationError, match="drop the row and add"):
        _apply(env, _entry(table="meetings", action="fix", record_id=MEETING_ID,
                           field="meeting_id", value="mtg-x"))


def test_drop_removes_the_row_and_its_evidence(env):
    out, rep = _apply(env, _entry(table="events", action="drop", record_id=EVENT_ID))
    assert out["events"].num_rows == 0
    assert _evidence(out, EVENT_ID) == []
    assert rep.dropped == {"events": [EVENT_ID]}


def test_dropping_a_meeting_leaves_statements_pointing_at_it_to_be_fixed(env):
    out, _ = _apply(env, _entry(table="meetings", action="drop", record_id=MEETING_ID))
    problems = release.check_release_tables(out, env["texts"])
    assert any(f"meeting_id '{MEETING_ID}' is not in meetings.meeting_id" in p for p in problems)


def test_add_an_event_with_evidence_fills_derived_columns(env):
    out, rep = _apply(env, _entry(id="A7", table="events", action="add", value={
        "date": "2024-03-03", "date_precision": "day", "event_type": "agreement",
        "description": "Ministers agreed in Geneva.", "actors": ["armenia", "azerbaijan"],
        "place_id": "geneva", "geo_precision": "point"},
        evidence=[{"source": "a.txt", "quote": "met in Geneva on 3 March 2024",
                   "role": "trigger"}]))
    rid = stable_id("evt", "curation", "A7")
    row = _row(out, "events", rid)
    sid = env["texts"].resolve("a.txt")
    assert row["source_ids"] == [sid] and row["n_sources"] == 1
    assert (row["country"], row["location"], row["lat"]) == ("CHE", "Geneva", 46.2044)
    assert row["review_status"] == "corrected" and row["conflicts"] == []
    assert [e["text"] for e in _evidence(out, rid)] == ["met in Geneva on 3 March 2024"]
    assert rep.added == {"events": [rid]}
    assert release.check_release_tables(out, env["texts"]) == []


def test_add_a_statement_locates_its_text_and_computes_the_pipeline_id(env):
    out, _ = _apply(env, _entry(table="statements", action="add", value={
        "source": "a.txt", "speaker_id": "armenia", "speaker_text": "Armenia",
        "kind": "indirect", "text": "the talks had been useful for both sides",
        "topics": ["mediation"]}))
    sid = env["texts"].resolve("a.txt")
    clean = env["texts"].doc(sid).clean_text
    start = clean.index("the talks had been useful for both sides")
    quote = "the talks had been useful for both sides"
    rid = stable_id("stm", sid, start, start + len(quote), "armenia")
    row = _row(out, "statements", rid)
    assert (row["char_start"], row["char_end"], row["source_id"]) == (start,
                                                                      start + len(quote), sid)
    assert [e["role"] for e in _evidence(out, rid)] == ["quote"]
    assert release.check_release_tables(out, env["texts"]) == []


def test_an_ambiguous_quote_needs_an_occurrence(env):
    value = {"source": "a.txt", "speaker_id": "armenia", "speaker_text": "Armenia",
             "kind": "indirect", "text": "the talks had been useful"}
    with pytest.raises(CurationError, match="occurs 2 times"):
        _apply(env, _entry(table="statements", action="add", value=value))
    out, rep = _apply(env, _entry(table="statements", action="add", value=value, evidence=[
        {"source": "a.txt", "quote": "the talks had been useful", "role": "quote",
         "occurrence": 2}]))
    rid = rep.added["statements"][0]
    clean = env["texts"].doc(env["texts"].resolve("a.txt")).clean_text
    assert _row(out, "statements", rid)["char_start"] == clean.rindex("the talks had been useful")


def test_an_added_row_must_quote_words_that_are_in_the_source(env):
    with pytest.raises(CurationError, match=r"not in the clean text of b\.txt"):
        _apply(env, _entry(table="events", action="add", value={
            "date": "2024-04-05", "date_precision": "day", "event_type": "detention",
            "description": "x", "actors": []},
            evidence=[{"source": "b.txt", "quote": "five detainees", "role": "trigger"}]))


def test_an_added_fact_needs_evidence(env):
    with pytest.raises(CurationError, match="needs evidence"):
        _apply(env, _entry(table="events", action="add", value={
            "date": "2024-04-05", "event_type": "detention", "description": "x"}))


def test_an_entry_for_a_row_the_machine_no_longer_produces_stops_the_release(env):
    with pytest.raises(CurationError, match="no row evt-gone in events") as err:
        _apply(env, _entry(id="S1", table="events", action="drop", record_id="evt-gone"),
               _entry(id="S2", table="meetings", action="verify", record_id="mtg-gone"))
    assert "2 curation entries cannot be applied" in str(err.value)  # all problems at once
    assert "S2" in str(err.value)


def test_fixing_source_ids_recounts_and_drops_evidence_of_removed_sources(env):
    out, _ = _apply(env, _entry(table="meetings", action="fix", record_id=MEETING_ID,
                                field="source_ids", value=["a.txt"]))
    row = _row(out, "meetings", MEETING_ID)
    sid = env["texts"].resolve("a.txt")
    assert row["source_ids"] == [sid] and row["n_sources"] == 1
    assert {e["source_id"] for e in _evidence(out, MEETING_ID)} == {sid}
    assert release.check_release_tables(out, env["texts"]) == []


@pytest.mark.parametrize("bad, message", [
    ({"id": "X", "table": "events", "action": "drop", "record_id": "e", "reviewer": "r",
      "date": "2024-01-01"}, "missing reason"),
    (_entry(table="events", action="rename", record_id="e"), "not one of"),
    (_entry(table="evidence", action="drop", record_id="e"), "curated through the entry"),
    (_entry(table="events", action="fix", record_id="e", field="x"), "needs a value"),
    (_entry(table="events", action="drop"), "needs the record_id"),
    (_entry(table="events", action="drop", record_id="e", date="July"), "not YYYY-MM-DD"),
    (_entry(table="events", action="drop", record_id="e", colour="red"), "unknown keys"),
])
def test_malformed_entries_are_rejected_when_loaded(env, bad, message):
    env["dir"].mkdir()
    (env["dir"] / "x.json").write_text(json.dumps([bad]), encoding="utf-8")
    with pytest.raises(CurationError, match=message):
        load_curation(env["dir"])


def test_entry_ids_are_unique_across_files(env):
    env["dir"].mkdir()
    for name in ("a.json", "b.json"):
        (env["dir"] / name).write_text(json.dumps([_entry(table="events", action="drop",
                                                          record_id=EVENT_ID)]),
                                       encoding="utf-8")
    with pytest.raises(CurationError, match="more than once"):
        load_curation(env["dir"])


def test_curation_is_recorded_in_the_datapackage(env):
    out, rep = _apply(env, _entry(table="events", action="verify", record_id=EVENT_ID))
    files = release.render_release(out, "1.0.0", dt.date(2024, 7, 1), rep,
                                   release.curation_digest(env["dir"]))
    pkg = json.loads(files["datapackage.json"])
    assert pkg["karabakh_data"]["curation"]["verified"]["events"] == 1
    assert pkg["karabakh_data"]["review_status"]["events"] == {"machine": 0, "verified": 1,
                                                               "corrected": 0}
    assert pkg["karabakh_data"]["curation"]["sha256"] == release.curation_digest(env["dir"])


def test_entries_proposed_from_gold_make_the_release_agree_with_it(env, tmp_path):
    from release_fixtures import gold_files

    from karabakh_data.evaluate import evaluate
    from karabakh_data.gold_curation import propose_from_gold

    gold = gold_files(tmp_path / "gold")
    entries = propose_from_gold(env["tables"], gold, env["raw"], reviewer="tester",
                                date="2024-07-01")
    actions = sorted((e["table"], e["action"], e.get("field")) for e in entries)
    assert actions == [("events", "add", None), ("events", "verify", None),
                       ("meetings", "fix", "outcomes"), ("statements", "add", None),
                       ("statements", "verify", None)]
    assert all(e["reason"] and e["reviewer"] == "tester" for e in entries)
    out, _ = _apply(env, *entries)
    assert release.check_release_tables(out, env["texts"]) == []
    machine = evaluate(env["tables"], gold, env["raw"])
    curated = evaluate(out, gold, env["raw"])
    assert machine.tables["events"].overall.recall < 1
    for t in ("meetings", "events", "statements"):
        assert curated.tables[t].overall.f1 == 1.0, t
    assert _row(out, "meetings", MEETING_ID)["outcomes"] == ["talks described as useful"]
