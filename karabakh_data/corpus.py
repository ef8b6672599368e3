"""Raw articles -> clean text, with provenance (the `sources` table).

Step `read_corpus` turns a directory of raw `*.txt` files (plus an optional `manifest.csv`) into
`Document` objects. Cleaning never rewrites words: it drops whole boilerplate lines (share
widgets, "Leave a Reply", outlet disclaimers: patterns in `data/vocab/boilerplate.txt`), lifts a
date line glued to the start of the text, and normalises whitespace. A map from clean-text
offsets back to raw offsets is kept, so every evidence span can be shown in the raw file.

Bad input (empty, binary, not UTF-8, too large, a duplicate of another file, a manifest row
naming a missing file) is reported as a `Problem` with a one-line message; the caller decides
whether to skip it or to stop before writing anything.
"""

from __future__ import annotations

import bisect
import codecs
import csv
import datetime as dt
import hashlib
import html
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from karabakh_data.vocab import read_words

log = logging.getLogger(__name__)

MAX_BYTES = 5_000_000
MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("file", "url", "outlet", "title", "author", "published", "language", "notes")

# A date glued to the very start of the text by the scraper: "date 2023-05-22 To achieve...".
_GLUED_DATE = re.compile(r"\A\s*(?:date|published|posted)[:\s]\s*(\d{4}-\d{2}-\d{2})[ \t]*",
                         re.IGNORECASE)
# Photo captions: a line that credits an agency, e.g. "... (Source: AP) |" or "Photo: Reuters".
# (round 60) A wire picture's caption closes with the agency and the photographer, a slash
# between them ("... October 9, 2023. REUTERS/Jane Doe/File Photo Purchase Licensing Rights",
# "AP Photo/John Smith", "AFP/Pool").
_CAPTION = re.compile(r"(?:\((?:source|photo|image|credit)s?\s*:[^)]*\)\s*\|?\s*$)|"
                      r"(?:^(?:photo|image|caption)\s*:)|"
                      r"(?-i:[.)][ \t]+[A-Z]{2,}(?:[ \t]+Photo)?[ \t]*/[ \t]*[A-Z][\w'’.-]*"
                      r"(?:[ \t]+[A-Z][\w'’.-]*){0,3}(?:[ \t]*/[ \t]*[A-Z]\w*(?:[ \t]+[A-Z]\w*)?)?"
                      r"(?:[ \t]+Purchase[ \t]+Licensing[ \t]+Rights)?[ \t]*$)", re.IGNORECASE)
#: A run of characters that are neither white space (spaces, tabs, no-break and typographic
#: spaces) nor control characters: the words, copied verbatim (but see `_line_edits`).
_TOKEN = re.compile(r"[^ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000"
                    r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
#: (round 60) A possessive's apostrophe doubled by an escaping scraper ("Pashinyan''s office"):
#: the second mark is dropped, as a gap of white space is collapsed, so the name reads as
#: "Pashinyan's" everywhere downstream.
_DOUBLED_POSSESSIVE = re.compile(r"(?<=[^\W\d_])(['’])\1(?=s(?![^\W_]))")
#: (round 61) Characters no reader sees that a bad pipeline leaves inside words and numbers
#: ("Pashin\u00adyan", "Ali\u200byev", a byte-order mark where two files were joined): the soft
#: hyphen, the zero-width space, non-joiner and joiner, the word joiner and the BOM. Dropped.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
#: (round 61) An HTML entity a scraper left in the text ("&amp;", "&#8217;", "&quot;", "&nbsp;"):
#: read as the character it names (`html.unescape`; an unknown name is kept as written).
_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,30});")
#: (round 61) UTF-8 read as Windows-1252 ("Aliyevâ€™s", "PÃ©ter", "â€œWe ...â€\x9d"): a lead
#: character (the Latin-1 reading of a UTF-8 lead byte) and the continuation bytes as
#: Windows-1252 shows them (or as Latin-1 where it leaves a byte undefined), no space among
#: them; a run is repaired only when its bytes are one valid UTF-8 character.
_CONT_CHARS = "".join(sorted({bytes([b]).decode("cp1252", errors="ignore") or chr(b)
                              for b in range(0x80, 0xC0)} - {"\u00a0"}))
_CONT = "[" + re.escape(_CONT_CHARS) + "]"
_MOJIBAKE = re.compile(f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|"
                       f"[\u00f0-\u00f4]{_CONT}{{3}}|\u00c2(?=\u00a0)")
#: (round 61) Markdown and e-mail leftovers: the "> " quoting a forwarded message line by
#: line, a heading's "#" marks, bold "**", and a link's brackets and address ("[text](url)"
#: reads "text"). Dropped; the words stay.
_LINE_MARKUP = re.compile(r"[ \t]*(?:(?:>[ \t]?)+(?:#{1,6}[ \t]+)?|#{1,6}[ \t]+)")
#: (round 61) An HTML tag of running text a scraper left, as written or escaped ("<p>",
#: "&lt;/p&gt;", "<br/>", "<em>"): dropped (a closed list of tags, so "<unclear>" stays).
_HTML_TAG = re.compile(r"(?:<|&lt;)/?(?:p|br|div|span|em|strong|b|i|u|a|li|ul|ol|h[1-6]|"
                       r"blockquote)(?:[ \t/][^<>&]{0,200})?(?:>|&gt;)", re.IGNORECASE)
_INLINE_MARKUP = re.compile(r"\*\*|\[(?=[^\[\]\n]{1,300}\]\([^()\s]{1,500}\))|"
                            r"(?<=[^\[\]\n])\]\([^()\s]{1,500}\)")


class CorpusError(ValueError):
    """A raw input that cannot be read as an article."""


