"""Sentence segmentation keeps offsets and respects abbreviations."""

from karabakh_data.text import sentence_index, sentence_spans


def test_abbreviations_do_not_split() -> None:
    t = "Mr. Smith met U.S. envoys on Friday. They talked for an hour."
    spans = sentence_spans(t)
    assert [t[s:e] for s, e in spans] == ["Mr. Smith met U.S. envoys on Friday.",
                                          "They talked for an hour."]


def test_quote_closing_after_period_stays_with_sentence() -> None:
    t = "“We are ready.” The minister left. “Really?” she asked."
    assert [t[s:e] for s, e in sentence_spans(t)] == [
        "“We are ready.”", "The minister left.", "“Really?” she asked."]


def test_newlines_end_headlines_and_lowercase_continuations_do_not_split() -> None:
    t = "A headline without a stop\nThe area is 3.5 sq. km in size. it continues."
    spans = sentence_spans(t)
    assert t[spans[0][0]:spans[0][1]] == "A headline without a stop"
    assert len(spans) == 2
    assert sentence_index(spans, t.index("continues")) == 1
