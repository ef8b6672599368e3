"""Shared fixtures: the repository's raw corpus and a scratch copy of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "data" / "raw"
GOLD = REPO / "tests" / "gold"


@pytest.fixture()
def raw_copy(tmp_path: Path) -> Path:
    """A private copy of data/raw that a test may damage."""
    dst = tmp_path / "raw"
    shutil.copytree(RAW, dst)
    return dst


@pytest.fixture(scope="session")
def seed_tables():
    """Machine-only tables built once from the seeds (no curation)."""
    from karabakh_data.pipeline import build_tables

    tables, _report = build_tables(RAW, rel_to=REPO)
    return tables


def assert_same_table_files(a: Path, b: Path) -> None:
    """Every table's Parquet file in build folder `b` has the bytes of the one in `a`."""
    from karabakh_data import schema

    for name in schema.TABLES:
        assert (a / f"{name}.parquet").read_bytes() == (b / f"{name}.parquet").read_bytes(), name
