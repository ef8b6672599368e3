"""Recognise mentions of actors and places in an article, and carry person mentions over pronouns.

What counts as a mention (all vocabulary comes from the gazetteer's CSV files, none from here):

- a name or alias of an actor or place: "Pashinyan", "Nikol Pashinian", "Erdogan" (aliases are
  also indexed without diacritics), "the Lachin corridor";
- a title, with or without a name: "Armenian Prime Minister Nikol Pashinyan" is ONE mention
  resolved by the name; "the Armenian prime minister", "Azerbaijan's president", "EU Council
  President", "the head of the European Commission", "Prime Minister of Armenia" resolve through
  `offices.csv` on the article's date (via="title"); "Yerevan's foreign ministry", "the Armenian
  Government", "Russian peacekeepers" resolve to government bodies; "the Armenian side",
  "Azerbaijani officials" to the state itself. A title and an explicit name that disagree: the
  name wins. An office that cannot be resolved (vacant, unknown on that date, or no date given
  and several holders in 2019-2025) gives a mention with `actor_id=None`, so the demonym inside
  it is not mistaken for the state;
- a place name that stands for a government ("Baku", "the Kremlin", "Brussels" -> the EU) and a
  country name: both ids are filled; `reading` is "location" after a locative cue ("talks in
  Moscow", "the Russian capital Moscow", "a visit to Baku", "the Moscow summit") and "agent"
  otherwise ("Moscow accused", "Baku's proposal"). A place whose actor reading ends
  (`stands_for_until` in places.csv: Stepanakert/Khankendi after the de facto authorities were
  dissolved) is only a location after that day and in an undated article, and then qualifies no
  title ("Stepanakert's foreign ministry");
- a demonym ("Armenian", "Azeri") as via="demonym" with the state's id, unless it is part of a
  longer title or name. Plural "Armenians"/"Azerbaijanis" are people, not the state, and are not
  mentions at all.

Matching is token-based (one regex pass to tokenise, then token-trie look-ups), longest match
wins, mentions never overlap and are sorted by start. Names are case-sensitive where the alias
is capitalised ("US" but not "us"; an all-caps headline word "PASHINYAN" still matches); "Costa"
never fires inside "Costa Rica" because exclusions are matched too and dropped. Title words are
case-insensitive. A possessive "'s"/"’s" after a name is left out of the span ("Pashinyan’s" ->
the span "Pashinyan"); inside a title it is kept ("Azerbaijan's president"). A word such as
"former", "ex-" or "incoming" before a title (`title_modifiers.csv`) keeps the span but leaves
the actor unresolved unless a name follows.

Ambiguous surnames ("Aliyev", "Grigoryan") resolve, in order, by the office of an attached
title ("Deputy Prime Minister Grigoryan"), by the candidate mentioned most recently before in
the same article, by the validity windows in `alias_rules.csv` on the article's date (without a
date: the window must cover all of 2019-2025), by the only candidate named later in the article;
otherwise, or when an unknown capitalised word precedes the surname mid-sentence (another
person's first name: "Vagharshak Harutyunyan"), they are dropped.

Pronoun carry-over (`resolve_pronouns`) is deliberately simple; see its docstring.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate, compress, pairwise
from operator import attrgetter, not_

from karabakh_data.dates import month_names, weekday_names
from karabakh_data.gazetteer import (
    PERIOD,
    Gazetteer,
    Title,
    alias_key,
    fold,
    load_gazetteer,
    state_of_country,
)
from karabakh_data.patterns import trie_regex
from karabakh_data.vocab import read_table, read_words

__all__ = ["Mention", "find_mentions", "find_mentions_and_pronouns", "resolve_pronouns"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention: `text == source[start:end]`."""

    start: int
    end: int
    text: str
    actor_id: str | None  # actor reading (person/state/org/body), if any
    place_id: str | None  # place reading, if any ("Baku" has both)
    reading: str  # "agent" (acts/speaks; metonym for a government) or "location"
    via: str  # "name" | "alias" | "title" | "metonym" | "demonym" | "pronoun"


_new = object.__new__
_set_start, _set_end, _set_text, _set_actor, _set_place, _set_reading, _set_via = (
    Mention.__dict__[f].__set__
    for f in ("start", "end", "text", "actor_id", "place_id", "reading", "via"))


def _mention(start: int, end: int, text: str, actor_id: str | None, place_id: str | None,
             reading: str, via: str) -> Mention:
    """`Mention(start, end, text, actor_id, place_id, reading, via)`, built twice as fast.

    A frozen dataclass's `__init__` sets each field through `object.__setattr__`; this sets the
    same slots through their descriptors directly. The result is the same object (equality,
    hash and repr read the slots); `__init__` does nothing else, there is no `__post_init__`."""
    m = _new(Mention)
    _set_start(m, start)
    _set_end(m, end)
    _set_text(m, text)
    _set_actor(m, actor_id)
    _set_place(m, place_id)
    _set_reading(m, reading)
    _set_via(m, via)
    return m


# --- tokens --------------------------------------------------------------------------------------
_TOKEN = re.compile(r"\w+|[^\w\s]")
_TOKEN_WS = re.compile(r"(\s*)(\w+|[^\w\s])")
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212-")
_APOSTROPHES = frozenset("'\u2019\u02bc`\u2018")
#: Same-length punctuation normalisation applied to the whole text before tokenising, so
#: offsets stay valid and most English text becomes pure ASCII (no per-token folding needed).
_PUNCT = tuple([(c, "-") for c in sorted(_DASHES) if c != "-"]
               + [(c, "'") for c in sorted(_APOSTROPHES) if c != "'"]
               + [("\u201c", '"'), ("\u201d", '"'), ("\u00ab", '"'), ("\u00bb", '"'),
                  ("\u00a0", " ")])


def _ascii_punct(text: str) -> str:
    if text.isascii():
        return text
    for a, b in _PUNCT:
        if a in text:
            text = text.replace(a, b)
    return text


def _norm(tok: str) -> str:
    """A vocabulary token's matching form: ASCII dashes and apostrophes, no diacritics."""
    if len(tok) == 1:
        if tok in _DASHES:
            return "-"
        if tok in _APOSTROPHES:
            return "'"
    return tok if tok.isascii() else fold(tok)


#: `_TOKEN_WS` for pure ASCII text, as a split pattern: the same tokens, but ASCII classes are
#: faster than Unicode ones. The classes are the ASCII characters that the Unicode \\w and \\s
#: match (\\s includes \\x1c-\\x1f), read off the engine itself rather than written out.
_ASCII_W = "".join(c for c in map(chr, range(128)) if re.fullmatch(r"\w", c))
_ASCII_S = "".join(c for c in map(chr, range(128)) if re.fullmatch(r"\s", c))
_TOKEN_SPLIT_ASCII = re.compile(
    "([" + re.escape(_ASCII_W) + "]++|[^" + re.escape(_ASCII_W + _ASCII_S) + "])")
#: `_TOKEN_WS` as a split pattern for any text (Unicode classes): the same pieces, by the same
#: argument as for `_TOKEN_SPLIT_ASCII`, found about a fifth faster than by `findall`.
_TOKEN_SPLIT = re.compile(r"(\w++|[^\w\s])")


def _tokens(text: str) -> tuple[list[int], list[int], list[str], list[str], list[str] | None]:
    """Token starts, ends, case-preserving normalised forms, lower-case keys, and the tokens
    before diacritics were folded (None when the normalised text is pure ASCII: then they are
    the forms).

    One regex pass yields (whitespace, token) pairs; offsets are their running lengths, so no
    match objects are built (this is the hot path of the whole extractor). For ASCII text the
    pairs come from a split on the tokens: the pieces between tokens are exactly the runs of
    white space `_TOKEN_WS` puts before each token (every other character starts a token), plus
    the trailing white space, which is dropped. Other text is split the same way with the
    Unicode classes of `_TOKEN_WS` (`_TOKEN_SPLIT`)."""
    norm = _ascii_punct(text)
    if norm.isascii():
        flat = _TOKEN_SPLIT_ASCII.split(norm)
        del flat[-1]
        offsets = list(accumulate(map(len, flat)))
        forms = flat[1::2]
        return offsets[0::2], offsets[1::2], forms, list(map(str.lower, forms)), None
    flat = _TOKEN_SPLIT.split(norm)
    del flat[-1]
    offsets = list(accumulate(map(len, flat)))
    raw = flat[1::2]
    forms = [f if f.isascii() else fold(f) for f in raw]
    return offsets[0::2], offsets[1::2], forms, list(map(str.lower, forms)), raw


def _phrase(surface: str) -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    """Lookup keys of a vocabulary phrase and its case pattern: a capitalised token must match
    exactly, an all-lower-case token ("corridor", "von") matches in any case."""
    forms = [_norm(t) for t in _TOKEN.findall(surface)]
    keys = tuple(f.lower() for f in forms)
    case = tuple(f if f != f.lower() else None for f in forms)
    return keys, case


# --- lexicon -------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Surface:
    """Everything one spelling can mean."""

    surface: str
    actors: list[str] = field(default_factory=list)  # name/alias readings
    place: str | None = None
    qual: str | None = None  # organisation when it qualifies a title ("Armenian", "Yerevan's")
    # the place whose dated actor reading `qual` is ("Stepanakert's" after 2023 qualifies nothing)
    qual_place: str | None = None
    demonym: str | None = None
    exclude: bool = False
    # other places of the same spelling, each in another country ("Armavir" in Armenia and in
    # Russia): `place` is the first by id, the reading without a clue (`_homonym_place`)
    homonyms: tuple[str, ...] = ()
    # set once the lexicon is complete: one of `actors` is a person; `payload`; there are
    # actors and all are persons (a bare surname of ours, `_namesakes`)
    person: bool = False
    has_payload: bool = False
    persons_only: bool = False

    @property
    def payload(self) -> bool:
        return bool(self.actors or self.place or self.demonym or self.exclude)


#: A token trie: each node maps the next lower-case token to a child node; the key None holds
#: what a phrase ending at this node means (case patterns with their surfaces, or titles).
_Trie = dict


@dataclass(frozen=True, slots=True)
class _Lexicon:
    names: _Trie
    titles: _Trie
    windows: dict[tuple[str, str], tuple[dt.date | None, dt.date | None]]
    before: frozenset[str]
    nouns: frozenset[str]
    after: frozenset[str]
    place_modifiers: frozenset[str]  # "central", "northern": skipped in the look-back
    naming: frozenset[str]  # "known", "called": "known to Baku as X" names a place, no actor
    demonym_words: frozenset[str]
    modifiers: frozenset[str]
    first_keys: frozenset[str]
    compose_keys: frozenset[str]  # first words of titles and qualifiers, and "the"
    one_word: dict[str, tuple[_Surface, ...]]  # memo of `_one_word`, by token form
    one_plain: dict[str, tuple[_Surface | None, bool]]  # memo of `_one_plain`, by token form


def _case_key(case: tuple[str | None, ...]) -> tuple[str, ...]:
    return tuple(c or "" for c in case)


#: The case pattern of a phrase as the matcher uses it: (token offset, exact form, whether that
#: form is all upper case) for each capitalised token; lower-case tokens need no check.
_CaseChecks = tuple[tuple[int, str, bool], ...]


