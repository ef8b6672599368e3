"""Meetings: one hard case per test, in sentences written for the tests."""

from __future__ import annotations

import datetime as dt

from karabakh_data.corpus import Document, clean_text
from karabakh_data.meetings import extract_meetings, reconcile_meetings
from karabakh_data.model import MeetingReport
from karabakh_data.nlp import analyse


def _doc(text: str, published: dt.date | None, sid: str = "s1",
         precision: str = "day") -> Document:
    c = clean_text(text)
    return Document(sid, f"{sid}.txt", c.text, text, published, precision if published else None,
                    captions=tuple(c.captions), segments=tuple(c.segments))


def _meetings(text: str, published: dt.date | None = dt.date(2023, 10, 6), sid: str = "s1"
              ) -> list[MeetingReport]:
    return extract_meetings(analyse(_doc(text, published, sid)))


def test_leaders_meeting_with_mediator_date_and_place() -> None:
    (m,) = _meetings("On Thursday, Armenian Prime Minister Nikol Pashinyan and Azerbaijani "
                     "President Ilham Aliyev met in Prague in talks mediated by European Council "
                     "President Charles Michel.", dt.date(2022, 10, 7))
    assert m.date == dt.date(2022, 10, 6) and m.date_precision == "day"
    assert m.place_id == "prague"
    assert set(m.participants) == {"nikol-pashinyan", "ilham-aliyev", "charles-michel"}
    assert m.mediator == "european-union"
    assert m.status == "held" and m.mode == "in_person" and m.level == "leaders"
    roles = {s.role for s in m.spans}
    assert {"trigger", "date", "place", "participant", "mediator"} <= roles


def test_phone_call_mode() -> None:
    (m,) = _meetings("Russian Foreign Minister Sergey Lavrov held a phone conversation with his "
                     "Armenian counterpart Ararat Mirzoyan on Tuesday.", dt.date(2024, 2, 9))
    assert m.mode == "phone"
    assert m.date == dt.date(2024, 2, 6)
    assert m.level == "foreign_ministers"


def test_planned_meeting_next_week_in_week_precision() -> None:
    (m,) = _meetings("The foreign ministers of Armenia and Azerbaijan will meet in Washington "
                     "next week, the State Department said.", dt.date(2023, 4, 26))
    assert m.status == "planned"
    assert m.date == dt.date(2023, 5, 1) and m.date_precision == "week"
    assert m.level == "foreign_ministers"
    assert m.place_id == "washington"


def test_cabinet_session_is_not_a_meeting() -> None:
    assert _meetings("At a government meeting on March 3, Pashinyan spoke about Azerbaijan.",
                     dt.date(2022, 3, 4)) == []


def test_undated_meeting_is_dropped_never_invented() -> None:
    assert _meetings("Pashinyan and Aliyev have met several times in Brussels.") == []


def test_side_meeting_is_folded_into_the_summit() -> None:
    text = ("Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in Sochi on October 31. "
            "Putin also held separate talks with each of them.")
    (m,) = _meetings(text, dt.date(2022, 11, 1))
    assert m.place_id == "sochi" and m.mediator == "russia"
    assert len([s for s in m.spans if s.role == "trigger"]) >= 2
    (row,), _, _ = reconcile_meetings([m])
    assert row["format"] == "trilateral"


def test_phone_call_before_a_planned_meeting_does_not_take_its_date() -> None:
    text = ("After a phone call with Charles Michel, Ilham Aliyev and Nikol Pashinyan agreed to "
            "meet in Granada on October 5.")
    ms = _meetings(text, dt.date(2023, 9, 20))
    assert len(ms) == 1
    assert ms[0].mode == "in_person" and ms[0].status == "planned"
    assert ms[0].date == dt.date(2023, 10, 5)


def test_reports_of_one_meeting_merge_and_record_disagreement() -> None:
    a = _meetings("Aliyev and Pashinyan met in Kazan on October 24, with no mediator present.",
                  dt.date(2024, 10, 25), "a")
    b = _meetings("Armenian and Azerbaijani leaders Pashinyan and Aliyev met in Kazan on "
                  "October 23 on the sidelines of a summit.", dt.date(2024, 10, 26), "b")
    c = _meetings("Pashinyan and Aliyev will meet in Kazan in October, officials said.",
                  dt.date(2024, 10, 1), "c")
    rows, evidence, index = reconcile_meetings(a + b + c)
    assert len(rows) <= 2
    merged = next(r for r in rows if r["n_sources"] >= 2)
    assert merged["status"] == "held"
    assert sorted(merged["source_ids"])[:2] == ["a", "b"] or "c" in merged["source_ids"]
    assert any(x["record_id"] == merged["meeting_id"] for x in evidence)


def test_ids_are_stable_across_runs() -> None:
    text = "Pashinyan and Aliyev met in Abu Dhabi on July 10, 2025."
    r1, _, _ = reconcile_meetings(_meetings(text, dt.date(2025, 7, 11)))
    r2, _, _ = reconcile_meetings(_meetings(text, dt.date(2025, 7, 11)))
    assert [r["meeting_id"] for r in r1] == [r["meeting_id"] for r in r2]
    assert r1[0]["format"] == "bilateral" and r1[0]["mediator"] is None
    assert r1[0]["place_id"] == "abu-dhabi"
