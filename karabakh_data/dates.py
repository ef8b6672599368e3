"""Date expressions in English news text, resolved to the codebook's date conventions.

Every dated row of the tables carries `date` (first day of the period), `date_end` (only for
spans) and a precision in `day | week | month | year | decade`. This module finds the words that
name a date ("May 12, 2021", "mid-May", "the fall of 2022", "last week", "in June of that
year") and turns them into those three values, keeping the exact character span so every date can
be backed by evidence.

How it works, and why:

* Recognition is a handful of regular expressions compiled once from the vocabulary in
  `data/vocab/dates.csv` (month and weekday names, seasons, cue words, unit nouns, future
  markers). All candidates are collected, checked by small rules that need the surrounding words
  (is "2000" a year or a count of soldiers? is "May" a month or a verb?), and the leftmost-longest
  non-overlapping ones are kept, so "September 2020" wins over "2020".
* Adjacent dates joined by a dash, "from ... to" or "between ... and" become one span; a year
  written only at the end ("September 27 – November 10, 2020") is shared with the start.
* Resolution runs in reading order with a small context (the last year, month and day resolved),
  because news prose anchors later dates on earlier ones ("in June of the same year").
* Relative expressions ("on Monday", "last year", year-less "May 25") resolve against the
  article's publication date only as far as its precision allows: an article known to the year
  can place "last year" but not "yesterday". What cannot be resolved is still returned, with
  `date=None`, so a caller knows that a date was named but is unknown. Nothing is guessed.
* `future` marks dates the sentence places ahead ("will meet on Monday"), which changes how
  weekdays and year-less dates resolve (the next Monday, not the last one).

Resolution decisions (the codebook leaves them open):

* Parts of a period keep the period: "mid-May", "the end of April" -> that month; "early 2022",
  "the end of the year" -> that year; "the first half of 2022" -> January-June, a month span.
* Seasons are three-month spans at month precision: spring March-May, summer June-August,
  autumn/fall September-November, winter December of the named year to February of the next
  ("winter 2022" -> 2022-12-01..2023-02-28; "the winter of 1991-92" the same way).
* A year-less month or day takes the year of a scene-setting date earlier in its sentence
  ("In 2022, ... on 6 October"; "in"/"on"/"during" + an explicit year, a season or part of
  one year ("in the fall of 2020, ... on November 9"), or a whole year named at the head of the
  sentence ("That year, in May", "Last year, in March"); not "since 2020" or "the 2020 war").
  Otherwise it takes the reference year, or the year before when that would
  put a past-context date more than about two months after the reference (the year after when
  a future-context date would fall more than two months before it).
* A bare weekday is the latest such day on or before the reference ("on Monday"), or the next
  one after it in future context; "last Friday" is strictly before, "next Friday" after.
* "a year ago/earlier/prior" count from the reference year ("a year ago today" or "tonight"
  is that very day a year back, at day precision); "a year later", "the following day",
  "that year", "the same month" count from the text's own last year, month or day. Only
  expressions that name a year ("2019", "May 2021", "last year") set "the same year".
* "the end of the year" is the reference year (news convention), not the last year mentioned;
  told in the past tense while the publication month (year) is still running ("by the end of
  the month, most had left"), "the end of the month" ("of the year") is the month (year) the
  narrative last named before the publication one, or unknown.
* A past-tense verb's year-less date ("began on 27 September") that the reference year would
  put after a day-precise publication date takes an earlier year written in its sentence ("the
  2020 war, which began on ..."), unless a weekday named with it fits the reference year.
* "on the 20th" is that day of the single day or month resolved just before it (same paragraph,
  no other date between); with no such month it is not returned at all.
* "the week of 18 September" is that week (`week` precision, its Monday), not the day.
* "12.05.2021" is day-first; "05/06/2021" (slashes, both parts <= 12) is named but unresolved,
  unless the article's other slashed dates all show one order ("14/11/2023": day first).
  Foreign orders with English month names are read: "2023 October 5", "2023. October 5."
  (at a line's start), "Wednesday, 23. October 2024".
* "That autumn" is the season of the year the text last named, "the following spring" the
  first such season after the month it last resolved; neither uses the publication date. So
  is "that June" (round 46) the month of the year the text last named.
* "the third anniversary of the 2020 war" is 2023 (a year stays a year, a day that calendar
  day so many years on); an anniversary without a count or a written date is not resolved.
* A year written once at the end of a range or list belongs to every item ("September and
  October 2020", "December 28 to January 3, 2021" -> the start in 2020).
* Durations ("for 44 days", "the last year", "over the past year", "three decades") are not dates.
* The text after an update appended below the body ("UPDATE, 21 September: ...") is told on the
  update's day, and a timeline entry headed by a full date ("28 February 2024: ...") resolves
  the year-less days and months of its line from that day: each is the reference date there.

The functions are pure and deterministic and never raise on any string input.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from karabakh_data.vocab import read_table

__all__ = [
    "PRECISIONS",
    "DateMention",
    "ReferenceInference",
    "find_dates",
    "infer_reference_date",
]

PRECISIONS = ("day", "week", "month", "year", "decade")
_RANK = {p: i for i, p in enumerate(PRECISIONS)}

# A year-less date more than this many days after the reference is taken from the year before
# (past context), or, in future context, from the year after when it is this far before it.
_SLACK_DAYS = 61
# The year before is no guess when it puts a date at most this many days back (`_guessed_back`).
_GUESS_BACK_DAYS = 183


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression found in a text, with its resolution."""

    start: int                 # char offset into the text passed in
    end: int                   # text[start:end] == self.text
    text: str
    date: dt.date | None       # first day of the period; None when it cannot be resolved
    date_end: dt.date | None   # last day, only for spans (ranges, seasons); else None
    precision: str | None      # one of PRECISIONS; None when date is None
    relative: bool             # True if resolution used the reference date
    future: bool               # True if the context marks it as future


@dataclass(frozen=True, slots=True)
class ReferenceInference:
    """A publication date inferred from an article's own words (or why none could be)."""

    date: dt.date | None
    precision: str | None
    explanation: str           # one line, says which words established it


# --------------------------------------------------------------------------------------------
# Vocabulary


@dataclass(frozen=True)
class _Vocab:
    months: dict[str, int]          # full names and abbreviations -> month
    month_full: frozenset[str]
    cue_months: frozenset[str]
    weekdays: dict[str, int]        # full names and abbreviations -> Python weekday
    weekday_full: frozenset[str]
    seasons: dict[str, int]
    decade_words: dict[str, int]
    numbers: dict[str, int]
    year_parts: dict[str, tuple[int, int]]
    year_part_abbrs: dict[str, str]  # "q3" -> "third quarter" (written "Q3 2027")
    ordinals: dict[str, int]        # "third" -> 3 (anniversaries)
    prep_cues: frozenset[str]
    strong_cues: frozenset[str]
    frame_cues: frozenset[str]
    past_bounds: frozenset[str]     # "since": the date is a start already behind the writer
    past_cues: frozenset[str]       # "back" (in October): the date lies behind the writer
    past_events: frozenset[str]     # "clashes", "offensive": a date naming one is past
    year_cues: frozenset[str]
    unit_nouns: frozenset[str]
    quantity: frozenset[str]        # may hold two-word entries ("up to")
    labels: frozenset[str]
    future_set: frozenset[str]
    future_after_set: frozenset[str]
    report_verbs: frozenset[str]
    past_verbs: frozenset[str]      # irregular past forms ("began", "met"); "-ed" is a rule
    doc_nouns: frozenset[str]       # "statement", "agreement": a date before one names a text
    doc_modifiers: frozenset[str]   # "trilateral", "joint": may stand between date and noun
    self_nouns: dict[str, str]      # "commentary" -> "page", "interview" -> "talk"
    self_verbs: frozenset[str]      # "published", "recorded"
    will_before: frozenset[str]     # "free", "political": "will" after one is the noun
    will_next: frozenset[str]       # "of", "to": "will" before one is the noun
    modals: frozenset[str]          # "may", "might": a year-less date after one lies ahead
    modal_back: frozenset[str]      # "have", "be recalled": ... unless one of these follows
    title_cues: frozenset[str]      # "titled", "banners": a quotation after one is a name
    anchor_events: frozenset[str]   # "summit", "ceasefire": "a month after the <one>"
    determiners: frozenset[str]     # "those", "his": "those 2020 talks" names a year
    year_nouns: frozenset[str]      # "polls", "figures": "2022 figures" names a year
    not_speakers: frozenset[str]    # "update", "key dates": a capitals label naming no speaker
    plan_for: frozenset[str]        # "rally", "slated": "<one> for Wednesday" is a plan's day
    story_times: frozenset[str]     # "on the eve of": a sentence's time the text leaves undated
    name_verbs: frozenset[str]      # "declared", "called": "declared 2022 the Year of X"


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    by_kind: dict[str, list[tuple[str, str]]] = {}
    for row in read_table("dates.csv"):
        word = " ".join((row.get("word") or "").lower().split())
        if word:
            by_kind.setdefault(row["kind"].strip(), []).append((word, (row.get("value") or "")))

    def words(kind: str) -> list[str]:
        return [w for w, _ in by_kind.get(kind, [])]

    def ints(kind: str) -> dict[str, int]:
        return {w: int(v) for w, v in by_kind.get(kind, [])}

    months = ints("month")
    abbr = ints("month_abbr")
    parts = {}
    for w, v in by_kind.get("year_part", []):
        a, b = v.split("-")
        parts[w] = (int(a), int(b))
    return _Vocab(
        months={**abbr, **months},
        month_full=frozenset(months),
        cue_months=frozenset(words("cue_month")),
        weekdays={**ints("weekday_abbr"), **ints("weekday")},
        weekday_full=frozenset(ints("weekday")),
        seasons=ints("season"),
        decade_words=ints("decade_word"),
        numbers=ints("number"),
        year_parts=parts,
        year_part_abbrs={w: " ".join(v.lower().split())
                         for w, v in by_kind.get("year_part_abbr", [])},
        ordinals=ints("ordinal"),
        prep_cues=frozenset(words("prep_cue")),
        strong_cues=frozenset(words("strong_cue")),
        frame_cues=frozenset(words("frame_cue")),
        past_bounds=frozenset(words("past_bound")),
        past_cues=frozenset(words("past_cue")),
        past_events=frozenset(words("past_event")),
        year_cues=frozenset(words("year_cue")),
        unit_nouns=frozenset(words("unit_noun")),
        quantity=frozenset(words("quantity")),
        labels=frozenset(words("label")),
        future_set=frozenset(w.replace("’", "'") for w in words("future")),
        future_after_set=frozenset(words("future_after")),
        report_verbs=frozenset(words("report_verb")),
        past_verbs=frozenset(words("past_verb")),
        doc_nouns=frozenset(words("doc_noun")),
        doc_modifiers=frozenset(words("doc_modifier")),
        self_nouns={w: v.strip() for w, v in by_kind.get("self_noun", [])},
        self_verbs=frozenset(words("self_verb")),
        will_before=frozenset(w for w, v in by_kind.get("noun_will", []) if v.strip() != "next"),
        will_next=frozenset(w for w, v in by_kind.get("noun_will", []) if v.strip() == "next"),
        modals=frozenset(words("modal")),
        modal_back=frozenset(w.replace("’", "'") for w in words("modal_back")),
        title_cues=frozenset(words("title_cue")),
        anchor_events=frozenset(words("anchor_event")) | frozenset(words("past_event"))
        | frozenset(words("doc_noun")),
        determiners=frozenset(words("determiner")),
        year_nouns=frozenset(words("year_noun")),
        not_speakers=frozenset(w.replace("’", "'") for w in words("not_speaker")),
        plan_for=frozenset(words("plan_for")),
        story_times=frozenset(words("story_time")),
        name_verbs=frozenset(words("name_verb")),
    )


def weekday_names() -> frozenset[str]:
    """The weekday names of the vocabulary, lower case ("monday", ...), for extractors that
    must recognise a date written as a bare weekday (abbreviations such as "Weds" are read
    by `find_dates` only)."""
    return _vocab().weekday_full


def month_names() -> frozenset[str]:
    """The full month names of the vocabulary, lower case ("january", ...): beside
    `weekday_names`, for extractors that must tell a calendar word from a name."""
    return frozenset(_vocab().month_full)


def month_number(word: str) -> int | None:
    """The month a vocabulary month name or abbreviation names ("Nov", "november" -> 11):
    for extractors comparing the month of a date left unresolved ("in November" with no year
    to give it) with a resolved one."""
    return _vocab().months.get(word.lower().rstrip("."))


def month_pattern() -> str:
    """A regex alternation of the vocabulary's month names and abbreviations, capitalised
    ("May", "Sept", "October"; an abbreviation may end with "."), longest first, closed by a
    word end: for patterns outside this module (a wire dateline) that must tell a month from
    another capitalised word ("Mayor")."""
    words = sorted(_vocab().months, key=lambda w: (-len(w), w))
    return r"(?:" + "|".join(re.escape(w.capitalize()) for w in words) + r")\.?(?![A-Za-z])"


# --------------------------------------------------------------------------------------------
# Patterns

#: A month in Roman numerals, as East European copy writes it ("13.IX.2022"), longest first.
_ROMAN_MONTHS = {r: i + 1 for i, r in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"))}
_ROMAN_MONTH = "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True))
_WS = r"[\s\u00a0]+"
_OWS = r"[\s\u00a0]*"
_DASH = r"[-\u2010-\u2015\u2212]"
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})"
_YEAR_END = r"(?![0-9]|[.,][0-9])"
# A year heading the next line as a timeline's label ("... in April\n2020: war ...") is that
# entry's year, never the year of a month or day closing the line before it
_NOT_LINE_LABEL = (r"(?!(?<=\n[0-9]{4})[ \t\u00a0]*(?::|[ \t\u00a0](?:--|[-\u2013\u2014]))"
                   r"[ \t\u00a0])")
_DAYN = r"(?:3[01]|[12][0-9]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
# A day number is not followed by more digits, a time (":30"), a decimal or a thousands group.
_DAY_END = r"(?![0-9A-Za-z]|:[0-9]|\.[0-9]|,[0-9]{3}(?![0-9]))"
# after "on the 14th": a word that is no noun of the ordinal's ("on the 14th floor"): a
# preposition, a conjunction, an auxiliary or a verb's past in "-ed"
_DOM_NEXT = (r"[ \u00a0]+(?:(?:in|at|and|or|but|when|while|with|as|after|before|between|near|"
             r"from|to|was|were|is|are|had|has)(?![A-Za-z'’-])|[a-z]{3,}ed(?![A-Za-z'’-]))")
_NOT_AFTER_WORD = r"(?<![A-Za-z0-9])"
_NOT_BEFORE_WORD = r"(?![A-Za-z0-9])"


