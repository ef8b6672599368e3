"""The build: raw -> clean -> per-article facts -> reconciled tables -> Parquet.

Each step is a plain function with visible inputs and outputs:

    list_corpus(raw_dir)              -> RawItems (+ problems)
    process_item(item)                -> source row + DocFacts   (pure, per article, parallel)
    FactStore.add(row, facts)         -> compact facts, evidence in Arrow batches (streamed)
    FactStore.iter_tables()           -> Arrow tables, one by one (reconciliation)
    write_parquet(table, path)        -> Parquet files, in a directory moved into place whole

Articles are streamed: only one clean text is held at a time, and each article's facts go into
a `FactStore` as they come, so what a build holds grows with its output tables, not its corpus.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from karabakh_data.cache import ExtractionCache
from karabakh_data.corpus import (
    CorpusError,
    Problem,
    RawItem,
    list_corpus,
    load_document,
    read_raw,
    same_page,
)
from karabakh_data.memory import (
    extraction_gc,
    give_back_between_phases,
    give_back_freed_memory,
    system_memory_pool,
    tune_gc_for_extraction,
)
from karabakh_data.model import DocFacts
from karabakh_data.schema import TABLES
from karabakh_data.store import FactStore

log = logging.getLogger(__name__)

# Builds of fewer articles skip handing freed memory back between phases (`memory`): each
# hand-back is a full garbage collection of the process, and a small build frees little.
GIVE_BACK_MIN_ARTICLES = 200
GIVE_BACK_MIN_BYTES = 32 * 1024 * 1024  # the same for writing tables smaller than this in all


@dataclass
class BuildReport:
    """What a build read, skipped and produced, with per-stage timings (seconds)."""

    articles_read: int = 0
    problems: list[Problem] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    cached: int = 0  # articles whose facts came from the extraction cache

    def summary(self) -> str:
        lines = [f"articles read: {self.articles_read}"]
        if self.cached:
            lines[0] += f" ({self.cached} unchanged, taken from the extraction cache)"
        if self.problems:
            lines.append(f"skipped: {len(self.problems)}")
            lines += [f"  - {p}" for p in self.problems]
        lines.append("rows per table:")
        lines += [f"  {t:<11} {n:>6}" for t, n in self.rows.items()]
        total = sum(self.timings.values())
        stages = ", ".join(f"{k} {v:.2f}s" for k, v in self.timings.items())
        lines.append(f"time taken: {total:.2f}s ({stages})")
        return "\n".join(lines)


@dataclass
class ItemResult:
    """The outcome of processing one raw file (picklable)."""

    rel_path: str
    source_row: dict[str, object] | None
    facts: DocFacts | None
    problem: Problem | None
    extract_seconds: float = 0.0
    read_seconds: float = 0.0
    cached: bool = False  # taken from the extraction cache, not extracted


def extract_document(doc) -> DocFacts:
    """Run every fact extractor over one cleaned document."""
    from karabakh_data.events import extract_events
    from karabakh_data.meetings import extract_meetings
    from karabakh_data.nlp import analyse
    from karabakh_data.voice import statements_of

    a = analyse(doc)
    facts = DocFacts(doc.source_id)
    # statements first: their speakers say who "I" and "we" are for the other two stages
    facts.statements = statements_of(a)
    facts.meetings = extract_meetings(a)
    facts.events = extract_events(a)
    facts.raw_offsets = _raw_offsets(doc, facts)  # type: ignore[attr-defined]
    return facts


def _raw_offsets(doc, facts: DocFacts) -> dict[tuple[str, int, int], tuple[int, int]]:
    """Raw offsets of every span, taken while the document is still in memory. Returned with
    the facts, not kept in module state, so extractions running in threads of one process (a
    Dask worker's default) cannot mix up each other's offsets."""
    out: dict[tuple[str, int, int], tuple[int, int]] = {}
    for rep in [*facts.meetings, *facts.events, *facts.statements]:
        for sp in rep.spans:
            out[(sp.source_id, sp.start, sp.end)] = doc.raw_span(sp.start, sp.end)
    return out


def process_item(item: RawItem, cache: ExtractionCache | None = None) -> ItemResult:
    """Read, clean and extract one article. Never raises for bad input: returns a Problem.

    With a `cache`, an article whose bytes, path, manifest row and package code are unchanged
    since an earlier build gets that build's result back without being cleaned or extracted
    again (`karabakh_data.cache`); a new result is stored there."""
    t0 = time.perf_counter()
    key = data = None
    try:
        if cache is not None:
            data = read_raw(item.path)
            key = cache.key(data, item.rel_path, item.manifest)
            hit = cache.get(key)
            if hit is not None:
                row, facts = hit
                return ItemResult(item.rel_path, row, facts, None, 0.0,
                                  time.perf_counter() - t0, cached=True)
        doc, row = load_document(item.path, item.rel_path, item.manifest, data=data)
    except CorpusError as exc:
        return ItemResult(item.rel_path, None, None, Problem(item.rel_path, str(exc)))
    t1 = time.perf_counter()
    try:
        facts = extract_document(doc)
    except Exception as exc:  # an extractor bug must not stop a build of 100,000 articles
        log.exception("extraction failed on %s", item.rel_path)
        msg = f"extraction failed ({type(exc).__name__}: {exc})".replace("\n", " ")[:300]
        return ItemResult(item.rel_path, None, None, Problem(item.rel_path, msg))
    t2 = time.perf_counter()
    if cache is not None and key is not None:
        cache.put(key, (row, facts))
    return ItemResult(item.rel_path, row, facts, None, t2 - t1, t1 - t0)


def iter_items(items: list[RawItem], jobs: int = 1,
               mapper: Callable[[Callable, Iterable], Iterable] | None = None,
               cache: ExtractionCache | None = None) -> Iterator[ItemResult]:
    """Process items serially, in `jobs` processes, or with a caller's `mapper` (e.g. a Dask
    client's map), yielding results in input order as they come, so output does not depend on
    scheduling and the caller need not hold them all."""
    work = process_item if cache is None else functools.partial(process_item, cache=cache)
    if mapper is not None:
        yield from mapper(work, items)
    elif jobs <= 1 or len(items) < 2:
        yield from map(work, items)
    else:
        chunk = max(1, min(64, len(items) // (jobs * 8)))
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                                 initargs=(os.getpid(),)) as pool:
            yield from pool.map(work, items, chunksize=chunk)


def _init_worker(parent_pid: int) -> None:
    """Worker initializer: a worker only extracts, so it keeps the collector's extraction
    settings (`extraction_gc`) for its life (a forked one has them from its parent already; a
    spawned one starts with the defaults), and it exits with its parent."""
    tune_gc_for_extraction()
    _exit_with_parent(parent_pid)


def _exit_with_parent(parent_pid: int) -> None:
    """A build killed with SIGKILL (OOM killer, `kill -9`) cannot tell its
    workers to stop, and they would wait for work forever, holding memory; each worker instead
    exits within a second of its parent going away."""
    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent_pid:
                os._exit(1)
    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def write_tables(tables: dict[str, pa.Table], out_dir: Path,
                 extra_files: dict[str, bytes] | None = None, consume: bool = False) -> None:
    """Write one Parquet file per table into `out_dir`, atomically (`atomic_output`): a failed
    or killed build leaves the previous output intact.

    With `consume`, each table is removed from `tables` once its file is written: a caller
    with no further use for them then does not hold every table while the last (the evidence,
    the largest) is being encoded."""
    big = sum(t.nbytes for t in tables.values()) >= GIVE_BACK_MIN_BYTES
    with atomic_output(Path(out_dir)) as tmp, system_memory_pool(), \
            give_back_between_phases(big):
        for name in list(tables):
            write_parquet(tables[name], tmp / f"{name}.parquet")
            if consume:
                del tables[name]
            give_back_freed_memory()  # the writer's buffers, before the next file
        for name, data in (extra_files or {}).items():
            (tmp / name).write_bytes(data)


@contextmanager
def atomic_output(out_dir: Path) -> Iterator[Path]:
    """A temporary directory beside `out_dir` to write into, moved into place as `out_dir`
    when the block ends normally and removed if it raises (if the process is killed, the next
    call tidies what is left), so `out_dir` is always either the previous output or the new
    one, whole.

    The temporary names carry this process's id, so that a second build writing to the same
    place at the same time leaves this one's folder alone (`_recover` removes only folders
    whose process is gone) instead of deleting it under its feet."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _recover(out_dir)
    pid = os.getpid()
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-{pid}-", dir=out_dir.parent))
    try:
        yield tmp
        old = None
        if out_dir.exists():
            old = tmp.with_name(tmp.name.replace(".tmp-", ".old-", 1))
            os.replace(out_dir, old)
        os.replace(tmp, out_dir)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _recover(out_dir: Path) -> None:
    """Tidy what a killed earlier write left: if it died between its two renames, the previous
    output is back in place; its temporary folders are removed. Folders of a write that is
    still running (its process is alive) are left to it."""
    parent = out_dir.parent
    olds = sorted((p for p in parent.glob(f".{out_dir.name}.old-*") if not _owner_alive(p)),
                  key=_mtime)
    if olds and not out_dir.exists():
        os.replace(olds[-1], out_dir)
        olds = olds[:-1]
    for p in [*olds, *parent.glob(f".{out_dir.name}.tmp-*")]:
        if not _owner_alive(p):
            shutil.rmtree(p, ignore_errors=True)


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _owner_alive(folder: Path) -> bool:
    """Whether the process whose id is in a temporary folder's name (`.out.tmp-<pid>-...`) is
    still running. Folders without an id (older versions) and, on Windows, where a process
    cannot be probed without signalling it, every folder count as left by a dead process."""
    m = re.search(r"\.(?:tmp|old)-(\d+)-", folder.name)
    if m is None or os.name == "nt":
        return False
    pid = int(m.group(1))
    if pid == os.getpid():
        return False  # a folder of ours that `atomic_output` did not remove: a dead write's
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, another user's
    return True


