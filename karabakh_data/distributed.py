"""Run the per-article extraction on a Dask cluster, for corpora beyond one machine.

The build has one embarrassingly parallel step, `pipeline.process_item` (read, clean and extract
one article), and one global step, reconciliation, which needs every article's facts and runs
here, in the calling process. `build_tables_dask` hands the first to a `dask.distributed`
Client and keeps the second local, through the same `pipeline.build_tables(mapper=...)` entry
point the serial and `--jobs N` builds use. Results are gathered in input order, so the tables
are byte-identical to a serial build whatever the scheduling.

    from dask.distributed import Client
    from karabakh_data.distributed import build_tables_dask
    from karabakh_data.pipeline import write_tables

    client = Client("tcp://scheduler:8786")       # or None: a local cluster is started
    tables, report = build_tables_dask("archive/raw", client=client)
    write_tables(tables, "archive/build")

Requirements on a real cluster: every worker has the same version of `karabakh-data` installed
(functions are shipped by reference, not by value), and sees `raw_dir` at the same path (a
shared filesystem): work items carry file paths, not article text, so the client never holds the
corpus in memory. Dask is an optional extra: `pip install 'karabakh-data[dask]'`.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from karabakh_data.pipeline import BuildReport, build_tables

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa

#: Items submitted per batch; at most two batches are in flight, which bounds the scheduler's
#: state and the client's memory on corpora of millions of articles.
BATCH_SIZE = 2_000

_LOCK = threading.Lock()


def _require_dask() -> Any:
    try:
        import dask.distributed as dd
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise RuntimeError(
            "the Dask build needs dask.distributed, which is not installed: "
            "pip install 'karabakh-data[dask]'") from exc
    return dd


def _serialised(fn: Callable[[Any], Any], item: Any) -> Any:
    """Call `fn` with a per-process lock held.

    Extraction is written for one article per process at a time: its per-process caches are
    filled as articles are read, and it is pure Python, so threads would gain nothing. The
    lock keeps that so on workers started with several threads; for speed, start workers with
    `threads_per_worker=1` and scale with processes.
    """
    with _LOCK:
        return fn(item)


def dask_mapper(client: Any, batch_size: int = BATCH_SIZE
                ) -> Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]]:
    """A `mapper` for `pipeline.iter_items` that runs each item on `client`'s workers and yields
    the results in input order."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")

    def mapper(fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        func = partial(_serialised, fn)
        pending: deque[list[Any]] = deque()
        batch: list[Any] = []

        def submit(chunk: list[Any]) -> None:
            # pure=False: never reuse a cached result for an item whose file may have changed.
            pending.append(client.map(func, chunk, pure=False))

        for item in items:
            batch.append(item)
            if len(batch) == batch_size:
                submit(batch)
                batch = []
                if len(pending) >= 2:
                    yield from client.gather(pending.popleft())
        if batch:
            submit(batch)
        while pending:
            yield from client.gather(pending.popleft())

    return mapper


def build_tables_dask(raw_dir: Path | str, client: Any = None, strict: bool = False,
                      rel_to: Path | None = None, batch_size: int = BATCH_SIZE,
                      cache: Path | str | None = None,
                      ) -> tuple[dict[str, pa.Table], BuildReport]:
    """`pipeline.build_tables` with the per-article extraction run on a Dask cluster.

    With `client=None`, a local cluster of worker processes (one thread each) is started for the
    call and shut down afterwards; pass a `dask.distributed.Client` to use an existing cluster.
    With `cache` (a folder every worker can read and write, as `build --cache`), unchanged
    articles reuse an earlier build's extraction; the workers look it up and fill it. Output is
    byte-identical to `build_tables(raw_dir)` (serial).
    """
    dd = _require_dask()
    own = client is None
    if own:
        client = dd.Client(processes=True, threads_per_worker=1, dashboard_address=None)
    try:
        return build_tables(Path(raw_dir), strict=strict, rel_to=rel_to,
                            mapper=dask_mapper(client, batch_size),
                            cache=None if cache is None else Path(cache))
    finally:
        if own:
            client.close()
            cluster = getattr(client, "cluster", None)
            if cluster is not None:
                cluster.close()
