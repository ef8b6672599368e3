"""Sentence segmentation with character offsets.

Every fact keeps the offsets of the words that support it, so segmentation never rewrites the
text: it only returns `(start, end)` spans into the clean text. The rules are deliberately
simple and predictable (a period, question or exclamation mark, optionally followed by closing
quotes or brackets, then whitespace and an upper-case letter of any script, a digit or an opening
quote), with an abbreviation list kept as data so "Mr. Putin" or "U.S. officials" do not end a
sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from karabakh_data.dates import find_dates, month_pattern, weekday_names
from karabakh_data.vocab import read_words

# "„" opens a quotation in German, Polish or Russian copy ("... talks. „We are ready“, he
# said"), where "“" may close one ("... ready.“ He said")
_CLOSERS = "\"'”’»)]“"
_OPENERS = "\"'“‘«([„"
# A candidate boundary: terminal punctuation (or an ellipsis), closing marks, then whitespace.
# (Its first mark is written out, "[.!?…][.!?…]*" for "[.!?…]+": a pattern that opens with a
# character class, not a repeat, lets the regex engine skip to the marks instead of trying the
# pattern at every character.)
_BOUNDARY = re.compile(r"([.!?…][.!?…]*)([" + re.escape(_CLOSERS) + r"]*)(\s+)")
# (",," followed by a capital: low quotes typed as two commas, in translated copy)
_STARTS_SENTENCE = re.compile(r"[A-Z0-9" + re.escape(_OPENERS) + r"\u0400-\u04FF\u0531-\u0587]"
                              r"|,,(?=[A-Z])")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(w.lower() for w in read_words("abbreviations.txt") if " " not in w)


@lru_cache(maxsize=1)
def _number_abbreviations() -> frozenset[str]:
    """Abbreviations that end no sentence only before a number ("Art. 5", "Para. 3"): listed
    with " 0" after them, as "art." also ends "... of modern art. The ..."."""
    return frozenset(w.split()[0].lower() for w in read_words("abbreviations.txt")
                     if w.endswith(" 0"))


# any letter, not only a-z: "É. Macron", "Ş. Mustafayev" (the token is lower-cased first)
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")
_PARAGRAPH = re.compile(r"[^\n]+")
_ASCII_LETTERS_DOT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ."


def _word_start(text: str, dot: int) -> int:
    """Start of the run of letters and periods that ends at `dot`.

    The run is found by stripping ASCII letters and periods from a short slice; when that
    does not settle it (the run may go on beyond the slice, or continue with a non-ASCII
    letter), the characters are tested one by one with `str.isalpha`, as always."""
    lo = max(0, dot - 24)
    rest = text[lo:dot].rstrip(_ASCII_LETTERS_DOT)
    if rest and rest[-1].isascii():
        return lo + len(rest)  # an ASCII character that is no letter or period ends the run
    if not rest and lo == 0:
        return 0
    i = lo + len(rest)
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    return i


def _is_abbreviation(text: str, dot: int, nxt: int) -> bool:
    """True when the period at `dot` closes an abbreviation such as 'Mr.' or 'U.S.' (or one
    that is an abbreviation only before a number, `text[nxt]` being where the next word
    starts: "Art. 5")."""
    token = text[_word_start(text, dot):dot + 1].lower()
    if token in _abbreviations():
        return True
    if text[nxt].isdigit() and token in _number_abbreviations():
        return True
    # Single initials ("J. Smith") and dotted acronyms ("U.N.") are not sentence ends, but
    # the platform in "wrote on X." is no initial: an initial never follows "on" or "via"
    if token == "x.":
        ws = _word_start(text, dot)
        if _PLATFORM_BEFORE.search(text, max(0, ws - 8), ws):
            return False
    if len(token) == 2 and dot >= 2 and text[dot - 2].isdigit():
        return False  # "in the early 1990s.", "the 2020s.": a plural's "s", no initial
    return _INITIALS.fullmatch(token) is not None


#: the words before the social platform X ("posted on X.", "said via X.")
_PLATFORM_BEFORE = re.compile(r"(?<![\w-])(?:on|via)\s+$")


# A dateline opening a paragraph: "YEREVAN, Dec 7 (Reuters) - ", "Baku, October 5, Trend: ",
# also filed from several cities at once: "BAKU/YEREVAN, Sept 28 - ", "Baku/Yerevan, 5 May: ".
# Wire copy often gives no date: "MOSCOW (Reuters) - ", "YEREVAN -- " (a double hyphen for a
# dash), "BAKU, Azernews -- ", "Yerevan (Wire) - ", "Yerevan /Wire/. ", also with a full
# stop after the city: "TABRIZ. Mar 3 (Wire) - "; some agencies close it with their name in
# capitals: "YEREVAN, MAY 14, AGENCY. ", "Baku, May 14, AGENCY "; or with a full stop, the
# agency named later in the sentence: "GORIS, Armenia, Oct. 3. ", also in mixed case when a
# region or a month name follows the city ("Goris, Armenia, Oct. 3. ", "Goris, Oct. 3. "; a
# sentence never has that shape: no verb, a day number and a full stop); or sentence-like
# stops and the agency in capitals with a slash: "Goris. 3 October. AGENCY.AM/ ", or in
# brackets before a full stop: "Goris, 3 October 2021 (Agency). ", or after one ("Goris, Oct. 3.
# (Agency) "), or alone on its line with a full date: "Goris, 3 October 2021 (Agency)".
# It belongs to the report, not to what the report says: its date is the report's, its city no
# actor, participant or speaker (`statements`, `meetings` and `events` all read it here).
_DASH = r"(?:--?|[–—])"
_MIXED_CITY = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
_DAY_MONTH = r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}\.?)"
_SLASHED = r"/[A-Z][A-Za-z .-]{1,20}/\.?"
# an agency in brackets after a full-stop dateline: "Baku, Azerbaijan, 24 May. (Agency) "
_AGENCY_BRACKETS = r"\([A-Z][A-Za-z ./&-]{1,24}\)"
_BRACKETED = r"(?:" + _AGENCY_BRACKETS + r"[.:]?\s+)?"
_MONTH = month_pattern()
_NUM_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"
_NUM_MON = r"(?:1[0-2]|0?[1-9])"
_NUM_DATE = (r"(?:" + _NUM_DAY + r"\." + _NUM_MON + r"\.|" + _NUM_DAY + "/" + _NUM_MON + "/)"
             r"(?:19|20)[0-9]{2}")
# (round 30) a press release's full date between two dashes after the city and the
# organisation: "GENEVA (ICRC) – 14 December 2023 – ", "Vienna (Agency) - 05.03.2024 - "
_DATE_DASH = (r"(?:(?:" + _DAY_MONTH + r",?[ \t]+(?:19|20)[0-9]{2}|" + _NUM_DATE + r")[ \t]+"
              + _DASH + r"[ \t]+)?")


def _stop_dateline(space: str) -> str:
    """The pattern of agency copy's stop-separated dateline, "Baku. 17 May. AGENCY.AZ/", with
    `space` between its parts (one pattern for `DATELINE` and the sentence splitter)."""
    return (r"[A-Z][A-Za-z'’ -]{2,30}\." + space + _DAY_MONTH + r"\." + space
            + r"[A-Z][A-Z.]{1,20}/")


DATELINE = re.compile(
    r"(?m)^(?:[A-Z][A-Za-z.'’ -]{1,30}/[ \t]?){0,3}"
    r"(?:[A-Z][A-Z.'’ -]{2,30}(?:,[^\n]{0,40}?|\.\s*" + _DAY_MONTH + r"(?:,?\s*\d{4})?)?"
    # the agency in brackets, or (round 25) the report's full date: "NEW YORK (Sept. 20, 2023) --"
    r"(?:\s\((?:[A-Z][A-Za-z ./&-]{0,24}|" + _DAY_MONTH + r",?\s*\d{4})\))?"
    r"\s(?:" + _DASH + r"|:|/[^/\n]{1,20}/\.?(?:\s+" + _DASH + r"(?=\s))?)\s+" + _DATE_DASH +
    r"|[A-Z][A-Za-z.'’ -]{2,30},\s*" + _DAY_MONTH + r"(?:,\s*\d{4})?,\s*[A-Z][A-Z-]{2,20}"
    r"(?:[.:]|(?=\s))\s+"
    # the same with no comma before the year ("Baku, 13 September 2022, AGENCY"), only closing
    # its line or before a stop or colon ("On Monday, 5 May 2022, OSCE monitors ..." is a lead)
    r"|[A-Z][A-Za-z.'’ -]{2,30},\s*" + _DAY_MONTH + r"\s+\d{4},\s*[A-Z][A-Z-]{2,20}"
    r"(?:[.:]\s+|[ \t]*(?=\n|\Z))"
    r"|[A-Z][A-Z.'’ -]{2,30},\s*(?:[A-Z][a-z]+,\s*)?" + _DAY_MONTH + r"(?:,\s*\d{4})?\.\s+"
    + _BRACKETED + r"(?=[A-Z])"
    r"|" + _stop_dateline(r"\s*") + r"\s*"
    r"|" + _MIXED_CITY + r",\s*(?:[A-Z][a-z]+,\s*" + _DAY_MONTH + r"|" + _MONTH + r"\s+\d{1,2}"
    r"|\d{1,2}\s+" + _MONTH + r")(?:,?\s*\d{4})?\.\s+" + _BRACKETED + r"(?=[A-Z])"
    # alone on its line with its year and the outlet in brackets: "Yerevan, 29 March 2019
    # (Caucasus Desk)"
    r"|" + _MIXED_CITY + r",\s*(?:[A-Z][a-z]+,\s*)?(?:" + _MONTH + r"\s+\d{1,2},?|\d{1,2}\s+"
    + _MONTH + r")[ \t]*\d{4}[ \t]+" + _AGENCY_BRACKETS + r"[ \t]*(?=\n|\Z)"
    # a numeric full date with its four-digit year and a spaced dash: "Strasbourg, 24.01.2024 -
    # ", "Geneva, 5/10/2023 — " (round 24)
    r"|" + _MIXED_CITY + r",\s*(?:[A-Z][a-z]+,\s*)?" + _NUM_DATE + r"[ \t]+" + _DASH + r"[ \t]+"
    # (round 62) ... or with a full stop, as governments date their readouts: "Baku/Yerevan,
    # 13.12.2023. Today ..." (no sentence opens with a city, a comma and a day in figures)
    r"|" + _MIXED_CITY + r",[ \t]*" + _NUM_DATE + r"\.[ \t]+(?=[A-Z\"“])"
    r"|" + _MIXED_CITY + r"\s(?:\([A-Z][A-Za-z ./&-]{0,24}\)\s" + _DASH + "|" + _SLASHED + r")\s+"
    + _DATE_DASH +
    # (round 29) the agency alone in brackets, its city left out: "(Wire) - Aliyev said ..."
    r"|\([A-Z][A-Za-z ./&-]{1,24}\)[ \t]+" + _DASH + r"[ \t]+(?=[A-Z\"“])"
    r"|" + _MIXED_CITY + r",\s*(?:[A-Z][a-z]+,\s*)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?"
    r"(?:[,.]?\s*(?:[A-Za-z/().-]{2,25})?\s*[:–—-]{1,2}|\s" + _SLASHED
    + r"|\s\([A-Z][A-Za-z ./&-]{1,24}\)\.)\s+)"
    # never when the rest of its line is in capitals too: a dateline opens mixed-case text,
    # and "LEADERS MEET -- TALKS GO ON" is an all-capitals headline with a spaced dash
    r"(?![^a-z\n]*[A-Z]{2}[^a-z\n]*$)")


# The sentence-like dateline of agency copy ("Baku. 17 May. AGENCY.AZ/ In the period ..."): a
# piece of its own for the sentence splitter, so its stops cut nothing and the first sentence
# opens after the agency's slash (the dateline's day stays out of that sentence, as before).
_STOP_DATELINE = re.compile(_stop_dateline(r"[ \t]*"))


def datelines(text: str) -> list[tuple[int, int]]:
    """The spans of `DATELINE.finditer(text)`, trying the pattern only at line starts: every
    match starts with a multi-line "^", which holds nowhere else, so matching at each line
    start not inside the previous match gives the same, non-overlapping, matches without
    the engine testing "^" at every character."""
    out: list[tuple[int, int]] = []
    match = DATELINE.match
    p = last = 0
    while True:
        if p >= last:
            m = match(text, p)
            if m is not None:
                out.append((p, m.end()))
                last = m.end()
        p = text.find("\n", p) + 1
        if p == 0:
            return out


# A live blog's time stamp heading its entry ("14:05 — The talks ...", "9.40am - ...",
# "18:20 GMT – ..."): a label of the entry, not a word of its first sentence.
_TIME_STAMP = re.compile(r"[ \t]*(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?:[ \t]?[AaPp]\.?[Mm]\.?)?"
                         r"(?:[ \t]+[A-Z]{2,4})?[ \t]+[-–—][ \t]+(?=[A-Z\"“‘«])")


# A dot inside a date written in another language's order ("Wednesday, 23. October 2024",
# "2023. October 5." heading its line): no sentence ends there.
_DAY_DOT_DATE = re.compile(r"\.[ \t\u00a0]+" + _MONTH + r"[ \t\u00a0]+\d{4}(?![0-9])")
_YEAR_DOT_DATE = re.compile(r"\.[ \t\u00a0]+" + _MONTH + r"[ \t\u00a0]+\d{1,2}(?![0-9])")


def _dotted_date(text: str, dot: int) -> bool:
    """True when the period at `dot` follows the day of "23. October 2024", or the year of
    "2023. October 5" at the start of a line (`dot` is after a digit)."""
    i = dot
    while i > 0 and text[i - 1].isdigit():
        i -= 1
    n = dot - i
    if i > 0 and text[i - 1] not in " \t\u00a0\n,":
        return False
    if n <= 2:
        # as `dates` reads it: at a line's start, after a comma or after a weekday only ("rose
        # to 23. October 2024 was ..." is two sentences)
        before = text[max(0, i - 12):i].rstrip(" \t\u00a0")
        if before and before[-1] not in "\n," \
                and before.rsplit(None, 1)[-1].lower() not in weekday_names():
            return False
        return _DAY_DOT_DATE.match(text, dot) is not None
    if n == 4 and (i == 0 or text[i - 1] == "\n"):
        return _YEAR_DOT_DATE.match(text, dot) is not None
    return False


# A day-by-day bulletin's date heading its entry ("September 13.", "13 September:", "Tuesday,
# 13 September —", alone on its line or before the entry's first words): a label of the entry,
# read with its first sentence when that sentence names no date of its own, so the sentence's
# facts take the day. With a year ("13 September 2022 —") it may be the page's own date line,
# and is left alone.
_WEEKDAY = r"(?:" + "|".join(w.capitalize() for w in sorted(weekday_names())) + r")"
_DATE_HEAD = re.compile(
    r"(?:" + _WEEKDAY + r",?[ \t]+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+" + _MONTH + r"|" + _MONTH + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?![0-9])[ \t]*(?:[.:]|[ \t]?(?:--?|[–—]))[ \t]*"
    r"(?=$|\n|[A-Z\"“‘«])")


# (round 31) a digest's weekday alone on its line over the day's entry ("TUESDAY", "Tuesday:")
_WEEKDAY_HEAD = re.compile(
    r"(?:" + "|".join(f"{w.capitalize()}|{w.upper()}" for w in sorted(weekday_names()))
    + r")[ \t]*:?[ \t]*$")


def _date_head(text: str, start: int, end: int) -> int:
    """End of a date heading the paragraph `text[start:end]` (see `_DATE_HEAD`), or -1; a
    weekday heads it only alone on its line (`_WEEKDAY_HEAD`)."""
    m = _DATE_HEAD.match(text, start, end) or _WEEKDAY_HEAD.match(text, start, end)
    return -1 if m is None else m.end()


def _names_no_date(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` holds no date expression (an entry's own date wins over the
    date heading it: "13 September:" then "X met Y on Monday" is Monday's meeting)."""
    return not find_dates(text[start:end])


