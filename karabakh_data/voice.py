"""Who "I" and "we" are: first-person words read as mentions of the person who speaks them.

A fact told in the first person ("When President Aliyev and I met in Brussels ...", a
minister's answer "On 13 December we released ...") names its party only through the
statement it stands in: the quotation's speaker, the interviewee of an answer, the labelled
speaker of a transcript turn. The statements stage already finds those speakers and the exact
span of their words, so this module runs it first and reads each first-person word inside a
direct statement's words as a mention of the speaker ("I", "me") or of the state the speaker
serves ("we", "us", "our", "my": what "my country" makes a party of is a state;
`first_person.csv`). The meetings and events stages then see those mentions like any pronoun
(via "pronoun"): their evidence is the word itself, and the statement row beside it says
whose word it is. At a meeting "we" may be both sides ("we agreed"); the speaker's side is
among them either way, so it is read there too, but not the possessives ("our hosts" own,
they do not meet).

A speaker the statements stage cannot name but the text places by a demonym ('"...," a
senior Azerbaijani official said'; `unnamed_speakers.csv`) lends "we" the state of the
demonym; their "I" stands for no one.

Left out on purpose, because a wrong party is worse than a missing one: reported speech
(there the speaker is "he"), statements of several speakers at once (whose "we"?), "I" after
a capitalised word ("Peter I", "World War I") or before ")" or "." as a list label, and words
inside a quotation nested in the speaker's own.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import cache
from itertools import accumulate
from operator import attrgetter

from karabakh_data.gazetteer import load_gazetteer, state_of_country
from karabakh_data.mentions import Mention
from karabakh_data.model import StatementRow
from karabakh_data.nlp import Analysed
from karabakh_data.statements import extract_statements, find_quotes
from karabakh_data.vocab import read_table, read_words

__all__ = ["first_person_mentions", "for_the_speakers_state", "possessive_words",
           "statements_of", "voiced"]

#: The key of `Analysed.memo` under which the article's statements are kept.
_STATEMENTS = "statements"
#: The key under which `_maybe_first_person` of the article's text is kept (the same text for
#: both variants and for every reading of it).
_MAYBE = "maybe-first-person"
#: The key under which a voiced reading is kept (a voiced reading keeps itself there), by
#: variant (`possessive`).
_VOICED = "voiced"


@dataclasses.dataclass(frozen=True)
class _Vocab:
    rx: re.Pattern[str]
    stands_for: dict[str, str]  # lower-cased word -> "speaker" | "speaker_state"
    possessive: frozenset[str]


@cache
def _vocab() -> _Vocab:
    rows = read_table("first_person.csv")
    alts = []
    for r in rows:
        w = re.escape(r["word"].strip())
        alts.append(w if r["case"].strip() == "exact" else f"(?i:{w})")
    rx = re.compile(r"(?<![\w'’-])(?:" + "|".join(alts) + r")(?![\w'’-])")
    return _Vocab(rx, {r["word"].strip().lower(): r["stands_for"].strip() for r in rows},
                  frozenset(r["word"].strip().lower() for r in rows
                            if r["possessive"].strip() == "yes"))


def for_the_speakers_state(m: Mention) -> bool:
    """Whether `m` is a first-person word read as the speaker's state ("we", "us", "our")."""
    return m.via == "pronoun" and _vocab().stands_for.get(m.text.lower()) == "speaker_state"


def possessive_words() -> frozenset[str]:
    """The first-person words that own the noun after them ("my", "our")."""
    return _vocab().possessive


def statements_of(a: Analysed) -> list[StatementRow]:
    """`extract_statements(a)`, computed once per reading of an article."""
    memo = a.memo
    if _STATEMENTS not in memo:
        memo[_STATEMENTS] = extract_statements(a)
    return memo[_STATEMENTS]


#: Quotation marks that open a quotation nested inside a speaker's words.
_INNER_QUOTE = re.compile(r"[‘“«„\"]|(?<!\w)'(?=\w)")
_INNER_CLOSE = {"‘": "’", "“": "”", "«": "»", "„": "“", '"': '"', "'": "'"}


