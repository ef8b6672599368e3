"""`patterns.FastRx` and `CueFilter`: whole-word matching, also inside a window of the text,
and fast paths that find exactly what the plain regex finds."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from karabakh_data import events, meetings
from karabakh_data.patterns import (
    FastRx,
    first_word_keys,
    fold,
    leftmost_longest,
    split_top,
    words_rx,
)
from karabakh_data.vocab import read_table


def test_a_window_ending_inside_a_word_does_not_make_its_first_letters_a_word() -> None:
    rx = FastRx(["met", "talks"])
    text = "Envoys toured the metropolitan district before the talks."
    cut = text.index("metropolitan") + 3  # the window ends after "met" of "metropolitan"
    assert rx.finditer(text, 0, cut) == []
    assert rx.search(text, 0, cut) is None
    assert [m.group() for m in rx.finditer(text)] == ["talks"]


def test_a_longer_phrase_cut_by_the_window_gives_way_to_the_whole_shorter_one() -> None:
    rx = FastRx(["held", "held talks"])
    text = "The delegations held talkshows for the press."
    end = text.index("talkshows") + len("talks")
    assert [m.group() for m in rx.finditer(text, 0, end)] == ["held"]


def test_a_window_ending_at_a_word_boundary_keeps_its_last_word() -> None:
    rx = FastRx(["peace talks", "peace"])
    text = "They spoke of peace talks in Prague."
    end = text.index("peace") + len("peace")
    assert [m.group() for m in rx.finditer(text, 0, end)] == ["peace"]
    assert [m.group() for m in rx.finditer(text)] == ["peace talks"]


def test_alternatives_not_starting_with_a_word_are_cut_the_same_way() -> None:
    rx = FastRx([", which"])
    text = "a deal, whichever side signs"
    assert rx.finditer(text, 0, text.index("whichever") + 5) == []
    assert rx.finditer(text) == []


class _Sent:
    """A sentence as `CueFilter` reads it."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end


def test_phrase_starts_keep_only_phrases_wholly_inside_a_sentence() -> None:
    """One search of the whole text, bucketed into sentences: a phrase running over a sentence
    boundary belongs to neither sentence, a phrase that begins with another of its list is
    found through the shorter one, a pattern is found by the literal text it begins with, and
    trying the pattern only there gives the same matches as the plain search."""
    from karabakh_data.patterns import CueFilter

    filt = CueFilter("test", {"call": ["by phone|phone call|phone calls"],
                              "off": ["cancel+ed|called off"]})
    text = "They spoke by phone calls. Talks were CANCELLED by phone. x"
    cut = text.index("phone calls.")
    sents = [_Sent(text[:cut - 1], 0, cut - 1), _Sent(text[cut:], cut, len(text))]
    first, second = filt.phrase_starts(["call", "off"], text, sents)
    assert sents[0].text == "They spoke by" and first == [(), ()]  # "by phone" runs over
    assert second is not None
    assert [sents[1].text[p:p + 10] for p in second[0]] == ["phone call", "by phone. "]
    assert [sents[1].text[p:p + 5] for p in second[1]] == ["CANCE"]
    for s, starts in zip(sents, (first, second), strict=True):
        for pattern, at in zip(("by phone|phone call|phone calls", "cancel+ed|called off"),
                               starts, strict=True):
            rx = FastRx([pattern])
            assert [m.span() for m in rx.finditer_at(s.text, at)] == \
                [m.span() for m in rx.finditer(s.text)]
    assert [m.group() for m in FastRx(["phone call|phone calls"]).finditer_at(
        sents[1].text, second[0])] == ["phone calls"]


def test_phrase_starts_leave_a_sentence_with_a_cased_non_ascii_letter_alone() -> None:
    """The Kelvin sign matches "k" ignoring case, so a sentence holding it (or any non-ASCII
    letter with a case) is not answered; typographic quotes do not stop an answer."""
    from karabakh_data.patterns import CueFilter

    filt = CueFilter("test2", {"talks": ["talks"]})
    odd = "The tal\u212as ended."
    quoted = "The \u201ctalks\u201d ended."
    text = odd + " " + quoted
    got = filt.phrase_starts(["talks"], text, [_Sent(odd, 0, len(odd)),
                                               _Sent(quoted, len(odd) + 1, len(text))])
    assert got[0] is None
    assert got[1] == [[quoted.index("talks")]]
    assert [m.group() for m in FastRx(["talks"]).finditer(odd)] == ["tal\u212as"]


def test_phrase_starts_report_a_phrase_at_a_sentence_start_glued_to_a_word() -> None:
    """Only places at a word's start are reported, but a sentence that begins right after a
    word character of the text (a split inside "talksmet") still has its first word: in its
    own text nothing comes before it."""
    from karabakh_data.patterns import CueFilter

    filt = CueFilter("test3", {"met": ["met|talks"]})
    text = "Some talksmet them, unmet."
    sents = [_Sent(text[:10], 0, 10), _Sent(text[10:], 10, len(text))]
    got = filt.phrase_starts(["met"], text, sents)
    assert got == [[[5]], [[0]]]
    for s, at in zip(sents, got, strict=True):
        assert at is not None
        rx = FastRx(["met|talks"])
        assert [m.span() for m in rx.finditer_at(s.text, at[0])] == \
            [m.span() for m in rx.finditer(s.text)] != []