def _case_checks(case: tuple[str | None, ...]) -> _CaseChecks:
    return tuple((k, c, c.isupper()) for k, c in enumerate(case) if c is not None)


def _insert(trie: _Trie, keys: tuple[str, ...], value: object) -> None:
    node = trie
    for k in keys:
        node = node.setdefault(k, {})
    node.setdefault(None, []).append(value)


def _walk(trie: _Trie, keys: list[str], i: int) -> list[tuple[int, list]]:
    """Phrases of the trie that start at token i: (end token, values), longest first."""
    out: list[tuple[int, list]] = []
    node = trie.get(keys[i]) if i < len(keys) else None
    j = i + 1
    while node is not None:
        vals = node.get(None)
        if vals:
            out.append((j, vals))
        if j >= len(keys):
            break
        node = node.get(keys[j])
        j += 1
    out.reverse()
    return out


def _ends_from(node: _Trie, keys: list[str], j: int, n: int) -> list[tuple[int, list]]:
    """The trie walk of `_walk` from a node already reached by the token before j: (end
    token, values) for every phrase that ends at j or later, shortest first. `names_at` and
    `titles_at` share it; `_walk` stays the plain reference their tests compare with."""
    ends: list[tuple[int, list]] = []
    while True:
        vals = node.get(None)
        if vals:
            ends.append((j, vals))
        if j >= n:
            return ends
        nxt = node.get(keys[j])
        if nxt is None:
            return ends
        node = nxt
        j += 1


def _spellings(surface: str) -> list[str]:
    folded = fold(surface)
    return [surface] if folded == surface else [surface, folded]


def place_modifiers() -> frozenset[str]:
    """Words that modify a place name ("southern", "central"; locative_cues.csv, lower-case),
    which the look-back for a locative cue skips: for other stages to skip them the same way."""
    return _lexicon().place_modifiers


@cache
def _lexicon() -> _Lexicon:
    g = load_gazetteer()
    table: dict[tuple[tuple[str, ...], tuple[str | None, ...]], _Surface] = {}

    def entry(surface: str) -> list[_Surface]:
        out = []
        for s in _spellings(surface):
            key = _phrase(s)
            if key[0]:
                out.append(table.setdefault(key, _Surface(s)))
        return out

    for a in g.actors.values():
        for s in (a.name, *a.aliases):
            for e in entry(s):
                if a.actor_id not in e.actors:
                    e.actors.append(a.actor_id)
                if a.kind != "person" and e.qual is None:
                    e.qual = a.actor_id
    for p in g.places.values():
        for s in (p.name, *p.aliases):
            for e in entry(s):
                if e.place is not None and e.place != p.place_id \
                        and p.place_id not in e.homonyms:
                    e.homonyms += (p.place_id,)
                e.place = e.place or p.place_id
                if p.stands_for and e.qual is None:
                    e.qual = p.stands_for
                    if p.stands_for_until is not None:
                        e.qual_place = p.place_id
    for q in g.qualifiers:
        for e in entry(q.surface):
            e.qual = e.qual or q.actor_id
            if q.form == "demonym":
                e.demonym = q.actor_id
    for x in g.exclusions:
        for e in entry(x):
            e.exclude = True

    names: _Trie = {}
    for (keys, case), e in sorted(table.items(), key=lambda kv: (kv[0][0], _case_key(kv[0][1]))):
        e.actors.sort()
        e.person = any(g.actors[a].kind == "person" for a in e.actors)
        e.has_payload = e.payload
        e.persons_only = bool(e.actors) and all(g.actors[a].kind == "person" for a in e.actors)
        _insert(names, keys, (_case_checks(case), e))
    titles: _Trie = {}
    for t in g.titles:
        _insert(titles, _phrase(t.phrase)[0], t)

    windows = {(alias_key(r.alias), r.actor_id): (r.valid_from, r.valid_to)
               for r in g.alias_rules}
    cues = g.locative_cues
    demonym_words = frozenset(keys[0] for (keys, _), e in table.items()
                              if len(keys) == 1 and e.demonym)
    return _Lexicon(
        names=names, titles=titles, windows=windows,
        before=frozenset(c.cue for c in cues if c.position == "before"),
        nouns=frozenset(c.cue for c in cues if c.position == "noun"),
        after=frozenset(c.cue for c in cues if c.position == "after"),
        place_modifiers=frozenset(c.cue for c in cues if c.position == "modifier"),
        naming=frozenset(c.cue for c in cues if c.position == "naming"),
        demonym_words=demonym_words,
        modifiers=frozenset(g.title_modifiers),
        first_keys=frozenset(names) | frozenset(titles) | {"the"},
        compose_keys=frozenset(titles) | {"the"}
        | {keys[0] for (keys, _), e in table.items() if e.qual},
        one_word={}, one_plain={})


def _case_fits(checks: _CaseChecks, forms: list[str], i: int) -> bool:
    """Whether the tokens from i have the case a phrase asks for: exact case, except that an
    all-caps headline word matches a capitalised alias ("PASHINYAN"), never the other way
    round."""
    for k, c, c_upper in checks:
        f = forms[i + k]
        if f != c and not (len(f) > 1 and f.isupper() and not c_upper):
            return False
    return True


#: At most this many token forms are remembered by `_one_word` (a bound, never reached by
#: real text: the forms are spellings of vocabulary words).
_ONE_WORD_MAX = 50_000


def _one_word(lex: _Lexicon, node: _Trie, form: str) -> tuple[_Surface, ...]:
    """The one-word spellings at `node` (the trie node of `form`'s key) whose case `form` fits,
    in trie order; remembered per form, as it is a function of the form and the vocabulary."""
    out = tuple(e for checks, e in node.get(None, ()) if _case_fits(checks, [form], 0))
    if len(lex.one_word) >= _ONE_WORD_MAX:
        lex.one_word.clear()
    lex.one_word[form] = out
    return out


def _one_plain(lex: _Lexicon, node: _Trie, form: str) -> tuple[_Surface | None, bool]:
    """What `scan` needs of the one-word spellings at a token of this form: the first with a
    payload (the plain reading), and whether any qualifies a title (may start a composite).
    Remembered per form like `_one_word`, of which it is a function."""
    one = lex.one_word.get(form)
    if one is None:
        one = _one_word(lex, node, form)
    out = (next((e for e in one if e.has_payload), None), any(e.qual for e in one))
    if len(lex.one_plain) >= _ONE_WORD_MAX:
        lex.one_plain.clear()
    lex.one_plain[form] = out
    return out


# --- matching ------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Raw:
    """A matched span before resolution (token indices, end exclusive)."""

    i: int
    j: int
    surface: _Surface | None = None  # the name part, if any
    title: Title | None = None
    org: str | None = None  # organisation qualifying the title
    ni: int = 0  # token span of the name part
    nj: int = 0
    past: bool = False  # "former"/"ex-"/"incoming": the title names someone other than the holder