def _nested(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of quotations nested in `text[start:end]` (an unclosed one runs to `end`)."""
    out = []
    pos = start
    while (m := _INNER_QUOTE.search(text, pos, end)) is not None:
        close = text.find(_INNER_CLOSE[m.group()], m.end(), end)
        out.append((m.start(), end if close < 0 else close + 1))
        if close < 0:
            break
        pos = close + 1
    return out


@cache
def _unnamed_vocab() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(after a closing quote: ", a senior Azerbaijani official said"; after a closing quote:
    ", said an Armenian source"; before an opening one: "An Armenian source said: "): the
    description of an unnamed speaker (`unnamed_speakers.csv`) with a speech verb of the
    "say" or "tell" frame (`speech_verbs.csv`). Group "np" is the description."""
    rows = read_table("unnamed_speakers.csv")

    def alt(words: list[str]) -> str:
        return "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w)))

    mods = alt([r["word"].strip() for r in rows if r["kind"].strip() == "modifier"])
    nouns = alt([r["word"].strip() for r in rows if r["kind"].strip() == "noun"])
    verbs = alt([f.strip() for r in read_table("speech_verbs.csv")
                 if r["frame"].strip() in ("say", "tell")
                 for f in r["finite"].split("|") if f.strip() and f.strip()[-1] not in "*~"])
    # the article, up to two modifiers, the demonym (a capitalised word, checked against the
    # mentions by the caller), up to two words, the head noun
    np = (r"(?P<np>(?i:an?|the)\s+(?:(?i:" + mods + r")\s+){0,2}(?P<dem>[A-Z][\w'’-]+)\s+"
          r"(?:[a-z][\w-]*\s+){0,2}?(?i:" + nouns + r"))(?![\w-])")
    after = re.compile(r"[ \t]*,?[ \t]*" + np + r"\s+(?:[a-z]+\s+)?(?i:" + verbs + r")(?![\w-])")
    inverted = re.compile(r"[ \t]*,?[ \t]*(?i:" + verbs + r")\s+" + np)
    before = re.compile(r"(?:^|(?<=[.!?\n]))[ \t]*" + np + r"\s+(?:[a-z]+\s+)?(?i:" + verbs
                        + r")(?:\s+[\w'’-]+){0,2}[ \t]*:[ \t]*$", re.MULTILINE)
    return after, inverted, before


def _unnamed_speakers(a: Analysed, statements: list[StatementRow]
                      ) -> list[tuple[int, int, str]]:
    """(start, end, state) of each quotation no direct statement covers whose speaker is
    described, not named, right after or before it ('"...," a senior Azerbaijani official
    said'): the state is the one the description's demonym stands for."""
    text = a.text
    quotes = [q for q in find_quotes(text) if q.closed and q.end - q.start >= 12]
    if not quotes:
        return []
    covered = [(s.char_start, s.char_end) for s in statements if s.kind == "direct"]
    after, inverted, before = _unnamed_vocab()
    # the demonym, or a state's body named with it ("an Azerbaijani government official")
    at = {m.start: m for m in a.mentions if m.actor_id and m.via in ("demonym", "title", "name")}
    g = load_gazetteer()
    out = []
    for q in quotes:
        if any(lo < q.end and q.start < hi for lo, hi in covered):
            continue
        line_start = text.rfind("\n", 0, q.open) + 1
        m = (after.match(text, q.close) or inverted.match(text, q.close)
             or before.search(text, max(line_start, q.open - 120), q.open))
        if m is None:
            continue
        dem = at.get(m.start("dem"))
        actor = g.actors.get(dem.actor_id or "") if dem is not None else None
        state = None if actor is None else actor.actor_id if actor.kind == "state" else (
            state_of_country(actor.country)
            if actor.kind == "government_body" else None)
        if state is None:
            continue  # "a European diplomat", "a Kremlin aide": no state the words speak for
        out.append((q.start, q.end, state))
    return out


def first_person_mentions(a: Analysed, statements: list[StatementRow],
                          possessive: bool = True) -> list[Mention]:
    """A mention (via "pronoun", reading "agent") for each first-person word inside the words
    of a direct statement with one speaker, or of a speaker described but not named (their
    "we" only), sorted by start; words that overlap a mention the article already has are
    left alone. Without `possessive`, no "my"/"our" ("our hosts", "my counterpart" own, they
    do not act)."""
    v = _vocab()
    text = a.text
    g = load_gazetteer()
    speakers: dict[tuple[int, int], set[str]] = {}
    for s in statements:
        if s.kind == "direct":
            speakers.setdefault((s.char_start, s.char_end), set()).add(s.speaker_id)
    # the mentions are sorted by start: one overlaps a word iff, of those starting before the
    # word ends, the furthest end reaches past the word's start
    taken_starts = [m.start for m in a.mentions]
    furthest_end = list(accumulate((m.end for m in a.mentions), max))
    out: list[Mention] = []
    voices = [(start, end, next(iter(ids)), False) for (start, end), ids in
              sorted(speakers.items()) if len(ids) == 1]  # "A and B said: ...": whose "we"?
    # round 50: a speaker described, not named, lends "we" its state
    voices += [(start, end, state, True) for start, end, state in _unnamed_speakers(
        a, statements)]
    for start, end, sid, unnamed in voices:
        actor = g.actors.get(sid)
        if actor is None:
            continue
        state = (sid if actor.kind == "state" else
                 state_of_country(actor.country))
        inner = _nested(text, start, end)
        for m in v.rx.finditer(text, start, end):
            word = m.group()
            low = word.lower()
            own = v.stands_for[low] == "speaker"
            if not possessive and low in v.possessive:
                continue
            if any(lo <= m.start() < hi for lo, hi in inner):
                continue  # "he told me 'we will not'": the inner "we" is another speaker's
            if word == "I" and _numeral(text, m.start(), m.end()):
                continue  # "World War I", "Phase I of", "I)" as a list label
            if own and (unnamed or actor.kind != "person"):
                continue  # a ministry's "I" is its spokesperson's, who is not named
            who = sid if own else state
            k = bisect.bisect_left(taken_starts, m.end())
            if who is None or (k and furthest_end[k - 1] > m.start()):
                continue
            out.append(Mention(m.start(), m.end(), word, who, None, "agent", "pronoun"))
    return sorted(out, key=_START_END)


#: The word right before a capital "I" (and the blank between).
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t]+$")
#: What follows a numeral "I" after a capitalised word: punctuation, the end, or "of".
_NUMERAL_AFTER = re.compile(r"[ \t]*(?:[,.;:)\]]|of\b|$)")
#: "I)" / "I." opening a line: the label of a list or an outline.
_LABEL = re.compile(r"[ \t]*[.)\]]")


