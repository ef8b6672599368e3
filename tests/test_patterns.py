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
