"""Shared rules for merging reports of the same fact from several articles.

Two reports can describe the same meeting or event only if their dates are *compatible at their
precisions*: "November 2020" is compatible with "November 9, 2020"; "2023-05-24" is not with
"2023-05-25" (though the caller may still merge them on other strong evidence and record the
disagreement). Candidates are blocked by date before any pairwise comparison (a report meets
only clusters whose dates overlap its own: `events._Blocks`, `meetings.cluster_meetings`), so
merging stays close to n log n in the number of reports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TypeVar

from karabakh_data.dates import period_end
from karabakh_data.schema import PRECISIONS

T = TypeVar("T")

_RANK = {p: i for i, p in enumerate(PRECISIONS)}  # day=0 ... decade=4 (larger = coarser)


def period(date: dt.date, date_end: dt.date | None, precision: str | None) -> tuple[dt.date,
                                                                                   dt.date]:
    """The inclusive interval of days a (date, date_end, precision) value can mean."""
    last = date_end or period_end(date, precision or "day")
    return date, last


def dates_compatible(a: tuple[dt.date | None, dt.date | None, str | None],
                     b: tuple[dt.date | None, dt.date | None, str | None],
                     slack_days: int = 0) -> bool:
    """True when two (date, date_end, precision) values can refer to the same time.

    An unknown date (None) is compatible with anything: absence is not disagreement.
    """
    if a[0] is None or b[0] is None:
        return True
    a0, a1 = period(*a)  # type: ignore[arg-type]
    b0, b1 = period(*b)  # type: ignore[arg-type]
    slack = dt.timedelta(days=slack_days)
    return a0 <= b1 + slack and b0 <= a1 + slack


def finer(a: str | None, b: str | None) -> bool:
    """True when precision `a` is strictly finer than `b`."""
    if a is None:
        return False
    if b is None:
        return True
    return _RANK[a] < _RANK[b]


def describe_date(date: dt.date | None, date_end: dt.date | None, precision: str | None) -> str:
    """Human form of a date value for conflict messages: '2023-05-24', '2023-05 (month)'."""
    if date is None:
        return "unknown"
    if precision == "day" or precision is None:
        s = date.isoformat()
    elif precision == "month":
        s = f"{date:%Y-%m} (month)"
    elif precision == "year":
        s = f"{date.year} (year)"
    elif precision == "decade":
        s = f"{date.year}s (decade)"
    else:
        s = f"week of {date.isoformat()}"
    if date_end:
        s += f" to {date_end.isoformat()}"
    return s


def tally(values: Iterable[T]) -> dict[T, int]:
    """How often each value occurs, in order of first occurrence: `Counter(values)` without its
    `isinstance(values, Mapping)` test, whose ABC caches gain a few entries on every call of a
    clustering pass; those outlive the pass and keep its freed memory arenas resident."""
    counts: dict[T, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return counts


def vote(values: Iterable[str | None], label: str, prefer: Sequence[str] = ()) -> tuple[
        str | None, str | None]:
    """The value most sources give (ties broken by `prefer` order, then alphabetically) and a
    conflict message when sources disagree; None values are abstentions, not votes."""
    counts = tally(v for v in values if v is not None)
    if not counts:
        return None, None
    order = {v: i for i, v in enumerate(prefer)}
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], order.get(kv[0], len(order)), kv[0]))
    winner = ranked[0][0]
    if len(counts) == 1:
        return winner, None
    parts = ", ".join(f"{v} in {n} source{'s' if n > 1 else ''}" for v, n in ranked)
    return winner, f"{label}: {parts}"


def block_by_year(items: Sequence[object], key) -> dict[int | None, list[int]]:
    """Indices of `items` grouped by the year of `key(item)` (None for undated); comparisons
    only happen inside a block and its neighbours."""
    blocks: dict[int | None, list[int]] = {}
    for i, it in enumerate(items):
        d = key(it)
        blocks.setdefault(d.year if d else None, []).append(i)
    return blocks