def _numeral(text: str, start: int, end: int) -> bool:
    """Whether the capital "I" at `start` is a Roman numeral: after a noun that takes one
    (`numeral_nouns.txt`: "World War I ended"), after another capitalised word when
    punctuation or "of" follows ("the Phase I of", "Alma-Ata I,"; but "in Geneva I had" is
    the speaker), or as a label opening a line ("I) ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip():
        return _LABEL.match(text, end) is not None
    w = _WORD_BEFORE.search(text, max(line_start, start - 40), start)
    if w is None:
        return False
    word = w.group(1)
    if word.lower() in _numeral_nouns():
        return True
    return word[0].isupper() and _NUMERAL_AFTER.match(text, end) is not None


@cache
def _numeral_nouns() -> frozenset[str]:
    return frozenset(x.lower() for x in read_words("numeral_nouns.txt"))


_START_END = attrgetter("start", "end")


def voiced(a: Analysed, possessive: bool = True) -> Analysed:
    """`a` with the first-person mentions of its statements added to its mentions and to their
    sentences (a new reading; `a` itself is left as it is). Computed once per article and
    variant: the voiced reading of a voiced reading is itself. `possessive=False` is the
    meetings stage's variant (see `first_person_mentions`)."""
    key = f"{_VOICED}-{possessive:d}"
    memo = a.memo
    if key in memo:
        return memo[key]
    if _MAYBE not in memo:  # both variants ask: one scan of the text per article
        memo[_MAYBE] = _maybe_first_person(a.text)
    extra = (first_person_mentions(a, statements_of(a), possessive)
             if memo[_MAYBE] else [])
    if not extra:
        memo[key] = a
        return a
    sentences = list(a.sentences)
    starts = [s.start for s in sentences]
    added: dict[int, list[Mention]] = {}
    for m in extra:
        i = bisect.bisect_right(starts, m.start) - 1
        if 0 <= i < len(sentences) and m.end <= sentences[i].end:
            added.setdefault(i, []).append(m)
    for i, ms in added.items():
        sentences[i] = dataclasses.replace(
            sentences[i], mentions=sorted(sentences[i].mentions + ms, key=_START_END))
    out = dataclasses.replace(a, sentences=sentences,
                              mentions=sorted(a.mentions + extra, key=_START_END), memo={})
    out.memo[_STATEMENTS] = memo[_STATEMENTS]
    out.memo[_MAYBE] = memo[_MAYBE]
    out.memo[key] = out
    memo[key] = out
    return out


def _maybe_first_person(text: str) -> bool:
    """A cheap test before running the statements stage for nothing."""
    return _vocab().rx.search(text) is not None
