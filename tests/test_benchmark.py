"""The benchmark (`benchmarks/bench_build.py`) runs on an installed package and reports figures.

Its figures are not asserted (speed and memory are measured, not unit-tested); what a user
relies on is that it runs, builds the number of articles asked for and reports every stage,
whatever changes in the build it hooks into.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import REPO

from karabakh_data import schema


def _run(script: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `benchmarks/<script>` as a user would, from another folder; assert it succeeded."""
    proc = subprocess.run([sys.executable, str(REPO / "benchmarks" / script), *args],
                          cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def test_the_benchmark_runs_and_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    proc = _run("bench_build.py", tmp_path, "--n", "12", "--no-scaling", "--rebuild",
                "--json", str(out))
    assert "extraction alone" in proc.stdout and "peak RSS" in proc.stdout
    (run,) = json.loads(out.read_text())
    assert run["n"] == 12 and run["articles"] == 12 and run["skipped"] == 0
    assert set(run["rows"]) == set(schema.TABLES)
    assert {"read", "extract", "reconcile", "write"} <= set(run["timings"])
    assert run["peak_self"] > run["rss_base"] > 0
    assert run["reports"]["statements"] == run["rows"]["statements"]
    fill, warm = run["rebuild"]["fill"], run["rebuild"]["warm"]
    assert fill["cached"] == 0 and warm["cached"] == warm["articles"] == 12
    assert fill["rows"] == warm["rows"] == run["rows"]
    assert "rebuild from the cache" in proc.stdout


def test_the_gating_bound_splits_every_stage_time_and_stays_below_it(tmp_path: Path) -> None:
    """`sentence_cost.py` bounds what skipping idle sentences could save: its bound is the
    time of the sentences that gave rows, so it can never exceed the total it was cut from,
    and each stage's two parts add up to that total."""
    out = tmp_path / "cost.json"
    proc = _run("sentence_cost.py", tmp_path, "--n", "6", "--repeat", "1", "--json", str(out))
    assert "perfect, free gate" in proc.stdout
    fig = json.loads(out.read_text())
    assert fig["articles"] == 6
    assert 0 < fig["sentences_with_rows"] < fig["sentences"]
    stages = fig["stages"]
    assert set(stages) == {"analysis", "statements", "meetings", "events"}
    total = sum(v["rows_ms"] + v["no_rows_ms"] for v in stages.values())
    assert abs(total - fig["one_sentence_articles_ms"]) < 1e-6
    assert abs(sum(v["rows_ms"] for v in stages.values()) - fig["perfect_gate_ms"]) < 1e-6
    assert 0 < fig["perfect_gate_ms"] < fig["one_sentence_articles_ms"]