@dataclass(frozen=True)
class Problem:
    """One bad input: which file and a one-line reason."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Document:
    """One cleaned article, ready for extraction.

    `segments` maps clean offsets to raw (decoded) offsets: each `(clean_start, raw_start)`
    starts a run that is copied verbatim until the next segment.
    """

    source_id: str
    path: str
    clean_text: str
    raw_text: str
    published: dt.date | None
    published_precision: str | None
    captions: tuple[tuple[int, int], ...] = ()
    segments: tuple[tuple[int, int], ...] = ((0, 0),)
    meta: dict[str, object] = field(default_factory=dict, compare=False)
    #: (clean end, raw end) of each clean character that stands for several raw ones (an
    #: entity, a mojibake run: `Cleaned.wide`)
    wide: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(s for s, _ in self.segments))
        object.__setattr__(self, "_wide", dict(self.wide))

    def raw_offset(self, clean_offset: int) -> int:
        """Offset in the raw decoded text of the character at `clean_offset`."""
        starts: tuple[int, ...] = self._starts  # type: ignore[attr-defined]
        i = max(bisect.bisect_right(starts, clean_offset) - 1, 0)
        c0, r0 = self.segments[i]
        return r0 + (clean_offset - c0)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of the clean span [start, end)."""
        if end <= start:
            r = self.raw_offset(start)
            return r, r
        wide: dict[int, int] = self._wide  # type: ignore[attr-defined]
        return self.raw_offset(start), wide.get(end) or self.raw_offset(end - 1) + 1

    def in_caption(self, offset: int) -> bool:
        """True when `offset` falls inside a photo caption (lower authority than the body)."""
        return any(s <= offset < e for s, e in self.captions)


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of `boilerplate.txt`: those anchored at the start of the line joined into
    one alternation tried once at position 0; the others joined into one alternation searched
    once (a line is furniture when any of them matches anywhere in it)."""
    pats = [p for p in read_words("boilerplate.txt") if not p.startswith(_MARKS)]
    anchored = [p[1:] for p in pats if p.startswith("^")]
    loose = [p for p in pats if not p.startswith("^")]
    return (re.compile("|".join(f"(?:{p})" for p in anchored), re.IGNORECASE),
            re.compile("|".join(f"(?:{p})" for p in loose) or r"(?!)", re.IGNORECASE))


#: Marks the patterns of `boilerplate.txt` that head a list of links to other articles.
_LIST_MARK = "list:"
#: ... that head such a list only once the article has begun ("Most read" under the body)
_FEED_MARK = "feed:"
#: ... that head a page's comments section ("4 comments", "Leave a Reply")
_COMMENTS_MARK = "comments:"
#: ... that say the page holds no article ("Page not found", "Subscribe to continue reading")
_ERROR_MARK = "error:"
_MARKS = (_LIST_MARK, _FEED_MARK, _COMMENTS_MARK, _ERROR_MARK)


@lru_cache(maxsize=4)
def _marked(mark: str) -> re.Pattern[str]:
    """The patterns of `boilerplate.txt` marked `mark`, joined into one."""
    pats = [p[len(mark):] for p in read_words("boilerplate.txt") if p.startswith(mark)]
    return re.compile("|".join(f"(?:{p})" for p in pats) or r"(?!)", re.IGNORECASE)


def _list_header() -> re.Pattern[str]:
    """Headers of link lists ("Related articles", "Also read:"): the headlines listed after
    them are other stories, whose verbs and dates must not become facts of this article."""
    return _marked(_LIST_MARK)


#: A line of a link list: a bulleted item, or a short line with no sentence end (a headline).
_LINK_BULLET = ("-", "•", "*", "–", "—", "·")
_LINK_MAX_WORDS = 20


#: A headline asking a question ("Who runs the region now?") is a link too when it is this short.
_LINK_MAX_QUESTION_WORDS = 12


def _is_link_line(stripped: str, n_words: int) -> bool:
    """True for an item of a list of links (see `_list_header`)."""
    if stripped.startswith(_LINK_BULLET):
        return True
    if stripped.endswith("?"):
        return n_words <= _LINK_MAX_QUESTION_WORDS
    return n_words <= _LINK_MAX_WORDS and not stripped.endswith((".", "!", "”", '"', ":"))


#: Web furniture is short; a longer line is a paragraph of the article and is kept as it is.
MAX_BOILERPLATE_LINE = 400


def is_boilerplate(line: str) -> bool:
    """True for a whole line of web furniture (share buttons, comment widgets, disclaimers)."""
    s = line.strip()
    if len(s) > MAX_BOILERPLATE_LINE:
        return False
    anchored, loose = _boilerplate()
    if anchored.match(s) is not None or loose.search(s) is not None:
        return True
    # a bar of widgets, each furniture of its own: "Follow us on X | Subscribe to our newsletter"
    parts = [x.strip() for x in _WIDGET_BAR.split(s)]
    return len(parts) > 1 and all(
        x and (anchored.match(x) is not None or loose.search(x) is not None) for x in parts)


#: what separates the widgets of a bar on one line
_WIDGET_BAR = re.compile(r"\s[|·•]\s")


@dataclass
class Cleaned:
    text: str
    segments: list[tuple[int, int]]
    boilerplate_chars: int
    glued_date: dt.date | None
    captions: list[tuple[int, int]]
    title: str | None
    #: (clean end, raw end) of each character that replaced several raw ones (`_line_edits`)
    wide: list[tuple[int, int]] = field(default_factory=list)
    #: The first line saying the page holds no article ("Page not found", "Subscribe to continue
    #: reading"), when no paragraph of prose was kept: the page is no article (`load_document`)
    stub: str | None = None
    #: Where each line of at least `_PROSE_WORDS` words starts in `text`: the lines `prose_key`
    #: reads, counted once here rather than again there
    wordy_lines: tuple[int, ...] = ()


def clean_text(raw: str, author: str | None = None) -> Cleaned:
    """Clean decoded raw text; return the clean text and the offset map back to `raw`.
    `author` (the manifest's byline, if any) helps tell the author's bio at the foot."""
    boiler = 0
    glued: dt.date | None = None
    pos = 0
    m = _GLUED_DATE.match(raw) or _glued_stamp(raw)
    if m:
        try:
            glued = dt.date.fromisoformat(m.group(1)) if m.re is _GLUED_DATE else \
                _stamp_day(m.group(1))
        except ValueError:
            glued = None
        if glued is not None:
            boiler += m.end() - m.start()
            pos = m.end()
    out: list[str] = []
    segments: list[tuple[int, int]] = []
    captions: list[tuple[int, int]] = []
    wide: list[tuple[int, int]] = []
    n_out = 0
    lines = list(re.finditer(r"[^\r\n]*", raw[pos:]))
    body_started = False
    prose_seen = False  # a paragraph of the article was kept (no toolbar stands after one)
    in_links = False   # inside a list of links to other articles (after its header)
    list_header, feed_header = _list_header(), _marked(_FEED_MARK)
    error_line = _marked(_ERROR_MARK)
    stub: str | None = None   # the first line saying the page holds no article
    # each kept line: (its words, where it starts in `out`, len(out), len(segments)), so that
    # the author's bio closing the page can be taken back
    kept: list[tuple[str, int, int, int]] = []
    wordy: list[int] = []  # where each kept line of `_PROSE_WORDS` or more words starts
    for k, lm in enumerate(lines):
        s, e = lm.start() + pos, lm.end() + pos
        line = raw[s:e]
        edits = _line_edits(line)
        stripped = (_apply_edits(line, edits) if edits else line).strip()
        if not stripped:
            continue
        n_words = len(_WORD.findall(stripped))
        if len(stripped) <= MAX_BOILERPLATE_LINE and (
                list_header.match(stripped)
                or (body_started and feed_header.match(stripped))):
            in_links = True
            boiler += len(stripped)
            continue
        if prose_seen and _comments_start(stripped, lines, k):
            # readers' comments to the end of the page: their names, dates and claims are no
            # part of the article
            boiler += sum(len(x.group().strip()) for x in lines[k:])
            break
        if in_links:
            if _is_link_line(stripped, n_words):
                boiler += len(stripped)
                continue
            in_links = False
        if len(stripped) <= MAX_BOILERPLATE_LINE and error_line.match(stripped):
            # (round 62) "Page not found", "Subscribe to continue reading": furniture, and the
            # page is no article when nothing of prose is kept around it
            stub = stub or stripped
            boiler += len(stripped)
            continue
        if is_boilerplate(stripped) or (not body_started and n_words <= 2
                                        and not stripped.endswith((".", "!", "?", "”", '"'))) \
                or (kept and n_words >= 3 and stripped == kept[-1][0]):
            # Navigation labels before the article starts ("Armenia", "World") are furniture
            # too, and so is a line repeating the one before it (a headline printed twice).
            boiler += len(stripped)
            continue
        body_started = True
        if not prose_seen and n_words >= _PROSE_WORDS and stripped.endswith(_SENTENCE_END):
            prose_seen = True
        if n_out:
            out.append("\n")
            n_out += 1
        line_start = n_out
        kept.append((stripped, line_start, len(out), len(segments)))
        if n_words >= _PROSE_WORDS:
            # (its words are the clean line's: the copy only collapses white space and drops
            # control characters, neither of which a word holds)
            wordy.append(line_start)
        # Copy the line, collapsing runs of white space and dropping control characters: the
        # words are copied verbatim, one segment each, and each gap becomes one space that maps
        # to the first raw character of the gap. The line's edits (`_line_edits`) drop or
        # replace characters inside words: a replacement starts a segment at its raw start,
        # and `wide` keeps its raw end.
        i = s + (len(line) - len(line.lstrip()))
        end = s + len(line.rstrip())
        gap = None      # raw offset of the pending gap before the next kept character
        if not edits:
            # (most lines have no edits: their words are copied as they stand)
            for tm in _TOKEN.finditer(raw, i, end):
                if gap is not None:
                    segments.append((n_out, gap))
                    out.append(" ")
                    n_out += 1
                a, gap = tm.span()
                segments.append((n_out, a))
                out.append(tm.group())
                n_out += gap - a
        else:
            def put(at: int, piece: str) -> None:
                """Copy `piece` (standing at raw offset `at`), after the pending gap if any."""
                nonlocal n_out, gap
                if gap is not None:
                    segments.append((n_out, gap))
                    out.append(" ")
                    n_out += 1
                    gap = None
                segments.append((n_out, at))
                out.append(piece)
                n_out += len(piece)

            k_ed = 0
            skip_to = 0     # end of the last edit made (a line's "> #" marks span white space)
            for tm in _TOKEN.finditer(raw, i, end):
                a, b = tm.span()
                if a < skip_to:
                    if b <= skip_to:
                        continue
                    a = skip_to
                at = a
                while k_ed < len(edits) and edits[k_ed][0] + s < b:
                    ea, eb, rep = edits[k_ed]
                    ea, eb = ea + s, eb + s
                    k_ed += 1
                    if ea > at:
                        put(at, raw[at:ea])
                    at = skip_to = max(at, eb)
                    if rep == " ":
                        # (a no-break space written as "&nbsp;": a gap, unless one is pending)
                        if n_out > line_start and gap is None:
                            gap = ea
                    elif rep:
                        put(ea, rep)
                        wide.append((n_out, eb))
                if at < b:
                    put(at, raw[at:b])
                    gap = b
                elif n_out > line_start:
                    gap = b if gap is None else gap
        if _CAPTION.search(stripped):
            captions.append((line_start, n_out))
    bio = _author_bio(kept, author)
    if bio is not None:
        _, line_start, n_parts, n_segs = kept[bio]
        boiler += sum(len(x[0]) for x in kept[bio:])
        # (the newline before the bio goes with it)
        del out[max(n_parts - 1, 0):], segments[n_segs:]
        captions = [c for c in captions if c[0] < line_start]
        wide = [w for w in wide if w[0] < line_start]
        wordy = [w for w in wordy if w < line_start]
    text = "".join(out)
    if not segments:
        segments = [(0, 0)]
    title = _guess_title(text)
    return Cleaned(text, segments, boiler, glued, captions, title, wide,
                   None if prose_seen else stub, tuple(wordy))


def _line_edits(line: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of the characters of `line` the clean text drops ("") or
    replaces, in order and never overlapping: a doubled possessive's second mark
    (`_DOUBLED_POSSESSIVE`), invisible characters (`_INVISIBLE`), HTML entities (`_ENTITY`; a
    space for a no-break one), Windows-1252 mojibake (`_MOJIBAKE`), HTML tags (`_HTML_TAG`) and
    Markdown or e-mail markup (`_LINE_MARKUP`, `_INLINE_MARKUP`). Each is asked only when a
    cheap test of the line finds its mark; most lines have none and are copied as they are."""
    found: list[tuple[int, int, str]] = []
    if "''" in line or "’’" in line:
        found += [(m.start() + 1, m.end(), "") for m in _DOUBLED_POSSESSIVE.finditer(line)]
    if not line.isascii():
        for m in _MOJIBAKE.finditer(line):
            if m.end() - m.start() == 1:
                found.append((m.start(), m.end(), ""))  # ("Â" before a no-break space)
                continue
            try:
                # (a byte Windows-1252 leaves undefined shows as its Latin-1 character)
                rep = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0]
                            for c in m.group()).decode("utf-8")
            except UnicodeError:
                continue
            found.append((m.start(), m.end(),
                          " " if rep.isspace() else rep if rep.isprintable() else ""))
        found += [(m.start(), m.end(), "") for m in _INVISIBLE.finditer(line)]
    if "&" in line and ";" in line:
        for m in _ENTITY.finditer(line):
            rep = html.unescape(m.group())
            if rep != m.group():
                found.append((m.start(), m.end(),
                              " " if rep.isspace() else rep if rep.isprintable() else ""))
    if "<" in line or "&lt;" in line:
        found += [(m.start(), m.end(), "") for m in _HTML_TAG.finditer(line)]
    head = line.lstrip()[:1]
    if head in (">", "#"):
        m = _LINE_MARKUP.match(line)
        if m is not None and m.end() > 0:
            found.append((0, m.end(), ""))
    if "**" in line or "](" in line:
        found += [(m.start(), m.end(), "") for m in _INLINE_MARKUP.finditer(line)]
    if not found:
        return found
    found.sort(key=lambda x: (x[0], -x[1]))  # (a longer edit first: a tag over its "&lt;")
    edits = [found[0]]
    for x in found[1:]:
        if x[0] >= edits[-1][1]:
            edits.append(x)
    return edits