def write_parquet(table: pa.Table, path: Path) -> None:
    """Deterministic Parquet: fixed compression, no creation timestamps in the metadata."""
    pq.write_table(table, path, compression="zstd", compression_level=9,
                   use_dictionary=True, write_statistics=True, store_schema=True)


def build_tables(raw_dir: Path, jobs: int = 1, strict: bool = False, rel_to: Path | None = None,
                 mapper: Callable | None = None,
                 sink: Callable[[str, pa.Table], None] | None = None,
                 cache: Path | ExtractionCache | None = None
                 ) -> tuple[dict[str, pa.Table], BuildReport]:
    """Build every table from the raw articles in `raw_dir` (no curation: machine output).

    With `strict`, any bad input raises CorpusError before anything is written; otherwise bad
    files are skipped and listed in the report. With `sink`, each table is handed to
    `sink(name, table)` as soon as it is finished, instead of being returned (the dict is then
    empty), and the time spent in `sink` is reported as the "write" stage. With `cache` (a
    folder), unchanged articles reuse an earlier build's extraction (`karabakh_data.cache`);
    the tables are the same either way.
    """
    if cache is not None and not isinstance(cache, ExtractionCache):
        cache = ExtractionCache(Path(cache))
    with system_memory_pool():
        return _build_tables(raw_dir, jobs=jobs, strict=strict, rel_to=rel_to, mapper=mapper,
                             sink=sink, cache=cache)


