"""Word-list regexes that stay fast in Python's engine, shared by the fact extractors.

Why a module of its own: the meeting, statement and event vocabularies are long lists of
alternatives ("talks|summit|phone call|..."), and Python's `re` tries every alternative at every
position of the text. Two remedies are shared here so the extractors do not each carry a copy:

* `trie_regex` writes a word list as a character trie, so the engine rejects most positions
  after one character;
* `FastRx` looks for a pattern only where one of the words it can start with stands (found by
  one trie pass over the text folded as case-insensitive matching sees it, `fold`) and
  gives exactly the matches of the plain regex.

`split_top` cuts a pattern at its top-level alternatives, so each can be handled on its own.
"""

from __future__ import annotations

import operator
import re
import re._constants as _sre_constants
import re._parser as _sre
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = ["ASCII_FOLDS", "KEY_LEN", "FastRx", "Needles", "first_word_keys", "fold", "key_trie",
           "leftmost_longest", "lower", "needles", "plain_case", "ruled_out", "split_top",
           "trie_regex", "union_keys", "words_rx"]

#: A pattern is looked for only where a word with one of its keys stands: the key is a word's
#: first `KEY_LEN` letters (or the whole word when it is shorter).
KEY_LEN = 5

_LITERAL, _IN, _NEGATE = _sre_constants.LITERAL, _sre_constants.IN, _sre_constants.NEGATE
_SUBPATTERN, _BRANCH = _sre_constants.SUBPATTERN, _sre_constants.BRANCH
_MAX_REPEAT, _MIN_REPEAT = _sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT
_MAXREPEAT = _sre_constants.MAXREPEAT
_ASSERT, _ASSERT_NOT = _sre_constants.ASSERT, _sre_constants.ASSERT_NOT


def first_word_keys(pattern: str) -> frozenset[str] | None:
    """The keys of every word a match of `pattern` can start with, read from the parsed regex
    (None when that cannot be bounded; such a pattern is then run the plain, slower way)."""
    try:
        out = _heads(list(_sre.parse(pattern, re.IGNORECASE).data), "", 0)
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    return frozenset(out) if out else None


def _heads(seq: list, cur: str, depth: int) -> set[str] | None:
    """Keys for a parsed regex sequence whose match so far spells `cur`."""
    if len(cur) >= KEY_LEN:
        return {cur[:KEY_LEN]}
    if depth > 40:
        return None
    if not seq:
        return {cur} if cur else None  # the match, and so its first word, ends here
    op, av = seq[0]
    rest = seq[1:]
    if op is _LITERAL:
        return _head_char(chr(av), rest, cur, depth)
    if op is _IN:
        # only a class of listed characters ("[eé]", "[- ]"); "[^x]" or "[a-z]" is unbounded
        if not av or any(o is not _LITERAL for o, _ in av):
            return None
        return union_keys(_head_char(chr(x), rest, cur, depth) for _, x in av)
    if op is _SUBPATTERN:
        return _heads(list(av[-1]) + rest, cur, depth + 1)
    if op in (_ASSERT, _ASSERT_NOT) and av[0] < 0:  # a lookbehind consumes nothing
        return _heads(rest, cur, depth + 1)
    if op is _BRANCH:
        return union_keys(_heads(list(b) + rest, cur, depth + 1) for b in av[1])
    if op in (_MAX_REPEAT, _MIN_REPEAT):
        lo, hi, sub = av
        again = [(op, (max(lo - 1, 0), hi if hi is _MAXREPEAT else hi - 1, sub))] \
            if hi is _MAXREPEAT or hi > 1 else []
        once = _heads(list(sub) + again + rest, cur, depth + 1)
        return union_keys([once, _heads(rest, cur, depth + 1)]) if lo == 0 else once
    return None


def _head_char(ch: str, rest: list, cur: str, depth: int) -> set[str] | None:
    """Keys for the character `ch` (as written in the pattern) followed by `rest`: a word
    character extends the word, matched as `fold` spells it in the text; any other
    character ends the word (a hyphen too: "[- ]" after "re" gives the key "re")."""
    f = fold(ch)
    if f in _UNSURE_FOLD:
        return None  # a word character that also matches a non-word one (see `fold`)
    if _is_word_char(f):
        return _heads(rest, cur + f, depth + 1)
    return {cur} if cur else None


def union_keys(parts: Iterable[Any]) -> Any:
    """Union of key sets; None (unbounded) wins."""
    out: set[str] = set()
    for p in parts:
        if p is None:
            return None
        out |= p
    return out


