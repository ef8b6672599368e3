"""Building releases: files, datapackage.json, reproducibility, refusal to overwrite, dates,
validation, diff and the generated codebook page."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from release_fixtures import (
    EVENT_ID,
    MEETING_ID,
    fake_build,
    machine_tables,
    replace_rows,
    write_corpus,
)

from karabakh_data import docs, pipeline, release, schema
from karabakh_data.release import ReleaseError, make_release

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A raw folder, its machine tables (build_tables patched to return them), an empty
    curation folder and a release root."""
    raw = write_corpus(tmp_path / "raw")
    tables = machine_tables(raw)
    monkeypatch.setattr(pipeline, "build_tables", fake_build(tables))
    cur = tmp_path / "curation"
    cur.mkdir()
    return {"raw": raw, "tables": tables, "cur": cur, "root": tmp_path / "releases"}


def _release(c, version="1.0.0", date="2024-06-01", **kw):
    return make_release(version, c["raw"], c["root"], c["cur"], date=date, **kw)


def test_release_writes_every_table_and_a_datapackage(corpus):
    res = _release(corpus)
    out = corpus["root"] / "1.0.0"
    assert res.status == "written"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{t}.parquet" for t in schema.TABLES] + ["datapackage.json"])
    pkg = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert pkg["version"] == "1.0.0"
    assert pkg["created"].startswith("2024-06-01")
    assert {lic["name"] for lic in pkg["licenses"]} == {"CC-BY-4.0", "MIT"}
    assert {lic["scope"] for lic in pkg["licenses"]} == {"data", "code"}
    assert pkg["contributors"] and pkg["sources"]
    assert [r["name"] for r in pkg["resources"]] == list(schema.TABLES)
    for res_ in pkg["resources"]:
        data = (out / res_["path"]).read_bytes()
        assert res_["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert res_["bytes"] == len(data)
        assert res_["rows"] == pq.read_table(out / res_["path"]).num_rows
        fields = res_["schema"]["fields"]
        assert [f["name"] for f in fields] == schema.SCHEMAS[res_["name"]].names
        for f in fields:  # every column documented from the codebook
            assert f["description"] == schema.field_description(res_["name"], f["name"])
            assert f["description"]
    meetings = next(r for r in pkg["resources"] if r["name"] == "meetings")
    status = next(f for f in meetings["schema"]["fields"] if f["name"] == "status")
    assert status["constraints"]["enum"] == list(schema.MEETING_STATUSES)
    assert meetings["schema"]["primaryKey"] == ["meeting_id"]


def test_released_parquet_is_exactly_the_declared_schema(corpus):
    """Declared types, nullability and column descriptions; no pandas or other metadata that
    would tie the bytes to a library version. (Parquet names list items `element`, the
    standard layout other readers expect.)"""
    _release(corpus)
    for t in schema.TABLES:
        got = pq.read_schema(corpus["root"] / "1.0.0" / f"{t}.parquet")
        assert got.metadata is None, t
        decl = schema.SCHEMAS[t]
        assert got.names == decl.names
        for g, d in zip(got, decl, strict=True):
            assert (g.nullable, g.metadata) == (d.nullable, d.metadata), (t, g.name)
            assert str(g.type).replace("element:", "item:") == str(d.type), (t, g.name)


def test_rebuilding_a_release_reproduces_its_bytes_and_writes_nothing(corpus):
    _release(corpus)
    out = corpus["root"] / "1.0.0"
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir()}
    res = _release(corpus, date=None)  # date read back from the existing release
    assert res.status == "reproduced"
    assert "byte-identical" in str(res)
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir()} == before