def _w(words: str | list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """Regex alternation of lower-case words that also matches them capitalised ("the"/"The").

    The scanning patterns are case-sensitive on purpose: Python's IGNORECASE makes them about
    ten times slower, and month and weekday names must be capitalised anyway ("may" is a verb).
    Multi-word entries match any whitespace between words; longest entries come first.
    """
    items = words.split("|") if isinstance(words, str) else list(words)
    out = []
    for w in sorted(set(items), key=lambda x: (-len(x), x)):
        esc = re.escape(w).replace(r"\ ", _WS)
        if w[:1].isalpha():
            esc = f"[{w[0].upper()}{w[0].lower()}]{esc[1:]}"
        out.append(esc)
    return "|".join(out)


def _names(words: list[str]) -> str:
    """Alternation of proper names (months, weekdays): Title case or upper case only."""
    forms = {f for w in words for f in (w[:1].upper() + w[1:], w.upper())}
    return "|".join(re.escape(f) for f in sorted(forms, key=lambda x: (-len(x), x)))


def _alt(words: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """Regex alternation of words, longest first, spaces matching any whitespace."""
    ws = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", _WS) for w in ws)


# Year anchors written after a date: "last year", "of the same year", ...
_RY = "last|this|next|the same|that same|that|the following|the previous|the current"


def _prefix_last(v: _Vocab) -> dict[str, frozenset[str]]:
    """For each family, the words a backward prefix can end with: the prefix regex is only tried
    when the word before the anchor is one of them (most anchors have no prefix)."""
    wds = frozenset(v.weekdays)
    return {
        "md": wds | {"the"},
        "dmy": wds | {"the"},
        "dmyw": frozenset({"of"}),
        "num": wds,
        "iso": wds,
        "month": frozenset({"last", "this", "next", "coming", "following", "early", "mid",
                            "late", "end", "beginning", "start", "of", "that", "same"}
                           | {str(y) for y in range(1800, 2100)}),
        "season": frozenset({"last", "this", "next", "coming", "past", "the", "early", "mid",
                             "late", "that", "same", "following"}),
        "decade": frozenset({"the", "early", "mid", "late"}),
        "yearpart": frozenset({"early", "mid", "late", "of"}) | frozenset(v.year_part_abbrs),
        "rel": frozenset({"last", "this", "next", "coming", "current", "same", "that",
                          "following", "previous", "the"}),
        "ago": frozenset(v.numbers),
        "dayword": frozenset({"the", "this", "last"}),
        "partday": frozenset({"same", "that", "following", "next", "previous"}),
        "dom": frozenset({"the"}),
        "weekday": frozenset({"last", "coming", "past", "this", "next", "on", "from", "ago"}),
        "weekend": frozenset({"last", "coming", "past", "this", "next", "the"}),
        "holiday": frozenset({"new"}),
    }


# Which pattern families can start at each kind of anchor, most specific first: the first one
# that yields a date at an anchor is kept ("mid-2022" is a year part before it is a year).
_DISPATCH = {
    "dig4": ("iso", "ydm", "yearpart", "decade", "year"),   # a run of four digits
    "dig12": ("num", "dmy", "dom", "decade"),        # one or two digits
    "apos": ("decade",),                              # '90s
    "mon": ("md", "dmyw", "month"),
    "wd": ("weekday",),
    "sea": ("season",),
    "decw": ("decade",),
    "unit": ("holiday", "ago", "rel", "dayword"),
    "dw": ("partday", "dayword"),
    "wkd": ("weekend",),
    "hrs": ("hourslater",),
}


def _trie(words: list[str] | set[str]) -> str:
    """A regex matching any of `words` (a space matches any whitespace), written as a trie
    ("J(?:an(?:uary)?|u(?:ly|ne))") so a failing position is rejected after a character or two
    instead of after trying every word in turn."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [(_WS if ch == " " else re.escape(ch)) + emit(node[ch])
                for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _lower_words(phrases: frozenset[str], after: bool = False) -> re.Pattern[str]:
    """Case-sensitive pattern for lower-case phrases, to run on lower-cased text; it starts with
    a character class so the engine skips quickly to candidate positions. A phrase starts
    where no letter stands before it, except a contraction ("'ll" of "they'll"), which
    always follows one.

    `after`: a test, not a finder (see `_is_future`): the pattern starts with the character
    before the phrase, which the look-behind requires to be no letter a-z (or, before a
    contraction's apostrophe, any character), so the engine tries it only after spaces and
    punctuation. It may match where the finder does not (a letter and an apostrophe before
    the rest of any phrase), never the other way, and never at offset 0."""
    firsts = re.escape("".join(sorted({w[0] for w in phrases})))
    rests = _trie({w[1:] for w in phrases})
    if after:
        return re.compile(rf"(?:[^a-z][{firsts}]|[a-z]['’])(?:{rests})(?![a-z])")
    return re.compile(rf"[{firsts}](?:(?<=['’])|(?<![a-z].))(?:{rests})(?![a-z])")


@dataclass(frozen=True)
class _Patterns:
    anchor: re.Pattern[str]
    anchor_after: re.Pattern[str]   # the anchor after the character before it: see `_anchors`
    anchor_class: dict[str, str]
    prefix_last: dict[str, frozenset[str]]
    dispatch: dict[str, tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None, bool], ...]]
    future_before: re.Pattern[str]
    future_before_after: re.Pattern[str]   # `_lower_words(future_set, after=True)`
    future_after: re.Pattern[str]
    future_after_firsts: tuple[str, ...]   # the first words of `future_after`'s phrases
    report_verb: re.Pattern[str]
    gap_dash: re.Pattern[str]
    gap_word: re.Pattern[str]
    gap_list: re.Pattern[str]
    prefix: re.Pattern[str]
    day_cont: re.Pattern[str]
    day_lead: re.Pattern[str]
    next_word: re.Pattern[str]
    clause_cut: re.Pattern[str]
    modal: re.Pattern[str]   # "may meet", "might well resume": see `_modal_ahead`
    counted: re.Pattern[str]   # "a month after the Prague summit": see `_counted_from_event`
    prefix_at_runs: bool   # whether `_prefix_search` may try the starts of runs only


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    v = _vocab()
    mon_words = []
    for w in v.months:
        mon_words.append(w)
        if w not in v.month_full:
            mon_words.append(w + ".")
    mon = rf"(?<![A-Za-z])(?P<mon>{_names(mon_words)})(?![A-Za-z])"
    wd_alt = _names(list(v.weekdays))
    the = _w("the")
    day = rf"(?P<d>{_DAYN}){_ORD}{_DAY_END}"
    day2 = rf"(?:{_OWS}{_DASH}{_OWS}(?P<d2>{_DAYN}){_ORD}{_DAY_END})?"
    ry = rf"(?P<ry>{_w(_RY)}){_WS}year(?![A-Za-z])"
    ysuf = (rf"(?:(?:,{_OWS}|{_WS})(?:of{_WS})?(?P<y>{_YEAR}){_YEAR_END}{_NOT_LINE_LABEL}"
            rf"|{_WS}(?:of{_WS})?{ry})?")
    sep = rf"(?:{_OWS}{_DASH}{_OWS}|{_WS})"
    nb = "(?<![A-Za-z])"   # no letter before: a prefix never starts inside a word
    # Each family: (kind, forward pattern starting at its anchor word or digit, optional
    # backward prefix ending where the anchor starts, whether the prefix is required).
    # Anchor-first patterns let the regex engine skip most positions quickly; optional
    # words before the anchor ("mid-", "the end of", "last", "Monday,") are read backwards.
    fam: list[tuple[str, str, str | None, bool]] = []
    wd_pre = rf"{nb}(?P<wd>{wd_alt}),?{_WS}(?:{the}{_WS})?\Z"
    # 2023-05-22, 2023/05/22
    fam.append(("iso", rf"(?<![0-9.,/-])(?P<y>{_YEAR})(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])"
                       rf"(?P=sep)(?P<d>{_DAYN})(?![0-9]|[.,/-][0-9])",
                rf"{nb}(?P<wd>{wd_alt}),?{_WS}\Z", False))   # "Thursday, 2023-10-19" (round 37)
    # 2023 October 5 / 2023. October 5. (year first, as Hungarian, Lithuanian or East Asian
    # bylines order it); with a dot after the year only at a line's start or before a dot
    # after the day ("... in 2020. November 9 is ..." is two sentences), see `_build`; with a
    # comma only heading a line, as a timeline's entry ("2020, Nov. 10 — ..."; "In 2020, May
    # 5 ..." inside a sentence is a year and a day)
    fam.append(("ydm", rf"(?<![0-9.,/-])(?P<y>{_YEAR})(?:(?P<ydot>\.)|(?P<ycom>,))?{_WS}{mon}{_WS}"
                       rf"(?P<d>{_DAYN}){_ORD}{_DAY_END}", None, False))
    # 12.05.2021 (day first), 12/05/2021 (resolved only when unambiguous); a day span
    # "12-13.05.2021", "12-13/05/2021" as agency copy writes it; a Roman month "13.IX.2022"
    fam.append(("num", rf"(?<![0-9.,/-])(?:(?P<a1>[0-9]{{1,2}})[-\u2013])?(?P<a>[0-9]{{1,2}})"
                       # (lead, round 42) "24-10-2020" on a readout's stamp: a dash only
                       # with a four-digit year after the month (unambiguous orders only)
                       rf"(?P<sep>[./]|-(?=[0-9]{{1,2}}-{_YEAR}(?![0-9])))"
                       rf"(?:(?P<b>[0-9]{{1,2}})|(?P<rom>{_ROMAN_MONTH}))"
                       rf"(?:(?P=sep)(?P<y>{_YEAR})(?![0-9]|[.,/-][0-9])"
                       # a Roman month needs no year ("on 20.IX", "of 19-20.IX"; see `_build`)
                       rf"|(?<=[IVX])(?![A-Za-z0-9]|[./-][0-9A-Za-z])"
                       # two two-digit numbers without a year ("on 20/09", "on 10.11"), see
                       # `_short_numeric_day`
                       rf"|(?<=[0-9]{{2}}[./][0-9]{{2}})(?![0-9A-Za-z%]|[./,-][0-9]))",
                # (round 37) a weekday before it is the same day: "on Tuesday, 19.09.2023"
                rf"{nb}(?P<wd>{wd_alt}),?{_WS}\Z", False))
    # May 12, 2021 / Monday, May 22 / May 12-14 2021 / November 9 last year
    # ("Sept.19": an abbreviation's dot may stand for the space)
    fam.append(("md", rf"{mon}(?:{_WS}|(?<=\.))(?:the{_WS})?{day}{day2}{ysuf}", wd_pre, False))
    # 12 May 2021 / Friday 12 May / 12-14 May / the 12th of May / the 9/10 November statement
    # ("23. October 2024": a dot after the day, as German or Scandinavian bylines write it,
    # only with a year and at a line's start or after a weekday or a comma, see `_build`)
    fam.append(("dmy", rf"(?<![0-9.,:/-])(?P<d>{_DAYN}){_ORD}"
                       rf"(?:(?:{_OWS}{_DASH}{_OWS}|/)(?P<d2>{_DAYN}){_ORD}|(?P<ddot>\.))?"
                       rf"{_WS}(?:of{_WS})?{mon}{ysuf}",
                rf"(?:{nb}(?P<wd>{wd_alt}),?{_WS}(?:{the}{_WS})?|{nb}{the}{_WS})\Z", False))
    # (round 61) the fourteenth of July / Sunday, the first of May 2022: a day written as an
    # ordinal word ("the fourteenth anniversary of" is no day: "of" and a month must follow)
    ordw = "|".join(re.escape(w).replace(r"\-", "[- ]") for w in sorted(
        (w for w, n in v.ordinals.items() if n <= 31), key=len, reverse=True))
    fam.append(("dmyw", rf"{mon}{ysuf}",
                rf"(?:{nb}(?P<wd>{wd_alt}),?{_WS})?{nb}{the}{_WS}(?P<dord>{ordw}){_WS}of{_WS}\Z",
                True))
    # "on the 20th." / "on the 20th, ...": a day of the month the text is speaking of; only
    # before punctuation ("on the 20th anniversary" is no date), or (round 61) before a
    # preposition or a verb's past ("talks held on the 14th lasted ...", "on the 14th in X")
    fam.append(("dom", rf"(?<![0-9.,:/-])(?P<d>{_DAYN})(?:st|nd|rd|th)(?=[.,;:!?)]|{_DOM_NEXT})",
                rf"(?<=(?<![A-Za-z])[Oo]n[\s\u00a0])the{_WS}\Z", True))
    # May 2021 / mid-May / the end of April / last November / June of that year
    part_m = (rf"(?:{nb}(?P<part>{_w('early|mid|late')}){sep}"
              rf"|{nb}(?P<part2>{_w('end|beginning|start')}){_DASH}"
              rf"|{nb}{the}{_WS}(?P<partn>end|beginning|start|middle|first{_WS}half"
              rf"|second{_WS}half){_WS}of{_WS})")
    fam.append(("month", rf"{mon}{ysuf}",
                rf"(?:(?:{nb}(?P<rm>{_w('last|this|next|coming|the following')}){_WS})?"
                rf"(?:{part_m})?"
                rf"|{nb}(?P<rs>{_w('that same|that')}){_WS}"
                rf"|(?<![0-9.,])(?P<ypre>{_YEAR}){_WS})\Z", False))
    # the fall of 2022 / autumn 2020 / winter 2022-23 / last summer / in the spring
    fam.append(("season", rf"{nb}(?P<season>{_w(list(v.seasons))})(?![A-Za-z])"
                          rf"(?:(?:,?{_WS})(?:of{_WS})?(?P<y>{_YEAR}){_NOT_LINE_LABEL}"
                          rf"(?:{_OWS}(?:{_DASH}|/){_OWS}(?P<y2>[0-9]{{4}}|[0-9]{{2}}))?{_YEAR_END}"
                          rf"|{_WS}of{_WS}{ry})?",
                rf"(?:{nb}(?P<rm>{_w('last|this|next|coming|past')}){_WS}"
                rf"|{nb}(?P<rs>{_w('that same|that|the following')}){_WS})?"
                rf"(?:{nb}(?P<the>{the}){_WS})?(?:{nb}(?P<part>{_w('early|mid|late')}){sep})?\Z",
                False))
    # the 1990s / the early 90s / mid-1990s / the nineties
    fam.append(("decade", rf"(?:(?<![0-9.,A-Za-z])(?P<dec>(?:1[89]|20)[0-9]0|['’]?[0-9]0)['’]?s"
                          rf"|{nb}(?P<decw>{_w(list(v.decade_words))})){_NOT_BEFORE_WORD}",
                rf"(?:{nb}(?P<the>{the}){_WS})?(?:{nb}(?P<part>{_w('early|mid|late')}){sep})?\Z",
                False))
    # 1988 / 1992-1994 / 1992–94 / 2022/23
    fam.append(("year", rf"(?<![0-9A-Za-z$€£#.,/-])(?P<y>{_YEAR})"
                        rf"(?:{_OWS}(?:{_DASH}{{1,2}}|/){_OWS}(?P<y2>{_YEAR}|[0-9]{{2}}))?"
                        rf"(?![0-9]|[.,][0-9]|%|s\b)", None, False))
    # early 2022 / mid-2022 / the end of 2022 / the first half of 2023 / Q3 2027 / H1 2024
    yparts = _alt(list(v.year_parts))
    yabbr = _names([w.upper() for w in v.year_part_abbrs])
    fam.append(("yearpart", rf"(?<![0-9.,])(?P<y>{_YEAR}){_YEAR_END}(?!['’]?s\b)",
                rf"(?:(?<![A-Za-z0-9])(?P<parta>{yabbr})[ \u00a0]+"
                rf"|{nb}(?P<part>{_w('early|mid|late')}){sep}"
                rf"|{nb}{the}{_WS}(?P<partn>end|beginning|start|middle|{yparts}){_WS}of{_WS})\Z",
                True))
    # (round 59) New Year's Eve / New Year's Day (2024): the calendar day each names, read as
    # "31 December" / "1 January" are (a New Year's address is no day: it may be either)
    fam.append(("holiday", rf"Year['’]s{_WS}(?P<hol>[Ee]ve|Day)(?![A-Za-z'’-])"
                           rf"(?:,?{_WS}(?P<y>{_YEAR}){_YEAR_END})?",
                rf"{nb}New{_WS}\Z", True))
    # last week / earlier this month / by the end of this year / the same month / that day
    rms = ("last|this|next|coming|current|the coming|the current|the same|that same|that"
           "|the following|the previous|the next|the")
    fam.append(("rel", rf"{nb}(?P<unit>day|week|month|year)(?![A-Za-z])",
                # "earlier in the day", "later in the day": the narrative's day
                rf"(?:{nb}(?P<inpart>{_w('earlier|later')}){_WS}in{_WS}the{_WS}\Z|"
                rf"(?:{nb}(?P<part>{_w('early|earlier|late|later|mid')}){sep}"
                rf"|{nb}{the}{_WS}(?P<partn>end|beginning|start|middle|{yparts}){_WS}of{_WS})?"
                rf"{nb}(?P<rm>{_w(rms)}){_WS}\Z)", True))
    # three days ago / a year earlier / two months later ("ten days later than planned"
    # compares, it dates nothing)
    fam.append(("ago", rf"{nb}(?P<unit>day|week|fortnight|month|year)s?{_WS}"
                       rf"(?P<dir>ago|earlier|prior|before|later|after){_NOT_BEFORE_WORD}"
                       rf"(?!{_WS}than{_NOT_BEFORE_WORD})",
                rf"{_NOT_AFTER_WORD}(?P<n>{_w(list(v.numbers))}|[0-9]{{1,2}}){_WS}\Z", True))
    # yesterday / today / tomorrow / this morning / the day before / the following day
    dws = ("day before yesterday|day after tomorrow|yesterday|today|tonight|tomorrow"
           "|morning|afternoon|evening|day before|day after|eve|overnight|night")
    fam.append(("dayword", rf"{nb}(?P<dw>{_w(dws)})(?![A-Za-z])",
                rf"{nb}(?P<pre>{_w('the|this|last')}){_WS}\Z", False))
    # the same evening / the following morning / later that night: a part of the narrative's
    # day (or of the day after it), read as that day
    fam.append(("partday", rf"{nb}(?P<unit>morning|afternoon|evening|night)(?![A-Za-z])",
                rf"(?:{nb}(?P<part>{_w('early|earlier|late|later')}){_WS})?"
                rf"{nb}(?P<rm>{_w('the same|that same|that|the following|the next|the previous')})"
                rf"{_WS}\Z", True))
    # (round 61) hours later / minutes later: later on the narrative's day (`_build`)
    fam.append(("hourslater", rf"{nb}(?:{_w('hours|minutes|moments')}){_WS}later(?![A-Za-z'’-])"
                         rf"(?!{_WS}than{_NOT_BEFORE_WORD})", None, False))
    # Monday / last Friday / next Tuesday
    rmw = ("last|this coming|this past|this|next|coming|past|a week on|a week from"
           "|a week ago|a week last")
    fam.append(("weekday", rf"{nb}(?P<wd>{wd_alt})(?![A-Za-z])",
                rf"{nb}(?P<rm>{_w(rmw)}){_WS}\Z", False))
    # over the weekend / at the weekend / last weekend / this coming weekend: the Saturday and
    # Sunday next to the publication day ("the weekend" alone needs "over"/"at"/"during")
    fam.append(("weekend", rf"{nb}weekend(?![A-Za-z'’-])",
                rf"(?:{nb}(?P<pw>{_w('over|at|during|on')}){_WS})?"
                rf"{nb}(?P<rm>{_w('this past|this coming|the|this|last|past|next|coming')}){_WS}\Z",
                True))
    # One scan finds every anchor; its class says which families to try there. The pattern
    # starts with a character class (the anchors' first characters) so the regex engine can
    # skip quickly to candidate positions; the word found is then classified by lookup.
    classes: dict[str, str] = {}
    for cls, ws, proper in (("mon", v.months, True), ("wd", v.weekdays, True),
                            ("sea", v.seasons, False), ("decw", v.decade_words, False),
                            ("unit", ("day", "days", "week", "weeks", "fortnight", "fortnights",
                                      "month", "months", "year", "years"), False),
                            ("dw", ("yesterday", "today", "tonight", "tomorrow", "morning",
                                    "afternoon", "evening", "night", "eve", "overnight"), False),
                            ("wkd", ("weekend",), False),
                            ("hrs", ("hours", "minutes", "moments"), False)):
        for w in ws:
            for form in ((w.capitalize(), w.upper()) if proper else (w, w.capitalize())):
                classes.setdefault(form, cls)
    firsts = "".join(sorted({w[0] for w in classes} | set("0123456789'’")))
    rests = {w[1:] for w in classes if len(w) > 1}
    # After the first character: a digit run, an apostrophe ("'90s"), or the rest of a word.
    body = rf"(?:(?<=[0-9])[0-9]*|(?<=['’])(?=[0-9])|{_trie(rests)}(?![A-Za-z]))"
    anchor = rf"[{re.escape(firsts)}](?<![A-Za-z0-9].){body}"
    compiled = {k: (k, re.compile(f), re.compile(p) if p else None, req) for k, f, p, req in fam}
    ci = re.IGNORECASE   # only for short look-around windows, where speed does not matter
    return _Patterns(
        anchor=re.compile(anchor),
        anchor_after=re.compile(rf"[^A-Za-z0-9]([{re.escape(firsts)}]{body})"),
        anchor_class=classes,
        prefix_last=_prefix_last(v),
        dispatch={cls: tuple(compiled[k] for k in kinds) for cls, kinds in _DISPATCH.items()},
        future_before=_lower_words(v.future_set),
        future_before_after=_lower_words(v.future_set, after=True),
        future_after=_lower_words(v.future_after_set),
        future_after_firsts=tuple(sorted({w.split()[0] for w in v.future_after_set})),
        report_verb=_lower_words(v.report_verbs),
        gap_dash=re.compile(rf"{_OWS}{_DASH}{{1,2}}{_OWS}"),
        gap_list=re.compile(rf"{_OWS},?{_OWS}(?:(?:and|or){_WS}(?:(?:on|in){_WS})?)?"),
        gap_word=re.compile(rf"{_WS}(?P<w>to|until|till|through|and|into){_WS}", ci),
        prefix=re.compile(rf"(?<![A-Za-z])(?P<p>from|between){_WS}\Z", ci),
        day_cont=re.compile(rf"{_OWS}(?:(?P<w>to|until|till|through|and)|{_DASH}{{1,2}}|(?P<sl>/))"
                            rf"{_OWS}"
                            rf"(?P<d2>{_DAYN}){_ORD}{_DAY_END}"
                            rf"(?:,?{_WS}(?P<y>{_YEAR}){_YEAR_END})?", ci),
        # "from 12 to 14 May"; without "from"/"between" ("the night of 12 to 13 May") see
        # `_merge` for the narrower reading
        day_lead=re.compile(rf"(?:(?<![A-Za-z])(?P<p>from|between){_WS}|(?<![\w.,:/-]))"
                            rf"(?P<d1>{_DAYN}){_ORD}{_WS}(?P<w>to|until|till|through|and)"
                            rf"{_WS}\Z", ci),
        next_word=re.compile(r"[\s\u00a0]*(?:-[\s\u00a0]*)?([A-Za-z’'.]+)"),
        # "[;:...]|,\s+(which|...)", written with one leading class (see `_SENT_END`)
        # the colon of a clock time ("at 11:00 on Thursday") cuts no clause
        clause_cut=re.compile(r"[;:“”\"«»()\[\],](?:(?<![,:])|(?<=:)(?![0-9])|"
                              r"(?<=,)[\s\u00a0]+(?:which|who|whom"
                              r"|whose|where|while|but|although|though|after|before|since|when)\b)",
                              ci),
        # case-sensitive: "May" the month is never the modal; one adverb may follow it
        modal=re.compile(rf"(?<![A-Za-z])(?:{_alt(v.modals)}){_WS}(?!(?:(?:not|also|well|still|"
                         rf"yet|even|[a-z]+ly){_WS})?(?:{_alt(v.modal_back)})(?![a-z]))[a-z]"),
        counted=re.compile(rf"(?<![A-Za-z])(?i:(?P<n>[0-9]{{1,2}}|{_alt(v.numbers)})|the)"
                           rf"{_WS}(?P<unit>day|week|month|year)s?{_WS}(?P<dir>after|before)"
                           rf"{_WS}the{_WS}(?:(?P<name>[A-Z][a-z]+){_WS})?"
                           rf"(?P<noun>{_alt(v.anchor_events)})(?![A-Za-z-])"),
        # Every prefix pattern starts with a word from the code or with a number or weekday
        # word from the vocabulary, or with a digit: see `_prefix_search`.
        prefix_at_runs=all(w[:1].isascii() and w[:1].isalpha()
                           for w in (*v.numbers, *v.weekdays)),
    )


# --------------------------------------------------------------------------------------------
# Parsing into atoms


class _Atom:
    """A recognised expression before resolution (mutable: ranges fill in missing years)."""

    __slots__ = ("a", "b", "d", "d2", "dec", "dir", "dmy", "dw", "end", "kind", "m", "months",
                 "n", "part", "rm", "ry", "season", "slash", "start", "unit", "wd", "y", "y2")

    def __init__(self, kind: str, start: int, end: int) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.y: int | None = None
        self.y2: int | None = None
        self.m: int | None = None
        self.d: int | None = None
        self.d2: int | None = None
        self.wd: int | None = None
        self.rm: str | None = None
        self.ry: str | None = None
        self.part: str | None = None
        self.months: tuple[int, int] | None = None
        self.season: int | None = None
        self.dec: int | None = None
        self.unit: str | None = None
        self.n: int = 0
        self.dir: str | None = None
        self.dw: str | None = None
        self.dmy = False
        self.a: _Atom | None = None
        self.b: _Atom | None = None
        # a numeric date with slashes: "dm" or "md" for the order it shows ("13/12/2023"),
        # or both numbers when they cannot be told apart ("06/10/2022")
        self.slash: str | tuple[int, int] | None = None


def _norm(s: str | None) -> str | None:
    return " ".join(s.lower().split()) if s else None


_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'’"
_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_SKIP_WORDS = " \t\n\r\u00a0([,."
_SKIP_PREFIX = " \t\n\r\u00a0,-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


def _prev_words(text: str, pos: int, n: int = 2) -> list[str]:
    """Up to `n` lower-case words before `pos`, nearest first, within 60 characters: skip
    spaces, brackets and punctuation, then take the run of letters (this runs for most
    candidates, so it strips character sets instead of looping over characters)."""
    s = text[max(0, pos - 60):pos].rstrip(_SKIP_WORDS)
    rest = s.rstrip(_LETTERS)
    if len(rest) == len(s):
        return []
    out = [s[len(rest):].lower().replace("’", "'")]
    if n == 1:
        return out  # most callers want the one word before: no loop
    s = rest
    while len(out) < n:
        s = s.rstrip(_SKIP_WORDS)
        rest = s.rstrip(_LETTERS)
        if len(rest) == len(s):
            break
        out.append(s[len(rest):].lower().replace("’", "'"))
        s = rest
    return out


def _prev_token(text: str, pos: int) -> str:
    """The letters-or-digits token before `pos` (within 30 characters), skipping spaces,
    commas and dashes."""
    s = text[max(0, pos - 30):pos].rstrip(_SKIP_PREFIX)
    return s[len(s.rstrip(_ALNUM)):].lower()


def _next_word(text: str, pos: int) -> str:
    m = _patterns().next_word.match(text, pos, min(len(text), pos + 40))
    return m.group(1).lower().rstrip(".") if m else ""


def _cued(text: str, pos: int, extra: frozenset[str] = frozenset()) -> bool:
    prev = _prev_words(text, pos, 1)
    v = _vocab()
    return bool(prev) and (prev[0] in v.prep_cues or prev[0] in extra)


def _is_count(text: str, start: int, end: int, prev: list[str] | None = None) -> bool:
    """True when the number at text[start:end] reads as a quantity or label, not a year.
    `prev` is `_prev_words(text, start, 2)` when the caller has it already."""
    v = _vocab()
    if prev is None:
        prev = _prev_words(text, start, 2)
    before = text[max(0, start - 2):start]
    if "$" in before or "€" in before or "£" in before or "#" in before:
        return True
    if prev and (prev[0] in v.labels or prev[0].rstrip(".") in v.labels):
        return True
    if prev and (prev[0] in v.quantity or " ".join(reversed(prev[:2])) in v.quantity):
        return True
    nxt = _next_word(text, end)
    if nxt in v.unit_nouns:
        return not (prev and prev[0] in v.strong_cues)
    return False


def _roman_day(text: str, g: dict[str, str | None], at: _Atom, a: int, b: int) -> _Atom | None:
    """A day (or a day span) with a Roman month and no year ("on 20.IX", "the offensive of
    19-20.IX"), read as "20 September" is: only after a `prep_cue` word or heading its line,
    so a numbered part ("Chapter 2.IV", "Annex 3.II") stays no date."""
    if not (_cued(text, at.start) or _line_head(text, at.start)):
        return None
    if g.get("a1"):
        if not 0 < int(g["a1"]) < a:
            return None
        at.d, at.d2 = int(g["a1"]), a
    else:
        at.d = a
    at.kind, at.dmy, at.m = "md", True, b
    return at


def _short_numeric_day(text: str, g: dict[str, str | None], at: _Atom, a: int,
                       b: int) -> _Atom | None:
    """A day and month in digits without a year ("is due on 20/09", "met on 10.11"), as
    agency copy writes them: only right after "on" or a weekday, two digits each, no day
    span and no unit after ("on 12.50 hectares" is a measure). Dotted ones are day first;
    a slashed one only when its first number is above 12 ("20/09")."""
    if g.get("a1") or not 0 < a <= 31 or not 0 < b <= 12:
        return None
    if (at.wd is None and _prev_words(text, at.end - 5, 1) != ["on"]) \
            or _next_word(text, at.end) in _vocab().unit_nouns:
        return None            # "on Friday, 20.09" has its cue in the weekday
    if g["sep"] == "/" and not a > 12 >= b and a != b:
        return None            # "on 11/10" (either order), "on 11/20" (may be November 2020)
    at.kind, at.dmy, at.d, at.m = "md", True, a, b
    if g["sep"] == "/" and a != b:
        at.slash = "dm"
    return at if at.d <= _days_in_month(2024, at.m) else None


_DAY_OF = re.compile(r"[0-9]{1,2}[ \u00a0]+of[ \u00a0]")


def _numbers_a_part(text: str, start: int) -> bool:
    """True when the day number opening `text[start:]` follows a label of the `label` list
    and "of" before the month ("Article 5 of May's draft", "point 9 of November's statement"):
    the number is the clause's, so the words are no day of the month."""
    if _DAY_OF.match(text, start) is None:
        return False           # "the 9th of November" (a prefix read), "point 9 May"
    prev = _prev_words(text, start, 1)
    v = _vocab()
    return bool(prev) and (prev[0] in v.labels or prev[0].rstrip(".") in v.labels)


_DESCRIBED_UNIT = re.compile(r"[ \u00a0]+([A-Za-z][a-z]+(?:-[a-z]+)?)[ \u00a0]+([a-z]+)"
                             r"(?![A-Za-z])")


def _counts_described_units(text: str, end: int) -> bool:
    """A bare year-like number before one describing word and a `unit_noun` ("2023 displaced
    families", "1990 Armenian soldiers") counts them; the caller checks that no cue ("in",
    "the", a month) stands before the number."""
    m = _DESCRIBED_UNIT.match(text, end)
    if m is None:
        return False
    v = _vocab()
    w1 = m.group(1).lower()
    return m.group(2) in v.unit_nouns and w1 not in v.unit_nouns and w1 not in v.past_events \
        and w1 not in v.doc_nouns and w1 not in v.months and w1 not in v.weekdays


_PLURAL_AFTER = re.compile(r"[ \u00a0]+([a-z]{2,}s)(?![A-Za-z0-9'’-])")
_WORD_RIGHT_BEFORE = re.compile(r"[A-Za-z][ \u00a0]+\Z")


def _counts_plural(text: str, start: int, end: int, prev: list[str]) -> bool:
    """A bare year-like number right after a word (no punctuation between) and before a
    lower-case plural noun counts it ("while 1990 volunteers joined", "said 2024 delegates
    came"); the caller checks that no cue ("in", "the", "its", a month) stands before it. A
    determiner before it ("those 2020 talks"), or a noun that names a dated thing ("2021
    elections", "2022 figures", "2020 clashes": `year_noun`, `anchor_event` words), keeps the
    year, and so does a number opening its sentence (a headline's "2020 elections: ...")."""
    m = _PLURAL_AFTER.match(text, end)
    if m is None or not prev or _WORD_RIGHT_BEFORE.search(text, max(0, start - 3), start) is None:
        return False
    v = _vocab()
    w = m.group(1)
    return prev[0] not in v.determiners and not w.endswith(("ss", "us", "is")) \
        and w not in v.year_nouns and w not in v.anchor_events


# A year in brackets right after a number is the year of a numbered document, part of its
# name ("Resolution 2527 (2024)", "resolutions 853 and 884 (1993)"): the document's number
# and year, not a time the sentence's happenings are set in.
_NUMBERED_BEFORE = re.compile(r"[0-9][ \u00a0]?\(\Z")
#: after a year a `name_verb` names: the name or description given to it ("declared 2022 the
#: Year of X", "called 2024 "the year of ..."", "described 2023 as ...")
_NAMED_AFTER = re.compile(r"[ \u00a0]+(?:(?:the|a|an|as)[ \u00a0]|[\"“‘«'])")


_DAYWORDS = frozenset({
    "yesterday", "today", "tonight", "tomorrow", "this morning", "this afternoon", "this evening",
    "the day before yesterday", "the day after tomorrow", "the day before", "the day after",
    "last night", "overnight"})

# "overnight" dates a happening only as an adverb ("clashes broke out overnight along the
# border", "Overnight, drones struck ..."): before punctuation or a word that starts a phrase
# of place, manner or time. "overnight talks", "an overnight stay" describe; "overnight into
# Tuesday", "overnight on 13 September" leave the date to the day they name.
_OVERNIGHT_ADVERB = re.compile(
    r"[ \u00a0]*(?:[,.;:)\u2013\u2014]|\Z|[ \u00a0]+-[ \u00a0]"
    r"|[ \u00a0](?:along|in|near|at|across|and|as|with|after|before|when|while|around"
    r"|outside|inside|against|throughout|amid|despite|killing|wounding|injuring|leaving"
    r"|according)(?![A-Za-z]))")


# the word right before "hours later": a count of them ("two", "36", "forty-eight")
_HOURS_COUNT = re.compile(r"(?<![A-Za-z0-9-])([A-Za-z0-9]+(?:-[A-Za-z]+)?)[ \u00a0]+\Z")
# (round 46) after "that <Month>": the end of its clause or a preposition or conjunction, so
# the month is a time adverbial, not a clause's subject
_MONTH_ENDS_CLAUSE = re.compile(r"[ \u00a0]*(?:[,.;:)\u2013\u2014]|\Z|[ \u00a0]+(?:in|at|on|and|"
                                r"when|after|before|with|for|to|as|while)(?![A-Za-z]))")
# the words before a lower-case "that" of "that autumn" (its capital opens a sentence)
_NARRATIVE_SEASON_AFTER = frozenset({"in", "during", "by", "until", "till", "through", "since",
                                     "of", "from"})


def _build(kind: str, g: dict[str, str | None], start: int, end: int,
           text: str) -> _Atom | None:
    """Turn one match (groups `g`, span start-end) into an atom, or None when the words around
    it say it is no date."""
    v = _vocab()
    at = _Atom(kind, start, end)
    if g.get("wd"):
        at.wd = v.weekdays[g["wd"].lower()]
    if g.get("mon"):
        at.m = v.months[g["mon"].lower().rstrip(".")]
    if g.get("y"):
        at.y = int(g["y"])
    if g.get("ry"):
        at.ry = _norm(g["ry"])
    if g.get("rm"):
        at.rm = _norm(g["rm"])
    if kind == "iso":
        at.kind, at.m, at.d = "ymd", int(g["m"]), int(g["d"])
        return at
    if kind == "num":
        rom = g.get("rom")
        a, b = int(g["a"]), (_ROMAN_MONTHS[rom] if rom else int(g["b"] or 0))
        if at.y is None:
            return _roman_day(text, g, at, a, b) if rom else _short_numeric_day(text, g, at, a, b)
        at.kind = "ymd"
        if g.get("a1"):
            a1 = int(g["a1"])
            if not 0 < a1 < a or (g["sep"] == "/" and (a - a1 > _BARE_SPAN_DAYS or b > 12)):
                return None        # "3-12/05/2021": no day span read (a slashed one is short)
            at.d, at.d2, at.m = a1, a, b
            return at
        if rom or g["sep"] == "." or (a > 12 >= b) or a == b:  # "08/08/2025": one way only
            at.d, at.m = a, b
            if g["sep"] == "/" and a != b:
                at.slash = "dm"
        elif b > 12 >= a:
            at.m, at.d = a, b
            at.slash = "md"
        else:
            at.m = at.d = None      # 05/06/2021: day and month cannot be told apart
            at.slash = (a, b)       # ... unless the article's other slashed dates show its order
            if at.wd is not None and at.y is not None:
                # "Tuesday, 12/05/2023": the order whose day is that weekday (5 December)
                fits = [o for o, (d, m) in (("dm", (a, b)), ("md", (b, a)))
                        if _weekday_of(at.y, m, d) == at.wd]
                if len(fits) == 1:
                    at.slash = fits[0]
                    at.d, at.m = (a, b) if fits[0] == "dm" else (b, a)
        return at
    if kind == "dom":
        at.d = int(g["d"])
        return at
    if kind == "holiday":
        at.kind = "md"
        at.m, at.d = (12, 31) if (g["hol"] or "").lower() == "eve" else (1, 1)
        return at
    if kind == "ydm":
        if g.get("ydot") and not (text.startswith(".", end) or _line_head(text, start)):
            return None
        if g.get("ycom") and _LINE_HEAD.search(text, max(0, start - 8), start) is None:
            return None
        at.kind, at.d = "ymd", int(g["d"])
        return at
    if g.get("ddot") and (at.y is None or (g.get("wd") is None and not _line_head(text, start)
                                           and not text[max(0, start - 2):start].startswith(","))):
        return None            # "rose to 23. October 2024 was ..." is two sentences
    if g.get("ddot") and g.get("wd") is None and _numbered_line(text, start):
        return None            # "1. January 2021: ...", "2. June 2021: ...": a list's numbers
    if kind == "dmyw":
        at.kind, at.dmy = "md", True
        at.d = v.ordinals["-".join(g["dord"].replace("-", " ").split())]
        return at
    if kind in ("md", "dmy"):
        if kind == "dmy" and _numbers_a_part(text, start):
            return None            # "point 9 of November's statement": a clause, no day
        at.kind, at.dmy = "md", kind == "dmy"
        at.d = int(g["d"])
        if g.get("d2"):
            at.d2 = int(g["d2"])
            if at.d2 <= at.d:
                return None
        return at
    if kind == "month":
        if g.get("ypre") and not at.y and not at.ry:
            at.y = int(g["ypre"])      # "the 2016 April war"
        if g.get("rs") and not at.y and not at.ry:
            # (round 46) "That June, ...", "met again that June in X": the month of the year
            # the text last named (as "that autumn"); a lower-case "that" only after a
            # preposition or a comma, or ending its clause ("... that June."), else it may be
            # a conjunction ("said that June would ...")
            if g["rs"][0] == "t" and not text[max(0, start - 30):start].rstrip().endswith(
                    ",") and _prev_token(text, start) not in _NARRATIVE_SEASON_AFTER and \
                    _MONTH_ENDS_CLAUSE.match(text, end) is None:
                return None
            at.ry = "that"
        tok = g["mon"].lower()
        part = g.get("part") or g.get("part2") or g.get("partn")
        at.part = _norm(part)
        has_anchor = at.y or at.ry or at.rm or part
        if tok.rstrip(".") not in v.month_full and not (at.y or at.ry):
            return None            # "Dec" or "Mar" alone is a name, not a month
        if tok.endswith("."):
            return None if not at.y and not at.ry else at
        if (not has_anchor and tok in v.cue_months
                and not _cued(text, at.start, frozenset({"the"}) if tok != "may" else frozenset())):
            return None            # "May" the verb, "march" the noun
        return at
    if kind == "season":
        at.season = v.seasons[g["season"].lower()]
        if g.get("rs") and at.y is None and at.ry is None:
            # "That autumn, ...", "by the following spring": the season of the narrative's
            # year (see `_resolve_season`); a lower-case "that" only after a preposition or a
            # comma ("said that spring talks ..." is a conjunction)
            rs = g["rs"]
            if rs.startswith("that") and not text[max(0, start - 30):start].rstrip().endswith(
                    ",") and _prev_token(text, start) not in _NARRATIVE_SEASON_AFTER:
                return None
            at.ry = "that" if rs[2] == "a" else "following"
        at.part = _norm(g.get("part"))
        if g.get("y2"):
            y2 = int(g["y2"])
            if y2 < 100:
                y2 += at.y // 100 * 100
            if not (at.y <= y2 <= at.y + 1):
                return None
            at.y2 = y2
        has_the = g.get("the") is not None
        if at.y is None and at.ry is None and at.rm is None:
            # A bare season needs "in the"/"during the"...; never "the fall of <not a year>".
            nxt = text[end: end + 4].lower()
            if not has_the or nxt.strip().startswith("of") or not _cued(text, at.start):
                return None
        elif (g["season"] == "fall" and at.rm is None and not has_the
              and not _cued(text, at.start)):
            return None            # "fall" the verb: a lower-case "fall 2020" needs a cue
        return at
    if kind == "decade":
        if g.get("decw"):
            if not g.get("the"):
                return None
            at.dec = v.decade_words[g["decw"].lower()]
        else:
            raw = g["dec"].lstrip("'’")
            has_the = bool(g.get("the") or g.get("part"))
            if not has_the and text[end - 2] in "'’" and g["dec"][0] not in "'’":
                return None        # "2020's talks" is a year's, not a decade
            if len(raw) == 2:
                if not (g.get("the") or g.get("part") or g["dec"][0] in "'’"):
                    return None    # "in his 90s" is an age
                at.dec = (2000 if raw[0] in "012" else 1900) + int(raw)
            else:
                at.dec = int(raw)
        at.part = _norm(g.get("part"))
        return at
    if kind == "year":
        if g.get("y2"):
            y2 = int(g["y2"])
            if y2 < 100:
                y2 += at.y // 100 * 100
            if not (at.y < y2 <= at.y + 100):
                return None
            if _next_word(text, at.end) in v.unit_nouns:
                return None
            at.y2 = y2
            return at
        if text.startswith(")", at.end) and _NUMBERED_BEFORE.search(
                text, max(0, at.start - 4), at.start) is not None:
            return None            # "Resolution 2527 (2024)", "884 (1993)": a document's label
        prev2 = _prev_words(text, at.start, 2)
        prev = prev2[:1]  # == _prev_words(text, at.start, 1)
        cued = bool(prev) and (prev[0] in v.prep_cues or prev[0] in v.year_cues
                               or prev[0] in v.months or prev[0].endswith("'s"))
        if _is_count(text, at.start, at.end, prev2):
            return None
        if not cued and _counts_described_units(text, at.end):
            return None            # "officials said 2023 displaced families had settled"
        if not cued and _counts_plural(text, at.start, at.end, prev2):
            return None            # "while 1990 volunteers joined the protest"
        if not cued and at.y < 1900:
            return None
        if prev and prev[0] in v.name_verbs and _NAMED_AFTER.match(text, at.end) is not None:
            return None            # (round 59) "declared 2022 the Year of X": the year named
        return at
    if kind == "yearpart":
        part = _norm(g.get("part") or g.get("partn"))
        if g.get("parta"):
            part = v.year_part_abbrs[g["parta"].lower()]  # "Q3 2027": the third quarter
        at.part = part
        if part in v.year_parts:
            at.months = v.year_parts[part]
        return at
    if kind == "rel":
        at.unit = g["unit"].lower()
        if g.get("inpart"):
            if at.unit != "day":
                return None        # "later in the year" is no one day
            at.rm, at.part = "the same", _norm(g["inpart"])
            return at
        part = _norm(g.get("part") or g.get("partn"))
        at.part = part
        if part in v.year_parts:
            if at.unit != "year":
                return None
            at.months = v.year_parts[part]
        rm = at.rm or ""
        prev = _prev_words(text, at.start, 1)
        if rm in ("last", "next") and prev and prev[0] in ("the", "past", "over"):
            return None            # "the last year" is a duration
        if rm == "the" and not g.get("partn"):
            # "the week before last", "the month after next": two units from the report
            if at.unit != "day" and (bl := _BEFORE_LAST.match(text, at.end)) is not None:
                at.rm, at.end = bl.group(1).replace("\u00a0", " "), bl.end()
                return at
            return None            # "the year" alone names nothing
        if rm == "the next" and at.unit != "day":
            return None            # "in the next month" is a duration
        if at.unit == "day" and rm not in ("the same", "that", "that same", "the following",
                                           "the next", "the previous"):
            return None            # "this day" ("to this day") is not a date
        return at
    if kind == "weekend":
        if at.rm == "the" and not g.get("pw"):
            return None            # "the weekend" alone: "the weekend's talks", "the weekend of"
        if re.match(r"[\s\u00a0]+of(?![A-Za-z])", text[at.end:at.end + 6]):
            return None            # "the weekend of 12-13 March" names its own days
        return at
    if kind == "hourslater":
        # "Hours later, ...", "a few hours later", "two hours later": later on the day the
        # narrative stands on, read as "later in the day" is (not "36 hours later", "forty-eight
        # hours later": a count of a dozen hours or more may reach the next day)
        cnt = _HOURS_COUNT.search(text, max(0, start - 16), start)
        w = cnt.group(1).lower() if cnt is not None else ""
        if (int(w) if w.isdigit() else v.numbers.get(w, 12 if "-" in w else 0)) >= 12:
            return None
        at.kind, at.unit, at.rm, at.part = "rel", "day", "the same", "later"
        at.dw = "hours later"  # (a rel atom has no day word: this one marks it, see find_dates)
        return at
    if kind == "partday":
        # "the same evening", "early the next morning": the rules of "the same day" /
        # "the next day" (`_resolve_rel`), with the span of the words as written
        at.kind, at.unit, at.part = "rel", "day", _norm(g.get("part"))
        return at
    if kind == "ago":
        n = g["n"].lower()
        at.n = int(n) if n.isdigit() else v.numbers[n]
        at.unit = g["unit"].lower()
        if at.unit == "fortnight":
            at.unit, at.n = "week", 2 * at.n  # "a fortnight ago": two weeks
        at.dir = g["dir"].lower()
        if at.dir in ("before", "after") and _WORD_NEXT.match(text, at.end):
            return None            # "a year before the war" counts from the war, not from now
        if at.dir == "ago" and (td := _AGO_TODAY.match(text, at.end)) is not None:
            at.end, at.dw = td.end(), "today"  # "a year ago today": that calendar day
        elif at.dir == "ago" and at.unit == "year" and \
                (tw := _AGO_THIS.match(text, at.end)) is not None and \
                (tw.group(1).lower() in ("month", "week") or tw.group(1).lower() in v.weekdays):
            # "five years ago this Saturday": the Saturday of the reference week, that many
            # years back; "thirty years ago this month": the reference month, years back;
            # (round 39) "a year ago this week": the week of the reference day, years back
            at.end = tw.end()
            if tw.group(1).lower() in ("month", "week"):
                at.dw = f"this {tw.group(1).lower()}"
            else:
                at.dw, at.wd = "this weekday", v.weekdays[tw.group(1).lower()]
        elif at.dir == "ago" and at.unit in ("year", "month") and \
                (tw := _AGO_ON.match(text, at.end)) is not None and \
                tw.group(1).lower() in v.weekdays:
            # "two years ago on Sunday": the anniversary falls on that Sunday, the one before
            # or the one after the reference day; the weekday alone is not the happening's day
            at.end = tw.end()
            at.dw, at.wd = "on weekday", v.weekdays[tw.group(1).lower()]
        return at
    if kind == "dayword":
        tok = _norm(g["dw"]) or ""
        pre = _norm(g.get("pre"))
        if pre == "the" and tok == "eve":
            at.dw = "the day before"   # agency English: "On the eve, the minister met ..."
        elif pre and f"{pre} {tok}" in _DAYWORDS:
            at.dw = f"{pre} {tok}"
        elif tok in _DAYWORDS:
            at.dw, at.start = tok, end - len(g["dw"] or "")
        else:
            return None            # "morning" alone, "day after" without "the"
        if at.dw == "overnight" and not _OVERNIGHT_ADVERB.match(text, at.end):
            return None
        if at.dw in ("the day before", "the day after") and _WORD_NEXT.match(text, at.end) \
                and not _DAY_BEFORE_ENDS.match(text, at.end):
            return None            # "the day before the vote" counts from the vote
        return at
    if kind == "weekday":
        if at.rm in ("a week on", "a week from"):
            at.rm = "a week on"
        elif at.rm in ("a week ago", "a week last"):
            at.rm = "a week before"  # "a week ago Friday": the Friday before last
        elif not at.rm and (wk := _WEEKDAY_WEEK.match(text, at.end)) is not None:
            at.rm, at.end = "a week on", wk.end()   # "Friday week": a week after Friday
        return at
    return None


# "Friday week" (British): the Friday a week after the coming one
_WEEKDAY_WEEK = re.compile(r"[ \u00a0]+week(?![A-Za-z0-9'’-])")
#: A word right after a relative date ("a year before the war", "the day before the vote"):
#: the date then counts from that word's event (matched at a position, not on a copy of the
#: rest of the text).
_WORD_NEXT = re.compile(r"[\s\u00a0]*[A-Za-z0-9]")
# "the week before last" / "the year after next" (not "the week before last year's vote" or
# "the week before last Friday": "last"/"next" there belongs to the word after it)
_BEFORE_LAST = re.compile(r"[ \u00a0]+(before[ \u00a0]last|after[ \u00a0]next)(?![A-Za-z'’-])"
                          r"(?![ \u00a0]+(?:[A-Z]|(?:years?|months?|weeks?|days?|nights?|time|"
                          r"weekend|summer|winter|spring|autumn|fall|session|round)(?![A-Za-z])))")
#: Words after "the day before" / "the day after" that end the phrase ("the text initialled
#: the day before was ...", "met the day after in Brussels"): it is then a day of its own,
#: counted from the sentence's date, not "the day before <an event>".
_DAY_BEFORE_ENDS = re.compile(r"[\s\u00a0]+(?:was|were|is|are|had|has|have|did|would|could|"
                              r"and|or|but|in|at|by|with|when|while|as|to|for)\b")


#: a line that opens with a list number ("2. ", "12. ")
_NUMBERED_LINE = re.compile(r"[ \t\u00a0]*[0-9]{1,2}\.[ \t\u00a0]")


def _numbered_line(text: str, pos: int) -> bool:
    """Whether the line at `pos` sits in a numbered list: the line before it or after it
    (blank lines skipped) also opens with a number and a dot. "23. October 2024" heading a
    byline is a day; "2. June 2021: ..." under "1. January 2021: ..." is an item number."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    before = text[:ls].rstrip("\n \t")
    prev = before[before.rfind("\n") + 1:] if before else ""
    after = text[le:].lstrip("\n \t") if le >= 0 else ""
    return _NUMBERED_LINE.match(prev) is not None or _NUMBERED_LINE.match(after) is not None


def _line_head(text: str, pos: int) -> bool:
    """True when only spaces stand between the start of its line and `pos`."""
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


# "the same day as the vote" (not "the same day as well")
_AS_AFTER = re.compile(r"[ \u00a0]+as(?![A-Za-z0-9'’-]|[ \u00a0]+well(?![A-Za-z]))")
_BULLET_GAP = re.compile(r"\n[ \t\u00a0]*" + _DASH)  # a dash opening a line is a bullet
_IN_YEAR = re.compile(r"[ \u00a0]+in[ \u00a0]+")


def _merge(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Join "A – B", "from A to B", "between A and B" into ranges; extend "May 12 to 14"."""
    p = _patterns()
    spanable = ("ymd", "md", "month", "season", "decade", "year", "yearpart")
    # "in September and October 2020", "May 3, 5 or 7, 2021": a year written once at the end of
    # a list belongs to every item (right to left, so it travels along the whole list).
    # Round 53: so does one after "and on"/"and in" ("on 14 May and on 15 July 2023").
    for j in range(len(atoms) - 2, -1, -1):
        a, b = atoms[j], atoms[j + 1]
        if a.kind in _LISTABLE and b.kind in _LISTABLE and b.y is not None \
                and p.gap_list.fullmatch(text, a.end, b.start):
            _share_year(a, b)
    # "was moved to 8 November in 2021": a year-less day or month with "in <year>" right
    # after it is in that year
    for j in range(len(atoms) - 1):
        a, b = atoms[j], atoms[j + 1]
        if a.kind in ("md", "month") and a.y is None and a.ry is None and not a.rm \
                and b.kind == "year" and b.y2 is None and _IN_YEAR.fullmatch(text, a.end, b.start):
            a.y = b.y
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        nxt_start = nxt.start if nxt is not None else len(text)
        # A bare year right after "May 12 to 14" belongs to the range, so let it be read there.
        cont_end = nxt.end if nxt is not None and nxt.kind == "year" and nxt.y2 is None \
            else nxt_start
        # "from"/"between" must stand in the 20 characters before (no letter of theirs has a
        # non-ASCII IGNORECASE twin, so a match is ASCII and shows in the lower-cased slice)
        lo = max(0, a.start - 20)
        low = text[lo:a.start].lower()
        pm = p.prefix.search(text, lo, a.start) if "from" in low or "between" in low else None
        prefix = pm.group("p").lower() if pm else None
        # "the night of March 24 to 25", "the night of Monday to Tuesday": a night's two days
        night = "night" in low and _NIGHT_OF.search(text, lo, a.start) is not None
        # "from May 12 to 14, 2021": the second day is a bare number.
        if a.kind == "md" and not a.dmy and a.d2 is None and a.ry is None:
            c = p.day_cont.match(text, a.end, cont_end) if a.y is None else None
            w = (c.group("w") or "").lower() if c else ""
            if c and (c.end() <= nxt_start or c.group("y")) and (
                    (w == "" and prefix is None and not c.group("sl"))
                    or (w in ("to", "until", "till", "through") and prefix == "from")
                    or (w == "and" and prefix == "between")
                    or (prefix is None and _bare_day_pair(text, a, c, night))):
                d2 = int(c.group("d2"))
                if d2 > (a.d or 0):
                    a.d2 = d2
                    if c.group("y"):
                        a.y = int(c.group("y"))
                    a.end = c.end()
                    if prefix:
                        a.start = pm.start()
                    if nxt is not None and a.end > nxt.start:
                        out.append(a)
                        i += 2     # the year was read as part of this range
                        continue
        # "from 12 to 14 May": the first day is a bare number.
        if a.kind == "md" and a.dmy and a.d2 is None:
            lead = p.day_lead.search(text, max(0, a.start - 40), a.start)
            prev_end = out[-1].end if out else 0
            if lead and lead.start() >= prev_end and int(lead.group("d1")) < (a.d or 0) and (
                    lead.group("p") is not None or (
                        (lead.group("w").lower() in _SPAN_WORDS or (
                            lead.group("w").lower() == "and"
                            and _prev_token(text, lead.start()) in _BEFORE_DAY_PAIR))
                        and (a.d or 0) - int(lead.group("d1")) <= _BARE_SPAN_DAYS)):
                a.d2, a.d = a.d, int(lead.group("d1"))
                a.start = lead.start()
        if i + 1 < len(atoms) and a.kind in spanable and atoms[i + 1].kind in spanable \
                and a.y2 is None and atoms[i + 1].y2 is None and a.d2 is None \
                and atoms[i + 1].d2 is None:
            b = atoms[i + 1]
            gap = text[a.end:b.start]
            ok = False
            if p.gap_dash.fullmatch(gap):
                # (round 30) not a dash opening the next line: "2019\n- 3 March: ..." is a
                # chronology's year over a bulleted entry, no span from 2019 to 3 March
                ok = _BULLET_GAP.search(gap) is None
            else:
                gw = p.gap_word.fullmatch(gap)
                if gw:
                    w = gw.group("w").lower()
                    ok = (prefix == "from" and w != "and") or (prefix == "between" and w == "and") \
                        or (prefix is None and w == "through") \
                        or (night and w in ("to", "into") and _next_day(a, b))
                    # "Sept. 19 through Sept. 21"; "the night of 31 March to 1 April"
            if ok:
                _share_year(a, b)
                r = _Atom("range", pm.start() if (pm and prefix) else a.start, b.end)
                r.a, r.b = a, b
                out.append(r)
                i += 2
                continue
        if i + 1 < len(atoms) and a.kind == "weekday" and atoms[i + 1].kind == "weekday" \
                and atoms[i + 1].rm is None and a.wd is not None \
                and atoms[i + 1].wd not in (None, a.wd) \
                and _weekday_span(text, a, atoms[i + 1], "into" if night else prefix):
            b = atoms[i + 1]
            r = _Atom("range", pm.start() if (pm and prefix) else a.start, b.end)
            r.a, r.b = a, b
            out.append(r)
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _weekday_span(text: str, a: _Atom, b: _Atom, prefix: str | None) -> bool:
    """Do two weekdays name one span of days? "from Friday to Sunday", "between Friday and
    Sunday", "Friday-Sunday", and "on Friday and Saturday" or "overnight Monday into Tuesday"
    when the days follow each other (two days of talks, a night); "on Monday and Thursday"
    stays two separate days."""
    p = _patterns()
    gap = text[a.end:b.start]
    if p.gap_dash.fullmatch(gap):
        return True
    gw = p.gap_word.fullmatch(gap)
    if not gw:
        return False
    w = gw.group("w").lower()
    if w == "into" or (prefix == "into" and w == "to"):
        # "overnight Monday into Tuesday", "the night of Monday to Tuesday": a night, so only
        # days that follow each other
        return (b.wd - a.wd) % 7 == 1
    if prefix == "from":
        return w != "and"
    if prefix == "between":
        return w == "and"
    return w == "and" and (b.wd - a.wd) % 7 == 1


_LISTABLE = frozenset({"md", "month", "season"})
#: "12 to 13 September" without "from" is read as one span only when it is this short (a night,
#: a summit, a visit); a longer "3 to 20 May" may be a score or a count before a date.
_BARE_SPAN_DAYS = 6
# Words that may follow a day pair such as "May 10 and 11" (places, times, clauses); any other
# word makes the second number a count ("on May 10 and 11 soldiers ...").
_AFTER_DAY_PAIR = frozenset({"in", "at", "on", "during", "when", "with", "as", "after", "before",
                             "respectively", "and", "but", "to", "for", "where", "while"})


def _bare_day_pair(text: str, a: _Atom, c: re.Match[str], night: bool = False) -> bool:
    """'met on May 10 and 11', 'talks on May 3 to 5', 'the November 9/10 statement': a month
    and day, then "and"/"to" and a later day at most a few days on, or a slash and the next
    day (a night's two dates). Without "from"/"between" the second number could be a count,
    so it must end the clause or be followed by a place, time or clause word, unless a night
    names the two days ("the night of March 24 to 25 the posts ...": the next day is no count)."""
    d1, d2 = a.d or 0, int(c.group("d2"))
    if c.group("sl") or (night and (c.group("w") or "").lower() in _SPAN_WORDS):
        return d2 == d1 + 1  # "9/10" after a month is no fraction nor a count
    ok = (c.group("w") or "").lower() in _DAY_PAIR_WORDS and 0 < d2 - d1 <= _BARE_SPAN_DAYS
    if not ok:
        return False
    nxt = _NEXT_WORD.match(text, c.end())
    return nxt is None or nxt.group(1) in _AFTER_DAY_PAIR or c.group("y") is not None


# Words joining a month's day to a later bare day ("May 10 and 11", "May 3 to 5", "Sept. 19
# through 21"); "through" never joins a count, but it is held to the same short span.
_SPAN_WORDS = frozenset({"to", "through"})
_DAY_PAIR_WORDS = _SPAN_WORDS | {"and"}
# "on 10 and 11 May": a preposition before the first number makes it a day, not a count
_BEFORE_DAY_PAIR = frozenset({"on", "of", "for", "the"})
_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z]+)\b")


# "the night of" / "night from" right before a date: what follows names a night's two days
_NIGHT_OF = re.compile(r"(?<![A-Za-z])[Nn]ight[ \u00a0]+(?:of|from)[ \u00a0]+(?:the[ \u00a0]+)?\Z")


def _next_day(a: _Atom, b: _Atom) -> bool:
    """Is the day of `b` the one after that of `a` (weekdays, or days of the same or the next
    month: "31 March to 1 April")? A year written on either must be the same."""
    if a.kind == "weekday" or b.kind == "weekday":
        return False
    if a.kind != "md" or b.kind != "md" or a.m is None or b.m is None or a.d is None \
            or b.d is None or (a.y is not None and b.y is not None and a.y != b.y):
        return False
    if b.m == a.m:
        return b.d == a.d + 1
    last = _days_in_month(a.y if a.y is not None else 2000, a.m)   # 2000: 29 February
    return b.m == a.m % 12 + 1 and b.d == 1 and (
        a.d == last or (a.m == 2 and a.y is None and a.d == 28))


def _share_year(a: _Atom, b: _Atom) -> None:
    """A year written once for both ends of a range belongs to both."""
    def key(x: _Atom) -> tuple[int, int]:
        if x.kind == "season":
            return (x.season or 0, 0)
        return (x.m or 0, x.d or 0)

    if a.kind not in ("md", "month", "season") or b.kind not in ("md", "month", "season"):
        return
    if a.y is None and a.ry is None and a.rm is None and b.y is not None:
        a.y = b.y - 1 if key(a) > key(b) else b.y
    elif b.y is None and b.ry is None and b.rm is None and a.y is not None:
        b.y = a.y + 1 if key(b) < key(a) else a.y
    elif a.y is None and a.rm is None and a.ry is None and b.ry is not None:
        a.ry = b.ry


_PREFIX_WINDOW = 32   # longest prefix read backwards: "the first quarter of the " (25 chars)
# "[A-Za-z]+|[0-9]+", written with one leading character class (see `_SENTENCE_BREAK`)
_RUN = re.compile(r"[A-Za-z0-9](?:(?<=[A-Za-z])[A-Za-z]*|(?<=[0-9])[0-9]*)")


def _prefix_search(pre: re.Pattern[str], text: str, lo: int, hi: int,
                   at_runs: bool) -> re.Match[str] | None:
    """`pre.search(text, lo, hi)` for a backward prefix pattern, found about three times faster.

    A search tries every position of the window in turn, and a prefix pattern fails at most of
    them only after trying all its alternatives. Each alternative of every prefix pattern starts
    with an ASCII letter not preceded by a letter (an article, a cue word, a weekday or number
    word: `at_runs` says the vocabulary's words do) or with a digit not preceded by a digit (a
    year or a count); each ends with \\Z, so an empty match can only be at `hi`. Those first
    characters all start a run of `_RUN` (or are `lo`, inside a run that started before it), so
    matching at the run starts, left to right, then at `hi`, finds the same leftmost match."""
    if not at_runs:
        return pre.search(text, lo, hi)
    match = pre.match
    for r in _RUN.finditer(text, lo, hi):
        m = match(text, r.start(), hi)
        if m is not None:
            return m
    return match(text, hi, hi)


def _digit_skips(digits: str, after: str) -> tuple[str, ...]:
    """Families that cannot match at a run of digits (the whole run: the anchor takes every
    digit), given the character after it; skipping them saves a regex call each.

    "iso" and "num" need a separator right after their first number ("2021-05-03", "3.5.2021";
    a shorter first number would leave a digit there); a digit "decade" ends in 0 and is
    followed by "s" or an apostrophe ("1990s", "90's")."""
    skip = []
    if after not in _NUM_SEPS:
        skip += ["iso", "num"]
    if len(digits) == 4 and after not in _YDM_NEXT:
        skip.append("ydm")
    if digits[-1] != "0" or after not in _DECADE_NEXT:
        skip.append("decade")
    return tuple(skip)


_NUM_SEPS = frozenset("-/.")
_YDM_NEXT = frozenset(". ,\u00a0")
_DECADE_NEXT = frozenset("s'’")


def _anchors(text: str) -> list[tuple[int, str]]:
    """(offset, word) of each match of `anchor.finditer(text)`, found with fewer tries.

    The anchor pattern starts with a class of first characters that holds common lower-case
    letters ("day", "year", "today"), so the engine tries it, and fails on its look-behind, at
    most letters inside words. `anchor_after` starts instead with the character before the
    anchor, which that look-behind requires to be no ASCII letter or digit, and captures the
    anchor after it: the same matches, tried only after spaces and punctuation. Two anchors
    it cannot find that way are added here: one at offset 0 (no character before), and the
    digits right after an apostrophe anchor ("'90s": the apostrophe stands before the digits
    and is already taken). No other anchor ends with a character that is no letter or digit,
    so none other can start where the previous one ends."""
    pats = _patterns()
    out: list[tuple[int, str]] = []
    match = pats.anchor.match
    pos = 0
    m = match(text)
    if m is not None:
        out.append((0, m.group()))
        pos = m.end()
        if m.group() in _APOSTROPHES:
            d = match(text, pos)       # always there: the apostrophe is matched before a digit
            out.append((pos, d.group()))
            pos = d.end()
    for m in pats.anchor_after.finditer(text, pos):
        word = m.group(1)
        out.append((m.start(1), word))
        if word in _APOSTROPHES:
            d = match(text, m.end())
            out.append((m.end(), d.group()))
    return out


_APOSTROPHES = frozenset("'’")


def _scan(text: str) -> list[_Atom]:
    """All date atoms of `text`, leftmost-longest, non-overlapping, ranges merged."""
    cands: list[_Atom] = []
    pats = _patterns()
    classes = pats.anchor_class
    for pos, word in _anchors(text):
        c0 = word[0]
        if "0" <= c0 <= "9":
            n = len(word)
            cls = "dig4" if n == 4 else "dig12" if n <= 2 else ""
            if not cls:
                continue
        elif c0 in "'’":
            cls = "apos"
        else:
            cls = classes.get(word, "")
            if not cls:
                continue
        tok: str | None = None     # the word before the anchor, read once when needed
        skip = _digit_skips(word, text[pos + len(word):pos + len(word) + 1]) \
            if cls in ("dig4", "dig12") else ()
        for kind, fwd, pre, required in pats.dispatch[cls]:
            if kind in skip:
                continue
            m = fwd.match(text, pos)
            if m is None:
                continue
            start, end = m.span()
            if end == start:
                continue
            g = m.groupdict()
            if pre is not None:
                if tok is None:
                    tok = _prev_token(text, start)
                lasts = pats.prefix_last[kind]
                pm = _prefix_search(pre, text, max(0, start - _PREFIX_WINDOW), start,
                                    pats.prefix_at_runs) \
                    if tok in lasts or (kind == "ago" and tok.isdigit()) else None
                if pm is not None and pm.start() < start:
                    for k, val in pm.groupdict().items():
                        if val is not None:
                            g[k] = val
                    start = pm.start()
                elif required:
                    continue
            at = _build(kind, g, start, end, text)
            if at is not None:
                cands.append(at)
                break
    cands.sort(key=lambda x: (x.start, -x.end))
    chosen: list[_Atom] = []
    last_end = -1
    for c in cands:
        if c.start >= last_end:
            chosen.append(c)
            last_end = c.end
    if "nniversar" in text:
        _anniversaries(text, chosen)
    if " hours" in text or "the past " in text or "the last " in text:
        chosen = _past_hours(text, chosen)
    return _merge(text, chosen)


# "over the past 24 hours", "in the last forty-eight hours": a bulletin's whole days back
_PAST_HOURS = re.compile(r"(?<![A-Za-z])(?i:over|in|during|within)[ \u00a0]+the[ \u00a0]+"
                         r"(?:past|last)[ \u00a0]+(?P<h>24|48|72|twenty-four|forty-eight|"
                         r"seventy-two)[ \u00a0]+hours(?![A-Za-z])")
_HOURS = {"24": 1, "48": 2, "72": 3, "twenty-four": 1, "forty-eight": 2, "seventy-two": 3,
          "day": 1, "two": 2, "three": 3, "week": 7}
# (round 61) ...and a tally's "over the past day", "in the past week", "over the last three
# days": as many days back, unless the phrase names a stretch of something else ("in the last
# week of September", "the past day before the vote")
_PAST_DAYS = re.compile(r"(?<![A-Za-z])(?i:over|in|during|within)[ \u00a0]+the[ \u00a0]+"
                        r"(?:past|last)[ \u00a0]+(?:(?P<h>day|week)|(?P<n>two|three)[ \u00a0]+"
                        r"days)(?![A-Za-z])(?![ \u00a0]+(?i:of|before|after|prior|leading|until|"
                        r"till|to|or)(?![A-Za-z]))")


def _past_hours(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Add "over the past 24 hours" (48, 72; "the past day", "week", "three days") as an atom
    of kind "hours" whose `n` is the days it reaches back; one overlapping another atom is
    left out."""
    found = []
    for m in (*_PAST_HOURS.finditer(text), *_PAST_DAYS.finditer(text)):
        at = _Atom("hours", m.start(), m.end())
        at.n = _HOURS[(m.group("h") or m.group("n")).lower()]
        found.append(at)
    if not found:
        return atoms
    return sorted(atoms + [a for a in found if not any(
        b.start < a.end and a.start < b.end for b in atoms)], key=lambda x: x.start)


@lru_cache(maxsize=1)
def _anniversary_pattern() -> re.Pattern[str]:
    v = _vocab()
    nums = _alt([w for w in v.numbers if w not in ("a", "an")])
    return re.compile(
        rf"(?<![A-Za-z])(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?){_WS}(?:(?P<o>{_alt(list(v.ordinals))})"
        rf"|(?P<od>[1-9][0-9]?)(?:st|nd|rd|th)|(?P<n>{nums}|[1-9][0-9]?){_OWS}{_DASH}{_OWS}years?)"
        rf"{_WS}anniversary{_WS}of{_WS}(?:the{_WS})?\Z", re.IGNORECASE)


def _anniversaries(text: str, atoms: list[_Atom]) -> None:
    """"the third anniversary of the 2020 war", "the 30th anniversary of 12 May 1994": the
    date named is the anniversary's, so many years after the one written (a year stays a
    year, a day stays that calendar day). The atom then spans the words from "the", and
    "the 2020 war" in it no longer dates the day the anniversary was marked. Only single
    dates are moved (a year-less month or day keeps its reading, only its span grows); "the
    anniversary of" without a count is left alone."""
    v = _vocab()
    pat = _anniversary_pattern()
    for at in atoms:
        if (at.y is None and (at.ry is not None or at.rm or at.kind not in ("md", "month"))) \
                or at.y2 is not None or at.d2 is not None \
                or at.kind not in ("year", "ymd", "md", "month") \
                or (at.kind == "month" and at.part is not None):
            continue
        lo = max(0, at.start - 48)
        if "nniversar" not in text[lo:at.start]:
            continue
        m = pat.search(text, lo, at.start)
        if m is None:
            continue
        if m.group("o"):
            k = v.ordinals[m.group("o").lower()]
        elif m.group("od"):
            k = int(m.group("od"))
        else:
            n = m.group("n").lower()
            k = v.numbers[n] if n in v.numbers else int(n)
        if at.kind in ("md", "ymd") and at.m == 2 and at.d == 29:
            continue  # a leap day has no anniversary in most years
        if at.y is not None:
            at.y += k
        # a year-less one ("the fourth anniversary of the April war") is resolved as any
        # month is: that is the anniversary's, the happening's own year is not written
        at.start = m.start()


# --------------------------------------------------------------------------------------------
# Future context


# A sentence ends at terminal punctuation (plus closing quotes) before a capital or an opening
# quote, or at a line break. Abbreviations ("Mr. Putin") may end a window early: that only makes
# the look-around shorter, never wrong.
# Written as one character class first ("\n" or a terminal mark, told apart by a look-behind),
# not as "A|\n": the regex engine then skips to candidate characters instead of trying both
# alternatives at every position. It matches exactly the same spans as the alternation.
_SENT_END = re.compile(r"[.!?…\n](?:(?<=\n)|(?<!\n)[\"'”’)\]]*[\s\u00a0]+(?=[A-Z\"“‘(\[]))")
_MAY_SAY_NEXT = frozenset({"rel", "weekday", "md", "month", "season", "dayword", "range"})
_FUTURE_IN_MENTION = re.compile(
    r"(?<![a-z])(?<!the )(?:next|coming|upcoming|tomorrow|later this|later today)(?![a-z])")


def _sentence_bounds(text: str, start: int, end: int, back: int = 150,
                     ahead: int = 80) -> tuple[int, int]:
    """Start and end of the sentence around text[start:end], looking at most `back` characters
    before and `ahead` after it."""
    lo = max(0, start - back)
    s0 = lo
    for m in _SENT_END.finditer(text, lo, start + 1):   # +1: the look-ahead sees the mention
        if m.end() <= start:
            s0 = m.end()
    hi = min(len(text), end + ahead)
    m = _SENT_END.search(text, end, hi)
    return s0, (m.start() if m else hi)


def _find_phrase(pat: re.Pattern[str], phrases: frozenset[str], s: str, pos: int = 0) -> int:
    """Offset of the first of `phrases` in `s` from `pos` (-1 if none). The pattern may match
    a first letter of one phrase joined to the rest of another, so each hit is checked."""
    for m in pat.finditer(s, pos):
        if " ".join(m.group().split()) in phrases:
            return m.start()
    return -1


# "the next day", "the next morning": a day counted from the narrative's own day, in the past
# as often as not; "next" there is no sign that a later date is ahead of the writing.
_NARRATIVE_NEXT = re.compile(r"the[\s\u00a0]+next[\s\u00a0]+(?:day|morning|afternoon|evening"
                             r"|night)\b")


# "were due to meet on 5 October", "was scheduled for", "had been planned for": a plan told in
# the past tense. Its day may lie before or after the writing, so the plan word is no sign of
# a later date; other future words of the clause still count.
_PAST_PLAN = re.compile(r"(?<![a-z])(?:was|were|had[\s\u00a0]+been)[\s\u00a0]+"
                        r"(?:(?:due|set|expected|scheduled|planned|going|supposed|meant)"
                        r"[\s\u00a0]+)?\Z")


# "the text that was agreed", "talks which had been held": a relative clause told in the past,
# with no comma before it (the comma's clause cut covers ", which was"), read in `_is_future`
_PAST_RELATIVE = re.compile(r"(?<![a-z])(?:that|which|who)[\s\u00a0]+(?:was|were|had)"
                            r"(?:[\s\u00a0]+been)?[\s\u00a0]+(?:[a-z]+ly[\s\u00a0]+)?"
                            r"(?!due|set|expected|scheduled|planned|going|supposed|meant|to)"
                            r"[a-z]+(?:ed|en|t|n)(?![a-z])")


def _noun_will(s: str, i: int) -> bool:
    """Is the phrase found at s[i] (lower-cased) the noun "will" ("of their own free will",
    "political will to", "the will of the people") rather than the modal? Read from the word
    right before it and the word right after it (vocabulary `noun_will`)."""
    if not s.startswith("will", i):
        return False
    v = _vocab()
    m = _NEXT_WORD.match(s, i + 4)
    if m is not None and m.group(1) in v.will_next:
        return True
    k = i
    while k > 0 and s[k - 1] in " \u00a0":
        k -= 1
    b = k
    while b > 0 and (s[b - 1].isalpha() or s[b - 1] == "'"):
        b -= 1
    return s[b:k] in v.will_before


def _is_future(text: str, at: _Atom) -> bool:
    """Does the sentence place this date ahead of the time of writing? Looks at the mention
    itself ("next week"), the clause before it ("will meet on ...") and, unless a reporting verb
    intervenes, the clause right after it ("On Monday the ministers will meet")."""
    p = _patterns()
    v = _vocab()
    start, end = at.start, at.end
    if at.kind in _MAY_SAY_NEXT and _FUTURE_IN_MENTION.search(text[start:end].lower()):
        return True
    prev = _prev_words(text, start, 2)
    if prev and (prev[0] in v.past_bounds or (prev[0] in ("in", "on") and len(prev) > 1
                                              and prev[1] in v.past_cues)):
        return False  # "deployed since February, will continue": the start lies behind
    s0, s1 = _sentence_bounds(text, start, end)
    if start > s0 and text[start - 1] == "(" and text.startswith(")", end):
        # a date alone in brackets ("the winter session (22-26 January) will open") is read in
        # the clause around the brackets, which cut nothing there
        start, end = start - 1, end + 1
    window = text[s0:start].lower().replace("’", "'")
    # Where the pattern matches nowhere in the window it matches nowhere after the last clause
    # cut either (a match depends only on its start position), so the cuts are not needed.
    if p.future_before.match(window) is not None \
            or p.future_before_after.search(window) is not None:
        # == `p.future_before.search(window) is not None`: a match after offset 0 has a
        # character before it that is no letter a-z (its look-behind), and
        # `future_before_after` starts there, so the engine tries it only after spaces and
        # punctuation instead of at every letter that may start a phrase
        cuts = [c.end() for c in p.clause_cut.finditer(window)]
        i = _find_phrase(p.future_before, v.future_set, window, cuts[-1] if cuts else 0)
        while i >= 0 and (_NARRATIVE_NEXT.match(window, max(0, i - 4))
                          or _PAST_PLAN.search(window, max(0, i - 30), i)
                          or _noun_will(window, i)):
            i = _find_phrase(p.future_before, v.future_set, window, i + 1)
        rels = list(_PAST_RELATIVE.finditer(window, max(i, 0))) if i >= 0 else []
        if rels:
            # (round 31) "are expected to initial the text that was agreed in March": the
            # date is the past relative clause's, unless a future word follows that clause
            i = _find_phrase(p.future_before, v.future_set, window, rels[-1].end())
        if i >= 0:
            # "will meet on Sunday, Michel said on Thursday": a past verb right before the date
            # governs it, whatever plan the sentence told first
            return not _told_before(text, start) \
                and not (window.startswith(_PLAN_PARTICIPLES, i)
                         and _pluperfect_after(text, end, s1, p))
    if at.y is None and at.ry is None and ("may" in window or "might" in window) \
            and _modal_ahead(text, s0, start, p):
        return not _told_before(text, start)
    after = text[end:s1].lower().replace("’", "'")
    if _relative_ahead(text, at, end, s1, p):
        return True
    # A phrase found after the date starts with its first word, written as in the vocabulary
    # ("will", "is" of "is due"): with none of those words in the rest of the sentence (or a
    # part of it) there is nothing to find, and the clause cut need not be looked for.
    for w in p.future_after_firsts:
        if w in after:
            break
    else:
        return False
    c = p.clause_cut.search(after)
    if c:
        after = after[:c.start()]
    i = _find_phrase(p.future_after, v.future_after_set, after)
    while i >= 0 and _noun_will(after, i):
        i = _find_phrase(p.future_after, v.future_after_set, after, i + 1)
    if i >= 0 and (_told_before(text, start) or _pluperfect_before(text, s0, start, p)):
        return False  # "met on 30 December and will meet again": the plan is the next clause's
    return i >= 0 and _find_phrase(p.report_verb, v.report_verbs, after[:i]) < 0


# (round 58) a pluperfect in the date's own clause: "had prepared the ground at a meeting in P on"
# (any word after "had" but "to": "had laid", "had held talks", "had a meeting")
_PLUPERFECT = re.compile(r"(?<![a-z])had[\s\u00a0]+(?!to(?![a-z]))[a-z]")
_TO_VERB = re.compile(r"(?<![a-z])to[\s\u00a0]+[a-z]+")


def _pluperfect_before(text: str, s0: int, start: int, p: _Patterns) -> bool:
    """(round 58) 'had prepared the ground at a meeting in Paris on January 16, their third,
    and are expected to meet again in Moscow': a pluperfect in the clause before the date
    (no clause cut, no "to" + verb between: "had agreed to meet on Monday" is a plan) tells
    the date in the past; a plan after it is a later clause's."""
    if "had" not in text[s0:start]:
        return False
    cuts = [c.end() for c in p.clause_cut.finditer(text, s0, start)]
    lo = cuts[-1] if cuts else s0
    ends = [m.end() for m in _PLUPERFECT.finditer(text, lo, start)]
    return bool(ends) and _TO_VERB.search(text, ends[-1], start) is None


# (round 59) a plan told by a bare participle ("the meeting planned for 5 October"), not by a
# finite verb ("will", "is due")
_PLAN_PARTICIPLES = ("planned", "scheduled")


def _pluperfect_after(text: str, end: int, s1: int, p: _Patterns) -> bool:
    """(round 59) 'a meeting planned for Granada on 5 October had not taken place': a pluperfect
    right after the date, in its own clause, is the clause's verb; the plan the participle told
    lay in the past (read only after a bare participle: "will meet on 5 May as had been agreed"
    keeps its plan)."""
    c = p.clause_cut.search(text, end, s1)
    hi = min(c.start() if c else s1, end + 40)
    return "had" in text[end:hi] and _PLUPERFECT.search(text, end, hi) is not None


# (round 36) ", where"/", when" opening a relative clause on a date's place or time
_WHERE_WHEN = re.compile(r",[\s\u00a0]+(?:where|when)[\s\u00a0]")
# the date's own place or venue between the date and that clause ("on 18 July in Granada")
_PLACE_TAIL = re.compile(r"(?:[\s\u00a0]+(?:in|at)[\s\u00a0]+(?:the[\s\u00a0]+)?"
                         r"[A-Z][A-Za-z'’-]+(?:[\s\u00a0]+[A-Z][A-Za-z'’-]+){0,2})?\Z")


def _relative_ahead(text: str, at: _Atom, end: int, s1: int, p: _Patterns) -> bool:
    """(round 36) 'the summit at Blenheim Palace on 18 July, where the two leaders may meet',
    'in Granada on 5 October, when the leaders will sign': a relative clause on the date
    (", where"/", when", at most the date's place between) that tells a plan ("will", "is
    due", ...) or, for a year-less date, a modal places the date ahead, as the same words in
    the date's own clause do. Not after a past verb governing the date ("met in Prague on 6
    October, where they will ..."), nor when a reporting verb of the clause comes first."""
    m = _WHERE_WHEN.search(text, end, s1)
    if m is None or _PLACE_TAIL.match(text, end, m.start()) is None:
        return False
    lo = m.end()
    c = p.clause_cut.search(text, lo, s1)
    hi = c.start() if c else s1
    rel = text[lo:hi].lower().replace("’", "'")
    v = _vocab()
    i = _find_phrase(p.future_after, v.future_after_set, rel)
    if i < 0 and at.y is None and at.ry is None and p.modal.search(text, lo, hi) is not None:
        i = p.modal.search(text, lo, hi).start() - lo  # type: ignore[union-attr]
    if i < 0 or _find_phrase(p.report_verb, v.report_verbs, rel[:i]) >= 0:
        return False
    return not _told_before(text, at.start)


def _modal_ahead(text: str, s0: int, start: int, p: _Patterns) -> bool:
    """A lower-case modal in the clause before a year-less date ("the ministers may meet again
    in June", "talks might well resume on Monday") places it ahead, as "will" does; not "may
    have met", "as may be recalled", nor the month ("met in May and again in June"). The modal
    governs only a date with no comma between them: "X may meet in June, officials told us on
    Monday" leaves Monday to its own verb."""
    lo = max(s0, text.rfind(",", s0, start) + 1)
    cuts = [c.end() for c in p.clause_cut.finditer(text, lo, start)]
    return p.modal.search(text, cuts[-1] if cuts else lo, start) is not None


# --------------------------------------------------------------------------------------------
# Resolution


class _Ctx:
    """What the text has established so far: the last year it named, the last month and day it
    resolved (each with whether the reference date was needed)."""

    __slots__ = ("day", "dom_day", "done", "done_year", "frame", "frame_end", "frame_stop",
                 "framed", "framed_end", "framed_rel", "month", "month_at", "month_near",
                 "past_event", "written", "written_month", "written_years", "year")

    def __init__(self) -> None:
        self.year: tuple[int, bool] | None = None
        self.month: tuple[int, int, bool] | None = None
        self.day: tuple[dt.date, bool] | None = None
        # (first day, end offset) of the last scene-setting explicit date ("In 2022, ...",
        # "in December 2022"), and that day while the mention being resolved is in the same
        # sentence as it
        self.frame: tuple[dt.date, int, bool] | None = None
        self.framed: dt.date | None = None
        self.framed_rel = False  # the frame itself was placed by the publication date
        # last day of the frame's period when it is a month or a day ("In March 2023, ..."),
        # for the mention being resolved (`framed_end`) and as last set (`frame_end`)
        self.frame_end: dt.date | None = None
        # where the frame's reach ends inside its sentence: the end of a trailing clause that
        # holds it ("... when it joined in 2001, the holding of the 7 February election"), or
        # None for the whole sentence
        self.frame_stop: int | None = None
        self.framed_end: dt.date | None = None
        self.past_event = False  # the mention names a past happening ("the September clashes")
        self.done = False  # a past-tense verb governs the mention being resolved
        self.written: tuple[int, int] | None = None  # last year written out, and where it ends
        self.written_years: set[int] = set()  # every year written out so far (see `_pick_year`)
        # last month written with its year ("the September 2022 war"): first day, where it ends
        self.written_month: tuple[dt.date, int] | None = None
        self.done_year: int | None = None  # that year, when `done` and in the same sentence
        self.month_at: int | None = None  # where the mention that set `month` ends
        self.month_near = False  # it is close to the mention being resolved (see _resolve_dom)
        self.dom_day = False  # its day number is that of `day`, told close before (_resolve_dom)

    def update(self, end: dt.date, prec: str, rel: bool, names_year: bool) -> None:
        """Record a resolved mention (by the last day of its period, so "1992-1994 ... the same
        year" is 1994)."""
        if prec == "decade":
            return
        if names_year:
            self.year = (end.year, rel)
        if prec in ("day", "month"):
            self.month = (end.year, end.month, rel)
        if prec == "day":
            self.day = (end, rel)

    def move_scene(self, end: dt.date, prec: str) -> None:
        """A scene-setting date coarser than a day ("In September 2022, ...") that leaves the
        period of the last day (or month) moves the story away from it: "two days later" after
        "Published 3 March 2025. In September 2022, ..." is no day of 2025, nor one of
        September 2022 known to the day."""
        if prec not in ("month", "year"):
            return
        if self.day is not None and (self.day[0].year != end.year or (
                prec == "month" and self.day[0].month != end.month)):
            self.day = None
        if prec == "year" and self.month is not None and self.month[0] != end.year:
            self.month = None


class _Res:
    __slots__ = ("date", "end", "prec", "rel", "span")

    def __init__(self, date: dt.date | None, end: dt.date | None, prec: str | None, rel: bool,
                 span: bool = False) -> None:
        self.date, self.end, self.prec, self.rel, self.span = date, end, prec, rel, span


def _none(rel: bool) -> _Res:
    return _Res(None, None, None, rel)


def _days_in_month(y: int, m: int) -> int:
    """`calendar.monthrange(y, m)[1]` (raising the same error for a month outside 1-12)
    without the weekday of the month's first day that `monthrange` also works out."""
    if not 1 <= m <= 12:
        raise calendar.IllegalMonthError(m)
    return calendar.mdays[m] + (m == calendar.February and calendar.isleap(y))


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, _days_in_month(y, m))


def period_end(d: dt.date, prec: str) -> dt.date:
    """Last day of the period that starts on `d` at precision `prec` (day ... decade)."""
    if prec == "day":
        return d
    if prec == "week":
        return d + dt.timedelta(days=6)
    if prec == "month":
        return _month_end(d.year, d.month)
    if prec == "year":
        return dt.date(d.year, 12, 31)
    return dt.date(d.year + 9, 12, 31)


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


class _Ref:
    """The reference date and what its precision allows."""

    __slots__ = ("date", "prec")

    def __init__(self, date: dt.date | None, prec: str | None) -> None:
        if isinstance(date, dt.datetime):
            date = date.date()
        self.date = date
        self.prec = (prec if prec in _RANK else "day") if date is not None else None

    def allows(self, granularity: str) -> bool:
        """Can an expression relative at `granularity` be placed with this reference?"""
        return self.date is not None and _RANK[self.prec] <= _RANK[granularity] \
            and self.prec != "decade"


def _pick_year(ref: _Ref, m: int, d: int | None, future: bool, done: bool = False,
               written: int | None = None, wd: int | None = None,
               years: set[int] | None = None) -> int | None:
    """Year of a year-less month (and day): the reference year, moved by one when the date would
    fall far on the wrong side of the reference. `done`: a past-tense verb governs the date
    ("began on 27 September"); if the reference year would put it after the day of
    publication, the text contradicts that year, and an earlier year `written` in its sentence
    ("the 2020 war, which began on 27 September") is the one meant (with a publication month
    known, a date after that month is contradicted the same way). A year from an earlier
    sentence is not used (recombined text shows it often belongs to another story), except
    right before a sentence opening "It was ..." (see `_goes_on_about`; `find_dates` carries
    a full date's year to the next sentence's retelling itself, see `_carried_year`). Without
    such a year the reference year stands: the year before would only be a guess, and the
    callers already refuse a meeting "held" after its article appeared. Without a written
    year, the year before is taken (a past-tense fact is not in the future), unless a weekday
    `wd` named with the date does not fit that year either."""
    if not ref.allows("year"):
        return None
    y = ref.date.year
    if ref.prec == "year":
        return y
    first = dt.date(y, m, min(d or 1, _days_in_month(y, m)))
    last = first if d else _month_end(y, m)
    if not future and first > ref.date + dt.timedelta(days=_SLACK_DAYS):
        return None if _guessed_back(ref, y - 1, m, d, years) else y - 1
    if done and ref.prec in ("day", "month") and first > (
            ref.date if ref.prec == "day" else _month_end(y, ref.date.month)):
        if written is not None and written < y:
            return written
        if _guessed_back(ref, y - 1, m, d, years):
            return None
        if d is None or wd is None or _weekday_of(y - 1, m, d) == wd:
            return y - 1
    if future and last < ref.date - dt.timedelta(days=_SLACK_DAYS):
        return y + 1
    return y


def _guessed_back(ref: _Ref, y: int, m: int, d: int | None, years: set[int] | None) -> bool:
    """(round 39) Whether the year before the reference year would only be a guess for a
    year-less date: it puts the date more than `_GUESS_BACK_DAYS` back, the text has written
    out an earlier year before it and never this one. "Five years ago today the war began. ...
    On 27 September 2020 ... Fuzuli fell on 17 October" in a piece of 27 September 2025 is
    2020's story, not 2024's; any year between fits as well, so none is taken."""
    if not years or y in years or min(years) >= y or ref.date is None:
        return False
    day = dt.date(y, m, min(d or 1, _days_in_month(y, m)))
    return (ref.date - day).days > _GUESS_BACK_DAYS


def _ry_year(ry: str, ref: _Ref, ctx: _Ctx) -> tuple[int | None, bool]:
    """The year named by "last year", "the same year", ... after a date."""
    off = {"last": -1, "this": 0, "the current": 0, "next": 1}
    if ry in off:
        return (ref.date.year + off[ry], True) if ref.allows("year") else (None, True)
    if ctx.year is None:
        return None, False
    y, rel = ctx.year
    return y + {"the following": 1, "the previous": -1}.get(ry, 0), rel


def _season_span(season: int, y: int) -> tuple[dt.date, dt.date]:
    """Three months from the season's first month; winter Y runs December Y - February Y+1."""
    y2, m2 = _shift_month(y, season, 2)
    return dt.date(y, season, 1), _month_end(y2, m2)


def _resolve(at: _Atom, ref: _Ref, ctx: _Ctx, future: bool) -> _Res:
    k = at.kind
    if k == "range":
        return _resolve_range(at, ref, ctx, future)
    if k == "ymd":
        if at.m is None:
            return _none(False)
        if at.d2:   # "12-13.09.2022"
            return _Res(dt.date(at.y, at.m, at.d), dt.date(at.y, at.m, at.d2), "day", False, True)
        return _Res(dt.date(at.y, at.m, at.d), None, "day", False)
    if k == "md":
        rel = False
        y = at.y
        if y is None and at.ry:
            y, rel = _ry_year(at.ry, ref, ctx)
        elif y is None and (fy := _frame_year(ctx, at.m, at.d)) is not None:
            y, rel = fy, ctx.framed_rel  # "In 2022, ... on 6 October"
        elif y is None:
            rel = True
            # a weekday that fits the reference year confirms it ("announced on Monday, 5 March")
            fits = (at.wd is not None and ref.date is not None
                    and _weekday_of(ref.date.year, at.m, at.d) == at.wd)
            y = _pick_year(ref, at.m, at.d, future, ctx.done and not fits, ctx.done_year,
                           at.wd, ctx.written_years)
            if y is not None and at.wd is not None and _weekday_of(y, at.m, at.d) != at.wd:
                if not at.d2 and (slip := _slipped_weekday(ref, y, at.m, at.d, at.wd)):
                    return slip
                y = _weekday_year(y, ref, at.m, at.d, at.wd, future)
        if y is None:
            return _none(rel)
        start = dt.date(y, at.m, at.d)
        if at.d2:
            return _Res(start, dt.date(y, at.m, at.d2), "day", rel, True)
        return _Res(start, None, "day", rel)
    if k == "month":
        return _resolve_month(at, ref, ctx, future)
    if k == "season":
        return _resolve_season(at, ref, ctx, future)
    if k == "decade":
        return _Res(dt.date(at.dec, 1, 1), None, "decade", False)
    if k == "year":
        if at.y2:
            return _Res(dt.date(at.y, 1, 1), dt.date(at.y2, 12, 31), "year", False, True)
        return _Res(dt.date(at.y, 1, 1), None, "year", False)
    if k == "yearpart":
        if at.months:
            return _Res(dt.date(at.y, at.months[0], 1), _month_end(at.y, at.months[1]),
                        "month", False, True)
        return _Res(dt.date(at.y, 1, 1), None, "year", False)
    if k == "rel":
        return _resolve_rel(at, ref, ctx)
    if k == "ago":
        return _resolve_ago(at, ref, ctx)
    if k == "dayword":
        return _resolve_dayword(at, ref, ctx)
    if k == "weekday":
        return _resolve_weekday(at, ref, future)
    if k == "weekend":
        return _resolve_weekend(at, ref, ctx, future)
    if k == "dom":
        return _resolve_dom(at, ctx)
    return _none(False)


def _resolve_dom(at: _Atom, ctx: _Ctx) -> _Res:
    """'On the 20th': that day of the month of the date resolved just before, when that date
    is close (same paragraph, `_DOM_REACH` characters), or (round 61) the story's last day
    when it has that number and is as close; otherwise unknown."""
    if ctx.dom_day and ctx.day is not None:
        return _Res(ctx.day[0], None, "day", ctx.day[1])
    if ctx.month is None or ctx.month_at is None or not ctx.month_near:
        return _none(False)
    y, m, rel = ctx.month
    return _Res(dt.date(y, m, at.d), None, "day", rel)


_DOM_REACH = 400  # characters from the month-bearing date to "on the 20th"


# Years searched for a year-less day whose named weekday does not fit the year first chosen:
# a date falls on each weekday about once in seven years, so a short reach finds the year meant
# ("Tuesday, Sept. 19" in a 2025 background paragraph is 2023's) and a typo rarely finds one.
_WEEKDAY_REACH = 3


def _weekday_year(y: int, ref: _Ref, m: int, d: int, wd: int, future: bool) -> int | None:
    """Year of a year-less day named with a weekday ("Tuesday, Sept. 19") that does not fall
    on that weekday in year `y` (chosen from the publication date). In past context an earlier
    year within `_WEEKDAY_REACH` (the latest that fits); in future context the year after the
    publication year at most. None when no year fits: the weekday the text gives is not to be
    contradicted, and the year is then unknown rather than guessed."""
    if future:
        cands = [y + 1] if ref.date is not None and y + 1 <= ref.date.year + 1 else []
    else:
        cands = list(range(y - 1, y - 1 - _WEEKDAY_REACH, -1))
    for c in cands:
        if _weekday_of(c, m, d) == wd:
            return c
    return None


# Days from the page within which a year-less day named with a weekday that does not fit it is
# this week's news with a slip of the pen, not a day of another year (see `_slipped_weekday`)
_SLIP_DAYS = 7


def _slipped_weekday(ref: _Ref, y: int, m: int, d: int, wd: int) -> _Res | None:
    """(round 60) A year-less day whose named weekday does not fit it ("on Wednesday, 9
    November" in a digest of Sunday 12 November 2023, when the 9th was a Thursday), in the
    year read for it within `_SLIP_DAYS` of the page's day: the text tells of the days around
    its page, where a weekday is named to place a day of this week, so that year stands and
    one of the two (the day or the weekday) is a slip. Another year where the weekday fits
    (2022's 9 November was a Wednesday) is no reading. Where the day and the nearest such weekday
    fall in one week, that week is what the text says (precision week), else nothing; None
    when the day is not that close to the page (then `_weekday_year` searches other years)."""
    if ref.prec != "day":
        return None
    day = dt.date(y, m, d)
    if abs((day - ref.date).days) > _SLIP_DAYS:
        return None
    shift = (wd - day.weekday()) % 7  # to the nearest day of that weekday, three days at most
    named = day + dt.timedelta(days=shift if shift <= 3 else shift - 7)
    if _monday(named) != _monday(day):
        return _none(True)
    return _Res(_monday(day), None, "week", True)


def _weekday_of(y: int, m: int, d: int) -> int | None:
    """Weekday of a calendar day, None when there is no such day (29 February)."""
    try:
        return dt.date(y, m, d).weekday()
    except ValueError:
        return None


def _frame_year(ctx: _Ctx, m: int, d: int | None) -> int | None:
    """The scene-setting year for a year-less month (and day) of its sentence, or None when
    that date would fall before the scene's own date: "blocked in December 2022 and a checkpoint
    set up on 23 April" does not mean April 2022 (a writer who leaves the year out of a date
    earlier in the calendar than the one just named means another year, mostly the current one);
    "In 2022, ... on 6 October" starts on 1 January, so every date of that year fits."""
    f = ctx.framed
    if f is not None and ctx.past_event and ctx.framed_end is not None:
        # "In March 2023 ... killed in the September clashes": a happening the scene looks back
        # on lies before the scene's end, so in the scene's year or the one before
        first = dt.date(f.year, m, min(d or 1, _days_in_month(f.year, m)))
        return f.year if first <= ctx.framed_end else f.year - 1
    if f is None or m < f.month or (m == f.month and d is not None and d < f.day):
        return None
    return f.year


def _resolve_month(at: _Atom, ref: _Ref, ctx: _Ctx, future: bool) -> _Res:
    m = at.m
    if at.y is not None:
        return _Res(dt.date(at.y, m, 1), None, "month", False)
    if at.ry:
        y, rel = _ry_year(at.ry, ref, ctx)
        return _Res(dt.date(y, m, 1), None, "month", rel) if y is not None else _none(rel)
    if not at.rm and (fy := _frame_year(ctx, m, None)) is not None:
        return _Res(dt.date(fy, m, 1), None, "month", ctx.framed_rel)  # "In 2022, ... in May"
    if at.rm == "the following":
        # "... agreed on 5 April 2016. The following April, ...": the first such month after
        # the month the text last resolved (never counted from the publication date)
        if ctx.month is None:
            return _none(False)
        y, mo, rel = ctx.month
        return _Res(dt.date(y if m > mo else y + 1, m, 1), None, "month", rel)
    if not ref.allows("year"):
        return _none(True)
    ry, rm = ref.date.year, ref.date.month
    if at.rm and ref.prec == "year":
        y = ry + {"last": -1, "next": 1, "coming": 1}.get(at.rm, 0)
    elif at.rm == "last":
        y = ry if m < rm else ry - 1
    elif at.rm in ("next", "coming"):
        y = ry if m > rm else ry + 1
    elif at.rm == "this":
        y = ry
    else:
        y = _pick_year(ref, m, None, future, ctx.done, ctx.done_year, years=ctx.written_years)
    return _Res(dt.date(y, m, 1), None, "month", True) if y is not None else _none(True)


def _narrative_season(s: int, following: bool, ctx: _Ctx) -> _Res:
    """"that autumn" (the season of the year the text last named; a winter reached back to
    from its January or February is the one before) or "the following spring" (the first such
    season starting after the month the text last resolved in that year, else the next year's;
    "the following winter" after a bare year is left open)."""
    if ctx.year is None:
        return _none(False)
    y, rel = ctx.year
    mo = ctx.month[1] if ctx.month is not None and ctx.month[0] == y else None
    if not following:
        if s == 12 and mo is not None and mo <= 2:
            y -= 1
        return _Res(*_season_span(s, y), "month", rel, True)
    if mo is None:
        return _none(rel) if s == 12 else _Res(*_season_span(s, y + 1), "month", rel, True)
    after = dt.date(y, mo, 1)
    for yy in (y - 1, y, y + 1):
        sp = _season_span(s, yy)
        if sp[0] > after:
            return _Res(sp[0], sp[1], "month", rel, True)
    return _none(rel)


def _resolve_season(at: _Atom, ref: _Ref, ctx: _Ctx, future: bool) -> _Res:
    s = at.season
    if at.ry in ("that", "following") and at.y is None:
        return _narrative_season(s, at.ry == "following", ctx)
    if at.y is not None:
        start, end = _season_span(s, at.y)
        if at.y2 is not None and at.y2 != at.y and s != 12:
            end = _season_span(s, at.y2)[1]
        return _Res(start, end, "month", False, True)
    if at.ry:
        y, rel = _ry_year(at.ry, ref, ctx)
        if y is None:
            return _none(rel)
        return _Res(*_season_span(s, y), "month", rel, True)
    if not ref.allows("year"):
        return _none(True)
    r = ref.date
    if ref.prec == "year":
        off = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(at.rm or "", 0)
        return _Res(*_season_span(s, r.year + off), "month", True, True)
    # Instances of the season from two years back to two ahead, in order; every rule below
    # finds one among them (a season recurs every twelve months).
    spans = [_season_span(s, y) for y in range(r.year - 2, r.year + 3)]
    slack = dt.timedelta(days=_SLACK_DAYS)
    if at.rm in ("last", "past"):
        pick = [sp for sp in spans if sp[1] < r][-1]
    elif at.rm in ("next", "coming"):
        pick = next((sp for sp in spans if sp[0] > r), spans[-1])
    elif at.rm == "this":
        inside = [sp for sp in spans if sp[0] <= r <= sp[1]]
        pick = inside[0] if inside else spans[2]
    elif future:
        pick = next((sp for sp in spans if sp[1] >= r - slack), spans[-1])
    else:
        pick = [sp for sp in spans if sp[0] <= r + slack][-1]
    return _Res(pick[0], pick[1], "month", True, True)


_UNIT_PREC = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _resolve_rel(at: _Atom, ref: _Ref, ctx: _Ctx) -> _Res:
    rm, unit = at.rm or "", at.unit or "year"
    ref_off = {"last": -1, "this": 0, "current": 0, "the current": 0, "the": 0, "next": 1,
               "coming": 1, "the coming": 1, "before last": -2, "after next": 2}
    ctx_off = {"the same": 0, "that": 0, "that same": 0, "the following": 1, "the next": 1,
               "the previous": -1}
    if rm in ref_off:
        off = ref_off[rm]
        if not ref.allows(_UNIT_PREC[unit]):
            return _none(True)
        r = ref.date
        if unit == "year":
            y = r.year + off
            if at.months:
                return _Res(dt.date(y, at.months[0], 1), _month_end(y, at.months[1]), "month",
                            True, True)
            return _Res(dt.date(y, 1, 1), None, "year", True)
        if unit == "month":
            y, m = _shift_month(r.year, r.month, off)
            return _Res(dt.date(y, m, 1), None, "month", True)
        return _Res(_monday(r) + dt.timedelta(days=7 * off), None, "week", True)
    off = ctx_off.get(rm, 0)
    if unit == "year":
        if ctx.year is None:
            return _none(False)
        y, rel = ctx.year
        if at.months:
            return _Res(dt.date(y + off, at.months[0], 1), _month_end(y + off, at.months[1]),
                        "month", rel, True)
        return _Res(dt.date(y + off, 1, 1), None, "year", rel)
    if unit == "month":
        if ctx.month is None:
            return _none(False)
        y, m, rel = ctx.month
        y, m = _shift_month(y, m, off)
        return _Res(dt.date(y, m, 1), None, "month", rel)
    if ctx.day is None:
        return _none(False)
    d, rel = ctx.day
    if unit == "week":
        return _Res(_monday(d) + dt.timedelta(days=7 * off), None, "week", rel)
    return _Res(d + dt.timedelta(days=off), None, "day", rel)


# "two years ago today", "a month ago to the day": the same calendar day that many units back
_AGO_TODAY = re.compile(r"[ \u00a0]+(?:today|tonight|this[ \u00a0]+(?:morning|afternoon|evening)"
                        r"|to[ \u00a0]+the[ \u00a0]+day)(?![A-Za-z])")


#: "... years ago this Saturday" / "this month"
_AGO_THIS = re.compile(r"[ \u00a0]+this[ \u00a0]+([A-Za-z]+)(?![A-Za-z])")
#: "... years ago on Saturday": the anniversary's weekday, on either side of the reference
_AGO_ON = re.compile(r"[ \u00a0]+on[ \u00a0]+([A-Za-z]+)(?![A-Za-z])")


def _resolve_ago(at: _Atom, ref: _Ref, ctx: _Ctx) -> _Res:
    unit, n = at.unit or "year", at.n
    if at.dw == "this month":
        if not ref.allows("month"):
            return _none(True)
        return _Res(dt.date(ref.date.year - n, ref.date.month, 1), None, "month", True)
    if at.dw == "this week":
        if not ref.allows("day"):  # the reference's year alone: that year, years back
            return (_Res(dt.date(ref.date.year - n, 1, 1), None, "year", True)
                    if ref.allows("year") else _none(True))
        y, m = ref.date.year - n, ref.date.month
        back = dt.date(y, m, min(ref.date.day, _days_in_month(y, m)))
        return _Res(_monday(back), None, "week", True)
    if at.dw == "this weekday" and at.wd is not None:
        if not ref.allows("day"):
            return _none(True)
        d = _monday(ref.date) + dt.timedelta(days=at.wd)
        y = d.year - n
        return _Res(dt.date(y, d.month, min(d.day, _days_in_month(y, d.month))), None, "day",
                    True)
    if at.dw == "on weekday" and at.wd is not None:
        return _ago_on_weekday(at.wd, n, unit, ref)
    if at.dw == "today":
        if not ref.allows("day"):
            return _none(True)
        base = ref.date
        if unit in ("day", "week"):
            return _Res(base - dt.timedelta(days=n * (7 if unit == "week" else 1)), None, "day",
                        True)
        y, m = (base.year - n, base.month) if unit == "year" else \
            _shift_month(base.year, base.month, -n)
        return _Res(dt.date(y, m, min(base.day, _days_in_month(y, m))), None, "day", True)
    sign = 1 if at.dir in ("later", "after") else -1
    from_ref = at.dir == "ago" or (unit == "year" and at.dir in ("earlier", "prior", "before"))
    if from_ref:
        if not ref.allows(_UNIT_PREC[unit]):
            return _none(True)
        base, rel = ref.date, True
    else:
        if unit == "year":
            if ctx.year is None:
                return _none(False)
            return _Res(dt.date(ctx.year[0] + sign * n, 1, 1), None, "year", ctx.year[1])
        if unit == "month":
            if ctx.month is None:
                return _none(False)
            y, m, rel = ctx.month
            base = dt.date(y, m, 1)
        else:
            if ctx.day is None:
                return _none(False)
            base, rel = ctx.day
    if unit == "day":
        return _Res(base + dt.timedelta(days=sign * n), None, "day", rel)
    if unit == "week":
        return _Res(_monday(base + dt.timedelta(days=7 * sign * n)), None, "week", rel)
    if unit == "month":
        y, m = _shift_month(base.year, base.month, sign * n)
        return _Res(dt.date(y, m, 1), None, "month", rel)
    return _Res(dt.date(base.year + sign * n, 1, 1), None, "year", rel)


def _ago_on_weekday(wd: int, n: int, unit: str, ref: _Ref) -> _Res:
    """"Two years ago on Sunday": the text does not say whether the anniversary's Sunday is
    the one before the reference day or the one after it (on a Sunday page: that day, or a
    week either side), so the date is the finest period that holds them all, taken `n` years
    (months) back: a month, a year, or nothing when they fall in different years."""
    if not ref.allows("day"):
        return _none(True)
    today = ref.date
    before = (today.weekday() - wd) % 7 or 7
    sides = [today - dt.timedelta(days=before), today + dt.timedelta(days=7 - before % 7)]
    if before == 7:
        sides.append(today)
    back = []
    for d in sides:
        y, m = (d.year - n, d.month) if unit == "year" else _shift_month(d.year, d.month, -n)
        back.append(dt.date(y, m, min(d.day, _days_in_month(y, m))))
    if len(set(back)) == 1:
        return _Res(back[0], None, "day", True)
    if len({(d.year, d.month) for d in back}) == 1:
        return _Res(dt.date(back[0].year, back[0].month, 1), None, "month", True)
    if len({d.year for d in back}) == 1:
        return _Res(dt.date(back[0].year, 1, 1), None, "year", True)
    return _none(True)


def _resolve_dayword(at: _Atom, ref: _Ref, ctx: _Ctx) -> _Res:
    ref_off = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "this morning": 0,
               "this afternoon": 0, "this evening": 0, "the day before yesterday": -2,
               "the day after tomorrow": 2}
    dw = at.dw or ""
    if dw in ("last night", "overnight"):
        # the night before the publication day ("overnight" may run into that day), so long
        # as the text has not moved the story to another day: "On 12 September ... overnight"
        # is that night, which the words do not pin to one calendar day
        if not ref.allows("day"):
            return _none(True)  # (an undated article: no night to count back from)
        night = ref.date - dt.timedelta(days=1)
        # (round 62) "last night" counts from the writing: a day the text counted from the
        # publication day too ("X said he spoke to Y on Tuesday. Z said last night ...") has
        # not moved the story away from it, as a written day has
        told = ctx.day if ctx.day is not None and not (dw == "last night" and ctx.day[1]) \
            else None
        if (told is not None and told[0] not in (ref.date, night)) or (
                ctx.month is not None and ctx.month[:2] not in (
                (ref.date.year, ref.date.month), (night.year, night.month))) or (
                ctx.year is not None and ctx.year[0] not in (ref.date.year, night.year)):
            return _none(True)
        if dw == "last night":
            return _Res(night, None, "day", True)
        return _Res(night, ref.date, "day", True, True)
    if dw in ref_off:
        if not ref.allows("day"):
            return _none(True)
        return _Res(ref.date + dt.timedelta(days=ref_off[dw]), None, "day", True)
    if ctx.day is None:
        return _none(False)
    d, rel = ctx.day
    return _Res(d + dt.timedelta(days=-1 if dw == "the day before" else 1), None, "day", rel)


