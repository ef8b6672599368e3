"""`patterns.FastRx`: whole-word matching, also inside a window of the text."""

from __future__ import annotations

from karabakh_data.patterns import FastRx


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