def _apply_edits(line: str, edits: list[tuple[int, int, str]]) -> str:
    """`line` with its edits (`_line_edits`) made."""
    parts, pos = [], 0
    for a, b, rep in edits:
        parts.append(line[pos:a])
        parts.append(rep)
        pos = b
    parts.append(line[pos:])
    return "".join(parts)


def repaired(text: str) -> str:
    """`text` (one line) as the clean text reads it: with the edits of `_line_edits` made."""
    edits = _line_edits(text)
    return _apply_edits(text, edits) if edits else text


#: A kept line of at least this many words ending a sentence is a paragraph of the article.
_PROSE_WORDS = 12
_SENTENCE_END = (".", "!", "?", "”", '"')
#: How many lines under a comments header are searched for the marks of a comment.
_COMMENT_LOOK = 8
#: A line that only a reader's comment carries: its "Reply" link, the commenter's "X says:",
#: or its time stamp ("October 5, 2024 at 3:17 pm", "2 March 2024 at 18:20").
_COMMENT_SIGN = re.compile(
    r"reply|[^.!?]{1,60}\bsays\s*:|"
    r"[\w.,/ -]{4,30}?\d\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)


def _comments_start(stripped: str, lines: list[re.Match[str]], k: int) -> bool:
    """True when line `k` heads the page's comments section: a header of `boilerplate.txt`
    marked "comments:" with a comment's mark (`_COMMENT_SIGN`) among the lines under it (a
    "3 comments" of a toolbar under the byline heads no comments: the article follows it)."""
    if len(stripped) > 240 or _marked(_COMMENTS_MARK).match(stripped) is None:
        return False
    seen = 0
    for lm in lines[k + 1:]:
        x = lm.group().strip()
        if not x:
            continue
        if _COMMENT_SIGN.fullmatch(x) is not None:
            return True
        seen += 1
        if seen == _COMMENT_LOOK:
            break
    return False


#: The name opening an author's bio and what it says of them: "Anna Petrosyan is a journalist
#: based in ...", "John Smith covers the Caucasus for ...", "X has reported from ...".
_BIO = re.compile(r"((?:[A-Z][\w'’-]+[ \t]+){1,3}[A-Z][\w'’-]+)[ \t]+"
                  r"(?:is|was|has been|covers|writes|reports|has reported|works)\b")
#: A byline line at the top: "By Anna Petrosyan and John Smith", "Interview by X".
_BYLINE_LINE = re.compile(r"(?:[A-Z]\w+[ \t]+)?by[ \t]+([A-Z][^.!?]{1,120})$", re.IGNORECASE)
#: How many of the last kept lines may be the author's bio, and how many top lines a byline.
_BIO_LINES = 2
_BYLINE_LOOK = 8


def _author_bio(kept: list[tuple[str, int, int, int]], author: str | None) -> int | None:
    """Index in `kept` of the author's bio closing the page ("Anna Petrosyan is a journalist
    based in Yerevan. She covered the Prague summit ..."), or None. The bio opens with the
    name of the page's author, known from the manifest or a byline line at the top, and stands
    among the last `_BIO_LINES` lines; what it tells of the author's past work is no fact of
    the article. A closing sentence about someone else ("Vardanyan is a businessman ...") is
    kept."""
    if len(kept) < 3:
        return None
    names = set(_WORD.findall(author or ""))
    for line, *_ in kept[:_BYLINE_LOOK]:
        m = _BYLINE_LINE.match(line)
        if m is not None and len(line) <= 140:
            names.update(_WORD.findall(m.group(1)))
    if not names:
        return None
    for i in range(max(len(kept) - _BIO_LINES, 1), len(kept)):
        m = _BIO.match(kept[i][0])
        if m is not None and m.group(1).split()[-1] in names:
            return i
    return None


#: A page's date and time glued with no space to the headline's first word by a scraper
#: ("2 March 2024, 15:40Ararat Mirzoyan: ...", "05.10.2023The talks ..."); the time may be
#: missing, the glue may not.
_GLUED_STAMP = re.compile(
    r"\A\s*((?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{4}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+"
    r"\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}))(?:,?[ \t]+\d{1,2}[:.]\d{2})?"
    r"(?=[A-Z\"“«])")


def _glued_stamp(raw: str) -> re.Match[str] | None:
    """The match of `_GLUED_STAMP` at the start of `raw`, tried only when the text opens with
    a digit or a capital."""
    head = raw[:80].lstrip()
    if not head or not (head[0].isdigit() or head[0].isupper()):
        return None
    return _GLUED_STAMP.match(raw)


def _stamp_day(words: str) -> dt.date | None:
    """The one full day written in `words` (a glued stamp), else None."""
    from karabakh_data.dates import find_dates

    found = [d for d in find_dates(words) if d.precision == "day" and d.date is not None
             and not d.relative]
    return found[0].date if len(found) == 1 and found[0].start == 0 else None


def _guess_title(text: str) -> str | None:
    """A first line that reads like a headline: no final period and followed by more text."""
    first, _, rest = text.partition("\n")
    if rest and first and len(first) <= 200 and not first.rstrip().endswith((".", "”", '"', ":")) \
            and _date_line([first]) is None:
        # (round 62) a page's date line opening the text is no headline ("Published:
        # 25/11/2024 08:00 | Updated: ...")
        return first.strip()
    return None


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def source_id_for(data: bytes) -> str:
    """Stable id derived from the raw bytes: the first 16 hex digits of their sha256."""
    return sha256_bytes(data)[:16]


#: (round 62) Byte-order marks of the Unicode encodings other than UTF-8 that editors and
#: Windows tools save text in (UTF-32's first: its little-endian mark starts with UTF-16's).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: (round 62) A file that is not UTF-8 is read as Windows-1252 (Latin-1 with its curly quotes
#: and dashes) only when at most this share of its bytes is not ASCII: an English article saved
#: by a Windows tool, a few accented names in it ("Élysée", "José"); a text in another
#: single-byte code page (Cyrillic, Armenian) is mostly such bytes and stays unread.
_LEGACY_MAX_SHARE = 0.02


def decode(data: bytes, name: str) -> str:
    """Decode raw bytes as UTF-8 (a BOM is tolerated), as UTF-16 or UTF-32 when a byte-order
    mark says so, or as Windows-1252 when they are not UTF-8 and nearly all ASCII
    (`_LEGACY_MAX_SHARE`; logged); raise CorpusError for bad input."""
    if not data.strip():
        raise CorpusError("empty file")
    if len(data) > MAX_BYTES:
        raise CorpusError(f"file is {len(data):,} bytes, over the {MAX_BYTES:,}-byte limit")
    enc = next((e for bom, e in _BOMS if data.startswith(bom)), None) \
        if data[:1] in (b"\xff", b"\xfe", b"\x00") else None
    if enc is not None:
        try:
            text = data.decode(enc).lstrip("\ufeff")
        except UnicodeDecodeError as exc:
            raise CorpusError(f"not {enc.upper()} though it opens with its byte-order mark "
                              f"(byte {exc.start})") from None
        if "\x00" in text:
            raise CorpusError(f"binary file (NUL characters in its {enc.upper()} text)")
    elif b"\x00" in data:
        raise CorpusError("binary file (contains NUL bytes)")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            text = _legacy_text(data)
            if text is None:
                raise CorpusError(f"not UTF-8 (byte {exc.start}: "
                                  f"{data[exc.start:exc.start + 1]!r})") from None
            log.warning("%s: not UTF-8 (byte %d: %r); read as Windows-1252", name, exc.start,
                        data[exc.start:exc.start + 1])
    if not _WORD.search(text):
        raise CorpusError("no words in the text")
    return text


def _legacy_text(data: bytes) -> str | None:
    """`data` read as Windows-1252 when at most `_LEGACY_MAX_SHARE` of its bytes are not ASCII
    and every byte is defined there; else None."""
    high = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))
    if high > len(data) * _LEGACY_MAX_SHARE:
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def parse_partial_date(value: str) -> tuple[dt.date, str]:
    """'2023-05-22' -> day, '2023-05' -> month, '2023' -> year."""
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return dt.date.fromisoformat(value), "day"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        y, m = value.split("-")
        return dt.date(int(y), int(m), 1), "month"
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), "year"
    raise CorpusError(f"unreadable date {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")