def _resolve_weekday(at: _Atom, ref: _Ref, future: bool) -> _Res:
    if not ref.allows("day"):
        return _none(True)
    r, wd, rm = ref.date, at.wd, at.rm or ""
    back = (r.weekday() - wd) % 7          # days back to the latest such weekday (0 = today)
    ahead = (wd - r.weekday()) % 7 or 7    # days to the next one after today
    if rm in ("last", "past", "this past"):
        d = r - dt.timedelta(days=back or 7)
    elif rm in ("next", "coming", "this coming"):
        d = r + dt.timedelta(days=ahead)
    elif rm == "a week before":
        # "a week ago Friday", "a week last Friday": a week before the latest Friday; said on
        # a Friday, the latest one may be that day or the one before, so it is left open
        if not back:
            return _none(True)
        d = r - dt.timedelta(days=back + 7)
    elif rm == "a week on":
        # "a week on Friday", "Friday week": a week after the coming Friday; told in the past
        # ("met Friday week") the writer's day is not known
        if not future:
            return _none(True)
        d = r + dt.timedelta(days=ahead + 7)
    elif rm == "this":
        d = r + dt.timedelta(days=(wd - r.weekday()) % 7) if future else \
            _monday(r) + dt.timedelta(days=wd)
    elif future:
        d = r + dt.timedelta(days=ahead)
    else:
        d = r - dt.timedelta(days=back)
    return _Res(d, None, "day", True)


