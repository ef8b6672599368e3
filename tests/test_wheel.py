"""The built wheel ships the releases: installed outside the repository, every table of the
latest release loads with its checksum verified, and a tampered file is refused.

Builds with the current environment's hatchling (no network), installs into a private target
folder and runs a fresh interpreter from an empty directory, so nothing of the checkout can be
picked up by accident. Takes about 10-20 s; every step has a time limit.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from karabakh_data import loader

REPO = Path(__file__).resolve().parents[1]
PROCESSED = REPO / "data" / "processed"

CHECK = textwrap.dedent("""
    import hashlib, json, sys
    from pathlib import Path
    import karabakh_data as kd
    from karabakh_data import loader
    site = Path(sys.argv[1]).resolve()
    pkg = Path(kd.__file__).resolve().parent
    assert site in pkg.parents, f"imported {pkg}, not the installed wheel in {site}"
    root = loader.release_root()
    assert root == pkg / "_releases", root
    latest = loader.latest_version()
    meta = loader.read_datapackage(latest)
    rows = {}
    for table in kd.tables():
        df = kd.load(table)                       # verifies the sha256 before reading
        rows[table] = len(df)
    kd.load("meetings")                           # still callable on a second call
    # tamper with an installed file: loading it must now fail with a clear message
    target = root / latest / "meetings.parquet"
    target.write_bytes(target.read_bytes() + b"x")
    try:
        kd.load("meetings")
    except loader.ChecksumError as exc:
        refused = str(exc)
    else:
        refused = ""
    print(json.dumps({"versions": kd.versions(), "latest": latest, "rows": rows,
                      "folders": sorted(p.name for p in root.iterdir()),
                      "recorded": {r["name"]: r["rows"] for r in meta["resources"]},
                      "refused": refused}))
""")


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None,
         timeout: float = 40) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc


def test_installed_wheel_loads_every_table_of_the_latest_release(tmp_path: Path):
    if not loader.versions(PROCESSED):
        pytest.skip("no release in data/processed yet: run `karabakh-data release 1.0.0` first")
    wheels = tmp_path / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
          "--no-index", "-q", "-w", str(wheels), str(REPO)], cwd=tmp_path, timeout=60)
    (wheel,) = wheels.glob("karabakh_data-*.whl")
    site = tmp_path / "site"
    _run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
          "--target", str(site), str(wheel)], cwd=tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in (loader.ENV_VAR, "PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP")}
    env["PYTHONPATH"] = str(site)
    proc = _run([sys.executable, "-c", CHECK, str(site)], cwd=empty,
                env=env)
    got = json.loads(proc.stdout.strip().splitlines()[-1])

    assert got["versions"] == loader.versions(PROCESSED)
    assert got["latest"] == loader.latest_version(PROCESSED)
    assert set(got["rows"]) == set(got["recorded"])
    assert got["rows"] == got["recorded"]
    assert "does not match its checksum" in got["refused"]
    assert "expected sha256" in got["refused"]
    # only releases are shipped (no build output or half-written folders)
    # (both by name: the folders are listed by name, where "1.10.0" sorts before "1.2.0")
    assert sorted(got["folders"]) == sorted(got["versions"]), got["folders"]
