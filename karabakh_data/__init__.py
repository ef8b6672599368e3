"""karabakh-data: an evidence-backed dataset of the Armenia–Azerbaijan peace process.

    >>> import karabakh_data as kd
    >>> kd.tables()                 # the table names
    >>> meetings = kd.load("meetings")   # latest release, checksums verified
    >>> kd.cite()                   # how to cite the release

Every fact row is backed by rows of the `evidence` table: the exact words of its sources.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "1.24.0"
__all__ = ["cite", "diff", "load", "load_all", "tables", "versions"]

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def tables() -> list[str]:
    """Names of the tables in every release."""
    from karabakh_data.schema import TABLES

    return list(TABLES)


def load(table: str, version: str | None = None) -> pd.DataFrame:
    """One table of a release as a tidy DataFrame (latest release unless `version` is given).

    The file's sha256 is checked against the release's `datapackage.json` first: a mismatch is
    an error, never silently different data."""
    from karabakh_data.loader import load as _load

    return _load(table, version)


def load_all(version: str | None = None) -> dict[str, pd.DataFrame]:
    """Every table of a release, by name."""
    from karabakh_data.loader import load_all as _load_all

    return _load_all(version)


def versions() -> list[str]:
    """Release versions available, oldest first."""
    from karabakh_data.loader import versions as _versions

    return _versions()


def cite(version: str | None = None, style: str = "both") -> str:
    """Print and return the citation of a release (BibTeX and plain text)."""
    from karabakh_data.release import cite as _cite

    return _cite(version, style)


def diff(a: str, b: str) -> Any:
    """Rows added, removed and changed per table between releases `a` and `b`."""
    from karabakh_data.release import diff as _diff

    return _diff(a, b)
