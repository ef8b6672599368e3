"""Reading released tables: find a release, verify its checksums, return tidy DataFrames.

(This module is `loader`, not `load`: a submodule named `load` would replace the function
`karabakh_data.load` as an attribute of the package the moment it is imported.)

A release is a folder named by its semantic version (`1.0.0`) holding one Parquet file per table
and a `datapackage.json` that records each file's sha256. Every read checks the bytes it is about
to parse against that digest, because the promise of a versioned dataset is that a number in a
paper can be reproduced years later: a file that changed on disk must be an error, never
silently different data.

Where releases are looked for (first that applies):

1. the folder named by the environment variable ``KARABAKH_DATA_HOME``;
2. ``karabakh_data/_releases/`` inside the installed package (the wheel ships them there);
3. ``data/processed/`` of the source checkout the package was imported from.

How the Parquet types become pandas dtypes (the same everywhere, documented in the codebook):

- ``date32`` -> ``datetime64[ns]`` at midnight (missing: ``NaT``). The date's precision is in the
  row's ``*_precision`` column; a ``month`` date is the first day of that month, not a guess.
- columns with a closed vocabulary -> ``category`` whose categories are the release's full
  vocabulary in codebook order (so absent values still appear in counts and plots);
- other strings -> ``string`` (missing: ``<NA>``);
- integers -> nullable ``Int32`` / ``Int64``; floats -> ``float64`` (missing: ``NaN``);
- lists -> a Python ``list`` per cell (``object`` column), empty lists kept as ``[]``.

Rows come in the order of the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from karabakh_data import schema

ENV_VAR = "KARABAKH_DATA_HOME"
DATAPACKAGE = "datapackage.json"

# Semantic Versioning 2.0.0, https://semver.org (the official regular expression, reformatted).
_SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$"
)


class ReleaseNotFoundError(FileNotFoundError):
    """No release (or not the requested one) where releases are looked for."""


class ChecksumError(RuntimeError):
    """A released file's bytes do not match the sha256 recorded in its datapackage.json."""


# --- versions ----------------------------------------------------------------------------------

def is_semver(name: str) -> bool:
    """True for a semantic version such as `1.0.0` or `1.1.0-rc.1`."""
    return _SEMVER.match(name) is not None


@dataclass(frozen=True, order=True)
class _Key:
    """Sort key implementing semver precedence (a pre-release sorts before its release)."""

    core: tuple[int, int, int]
    is_release: bool
    pre: tuple[tuple[int, int | str], ...]


def semver_key(version: str) -> _Key:
    """Sort key so that `1.10.0` > `1.9.0` and `2.0.0-rc.1` < `2.0.0`. Build metadata is ignored."""
    m = _SEMVER.match(version)
    if m is None:
        raise ValueError(f"{version!r} is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.0.0)")
    pre = m.group(4)
    # Numeric identifiers sort before alphanumeric ones and numerically among themselves.
    ids = tuple((0, int(p)) if p.isdigit() else (1, p) for p in pre.split(".")) if pre else ()
    return _Key((int(m.group(1)), int(m.group(2)), int(m.group(3))), pre is None, ids)