def trie_regex(words: Iterable[str], leaf: Callable[[int], str] | None = None,
               spaces: bool = False) -> str:
    """A regex matching any of `words`, shaped as a character trie: Python's engine tries a
    flat alternation of hundreds of words one by one at every position, a trie rejects most
    positions after one character. Longer words are tried first where one extends another.

    `leaf(depth)` is appended where a word ends (e.g. a word-boundary check); with `spaces`, a
    space in a word matches any run of white space."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict, depth: int) -> str:
        alts = [(r"\s+" if spaces and ch == " " else re.escape(ch)) + walk(node[ch], depth + 1)
                for ch in sorted(c for c in node if c)]
        if "" in node:
            alts.append(leaf(depth) if leaf is not None else "")
        if not alts:
            return ""
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return walk(root, 0)


def key_trie(keys: Iterable[str]) -> str:
    """A regex for exactly these word keys (see `KEY_LEN`): a key shorter than `KEY_LEN` is a
    whole word, so it must end there."""
    return r"\b" + trie_regex(keys, leaf=lambda depth: "" if depth >= KEY_LEN else r"(?!\w)")


def lower(text: str) -> str:
    """Lower case with the same length, so that offsets stay valid ('İ' lowers to two
    characters; such a character is left as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _fold_table() -> tuple[dict[int, str], frozenset[str]]:
    """`fold`'s corrections to `str.lower`, and the characters it cannot fold safely.

    Python's case-insensitive matching compares the simple lower case of characters (so
    'İ' matches "i", where `str.lower` gives two characters) and also treats as equal some
    characters whose lower cases differ (`re._casefix`: "ı" matches "i", "ſ" matches "s",
    "ς" matches "σ"). Each such class of characters is folded to one of them, the one that is
    the lower case of its upper case ("i", "s", "σ"). A class that holds both word and
    non-word characters (the combining "ͅ" and "ι") cannot be folded without changing where
    words start; its word characters are returned as unsure."""
    try:  # a private table of `re` (Python 3.11 and later); without it, lower case only
        from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover - a future Python that moves it
        _EXTRA_CASES = {}

    table: dict[int, str] = {}
    unsure: set[str] = set()
    for lo, others in sorted(_EXTRA_CASES.items()):
        members = sorted(chr(c) for c in (lo, *others))
        reps = [m for m in members if m.upper().lower() == m] or members
        rep = reps[0]
        if len({_is_word_char(m) for m in members}) > 1:
            unsure.update(m for m in members if _is_word_char(m))
            continue
        table.update((ord(m), rep) for m in members if m != rep)
    # characters whose simple lower case (what `re` compares) is not `str.lower`'s
    for c in ("\u0130",):  # 'İ': "i" for `re`, two characters for `str.lower`
        table[ord(c)] = table.get(ord(c.lower()[0]), c.lower()[0])
    unsure |= {table.get(ord(c), c) for c in unsure}
    return table, frozenset(unsure)


def fold(text: str) -> str:
    """`text` folded as Python's case-insensitive matching sees it, with the same length:
    two characters are equal after folding exactly when one matches the other with
    `re.IGNORECASE` (for characters outside the unsure set of `_fold_table`). Lower case for
    ASCII text. Why: the fast paths look for a pattern's first words in folded text; with
    `str.lower` alone "ſummit" or "mınıster" would not hold the keys "summi", "minis", though
    the case-insensitive pattern matches them."""
    if text.isascii():
        return text.lower()
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.translate(_FOLD) if _NEEDS_FOLD.search(low) else low


def words_rx(alts: str) -> re.Pattern[str]:
    """Case-insensitive whole words (a hyphen joins words: "pre-talks" is not "talks")."""
    return re.compile(r"(?<![\w-])(?:" + alts + r")(?![\w-])", re.IGNORECASE)


def split_top(pattern: str, sep: str = "|") -> list[str]:
    """Split a regex at `sep` characters outside groups and character classes (not escaped):
    with "|", into its top-level alternatives."""
    out: list[str] = []
    cur: list[str] = []
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == sep and depth == 0:
            out.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(ch)
        i += 1
    out.append("".join(cur))
    return out


_WORDISH = re.compile(r"[\w-]")


def _cuts(m: re.Match, text: str, end: int) -> bool:
    """True when match `m` of a search window ending at `end` ends there inside a word of the
    full text: the window's end stood in for the end of the word."""
    return (m.end() == end < len(text) and m.end() > m.start()
            and _WORDISH.match(text, end - 1) is not None and _WORDISH.match(text, end) is not None)


def leftmost_longest(found: list[re.Match]) -> list[re.Match]:
    """Non-overlapping matches from two or more match lists, as one alternation would give:
    the leftmost first, the longest of those starting together, then the next one that starts
    at or after its end. `found` is sorted in place."""
    found.sort(key=lambda m: (m.start(), -m.end()))
    out: list[re.Match] = []
    for m in found:
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


class FastRx:
    """A case-insensitive word-list regex tried only where one of its first words stands.

    Same matches as the plain regex (whole words, leftmost, non-overlapping), many times
    faster on news text; alternatives that do not start with a word (", which") are searched
    the plain way."""

    def __init__(self, alternatives: list[str]) -> None:
        worded: list[str] = []
        other: list[str] = []
        keys: set[str] = set()
        for alt in alternatives:
            k = first_word_keys(alt)
            (other if k is None else worded).append(alt)
            keys |= k or set()
        self.pattern = "|".join(alternatives)
        self._rx = words_rx("|".join(worded)) if worded else None
        self._keys = re.compile(key_trie(keys)) if keys else None
        self._other = re.compile("|".join(
            a + (r"(?![\w-])" if a[-1:].isalnum() else "") for a in other),
            re.IGNORECASE) if other else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match]:
        """Non-overlapping matches in text[pos:endpos], leftmost first; a match is a match of
        whole words of the full text (never the first letters of a word the window cuts)."""
        end = len(text) if endpos is None else endpos
        found: list[re.Match] = []
        if self._rx is not None and self._keys is not None:
            for k in self._keys.finditer(fold(text[pos:end])):
                m = self._whole(self._rx, text, pos + k.start(), end)
                if m and (not found or m.start() >= found[-1].end()):
                    found.append(m)
        if self._other is None:
            return found
        found.extend(m for m in self._other.finditer(text, pos, end) if not _cuts(m, text, end))
        return leftmost_longest(found)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """The leftmost match in text[pos:endpos], or None."""
        end = len(text) if endpos is None else endpos
        first = None
        if self._rx is not None and self._keys is not None:
            for k in self._keys.finditer(fold(text[pos:end])):
                first = self._whole(self._rx, text, pos + k.start(), end)
                if first:
                    break
        if self._other is not None:
            other = next((m for m in self._other.finditer(text, pos, end)
                          if not _cuts(m, text, end)), None)
            if other is not None and (first is None or other.start() < first.start()):
                return other
        return first

    @staticmethod
    def _whole(rx: re.Pattern[str], text: str, at: int, end: int) -> re.Match | None:
        """`rx` matched at `at` within text[:end], as whole words of the full text: a window
        that ends inside a word ("...the metropol|itan area") does not make its first letters
        a word ("met"). A match cut that way is replaced by the full text's match at `at`, if
        that one ends inside the window."""
        m = rx.match(text, at, end)
        if m is None or not _cuts(m, text, end):
            return m
        m = rx.match(text, at)
        return m if m is not None and m.end() <= end else None

    def finditer_at(self, text: str, starts: Iterable[int]) -> list[re.Match]:
        """`finditer(text)`, given (ascending) every offset where a match can start (e.g. by
        `CueFilter.phrase_starts`): the pattern is tried there only. `finditer` tries it at
        each word that begins with one of the pattern's first words; a match can only begin
        at such a word, and it is found wherever the pattern is tried, so trying it only at
        offsets that hold every match keeps the same leftmost, non-overlapping matches."""
        if self._rx is None or self._other is not None:
            return self.finditer(text)
        rx = self._rx
        found: list[re.Match] = []
        for at in starts:
            if found and at < found[-1].end():
                continue
            m = rx.match(text, at)
            if m is not None:
                found.append(m)
        return found

    def match(self, text: str) -> re.Match | None:
        """A match at the very start of `text`."""
        for rx in (self._rx, self._other):
            m = rx.match(text) if rx is not None else None
            if m:
                return m
        return None

