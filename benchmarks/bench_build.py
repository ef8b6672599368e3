"""Time `karabakh-data build` end to end on synthetic corpora of N articles.

    python benchmarks/bench_build.py                 # N = 1,000 and 10,000, one process
    python benchmarks/bench_build.py --n 1000 --jobs 2
    python benchmarks/bench_build.py --n 2000 --profile   # plus the extraction hot spots
    python benchmarks/bench_build.py --n 1000 --rebuild   # plus a rebuild from `--cache`

For each N, a synthetic corpus (see `synth_corpus.py`) is written to a temporary directory, and
the build runs in a fresh Python process, so that peak memory (ru_maxrss) is that build's alone
and the figures of different N are comparable. Printed per N: articles per second end to end
and for extraction alone (per core), peak RSS against the size of the output tables, per-stage
times (`BuildReport.timings`: read, extract, reconcile, write) and, to show that reconciliation
grows like n log n in the number of reports, its time on 1/8, 1/4, 1/2 and all of the reports.
Nothing is written outside the temporary directory.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
MB = 1024 * 1024


def _ensure_importable() -> None:
    """Run from a checkout without installing: fall back to the repository's package."""
    try:
        import karabakh_data  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(REPO))


# --- child: one build in a fresh process ---------------------------------------------------------
def _current_rss() -> int | None:
    """Resident memory now (Linux only), to see what the facts alone hold before reconciling."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def _maxrss_bytes(who: int) -> int:
    import resource

    kb = resource.getrusage(who).ru_maxrss
    return kb if sys.platform == "darwin" else kb * 1024  # Linux reports KiB, macOS bytes


def _child(raw: Path, out: Path, jobs: int, scaling: bool, profile: bool, dask: bool,
           cache: Path | None = None) -> dict:
    import pickle
    import resource

    import karabakh_data.pipeline as p
    from karabakh_data import schema
    from karabakh_data.loader import parse_parquet

    # Import every extractor before the baseline so code is not counted as data.
    for mod in ("events", "gazetteer", "meetings", "nlp", "statements"):
        __import__(f"karabakh_data.{mod}")
    rss_base = _maxrss_bytes(resource.RUSAGE_SELF)

    # Observe the build's FactStore at the moment reconciliation starts, without keeping it:
    # what it holds then is what the build holds for every article read.
    from karabakh_data.store import FactStore

    seen: dict[str, object] = {}
    reports_file = out.parent / "reports.pickle"
    tables_fn = FactStore.iter_tables

    def observe(store):
        seen["rss_facts"] = _current_rss()
        seen["staged_bytes"] = sum(b.nbytes for part in (store.source_rows, store.statements)
                                   for b in part.batches)
        seen["spilled_bytes"] = store.evidence.nbytes  # staged evidence, on disk
        # the reports (trigger spans only), kept on disk for re-timing their clustering on
        # fractions after the build: held here, they would stay in memory through the build
        seen["reports_bytes"] = store.meeting_reports.nbytes + store.event_reports.nbytes
        # as the store holds them (pickled batches): unpickling them here would add objects
        # to the measured process that the build itself never makes
        data = pickle.dumps((store.meeting_reports, store.event_reports),
                            protocol=pickle.HIGHEST_PROTOCOL)
        reports_file.write_bytes(data)
        del data
        seen["reports"] = {"meetings": len(store.meeting_reports),
                           "events": len(store.event_reports),
                           "statements": sum(b.num_rows for b in store.statements.batches)
                           + len(store.statements.columns["statement_id"])}
        return tables_fn(store)

    FactStore.iter_tables = observe  # type: ignore[method-assign]
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    t0 = time.perf_counter()
    report = _dask_build(raw, out, jobs) if dask else p.build(raw, out, jobs=jobs, cache=cache)
    wall = time.perf_counter() - t0
    if prof is not None:
        prof.disable()
    FactStore.iter_tables = tables_fn  # type: ignore[method-assign]
    peak_self = _maxrss_bytes(resource.RUSAGE_SELF)
    peak_children = _maxrss_bytes(resource.RUSAGE_CHILDREN)

    tables_bytes = sum(parse_parquet((out / f"{t}.parquet").read_bytes()).nbytes
                       for t in schema.TABLES)
    disk_bytes = sum((out / f"{t}.parquet").stat().st_size for t in schema.TABLES)

    curve = []
    if scaling:  # after the peak was read: clustering meetings and events, the n log n part
        from karabakh_data.events import cluster_events
        from karabakh_data.meetings import cluster_meetings

        meetings, events = (list(r) for r in pickle.loads(reports_file.read_bytes()))
        for frac in (8, 4, 2, 1):
            m = meetings[: max(1, len(meetings) // frac)]  # type: ignore[index]
            e = events[: max(1, len(events) // frac)]  # type: ignore[index]
            t = time.perf_counter()
            cluster_meetings(m)
            cluster_events(e)
            curve.append({"fraction": f"1/{frac}", "rows": len(m) + len(e),
                          "seconds": time.perf_counter() - t})
    hot = _hot_spots(prof) if prof is not None else ""
    return {
        "jobs": jobs, "articles": report.articles_read, "skipped": len(report.problems),
        "cached": report.cached,
        "wall": wall, "timings": report.timings, "rows": report.rows,
        "reports": seen["reports"], "rss_base": rss_base, "rss_facts": seen.get("rss_facts"),
        "peak_self": peak_self, "peak_children": peak_children,
        "tables_bytes": tables_bytes, "disk_bytes": disk_bytes,
        "staged_bytes": seen["staged_bytes"], "spilled_bytes": seen["spilled_bytes"],
        "reports_bytes": seen["reports_bytes"],
        "scaling": curve, "profile": hot,
    }


def _dask_build(raw: Path, out: Path, workers: int):
    """The same build with extraction on a local Dask cluster (cluster start-up included)."""
    from dask.distributed import Client, LocalCluster

    from karabakh_data.distributed import build_tables_dask
    from karabakh_data.pipeline import write_tables

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        tables, report = build_tables_dask(raw, client=client)
    t = time.perf_counter()
    write_tables(tables, out, consume=True)
    report.timings["write"] = time.perf_counter() - t
    return report


def _hot_spots(prof, top: int = 25) -> str:
    """Own time per module of the package (where to optimise), then the top functions."""
    import io
    import pstats

    st = pstats.Stats(prof)
    per_module: dict[str, float] = {}
    total = 0.0
    for (filename, _, _), (_, _, tottime, _, _) in st.stats.items():  # type: ignore[attr-defined]
        total += tottime
        name = Path(filename).name if "karabakh_data" in filename else "(python, re, pyarrow...)"
        per_module[name] = per_module.get(name, 0.0) + tottime
    lines = [f"    {'module':<28} {'own time':>9} {'share':>6}"]
    for name, t in sorted(per_module.items(), key=lambda kv: -kv[1]):
        lines.append(f"    {name:<28} {t:>8.2f}s {100 * t / total:>5.1f}%")
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(top)
    return "\n".join(lines) + "\n" + buf.getvalue()


# --- parent: generate, run, print ---------------------------------------------------------------
def _run_one(n: int, jobs: int, seed: int, raw_src: Path, scaling: bool, profile: bool,
             dask: bool, rebuild: bool = False) -> dict:
    sys.path.insert(0, str(HERE))
    from synth_corpus import write_corpus

    with tempfile.TemporaryDirectory(prefix="karabakh-bench-") as tmp:
        t = time.perf_counter()
        raw = write_corpus(Path(tmp) / "raw", n, seed=seed, raw_dir=raw_src)
        gen_s = time.perf_counter() - t
        corpus_bytes = sum(f.stat().st_size for f in raw.glob("*.txt"))
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(raw),
               str(Path(tmp) / "out"), "--jobs", str(jobs)]
        cmd += ["--profile"] if profile else []
        cmd += [] if scaling else ["--no-scaling"]
        cmd += ["--dask"] if dask else []
        import karabakh_data

        # The child imports the very package the parent uses (an install or this checkout).
        pkg_root = str(Path(karabakh_data.__file__).resolve().parents[1])
        path = os.pathsep.join(filter(None, [pkg_root, os.environ.get("PYTHONPATH")]))
        env = {**os.environ, "PYTHONPATH": path}

        def run(extra: list[str]) -> dict:
            proc = subprocess.run(cmd + extra, env=env, capture_output=True, text=True,
                                  check=False)
            if proc.returncode != 0:
                sys.stderr.write(proc.stderr)
                raise SystemExit(f"benchmark build of N={n} failed (exit {proc.returncode})")
            return json.loads(proc.stdout.strip().splitlines()[-1])

        res = run([])
        if rebuild:  # fill an extraction cache, then rebuild the unchanged corpus from it
            cache = ["--cache", str(Path(tmp) / "cache"), "--no-scaling"]
            res["rebuild"] = {"fill": run(cache), "warm": run(cache)}
    res.update(n=n, generate_seconds=gen_s, corpus_bytes=corpus_bytes, dask=dask)
    return res


def _nlogn(n: int) -> float:
    return n * math.log2(n) if n > 1 else 1.0


def _print(res: dict) -> None:
    t = res["timings"]
    n_art = res["articles"]
    extract_rate = n_art / t["extract"] if t.get("extract") else float("nan")
    how = f"Dask, {res['jobs']} workers" if res.get("dask") else f"--jobs {res['jobs']}"
    print(f"\n== N = {res['n']:,} articles ({res['corpus_bytes'] / MB:.1f} MB of text, "
          f"{how}; corpus generated in {res['generate_seconds']:.1f}s) ==")
    print(f"  articles read        {n_art:,} (skipped {res['skipped']})")
    print(f"  end to end           {res['wall']:.2f}s  = {n_art / res['wall']:,.0f} articles/s")
    print(f"  extraction alone     {extract_rate:,.0f} articles/s per core "
          f"(read and clean: {n_art / max(t['read'], 1e-9):,.0f} articles/s)")
    stages = "  ".join(f"{k} {v:.2f}s" for k, v in t.items())
    print(f"  stages               {stages}")
    print(f"  peak RSS             {res['peak_self'] / MB:,.0f} MB main process "
          f"(after imports {res['rss_base'] / MB:,.0f} MB: build added "
          f"{(res['peak_self'] - res['rss_base']) / MB:,.0f} MB)"
          + (f"; workers {res['peak_children'] / MB:,.0f} MB each at most"
             if res["jobs"] > 1 or res.get("dask") else ""))
    if res.get("rss_facts"):
        print(f"  RSS before reconcile {res['rss_facts'] / MB:,.0f} MB (every article read and "
              f"extracted; only the facts are kept)")
    print(f"  output               {res['tables_bytes'] / MB:.1f} MB as Arrow tables, "
          f"{res['disk_bytes'] / MB:.1f} MB Parquet")
    print(f"  facts kept           {res['staged_bytes'] / MB:.1f} MB of Arrow batches (statements, "
          f"sources) + {res['reports_bytes'] / MB:.1f} MB of meeting and event reports "
          f"(pickled); evidence staged on disk: {res['spilled_bytes'] / MB:.1f} MB")
    print("  rows                 " + ", ".join(f"{k} {v:,}" for k, v in res["rows"].items()))
    print("  reports reconciled   " + ", ".join(f"{k} {v:,}" for k, v in res["reports"].items()))
    if res["scaling"]:
        print("  clustering meeting and event reports (time / (n log2 n) stays flat if n log n):")
        print(f"    {'reports':>9} {'n':>9} {'seconds':>9} {'us per n log2 n':>16}")
        for c in res["scaling"]:
            per = 1e6 * c["seconds"] / _nlogn(c["rows"])
            print(f"    {c['fraction']:>9} {c['rows']:>9,} {c['seconds']:>9.3f} {per:>16.3f}")
    for label, r in res.get("rebuild", {}).items():
        what = {"fill": "with --cache, empty", "warm": "rebuild from the cache"}[label]
        print(f"  {what:<22} {r['wall']:.2f}s  = {r['articles'] / r['wall']:,.0f} articles/s "
              f"end to end ({r['cached']:,} articles from the cache; peak RSS "
              f"{r['peak_self'] / MB:,.0f} MB)")
    if res["profile"]:
        print("  extraction hot spots (cProfile, by own time):")
        print(res["profile"])


def _summary(results: list[dict]) -> None:
    print("\n| N | jobs | end to end (articles/s) | extraction (articles/s/core) | peak RSS (MB) "
          "| tables (MB, Arrow) | read | extract | reconcile | write |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        t = r["timings"]
        jobs = f"{r['jobs']} (Dask)" if r.get("dask") else str(r["jobs"])
        print(f"| {r['n']:,} | {jobs} | {r['articles'] / r['wall']:,.0f} | "
              f"{r['articles'] / t['extract']:,.0f} | {r['peak_self'] / MB:,.0f} | "
              f"{r['tables_bytes'] / MB:.1f} | {t['read']:.2f}s | {t['extract']:.2f}s | "
              f"{t['reconcile']:.2f}s | {t.get('write', 0.0):.2f}s |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, nargs="+", default=[1000, 10000],
                    help="corpus sizes to time (default: 1000 10000)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for the build")
    ap.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus")
    ap.add_argument("--raw", type=Path, default=REPO / "data" / "raw",
                    help="raw articles to recombine (default: the repository's data/raw)")
    ap.add_argument("--no-scaling", dest="scaling", action="store_false",
                    help="skip the reconciliation scaling curve")
    ap.add_argument("--profile", action="store_true", help="print cProfile hot spots (slower)")
    ap.add_argument("--dask", action="store_true",
                    help="extract on a local Dask cluster of --jobs worker processes")
    ap.add_argument("--rebuild", action="store_true",
                    help="also time a build that fills an extraction cache (--cache) and a "
                         "rebuild of the unchanged corpus from it")
    ap.add_argument("--cache", type=Path, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    ap.add_argument("--child", nargs=2, type=Path, metavar=("RAW", "OUT"),
                    help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    _ensure_importable()
    if args.child:
        res = _child(args.child[0], args.child[1], args.jobs, args.scaling, args.profile,
                     args.dask, cache=args.cache)
        print(json.dumps(res, default=str))
        return 0
    import platform

    print(f"karabakh-data build benchmark: Python {platform.python_version()} on "
          f"{platform.machine()}, {os.cpu_count()} CPUs, seed {args.seed}")
    results = []
    for n in args.n:
        res = _run_one(n, max(1, args.jobs), args.seed, args.raw, args.scaling, args.profile,
                       args.dask, rebuild=args.rebuild)
        _print(res)
        results.append(res)
    _summary(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