# --- the fast paths find what the plain regex finds, for every cue list --------------------
# `FastRx` proposes positions (a trie of the words a pattern can start with, run over folded
# text; `CueFilter.phrase_starts`, one search of a whole document) and then verifies them
# with the regex; the extractors rely on that giving exactly the plain regex's matches.


def _plain_parts(rx: FastRx) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The plain regexes `rx` stands for (its documented contract): the alternatives that
    start with a word as whole words (`words_rx`), the others as written, ending at a word
    end."""
    return _plain_regexes(rx.pattern)


@cache
def _plain_regexes(pattern: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    alts = split_top(pattern)
    worded = [a for a in alts if first_word_keys(a) is not None]
    other = [a for a in alts if first_word_keys(a) is None]
    return (words_rx("|".join(worded)) if worded else None,
            re.compile("|".join(a + (r"(?![\w-])" if a[-1:].isalnum() else "") for a in other),
                       re.IGNORECASE) if other else None)


def _plain_spans(rx: FastRx, text: str) -> list[tuple[int, int]]:
    """The plain regexes' matches in `text`: `re.finditer`, merged leftmost-longest."""
    worded, other = _plain_parts(rx)
    found = list(worded.finditer(text)) if worded is not None else []
    if other is not None:
        found = leftmost_longest(found + list(other.finditer(text)))
    return [m.span() for m in found]