#: The key of a manifest row keeping its publication value as written, when that was read into
#: another form (`read_manifest`).
_WRITTEN_KEY = "published as written"


def read_manifest(raw_dir: Path) -> tuple[dict[str, dict[str, str]], list[Problem]]:
    """Rows of `manifest.csv` keyed by file name, and problems found in it."""
    from karabakh_data.ingest import normalise_published

    path = raw_dir / MANIFEST_NAME
    problems: list[Problem] = []
    if not path.exists():
        return {}, problems
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (UnicodeDecodeError, OSError) as exc:
        return {}, [Problem(MANIFEST_NAME, f"cannot read manifest: {exc}")]
    reader = csv.DictReader(text.splitlines())
    missing_cols = [c for c in ("file",) if c not in (reader.fieldnames or [])]
    if missing_cols:
        return {}, [Problem(MANIFEST_NAME, "manifest has no 'file' column")]
    rows: dict[str, dict[str, str]] = {}
    for n, row in enumerate(reader, start=2):
        name = (row.get("file") or "").strip()
        if not name:
            problems.append(Problem(MANIFEST_NAME, f"line {n}: empty 'file'"))
            continue
        clean = {k: (v or "").strip() for k, v in row.items() if k}
        written = clean.get("published")
        if written:
            # (round 62) the date as users write it ("25/11/2024", "Nov 25, 2024",
            # "2024-11-25T08:00:00+04:00": only the calendar day written), as an import reads
            # a record's; the note keeps the value when it was not already YYYY-MM-DD
            clean["published"], unread = normalise_published(written)
            if not clean["published"]:
                problems.append(Problem(MANIFEST_NAME, f"line {n} ({name}): {unread}"))
            elif clean["published"] != written:
                clean[_WRITTEN_KEY] = written
        rows[name] = clean
        if not (raw_dir / name).is_file():
            problems.append(Problem(MANIFEST_NAME, f"line {n}: names {name}, which does not exist"))
    return rows, problems


