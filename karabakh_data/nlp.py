"""One pass of shared analysis per article, used by every fact extractor.

Sentences, actor and place mentions (with pronoun carry-over) and resolved date expressions are
computed once per document and indexed by sentence, so the meeting, statement and event
extractors all see the same reading of the text and cite the same spans.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from operator import attrgetter

from karabakh_data.corpus import Document, headline_stamp
from karabakh_data.dates import DateMention, find_dates
from karabakh_data.mentions import Mention, find_mentions_and_pronouns
from karabakh_data.model import Span
from karabakh_data.text import sentence_spans


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    in_caption: bool = False


@dataclass
class Analysed:
    """A document with its sentences, mentions and dates."""

    doc: Document
    sentences: list[Sentence]
    mentions: list[Mention]
    dates: list[DateMention]
    #: results computed once per reading and shared by the stages (`voice.statements_of`)
    memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.doc.clean_text

    @property
    def source_id(self) -> str:
        return self.doc.source_id

    @property
    def published(self) -> dt.date | None:
        return self.doc.published

    def span(self, start: int, end: int, role: str) -> Span:
        """A Span of the clean text; its text is always the exact slice."""
        return Span(self.source_id, start, end, self.text[start:end], role)

    def sentence_at(self, offset: int) -> Sentence:
        starts = [s.start for s in self.sentences]
        i = max(bisect.bisect_right(starts, offset) - 1, 0)
        return self.sentences[i]


def analyse(doc: Document) -> Analysed:
    """Segment, recognise mentions and dates, and attach them to their sentences."""
    text = doc.clean_text
    spans = sentence_spans(text)
    on = doc.published
    mentions, pronouns = find_mentions_and_pronouns(text, spans, on=on)
    # `find_mentions` returns its mentions sorted by (start, end): only pronouns need merging
    mentions = sorted(mentions + pronouns, key=_START_END) if pronouns else list(mentions)
    dates = find_dates(text, reference=doc.published,
                       reference_precision=doc.published_precision)
    stamp = headline_stamp(text)
    if stamp is not None:
        # the page's date printed into its headline dates the page, not the headline's news
        dates = [d for d in dates if not (stamp[1] <= d.start and d.end <= stamp[2])]
    captions = doc.captions
    sentences = [Sentence(i, s, e, text[s:e], in_caption=bool(captions) and doc.in_caption(s))
                 for i, (s, e) in enumerate(spans)]
    starts = [s for s, _ in spans]
    n = len(sentences)
    bisect_right = bisect.bisect_right
    for m in mentions:
        i = bisect_right(starts, m.start) - 1
        if 0 <= i < n and m.end <= spans[i][1]:
            sentences[i].mentions.append(m)
    for d in dates:
        i = bisect_right(starts, d.start) - 1
        if 0 <= i < n and d.end <= spans[i][1]:
            sentences[i].dates.append(d)
    return Analysed(doc, sentences, mentions, dates)


_START_END = attrgetter("start", "end")