def release_root() -> Path:
    """The folder holding the release folders (see the module docstring for the search order)."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    here = Path(__file__).resolve().parent
    bundled = here / "_releases"
    if bundled.is_dir():
        return bundled
    return here.parent / "data" / "processed"


def versions(root: Path | None = None) -> list[str]:
    """Release versions available under `root`, oldest first (by semver precedence, not string
    order). Only folders named by a semantic version that hold a datapackage.json count: build
    outputs and half-written temporary folders beside them are not releases."""
    root = Path(root) if root is not None else release_root()
    if not root.is_dir():
        return []
    found = [p.name for p in root.iterdir()
             if p.is_dir() and is_semver(p.name) and (p / DATAPACKAGE).is_file()]
    return sorted(found, key=semver_key)


def latest_version(root: Path | None = None) -> str:
    """The version `load()` reads by default: the highest release that is not a pre-release
    (a pre-release only when nothing else exists)."""
    root = Path(root) if root is not None else release_root()
    vs = versions(root)
    if not vs:
        raise ReleaseNotFoundError(
            f"no release found in {root} (set {ENV_VAR} to a folder of releases, or build one "
            "with `karabakh-data release <version>`)")
    stable = [v for v in vs if semver_key(v).is_release]
    return (stable or vs)[-1]


def release_dir(version: str | None = None, root: Path | None = None) -> Path:
    """The folder of one release (the latest when `version` is None)."""
    root = Path(root) if root is not None else release_root()
    if version is None:
        version = latest_version(root)
    path = root / version
    if not is_semver(version) or not (path / DATAPACKAGE).is_file():
        have = ", ".join(versions(root)) or "none"
        raise ReleaseNotFoundError(f"release {version!r} not found in {root} (available: {have})")
    return path


def read_datapackage(version: str | None = None, root: Path | None = None) -> dict[str, Any]:
    """The parsed datapackage.json of a release."""
    path = release_dir(version, root) / DATAPACKAGE
    return json.loads(path.read_text(encoding="utf-8"))


# --- reading -----------------------------------------------------------------------------------

def _resource(package: dict[str, Any], table: str) -> dict[str, Any]:
    for res in package.get("resources", []):
        if res.get("name") == table:
            return res
    names = ", ".join(r.get("name", "?") for r in package.get("resources", []))
    raise ValueError(f"no table {table!r} in release {package.get('version')} (tables: {names})")


def _expected_sha256(res: dict[str, Any]) -> str:
    digest = str(res.get("hash", ""))
    if not digest.startswith("sha256:"):
        raise ChecksumError(f"{res.get('path')}: datapackage.json records no sha256 for this "
                            "file, so it cannot be verified")
    return digest.removeprefix("sha256:")


def read_verified_bytes(release: Path, res: dict[str, Any]) -> bytes:
    """The bytes of one resource after checking them against datapackage.json."""
    rel = str(res.get("path", ""))
    if not rel or Path(rel).is_absolute() or ".." in Path(rel).parts:
        raise ChecksumError(f"datapackage.json of {release} names an unsafe path {rel!r}")
    path = release / rel
    expected = _expected_sha256(res)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ChecksumError(f"{path} is missing, but datapackage.json lists it; the release is "
                            "incomplete: reinstall the package or rebuild the release") from None
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected:
        raise ChecksumError(
            f"{path} does not match its checksum in {release / DATAPACKAGE}:\n"
            f"  expected sha256 {expected}\n  actual   sha256 {actual}\n"
            "The file was changed after release, so it is not the published data. Restore it "
            "(reinstall the package, or `git checkout` the release folder) or rebuild it with "
            "`karabakh-data release <version>`; never edit a released file.")
    return data


def parse_parquet(data: bytes) -> pa.Table:
    """Parse one Parquet file held in memory, without starting any pyarrow thread.

    Why not `pq.read_table`: it goes through the dataset reader, which starts pyarrow's I/O
    thread pool even with `use_threads=False`, and pyarrow 26 could then abort at interpreter
    exit ("terminate called without an active exception", status 134) after the work was
    done. `ParquetFile.read` with `use_threads=False` reads on the calling thread only, so a
    process that loaded the tables has no native pool left to tear down. Tables are small.
    """
    return pq.ParquetFile(pa.BufferReader(data)).read(use_threads=False)


def read_table(table: str, version: str | None = None, root: Path | None = None) -> pa.Table:
    """One released table as Arrow, checksum verified (the Parquet types, unconverted)."""
    release = release_dir(version, root)
    package = json.loads((release / DATAPACKAGE).read_text(encoding="utf-8"))
    res = _resource(package, table)
    data = read_verified_bytes(release, res)
    # Parse the very bytes that were hashed, so the check cannot be raced.
    arrow = parse_parquet(data)
    if "rows" in res and arrow.num_rows != res["rows"]:
        raise ChecksumError(f"{release / res['path']}: {arrow.num_rows} rows, but "
                            f"datapackage.json records {res['rows']}")
    return arrow


def _vocabulary(res: dict[str, Any] | None, table: str, column: str) -> tuple[str, ...] | None:
    """The closed vocabulary of a column as released (its datapackage enum), else the code's."""
    if res is not None:
        for f in res.get("schema", {}).get("fields", []):
            if f.get("name") == column:
                enum = f.get("constraints", {}).get("enum")
                if enum is not None:
                    return tuple(enum)
                break
    return schema.VOCABULARIES.get((table, column))


def pandas_dtype(typ: pa.DataType, vocabulary: tuple[str, ...] | None = None) -> str:
    """The pandas dtype `load()` gives a column of Arrow type `typ` (used by the codebook)."""
    if vocabulary is not None:
        return "category"
    if pa.types.is_date(typ):
        return "datetime64[ns]"
    if pa.types.is_string(typ) or pa.types.is_large_string(typ):
        return "string"
    if pa.types.is_integer(typ):
        return {8: "Int8", 16: "Int16", 32: "Int32", 64: "Int64"}[typ.bit_width]
    if pa.types.is_floating(typ):
        return "float64"
    if pa.types.is_boolean(typ):
        return "boolean"
    if pa.types.is_list(typ) or pa.types.is_large_list(typ):
        return "object (list)"
    return "object"