class _SentenceLike(Protocol):
    """What `CueFilter` reads of a sentence (`nlp.Sentence`): its text and clean-text offsets;
    it keeps its per-sentence cache in the object's `__dict__`."""

    text: str
    start: int
    end: int


# --- which word lists can match where (used by meetings) ------------------------------------
def _is_word_char(c: str) -> bool:
    """What `\\w` and `\\b` mean in a str regex (alphanumeric or "_")."""
    return c.isalnum() or c == "_"


_FOLD, _UNSURE_FOLD = _fold_table()
#: a character that `fold` changes after `str.lower`
_NEEDS_FOLD = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD)) + "]")


#: ASCII bytes with every character that is not a word character (`\\w`) made a space.
_ASCII_NON_WORD_TO_SPACE = bytes(b if chr(b).isalnum() or b == ord("_") else ord(" ")
                                 for b in range(128)) + b" " * 128
_KEY_OF = operator.itemgetter(slice(0, KEY_LEN))  # a word's key: its first KEY_LEN letters


def _cut_keys(low: str, a: int, b: int) -> list[str]:
    """Keys of the words that the window `low[a:b]` cuts: a word the window starts inside of
    is a word of its own there, and a word it ends inside of is shorter there than in `low`."""
    out = []
    if 0 < a < b and _is_word_char(low[a - 1]) and _is_word_char(low[a]):
        e = a + 1
        while e < b and e - a < KEY_LEN and _is_word_char(low[e]):
            e += 1
        out.append(low[a:e])
    if a < b < len(low) and _is_word_char(low[b]) and _is_word_char(low[b - 1]):
        q = b - 1
        while q > a and b - q < KEY_LEN and _is_word_char(low[q - 1]):
            q -= 1
        if b - q < KEY_LEN:
            out.append(low[q:b])
    return out