class _Matcher:
    def __init__(self, text: str, lex: _Lexicon, g: Gazetteer, on: dt.date | None = None
                 ) -> None:
        self.text = text
        self.on = on  # the article's date: dated place readings qualify titles only up to it
        self.lex = lex
        self.g = g
        self.starts, self.ends, self.forms, self.keys, self.raw = _tokens(text)
        self.n = len(self.keys)
        self._names: dict[int, list[tuple[int, _Surface]]] = {}
        self._titles: dict[int, list[tuple[int, Title]]] = {}

    def key(self, i: int) -> str:
        return self.keys[i] if i < self.n else ""

    def names_at(self, i: int) -> list[tuple[int, _Surface]]:
        """All vocabulary spellings that match at token i, longest first (memoised: the
        composite patterns ask about the same positions repeatedly)."""
        hit = self._names.get(i)
        if hit is not None:
            return hit
        keys, n = self.keys, self.n
        node = self.lex.names.get(keys[i]) if i < n else None
        if node is None:
            hit = self._names[i] = []
            return hit
        if i + 1 == n or keys[i + 1] not in node:
            # only one-word spellings can match: they depend on this token alone
            form = self.forms[i]
            one = self.lex.one_word.get(form)
            if one is None:
                one = _one_word(self.lex, node, form)
            hit = self._names[i] = [(i + 1, one[0])] if len(one) == 1 else \
                [(i + 1, e) for e in one]
            return hit
        hit = self._names[i] = []
        forms = self.forms
        for j, vals in reversed(_ends_from(node, keys, i + 1, n)):
            for checks, e in vals:
                if _case_fits(checks, forms, i):
                    hit.append((j, e))
        return hit

    def titles_at(self, i: int) -> list[tuple[int, Title]]:
        """All title phrases that start at token i, longest first (memoised)."""
        hit = self._titles.get(i)
        if hit is not None:
            return hit
        hit = self._titles[i] = []
        keys, n = self.keys, self.n
        node = self.lex.titles.get(keys[i]) if i < n else None
        if node is None:
            return hit
        for j, ts in reversed(_ends_from(node, keys, i + 1, n)):
            for t in ts:
                hit.append((j, t))
        return hit

    def possessive(self, j: int) -> bool:
        """Whether "'s" directly follows token j-1."""
        return (j + 1 < self.n and self.keys[j] == "'" and self.keys[j + 1] == "s"
                and self.starts[j] == self.ends[j - 1] and self.starts[j + 1] == self.ends[j])

    def qualifiers_at(self, i: int) -> list[tuple[int, str, bool]]:
        """Every way a title qualifier can start at token i, longest first: (end, organisation,
        whether it is a name rather than only an adjective such as "Armenian")."""
        out: list[tuple[int, str, bool]] = []
        for j, e in self.names_at(i):
            if e.exclude:
                return []
            if e.qual and (e.qual_place is None
                           or self.g.places[e.qual_place].stands_for_on(self.on) is not None):
                out.append((j, e.qual, bool(e.actors or e.place)))
        return out

    def modified(self, i: int) -> bool:
        """Whether token i-1 is "former", "ex-", "incoming", ... (from the data)."""
        before = self.keys[i - 1] if i >= 1 else ""
        if before == "-" and i >= 2:
            before = self.keys[i - 2]
        return before in self.lex.modifiers

    def person_at(self, i: int, comma_ok: bool = False) -> tuple[int, int, _Surface] | None:
        """A person's name at token i (or after a comma there, if `comma_ok`), on the line of
        the token before it: a headline's last words are no title of the name that opens the
        next paragraph ("an interview with the Security Council secretary | X has led ...";
        probe round 62)."""
        if comma_ok and self.key(i) == ",":
            i += 1
        if 0 < i < self.n and "\n" in self.text[self.ends[i - 1]:self.starts[i]]:
            return None
        for j, e in self.names_at(i):
            if e.exclude:
                return None
            if e.person:
                return i, j, e
        return None

    def composite(self, i: int) -> _Raw | None:
        """The longest title-based phrase starting at token i (see the module docstring)."""
        found: list[tuple[int, bool, _Raw]] = []
        g = self.g
        key, modifiers = self.key, self.lex.modifiers
        titles_at, person_at, qualifiers_at = self.titles_at, self.person_at, self.qualifiers_at
        possessive = self.possessive

        def add(end: int, title: Title | None, org: str | None,
                name: tuple[int, int, _Surface] | None, past: bool) -> None:
            if name is None:
                r = _Raw(i, end, None, title, org, 0, 0, past)
            else:
                r = _Raw(i, end, name[2], title, org, name[0], name[1], past)
            found.append((end, _org_has(g, org, title), r))

        for j0 in ((i, i + 1) if key(i) == "the" else (i,)):
            past0 = self.modified(j0)
            for k, org, _ in qualifiers_at(j0):
                poss = possessive(k)
                if poss:
                    k += 2
                past = past0
                if key(k) in modifiers:
                    past = True
                    k += 1
                if k < self.n and "\n" in self.text[self.starts[j0]:self.starts[k]]:
                    # a line's last word is no qualifier of the next line's title or name:
                    # "By our correspondent | WASHINGTON" over "Secretary of State X said"
                    continue
                # QUALIFIER ['s] TITLE [,] [NAME]: "Armenian Prime Minister (Nikol Pashinyan)"
                for e, t in titles_at(k):
                    if t.kind == "honorific" or t.form != "any" or key(e) == "of":
                        continue
                    name = person_at(e, comma_ok=True) if t.kind == "office" else None
                    add(name[1] if name else e, t, org, name, past)
                # DEMONYM | POSSESSIVE + NAME: "Russia's Lavrov" (no leading "the")
                if j0 == i and (poss or self.names_at(j0)[0][1].demonym):
                    name = person_at(k)
                    if name:
                        add(name[1], None, org, name, past)
            for e, t in titles_at(j0):
                if t.kind == "honorific":
                    name = person_at(e) if j0 == i else None
                    if name:  # "Mr. Putin"
                        add(name[1], t, None, name, False)
                    continue
                if key(e) == "of":
                    # TITLE of [the] QUALIFIER [,] [NAME]: "the head of the European Commission"
                    k0 = e + 1 + (key(e + 1) == "the")
                    tails = _split_of_titles(g).get(tuple(self.keys[j0:e]), ())
                    for q_end, q_org, is_name in qualifiers_at(k0):
                        if is_name and not possessive(q_end):
                            name = person_at(q_end, comma_ok=True) if t.kind == "office" else None
                            add(name[1] if name else q_end, t, q_org, name, past0)
                        elif not is_name:
                            # TITLE of [the] DEMONYM TAIL: "the head of the Azerbaijani state"
                            # is "the Azerbaijani head of state" (the office "TITLE of TAIL"),
                            # and "the head of Armenian diplomacy" its foreign minister; the
                            # tail in lower case ("the head of the Russian State Duma" is
                            # another body)
                            for tail, t2 in tails:
                                if tuple(self.keys[q_end:q_end + len(tail)]) == tail and all(
                                        f.islower() for f in self.forms[q_end:q_end + len(tail)]):
                                    add(q_end + len(tail), t2, q_org, None, past0)
                    continue
                if t.kind == "body" and t.default_org and t.form == "any":
                    # round 51: "the de facto authorities", a body that has one owner; not
                    # after a capitalised word the gazetteer does not know ("the Abkhaz de
                    # facto authorities" are another's)
                    # ("Sokhumi's de facto authorities" neither; "the region's" are)
                    k = j0 - 3 if j0 >= 3 and self.possessive(j0 - 2) else j0 - 1
                    before = self.forms[k] if k >= 0 else ""
                    if not before[:1].isupper() or before.lower() in ("the", "a", "an"):
                        add(e, t, t.default_org, None, past0)
                    continue
                if t.form != "any" or t.kind != "office":
                    continue
                name = person_at(e)
                if name:
                    # TITLE NAME [of QUALIFIER]: "President Ilham Aliyev (of Azerbaijan)"
                    end = name[1]
                    q3 = qualifiers_at(end + 1) if key(end) == "of" else []
                    if q3 and q3[0][2] and not possessive(q3[0][0]):
                        end = q3[0][0]
                    add(end, t, t.default_org, name, past0)
                elif t.default_org and t.kind == "office":  # "Secretary of State"
                    add(e, t, t.default_org, None, past0)
        if not found:
            return None
        # the longest; among equally long readings, one whose organisation has that office
        return max(found, key=lambda f: (f[0], f[1]))[2]

    def _qualifier_follows(self, names: list[tuple[int, _Surface]]) -> bool:
        """Whether one of `names` is a qualifier followed (after an optional "'s") by a title
        word, a name word or a modifier: the start of every qualifier pattern of `composite`."""
        lex, keys, n = self.lex, self.keys, self.n
        for j, e in names:
            if e.qual:
                k = j + 2 if j < n and keys[j] == "'" and self.possessive(j) else j
                key = keys[k] if k < n else ""
                if key in lex.titles or key in lex.names or key in lex.modifiers:
                    return True
        return False

    def _may_compose(self, i: int, names: list[tuple[int, _Surface]]) -> bool:
        """Cheap pre-check that a title pattern can start at i (`names` are those at i).

        Looser checks used to call `composite` for every title word ("border", "military"),
        which then found nothing most of the time. This one asks only what `composite` needs to
        add a reading at a start j0 (i, and i + 1 after "the"): a complete title phrase at j0,
        or a qualifier at j0 followed by a title, name or modifier word. As before, after "the"
        the start i itself is only looked at when a title word is at i or i + 1."""
        keys, n, titles = self.keys, self.n, self.lex.titles
        key = keys[i]
        if key == "the":
            after = self.names_at(i + 1)
            if key in titles or (i + 1 < n and keys[i + 1] in titles):
                return bool(self.titles_at(i) or self.titles_at(i + 1)) \
                    or self._qualifier_follows(names) or self._qualifier_follows(after)
            return self._qualifier_follows(after)
        if key in titles:
            return bool(self.titles_at(i)) or self._qualifier_follows(names)
        return self._qualifier_follows(names)

    def scan(self) -> list[_Raw]:
        """Left to right, longest match first, no overlaps.

        Only tokens that can start a phrase (`first_keys`) are visited: jumping from one such
        token to the next is what stepping over every other token one by one amounts to."""
        out: list[_Raw] = []
        lex = self.lex
        keys, n, first = self.keys, self.n, lex.first_keys
        compose, titles, name_trie, modifiers = \
            lex.compose_keys, lex.titles, lex.names, lex.modifiers
        after_the = name_trie.get("the", {})
        names_at, may_compose, possessive = self.names_at, self._may_compose, self.possessive
        forms, one_plain = self.forms, lex.one_plain
        i = 0
        for c in compress(range(n), map(first.__contains__, keys)):
            if c < i:
                continue  # inside the phrase found last
            i = c
            key = keys[i]
            if key == "the":
                if i + 1 == n or (keys[i + 1] not in first and keys[i + 1] not in after_the):
                    continue
            elif key not in titles:
                # The commonest case, a name that only one-word spellings can match here (the
                # test of `names_at`'s own shortcut): its readings depend on the token's form
                # alone, so the plain reading and whether a qualifier is among them are
                # remembered per form. What follows is the general path below for names ==
                # [(i + 1, e) for e in the one-word spellings]: a qualifier is followed by a
                # title, name or modifier word -> `composite`; else the plain reading.
                node = name_trie[key]  # a first key that is neither "the" nor a title word
                if i + 1 == n or keys[i + 1] not in node:
                    form = forms[i]
                    fast = one_plain.get(form)
                    if fast is None:
                        fast = _one_plain(lex, node, form)
                    e, qual = fast
                    j = i + 1
                    comp = None
                    if qual:
                        k = j + 2 if j < n and keys[j] == "'" and possessive(j) else j
                        after = keys[k] if k < n else ""
                        if after in titles or after in name_trie or after in modifiers:
                            comp = self.composite(i)
                    if comp is not None and (e is None or comp.j >= j):
                        out.append(comp)
                        i = comp.j
                    elif e is not None:
                        if not e.exclude:
                            out.append(_Raw(i, j, e, None, None, i, j))
                        i = j
                    continue
            names = names_at(i)
            # `_may_compose` is false unless a title, a qualifier or "the" starts here; for a
            # qualifier it is `_qualifier_follows(names)`, written out here (the hot path)
            comp = None
            if key in compose:
                if key == "the" or key in titles:
                    if may_compose(i, names):
                        comp = self.composite(i)
                else:
                    for j, e in names:
                        if e.qual:
                            k = j + 2 if j < n and keys[j] == "'" and possessive(j) else j
                            after = keys[k] if k < n else ""
                            if after in titles or after in name_trie or after in modifiers:
                                comp = self.composite(i)
                                break
            plain = None
            for j, e in names:
                if e.has_payload:
                    plain = (j, e)
                    break
            if comp is not None and (plain is None or comp.j >= plain[0]):
                out.append(comp)
                i = comp.j
            elif plain is not None:
                j, e = plain
                if not e.exclude:
                    out.append(_Raw(i, j, e, None, None, i, j))
                i = j
            # else: nothing starts here; the next candidate is after i anyway
        return out

    def unknown_first_name(self, r: _Raw) -> bool:
        """Whether a bare shared surname follows a capitalised word we do not know, mid-sentence
        ("Vagharshak Harutyunyan"): then it is somebody else, not one of our candidates."""
        i = r.ni
        if r.title is not None or r.org is not None or i == 0 or i != r.i:
            return False
        if self.patronymic_of(r):
            return False
        prev = self.forms[i - 1]
        if not prev[:1].isupper() or self.names_at(i - 1) or self.titles_at(i - 1) \
                or self.keys[i - 1] in _calendar_words() or self.keys[i - 1] in _title_words() \
                or self.keys[i - 1] in self.g.ranks:
            # "on Monday Aliyev said", "in March Aliyev said", "later, Minister Grigoryan
            # said", "then General Harutyunyan" (a word of a title, a rank of
            # person_words.csv): no first name
            return False
        if self.starts[i] - self.ends[i - 1] > 1:
            return False
        if i >= 2 and self.keys[i - 2] not in _SENTENCE_OPENING and \
                "\n" not in self.text[self.ends[i - 2]:self.starts[i - 1]]:
            return True
        # (not after an opening quotation mark: a slogan, "“Stop Aliyev”", or a quoted word)
        return (i == 1 or self.keys[i - 2] in _SENTENCE_END or "\n" in self.text[
            self.ends[i - 2]:self.starts[i - 1]]) and self._opening_first_name(i - 1)

    def patronymic_of(self, r: _Raw) -> list[str]:
        """(round 60) The persons of a bare surname whose own first name stands two words
        before it, one capitalised word between ("Nikol Vovayi Pashinyan", "Jeyhun Azizovich
        Bayramov"): that word is a patronymic or a middle name, not the first name of somebody
        else. Empty when there is no such word or no such person."""
        i, s = r.ni, r.surface
        if s is None or i < 2 or i != r.i:
            return []
        forms, starts, ends = self.forms, self.starts, self.ends
        mid, first = forms[i - 1], forms[i - 2]
        if not (mid[:1].isupper() and mid[1:].islower() and mid.isalpha()
                and first[:1].isupper() and first.isalpha()) \
                or starts[i] - ends[i - 1] != 1 or starts[i - 1] - ends[i - 2] != 1:
            return []
        key, actors = self.keys[i - 2], self.g.actors
        return [a for a in s.actors if actors[a].kind == "person"
                and fold(actors[a].name.split()[0]).lower() == key]

    def _opening_first_name(self, t: int) -> bool:
        """Whether the capitalised word t opening a sentence (or a line) right before a bare
        surname is a first name we do not know ("Elvin Aliyev said ..."): a title-case word of
        three letters or more, one space before the surname, that is no `opener` of
        person_words.csv ("But", "Both", "Yesterday"), that the article never writes in lower
        case (then it is a word of the language, not a name) and that stands in a line of
        running text, not a title-case headline ("Defiant Aliyev Rejects Talks")."""
        f, text = self.forms[t], self.text
        if len(f) < 3 or not f.isalpha() or not f[1:].islower() or \
                text[self.ends[t]] != " " or f.lower() in self.g.openers:
            return False  # (a title word, "Minister Bayramov", is ruled out before this)
        if re.search(r"(?<![\w-])" + re.escape(f.lower()) + r"(?![\w-])", text):
            return False
        a = text.rfind("\n", 0, self.starts[t]) + 1
        b = text.find("\n", self.ends[t])
        line = text[a:b if b >= 0 else len(text)].rstrip()
        return line.endswith((".", "!", "?", "”", '"')) or \
            any(w[:1].islower() and len(w) >= 4 for w in line.split())

    def unknown_full_name(self, i: int) -> bool:
        """Whether tokens i and i + 1 are a first name and a surname of nobody we know: two
        capitalised (not all-caps) words, one space apart and after one space, that no name,
        title, rank or calendar word of the vocabulary matches ("... commander Andrei
        Volkov"). A title-case headline line (no lower-case word of four letters or more and
        no final full stop) is no evidence of a name ("Armenian Premier Says Talks Stalled")."""
        if i < 1 or i + 1 >= self.n:
            return False
        forms, starts, ends = self.forms, self.starts, self.ends
        for t in (i, i + 1):
            f = forms[t]
            if len(f) < 2 or not f[0].isupper() or f.isupper() or not f.isalpha() \
                    or starts[t] - ends[t - 1] != 1 or self.names_at(t) or self.titles_at(t):
                return False
        if self.keys[i] in _calendar_words() or self.keys[i] in self.g.ranks:
            return False
        text = self.text
        if text[ends[i - 1]] != " " or text[ends[i]] != " ":
            return False
        a = text.rfind("\n", 0, starts[i]) + 1
        b = text.find("\n", ends[i + 1])
        line = text[a:b if b >= 0 else len(text)].rstrip()
        return line.endswith(".") or any(w[:1].islower() and len(w) >= 4 for w in line.split())

    def span_text(self, i: int, j: int) -> str:
        return self.text[self.starts[i]:self.ends[j - 1]]

    def first_initial(self, i: int) -> str | None:
        """The first of the initials right before token i ("Sh." in "Sh. Mustafayev", "N." in
        "N. V. Putin"), lower-cased without its dot; None when there are none."""
        got, t = None, i
        forms, starts, ends = self.forms, self.starts, self.ends
        while t >= 2 and forms[t - 1] == "." and starts[t - 1] == ends[t - 2] and \
                len(forms[t - 2]) <= 2 and forms[t - 2][:1].isupper() and \
                forms[t - 2].isalpha() and not forms[t - 2][1:].isupper() and \
                starts[t] - ends[t - 1] <= 1:
            got, t = forms[t - 2].lower(), t - 2
        return got