def to_pandas(table: str, arrow: pa.Table, res: dict[str, Any] | None = None) -> pd.DataFrame:
    """Convert one Arrow table to the documented pandas dtypes (module docstring)."""
    cols: dict[str, pd.Series] = {}
    for f in arrow.schema:
        col = arrow.column(f.name)
        vocab = _vocabulary(res, table, f.name)
        kind = pandas_dtype(f.type, vocab)
        if kind == "category":
            values = col.to_pylist()
            extra = sorted({v for v in values if v is not None} - set(vocab or ()))
            cats = list(vocab or ()) + extra  # never turn an unexpected value into NaN
            cols[f.name] = pd.Series(pd.Categorical(values, categories=cats))
        elif kind == "datetime64[ns]":
            cols[f.name] = pd.Series(col.cast(pa.timestamp("ns")).to_pandas(),
                                     dtype="datetime64[ns]")
        elif kind == "object (list)":
            cols[f.name] = pd.Series([None if v is None else list(v) for v in col.to_pylist()],
                                     dtype=object)
        elif kind in ("string", "float64", "boolean") or kind.startswith("Int"):
            cols[f.name] = pd.Series(col.to_pylist(), dtype=kind)
        else:
            cols[f.name] = pd.Series(col.to_pylist(), dtype=object)
    df = pd.DataFrame(cols, columns=arrow.schema.names, index=pd.RangeIndex(arrow.num_rows))
    return df


def load(table: str, version: str | None = None, *, root: Path | None = None) -> pd.DataFrame:
    """One table of a release as a DataFrame (the latest release unless `version` is given).

    The file's sha256 is checked against the release's datapackage.json before it is parsed;
    a mismatch raises ChecksumError. Dtypes: dates `datetime64[ns]` (precision in the
    `*_precision` column), vocabularies `category` in codebook order, strings `string`,
    integers nullable `Int32`/`Int64`, lists Python lists. `df.attrs` records the table,
    version and sha256 the frame came from.
    """
    release = release_dir(version, root)
    package = json.loads((release / DATAPACKAGE).read_text(encoding="utf-8"))
    res = _resource(package, table)
    arrow = read_table(table, release.name, release.parent)
    df = to_pandas(table, arrow, res)
    df.attrs = {"table": table, "version": release.name, "sha256": _expected_sha256(res)}
    return df


def load_all(version: str | None = None, *, root: Path | None = None) -> dict[str, pd.DataFrame]:
    """Every table of a release, by name, in the release's order (all checksums verified)."""
    release = release_dir(version, root)
    package = json.loads((release / DATAPACKAGE).read_text(encoding="utf-8"))
    return {res["name"]: load(res["name"], release.name, root=release.parent)
            for res in package.get("resources", [])}


def verify(version: str | None = None, root: Path | None = None) -> dict[str, str | None]:
    """Check every file of a release; table -> None when intact, else the problem in words."""
    release = release_dir(version, root)
    package = json.loads((release / DATAPACKAGE).read_text(encoding="utf-8"))
    out: dict[str, str | None] = {}
    for res in package.get("resources", []):
        try:
            read_verified_bytes(release, res)
            out[res["name"]] = None
        except ChecksumError as exc:
            out[res["name"]] = str(exc).splitlines()[0]
    return out


def info(version: str | None = None, root: Path | None = None) -> str:
    """What a release holds, in words: version, date, tables with row counts and checksum
    status, licences and how to cite it (for `karabakh-data info`)."""
    release = release_dir(version, root)
    package = json.loads((release / DATAPACKAGE).read_text(encoding="utf-8"))
    status = verify(release.name, release.parent)
    lines = [f"{package.get('title', 'karabakh-data')}",
             f"version {package.get('version')}, released {str(package.get('created', ''))[:10]}",
             f"location: {release}",
             f"available versions: {', '.join(versions(release.parent))}",
             "tables:"]
    for res in package.get("resources", []):
        problem = status.get(res["name"])
        check = "sha256 ok" if problem is None else f"CHECKSUM MISMATCH: {problem}"
        lines.append(f"  {res['name']:<11} {res.get('rows', '?'):>7} rows  {check}")
    for lic in package.get("licenses", []):
        lines.append(f"licence: {lic.get('title', lic.get('name'))} ({lic.get('path', '')})")
    from karabakh_data.release import plain_citation

    lines.append(f"cite as: {plain_citation(package)}")
    return "\n".join(lines)