#: (round 62) A declared language that is shaped like a BCP 47 tag ("EN", "en_gb", "EN-us").
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def language_tag(declared: str) -> str:
    """A declared language as a BCP 47 tag in its usual case ("EN" -> "en", "en_gb" -> "en-GB",
    "zh-hant-tw" -> "zh-Hant-TW"): the language lower-case, a region upper-case, a script
    capitalised. A value not shaped like a tag ("English") is kept as written."""
    value = declared.strip()
    if not _LANGUAGE_TAG.fullmatch(value):
        return value
    head, *rest = re.split(r"[-_]", value)
    return "-".join([head.lower(), *(x.upper() if len(x) == 2 or (len(x) == 3 and x.isdigit())
                                     else x.title() if len(x) == 4 else x.lower()
                                     for x in rest)])


def _language(text: str, declared: str | None) -> str:
    if declared:
        return language_tag(declared)
    letters = [c for c in text[:5000] if c.isalpha()]
    if not letters:
        return "und"
    latin = sum(1 for c in letters if c < "\u0250")
    return "en" if latin / len(letters) > 0.9 else "und"


def _published(cleaned: Cleaned, manifest: dict[str, str]) -> tuple[dt.date | None, str | None,
                                                                        str, str | None]:
    """(date, precision, method, note) for the sources table."""
    from karabakh_data.dates import infer_reference_date

    if manifest.get("published"):
        d, prec = parse_partial_date(manifest["published"])
        note = manifest.get("notes") or "from manifest.csv"
        if manifest.get(_WRITTEN_KEY):
            note += f"; manifest date {manifest[_WRITTEN_KEY]!r} read as {manifest['published']}"
        if prec in ("year", "month"):
            day = _dateline_day_in(cleaned.text, d, prec)
            if day is not None:
                return day[0], "day", "manifest", f"{note}; day from the dateline {day[1]!r}"
        elif prec == "day":
            day = _dateline_before(cleaned.text, d)
            if day is not None:
                return (day[0], "day", "manifest",
                        f"{note}; the page of {d.isoformat()} carries the report of the "
                        f"dateline {day[1]!r}")
        return d, prec, "manifest", note
    if cleaned.glued_date:
        return (cleaned.glued_date, "day", "inferred",
                "date line glued to the start of the raw text")
    top = _top_date_line(cleaned.text)
    if top is not None:
        # "Updated: 09:10 26.05.2023" over "BAKU, May 25. Agency:": the stamp is the
        # update's day, the dateline the report's (a date line keeps "updated" only when no
        # day stands before it: "Published 25.05.2023 | Updated ..." is cut at the word)
        # (round 62) an update stamp is never the report's day: a dateline the day before it
        # is (a page's date, above, may be the story updated, and needs two days' gap)
        wired = _dateline_before(cleaned.text, top[0], min_gap=1) \
            if _UPDATED.search(top[1]) else None
        if wired is not None:
            return (wired[0], "day", "inferred",
                    f"dateline day {wired[1]!r} before the update stamp {top[1]!r}")
        return top[0], "day", "inferred", f"date line at the top of the article: {top[1]!r}"
    headline = _dated_headline(cleaned.text)
    if headline is not None:
        where = "headline" if cleaned.text.lstrip().startswith(headline[1]) else "first line"
        return headline[0], "day", "inferred", f"date opening the {where}: {headline[1]!r}"
    foot = _foot_date_line(cleaned.text)
    if foot is not None:
        return foot[0], "day", "inferred", f"date line at the foot of the article: {foot[1]!r}"
    dateline = _top_dateline(cleaned.text)
    wired = _dateline_date(dateline)
    if wired is not None:
        return wired[0], "day", "inferred", f"full date in the dateline: {wired[1]!r}"
    stamped = _dateline_before_stamp(cleaned.text, dateline)
    if stamped is not None:
        return (stamped[0], "day", "inferred",
                f"dateline day {stamped[1]!r} in the year of the update stamp {stamped[2]!r}")
    own = _self_dating_note(cleaned.text)
    if own is not None:
        return own[0], "day", "inferred", f"the page's own note: {own[1]!r}"
    inf = infer_reference_date(cleaned.text)
    if inf.date is not None:
        return inf.date, inf.precision, "inferred", inf.explanation
    return None, None, "unknown", inf.explanation or "no date could be established from the text"


_DATE_LINE_NOISE = re.compile(
    r"\b(?:gmt|utc)\s*[+\-\u2212]\s*\d{1,2}(?::?\d{2})?(?![0-9])|"   # "GMT+4", "UTC-05:00"
    # a byline, or a desk's credit closing the copy ("Compiled by the news desk, 3 May 2024")
    r"\b(?:(?:compiled|prepared|written|produced|reported)\s+)?by\s+\S.{0,40}$|"
    # (round 47) a source credit before the date: "Source: press service of X, 24.10.2024"
    r"^\W*source\s*:[^0-9]{0,80}|"
    # (round 37) a byline without a name: "From our correspondent in Tbilisi | 20 November 2024"
    r"\bfrom\s+our\s+(?:own\s+)?(?:special\s+)?(?:correspondent|reporter)s?"
    r"(?:\s+in\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?)?|"
    # (round 61) an e-mail's "Sent: Friday, October 6, 2023 9:14 AM"
    r"\b(?:published|updated|posted|last updated|first published|date|time|timestamp|on|at|sent|"
    r"am|pm|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    # "12:41PM", "9.05 a.m.", "21:05:11" (seconds), "T14:32:00+04:00" / "14:32:05 +0400" (ISO
    # time and a numeric zone)
    r"(?:\bT|\b)\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[ap]\.?m\b\.?|\s?[+\-\u2212]\d{2}:?\d{2}\b|Z\b)?|"
    r"\b(?:gmt|utc|msk|cet|cest|eet|eest|bst|amt|azt|trt|et|est|edt|pt|pst|pdt)\b|"  # zones
    # (round 57) the clock's city after the time: "16:45 (Yerevan)", "9.05am Baku time"
    r"(?:(?<=[0-9][:.][0-9]{2})|(?<=[ap]m)|(?<=[ap]\.m\.))"
    r"\s*(?:\((?-i:[A-Z][a-z]+)(?:\s+time)?\)|(?-i:[A-Z][a-z]+)\s+time\b)|"
    r"\b\d{1,3}\s+(?:minutes?|mins?|hours?|hrs?)\s+ago\b|"              # "2 hours ago"
    r"\bpage\s+\d{1,4}\b|"                                           # print page: "Page 3"
    r"[\W_]+",
    re.IGNORECASE)


def _top_date_line(text: str) -> tuple[dt.date, str] | None:
    """A line near the top that is little more than a full date ("Published 25 May 2023,
    10:42", "May 25, 2023"): how most pages state when they appeared. A date inside a sentence
    of the article is never taken for the publication date. Blank lines do not count: a
    headline, a byline and the date line, each after an empty line, are still the top."""
    return _date_line([ln for ln in text.split("\n", 12)[:12] if ln.strip()][:4])


