"""How far could skipping idle sentences take extraction? An upper bound for issue 8's target.

    python benchmarks/sentence_cost.py            # 300 synthetic articles
    python benchmarks/sentence_cost.py --n 1000 --json cost.json

Extraction runs four stages over every sentence of an article: the shared analysis (mentions,
dates), statements, meetings and events. Most ideas for a faster extractor skip work a stage
does on a sentence that gives it no row ("gating"). Before building one, this measures the most
any gate could save. Each sentence of a synthetic corpus (`synth_corpus.py`, as in
`bench_build.py`) is extracted as an article of its own, every stage timed apart (best of
`--repeat` runs, so a busy machine inflates it less), and each stage's time is split by whether
that stage gave the sentence a row.

The bound assumes a perfect gate, free of cost: a stage spends nothing on a sentence it gives
no row, and the shared analysis spends nothing on a sentence no stage gives a row. Real gates
cost something and must be provably safe (a skipped sentence could not have given a row), so
the true gain is smaller. Sentences lose their neighbours when extracted alone (no anaphora,
no date carried from the sentence before); the printed sum of the one-sentence articles,
against the whole articles' own time, shows how close the two are.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
STAGES = ("analysis", "statements", "meetings", "events")


def _ensure_importable() -> None:
    """Run from a checkout without installing: fall back to the repository's package."""
    try:
        import karabakh_data  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(REPO))


def _load_corpus(n: int, seed: int, raw_dir: Path, tmp: Path) -> list:
    """Write the synthetic corpus of `bench_build.py` and read it back as cleaned documents,
    as a build lists and reads a raw folder (an article that is no article is not measured)."""
    sys.path.insert(0, str(HERE))
    import synth_corpus

    from karabakh_data.corpus import iter_documents, list_corpus

    raw = synth_corpus.write_corpus(tmp / "raw", n, seed=seed, raw_dir=raw_dir)
    items, _problems = list_corpus(raw)
    return [doc for _item, doc, _row, _problem in iter_documents(items) if doc is not None]


def _timed_stages(doc, repeat: int) -> tuple[dict[str, float], dict[str, int]]:
    """Best-of-`repeat` seconds of each stage on `doc`, and the rows each stage gave.

    The stages run in `pipeline.extract_document`'s order, statements first, because their
    speakers tell the other two stages who "I" and "we" are."""
    from karabakh_data.events import extract_events
    from karabakh_data.meetings import extract_meetings
    from karabakh_data.nlp import analyse
    from karabakh_data.voice import statements_of

    best = dict.fromkeys(STAGES, float("inf"))
    rows: dict[str, int] = {}
    for _ in range(repeat):
        t0 = time.perf_counter()
        a = analyse(doc)
        t1 = time.perf_counter()
        st = statements_of(a)
        t2 = time.perf_counter()
        me = extract_meetings(a)
        t3 = time.perf_counter()
        ev = extract_events(a)
        t4 = time.perf_counter()
        for stage, took in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            best[stage] = min(best[stage], took)
        rows = {"statements": len(st), "meetings": len(me), "events": len(ev)}
    return best, rows


def measure(docs: list, repeat: int = 3) -> dict:
    """Split each stage's time by whether the stage gave a row, one sentence at a time."""
    from karabakh_data.pipeline import extract_document
    from karabakh_data.text import sentence_spans

    for doc in docs[:20]:  # warm the vocabularies' lazy compilation
        extract_document(doc)
    whole = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for doc in docs:
            extract_document(doc)
        whole = min(whole, time.perf_counter() - t0)

    busy = dict.fromkeys(STAGES, 0.0)  # time on sentences the stage gave a row
    idle = dict.fromkeys(STAGES, 0.0)  # time on sentences it gave none
    sentences = giving = 0
    for doc in docs:
        for start, end in sentence_spans(doc.clean_text):
            one = dataclasses.replace(doc, clean_text=doc.clean_text[start:end],
                                      segments=((0, start),), captions=(), wide=())
            took, rows = _timed_stages(one, repeat)
            sentences += 1
            giving += any(rows.values())
            rows["analysis"] = sum(rows.values())
            for stage in STAGES:
                (busy if rows[stage] else idle)[stage] += took[stage]
    n = len(docs)
    per = {stage: {"rows_ms": 1000 * busy[stage] / n, "no_rows_ms": 1000 * idle[stage] / n}
           for stage in STAGES}
    alone = sum(busy.values()) + sum(idle.values())
    bound = sum(busy.values())
    return {
        "articles": n,
        "sentences": sentences,
        "sentences_with_rows": giving,
        "whole_articles_ms": 1000 * whole / n,
        "one_sentence_articles_ms": 1000 * alone / n,
        "stages": per,
        "perfect_gate_ms": 1000 * bound / n,
        "perfect_gate_articles_per_s": n / bound if bound else float("inf"),
        "target_ms": 2.0,
    }


def report(fig: dict) -> str:
    """The figures as a short table, in milliseconds per article."""
    lines = [
        f"{fig['articles']} articles, {fig['sentences']} sentences, "
        f"{fig['sentences_with_rows']} of them give a row when read alone",
        f"whole articles: {fig['whole_articles_ms']:.2f} ms/article; the same sentences as "
        f"one-sentence articles: {fig['one_sentence_articles_ms']:.2f}",
        "",
        f"{'stage':<12}{'rows':>10}{'no rows':>10}   (ms/article, by whether the stage gave a row)",
    ]
    for stage, v in fig["stages"].items():
        lines.append(f"{stage:<12}{v['rows_ms']:>10.2f}{v['no_rows_ms']:>10.2f}")
    lines += [
        "",
        f"with a perfect, free gate: {fig['perfect_gate_ms']:.2f} ms/article = "
        f"{fig['perfect_gate_articles_per_s']:.0f} articles/s "
        f"(target {fig['target_ms']:.1f} ms = {1000 / fig['target_ms']:.0f} articles/s)",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="synthetic articles (default 300)")
    ap.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per timing, best kept")
    ap.add_argument("--raw", type=Path, default=REPO / "data" / "raw",
                    help="articles to recombine (default data/raw)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args(argv)
    _ensure_importable()
    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="kd-sentcost-") as tmp:
        docs = _load_corpus(args.n, args.seed, args.raw, Path(tmp))
    if not docs:
        print("no articles to measure", file=sys.stderr)
        return 1
    fig = measure(docs, args.repeat)
    print(report(fig))
    if args.json:
        args.json.write_text(json.dumps(fig, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