#: A plain phrase: characters matched as written (case aside), no regex syntax.
_PLAIN_PHRASE = re.compile(r"[^\\.^$*+?{}\[\]|()]+")


def _ascii_phrase(alt: str) -> tuple[str, ...] | None:
    """What an alternative can match in ASCII text: its lower-case form if it is an ASCII
    plain phrase; nothing if it is a plain phrase with a character that matches no ASCII
    character, even ignoring case ("tête-à-tête"); None when that is not known (a pattern)."""
    if _PLAIN_PHRASE.fullmatch(alt) is None:
        return None
    if alt.isascii():
        return (alt.lower(),)
    folds = any(re.fullmatch(re.escape(c), chr(x), re.IGNORECASE)
                for c in alt if not c.isascii() for x in range(128))
    return None if folds else ()


@dataclass(frozen=True)
class _ListKeys:
    """The words one cue list can start with, and what must follow them."""

    keys: frozenset[str]  # keys of the words a match can start with
    #: per key, the plain phrases (lower-case ASCII) of the alternatives starting with it, or
    #: None when one of them is a pattern
    phrases: dict[str, tuple[str, ...] | None]
    all_phrases: tuple[str, ...] | None  # every phrase, when all alternatives are phrases


@dataclass(frozen=True)
class _Plan:
    """How `CueFilter.phrase_starts` looks for the phrases of some lists."""

    anchors: tuple[str, ...]  # the texts it searches for
    groups: dict[str, list[tuple[int, str]]]  # anchor -> (list number, phrase) beginning so
    rx: re.Pattern[str]  # any anchor
    by_first: dict[str, tuple[str, ...]]  # first character -> the anchors beginning so


class _Words:
    """A sentence as `CueFilter` reads it (computed once per sentence and filter)."""

    __slots__ = ("ascii", "keys", "low")

    def __init__(self, text: str) -> None:
        self.low = fold(text)
        self.ascii = self.low.isascii()
        self.keys: frozenset[str] | None = None  # found when first needed


