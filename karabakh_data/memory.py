"""Keeping a build's resident memory close to what it actually holds.

A build frees large amounts of memory in phases: the per-article temporaries of extraction,
the reports once they are clustered, the staged evidence once its table is built. Freed memory
is not always handed back to the operating system: the C library's allocator keeps freed heap
pages for reuse, and pyarrow's default pool keeps its own. The resident size (what the
benchmark and the operating system see) then stays at the high-water mark of every phase
before it, and the next phase adds to it. The two helpers here hand freed memory back between
phases. Neither changes what is computed; both are no-ops where the platform offers nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from threading import Lock

import pyarrow as pa


@contextmanager
def system_memory_pool() -> Iterator[None]:
    """Allocate Arrow memory from the C library's allocator for the duration.

    pyarrow's default pool (mimalloc or jemalloc) keeps freed memory for reuse. A build frees
    large buffers in turn (staged batches, sort indices, the copies sorting makes), and with
    the default pool a 10,000-article build peaked about 40 MB higher than with this one, whose
    freed blocks `give_back_freed_memory` can return to the system. The previous pool is
    restored afterwards, and the bytes written do not depend on the pool."""
    previous = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(previous)


#: The first-generation threshold of the garbage collector while articles are extracted
#: (`extraction_gc`); the interpreter's default is 700.
EXTRACTION_GC_THRESHOLD = 10_000
_GC_LOCK = Lock()
_gc_depth = 0  # builds (threads) inside `extraction_gc`; the first in sets, the last out restores
_gc_saved: tuple[int, ...] = ()


@contextmanager
def extraction_gc() -> Iterator[None]:
    """Garbage collection suited to extracting articles, for the duration: everything alive on
    entry (modules, compiled patterns, vocabularies loaded so far) is frozen (`gc.freeze`), so
    the full collections that the growing store of facts sets off do not walk it again and
    again, and young objects are collected every `EXTRACTION_GC_THRESHOLD` allocations
    instead of 700 (an article makes tens of thousands of short-lived objects; with the
    default most collections find them still in use). At 1,000 articles this took the
    collector's share of extraction from about 0.55 to 0.25 ms per article.

    Nothing computed changes: the collector only frees objects no one can reach. The frozen
    objects go back to the oldest generation on exit, and the previous thresholds are
    restored, so importing or building leaves no lasting setting behind. Peak memory stays
    the same: cyclic garbage of an article is still collected, a few thousand allocations
    later. Process-wide, as the collector is: builds in several threads share one setting,
    made by the first to enter and undone by the last to leave."""
    global _gc_depth, _gc_saved
    with _GC_LOCK:
        if _gc_depth == 0:
            _gc_saved = tune_gc_for_extraction()
        _gc_depth += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _gc_depth -= 1
            if _gc_depth == 0:
                gc.set_threshold(*_gc_saved)
                gc.unfreeze()


def tune_gc_for_extraction() -> tuple[int, ...]:
    """Freeze what is alive and raise the first-generation threshold (see `extraction_gc`);
    returns the thresholds before. Called alone only where all that is left to a process is
    extraction (a build's worker processes)."""
    saved = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(EXTRACTION_GC_THRESHOLD, *saved[1:])
    return saved


# Whether `give_back_freed_memory` does anything in this context (thread, task). A full
# collection walks every object of the process (the compiled vocabularies included): about
# 70 ms, a dozen times per build. For a small build, which frees a few MB in all, that was
# most of its time (1.4 of 1.8 s for two articles), so small builds switch it off.
_GIVE_BACK: ContextVar[bool] = ContextVar("karabakh_data_give_back", default=True)


@contextmanager
def give_back_between_phases(enabled: bool) -> Iterator[None]:
    """Turn `give_back_freed_memory` on or off for the duration (in this context only, so a
    build in another thread is unaffected)."""
    token = _GIVE_BACK.set(enabled)
    try:
        yield
    finally:
        _GIVE_BACK.reset(token)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's `malloc_trim`, or None on a C library without it (macOS, Windows, musl)."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else ctypes.CDLL(None)
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def give_back_freed_memory() -> bool:
    """Free what the finished phase left in reference cycles, then return the free pages of
    the C heap to the operating system (glibc `malloc_trim(0)`).

    Called between the phases of a build. Cycles first: clustering leaves a few thousand
    small objects in cycles, and until the collector runs each keeps a whole interpreter
    memory arena (1 MB) of the freed reports resident (a full collection also empties the
    interpreter's free lists, whose spare objects pin arenas the same way). Without the trim,
    a 10,000-article build's resident size kept about 50 MB of freed heap (Python objects of
    finished phases, Arrow buffers of the system pool) under the next phase's allocations.
    Returns whether anything could be asked of the allocator (False too where
    `give_back_between_phases(False)` switched it off); the result of the build is the same
    either way.

    The interpreter's attribute-lookup cache goes first: each entry holds a strong reference
    to the name it was looked up by, and unpickling a batch of reports looks up the class and
    module names it has just decoded (fresh strings, made among the reports). A few such names
    per batch outlive the reports and each keeps a memory arena of them resident: at 30,000
    articles, 107 arenas (112 MB) held 33 MB of live objects after clustering. Emptying the
    cache costs a few lookups after it."""
    if not _GIVE_BACK.get():
        return False
    clear_type_cache = getattr(sys, "_clear_type_cache", None)  # CPython only
    if clear_type_cache is not None:
        clear_type_cache()
    gc.collect()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


def clear_value_caches(package: str = "karabakh_data") -> int:
    """Empty the memoising caches of `package`'s modules that hold values seen in the data
    (a place id, an actor id, a trigger word), keeping those that hold a loaded vocabulary
    (`maxsize=1`, and unbounded `functools.cache` tables built once from data files).

    Called after clustering. Its cache entries were made from the reports being clustered, so
    each keeps a key string of a freed report alive, and one such survivor keeps a whole
    memory arena (1 MB) of the freed reports resident; at 10,000 articles a few hundred of
    them kept about 25 MB. The caches refill on demand: results do not change. Returns the
    number of caches emptied."""
    emptied = 0
    for name, module in sorted(sys.modules.items()):
        if module is None or not (name == package or name.startswith(package + ".")):
            continue
        for obj in list(vars(module).values()):
            wrappers = [obj, *(vars(obj).values() if isinstance(obj, type) else ())]
            for w in wrappers:
                info = getattr(w, "cache_info", None)
                if info is None or not callable(getattr(w, "cache_clear", None)):
                    continue
                size = info().maxsize
                if size is not None and size > 1 and info().currsize:
                    w.cache_clear()
                    emptied += 1
    return emptied