#: A separator between a page's date stamp and its headline on one line ("13/12/2023 | ...").
_HEADLINE_SEP = re.compile(r"[ \t]*(?:[|\u00b7\u2022\u2013\u2014-]|--)[ \t]+(?=\S+[ \t]+\S)")
#: How many of the first non-empty lines a chronology check looks at.
_HEADLINE_LOOK = 12


@lru_cache(maxsize=8)
def headline_stamp(text: str) -> tuple[dt.date, int, int] | None:
    """The full date opening the page's first line when a separator and a headline follow it
    ("13/12/2023 | Ministers meet in ..."), with its offsets in `text`: some sites print their
    date stamp into the headline. It is the page's date, never the date of the headline's news
    (a swap "yesterday" is not dated by it). A day in figures glued without a separator to the
    first word of the headline or of the line under it is a stamp too. The date must be
    unambiguous (no "06/10/2022", which is June or October) and must be the only line-opening
    date at the top: a chronology's first entry ("2 October 2020 - Shelling of ...") stands
    among lines that open with dates, and is no stamp. Asked twice per article (for the
    publication date, and when `nlp.analyse` attaches dates): remembered per text, whose hash
    Python keeps."""
    from karabakh_data.dates import find_dates

    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in text.split("\n", _HEADLINE_LOOK * 2)[:_HEADLINE_LOOK * 2]:
        if raw.strip():
            lines.append((pos + len(raw) - len(raw.lstrip()), raw.strip()))
            if len(lines) == _HEADLINE_LOOK:
                break
        pos += len(raw) + 1
    if len(lines) < 2:
        return None  # a headline heads a body; a lone dated line is an entry of its own

    def opening_day(line: str) -> tuple[dt.date, int] | None:
        found = find_dates(line[:40])
        if not found or found[0].start != 0:
            return None
        d = found[0]
        if d.precision != "day" or d.date is None or d.relative:
            return None
        return d.date, d.end

    for k, (start, line) in enumerate(lines[:2]):
        first = opening_day(line)
        if first is None:
            continue
        # (round 43) a numeric stamp glued to the headline's or the lede's first word
        # ("19.12.2021 Ten soldiers were ..."): no writer opens a sentence that way; (round
        # 45) nor with a day in words and its year ("9 May 2023 Explainer: ..."), which a
        # writer follows with a comma
        glued = ((_NUMERIC_DAY.fullmatch(line, 0, first[1]) is not None
                  or _WORDED_YEAR.search(line, 0, first[1]) is not None)
                 and _GLUED_WORD.match(line, first[1]) is not None)
        if not glued and (k > 0 or _HEADLINE_SEP.match(line, first[1]) is None):
            return None
        if any(opening_day(ln) is not None for j, (_, ln) in enumerate(lines) if j != k):
            return None
        return first[0], start, start + first[1]
    return None


#: A day written in figures only ("19.12.2021", "2021-12-19", "19/12/2021").
_NUMERIC_DAY = re.compile(r"[0-9]{1,4}[./\-][0-9]{1,2}[./\-][0-9]{1,4}")
#: A day in words carries its year in figures ("9 May 2023", "May 9, 2023").
_WORDED_YEAR = re.compile(r"[A-Za-z].*\b[0-9]{4}$")
#: The capitalised word a scraper glued to a stamp with no separator between them.
_GLUED_WORD = re.compile(r"[ \t]+[A-Z]")


def _dated_headline(text: str) -> tuple[dt.date, str] | None:
    """The page's date stamp printed into its headline (`headline_stamp`), with the line."""
    stamp = headline_stamp(text)
    if stamp is None:
        return None
    return stamp[0], text[stamp[1]:].split("\n", 1)[0].strip()


#: The last lines of a page: some outlets print the date under the article.
_FOOT_LINES = 2
#: "Updated ..." under an article is when it was last changed, not when it appeared ("Last
#: update 26.01.2024" is the same stamp).
_UPDATED = re.compile(r"\b(?:last\s+)?(?:updated?|edited|modified)\b", re.IGNORECASE)


def _report_part(line: str) -> str | None:
    """The words of `line` before its update stamp when a full day stands there ("Published
    26.01.2024 at 09:40 | Last update 26.01.2024 at 11:05" -> "Published 26.01.2024 at 09:40
    | "): the day of the report, whatever the stamp after it says; None otherwise."""
    from karabakh_data.dates import find_dates

    u = _UPDATED.search(line)
    if u is None or u.start() == 0:
        return None
    head = line[:u.start()]
    return head if any(d.precision == "day" for d in find_dates(head)) else None


def _foot_date_line(text: str) -> tuple[dt.date, str] | None:
    """A date line closing the article ("Published 12 March 2021", "12 March 2021"), taken
    only when no line at the top gives one: it is the page's own date, as at the top, but an
    update stamp is not the day the report appeared (a line giving the report's day before
    its update stamp still counts, as at the top)."""
    lines = text.split("\n")
    if len(lines) <= 4:
        return None   # the top lines were read already
    foot = [ln for ln in lines[max(4, len(lines) - _FOOT_LINES):]
            if not _UPDATED.search(ln) or _report_part(ln) is not None]
    return _date_line(foot)


#: How long after the report an update stamp may be for the dateline's day to take its year.
_STAMP_REACH_DAYS = 31


def _top_dateline(text: str) -> str | None:
    """The dateline opening one of the first four lines of the page ("BAKU, March 3, 2025,
    Wire: "), if any."""
    from karabakh_data.text import datelines

    top = "\n".join([ln for ln in text.split("\n", 12)[:12] if ln.strip()][:4])
    spans = datelines(top)
    return top[spans[0][0]:spans[0][1]] if spans else None


def _dateline_date(line: str | None) -> tuple[dt.date, str] | None:
    """The date of a dateline (`_top_dateline`) that writes its year ("Goris, March 3, 2025,
    Wire: "): the dateline's day is the day of the report, so a full date there is the
    publication date."""
    from karabakh_data.dates import find_dates

    if line is None:
        return None
    days = [d for d in find_dates(line) if d.date is not None and not d.relative]
    if len(days) != 1 or days[0].precision != "day":
        return None
    return days[0].date, line.strip()


def _dateline_day_in(text: str, d: dt.date, prec: str) -> tuple[dt.date, str] | None:
    """(date, dateline): the day of a year-less wire dateline ("MOSCOW, October 24. /TASS/.")
    when the manifest gives the publication date only to the year or month (`d`, `prec`) and
    the dateline's day falls in that period: the dateline's day is the report's, and the
    manifest supplies the year the dateline leaves out."""
    from karabakh_data.dates import month_day

    dateline = _top_dateline(text)
    md = month_day(dateline) if dateline is not None else None
    if md is None or (prec == "month" and md[0] != d.month):
        return None
    try:
        return dt.date(d.year, md[0], md[1]), dateline.strip()
    except ValueError:
        return None


