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


def test_the_benchmark_runs_and_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    proc = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "bench_build.py"), "--n", "12",
         "--no-scaling", "--rebuild", "--json", str(out)],
        cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
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