_WEEKEND_NEAR_DAYS = 7   # a day of its paragraph is at most this far before "the weekend"


def _resolve_weekend(at: _Atom, ref: _Ref, ctx: _Ctx, future: bool) -> _Res:
    """'over the weekend', 'last weekend', 'this coming weekend': the day span Saturday-Sunday
    next to the publication day, the one behind it in past context (the one just over, or on a
    Sunday the one ending that day), the one ahead in future context. Left unresolved where the
    words do not say which: a past "over the weekend" told on a Saturday, "next weekend" on a
    weekday (this one or the one after), or (see `find_dates`) a past "over/at the weekend"
    after a day of its paragraph more than a week before it ("began on 19 September. Over the
    weekend, ..." in October; "last weekend", "this weekend" always count from the report)."""
    if not ref.allows("day"):
        return _none(True)
    r, rm = ref.date, at.rm or ""
    wd = r.weekday()
    if rm in ("next", "coming", "this coming") or (future and rm not in ("last", "past",
                                                                          "this past")):
        if rm == "next" and wd < 5:
            return _none(True)
        sat = _monday(r) + dt.timedelta(days=5)
        if rm == "next" or (wd == 6 and rm != "this"):
            sat += dt.timedelta(days=7)
    else:
        if wd == 5 and rm not in ("last", "past", "this past"):
            return _none(True)     # on a Saturday: today, or the weekend before?
        sat = _monday(r) - dt.timedelta(days=2)
        if wd == 6 and rm in ("the", "this"):
            sat = r - dt.timedelta(days=1)
    return _Res(sat, sat + dt.timedelta(days=1), "day", True, True)