class CueFilter:
    """Tells which `FastRx` word lists cannot match in a sentence, without running them.

    A `FastRx` tries its pattern only where a word with one of its keys starts in the
    folded text it is given (`fold`) (`patterns.first_word_keys`; a key is a word's first
    `KEY_LEN` letters, or the whole word when it is shorter). Most sentences hold none of the
    words of most lists, and each list used to scan the sentence for its own keys. Here the
    keys of a sentence's words are found once; a list would find nothing, and is not run, when

    * none of its keys starts a word there: in a text, the key at a word start is that word's
      first `KEY_LEN` characters (or all of them), so the list's own scan would see the same
      keys at the same words. A window of the sentence (`lo`, `hi`) has the sentence's words
      except those it cuts, whose keys `_cut_keys` adds; or
    * the folded sentence is ASCII and, for each of its keys that is there, every
      alternative starting with that key is a plain phrase ("by phone") that is not a
      substring of it. (There a case-insensitive match of an ASCII phrase is an occurrence
      of its lower-case form, `fold`; a phrase in a window is in the sentence too.)

    Every list that is run is run exactly as before, so results are unchanged. A list with an
    alternative that does not start with a word (", which") is searched everywhere, so it is
    always run; so is one whose keys could lower-case differently inside and outside a window
    (Greek sigma)."""

    def __init__(self, tag: str, lists: dict[str, list[str]]) -> None:
        self._attr = f"_cue_keys_{tag}"  # the per-sentence cache (one per filter)
        self._lists: dict[str, _ListKeys | None] = {}
        every: set[str] = set()
        #: per list, the lower-case forms that a match begins with in a `_caseless` text
        #: (see `phrase_starts`), or None when that is not known
        self._searched: dict[str, tuple[str, ...] | None] = {}
        for name, patterns in lists.items():
            phrases: dict[str, tuple[str, ...] | None] = {}
            searched: list[str] | None = []
            for alt in (a for p in patterns for a in split_top(p)):
                keys = first_word_keys(alt)
                if keys is None or not all(
                        k and all(_is_word_char(c) and c not in "σς" for c in k) for k in keys):
                    phrases = {}
                    searched = None
                    break
                plain = _ascii_phrase(alt)
                head = _search_form(alt if plain is not None else _literal_prefix(alt))
                if head is None or searched is None:
                    searched = None
                elif head:
                    searched.append(head)
                for k in keys:
                    known = phrases.get(k, ())
                    phrases[k] = None if known is None or plain is None else (*known, *plain)
            every_phrase = None if not phrases or None in phrases.values() else tuple(
                sorted({p for ps in phrases.values() for p in ps or ()}))
            self._lists[name] = _ListKeys(frozenset(phrases), phrases, every_phrase) \
                if phrases else None
            self._searched[name] = tuple(sorted(set(searched))) \
                if searched is not None and phrases else None
            every |= set(phrases)
        self._rx = re.compile(key_trie(every)) if every else None
        self._plans: dict[tuple[str, ...], _Plan | None] = {}

    def phrase_starts(self, names: Sequence[str], text: str, sentences: Sequence[_SentenceLike]
                      ) -> list[list[Sequence[int]] | None]:
        """Where lists of `FastRx` word patterns can match, in every sentence of one document
        (sentences in text order, not overlapping), found in one pass over the whole text
        (`_find_phrases`): most sentences hold none of them, and looking for each phrase in
        each sentence costs far more than looking for all of them once in the document.

        Per sentence, per list: ascending offsets in `s.text` that include every place where
        a case-insensitive match of the list (see `FastRx.finditer_at`) can start, in the
        sentence or in a window of it (but at the window's first character, which may be
        inside a word: "met" of "unmet"): the places where one of the list's phrases (or the
        literal text a pattern begins with: "announced " of "announced .{0,40}talks") stands
        wholly inside the sentence, at the start of a word or of the sentence (the lists are
        whole words: `words_rx`). None for a sentence this cannot tell: one with a
        non-ASCII letter that has a case (see `_caseless`), or whose text does not stand at
        `s.start` in `text`; None for all when a pattern of a list begins with no literal
        text.

        Why: in such a sentence the text a case-insensitive match begins with is the lower
        case of that literal text (the sentence's only non-ASCII characters match nothing but
        themselves, and a phrase's letters with a case cannot match them); the lower-cased
        sentence is `lower(text)[s.start:s.start + len(s.text)]` (its characters lower the
        same way in any context), so the match is at an occurrence of that text in the
        lower-cased document that lies inside the sentence. Every occurrence is visited
        (overlapping ones too); a phrase that begins with another phrase of its list is not
        looked for, as the shorter one stands wherever it does."""
        plan = self._plan(tuple(names))
        if plan is None:
            return [None] * len(sentences)
        ok = [_caseless(s.text) and text.startswith(s.text, s.start) for s in sentences]
        starts = [s.start for s in sentences]
        ends = [s.start + len(s.text) for s in sentences]
        if any(ends[j] > starts[j + 1] for j in range(len(starts) - 1)):
            return [None] * len(sentences)
        found: dict[int, list[list[int]]] = {}
        ids = [j for j, good in enumerate(ok) if good]
        if sum(ends[j] - starts[j] + 1 for j in ids) < len(text) \
                and not any(_GLUE in a for a in plan.anchors):
            # a few sentences of a long text: look in them only, glued into one text (so the
            # found offsets are those of the sentences in the glued text)
            glued = _GLUE.join(sentences[j].text for j in ids)
            at = [0]
            for j in ids:
                at.append(at[-1] + ends[j] - starts[j] + 1)
            _find_phrases(plan, lower(glued), at[:-1], [e - 1 for e in at[1:]], len(names),
                          found, ids)
        else:
            _find_phrases(plan, lower(text), starts, ends, len(names), found,
                          range(len(sentences)))
        none: list[Sequence[int]] = [()] * len(names)
        out: list[list[Sequence[int]] | None] = []
        for j in range(len(sentences)):
            hits = found.get(j)
            if not ok[j]:
                out.append(None)
            elif hits is None:
                out.append(none)
            else:
                for h in hits:
                    h.sort()
                out.append(hits)  # type: ignore[arg-type]
        return out

    def _plan(self, names: tuple[str, ...]) -> _Plan | None:
        """How `phrase_starts` looks for the phrases of `names` (cached per tuple of names):
        each list's phrases but those that begin with another of its phrases (the shorter one
        stands wherever they do), as (anchor, [(list number, phrase)]): phrases that share a
        first word and what follows it ("phone call", "phone talks") are found by one search
        for that prefix and a comparison at each place it stands. None when a list is not all
        plain phrases."""
        if names not in self._plans:
            groups: dict[str, list[tuple[int, str]]] = {}
            for k, n in enumerate(names):
                ps = self._searched[n]
                if ps is None:
                    self._plans[names] = None
                    return None
                for p in ps:
                    if not any(q != p and p.startswith(q) for q in ps):
                        groups.setdefault(_first_word(p), []).append((k, p))
            by_anchor = {a if len(g) > 1 else g[0][1]: g for a, g in sorted(groups.items())}
            by_first: dict[str, tuple[str, ...]] = {}
            for a in by_anchor:
                by_first[a[0]] = (*by_first.get(a[0], ()), a)
            self._plans[names] = _Plan(tuple(by_anchor), by_anchor,
                                       re.compile(r"(?<![\w-])" + trie_regex(by_anchor)),
                                       by_first)
        return self._plans[names]

    def folded(self, s: _SentenceLike) -> str:
        """`fold(s.text)`, kept with the sentence's other readings of this filter, so a caller
        testing the sentence for plain words does not fold it a second time."""
        return self._words(s).low

    def _words(self, s: _SentenceLike) -> _Words:
        w = s.__dict__.get(self._attr)
        if w is None:
            w = s.__dict__[self._attr] = _Words(s.text)
        return w

    def _keys(self, w: _Words) -> frozenset[str]:
        """A set of keys holding those of the lists' keys that start a word in the sentence
        (it may hold other words' keys too)."""
        if w.keys is None:
            if w.ascii:  # the words are the runs of [a-z0-9_]: cut at everything else
                words = w.low.encode("ascii").translate(_ASCII_NON_WORD_TO_SPACE).decode("ascii")
                w.keys = frozenset(map(_KEY_OF, words.split()))
            else:
                w.keys = frozenset(self._rx.findall(w.low)) if self._rx else frozenset()
        return w.keys

    def may_match(self, name: str, s: _SentenceLike, lo: int | None = None,
                  hi: int | None = None) -> bool:
        """False only when list `name` provably finds nothing in sentence `s` (given as
        `s.text`, or as the clean text from `lo` to `hi`, inside the sentence)."""
        return self.may_match_each((name,), s, lo, hi)[0]

    def may_match_each(self, names: Sequence[str], s: _SentenceLike, lo: int | None = None,
                       hi: int | None = None) -> list[bool]:
        """`may_match` for several lists over the same text."""
        w = self._words(s)
        low = w.low
        cut: frozenset[str] | None = None
        if lo is not None and hi is not None and (lo != s.start or hi != s.end):
            if lo < s.start or hi > s.end:
                return [True] * len(names)
            cut = frozenset(_cut_keys(low, lo - s.start, hi - s.start))
        out = []
        for name in names:
            spec = self._lists[name]
            if spec is None:
                out.append(True)
                continue
            if w.ascii and w.keys is None and spec.all_phrases is not None:
                # a list of phrases: looking for them is cheaper than finding the keys
                out.append(any(map(low.__contains__, spec.all_phrases)))
                continue
            keys, present = spec.keys, self._keys(w)
            if keys.isdisjoint(present) and (cut is None or keys.isdisjoint(cut)):
                out.append(False)
            elif not w.ascii:
                out.append(True)
            else:
                hit = keys & present if cut is None else keys & (present | cut)
                out.append(any(_has_phrase(low, spec.phrases[k]) for k in hit))
        return out


