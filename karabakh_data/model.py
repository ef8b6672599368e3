"""Plain data types passed between the pipeline steps.

Per-article extraction produces *reports* (one article's account of a meeting or event, with
the spans that support each field) and statement rows. Reports from different articles are
reconciled into table rows afterwards. Everything here is picklable, so extraction can run in
worker processes or on a distributed engine.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """A supporting span of a source's clean text. `text == clean_text[start:end]`."""

    source_id: str
    start: int
    end: int
    text: str
    role: str  # trigger, date, place, participant, mediator, outcome, speaker, quote, ...


@dataclass(frozen=True, slots=True)
class DateValue:
    date: dt.date | None
    date_end: dt.date | None
    precision: str | None


@dataclass(slots=True)
class MeetingReport:
    """One article's account of one meeting (before reconciliation)."""

    source_id: str
    published: dt.date | None
    date: dt.date | None
    date_end: dt.date | None
    date_precision: str | None
    place_id: str | None
    venue: str | None
    mode: str
    level: str | None
    level_explicit: bool  # level named by explicit titles ("deputy prime ministers"), not implied
    participants: tuple[str, ...]
    mediator: str | None
    status: str
    outcomes: tuple[str, ...]
    spans: list[Span] = field(default_factory=list)
    from_caption: bool = False  # reported only in a photo caption: lower authority
    anchor: int = 0  # offset of the trigger, for ordering and ids


@dataclass(slots=True)
class EventReport:
    """One article's account of one event (before reconciliation)."""

    source_id: str
    published: dt.date | None
    date: dt.date | None
    date_end: dt.date | None
    date_precision: str | None
    event_type: str
    description: str
    actors: tuple[str, ...]
    place_id: str | None
    fatalities: int | None
    spans: list[Span] = field(default_factory=list)
    anchor: int = 0


@dataclass(slots=True)
class StatementRow:
    """One attributed utterance (statements are not merged across articles)."""

    source_id: str
    date: dt.date | None
    date_precision: str | None
    speaker_id: str
    speaker_text: str
    speaker_country: str | None
    kind: str
    text: str
    occasion: str | None
    topics: tuple[str, ...]
    char_start: int
    char_end: int
    spans: list[Span] = field(default_factory=list)
    meeting_ref: MeetingRef | None = None  # resolved to a meeting_id after reconciliation

    @property
    def statement_id(self) -> str:
        return stable_id("stm", self.source_id, self.char_start, self.char_end, self.speaker_id)


@dataclass(frozen=True, slots=True)
class MeetingRef:
    """A pointer from a statement to the meeting report it was made at or about."""

    source_id: str
    anchor: int


@dataclass
class DocFacts:
    """Everything extracted from one article."""

    source_id: str
    meetings: list[MeetingReport] = field(default_factory=list)
    events: list[EventReport] = field(default_factory=list)
    statements: list[StatementRow] = field(default_factory=list)


def stable_id(prefix: str, *parts: object) -> str:
    """A short id that depends only on `parts` (same facts -> same id on every machine)."""
    key = "|".join("" if p is None else str(p) for p in parts)
    return f"{prefix}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:12]}"