def test_a_release_is_never_overwritten_with_different_content(corpus, monkeypatch):
    _release(corpus)
    out = corpus["root"] / "1.0.0"
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    rows = corpus["tables"]["events"].to_pylist()
    rows[0]["description"] = "A different description."
    monkeypatch.setattr(pipeline, "build_tables",
                        fake_build(replace_rows(corpus["tables"], "events", rows)))
    with pytest.raises(ReleaseError, match=r"refusing to overwrite release 1\.0\.0") as err:
        _release(corpus)
    assert "events.parquet: 0 rows added, 0 removed, 1 changed" in str(err.value)
    assert "1.0.1" in str(err.value)  # suggests a new version
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_release_date_comes_from_the_changelog_never_the_clock(corpus, tmp_path):
    log = tmp_path / "CHANGELOG.md"
    log.write_text("# Changes\n\n## [1.1.0] - 2024-09-30\n\nMore.\n\n## [1.0.0] - 2024-06-01\n",
                   encoding="utf-8")
    res = _release(corpus, version="1.1.0", date=None, changelog=log)
    assert res.created == dt.date(2024, 9, 30)
    with pytest.raises(ReleaseError, match=r"no release date for 1\.2\.0"):
        _release(corpus, version="1.2.0", date=None, changelog=log)
    with pytest.raises(ReleaseError, match="disagrees with CHANGELOG"):
        _release(corpus, version="1.0.0", date="2024-06-02", changelog=log)


def test_changelog_headings_are_read_in_common_styles(tmp_path):
    log = tmp_path / "CHANGELOG.md"
    log.write_text("## [2.0.0] - 2025-01-02\n## 1.1.0 (2024-12-01)\n## v1.0.0 – 2024-06-01\n",
                   encoding="utf-8")
    assert release.changelog_dates(log) == {"2.0.0": dt.date(2025, 1, 2),
                                            "1.1.0": dt.date(2024, 12, 1),
                                            "1.0.0": dt.date(2024, 6, 1)}


def test_version_must_be_semantic(corpus):
    with pytest.raises(ReleaseError, match="not a semantic version"):
        _release(corpus, version="v1")
    assert not corpus["root"].exists()


def test_an_unfinished_release_folder_is_not_silently_replaced(corpus):
    (corpus["root"] / "1.0.0").mkdir(parents=True)
    with pytest.raises(ReleaseError, match="not a finished release"):
        _release(corpus)


def test_a_fact_without_evidence_stops_the_release(corpus, monkeypatch):
    ev = [e for e in corpus["tables"]["evidence"].to_pylist() if e["record_id"] != EVENT_ID]
    monkeypatch.setattr(pipeline, "build_tables",
                        fake_build(replace_rows(corpus["tables"], "evidence", ev)))
    with pytest.raises(ReleaseError, match=f"events {EVENT_ID}: no evidence row"):
        _release(corpus)
    assert not (corpus["root"] / "1.0.0").exists()


def test_evidence_must_be_the_exact_source_text(corpus, monkeypatch):
    ev = corpus["tables"]["evidence"].to_pylist()
    ev[0]["char_start"] += 1  # the recorded text no longer sits at its offsets
    monkeypatch.setattr(pipeline, "build_tables",
                        fake_build(replace_rows(corpus["tables"], "evidence", ev)))
    with pytest.raises(ReleaseError, match="is not the clean text of"):
        _release(corpus)


def test_references_must_point_at_existing_rows(corpus, monkeypatch):
    rows = corpus["tables"]["meetings"].to_pylist()
    rows[0]["participants"] = ["armenia", "atlantis"]
    monkeypatch.setattr(pipeline, "build_tables",
                        fake_build(replace_rows(corpus["tables"], "meetings", rows)))
    with pytest.raises(ReleaseError, match=r"participants 'atlantis' is not in actors\.actor_id"):
        _release(corpus)


def test_evidence_must_come_from_the_rows_own_sources(corpus, monkeypatch):
    rows = corpus["tables"]["meetings"].to_pylist()
    rows[0]["source_ids"] = rows[0]["source_ids"][:1]
    rows[0]["n_sources"] = 1
    monkeypatch.setattr(pipeline, "build_tables",
                        fake_build(replace_rows(corpus["tables"], "meetings", rows)))
    with pytest.raises(ReleaseError, match=f"meetings {MEETING_ID}: evidence comes from"):
        _release(corpus)


def test_render_is_deterministic_and_ignores_pandas_metadata(corpus):
    t = dict(corpus["tables"])
    again = release.render_release(t, "1.0.0", dt.date(2024, 6, 1))
    # the same rows arriving through pandas (as reference tables do) give the same bytes
    import pyarrow as pa

    t["actors"] = pa.Table.from_pandas(t["actors"].to_pandas(), schema=schema.SCHEMAS["actors"],
                                       preserve_index=False)
    assert release.render_release(t, "1.0.0", dt.date(2024, 6, 1)) == again