@cache
def _title_words() -> frozenset[str]:
    """Every word of a title phrase of titles.csv, of a title modifier ("former") and the
    office nouns ("Minister", "Spokesman", "Counterpart"): capitalised words that open a
    sentence before a surname without being anyone's first name."""
    g = load_gazetteer()
    return frozenset(k for t in g.titles for k in _phrase(t.phrase)[0]) | \
        frozenset(g.title_modifiers) | _apposition_titles()


#: Tokens after which the next word opens a sentence (or a quotation).
_SENTENCE_OPENING = frozenset({".", "!", "?", '"', "“", ":"})
#: Tokens that end a sentence (or open a line's words after a label).
_SENTENCE_END = frozenset({".", "!", "?", ":"})


@cache
def _calendar_words() -> frozenset[str]:
    """Weekday and full month names of the dates vocabulary (lower case): capitalised words
    that stand before a surname without being anyone's first name."""
    return weekday_names() | month_names()


# --- resolution ----------------------------------------------------------------------------------
def _in_window(w: tuple[dt.date | None, dt.date | None], on: dt.date | None) -> bool:
    lo, hi = w
    if on is None:
        return (lo is None or lo <= PERIOD[0]) and (hi is None or PERIOD[1] <= hi)
    return (lo is None or lo <= on) and (hi is None or on <= hi)


def _title_actor(g: Gazetteer, t: Title, org: str | None, on: dt.date | None) -> str | None:
    """The actor a bare title stands for on `on`."""
    if org is None:
        return None
    if t.kind == "side":
        return org
    if t.kind == "body":
        return g.body(org, t.key or "") or org
    holder = g.office_holder(org, t.key or "", on)
    if holder is not None or t.fallback is None:
        return holder
    if t.fallback == "org":
        return org
    return g.body(org, t.fallback) or org


@lru_cache(maxsize=8192)
def _via_for_name(g: Gazetteer, actor_id: str | None, place_id: str | None, text: str) -> str:
    if actor_id is not None:
        a = g.actors[actor_id]
        if place_id is not None and g.places[place_id].kind not in ("country",) \
                and g.places[place_id].stands_for == actor_id and a.kind != "person":
            return "metonym"
        return "name" if alias_key(text) == alias_key(a.name) else "alias"
    if place_id is not None:
        return "name" if alias_key(text) == alias_key(g.places[place_id].name) else "alias"
    return "alias"


def find_mentions(text: str, on: dt.date | None = None) -> list[Mention]:
    """Actor and place mentions in `text`, non-overlapping, sorted by start.

    `on` is the article's date: it picks office holders for bare titles and the right actor
    for date-dependent aliases. Without it, only holders of an office for all of 2019-2025
    are used.
    """
    return _find_mentions(_Matcher(text, _lexicon(), load_gazetteer(), on))


def find_mentions_and_pronouns(text: str, sentences: list[tuple[int, int]],
                               on: dt.date | None = None) -> tuple[list[Mention], list[Mention]]:
    """`find_mentions(text, on)` and `resolve_pronouns(text, sentences, those mentions)` in one
    go: the pronouns are read off the mention matcher's tokens instead of a second scan of the
    text (see `_pronoun_spans` for when that is allowed)."""
    m = _Matcher(text, _lexicon(), load_gazetteer(), on)
    mentions = _find_mentions(m)
    return mentions, _anaphor_mentions(text, sentences, mentions, _pronoun_spans(m))


def _anaphor_mentions(text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                      pronouns: list[tuple[int, int]]) -> list[Mention]:
    """The mentions "the former"/"the latter" and the pronouns at `pronouns` stand for, sorted
    by start: the ordinal anaphors are read first, so that a pronoun after one of them can
    carry its person along."""
    ordinal = _ordinal_anaphors(text, sentences, mentions)
    if "its " in text or "Its " in text:
        # round 52: "Its Defence Ministry said ...": a body of the state told just before
        ordinal = sorted(ordinal + _its_bodies(text, sentences, mentions), key=_START_END)
    if not pronouns:  # nothing to resolve (the mentions' actor ids are known ones)
        return ordinal
    found = _resolve_pronouns(text, sentences, mentions + ordinal, pronouns)
    return sorted(found + ordinal, key=_START_END) if ordinal else found


@cache
def _its_body_re() -> tuple[re.Pattern[str], dict[str, str]]:
    """"its" and a government body's title of titles.csv ("its defence ministry", "Its
    Foreign Ministry", "its army"), and each title's body key."""
    g = load_gazetteer()
    keys = {t.phrase: t.key for t in g.titles if t.kind == "body" and t.key}
    alt = "|".join(re.escape(p).replace(r"\ ", r"\s+")
                   for p in sorted(keys, key=lambda w: (-len(w), w)))
    # "(?<![\w'’-])[Ii]ts" written with the look-behind after the "I"/"i" it has just read
    # (its two characters: a character of the class, then that letter): the same condition on
    # the character before the "I", but the pattern now opens with a character class, so the
    # engine skips to the next "I" or "i" instead of trying the look-behind at every position
    return re.compile(r"[Ii](?<![\w'’-][Ii])ts\s+((?i:" + alt + r"))(?![\w-])"), keys


#: How many words may open a sentence before its subject ("On Monday, Azerbaijan ...")
_SUBJECT_WITHIN = 6


def _its_bodies(text: str, sentences: list[tuple[int, int]], mentions: list[Mention]
                ) -> list[Mention]:
    """"Azerbaijan said on Monday that its army ...", "Armenia closed the road. Its Defence
    Ministry said ...": "its" and a body title name that body of the one state named before
    it in its sentence, or else of the previous sentence's one state (or its subject: the
    first state, within its first words, when it names several). A mention already over the
    words, or no such state, leaves them alone."""
    rx, keys = _its_body_re()
    hits = list(rx.finditer(text))
    if not hits:  # the usual case: nothing below is needed
        return []
    g = load_gazetteer()
    actors = g.actors
    starts = [s for s, _ in sentences]
    agents = [m for m in mentions if m.reading == "agent" and m.actor_id is not None]
    states = [m for m in agents if actors[m.actor_id].kind == "state"]  # type: ignore[index]
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for hit in hits:
        a, b = hit.start(), hit.end()
        if any(lo < b and a < hi for lo, hi in taken):
            continue
        si = bisect.bisect_right(starts, a) - 1
        if si < 0:
            continue
        here = {m.actor_id for m in states if sentences[si][0] <= m.start < a}
        if not here:
            # round 53: "Azerbaijan's Defence Ministry said one of its soldiers ...": a
            # government body's state, when the bodies before "its" are all of one state
            named = [actors[m.actor_id] for m in agents  # type: ignore[index]
                     if sentences[si][0] <= m.start < a]
            countries = {x.country for x in named}
            if named and len(countries) == 1 and all(x.kind == "government_body"
                                                     for x in named):
                here = {state_of_country(x.country) for x in named} - {None}
        owner = None
        if len(here) == 1:
            owner = next(iter(here))
        elif not here and si > 0 and not any(sentences[si][0] <= m.start < a for m in agents):
            # (a body or person named before it in its own sentence may own it: "X's Defence
            # Ministry said one of its soldiers ..." is no state's of the sentence before)
            lo, hi = sentences[si - 1]
            before = [m for m in states if lo <= m.start < hi]
            ids = {m.actor_id for m in before}
            if len(ids) == 1:
                owner = next(iter(ids))
            elif before and len(text[lo:before[0].start].split()) < _SUBJECT_WITHIN and \
                    text[before[0].end:before[1].start].strip() not in ("and", ",", "or"):
                owner = before[0].actor_id  # (not "Armenia and Azerbaijan traded blame")
        if owner is None:
            continue
        body = g.body(owner, keys.get(" ".join(hit.group(1).lower().split()), ""))
        out.append(_mention(a, b, text[a:b], body or owner, None, "agent", "title"))
    return out