def _plain_window_spans(rx: FastRx, text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """Matches of the whole-word regex in the window `text[pos:end]`, by trying it at every
    position (`FastRx._whole`'s contract): a match that the window's end cuts inside a word
    counts only as the full text's match there, when that ends inside the window."""
    worded, _ = _plain_parts(rx)
    assert worded is not None
    out: list[tuple[int, int]] = []
    p = pos
    while p < end:
        m = worded.match(text, p, end)
        if m is not None and m.end() == end < len(text) and m.end() > m.start() \
                and re.match(r"[\w-]", text[end - 1]) and re.match(r"[\w-]", text[end]):
            m = worded.match(text, p)
            m = m if m is not None and m.end() <= end else None
        if m is not None:
            out.append(m.span())
            p = max(m.end(), p + 1)
        else:
            p += 1
    return out


def _meeting_lists() -> dict[str, FastRx]:
    """The meeting extractor's cue lists, by their `CueFilter` names."""
    c = meetings.cues()
    out: dict[str, FastRx] = {}
    for kind in ("trigger", "status", "level"):
        for name, (rx, _) in zip(c.rows[kind], getattr(c, kind), strict=True):
            out[name] = rx
    for name in ("mediator", "outcome", "venue"):
        out[name] = getattr(c, name)
    return {k: v for k, v in out.items() if isinstance(v, FastRx)}


@lru_cache(maxsize=1)
def _all_lists() -> dict[str, FastRx]:
    """Every cue list read from the meeting, event and statement vocabularies, as a
    `FastRx` (the meeting and event ones as their extractors build them)."""
    out = {f"meetings:{k}": v for k, v in _meeting_lists().items()}
    out.update({f"events:{k}": v for k, v in events._vocab().cues.items()
                if isinstance(v, FastRx)})
    by: dict[str, list[str]] = {}
    for r in read_table("statement_cues.csv"):
        pattern = (r.get("pattern") or "").strip()
        if pattern:
            by.setdefault(r["kind"].strip(), []).append(pattern)
    for kind, patterns in sorted(by.items()):
        alts = [a for p in patterns for a in split_top(p)]
        try:
            re.compile("|".join(alts))
        except re.error:
            continue
        out[f"statements:{kind}"] = FastRx(alts)
    assert len(out) > 40  # the three vocabularies were read
    return out


def _assert_same(text: str, window: tuple[int, int] | None = None) -> None:
    """Every list's fast matches (`finditer`, `search`; with `window`, `finditer` in that
    window of `text` too) are the plain regex's; and a list that `CueFilter.may_match`
    rules out has none."""
    for name, rx in _all_lists().items():
        want = _plain_spans(rx, text)
        assert [m.span() for m in rx.finditer(text)] == want, (name, text)
        first = rx.search(text)
        assert (first.span() if first else None) == (want[0] if want else None), (name, text)
        if window is not None and _plain_parts(rx)[1] is None:
            pos, end = window
            got = [m.span() for m in rx.finditer(text, pos, end)]
            assert got == _plain_window_spans(rx, text, pos, end), (name, text, pos, end)
    filt = meetings.cues().filter
    s = _Sent(text, 0, len(text))
    for name, rx in _meeting_lists().items():
        if not filt.may_match(name, s):
            assert _plain_spans(rx, text) == [], (name, text)


def _assert_starts_hold(text: str, sents: list[_Sent]) -> None:
    """Trying each meeting list only where `phrase_starts` says it can start gives the plain
    regex's matches, in every sentence it answers for."""
    lists = _meeting_lists()
    names = list(lists)
    for s, starts in zip(sents, meetings.cues().filter.phrase_starts(names, text, sents),
                         strict=True):
        if starts is None:
            continue
        for name, at in zip(names, starts, strict=True):
            got = [m.span() for m in lists[name].finditer_at(s.text, at)]
            assert got == _plain_spans(lists[name], s.text), (name, s.text)


def _seed_documents() -> list[tuple[str, list[_Sent]]]:
    """The seed articles' clean texts and sentences, read at test time."""
    from karabakh_data.corpus import list_corpus, load_document
    from karabakh_data.nlp import analyse

    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    items, _ = list_corpus(raw)
    assert items
    out = []
    for it in items:
        doc, _ = load_document(it.path, it.rel_path, it.manifest)
        a = analyse(doc)
        out.append((a.text, [_Sent(s.text, s.start, s.end) for s in a.sentences]))
    return out


def test_fast_paths_agree_with_the_plain_regex_on_every_seed_sentence() -> None:
    for text, sents in _seed_documents():
        for s in sents:
            _assert_same(s.text)
        _assert_starts_hold(text, sents)
        # a few sentences of a long text are searched glued together: every other one
        _assert_starts_hold(text, [_Sent(s.text, s.start, s.end) for s in sents[::2]])


@lru_cache(maxsize=1)
def _cue_words() -> tuple[str, ...]:
    """Words the cue patterns are written with (so that generated text holds cues)."""
    words = {w for rx in _all_lists().values()
             for w in re.findall(r"[A-Za-z]{2,}", rx.pattern.replace(r"\s", " "))}
    return tuple(sorted(words))


#: what generated sentences are glued from besides cue words
_FILLER = ("The", "of", "a", "Baku", "Yerevan", "pre", "non", "É", "ı", "ſ", "Ə", "İ", "K",
           "Ünal", "ſtate", "mınıster", "ΣΟΦΟΣ", "x")
_SEPARATORS = (" ", " ", " ", "  ", "-", "'", "’", ", ", ". ", "; ", "\n", "", "(", "\u00a0")
#: letters swapped for ones that case-insensitive matching takes for them
_LOOKALIKES = {"s": "ſ", "i": "ı", "I": "İ", "k": "\u212a", "e": "É", "a": "Ə"}


@st.composite
def _sentences(draw: st.DrawFn) -> str:
    n = draw(st.integers(1, 8))
    parts = []
    for _ in range(n):
        word = draw(st.sampled_from(_cue_words()) | st.sampled_from(_FILLER))
        form = draw(st.sampled_from(("as", "upper", "title", "swap")))
        if form == "upper":
            word = word.upper()
        elif form == "title":
            word = word[:1].upper() + word[1:]
        elif form == "swap":
            i = draw(st.integers(0, len(word) - 1))
            word = word[:i] + _LOOKALIKES.get(word[i], word[i]) + word[i + 1:]
        parts.append(word + draw(st.sampled_from(_SEPARATORS)))
    return "".join(parts)


@settings(max_examples=200, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(_sentences(), _sentences(), st.integers(0, 60), st.integers(0, 60))
def test_fast_paths_agree_with_the_plain_regex_on_generated_sentences(
        a: str, b: str, lo: int, hi: int) -> None:
    _assert_same(a, (min(lo, hi, len(a)), min(max(lo, hi), len(a))))
    text = a + " " + b
    _assert_starts_hold(text, [_Sent(a, 0, len(a)), _Sent(b, len(a) + 1, len(text))])


def test_a_letter_that_matches_another_ignoring_case_is_found_by_the_fast_path() -> None:
    """Python's case-insensitive match takes "ſ" for "s" and "ı" or "İ" for "i", which
    `str.lower` keeps apart: the first words must be looked for in text folded the same way."""
    for word in ("ſummit", "mınıster", "MİNİSTER", "talkſ"):
        rx = FastRx(["summit", "minister", "talks"])
        text = f"The {word} ended."
        assert [m.group() for m in rx.finditer(text)] == [word]
        assert len(fold(text)) == len(text)


def test_a_character_class_with_a_hyphen_ends_the_first_word_there() -> None:
    """"re[- ]?sign" can start with the word "re" (as in "re-sign"), not only "resig"."""
    rx = FastRx(["re[- ]?sign"])
    assert [m.group() for m in rx.finditer("They will re-sign it.")] == ["re-sign"]
    assert first_word_keys("re[- ]?sign") == frozenset({"re", "resig"})


def test_a_negated_class_is_not_read_as_the_characters_it_excludes() -> None:
    """"[^xw]" matches any letter but those two: its first word cannot be bounded."""
    assert first_word_keys("[^xw]yzzy") is None
    assert [m.group() for m in FastRx(["[^xw]yzzy"]).finditer("ayzzy")] == ["ayzzy"]