def _caseless(text: str) -> bool:
    """Whether every non-ASCII character of `text` has no case (no upper- or lower-case
    form: quotes, dashes, spaces): such a character matches only itself, even ignoring case,
    and lower-cases to itself whatever surrounds it."""
    return text.isascii() or all(c.lower() == c == c.upper()
                                 for c in set(_NON_ASCII.findall(text)))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: What `phrase_starts` glues sentences with: no phrase it looks for holds it.
_GLUE = "\x00"


def _literal_prefix(pattern: str) -> str:
    """The characters every match of `pattern` begins with, as written ("cance" of
    "cancel+ed", "announced " of "announced .{0,40}talks"; "" when not known)."""
    try:
        items = list(_sre.parse(pattern).data)
    except (re.error, RecursionError, TypeError, ValueError):
        return ""
    out = []
    for op, av in items:
        if op is not _LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


def _search_form(head: str) -> str | None:
    """What `phrase_starts` looks for to find where a case-insensitive match beginning with
    the literal text `head` stands in a `_caseless` text: its lower case; "" when it cannot
    stand there (a letter with a case that no ASCII letter matches: "tête"); None when not
    known (nothing to look for, or a non-ASCII character that matches an ASCII one, as the
    Kelvin sign matches "k")."""
    if not head:
        return None
    if head.isascii():
        return head.lower()
    if any(re.fullmatch(re.escape(c), chr(x), re.IGNORECASE)
           for c in head if not c.isascii() for x in range(128)):
        return None
    return head.lower() if _caseless(head) else ""