def _dateline_before(text: str, page: dt.date, min_gap: int = 2
                     ) -> tuple[dt.date, str] | None:
    """(date, dateline): the report's own day when a later day-precise date of the page
    (`page`: the manifest's, or an update stamp heading the page) follows the day of the
    page's wire dateline ("YEREVAN, MAY 25, AGENCY." on a page of 27 May): a repost, a late
    upload or an update of agency copy, whose "yesterday" and "on Tuesday" count from the
    dateline's day, not the page's. The dateline's year is the page's (the year before when
    its day would fall after the page); only a dateline `min_gap` to `_STAMP_REACH_DAYS` days
    before the page counts (a later one, or one further back, is left to the page's date)."""
    from karabakh_data.dates import month_day, weekday_names

    dateline = _top_dateline(text)
    if dateline is None or dateline.split(",", 1)[0].strip().lower() in weekday_names():
        # ("Tuesday, 19 September —" heads a day of a running account: no report's dateline)
        return None
    # (a page of the next day is as likely the same story updated, its "on Saturday" the
    # page's own day, as a repost: one day's gap leaves the page's date)
    full = _dateline_date(dateline)
    if full is not None:
        d = full[0] if min_gap <= (page - full[0]).days <= _STAMP_REACH_DAYS else None
    else:
        md = month_day(dateline)
        d = _day_shortly_before(md, page, min_gap=min_gap) if md is not None else None
    return (d, dateline.strip()) if d is not None else None


def _day_shortly_before(md: tuple[int, int], later: dt.date, min_gap: int) -> dt.date | None:
    """The day of month and day `md` (a year-less dateline's) in the one year, `later`'s or the
    one before, that puts it `min_gap` to `_STAMP_REACH_DAYS` days before `later` (a stamp or
    a page date: wire copy is updated or reposted within days, never before it was filed)."""
    for y in (later.year, later.year - 1):
        try:
            d = dt.date(y, md[0], md[1])
        except ValueError:
            continue
        if min_gap <= (later - d).days <= _STAMP_REACH_DAYS:
            return d
    return None


def _dateline_before_stamp(text: str, dateline: str | None
                           ) -> tuple[dt.date, str, str] | None:
    """(date, dateline, stamp line): a wire dateline with a month and day but no year ("SOCHI,
    OCTOBER 31, AGENCY. ") dated by an update stamp at the top or foot of the page
    ("Updated 31.10.2022, 21:15"). An update never precedes the report, and wire copy is
    updated within days, so the dateline's day is taken in the one year that puts it on or
    at most a month before the stamp; any other gap, or no dateline, gives None (the stamp
    alone is not the day the report appeared)."""
    from karabakh_data.dates import month_day

    lines = [ln for ln in text.split("\n") if ln.strip()]
    edge = lines[:4] + lines[max(4, len(lines) - _FOOT_LINES):]
    stamps = [(f[0], ln.strip()) for ln in edge if _UPDATED.search(ln)
              and (f := _date_line([ln])) is not None]
    if len(stamps) != 1:
        return None
    stamp, stamp_line = stamps[0]
    md = month_day(dateline) if dateline is not None else None
    if dateline is None or md is None:
        return None
    d = _day_shortly_before(md, stamp, min_gap=0)
    return (d, dateline.strip(), stamp_line) if d is not None else None


def _self_dating_note(text: str) -> tuple[dt.date, str] | None:
    """(date, note): a line at the top (first four) or foot (last two) of the page opening with
    a note that dates the page itself ("This commentary was published on 30 December 2024.",
    "The interview was recorded on 14 March 2025 in Yerevan ..."), its full date written right
    after "on". An interview's answers count "last week" from the day it was recorded, so
    that day stands for the page's when nothing else dates it. "This report was updated on"
    (a change) and "The report was published on 3 May" (a report the article is about: only
    "This" names the page itself, "The" only a recorded talk) are not read."""
    from karabakh_data.dates import find_dates, self_note_pattern

    lines = [ln for ln in text.split("\n") if ln.strip()]
    pat = self_note_pattern()
    for line in lines[:4] + lines[max(4, len(lines) - _FOOT_LINES):]:
        m = pat.match(line)
        if m is None:
            continue
        found = find_dates(line[m.end():m.end() + 40])
        if found and found[0].start == 0 and found[0].precision == "day" \
                and found[0].date is not None and not found[0].relative \
                and found[0].date_end is None:
            return found[0].date, line.strip()
    return None


def _date_line(lines: list[str]) -> tuple[dt.date, str] | None:
    """The first of `lines` that is little more than one full date, with that date."""
    from karabakh_data.dates import find_dates

    for line in lines:
        if len(line) > 80:
            continue
        head = _report_part(line)
        if head is not None:
            # "December 13, 2023 11:42 GMT+4 Updated 2 hours ago", "Published 3 May 2024 |
            # Updated 4 May 2024": the date before the update stamp is the day of the report
            line = head
        found = [d for d in find_dates(line) if d.precision == "day" and d.date is not None
                 and not d.relative]
        if len(found) != 1:
            continue
        d = found[0]
        rest = _DATE_LINE_NOISE.sub("", _drop_name_segments(line[:d.start], line[d.end:]))
        if not rest or (rest.lower() == "asof" and _AS_OF_CLOCK.match(line)) \
                or _city_before(line, d.start, d.end):
            # "As of 09:00, 4 October 2020": a bulletin's stamp, its hour and day; "As of 1
            # January 2024" alone (a data cut-off) is no date line
            return d.date, line.strip()
    return None


def written_day(value: str) -> dt.date | None:
    """The day of `value` (a manifest's or a record's publication value) when it is little more
    than one full date, however a page writes it, its time and zone after it (`_date_line`:
    "25/11/2024", "13.05.2024", "Thursday, 5 October 2023 14:05 GMT"); None for anything
    else, an ambiguous "05/11/2024" included."""
    found = _date_line([value.strip()])
    return found[0] if found is not None else None


# A city's name right before the date, no comma between ("Strasbourg 24/01/2024", "Geneva 5
# October 2023", "The Hague 22.02.2023"): an institution's press-release date line. One
# capitalised word, or two before a numeric date; a longer run is a headline in title case.
_CITY_WORD = re.compile(r"[ \t]*[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \t]+\Z")
_CITY_WORDS = re.compile(r"[ \t]*[A-Z][a-z]+[ \t]+[A-Z][a-z]+[ \t]+\Z")
_NUMERIC_DATE = re.compile(r"[0-9./-]+")


def _city_before(line: str, start: int, end: int) -> bool:
    """True when `line` is a city's name, then the date at `line[start:end]`, then nothing."""
    if _DATE_LINE_NOISE.sub("", line[end:]):
        return False
    if _CITY_WORD.match(line, 0, start) is not None:
        return True
    return _NUMERIC_DATE.fullmatch(line, start, end) is not None \
        and _CITY_WORDS.match(line, 0, start) is not None


_AS_OF_CLOCK = re.compile(r"\s*as\s+of\s+\d{1,2}[:.]\d{2}(?![0-9])", re.IGNORECASE)


# "Published 26 September 2023 | OC Media", "Azernews · 13 May 2024": a page's date line often
# carries the outlet's or section's name, set off by a bar, a dot or a dash (in plain text
# also a double hyphen: "23 October 2024 -- Caucasus Briefing"). A segment counts
# as a name when each of its words is capitalised (up to five words); a sentence never is.
_SEGMENT_SEP = re.compile(r"[ \t]+(?:[|\u00b7\u2022\u2013\u2014/-]|--)[ \t]+")
# before the date a comma also sets the name off: "Eurasianet, Oct 11, 2020"
_LEAD_SEP = re.compile(_SEGMENT_SEP.pattern + r"|,[ \t]+")
# A name may join its capitalised words with "and", "of", "for", "the", "on" ("Sport and Politics
# Desk", "Institute for War and Peace Reporting") and may follow a label and a colon ("Source:
# Caucasus Daily"); a lower-case word anywhere else still makes the segment no name.
_NAME_SEGMENT = re.compile(r"(?:[A-Z][a-z]+:[ \t]+)?[A-Z][\w'’&./-]*"
                           r"(?:[ \t]+(?:(?:and|of|for|the|on)[ \t]+)?[A-Z][\w'’&./-]*){0,4}")