def _resolve_range(at: _Atom, ref: _Ref, ctx: _Ctx, future: bool) -> _Res:
    if at.a.kind == "weekday" and at.b.kind == "weekday":
        # one end is placed from the reference, the other counted from it, so the span never
        # straddles the publication day ("Monday and Tuesday" in a Monday article is last week's
        # Monday and Tuesday in past context, this week's in future context)
        gap = dt.timedelta(days=(at.b.wd - at.a.wd) % 7)
        if future or at.a.rm is not None:
            ra = _resolve(at.a, ref, ctx, future)
            return _Res(ra.date, ra.date + gap, "day", True, True) if ra.date else ra
        rb = _resolve(at.b, ref, ctx, future)
        return _Res(rb.date - gap, rb.date, "day", True, True) if rb.date else rb
    ra = _resolve(at.a, ref, ctx, future)
    rb = _resolve(at.b, ref, ctx, future)
    rel = ra.rel or rb.rel
    if ra.date is None or rb.date is None:
        return _none(rel)
    end = rb.end if rb.span else period_end(rb.date, rb.prec)
    if end < ra.date:
        return _none(rel)
    prec = max(ra.prec, rb.prec, key=lambda p: _RANK[p])
    return _Res(ra.date, end, prec, rel, True)


def _safe_resolve(at: _Atom, ref: _Ref, ctx: _Ctx, future: bool) -> _Res:
    """Resolve, turning impossible dates ("February 30") into an unresolved mention."""
    try:
        return _resolve(at, ref, ctx, future)
    except (ValueError, OverflowError):
        return _none(False)


# --------------------------------------------------------------------------------------------
# Public API


def _names_year(at: _Atom) -> bool:
    """Does the expression name a year ("2020", "May 2021", "last year", "November 9 last
    year")? Only those anchor "the same year": "on Monday" or a year-less "May 25" do not."""
    if at.kind == "range":
        return _names_year(at.a) or _names_year(at.b)
    if at.y is not None or at.ry is not None:
        return True
    return at.kind in ("rel", "ago") and at.unit == "year"


# Where a sentence ends for `_same_sentence`: terminal punctuation (closing marks allowed) then
# whitespace, or a line break. An abbreviation ("U.S. envoys") counts as an end too, which only
# makes the year-frame rule apply less often.
# Written with one leading character class, as `_SENT_END` is, for "[.!?…][closers]*\s|\n":
# a pattern opening with an alternation is tried at every character, one opening with a class
# only at the characters of the class. It matches exactly the same spans.
_SENTENCE_BREAK = re.compile(r"[.!?…\n](?:(?<=\n)|(?<!\n)[\"'”’»)\]]*\s)")
_FRAME_REACH = 300  # characters: a frame year further back than this is not used


def _same_sentence(text: str, start: int, end: int) -> bool:
    return end - start <= _FRAME_REACH and _SENTENCE_BREAK.search(text, start, end) is None


# "It" opening the sentence right after a written year: the same thing goes on being told
_IT_OPENS = re.compile(r"[\s\"'“‘«(\[]*(?:It|This)[ \u00a0]+(?:was|had|were)[ \u00a0]")


def _goes_on_about(text: str, start: int, end: int) -> bool:
    """'The war ended with a deal signed in 2020. It was signed on November 10th': the sentence
    right after the one that wrote a year opens with "It"/"This" and a past auxiliary, so it
    tells more of the same thing (one sentence break between, within the frame's reach)."""
    if end - start > _FRAME_REACH:
        return False
    b = _SENTENCE_BREAK.search(text, start, end)
    return b is not None and _SENTENCE_BREAK.search(text, b.end(), end) is None \
        and "\n" not in text[start:b.end()] and (_IT_OPENS.match(text, b.end()) is not None
                                                 or _document_opens(text, b.end()))


# (round 38) a year-less day or month in the sentence right after one that wrote a full date
# with its year, told in the past and shortly after that date in the calendar, goes on with
# the same story ("The war began on 27 September 2020. On 8 November, Azerbaijani forces took
# Shusha": 8 November 2020, not the last 8 November before a 2025 publication day); see
# `_carried_year`
_CARRY_DAYS = 61       # at most this many days after the last day of the full date
_CARRY_NEWS_DAYS = 61  # a publication-year reading this close before the page's day is news ...
_CARRY_NEXT_DAYS = 3   # ... unless the date follows the full date by one to these many days
_CARRY_REACH = 400     # characters from the full date to the year-less one
_CARRY_SENTENCES = 3   # (round 39) sentences on from the full date's: two may name no date


def _next_sentence(text: str, start: int, end: int) -> bool:
    """Is `end` in a sentence after the one holding `start`, at most `_CARRY_SENTENCES` on and
    in the same paragraph (no line break between)? The sentences between name no date (a
    dated one would have moved the story on or ended it)."""
    if end - start > _CARRY_REACH or "\n" in text[start:end]:
        return False
    breaks = 0
    pos = start
    while (b := _SENTENCE_BREAK.search(text, pos, end)) is not None:
        breaks += 1
        pos = b.end()
    return 1 <= breaks <= _CARRY_SENTENCES


def _past_sentence(text: str, at: _Atom) -> bool:
    """The sentence around a date is told in the past: a past verb in it ("Residents
    protested from April 20") and no future or modal word ("will", "expected", "may"; in
    lower case, so the month "May" is none)."""
    s0, s1 = _sentence_bounds(text, at.start, at.end, back=_CARRY_REACH, ahead=200)
    words = _WORD.findall(text, s0, s1)
    v = _vocab()
    joined = f" {' '.join(words)} "
    if any(w in v.future_set or w in v.modals for w in words) \
            or any(" " in f and f" {f} " in joined for f in v.future_set):
        return False
    return any(_past_verb(w.lower()) for w in words)


def _carried_year(story: tuple[dt.date, dt.date, str], at: _Atom, r: _Res,
                  ref: _Ref) -> _Res | None:
    """The date of a year-less day or month (`at`, read as `r` from the publication date) in
    the year of the full date `story` (first day, last day, precision) of the sentence before,
    when that puts it on or after the full date and at most `_CARRY_DAYS` after its last day
    (within its month for a month written with its year: "In January 2021 ... On 11 January")
    in an earlier year than the publication-year reading (or with no publication year). A
    reading at most `_CARRY_NEWS_DAYS` before the publication day is the piece's news ("...
    was agreed on April 19, 2024. On May 6, Pashinyan told parliament" in a May 2025 text;
    "The war began on 27 September 2020. On 27 September, crowds marched" in an autumn 2024
    one: the anniversary) unless the date follows the full date by one to `_CARRY_NEXT_DAYS`
    days ("Residents protested from April 20"). None when the year does not carry."""
    f0, f1, prec = story
    limit = f1 + dt.timedelta(days=_CARRY_DAYS if prec == "day" else 0)
    for y in (f0.year, f0.year + 1):
        if at.d is not None and _weekday_of(y, at.m, at.d) is None:
            continue
        first = dt.date(y, at.m, at.d or 1)
        if not f0 <= first <= limit:
            continue
        if r.date is not None and y >= r.date.year:
            return None
        if ref.allows("day") and (first > ref.date or (
                r.date is not None and 0 <= (ref.date - r.date).days <= _CARRY_NEWS_DAYS
                and not 0 < (first - f1).days <= _CARRY_NEXT_DAYS)):
            return None
        if at.kind == "month":
            return _Res(first, None, "month", False)
        if at.d2:
            return _Res(first, dt.date(y, at.m, at.d2), "day", False, True)
        return _Res(first, None, "day", False)
    return None


_STORY_TIME_REACH = 1500  # characters from the story's last day read for such a phrase


@lru_cache(maxsize=1)
def _story_time_pattern() -> re.Pattern[str]:
    """The `story_time` phrases of the vocabulary ("on the eve of", "on the <ordinal> day
    of"), the first letter in either case, "<ordinal>" an ordinal word or "3rd"."""
    v = _vocab()
    ords = "|".join(sorted(v.ordinals, key=len, reverse=True)) + rf"|[0-9]{{1,3}}{_ORD}"
    alts = []
    for ph in sorted(v.story_times, key=len, reverse=True):
        parts = [re.escape(w) if w != "<ordinal>" else f"(?:{ords})" for w in ph.split()]
        alts.append(_WS.join(parts))
    return re.compile(rf"{_NOT_AFTER_WORD}(?i:(?:{'|'.join(alts) or '(?!)'}))(?![A-Za-z])")


def _story_left_day(text: str, day_at: int | None, pos: int) -> bool:
    """(round 39) "... after a vote on 7 July. On the eve of the talks, Trump announced the
    summit. The next day, ...": a sentence after the one holding the story's last day (which
    ends at `day_at`) and up to `pos` opens with a `story_time` phrase, so the story stands on
    a moment the text does not date, and "the next day" at `pos` is not counted from the
    last day (nor from the eve, which is not read)."""
    if day_at is None or pos - day_at > _STORY_TIME_REACH:
        return False
    b = _SENTENCE_BREAK.search(text, day_at, pos)
    return b is not None and _story_time_opens(text, b.start(), pos)


def _entry_left_day(text: str, day_at: int | None, pos: int,
                    found: list[DateMention]) -> bool:
    """(round 59) On a live page, a stamp line ("13:05 GMT - ...") between the story's last
    day (which ends at `day_at`; `found` holds its mention) and `pos`: that day was told in an
    earlier entry or in the summary above the entries, so "X said the same day" at `pos` is
    not counted from it (the entry's own day is no surer: its words may tell of any day
    before it). A day heading over the entries (`_day_heading`) still dates them."""
    if day_at is None or _STAMP_LINE.search(text, day_at, pos) is None:
        return False
    day = next((m for m in reversed(found) if m.end == day_at), None)
    return day is not None and not _day_heading(text, day.start, day.end)


def _story_time_opens(text: str, lo: int, hi: int) -> bool:
    """Whether a `story_time` phrase between `lo` and `hi` opens a sentence."""
    return any(_starts_sentence(text, m.start())
               for m in _story_time_pattern().finditer(text, lo, hi))


def _story_time_year(text: str, at: _Atom, r: _Res, ref: _Ref, years: set[int]) -> _Res:
    """(round 58) A year-less day or month read in the publication year (`r`), in a sentence
    a `story_time` phrase opens ("On the 44th day of the war, in the early hours of 10
    November, ..."), in a text that has written out only earlier years so far: the phrase
    puts the date in the story those years tell, not in the page's present. With one such
    year written it is that year ("The war that began on 27 September 2020 ..." in a piece of
    10 November 2022), with several any of them fits, so the date is left open."""
    if r.date is None or not years or max(years) >= r.date.year:
        return r
    s0 = _sentence_bounds(text, at.start, at.end)[0]
    if not _story_time_opens(text, s0, at.start):
        return r
    if len(years) > 1:
        return _none(True)
    (y,) = years
    if at.d is not None and _weekday_of(y, at.m, at.d) is None:
        return _none(True)
    first = dt.date(y, at.m, at.d or 1)
    if at.kind == "month":
        return _Res(first, None, "month", False)
    if at.d2:
        return _Res(first, dt.date(y, at.m, at.d2), "day", False, True)
    return _Res(first, None, "day", False)


_STEP_RM = frozenset({"the same", "that same", "that", "the following", "the next"})


def _story_step(story: tuple[dt.date, dt.date, str, int] | None, at: _Atom, r: _Res) -> bool:
    """(round 39) A day counted on from the story's day ("The following day", "that evening",
    "six days later"), resolved on or up to `_CARRY_DAYS` after it: the story goes on from
    that day (see `_carried_year`). A count back ("the previous day") or to a coarser time
    ("later that month") does not."""
    if story is None or r.date is None or r.prec != "day" or r.span or at.unit != "day":
        return False
    if not ((at.kind == "rel" and at.rm in _STEP_RM) or (at.kind == "ago" and at.dir == "later")):
        return False
    return 0 <= (r.date - story[1]).days <= _CARRY_DAYS


# "The trilateral statement was ...": a document named by its noun, as "It" would
_THE_OPENS = re.compile(r"[\s\"'“‘«(\[]*The[ \u00a0]+((?:[a-z-]+[ \u00a0]+){0,2}?)([a-z]+)"
                        r"[ \u00a0]+(?:was|had|were)[ \u00a0]")


def _document_opens(text: str, pos: int) -> bool:
    """Whether the sentence at `pos` opens with "The", listed document modifiers and a
    document noun, then a past auxiliary ("The trilateral text was signed on November 10th"
    after a sentence that wrote the year: the same document goes on being told)."""
    m = _THE_OPENS.match(text, pos)
    if m is None:
        return False
    v = _vocab()
    return m.group(2) in v.doc_nouns and all(w in v.doc_modifiers for w in m.group(1).split())


def _after_past_verb(text: str, pos: int) -> bool:
    """'began on 27 September', 'met in October', 'signed 10 November': a past-tense verb
    (an irregular form from the vocabulary, or a word in "-ed") right before the date or
    before its "on"/"in", or a past cue ("back in October"). Future words ("scheduled",
    "expected") were ruled out before."""
    prev = _prev_words(text, pos, 4)
    tail = text[max(0, pos - 8):pos].rstrip(" \t\u00a0\"'“‘«(")
    if prev and prev[0] in ("on", "in"):
        prev = prev[1:]
        tail = text[max(0, pos - 12):pos].rstrip(" \t\u00a0")[:-2].rstrip(" \t\u00a0\"'“‘«(")
    if not prev or tail.endswith(_CLOSES_SENTENCE):
        return False  # "..., a source said. Mid-September is possible": another sentence's verb
    w = prev[0]
    if w in _PARTICLES and len(prev) > 1:
        # "was set up on 23 April", "were carried out in May", "had shut down on Friday": a
        # phrasal verb's particle stands between the verb and the date; the verb is past as
        # a form of its own or, for the irregular ones that do not change ("set", "shut",
        # "put"), after a past auxiliary
        verb = prev[1]
        return _past_word(verb) or (len(prev) > 2 and prev[2] in _PHRASAL_PAST_AUX
                                    and verb not in _vocab().future_set)
    return _past_word(w) or w in _vocab().past_cues


_PHRASAL_PAST_AUX = frozenset({"was", "were", "had", "been"})


_CLOSES_SENTENCE = (".", "!", "?", "\n", ".\"", ".”", ".’", "?”", "!”")


def _past_word(w: str) -> bool:
    """A past-tense verb form: an irregular one of the vocabulary, or a word of five letters or
    more in "-ed" but not "-eed" ("signed"; not "proceed", whose "-ed" is no ending). One test
    for the rules that read a clause's tense around a date."""
    return w in _vocab().past_verbs or (len(w) > 4 and w.endswith("ed") and not w.endswith("eed"))


def _past_verb(w: str) -> bool:
    """A past form that tells the past: a listed irregular past, or an "-ed" word that is no
    plan's participle of the future list ("scheduled", "expected")."""
    v = _vocab()
    return _past_word(w) and (w in v.past_verbs or w not in v.future_set)


# Right after a date: a past auxiliary, at most one "-ly" adverb, then a word (see below).
_AUX_AFTER = re.compile(r"[ \u00a0]+(?:had|was|were)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?([a-z]+)\b")


def _before_past_aux(text: str, at: _Atom) -> bool:
    """'X, who on 3 March had quietly met Y', 'the truce of Oct. 10 was broken': the date is
    followed at once by "had"/"was"/"were" and a past participle (an irregular form from the
    vocabulary or a word in "-ed" that no future cue names: "was expected", "was planned" are
    plans). A pluperfect or past passive there places the date in the past as surely as
    "began on" before it; "was to be held" has no participle and is not read."""
    m = _AUX_AFTER.match(text, at.end)
    if m is None:
        return False
    w = m.group(1)
    v = _vocab()
    if w in v.future_set:
        return False
    return _past_word(w)


_NOT_TOLD = frozenset({"is", "are", "be", "been", "being", "to", "will", "would"})
_PARTICLES = frozenset({"out", "up", "off", "down", "back"})  # of a phrasal verb before "on"


def _told_before(text: str, pos: int) -> bool:
    """'met on 30 December', 'signed 10 November': a past-tense verb right before the date (or
    its "on"/"in"), itself not after "is", "be", "to" or a modal ("is held on 5 October",
    "to be signed on"). The date is then the past verb's, not a later clause's plan."""
    prev = _prev_words(text, pos, 4)
    if prev and prev[0] in ("on", "in"):
        prev = prev[1:]
    if len(prev) > 1 and prev[0] in _PARTICLES:
        prev = prev[1:]  # "was carried out on Friday", "called off on 5 May"
    prev = prev[:2]
    if not prev or (len(prev) > 1 and prev[1] in _NOT_TOLD):
        return False
    w = prev[0]
    return _past_verb(w) or _told_with_object(text, pos)