def test_diff_reports_rows_added_removed_and_changed(corpus, monkeypatch):
    _release(corpus, version="1.0.0")
    rows = corpus["tables"]["events"].to_pylist()
    rows[0]["fatalities"] = 2
    tables = replace_rows(corpus["tables"], "events", rows)
    monkeypatch.setattr(pipeline, "build_tables", fake_build(tables))
    (corpus["cur"] / "c.json").write_text(json.dumps([{
        "id": "T1", "table": "meetings", "action": "drop", "record_id": MEETING_ID,
        "reason": "test", "reviewer": "tester", "date": "2024-07-01"}, {
        "id": "T2", "table": "statements", "action": "fix",
        "record_id": tables["statements"].column("statement_id")[0].as_py(),
        "field": "meeting_id", "value": None,
        "reason": "its meeting is dropped", "reviewer": "tester", "date": "2024-07-01"}]),
        encoding="utf-8")
    _release(corpus, version="1.1.0", date="2024-07-01")
    d = release.diff("1.0.0", "1.1.0", root=corpus["root"])
    assert d.tables["meetings"].removed == (MEETING_ID,)
    assert d.tables["events"].changed == (EVENT_ID,)
    assert d.tables["events"].changed_columns[EVENT_ID] == ("fatalities",)
    stm = d.tables["statements"]
    assert stm.changed_columns[stm.changed[0]] == ("meeting_id", "review_status")
    assert d.tables["actors"].is_empty and not d.is_empty
    text = str(d)
    assert "1.0.0 -> 1.1.0" in text and f"- {MEETING_ID}" in text
    assert f"~ {EVENT_ID} (fatalities)" in text and "actors      unchanged" in text
    same = release.diff("1.1.0", "1.1.0", root=corpus["root"])
    assert same.is_empty and "no differences" in str(same)


def test_the_committed_codebook_page_is_the_generated_one():
    page = REPO / "docs" / "codebook.md"
    assert page.is_file(), "docs/codebook.md is missing: run `python -m karabakh_data.docs`"
    assert page.read_text(encoding="utf-8") == docs.codebook_markdown(), (
        "docs/codebook.md is out of date: run `python -m karabakh_data.docs`")


def test_the_codebook_documents_every_column_and_vocabulary():
    page = docs.codebook_markdown()
    for t, sch in schema.SCHEMAS.items():
        assert f"## {t}" in page
        for f in sch:
            assert f"| `{f.name}` |" in page
    for vocab in schema.VOCABULARIES.values():
        assert ", ".join(f"`{v}`" for v in vocab) in page


PROCESSED = REPO / "data" / "processed"


def _latest_or_skip() -> str:
    from karabakh_data import loader

    if not loader.versions(PROCESSED):
        pytest.skip("no release in data/processed yet (run `karabakh-data release 1.0.0`)")
    return loader.latest_version(PROCESSED)


def test_the_latest_release_is_complete_and_right_against_the_gold_standard():
    from karabakh_data import loader
    from karabakh_data.evaluate import evaluate

    version = _latest_or_skip()
    tables = {t: loader.read_table(t, version, PROCESSED) for t in schema.TABLES}
    report = evaluate(tables, REPO / "tests" / "gold", REPO / "data" / "raw")
    for name, te in report.tables.items():
        assert te.overall.f1 == 1.0, f"release {version}, {name}: {te.overall}\n" + "\n".join(
            te.missed + te.extra)


def test_the_latest_release_is_reproduced_byte_for_byte_by_this_code():
    version = _latest_or_skip()
    try:
        res = make_release(version, REPO / "data" / "raw", PROCESSED,
                           REPO / "data" / "curation")
    except ReleaseError as exc:
        pytest.fail(f"this code no longer reproduces release {version}. If the change is "
                    f"intended, release it as a new version with a CHANGELOG entry.\n{exc}")
    assert res.status == "reproduced"