def _first_word(phrase: str) -> str:
    """A phrase's first word with the character after it ("phone " of "phone call"), or the
    whole phrase."""
    m = re.match(r"\w+\W", phrase)
    return m.group() if m else phrase


def _find_phrases(plan: _Plan, low: str, starts: list[int], ends: list[int], n_lists: int,
                  found: dict[int, list[list[int]]], ids: Sequence[int]) -> None:
    """Record in `found` (sentence number -> per list, offsets) where each phrase of `plan`
    stands in `low` wholly inside one of the spans `starts[j]` .. `ends[j]` (sorted, not
    overlapping; sentence number `ids[j]`), every occurrence, overlapping ones too.

    Only places at the start of a word (not after a word character or a hyphen) and at the
    start of a span are reported: a whole-words pattern matches nowhere else in the span's
    text. One regex of all anchors (a trie) finds, from each place on, the next such place
    where one of them stands: one pass over the text, however many anchors (a search per
    anchor would read the text once for each); there every anchor beginning with that
    character is compared."""
    groups, first, search = plan.groups, plan.by_first, plan.rx.search

    def record(i: int, j: int) -> None:
        for anchor in first.get(low[i], ()):
            if not low.startswith(anchor, i):
                continue
            for k, p in groups[anchor]:
                if i + len(p) <= ends[j] and (p is anchor or low.startswith(p, i)):
                    hits = found.get(ids[j])
                    if hits is None:
                        hits = found[ids[j]] = [[] for _ in range(n_lists)]
                    hits[k].append(i - starts[j])

    for j, b in enumerate(starts):  # a span's start is a word's start in the span's text
        if 0 < b < ends[j] and _WORDISH.match(low, b - 1):
            record(b, j)
    m = search(low)
    while m is not None:
        i = m.start()
        j = bisect_right(starts, i) - 1
        if j >= 0:
            record(i, j)
        m = search(low, i + 1)


def _has_phrase(low: str, phrases: tuple[str, ...] | None) -> bool:
    """Whether one of the phrases is in `low` (None: a pattern, which may be anywhere)."""
    return phrases is None or any(map(low.__contains__, phrases))


#: Most strings one run of a pattern is spelled out as (more: the run is cut there).
_MAX_SPELLINGS = 64
#: What consumes no text: assertions (lookarounds, word boundaries) between two runs.
_ZERO_WIDTH = (_sre_constants.ASSERT, _sre_constants.ASSERT_NOT, _sre_constants.AT)
#: (strings of the alternatives with one run, runs of each other alternative): `needles`
Needles = tuple[tuple[str, ...], tuple[tuple[tuple[str, ...], ...], ...]]