# "signed a decree on Thursday", "launched its offensive on Tuesday": a past verb, a short
# object ("a"/"the"/a possessive, at most two words) and "on" right before the date; or a
# name, alone or after a preposition of place ("left Baku on Sunday", "met in Geneva on
# Saturday", "flew to Abu Dhabi on Monday": at most three capitalised words). (round 36) The
# object may be followed by its place ("opened a school in Fuzuli on Sunday", group `place`),
# then with no reporting verb ("said the summit in Granada on 5 October will ...").
_VERB_OBJECT_ON = re.compile(r"(?<![A-Za-z])([a-z]+)[ \u00a0]+(?:(?:a|an|the|its|their|his|her)"
                             r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?[a-z]+"
                             r"(?P<place>[ \u00a0]+(?:in|at|to|from)[ \u00a0]+(?:the[ \u00a0]+)?"
                             r"[A-Z][A-Za-z'’-]+(?:[ \u00a0]+[A-Z][A-Za-z'’-]+){0,2})?"
                             r"|(?:(?:in|at|to|from|for)[ \u00a0]+)?(?:the[ \u00a0]+)?"
                             r"[A-Z][A-Za-z'’-]+(?:[ \u00a0]+[A-Z][A-Za-z'’-]+){0,2})"
                             r"[ \u00a0]+on[ \u00a0]+\Z")


def _told_with_object(text: str, pos: int) -> bool:
    """'Shahramanyan signed a decree on Thursday under which ... will cease to exist': the past
    verb governs the day through its object, so a future told after the date (in a relative
    clause about the object) is not the date's. A plan's participle ("scheduled", "expected")
    or a verb after "is"/"be"/"to"/a modal is no past verb."""
    m = _VERB_OBJECT_ON.search(text, max(0, pos - 60), pos)
    if m is None:
        return False
    if not _past_verb(m.group(1)):
        return False
    if m.group("place") and m.group(1) in _vocab().report_verbs:
        return False
    before = _prev_words(text, m.start(1), 1)
    return not (before and before[0] in _NOT_TOLD)


def _quoted(text: str, pos: int) -> bool:
    """Is `pos` inside a quotation closed in its paragraph, or carried on into the next one? A
    date a speaker says ("we meet tomorrow") is in the speaker's time, not the narrative's:
    "the same day" after it means the day the narrative last named. Counts straight quotes, or
    compares the last curly ones; a quote mark never closed in the paragraph is taken for a
    quotation only when the next paragraph reopens with a mark. A transcript's turn (a
    paragraph opened by a speaker's label in capitals, "MIRZOYAN: ...") is a quotation too.
    The caller asks only for dates placed by the publication date: a quoted "the same year"
    still follows the narrative's year, and passes it on."""
    line = text.rfind("\n", 0, pos) + 1
    if (lab := _SPEAKER_LABEL.match(text, line, pos)) is not None \
            and " ".join(lab.group(1).lower().replace("’", "'").split()) \
            not in _vocab().not_speakers:
        return True
    stop = text.find("\n", pos)
    before, after = text[line:pos], text[pos:stop if stop >= 0 else len(text)]
    if before.count('"') % 2 == 1:
        return '"' in after or (after.count('"') == 0 and _reopens(text, stop, '"'))
    return before.rfind("\u201c") > before.rfind("\u201d") and (
        "\u201d" in after or ("\u201c" not in after and _reopens(text, stop, "\u201c")))


# a transcript's speaker label opening a paragraph: "MIRZOYAN: ...", "PRESIDENT ALIYEV: ..."
# (two letters at least, so "Q:" and "A:" of a Q&A, the writer's own voice, are no speakers)
_SPEAKER_LABEL = re.compile(r"[ \t\u00a0]*([A-Z][A-Z'’.-]+(?:[ \t\u00a0][A-Z][A-Z'’.-]*){0,3})"
                            r"[ \t\u00a0]*:[ \t\u00a0]")
# the last quotation mark before a position on its line, with the text after it up to there
_QUOTE_MARKS = "\"\u201c\u201d\u00ab\u00bb\u2018\u2019'"
_LAST_QUOTE = re.compile(f"[{_QUOTE_MARKS}][^{_QUOTE_MARKS}\n]*\\Z")
_OPENERS = "\"\u201c\u00ab\u2018'"
_TITLE_REACH = 100  # characters from the opening mark of a title to a date inside it
# a closed quotation right before another one: '"A" and "B"', '"A", "B"'
_JOINED_QUOTE = re.compile("[\"\u201d\u00bb\u2019'][,;]?[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?\\Z")


def _in_title(text: str, pos: int) -> bool:
    """Is `pos` inside a quotation that names something: opened right after a `title_cue`
    ("an exhibition titled "Karabakh 2020"", "banners reading "27 September: we remember"
    and "8 November: victory"")? Such a date belongs to a name or a slogan. A quotation
    after a speech verb, or one with no cue, is not a title ("the "5 October statement"")."""
    lo = max(0, pos - _TITLE_REACH)
    q = _LAST_QUOTE.search(text, lo, pos)
    if q is None:
        return False
    title_cues = _vocab().title_cues
    for _ in range(3):   # a title, or up to two more joined to it
        o = q.start()
        if text[o] not in _OPENERS or (o > 0 and not (text[o - 1].isspace()
                                                     or text[o - 1] in "([")):
            return False  # a closing mark or an apostrophe ("Azerbaijan's 2020 ...")
        prev = _prev_words(text, o, 1)
        if prev and prev[0] in title_cues and text[o - 1] != "(":
            return True
        j = _JOINED_QUOTE.search(text, max(0, o - 8), o)
        if j is None:
            return False
        q = _LAST_QUOTE.search(text, max(0, j.start() - _TITLE_REACH), j.start())
        if q is None:
            return False
    return False


def _reopens(text: str, stop: int, mark: str) -> bool:
    """Does the paragraph after the line break at `stop` open with the same quotation `mark`?
    A quote that runs over several paragraphs leaves each one open and reopens the next (the
    press convention), so an unclosed mark followed by such a paragraph is a quotation too;
    a paragraph opening with another style of mark is another text's quote."""
    if stop < 0:
        return False
    return text[stop:stop + 8].lstrip()[:1] == mark


_DOC_AGE_DAYS = 183


def _written_days(atoms: list[_Atom]) -> dict[tuple[int, int], int]:
    """(month, day) -> year of the article's full single-day dates, for the days written with
    one year only: "the 5 October statement" names the day the text writes as "October 5,
    2023" elsewhere (a document or happening is cited by its day, its year told once)."""
    years: dict[tuple[int, int], set[int]] = {}
    for a in atoms:
        if a.kind in ("md", "ymd") and a.y is not None and a.m and a.d and a.d2 is None \
                and a.y2 is None:
            years.setdefault((a.m, a.d), set()).add(a.y)
    return {k: next(iter(ys)) for k, ys in years.items() if len(ys) == 1}


def _paragraph_month_year(text: str, atoms: list[_Atom], at: _Atom) -> int | None:
    """(round 38) The year of the month of a document's year-less day (`at`) when the
    paragraph writes that month with one year only ("deployed since November 2020 under the
    trilateral statement of 10 November"; "The leaders met in Moscow in January 2021. Their 11
    January statement ..."): a document is cited by its day where the paragraph has told its
    month and year. None when the paragraph names the month with no year or with two."""
    p0 = text.rfind("\n", 0, at.start) + 1
    p1 = text.find("\n", at.end)
    p1 = len(text) if p1 < 0 else p1
    years = {a.y for a in atoms if p0 <= a.start and a.end <= p1 and a is not at
             and a.kind in ("md", "ymd", "month") and a.m == at.m and a.y is not None
             and a.y2 is None and a.d2 is None}
    return next(iter(years)) if len(years) == 1 else None


def _names_document(text: str, at: _Atom) -> bool:
    """'the 10 November statement', 'the 5 October joint declaration': a date right after
    "the" and before a `doc_noun` (listed modifiers may stand between)."""
    return _document_end(text, at) >= 0


def _document_end(text: str, at: _Atom) -> int:
    """End of the `doc_noun` a date names (see `_names_document`), -1 when it names none."""
    prev = _prev_words(text, at.start, 1)
    if text[at.start:at.start + 4].lower() != "the " and (not prev or prev[0] != "the"):
        return -1
    v = _vocab()
    words = list(_WORD.finditer(text, at.end, min(len(text), at.end + 40)))[:3]
    while words and words[0].group().lower() in v.doc_modifiers:
        words = words[1:]
    return words[0].end() if words and words[0].group().lower() in v.doc_nouns else -1


_OF_YEAR = re.compile(rf"[ \u00a0]+of[ \u00a0]+({_YEAR}){_YEAR_END}")


def _names_old_document(text: str, at: _Atom, r: _Res, ref: _Ref, fut: bool) -> bool:
    """'the November 9-10 statement', 'the 10 November trilateral agreement': a year-less date
    naming a document. Background paragraphs cite famous texts this way for years after they
    were signed, so when the publication date puts it more than half a year back in an
    earlier year (2020's ceasefire statement in a 2024 article would be read as 2023's) the
    year is unknown: the date is left unresolved rather than guessed."""
    if ref.date is None:
        return False
    if not fut and r.date > period_end(ref.date, ref.prec):
        # "ended with the trilateral statement of 9/10 November" in an October text: a text
        # cited by its day exists already, so it is no day ahead; the year before may be wrong
        # too (famous texts are cited for years), so it is left open ("The truce of Oct. 5
        # collapsed", with its past verb, is the year before: not ahead here)
        return _names_document(text, at) or _document_before(text, at)
    if r.date.year >= ref.date.year or (ref.date - (r.end or r.date)).days <= _DOC_AGE_DAYS:
        return False
    return _names_document(text, at)


def _document_before(text: str, at: _Atom) -> bool:
    """'the trilateral statement of 9/10 November', 'the truce of 10 October': a date after
    a `doc_noun` and "of"."""
    prev = _prev_words(text, at.start, 2)
    return len(prev) == 2 and prev[0] == "of" and prev[1] in _vocab().doc_nouns


# ", where their leaders had held talks on": a past-perfect relative clause before a date
_FLASHBACK_CLAUSE = re.compile(r",[ \u00a0]+(?:where|when|which|who)[ \u00a0][^,;:.!?\n]*?"
                               r"(?<![A-Za-z])had[ \u00a0]+(?!been[ \u00a0]+due)[a-z]+"
                               r"[^,;:.!?\n]*\Z")


# the counted words of "the following day", "that same evening", "the previous week": counted
# from the story's last day
#: A comma-set relative clause still open where a date stands (", whose text was agreed in").
_COMMA_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whom|whose)\b[^,.;:!?\n]*\Z")
_STORY_DAY_RM = frozenset({"the same", "that same", "that", "the following", "the next",
                           "the previous"})


def _flashback_day(text: str, prev_end: int | None, at: _Atom) -> bool:
    """"Last week the ministers met in Abu Dhabi, where their leaders had held talks on 10
    July. Iran objected the same day.": a day told in a past-perfect relative clause after
    another date of its sentence looks back from the sentence's own time, so the story stands
    on no known day after it ("the same day" is not 10 July)."""
    if prev_end is None or at.start - prev_end > 200 or "had" not in text[prev_end:at.start] \
            or not _same_sentence(text, prev_end, at.start):
        return _interposed_flashback(text, at)
    return _FLASHBACK_CLAUSE.search(text, prev_end, at.start) is not None


# the rest of a relative clause after its date, its closing comma and the main clause's
# next word ("... on 31 August, spoke by phone ...")
_CLAUSE_CLOSES = re.compile(r"[^,;:.!?\n()\"“”]{0,40}?,[ \u00a0]+[a-z]")


def _interposed_flashback(text: str, at: _Atom) -> bool:
    """(round 34) "Pashinyan, who had met Aliyev in Brussels on 31 August, spoke to Putin
    on the first day of the fighting. That same evening ...": a day told in a past-perfect
    relative clause set off by commas inside its sentence looks back from the main clause's
    time, which the sentence may leave unnamed; the story then stands on no known day, so
    "that same evening" is not 31 August."""
    if "had" not in text[max(0, at.start - 150):at.start]:
        return False
    s0, _ = _sentence_bounds(text, at.start, at.end)
    return _FLASHBACK_CLAUSE.search(text, s0, at.start) is not None \
        and _CLAUSE_CLOSES.match(text, at.end) is not None


def _after_report_verb(text: str, pos: int) -> bool:
    """'..., officials said on Monday', 'told reporters Monday': the day of the telling. Right
    after a day that the sentence itself is about, it is not the day "the next day" in a later
    sentence counts from (the caller checks for that earlier day)."""
    prev = _prev_words(text, pos, 3)
    if prev and prev[0] == "on":
        prev = prev[1:]
    v = _vocab()
    return bool(prev) and (prev[0] in v.report_verbs
                           or (len(prev) > 1 and prev[1] in v.report_verbs))


def _heads_past_clause(text: str, at: _Atom) -> bool:
    """'On February 27, Aliyev told ...': a date heading its sentence (after "On"/"In" or
    alone), then a comma, then within six words a past-tense verb (an irregular form from the
    vocabulary or a lower-case word in "-ed"; capitalised words of names and titles, and "and",
    are not counted). The date is then in the past as surely as after
    "told on"; future words were ruled out before."""
    prev = _prev_words(text, at.start, 1)
    head = at.start - len(prev[0]) - 1 if prev and prev[0] in ("on", "in") else at.start
    if (prev and head == at.start) or not _starts_sentence(text, head):
        return False
    rest = text[at.end:at.end + 80]
    if not rest.startswith(","):
        return False
    past = _vocab().past_verbs
    rest = text[at.end:at.end + 160]
    plain = 0  # words counted: a subject's names and titles ("President Ilham Aliyev") are not
    for w in _WORD.findall(rest.split(".", 1)[0])[:16]:
        lw = w.lower()
        if lw in past or (w[0].islower() and len(lw) > 4 and lw.endswith("ed")
                          and not lw.endswith("eed")):
            return True
        plain += w[0].islower() and lw != "and"
        if plain >= 6:
            break
    return False


_WORD = re.compile(r"[A-Za-z'’]+")
# After a date inside a noun phrase: up to three lower-case words, separated by spaces only
# (the rest of the phrase, "the Oct. 10 truce", and then its verb).
_NP_TAIL = re.compile(r"(?:[ \u00a0]+[a-z][a-z-]*){1,3}")


def _subject_of_past_verb(text: str, at: _Atom) -> bool:
    """'The truce of Oct. 10 collapsed', 'the Oct. 10 truce collapsed': the date sits in a noun
    phrase (after "of" or "the") that is the subject of a past-tense verb right after the
    phrase (an irregular form from the vocabulary or a word in "-ed" that no future cue names,
    "planned" or "expected" being plans). The date is then in the past as surely as after
    "began on". An auxiliary or relative word before the verb ("of Oct. 10 that ...") means
    the verb is another clause's, and the rule does not apply."""
    if not text[max(0, at.start - 5):at.start].rstrip().lower().endswith(("of", "the")):
        return False  # cheap test first: most dates follow neither word
    prev = _prev_words(text, at.start, 1)
    if not prev or prev[0] not in ("of", "the"):
        return False
    m = _NP_TAIL.match(text, at.end)
    if m is None:
        return False
    v = _vocab()
    for i, w in enumerate(m.group(0).split()):
        if w in _NP_BREAK or w in v.future_set:
            return False
        if _past_word(w):
            return i <= 2
    return False


# After a date: an optional possessive, then one or two lower-case words (the noun, or a
# modifier and the noun: "'s offensive", " border clashes").
_EVENT_NOUN = re.compile(r"(?:['\u2019]s)?[ \u00a0]+([a-z][a-z-]*)\b"
                         r"(?:[ \u00a0]+([a-z][a-z-]*)\b)?")


def _names_past_event(text: str, at: _Atom) -> bool:
    """'the September clashes', 'October's offensive', 'the 19 September border attack', 'the
    fighting of 13 September': a year-less date naming a happening of the vocabulary's
    `past_event` nouns (after "the" or as a possessive; or after "<noun> of"). Such a happening
    is reported only once it has taken place, so the date is past whatever the tense of its
    clause: "will rebuild houses damaged in the September clashes" (March) is last September."""
    v = _vocab()
    prev = _prev_words(text, at.start, 2)
    if prev and prev[0] == "of":
        return len(prev) > 1 and prev[1] in v.past_events
    m = _EVENT_NOUN.match(text, at.end, min(len(text), at.end + 40))
    if m is None:
        return False
    w1, w2 = m.group(1), m.group(2)
    if w2 in v.past_events:
        pass  # "the September border clashes"
    elif w1 not in v.past_events or (w2 is not None and not _ends_event_np(w2, v)):
        return False  # "the September war games": the noun is a modifier of another
    return text.startswith(("'", "\u2019"), at.end) or (bool(prev) and prev[0] == "the") \
        or text[at.start:at.start + 4].lower() == "the "


# Words after which a noun phrase has ended: prepositions of place and time (besides `_NP_BREAK`).
_AFTER_NP = frozenset({"in", "on", "at", "of", "near", "along", "across", "around", "over", "for",
                       "between", "with", "against", "from", "by", "after", "before", "during",
                       "since", "as", "or", "nor", "left", "killed", "could", "did", "does"})


def _ends_event_np(w: str, v: _Vocab) -> bool:
    """Can the lower-case word `w` follow a noun phrase's head ("clashes killed", "fighting
    in")? A verb, auxiliary, relative word or preposition can; another noun ("war games")
    cannot, and then the first word was a modifier."""
    return w in _NP_BREAK or w in _AFTER_NP or w in v.past_verbs or w in v.future_set \
        or w in v.report_verbs or (len(w) > 4 and w.endswith("ed"))


# Words that end a noun phrase: an auxiliary or a relative word starts a clause of its own.
_NP_BREAK = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would",
                       "that", "which", "who", "and", "but", "to"})


# "overnight into Tuesday", "in the night to 17 October": the words right before the day
_NIGHT_INTO = re.compile(r"(?<![A-Za-z])(?:[Oo]vernight|night)[ \u00a0]+(?:into|to)[ \u00a0]+\Z")

_YEARS_AFTER_REACH = 90  # characters from "a year after" to the date it counts from


@lru_cache(maxsize=1)
def _years_after_pattern() -> re.Pattern[str]:
    """'a year after the trilateral statement of ', 'two years since ': a count of years then
    words (no digit, no clause mark) up to the end of the window."""
    return re.compile(rf"{_NOT_AFTER_WORD}(?P<n>{_w(list(_vocab().numbers))}|[0-9]{{1,2}})"
                      rf"{_WS}years?{_WS}(?:after|since){_WS}[A-Za-z'’\- \u00a0]*\Z")


def _years_before_told(text: str, at: _Atom, r: _Res, ref: _Ref) -> tuple[_Res, int]:
    """'The Sochi summit came a year after the trilateral statement of 9/10 November': a
    year-less day counted from by "<n> years after" lies at least about n years before the
    publication day (the counted moment is not later than it, with the usual slack), so it
    moves back to the latest year that allows that. The count only bounds the year: when the
    counted moment then lies more than half a year before the publication day, it may have
    been any year before, and the date is left unresolved. Returns the result and the count
    (0 when nothing moved)."""
    lo = max(0, at.start - _YEARS_AFTER_REACH)
    cut = [b.end() for b in _SENTENCE_BREAK.finditer(text, lo, at.start)]
    c = _years_after_pattern().search(text, cut[-1] if cut else lo, at.start)
    if c is None:
        return r, 0
    g = c.group("n")
    n = int(g) if g.isdigit() else _vocab().numbers[g.lower()]
    d = r.date
    limit = ref.date + dt.timedelta(days=_SLACK_DAYS)
    y = d.year
    while y > 1 and (later := _shifted(d, y + n)) is not None and later > limit:
        y -= 1
    start = _shifted(d, y)
    if y == d.year or start is None:
        return r, 0
    end = _shifted(r.end, y + (r.end.year - d.year)) if r.span and r.end else None
    if r.span and end is None:
        return r, 0
    if (ref.date - (_shifted(d, y + n) or ref.date)).days > _DOC_AGE_DAYS:
        return _none(True), n
    return _Res(start, end, r.prec, r.rel, r.span), n


def _shifted(d: dt.date, y: int) -> dt.date | None:
    """`d` in year `y` (None for 29 February in a common year)."""
    try:
        return d.replace(year=y)
    except ValueError:
        return None


# Words before a written month that make it a bound, not the month a sentence is set in
# ("since September 2022, ... on 12 September" may be any later September).
_BOUND_WORDS = frozenset({"since", "by", "until", "till", "before", "after", "from", "through"})


# "ten days later, on 14 May": the counted day written out right after its period
_COUNT_APPOSED = re.compile(r"[ \u00a0]*,[ \u00a0]+(?:on|in)[ \u00a0]+[0-9A-Z]")


def _sets_the_scene(text: str, at: _Atom, r: _Res) -> bool:
    """'In 2022, ...', 'On 5 May 2021 ...', 'during 2020': an explicit single year (not a span,
    not resolved from the publication date) after a scene-setting preposition. A year-less
    date later in the same sentence is then read in that year. 'Since 2020', 'by 2021' or
    'the 2020 war' set no scene: they bound or label, and a later 'in May' is then the
    publication year's as before."""
    if at.kind == "ago" and at.dir in ("later", "earlier") and r.date is not None \
            and not r.rel and not r.span and (_starts_sentence(text, at.start)
                                              or _COUNT_APPOSED.match(text, at.end)):
        # "Two months later, on 10 July, ...": counted from a date the text wrote, the period
        # heading its sentence is the scene the sentence's year-less dates are read in, even
        # when no publication date would give them a year; so is a period the day it counted
        # to is apposed to inside the sentence ("...; ten days later, on 14 May, they met",
        # round 34)
        return True
    if r.date is None or not _names_year(at) or at.kind == "range":
        return False
    if r.span and (r.end is None or r.end.year != r.date.year):
        return False  # "1992-1994", "the winter of 2022": no single year to read dates in
    prev = _prev_words(text, at.start, 1)
    if at.kind == "rel" and at.unit == "year" and not at.months \
            and at.rm in _YEAR_WORDS and r.prec == "year":
        # "That year, in May, ...", "Last year, in March, ...": a whole year named at the head
        # of the sentence (or after "in") is the scene of the sentence like a written year.
        return _starts_sentence(text, at.start) or (bool(prev) and prev[0] in ("in", "during"))
    if at.kind == "ago" and at.unit == "year" and r.prec == "year":
        # "A year earlier, ... met on 5 October", "Two years ago, in May, ...": the counted
        # year heading its sentence is the sentence's scene as "That year, ..." is
        return _starts_sentence(text, at.start)
    if at.kind == "season" and at.ry in ("that", "following") and at.y is None:
        # "That autumn Azerbaijani forces ..., and on 8 November they entered Shusha": the
        # season of the text's own year heading its sentence is the sentence's scene
        return _starts_sentence(text, at.start)
    if r.rel:
        return False
    if at.y is None and at.ry is None and at.kind != "year":
        return False  # "last year": relative, not written out
    # "on 24 May of that year" (its year is the text's own, "May last year" is relative above)
    # sets the scene as "on 24 May 2022" would
    if at.kind == "year" and is_timeline_label(text, at.start, at.end):
        return True  # a timeline entry "2020: ... on 9-10 November": the year labels its line
    return bool(prev) and prev[0] in _vocab().frame_cues


# Words opening a clause of time, place or relation ("... it made when it joined the Council in
# 2001, ..."), and words after which such an opener heads a clause of its own ("said that when
# the talks resumed in 2022, ...": the opener's clause runs on past the comma)
_CLAUSE_OPENERS = frozenset({"when", "where", "which", "who", "whom", "whose", "while"})
_OPENER_HEADS = frozenset({"that", "and", "but", "or", "so", "then", "yet"})
_CLAUSE_STOP = re.compile(r"[,;:()\u2013\u2014]|[ \u00a0]-[ \u00a0]")
_APPOSED_DATE = re.compile(r"[,;:(\u2013\u2014 \u00a0-]*(?:(?:on|in)[ \u00a0]+)?\Z")


def _trailing_clause_end(text: str, at: _Atom) -> int | None:
    """Where a scene-setting date stops setting the scene, when it stands in a clause opened
    inside its sentence by "when"/"where"/"which"/"who"/"while" right after another word:
    "cited commitments it made when it joined the Council of Europe in 2001, the holding of
    the 7 February election" is no scene for the 7 February, which belongs to a noun of the
    main clause. The clause ends at the next comma, semicolon, colon, bracket or dash. A
    clause heading its sentence ("When it joined in 2001, it promised on 25 January") or
    standing between commas ("The war, which began in 2020, ended on 10 November") still
    sets the scene of the whole sentence, as before. None when the whole sentence is framed."""
    s0, s1 = _sentence_bounds(text, at.start, at.end, back=300, ahead=300)
    seg0 = s0
    for c in _CLAUSE_STOP.finditer(text, s0, at.start):
        seg0 = c.end()
    words = [w.lower() for w in _WORD.findall(text, seg0, at.start)]
    for k in range(1, len(words)):
        if words[k] in _CLAUSE_OPENERS and words[k - 1] not in _OPENER_HEADS:
            c = _CLAUSE_STOP.search(text, at.end, s1)
            return c.start() if c is not None else None
    return None


def _within_frame(text: str, stop: int | None, pos: int) -> bool:
    """Is the mention at `pos` within the frame's reach (see `_trailing_clause_end`)? A date
    set right after the clause's end, in apposition ("... joined in 2001, on 25 January"),
    still is; one opening a noun phrase (", the 25 January vote") is not."""
    return stop is None or pos < stop or (_APPOSED_DATE.match(text, stop, pos) is not None
                                          and text[pos:pos + 4].lower() != "the ")


# A timeline entry's label: a bare year at the head of its line (after a bullet at most), then a
# colon or a spaced dash or double hyphen ("2020: ...", "- 2021 — ...", "2022 -- ..."); the line's
# year-less dates are that year's.
_TIMELINE_LABEL = re.compile(r"[ \t\u00a0]*(?::|[ \t\u00a0](?:--|[-\u2013\u2014]))[ \t\u00a0]")
_LINE_HEAD = re.compile(r"(?:^|\n)[ \t\u00a0]*(?:[-*\u2022\u2013\u2014][ \t\u00a0]*)?\Z")


def is_timeline_label(text: str, start: int, end: int) -> bool:
    """Whether the year written at `text[start:end]` labels a timeline entry ("2020: ...",
    "- 2021 — ..."): at the head of its line (after a bullet at most), then a colon or a spaced
    dash. The entry's year-less dates are that year's, and the label itself dates nothing."""
    return _TIMELINE_LABEL.match(text, end) is not None and \
        _LINE_HEAD.search(text, max(0, start - 8), start) is not None


# "that year", "the same year", "the following year" (counted from the text's own last year,
# see `_resolve_rel`) and "last year", "this year", "next year" (from the publication date).
_YEAR_WORDS = frozenset({"the same", "that", "that same", "the following", "the next",
                         "the previous", "last", "this", "next"})
_SENTENCE_HEAD = re.compile(r"(?:^|[.!?…][\"'”’»)\]]*|\n)[\s\"'“‘«(\[]*$")


_COMMA_AFTER = re.compile(r"[ \u00a0]*,")
_WORD_BEFORE = re.compile(r"[A-Za-z]+[ \u00a0]+\Z")


def _heads_its_sentence(text: str, at: _Atom) -> bool:
    """'In September 2022, ...', 'Back in April 2021, ...': the date and at most two words
    before it open the sentence, and a comma closes it off. Only such a heading moves the
    story to a new scene; a year inside a clause ("the maps approved in 1948") does not."""
    if _COMMA_AFTER.match(text, at.end) is None:
        return False
    pos = at.start
    for _ in range(3):
        if _starts_sentence(text, pos):
            return True
        m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
        if m is None:
            return False
        pos = m.start()
    return False


def _starts_sentence(text: str, pos: int) -> bool:
    """Is `pos` the first word of its sentence (or line)? Looks back 12 characters only."""
    return _SENTENCE_HEAD.search(text[max(0, pos - 12):pos]) is not None \
        or (pos < 12 and not text[:pos].strip())


# Year-less kinds a timeline entry headed by a full date ("28 February 2024: ...") resolves
# from that day instead of the page's (`find_dates`)
_ENTRY_DATED = frozenset({"md", "month"})

# Year-less kinds that may name a past happening ("the September clashes", "the autumn
# offensive"): see `_names_past_event`.
_EVENT_DATED = frozenset({"md", "month", "season"})

# "the week of 18 September" names that week, not that day (the codebook's `week`: its Monday).
# "held each August", "every Friday", "thousands march every year on 24 April": a year-less
# month, season, weekday or day after "each"/"every" recurs; it names no single date.
_RECURRING = frozenset({"md", "month", "season", "weekday"})
_RECURS = re.compile(r"(?<![A-Za-z])(?:[Ee]ach|[Ee]very)(?:[ \u00a0]+year[ \u00a0]+(?:on|in))?"
                     r"[ \u00a0]+\Z")
_WEEK_OF = re.compile(r"(?<![A-Za-z])[Ww]eek[\s\u00a0]+of[\s\u00a0]+\Z")


# A chronology's year standing alone on its line above entries headed by their month
# ("2020\nJuly: clashes in Tovuz ...\nNovember: the statement of 9-10 November ..."): see
# `_year_headings`
# (round 31) the year may close with a dash or colon ("2020 \u2014", "2021:")
_YEAR_LINE = re.compile(r"(?m)^[ \t\u00a0]*(" + _YEAR
                        + r")[ \t\u00a0]*(?:(?:--|[-\u2013\u2014:])[ \t\u00a0]*)?$")
