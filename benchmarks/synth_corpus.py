"""A synthetic corpus of any size, recombined from the raw articles, for benchmarks and tests.

Why synthetic: the five seed articles are far too few to time a build that users will run on
thousands of articles, and real archives cannot be shipped. Recombining the seeds' own sentences
keeps the text realistic for every extractor (speech verbs, meeting cues, date expressions,
quotations that open in one sentence and close in another), while shifting the dates and swapping
the names makes the articles different facts rather than copies, so reconciliation sees many
distinct meetings and events spread over decades, as it would on a real archive.

What varies, per article (all drawn from `random.Random(f"{seed}:{index}")`, so article `i` is
the same whatever N is, and the corpus is byte-identical for one seed on every machine):

* which sentences, how many (6-20) and how they group into paragraphs;
* years shifted by one offset for the article (-35..+2), month names rotated, day numbers after
  a month name shifted (kept within 1-28, so no impossible day is created on purpose);
* a third of the persons swapped among the gazetteer's persons (full name for full name,
  surname for surname), a third of the cities among its cities; the gazetteer's aliases find
  every spelling of them;
* how the publication date is given: in `manifest.csv` (half), glued to the start of the text
  (a quarter) or not at all (a quarter: the build must infer it or leave it unknown);
* web furniture (share widgets, comment prompts) appended to some articles.

The corpus is written to a folder the caller gives (the benchmark uses a temporary directory);
it is never committed.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
import io
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_RAW = REPO / "data" / "raw"

_MONTHS = tuple(calendar.month_name)[1:]
_MONTH_ALT = "|".join(_MONTHS)
_YEAR = re.compile(r"(?<![\w.,])(19[0-9]{2}|20[0-9]{2})(?![\w])")
_MONTH_DAY = re.compile(r"\b(" + _MONTH_ALT + r")(\s+)(\d{1,2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(\s+)(" + _MONTH_ALT + r")\b")
_MONTH = re.compile(r"\b(" + _MONTH_ALT + r")\b")
# Furniture of our own wording, added to the lines the raw files already show.
_FURNITURE = ("Share", "Advertisement", "Leave a Reply", "Tweet", "3 Comments")


@dataclass(frozen=True)
class Pools:
    """What articles are recombined from: sentences, furniture lines and name lists."""

    sentences: tuple[str, ...]
    furniture: tuple[str, ...]
    persons: tuple[tuple[str, tuple[str, ...]], ...]  # (display name, aliases) per person
    cities: tuple[tuple[str, tuple[str, ...]], ...]  # (name, aliases) per city


@lru_cache(maxsize=4)
def load_pools(raw_dir: Path = DEFAULT_RAW) -> Pools:
    """Sentences of the cleaned raw articles and the gazetteer's person and city names."""
    from karabakh_data.corpus import clean_text, decode, is_boilerplate
    from karabakh_data.text import sentence_spans

    sentences: list[str] = []
    furniture: set[str] = set(_FURNITURE)
    for path in sorted(Path(raw_dir).glob("*.txt")):
        raw = decode(path.read_bytes(), path.name)
        furniture.update(ln.strip() for ln in raw.splitlines()
                         if ln.strip() and is_boilerplate(ln))
        text = clean_text(raw).text
        for s, e in sentence_spans(text):
            if e - s >= 25:
                sentences.append(text[s:e])
    if not sentences:
        raise ValueError(f"{raw_dir}: no sentences to recombine")
    persons, cities = _names()
    return Pools(tuple(sentences), tuple(sorted(furniture)), persons, cities)


