"""`schema.validate`: what makes a table unfit to release; `first_of_runs`: its run finder."""

from __future__ import annotations

import pyarrow as pa
import pytest

from karabakh_data import schema


def _evidence(**over: object) -> dict:
    row = {"table": "events", "record_id": "evt-1", "source_id": "src-1", "char_start": 0,
           "char_end": 5, "text": "truce", "role": "trigger", "raw_start": 0, "raw_end": 5}
    return {**row, **over}


def test_rows_differing_in_one_key_column_are_valid() -> None:
    rows = [_evidence(), _evidence(role="date"), _evidence(char_end=6, text="truce.")]
    schema.validate("evidence", schema.table_from_rows("evidence", rows))


def test_a_repeated_primary_key_is_rejected_even_when_other_columns_differ() -> None:
    rows = [_evidence(), _evidence(role="date"), _evidence(raw_start=3, raw_end=8)]
    with pytest.raises(schema.SchemaError, match="duplicate primary keys"):
        schema.validate("evidence", schema.table_from_rows("evidence", rows))


def test_a_value_outside_a_closed_vocabulary_is_named() -> None:
    row = {"event_id": "evt-1", "date": None, "event_type": "skirmish", "actors": [],
           "source_ids": ["s"], "n_sources": 1, "conflicts": [], "review_status": "machine",
           "description": "x"}
    with pytest.raises(schema.SchemaError, match="skirmish"):
        schema.validate("events", schema.table_from_rows("events", [row]))


def test_an_item_outside_a_list_vocabulary_is_named() -> None:
    row = {"statement_id": "stm-1", "speaker_id": "armenia", "speaker_text": "Yerevan",
           "kind": "direct", "text": "We want peace.", "topics": ["peace_treaty", "weather"],
           "source_id": "src-1", "char_start": 0, "char_end": 14, "review_status": "machine"}
    with pytest.raises(schema.SchemaError, match=r"\[.weather.\]"):
        schema.validate("statements", schema.table_from_rows("statements", [row]))


def test_a_null_in_a_required_column_is_rejected() -> None:
    with pytest.raises(schema.SchemaError, match="nulls in a required column"):
        schema.validate("evidence", schema.table_from_rows("evidence", [_evidence(text=None)]))


def test_an_empty_or_one_row_table_has_no_duplicate_keys() -> None:
    schema.validate("evidence", schema.table_from_rows("evidence", []))
    schema.validate("evidence", schema.table_from_rows("evidence", [_evidence()]))


def test_runs_can_be_found_from_columns_made_one_at_a_time() -> None:
    table = pa.table({"a": ["x", "x", "x", "y", None, None], "b": [1, 1, 2, 2, 3, 3]})
    made: list[str] = []

    def lazily():
        for name in table.column_names:
            made.append(name)
            yield table.column(name)

    lazy = schema.first_of_runs_in(lazily(), table.num_rows)
    assert made == ["a", "b"]
    assert lazy.to_pylist() == [True, False, True, True, True, False]
    assert lazy.equals(schema.first_of_runs(table))
