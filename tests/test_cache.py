"""The extraction cache (`build --cache DIR`): a rebuild reuses unchanged articles' facts and
still writes exactly the bytes a build without the cache writes.

What a user relies on: a stale result is never reused (a changed article, manifest row or
package), a damaged cache costs a warning and a re-extraction, never a wrong table or a failed
build.
"""

from __future__ import annotations

import csv
import logging
import shutil
from pathlib import Path

import pytest
from conftest import RAW, assert_same_table_files

from karabakh_data import cache as cache_mod
from karabakh_data import pipeline
from karabakh_data.cli import main


def _build(raw: Path, out: Path, cache: Path | None = None, jobs: int = 1
           ) -> pipeline.BuildReport:
    return pipeline.build(raw, out, jobs=jobs, rel_to=raw.parent, cache=cache)



@pytest.fixture()
def raw(tmp_path: Path) -> Path:
    """Two of the raw articles and their manifest rows (enough for one to change while the
    other stays cached, and quick to build)."""
    dst = tmp_path / "raw"
    dst.mkdir()
    with (RAW / "manifest.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    keep = [r for r in rows if (RAW / r["file"]).stat().st_size < 3000][:2]
    assert len(keep) == 2
    for r in keep:
        shutil.copyfile(RAW / r["file"], dst / r["file"])
    with (dst / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(keep)
    return dst


@pytest.fixture()
def plain(raw: Path, tmp_path: Path) -> Path:
    """The tables of a build without a cache."""
    out = tmp_path / "plain"
    _build(raw, out)
    return out


def _no_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(doc):
        raise AssertionError(f"{doc.source_id} was extracted again")
    monkeypatch.setattr(pipeline, "extract_document", refuse)


def test_warm_build_reuses_every_article_and_writes_theassert_same_table_files(
        raw: Path, plain: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = _build(raw, tmp_path / "cold", cache=tmp_path / "cache")
    assert cold.cached == 0
    assert_same_table_files(plain, tmp_path / "cold")
    _no_extraction(monkeypatch)
    warm = _build(raw, tmp_path / "warm", cache=tmp_path / "cache")
    assert warm.cached == warm.articles_read == cold.articles_read > 0
    assert warm.problems == []
    assert_same_table_files(plain, tmp_path / "warm")
    assert "taken from the extraction cache" in warm.summary()


def test_changed_article_is_extracted_again(raw: Path, tmp_path: Path) -> None:
    _build(raw, tmp_path / "cold", cache=tmp_path / "cache")
    victim = sorted(raw.glob("*.txt"))[0]
    victim.write_bytes(victim.read_bytes() + b"\nA closing line the editors added later.\n")
    warm = _build(raw, tmp_path / "warm", cache=tmp_path / "cache")
    assert warm.cached == warm.articles_read - 1
    _build(raw, tmp_path / "plain2")
    assert_same_table_files(tmp_path / "plain2", tmp_path / "warm")


def test_changed_manifest_row_is_extracted_again(raw: Path, tmp_path: Path) -> None:
    # the publication date comes from the manifest and anchors every relative date
    _build(raw, tmp_path / "cold", cache=tmp_path / "cache")
    manifest = raw / "manifest.csv"
    with manifest.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rows[0]["published"] = "2019-01-15"
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    warm = _build(raw, tmp_path / "warm", cache=tmp_path / "cache")
    assert warm.cached == warm.articles_read - 1
    _build(raw, tmp_path / "plain2")
    assert_same_table_files(tmp_path / "plain2", tmp_path / "warm")


def test_new_package_code_never_reads_old_results(
        raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _build(raw, tmp_path / "cold", cache=tmp_path / "cache")
    monkeypatch.setattr(cache_mod, "code_fingerprint", lambda: "f" * 64)
    warm = _build(raw, tmp_path / "warm", cache=tmp_path / "cache")
    assert warm.cached == 0


def test_code_fingerprint_follows_vocabulary_files(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # a vocabulary row changes extraction as much as a rule does
    pkg = Path(cache_mod.__file__).parent
    copy = tmp_path / "karabakh_data"
    shutil.copytree(pkg, copy, ignore=shutil.ignore_patterns("__pycache__"))
    vocab = sorted(copy.rglob("*.csv"))
    assert vocab, "the package ships its vocabularies as CSV files"
    monkeypatch.setattr(cache_mod, "_PACKAGE", copy)
    cache_mod.code_fingerprint.cache_clear()
    try:
        before = cache_mod.code_fingerprint()
        with vocab[0].open("a", encoding="utf-8") as fh:
            fh.write("\n")
        cache_mod.code_fingerprint.cache_clear()
        assert cache_mod.code_fingerprint() != before
    finally:
        monkeypatch.undo()
        cache_mod.code_fingerprint.cache_clear()


def test_damaged_entry_is_logged_and_replaced(
        raw: Path, plain: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    cold = _build(raw, tmp_path / "cold", cache=tmp_path / "cache")
    entries = sorted((tmp_path / "cache").rglob("*.pkl"))
    assert len(entries) == cold.articles_read
    entries[0].write_bytes(entries[0].read_bytes()[:40])  # as a killed copy would leave it
    with caplog.at_level(logging.WARNING):
        warm = _build(raw, tmp_path / "warm", cache=tmp_path / "cache")
    assert warm.cached == warm.articles_read - 1
    assert "unreadable entry" in caplog.text
    assert_same_table_files(plain, tmp_path / "warm")
    again = _build(raw, tmp_path / "again", cache=tmp_path / "cache")
    assert again.cached == again.articles_read  # the damaged entry was rewritten


def test_unwritable_cache_costs_a_warning_not_the_build(
        raw: Path, plain: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    with caplog.at_level(logging.WARNING):
        report = _build(raw, tmp_path / "out", cache=blocker)
    assert report.problems == [] and report.cached == 0
    assert "cannot write" in caplog.text
    assert_same_table_files(plain, tmp_path / "out")


def test_cache_with_worker_processes_and_cli(raw: Path, plain: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    cache = tmp_path / "cache"
    for run in ("cold", "warm"):
        out = tmp_path / run
        assert main(["build", "--raw", str(raw), "--out", str(out), "--jobs", "2",
                     "--cache", str(cache)]) == 0
    printed = capsys.readouterr().out
    n = len(list(raw.glob("*.txt")))
    assert f"({n} unchanged, taken from the extraction cache)" in printed
    for run in ("cold", "warm"):
        # rel_to differs (the CLI uses the working folder), so compare facts, not sources
        for name in ("meetings", "events", "statements", "evidence"):
            a = (plain / f"{name}.parquet").read_bytes()
            assert (tmp_path / run / f"{name}.parquet").read_bytes() == a, (run, name)
