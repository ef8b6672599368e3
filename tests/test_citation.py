"""CITATION.cff (valid CFF 1.2.0, in step with the CHANGELOG and the latest release), cite(),
licences."""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from pathlib import Path

import jsonschema
import pytest
import yaml
from release_fixtures import machine_tables, write_corpus, write_release

from karabakh_data import loader, release

REPO = Path(__file__).resolve().parents[1]
CFF_SCHEMA = Path(__file__).with_name("cff-1.2.0.schema.json")


@pytest.fixture(scope="module")
def cff() -> dict:
    text = (REPO / "CITATION.cff").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


def _errors(data: dict) -> list[str]:
    schema = json.loads(CFF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    return sorted(f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
                  for e in validator.iter_errors(data))


def test_citation_cff_is_valid_cff_1_2_0(cff):
    # YAML reads an unquoted date as a date object; CFF wants the string (quote it).
    assert _errors(cff) == []
    assert cff["type"] == "dataset"


def test_the_schema_check_catches_common_mistakes(cff):
    broken = dict(cff, **{"date-released": "22/11/2026", "license": "CC-BY",
                          "type": "data", "cff-version": "1.1.0"})
    broken.pop("authors")
    messages = "\n".join(_errors(broken))
    for key in ("date-released", "license", "type", "cff-version", "authors"):
        assert key in messages, key
    assert _errors(dict(cff, **{"date-released": dt.date(2026, 11, 22)}))  # unquoted date


def test_citation_matches_the_latest_changelog_entry(cff):
    dates = release.changelog_dates(REPO / "CHANGELOG.md")
    assert dates, "CHANGELOG.md has no '## [X.Y.Z] - YYYY-MM-DD' entry"
    latest = max(dates, key=loader.semver_key)
    assert (cff["version"], cff["date-released"]) == (latest, dates[latest].isoformat())


def test_citation_matches_the_latest_release(cff):
    root = REPO / "data" / "processed"
    if not loader.versions(root):
        pytest.skip("no release in data/processed yet (run `karabakh-data release 1.0.0`)")
    pkg = loader.read_datapackage(None, root)
    assert cff["version"] == pkg["version"]
    assert cff["date-released"] == pkg["created"][:10]
    assert cff["title"] == pkg["title"] == release.TITLE
    data_licences = [lic["name"] for lic in pkg["licenses"] if lic.get("scope") == "data"]
    assert [cff["license"]] == data_licences


def test_citation_title_and_licence_are_the_releases(cff):
    assert cff["title"] == release.TITLE
    assert cff["license"] == release.DATA_LICENSE["name"]
    assert cff["authors"] == [{"name": release.AUTHOR}]


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw = write_corpus(tmp_path_factory.mktemp("c") / "raw")
    root = tmp_path_factory.mktemp("r")
    write_release(root, "1.2.3", machine_tables(raw), dt.date(2025, 2, 14))
    return root


def test_cite_prints_and_returns_bibtex_and_a_plain_citation(released, capsys):
    text = release.cite(root=released)
    assert capsys.readouterr().out.strip() == text.strip()
    plain = ("karabakh-data contributors (2025). karabakh-data: an evidence-backed dataset of "
             "the Armenia–Azerbaijan peace process (Version 1.2.3) [Data set].")
    assert plain in text
    bib = release.cite(root=released, style="bibtex", echo=None)
    assert bib.startswith("@misc{karabakh_data_1_2_3,") and bib.endswith("}")
    fields = dict(re.findall(r"^\s+(\w+)\s+= \{(.*)\},?$", bib, re.MULTILINE))
    assert fields["author"] == "{karabakh-data contributors}"  # a corporate author, not a name
    assert (fields["year"], fields["version"]) == ("2025", "1.2.3")
    assert "Armenia--Azerbaijan" in fields["title"]
    assert "CC-BY-4.0" in fields["note"] and "2025-02-14" in fields["note"]
    assert bib.count("{") == bib.count("}")
    assert release.cite(root=released, style="plain", echo=None) == plain


def test_cite_names_a_specific_version_and_rejects_unknown_styles(released):
    write_release(released, "1.3.0", machine_tables(write_corpus(released.parent / "raw2")),
                  dt.date(2026, 1, 5))
    assert "(Version 1.3.0)" in release.cite(root=released, style="plain", echo=None)
    assert "(Version 1.2.3)" in release.cite("1.2.3", root=released, style="plain", echo=None)
    with pytest.raises(ValueError, match="style"):
        release.cite(root=released, style="apa", echo=None)


def test_code_and_data_licences_are_separate_files():
    code = (REPO / "LICENSE").read_text(encoding="utf-8")
    data = (REPO / "LICENSE-DATA").read_text(encoding="utf-8")
    assert code.startswith("MIT License")
    assert "CC-BY-4.0" in data and "https://creativecommons.org/licenses/by/4.0/" in data
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == release.CODE_LICENSE["name"]
    assert set(project["license-files"]) == {"LICENSE", "LICENSE-DATA"}
