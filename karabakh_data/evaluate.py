"""Score extracted tables against hand-coded gold files (`tests/gold/*.json`).

Matching rules (also in `tests/gold/README.md`):

- meetings: dates compatible at their precisions (equal when both are day-precise), the same
  place when both name one, overlapping parties;
- statements: the same source, the same speaker and overlapping character spans;
- events: the same type and the same date at the same precision.

Each gold item matches at most one row (greedy, best first). Scores are micro precision, recall
and F1 per table, overall and per source; missed gold items and extra rows are listed so a
reader sees exactly what the extractor got wrong.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa

from karabakh_data.corpus import list_corpus, load_document
from karabakh_data.reconcile import dates_compatible

EVAL_TABLES = ("meetings", "statements", "events")


@dataclass
class Score:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else (1.0 if not self.n_pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return (f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"({self.tp} matched, {self.n_pred} rows, {self.n_gold} gold)")


@dataclass
class TableEval:
    table: str
    overall: Score
    per_source: dict[str, Score]
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    field_accuracy: dict[str, float] = field(default_factory=dict)


@dataclass
class EvalReport:
    label: str
    tables: dict[str, TableEval]

    def __str__(self) -> str:
        out = [f"== {self.label} =="]
        for name, te in self.tables.items():
            out.append(f"{name:<11} {te.overall}")
            for src, sc in sorted(te.per_source.items()):
                out.append(f"    {src:<28} {sc}")
            if te.field_accuracy:
                acc = ", ".join(f"{k} {v:.2f}" for k, v in te.field_accuracy.items())
                out.append(f"    field accuracy on matched rows: {acc}")
            for m in te.missed:
                out.append(f"    missed: {m}")
            for x in te.extra:
                out.append(f"    extra:  {x}")
        return "\n".join(out)


def _d(v: object) -> dt.date | None:
    if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NaT:
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, pd.Timestamp):
        return v.date()
    return dt.date.fromisoformat(str(v)[:10])


def _records(t: pa.Table | pd.DataFrame) -> list[dict]:
    if isinstance(t, pa.Table):
        return t.to_pylist()
    out = []
    for r in t.to_dict(orient="records"):
        out.append({k: (None if _isna(v) else v) for k, v in r.items()})
    return out


def _isna(v: object) -> bool:
    """Missing scalar (None, NaN, NaT); lists and strings are never missing."""
    if v is None or v is pd.NaT:
        return True
    return isinstance(v, float) and v != v


def load_gold(gold_dir: Path) -> dict[str, list[dict]]:
    out = {}
    for name in EVAL_TABLES:
        p = Path(gold_dir) / f"{name}.json"
        out[name] = json.loads(p.read_text(encoding="utf-8")) if p.exists() else []
    return out


def _parties(ids: list[str]) -> set[str]:
    from karabakh_data.meetings import party_of

    return {party_of(i) or i for i in ids}


def _match(gold: list[dict], pred: list[dict], ok, score) -> list[tuple[int, int]]:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if ok(g, p):
                pairs.append((score(g, p), gi, pi))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def _meeting_ok(g: dict, p: dict) -> bool:
    gd = (_d(g["date"]), _d(g.get("date_end")), g["date_precision"])
    pd_ = (_d(p["date"]), _d(p.get("date_end")), p["date_precision"])
    if not dates_compatible(gd, pd_):
        return False
    if gd[2] == "day" and pd_[2] == "day" and gd[0] != pd_[0]:
        return False
    if g.get("place_id") and p.get("place_id") and g["place_id"] != p["place_id"]:
        return False
    gp = _parties(list(g["participants"]) + ([g["mediator"]] if g.get("mediator") else []))
    pp = _parties(list(p["participants"]) + ([p["mediator"]] if p.get("mediator") else []))
    return len(gp & pp) >= 2


def _meeting_score(g: dict, p: dict) -> float:
    s = 0.0
    s += 1.0 if _d(g["date"]) == _d(p["date"]) else 0.0
    s += 1.0 if g.get("place_id") == p.get("place_id") else 0.0
    s += len(set(g["participants"]) & set(p["participants"])) / max(len(g["participants"]), 1)
    return s


def _event_ok(g: dict, p: dict) -> bool:
    return (g["event_type"] == p["event_type"] and _d(g["date"]) == _d(p["date"])
            and g["date_precision"] == p["date_precision"])


def _event_score(g: dict, p: dict) -> float:
    return (1.0 if _d(g.get("date_end")) == _d(p.get("date_end")) else 0.0) + (
        1.0 if g.get("place_id") == p.get("place_id") else 0.0)


def _statement_ok(g: dict, p: dict) -> bool:
    """Same source, same speaker, overlapping spans."""
    return (g["source_id"] == p["source_id"] and g["speaker_id"] == p["speaker_id"]
            and g["char_start"] < p["char_end"] and p["char_start"] < g["char_end"])


def _statement_score(g: dict, p: dict) -> float:
    """Overlap of the two spans (intersection over union): the best-fitting row wins."""
    inter = min(g["char_end"], p["char_end"]) - max(g["char_start"], p["char_start"])
    union = max(g["char_end"], p["char_end"]) - min(g["char_start"], p["char_start"])
    return inter / union


def evaluate(tables: Mapping[str, pa.Table | pd.DataFrame], gold_dir: Path, raw_dir: Path,
             label: str = "tables") -> EvalReport:
    """Compare `tables` (meetings, statements, events, sources) with the gold files."""
    gold = load_gold(gold_dir)
    sources = _records(tables["sources"])
    file_to_sid = {Path(str(s["path"])).name: s["source_id"] for s in sources}
    sid_to_file = {v: k for k, v in file_to_sid.items()}
    report = EvalReport(label, {})

    # meetings and events: rows carry source_ids
    for name, ok, score, desc in (
            ("meetings", _meeting_ok, _meeting_score,
             lambda r: f"{_d(r['date'])} {r.get('place_id')} {sorted(r['participants'])} "
                       f"{r.get('status')}"),
            ("events", _event_ok, _event_score,
             lambda r: f"{r['event_type']} {_d(r['date'])} ({r['date_precision']}) "
                       f"{str(r.get('description', ''))[:60]}")):
        pred = _records(tables[name])
        g_items = gold[name]
        te = TableEval(name, Score(), {})
        pairs = _match(g_items, pred, ok, score)
        te.overall = Score(len(pairs), len(pred), len(g_items))
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        te.missed = [desc(g) for gi, g in enumerate(g_items) if gi not in matched_g]
        te.extra = [desc(p) for pi, p in enumerate(pred) if pi not in matched_p]
        for f in sorted(set(sid_to_file.values())):
            sid = file_to_sid[f]
            gs = [g for g in g_items if f in g.get("sources", [])]
            ps = [p for p in pred if sid in list(p["source_ids"])]
            sp = _match(gs, ps, ok, score)
            te.per_source[f] = Score(len(sp), len(ps), len(gs))
        if name == "meetings" and pairs:
            fields = ("date", "date_precision", "place_id", "status", "level", "format",
                      "mediator", "mode")
            for fld in fields:
                same = sum(1 for gi, pi in pairs
                           if _norm(g_items[gi].get(fld)) == _norm(pred[pi].get(fld)))
                te.field_accuracy[fld] = same / len(pairs)
            te.field_accuracy["participants"] = sum(
                1 for gi, pi in pairs if sorted(g_items[gi]["participants"]) ==
                sorted(pred[pi]["participants"])) / len(pairs)
            te.field_accuracy["sources"] = sum(
                1 for gi, pi in pairs if sorted(file_to_sid.get(f, f) for f in
                                                 g_items[gi]["sources"]) ==
                sorted(pred[pi]["source_ids"])) / len(pairs)
        report.tables[name] = te

    # statements: span overlap in the clean text
    pred = _records(tables["statements"])
    clean = _clean_texts(raw_dir)
    g_items = []
    for g in gold["statements"]:
        text = clean.get(g["source"], "")
        i = text.find(g["text"])
        if i < 0:
            raise ValueError(f"gold statement not found in the clean text of {g['source']}: "
                             f"{g['text'][:60]!r}")
        g_items.append({**g, "source_id": file_to_sid.get(g["source"]), "char_start": i,
                        "char_end": i + len(g["text"])})

    pairs = _match(g_items, pred, _statement_ok, _statement_score)
    te = TableEval("statements", Score(len(pairs), len(pred), len(g_items)), {})
    mg = {gi for gi, _ in pairs}
    mp = {pi for _, pi in pairs}
    te.missed = [f"{g['source'][:3]} {g['speaker_id']}: {g['text'][:70]}"
                 for gi, g in enumerate(g_items) if gi not in mg]
    te.extra = [f"{sid_to_file.get(p['source_id'], p['source_id'])[:3]} {p['speaker_id']}: "
                f"{str(p['text'])[:70]}" for pi, p in enumerate(pred) if pi not in mp]
    for f, sid in sorted(file_to_sid.items()):
        gs = [g for g in g_items if g["source_id"] == sid]
        ps = [p for p in pred if p["source_id"] == sid]
        matched = _match(gs, ps, _statement_ok, _statement_score)
        te.per_source[f] = Score(len(matched), len(ps), len(gs))
    if pairs:
        te.field_accuracy["kind"] = sum(1 for gi, pi in pairs
                                        if g_items[gi]["kind"] == pred[pi]["kind"]) / len(pairs)
        te.field_accuracy["date"] = sum(1 for gi, pi in pairs
                                        if _d(g_items[gi].get("date")) == _d(pred[pi]["date"])
                                        ) / len(pairs)
    report.tables["statements"] = te
    return report


def _norm(v: object) -> object:
    if isinstance(v, dt.datetime | pd.Timestamp):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str) and len(v) == 10 and v[4] == "-":
        try:
            return dt.date.fromisoformat(v)
        except ValueError:
            return v
    return None if _isna(v) else v


def _clean_texts(raw_dir: Path) -> dict[str, str]:
    items, _ = list_corpus(Path(raw_dir))
    out = {}
    for it in items:
        try:
            doc, _ = load_document(it.path, it.rel_path, it.manifest)
        except ValueError:
            continue
        out[it.path.name] = doc.clean_text
    return out
