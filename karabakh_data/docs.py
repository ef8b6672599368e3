"""Generate the codebook page (`docs/codebook.md`) from the schemas.

The column lists, types, pandas dtypes, vocabularies, keys and references are all read from the
objects the release is written and read with (`schema`, `release.REFERENCES`,
`loader.pandas_dtype`), so the page cannot drift from the tables: a test compares the committed
page with `codebook_markdown()`. The prose (what a row is, when a fact goes in) lives here, next
to the code that renders it; change it here and run

    python -m karabakh_data.docs            # rewrite docs/codebook.md
    python -m karabakh_data.docs --check    # exit 1 if the committed page is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow as pa

from karabakh_data import schema
from karabakh_data.loader import pandas_dtype
from karabakh_data.release import CODE_LICENSE, DATA_LICENSE, REFERENCES

CODEBOOK_PATH = Path(__file__).resolve().parent.parent / "docs" / "codebook.md"

_INTRO = """\
Each release of karabakh-data is a folder of Parquet files, one per table, with a
`datapackage.json` (Frictionless Data Package) that records every file's sha256, size, row count
and schema. This page describes every table and column. It is generated from the code that
writes and reads the tables (`python -m karabakh_data.docs`), so it always matches them."""

_READING = """\
```python
import karabakh_data as kd

kd.versions()                          # releases available, oldest first
meetings = kd.load("meetings")         # latest release; sha256 checked before reading
old = kd.load("events", version="1.0.0")
tables = kd.load_all()                 # every table, by name
kd.cite()                              # BibTeX and a plain citation of the release
```

`load()` verifies the file against the sha256 in `datapackage.json` before parsing it and raises
`ChecksumError` on a mismatch: a changed file is never read as if it were the published data.
Releases are found in `$KARABAKH_DATA_HOME` if set, else inside the installed package, else in
`data/processed/` of a source checkout. The Parquet files can also be read directly with any
Parquet reader (pyarrow, polars, DuckDB, R arrow); their types are the "Parquet type" column
below.