def _build_tables(raw_dir: Path, jobs: int = 1, strict: bool = False, rel_to: Path | None = None,
                  mapper: Callable | None = None,
                  sink: Callable[[str, pa.Table], None] | None = None,
                  cache: ExtractionCache | None = None
                  ) -> tuple[dict[str, pa.Table], BuildReport]:
    report = BuildReport()
    t0 = time.perf_counter()
    items, problems = list_corpus(Path(raw_dir), rel_to=rel_to)
    # below this size the phases free a few MB at most: not worth a full collection each
    with give_back_between_phases(len(items) >= GIVE_BACK_MIN_ARTICLES):
        store = FactStore()
        read_s = extract_s = 0.0
        articles = 0
        pages: dict[tuple[str, str], str] = {}  # (prose key, outlet) -> first path (`same_page`)
        with extraction_gc():
            for r in iter_items(items, jobs=jobs, mapper=mapper, cache=cache):
                if r.problem is not None:
                    problems.append(r.problem)
                report.cached += r.cached
                read_s += r.read_seconds
                extract_s += r.extract_seconds
                first = same_page(r.source_row, pages) if r.source_row is not None else None
                if first is not None:
                    # (round 62) the AMP or print save of a page read already: its facts would
                    # count the one report twice
                    problems.append(Problem(r.rel_path, f"same article as {first} (the same "
                                            "text under other page furniture); skipped"))
                    continue
                articles += r.source_row is not None
                store.add(r.source_row, r.facts)  # the result itself is not kept
        del items  # the file list and its manifest rows (about 1 KB an article) are done with
        t1 = time.perf_counter()
        if strict and problems:
            raise CorpusError("; ".join(str(p) for p in problems))
        report.problems = problems
        for p in problems:
            log.warning("skipped %s", p)
        report.articles_read = articles
        give_back_freed_memory()  # extraction's temporaries, before reconciliation adds its own
        tables: dict[str, pa.Table] = {}
        rows: dict[str, int] = dict.fromkeys(TABLES, 0)  # sized now, not among the tables' objects
        write_s = 0.0
        for name, table in store.iter_tables():
            rows[name] = table.num_rows
            if sink is None:
                tables[name] = table
            else:
                t = time.perf_counter()
                sink(name, table)
                write_s += time.perf_counter() - t
                del table  # before the next table is built
                give_back_freed_memory()  # the table and its writer's buffers
        t2 = time.perf_counter()
        report.timings = {"read": read_s, "extract": extract_s,
                          "other": max(t1 - t0 - read_s - extract_s, 0.0) if jobs <= 1 else 0.0,
                          "reconcile": t2 - t1 - write_s}
        if sink is not None:
            report.timings["write"] = write_s
        report.rows = {name: rows[name] for name in TABLES}
        return {name: tables[name] for name in TABLES if name in tables}, report


def build(raw_dir: Path, out_dir: Path, jobs: int = 1, strict: bool = False,
          rel_to: Path | None = None, cache: Path | None = None) -> BuildReport:
    """Build and write the machine-only tables to `out_dir`, atomically (`atomic_output`).

    Each table is written as soon as it is reconciled and let go before the next is built
    (`FactStore.iter_tables`), so a build never holds its finished tables beside the work on
    the next one; the files are those `write_tables` writes from `build_tables`."""
    with ExitStack() as stack:
        tmp: list[Path] = []  # made at the first table: nothing is left beside `out_dir` by
        # a build that stops (or is killed) while it is still reading the articles

        def write(name: str, table: pa.Table) -> None:
            if not tmp:
                tmp.append(stack.enter_context(atomic_output(Path(out_dir))))
            write_parquet(table, tmp[0] / f"{name}.parquet")

        _, report = build_tables(raw_dir, jobs=jobs, strict=strict, rel_to=rel_to, sink=write,
                                 cache=cache)
    return report