def _names() -> tuple[tuple[tuple[str, tuple[str, ...]], ...],
                      tuple[tuple[str, tuple[str, ...]], ...]]:
    """Persons and cities of the reference tables, with their aliases (empty if unavailable)."""
    try:
        from karabakh_data.gazetteer import actors_frame, places_frame
    except ImportError:  # the gazetteer is optional for the generator: no swapping then
        return (), ()

    def rows(frame, kind: str, key: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        out = []
        for r in frame.sort_values(key).itertuples(index=False):
            if r.kind != kind:
                continue
            aliases = tuple(sorted({str(a) for a in [*r.aliases, r.name]
                                    if a and len(str(a)) >= 4 and str(a)[0].isupper()},
                                   key=lambda a: (-len(a), a)))
            if aliases:
                out.append((str(r.name), aliases))
        return tuple(out)

    return rows(actors_frame(), "person", "actor_id"), rows(places_frame(), "city", "place_id")


def _swap_map(rng: random.Random, names: tuple[tuple[str, tuple[str, ...]], ...]
              ) -> dict[str, str]:
    """Alias -> replacement for a random permutation of a third of the named entities (the rest
    keep their names, so articles still read like reports of this conflict)."""
    if len(names) < 2:
        return {}
    chosen = rng.sample(range(len(names)), max(2, len(names) // 3))
    targets = chosen[:]
    rng.shuffle(targets)
    out: dict[str, str] = {}
    for src, dst in zip(chosen, targets, strict=True):
        if src == dst:
            continue
        new_full = names[dst][0]
        new_short = new_full.split()[-1]
        for alias in names[src][1]:
            out[alias] = new_full if " " in alias else new_short
    return out


@lru_cache(maxsize=4)
def _alias_pattern(pools: Pools) -> re.Pattern[str]:
    """One pattern for every alias (longest first), compiled once: a pattern per article's swap
    map would be recompiled for every article."""
    aliases = {a for _, al in (*pools.persons, *pools.cities) for a in al}
    alt = "|".join(re.escape(a) for a in sorted(aliases, key=lambda a: (-len(a), a)))
    return re.compile(r"(?<!\w)(?:" + alt + r")(?!\w)")


def _apply_swaps(text: str, swaps: dict[str, str], pools: Pools) -> str:
    if not swaps:
        return text
    return _alias_pattern(pools).sub(lambda m: swaps.get(m.group(0), m.group(0)), text)


def _shift_dates(text: str, dy: int, dm: int, dd: int) -> str:
    """Shift years by `dy`, rotate month names by `dm`, move days after a month name by `dd`."""

    def day(d: str) -> str:
        n = int(d)
        return str((n - 1 + dd) % 28 + 1) if 1 <= n <= 31 else d

    def month(name: str) -> str:
        return _MONTHS[(_MONTHS.index(name) + dm) % 12]

    text = _YEAR.sub(lambda m: str(int(m.group(1)) + dy), text)
    text = _MONTH_DAY.sub(lambda m: f"{m.group(1)}{m.group(2)}{day(m.group(3))}", text)
    text = _DAY_MONTH.sub(lambda m: f"{day(m.group(1))}{m.group(2)}{m.group(3)}", text)
    return _MONTH.sub(lambda m: month(m.group(1)), text)


@dataclass(frozen=True)
class SynthArticle:
    name: str
    text: str
    published: str  # ISO date for the manifest, or "" when the manifest does not give it
    outlet: str


def make_article(index: int, pools: Pools, seed: int = 0) -> SynthArticle:
    """Article `index` of the corpus for `seed` (independent of how many are generated)."""
    rng = random.Random(f"{seed}:{index}")
    dy, dm, dd = rng.randint(-35, 2), rng.randint(0, 11), rng.randint(0, 27)
    swaps = {**_swap_map(rng, pools.persons), **_swap_map(rng, pools.cities)}
    k = rng.randint(6, 20)
    picked = rng.sample(pools.sentences, min(k, len(pools.sentences)))
    paragraphs: list[str] = []
    while picked:
        n = min(rng.randint(1, 3), len(picked))
        paragraphs.append(" ".join(picked[:n]))
        picked = picked[n:]
    body = _apply_swaps(_shift_dates("\n\n".join(paragraphs), dy, dm, dd), swaps, pools)
    if rng.random() < 0.3:
        body += "\n\n" + "\n".join(rng.sample(pools.furniture, min(2, len(pools.furniture))))
    published = dt.date(2023 + dy, 1, 1) + dt.timedelta(days=rng.randrange(365))
    how = rng.random()
    manifest_date = ""
    if how < 0.5:
        manifest_date = published.isoformat()
    elif how < 0.75:
        body = f"date {published.isoformat()} {body}"
    outlet = f"Synthetic Wire {rng.randint(1, 5)}"
    return SynthArticle(f"{index:06d}_synth.txt", body + "\n", manifest_date, outlet)


def iter_articles(n: int, seed: int = 0, raw_dir: Path = DEFAULT_RAW) -> Iterator[SynthArticle]:
    """`n` articles with distinct bytes (a clash, vanishingly rare, gets a numbered last line)."""
    pools = load_pools(Path(raw_dir))
    seen: set[str] = set()
    for i in range(n):
        art = make_article(i, pools, seed)
        text = art.text
        while (digest := hashlib.sha256(text.encode("utf-8")).hexdigest()) in seen:
            text += f"\nUpdate {len(text)}.\n"
        seen.add(digest)
        if text != art.text:
            art = SynthArticle(art.name, text, art.published, art.outlet)
        yield art


def write_corpus(out_dir: Path, n: int, seed: int = 0, raw_dir: Path = DEFAULT_RAW) -> Path:
    """Write `n` synthetic articles and their `manifest.csv` into `out_dir`; return it.

    Articles are streamed to disk one at a time, so generating 100,000 needs no more memory
    than generating ten.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "url", "outlet", "title", "author", "published", "language", "notes"])
    for art in iter_articles(n, seed, raw_dir):
        (out_dir / art.name).write_text(art.text, encoding="utf-8")
        w.writerow([art.name, "", art.outlet, "", "", art.published, "en", "synthetic"])
    (out_dir / "manifest.csv").write_text(buf.getvalue(), encoding="utf-8")
    return out_dir


if __name__ == "__main__":  # pragma: no cover - a manual look at one article
    import argparse

    p = argparse.ArgumentParser(description="write a synthetic corpus")
    p.add_argument("out", type=Path)
    p.add_argument("--n", type=int, default=100)
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args()
    print(write_corpus(a.out, a.n, a.seed))
