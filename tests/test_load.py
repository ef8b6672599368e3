"""Reading releases (`karabakh_data.loader`, behind `karabakh_data.load()`): version discovery,
dtypes, checksum verification, info."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest
from release_fixtures import MEETING_ID, machine_tables, write_corpus, write_release

import karabakh_data
from karabakh_data import loader as load
from karabakh_data import schema
from karabakh_data.loader import ChecksumError, ReleaseNotFoundError


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory):
    raw = write_corpus(tmp_path_factory.mktemp("corpus") / "raw")
    return machine_tables(raw)


@pytest.fixture()
def root(tmp_path: Path, tables) -> Path:
    root = tmp_path / "releases"
    write_release(root, "1.0.0", tables)
    return root


def test_versions_are_semver_sorted_and_only_complete_releases(tmp_path, tables):
    root = tmp_path / "r"
    for v in ("1.9.0", "1.10.0", "1.10.0-rc.1", "0.2.0"):
        write_release(root, v, tables)
    (root / "build").mkdir()               # the machine build's folder is not a release
    (root / "2.0.0").mkdir()               # no datapackage.json: unfinished, not a release
    (root / ".1.11.0.tmp-x").mkdir()
    assert load.versions(root) == ["0.2.0", "1.9.0", "1.10.0-rc.1", "1.10.0"]
    assert load.latest_version(root) == "1.10.0"


def test_latest_skips_prereleases_unless_nothing_else_exists(tmp_path, tables):
    root = tmp_path / "r"
    write_release(root, "2.0.0-rc.2", tables)
    write_release(root, "2.0.0-rc.10", tables)
    assert load.latest_version(root) == "2.0.0-rc.10"  # numeric pre-release ids
    write_release(root, "1.0.0", tables)
    assert load.latest_version(root) == "1.0.0"


def test_load_reads_the_latest_by_default_and_any_kept_version(tmp_path, tables):
    root = tmp_path / "r"
    write_release(root, "1.0.0", tables)
    rows = tables["events"].to_pylist()
    rows[0]["fatalities"] = 3
    changed = dict(tables, events=schema.table_from_rows("events", rows))
    write_release(root, "1.1.0", changed)
    assert load.load("events", root=root)["fatalities"].tolist() == [3]
    assert load.load("events", "1.0.0", root=root)["fatalities"].isna().all()
    assert load.load("events", root=root).attrs["version"] == "1.1.0"


def test_dtypes_are_the_documented_ones(root):
    m = load.load("meetings", root=root)
    assert str(m["date"].dtype) == "datetime64[ns]"
    assert m["date"].iloc[0] == pd.Timestamp("2024-03-03")
    assert m["date_end"].isna().all()
    assert isinstance(m["status"].dtype, pd.CategoricalDtype)
    assert list(m["status"].cat.categories) == list(schema.MEETING_STATUSES)
    assert list(m["level"].cat.categories) == list(schema.MEETING_LEVELS)
    assert m["participants"].iloc[0] == ["armenia", "azerbaijan"]
    assert isinstance(m["participants"].iloc[0], list)
    assert m["outcomes"].iloc[0] == []
    assert str(m["n_sources"].dtype) == "Int32"
    assert str(m["meeting_id"].dtype) == "string"
    assert m["venue"].isna().all()
    e = load.load("events", root=root)
    assert str(e["fatalities"].dtype) == "Int32" and e["fatalities"].isna().all()
    ev = load.load("evidence", root=root)
    assert str(ev["char_start"].dtype) == "Int64"
    p = load.load("places", root=root)
    assert p["lat"].dtype == "float64"


def test_rows_come_in_file_order(root, tables):
    ev = load.load("evidence", root=root)
    assert ev["text"].tolist() == tables["evidence"].column("text").to_pylist()


def test_load_all_returns_every_table(root):
    frames = load.load_all(root=root)
    assert list(frames) == list(schema.TABLES)
    assert frames["meetings"]["meeting_id"].tolist() == [MEETING_ID]


def test_a_tampered_file_is_refused_with_a_clear_message(root):
    path = root / "1.0.0" / "meetings.parquet"
    original = path.read_bytes()
    path.write_bytes(original[:-1] + bytes([original[-1] ^ 1]))
    with pytest.raises(ChecksumError) as err:
        load.load("meetings", root=root)
    msg = str(err.value)
    expected = hashlib.sha256(original).hexdigest()
    assert str(path) in msg and expected in msg
    assert hashlib.sha256(path.read_bytes()).hexdigest() in msg
    assert "never edit a released file" in msg
    # the other tables still load; info() reports the damage instead of failing
    assert len(load.load("events", root=root)) == 1
    assert "meetings" in load.info(root=root) and "CHECKSUM MISMATCH" in load.info(root=root)


def test_a_missing_file_is_refused(root):
    (root / "1.0.0" / "events.parquet").unlink()
    with pytest.raises(ChecksumError, match="is missing"):
        load.load("events", root=root)


def test_datapackage_paths_cannot_escape_the_release(root):
    pkg_path = root / "1.0.0" / "datapackage.json"
    pkg = json.loads(pkg_path.read_text(encoding="utf-8"))
    pkg["resources"][0]["path"] = "../elsewhere.parquet"
    pkg_path.write_text(json.dumps(pkg), encoding="utf-8")
    with pytest.raises(ChecksumError, match="unsafe path"):
        load.load(pkg["resources"][0]["name"], root=root)


def test_unknown_version_or_table_names_what_exists(root):
    with pytest.raises(ReleaseNotFoundError, match=r"'9\.9\.9' not found.*available: 1\.0\.0"):
        load.load("meetings", "9.9.9", root=root)
    with pytest.raises(ValueError, match=r"no table 'meeting'.*meetings"):
        load.load("meeting", root=root)


def test_no_release_at_all_says_how_to_make_one(tmp_path):
    with pytest.raises(ReleaseNotFoundError, match="karabakh-data release"):
        load.load("meetings", root=tmp_path / "empty")


def test_the_environment_variable_chooses_the_release_folder(root, monkeypatch):
    monkeypatch.setenv(load.ENV_VAR, str(root))
    assert load.release_root() == root
    assert karabakh_data.versions() == ["1.0.0"]
    assert karabakh_data.load("meetings")["meeting_id"].tolist() == [MEETING_ID]
    # still the function on a second call: no submodule named `load` may shadow it
    assert callable(karabakh_data.load)
    assert len(karabakh_data.load_all()["events"]) == 1


def test_without_the_variable_a_checkout_reads_data_processed(monkeypatch):
    monkeypatch.delenv(load.ENV_VAR, raising=False)
    pkg = Path(load.__file__).resolve().parent
    expected = pkg / "_releases" if (pkg / "_releases").is_dir() else pkg.parent / "data" / \
        "processed"
    assert load.release_root() == expected


def test_info_summarises_the_release(root):
    text = load.info(root=root)
    assert "version 1.0.0, released 2024-06-01" in text
    assert "meetings" in text and "1 rows  sha256 ok" in text
    assert "CC-BY-4.0" in text or "Creative Commons" in text
    assert "cite as: karabakh-data contributors (2024)" in text


def test_semver_key_orders_by_precedence():
    ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
               "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.10.0"]
    assert sorted(reversed(ordered), key=load.semver_key) == ordered
    assert not load.is_semver("1.0") and not load.is_semver("01.0.0")


_NATIVE_THREADS = """
import os, sys, tempfile
from pathlib import Path
import karabakh_data as kd
from karabakh_data import pipeline
def threads():
    return len(os.listdir("/proc/self/task"))
before = threads()
kd.load_all()
kd.diff(kd.versions()[0], kd.versions()[-1])
with tempfile.TemporaryDirectory() as out:
    pipeline.build(Path(sys.argv[1]), Path(out))
print(before, threads())
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_loading_diffing_and_building_start_no_native_thread_pool() -> None:
    """pyarrow 26 could abort at interpreter exit (status 134, "terminate called without an
    active exception") when one of its thread pools was still alive, about one run in two in
    CI: the work was done and printed, but scripts saw a crash. A pool is started by
    `pq.read_table` (even with use_threads=False) and by the IPC *file* reader; the package
    uses readers that start none. Counting threads makes the check exact instead of a
    matter of luck over repeated runs."""
    import subprocess
    import sys

    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    r = subprocess.run([sys.executable, "-c", _NATIVE_THREADS, str(raw)], capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-800:]
    before, after = r.stdout.split()[-2:]
    assert after == before, f"{int(after) - int(before)} native thread(s) left running"
