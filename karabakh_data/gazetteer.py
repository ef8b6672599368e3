"""Reference data: actors, places, offices and the vocabulary that names them.

Everything the extractor knows about the real world (who held which office when, how a name is
spelt in other outlets, which city stands for which government, which words introduce a title)
lives in CSV files under `karabakh_data/data/gazetteer/`, so a curator extends coverage without
touching code. This module loads those files once (cached), exposes typed read-only records,
answers "who held office X of Y on day D" and checks the data for internal consistency.

Files (UTF-8, comma-separated, lists inside a cell separated by `|`, rows sorted by their key):

- `actors.csv`: actor_id, name, kind, country, role, aliases, wikidata_id, gender.
- `places.csv`: place_id, name, kind, country, lat, lon, aliases, stands_for (the actor a place
  name stands for when used as a metonym: "Baku" -> azerbaijan, "Brussels" -> european-union),
  stands_for_until (optional ISO date, possibly partial: the last day of that actor reading, for
  a city whose government ceased or changed hands; after it the name is only a location, and an
  undated article never gets that reading: "Stepanakert said" names the de facto authorities in
  2022, nobody in 2025).
  A name shared by places in different countries ("Armavir" in Armenia and in Russia) is
  allowed when the places are of one kind and stand for no actor: the recogniser takes the one
  in the country of the places named next to it, else the first by id.
  Countries are located at their capital (seat of government); regions at their administrative
  centre; routes at a town on the route. Coordinates are city-level (about 0.02 degrees); a
  place whose position is not known to that accuracy has empty lat/lon.
- `offices.csv`: office_id, org, office, holder, start, end, note. Dates are ISO, possibly
  partial ("2018-05" = some day in May 2018: a start reads as the first day, an end as the last).
  An empty start means "since before anything this project covers"; an empty end means "still
  in office".
- `roles.csv`: maps generic title words to the concrete office of an organisation ("the Armenian
  leader" -> president of Armenia before 2018-04-09, prime minister after).
- `titles.csv`: title phrases (matched case-insensitively) -> office key, government body key,
  "side" (the organisation itself) or honorific; `default_org` when the phrase names its
  organisation ("secretary of state" -> united-states); `fallback` ("org" or a body key) when an
  office cannot be resolved to a person; `form` "of" when the phrase only counts before
  "of <organisation>" ("head of the European Council").
- `bodies.csv`: (organisation, body key) -> the government body actor ("Armenian foreign
  ministry" -> armenia-foreign-ministry). A body without a row falls back to the organisation.
- `qualifiers.csv`: demonyms ("Azeri" -> azerbaijan) and words that only qualify a title
  ("Karabakh leader" -> nagorno-karabakh-authorities). State/organisation names and metonymic
  place names qualify titles too and are not repeated here.
- `alias_rules.csv`: aliases shared by several actors ("Aliyev"), with optional validity windows;
  the recogniser resolves them by title, by the article's other mentions, then by date.
- `exclusions.csv`: phrases that contain an alias but name something else ("Costa Rica",
  "Washington Post"); they are matched and discarded so the shorter alias cannot fire inside.
- `locative_cues.csv`: words that make a place name a location rather than a government
  ("talks in Moscow" vs "Moscow accused"): `before` it ("in"), a place `noun` ("the capital"),
  `after` it ("talks"); a `modifier` ("central", "northern") may stand between a `before` cue
  and the name without breaking it ("in central Yerevan"); a `naming` word ("known", "named")
  right before the name, or a few words before "as" and the name ("known to Baku as X"), makes
  it another name of a place, standing for no government. `pronouns.csv`: pronouns and their
  gender; `title_modifiers.csv`: words before a title that make it name someone other than the
  current holder ("former", "ex-", "incoming").
- `person_words.csv`: words about the person named next to them (word, use): a `rank`
  ("Archbishop", "Marshal") is a capitalised rank or church title written before a surname and
  is no first name; an `office` noun ("commander", "counterpart") that is no title phrase joins
  a demonym to a person of that state right after it ("his Azerbaijani counterpart NAME"); an
  `opener` ("But", "Both", "Yesterday") is a word that may open a sentence right before a
  surname without being a first name.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType

import pandas as pd

__all__ = [
    "PERIOD",
    "Actor",
    "AliasRule",
    "Gazetteer",
    "LocativeCue",
    "Office",
    "Place",
    "Qualifier",
    "Role",
    "Title",
    "actor",
    "actors_frame",
    "fold",
    "load_gazetteer",
    "office_holder",
    "place",
    "places_frame",
    "state_of_country",
    "validate",
]

#: The period the dataset covers: an office "without a date" resolves only to someone who held
#: it for the whole of this period, so an undated article never gets a guessed holder.
PERIOD = (dt.date(2019, 1, 1), dt.date(2025, 12, 31))

ACTOR_KINDS = ("person", "state", "organisation", "government_body")
PLACE_KINDS = ("city", "region", "country", "route", "venue")
TITLE_KINDS = ("office", "body", "side", "honorific")
QUALIFIER_FORMS = ("demonym", "qualifier")
CUE_POSITIONS = ("before", "noun", "after", "modifier", "naming")
GENDERS = ("m", "f")
PERSON_WORD_USES = ("rank", "office", "opener")

_DIR = ("data", "gazetteer")


# --- records -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Actor:
    actor_id: str
    name: str
    kind: str
    country: str | None
    role: str | None
    aliases: tuple[str, ...]
    wikidata_id: str | None
    gender: str | None


@dataclass(frozen=True, slots=True)
class Place:
    place_id: str
    name: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    aliases: tuple[str, ...]
    stands_for: str | None
    stands_for_until: dt.date | None = None

    def stands_for_on(self, on: dt.date | None) -> str | None:
        """The actor the place name stands for on day `on`: `stands_for` up to and including
        `stands_for_until`, None after it. Undated (`on=None`), a reading that ends inside
        `PERIOD` is not given, as `office_holder` gives no holder whose term ends in it."""
        if self.stands_for_until is None:
            return self.stands_for
        return self.stands_for if _in_window(None, self.stands_for_until, on) else None


@dataclass(frozen=True, slots=True)
class Office:
    office_id: str
    org: str
    office: str
    holder: str
    start: dt.date | None
    end: dt.date | None
    note: str | None

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def covers(self, first: dt.date, last: dt.date) -> bool:
        return ((self.start is None or self.start <= first)
                and (self.end is None or last <= self.end))


@dataclass(frozen=True, slots=True)
class Role:
    org: str
    role: str
    office: str
    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True, slots=True)
class Title:
    phrase: str
    kind: str
    key: str | None
    default_org: str | None
    fallback: str | None
    form: str


@dataclass(frozen=True, slots=True)
class Qualifier:
    surface: str
    actor_id: str
    form: str


@dataclass(frozen=True, slots=True)
class AliasRule:
    alias: str
    actor_id: str
    valid_from: dt.date | None
    valid_to: dt.date | None


@dataclass(frozen=True, slots=True)
class LocativeCue:
    cue: str
    position: str
    applies_to: str


# --- parsing helpers -----------------------------------------------------------------------------
def _opt(s: str | None) -> str | None:
    s = (s or "").strip()
    return s or None


def _list(s: str | None) -> tuple[str, ...]:
    return tuple(a.strip() for a in (s or "").split("|") if a.strip())


def _float(s: str | None) -> float | None:
    s = _opt(s)
    return float(s) if s is not None else None


def parse_date(s: str | None, *, end: bool = False) -> dt.date | None:
    """ISO date, possibly partial: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. A partial start reads as
    the first day of its period and a partial end as the last, so a month-precise term never
    claims more than the data says."""
    s = _opt(s)
    if s is None:
        return None
    parts = [int(p) for p in s.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        y, m = parts
        if not end:
            return dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
    raise ValueError(f"bad date {s!r}")


_FOLD = str.maketrans({"ı": "i", "ə": "a", "Ə": "A", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
                       "đ": "d", "Đ": "D", "ß": "ss"})


def fold(s: str) -> str:
    """ASCII-fold a name ("Erdoğan" -> "Erdogan", "Çavuşoğlu" -> "Cavusoglu", "Kılıç" -> "Kilic")
    so outlets that drop diacritics still match; aliases are indexed in both forms."""
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))


def _read(name: str) -> list[dict[str, str]]:
    text = resources.files("karabakh_data").joinpath(*_DIR, name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [dict(r) for r in csv.DictReader(io.StringIO("\n".join(lines)))]


# --- the gazetteer -------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class Gazetteer:
    """All reference data, read-only. Lookups by id are mappings; the rest are sorted tuples."""

    actors: Mapping[str, Actor]
    places: Mapping[str, Place]
    offices: tuple[Office, ...]
    roles: tuple[Role, ...]
    titles: tuple[Title, ...]
    bodies: Mapping[tuple[str, str], str]
    qualifiers: tuple[Qualifier, ...]
    alias_rules: tuple[AliasRule, ...]
    exclusions: tuple[str, ...]
    locative_cues: tuple[LocativeCue, ...]
    pronouns: Mapping[str, str]
    title_modifiers: Mapping[str, str]
    ranks: frozenset[str] = frozenset()  # person_words.csv, use=rank
    office_nouns: frozenset[str] = frozenset()  # person_words.csv, use=office
    openers: frozenset[str] = frozenset()  # person_words.csv, use=opener

    def actor(self, actor_id: str) -> Actor:
        try:
            return self.actors[actor_id]
        except KeyError:
            raise KeyError(f"unknown actor id {actor_id!r}") from None

    def place(self, place_id: str) -> Place:
        try:
            return self.places[place_id]
        except KeyError:
            raise KeyError(f"unknown place id {place_id!r}") from None

    def body(self, org: str, body: str) -> str | None:
        """The government body actor for (organisation, body key), if the data has one."""
        return self.bodies.get((org, body))

    @lru_cache(maxsize=4096)  # noqa: B019 - one gazetteer per process; dates repeat a lot
    def office_holder(self, org: str, office: str, on: dt.date | None = None) -> str | None:
        """Who held `office` of `org` on day `on` (None if unknown, vacant or ambiguous).

        `office` is a concrete office key ("prime-minister") or a generic role from `roles.csv`
        ("leader", "head-of-state", "foreign-minister" for the EU's high representative). With
        `on=None` the answer is the holder only if one person held it for all of `PERIOD`: an
        undated text never gets a guessed holder. On a handover day the incoming holder wins.
        """
        rows = _offices_by_key(self).get((org, office))
        if rows is None:
            mapped = [r.office for r in _roles_by_key(self).get((org, office), ())
                      if _in_window(r.start, r.end, on)]
            holders = sorted({h for m in sorted(set(mapped))
                              if (h := self.office_holder(org, m, on)) is not None})
            return holders[0] if len(holders) == 1 else None
        if on is None:
            held = [r for r in rows if r.covers(*PERIOD)]
        else:
            held = [r for r in rows if r.held_on(on)]
            if len({r.holder for r in held}) > 1:
                # handover day: the outgoing holder's last day is the incoming one's first
                held = [r for r in held if r.end != on] or held
        holders = sorted({r.holder for r in held})
        return holders[0] if len(holders) == 1 else None


def _in_window(start: dt.date | None, end: dt.date | None, on: dt.date | None) -> bool:
    if on is None:
        return (start is None or start <= PERIOD[0]) and (end is None or PERIOD[1] <= end)
    return (start is None or start <= on) and (end is None or on <= end)


@cache
def _offices_by_key(g: Gazetteer) -> dict[tuple[str, str], tuple[Office, ...]]:
    out: dict[tuple[str, str], list[Office]] = {}
    for o in g.offices:
        out.setdefault((o.org, o.office), []).append(o)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _roles_by_key(g: Gazetteer) -> dict[tuple[str, str], tuple[Role, ...]]:
    out: dict[tuple[str, str], list[Role]] = {}
    for r in g.roles:
        out.setdefault((r.org, r.role), []).append(r)
    return {k: tuple(v) for k, v in out.items()}


def _build() -> Gazetteer:
    actors = {}
    for r in _read("actors.csv"):
        actors[r["actor_id"]] = Actor(
            r["actor_id"], r["name"], r["kind"], _opt(r["country"]), _opt(r["role"]),
            _list(r["aliases"]), _opt(r["wikidata_id"]), _opt(r["gender"]))
    places = {}
    for r in _read("places.csv"):
        places[r["place_id"]] = Place(
            r["place_id"], r["name"], r["kind"], _opt(r["country"]), _float(r["lat"]),
            _float(r["lon"]), _list(r["aliases"]), _opt(r["stands_for"]),
            parse_date(r["stands_for_until"], end=True))
    offices = tuple(sorted(
        (Office(r["office_id"], r["org"], r["office"], r["holder"], parse_date(r["start"]),
                parse_date(r["end"], end=True), _opt(r["note"])) for r in _read("offices.csv")),
        key=lambda o: o.office_id))
    roles = tuple(Role(r["org"], r["role"], r["office"], parse_date(r["start"]),
                       parse_date(r["end"], end=True)) for r in _read("roles.csv"))
    titles = tuple(Title(r["phrase"].lower(), r["kind"], _opt(r["key"]), _opt(r["default_org"]),
                         _opt(r["fallback"]), _opt(r["form"]) or "any")
                   for r in _read("titles.csv"))
    bodies = {(r["org"], r["body"]): r["actor_id"] for r in _read("bodies.csv")}
    qualifiers = tuple(Qualifier(r["surface"], r["actor_id"], r["form"])
                       for r in _read("qualifiers.csv"))
    rules = tuple(AliasRule(r["alias"], r["actor_id"], parse_date(r["valid_from"]),
                            parse_date(r["valid_to"], end=True)) for r in _read("alias_rules.csv"))
    exclusions = tuple(r["phrase"] for r in _read("exclusions.csv"))
    cues = tuple(LocativeCue(r["cue"].lower(), r["position"], r["applies_to"])
                 for r in _read("locative_cues.csv"))
    pronouns = {r["pronoun"].lower(): r["gender"] for r in _read("pronouns.csv")}
    modifiers = {r["word"].lower(): r["sense"] for r in _read("title_modifiers.csv")}
    # (compared with the folded keys of the text: "Sayın" is read as "sayin", "Cənab" "canab")
    person_words = [(fold(r["word"].strip()).lower(), r["use"].strip())
                    for r in _read("person_words.csv")]
    return Gazetteer(
        actors=MappingProxyType(dict(sorted(actors.items()))),
        places=MappingProxyType(dict(sorted(places.items()))),
        offices=offices, roles=roles, titles=titles,
        bodies=MappingProxyType(dict(sorted(bodies.items()))),
        qualifiers=qualifiers, alias_rules=rules, exclusions=exclusions, locative_cues=cues,
        pronouns=MappingProxyType(pronouns),
        title_modifiers=MappingProxyType(modifiers),
        ranks=frozenset(w for w, use in person_words if use == "rank"),
        office_nouns=frozenset(w for w, use in person_words if use == "office"),
        openers=frozenset(w for w, use in person_words if use == "opener"))


@cache
def load_gazetteer() -> Gazetteer:
    """The reference data, read once per process from the package's CSV files."""
    return _build()


@cache
def _states_by_country() -> dict[str, str]:
    seen: dict[str, list[str]] = {}
    for a in load_gazetteer().actors.values():
        if a.kind == "state" and a.country:
            seen.setdefault(a.country, []).append(a.actor_id)
    return {c: ids[0] for c, ids in seen.items() if len(ids) == 1}


def state_of_country(iso3: str | None) -> str | None:
    """The one state actor of an ISO3 country code (None when the gazetteer has none, or
    more than one, so that no caller picks between them)."""
    return _states_by_country().get(iso3 or "")


def actor(actor_id: str) -> Actor:
    """The actor with this id (KeyError if unknown)."""
    return load_gazetteer().actor(actor_id)


def place(place_id: str) -> Place:
    """The place with this id (KeyError if unknown)."""
    return load_gazetteer().place(place_id)


def office_holder(org: str, office: str, on: dt.date | None = None) -> str | None:
    """Actor id of who held `office` of `org` on `on`; see `Gazetteer.office_holder`."""
    return load_gazetteer().office_holder(org, office, on)


# --- tables --------------------------------------------------------------------------------------
def actors_frame() -> pd.DataFrame:
    """The released `actors` reference table: exactly the codebook columns, sorted by id."""
    rows = [{"actor_id": a.actor_id, "name": a.name, "kind": a.kind, "country": a.country,
             "role": a.role, "aliases": list(a.aliases), "wikidata_id": a.wikidata_id}
            for a in load_gazetteer().actors.values()]
    cols = ["actor_id", "name", "kind", "country", "role", "aliases", "wikidata_id"]
    return pd.DataFrame(rows, columns=cols).sort_values("actor_id", ignore_index=True)


def places_frame() -> pd.DataFrame:
    """The released `places` reference table: exactly the codebook columns, sorted by id."""
    rows = [{"place_id": p.place_id, "name": p.name, "kind": p.kind, "country": p.country,
             "lat": p.lat, "lon": p.lon, "aliases": list(p.aliases)}
            for p in load_gazetteer().places.values()]
    cols = ["place_id", "name", "kind", "country", "lat", "lon", "aliases"]
    df = pd.DataFrame(rows, columns=cols).sort_values("place_id", ignore_index=True)
    return df.astype({"lat": "float64", "lon": "float64"})


# --- validation ----------------------------------------------------------------------------------
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ISO3 = re.compile(r"[A-Z]{3}")
_QID = re.compile(r"Q[1-9][0-9]*")


@lru_cache(maxsize=8192)
def alias_key(surface: str) -> str:
    """How two spellings are compared for uniqueness: case, dashes, apostrophes and
    diacritics do not make a different alias."""
    s = fold(surface).lower()
    s = re.sub(r"[\u2010-\u2015\u2212-]", "-", s).replace("\u2019", "'")
    return " ".join(re.findall(r"\w+|[^\w\s]", s))


def _dupes(ids: list[str]) -> list[str]:
    seen: set[str] = set()
    return sorted({i for i in ids if i in seen or seen.add(i)})  # type: ignore[func-returns-value]


def validate(g: Gazetteer | None = None) -> list[str]:
    """Every problem found in the reference data, as sentences; an empty list means consistent.

    Checks: unique well-formed ids; closed vocabularies; ISO3 codes that name a country in
    `places`; coordinates in range; every alias maps to one actor unless `alias_rules.csv`
    declares it shared; office holders, organisations, bodies and qualifiers exist; sorted files.
    """
    g = g or load_gazetteer()
    problems: list[str] = []
    raw_actor_ids = [r["actor_id"] for r in _read("actors.csv")]
    raw_place_ids = [r["place_id"] for r in _read("places.csv")]
    for name, ids in (("actors", raw_actor_ids), ("places", raw_place_ids),
                      ("offices", [r["office_id"] for r in _read("offices.csv")])):
        problems += [f"{name}: duplicate id {i!r}" for i in _dupes(ids)]
        if ids != sorted(ids):
            problems.append(f"{name}.csv is not sorted by id")
        problems += [f"{name}: malformed id {i!r}" for i in ids
                     if not _ID.fullmatch(i.replace("--", "-"))]
    countries = {p.country for p in g.places.values() if p.kind == "country" and p.country}

    for a in g.actors.values():
        where = f"actor {a.actor_id}"
        if a.kind not in ACTOR_KINDS:
            problems.append(f"{where}: kind {a.kind!r} not in {ACTOR_KINDS}")
        if a.country is not None and (not _ISO3.fullmatch(a.country) or a.country not in countries):
            problems.append(f"{where}: country {a.country!r} is not the ISO3 of a country place")
        if a.kind == "state" and a.country is None:
            problems.append(f"{where}: a state needs its ISO3 country")
        if a.wikidata_id is not None and not _QID.fullmatch(a.wikidata_id):
            problems.append(f"{where}: malformed wikidata id {a.wikidata_id!r}")
        if a.gender is not None and (a.gender not in GENDERS or a.kind != "person"):
            problems.append(f"{where}: gender {a.gender!r} (m|f, persons only)")

    for p in g.places.values():
        where = f"place {p.place_id}"
        if p.kind not in PLACE_KINDS:
            problems.append(f"{where}: kind {p.kind!r} not in {PLACE_KINDS}")
        if p.country is not None and p.country not in countries:
            problems.append(f"{where}: country {p.country!r} is not the ISO3 of a country place")
        if (p.lat is None) != (p.lon is None):
            problems.append(f"{where}: lat and lon must both be given or both empty")
        if p.lat is not None and not -90 <= p.lat <= 90:
            problems.append(f"{where}: lat {p.lat} out of range")
        if p.lon is not None and not -180 <= p.lon <= 180:
            problems.append(f"{where}: lon {p.lon} out of range")
        if p.stands_for is not None and p.stands_for not in g.actors:
            problems.append(f"{where}: stands_for {p.stands_for!r} is not an actor")
        if p.stands_for_until is not None and (p.stands_for is None or p.kind == "country"):
            problems.append(f"{where}: stands_for_until needs a stands_for (and no country)")
        if p.kind == "country" and (p.stands_for is None
                                    or g.actors[p.stands_for].country != p.country):
            problems.append(f"{where}: a country place stands for the state with its ISO3")

    # aliases: one id each, unless declared shared in alias_rules.csv
    declared = {(alias_key(r.alias), r.actor_id) for r in g.alias_rules}
    owners: dict[str, set[str]] = {}
    for a in g.actors.values():
        for s in (a.name, *a.aliases):
            owners.setdefault(alias_key(s), set()).add(a.actor_id)
    for key, ids in sorted(owners.items()):
        if len(ids) > 1:
            problems += [f"alias {key!r} of {i} is shared by {sorted(ids)} but not declared in "
                         "alias_rules.csv" for i in sorted(ids) if (key, i) not in declared]
    for r in g.alias_rules:
        if r.actor_id not in owners.get(alias_key(r.alias), set()):
            problems.append(f"alias rule {r.alias!r} -> {r.actor_id}: not an alias of that actor")
    place_owners: dict[str, set[str]] = {}
    for p in g.places.values():
        for s in (p.name, *p.aliases):
            place_owners.setdefault(alias_key(s), set()).add(p.place_id)
    for key, ids in sorted(place_owners.items()):
        shared = [g.places[i] for i in sorted(ids)]
        if len(ids) > 1 and (len({p.country for p in shared}) < len(ids) or None in {
                p.country for p in shared} or len({p.kind for p in shared}) > 1
                or any(p.stands_for for p in shared)):
            # places of one spelling in different countries ("Armavir") are told apart by
            # the country of the places named next to them; nothing tells apart others
            problems.append(f"place alias {key!r} is shared by {sorted(ids)}: they need "
                            "different countries, one kind and no actor reading")
        for pid in sorted(ids):
            stand = g.places[pid].stands_for
            for aid in sorted(owners.get(key, set())):
                if aid != stand:
                    problems.append(f"alias {key!r} names place {pid} and actor {aid}, but the "
                                    "place does not stand for that actor")

    for o in g.offices:
        where = f"office {o.office_id}"
        if o.org not in g.actors:
            problems.append(f"{where}: organisation {o.org!r} is not an actor")
        if o.holder not in g.actors:
            problems.append(f"{where}: holder {o.holder!r} is not an actor")
        elif g.actors[o.holder].kind != "person":
            problems.append(f"{where}: holder {o.holder!r} is not a person")
        if o.start and o.end and o.start > o.end:
            problems.append(f"{where}: starts after it ends")
    for rows in _offices_by_key(g).values():
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                if a.holder == b.holder:
                    continue
                lo = max(a.start or dt.date.min, b.start or dt.date.min)
                hi = min(a.end or dt.date.max, b.end or dt.date.max)
                if (hi - lo).days > 31:
                    problems.append(f"offices {a.office_id} and {b.office_id} overlap by "
                                    f"{(hi - lo).days} days")
    office_keys = set(_offices_by_key(g))
    for r in g.roles:
        if r.org not in g.actors:
            problems.append(f"role {r.org}/{r.role}: organisation is not an actor")
        if (r.org, r.office) not in office_keys:
            problems.append(f"role {r.org}/{r.role}: no office rows for {r.office!r}")
    body_keys = {b for _, b in g.bodies}
    for t in g.titles:
        where = f"title {t.phrase!r}"
        if t.kind not in TITLE_KINDS:
            problems.append(f"{where}: kind {t.kind!r} not in {TITLE_KINDS}")
        if t.default_org is not None and t.default_org not in g.actors:
            problems.append(f"{where}: default_org {t.default_org!r} is not an actor")
        if t.fallback not in (None, "org") and t.fallback not in body_keys:
            problems.append(f"{where}: fallback {t.fallback!r} is neither 'org' nor a body key")
        if t.form not in ("any", "of"):
            problems.append(f"{where}: form {t.form!r} (any|of)")
        if t.kind in ("office", "body") and not t.key:
            problems.append(f"{where}: an office or body title needs a key")
    for (org, body), aid in g.bodies.items():
        if org not in g.actors or aid not in g.actors:
            problems.append(f"body {org}/{body} -> {aid}: unknown actor")
    for q in g.qualifiers:
        if q.actor_id not in g.actors:
            problems.append(f"qualifier {q.surface!r}: unknown actor {q.actor_id!r}")
        if q.form not in QUALIFIER_FORMS:
            problems.append(f"qualifier {q.surface!r}: form {q.form!r} not in {QUALIFIER_FORMS}")
    for c in g.locative_cues:
        if c.position not in CUE_POSITIONS or c.applies_to not in ("all", "city"):
            problems.append(f"locative cue {c.cue!r}: bad position or applies_to")
    for p, gender in g.pronouns.items():
        if gender not in GENDERS:
            problems.append(f"pronoun {p!r}: gender {gender!r}")
    for w, sense in g.title_modifiers.items():
        if sense not in ("past", "future"):
            problems.append(f"title modifier {w!r}: sense {sense!r} (past|future)")
    words = [(r["word"], r["use"]) for r in _read("person_words.csv")]
    for w, use in words:
        if use not in PERSON_WORD_USES or not w.isalpha() or w != w.lower():
            problems.append(f"person word {w!r}: use {use!r} ({'|'.join(PERSON_WORD_USES)}), "
                            "one lower-case word")
    if [w for w, _ in words] != sorted(w for w, _ in words):
        problems.append("person_words.csv is not sorted by word")
    return problems
