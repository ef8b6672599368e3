"""An on-disk cache of per-article extraction results, for rebuilding a growing archive.

Extraction is the slow part of a build (milliseconds per article; reading and reconciling are
cheaper), and an archive that grows by a day's articles is rebuilt with almost all of its
articles unchanged. With a cache folder (`karabakh-data build --cache DIR`), `process_item`
stores each article's result and a later build reuses it instead of extracting again.

A result is reused only when everything it depends on is the same:
- the raw file's bytes, its path in the corpus and its manifest row (the publication date and
  metadata come from there);
- the package itself: every source and vocabulary file of `karabakh_data` is hashed into a
  *code fingerprint*, and each fingerprint has its own sub-folder, so a changed rule, a new
  vocabulary row or a new release never reads results of the old code;
- the Python minor version (results are pickled).

So a build with the cache gives byte-identical tables to one without it (tested). Entries are
written to a temporary file and moved into place, so a killed build leaves no half-written
entry; an entry that cannot be read (truncated, from a foreign tool) is logged, ignored and
rewritten. Only results are cached, never problems: a skipped file is read again next time,
and its warning shown again.

The cache holds pickles: point it only at a folder you control. Sub-folders of older code
fingerprints are not removed automatically (two versions may share a cache); delete them, or
the whole folder, at any time — the cache is never the only copy of anything.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def code_fingerprint() -> str:
    """A hash of every file of the installed package (its Python modules, vocabularies,
    gazetteer and documents alike: hashing all is simpler than knowing which can change what
    extraction returns) and of the Python minor version. Computed once per process."""
    h = hashlib.sha256(f"python {sys.version_info[0]}.{sys.version_info[1]}\n".encode())
    for path in sorted(p for p in _PACKAGE.rglob("*")
                       if p.is_file() and "__pycache__" not in p.parts
                       and p.suffix not in (".pyc", ".pyo")):
        h.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


@dataclass(frozen=True)
class ExtractionCache:
    """A cache folder (picklable, so worker processes and Dask tasks can carry it)."""

    root: Path

    @property
    def folder(self) -> Path:
        """This code's own sub-folder of the cache."""
        return Path(self.root) / code_fingerprint()[:20]

    def key(self, data: bytes, rel_path: str, manifest: dict[str, str] | None) -> str:
        """The entry name for one article: its bytes, corpus path and manifest row."""
        h = hashlib.sha256()
        h.update(rel_path.encode("utf-8", "surrogatepass") + b"\0")
        for k, v in sorted((manifest or {}).items()):
            h.update(f"{k}\0{v}\0".encode("utf-8", "surrogatepass"))
        h.update(b"\0\0")
        h.update(data)
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pkl"

    def get(self, key: str) -> Any | None:
        """The stored value, or None when there is none or it cannot be read."""
        path = self._path(key)
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("extraction cache: cannot read %s (%s); extracting again", path,
                        exc.strerror)
            return None
        try:
            return pickle.loads(blob)
        except Exception as exc:  # any damage to the file: recompute and overwrite it
            log.warning("extraction cache: unreadable entry %s (%s); extracting again",
                        path, type(exc).__name__)
            return None

    def put(self, key: str, value: Any) -> None:
        """Store `value` atomically. A cache that cannot be written (full disk, read-only
        folder) costs a warning, never the build."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{key[:8]}.", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            log.warning("extraction cache: cannot write %s (%s)", path, exc.strerror)
