"""Parallel builds (`--jobs N`, a Dask cluster) write exactly the bytes a serial build writes.

A user who adds workers to get a large archive built faster must get the same dataset, byte for
byte: the release checksums, the stable ids and every diff between versions depend on it. The
corpus is synthetic (recombined from the raw articles, with shifted dates and swapped names; see
`benchmarks/synth_corpus.py`) so there are enough articles for the work to really be split.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO, assert_same_table_files

from karabakh_data.cli import main
from karabakh_data.pipeline import write_tables

N_ARTICLES = 30


def _synth_module():
    path = REPO / "benchmarks" / "synth_corpus.py"
    spec = importlib.util.spec_from_file_location("synth_corpus", path)
    assert spec and spec.loader, path
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("synth_corpus", mod)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def synth_raw(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _synth_module().write_corpus(tmp_path_factory.mktemp("synth") / "raw", N_ARTICLES,
                                        seed=11)


@pytest.fixture(scope="module")
def serial_out(synth_raw: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("serial") / "out"
    assert main(["build", "--raw", str(synth_raw), "--out", str(out), "--jobs", "1"]) == 0
    return out



def test_synthetic_corpus_is_deterministic_and_varied(synth_raw: Path, tmp_path: Path) -> None:
    again = _synth_module().write_corpus(tmp_path / "again", N_ARTICLES, seed=11)
    files = sorted(p.name for p in synth_raw.iterdir())
    assert files == sorted(p.name for p in again.iterdir())
    assert len(files) == N_ARTICLES + 1  # + manifest.csv
    for name in files:
        assert (synth_raw / name).read_bytes() == (again / name).read_bytes(), name
    texts = {(synth_raw / n).read_bytes() for n in files if n.endswith(".txt")}
    assert len(texts) == N_ARTICLES  # no duplicates: the build would skip them


def test_jobs_2_is_byte_identical_to_serial(synth_raw: Path, serial_out: Path,
                                            tmp_path: Path) -> None:
    out = tmp_path / "jobs2"
    assert main(["build", "--raw", str(synth_raw), "--out", str(out), "--jobs", "2"]) == 0
    assert_same_table_files(serial_out, out)


@pytest.fixture(scope="module")
def dask_client():
    dd = pytest.importorskip("dask.distributed")
    with dd.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                         dashboard_address=None) as cluster, dd.Client(cluster) as client:
        yield client


def test_dask_local_cluster_is_byte_identical_to_serial(synth_raw: Path, serial_out: Path,
                                                        tmp_path: Path, dask_client) -> None:
    from karabakh_data.distributed import build_tables_dask

    # A small batch size makes the items cross several batches, as on a large corpus.
    tables, report = build_tables_dask(synth_raw, client=dask_client, rel_to=Path.cwd(),
                                       batch_size=7)
    assert report.articles_read == N_ARTICLES
    assert not report.problems
    out = tmp_path / "dask"
    write_tables(tables, out)
    assert_same_table_files(serial_out, out)


def test_dask_workers_fill_and_reuse_an_extraction_cache(synth_raw: Path, serial_out: Path,
                                                         tmp_path: Path, dask_client) -> None:
    from karabakh_data.distributed import build_tables_dask

    cache = tmp_path / "cache"
    for expect_cached in (0, N_ARTICLES):  # a cold cache the workers fill, then a warm one
        tables, report = build_tables_dask(synth_raw, client=dask_client, rel_to=Path.cwd(),
                                           batch_size=7, cache=cache)
        assert (report.articles_read, report.cached) == (N_ARTICLES, expect_cached)
        out = tmp_path / f"dask-{expect_cached}"
        write_tables(tables, out)
        assert_same_table_files(serial_out, out)


def _slow_for_small(x: int) -> int:
    time.sleep(0.02 * (10 - x % 10))
    return x * x


def test_dask_mapper_returns_results_in_input_order(dask_client) -> None:
    from karabakh_data.distributed import dask_mapper

    got = list(dask_mapper(dask_client, batch_size=4)(_slow_for_small, range(23)))
    assert got == [x * x for x in range(23)]


def test_missing_dask_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from karabakh_data import distributed

    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    with pytest.raises(RuntimeError, match=r"pip install 'karabakh-data\[dask\]'"):
        distributed.build_tables_dask(tmp_path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_build_killed_during_parallel_extraction_keeps_previous_output(
        synth_raw: Path, serial_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(serial_out, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    pids = tmp_path / "worker-pids.txt"
    # Halfway through the articles a worker kills the main process (as the OOM killer or a
    # user's `kill -9` would) while the other worker is still extracting.
    code = (
        "import os, signal\n"
        "import karabakh_data.pipeline as p\n"
        "orig = p.process_item\n"
        "def dying(item):\n"
        f"    with open({str(pids)!r}, 'a') as fh: fh.write(f'{{os.getpid()}}\\n')\n"
        f"    if item.rel_path.endswith('{N_ARTICLES // 2:06d}_synth.txt'):\n"
        "        os.kill(os.getppid(), signal.SIGKILL)\n"
        "    return orig(item)\n"
        "p.process_item = dying\n"
        f"p.build({str(synth_raw)!r}, {str(out)!r}, jobs=2)\n"
    )
    with (tmp_path / "log.txt").open("wb") as log:  # not a pipe: orphans would hold it open
        proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, stdout=log, stderr=log)
        assert proc.wait(timeout=120) == -signal.SIGKILL, (tmp_path / "log.txt").read_text()
    workers = {int(x) for x in pids.read_text().split()}
    try:
        assert {p.name: p.read_bytes() for p in out.iterdir()} == before
        assert not list(tmp_path.glob(".out.tmp-*"))  # nothing half-written beside it either
        # The workers notice that the build is gone and exit, instead of waiting forever.
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.2)
        assert not [w for w in workers if _alive(w)], "orphaned worker processes"
    finally:
        for w in workers:
            if _alive(w):
                os.kill(w, signal.SIGKILL)