def needles(alternatives: list[str]) -> Needles | None:
    """For each alternative of a cue list, its runs (`_runs`): each run the lower-case
    strings it can be, one of which every match of the alternative contains. Alternatives
    with one run are pooled: one of all their strings is in any match of theirs. None when
    some alternative has no run (it could then match anywhere)."""
    single: set[str] = set()
    multi = []
    for alt in alternatives:
        try:
            runs = _runs(list(_sre.parse(alt, re.IGNORECASE).data))
        except (re.error, RecursionError, TypeError, ValueError):
            return None
        if not runs:
            return None
        if len(runs) == 1:
            single |= runs[0]
        else:
            multi.append(tuple(_shortest(r) for r in runs))
    return (_shortest(single), tuple(multi)) if alternatives else None


def _shortest(strings: set[str]) -> tuple[str, ...]:
    """The strings without those that contain another one ("borders" holds "border"): text
    holding one of the strings holds one of these."""
    return tuple(sorted(x for x in strings if not any(y != x and y in x for y in strings)))


def _runs(seq: list) -> list[set[str]]:
    """The runs of a parsed pattern: stretches of consecutive top-level items that match
    one of a few ASCII strings each ("war", "(?:post|pre)-", "s?"), written out as the set
    of strings the stretch can be. Top-level items are all matched, one after the other
    (zero-width ones consume nothing), so the text of a match holds one string of each run,
    ignoring case. A run that can be empty says nothing and is left out."""
    runs: list[set[str]] = []
    cur = {""}
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        opts = _spellings([(op, av)])
        if opts is not None:
            joined = {a + b for a in cur for b in opts}
            if len(joined) <= _MAX_SPELLINGS:
                cur = joined
                continue
        runs.append(cur)
        cur = opts if opts is not None else {""}
    runs.append(cur)
    return [r for r in runs if "" not in r]


def _spellings(seq: list) -> set[str] | None:
    """The lower-case ASCII strings a parsed sequence can match, when there are a few."""
    out = {""}
    for op, av in seq:
        if op is _LITERAL:
            ch = chr(av)
            opts = {ch.lower()} if ch.isascii() else None
        elif op is _IN and all(o is _LITERAL for o, _ in av):
            chars = {chr(x) for _, x in av}
            opts = {c.lower() for c in chars} if all(c.isascii() for c in chars) else None
        elif op is _SUBPATTERN:
            opts = _spellings(list(av[-1]))
        elif op is _BRANCH:
            opts = set()
            for b in av[1]:
                sub = _spellings(list(b))
                if sub is None:
                    opts = None
                    break
                opts |= sub
        elif op in (_MAX_REPEAT, _MIN_REPEAT) and av[1] is not _MAXREPEAT and av[1] <= 3:
            sub = _spellings(list(av[2]))
            opts = None
            if sub is not None:
                opts, step = set(), {""}
                for n in range(av[1] + 1):
                    if n >= av[0]:
                        opts |= step
                    step = {a + b for a in step for b in sub}
                    if len(step) > _MAX_SPELLINGS:
                        opts = None
                        break
        else:
            opts = None
        if opts is None:
            return None
        out = {a + b for a in out for b in opts}
        if len(out) > _MAX_SPELLINGS:
            return None
    return out


#: The non-ASCII characters that Python's `re` matches to an ASCII letter, digit or "_" when
#: ignoring case (Kelvin sign, long s, dotted and dotless i); tests/test_events.py checks
#: the list against the engine.
ASCII_FOLDS = "\u0130\u0131\u017f\u212a"


def plain_case(text: str) -> bool:
    """Whether case-insensitive matches of ASCII words in `text` are ASCII characters only,
    so that they are occurrences of the words' lower-case forms in `text.lower()`."""
    return text.isascii() or not any(c in text for c in ASCII_FOLDS)


def ruled_out(found: Needles | None, low: str, plain: bool) -> bool:
    """True when a cue list whose `needles` are `found` provably finds nothing in a sentence
    (or any window of it), given as `low` (its text lower-cased, or `fold`ed) and `plain`
    (`plain_case` of its text).

    A cheaper answer than running the list: every match of an alternative holds one string
    of each of its runs (`needles`), matched case-insensitively; in a `plain` sentence that
    is an occurrence of the string's lower-case form in `low`. A sentence where each
    alternative has a run none of whose strings is a substring has no match (nor has any
    window of it). A list with an alternative without runs is never ruled out."""
    if not plain or found is None:
        return False
    has = low.__contains__
    single, multi = found
    if any(map(has, single)):
        return False
    return not multi or not any(all(any(map(has, run)) for run in runs) for runs in multi)