# after the date an agency's name may stand between slashes, spaced or not, as news agencies
# translated from Azerbaijani or Russian sign their copy ("3 February 2024 / Trend /")
_SLASHED_NAME = re.compile(r"[ \t]*/[ \t]*[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*){0,3}"
                           r"[ \t]*/[ \t]*$")


def _drop_name_segments(before: str, after: str) -> str:
    """The text around a line's date without the name segments split off by separators
    (the first segment of `before` and the last of `after` sit away from the date; any
    segment that is a name is dropped, and (round 62) any that is furniture of its own, as
    the reading-time badge of "Published 20/08/2025 | 7 min read"; anything else is kept for
    the noise test)."""
    def keep(part: str, sep: re.Pattern[str] = _SEGMENT_SEP) -> str:
        segs = sep.split(part)
        if len(segs) == 1:
            return part
        return " ".join(x for x in segs if not _NAME_SEGMENT.fullmatch(x.strip())
                        and not (x.strip() and is_boilerplate(x)))
    # (round 34) after the date a comma sets an agency's signature off too, as it closes
    # copy at the foot ("Yerevan, 9 August 2025, ARMENPRESS.")
    return keep(before, _LEAD_SEP) + " " + keep(_SLASHED_NAME.sub("", after), _LEAD_SEP)


def read_raw(path: Path) -> bytes:
    """A raw file's bytes; CorpusError (one line) when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot read: {exc.strerror}") from None


def load_document(path: Path, rel_path: str, manifest: dict[str, str] | None = None,
                  data: bytes | None = None) -> tuple[Document, dict[str, object]]:
    """Read and clean one raw file; return the Document and its `sources` row. `data`, when
    given, is the file's bytes, already read by the caller (the extraction cache hashes
    them first).

    Raises CorpusError (one-line message) for input that is not a readable article.
    """
    manifest = manifest or {}
    if data is None:
        data = read_raw(path)
    raw = decode(data, rel_path)
    cleaned = clean_text(raw, manifest.get("author"))
    if not cleaned.text.strip():
        raise CorpusError("nothing left after removing boilerplate")
    if cleaned.stub is not None:
        raise CorpusError(f"no article: the page says {cleaned.stub!r} and has no paragraph "
                          "of text")
    published, precision, method, note = _published(cleaned, manifest)
    sid = source_id_for(data)
    row: dict[str, object] = {
        "source_id": sid,
        "path": rel_path,
        "sha256": sha256_bytes(data),
        "outlet": manifest.get("outlet") or None,
        "url": manifest.get("url") or None,
        "title": manifest.get("title") or cleaned.title,
        "author": manifest.get("author") or None,
        "published": published,
        "published_precision": precision,
        "published_method": method,
        "published_note": note,
        "language": _language(cleaned.text, manifest.get("language")),
        "n_chars": len(cleaned.text),
        "n_words": len(_WORD.findall(cleaned.text)),
        "boilerplate_chars": cleaned.boilerplate_chars,
        PROSE_KEY: prose_key(cleaned.text, cleaned.wordy_lines),
    }
    doc = Document(
        source_id=sid,
        path=rel_path,
        clean_text=cleaned.text,
        raw_text=raw,
        published=published,
        published_precision=precision,
        captions=tuple(cleaned.captions),
        segments=tuple(cleaned.segments),
        wide=tuple(cleaned.wide),
        # the byline and outlet, so extractors never take the article's author for a speaker
        meta={"author": row["author"], "outlet": row["outlet"], "title": row["title"]},
    )
    return doc, row


#: (round 62) The key of a `sources` row (no column of the table) holding `prose_key` of its
#: article, by which the build tells a second save of a page (`same_page`).
PROSE_KEY = "_prose"
#: A page needs this many paragraphs of prose for its prose to identify it.
_PROSE_KEY_MIN_LINES = 2


def prose_key(text: str, wordy_lines: tuple[int, ...]) -> str | None:
    """A hash of the paragraphs of prose of a clean text (each line of at least `_PROSE_WORDS`
    words ending a sentence, in order; `wordy_lines`: where the lines of that many words
    start, `Cleaned.wordy_lines`), or None with fewer than `_PROSE_KEY_MIN_LINES` of them: the
    AMP and the print version of one page, or a page saved twice, share it whatever furniture
    each save kept around the article."""
    prose = []
    for start in wordy_lines:
        end = text.find("\n", start)
        line = text[start:end if end >= 0 else len(text)]
        if len(line) >= 2 * _PROSE_WORDS and line.endswith(_SENTENCE_END):
            prose.append(line)
    if len(prose) < _PROSE_KEY_MIN_LINES:
        return None
    return sha256_bytes("\n".join(prose).encode("utf-8"))[:16]


def same_page(row: dict[str, object], seen: dict[tuple[str, str], str]) -> str | None:
    """The path of an earlier article (rows of a build, in order, remembered in `seen`) that
    is the same page as `row`: the same prose (`prose_key`) from the same outlet (none named
    counts as the same). Another outlet running the same wire copy is a source of its own."""
    key = row.get(PROSE_KEY)
    if not key:
        return None
    outlet = str(row.get("outlet") or "").strip().casefold()
    first = seen.setdefault((str(key), outlet), str(row["path"]))
    return None if first == row["path"] else first


@dataclass(frozen=True)
class RawItem:
    """One raw file to process: where it is and what the manifest says of it."""

    path: Path
    rel_path: str
    manifest: dict[str, str]


def list_corpus(raw_dir: Path, rel_to: Path | None = None) -> tuple[list[RawItem], list[Problem]]:
    """Every `*.txt` in `raw_dir` (sorted by name, so builds are deterministic), with manifest
    rows; files the manifest does not list are still read. Duplicate files (same bytes) are
    reported and only the first is kept."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise CorpusError(f"{raw_dir}: not a directory")
    manifest, problems = read_manifest(raw_dir)
    items: list[RawItem] = []
    seen: dict[str, str] = {}
    for p in sorted(raw_dir.glob("*.txt")):
        rel = _rel(p, rel_to)
        try:
            digest = sha256_bytes(p.read_bytes())
        except OSError as exc:
            problems.append(Problem(rel, f"cannot read: {exc.strerror}"))
            continue
        if digest in seen:
            problems.append(Problem(rel, f"duplicate of {seen[digest]} (same bytes); skipped"))
            continue
        seen[digest] = rel
        items.append(RawItem(p, rel, manifest.get(p.name, {})))
    return items, problems


def _rel(p: Path, rel_to: Path | None) -> str:
    if rel_to is not None:
        try:
            return p.resolve().relative_to(rel_to.resolve()).as_posix()
        except ValueError:
            pass
    return f"data/raw/{p.name}" if p.parent.name == "raw" else p.name


def iter_documents(items: list[RawItem]) -> Iterator[tuple[RawItem, Document | None,
                                                           dict[str, object] | None,
                                                           Problem | None]]:
    """Load items one at a time (streaming: only one clean text is held at once)."""
    for item in items:
        try:
            doc, row = load_document(item.path, item.rel_path, item.manifest)
        except CorpusError as exc:
            yield item, None, None, Problem(item.rel_path, str(exc))
            continue
        yield item, doc, row, None
