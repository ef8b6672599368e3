"""Behaviour of the date-expression module: what a user of the tables relies on.

Every sentence here is written for the test (none comes from a corpus article). The reference
date is a Wednesday, 13 March 2024, unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from karabakh_data.dates import (
    PRECISIONS,
    DateMention,
    find_dates,
    infer_reference_date,
)

REF = dt.date(2024, 3, 13)   # a Wednesday
D = dt.date


def one(text: str, ref: dt.date | None = REF, prec: str | None = "day") -> DateMention:
    """The single date mention of `text` (fails when there is not exactly one)."""
    found = find_dates(text, ref, prec)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start:m.end] == m.text
    return m


def res(m: DateMention) -> tuple[dt.date | None, dt.date | None, str | None]:
    return m.date, m.date_end, m.precision


# ------------------------------------------------------------------------------- absolute dates


def test_month_day_comma_year_is_an_absolute_day() -> None:
    m = one("Envoys gathered on May 12, 2021 in Vienna.")
    assert (m.text, res(m), m.relative) == ("May 12, 2021", (D(2021, 5, 12), None, "day"), False)


def test_day_month_year_order() -> None:
    assert res(one("The accord took effect 12 May 2021.")) == (D(2021, 5, 12), None, "day")


def test_month_day_year_without_comma() -> None:
    assert res(one("A memo dated May 12 2021 was leaked.")) == (D(2021, 5, 12), None, "day")


def test_abbreviated_month_with_period() -> None:
    m = one("The truce was brokered on Sept. 27, 2020, officials said.")
    assert (m.text, m.date) == ("Sept. 27, 2020", D(2020, 9, 27))


def test_iso_date() -> None:
    assert res(one("Filed 2023-05-22 by the registry.")) == (D(2023, 5, 22), None, "day")


def test_dotted_numeric_date_is_day_first() -> None:
    assert one("The protocol of 12.05.2021 was annexed.").date == D(2021, 5, 12)


def test_ambiguous_slash_date_is_named_but_unresolved() -> None:
    m = one("A letter of 05/06/2021 circulated.")
    assert (m.date, m.precision) == (None, None)


def test_yearless_day_takes_year_from_a_year_precise_reference() -> None:
    m = one("The summit opened on November 26 at the resort.", D(2021, 1, 1), "year")
    assert (res(m), m.relative) == ((D(2021, 11, 26), None, "day"), True)


def test_month_and_year() -> None:
    m = one("Shelling resumed in May 2021 near the border.")
    assert (m.text, res(m)) == ("May 2021", (D(2021, 5, 1), None, "month"))


def test_bare_year_after_preposition() -> None:
    assert res(one("Hostilities flared in 2020 again.")) == (D(2020, 1, 1), None, "year")


def test_year_used_as_adjective() -> None:
    assert one("The 1988 rallies filled the square.").date == D(1988, 1, 1)


def test_year_before_month_name() -> None:
    assert res(one("Veterans recall the 2016 April fighting.")) == (D(2016, 4, 1), None, "month")


@pytest.mark.parametrize("text, first", [
    ("Life was hard in the 1990s for refugees.", D(1990, 1, 1)),
    ("Control changed hands in the early 90s already.", D(1990, 1, 1)),
    ("Factories closed in the early 1990s.", D(1990, 1, 1)),
    ("Tension grew in the late 1980s.", D(1980, 1, 1)),
    ("Plans were drafted in the mid-2000s.", D(2000, 1, 1)),
])


def test_decades_give_first_day_of_decade(text: str, first: dt.date) -> None:
    assert res(one(text)) == (first, None, "decade")


def test_age_is_not_a_decade() -> None:
    assert find_dates("The mediator, in his 70s, retired.", REF) == []


# ----------------------------------------------------------------------------------------- spans

@pytest.mark.parametrize("text, span", [
    ("the war of 1992-1994 ended", "1992-1994"),
    ("the 1992–94 fighting", "1992–94"),
    ("refugees fled from 1992 to 1994 in waves", "from 1992 to 1994"),
    ("talks stalled between 1988 and 1994 repeatedly", "between 1988 and 1994"),
])


def test_year_ranges(text: str, span: str) -> None:
    m = one(text)
    start = D(1988, 1, 1) if "1988" in text else D(1992, 1, 1)
    assert (m.text, res(m)) == (span, (start, D(1994, 12, 31), "year"))


def test_day_range_within_a_month_with_year() -> None:
    m = one("Delegations met on May 12-14, 2021 behind closed doors.")
    assert (m.text, res(m)) == ("May 12-14, 2021", (D(2021, 5, 12), D(2021, 5, 14), "day"))


def test_day_range_before_month_without_year_uses_reference_year() -> None:
    m = one("Experts met 12–14 May to compare maps.", D(2024, 6, 1))
    assert (res(m), m.relative) == ((D(2024, 5, 12), D(2024, 5, 14), "day"), True)


def test_cross_month_range_shares_the_final_year() -> None:
    m = one("The offensive ran September 27 – November 10, 2020 with heavy losses.")
    assert (m.text, res(m)) == ("September 27 – November 10, 2020",
                                (D(2020, 9, 27), D(2020, 11, 10), "day"))


def test_range_over_new_year_puts_start_in_previous_year() -> None:
    m = one("Crossings were shut from December 28 to January 3, 2021.")
    assert res(m) == (D(2020, 12, 28), D(2021, 1, 3), "day")


def test_from_to_range_of_full_dates() -> None:
    m = one("Inspectors stayed from May 12 to May 14 at the post.", D(2024, 6, 1))
    assert (m.text, res(m)) == ("from May 12 to May 14", (D(2024, 5, 12), D(2024, 5, 14), "day"))


def test_from_to_range_with_bare_second_day_and_year() -> None:
    m = one("Inspectors stayed from May 12 to 14, 2021 at the post.")
    assert (m.text, res(m)) == ("from May 12 to 14, 2021",
                                (D(2021, 5, 12), D(2021, 5, 14), "day"))


def test_from_bare_day_to_day_month() -> None:
    m = one("Envoys shuttled from 14 to 16 June between capitals.", D(2024, 7, 1))
    assert (m.text, res(m)) == ("from 14 to 16 June", (D(2024, 6, 14), D(2024, 6, 16), "day"))


def test_year_at_end_of_a_list_applies_to_every_item() -> None:
    found = find_dates("Drones struck in September and October 2020.", REF)
    assert [m.date for m in found] == [D(2020, 9, 1), D(2020, 10, 1)]
    assert not found[0].relative


# --------------------------------------------------------------------------- vague parts, seasons

@pytest.mark.parametrize("text, month", [
    ("Envoys returned in mid-May with a draft.", 5),
    ("A draft circulated in early May among officials.", 5),
    ("Troops pulled back by the end of April overnight.", 4),
    ("Checkpoints appeared at the beginning of March.", 3),
])


def test_parts_of_a_yearless_month_are_that_month(text: str, month: int) -> None:
    m = one(text, D(2024, 5, 30))
    assert (res(m), m.relative) == ((D(2024, month, 1), None, "month"), True)


def test_part_of_month_with_year_is_absolute() -> None:
    m = one("The border commission met in late May 2023 again.")
    assert (m.text, res(m), m.relative) == ("late May 2023", (D(2023, 5, 1), None, "month"), False)


@pytest.mark.parametrize("text, span, expected", [
    ("Shelling intensified in early 2022 near the lakes.", "early 2022",
     (D(2022, 1, 1), None, "year")),
    ("Shelling intensified by mid-2022 near the lakes.", "mid-2022",
     (D(2022, 1, 1), None, "year")),
    ("A deal was hoped for by the end of 2022 at the latest.", "the end of 2022",
     (D(2022, 1, 1), None, "year")),
    ("Exports fell in the first half of 2022 sharply.", "the first half of 2022",
     (D(2022, 1, 1), D(2022, 6, 30), "month")),
])


def test_parts_of_a_year(text: str, span: str, expected: tuple) -> None:
    m = one(text)
    assert (m.text, res(m)) == (span, expected)


def test_end_of_the_year_is_the_reference_year() -> None:
    m = one("Markers should be placed before the end of the year.")
    assert (m.text, m.date, m.precision, m.relative) == ("the end of the year", D(2024, 1, 1),
                                                         "year", True)


@pytest.mark.parametrize("text, start, end", [
    ("Clashes spread in the fall of 2022 along the line.", D(2022, 9, 1), D(2022, 11, 30)),
    ("A ceasefire came in autumn 2020 after weeks.", D(2020, 9, 1), D(2020, 11, 30)),
    ("Talks restarted in spring 2021 quietly.", D(2021, 3, 1), D(2021, 5, 31)),
    ("The road stayed shut for the summer of 2023 entirely.", D(2023, 6, 1), D(2023, 8, 31)),
])


def test_seasons_are_month_spans(text: str, start: dt.date, end: dt.date) -> None:
    assert res(one(text)) == (start, end, "month")


def test_winter_runs_from_december_into_the_next_year() -> None:
    assert res(one("Gas was cut in winter 2022 twice.")) == (D(2022, 12, 1), D(2023, 2, 28),
                                                              "month")


def test_yearless_season_takes_the_reference_year() -> None:
    m = one("In the spring, observers counted violations.", D(2023, 7, 20))
    assert (res(m), m.relative) == ((D(2023, 3, 1), D(2023, 5, 31), "month"), True)


def test_fall_of_a_town_is_not_a_season() -> None:
    assert find_dates("After the fall of the town, refugees left.", REF) == []


# -------------------------------------------------------------------------- relative expressions


def test_weekday_in_past_context_is_latest_on_or_before_reference() -> None:
    m = one("The minister spoke to reporters on Monday.")
    assert (res(m), m.relative, m.future) == ((D(2024, 3, 11), None, "day"), True, False)


def test_two_following_weekdays_are_one_span_that_never_straddles_the_reference() -> None:
    # REF is a Wednesday: the talks ran Tuesday to Wednesday of this week, not Wednesday of this
    # week and a Tuesday six days earlier; "from ... to" is a span too; two days apart are not.
    m = one("Deputy ministers held talks in Astana on Tuesday and Wednesday.")
    assert (m.text, res(m)) == ("Tuesday and Wednesday", (D(2024, 3, 12), D(2024, 3, 13), "day"))
    m = one("Border experts worked from Friday to Sunday near the river.")
    assert res(m) == (D(2024, 3, 8), D(2024, 3, 10), "day")
    apart = find_dates("Shelling was reported on Monday and Wednesday.", REF)
    assert [x.date for x in apart] == [D(2024, 3, 11), REF]


def test_weekday_on_the_reference_day_itself() -> None:
    assert one("Officials briefed diplomats on Wednesday.").date == REF


def test_weekday_in_future_context_is_next_after_reference() -> None:
    m = one("The ministers will sit down together on Monday.")
    assert (m.date, m.future) == (D(2024, 3, 18), True)


def test_contracted_future_word_before_the_weekday_looks_ahead() -> None:
    # "'ll" always follows a letter: it is a future word all the same, like "will"
    for text in ("They'll sit down together on Monday.",
                 "They\u2019ll sit down together on Monday."):
        m = one(text)
        assert (m.date, m.future) == (D(2024, 3, 18), True), text


def test_future_word_after_the_weekday_counts_without_reporting_verb() -> None:
    m = one("On Monday the ministers will sit down together.")
    assert (m.date, m.future) == (D(2024, 3, 18), True)


def test_future_in_reported_speech_after_weekday_does_not_move_it() -> None:
    m = one("On Monday the spokesman said the army will stay put.")
    assert (m.date, m.future) == (D(2024, 3, 11), False)


@pytest.mark.parametrize("text, expected", [
    ("Shots were heard last Friday near the village.", D(2024, 3, 8)),
    ("Talks happened this Tuesday in the capital.", D(2024, 3, 12)),
    ("The envoy landed yesterday.", D(2024, 3, 12)),
    ("The envoy lands today.", D(2024, 3, 13)),
    ("The envoy lands tomorrow.", D(2024, 3, 14)),
])


def test_day_level_relative_words(text: str, expected: dt.date) -> None:
    m = one(text)
    assert (m.date, m.precision, m.relative) == (expected, "day", True)


@pytest.mark.parametrize("text, expected, prec", [
    ("Monitors filed reports last week.", D(2024, 3, 4), "week"),
    ("Monitors file reports this week.", D(2024, 3, 11), "week"),
    ("Monitors file reports next week.", D(2024, 3, 18), "week"),
    ("A deal was initialled last month.", D(2024, 2, 1), "month"),
    ("A deal is initialled this month.", D(2024, 3, 1), "month"),
    ("A deal gets initialled next month.", D(2024, 4, 1), "month"),
    ("Elections took place last year.", D(2023, 1, 1), "year"),
    ("Elections take place this year.", D(2024, 1, 1), "year"),
    ("Elections take place next year.", D(2025, 1, 1), "year"),
    ("Borders were marked a year ago.", D(2023, 1, 1), "year"),
    ("The same offer was made a year earlier.", D(2023, 1, 1), "year"),
    ("The same offer was made a year prior.", D(2023, 1, 1), "year"),
    ("Prisoners went home earlier this month.", D(2024, 3, 1), "month"),
    ("Three days ago a drone fell.", D(2024, 3, 10), "day"),
])


def test_period_level_relative_words(text: str, expected: dt.date, prec: str) -> None:
    m = one(text)
    assert (m.date, m.precision, m.relative) == (expected, prec, True)


def test_later_this_year_is_future() -> None:
    m = one("A treaty may be signed later this year.")
    assert (m.date, m.precision, m.future) == (D(2024, 1, 1), "year", True)


def test_the_last_year_is_a_duration_not_a_date() -> None:
    assert find_dates("Casualties over the last year were high.", REF) == []


def test_year_precise_reference_resolves_only_coarse_relatives() -> None:
    text = "Last year the army withdrew. On Monday, next week and yesterday are unknown."
    got = {m.text: m.date for m in find_dates(text, D(2021, 1, 1), "year")}
    assert got == {"Last year": D(2020, 1, 1), "Monday": None, "next week": None,
                   "yesterday": None}


def test_without_reference_relative_dates_are_named_but_unresolved() -> None:
    found = find_dates("On Monday, a year ago, and on June 3 there were incidents.", None)
    assert [(m.text, m.date, m.precision, m.relative) for m in found] == [
        ("Monday", None, None, True), ("a year ago", None, None, True),
        ("June 3", None, None, True)]


# ------------------------------------------------------------------------- anchored combinations

@pytest.mark.parametrize("text, expected", [
    ("the decree of November 9 last year remains", D(2023, 11, 9)),
    ("the memo of January 11 this year remains", D(2024, 1, 11)),
    ("a vote on December 15 next year is planned", D(2025, 12, 15)),
])


def test_day_anchored_on_last_this_next_year(text: str, expected: dt.date) -> None:
    m = one(text)
    assert (m.date, m.precision, m.relative) == (expected, "day", True)


def test_month_of_the_same_year_uses_last_explicit_year() -> None:
    found = find_dates("Fighting began in April 2016. In June of the same year, envoys met.",
                       REF)
    assert (found[1].text, res(found[1]), found[1].relative) == (
        "June of the same year", (D(2016, 6, 1), None, "month"), False)


def test_the_same_year_skips_dates_that_name_no_year() -> None:
    found = find_dates("Talks collapsed in 2019. On Monday a deputy recalled that in June of "
                       "the same year a draft existed.", REF)
    assert [m.date for m in found] == [D(2019, 1, 1), D(2024, 3, 11), D(2019, 6, 1)]


def test_the_same_year_after_a_span_is_its_last_year() -> None:
    found = find_dates("The war of 1992-1994 ended with a truce in May of that year.", REF)
    assert found[1].date == D(1994, 5, 1)


def test_the_same_month_uses_last_month_mentioned() -> None:
    found = find_dates("Mines exploded in August 2021. In the same month, a mayor resigned.",
                       REF)
    assert res(found[1]) == (D(2021, 8, 1), None, "month")


def test_the_same_day_uses_last_day_mentioned() -> None:
    found = find_dates("A soldier died on 4 July 2022. The same day, a drone was downed.", REF)
    assert (found[1].text, found[1].date) == ("The same day", D(2022, 7, 4))


def test_context_word_without_context_is_unresolved() -> None:
    assert one("That same month nothing changed.").date is None


def test_weekday_with_matching_day_of_month() -> None:
    m = one("Talks opened on Monday, March 11 in the capital.")
    assert (m.text, m.date) == ("Monday, March 11", D(2024, 3, 11))


def test_weekday_that_disagrees_picks_the_earlier_year_it_fits() -> None:
    # 11 February 2024 is a Sunday; a past Friday, February 11 was in 2022 (a day this close
    # to the page as "Friday, March 11" is a slip of this week, see the test below)
    m = one("Talks opened on Friday, February 11 in the capital.")
    assert m.date == D(2022, 2, 11)


def test_a_weekday_slip_near_the_page_keeps_its_year_and_gives_the_week() -> None:
    # a Monday page (17 March 2025); the 12th was a Wednesday: this week's news with a slip of
    # the pen is the week both readings share (no nearby year has a Thursday, 12 March)
    m = one("The envoy flew home on Thursday, 12 March, aides said.", D(2025, 3, 17))
    assert res(m) == (D(2025, 3, 10), None, "week")
    # a slip whose two readings straddle a Monday gives no date (Sunday 16th / Monday 17th),
    # not 2024's 17 March, which was a Sunday
    assert one("Crews cleared the road on Sunday, 17 March.", D(2025, 3, 19)).date is None
    # ahead of the page alike: next week's Thursday 21st or Wednesday 20th, not 2025's 20th
    m = one("Envoys will meet on Thursday, March 20 in Vienna.")
    assert res(m) == (D(2024, 3, 18), None, "week")


def test_a_weekday_fitting_no_nearby_year_leaves_the_year_unknown() -> None:
    # 29 February 2024 is a Thursday and no other leap day is within reach: a Wednesday,
    # 29 February fits no year, and is not forced into one
    assert one("Delegations met on Wednesday, Feb. 29 at the border.").date is None
    # in future context only the year after may be taken: 5 April 2025 is a Saturday (a day
    # within a week of the page, "Thursday, March 20", is a slip of next week, not 2025's)
    assert one("Envoys will meet on Saturday, April 5 in Vienna.").date == D(2025, 4, 5)


def test_a_yearless_weekday_date_in_background_takes_the_year_it_fits() -> None:
    # published in November 2025: 19 September 2025 is a Friday, 2023's a Tuesday
    text = "The assault launched on Tuesday, Sept. 19 lasted barely a day."
    assert one(text, D(2025, 11, 4)).date == D(2023, 9, 19)


# ------------------------------------------------------------------------ year-less month or day


def test_yearless_month_far_ahead_in_past_context_is_last_year() -> None:
    m = one("Prisoners were swapped in December at the crossing.")
    assert (m.date, m.relative) == (D(2023, 12, 1), True)


def test_yearless_month_shortly_ahead_stays_in_reference_year() -> None:
    assert one("Officials gather in April to prepare.").date == D(2024, 4, 1)
    # in the past tense an April after the 13 March publication is last year's
    assert one("Officials met in April to prepare.").date == D(2023, 4, 1)


def test_yearless_month_far_behind_in_future_context_is_next_year() -> None:
    m = one("The parties will reconvene in January.", D(2024, 11, 20))
    assert (m.date, m.future) == (D(2025, 1, 1), True)


def test_yearless_day_far_ahead_in_past_context_is_last_year() -> None:
    assert one("The exchange happened on 28 December.", D(2024, 1, 10)).date == D(2023, 12, 28)


# ------------------------------------------------------------------------------ impossible input

@pytest.mark.parametrize("text", ["Nothing happened on February 30 of course.",
                                  "A decree of April 31 2021 never existed."])


def test_impossible_dates_are_not_dates(text: str) -> None:
    m = one(text)
    assert (m.date, m.precision) == (None, None)


@pytest.mark.parametrize("text", ["", " ", "\x00\x01\x02", "日本語 Армения 2020 年",
                                  "May " * 5000, "1" * 100_000, "in " + "2020-" * 20_000])


def test_awkward_input_never_raises(text: str) -> None:
    for ref, prec in [(None, None), (REF, "day"), (D(1, 1, 1), "day"), (D(9999, 12, 31), "year")]:
        for m in find_dates(text, ref, prec):
            assert text[m.start:m.end] == m.text
    infer_reference_date(text)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 -–/.,'’MayJunNovthelasfrowk\n")),
               max_size=80))


def test_mentions_are_sorted_disjoint_and_exact(text: str) -> None:
    found = find_dates(text, REF)
    last_end = 0
    for m in found:
        assert m.start >= last_end and text[m.start:m.end] == m.text
        assert (m.date is None) == (m.precision is None)
        assert m.precision is None or m.precision in PRECISIONS
        assert m.date_end is None or (m.date is not None and m.date_end >= m.date)
        last_end = m.end


# ----------------------------------------------------------------------------------- not dates

@pytest.mark.parametrize("text", [
    "The dispute has lasted three decades.",
    "The fighting went on for 44 days.",
    "Over the past year the road stayed closed.",
    "In recent months the two capitals softened.",
    "It took six weeks to agree.",
    "Some 2,000 soldiers were deployed.",
    "About 1,500 people were evacuated.",
    "An area of 12.4 thousand hectares was mined.",
    "The call began at 10:00 sharp.",
    "On the 25th, nothing moved.",
    "About 2000 troops stood by.",
    "A 2000-strong contingent arrived.",
    "Resolution 1990 was cited.",
    "Theresa May commented on it.",
    "Both sides may return to talks.",
])


def test_not_dates(text: str) -> None:
    assert find_dates(text, REF) == []


# ------------------------------------------------------------------------------ future context

@pytest.mark.parametrize("text", [
    "The signing is scheduled for June 3.",
    "A round of talks is to be held on June 3.",
    "The presidents agreed to hold a summit on June 3.",
    "The commission would convene on June 3.",
])


def test_future_markers_before_the_date(text: str) -> None:
    assert one(text).future is True


def test_past_sentence_is_not_future() -> None:
    assert one("The commission convened on June 3.", D(2024, 6, 20)).future is False


# ------------------------------------------------------------------------- reference inference


def test_infer_weekday_with_day_of_month_fixes_the_day() -> None:
    inf = infer_reference_date(
        "Clashes were reported in 2021. On Tuesday, March 8, the ministers talked by phone.")
    assert (inf.date, inf.precision) == (D(2022, 3, 8), "day")
    assert "Tuesday" in inf.explanation and "March 8" in inf.explanation


def test_infer_takes_latest_weekday_anchored_date() -> None:
    inf = infer_reference_date("Fighting in 2022 stopped. Monday, June 5 saw a call; "
                               "on Wednesday, June 7 envoys met.")
    assert (inf.date, inf.precision) == (D(2023, 6, 7), "day")


def test_infer_needs_a_year_window_to_be_unique() -> None:
    inf = infer_reference_date("On Tuesday, March 8, the ministers talked by phone.")
    assert (inf.date, inf.precision) == (None, None)


def test_infer_ignores_weekdays_in_future_context() -> None:
    inf = infer_reference_date("In 2021 talks failed. They will meet on Tuesday, March 8.")
    assert inf.date is None


def test_infer_year_from_last_year_beside_the_same_dated_day() -> None:
    text = ("The accord of 10 November 2020 ended the war. Since November 10 last year, "
            "peacekeepers have patrolled the road.")
    inf = infer_reference_date(text)
    assert (inf.date, inf.precision) == (D(2021, 1, 1), "year")
    assert "November 10 last year" in inf.explanation


def test_infer_year_from_this_year_next_to_the_latest_year() -> None:
    inf = infer_reference_date("Back in 2020 the war broke out. This year, in 2023, "
                               "the sides drafted a treaty.")
    assert (inf.date, inf.precision) == (D(2023, 1, 1), "year")


def test_infer_refuses_when_anchors_disagree() -> None:
    text = ("Deals of 1 March 2020 and of 5 April 2021 exist. On March 1 last year and on "
            "April 5 last year officials met.")
    assert infer_reference_date(text).date is None


def test_infer_gives_up_without_evidence() -> None:
    inf = infer_reference_date("Officials met on Monday to discuss the corridor.")
    assert (inf.date, inf.precision) == (None, None)
    assert inf.explanation


def test_future_word_before_a_clause_cut_does_not_reach_the_date() -> None:
    # "will" stands before a ';' that closes its clause: only what follows the last cut counts.
    m = one("The envoys will travel widely; talks resumed on Monday.")
    assert (m.date, m.future) == (D(2024, 3, 11), False)
    m = one("Talks resumed, and the envoys will meet on Monday.")
    assert (m.date, m.future) == (D(2024, 3, 18), True)


def test_digit_runs_keep_every_date_family() -> None:
    # Families skipped by the cheap test on the character after a run of digits must still
    # be tried where they can match: an ISO date, a dotted day-first date, decades.
    got = [(m.text, m.date, m.precision) for m in find_dates(
        "Drafts of 2023-05-22 and 12.05.2021 cite the 1990s, the '90s and 1980s slogans.",
        REF)]
    assert got == [("2023-05-22", D(2023, 5, 22), "day"), ("12.05.2021", D(2021, 5, 12), "day"),
                   ("the 1990s", D(1990, 1, 1), "decade"), ("the '90s", D(1990, 1, 1), "decade"),
                   ("1980s", D(1980, 1, 1), "decade")]


def test_range_words_are_found_in_any_case_by_the_cheap_pre_test() -> None:
    # `_merge` looks for "from"/"between" with a lower-cased substring test before its
    # case-insensitive regex: that is exact because no letter of those words has a non-ASCII
    # IGNORECASE twin (only "i", "k" and "s" have one).
    import re
    import sys

    non_ascii = "".join(map(chr, range(128, 0xD800))) + "".join(
        map(chr, range(0xE000, sys.maxunicode + 1)))
    assert re.findall("[frombetwn]", non_ascii, re.IGNORECASE) == []
    assert len(re.findall("[iks]", non_ascii, re.IGNORECASE)) == 4  # the test can see twins
    m = one("FROM May 3 TO 5, 2021, the border stayed shut.")
    assert (m.text, m.date, m.date_end) == ("FROM May 3 TO 5, 2021", D(2021, 5, 3), D(2021, 5, 5))


def test_sentence_end_and_clause_cut_patterns_match_their_plain_alternations() -> None:
    # the patterns are written with one leading character class for speed; these are the plain
    # alternations they stand for, compared on hard strings and windows
    import re

    from karabakh_data.dates import _SENT_END, _patterns

    plain_end = re.compile(r"[.!?…][\"'”’)\]]*[\s\u00a0]+(?=[A-Z\"“‘(\[])|\n")
    plain_cut = re.compile(r"[;:“”\"«»()\[\]]|,[\s\u00a0]+(?:which|who|whom|whose|where|while"
                           r"|but|although|though|after|before|since|when)\b", re.IGNORECASE)
    text = ("Talks ended.\n\n  Then?) “Next” (on Monday), WHICH was odd; \u00a0x!\nY…  Z, "
            "whichever, when: done.' 'Later, but , although")
    for fast, plain in ((_SENT_END, plain_end), (_patterns().clause_cut, plain_cut)):
        for lo in range(len(text)):
            for hi in range(lo, len(text) + 1, 7):
                assert [m.span() for m in fast.finditer(text, lo, hi)] == \
                    [m.span() for m in plain.finditer(text, lo, hi)]


def test_sentence_break_and_run_patterns_match_their_plain_alternations() -> None:
    # `_SENTENCE_BREAK` and `_RUN` open with one character class for speed; these are the plain
    # alternations they stand for, compared by search, finditer and split on hard windows
    import re

    from karabakh_data.dates import _RUN, _SENTENCE_BREAK

    plain_break = re.compile(r"[.!?…][\"'”’»)\]]*\s|\n")
    plain_run = re.compile(r"[A-Za-z]+|[0-9]+")
    text = ("Talks ended.\n\n  Then?) “Next” (on Monday)… x!\nY.”\u00a0Z, 2020s x2021 May,"
            " é9b… '90s.\n")
    for fast, plain in ((_SENTENCE_BREAK, plain_break), (_RUN, plain_run)):
        assert fast.split(text) == plain.split(text)
        for lo in range(len(text)):
            for hi in range(lo, len(text) + 1, 5):
                assert [m.span() for m in fast.finditer(text, lo, hi)] == \
                    [m.span() for m in plain.finditer(text, lo, hi)]
                a, b = fast.search(text, lo, hi), plain.search(text, lo, hi)
                assert (a and a.span()) == (b and b.span())


def test_anchors_are_those_of_the_anchor_pattern() -> None:
    # `_anchors` finds the anchor pattern's matches after the character before them; an anchor
    # at the start of the text and the digits after an apostrophe are the hard cases
    from karabakh_data.dates import _anchors, _patterns

    anchor = _patterns().anchor
    for text in ("'90s talks", "May 5", "in the ’90s and '80s, on 5 May 2020.", "x'90 '9 ''90",
                 "2020-21: day\nYEAR Today, last year's spring; éMay Mayor 12th", ""):
        assert _anchors(text) == [(m.start(), m.group()) for m in anchor.finditer(text)]


def test_future_words_are_found_after_their_preceding_character() -> None:
    # `_is_future` asks `future_before.match(w) or future_before_after.search(w)` for
    # `future_before.search(w)`; a phrase at offset 0, glued to a letter, or after an apostrophe
    # are the hard cases
    from karabakh_data.dates import _patterns

    pats = _patterns()
    for w in ("will meet", "swill", "they'll", "(next) week", "x will", "i'll", "", "plans to",
              "the talks, planned for", "'ll", "it is due", "nextweek", "a\u00a0will"):
        for lo in range(len(w) + 1):
            s = w[lo:]
            assert (pats.future_before.search(s) is not None) == (
                pats.future_before.match(s) is not None
                or pats.future_before_after.search(s) is not None)


def test_prefix_search_finds_what_a_full_search_finds() -> None:
    # prefixes are matched only at starts of letter or digit runs; a digit glued to a letter
    # ("x2021 May") and a window starting inside a word are the hard cases
    from karabakh_data.dates import _PREFIX_WINDOW, _patterns, _prefix_search

    pats = _patterns()
    text = ("in x2021 May, Monday, the 5, by the end of late-the first half of THE, "
            "three days, 12 weeks, early 2020 in the mid-")
    for fams in pats.dispatch.values():
        for _kind, _fwd, pre, _req in fams:
            if pre is None:
                continue
            for hi in range(len(text) + 1):
                lo = max(0, hi - _PREFIX_WINDOW)
                a = pre.search(text, lo, hi)
                b = _prefix_search(pre, text, lo, hi, True)
                assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


# --- a year that sets the scene for its sentence ----------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # an explicit year after "in"/"on"/"during" gives a later year-less date its year
    ("In 2022, the two leaders sat down together on 6 October.", D(2022, 10, 6)),
    ("On 2 May 2021 the envoys arrived, and on 4 May they left.", D(2021, 5, 4)),
    ("During 2019 the ministers spoke twice, the second time in July.", D(2019, 7, 1)),
    # a bound or a label sets no scene: the publication year as before
    ("Since 2020 they have talked often, most recently on 6 October.", D(2023, 10, 6)),
    ("After the 2020 war the talks resumed on 6 October.", D(2023, 10, 6)),
    # nor does a year in an earlier sentence
    ("In 2022 the truce held. The sides met again on 6 October.", D(2023, 10, 6)),
])


def test_a_scene_setting_year_dates_the_rest_of_its_sentence(text: str, expected: dt.date) -> None:
    ref = D(2023, 12, 13)
    last = find_dates(text, ref)[-1]
    assert last.date == expected, (text, last)
    assert last.precision == ("month" if expected.day == 1 and "July" in text else "day")


@pytest.mark.parametrize(("text", "expected"), [
    # a year-less day earlier in the calendar than the scene's own day is not in the scene's
    # year: the writer means the current one
    ("Trucks were halted in November 2022, and a new gate went up on 14 March.", D(2023, 3, 14)),
    ("The envoys talked on 3 October 2022 and again on 9 January.", D(2023, 1, 9)),
    # later in the calendar (or the same month) it still is
    ("Trucks were halted in February 2022, and a new gate went up on 14 March.", D(2022, 3, 14)),
    ("The envoys talked on 3 October 2022 and again on 19 October.", D(2022, 10, 19)),
])


def test_a_day_before_the_scene_date_is_not_read_in_the_scene_year(text: str,
                                                                  expected: dt.date) -> None:
    last = find_dates(text, D(2023, 12, 13))[-1]
    assert last.date == expected, (text, last)


def test_a_start_after_since_is_past_even_when_the_clause_speaks_of_the_future() -> None:
    # 'will' comes after the date, but 'since' puts February behind the writer
    text = "The observers, on patrol since February, will stay for two more years."
    (m,) = find_dates(text, D(2023, 7, 20))
    assert (m.date, m.future) == (D(2023, 2, 1), False)
    # without 'since' the same clause still reads as ahead
    (m,) = find_dates("The observers in February will stay for two more years.", D(2023, 7, 20))
    assert m.future


def test_a_bare_day_to_day_span_is_one_range_only_when_short() -> None:
    # no "from": "the night of 4 to 5 June" is still one two-day span, year included
    (m,) = find_dates("Drones struck on the night of 4 to 5 June 2021.", D(2021, 6, 9))
    assert (m.text, m.date, m.date_end) == ("4 to 5 June 2021", D(2021, 6, 4), D(2021, 6, 5))
    # a long bare "2 to 25 June" may be a count before a date: only the date is read
    (m,) = find_dates("The tally moved from a ratio of 2 to 25 June voters.", D(2021, 6, 9))
    assert (m.date, m.date_end) == (D(2021, 6, 25), None)


@pytest.mark.parametrize(("text", "expected", "relative"), [
    # a written year, then "That year" heading the next sentence: its months are that year's
    ("The mediation stalled in 2019. That year, in August, envoys flew to Vienna.",
     D(2019, 8, 1), False),
    ("Border posts went up in 2021. In that same year, on 3 December, a guard was shot.",
     D(2021, 12, 3), False),
    # "Last year" at the head is the year before publication, and stays marked relative
    ("Tensions eased. Last year, in February, the two delegations met twice.",
     D(2022, 2, 1), True),
])


def test_a_year_word_heading_its_sentence_dates_the_months_in_it(
        text: str, expected: dt.date, relative: bool) -> None:
    last = find_dates(text, D(2023, 12, 13))[-1]
    assert (last.date, last.relative) == (expected, relative), (text, last)


def test_a_year_word_inside_a_clause_sets_no_scene() -> None:
    # "since last year" bounds a period: the later "in June" is still the publication year's
    last = find_dates("Pressure grew since last year and in June the envoy quit.",
                      D(2023, 12, 13))[-1]
    assert last.date == D(2023, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    # a season or part of one year sets the scene like the year itself
    ("In the autumn of 2020 the guns spoke; on 10 November a truce was signed.",
     D(2020, 11, 10)),
    ("During the first half of 2021 contacts were rare, the last on 18 May.", D(2021, 5, 18)),
    # a winter runs into the next year: no single year to read the rest of the sentence in
    ("In the winter of 2021 the road froze, and on 9 January it was cleared.", D(2023, 1, 9)),
])


def test_a_season_of_one_year_sets_the_scene(text: str, expected: dt.date) -> None:
    last = find_dates(text, D(2023, 9, 25))[-1]
    assert last.date == expected, (text, last)


def test_a_past_verb_date_after_publication_takes_the_year_written_in_its_sentence() -> None:
    # published 13 December 2023: "opened on 20 December" cannot be this year's 20 December,
    # and the sentence has told us which year it means
    text = "The 2019 round, which opened on 20 December, closed without a text."
    assert find_dates(text, D(2023, 12, 13))[-1].date == D(2019, 12, 20)
    # no past verb (a summit still ahead): the publication year stands
    text = "Since the 2019 round, hopes rest on the 20 December summit."
    assert find_dates(text, D(2023, 12, 13))[-1].date == D(2023, 12, 20)
    # a weekday that fits the publication year confirms it
    text = "After the 2019 round, the envoys convened on Wednesday, 20 December."
    assert find_dates(text, D(2023, 12, 13))[-1].date == D(2023, 12, 20)


def test_an_abbreviated_month_glued_to_its_day_is_a_date() -> None:
    # wire copy sometimes drops the space after the abbreviation's dot
    m = one("Envoys reconvened on Oct.3 in the Belgian capital.", D(2023, 12, 13))
    assert (m.text, m.date, m.precision) == ("Oct.3", D(2023, 10, 3), "day")


def test_the_week_of_a_day_is_that_week_not_that_day() -> None:
    # a day-precise date would claim more than the text says
    m = one("Convoys moved in the week of 21 November, officials said.", D(2023, 12, 13))
    assert (m.date, m.precision) == (D(2023, 11, 20), "week")


def test_a_bare_ordinal_day_takes_the_month_just_named() -> None:
    text = "Shelling began on 12 May. A truce was agreed on the 14th, the ministry said."
    m = find_dates(text, D(2023, 12, 13))[-1]
    assert (m.text, m.date, m.precision) == ("the 14th", D(2023, 5, 14), "day")
    # with no month close before it, or an ordinal that counts something, nothing is dated
    assert find_dates("A truce was agreed on the 14th.", D(2023, 12, 13)) == []
    assert len(find_dates("On 12 May they marked it on the 14th anniversary.",
                          D(2023, 12, 13))) == 1


def test_a_quoted_tomorrow_is_not_the_day_the_narrative_continues_from() -> None:
    # the speaker's "tomorrow" is in the speaker's time; "the same day" is the reported day
    text = ('The envoy spoke on Tuesday. "We resume talks tomorrow," she said. '
            "The same day, troops pulled back from two border posts.")
    m = find_dates(text, D(2022, 5, 26))[-1]
    assert (m.text, m.date) == ("The same day", D(2022, 5, 24))


def test_a_day_the_telling_happened_is_not_the_anchor_of_the_next_day() -> None:
    text = ("Shelling hit Jermuk on 13 September, the ministry said on Friday. "
            "The next day, a ceasefire brokered by Moscow took hold.")
    m = find_dates(text, D(2022, 9, 17))[-1]
    assert (m.text, m.date) == ("The next day", D(2022, 9, 14))


def test_a_past_report_headed_by_a_later_day_is_from_the_year_before() -> None:
    # 3 March has not come yet on 19 February 2025: the past tense puts it in 2024
    text = "On 3 March, the two foreign ministers met in Geneva for four hours."
    m = one(text, D(2025, 2, 19))
    assert m.date == D(2024, 3, 3)
    # a plan is still in the publication year
    assert one("On 3 March, the two foreign ministers will meet in Geneva.",
               D(2025, 2, 19)).date == D(2025, 3, 3)
    # a weekday that fits neither year: the latest earlier year it fits (3 March 2023)
    assert one("The talks ended on Friday, March 3, in Geneva.", D(2025, 2, 19)).date \
        == D(2023, 3, 3)


def test_a_past_verb_after_the_noun_phrase_holding_the_date_is_past_context() -> None:
    # published 2 September 2025: the truce "collapsed", so 5 October is last year's
    text = "The humanitarian truce of Oct. 5 collapsed within hours, monitors said."
    assert one(text, D(2025, 9, 2)).date == D(2024, 10, 5)
    assert one("The Oct. 5 prisoner swap stalled at the border.", D(2025, 9, 2)).date \
        == D(2024, 10, 5)
    # a plan ("planned") or a verb of another clause ("that ...") does not count
    assert one("The summit of Oct. 5 planned in Prague draws near.", D(2025, 9, 2)).date \
        == D(2025, 10, 5)
    assert one("Envoys prepare the talks of Oct. 5 that Moscow proposed.",
               D(2025, 9, 2)).date == D(2025, 10, 5)


def test_a_pluperfect_or_past_passive_right_after_the_date_is_past_context() -> None:
    # published 2 September 2025: "had ... signed" and "was breached" put 5 October in 2024
    text = "Envoys, who on Oct. 5 had tacitly signed a corridor deal, went home."
    assert one(text, D(2025, 9, 2)).date == D(2024, 10, 5)
    assert one("The pause of 20 September was breached by drones.", D(2025, 9, 2)).date \
        == D(2024, 9, 20)
    # an irregular participle counts; a plan ("was expected") or "was to be" does not
    assert one("The truce of Oct. 5 was broken at dawn.", D(2025, 9, 2)).date == D(2024, 10, 5)
    assert one("The vote of Oct. 5 was expected to pass.", D(2025, 9, 2)).date \
        == D(2025, 10, 5)
    assert one("The vote on Oct. 5 was to be held in Goris.", D(2025, 9, 2)).date \
        == D(2025, 10, 5)


def test_a_plan_told_in_the_past_tense_does_not_push_its_date_ahead() -> None:
    # published 12 December 2023: "were due to meet on 5 October" is the October just gone,
    # not next year's; a present-tense plan still looks ahead
    text = "The envoys were due to meet in Vienna on 5 October, but one of them fell ill."
    assert one(text, D(2023, 12, 12)).date == D(2023, 10, 5)
    assert one("The vote had been scheduled for 2 October.", D(2023, 12, 12)).date \
        == D(2023, 10, 2)
    assert one("The envoys are due to meet on 5 October.", D(2023, 12, 12)).date \
        == D(2024, 10, 5)


def test_expect_before_a_yearless_month_looks_ahead() -> None:
    # published 12 December 2023: "expect ... in January" is the coming January
    m = one("Diplomats expect the two sides to sign in January.", D(2023, 12, 12))
    assert (m.date, m.future) == (D(2024, 1, 1), True)


def test_a_slashed_pair_of_days_before_a_month_is_a_day_span() -> None:
    m = one("Under the 9/10 November document, Russian troops deployed.", D(2021, 12, 1))
    assert (m.date, m.date_end, m.precision) == (D(2021, 11, 9), D(2021, 11, 10), "day")


def test_a_yearless_document_date_far_back_is_left_without_a_year() -> None:
    # a 2024 article citing the 2020 ceasefire text must not date it to November 2023
    text = "Troops stayed on under the November 10 trilateral statement, Moscow said."
    m = one(text, D(2024, 6, 12))
    assert (m.text, m.date) == ("November 10", None)
    # a few months back it is the text of last autumn, as before
    assert one(text, D(2021, 2, 10)).date == D(2020, 11, 10)


def test_month_day_and_a_bare_second_day_is_a_span() -> None:
    m = one("The two commissions sat in Almaty on April 22 and 23.", D(2024, 5, 2))
    assert (m.date, m.date_end) == (D(2024, 4, 22), D(2024, 4, 23))
    m = one("Envoys held rounds on 7 and 8 February in Berlin.", D(2024, 5, 2))
    assert (m.date, m.date_end) == (D(2024, 2, 7), D(2024, 2, 8))
    # a count after "and" is no second day
    m = one("On April 22 and 23 villagers protested.", D(2024, 5, 2))
    assert (m.text, m.date_end) == ("April 22", None)


def test_month_first_slashed_night_is_a_two_day_span() -> None:
    m = one("Fighting stopped after the accord of the night of November 9/10.", D(2020, 11, 20))
    assert (m.date, m.date_end) == (D(2020, 11, 9), D(2020, 11, 10))


def test_next_day_in_a_relative_clause_counts_from_its_sentence_date() -> None:
    text = ("Talks broke down on 2 September. A truce, which held from the next day, closed "
            "the assault begun on 11 October 2023.")
    found = find_dates(text, D(2023, 10, 20))
    assert [(m.text, m.date) for m in found][1] == ("the next day", D(2023, 10, 12))


def test_the_next_day_before_a_date_does_not_make_it_future() -> None:
    text = "A truce, which held from the next day, was brokered in Moscow on 10 October."
    found = find_dates(text, D(2020, 10, 20))
    assert (found[-1].text, found[-1].future) == ("10 October", False)
    # "the next round ... on" still looks ahead
    assert find_dates("The next round of talks on 2 November.", D(2020, 10, 20))[0].future


def test_slashed_date_with_day_equal_to_month_is_unambiguous() -> None:
    m = one("The initialled text is dated 08/08/2025 in both languages.", D(2025, 8, 20))
    assert (m.date, m.precision) == (D(2025, 8, 8), "day")


def test_a_quote_running_into_the_next_paragraph_does_not_anchor_the_same_day() -> None:
    text = ("The envoys arrived on 4 March.\n\n"
            "\u201cWe expect to sign on Thursday, if the maps are ready.\n\n"
            "\u201cNothing is settled until then,\u201d the envoy said.\n\n"
            "The same day, the border posts were handed over.")
    found = find_dates(text, D(2024, 3, 5))
    assert (found[-1].text, found[-1].date) == ("The same day", D(2024, 3, 4))


def test_a_weekday_with_its_day_of_month_is_that_day() -> None:
    # "Thursday the 7th" in a report of Monday 18 March 2024: the 7th, not the latest
    # Thursday (the 14th); a day number the weekday does not fit leaves the date unresolved
    ref = dt.date(2024, 3, 18)
    text = "Envoys met on Thursday the 7th and again on Friday, 15th."
    got = [(d.text, d.date) for d in find_dates(text, ref)]
    assert got == [("Thursday", dt.date(2024, 3, 7)), ("Friday", dt.date(2024, 3, 15))]
    assert find_dates("Envoys met on Tuesday the 7th.", ref)[0].date is None


def test_a_timeline_entry_year_dates_the_day_on_its_line_only() -> None:
    text = ("Milestones:\n2021: the two foreign ministers sat down in Moscow on 6 November.\n"
            "- 2022 \u2014 troops clashed on 12 May.\nTalks resumed on 2 February.")
    got = [(m.text, m.date) for m in find_dates(text, REF) if m.precision == "day"]
    assert got == [("6 November", D(2021, 11, 6)), ("12 May", D(2022, 5, 12)),
                   ("2 February", D(2024, 2, 2))]


def test_a_timeline_span_label_leaves_the_months_of_its_line_unresolved() -> None:
    # "2021-22:" does not say which of its years the entry's "August" is; a 2024 text's
    # last August (2023) would be wrong, and the line after is read as before
    text = ("Key dates\n2021-22: after clashes in August, monitors came on 2 October.\n"
            "- 2020 \u2013 2021 \u2014 on 3 May a truce held.\nThe talks began in January.")
    got = [(m.text, m.date) for m in find_dates(text, REF)]
    assert got == [("2021-22", D(2021, 1, 1)), ("August", None), ("2 October", None),
                   ("2020 \u2013 2021", D(2020, 1, 1)), ("3 May", None),
                   ("January", D(2024, 1, 1))]


def test_a_timeline_label_year_dates_every_sentence_of_its_line() -> None:
    # the label frames the second sentence of its entry too; a year set inside the entry
    # frames its own sentence only, and the next line is read as before
    text = ("Milestones\n2021: Troops dig in near the border. A swap took place on 6 July. "
            "In 2019, on 2 March, they had met. Talks stalled on 9 August.\n"
            "Envoys arrived on 1 February.")
    got = [(m.text, m.date) for m in find_dates(text, REF) if m.precision == "day"]
    assert got == [("6 July", D(2021, 7, 6)), ("2 March", D(2019, 3, 2)),
                   ("9 August", D(2021, 8, 9)), ("1 February", D(2024, 2, 1))]


def test_through_joins_a_day_to_a_later_day_or_date_without_from() -> None:
    got = [(m.text, m.date, m.date_end) for m in find_dates(
        "The envoys conferred Oct. 2 through 4 and again Nov. 6 through Nov. 8.", REF)]
    assert got == [("Oct. 2 through 4", D(2023, 10, 2), D(2023, 10, 4)),
                   ("Nov. 6 through Nov. 8", D(2023, 11, 6), D(2023, 11, 8))]


def test_a_byline_writing_the_year_first_dates_the_day() -> None:
    # year, month name, day, as Hungarian or East Asian pages order it; the dot after the year
    # is a date's only at the start of a line ("... in 2020. November 9 is ..." is two
    # sentences, and its November 9 keeps the publication year)
    m = find_dates("Caspian Review\n2023. October 5. | Politics", REF)[0]
    assert (m.text, res(m)) == ("2023. October 5", (D(2023, 10, 5), None, "day"))
    got = [(x.text, x.date) for x in find_dates("The war ended in 2020. November 9 is a holiday.",
                                                REF)]
    assert got == [("2020", D(2020, 1, 1)), ("November 9", D(2023, 11, 9))]


def test_a_day_with_a_dot_before_the_month_and_year_is_one_date() -> None:
    # "Wednesday, 23. October 2024" (German order): the day, not just "October 2024"
    m = one("Wednesday, 23. October 2024 -- Caucasus Digest")
    assert (m.text, res(m)) == ("Wednesday, 23. October 2024", (D(2024, 10, 23), None, "day"))


def test_the_end_of_the_month_told_in_the_past_is_the_narrative_month() -> None:
    # mid-March the month has not ended, so a past "by the end of the month" is the month the
    # story is in; a plan keeps the publication month
    text = ("The offensive began on 19 September 2023. By the end of the month, most residents "
            "had crossed into Armenia. The monitors leave at the end of the month.")
    got = [(m.text, m.date) for m in find_dates(text, REF)]
    assert got == [("19 September 2023", D(2023, 9, 19)), ("the end of the month", D(2023, 9, 1)),
                   ("the end of the month", D(2024, 3, 1))]


def test_an_ambiguous_slashed_date_follows_the_order_of_the_article() -> None:
    # "14/11/2023" shows the page writes the day first, so "03/05/2023" is 3 May, not 5 March
    got = [m.date for m in find_dates("Goris, 14/11/2023\nThe last round was on 03/05/2023.")]
    assert got == [D(2023, 11, 14), D(2023, 5, 3)]
    assert find_dates("The last round was on 03/05/2023.")[0].date is None


def test_a_month_naming_past_fighting_is_last_year_even_in_a_future_clause() -> None:
    # mid-March, "the September clashes" can only be last September, though the clause is a
    # plan; a month naming a meeting keeps the plan's reading
    m = one("Engineers will rebuild the homes wrecked in the September border clashes.")
    assert (res(m), m.future) == ((D(2023, 9, 1), None, "month"), False)
    m = one("The talks will go on after October's offensive.")
    assert m.date == D(2023, 10, 1)
    assert one("The September summit will be held in Tbilisi.").date == D(2024, 9, 1)


def test_a_month_after_back_in_is_behind_the_writer() -> None:
    # in a mid-March text a plain "in April" a few weeks ahead stays this year; "back in
    # April" is the April already past
    m = one("Back in April, the envoys had sat down in Vienna.")
    assert (m.date, m.future) == (D(2023, 4, 1), False)


def test_a_past_month_after_a_month_precise_publication_takes_the_year_before() -> None:
    # a page dated only "March 2024": trade that "recovered in May" is last May
    m = one("Cross-border trade recovered in May.", prec="month", ref=D(2024, 3, 1))
    assert m.date == D(2023, 5, 1)


def test_the_end_of_the_month_after_was_is_the_narrative_month() -> None:
    # early in October, a crossing that "was over by the end of the month" is September's
    text = ("The convoys set off on 21 September 2023, and the crossing was mostly over by "
            "the end of the month.")
    got = [m.date for m in find_dates(text, D(2023, 10, 4))]
    assert got == [D(2023, 9, 21), D(2023, 9, 1)]


def test_a_date_right_after_a_past_verb_is_not_ahead_because_of_a_later_plan() -> None:
    # on 10 January, "conferred on 30 December and will gather again": the plan belongs to
    # the second clause; the meeting of 30 December is last month's, not next December's
    got = [(m.date, m.future) for m in find_dates(
        "The envoys conferred on 30 December and will gather again on 25 January.",
        D(2024, 1, 10))]
    assert got == [(D(2023, 12, 30), False), (D(2024, 1, 25), True)]


def test_fighting_recalled_in_a_dated_scene_lies_before_that_scene() -> None:
    # a scene set in April 2023 looks back on "the October offensive": October 2022, not the
    # October after the scene; a plain narrative "in October" still runs on into 2023
    text = "In April 2023 the ministry put the toll of the October offensive at 90."
    assert [m.date for m in find_dates(text)] == [D(2023, 4, 1), D(2022, 10, 1)]
    text = "In April 2023 the talks stalled, and in October the army moved."
    assert [m.date for m in find_dates(text)] == [D(2023, 4, 1), D(2023, 10, 1)]


def test_so_many_years_ago_today_is_that_calendar_day() -> None:
    # an interview published on 13 March 2024 recalls talks held "two years ago today"
    m = one("The envoys first sat down together two years ago today, an aide recalled.")
    assert (m.text, m.date, m.precision) == ("two years ago today", D(2022, 3, 13), "day")


def test_so_many_years_ago_tonight_is_that_calendar_day() -> None:
    # an anniversary piece of 13 March 2024: "tonight" pins the day a year back, not today
    m = one("A year ago tonight, the first shells landed on the village.")
    assert (m.text, m.date, m.precision) == ("A year ago tonight", D(2023, 3, 13), "day")


def test_the_same_day_after_a_day_that_cannot_be_dated_is_not_an_older_day() -> None:
    # an undated page: the year of 4 March is unknown, so "the next day" cannot fall back on 1
    # March 2022, the last day the text could date (round 38: a new paragraph; in the sentence
    # right after the full date, 4 March goes on with its story and is 2022's)
    found = find_dates("Envoys met on 1 March 2022.\nA second round opened on 4 March. It "
                       "broke up the next day.", None)
    assert [(m.text, m.date) for m in found] == [
        ("1 March 2022", D(2022, 3, 1)), ("4 March", None), ("the next day", None)]
    found = find_dates("Envoys met on 1 March 2022. A second round opened on 4 March. It "
                       "broke up the next day.", None)
    assert [(m.text, m.date) for m in found] == [
        ("1 March 2022", D(2022, 3, 1)), ("4 March", D(2022, 3, 4)),
        ("the next day", D(2022, 3, 5))]


def test_a_year_counted_at_the_head_of_a_sentence_sets_its_scene() -> None:
    # "A year earlier" is 2023 for a 2024 article, and the October summit it frames is 2023's
    text = "A year earlier, the premier flew to Granada for a summit on 5 October."
    assert [m.date for m in find_dates(text, D(2024, 10, 25))] == [D(2023, 1, 1),
                                                                   D(2023, 10, 5)]


def test_it_was_done_on_a_day_takes_the_year_of_the_sentence_before() -> None:
    # "It was signed on 9 November" goes on about the pact of the sentence before: 2020's,
    # not the November before the 2022 article
    text = "The fighting ended with a pact agreed in 2020. It was signed on 9 November at night."
    assert [m.date for m in find_dates(text, D(2022, 9, 14))] == [D(2020, 1, 1),
                                                                  D(2020, 11, 9)]


def test_the_document_named_again_takes_the_year_of_the_sentence_before() -> None:
    # "The joint statement was signed on 9 November" names again the document the sentence
    # before dated to 2020, as "It was signed" does; not "The talks were held on 9 November",
    # which may be of any year from 2020 to 2021 (round 39: no longer guessed to be 2021, the
    # year before publication, which the text never names)
    text = "The fighting ended with a pact agreed in 2020. The joint statement was signed on 9 " \
           "November at night."
    assert [m.date for m in find_dates(text, D(2022, 9, 14))][-1] == D(2020, 11, 9)
    text = "The fighting ended with a pact agreed in 2020. The talks were held on 9 November."
    assert [m.date for m in find_dates(text, D(2022, 9, 14))][-1] is None


def test_said_on_a_weekday_after_a_plan_is_the_day_it_was_said() -> None:
    # "will sign ... on Friday, the envoy announced on Monday": the plan's Friday is ahead, but
    # the Monday the envoy spoke is the one just past (the 11th for a Wednesday the 13th)
    got = [(m.text, m.date, m.future) for m in find_dates(
        "The ministers will sign the protocol on Friday, the envoy announced on Monday.", REF)]
    assert got == [("Friday", D(2024, 3, 15), True), ("Monday", D(2024, 3, 11), False)]


def test_that_autumn_and_the_following_spring_follow_the_narrative() -> None:
    # an explainer moving between years: the season is the story's, not the publication's
    text = ("The border war of September 2022 froze the talks. That autumn, nobody met. "
            "A new offensive came on 19 September 2023; by the following spring the region "
            "was empty.")
    got = [(m.text, m.date, m.date_end) for m in find_dates(text, D(2025, 6, 2))][1::2]
    assert got == [("That autumn", D(2022, 9, 1), D(2022, 11, 30)),
                   ("the following spring", D(2024, 3, 1), D(2024, 5, 31))]
    assert find_dates("The envoy said that spring talks would resume.", REF) == []


def test_an_anniversary_is_dated_so_many_years_after_the_year_it_counts_from() -> None:
    # a rally "on the second anniversary of the 2023 offensive" happened in 2025, not 2023
    m = one("On the second anniversary of the 2023 offensive, crowds filled the square.")
    assert (m.text, m.date, m.precision) == ("the second anniversary of the 2023",
                                             D(2025, 1, 1), "year")
    m = one("They marked the 30th anniversary of 12 May 1994 with a minute of silence.")
    assert (m.date, m.precision) == (D(2024, 5, 12), "day")


def test_a_timeline_entry_may_write_its_year_first_with_a_comma() -> None:
    # "2020, Nov. 10 — ..." heads a timeline's line: one day, not a year and a year-less day
    text = "What happened when\n2020, Nov. 10 — A truce ends six weeks of war.\n"
    assert [(m.text, m.date) for m in find_dates(text, D(2025, 6, 2))] == [
        ("2020, Nov. 10", D(2020, 11, 10))]


def test_the_noun_will_is_no_sign_of_a_date_ahead() -> None:
    # "of their own free will" is a noun, not the modal: the day behind the writing stays past
    m = one("Villagers left of their own free will on 2 March, the governor told the press.")
    assert (m.date, m.future) == (D(2024, 3, 2), False)
    m = one("On 2 March the envoys showed the will to compromise, a diplomat recalled.")
    assert (m.date, m.future) == (D(2024, 3, 2), False)


def test_a_season_after_a_deadline_word_lies_ahead_unless_told_in_the_past() -> None:
    # said in mid-March: "before the summer" is the coming summer, with no future word at all;
    # "went on until the summer" is a past one
    m = one("I hope the text is signed before the summer, the minister told us.", D(2025, 3, 18))
    assert (m.date, m.date_end) == (D(2025, 6, 1), D(2025, 8, 31))
    m = one("The shelling went on until the summer.", D(2025, 3, 18))
    assert m.date == D(2024, 6, 1)


def test_a_bare_number_before_a_vehicle_or_dwelling_noun_is_a_count() -> None:
    # "a convoy of 2020 trucks" counts lorries; "the 2020 war" stays a year
    assert find_dates("A convoy of 2020 trucks and 1990 cars crossed the bridge.", REF) == []
    assert one("Some 1,900 flats were rebuilt after the 2020 war.").date == D(2020, 1, 1)


def test_a_month_or_day_after_each_or_every_recurs_and_names_no_date() -> None:
    # a yearly rally or a weekly round is no dated happening; the festival's opening day is
    got = [(m.text, m.date) for m in find_dates(
        "Crowds walk to the memorial every year on 24 April; the fair, held each August, "
        "opened on Friday.", REF)]
    assert got == [("24 April", None), ("August", None), ("Friday", D(2024, 3, 8))]


def test_days_later_does_not_count_from_a_day_the_story_has_moved_away_from() -> None:
    # the dateline's day is not the anchor once the text turns to a month of another year
    text = ("Posted 9 June 2024. Back in April 2021, both sides traded fire on the border. "
            "A fragile calm returned three days later.")
    later = [m for m in find_dates(text, None) if m.text == "three days later"]
    assert [(m.date, m.precision) for m in later] == [(None, None)]
    # a day inside the new scene's month still anchors it
    text = ("On 4 April 2021, both sides traded fire. In April 2021, the border stayed tense. "
            "A fragile calm returned three days later.")
    later = [m for m in find_dates(text, None) if m.text == "three days later"]
    assert [m.date for m in later] == [D(2021, 4, 7)]
    # a year inside a clause sets no new scene: the month before it is still "the same month"
    text = ("In June 2021, both sides traded fire. Any pullback must follow maps drawn in 1975, "
            "an envoy said. In the same month, the talks resumed.")
    same = [m for m in find_dates(text, None) if m.text == "the same month"]
    assert [m.date for m in same] == [D(2021, 6, 1)]


def test_a_lower_case_modal_before_a_year_less_date_places_it_ahead() -> None:
    # in a November article, "may resume in June" is next June; the month "May" and a
    # "may have" looking back keep the date behind the writer
    ref = D(2023, 11, 20)
    assert one("Envoys say the talks may well resume in June.", ref).date == D(2024, 6, 1)
    assert one("The envoys might meet on 5 May.", ref).date == D(2024, 5, 5)
    got = [m.date for m in find_dates("The envoys met in May and again in June.", ref)]
    assert got == [D(2023, 5, 1), D(2023, 6, 1)]
    assert one("The envoys may have met in June.", ref).date == D(2023, 6, 1)
    # a later date after a comma belongs to its own verb
    got = [m.date for m in find_dates(
        "They may meet in June, an aide told reporters on Monday.", ref)]
    assert got == [D(2024, 6, 1), D(2023, 11, 20)]


def test_a_document_named_by_its_day_takes_the_year_the_text_gives_that_day() -> None:
    # the year comes from "of 2023" after the noun or from the same day written in full
    ref = D(2024, 11, 8)
    got = [m.date for m in find_dates("Envoys cited the 5 October declaration of 2023.", ref)]
    assert got[0] == D(2023, 10, 5)
    got = [m.date for m in find_dates(
        "Baku dismissed the 5 October joint statement. The summit on October 5, 2023 went "
        "ahead without Aliyev.", ref)]
    assert got == [D(2023, 10, 5), D(2023, 10, 5)]
    # a day the text writes with two years stays as before; a commemoration is this year's
    got = [m.date for m in find_dates(
        "The war began on 27 September 2020. On 27 September, crowds marched.", ref)]
    assert got == [D(2020, 9, 27), D(2024, 9, 27)]


def test_a_number_before_a_describing_word_and_a_counted_noun_is_a_count() -> None:
    # "2023 displaced families" are families; after "in" or "the" the number stays a year
    assert find_dates("Aid groups said 2023 displaced families had found homes.", REF) == []
    assert one("In 2023 displaced families found homes.").date == D(2023, 1, 1)
    assert one("The 2020 Armenian prisoners came home.").date == D(2020, 1, 1)


def test_a_date_inside_a_quoted_title_or_slogan_dates_nothing() -> None:
    # the exhibition's and the banners' dates are names; the march's own day is a date, and
    # so is a quoted document with no title word before it
    text = ('An exhibition titled "Karabakh 2020" opened on Friday beside banners reading '
            '"27 September: we remember" and "8 November: victory".')
    assert [m.text for m in find_dates(text, REF)] == ["Friday"]
    assert one('Baku dismissed the "5 October statement".').date == D(2023, 10, 5)


def test_a_time_counted_from_a_happening_dated_in_another_sentence() -> None:
    # the summit's day is written elsewhere, so "a month after" it is November 2022; the
    # exodus has no date in the text and the count stays out
    text = ("The leaders met in Prague on 6 October 2022. A month after the Prague summit, "
            "the ministers held talks in Washington. Two years after the exodus, families "
            "still wait.")
    got = {m.text: (m.date, m.precision) for m in find_dates(text, REF)}
    assert got["A month after the Prague summit"] == (D(2022, 11, 1), "month")
    assert not any("exodus" in t for t in got)
    # a count whose own sentence names a date is left alone (the date may be the happening's)
    text = ("A truce was agreed on 20 September 2023. The day after the truce, on "
            "21 September 2023, talks opened.")
    assert [m.text for m in find_dates(text, REF)] == ["20 September 2023", "21 September 2023"]


def test_the_last_verb_of_the_sentence_before_does_not_govern_a_date_heading_the_next() -> None:
    # "said" closes the sentence before, so mid-September is the coming one, not last year's
    text = "Talks could resume in October, an aide said. Mid-September is also possible."
    ref = D(2025, 8, 2)
    assert [m.date for m in find_dates(text, ref)] == [D(2025, 10, 1), D(2025, 9, 1)]
    # a past verb right before the date still places it behind the writer
    assert one("The envoys met in September.", ref).date == D(2024, 9, 1)


def test_a_date_heading_a_sentence_is_past_when_a_long_named_subject_precedes_the_verb() -> None:
    # the names and titles of the subject do not push the past-tense verb out of reach
    text = ("On 28 June, Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol "
            "Pashinyan held talks in Moscow.")
    (m,) = find_dates(text, D(2021, 6, 10))
    assert m.date == D(2020, 6, 28)


def test_a_counted_period_heading_a_sentence_gives_its_yearless_day_a_year() -> None:
    # an undated article: "Three weeks later" is counted from the written 2 March 2024, so the
    # day it introduces is in that scene, and a later "a day later" counts from that day
    text = ("Talks opened in Almaty on 2 March 2024. Three weeks later, on 25 March, the envoys "
            "met again. A day later, the commission reported progress.")
    found = {m.text: m.date for m in find_dates(text, None)}
    assert found["25 March"] == D(2024, 3, 25)
    assert found["A day later"] == D(2024, 3, 26)
    # a period counted from the publication date sets no scene of its own
    text = "Two weeks ago, on 25 March, the envoys met again."
    (m,) = [m for m in find_dates(text, None) if m.text == "25 March"]
    assert m.date is None


def test_a_bare_number_between_a_word_and_a_plural_noun_counts_people() -> None:
    # "while 1990 volunteers joined": a crowd, not the year 1990; a determiner or a dated
    # noun after the number keeps the year
    text = "Officials counted the crowd, while 1990 volunteers handed out water in Ijevan."
    assert find_dates(text, REF) == []
    assert one("Both sides recalled those 2021 talks in Moscow.", REF, None).date == D(2021, 1, 1)
    assert one("The ruling party won 2021 elections easily.", REF, None).date == D(2021, 1, 1)


def test_earlier_before_a_yearless_day_places_it_in_the_past() -> None:
    # an agency's "Earlier, on <day>," recalls a day already behind the report: in a July
    # text a day in late August is last year's
    text = "Earlier, on 27 August, the two commissions agreed on a set of working rules."
    assert one(text, D(2025, 7, 11)).date == D(2024, 8, 27)


def test_on_the_eve_is_the_day_before_the_last_day_told() -> None:
    # translated agency copy: "On the eve," with nothing after it is the day before; "on the
    # eve of the summit" counts from the summit and is not resolved here
    text = "The envoys met in Ijevan on 4 March. On the eve, the ministers spoke by phone."
    assert [m.date for m in find_dates(text, REF)] == [D(2024, 3, 4), D(2024, 3, 3)]
    assert find_dates("He flew in on the eve of the summit.", REF) == []


def test_on_the_eve_after_a_coarser_date_is_the_reports_eve_in_agency_copy() -> None:
    # once a month is told after the last day, that day is no longer the story's: agency copy
    # (a dateline) means the eve of its report, other text leaves "On the eve" open
    body = ("The envoys met in Ijevan on 4 March. Talks resume in April, aides said. "
            "On the eve, the ministers spoke by phone.")
    assert find_dates(body, REF)[-1].date is None
    wired = find_dates("GORIS, March 13 (Wire) - " + body, REF)
    assert wired[-1].text == "the eve" and wired[-1].date == D(2024, 3, 12)


def test_the_day_before_a_coming_day_is_no_past_day() -> None:
    # a plan's day is told last; "the day before" told in the past tense cannot be the day
    # before it (that would put a past meeting after the report); in the future it still is
    text = "The handover ends on 20 March. The day before, the deputies had met in Ijevan."
    assert find_dates(text, REF)[-1].date is None
    text = "The handover ends on 20 March. On the eve, the deputies will meet in Ijevan."
    assert find_dates(text, REF)[-1].date == D(2024, 3, 19)


def test_a_dotted_day_span_of_agency_copy_is_one_span() -> None:
    # "12-13.09.2022": two nights of shelling, both days of one month, written day first
    m = one("Border posts near Sotk came under fire on 12-13.09.2022, the ministry said.")
    assert (m.date, m.date_end) == (D(2022, 9, 12), D(2022, 9, 13))
    # a slashed form is left alone: "3-12/05/2021" is no clear order
    assert find_dates("The file 3-12/05/2021 was read.", REF) == []


def test_a_short_slashed_day_span_and_a_roman_month_are_read_day_first() -> None:
    # "12-13/09/2022" (two days of one month) and "13.IX.2022" (a Roman month, as East
    # European copy writes it) are day-first dates; a long slashed span stays unread
    m = one("The ministry's account of the shelling of 12-13/09/2022 was read out in parliament.",
            D(2022, 9, 20))
    assert (m.date, m.date_end) == (D(2022, 9, 12), D(2022, 9, 13))
    m = one("The first shells fell near Vardenis shortly after midnight on 13.IX.2022.")
    assert (m.date, m.date_end, m.precision) == (D(2022, 9, 13), None, "day")
    assert find_dates("Case 1-28/05/2021 was closed.", REF) == []


# ------------------------------------------------------------------------ round 21: the 2020 war


def test_a_reporting_tag_after_the_end_of_the_year_does_not_make_it_a_past_year() -> None:
    # a November 2021 report of a plan; "last year" before must not pull the deadline back
    text = ("The clashes were the worst since last year's war. The leaders agreed to form a "
            "commission by the end of the year, the Kremlin said.")
    found = {m.text: res(m) for m in find_dates(text, D(2021, 11, 27), "day")}
    assert found["the end of the year"] == (D(2021, 1, 1), None, "year")


def test_a_day_of_a_month_the_sentence_wrote_with_its_year_takes_that_year() -> None:
    text = ("The September 2022 fighting, when shells hit Jermuk on the night of 12 to 13 "
            "September, killed hundreds.")
    found = {m.text: res(m) for m in find_dates(text, D(2025, 11, 10), "day")}
    assert found["12 to 13 September"] == (D(2022, 9, 12), D(2022, 9, 13), "day")


def test_a_yearless_day_counted_from_by_years_after_lies_that_many_years_back() -> None:
    text = "The summit in Sochi came a year after the statement of 9/10 November ended the war."
    assert res(one(text, D(2021, 11, 27))) == (D(2020, 11, 9), D(2020, 11, 10), "day")


def test_overnight_into_a_weekday_spans_the_night_from_the_day_before() -> None:
    m = one("Shelling of Martuni went on overnight into Tuesday, officials said.", D(2020, 10, 27))
    assert res(m) == (D(2020, 10, 26), D(2020, 10, 27), "day")


def test_two_weekdays_joined_by_into_are_one_night() -> None:
    m = one("Barda was shelled overnight Monday into Tuesday.", D(2020, 10, 28))
    assert res(m) == (D(2020, 10, 26), D(2020, 10, 27), "day")


def test_the_past_24_hours_count_back_from_the_day_its_sentence_names() -> None:
    text = "On 4 October the ministry said its troops took two heights over the past 24 hours."
    found = {m.text: res(m) for m in find_dates(text, D(2020, 10, 6), "day")}
    assert found["over the past 24 hours"] == (D(2020, 10, 3), D(2020, 10, 4), "day")


def test_so_many_days_later_than_planned_compares_and_dates_nothing() -> None:
    m = one("Kalbajar was handed back on 25 November, ten days later than agreed.", D(2020, 12, 2))
    assert res(m) == (D(2020, 11, 25), None, "day")


def test_a_past_verb_and_its_object_keep_the_day_behind_a_future_relative_clause() -> None:
    # a Thursday report: the decree was signed today; the future is the decree's, not the day's
    text = ("The region's leader issued an order on Thursday under which its ministries will "
            "close at the end of the year.")
    found = {m.text: m for m in find_dates(text, D(2023, 9, 28), "day")}
    assert res(found["Thursday"]) == (D(2023, 9, 28), None, "day")
    assert not found["Thursday"].future


def test_a_part_of_the_narrative_day_is_that_day_or_the_next() -> None:
    text = ("Shelling stopped on 20 September. The same evening, buses left for Goris, and "
            "early the next morning the first of them crossed the bridge.")
    found = {m.text: res(m) for m in find_dates(text, D(2023, 9, 30), "day")}
    assert found["The same evening"] == (D(2023, 9, 20), None, "day")
    assert found["early the next morning"] == (D(2023, 9, 21), None, "day")


def test_an_update_appended_to_a_page_is_told_on_the_update_day() -> None:
    # a page of 19 September: the update's past-tense 26 September is that year's, not 2022's
    text = ("Fighting went on around the town.\n\nUPDATE, 27 September: Envoys met on "
            "26 September and again yesterday.")
    found = {m.text: res(m) for m in find_dates(text, D(2023, 9, 19), "day")}
    assert found["26 September"] == (D(2023, 9, 26), None, "day")
    assert found["yesterday"] == (D(2023, 9, 26), None, "day")


def test_a_timeline_entry_headed_by_a_full_date_dates_its_yearless_days_from_it() -> None:
    # undated page: the entry's own day places the earlier meeting in its year
    text = ("Key dates\n\n6 March 2021: The envoys sign a protocol. They had first talked on "
            "28 February.\n")
    found = {m.text: res(m) for m in find_dates(text, None, None)}
    assert found["28 February"] == (D(2021, 2, 28), None, "day")


def test_the_end_of_the_week_told_in_the_past_is_the_narrative_week() -> None:
    # a Tuesday report looking back at the week before
    text = ("The exodus began on Tuesday, 19 September. By the end of the week, officials "
            "said, most villages had emptied.")
    found = {m.text: res(m) for m in find_dates(text, D(2023, 10, 3), "day")}
    assert found["the end of the week"] == (D(2023, 9, 18), None, "week")


def test_the_end_of_the_week_is_unknown_once_the_story_moved_to_a_month_without_a_day() -> None:
    # the last day named is a summit weeks back; the envoys' talks are known only to the month
    text = ("The summit of 8 August 2025 set the tone. Earlier this month, the envoys met on the "
            "border, and by the end of the week they had agreed on a new round.")
    found = {m.text: res(m) for m in find_dates(text, D(2025, 9, 22), "day")}
    assert found["Earlier this month"] == (D(2025, 9, 1), None, "month")
    assert found["the end of the week"] == (None, None, None)


def test_the_end_of_the_week_after_a_sunday_is_unknown_when_both_weeks_are_over() -> None:
    # that Sunday's own week or the next one: both ended before this Thursday report
    text = ("The convoys set off on Sunday, 1 October. By the end of the week, the camps had "
            "filled up.")
    found = {m.text: res(m) for m in find_dates(text, D(2023, 10, 19), "day")}
    assert found["the end of the week"] == (None, None, None)


def test_over_the_weekend_is_the_saturday_and_sunday_before_a_weekday_report() -> None:
    m = one("The mediator flew to Yerevan over the weekend to collect the lists.")
    assert (m.text, res(m)) == ("over the weekend", (D(2024, 3, 9), D(2024, 3, 10), "day"))


def test_a_weekend_ahead_or_far_from_the_narrative_is_read_with_care() -> None:
    assert res(one("The envoys will meet at the weekend.")) == (D(2024, 3, 16), D(2024, 3, 17),
                                                                "day")
    # "next weekend" on a weekday: this coming one or the one after, the text does not say
    assert res(one("The envoys will meet next weekend.")) == (None, None, None)
    # a weekend told after a day weeks before the report is that story's, not the report's
    found = find_dates("The handover began on 12 February. Over the weekend, 40 more crossed.",
                       REF, "day")
    assert [(m.text, m.date) for m in found][-1] == ("Over the weekend", None)


def test_a_full_date_before_a_double_hyphen_heads_a_timeline_entry() -> None:
    # undated page: the entry's own year places the year-less day of its line
    text = ("Milestones\n\nFeb. 28, 2023 -- The envoys met in Berlin. They had first talked on "
            "17 February.\n")
    found = {m.text: res(m) for m in find_dates(text, D(2025, 1, 10), "day")}
    assert found["17 February"] == (D(2023, 2, 17), None, "day")


def test_a_timeline_entry_told_in_the_past_keeps_the_day_after_its_head_in_its_year() -> None:
    # the entry is written after its day: "ended" does not make the next day a year older
    text = ("Milestones\n\n3 March 2021: Two days of talks opened in Vienna, which ended on "
            "4 March.\n")
    found = {m.text: res(m) for m in find_dates(text, D(2021, 6, 1), "day")}
    assert found["4 March"] == (D(2021, 3, 4), None, "day")


def test_a_bracketed_year_after_a_resolution_number_sets_no_date() -> None:
    # "Resolution 2601 (2021)" names a document; the siege the sentence recalls is not of 2021
    text = ("The text recalls Resolution 2601 (2021) and resolutions 853 and 884 (1993) on the "
            "siege of the city, and the meeting of 2021.")
    assert [m.text for m in find_dates(text, REF, "day")] == ["2021"]
    assert find_dates(text, REF, "day")[0].start == text.rindex("2021")


def test_a_clock_time_between_will_and_the_weekday_keeps_it_ahead() -> None:
    # the colon of "10:30" cuts no clause: the hearing resumes on the coming Friday
    found = find_dates("The trial will resume at 10:30 on Friday in the military court.",
                       REF, "day")
    assert [(m.text, m.date, m.future) for m in found] == [("Friday", D(2024, 3, 15), True)]


def test_a_date_alone_in_brackets_is_read_in_the_clause_around_them() -> None:
    # "(18-22 April)" names the session's days; "will open" after the brackets places them
    found = find_dates("The Assembly's spring session (18-22 April) will open with a debate.",
                       D(2024, 1, 10), "day")
    assert [(m.date, m.date_end, m.future) for m in found] == [
        (D(2024, 4, 18), D(2024, 4, 22), True)]


def test_a_four_digit_clock_time_in_a_time_zone_is_no_year() -> None:
    found = find_dates("The Council met at 3 p.m. (1900 GMT) on 5 May 2023.", REF, "day")
    assert [m.text for m in found] == ["5 May 2023"]


def test_the_day_before_followed_by_a_verb_is_a_day_of_its_own() -> None:
    # "the text agreed the day before was ...": the phrase ends at the verb and counts back
    # from the sentence's date; "the day before the vote" still counts from the vote
    text = "The envoy said on 9 March that the protocol agreed the day before was a good start."
    assert [m.date for m in find_dates(text, REF)] == [D(2024, 3, 9), D(2024, 3, 8)]
    assert [m.date for m in find_dates("The envoy said on 9 March that he had flown in the day "
                                       "before the vote.", REF)] == [D(2024, 3, 9)]


def test_a_timeline_year_heading_the_next_line_is_no_year_of_the_line_before() -> None:
    # each bare-year label dates its own entry: "in June" is June 2021, not June 2022, and the
    # truce of "4 October" is of 2022, not 2023
    text = ("Key dates\n2021: talks resume in June\n2022: truce agreed on 4 October\n"
            "2023: exodus from the region")
    found = [(m.text, m.date) for m in find_dates(text, REF, "day") if m.precision != "year"]
    assert found == [("June", D(2021, 6, 1)), ("4 October", D(2022, 10, 4))]


def test_the_same_day_does_not_count_from_a_past_perfect_flashback() -> None:
    # "had held ... on 2 March" looks back from the sentence's "last week": the envoys' "same
    # day" is not 2 March, and no other day may stand in for it
    text = ("Last week the envoys met in Vienna, where the ministers had held talks on 2 March. "
            "Moscow objected the same day.")
    found = {m.text: m.date for m in find_dates(text, REF, "day")}
    assert found["2 March"] == D(2024, 3, 2)
    assert found["the same day"] is None


def test_a_day_of_that_year_frames_a_later_month_of_its_sentence() -> None:
    # "that year" is 2021 here; "in November" later in the same sentence is of the same year,
    # not the one the publication date would give
    text = ("The commission was set up in 2021. Its envoys first met on 3 June of that year, "
            "and again in Tbilisi in November.")
    found = {m.text: m.date for m in find_dates(text, REF, "day")}
    assert found["November"] == D(2021, 11, 1)


def test_an_update_stamp_atop_the_page_keeps_a_weekday_on_the_update_day() -> None:
    # the page is of Friday 8 August and was updated on Saturday the 9th: its "on Saturday"
    # is that update's day, not the Saturday a week before
    text = ("Last updated: 09.08.2025, 18:40\nEnvoys hail deal\nThe leaders signed the text on "
            "Friday. The foreign minister said on Saturday that work would go on.")
    found = {m.text: m.date for m in find_dates(text, D(2025, 8, 8), "day")}
    assert found["Saturday"] == D(2025, 8, 9)
    assert found["Friday"] == D(2025, 8, 8)


def test_an_update_stamp_in_a_field_of_the_top_line_keeps_a_weekday_on_its_day() -> None:
    # the page of Thursday 12 June 2025 carries its update of Friday the 13th after a bar:
    # "said on Friday" is the update's day, not the Friday a week before the page
    text = ("Ministers talk in Geneva\n12.06.2025 | 19:05 | Updated 13.06.2025 | 08:30\n"
            "The two ministers met on Thursday, the foreign ministry said on Friday.")
    found = {m.text: m.date for m in find_dates(text, D(2025, 6, 12), "day")}
    assert found["Friday"] == D(2025, 6, 13)
    assert found["Thursday"] == D(2025, 6, 12)
    text = text.replace("Updated 13.06", "Last update 13.06")
    found = {m.text: m.date for m in find_dates(text, D(2025, 6, 12), "day")}
    assert found["Friday"] == D(2025, 6, 13)


def test_a_past_phrasal_verb_keeps_its_weekday_behind_a_plan_told_before() -> None:
    # the plan ("is planned for") is the first clause's; "was carried out on Friday" is past,
    # so Friday is the one before the Wednesday of writing, not the next one
    text = ("A visit by the envoys is planned for late August, and a survey of the front line "
            "was carried out on Friday.")
    found = {m.text: (m.date, m.future) for m in find_dates(text, D(2019, 8, 7), "day")}
    assert found["Friday"] == (D(2019, 8, 2), False)


def test_a_round_up_headed_by_its_week_reads_its_weekdays_in_that_week() -> None:
    # published on Monday the 17th, the digest of 10-16 May tells of the week before: its
    # "Monday" is the 10th, not the day of publication
    text = ("Weekly digest: 10-16 May 2021\nMonday: envoys met in Tbilisi.\n"
            "On Thursday the talks broke down.")
    found = {m.text: m.date for m in find_dates(text, D(2021, 5, 17), "day")}
    assert found["Monday"] == D(2021, 5, 10)
    assert found["Thursday"] == D(2021, 5, 13)


def test_a_document_named_by_its_day_is_never_a_day_still_to_come() -> None:
    # a text written in October cites "the statement of 9/10 November" in the past: the
    # statement exists, so it is no November ahead; the year before is 11 months back and
    # may as well be any earlier one, so the date stays open
    text = ("After the war of 2020 ended with the trilateral statement of 9/10 November, "
            "talks began in Moscow.")
    found = {m.text: m.date for m in find_dates(text, D(2024, 10, 14), "day")}
    assert found["9/10 November"] is None


def test_a_fortnight_ago_is_two_weeks_back() -> None:
    # British wire copy counts in fortnights: on Thursday 13 February it is the week of the
    # 27 January, as "two weeks ago" would be
    m = one("A fortnight ago the foreign ministers met in Geneva.", D(2020, 2, 13))
    assert (m.date, m.precision) == (D(2020, 1, 27), "week")


def test_the_anniversary_of_a_month_named_war_is_the_remembering_not_the_war() -> None:
    # "the April war" of a 2020 text was four years before: the mention is the anniversary
    # (this April), spanning the words that say so, so the war is not dated to this April
    text = "The envoys said this month marked the fourth anniversary of the April war."
    m = next(m for m in find_dates(text, D(2020, 4, 21), "day") if "April" in m.text)
    assert m.text == "the fourth anniversary of the April"
    assert (m.date, m.precision) == (D(2020, 4, 1), "month")


def test_earlier_or_later_in_the_day_is_the_narrative_day() -> None:
    # read as "the same day": the day the story last named; "later in the year" is no day
    text = ("The ministers met in Geneva on 30 January 2020. Earlier in the day, one of "
            "them saw the mediators alone.")
    found = {m.text: m for m in find_dates(text, REF, "day")}
    assert res(found["Earlier in the day"]) == (D(2020, 1, 30), None, "day")
    assert [m.text for m in find_dates("Later in the year they met again.", REF, "day")
            if m.date is not None and m.precision == "day"] == []


def test_the_week_before_last_is_two_weeks_back_but_not_before_last_years_vote() -> None:
    # on Wednesday 13 March: last week is the week of 4 March, the one before it of 26 February;
    # in "the week before last year's vote" the "last" belongs to the year
    m = one("The week before last, the two border commissions met near the villages.")
    assert (m.text, res(m)) == ("The week before last", (D(2024, 2, 26), None, "week"))
    found = find_dates("The envoys met the week before last year's vote.", REF, "day")
    assert [m.text for m in found] == ["last year"]


def test_on_the_weekend_is_the_weekend_span_as_at_the_weekend() -> None:
    # the American "on the weekend" is the British "at the weekend": Saturday and Sunday
    m = one("Thousands marched in Yerevan on the weekend behind the archbishop.")
    assert (m.text, res(m)) == ("on the weekend", (D(2024, 3, 9), D(2024, 3, 10), "day"))


def test_a_day_a_transcript_speaker_names_is_not_the_narratives_day() -> None:
    # a speaker's turn in a transcript is a quotation without marks: "later in the day" after
    # it is the day of the press conference (the page's date line), not the day he recalled
    text = ("Almaty, 11.05.2024\n\nBAYRAMOV: The leaders last met on February 17, and it "
            "helped.\n\nA joint statement was issued later in the day.")
    found = {m.text: m for m in find_dates(text, D(2024, 5, 11), "day")}
    assert found["February 17"].date == D(2024, 2, 17)
    assert found["later in the day"].date == D(2024, 5, 11)


def test_a_week_on_friday_is_the_friday_after_the_coming_one() -> None:
    # on Wednesday 13 March the coming Friday is the 15th: "a week on Friday" and the British
    # "Friday week" are the 22nd; told in the past, the day is not known
    assert res(one("The commissions will meet again a week on Friday.")) == (
        D(2024, 3, 22), None, "day")
    assert res(one("They will sign the regulations Friday week in Almaty.")) == (
        D(2024, 3, 22), None, "day")
    assert one("The envoys met Friday week in Geneva.").date is None


def test_a_night_names_its_two_days_whatever_follows() -> None:
    # "the night of March 24 to 25" is a night: 25 is the next day, not a count of the words
    # after it; across a month's end the two dates are one span too, and so are two weekdays
    m = one("On the night of March 4 to 5 the positions near Kalbajar came under fire.")
    assert (m.text, res(m)) == ("March 4 to 5", (D(2024, 3, 4), D(2024, 3, 5), "day"))
    m = one("On the night of 29 February to 1 March, posts came under fire.")
    assert res(m) == (D(2024, 2, 29), D(2024, 3, 1), "day")
    m = one("On the night of Monday to Tuesday the posts came under fire.")
    assert res(m) == (D(2024, 3, 11), D(2024, 3, 12), "day")


def test_a_timeline_entry_headed_by_its_month_dates_the_months_of_its_line() -> None:
    # "May 2022 – ... through June": the entry's June is that of its head, not one near the
    # publication day; a line headed by a bare month with no year is no such entry
    text = ("Key dates\n- May 2022 – two villages handed over; protests went on through June.\n"
            "- October 2023 – talks resumed; a second round followed in November.\n")
    found = {m.text: m.date for m in find_dates(text, REF, "day")}
    assert found["June"] == D(2022, 6, 1)
    assert found["November"] == D(2023, 11, 1)


def test_a_chronology_year_alone_on_its_line_dates_the_month_entries_below_it() -> None:
    # an undated long read lists "2021" on a line of its own, then entries headed by a month:
    # each entry's year-less days are that year's, up to the next year line
    text = ("Steps so far\n\n2021\nMay: border standoff near Sev Lich begins on 12 May.\n"
            "November: a clash on 16 November leaves soldiers dead.\n\n"
            "2022\nSeptember: fighting breaks out on 13 September.\n")
    found = {m.text: m.date for m in find_dates(text, None, None)}
    assert found["16 November"] == D(2021, 11, 16)
    assert found["13 September"] == D(2022, 9, 13)


def test_that_autumn_heading_a_sentence_sets_its_scene() -> None:
    # "That autumn" (the text's own year) heads the sentence, so its later 8 November is that
    # autumn's, not the one around the publication day
    text = ("The war broke out in 2020. That autumn the army pushed south, and on 8 November "
            "its units entered the town.")
    found = {m.text: m.date for m in find_dates(text, dt.date(2025, 9, 27), "day")}
    assert found["8 November"] == D(2020, 11, 8)


def test_the_following_april_counts_from_the_told_month_not_the_page() -> None:
    # a retrospective: "The following April" is the April after the truce it just told of
    m = find_dates("A truce was agreed on 5 April 2016. The following April, the army began a "
                   "new drive.", REF, "day")[-1]
    assert (m.text, res(m)) == ("The following April", (D(2017, 4, 1), None, "month"))
    assert find_dates("The following May, talks resumed.", REF, "day")[0].date is None


def test_a_week_ago_friday_is_the_friday_before_last() -> None:
    # on Wednesday 13 March the last Friday is the 8th: "a week ago Friday" (American) and
    # "a week last Friday" (British) are the 1st; "a week ago Wednesday" said on a Wednesday
    # could be either Wednesday and is left open
    assert res(one("The deputies spoke a week ago Friday.")) == (D(2024, 3, 1), None, "day")
    assert res(one("They met a week last Friday in Moscow.")) == (D(2024, 3, 1), None, "day")
    assert one("They met a week ago Wednesday.").date is None


def test_a_day_followed_by_in_and_a_year_is_in_that_year() -> None:
    # a look-back: "moved to 8 November in 2021" names 8 November 2021, not a day near the page
    found = find_dates("The holiday was later moved to 8 November in 2021.", REF, "day")
    assert res(found[0]) == (D(2021, 11, 8), None, "day")


def test_so_many_years_ago_this_weekday_is_that_day_years_back() -> None:
    # written on Wednesday 13 March 2024: "this Saturday" is 16 March, so the anniversary is of
    # 16 March 2019; "this month" is March, years back
    m = one("Five years ago this Saturday, the two armies traded fire for the first time.")
    assert (m.text, m.date, m.precision) == ("Five years ago this Saturday", D(2019, 3, 16), "day")
    m = one("Thirty years ago this month, the first war was winding down.")
    assert (m.text, m.date, m.precision) == ("Thirty years ago this month", D(1994, 3, 1), "month")


def test_so_many_years_ago_on_a_weekday_is_no_day_of_the_reference_week() -> None:
    # written on Wednesday 13 March 2024: "on Tuesday" is the anniversary's day, 12 or 19
    # March, so "three years ago on Tuesday" is March 2021, never 12 March 2024; across New
    # Year the two Tuesdays fall in different years and nothing is read
    m = one("Three years ago on Tuesday, the prisoners were flown home by helicopter.")
    assert (m.text, m.date, m.precision) == ("Three years ago on Tuesday", D(2021, 3, 1), "month")
    found = find_dates("Four years ago on Tuesday, the prisoners were flown home.",
                       D(2025, 1, 2), "day")
    assert [(f.text, f.date) for f in found] == [("Four years ago on Tuesday", None)]


def test_weekday_abbreviations_of_the_press_are_weekdays() -> None:
    # "Weds" and "Thurs" in wire copy are the weekdays before a Wednesday page's own day;
    # "weds" (to marry) is no date, nor "Thursdays" (a habit)
    assert res(one("Forty pillars stood along the line as of Thurs.")) == (D(2024, 3, 7), None,
                                                                          "day")
    assert one("The envoys spoke on Weds, the ministry said.").date == REF
    assert find_dates("A soldier weds his fiancee as talks resume on Thursdays.", REF) == []


def test_a_chronology_year_line_dates_entries_headed_day_first() -> None:
    # round 30: a year on its own line over entries headed by the day, then the month ("- 3
    # March: ..."), as British and European outlets write them: the entries are that year's,
    # not the reading the page's own date gives them (2024 and later)
    text = ("Key dates\n\n2019\n3 March: a commission on the missing holds its first "
            "session.\n28 October: remains are handed over at the border.\n\n"
            "2022\n14 November - the court hears the two parties.\n")
    found = {m.text: m.date for m in find_dates(text, dt.date(2025, 6, 2), "day")}
    assert found["3 March"] == D(2019, 3, 3)
    assert found["28 October"] == D(2019, 10, 28)
    assert found["14 November"] == D(2022, 11, 14)


def test_a_year_line_over_a_bulleted_entry_is_no_span_to_the_entry() -> None:
    # round 30: "2018" alone on its line, then "- July 9: ..." with a bullet dash, is a
    # chronology's year and an entry, not a span from 2018 to 9 July
    text = "Chronology\n\n2018\n- July 9: two detainees are handed back.\n"
    found = [(m.text, m.date, m.date_end) for m in find_dates(text, dt.date(2024, 5, 20), "day")]
    assert found == [("2018", D(2018, 1, 1), None), ("July 9", D(2018, 7, 9), None)]
    # a dash inside a line still joins: "2018 - 2020" is a span
    assert res(one("Talks stalled in 2018 - 2020.")) == (D(2018, 1, 1), D(2020, 12, 31), "year")


def test_the_same_day_as_something_named_after_it_is_not_the_narrative_day() -> None:
    # round 30: "on the same day as the appeal" is the appeal's day, which the sentence does
    # not give: not the 4 February the narrative last named; "the same day as well" still is
    text = ("The verdict was read on 4 February. The second case opened on the same day as "
            "the appeal hearing.")
    found = {m.text: m.date for m in find_dates(text, REF, "day")}
    assert found == {"4 February": D(2024, 2, 4), "the same day": None}
    text = "The verdict was read on 4 February. Two relatives spoke the same day as well."
    assert find_dates(text, REF, "day")[-1].date == D(2024, 2, 4)


# --------------------------------------------------------------------------- last night, overnight


def test_last_night_is_the_evening_before_publication() -> None:
    m = one("Shells hit two farms near the river last night, villagers said.", D(2023, 4, 6))
    assert (m.text, res(m)) == ("last night", (D(2023, 4, 5), None, "day"))


def test_overnight_as_adverb_spans_the_night_before_publication() -> None:
    m = one("Gunfire was exchanged overnight along the northern section.", D(2023, 4, 6))
    assert (m.text, res(m)) == ("overnight", (D(2023, 4, 5), D(2023, 4, 6), "day"))


@pytest.mark.parametrize("text", [
    "Negotiators held overnight talks in a hotel outside the capital.",
    "An overnight curfew was lifted by the governor.",
])


def test_overnight_describing_a_noun_is_no_date(text: str) -> None:
    assert find_dates(text, D(2023, 4, 6)) == []


def test_round62_last_night_after_a_weekday_counted_from_the_page_is_still_the_night_before(
        ) -> None:
    # probe round 62: "X said he had called Y on Tuesday. Z said last night ..." on a Thursday
    # page left "last night" open (a day the story had moved to); a weekday counted from the
    # page keeps the story in the writer's present
    found = _dates("The envoy said he had phoned both ministers on Monday.\n\nThe president "
                   "said in a broadcast last night that the roads would reopen.", D(2024, 5, 9))
    assert found["last night"] == D(2024, 5, 8)
    # near miss: a day written out still moves the story
    found = _dates("The envoy phoned both ministers on 2 May 2024.\n\nThe president said in a "
                   "broadcast last night that the roads would reopen.", D(2024, 5, 9))
    assert found.get("last night") is None


def test_overnight_in_a_story_set_in_another_year_is_left_unresolved() -> None:
    found = find_dates("In March 2021 the guns fell silent overnight, after weeks of shelling.",
                       D(2024, 4, 6))
    assert [m.text for m in found] == ["March 2021"]


def test_a_chronology_year_line_dates_entries_headed_by_a_span_of_days_or_months() -> None:
    # round 31: an entry headed by two days or two months ("11-12 July -", "March-April:") is
    # still an entry of the year above it, and so are the entries after it; the page's own
    # year (2025) is no year of theirs
    text = ("Timeline\n\n2021\n3 June - the envoys meet in Vienna.\n\n"
            "11\u201312 July \u2014 fighting near the border; a truce holds from 13 July.\n\n"
            "March\u2013April: talks resume.\n\n4 November - a second round ends.\n")
    found = {m.text: (m.date, m.date_end) for m in find_dates(text, dt.date(2025, 6, 2), "day")}
    assert found["11\u201312 July"] == (D(2021, 7, 11), D(2021, 7, 12))
    assert found["13 July"] == (D(2021, 7, 13), None)
    assert found["4 November"] == (D(2021, 11, 4), None)


def test_a_live_blog_day_heading_is_the_day_its_entries_are_told() -> None:
    # round 31: a live blog last updated after midnight: the entries under "Tuesday 12 March
    # 2024" say "this evening" and "on Monday" from that Tuesday, not from the update's day;
    # those under the next day's heading from that day
    text = ("Live: ministers meet in Berlin\n\nLast updated 13 March 2024, 00:35 GMT\n\n"
            "Tuesday 12 March 2024\n\n10:15 \u2014 The two ministers arrived on Monday. They will "
            "sit down this evening.\n\n22:40 \u2014 Talks have ended.\n\n"
            "Wednesday 13 March 2024\n\n00:20 \u2014 A joint line is expected later today.\n")
    found = [(m.text, m.date) for m in find_dates(text, D(2024, 3, 13), "day")]
    assert ("this evening", D(2024, 3, 12)) in found
    assert ("Monday", D(2024, 3, 11)) in found
    assert ("today", D(2024, 3, 13)) in found
    # without the stamped entries, a date alone on its line is no day heading of the page
    plain = text.replace("10:15 \u2014 ", "").replace("22:40 \u2014 ", "").replace(
        "00:20 \u2014 ", "")
    assert ("this evening", D(2024, 3, 13)) in [(m.text, m.date) for m in
                                                find_dates(plain, D(2024, 3, 13), "day")]


def test_a_past_relative_clause_without_a_comma_keeps_its_date_behind() -> None:
    # round 31: "are expected to sign the accord that was reached in February": the plan word
    # governs the signing, the relative clause (no comma before it) the month, which is the
    # February before a March page; a plan after the relative clause still counts
    m = one("Both delegations are expected to sign the protocol that was drafted in February.")
    assert (m.date, m.future) == (D(2024, 2, 1), False)
    m = one("The envoys will study the map which had been redrawn in January.")
    assert (m.date, m.future) == (D(2024, 1, 1), False)
    found = find_dates("The envoys who were named will meet in June.", REF, "day")
    assert [(f.date, f.future) for f in found] == [(D(2024, 6, 1), True)]


def test_agreed_before_a_date_is_a_past_verb() -> None:
    # round 31: "agreed" ends in "-eed" like "proceed" but is a past verb (vocabulary
    # `past_verb`): the next clause's plan is no plan for the day it governs, which a March
    # page then puts in the year before
    found = find_dates("The sides agreed on 28 March and will meet again in June.", REF, "day")
    assert [(f.text, f.date) for f in found] == [("28 March", D(2023, 3, 28)),
                                                 ("June", D(2024, 6, 1))]


def test_a_weekday_of_last_or_next_week_is_that_weeks_day() -> None:
    # round 31: a Sunday digest's "on Thursday of last week" is the Thursday of the week
    # before the digest's own, not the latest Thursday; "of next week" the week after
    sunday = D(2024, 6, 16)
    found = find_dates("The convoy left on Thursday of last week.", sunday, "day")
    assert (found[0].text, found[0].date) == ("Thursday", D(2024, 6, 6))
    found = find_dates("The envoys return on Wednesday of next week.", REF, "day")
    assert (found[0].text, found[0].date) == ("Wednesday", D(2024, 3, 20))


def test_a_chronology_year_line_closed_by_a_dash_dates_entries_below_it() -> None:
    # round 31: "2019 —" (a year line closed by a dash) over entries, one of them headed by a
    # span of days ("3-4 May: ..."): every entry below is that year's, up to the next year line
    text = ("The road to peace\n\n2019 \u2014\n\n3-4 May: envoys meet at a lakeside hotel.\n\n"
            "11 June: the two sides return four detainees.\n\n2021:\n\n"
            "7 March: a convoy is stopped on the road.\n")
    found = {m.text: m.date for m in find_dates(text, dt.date(2025, 2, 3), "day")}
    assert found["11 June"] == D(2019, 6, 11)
    assert found["7 March"] == D(2021, 3, 7)


def test_a_quarter_or_half_written_as_an_abbreviation_is_that_part_of_the_year() -> None:
    # round 32: business copy writes "Q3 2027" and "H1 2025" for "the third quarter of 2027"
    # and "the first half of 2025": the months of that part, not the whole year
    found = find_dates("Work on the bridge starts in Q3 2027; tolls rose in H1 2025.", REF, "day")
    assert [(f.text, f.date, f.date_end, f.precision) for f in found] == [
        ("Q3 2027", D(2027, 7, 1), D(2027, 9, 30), "month"),
        ("H1 2025", D(2025, 1, 1), D(2025, 6, 30), "month")]


def test_a_phrasal_verb_after_a_past_auxiliary_tells_its_date_in_the_past() -> None:
    # round 32: "was set up on 9 May" ("set" does not change in the past; the particle "up"
    # stands between it and the date) is past, so a March page puts it in the year before,
    # as "was established on 9 May" is
    assert one("A new border post was set up on 9 May near the bridge.").date == D(2023, 5, 9)
    assert one("The line was shut down in July for repairs.").date == D(2023, 7, 1)


def test_a_past_verb_with_a_name_before_the_weekday_keeps_it_past() -> None:
    # round 32: "left Tbilisi on Tuesday and is due to arrive ...": the past verb governs the
    # day through a place name (or "in <place>"), so the plan of the next clause does not push
    # the day a week ahead
    found = find_dates("The convoy left Tbilisi on Tuesday and is due to arrive next week.",
                       REF, "day")
    assert (found[0].text, found[0].date, found[0].future) == ("Tuesday", D(2024, 3, 12), False)
    m = find_dates("The envoys met in Vienna on Monday, and experts will meet again soon.",
                   REF, "day")[0]
    assert (m.date, m.future) == (D(2024, 3, 11), False)
    # a verb of the present or future keeps the plan's reading
    m = find_dates("The envoys will meet in Vienna on Monday.", REF, "day")[0]
    assert m.date == D(2024, 3, 18)


def test_the_events_of_a_yearless_day_span_are_past() -> None:
    # round 32: "the events of 12-13 September will be remembered" names past happenings
    # ("events", vocabulary `past_event`), not a plan of the future clause
    m = one('"The events of 12-13 September will be remembered," she said.')
    assert (m.date, m.date_end, m.future) == (D(2023, 9, 12), D(2023, 9, 13), False)


def test_a_year_in_a_trailing_when_clause_sets_no_scene_past_its_comma() -> None:
    # round 32: "... it promised when it entered the body in 1996, the 4 April vote ...": the
    # year is the clause's, and the next list item's year-less day takes the publication
    # year's reading; a clause heading its sentence, or a day set right after the comma in
    # apposition, still takes the clause's year
    found = find_dates("The report listed reforms it promised when it entered the body in 1996,"
                       " the 4 April vote and the closure of two papers.", REF, "day")
    assert [(f.text, f.date) for f in found] == [("1996", D(1996, 1, 1)),
                                                 ("the 4 April", D(2024, 4, 4))]
    m = find_dates("When it entered the body in 1996, the state pledged on 4 April to reform.",
                   REF, "day")[1]
    assert m.date == D(1996, 4, 4)
    m = find_dates("They recalled the talks held when the envoys met in 2019, on 4 April.",
                   REF, "day")[1]
    assert m.date == D(2019, 4, 4)


def test_a_weekday_with_its_date_in_brackets_is_that_date() -> None:
    # (round 34) in a report of Wednesday 13 March 2024, "on Friday (23 February)" is the
    # bracketed day, not the latest Friday; so is a counted day; a weekday in brackets after a
    # written date takes that date; a weekday the date does not fall on is left unresolved
    text = ("The envoys met in Vienna on Friday (23 February) and flew home the next day "
            "(24 February). The draft followed on 26 February (Monday). The vote came on "
            "Tuesday (29 February).")
    got = [(m.text, m.date) for m in find_dates(text, REF)]
    assert got == [("Friday", D(2024, 2, 23)), ("23 February", D(2024, 2, 23)),
                   ("the next day", D(2024, 2, 24)), ("24 February", D(2024, 2, 24)),
                   ("26 February", D(2024, 2, 26)), ("Monday", D(2024, 2, 26)),
                   ("Tuesday", None), ("29 February", D(2024, 2, 29))]


def test_a_counted_period_with_its_day_apposed_lends_that_day_its_year() -> None:
    # (round 34) a list entry told under a span with its year: "...; a week later, on 19
    # March, ..." is 19 March of the counted year, not of the page's (2024)
    text = ("- 5-12 March 2021: the envoys tour the region; a week later, on 19 March, the "
            "ministers meet in Moscow.")
    got = [(m.text, m.date) for m in find_dates(text, REF)]
    assert got[-1] == ("19 March", D(2021, 3, 19))


def test_a_day_in_a_past_perfect_relative_clause_sets_no_story_day() -> None:
    # (round 34) the clause looks back from its sentence's own (unnamed) time: "that night" is
    # not 2 February
    text = ("Mirzoyan, who had met Bayramov in Geneva on 2 February, flew to Paris after the "
            "shelling began. That night he called the French foreign minister.")
    got = [(m.text, m.date) for m in find_dates(text, REF)]
    assert got == [("2 February", D(2024, 2, 2)), ("That night", None)]
    # a day of the main clause still anchors it
    text = "Mirzoyan flew to Paris on 2 February. That night he called the French minister."
    assert find_dates(text, REF)[-1].date == D(2024, 2, 2)


def test_a_relative_clause_week_counts_from_the_weekday_of_its_sentence() -> None:
    # (round 34) "the week before" in the clause is the one before the main clause's Monday
    # (11 March 2024), not the one before a day of an earlier sentence (14 February)
    text = ("The shelling began on 14 February. Aliyev, who had warned Yerevan the previous "
            "week, said on Monday that the talks would go on.")
    got = [(m.text, m.date, m.precision) for m in find_dates(text, REF)]
    assert got[1] == ("the previous week", D(2024, 3, 4), "week")


def test_a_paragraph_told_at_a_coarser_time_moves_the_story_off_its_last_day() -> None:
    # (round 34) between 20 January and "the next day" a paragraph set in the autumn: the next
    # day no longer counts from 20 January; inside one paragraph it still does
    text = ("The ministers met in Paris on 20 January.\n\nThe border had been quiet since the "
            "autumn.\n\nThe mediators, speaking the next day, said little.")
    assert find_dates(text, REF)[-1].date is None
    text = ("The ministers met in Paris on 20 January. The border had been quiet since the "
            "autumn.\n\nThe mediators, speaking the next day, said little.")
    assert find_dates(text, REF)[-1].date == D(2024, 1, 21)
    # a month in a comma-set relative is an aside: the paragraph is still told on the day
    text = ("The ministers met in Paris on 20 January.\n\nThe draft, whose text was settled "
            "in the autumn, was signed.\n\nThe mediators, speaking the next day, said little.")
    assert find_dates(text, REF)[-1].date == D(2024, 1, 21)


def test_a_live_blog_heading_up_to_its_last_modified_day_is_its_entries_day() -> None:
    # (round 35) a blog dated by its first day (Tuesday 4 June 2024) and "Last modified" on
    # the Wednesday: the entries under the Wednesday heading say "last night" and "this
    # morning" from the Wednesday, not from the page's first day
    text = ("Border talks: as they happened\n\nLast modified on Wed 5 Jun 2024 10.40 BST\n\n"
            "Tuesday 4 June 2024\n\n15.10 BST\nThe delegations arrived in Tbilisi this "
            "afternoon.\n\nWednesday 5 June 2024\n\n08.05 BST\nThe mediator said last night "
            "that a map was ready; the two sides will sign this morning.\n")
    found = [(m.text, m.date) for m in find_dates(text, D(2024, 6, 4), "day")]
    assert ("this afternoon", D(2024, 6, 4)) in found
    assert ("last night", D(2024, 6, 4)) in found
    assert ("this morning", D(2024, 6, 5)) in found
    # without the stamp, a heading after the page's day is no day the blog ran on
    plain = text.replace("Last modified on Wed 5 Jun 2024 10.40 BST\n\n", "")
    found = [(m.text, m.date) for m in find_dates(plain, D(2024, 6, 4), "day")]
    assert ("this morning", D(2024, 6, 4)) in found
    # nor beyond the day the stamp gives
    late = text.replace("Wed 5 Jun 2024", "Tue 4 Jun 2024")
    found = [(m.text, m.date) for m in find_dates(late, D(2024, 6, 4), "day")]
    assert ("this morning", D(2024, 6, 4)) in found


def test_a_last_modified_stamp_atop_the_page_keeps_a_weekday_on_its_day() -> None:
    # (round 35) "Last modified" is an update stamp as "Last updated" is: the page of Monday
    # 2 December 2024, changed on the Tuesday, tells "on Tuesday" of that day
    text = ("Last modified: Tuesday, 3 December 2024, 09:20\nCorridor talks resume\nThe envoys "
            "met on Monday. A spokesman said on Tuesday that the talks went well.")
    found = {m.text: m.date for m in find_dates(text, D(2024, 12, 2), "day")}
    assert found["Tuesday"] == D(2024, 12, 3)
    assert found["Monday"] == D(2024, 12, 2)


def test_a_weekday_set_for_a_plan_is_the_nearest_such_weekday() -> None:
    # (round 35) "called a strike for Thursday" in a Tuesday report (4 February 2025) is the
    # coming Thursday, not the one before; in a Saturday report the Thursday just gone
    tuesday, saturday = D(2025, 2, 4), D(2025, 2, 8)
    text = "The dockers' union rejected the offer and called a strike for Thursday."
    m = find_dates(text, tuesday, "day")[0]
    assert (m.date, m.future) == (D(2025, 2, 6), True)
    m = find_dates(text, saturday, "day")[0]
    assert (m.date, m.future) == (D(2025, 2, 6), False)
    m = find_dates("The hearing had been slated for Monday.", tuesday, "day")[0]
    assert m.date == D(2025, 2, 3)
    # a weekday after "for" with no plan word before it keeps the tense rule
    m = find_dates("The ministry gave the figures for Thursday.", tuesday, "day")[0]
    assert m.date == D(2025, 1, 30)


def test_a_past_verb_with_object_and_place_keeps_the_weekday_behind() -> None:
    # (round 36) "unveiled a memorial in Goris on Sunday, and the cabinet is expected to ...":
    # the past verb governs the day through its object and the object's place, so the plan of
    # the next clause does not push Sunday ahead of the Wednesday report
    text = ("The governor unveiled a memorial in Goris on Sunday, and the cabinet is expected "
            "to visit the town in April.")
    m = find_dates(text, REF, "day")[0]
    assert (m.text, m.date, m.future) == ("Sunday", D(2024, 3, 10), False)
    # a reporting verb before the object tells no day of its own: the date is the plan's
    m = find_dates("Officials said the forum in Vilnius on Friday will open with a vote.",
                   REF, "day")[0]
    assert (m.date, m.future) == (D(2024, 3, 15), True)


def test_a_plan_told_in_a_where_clause_places_the_date_ahead() -> None:
    # (round 36) "the conference in Geneva on 28 May, where the ministers are expected": the
    # relative clause on the date's place tells a plan, so 28 May, 76 days after a 13 March
    # report, is the coming one, not the year before; a modal there does the same
    m = one("Diplomats now look to the donor conference in Geneva on 28 May, where the "
            "foreign ministers are expected to attend.")
    assert (m.date, m.future) == (D(2024, 5, 28), True)
    m = one("Next on the list is a forum on 20 June, when the two envoys might talk at last.")
    assert m.date == D(2024, 6, 20)
    # a past verb before the date keeps it behind, whatever the clause after it plans
    m = one("The envoys met in Vienna on 28 May, where they said talks will resume.")
    assert m.date == D(2023, 5, 28)


def test_a_digest_item_is_told_on_its_own_datelines_day() -> None:
    # (round 36) a weekly digest out on Friday 22 March 2024 whose items carry their own
    # datelines alone on their lines: an item's weekdays and "the next day" count from its
    # dateline's day, not from the digest's
    text = ("WEEKLY NOTES\n\nGYUMRI, March 14\nThe railway line reopened on Wednesday after "
            "repairs. Officials said the next day that traffic was normal.\n\nSTEPANAVAN, "
            "Armenia, March 15\nVolunteers cleared the town park on Thursday.\n")
    friday = D(2024, 3, 22)
    found = [(m.text, m.date) for m in find_dates(text, friday, "day")]
    assert ("Wednesday", D(2024, 3, 13)) in found
    assert ("the next day", D(2024, 3, 14)) in found
    assert ("Thursday", D(2024, 3, 14)) in found
    # a city in mixed case alone on its line is no dateline taken here
    plain = text.replace("GYUMRI", "Gyumri").replace("STEPANAVAN", "Stepanavan")
    found = [(m.text, m.date) for m in find_dates(plain, friday, "day")]
    assert ("Wednesday", D(2024, 3, 20)) in found
    # nor a dateline more than a month before the digest's day
    found = [(m.text, m.date) for m in find_dates(text, D(2024, 5, 3), "day")]
    assert ("Wednesday", D(2024, 3, 13)) not in found


def test_a_numbered_clause_before_of_and_a_month_is_no_day() -> None:
    # (round 37) "point 4 of March's memorandum": the number is the clause's, so the words
    # are no 4 March; the month alone is still read, and a day written so without a label
    # before it ("on 4 of March", "the 4th of March") stays a day
    found = [(m.text, m.date) for m in find_dates(
        "Under point 4 of March's memorandum, the posts are to be withdrawn.", REF, "day")]
    assert found == [("March", D(2024, 3, 1))]
    found = [m.text for m in find_dates("Art. 12 of June's draft bans foreign bases; clause 3 "
                                        "of October 2023 text was dropped.", REF, "day")]
    assert found == ["June", "October 2023"]
    assert one("The envoys arrived on 4 of March.").date == D(2024, 3, 4)
    assert one("Talks opened on the 4th of March.").date == D(2024, 3, 4)


def test_a_roman_month_without_a_year_is_a_day_of_that_month() -> None:
    # (round 37) "on 22.X", "of 3-4.XI" (agency copy omits the year as it writes "22 October"):
    # read as the written month would be, the year by the same rules; only after a cue word or
    # heading a line, so "Chapter 2.IV" or "Annex 3.II" is no date
    m = one("The working group met in Gabala on 22.X to compare maps.")
    assert (m.text, m.date, m.precision) == ("22.X", D(2023, 10, 22), "day")
    found = find_dates("In 2021, the exchange of 3-4.XI freed ten detainees.", None)
    assert [(m.text, *res(m)) for m in found][1] == \
        ("3-4.XI", D(2021, 11, 3), D(2021, 11, 4), "day")
    assert find_dates("Chapter 2.IV of the text covers transit; see Annex 3.II.", REF) == []


def test_a_weekday_before_a_numeric_date_is_that_same_day() -> None:
    # (round 37) "on Monday, 16.10.2023" is one day, as "on Monday, 16 October 2023" is: the
    # weekday is not also read as the Monday before the report
    m = one("The border post opened on Monday, 16.10.2023, at 9 am.")
    assert (m.text, m.date, m.precision) == ("Monday, 16.10.2023", D(2023, 10, 16), "day")
    m = one("Convoys left Goris on Thursday 2023-10-19 under escort.")
    assert (m.text, m.date) == ("Thursday 2023-10-19", D(2023, 10, 19))
    # an ambiguous slashed date takes the order its weekday fits: 3 October 2023 was a
    # Tuesday, 10 March 2023 a Friday; a weekday fitting neither leaves it unresolved
    assert one("Talks resumed on Tuesday, 03/10/2023.").date == D(2023, 10, 3)
    assert one("Talks resumed on Friday, 03/10/2023.").date == D(2023, 3, 10)
    assert one("Talks resumed on Sunday, 03/10/2023.").date is None


def test_a_day_and_month_in_two_digits_after_on_is_a_date() -> None:
    # (round 37) "is due on 25/10", "met on 04.11" (agency copy leaves the year out): read as
    # "25 October", "4 November"; only after "on" or a weekday, two digits each, day first
    m = one("The next round of consultations is due on 25/10, a spokesman said.")
    assert (m.text, m.date, m.future) == ("25/10", D(2024, 10, 25), True)
    m = one("The deputy ministers met on 04.11 in Tbilisi.")
    assert (m.text, m.date) == ("04.11", D(2023, 11, 4))
    assert one("Envoys arrived on Monday, 11.03, for two days.").date == D(2024, 3, 11)
    # a measure, a month-first or ambiguous slash, a count after another word: no date
    for text in ("Aid rose on 12.05 percent of the budget.", "The deal was signed on 03/11.",
                 "Talks resume on 10/25 in Vienna.", "Crews work on 24/7 shifts.",
                 "The score stood at 20.09 after the first round."):
        assert find_dates(text, REF) == [], text


def test_a_live_entry_stamped_past_midnight_tells_yesterday_from_its_own_day() -> None:
    text = ("Live: the night of the statement\n\n"
            "March 3, 23:10 – Delegations are still at the table, aides say.\n\n"
            "March 4, 00:40 – Lavrov said he had phoned Mirzoyan yesterday afternoon.\n\n"
            "March 4, 01:15 GMT+4 – The talks ended an hour ago.\n")
    found = {d.text: d.date for d in find_dates(text, dt.date(2021, 3, 3))}
    assert found["yesterday"] == dt.date(2021, 3, 3)
    # one stamped line alone is no live page: "yesterday" counts from the page's day
    one = "Live: the night\n\nMarch 4, 00:40 – Lavrov said he phoned Mirzoyan yesterday.\n"
    assert {d.text: d.date for d in find_dates(one, dt.date(2021, 3, 3))}["yesterday"] == \
        dt.date(2021, 3, 2)
    # a stamp days after the page's date is no entry of that page's night
    late = text.replace("March 4", "March 9")
    assert {d.text: d.date for d in find_dates(late, dt.date(2021, 3, 3))}["yesterday"] == \
        dt.date(2021, 3, 2)


def test_live_entry_stamps_may_carry_at_a_zone_with_its_offset_or_local_time() -> None:
    """The stamps meetings and dates read are one pattern: "at ... local time" and "GMT+4"
    stamps make a live page as the bare clock does."""
    text = ("Live: talks into the night\n\n"
            "June 8, at 00:20 local time – Bayramov said he had seen Mirzoyan yesterday.\n\n"
            "June 8, 01:05 GMT+4 – Delegations left the residence.\n")
    found = {d.text: d.date for d in find_dates(text, dt.date(2022, 6, 7))}
    assert found["yesterday"] == dt.date(2022, 6, 7)
    # a time of day inside a sentence after the date is no stamp
    prose = text.replace("local time –", "local time, as").replace("GMT+4 –", "GMT+4, as")
    assert {d.text: d.date for d in find_dates(prose, dt.date(2022, 6, 7))}["yesterday"] == \
        dt.date(2022, 6, 6)


def _dates(text: str, ref: dt.date | None) -> dict[str, dt.date | None]:
    return {d.text: d.date for d in find_dates(text, ref)}


def test_a_full_date_lends_its_year_to_the_next_past_sentence_of_its_story() -> None:
    # (round 38) a retelling: the sentence after a full date goes on with the same story when
    # its year-less date is told in the past and falls shortly after that date
    ref = dt.date(2024, 6, 20)
    found = _dates("Fighting flared on 3 October 2021 near the lakes. On 29 October, both "
                   "armies pulled back from the ridge.", ref)
    assert found["29 October"] == D(2021, 10, 29)
    found = _dates("The talks of Sept. 2, 2019 ended without a text. Protesters marched on "
                   "Sept. 3 outside the venue.", ref)
    assert found["Sept. 3"] == D(2019, 9, 3)
    found = _dates("The border closed on 8 August 2019. In September, the crossings reopened.",
                   ref)
    assert found["September"] == D(2019, 9, 1)
    # it carries on from a date it carried to, and across New Year
    found = _dates("The envoys met on 20 December 2018. On 15 January, they signed a memo. "
                   "On 2 February, the memo was published.", ref)
    assert (found["15 January"], found["2 February"]) == (D(2019, 1, 15), D(2019, 2, 2))
    # a month written with its year lends it to the days of that month only
    found = _dates("The swap came in July 2022. On 9 July, the men crossed at the bridge.", ref)
    assert found["9 July"] == D(2022, 7, 9)
    # an undated page: the story's year, where nothing was read before
    found = _dates("Leaders met on 10 May 2019. On 30 May, they talked again by phone.", None)
    assert found["30 May"] == D(2019, 5, 30)


def test_a_full_date_of_an_earlier_sentence_leaves_news_and_other_stories_alone() -> None:
    ref = dt.date(2024, 6, 20)
    # before the full date in the calendar, or months after it: another story
    found = _dates("Fighting flared on 3 October 2021. On 8 May, the ministers met in Oslo.",
                   ref)
    assert found["8 May"] == D(2024, 5, 8)
    found = _dates("Fighting flared on 3 October 2021. On 29 January, the envoys met.", ref)
    assert found["29 January"] == D(2024, 1, 29)
    # not told in the past, or a year of its own in the sentence
    found = _dates("The deal was signed on 10 April 2022. On 12 May, the envoys will meet.",
                   ref)
    assert found["12 May"] == D(2024, 5, 12)
    found = _dates("The deal was signed on 10 April 2022. On 12 May, they met as in 2021.", ref)
    assert found["12 May"] == D(2024, 5, 12)
    # a new paragraph, or a sentence between, breaks the story
    found = _dates("The deal was signed on 10 April 2022.\n\nOn 12 May, the envoys met.", ref)
    assert found["12 May"] == D(2024, 5, 12)
    found = _dates("The deal was signed on 10 April 2022. It held. On 12 May, the envoys met.",
                   ref)
    assert found["12 May"] == D(2024, 5, 12)
    # the piece's news: a day weeks before publication stays there unless it is the full
    # date's next day or so
    found = _dates("The first segment was agreed on 30 May 2023. On 14 June, the premier "
                   "told parliament the rest would follow.", ref)
    assert found["14 June"] == D(2024, 6, 14)
    found = _dates("The first segment was agreed on 30 May 2023. Villagers protested from "
                   "31 May, blocking the road.", ref)
    assert found["31 May"] == D(2023, 5, 31)
    # a later date of another year in the sentence before ends the story
    found = _dates("Soldiers were captured in September 2022 and after the offensive of 19 "
                   "September this year. Others were arrested in late September.",
                   dt.date(2023, 12, 13))
    assert found["late September"] == D(2023, 9, 1)


def test_a_document_cited_by_its_day_takes_the_year_its_paragraph_gives_its_month() -> None:
    # (round 38) "deployed since November 2020 under the trilateral statement of 10 November":
    # the document's day is in the one year its paragraph writes its month with (the year
    # before the publication year would be a guess: left open)
    ref = dt.date(2023, 1, 20)
    found = _dates("Monitors have been posted since June 2019 under the joint statement of "
                   "4 June, officials said.", ref)
    assert found["4 June"] == D(2019, 6, 4)
    found = _dates("The envoys met in June 2019. The 4 June statement set up a hotline.", ref)
    assert found["The 4 June"] == D(2019, 6, 4)
    # the month written in another paragraph, or with two years, does not say which
    assert _dates("Monitors came in June 2019.\n\nThey act under the 4 June joint statement.",
                  ref)["the 4 June"] is None
    assert _dates("Monitors came in June 2019 and left in June 2021. They act under the 4 "
                  "June joint statement.", ref)["the 4 June"] is None


def test_the_numbers_of_a_numbered_list_are_no_days() -> None:
    """Round 38 (lead): "1. March 2021: ..." over "2. May 2021: ..." numbers the items of a
    list; each line is dated to its month. A lone "23. October 2024" under a byline is a day."""
    text = ("Key dates\n1. March 2021: the first swap.\n2. May 2021: a second one.\n"
            "3. July 2022: talks resume.\n")
    found = [(d.text, d.precision) for d in find_dates(text, dt.date(2023, 1, 5))]
    assert found == [("March 2021", "month"), ("May 2021", "month"), ("July 2022", "month")]
    byline = "By our correspondent\n23. October 2024\n\nThe talks resumed in Almaty."
    assert [(d.date, d.precision) for d in find_dates(byline, dt.date(2024, 10, 23))] == [
        (dt.date(2024, 10, 23), "day")]


def test_a_day_counted_on_from_the_story_carries_its_year_to_the_next_sentence() -> None:
    """Round 39: "... on 19 September 2023. The following day the Karabakh side laid down
    its arms. On 21 September, ...": the counted day goes on with the story, so the next
    sentence's year-less day is in the story's year, not a year after (nor the publication's)."""
    ref = dt.date(2024, 9, 20)
    text = ("The offensive opened on 19 September 2023. The following day the local forces "
            "agreed to disarm. On the morning of 21 September, envoys from both sides met in "
            "Yevlakh.")
    assert _dates(text, ref)["21 September"] == D(2023, 9, 21)
    text = ("Talks were held in Kazan on 24 June 2011. Three days later the sides traded "
            "blame. On 2 July, the envoys flew home.")
    assert _dates(text, dt.date(2014, 6, 28))["2 July"] == D(2011, 7, 2)
    # a count back does not carry the story
    text = ("The offensive opened on 19 September 2023. The day before, most residents "
            "left. On 21 September, envoys met in Yevlakh.")
    assert _dates(text, dt.date(2024, 9, 30))["21 September"] == D(2024, 9, 21)


def test_the_next_day_after_an_undated_story_time_is_not_counted_from_the_day_before() -> None:
    """Round 39: "On the eve of the talks, ... The next day, ..." (the talks' day not
    written) and "On the second day of the war, ... That evening": the story has moved to a
    moment the text does not date, so the count is left open, not made from the last day."""
    ref = dt.date(2025, 8, 20)
    text = ("The envoys last spoke on 2 August 2025. On the eve of the summit, the host "
            "released a draft. The next day, the leaders signed it.")
    assert _dates(text, ref)["The next day"] is None
    text = ("Fighting broke out on 27 September 2020.\n\nBy the fourth day of the fighting, "
            "several villages had fallen. That evening the ministry spoke of losses.")
    assert _dates(text, ref)["That evening"] is None
    # the phrase inside the day's own sentence, or not heading a sentence, changes nothing
    text = ("On 2 August 2025, on the eve of the summit, the host released a draft. The next "
            "day, the leaders signed it.")
    assert _dates(text, ref)["The next day"] == D(2025, 8, 3)
    text = ("The envoys spoke on 2 August 2025. They met on the eve of the summit. The next "
            "day, the leaders signed it.")
    assert _dates(text, ref)["The next day"] == D(2025, 8, 3)


def test_years_ago_this_week_is_the_reference_week_years_back() -> None:
    """Round 39: "A year ago this week, ..." is one date, the week that held the reference
    day that many years back, not "a year ago" (the year) and this week (the page's week)."""
    found = find_dates("Two years ago this week, the talks in Brussels collapsed.",
                       dt.date(2025, 5, 14))
    assert [(d.text, d.date, d.precision) for d in found] == [
        ("Two years ago this week", D(2023, 5, 8), "week")]
    # with the page known only to its month, the year alone
    found = find_dates("Two years ago this week, the talks collapsed.", dt.date(2025, 5, 1),
                       "month")
    assert [(d.date, d.precision) for d in found] == [(D(2023, 1, 1), "year")]


def test_the_year_before_is_no_guess_in_a_story_of_an_earlier_year() -> None:
    """Round 39 (lead): "Five years ago today the war began. ... On 27 September 2020 ...\n\n
    Fuzuli fell on 17 October" in a piece of 27 September 2025: 17 October is the story's
    (2020), and 2024, a year the text never names, would be a guess; the date stays open."""
    text = ("Five years ago today the war began. Fighting broke out on 27 September 2020.\n\n"
            "Stepanakert was shelled. Fuzuli fell on 17 October after heavy fighting.")
    found = {m.text: m.date for m in find_dates(text, D(2025, 9, 27))}
    assert found["17 October"] is None
    # news with no earlier year written keeps the year before
    news = "The ministers met on 17 October in Geneva for four hours."
    assert [m.date for m in find_dates(news, D(2025, 9, 27))] == [D(2024, 10, 17)]
    # and a year-before reading within half a year is kept whatever the text wrote before
    near = "The 2020 war changed the region.\n\nThe ministers met in Geneva on 19 September."
    assert [m.date for m in find_dates(near, D(2025, 1, 10))][-1] == D(2024, 9, 19)


def test_a_document_cited_by_its_day_in_a_future_clause_is_in_the_past() -> None:
    # lead, round 41: "the talks will focus on the statement of November 9-10" in January:
    # the statement exists already, so its day is last November, not next
    got = _dates("The envoys will discuss the declaration of 14 December at their next round.",
                 dt.date(2022, 2, 1))
    assert got["14 December"] == dt.date(2021, 12, 14)
    got = _dates("The ministers are expected to review the 14 December agreement.",
                 dt.date(2022, 2, 1))
    assert got["the 14 December"] == dt.date(2021, 12, 14)
    # a signing still to come keeps its future day
    got = _dates("The ministers will sign the agreement on 14 December.", dt.date(2022, 2, 1))
    assert got["14 December"] == dt.date(2022, 12, 14)


def test_a_day_month_year_written_with_dashes_is_read_when_its_order_is_plain() -> None:
    # lead, round 42: a readout's stamp "24-10-2020"; "05-10-2020" could be either order
    got = _dates("Press release\n26-11-2019\nThe ministers met.", None)
    assert got["26-11-2019"] == dt.date(2019, 11, 26)
    got = _dates("Press release\n05-10-2020\nThe ministers met.", None)
    assert got["05-10-2020"] is None
    assert _dates("He served 10-12 years in the 2019-2020 cabinet.", dt.date(2021, 1, 1)).get(
        "10-12") is None


def test_a_wire_section_appended_under_its_own_later_dateline_tells_its_weekdays() -> None:
    # lead, round 42: a readout of Saturday 24 October with "GENEVA, 30 October (wire) - X met
    # Y on Friday" below it: that Friday is the 30th, not the 23rd
    text = ("The minister met the envoys on 23 October.\n\nGENEVA, 30 October (wire) - The "
            "envoys met the other minister on Friday.")
    found = [(d.text, d.date) for d in find_dates(text, dt.date(2020, 10, 24))]
    assert ("Friday", dt.date(2020, 10, 30)) in found


def test_an_editors_note_stamped_with_a_later_day_is_that_day() -> None:
    # lead, round 42: "EDITOR'S NOTE (added October 27):" below a page of 24 October is a later
    # day of the same year, and the note's "on Tuesday" is counted from it
    text = ("The talks took place on 23 October.\n\nEDITOR'S NOTE (added October 27): The "
            "envoys said on Monday that a new round was planned.")
    got = _dates(text, dt.date(2020, 10, 24))
    assert got["October 27"] == dt.date(2020, 10, 27)
    assert got["Monday"] == dt.date(2020, 10, 26)


def test_round46_that_month_is_the_month_of_the_year_the_text_last_named() -> None:
    # round 46: "the Minsk summit of the two presidents that October" in a 2024 obituary is
    # October of the year told before (2008), not of the page's year; "That March, ..." opening
    # a sentence likewise; "that" as a conjunction before a month ("said that May would ...")
    # is no date, and a bare month keeps its usual reading
    got = _dates("He attended talks in Moscow in November 2008, and the Minsk summit of the "
                 "two presidents that October.", D(2024, 11, 15))
    assert got["that October"] == D(2008, 10, 1)
    got = _dates("The ministers first met in 2019. That March they spoke again.",
                 D(2024, 11, 15))
    assert got["That March"] == D(2019, 3, 1)
    assert _dates("Diplomats said that May would see a new round.", D(2024, 11, 15)) == {}
    assert _dates("The talks of March were useful.", D(2024, 11, 15))["March"] == D(2024, 3, 1)


def test_round57_the_previous_evening_is_the_day_before_the_narratives_day() -> None:
    # probe round 57: "Wednesday: the ministry said the envoys had talked the previous night"
    # is the Tuesday, as "the day before" is; with no day told before it stays open
    got = _dates("Wednesday: the ministry said the envoys had talked by phone the previous "
                 "night.", D(2022, 6, 11))
    assert got["Wednesday"] == D(2022, 6, 8)
    assert got["the previous night"] == D(2022, 6, 7)
    assert _dates("The envoys had talked the previous morning.", D(2022, 6, 11)) == {
        "the previous morning": None}


def test_round58_a_sentence_opened_by_a_story_time_takes_the_storys_one_written_year() -> None:
    # probe round 58: in an anniversary piece that writes only 2016, "On the fourth day of
    # the fighting, on 5 April, ..." a paragraph on is 5 April 2016, not the page's year
    # (the carry of a full date's year stops at a paragraph); with two earlier
    # years written it stays open, and a sentence with no story-time phrase keeps its reading
    text = ("The clashes that broke out on 2 April 2016 killed scores of soldiers.\n\n"
            "On the fourth day of the fighting, on 5 April, the chiefs of staff agreed a truce "
            "in Moscow.")
    assert _dates(text, D(2021, 4, 20))["5 April"] == D(2016, 4, 5)
    two = "The talks of 2011 failed. The clashes of 2016 came next.\n\n" + text.split("\n\n")[1]
    assert _dates(two, D(2021, 4, 20))["5 April"] is None
    plain = text.replace("On the fourth day of the fighting, on 5 April,", "On 5 April")
    assert _dates(plain, D(2021, 4, 20))["5 April"] == D(2021, 4, 5)


def test_pluperfect_before_the_date_keeps_a_later_clauses_plan_off_it() -> None:
    # round 58: "had <verb> ... on <day>, and are due to meet again ...": the pluperfect tells
    # the day in the past; the plan after ", and" is the later clause's (a plan told with
    # "had agreed to" is still ahead)
    ds = find_dates("The envoys had sketched a draft at talks in Geneva on 2 March, and are "
                    "due to resume in April.", REF)
    assert (ds[0].date, ds[0].future) == (D(2024, 3, 2), False)
    ds = find_dates("The envoys had agreed to resume talks on 2 March, and will then sign.", REF)
    assert ds[0].future


def test_round59_a_year_a_naming_verb_names_dates_nothing() -> None:
    # probe round 59: "called 2025 'a year of ...'" in a New Year address is when nothing
    # happened; a year read after such a verb with a preposition, or with no name after it,
    # is still a date
    text = ('On Sunday, Aliyev proclaimed 2025 the "Year of the Constitution" and Pashinyan '
            "labelled 2026 as a year of elections.")
    assert _dates(text, D(2025, 1, 3)) == {"Sunday": D(2024, 12, 29)}
    assert _dates("The decree was named in 2021 after a vote.", REF) == {"2021": D(2021, 1, 1)}
    assert _dates("The talks he described 2022 were tense.", REF) == {"2022": D(2022, 1, 1)}


def test_round59_new_years_eve_and_day_are_their_calendar_days() -> None:
    # probe round 59: a digest of 2 January telling "On New Year's Eve, X said ..." and
    # "the same night" after it: 31 December of the year before, not undated (so "the same
    # night" was counted from the last day told before); a New Year address is no day
    text = ("The talks resumed on 20 December. On New Year's Eve, the president spoke on "
            "television; the same night the premier gave his New Year address.")
    got = _dates(text, D(2025, 1, 2))
    assert got["New Year's Eve"] == D(2024, 12, 31)
    assert got["the same night"] == D(2024, 12, 31)
    assert _dates("A ceasefire held from New Year’s Day 2021.", REF) == {
        "New Year’s Day 2021": D(2021, 1, 1)}
    assert _dates("The new year's budget passed.", REF) == {}


def test_round59_a_live_entry_does_not_count_from_a_day_told_in_an_earlier_one() -> None:
    # probe round 59: "the same day" in an entry stamped with a clock time only is not the
    # day a summary bullet or another entry told; within one entry, or under a day heading
    # over the entries, it still is
    text = ("Live: ceasefire talks\n\n- Yerevan recalled its envoy on Tuesday\n\n"
            "16:10 GMT - Talks resume\nThe ministers sat down again.\n\n"
            "11:02 GMT - Moscow weighs in\nLavrov said the same day that a deal was near. "
            "On 1 April, he flew to Baku, and two days later he was in Yerevan.\n")
    got = _dates(text, D(2024, 4, 4))
    assert got["Tuesday"] == D(2024, 4, 2)
    assert got["the same day"] is None
    assert got["two days later"] == D(2024, 4, 3)
    headed = text.replace("\n\n- Yerevan recalled its envoy on Tuesday\n\n",
                          "\n\nTuesday 2 April 2024\n\n")
    assert _dates(headed, D(2024, 4, 4))["the same day"] == D(2024, 4, 2)


def test_a_pluperfect_after_a_participle_plan_puts_its_day_behind() -> None:
    # round 59: "the round scheduled for <day> had been scrapped": the plan the bare participle
    # told lay in the past, so its year-less day is the last one, not next year's
    assert one("The envoys said the round scheduled for 3 September in Vienna had been "
               "scrapped.", D(2024, 2, 1)).date == D(2023, 9, 3)
    assert one("A summit planned for 3 September had never got under way.",
               D(2024, 2, 1)).date == D(2023, 9, 3)
    # a finite plan keeps its day ahead, even with a pluperfect after it
    assert one("The envoys will meet on 3 September as they had agreed.",
               D(2024, 2, 1)).date == D(2024, 9, 3)
    assert one("The round planned for 3 September will go ahead.", D(2024, 2, 1)).date \
        == D(2024, 9, 3)


def test_the_past_day_and_the_past_week_of_a_tally_count_back_from_the_report() -> None:
    # round 61: "violated the ceasefire 17 times over the past day / in the past week"
    text = ("Troops broke the truce nine times over the past day and 40 times in the past "
            "week, but in the last week of May there was calm.")
    found = {m.text: res(m) for m in find_dates(text, D(2021, 6, 12), "day")}
    assert found["over the past day"] == (D(2021, 6, 11), D(2021, 6, 12), "day")
    assert found["in the past week"] == (D(2021, 6, 5), D(2021, 6, 12), "day")
    assert "in the last week" not in found


def test_round61_a_day_written_as_an_ordinal_word_is_that_day() -> None:
    # probe round 61: "the fourteenth of May" was read as the month only (a protocol signed
    # that day dated May); an ordinal word up to 31 before "of" and a month is the day, with
    # a weekday before it and a year after it as for "the 14th of May"
    ref = dt.date(2021, 11, 20)
    got = _dates("The envoys signed the memorandum on the twenty-third of March.", ref)
    assert got == {"the twenty-third of March": D(2021, 3, 23)}
    got = _dates("They had last spoken on Tuesday, the second of February 2021.", ref)
    assert got == {"Tuesday, the second of February 2021": D(2021, 2, 2)}
    assert _dates("the thirty first of August", ref)["the thirty first of August"] \
        == D(2021, 8, 31)
    # not a day: an anniversary, a count of things, an ordinal with no month after "of"
    assert _dates("It was the sixteenth anniversary of the ceasefire.", ref) == {}
    assert _dates("The third of these rounds ended in June.", ref) == {"June": D(2021, 6, 1)}


def test_round61_hours_later_is_the_day_told_before_it_in_its_paragraph() -> None:
    # probe round 61: "Hours later, the sides issued a statement" after talks dated in the
    # sentence before was undated; it is that day (the statement's words were undated too)
    ref = dt.date(2022, 3, 20)
    got = _dates("The ministers met in Tbilisi on 9 March. A few hours later, both "
                 "ministries published the same readout.", ref)
    assert got["hours later"] == D(2022, 3, 9)
    got = _dates("The ministers met on 9 March. Minutes later, Baku issued a note.", ref)
    assert got["Minutes later"] == D(2022, 3, 9)
    # a count of a dozen hours or more may reach the next day; "than" compares
    assert "hours later" not in _dates("They met on 9 March. Thirty-six hours later, the "
                                       "guns fell silent.", ref)
    assert "hours later" not in _dates("They met on 9 March. Talks ended hours later than "
                                       "planned.", ref)
    # a paragraph away, the moment it counts from may be another ("a day later" or the
    # first happening); in the day's own sentence the day dates the clause itself
    got = _dates("Prisoners were freed on 9 March. Baku confirmed it a day later.\n\nAn aide "
                 "spoke two hours later.", ref)
    assert got["hours later"] is None
    got = _dates("Guns fired on 9 March and, hours later, fell silent.", ref)
    assert got["hours later"] is None


def test_round61_on_the_14th_before_a_verb_or_preposition_and_across_a_paragraph() -> None:
    # probe round 61: "The talks held on the 14th lasted six hours" (a paragraph after "met on
    # Sunday 14/07", with "since the spring" between) was no date: "on the 14th" is a day
    # before a preposition or a verb's past too, and the story's last day when that has its
    # number, whatever paragraph and month told between
    ref = dt.date(2022, 4, 20)
    got = _dates("The envoys met on 11 April, a first since the winter.\n\nThe round held "
                 "on the 11th ended late.", ref)
    assert got["the 11th"] == D(2022, 4, 11)
    got = _dates("The envoys met on 11 April. They spoke again on the 13th in Vienna.", ref)
    assert got["the 13th"] == D(2022, 4, 13)
    # another number a paragraph away stays open; a noun after the ordinal is no day
    got = _dates("The envoys met on 11 April.\n\nThe round held on the 13th ended late.", ref)
    assert got.get("the 13th") is None
    assert _dates("They met on 11 April. On the 12th floor, aides waited.", ref) == {
        "11 April": D(2022, 4, 11)}