# (round 30) also headed day first: "- 16 September: Armenia files ..."; (round 31) or by a
# span of days or months: "19-20 September - ...", "September 19-20: ...", "April-May - ..."
_ENTRY_DAY = r"[0-9]{1,2}(?:[-\u2013][0-9]{1,2})?"
_MONTH_ENTRY = re.compile(r"[ \t\u00a0]*(?:[-\u2013\u2014\u2022*][ \t\u00a0]+)?"
                          r"(?:" + _ENTRY_DAY + r"[ \t\u00a0]+)?" + month_pattern()
                          + r"(?:[-\u2013]" + month_pattern() + r")?"
                          r"(?:[ \t\u00a0]+" + _ENTRY_DAY + r")?[ \t\u00a0]*"
                          r"(?::|[ \t\u00a0](?:--|[-\u2013\u2014]))")


def _at_line_starts(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)` for a MULTILINE pattern that opens with "^" and whose matches hold
    no line break (`_YEAR_LINE`, `_STAMP_LINE`). Such a match starts at a line start (0 or
    after a "\n") and ends before the next one, so there is at most one per line, and
    trying `rx.match` at each line start gives the same matches in the same order; the
    search would try "^" at every character of the text."""
    match, find = rx.match, text.find
    pos = 0
    while True:
        m = match(text, pos)
        if m is not None:
            yield m
        nl = find("\n", pos)
        if nl < 0:
            return
        pos = nl + 1


def _year_headings(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of the entries below each bare year heading a chronology ("2020"
    alone on its line): every line up to the next one, blank lines aside, must open with a
    month label ("November: ...", "- July 12 -- ...", "- 16 September: ..."), and the
    entries' year-less days and months are that year's. A year line with no such entry below
    (a headline's "2020") frames nothing."""
    out: list[tuple[int, int, int]] = []
    for h in _at_line_starts(_YEAR_LINE, text):
        pos = end = h.end()
        while pos < len(text):
            nl = text.find("\n", pos + 1)
            nl = len(text) if nl < 0 else nl
            line = text[pos:nl]
            if line.strip():
                if _MONTH_ENTRY.match(text, pos + 1 if text[pos] == "\n" else pos) is None:
                    break
                end = nl
            pos = nl
        if end > h.end():
            out.append((h.end(), end, int(h.group(1))))
    return out


def _report_eve(text: str, ref: _Ref) -> _Res:
    """The day before the report's for "On the eve," in agency copy (a dateline opens the
    text, and the publication day is known); unresolved otherwise."""
    from karabakh_data.text import datelines

    if not ref.allows("day") or not datelines(text[:300]):
        return _none(True)
    return _Res(ref.date - dt.timedelta(days=1), None, "day", True)


def find_dates(text: str, reference: dt.date | None = None,
               reference_precision: str | None = "day") -> list[DateMention]:
    """All date expressions of `text` in reading order, resolved per the codebook.

    `reference` is the article's publication date, known to `reference_precision` ("day" when
    None is given with a date). Relative expressions it cannot place are returned with
    `date=None`.
    """
    if not text:
        return []
    ref = _Ref(reference, reference_precision)
    ctx = _Ctx()
    out: list[DateMention] = []
    sent_day: int | None = None  # end of the last day-precise mention (for _after_report_verb)
    prev_end: int | None = None  # end of the last resolved mention (for _flashback_day)
    atoms = _scan(text)
    _slash_order(atoms)
    span_line = -1  # end of the line a span label heads ("2020-21: ..."), see below
    # (first day, line end) of the last timeline label year ("2020: ..."): it frames every
    # sentence of its line ("2020: war breaks out. A deal signed on 9-10 November ends it.")
    # where no scene-setting date of the sentence itself does
    label: tuple[dt.date, int, bool] | None = None
    written_days: dict[tuple[int, int], int] | None = None  # see `_written_days`
    # end of the last day recorded in `ctx`, and start of the first coarser date recorded after
    # it (a month in that day's own sentence does not move the story off the day)
    day_at: int | None = None
    coarse_at: int | None = None
    has_update = "UPDATE" in text or "Update" in text or "(added" in text \
        or "(updated" in text  # see `_update_stamp`
    live = "\n" in text and _stamped(text)  # a live blog: see `_day_heading`
    # a live page with two entries stamped with their day at least, see `entry_stamp`
    live_entries = "\n" in text and _ENTRY_CLOCK_ANY.search(text) is not None \
        and _entry_stamps(text, atoms) > 1
    page = ref if ref.date is not None else None  # the page's own day, bounding its headings
    entry: tuple[_Ref, int] | None = None  # a timeline entry's day and line end, see below
    # (round 38) first day, last day, precision and end of the last full date written with its
    # year (or carried to a year-less one), see `_carried_year`
    story: tuple[dt.date, dt.date, str, int] | None = None
    carried: _Res | None = None
    stamp = _top_update_day(text, atoms, ref)
    # (round 35) a live blog's last change atop the page ("Last modified on Thu 14 Dec 2023"):
    # its day headings up to that day are days the blog ran on, not headings ahead of the page
    last_day = _top_stamp_day(text, atoms, ref) if live else None
    # the days of a week heading the page ("Week in review: 10-16 May 2021"), see below
    week: tuple[dt.date, dt.date] | None = None
    headings = _year_headings(text) if "\n" in text else []
    head = text.find("\n", text.find("\n") + 1)  # end of the page's second line
    head = len(text) if head < 0 else head
    for i, at in enumerate(atoms):
        if at.kind == "year" and at.y2 is not None and at.y2 != at.y \
                and is_timeline_label(text, at.start, at.end):
            nl = text.find("\n", at.end)
            span_line = len(text) if nl < 0 else nl
        fut = _is_future(text, at) or _deadline_ahead(text, at)
        past_event = (at.kind in _EVENT_DATED and at.y is None and at.ry is None
                      and not at.rm and _names_past_event(text, at))
        if past_event:
            fut = False
        elif fut and not _names_year(at) and (_document_before(text, at)
                                              or _names_document(text, at)):
            # lead, round 41: "the talks will focus on the statement of November 9-10": a
            # text cited by its day exists already, whatever the tense of its clause
            fut = False
        ctx.framed = (ctx.frame[0] if ctx.frame is not None
                      and _same_sentence(text, ctx.frame[1], at.start)
                      and _within_frame(text, ctx.frame_stop, at.start) else None)
        ctx.framed_rel = ctx.framed is not None and ctx.frame[2]
        ctx.framed_end = ctx.frame_end if ctx.framed is not None else None
        if ctx.framed is None and label is not None and at.start < label[1]:
            ctx.framed, ctx.framed_rel = label[0], label[2]
        if ctx.framed is None and headings and at.y is None and at.ry is None:
            # "2020" alone on its line over "November: the statement of 9-10 November"
            for h0, h1, hy in headings:
                if h0 < at.start < h1:
                    ctx.framed, ctx.framed_rel = dt.date(hy, 1, 1), False
                    break
        if ctx.framed is None and at.kind == "md" and at.y is None and at.ry is None \
                and ctx.written_month is not None and ctx.written_month[0].month == at.m \
                and _same_sentence(text, ctx.written_month[1], at.start):
            # "The September 2022 border war, when ... on the night of 12 to 13 September": a
            # day of the month the sentence wrote with its year is in that month
            f = ctx.written_month[0]
            ctx.framed, ctx.framed_rel, ctx.framed_end = f, False, period_end(f, "month")
        ctx.past_event = past_event
        ctx.done = (not fut and at.y is None and at.ry is None and at.kind in ("md", "month")
                    and (past_event or _after_past_verb(text, at.start)
                         or _heads_past_clause(text, at) or _subject_of_past_verb(text, at)
                         or _before_past_aux(text, at)))
        ctx.done_year = (ctx.written[0] if ctx.done and ctx.written is not None
                         and (_same_sentence(text, ctx.written[1], at.start)
                              or _goes_on_about(text, ctx.written[1], at.start)) else None)
        ctx.month_near = (at.kind == "dom" and ctx.month_at is not None
                          and at.start - ctx.month_at <= _DOM_REACH
                          and "\n\n" not in text[ctx.month_at:at.start])
        # (round 61) "The talks held on the 14th ..." in the paragraph after "met on Sunday
        # 14/07" (a season told between): the story's last day, when it has that number
        ctx.dom_day = (at.kind == "dom" and day_at is not None and ctx.day is not None
                       and ctx.day[0].day == at.d and at.start - day_at <= _DOM_REACH)
        if (at.unit == "day" or (at.unit == "week" and at.kind == "rel")) \
                and at.kind in ("rel", "ago") \
                and (sent_day is None or not _same_sentence(text, sent_day, at.start)):
            anchor = _clause_anchor(text, atoms, i, ref)
            if anchor is not None:
                ctx.day = (anchor, False)
        if at.kind == "hours":
            # counted back from a day named earlier in its sentence ("On 4 October, as of 09:00,
            # ... over the past 24 hours"), else from the publication day
            last = (ctx.day[0] if ctx.day is not None and sent_day is not None
                    and _same_sentence(text, sent_day, at.start) else
                    ref.date if ref.allows("day") else None)
            r = (_Res(last - dt.timedelta(days=at.n), last, "day", True, True)
                 if last is not None else _none(True))
        elif entry is not None and at.start < entry[1] and at.y is None and at.ry is None \
                and not at.rm and at.kind in _ENTRY_DATED:
            # the entry's line is told after its day: a past verb does not push a day just
            # after it into the year before ("28 February 2024: talks ... ended on 29 February")
            done, ctx.done = ctx.done, False
            r = _safe_resolve(at, entry[0], ctx, fut)
            ctx.done = done
        else:
            r = _safe_resolve(at, ref, ctx, fut)
            carried = None
            if story is not None and r.rel and not fut and at.kind in ("md", "month") \
                    and at.y is None and at.ry is None and not at.rm and ctx.framed is None \
                    and at.start >= span_line and _next_sentence(text, story[3], at.start) \
                    and not any(_names_year(b) for b in atoms[i + 1:i + 4]
                                if _same_sentence(text, at.end, b.start)) \
                    and (ctx.done or _past_sentence(text, at)):
                carried = _carried_year(story[:3], at, r, ref)
            if carried is not None:
                r = carried
            elif r.rel and not fut and at.kind in ("md", "month") and at.y is None \
                    and at.ry is None and not at.rm and ctx.framed is None \
                    and ctx.written_years:
                r = _story_time_year(text, at, r, ref, ctx.written_years)
        if r.date is not None and at.unit in ("day", "week") \
                and ((at.kind == "rel" and at.rm in _STORY_DAY_RM)
                     or (at.kind == "ago" and at.dir == "later")) \
                and day_at is not None and coarse_at is not None \
                and "\n" in text[day_at:coarse_at]:
            # (round 34) "... and six days later their leaders talked in Davos.\n\nCalm has
            # held since late September last year, through the winter.\n\nLavrov, speaking
            # the following day, ...": a paragraph told at a coarser time has moved the story
            # off the last day, so "the following day" no longer counts from it
            r = _none(r.rel)
        elif r.date is not None and at.unit == "day" \
                and ((at.kind == "rel" and at.rm in _STORY_DAY_RM)
                     or (at.kind == "ago" and at.dir == "later")) \
                and (_story_left_day(text, day_at, at.start)
                     or (live and _entry_left_day(text, day_at, at.start, out))):
            r = _none(r.rel)
        if r.date is not None and at.dw == "hours later" and (
                day_at is None or "\n" in text[day_at:at.start]
                or _same_sentence(text, day_at, at.start)):
            # (round 61) "Hours later, ..." counts from a moment, not a day: only from a day
            # told before it in its paragraph ("... a day later.\n\nX said three hours later"
            # may count from either moment); in the day's own sentence ("on Tuesday and then,
            # hours later, agreed ...") that day dates the clause already
            r = _none(r.rel)
        if at.kind == "rel" and at.rm in ("the same", "that same") \
                and _AS_AFTER.match(text, at.end) is not None:
            # (round 30) "opened on the same day as the others": the day of what follows
            # "as", not the day the narrative last named
            r = _none(r.rel)
        if at.kind == "dayword" and at.dw == "the day before" and text.endswith("eve", 0, at.end) \
                and (day_at is None or (coarse_at is not None
                                        and not _same_sentence(text, day_at, coarse_at))):
            # "On the eve," after a month or year told since the last day ("... met last
            # month. On the eve, ..."): that day is no longer the story's; agency copy (a
            # dateline) means the report's eve, other text leaves it open
            r = _report_eve(text, ref)
        elif at.kind == "dayword" and at.dw == "the day before" and not fut \
                and r.date is not None and ref.allows("day") and r.date > ref.date:
            r = _none(True)  # "... will end by 24 May. On the eve, they had met": no told day
        if at.kind == "rel" and at.rm == "the" and at.part == "end" and r.rel and not fut \
                and r.date is not None and _period_open(ref, at.unit) and _told_as_past(text, at):
            r = _ended_period(at.unit, ref, ctx)
        if at.kind == "md" and at.y is None and at.ry is None and r.rel and not fut \
                and r.date is not None and ref.allows("day") and "year" in text[
                    max(0, at.start - _YEARS_AFTER_REACH):at.start]:
            r, counted = _years_before_told(text, at, r, ref)
        else:
            counted = 0
        if at.kind in ("weekday", "md") and r.date is not None and r.prec == "day" \
                and not r.span and _NIGHT_INTO.search(text, max(0, at.start - 24), at.start):
            # "overnight into Tuesday", "the night to 17 October": the night began the day
            # before, so the span of both days, as "the night of 16 to 17 October" is
            r = _Res(r.date - dt.timedelta(days=1), r.date, "day", r.rel, True)
        if at.start < span_line and at.kind in _SPAN_LABELLED and not _names_year(at):
            # "2023-24: after the September offensive, ... in April": the entry's months fall
            # in one of its label's years, and the line does not say which; the publication
            # year (or the latest such month) would be a guess, so the date stays unresolved
            r = _none(r.rel)
        if at.start < head and r.span and not r.rel and r.date is not None \
                and r.end is not None and 1 <= (r.end - r.date).days <= 6 \
                and _heading_line(text, at.start):
            week = (r.date, r.end)
        elif week is not None and at.kind == "weekday" and not at.rm:
            # a round-up or preview headed by its week ("Weekly digest: 10-16 May 2021",
            # "The week ahead, 17-23 May"): its weekdays are the week's, whenever it appeared
            d = week[0] + dt.timedelta(days=(at.wd - week[0].weekday()) % 7)
            if d <= week[1]:
                r = _Res(d, None, "day", True)
        if stamp is not None and at.kind == "weekday" and not at.rm and not fut \
                and r.date is not None and r.rel and not r.span and r.date < ref.date:
            # "Updated: 09.08.2025" atop a page of Friday 8 August: its "said on Saturday"
            # was written on the update's day, not a week before the page
            d = ref.date + dt.timedelta(days=(at.wd - ref.date.weekday()) % 7)
            if d <= stamp:
                r = _Res(d, None, "day", True)
        if at.kind == "weekday" and not at.rm and not fut and r.date is not None \
                and not r.span and ref.allows("day") and _plan_weekday(text, at):
            # (round 35) "called a rally for Wednesday", "the vote is slated for Friday": a
            # plan's day, made days ahead, is the such weekday nearest the day of writing
            # (the coming Wednesday in a Tuesday report, the one just gone in a Thursday one)
            off = (at.wd - ref.date.weekday() + 3) % 7 - 3
            r = _Res(ref.date + dt.timedelta(days=off), None, "day", True)
            fut = off > 0
        if at.kind == "weekday" and not at.rm and ref.allows("day") \
                and (ow := _OF_WEEK.match(text, at.end)) is not None:
            # (round 31) "on Friday of last week": that week's Friday, not the latest one
            d = _monday(ref.date) + dt.timedelta(days=_OF_WEEK_SHIFT[ow.group(1).lower()]
                                                 + at.wd)
            r = _Res(d, None, "day", True)
        elif at.kind == "weekday" and r.date is not None and not r.span \
                and (om := _WEEKDAY_DOM.match(text, at.end)) is not None:
            r = _weekday_dom(r, int(om.group(1)), at.wd, ref.date, fut)
        if r.date is not None and at.y is None and at.kind in _RECURRING \
                and _RECURS.search(text, max(0, at.start - 24), at.start) is not None:
            r = _none(r.rel)  # "each August", "every year on 24 April": no one date
        if at.kind == "dom" and r.date is None:
            continue  # "on the 25th" with no month near: a date only if its month is known
        if r.date is None and at.dw in ("last night", "overnight"):
            continue  # a night of the story the text tells, which keeps that story's date
        if _in_title(text, at.start):
            continue  # 'an exhibition titled "Karabakh 2020"': a name, no date
        if r.prec == "day" and not r.span and _WEEK_OF.search(text, max(0, at.start - 12),
                                                              at.start):
            r = _Res(_monday(r.date), None, "week", r.rel)  # "the week of 18 September"
        if at.kind == "md" and at.y is None and at.ry is None and at.d2 is None \
                and not at.rm and (past_event or (doc := _document_end(text, at)) >= 0
                                   or _document_before(text, at)):
            # "the 10 November statement of 2020"; "the 5 October statement" where the text
            # also writes "October 5, 2023"; (round 38) "the trilateral statement of 10
            # November" where its paragraph writes "since November 2020"
            oy = None if past_event or doc < 0 else _OF_YEAR.match(text, doc)
            if oy is not None:
                y = int(oy.group(1))
            else:
                if written_days is None:
                    written_days = _written_days(atoms)
                y = written_days.get((at.m, at.d))
                if y is None and not past_event:
                    y = _paragraph_month_year(text, atoms, at)
                    if y is not None and ref.allows("day") \
                            and _weekday_of(y, at.m, at.d) is not None \
                            and dt.date(y, at.m, at.d) > ref.date:
                        y = None
            if y is not None and _weekday_of(y, at.m, at.d) is not None:
                r = _Res(dt.date(y, at.m, at.d), None, "day", False)
        if r.date is not None and r.rel and at.kind == "md" and at.y is None \
                and at.ry is None and not counted and _names_old_document(text, at, r, ref, fut):
            r = _none(True)
        if at.kind == "weekend" and at.rm == "the" and r.date is not None and not fut \
                and ctx.day is not None and day_at is not None \
                and ctx.day[0] < r.date - dt.timedelta(days=_WEEKEND_NEAR_DAYS) \
                and "\n" not in text[day_at:at.start]:
            # "The exodus began on 19 September. Over the weekend, ...": the paragraph's story
            # is weeks before the report, so its weekend may be that story's
            r = _none(True)
        end = None
        if r.date is not None:
            end = r.end if r.span else None
            if not (r.rel and _quoted(text, at.start)) and not (
                    sent_day is not None and _same_sentence(text, sent_day, at.start)
                    and _after_report_verb(text, at.start)):
                ctx.update(r.end if r.span and r.end else period_end(r.date, r.prec),
                           r.prec, r.rel, _names_year(at))
                if r.prec == "day" and _flashback_day(text, prev_end, at):
                    ctx.day = None
                if r.prec == "day":
                    day_at, coarse_at = at.end, None
                elif coarse_at is None and _COMMA_RELATIVE_OPEN.search(
                        text, max(0, at.start - 160), at.start) is None:
                    # (a month in a comma-set relative, ", whose text was agreed in March,",
                    # is an aside: the story stays on its day)
                    coarse_at = at.start
            if r.prec == "day":
                sent_day = at.end
            prev_end = at.end
            if _sets_the_scene(text, at, r):
                if not r.span and r.prec in ("month", "year") and _heads_its_sentence(text, at):
                    ctx.move_scene(period_end(r.date, r.prec), r.prec)
                ctx.frame = (r.date, at.end, r.rel)
                ctx.frame_stop = _trailing_clause_end(text, at)
                ctx.frame_end = (period_end(r.date, r.prec) if r.prec in ("day", "month")
                                 and not r.span else None)
                if at.kind == "year" and is_timeline_label(text, at.start, at.end):
                    nl = text.find("\n", at.end)
                    label = (r.date, len(text) if nl < 0 else nl, r.rel)
            if (r.prec == "day" or (r.prec == "month" and at.kind == "month" and not at.part)) \
                    and not r.span and not r.rel and _names_year(at) \
                    and is_timeline_label(text, at.start, at.end):
                # "28 February 2024: ... They had met in Munich on 17 February.": an entry's
                # year-less days are told from the entry's day, as a page's from its own; an
                # entry headed by its month ("May 2024 - ... protests went on through June")
                # from that month
                nl = text.find("\n", at.end)
                entry = (_Ref(r.date, r.prec), len(text) if nl < 0 else nl)
            if not r.rel and r.prec != "decade" and _names_year(at):
                ctx.written = ((r.end or r.date).year, at.end)
                ctx.written_years.update(range(r.date.year, (r.end or r.date).year + 1))
            if r.prec in ("day", "month") and at.kind in ("md", "ymd", "month") and (
                    (not r.rel and _names_year(at)) or carried is not None or (
                        story is not None and r.date.year == story[1].year)):
                # a full date (or one whose year carried to it, or a later date of its year)
                # the next sentence may go on from
                story = (r.date, r.end or period_end(r.date, r.prec), r.prec, at.end)
            elif _story_step(story, at, r):
                # (round 39) "... on 13 September 2022. The following day Armenia reported
                # its losses. On the evening of 14 September, ...": a day counted on from the
                # story's day goes on with the story, so the next sentence may take its year
                story = (r.date, r.date, "day", at.end)
            else:
                # another year or a coarser time ("... of September 2022 and after the
                # offensive of 19 September this year"): the story is no longer that date's
                story = None
            if not r.rel and not r.span and r.prec == "month" and at.y is not None:
                prev = _prev_words(text, at.start, 1)
                ctx.written_month = (None if prev and prev[0] in _BOUND_WORDS
                                     else (r.date, at.end))
            # only a single day or month is a month "the 20th" can belong to; any other date
            # in between ("the 2020 war", "the fall of 2022") breaks the link
            ctx.month_at = at.end if r.prec in ("day", "month") and not r.span else None
        elif at.kind in ("md", "weekday") and not _quoted(text, at.start):
            # "A truce began on 26 October. Violations came the same day.", with no year for
            # 26 October: the story has moved to a day it cannot date, so "the same day" and
            # "the next day" are not the last day it could
            ctx.day = None
        if live and r.prec == "day" and not r.span and not r.rel and r.date is not None \
                and (page is None or (page.allows("day") and (
                    r.date <= page.date or (last_day is not None and r.date <= last_day)))) \
                and _day_heading(text, at.start, at.end):
            # (round 31) a live blog's day heading ("Friday 8 August 2025" alone on its line,
            # entries stamped "14:05 -" below): its entries' "later today", "on Thursday" are
            # told on that day, not on the day of the page's last update; (round 35) nor on
            # the page's first day, when the page was changed on the heading's day or later
            ref = _Ref(r.date, "day")
        elif live_entries and page is not None and page.allows("day") and r.prec == "day" \
                and not r.span and r.date is not None \
                and -_ENTRY_AFTER <= page.date - r.date <= _SECTION_REACH \
                and entry_stamp(text, at.start, at.end):
            # a live entry stamped with its own day ("November 10, 00:50 - Putin said he spoke
            # with Aliyev yesterday"): its "yesterday", "tonight" are told on that day, which
            # may be the day after the page's, past midnight
            ref = _Ref(r.date, "day")
        elif page is not None and page.allows("day") and r.prec == "day" and not r.span \
                and r.date is not None and (
                    (dt.timedelta(0) <= page.date - r.date <= _SECTION_REACH
                     and _section_dateline(text, at))
                    or (dt.timedelta(0) < r.date - page.date <= _UPDATE_REACH
                        and _inline_section_dateline(text, at))):
            # (round 36) a digest's item under its own dateline ("YEREVAN, April 19" alone on
            # its line, above the item): its "on Friday", "the next day" are told on the
            # dateline's day, not on the day the digest came out, until the next such line
            ref = _Ref(r.date, "day")
        elif has_update and r.prec == "day" and not r.span and r.date is not None \
                and ref.allows("day") and (ref.date <= r.date or (
                    at.y is None and _later_stamp(r, ref) is not None)) \
                and (_later_stamp(r, ref) or r.date) <= ref.date + _UPDATE_REACH \
                and _update_stamp(text, at):
            if r.date < ref.date:
                # "EDITOR'S NOTE (added October 27):" on a page of 24 October: a year-less
                # stamp below the body is a later day, not last year's (lead, round 42)
                r = _Res(_later_stamp(r, ref), None, "day", r.rel)
            # "UPDATE, 23 September: On 22 September, X met Y": the text after an update
            # appended to the page is told on the update's day, not the page's first one
            ref = _Ref(r.date, "day")
        out.append(DateMention(at.start, at.end, text[at.start:at.end], r.date, end,
                               r.prec if r.date is not None else None,
                               r.rel, fut))
    if "(" in text:
        out = _bracketed_days(text, out)
    if out and ("after the" in text or "before the" in text):
        counted = _counted_from_event(text, out, ref)
        if counted:
            out = sorted(out + counted, key=lambda m: m.start)
    return out


# (round 36) a dateline alone on its line heading a digest's item: a city in capitals, perhaps
# its region or country, a comma, then the date ("YEREVAN, April 19", "ARMAVIR, Russia, 16
# April"); how far before the digest's own day such a line still dates its item
_SECTION_CITY = re.compile(r"[ \t]*[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,2}"
                           r"(?:,[ \t]*[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){0,2})?,[ \t]*")
_SECTION_REACH = dt.timedelta(days=31)


def _section_dateline(text: str, at: _Atom) -> bool:
    """Is the date at `at` that of a dateline alone on its line over a digest's item ("TBILISI,
    April 17", nothing else on the line)? The city must be in capitals (at least two
    letters), as agency datelines write it; "Tbilisi, April 17" alone is not taken."""
    ls = text.rfind("\n", 0, at.start) + 1
    le = text.find("\n", at.end)
    le = len(text) if le < 0 else le
    return not text[at.end:le].strip() and _SECTION_CITY.fullmatch(text, ls, at.start) is not None


def _inline_section_dateline(text: str, at: _Atom) -> bool:
    """(lead, round 42) Is the date at `at` that of a dateline opening a later paragraph, as a
    wire section appended below a readout writes it ("GENEVA, 30 October (wire) - X met ...")?
    Its weekdays are told on that day, not on the page's (the caller takes only a day after
    the page's own, within `_UPDATE_REACH`)."""
    ls = text.rfind("\n", 0, at.start) + 1
    return ls > 0 and _INLINE_DATELINE_TAIL.match(text, at.end) is not None and \
        _SECTION_CITY.fullmatch(text, ls, at.start) is not None


_INLINE_DATELINE_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?[-\u2013\u2014][ \t]")


# "a rally for Wednesday": a word of the `plan_for` list, then "for" right before the weekday
_PLAN_FOR = re.compile(r"(?<![A-Za-z'’-])([a-z]+)[ \u00a0]+for[ \u00a0]+\Z")


def _plan_weekday(text: str, at: _Atom) -> bool:
    """Is the weekday at `at` the day set for a plan ("called a rally for Wednesday", "the vote
    is slated for Friday"): a `plan_for` noun or participle, then "for", right before it?"""
    m = _PLAN_FOR.search(text, max(0, at.start - 30), at.start)
    return m is not None and m.group(1) in _vocab().plan_for


# "on Thursday (6 October)", "the following day (14 September)": a day written in brackets
# right after a weekday or a counted day, alone in them; and "on 6 October (Thursday)"
_CLOSE_BRACKET = re.compile(r"[ \u00a0]*\)")
_WEEKDAY_WORD = re.compile(r"[A-Za-z]+")
_DIGIT = re.compile(r"[0-9]")


def _weekday_named(m: DateMention) -> int | None:
    """The weekday a mention names by its first word ("Thursday", "Thurs"), else None."""
    w = _WEEKDAY_WORD.match(m.text)
    return _vocab().weekdays.get(w.group(0).lower()) if w is not None else None


def _written_day(m: DateMention) -> bool:
    """Is the mention one day written with its number ("6 October", "14.09.2022")?"""
    return m.date is not None and m.precision == "day" and m.date_end is None \
        and _DIGIT.search(m.text) is not None


def _opens_bracket(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] ends with "(" and spaces (plain or no-break): a bracket opened
    right before `hi`. A slice and a strip: the regex search it replaced (spaces, "(",
    spaces, the window's end) tried its leading repeat at every position of the window."""
    return text[lo:hi].rstrip(" \u00a0").endswith("(")


def _bracketed_days(text: str, out: list[DateMention]) -> list[DateMention]:
    """(round 34) A weekday or a counted day with its date in brackets is that date: "met in
    Prague on Thursday (6 October)" in a report of Monday 31 October is 6 October, not the
    Thursday before the report; "arrived the following day (14 September)" is the 14th
    whatever day the narrative last named. The bracketed date also dates a bracketed weekday
    after it ("on 6 October (Thursday)"). A weekday the date does not fall on leaves the
    weekday unresolved (the text contradicts itself; the date in brackets keeps its own)."""
    res = list(out)
    for k in range(len(res) - 1):
        a, b = res[k], res[k + 1]
        if not _opens_bracket(text, a.end, b.start) \
                or _CLOSE_BRACKET.match(text, b.end) is None:
            continue
        if (a.relative or a.date is None) and a.date_end is None \
                and a.precision in ("day", None) and not _DIGIT.search(a.text) \
                and _written_day(b):
            day, word, named = b.date, a, b
        elif b.relative and b.date_end is None and b.precision in ("day", None) \
                and _weekday_named(b) is not None and _WEEKDAY_WORD.fullmatch(b.text) \
                and _written_day(a):
            day, word, named = a.date, b, a
        else:
            continue
        wd = _weekday_named(word)
        if wd is not None and day.weekday() != wd:
            day = None
        j = k if word is a else k + 1
        res[j] = DateMention(word.start, word.end, word.text, day, None,
                             "day" if day is not None else None, named.relative, word.future)
    return res


# heading a line, or a field of a line after a bar or a dot ("16 May 2025 | 21:40 | Updated
# 17 May 2025"); "Last update" is a stamp as "Updated" is, and so (round 35) is "Last
# modified", with a weekday before its date at most ("Last modified on Thu 14 Dec 2023 09.05")
_TOP_UPDATED = re.compile(r"(?:^|\n|[|\u00b7\u2022])[ \t\u00a0]*(?:(?:[Ll]ast|LAST)[ \t\u00a0]+)?"
                          r"(?:[Uu]pdated|UPDATED|(?<=[Ll]ast[ \t\u00a0])[Uu]pdate"
                          r"|(?<=LAST[ \t\u00a0])UPDATE"
                          r"|(?<=[Ll]ast[ \t\u00a0])[Mm]odified|(?<=LAST[ \t\u00a0])MODIFIED)"
                          r"(?:[ \t\u00a0]+on)?[ \t\u00a0]*:?[ \t\u00a0]*"
                          r"(?:(?:[Mm]on|[Tt]ues?|[Ww]ed(?:nes)?|[Tt]hu(?:rs?)?|[Ff]ri|[Ss]at(?:ur)?|[Ss]un)"
                          r"(?:day)?\.?,?[ \t\u00a0]+)?\Z")
_TOP_REACH = 40       # characters read before a date for its stamp ("Last modified on Wednesday, ")
_TOP_LINES = 4        # lines of the page's head an update stamp may stand in
_TOP_UPDATE_DAYS = 2  # a stamp further after the page's day moves no weekday


_HEADING_CHARS = 80  # a heading line is at most this long and ends no sentence inside


def _heading_line(text: str, pos: int) -> bool:
    """Is the line holding `pos` a heading ("Week in review: 10-16 May 2021"), not a
    paragraph of the body?"""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    line = text[lo:len(text) if hi < 0 else hi]
    return len(line) <= _HEADING_CHARS and ". " not in line


def _top_update_day(text: str, atoms: list[_Atom], ref: _Ref) -> dt.date | None:
    """The day of an update stamp heading a line of the page's first four ("Updated:
    09.08.2025, 18:40", "Last updated 9 August 2025") or a field of one ("16 May 2025 | 21:40
    | Updated 17 May 2025 | 09:15"), when it falls one or two days after
    the publication day: weekdays told in the past between the two are the update's."""
    d = _top_stamp_day(text, atoms, ref)
    return d if d is not None and 1 <= (d - ref.date).days <= _TOP_UPDATE_DAYS else None


def _top_stamp_day(text: str, atoms: list[_Atom], ref: _Ref) -> dt.date | None:
    """The day of the first update stamp heading a line of the page's first four (see
    `_top_update_day`), however long after the publication day; None on a page not dated to
    the day."""
    if not ref.allows("day") or ("pdate" not in text[:600] and "PDATE" not in text[:600]
                                 and "odified" not in text[:600]
                                 and "ODIFIED" not in text[:600]):
        return None
    head = 0
    for _ in range(_TOP_LINES):
        head = text.find("\n", head + 1)
        if head < 0:
            head = len(text)
            break
    for at in atoms:
        if at.start >= head:
            break
        if at.kind not in ("ymd", "md") or at.y is None or at.m is None or at.d is None \
                or at.d2 is not None or isinstance(at.slash, tuple) \
                or _TOP_UPDATED.search(text, max(0, at.start - _TOP_REACH), at.start) is None:
            continue
        try:
            return dt.date(at.y, at.m, at.d)
        except ValueError:
            return None
    return None


# An update appended to a page: "UPDATE, 21 September:", "Update (22.09.2023):", "UPDATE 2,
# 23 September —" heading a line, after the body's first sentence; its day at most this far
# after the page's own
_UPDATE_HEAD = re.compile(r"(?:^|\n)[ \t\u00a0]*(?:UPDATE[SD]?|Update[sd]?|"
                          # (lead, round 42) "EDITOR'S NOTE (added October 27):"
                          r"(?:EDITOR[\u2019']?S[ \t\u00a0]+NOTE"
                          r"|Editor[\u2019']?s[ \t\u00a0]+[Nn]ote)"
                          r"[ \t\u00a0]*\((?:added|updated)(?:[ \t\u00a0]+on)?)"
                          r"(?:[ \t\u00a0]+[0-9]{1,2})?[ \t\u00a0]*[,:(\u2013\u2014-]?"
                          r"[ \t\u00a0]*\Z")
_UPDATE_TAIL = re.compile(r"[ \t\u00a0]*(?:[:)\u2013\u2014-]|,[ \t\u00a0]*[0-9]{1,2}[:.][0-9]{2}"
                          r"|\n|\Z)")
_UPDATE_REACH = dt.timedelta(days=62)


def _later_stamp(r: _Res, ref: _Ref) -> dt.date | None:
    """The day of a year-less stamp read in the year before the page's (`r`) moved to the
    page's year, when that falls on or after the page's day."""
    if r.date is None or ref.date is None or r.date >= ref.date:
        return None
    try:
        later = r.date.replace(year=ref.date.year)
    except ValueError:
        return None
    return later if later >= ref.date else None


def _update_stamp(text: str, at: _Atom) -> bool:
    """Is the day at `at` the stamp of an update appended below the body ("UPDATE, 21
    September: talks took place ...")? A stamp above the body's first sentence (a page's
    "Updated 25.05.2024" line) is no appended update."""
    if _UPDATE_HEAD.search(text, max(0, at.start - 24), at.start) is None \
            or _UPDATE_TAIL.match(text, at.end) is None:
        return False
    line = text.rfind("\n", 0, at.start)
    return line > 0 and _SENT_END.search(text, 0, line) is not None


#: The part of every `counted` match after its number: unit, direction and "the", all outside
#: that pattern's `(?i:...)` group, so case-sensitive here too. A text without it has no match,
#: and the search (which the engine starts only at "d", "w", "m", "y") spares the whole-text
#: `finditer` of `counted`, which tries its look-behind and number words at every character.
_COUNTED_CORE = re.compile(rf"(?:day|week|month|year)s?{_WS}(?:after|before){_WS}the{_WS}")
_COUNT_PREC = {"day": "day", "week": "week", "month": "month", "year": "year"}
_ANCHOR_REACH = 80  # characters from the happening's word to its date in the other sentence


def _counted_from_event(text: str, found: list[DateMention], ref: _Ref) -> list[DateMention]:
    """"a month after the Prague summit", "the day after the ceasefire", "two years after the
    offensive": a time counted from a happening the text dates elsewhere. Dated only when
    exactly one other sentence names the happening (its capitalised qualifier, else its noun)
    with a full date written after it there (or as the sentence's one full date), and when the
    counting sentence names no date of its own (which the extractors might give the
    happening instead); a count from a month-precise date is made in months or years only.
    Never a date after the publication day."""
    if _COUNTED_CORE.search(text) is None:
        return []  # no match of `counted` anywhere: each holds this case-sensitive core
    p, v = _patterns(), _vocab()
    out: list[DateMention] = []
    lowered = ""
    for c in p.counted.finditer(text):
        s0, s1 = _sentence_bounds(text, c.start(), c.end(), 300, 300)
        if any(s0 <= m.start < s1 for m in found):
            continue
        n = c.group("n")
        k = 1 if n is None else int(n) if n.isdigit() else v.numbers.get(n.lower())
        if not k:
            continue
        key = c.group("name") or c.group("noun").lower()
        hay = text if c.group("name") else (lowered := lowered or text.lower())
        anchors: set[tuple[dt.date, str]] = set()
        i = hay.find(key)
        while i >= 0:
            j, i = i + len(key), hay.find(key, i + 1)
            if s0 <= j - len(key) < s1 or (j - len(key) > 0 and hay[j - len(key) - 1].isalpha()) \
                    or (j < len(hay) and hay[j].isalpha()):
                continue
            a0, a1 = _sentence_bounds(text, j - len(key), j, 300, 300)
            full = [m for m in found if a0 <= m.start < a1 and m.date is not None
                    and not m.relative and m.date_end is None
                    and m.precision in ("day", "month") and _YEAR_IN.search(m.text)]
            after = [m for m in full if 0 <= m.start - j <= _ANCHOR_REACH]
            pick = after[0] if after else full[0] if len(full) == 1 else None
            if pick is not None:
                anchors.add((pick.date, pick.precision))
        if len(anchors) != 1:
            continue
        (a, aprec), = anchors
        unit = c.group("unit").lower()
        if aprec == "month" and unit in ("day", "week"):
            continue
        sign = 1 if c.group("dir").lower() == "after" else -1
        if unit == "day":
            d, prec = a + dt.timedelta(days=sign * k), "day"
        elif unit == "week":
            d, prec = _monday(a + dt.timedelta(weeks=sign * k)), "week"
        elif unit == "month":
            y, m = _shift_month(a.year, a.month, sign * k)
            d, prec = dt.date(y, m, 1), "month"
        else:
            d, prec = dt.date(a.year + sign * k, 1, 1), "year"
        if ref.date is not None and d > ref.date:
            continue
        out.append(DateMention(c.start(), c.end(), c.group(), d, None, prec, False, False))
    return out


_YEAR_IN = re.compile(_YEAR)


def _slash_order(atoms: list[_Atom]) -> None:
    """'Yerevan, 13/12/2023 ... on 06/10/2022': an article writes its slashed dates in one
    order, so where its other slashed dates all show the same order (a first number above 12,
    or a second one), the ambiguous ones are read in that order; with no such date, or dates
    showing both orders, they stay unresolved."""
    nums = [x for at in atoms for x in ((at.a, at.b) if at.kind == "range" else (at,))
            if x is not None and x.slash is not None]
    if len(nums) < 2:
        return
    orders = {x.slash for x in nums if isinstance(x.slash, str)}
    if len(orders) != 1:
        return
    first_day = orders == {"dm"}
    for x in nums:
        if isinstance(x.slash, tuple):
            a, b = x.slash
            x.d, x.m = (a, b) if first_day else (b, a)


# Words that may stand between a past verb and "the end of the month" ("had fled by the end").
_END_PREPS = frozenset({"by", "at", "until", "till", "towards", "toward", "before", "near"})
_PAST_AUX = frozenset({"had", "was", "were"})
_NOT_PAST = frozenset({"will", "would", "should", "could", "must", "may", "might", "shall", "can",
                       "be", "is", "are"})


#: Words right before a year-less month or season that make it a deadline ("before the summer").
_DEADLINE = frozenset({"before", "by", "until", "till"})


def _deadline_ahead(text: str, at: _Atom) -> bool:
    """'I hope it happens before the summer', 'we must agree by June': a bare month or season
    after a deadline word, in a clause with no past mark (`_told_as_past`), lies ahead of the
    writing; no future word is needed ("hope", "must" are none). "The fighting went on until
    the summer" is told as past and is left to the other rules."""
    if at.kind not in ("season", "month") or at.y is not None or at.ry is not None or at.rm:
        return False
    prev = _prev_words(text, at.start, 2)
    if not prev:
        return False
    w = prev[0]
    if w == "the" and at.kind == "month":
        return False
    if not (w in _DEADLINE or (w == "of" and prev[1:] == ["ahead"])):
        return False
    if _told_as_past(text, at):
        return False
    # "went on until the summer", "was not over before June": a past mark among the four
    # words before the deadline word (a particle or "not" may stand between)
    v = _vocab()
    lo = max(0, at.start - 60)
    cut = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, at.start)]
    back = [x.lower() for x in _WORD.findall(text, cut[-1] if cut else lo, at.start)][-5:-1]
    if any(x in _NOT_PAST for x in back):
        return True   # "is signed before the summer": a participle after "is" is no past
    return not any(x in _PAST_AUX or x == "did" or (_past_word(x) and (
        x in v.past_verbs or x not in v.future_set)) for x in back)


def _period_open(ref: _Ref, unit: str | None) -> bool:
    """Is the publication day's week (month, year) still some days from its end?"""
    if ref.date is None or ref.prec != "day":
        return False
    if unit == "week":
        return ref.date.weekday() <= 3   # Monday to Thursday
    if unit == "month":
        return ref.date.day <= _month_end(ref.date.year, ref.date.month).day - 3
    return unit == "year" and ref.date.month < 12


def _told_as_past(text: str, at: _Atom) -> bool:
    """'had crossed into Armenia by the end of the month', 'By the end of that year, 3,000
    had left', 'was over by the end of the month': in the expression's clause, "had" (or "was"/
    "were", see `_past_copula`) among the eight words before it, a past verb
    (an irregular form from the vocabulary or a word in "-ed") right before it (a preposition
    between), or a past verb or "had"/"was"/"were" among the six words after it; and no modal,
    "be", "is" or "are" near ("should be placed before the end of the year" is a plan)."""
    v = _vocab()
    lo = max(0, at.start - 80)
    cut = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, at.start)]
    lo = max(cut[-1] if cut else lo, text.rfind(",", lo, at.start) + 1)  # its own clause
    back = [w.lower() for w in _WORD.findall(text, lo, at.start)][-8:]
    fwd = [w.lower() for w in _WORD.findall(
        _SENTENCE_BREAK.split(text[at.end:at.end + 80], 1)[0])[:6]]
    if fwd and text.startswith(",", at.end) and len(fwd) <= 5 \
            and any(w in v.report_verbs for w in fwd):
        # the sentence ends in an attribution ("... a commission by the end of the month,
        # the ministry said"): the speaking is past, not the deadline
        fwd = []
    if any(w in _NOT_PAST for w in back[-3:] + fwd):
        return False
    near = back[-2:-1] if back[-1:] and back[-1] in _END_PREPS else back[-1:]

    return "had" in back or any(_past_verb(w) for w in near) \
        or any(w in _PAST_AUX or _past_verb(w) for w in fwd) or _past_copula(back, v)


def _past_copula(back: list[str], v: _Vocab) -> bool:
    """'was largely over by the end of the month': "was"/"were" among the words before the
    expression in its clause, with no "to" and no future word after it ("was due to end by
    ..." and "was expected to" are plans, their month unknown)."""
    for i in range(len(back) - 1, -1, -1):
        w = back[i]
        if w in ("was", "were"):
            return True
        if w == "to" or w in v.future_set:
            return False
    return False


def _ended_period(unit: str | None, ref: _Ref, ctx: _Ctx) -> _Res:
    """'the end of the month' told in the past tense while the publication month is still
    running: the month is one that is over, the one the narrative speaks of ("fighting broke
    out on 12 September ... by the end of the month 300 had died", in October), when the
    narrative has named one before the publication month; otherwise it is left unknown. "the
    end of the week" likewise: the week of the narrative's last day, if an earlier one."""
    r = ref.date
    if unit == "week" and ctx.day is not None and ctx.month is not None \
            and ctx.month[:2] != (ctx.day[0].year, ctx.day[0].month):
        # "... summit of 8 August. Earlier this month, the envoys met, and by the end of the
        # week they had agreed": the narrative has since moved to a month known only to the
        # month, so neither that day's week nor the publication week is the one meant
        return _none(True)
    if unit == "week" and ctx.day is not None and _monday(ctx.day[0]) < _monday(r):
        if ctx.day[0].weekday() <= 4:
            # "The exodus began on Tuesday, 19 September. By the end of the week, 100,000 had
            # crossed" (a report of the week after): the week of the day the narrative last
            # named
            return _Res(_monday(ctx.day[0]), None, "week", ctx.day[1])
        if _monday(ctx.day[0]) + dt.timedelta(days=7) < _monday(r):
            # after a weekend day the writer may mean that week or the one that follows;
            # both are over, so the publication week is not it either
            return _none(True)
    if unit == "week":
        return _Res(_monday(r), None, "week", True)   # the publication week, as before
    if unit == "month" and ctx.month is not None and (ctx.month[0], ctx.month[1]) < (r.year,
                                                                                        r.month):
        y, m, rel = ctx.month
        return _Res(dt.date(y, m, 1), None, "month", rel)
    if unit == "year" and ctx.year is not None and ctx.year[0] < r.year:
        return _Res(dt.date(ctx.year[0], 1, 1), None, "year", ctx.year[1])
    return _none(True)


# Year-less kinds a span label's line leaves unresolved (`find_dates`).
_SPAN_LABELLED = frozenset({"md", "month", "season", "dom", "weekday"})

# "Thursday the 14th", "Monday, 11th": a weekday that names its day of month
_WEEKDAY_DOM = re.compile(r",?[\s\u00a0]+(?:the[\s\u00a0]+)?(3[01]|[12][0-9]|0?[1-9])"
                          r"(?:st|nd|rd|th)(?![A-Za-z0-9])")


# "Friday of last week", "Monday of next week": a weekday in the week named after it
_OF_WEEK = re.compile(r"[ \u00a0]+of[ \u00a0]+([Ll]ast|[Nn]ext|[Tt]his)[ \u00a0]+week"
                      r"(?![A-Za-z'’-])")
_OF_WEEK_SHIFT = {"last": -7, "this": 0, "next": 7}


def _weekday_dom(r: _Res, day: int, wd: int | None, today: dt.date, future: bool) -> _Res:
    """The weekday `r` resolved to, moved to the nearest date (within five weeks) that is that
    weekday and falls on the `day` written after it, on the same side of the publication day
    `today` (after it only in `future` context): "met on Thursday the 14th" is the 14th even
    when the latest Thursday is the 21st. No such date: unresolved, the text contradicts
    itself (a missing date is better than a wrong one)."""
    best: dt.date | None = None
    for k in (-1, 0, 1):
        y, m = _shift_month(r.date.year, r.date.month, k)
        if day > _days_in_month(y, m):
            continue
        c = dt.date(y, m, day)
        if c.weekday() == wd and abs(c - r.date).days <= 35 and (c >= today if future
                                                                  else c <= today) \
                and (best is None or abs(c - r.date) < abs(best - r.date)):
            best = c
    if best is None:
        return _none(True)
    return _Res(best, None, "day", True)


_CLAUSE_OPEN = re.compile(r",[\s\u00a0]+(?:which|who|that)\b")


def _clause_anchor(text: str, atoms: list[_Atom], i: int, ref: _Ref) -> dt.date | None:
    """'A truce, which took effect the next day, ended the offensive launched on 19 September
    2023': "the next day" in a relative clause counts from the day its sentence goes on to
    name (a full date after the clause's closing comma), not from a day of an earlier
    sentence. Only a written-out day with its year is such an anchor, or (round 34) a bare
    weekday: "Pashinyan, who had accused Baku of cleansing the previous week, said on Thursday
    that ..." counts the week from that Thursday, not from a day of an earlier sentence."""
    at = atoms[i]
    s0, _ = _sentence_bounds(text, at.start, at.end)
    if _CLAUSE_OPEN.search(text, s0, at.start) is None:
        return None
    for b in atoms[i + 1:]:
        if not _same_sentence(text, at.end, b.start):
            return None
        if (b.kind == "md" and b.y is not None and b.d2 is None) \
                or (b.kind == "weekday" and not b.rm and b.wd is not None):
            if "," not in text[at.end:b.start]:
                return None
            if b.kind == "weekday":
                r = _safe_resolve(b, ref, _Ctx(), _is_future(text, b))
                return r.date if r.date is not None and r.prec == "day" and not r.span \
                    else None
            r = _safe_resolve(b, ref, _Ctx(), False)
            return r.date if r.date is not None and r.prec == "day" and not r.rel else None
    return None


def _explicit_years(atoms: list[tuple[_Atom, bool]]) -> list[int]:
    """Years written out in past or present context (future plans do not date an article)."""
    years: list[int] = []
    for at, fut in atoms:
        if fut:
            continue
        for x in (at.a, at.b) if at.kind == "range" else (at,):
            if x is not None and x.y is not None and x.kind != "decade":
                years.append(x.y)
                if x.y2:
                    years.append(x.y2)
    return years


@lru_cache(maxsize=1)
def self_note_pattern() -> re.Pattern[str]:
    """The opening of a note by which a page dates itself, up to the "on" before its date:
    "This <self_noun> was <self_verb> on" ("This commentary was published on ...") or, for a
    recorded conversation, "The <noun> was <verb> on" ("The interview was recorded on ...")."""
    v = _vocab()
    talk = [w for w, kind in v.self_nouns.items() if kind == "talk"]
    return re.compile(
        rf"\s*(?:This\s+(?i:{_alt(list(v.self_nouns))})|The\s+(?i:{_alt(talk)}))\s+"
        rf"(?:was|were)\s+(?:{_alt(v.self_verbs)})\s+on\s+")


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of the first single year-less day in `text` ("OCTOBER 31", "5 May"), else
    None. Meant for a wire dateline, whose day is the report's but whose year is not written:
    the caller finds the year elsewhere (an update stamp under the report)."""
    for at in _scan(text):
        if at.kind == "md" and at.y is None and at.ry is None and at.d is not None \
                and at.d2 is None and at.m is not None:
            return at.m, at.d
    return None


def infer_reference_date(text: str) -> ReferenceInference:
    """The publication date of an undated article, established only from its own words.

    Rules, in order: (1) a weekday named with a day of month in past or present context fixes
    the year when exactly one year near the latest year the text mentions agrees with it;
    (2) "November 9 last year" beside "November 9, 2020", or "this year" in a sentence with the
    latest written year, fix the year; (3) otherwise nothing is inferred.
    """
    if not text:
        return ReferenceInference(None, None, "empty text")
    atoms = [(at, _is_future(text, at)) for at in _scan(text)]
    years = _explicit_years(atoms)
    y_max = max(years) if years else None
    window = [y for y in (y_max, y_max + 1) if 2000 <= y <= 2030] if y_max is not None else []
    window = window or list(range(2000, 2031))   # never unique: no year, no inference
    best: tuple[dt.date, str] | None = None
    for at, fut in atoms:
        if fut or at.kind != "md" or at.wd is None or at.y is not None or at.ry is not None:
            continue
        fits = []
        for y in window:
            try:
                if dt.date(y, at.m, at.d).weekday() == at.wd:
                    fits.append(y)
            except ValueError:
                continue
        if len(fits) == 1:
            d = dt.date(fits[0], at.m, at.d)
            expl = (f"weekday '{calendar.day_name[at.wd]}' with "
                    f"'{calendar.month_name[at.m]} {at.d}' fits only {fits[0]}")
            if best is None or d > best[0]:
                best = (d, expl)
    if best is not None:
        return ReferenceInference(best[0], "day", best[1])
    votes: list[tuple[int, str]] = []
    dated: dict[tuple[int | None, int | None], dict[int, str]] = {}
    for at, _fut in atoms:
        if at.kind in ("md", "ymd") and at.y is not None and at.d is not None and at.d2 is None:
            dated.setdefault((at.m, at.d), {}).setdefault(at.y, text[at.start:at.end])
    for at, fut in atoms:
        if fut or at.kind != "md" or at.ry not in ("last", "this") or at.d2 is not None:
            continue
        ys = dated.get((at.m, at.d), {})
        if len(ys) == 1:
            ((y0, anchor),) = ys.items()
            y = y0 + (1 if at.ry == "last" else 0)
            votes.append((y, f"'{text[at.start:at.end]}' beside '{anchor}'"))
    for at, fut in atoms:
        if fut or at.kind != "rel" or at.rm != "this" or at.unit != "year" or y_max is None:
            continue
        s0, s1 = _sentence_bounds(text, at.start, at.end, 400, 400)
        in_sentence = {y for a2, f2 in atoms if not f2 and s0 <= a2.start < s1
                       for y in _explicit_years([(a2, False)])}
        if in_sentence == {y_max}:
            votes.append((y_max, f"'this year' in a sentence with '{y_max}'"))
    good = [(y, why) for y, why in votes if y_max is None or y >= y_max]
    ys = sorted({y for y, _ in good})
    if len(ys) == 1:
        why = "; ".join(sorted({w for _, w in good}))
        return ReferenceInference(dt.date(ys[0], 1, 1), "year", f"year {ys[0]} from {why}")
    if len(ys) > 1:
        return ReferenceInference(None, None, f"anchors disagree on the year: {ys}")
    return ReferenceInference(None, None, "no weekday-dated or year-anchored expression")


#: the time zones a stamp may name ("21:47 BST", "09:10 GMT Text")
_STAMP_ZONES = r"(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|AMT|AZT|EDT|EST|ET)"
#: a live blog's time stamp opening a line, alone on it or before a dash ("21:47 BST",
#: "9.05am", "20:15 GMT — The ministers ..."); (lead, round 60) a clock time with a colon
#: also right before the entry's first capital ("19:05 Pashinyan has arrived")
_STAMP_LINE = re.compile(r"^[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*"
                         + _STAMP_ZONES + r"?[ \t]*(?:$|[—–-][ \t])|(?:[01]?\d|2[0-3]):[0-5]\d"
                         r"(?:[ \t]+" + _STAMP_ZONES + r")?[ \t]+(?=(?-i:[A-Z])|[“\"]))",
                         re.IGNORECASE | re.MULTILINE)
#: a weekday that may stand before a day heading's date ("Friday 8 August 2025")
_HEADING_WEEKDAY = re.compile(r"[ \t]*(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]*$",
                              re.IGNORECASE)


#: a clock time and a dash right after a date that opens its line: a live entry's stamp
#: ("November 10, 00:50 –", "10 Nov 2020, 09:15 GMT+4 —", "10 Nov, at 01:20 local time -").
#: A zone is one the list names, in any case, or any two to four capitals.
_ENTRY_CLOCK = re.compile(r",?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d{2}[ \t]*(?i:[ap]\.?m\.?)?[ \t]*"
                          r"(?:(?i:(?:GMT|UTC)(?:[ \t]*[+-]\d{1,2})?|BST|CET|CEST|EET|EEST|MSK|"
                          r"AMT|AZT|EDT|EST|ET|local time)|[A-Z]{2,4}\b)?[ \t]*[—–-]\s")
#: whether a page may hold such stamps at all (a clock time before a dash on one line)
#: (read as `\d[:.]\d\d[^\n]{0,24}[—–-]\s`, whose matches start one character earlier: the
#: digit is checked by a look-behind after the ":" or ".", so the pattern opens with a
#: character class and the engine skips to those marks instead of testing every character
#: for a digit; only whether it matches anywhere is asked)
_ENTRY_CLOCK_ANY = re.compile(r"[:.](?<=\d[:.])\d\d[^\n]{0,24}[—–-]\s")
#: how far past the page's date an entry's stamp may be (entries after midnight)
_ENTRY_AFTER = dt.timedelta(days=1)


def entry_stamp(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is a date that opens its line before a clock time and a dash
    ("November 10, 00:50 – ..."): a live entry's stamp, added after the page was first
    published. The dates stage tells the entry's relative days from it; meetings keep a
    past-tense meeting of such an entry held though its day is after the publication day."""
    ls = text.rfind("\n", 0, start) + 1
    return not text[ls:start].strip() and _ENTRY_CLOCK.match(text, end) is not None


def _entry_stamps(text: str, atoms: list[_Atom]) -> int:
    """How many live entry stamps the page holds (one alone may be a one-off time line)."""
    return sum(1 for at in atoms if entry_stamp(text, at.start, at.end))


def _day_heading(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is a date alone on its line, a weekday at most before it ("Friday 8
    August 2025"): a live blog's day heading (see `live_day_heading`)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    return not text[end:le].strip() and (not text[ls:start].strip()
                                         or _HEADING_WEEKDAY.fullmatch(text, ls, start) is not None)


@lru_cache(maxsize=8)
def _stamped(text: str) -> bool:
    """Whether the page holds two live-blog stamp lines at least (asked for each undated row
    of an article: remembered per text, whose hash Python keeps)."""
    stamps = _at_line_starts(_STAMP_LINE, text)
    return next(stamps, None) is not None and next(stamps, None) is not None


def live_day_heading(text: str, dates: Sequence[DateMention], pos: int,
                     published: dt.date | None) -> DateMention | None:
    """The day of a live blog's day heading over the entry at `pos` ("Friday 8 August 2025" on
    a line of its own, then entries stamped "21:47 BST"): on such a page an entry under a day
    heading tells that day, as a dated paper's undated news does not. Only on a page with two
    stamp lines at least, from the nearest day heading before `pos` (`dates` in text order),
    and never a day after publication."""
    if not _stamped(text):
        return None
    best = None
    for d in dates:
        if d.start >= pos:
            break
        if d.precision != "day" or d.date is None or not _day_heading(text, d.start, d.end):
            continue
        best = d
    if best is None or best.date is None or (published is not None and best.date > published):
        return None
    return best