@cache
def _ordinal_vocab() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of a standing-alone "the former"/"the latter" and which of two persons each
    word stands for (`ordinal_anaphors.csv`)."""
    rows = read_table("ordinal_anaphors.csv")
    which = {r["pattern"].strip().lower(): r["value"].strip()
             for r in rows if r["kind"].strip() == "anaphor"}
    follows = "|".join(r["pattern"].strip() for r in rows if r["kind"].strip() == "follows")
    rx = re.compile(r"(?<![\w-])[Tt]he\s+(" + "|".join(map(re.escape, sorted(which)))
                    + r")(?=\s*[,;:.)]|['’]s\b|\s+(?:" + follows + r")(?![\w-]))")
    return rx, which


#: How many sentences back a standing-alone "the former"/"the latter" looks for its two persons.
_ORDINAL_LOOKBACK = 2


def _ordinal_anaphors(text: str, sentences: list[tuple[int, int]], mentions: list[Mention]
                      ) -> list[Mention]:
    """Mentions for "the former"/"the latter" standing alone (via="pronoun"): the first or last
    of exactly two persons named in the nearest stretch that names any person, looking back
    from the anaphor within its sentence and then up to two sentences ("..., chaired by A and
    B. The latter told reporters ..." is B). One person, or three or more, is no pair, and the
    anaphor stays unresolved."""
    if "former" not in text and "latter" not in text:
        return []
    rx, which = _ordinal_vocab()
    found = list(rx.finditer(text))
    if not found:
        return []
    g = load_gazetteer()
    persons = [mm for mm in mentions if mm.actor_id is not None
               and g.actors[mm.actor_id].kind == "person"]
    starts = [s for s, _ in sentences]
    out: list[Mention] = []
    for am in found:
        si = bisect.bisect_right(starts, am.start()) - 1
        if si < 0:
            continue
        for back in range(_ORDINAL_LOOKBACK + 1):
            if si - back < 0:
                break
            lo = sentences[si - back][0]
            hi = am.start() if back == 0 else sentences[si - back][1]
            ids: list[str] = []
            for mm in persons:
                if lo <= mm.start and mm.end <= hi and mm.actor_id not in ids:
                    ids.append(mm.actor_id or "")
            if not ids:
                continue
            if len(ids) == 2:
                aid = ids[0] if which[am.group(1).lower()] == "first" else ids[1]
                out.append(_mention(am.start(), am.end(), am.group(0), aid, None, "agent",
                                    "pronoun"))
            break
    return out


def _find_mentions(m: _Matcher) -> list[Mention]:
    text, g, lex, on = m.text, m.g, m.lex, m.on
    raws = m.scan()
    # a bare name (no title, no organisation: most raws) resolves to its one actor, or to
    # nothing (a place, a demonym, a shared surname): `_first_pass`'s answer for such a raw,
    # which has no title holder and keeps all its candidates
    resolved = [(s.actors[0] if len(s.actors) == 1 else None)
                if (s := r.surface) is not None and r.title is None and r.org is None
                else _first_pass(g, r, on) for r in raws]
    for k, r in enumerate(raws):
        a = resolved[k]
        if a is not None and r.surface is not None and len(r.surface.actors) == 1 \
                and m.unknown_first_name(r) and _bare_surname(g, a, m.span_text(r.i, r.j)) \
                and not m.forms[r.i - 1].isupper() \
                and not m.keys[r.i - 1].startswith(_rank_stems()):
            # "Sabina Aliyeva" is not Mehriban Aliyeva: a surname alias after a first name
            # we do not know names somebody else, as for a surname several persons share
            # (an all-caps word before it is a headline's, "MIRZOYAN AND BAYRAMOV"; a rank
            # of person_words.csv or abbreviations.txt is no first name, "Archbishop X")
            resolved[k] = None
    namesakes = _namesakes(m, g, raws)
    for k in namesakes:
        resolved[k] = None
    # the last raw index at which each actor is named unambiguously (for "named later")
    last_named = {a: k for k, a in enumerate(resolved) if a is not None}
    seen: dict[str, int] = {}  # actor -> index of its latest mention so far
    out: list[Mention] = []
    last_location = -1  # token end of the latest place mention read as a location
    last_place: str | None = None  # and its place id
    prev_end, prev_person = -1, None  # the last raw's token end; its actor if a named person
    starts, ends, places, nouns = m.starts, m.ends, g.places, lex.nouns
    qualified = _demonym_qualifies(m, raws, resolved)
    for k, r in enumerate(raws):
        actor_id = resolved[k]
        if k in qualified:  # "Azerbaijani presidential aide Hikmet Hajiyev": see the helper
            prev_end, prev_person = r.j, None
            continue
        surface = r.surface
        if surface is None and actor_id is not None and r.title is not None \
                and r.title.kind == "office" and g.actors[actor_id].kind == "person" \
                and m.unknown_full_name(r.j):
            # "Armenian Defence Minister FIRST LAST" with a name we do not know: the title
            # describes that person, not the holder of the day (a retrospective article, an
            # acting minister, a gazetteer gap)
            actor_id = None
        if surface is not None and actor_id is None and len(surface.actors) > 1 \
                and not m.unknown_first_name(r) and k not in namesakes:
            actor_id = _by_context(g, lex, r, k, seen, last_named, on)
        if surface is not None and len(surface.actors) > 1 and r.ni == r.i \
                and (initial := m.first_initial(r.i)) is not None:
            # "M. Grigoryan", "A. Grigoryan": the first name's initial picks the one person
            # of a shared surname whose first name it opens (none or several: as before)
            fits = [a for a in surface.actors if g.actors[a].kind == "person"
                    and fold(g.actors[a].name).lower().startswith(initial)]
            if len(fits) == 1:
                actor_id = fits[0]
        elif surface is not None and len(surface.actors) > 1 \
                and len(fits := m.patronymic_of(r)) == 1:
            actor_id = fits[0]  # "Mher Sergeyi Grigoryan": the first name picks the person
        # an office title right after "NAME," (an apposition, or the next item of a list)
        apposed = surface is None and r.title is not None and r.title.kind == "office" \
            and r.i > 0 and prev_person is not None and prev_end == r.i - 1 \
            and m.key(r.i - 1) == ","
        if apposed and actor_id != prev_person \
                and _ever_held(g, r.org, r.title.key or "", prev_person):
            actor_id = prev_person  # "Toivo Klaar, the EU special representative": apposition
        elif apposed and actor_id is not None and g.actors[actor_id].kind != "person" \
                and m.key(r.j) not in _LIST_JOINERS:
            # "Witkoff, the US special envoy, said": an office title in apposition to a named
            # person that resolves to no holder (only by its fallback to the state) describes
            # that person; read as the state, a speaker rule would credit the state
            actor_id = prev_person
        head = -1 if prev_person is None or surface is not None or r.i != prev_end + 3 \
            else _office_of_body(m, g, r, prev_person, prev_end)
        if head >= 0 and prev_person is not None:
            # "Armen Grigoryan, secretary of Armenia's Security Council,": the office of the
            # body the person held is the mention (the person), not the body as a speaker
            s, e = starts[head], ends[r.j - 1]
            seen[prev_person] = k
            out.append(_mention(s, e, text[s:e], prev_person, None, "agent", "title"))
            prev_end, prev_person = r.j, None
            continue
        if prev_person is not None and surface is not None and 0 < r.i - prev_end < 3 \
                and _of_follows(m, prev_end, r.i) and not m.possessive(r.j) \
                and actor_id is not None and g.actors[actor_id].kind in _OF_KINDS:
            # "Andrew Schofer of the United States": the state qualifies the person (which
            # co-chair); one mention of the person, not a state that acts or speaks
            s = out[-1].start
            e = ends[r.j - 1]
            p = out[-1]
            out[-1] = _mention(s, e, text[s:e], p.actor_id, p.place_id, p.reading, p.via)
            prev_end = r.j
            continue
        if actor_id is not None:
            seen[actor_id] = k
        prev_end = r.j
        prev_person = actor_id if actor_id is not None and surface is not None and \
            g.actors[actor_id].kind == "person" else None
        place_id = None
        reading = "agent"
        if surface is None:
            via = "title"
        elif r.title is not None or r.org is not None:
            via = _via_for_name(g, actor_id, None, text[starts[r.ni]:ends[r.nj - 1]])
        elif not surface.actors and surface.place is None:
            if (m.key(r.i - 1) in _LANGUAGE_CUES or m.key(r.i - 1) in _LIST_JOINERS) \
                    and _language(m, lex, r):
                continue  # "Karvachar in Armenian": the language, not the state
            if r.j < m.n and m.forms[r.j][:1].islower() and _serves_unknown_person(m, r.j):
                continue  # "Russian peacekeeping commander FIRST LAST": that person's
            via, actor_id = "demonym", surface.demonym
            if m.key(r.j) in nouns:  # "the Azerbaijani capital", "Armenian territory"
                reading = "location"
        else:
            place_id = surface.place if not surface.homonyms else _homonym_place(m, g, raws, k)
            if actor_id is None and place_id is not None and not _another_name(m, lex, r):
                actor_id = places[place_id].stands_for_on(on)
            via = _via_for_name(g, actor_id, place_id, text[starts[r.i]:ends[r.j - 1]])
            if place_id is not None and (actor_id is None or (
                    (not m.possessive(r.j) or _owns_place(m, lex, r))
                    and _locative(m, lex, g, r, last_location, last_place))):
                reading = "location"
                last_location, last_place = r.j, place_id
        if actor_id is None and place_id is None and surface is not None:
            continue  # a shared surname that nothing resolves
        s, e = starts[r.i], ends[r.j - 1]
        if k - 1 in qualified:
            s = starts[raws[k - 1].i]
        out.append(_mention(s, e, text[s:e], actor_id, place_id, reading, via))
    return out


#: How many tokens may separate a shared place name from a capital or country that tells which
#: of its places it is ("Armavir, Russia", "Russia's Armavir"); farther away such a name is
#: more often a government than the town's country ("Yerevan said shelling hit Martuni").
_HOMONYM_ADJACENT = 3


def _homonym_place(m: _Matcher, g: Gazetteer, raws: list[_Raw], k: int) -> str | None:
    """Which of the places sharing the spelling of raws[k] is meant ("Martuni" in Karabakh or
    in Gegharkunik, the two Armavirs): the one in the country of the nearest other place named
    in the same sentence, counting a place that stands for a government (a capital, a country)
    only right next to the name ("Armavir, Russia"). No clue: the first by id."""
    r = raws[k]
    s = r.surface
    assert s is not None and s.place is not None
    by_country = {g.places[c].country: c for c in (s.place, *s.homonyms)}
    keys, starts, ends, text = m.keys, m.starts, m.ends, m.text
    lo, hi = r.i, r.j
    while lo > 0 and keys[lo - 1] not in _SENTENCE_END \
            and "\n" not in text[ends[lo - 1]:starts[lo]]:
        lo -= 1
    while hi < m.n and keys[hi] not in _SENTENCE_END \
            and "\n" not in text[ends[hi - 1]:starts[hi]]:
        hi += 1
    best, best_gap = s.place, None
    for k2, r2 in enumerate(raws):
        s2 = r2.surface
        if k2 == k or r2.i < lo or r2.j > hi or s2 is None or s2.place is None \
                or s2.homonyms or r2.title is not None or r2.org is not None:
            continue
        p2 = g.places[s2.place]
        gap = r2.i - r.j if r2.i >= r.j else r.i - r2.j
        if p2.country not in by_country or (p2.stands_for is not None
                                            and gap > _HOMONYM_ADJACENT):
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = by_country[p2.country], gap
    return best


def _namesakes(m: _Matcher, g: Gazetteer, raws: list[_Raw]) -> set[int]:
    """Raws that are a bare surname of our persons ("Aliyev") after the article last gave that
    surname with a first name we do not know ("midfielder Elvin Aliyev ... Aliyev said"): the
    bare surname goes on naming that namesake, not a leader, until a full name or a title of
    one of our persons ("Ilham Aliyev", "President Aliyev") takes the surname back."""
    last: dict[str, bool] = {}  # surname -> whether its latest full use named a stranger
    out: set[int] = set()
    for k, r in enumerate(raws):
        s = r.surface
        if s is None or r.org is not None or not s.persons_only:
            continue
        surname = m.keys[r.j - 1]
        if r.title is not None or r.j - r.i > 1:
            last[surname] = False
        elif m.unknown_first_name(r) and not m.forms[r.i - 1].isupper() \
                and not m.keys[r.i - 1].startswith(_rank_stems()) \
                and all(_bare_surname(g, a, m.span_text(r.i, r.j)) for a in s.actors) \
                and not any(_one_edit(m.keys[r.i - 1], fold(g.actors[a].name.split()[0]).lower())
                            for a in s.actors):
            # (as for "Sabina Aliyeva" above: no headline capitals, no rank before it; a first
            # name one letter off one of ours is that person's other spelling, "Mger" for Mher)
            last[surname] = True
        elif last.get(surname):
            out.add(k)
    return out


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by at most one letter replaced, added or dropped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


def _serves_unknown_person(m: _Matcher, j: int) -> bool:
    """Whether one to `_DEMONYM_GAP` lower-case words from token j, the last an office noun
    (`_apposition_titles`), and then a full name of nobody we know follow a demonym: the
    demonym only says whom that person serves ("Russian peacekeeping commander Andrei
    Volkov"), as `_demonym_qualifies` says for a known person."""
    offices = _apposition_titles()
    for t in range(j, min(j + _DEMONYM_GAP, m.n)):
        f = m.forms[t]
        if not (f.isalpha() and f.islower()):
            return False
        if f in offices and m.unknown_full_name(t + 1):
            return True
    return False


#: A demonym right after one of these words and before punctuation names a language.
_LANGUAGE_CUES = frozenset({"in"})


def _language(m: _Matcher, lex: _Lexicon, r: _Raw) -> bool:
    """Whether the one-word demonym at r names a language: "in" before it and punctuation
    or the end after it ("Karvachar in Armenian,", "said in Russian."), also as a pair joined
    by "and"/"or" ("in Armenian and Azerbaijani."). A noun after it ("in Armenian territory",
    "in Azerbaijani hands") keeps the state."""
    def closes(t: int) -> bool:
        k = m.key(t)
        return not k or not k[0].isalnum()

    i, j, key, joiners, demonyms = r.i, r.j, m.key, _LIST_JOINERS, lex.demonym_words
    if key(i - 1) in _LANGUAGE_CUES:
        return closes(j) or (key(j) in joiners and key(j + 1) in demonyms and closes(j + 2))
    return key(i - 1) in joiners and key(i - 2) in demonyms and i >= 3 \
        and key(i - 3) in _LANGUAGE_CUES and closes(j)


def _bare_surname(g: Gazetteer, actor_id: str, surface: str) -> bool:
    """Whether `surface` is only the last word of the person's name ("Aliyeva" for Mehriban
    Aliyeva), or of a full-name alias in another spelling, the one form that another person's
    full name can end with."""
    a = g.actors[actor_id]
    if a.kind != "person" or " " in surface.strip():
        return False
    key = fold(surface).lower()
    # the surname of the name or of a full-name alias in another spelling ("Mamedyarov" of
    # "Elmar Mamedyarov"): "Shakhriyar Mamedyarov" is as much somebody else as "... Mammadyarov"
    return fold(a.name.split()[-1]).lower() == key or \
        any(fold(n.split()[-1]).lower() == key for n in a.aliases if " " in n.strip())


@cache
def _rank_stems() -> tuple[str, ...]:
    """Stems of rank and office words written before a surname ("General Muradov", "Senator
    X"): the abbreviations.txt entries of three or more letters ("gen.", "col.", "sen."), less
    those of months. Such a capitalised word is no first name, so the surname keeps its
    person."""
    months = _calendar_words()
    stems = (w.rstrip(".").lower() for w in read_words("abbreviations.txt"))
    return tuple(sorted(w for w in stems if len(w) >= 3 and w.isalpha()
                        and not any(c.startswith(w) for c in months)))


#: At most this many lower-case words between a demonym and the person it qualifies.
_DEMONYM_GAP = 3


@cache
def _apposition_titles() -> frozenset[str]:
    """One-word office nouns not in titles.csv ("aide", "adviser"): the statement cues'
    `apposition_title` words, the vocabulary that already says such a noun names a person's
    post, and the `office` words of person_words.csv ("commander", "counterpart")."""
    return frozenset(w.strip().lower() for row in read_table("statement_cues.csv")
                     if row.get("kind", "").strip() == "apposition_title"
                     for w in (row.get("pattern") or "").split("|") if " " not in w.strip()) \
        | load_gazetteer().office_nouns


@cache
def _finite_speech_words() -> frozenset[str]:
    """One-word finite speech verbs of speech_verbs.csv ("says", "told"), without the forms
    marked as also a noun or another verb: after a demonym or a seat of government such a
    word makes it a subject ("the White House says US President X said"), not a qualifier."""
    return frozenset(f.strip().lower() for row in read_table("speech_verbs.csv")
                     for f in (row.get("finite") or "").split("|")
                     if f.strip() and " " not in f.strip() and f.strip()[-1] not in "*~")


def _demonym_qualifies(m: _Matcher, raws: list[_Raw], resolved: list[str | None]) -> set[int]:
    """Indices of demonym raws that only say which state a person right after serves:
    "Azerbaijani presidential aide Hikmet Hajiyev", "Armenian opposition leader Robert
    Kocharyan". Read alone, the demonym is a mention of the state, which a speaker or actor
    rule then credits with what the person said or did. It qualifies the person when one to
    `_DEMONYM_GAP` lower-case words, the last an office noun (a titles.csv title the matcher
    joined to the name, an apposition title such as "aide", or an `office` word of
    person_words.csv such as "counterpart"), and at most a comma after it, separate it from a
    person of that state. Other words in between ("Armenian officials told Pashinyan",
    "Azerbaijani media quoted Hajiyev") leave the demonym alone, as does a person of another
    state."""
    out: set[int] = set()
    g, text, starts, ends = m.g, m.text, m.starts, m.ends
    actors = g.actors
    for k in range(len(raws) - 1):
        r, nxt = raws[k], raws[k + 1]
        s = r.surface
        if s is None or s.actors or r.title is not None or r.org is not None:
            continue
        # a demonym, or a seat of government that stands for its state ("Kremlin aide X")
        state = s.demonym if s.place is None else \
            g.places[s.place].stands_for if g.places[s.place].kind == "venue" else None
        if not state:
            continue
        who = resolved[k + 1]
        if who is None or nxt.surface is None or actors[who].kind != "person" \
                or actors[who].country is None \
                or actors[who].country != actors[state].country:
            continue
        gap = [text[starts[t]:ends[t]] for t in range(r.j, nxt.i)]
        if len(gap) > 1 and gap[-1] == ",":  # "his Azerbaijani counterpart, NAME,"
            del gap[-1]
        if not gap or len(gap) > _DEMONYM_GAP or not all(w.isalpha() and w.islower()
                                                         for w in gap):
            continue
        if any(w in _finite_speech_words() for w in gap):
            continue  # "the Kremlin says Russian President X": a subject and its verb
        joined = nxt.title is not None and nxt.i < nxt.ni  # "leader Robert Kocharyan"
        if joined or gap[-1] in _apposition_titles():
            out.add(k)
    return out


#: Tokens after a title that make its comma a list separator rather than an apposition's.
_LIST_JOINERS = frozenset({"and", "or", "&"})
#: Actor kinds that "NAME of X" attaches to the named person as a qualifier.
_OF_KINDS = frozenset({"state", "organisation"})


@cache
def _split_of_titles(
        g: Gazetteer) -> dict[tuple[str, ...], tuple[tuple[tuple[str, ...], Title], ...]]:
    """("head",) -> ((("state",), the office "head of state"), ...): the office phrases "HEAD of
    TAIL" of titles.csv (no "the" in TAIL), which translated copy splits around the state's
    adjective ("the head of the Armenian government", "the head of the Azerbaijani state")."""
    out: dict[tuple[str, ...], list[tuple[tuple[str, ...], Title]]] = {}
    for t in g.titles:
        head, sep, tail = t.phrase.partition(" of ")
        if t.kind == "office" and sep and head and tail and " of " not in tail \
                and not tail.startswith("the "):
            out.setdefault(_phrase(head)[0], []).append((_phrase(tail)[0], t))
    return {k: tuple(v) for k, v in out.items()}


@cache
def _offices_of_bodies(g: Gazetteer) -> dict[tuple[str, str], Title]:
    """("secretary", "security council") -> the office title "secretary of the security
    council": the title phrases "HEAD of the BODY", read off titles.csv, so that "HEAD of
    ORG's BODY" is the same office."""
    out: dict[tuple[str, str], Title] = {}
    for t in g.titles:
        head, sep, body = t.phrase.partition(" of the ")
        if t.kind == "office" and sep and head and body and " " not in head:
            out.setdefault((head, body), t)
    return out


def _office_of_body(m: _Matcher, g: Gazetteer, r: _Raw, person: str | None,
                    prev_end: int) -> int:
    """The token index of HEAD in "PERSON, HEAD of ORG's BODY" when PERSON held the office
    "HEAD of the BODY" of ORG at some time, else -1 (an office titles.csv names only in its
    "of the" form, whose body the matcher reads alone)."""
    if person is None or r.surface is not None or r.title is None or r.title.kind != "body" \
            or r.org is None or r.i != prev_end + 3 or m.key(prev_end) != "," \
            or m.key(r.i - 1) != "of":
        return -1
    t = _offices_of_bodies(g).get((m.key(r.i - 2), r.title.phrase))
    if t is None or not _ever_held(g, r.org, t.key or "", person):
        return -1
    return r.i - 2


def _of_follows(m: _Matcher, prev_end: int, i: int) -> bool:
    """Whether tokens prev_end..i-1 are "of" or "of the" (a person's qualifier follows)."""
    if i - prev_end == 1:
        return m.key(prev_end) == "of"
    return i - prev_end == 2 and m.key(prev_end) == "of" and m.key(prev_end + 1) == "the"


def _first_pass(g: Gazetteer, r: _Raw, on: dt.date | None) -> str | None:
    """Resolution that needs no context: titles, unique names, title-confirmed surnames."""
    title_holder = None
    if r.title is not None and r.title.kind != "honorific" and not r.past:
        title_holder = _title_actor(g, r.title, r.org, on)
    if r.surface is None:
        return title_holder
    cands = r.surface.actors
    if r.title is not None or r.org is not None:
        cands = [a for a in cands if g.actors[a].kind == "person"]
    if len(cands) == 1:
        return cands[0]
    if title_holder in cands:
        return title_holder
    if r.title is not None and r.org is None and r.title.kind == "office" and not r.past:
        # "Deputy Prime Minister Grigoryan": the candidate who held such an office anywhere
        holders = {g.office_holder(org, r.title.key or "", on)
                   for org in _orgs_with_office(g, r.title.key or "")}
        fits = sorted(holders.intersection(cands))
        if len(fits) == 1:
            return fits[0]
    return None


@cache
def _ever_held(g: Gazetteer, org: str | None, key: str, person: str) -> bool:
    """Whether `person` held office `key` of `org` (of any organisation with it if `org` is
    None) at any time: a title in apposition to a name ("Toivo Klaar, the EU special
    representative") describes that person, also when someone else holds it on the article's
    date (a retrospective article). A person who never held it is left alone: a comma also
    separates the items of a list ("Aliyev, the Armenian prime minister and Michel")."""
    orgs = (org,) if org is not None else _orgs_with_office(g, key)
    for o in orgs:
        keys = {key} | {r.office for r in g.roles if r.org == o and r.role == key}
        if any(x.holder == person and x.org == o and x.office in keys for x in g.offices):
            return True
    return False


@cache
def _org_has(g: Gazetteer, org: str | None, title: Title | None) -> bool:
    """Whether `org` has the office or body a title names (to prefer "Armenian" + "parliament
    speaker" over "Armenian parliament" + "speaker")."""
    if org is None or title is None or title.kind in ("side", "honorific"):
        return True
    if title.kind == "body":
        return g.body(org, title.key or "") is not None
    return org in _orgs_with_office(g, title.key or "")


@cache
def _orgs_with_office(g: Gazetteer, key: str) -> tuple[str, ...]:
    """Organisations that have office `key`, directly or through a generic role."""
    return tuple(sorted({o.org for o in g.offices if o.office == key}
                        | {r.org for r in g.roles if r.role == key}))


def _by_context(g: Gazetteer, lex: _Lexicon, r: _Raw, k: int, seen: dict[str, int],
                last_named: dict[str, int], on: dt.date | None) -> str | None:
    """Resolve a shared alias: the candidate mentioned most recently before, then the only
    candidate whose validity window holds on `on`, then the only candidate named later."""
    assert r.surface is not None
    cands = r.surface.actors
    if r.title is not None or r.org is not None:
        cands = [a for a in cands if g.actors[a].kind == "person"]
    earlier = sorted((seen[a], a) for a in cands if a in seen)
    if earlier:
        return earlier[-1][1]
    key = alias_key(r.surface.surface)
    dated = [a for a in cands if _in_window(lex.windows.get((key, a), (None, None)), on)]
    if len(dated) == 1:
        return dated[0]
    later = [a for a in cands if last_named.get(a, -1) > k]
    return later[0] if len(later) == 1 else None


def _owns_place(m: _Matcher, lex: _Lexicon, r: _Raw) -> bool:
    """Whether the "'s" after the place name at r owns a place noun ("in Armenia's south",
    "into Azerbaijan's territory"): after a locative cue the name is then a location, not the
    state acting. Before another place's name ("in Armenia's Syunik province") it stays the
    state: the smaller place is the location."""
    return m.key(r.j + 2) in lex.nouns


#: What may follow the last item of a list of locations ("in Armavir, Russia."): a comma, a
#: conjunction, the end of a sentence or of a bracket.
_LIST_CLOSERS = frozenset({",", "and", "or", ".", ";", ")", "!", "?", ""})


def _another_name(m: _Matcher, lex: _Lexicon, r: _Raw) -> bool:
    """Round 45: "Stepanakert, known to Azerbaijan as Khankendi, ...", "a village named X": a
    place's name right after a naming word (`locative_cues` of position "naming"), or after
    "as" a few words after one, is what the place is called; it stands for no government.
    ("called" is no naming word: "Moscow called Baku" is a phone call to a government.)"""
    keys = m.keys
    return r.i > 0 and (keys[r.i - 1] in lex.naming or (keys[r.i - 1] == "as" and any(
        keys[j] in lex.naming for j in range(max(0, r.i - 5), r.i - 1))))


def _locative(m: _Matcher, lex: _Lexicon, g: Gazetteer, r: _Raw, last_location: int,
              last_place: str | None = None) -> bool:
    """Whether a place name at r is a location ("in Moscow", "the Russian capital, Moscow",
    "the Moscow talks", "in Armenia and Azerbaijan") rather than a government. The look-back
    stays within the line and skips articles, "of", demonyms, place nouns ("capital") and
    place modifiers ("in central Yerevan")."""
    assert r.surface is not None and r.surface.place is not None
    if g.places[r.surface.place].kind in ("city", "venue") and m.key(r.j) in lex.after:
        return True
    noun = False
    crossed = ""  # "", "comma" or "conj": what separates us from an earlier list item
    # Tokens hold no line break, so "no line break between token j and r.i" is "token j ends
    # after the last line break before r.i" (one `rfind` instead of a slice per step).
    line_start = m.text.rfind("\n", 0, m.starts[r.i])
    ends = m.ends
    j = r.i - 1
    while j >= 0 and r.i - j <= 8 and ends[j] > line_start:
        k = m.keys[j]
        if j == last_location - 1 and crossed:
            if crossed == "comma" and r.i - j == 2 and m.key(r.j) in _AFTER_CITY_COUNTRY \
                    and _city_country(g, last_place, r):
                return True  # round 59: "in Granada, Spain on 5 October": the city's country
            # a list of locations: "in Armenia and Azerbaijan", "in Baku, Yerevan and Tbilisi"
            return crossed == "conj" or m.key(r.j) in _LIST_CLOSERS
        if k in lex.before:
            return not crossed
        if k in ("and", "or"):
            crossed = "conj"
        elif k == ",":
            if j == 0 or m.keys[j - 1] not in lex.nouns:  # not "the capital, Baku"
                crossed = crossed or "comma"
        elif k in lex.nouns:
            noun = True
        elif k not in ("the", "of") and k not in lex.demonym_words \
                and k not in lex.place_modifiers:
            break
        j -= 1
    return noun and not crossed


#: (round 59) a word that may follow "City, Country" where the country is no speaker or actor
#: ("in Granada, Spain on 5 October", not "in Moscow, Russia said")
_AFTER_CITY_COUNTRY = frozenset({"on", "in", "at", "last", "this", "earlier", "during", "after",
                                 "before", "with", "where", "when", "under", "for"})


def _city_country(g: Gazetteer, city: str | None, r: _Raw) -> bool:
    """Round 59: is the country named at r the country of the city (or venue) `city` named
    right before it with a comma between ("Chisinau, Moldova")? Then it says where the city
    lies, as a location, whatever follows it."""
    assert r.surface is not None and r.surface.place is not None
    c, pl = g.places.get(city or ""), g.places[r.surface.place]
    return c is not None and pl.kind == "country" and c.kind in ("city", "venue") \
        and c.country is not None and c.country == pl.country


# --- pronouns ------------------------------------------------------------------------------------
#: How many person mentions back in the same sentence a pronoun looks for one of its gender.
_PRONOUN_LOOKBACK = 50

@cache
def _pronoun_re() -> re.Pattern[str]:
    words = sorted(load_gazetteer().pronouns, key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


@cache
def _fast_pronoun_re() -> re.Pattern[str]:
    """`_pronoun_re` with its words written as a character trie: the same matches (every word
    is bounded by \\b on both sides, so at most one word can match at a position), found about
    twice as fast because most positions fail on the first character."""
    words = load_gazetteer().pronouns
    return re.compile(r"\b(?:" + trie_regex(words) + r")\b", re.IGNORECASE)


#: Characters `_ascii_punct` replaces that are word characters (\\w) themselves ("ʼ"): around
#: them the matcher's tokens are not the text's words.
_PUNCT_WORD_CHARS = tuple(a for a, _ in _PUNCT if re.fullmatch(r"\w", a))


@cache
def _ascii_pronouns() -> frozenset[str] | None:
    """The pronoun words, if all are plain ASCII letters (else None: no token shortcut)."""
    words = frozenset(load_gazetteer().pronouns)
    return words if all(w.isascii() and w.isalpha() for w in words) else None


def _pronoun_spans(m: _Matcher) -> list[tuple[int, int]]:
    """The spans `_pronoun_re().finditer(m.text)` finds, in order, read off the tokens.

    A match of that pattern is a whole run of word characters (\\b on both sides) that equals
    a pronoun up to case. Unless `_ascii_punct` replaced a word character ("ʼ"), the text's
    runs of word characters are exactly the matcher's word tokens (every other replaced
    character is punctuation or space, replaced by punctuation or space). For an ASCII token,
    IGNORECASE equality is equality of `lower()`, which is the token's key; a non-ASCII token
    (rare) is matched against the pattern itself, since IGNORECASE also pairs "ſ" with "s"."""
    words = _ascii_pronouns()
    text = m.text
    if words is None or any(c in text for c in _PUNCT_WORD_CHARS):
        return [pm.span() for pm in _fast_pronoun_re().finditer(text)]
    hits = list(compress(range(m.n), map(words.__contains__, m.keys)))
    raw = m.raw
    if raw is not None:  # non-ASCII text: keys of non-ASCII tokens were folded
        rx = _fast_pronoun_re()
        hits = sorted([i for i in hits if raw[i].isascii()]
                      + [i for i in compress(range(m.n), map(not_, map(str.isascii, raw)))
                         if rx.fullmatch(raw[i])])
    starts, ends = m.starts, m.ends
    return [(starts[i], ends[i]) for i in hits]


_START_END = attrgetter("start", "end")


def resolve_pronouns(text: str, sentences: list[tuple[int, int]],
                     mentions: list[Mention]) -> list[Mention]:
    """Pronoun mentions (he/him/his/she/her/...) resolved to a person; returns only the new
    mentions (via="pronoun", reading="agent"), sorted by start.

    Rule, kept simple on purpose: (1) the nearest person mention before the pronoun in the same
    sentence whose gender agrees (unknown gender agrees with both); otherwise (2) the closest of
    the two previous sentences that has any gender-agreeing person mention, if all of its such
    mentions are one person; several different persons there -> ambiguous, no mention. Resolved
    pronouns count as person mentions for later pronouns, so "X said ... He added ... He also"
    carries X along. Pronouns inside an existing mention are ignored. A standing-alone "the
    former"/"the latter" is one of two persons named just before (`_ordinal_anaphors`).
    """
    return _anaphor_mentions(text, sentences, mentions,
                             [pm.span() for pm in _fast_pronoun_re().finditer(text)])


def _resolve_pronouns(text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                      pronouns: list[tuple[int, int]]) -> list[Mention]:
    """`resolve_pronouns` given the spans of the pronoun words of `text`, in order."""
    g = load_gazetteer()
    actors = g.actors
    starts = [s for s, _ in sentences]
    bisect_right = bisect.bisect_right

    def sent_of(pos: int) -> int | None:
        i = bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < sentences[i][1] else None

    # per sentence: (start, end, actor) of person mentions, kept sorted by start
    by_sent: dict[int, list[tuple[int, int, str]]] = {}
    ordered = sorted(mentions, key=_START_END)
    for mm in ordered:
        aid = mm.actor_id
        if aid is None or actors[aid].kind != "person":
            continue
        pos = mm.start
        si = bisect_right(starts, pos) - 1
        if si >= 0 and pos < sentences[si][1]:
            by_sent.setdefault(si, []).append((pos, mm.end, aid))
    taken = [(mm.start, mm.end) for mm in ordered]  # == sorted((start, end) pairs)
    person_ends = frozenset(e for ps in by_sent.values() for _, e, _ in ps)
    dependent = _apposed_dependents(text, by_sent)
    # "The representative of France said": a person named by office alone, whose mention
    # stands for the state (the title's fallback) or for no one; a later "he" may be theirs
    # (not an office in apposition to a named person: "X, the Speaker of ..., arrived")
    by_office = [mm.start for mm in ordered if mm.via == "title" and (
        mm.actor_id is None or actors[mm.actor_id].kind != "person")
        and _office_title_re().search(mm.text) and not _apposed_office(text, mm.start, person_ends)]
    taken_starts = [s for s, _ in taken]

    def inside(a: int, b: int) -> bool:
        i = bisect.bisect_right(taken_starts, a) - 1
        return i >= 0 and taken[i][1] >= b

    def overlaps(a: int, b: int) -> bool:
        """Some mention overlaps `a`-`b` (a listed name, or part of one)."""
        i = bisect.bisect_left(taken_starts, b) - 1
        return any(taken[k][1] > a for k in range(max(0, i - 10), i + 1))

    def agrees(aid: str, gender: str) -> bool:
        return g.actors[aid].gender in (None, gender)

    settled: dict[tuple[int, str], str | None] = {}  # earlier sentences no longer change

    def from_sentence(si: int, gender: str) -> tuple[bool, str | None]:
        """(whether the sentence has an agreeing person, the one person if unambiguous)."""
        if (si, gender) not in settled:
            ids = {a for st, _, a in by_sent.get(si, ()) if agrees(a, gender)
                   and st not in dependent}
            settled[(si, gender)] = (sorted(ids)[0] if len(ids) == 1 else "") if ids else None
        hit = settled[(si, gender)]
        return hit is not None, hit or None

    out: list[Mention] = []
    for a, b in pronouns:
        si = sent_of(a)
        if si is None or inside(a, b):
            continue
        gender = _pronoun_gender(g, text[a:b])
        if gender is None:
            continue
        found: str | None = None
        here = by_sent.get(si, [])
        at = bisect.bisect_left(here, (a,))
        for k in range(at - 1, max(-1, at - 1 - _PRONOUN_LOOKBACK), -1):
            if here[k][1] <= a and agrees(here[k][2], gender) and here[k][0] not in dependent:
                found = here[k][2]
                if _bare_office_before(text, here[k][1], a, overlaps, person_ends):
                    # round 50: "He said the deputy prime minister and his counterpart met":
                    # someone named by office alone stands nearer; the pronoun may be theirs
                    found = None
                    break
                # "A met B, after which he said": two different agreeing persons before the
                # pronoun in its sentence; the nearest (B) is no safer a guess than the subject
                # (A, what writers usually mean), so the pronoun stays unresolved
                if any(other != found and e <= a and agrees(other, gender) and st not in dependent
                       for st, e, other in here[max(0, at - _PRONOUN_LOOKBACK):k]):
                    found = None
                break
        else:
            subject = text[a:b].lower() != "him"  # an object is usually someone else
            if subject and _unlisted_person_before(text, sentences[si][0], a, overlaps):
                continue  # "minister <unlisted name> met his counterpart": theirs
            for back in (1, 2):
                if si - back < 0 or (subject and (_bare_office_before(
                        text, sentences[si - back][0], a, overlaps, person_ends)
                        or _starts_between(by_office, sentences[si - back][0], a))):
                    break  # "the Secretary urged ... . He told ...": maybe the Secretary's
                has, who = from_sentence(si - back, gender)
                if has:
                    found = who
                    break
        if found is None:
            continue
        out.append(_mention(a, b, text[a:b], found, None, "agent", "pronoun"))
        bisect.insort(by_sent.setdefault(si, []), (a, b, found))
    return out


#: between a named person and a person named in the apposition after them: a comma, up to
#: four words of the first one's post and "to"/"of"/"for" ("X, foreign policy adviser to
#: President Y,"; "X, an aide of Y,"), ending where the second person's mention starts
_APPOSED_TO = re.compile(r",[ \t]+(?:[\w'’-]+[ \t]+){1,4}?(?:to|of|for)[ \t]+(?:the[ \t]+)?$",
                         re.IGNORECASE)
#: the comma closing that apposition, right after the second person's mention
_APPOSED_END = re.compile(r"[ \t]*,")


def _apposed_dependents(text: str, by_sent: dict[int, list[tuple[int, int, str]]]
                        ) -> frozenset[int]:
    """Probe round 57: the starts of person mentions that only complete the post of the person
    named just before them, in an apposition closed by a comma ("Hikmet Hajiyev, foreign
    policy adviser to President Ilham Aliyev, answered. ... he wrote"): the sentence is about
    the first person, so the second is no rival for a later "he"."""
    out = []
    for ps in by_sent.values():
        for (_, pe, pid), (qs, qe, qid) in pairwise(ps):
            if pid != qid and qs - pe < 60 and _APPOSED_TO.match(text, pe, qs) and \
                    _APPOSED_END.match(text, qe):
                out.append(qs)
    return frozenset(out)


@cache
def _titled_name_re() -> re.Pattern[str]:
    """An office word (the last word of an office phrase of titles.csv, or a rank or office
    noun of person_words.csv) followed by two words that may be a first and a last name
    ("deputy foreign minister Anna Petrosyan"); their capitals are checked by the caller."""
    g = load_gazetteer()
    words = {t.phrase.split()[-1].lower() for t in g.titles if t.kind == "office"}
    words |= g.ranks | g.office_nouns
    alt = "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w)))
    return re.compile(r"(?<![\w-])(?:" + alt + r")\s+([^\W\d_][\w'’-]*)\s+([^\W\d_][\w'’-]*)",
                      re.IGNORECASE)


@cache
def _bare_office_re() -> re.Pattern[str]:
    """"the" (the statement cues' `anaphor_lead`) or a possessive ("our"), at most one
    modifier, and a noun that stands for a person by office (the cues' `anaphor` rows of value
    `person`: "the Secretary", "the Azerbaijani president", "our deputy prime minister"):
    someone the text names by office alone."""
    rows = read_table("statement_cues.csv")

    def alt(kind: str, value: str | None = None) -> str:
        return "|".join(sorted((w.strip() for row in rows if row.get("kind", "").strip() == kind
                                and (value is None or (row.get("value") or "").strip() == value)
                                for w in (row.get("pattern") or "").split("|") if w.strip()),
                               key=lambda w: (-len(w), w)))

    # also after a possessive determiner: "our deputy prime minister", "their envoy"
    return re.compile(r"(?<![\w-])(?:" + alt("anaphor_lead") + r"|our|my|their|your)\s+"
                      r"(?:[\w'’-]+\s+)?(?:" + alt("anaphor", "person") + r")(?![\w-])",
                      re.IGNORECASE)


#: what may stand between a named person and an office in apposition to them ("X, the adviser")
_APPOSED_GAP = re.compile(r",[ \t]*$")
#: the rest of an apposition after its office, up to its closing comma ("the president's
#: foreign policy adviser, declined"), not a relative clause's ("the Secretary, who ...")
_APPOSED_CLOSE = re.compile(r"(?:['’]s)?(?:[ \t]+[\w'’-]+){0,4}[ \t]*,(?![ \t]*(?:who|which)\b)")


def _bare_office_before(text: str, lo: int, hi: int,
                        overlaps: Callable[[int, int], bool],
                        person_ends: frozenset[int] = frozenset()) -> bool:
    """Between `lo` and `hi` a person is named by office alone, outside every mention: "In his
    call with President A, the Secretary urged ... . He told B ...". The pronoun may be that
    office holder's, whom the mentions do not hold, so it is not carried over to A. An office
    in apposition right after a named person ("A, the president's adviser, declined ...": a
    comma after the name's end in `person_ends`, and one closing the office's phrase) is that
    person's, no one else."""
    for m in _bare_office_re().finditer(text, lo, hi):
        if overlaps(m.start(), m.end()):
            continue
        gm = _APPOSED_GAP.search(text, max(lo, m.start() - 3), m.start())
        if gm is not None and gm.start() in person_ends and _APPOSED_CLOSE.match(text, m.end(), hi):
            continue
        return True
    return False


@cache
def _office_title_re() -> re.Pattern[str]:
    """A person's office phrase of titles.csv (kind `office`: "ambassador", "representative",
    "foreign minister"), as a whole word, any case."""
    g = load_gazetteer()
    alt = "|".join(sorted((re.escape(t.phrase).replace(r"\ ", r"\s+") for t in g.titles
                           if t.kind == "office"), key=lambda w: (-len(w), w)))
    return re.compile(r"(?<![\w-])(?:" + alt + r")(?![\w-])", re.IGNORECASE)


def _apposed_office(text: str, start: int, person_ends: frozenset[int]) -> bool:
    """Whether the office mention at `start` follows a named person's end and a comma."""
    gm = _APPOSED_GAP.search(text, max(0, start - 3), start)
    return gm is not None and gm.start() in person_ends


def _starts_between(starts: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted `starts` lies in [lo, hi)."""
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def _unlisted_person_before(text: str, lo: int, hi: int,
                            inside: Callable[[int, int], bool]) -> bool:
    """Between `lo` and `hi` an office word is followed by a capitalised two-word name that no
    mention covers: a person the gazetteer does not hold ("Armenia's deputy foreign minister
    Anna Petrosyan met his ..."). A pronoun after them is more likely theirs than that of a
    person of an earlier sentence, so it is not carried over."""
    for m in _titled_name_re().finditer(text, lo, hi):
        first, last = m.group(1), m.group(2)
        if first[0].isupper() and last[0].isupper() and not inside(m.start(1), m.end(2)):
            return True
    return False


def _pronoun_gender(g: Gazetteer, word: str) -> str | None:
    """The gender of a pronoun the case-insensitive pattern matched. Unicode case folding also
    matches spellings the table does not list ("ſhe" with a long s, "HİS" with a dotted
    capital I): those are folded to ASCII before giving up on the word."""
    gender = g.pronouns.get(word.lower())
    return gender if gender is not None else g.pronouns.get(fold(word).lower())
