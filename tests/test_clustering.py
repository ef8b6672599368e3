"""Blocking in cross-article clustering finds every cluster a report may join.

`events._cluster_reports` and `meetings.cluster_meetings` compare each report only with the
clusters their indexes offer (dates that overlap), so that merging stays near n log n. Here
both are checked against a plain reference that offers every earlier cluster, on reports
drawn at random and packed into a few years, so that many clusters overlap: same types,
nearby days, long spans, year and decade dates, several reports per article, photo captions.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from karabakh_data import events, meetings
from karabakh_data.model import EventReport, MeetingReport, Span

_EVENT_PLACES = (None, None, "shusha", "lachin", "goris", "jermuk", "sotk", "nagorno-karabakh",
                 "syunik", "armenia", "azerbaijan", "lachin-corridor")
_EVENT_TYPES = ("ceasefire", "armed_clash", "armed_clash", "detention", "territorial_change")
_HEADS = ("clashes", "offensive", "war", "shelling", "truce", "handover", "border fighting")
_ACTORS = ((), ("armenia",), ("azerbaijan",), ("armenia", "azerbaijan"))
_PEOPLE = ("nikol-pashinyan", "ilham-aliyev", "ararat-mirzoyan", "jeyhun-bayramov")
_MEDIATORS = (None, None, "charles-michel", "vladimir-putin", "united-states")
_MEETING_PLACES = (None, "brussels", "prague", "moscow", "washington", "belgium", "russia")


def _random_date(rng: random.Random) -> tuple[dt.date, dt.date | None, str]:
    """A date value: mostly days, some spans, weeks, months, years and decades."""
    precision = rng.choices(("day", "week", "month", "year", "decade"), (8, 1, 3, 2, 1))[0]
    day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(3 * 366))
    end = None
    if precision == "day" and rng.random() < 0.15:  # "from 12 to 16 July", a war's weeks
        end = day + dt.timedelta(days=rng.choice((1, 3, 6, 44, 90)))
    elif precision == "month":
        day = day.replace(day=1)
    elif precision == "year":
        day = dt.date(day.year, 1, 1)
    elif precision == "decade":
        day = dt.date(2010 + 10 * rng.randrange(2), 1, 1)
    return day, end, precision


def _event_reports(seed: int, n: int) -> list[EventReport]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        date, end, precision = _random_date(rng)
        event_type = rng.choice(_EVENT_TYPES)
        head = rng.choice(_HEADS)
        told = "fighting broke out" if rng.random() < 0.2 else "it happened"
        sid = f"s{rng.randrange(25):02d}"
        anchor = 40 * i
        out.append(EventReport(
            sid, None, date, end, precision, event_type, f"{head}: {told}",
            rng.choice(_ACTORS), rng.choice(_EVENT_PLACES), rng.choice((None, None, 2, 5)),
            [Span(sid, anchor, anchor + len(head), head, "trigger")], anchor))
    return out


def _every_cluster_events(reports: list[EventReport]) -> list[events._Cluster]:
    """`events._cluster_reports` with every earlier cluster of the type as a candidate."""
    order = events._clustering_order(reports)
    outbreaks = events._outbreaks(order)
    clusters: list[events._Cluster] = []
    for r in order:
        q = events._Query.of(r)
        fits = [c for c in clusters
                if c.members[0].event_type == r.event_type and events._fits(q, c, outbreaks)]
        if q.coarse:
            fine = [c for c in fits if c.value[2] in ("day", "week")
                    and r.source_id not in c.sources]
            if len(fine) > 1:
                fits = [c for c in fits if c not in fine]
        best = events._best(fits)
        if best is None:
            best = events._Cluster(len(clusters), q.subtype, (r.date, r.date_end,
                                                             r.date_precision))
            clusters.append(best)
        best.add(r, q.subtype)
    return clusters


@pytest.mark.parametrize("seed", range(4))
def test_event_blocking_offers_every_cluster_a_report_may_join(seed: int) -> None:
    reports = _event_reports(seed, 320)
    blocked = events._cluster_reports(list(reports))
    reference = _every_cluster_events(list(reports))
    assert [[id(m) for m in c.members] for c in blocked] == \
        [[id(m) for m in c.members] for c in reference]
    # the draw is dense enough to test something: reports merge, and year- or decade-dated
    # ones meet clusters of finer dates
    assert len(blocked) < 0.8 * len(reports)
    assert any(c.value[2] in ("day", "week") and any(
        m.date_precision in ("year", "decade") for m in c.members) for c in blocked)


def _meeting_reports(seed: int, n: int) -> list[MeetingReport]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        date, end, precision = _random_date(rng)  # the extractor keeps dated meetings only
        people = tuple(rng.sample(_PEOPLE, rng.choice((1, 2, 2, 3))))
        sid = f"s{rng.randrange(25):02d}"
        anchor = 40 * i
        out.append(MeetingReport(
            sid, None, date, end, precision, rng.choice(_MEETING_PLACES), None,
            rng.choice(("in_person", "in_person", "phone")), None, False, people,
            rng.choice(_MEDIATORS), rng.choice(("held", "held", "planned")), (),
            [Span(sid, anchor, anchor + 4, "talk", "trigger")], rng.random() < 0.1, anchor))
    return out


def _month_blocked_meetings(reports: list[MeetingReport]) -> list[list[MeetingReport]]:
    """The first compatible earlier cluster whose first report's months (one either side)
    meet the report's: the rule `cluster_meetings` keeps, without its day indexes."""
    order = sorted(reports, key=lambda r: (r.from_caption, r.date or dt.date.min, r.source_id,
                                           r.anchor))
    clusters: list[meetings._Cluster] = []
    for r in order:
        months = meetings._months(r)
        target = next((c for c in clusters if set(c.months) & set(months)
                       and meetings._report_compatible(c, r)), None)
        if target is None:
            clusters.append(meetings._Cluster([r]))
        else:
            target.add(r)
    return [c.reports for c in clusters]


