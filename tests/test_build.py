"""`karabakh-data build`: the tables a user gets, and what happens with bad input."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import REPO

from karabakh_data import schema
from karabakh_data.cli import main


def _build(raw: Path, out: Path, *extra: str) -> int:
    return main(["build", "--raw", str(raw), "--out", str(out), *extra])


def test_build_writes_every_table_with_its_schema(raw_copy: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert _build(raw_copy, out) == 0
    printed = capsys.readouterr().out
    assert "articles read: 5" in printed and "rows per table" in printed
    assert "time taken" in printed
    for name in schema.TABLES:
        t = pq.read_table(out / f"{name}.parquet")
        assert t.schema.equals(schema.SCHEMAS[name], check_metadata=False)
        schema.validate(name, t)
    sources = pq.read_table(out / "sources.parquet").to_pylist()
    assert len(sources) == 5
    for row in sources:
        raw_file = raw_copy / Path(row["path"]).name
        assert row["path"].endswith(raw_file.name)
        assert row["sha256"] == hashlib.sha256(raw_file.read_bytes()).hexdigest()
        assert row["boilerplate_chars"] >= 0
    assert {r["published"].isoformat() for r in sources if r["published_precision"] == "day"} \
        == {"2023-05-22", "2023-05-25", "2022-04-07"}


def test_build_is_byte_identical_on_rebuild(raw_copy: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert _build(raw_copy, a) == 0
    assert _build(raw_copy, b, "--jobs", "2") == 0
    for name in schema.TABLES:
        assert (a / f"{name}.parquet").read_bytes() == (b / f"{name}.parquet").read_bytes(), name


def test_every_evidence_span_is_the_exact_text(seed_tables) -> None:
    from conftest import RAW

    from karabakh_data.corpus import list_corpus, load_document

    items, _ = list_corpus(RAW, rel_to=REPO)
    docs = {}
    for it in items:
        d, _row = load_document(it.path, it.rel_path, it.manifest)
        docs[d.source_id] = d
    ev = seed_tables["evidence"].to_pylist()
    assert ev, "no evidence rows"
    for r in ev:
        d = docs[r["source_id"]]
        assert d.clean_text[r["char_start"]:r["char_end"]] == r["text"]
        assert d.raw_text[r["raw_start"]:r["raw_end"]] == r["text"]
    for table, key in (("meetings", "meeting_id"), ("statements", "statement_id"),
                       ("events", "event_id")):
        ids = set(seed_tables[table].column(key).to_pylist())
        backed = {r["record_id"] for r in ev if r["table"] == table}
        assert ids <= backed, f"{table} rows without evidence: {sorted(ids - backed)}"


def test_bad_files_are_skipped_with_a_message(raw_copy: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (raw_copy / "empty.txt").write_bytes(b"")
    (raw_copy / "binary.txt").write_bytes(b"\x89PNG\x00\x00")
    (raw_copy / "latin1.txt").write_bytes("Les n\xe9gociations".encode("latin-1"))
    first = sorted(raw_copy.glob("0*.txt"))[0]
    (raw_copy / "zz_copy.txt").write_bytes(first.read_bytes())
    (raw_copy / "huge.txt").write_bytes(b"word " * 1_100_000)
    with (raw_copy / "manifest.csv").open("a", encoding="utf-8") as fh:
        fh.write("missing.txt,,,,,,,\n")
    out = tmp_path / "out"
    assert _build(raw_copy, out) == 0
    printed = capsys.readouterr().out
    assert "articles read: 5" in printed
    for name, words in (("empty.txt", "empty"), ("binary.txt", "binary"),
                        ("latin1.txt", "UTF-8"), ("zz_copy.txt", "duplicate"),
                        ("huge.txt", "limit"), ("missing.txt", "does not exist")):
        line = next((ln for ln in printed.splitlines() if name in ln), "")
        assert words in line, (name, printed)
    assert pq.read_table(out / "sources.parquet").num_rows == 5


def test_strict_build_stops_before_writing(raw_copy: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    (raw_copy / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    out.mkdir()
    (out / "previous.parquet").write_bytes(b"old")
    assert _build(raw_copy, out, "--strict") == 2
    err = capsys.readouterr().err
    assert "empty.txt" in err and "Traceback" not in err
    assert [p.name for p in out.iterdir()] == ["previous.parquet"]


def test_missing_raw_folder_is_a_clear_error(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert _build(tmp_path / "nope", tmp_path / "out") == 2
    assert "no such folder" in capsys.readouterr().err


def test_killed_build_leaves_previous_output_intact(raw_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _build(raw_copy, out) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    code = (
        "import os, signal, sys\n"
        "import karabakh_data.pipeline as p\n"
        "orig = p.write_parquet\n"
        "n = [0]\n"
        "def dying(table, path):\n"
        "    n[0] += 1\n"
        "    orig(table, path)\n"
        "    if n[0] == 3: os.kill(os.getpid(), signal.SIGKILL)\n"
        "p.write_parquet = dying\n"
        f"p.build({str(raw_copy)!r}, {str(out)!r})\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, env={**os.environ},
                          capture_output=True)
    assert proc.returncode != 0
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert after == before


def test_writing_that_consumes_the_tables_writes_the_same_files(raw_copy: Path,
                                                                tmp_path: Path) -> None:
    # `build` lets each table go once written (its memory peak is the last, largest file);
    # the files must not depend on that, and the caller's dict is left empty.
    from karabakh_data.pipeline import build_tables, write_tables

    tables, _ = build_tables(raw_copy)
    write_tables(dict(tables), tmp_path / "kept")
    handed = dict(tables)
    write_tables(handed, tmp_path / "consumed", consume=True)
    assert handed == {}
    for name in tables:
        kept = (tmp_path / "kept" / f"{name}.parquet").read_bytes()
        assert (tmp_path / "consumed" / f"{name}.parquet").read_bytes() == kept


def test_build_writes_each_table_before_building_the_next(
        raw_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `build` streams: each finished table goes to the writer and is let go before the next
    # is built, so a large build never holds its finished tables beside the evidence work.
    # The files are those of building every table first, and the report is complete.
    import weakref

    from karabakh_data.pipeline import build, build_tables, write_tables

    seen: list[str] = []
    written: list[weakref.ref] = []
    validate = schema.validate

    def validate_when_the_others_are_gone(name: str, table) -> None:
        # called on each table as soon as it is built, before it is handed on
        assert all(r() is None for r in written), f"a table before {name} is still held"
        validate(name, table)

    def sink(name: str, table) -> None:
        seen.append(name)
        written.append(weakref.ref(table))

    monkeypatch.setattr(schema, "validate", validate_when_the_others_are_gone)
    kept, report = build_tables(raw_copy, sink=sink)
    assert kept == {}
    assert sorted(seen) == sorted(schema.TABLES) and seen[-1] == "evidence"
    assert list(report.rows) == list(schema.TABLES) and "write" in report.timings
    monkeypatch.undo()

    tables, _ = build_tables(raw_copy)
    write_tables(tables, tmp_path / "whole")
    streamed = build(raw_copy, tmp_path / "streamed")
    assert streamed.rows == {n: t.num_rows for n, t in tables.items()}
    for name in schema.TABLES:
        whole = (tmp_path / "whole" / f"{name}.parquet").read_bytes()
        assert (tmp_path / "streamed" / f"{name}.parquet").read_bytes() == whole


def test_a_build_failing_mid_way_leaves_previous_output_and_no_temporary_files(
        raw_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from karabakh_data.pipeline import build

    out = tmp_path / "out"
    build(raw_copy, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken(*args, **kwargs):
        raise RuntimeError("clustering failed")

    # sources, actors and places are already written when the events fail to cluster
    monkeypatch.setattr("karabakh_data.events.cluster_events", broken)
    with pytest.raises(RuntimeError, match="clustering failed"):
        build(raw_copy, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["out", raw_copy.name])


def test_a_build_leaves_the_folders_of_a_concurrent_build_alone(raw_copy: Path,
                                                                 tmp_path: Path) -> None:
    # Two builds writing to the same place at once: the second must not delete the first's
    # half-written folder (the first would then fail on its next file), while folders left
    # by a killed build are still tidied away.
    out = tmp_path / "out"
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    try:
        live_tmp = tmp_path / f".out.tmp-{running.pid}-abc"
        dead_tmp = tmp_path / f".out.tmp-{dead.pid}-abc"
        for d in (live_tmp, dead_tmp):
            d.mkdir()
            (d / "events.parquet").write_bytes(b"half")
        assert _build(raw_copy, out) == 0
        assert (live_tmp / "events.parquet").read_bytes() == b"half"
        assert not dead_tmp.exists()
        assert sorted(p.name for p in out.iterdir())[:1] == ["actors.parquet"]
    finally:
        running.kill()
        running.wait()


def test_round62_a_page_saved_twice_under_other_furniture_is_read_once(tmp_path: Path) -> None:
    # the AMP and the print save of one outlet's page: one report, not two sources; the same
    # wire copy run by another outlet is a source of its own
    from karabakh_data.pipeline import build_tables

    raw = tmp_path / "raw"
    raw.mkdir()
    body = ("TBILISI, March 3 (Wire) - Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani "
            "Foreign Minister Jeyhun Bayramov met in Tbilisi on Thursday to discuss the peace "
            "treaty, officials said.\n\nThe ministers agreed to meet again in April, a spokesman "
            "for the Georgian government said after the meeting.\n")
    (raw / "a-amp.txt").write_text("Open in app\nMinisters meet in Tbilisi\n" + body,
                                   encoding="utf-8")
    (raw / "b-print.txt").write_text("Ministers meet in Tbilisi\n" + body
                                     + "Printed on 5 March 2022\n", encoding="utf-8")
    (raw / "c-other.txt").write_text("Ministers meet in Tbilisi\n\n" + body, encoding="utf-8")
    (raw / "manifest.csv").write_text(
        "file,url,outlet,title,author,published,language,notes\n"
        "a-amp.txt,,Wire,,,2022-03-03,en,\nb-print.txt,,Wire,,,2022-03-03,en,\n"
        "c-other.txt,,Caucasus Daily,,,2022-03-03,en,\n", encoding="utf-8")
    tables, report = build_tables(raw, rel_to=tmp_path)
    assert sorted(tables["sources"].column("path").to_pylist()) == ["raw/a-amp.txt",
                                                                    "raw/c-other.txt"]
    (problem,) = report.problems
    assert problem.path == "raw/b-print.txt"
    assert "same article as raw/a-amp.txt" in problem.message