def _split_head(text: str, cur: int, head: int, end: int,
                append: Callable[[tuple[int, int]], None]) -> int:
    """The sentence `text[cur:end]` opens with a bulletin's date ending at `head`: keep the two
    together when the rest names no date, else give the date a sentence of its own (appended
    here). Returns where the sentence to append next starts."""
    if _names_no_date(text, head, end):
        return cur
    append((cur, head))
    return head


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split `text` into sentences; return `(start, end)` offsets with surrounding whitespace
    trimmed. Paragraph breaks (newlines) always end a sentence: web text has headlines and
    captions without final punctuation. A live-blog time stamp heading a paragraph is left
    out of its first sentence: a fact or quotation read from the sentence must not begin
    with the stamp's dash, and the clock time is no part of what was said."""
    spans: list[tuple[int, int]] = []
    append = spans.append
    boundaries, starts_sentence = _BOUNDARY.finditer, _STARTS_SENTENCE.match
    stamp = _TIME_STAMP.match
    # the paragraphs are the runs of `_PARAGRAPH` (no line break), found with `str.find`: the
    # regex engine would test every character of the text on its way
    n = len(text)
    p_end = -1
    held = -1  # start of a date line heading the paragraph that follows it
    while p_end < n:
        p_start = p_end + 1
        p_end = text.find("\n", p_start)
        if p_end < 0:
            p_end = n
        if p_end == p_start:
            if held >= 0:
                append((held, p_start))  # a blank line after it: a date line of its own
                held = -1
            continue  # an empty line: no paragraph
        cur, head, lead = p_start, -1, -1
        c0 = text[p_start]
        if c0.isdigit() or c0 in " \t":
            st = stamp(text, p_start, p_end)
            if st is not None:
                cur = st.end()
        if held < 0 and cur == p_start and (c0.isdigit() or "A" <= c0 <= "Z"):
            head = _date_head(text, p_start, p_end)
            if head >= p_end and p_end < n:
                held = p_start  # "September 13." alone: it may open the next line's sentence
                continue
            if head > 0 and not text[p_start:head].rstrip().endswith("."):
                head = -1  # "13 September: ..." on one line is one sentence anyway
        if held >= 0:
            head, cur, held = p_start, held, -1  # the date line is before `p_start`
        elif "A" <= c0 <= "Z" and text.find("/", p_start, min(p_end, p_start + 70)) > 0:
            sd = _STOP_DATELINE.match(text, p_start, p_end)
            if sd is not None:
                append((p_start, sd.end()))
                cur = lead = sd.end()  # no boundary inside it
        for m in boundaries(text, p_start, p_end):
            nxt = m.end()
            if nxt >= p_end:
                break
            if nxt <= head or nxt <= lead:
                continue  # "September 13. Forces shelled ...": the date may head the sentence
            if not starts_sentence(text, nxt) and not text[nxt].isupper():
                continue  # no capital (of any script), digit or opening quote follows
            if m.group(1) == "." and (_is_abbreviation(text, m.start(1), nxt) or (
                    text[m.start(1) - 1].isdigit() and _dotted_date(text, m.start(1)))):
                continue
            if head >= 0:
                cur = _split_head(text, cur, head, m.start(3), append)
                head = -1
            append((cur, m.start(3)))
            cur = nxt
        if head >= 0:
            cur = _split_head(text, cur, head, p_end, append)
        append((cur, p_end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def sentence_index(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence that contains `offset` (the last one starting at or before it)."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid][0] <= offset:
            lo = mid + 1
        else:
            hi = mid
    return max(lo - 1, 0)