@pytest.mark.parametrize("seed", range(4))
def test_meeting_blocking_offers_every_cluster_a_report_may_join(seed: int) -> None:
    reports = _meeting_reports(seed, 320)
    _, ids, _ = meetings.cluster_meetings(reports)
    position = {id(r): i for i, r in enumerate(reports)}
    blocked: dict[str, set[int]] = {}
    for i, mid in enumerate(ids):
        blocked.setdefault(mid, set()).add(i)
    reference = _month_blocked_meetings(reports)
    assert sorted(map(sorted, blocked.values())) == \
        sorted(sorted(position[id(r)] for r in c) for c in reference)
    assert len(reference) < 0.9 * len(reports)  # reports do merge
    assert any(r.from_caption for c in reference if len(c) > 1 for r in c)


def test_a_year_dated_report_meets_a_cluster_begun_the_year_before() -> None:
    """A truce dated to a week that spans New Year is one the next year's report may mean."""
    def report(sid: str, date: dt.date, precision: str) -> EventReport:
        return EventReport(sid, None, date, None, precision, "ceasefire", "truce", (), None,
                           None, [Span(sid, 0, 5, "truce", "trigger")], 0)

    clusters = events._cluster_reports([report("a", dt.date(2020, 12, 28), "week"),
                                        report("b", dt.date(2021, 1, 1), "year")])
    assert [len(c.members) for c in clusters] == [2]


def test_undated_meeting_reports_are_kept_apart_and_sorted_last() -> None:
    """A caller's own reports may lack a date (the extractor never emits one): each stays a row
    of its own after the dated meetings, instead of failing the table's sort."""
    dated = _meeting_reports(7, 12)
    undated = [dataclasses.replace(r, date=None, date_end=None, date_precision=None)
               for r in _meeting_reports(8, 3)]
    rows, ids, _ = meetings.cluster_meetings(dated + undated)
    assert [row["date"] is None for row in rows] == sorted(row["date"] is None for row in rows)
    assert sum(row["date"] is None for row in rows) == 3
    assert len(set(ids[len(dated):])) == 3