How `load()` turns Parquet types into pandas dtypes (the same for every table and release):"""

_DTYPE_NOTES = """\
Rows keep the order of the file. Dates are pandas timestamps at midnight: a date is never more
exact than its `*_precision` column says (a `month` date is the first day of that month, a
`year` date the first of January). Categorical columns list the release's whole vocabulary as
categories, in the order given here, so values that never occur still show up in counts."""

_CONVENTIONS = """\
- **Dates.** Every dated row has `date`, a precision (`day`, `week`, `month`, `year`,
  `decade`) and, for spans, `date_end`. With a coarse precision `date` is the first day of the
  period: a week starts on its Monday, a decade on 1 January of its first year. A span gives both
  ends at the precision of its ends. Relative expressions ("yesterday", "next month") are
  resolved against the article's publication date; where an article has no known publication
  date, one is inferred from its own text and the `sources` row says how. A year-less date
  ("on 6 October") takes the year of a date that sets the scene earlier in its sentence ("In
  2022, ..."), or, told in the past shortly after a full date up to three sentences before in
  its paragraph, that date's year ("... began on 27 September 2020. On 8 November, ... took
  Shusha"), and otherwise the publication year, or the year before when that would put a past
  happening after the article. A year before that lies more than half a year back, in a text
  that writes out an earlier year and never that one, would be a guess: the date is left open.
- **Actors** are ids of the `actors` table: people as lowercase hyphenated English names, states
  and organisations by their short English name. Spelling variants are aliases of one actor. A
  capital or seat of government standing for its government (as in "Moscow replied") is coded as
  the state.
- **Places** are ids of the `places` table, with WGS84 coordinates and an ISO 3166-1 alpha-3
  country code.
- **Evidence.** No fact row exists without support: each row of `meetings`, `statements` and
  `events` has one or more rows in `evidence`, each quoting a span of a source's clean text, with
  `text == clean_text[char_start:char_end]`, and the evidence of a row comes exactly from the
  sources the row lists. Offsets in the raw file are kept too (`raw_start`, `raw_end`). Numbers,
  dates and participants are only ever taken from the text, never guessed.
- **Ids are stable.** The same facts give the same id on every build and every machine, so ids
  can be cited and compared across releases (`karabakh-data diff A B`).
- **Review status.** `machine` rows are as extracted; `verified` rows were checked by a person
  and left unchanged; `corrected` rows were added or changed by a
  documented curation entry (`data/curation/`, each with its reason, reviewer and date)."""

_RULES: dict[str, str] = {
    "sources": """\
`source_id` is derived from the raw bytes, so the same file always has the same id and a
changed file gets a new one. Metadata comes from `data/raw/manifest.csv`
where given (`published_method = manifest`), otherwise from the text itself (`inferred`), or is
left empty (`unknown`); `published_note` records the words or note behind the date. Web furniture
(share buttons, comment widgets, newsletter prompts, disclaimers) is removed before anything is
extracted; `boilerplate_chars` says how much.""",
    "actors": """\
The people, states, organisations and government bodies the fact tables refer to. Every actor id
used anywhere in a release is a row here.""",
    "places": """\
The places the fact tables refer to. Every place id used in a release is a row here.""",
    "meetings": """\
A meeting is an encounter about Armenia–Azerbaijan relations between representatives of at least
two parties (Armenia, Azerbaijan, or a mediating state or organisation), face to face, by phone
or by video, that a source reports as held, planned, proposed or cancelled. A cabinet session, a
press conference or a speech is not a meeting (it can be the occasion of a statement). Side
meetings on the same day and in the same place as a larger meeting are part of it. A meeting
reported by several articles is a single row listing all of them in `source_ids`; where the
articles disagree, the row keeps the better-supported value and says so in `conflicts`.
`format` counts the parties present, the mediator included; `status` is the latest reported.""",
    "statements": """\
A statement is a direct quotation or reported speech attributed to an identifiable speaker (a
person, a government body, an organisation, or a state named by its capital) about the conflict
or the peace process. There is one row per attribution: a quotation continuing over several
sentences under one attribution stays one row, and a joint attribution to several speakers gives
one row per speaker. The article's own author is never a speaker. `text` is a verbatim span of
the source; statements are not merged across articles.""",
    "events": """\
An event is a dated happening that is neither a meeting nor a statement: fighting, a ceasefire,
an agreement signed or adopted, a change of territorial control, a blockade, a legal action, a
detention or prisoner exchange, a protest, a deployment or withdrawal of troops, or a formal
political declaration. Background history an article recounts is coded like any other event, at
the precision the text gives. `fatalities` is a number stated in the text, never an estimate: a
floor ("at least 300") is kept as stated, a ceiling ("up to 300", "nearly 300") gives none. An
event reported by several articles is one row listing all of them in `source_ids`.""",
    "evidence": """\
`table` and `record_id` name the fact row supported, `role` what the span supports (the
trigger, the date, the place, a participant, an outcome, the speaker, the quotation, the
fatality count, ...). `text` is exactly the source's clean text between
`char_start` and `char_end`. A participant or actor span may be a pronoun: "he" or "she"
standing for a person named just before, or "I", "me", "we", "my" or "our" inside a speaker's
own quoted words, standing for that speaker ("I") or the speaker's state ("we"); the
statements row over the same words names the speaker. "we" in the words of a speaker who is
described but not named ("a senior Azerbaijani official said") stands for the state of the
description; such words have no statements row.""",
}

_CURATION = f"""\
Machine extraction makes mistakes, so releases apply documented corrections kept in
`data/curation/` (format in `data/curation/README.md`): adding a missed row (with quotes that
must be found in the source), dropping a wrong one, fixing one field, or recording that a person
verified a row. Every entry has a reason, a reviewer and a date, and an entry that no longer
applies to the machine output stops the release instead of being skipped. `datapackage.json`
counts the rows of each review status.

A release is a folder `data/processed/<version>/` named by a semantic version. A published
version never changes: rebuilding it must reproduce the same bytes, and `karabakh-data release`
refuses to overwrite it with anything else. Changes go into a new version with an entry in
`CHANGELOG.md`; `karabakh-data diff A B` lists the rows added, removed and changed.

The data are licensed under {DATA_LICENSE['title'].split(' (')[0]} ({DATA_LICENSE['name']},
{DATA_LICENSE['path']}); the code under the {CODE_LICENSE['title'].split(' (')[0]}
({CODE_LICENSE['name']}). Cite the version you used: `karabakh_data.cite()` prints BibTeX and a
plain citation."""


def _type_name(t: pa.DataType) -> str:
    if pa.types.is_list(t):
        return f"list<{_type_name(t.value_type)}>"
    if pa.types.is_date32(t):
        return "date32"
    return str(t)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _dtype_table() -> list[str]:
    seen: dict[str, str] = {}
    for name, sch in schema.SCHEMAS.items():
        for f in sch:
            vocab = schema.VOCABULARIES.get((name, f.name))
            key = "string (closed vocabulary)" if vocab else _type_name(f.type)
            seen.setdefault(key, pandas_dtype(f.type, vocab))
    lines = ["| Parquet type | pandas dtype | missing value |", "|---|---|---|"]
    missing = {"category": "NaN", "datetime64[ns]": "NaT", "string": "<NA>", "float64": "NaN",
               "object (list)": "None (list columns are never missing)"}
    for key in sorted(seen):
        d = seen[key]
        miss = missing.get(d, "<NA>")
        lines.append(f"| `{key}` | `{d}` | `{miss}` |" if not miss.startswith("None")
                     else f"| `{key}` | `{d}` | {miss} |")
    return lines


def _table_section(name: str) -> list[str]:
    sch = schema.SCHEMAS[name]
    out = [f"## {name}", "", schema.TABLE_DESCRIPTIONS[name], "", _RULES[name], ""]
    out.append(f"Primary key: {', '.join(f'`{k}`' for k in schema.PRIMARY_KEYS[name])}.")
    refs = [f"`{c}` → `{t}.{tc}`" for tn, c, t, tc in REFERENCES if tn == name]
    if name == "evidence":
        refs.append("`record_id` → the key of the table named in `table`")
    if refs:
        out.append(f"References: {'; '.join(refs)}.")
    out += ["", "| column | Parquet type | pandas dtype | required | description |",
            "|---|---|---|---|---|"]
    for f in sch:
        vocab = schema.VOCABULARIES.get((name, f.name))
        items = schema.LIST_VOCABULARIES.get((name, f.name))
        desc = schema.field_description(name, f.name)
        if vocab:
            desc += " Values: " + ", ".join(f"`{v}`" for v in vocab) + "."
        if items:
            desc += " Items from: " + ", ".join(f"`{v}`" for v in items) + "."
        out.append(f"| `{f.name}` | `{_type_name(f.type)}` | "
                   f"`{pandas_dtype(f.type, vocab)}` | {'no' if f.nullable else 'yes'} | "
                   f"{_cell(desc)} |")
    out.append("")
    return out


def codebook_markdown() -> str:
    """The full text of docs/codebook.md."""
    lines = ["# karabakh-data codebook", "",
             "<!-- Generated by `python -m karabakh_data.docs` from karabakh_data/schema.py and "
             "karabakh_data/docs.py. Do not edit by hand: a test fails when this page and the "
             "code disagree. -->", "", _INTRO, "", "Tables:", ""]
    lines += [f"- [`{t}`](#{t}): {schema.TABLE_DESCRIPTIONS[t]}" for t in schema.TABLES]
    lines += ["", "## Reading the data", "", _READING, "", *_dtype_table(), "", _DTYPE_NOTES, "",
              "## Conventions", "", _CONVENTIONS, ""]
    for t in schema.TABLES:
        lines += _table_section(t)
    lines += ["## Closed vocabularies", "",
              "| table.column | values (in category order) |", "|---|---|"]
    vocabularies = {**schema.VOCABULARIES, **schema.LIST_VOCABULARIES}
    for (t, c), vocab in vocabularies.items():
        lines.append(f"| `{t}.{c}` | {', '.join(f'`{v}`' for v in vocab)} |")
    lines += ["", "## Curation, releases and citation", "", _CURATION, ""]
    return "\n".join(lines)


def write_codebook(path: Path | None = None) -> Path:
    """Write the generated page (default `docs/codebook.md` of the checkout)."""
    path = Path(path) if path is not None else CODEBOOK_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(codebook_markdown(), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    """`python -m karabakh_data.docs [--check] [PATH]`."""
    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    paths = [a for a in args if a != "--check"]
    path = Path(paths[0]) if paths else CODEBOOK_PATH
    if check:
        current = path.read_text(encoding="utf-8") if path.is_file() else ""
        if current != codebook_markdown():
            print(f"{path} is out of date: run `python -m karabakh_data.docs`", file=sys.stderr)
            return 1
        print(f"{path} is up to date")
        return 0
    print(f"wrote {write_codebook(path)}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
