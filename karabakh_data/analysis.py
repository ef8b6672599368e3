"""Analysis helpers shared by the notebooks: tidy frames, altair charts, provenance, export.

The notebooks in `notebooks/` are how most people meet the data, so everything they compute
lives here, where it is tested (`tests/test_analysis.py`) and reused, and the notebook cells
stay thin. Three rules run through the module:

- **Deterministic.** Every frame is sorted on explicit keys, labels are derived from the data
  (never from the clock, a random id or a dict's iteration order), and charts name their
  parameters, so a notebook's stored output is the same on every run and machine.
- **Only what the tables back.** Numbers are counts of rows; stated fatalities are listed per
  event and never added up (two reports of one war may overlap); dates are shown at the
  precision the source gave (`May 2023`, not `2023-05-01`).
- **Offline.** Maps are drawn on small country outlines shipped in `data/geo/` (Natural Earth,
  public domain): no tiles and no data sets are fetched at run time.

Charts are altair 6 objects: each has a title, a subtitle saying what to see, and titled axes.
`export_chart` writes one as SVG (or PNG) through vl-convert, for the README and the docs.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import itertools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd

from karabakh_data import schema

# === vocabularies of the charts ===============================================================

#: Display label of each mediator actor id; any other mediator is "other", none is "none".
MEDIATOR_LABELS: dict[str, str] = {
    "russia": "Russia",
    "european-union": "EU",
    "united-states": "US",
}
MEDIATOR_ORDER: tuple[str, ...] = ("Russia", "EU", "US", "other", "none")
#: Okabe-Ito colours (distinguishable with the common colour-vision deficiencies).
MEDIATOR_COLOURS: tuple[str, ...] = ("#D55E00", "#0072B2", "#009E73", "#CC79A7", "#7F7F7F")
STATUS_ORDER: tuple[str, ...] = schema.MEETING_STATUSES
STATUS_SHAPES: tuple[str, ...] = ("circle", "triangle-up", "diamond", "cross")
KIND_LABELS: dict[str, str] = {"direct": "direct quote", "indirect": "reported speech"}
KIND_COLOURS: tuple[str, ...] = ("#0072B2", "#E69F00")
EVENT_TYPE_COLOURS: tuple[str, ...] = (
    "#D62728", "#2CA02C", "#1F77B4", "#9467BD", "#FF7F0E",
    "#8C564B", "#E377C2", "#BCBD22", "#17BECF", "#7F7F7F",
)
NO_TOPIC = "(no topic)"
MEETING_LANE = "meeting"

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# === small formatting helpers =================================================================


#: Time axes name the year on every label: sources span several years, and "April" alone
#: would not say which.
_YEAR_MONTH_AXIS = alt.Axis(format="%b %Y", labelAngle=0, labelOverlap=True)

def _missing(value: object) -> bool:
    """True for None, NaN, NaT and pandas.NA (all the ways a released frame says 'no value')."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and other containers are values
        return False


def _items(value: object) -> list[Any]:
    """A list column's cell as a list (None -> [])."""
    if value is None or (not isinstance(value, list | tuple) and _missing(value)):
        return []
    return list(value)  # type: ignore[call-overload]


def _day(value: object) -> str:
    ts = pd.Timestamp(value)
    return f"{ts.day} {_MONTHS[ts.month - 1]} {ts.year}"


def format_date(date: object, precision: object = "day", date_end: object = None) -> str:
    """A date as the source gave it: `26 Nov 2021`, `week of 1 May 2023`, `May 2023`, `2021`,
    `1990s`; a span joins its two ends (`1992–1994`, `Sep–Nov 2020`); no date is `undated`.

    Why: `date` holds the first day of a period, so printing it raw would turn "May 2023" into
    a day nobody reported."""
    if _missing(date):
        return "undated"
    prec = "day" if _missing(precision) else str(precision)
    start = pd.Timestamp(date)  # type: ignore[arg-type]

    def one(ts: pd.Timestamp) -> str:
        if prec == "week":
            return f"week of {_day(ts)}"
        if prec == "month":
            return f"{_MONTHS[ts.month - 1]} {ts.year}"
        if prec == "year":
            return str(ts.year)
        if prec == "decade":
            return f"{ts.year // 10 * 10}s"
        return _day(ts)

    if _missing(date_end):
        return one(start)
    end = pd.Timestamp(date_end)  # type: ignore[arg-type]
    if prec == "month" and start.year == end.year:
        return f"{_MONTHS[start.month - 1]}–{_MONTHS[end.month - 1]} {end.year}"
    if prec == "day" and (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {_MONTHS[end.month - 1]} {end.year}"
    left, right = one(start), one(end)
    return left if left == right else f"{left}–{right}"


def period_end(date: object, precision: object) -> pd.Timestamp | None:
    """Last day of the period `date` stands for at `precision` (for drawing it as a bar)."""
    if _missing(date):
        return None
    ts = pd.Timestamp(date)  # type: ignore[arg-type]
    prec = "day" if _missing(precision) else str(precision)
    if prec == "week":
        return ts + pd.Timedelta(days=6)
    if prec == "month":
        return ts + pd.offsets.MonthEnd(0)
    if prec == "year":
        return pd.Timestamp(year=ts.year, month=12, day=31)
    if prec == "decade":
        return pd.Timestamp(year=ts.year // 10 * 10 + 9, month=12, day=31)
    return ts


def mediator_label(actor_id: object) -> str:
    """Russia, EU, US, other or none: the mediation track a meeting belongs to."""
    if _missing(actor_id) or not str(actor_id):
        return "none"
    return MEDIATOR_LABELS.get(str(actor_id), "other")


def mediator_scale(present: Iterable[str] | None = None) -> alt.Scale:
    """The same colour for a mediator in every chart; with `present`, the legend lists only
    the tracks that occur (a legend entry for an absent track would suggest it exists)."""
    keep = set(MEDIATOR_ORDER) if present is None else set(present)
    pairs = [(m, c) for m, c in zip(MEDIATOR_ORDER, MEDIATOR_COLOURS, strict=True) if m in keep]
    return alt.Scale(domain=[m for m, _ in pairs], range=[c for _, c in pairs])


def status_scale() -> alt.Scale:
    return alt.Scale(domain=list(STATUS_ORDER), range=list(STATUS_SHAPES))


def event_type_scale() -> alt.Scale:
    return alt.Scale(domain=list(schema.EVENT_TYPES), range=list(EVENT_TYPE_COLOURS))


def kind_scale() -> alt.Scale:
    return alt.Scale(domain=[KIND_LABELS[k] for k in schema.STATEMENT_KINDS],
                     range=list(KIND_COLOURS))


def actor_names(actors: pd.DataFrame) -> dict[str, str]:
    """actor_id -> display name (an id missing from `actors` shows as itself)."""
    return {str(a): str(n) for a, n in zip(actors["actor_id"], actors["name"], strict=True)}


def _names(ids: Iterable[object], names: Mapping[str, str]) -> str:
    return "; ".join(names.get(str(i), str(i)) for i in ids)


def source_labels(sources: pd.DataFrame) -> dict[str, str]:
    """source_id -> short label `S1`, `S2`, ... numbered in the order of the raw files' paths,
    so a label means the same article in every notebook and chart of a release."""
    ordered = sources.sort_values(["path", "source_id"], kind="stable")
    return {str(sid): f"S{i}" for i, sid in enumerate(ordered["source_id"], start=1)}


def source_names(sources: pd.DataFrame) -> dict[str, str]:
    """source_id -> `S1 · outlet · published` (what a reader needs to place an article), in
    label order."""
    labels = source_labels(sources)
    out = {}
    for row in sources.sort_values(["path", "source_id"], kind="stable").itertuples(index=False):
        outlet = "outlet unknown" if _missing(row.outlet) else str(row.outlet)
        when = format_date(row.published, row.published_precision)
        out[str(row.source_id)] = f"{labels[str(row.source_id)]} · {outlet} · {when}"
    return out


def _label_list(ids: Iterable[object], labels: Mapping[str, str]) -> str:
    return ", ".join(sorted((labels.get(str(i), str(i)) for i in ids), key=_label_key))


def _label_key(label: str) -> tuple[int, str]:
    digits = label[1:] if label[:1] == "S" else ""
    return (int(digits), label) if digits.isdigit() else (1 << 30, label)


def table_text(frame: pd.DataFrame, max_colwidth: int = 70) -> str:
    """A frame as fixed-width text for checked notebook cells: no index, every row, long cells
    cut with an ellipsis (the same text on every machine and pandas display setting)."""
    if frame.empty:
        return "(no rows)"

    def cut(v: object) -> str:
        s = "" if _missing(v) else str(v)
        return s if len(s) <= max_colwidth else s[: max_colwidth - 1] + "…"

    return frame.astype(object).map(cut).to_string(index=False)


# === the dataset tour =========================================================================

def table_overview(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per table: rows, columns and what a row is (in the release's table order)."""
    rows = []
    for name in schema.TABLES:
        if name not in tables:
            continue
        df = tables[name]
        rows.append({"table": name, "rows": len(df), "columns": df.shape[1],
                     "one row is": schema.TABLE_DESCRIPTIONS[name]})
    return pd.DataFrame(rows, columns=["table", "rows", "columns", "one row is"])


def schema_frame(table: str, frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """The columns of one table: Arrow type, the pandas dtype `load()` gives, and what the
    column means (from the schema, the single source of the codebook)."""
    rows = []
    for field in schema.SCHEMAS[table]:
        dtype = str(frame[field.name].dtype) if frame is not None else ""
        rows.append({"column": field.name, "arrow type": str(field.type), "dtype": dtype,
                     "required": "yes" if not field.nullable else "",
                     "meaning": schema.field_description(table, field.name)})
    return pd.DataFrame(rows, columns=["column", "arrow type", "dtype", "required", "meaning"])


def table_sizes_chart(tables: Mapping[str, pd.DataFrame]) -> alt.Chart:
    """Bar chart of rows per table."""
    overview = table_overview(tables)
    return alt.Chart(overview, title=alt.Title(
        "Rows per table", subtitle="Every row of meetings, statements and events is backed by "
        "one or more rows of evidence.")).mark_bar(color="#4C78A8").encode(
        x=alt.X("rows:Q", title="Rows"),
        y=alt.Y("table:N", title="Table", sort=list(overview["table"])),
        tooltip=[alt.Tooltip("table:N", title="Table"), alt.Tooltip("rows:Q", title="Rows"),
                 alt.Tooltip("one row is:N", title="One row is")],
    ).properties(width=420, height=alt.Step(24))


def evidence_roles(evidence: pd.DataFrame) -> pd.DataFrame:
    """Evidence spans by fact table and role (what each span supports)."""
    if evidence.empty:
        return pd.DataFrame(columns=["table", "role", "spans"])
    out = (evidence.assign(table=evidence["table"].astype(str), role=evidence["role"].astype(str))
           .groupby(["table", "role"]).size().rename("spans").reset_index())
    return out.sort_values(["table", "spans", "role"], ascending=[True, False, True],
                           kind="stable").reset_index(drop=True)


def evidence_roles_chart(evidence: pd.DataFrame) -> alt.Chart:
    roles = evidence_roles(evidence)
    return alt.Chart(roles, title=alt.Title(
        "What the evidence spans support",
        subtitle="Every fact row points to exact words of its sources; a span's role says which "
        "field of the row it backs.")).mark_bar().encode(
        x=alt.X("spans:Q", title="Evidence spans"),
        y=alt.Y("role:N", title="Role of the span", sort="-x"),
        color=alt.Color("table:N", title="Fact table",
                        scale=alt.Scale(domain=list(schema.FACT_TABLES),
                                        range=["#4C78A8", "#F58518", "#54A24B"])),
        tooltip=[alt.Tooltip("table:N", title="Table"), alt.Tooltip("role:N", title="Role"),
                 alt.Tooltip("spans:Q", title="Spans")],
    ).properties(width=420, height=alt.Step(20))


def pick_meeting(meetings: pd.DataFrame) -> str | None:
    """The meeting to trace in the tour: the one most sources report, then the most exactly
    dated, then the earliest, then the smallest id: reproducible, and it shows reconciliation
    at work whenever a meeting has several sources."""
    if meetings.empty:
        return None
    rank = {p: i for i, p in enumerate(schema.PRECISIONS)}
    m = meetings.assign(
        _n=meetings["n_sources"].astype("Int64").fillna(0),
        _p=meetings["date_precision"].map(lambda p: rank.get(str(p), len(rank))).astype(int),
        _d=meetings["date"].fillna(pd.Timestamp.max))
    m = m.sort_values(["_n", "_p", "_d", "meeting_id"], ascending=[False, True, True, True],
                      kind="stable")
    return str(m["meeting_id"].iloc[0])


# === provenance: evidence spans in their sentences =============================================

@dataclass(frozen=True)
class Passage:
    """A stretch of one source's clean text with the evidence spans inside it.

    `complete` is True when the passage is whole sentences of the clean text; False when the
    clean text was not available and the passage is the spans alone (joined by gaps)."""

    source_id: str
    start: int
    end: int
    text: str
    spans: tuple[tuple[int, int, str], ...]  # absolute (start, end, role)
    complete: bool


def _repo_candidates() -> list[Path]:
    here = Path(__file__).resolve().parent
    cands = [here.parent, Path.cwd(), *Path.cwd().parents]
    out: list[Path] = []
    for c in cands:
        if c not in out:
            out.append(c)
    return out


def clean_texts(sources: pd.DataFrame, roots: Sequence[Path] | None = None) -> dict[str, str]:
    """Clean texts of the released sources, rebuilt from the raw files where they are at hand.

    A released `sources` row records each raw file's path and sha256; a raw file is used only
    when its bytes match that digest, and it is cleaned by the same code as the build. An
    installation without `data/raw/` (a wheel) gets an empty dict: `passages()` then shows the
    evidence spans on their own."""
    from karabakh_data.corpus import CorpusError, load_document, sha256_bytes

    roots = list(roots) if roots is not None else _repo_candidates()
    out: dict[str, str] = {}
    for row in sources.sort_values("source_id").itertuples(index=False):
        rel = str(row.path)
        for root in roots:
            path = Path(root) / rel
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if sha256_bytes(data) != str(row.sha256):
                continue
            with contextlib.suppress(CorpusError):  # unreadable now: spans-only view
                out[str(row.source_id)] = load_document(path, rel)[0].clean_text
            break
    return out


def record_evidence(evidence: pd.DataFrame, table: str, record_id: str,
                    labels: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The evidence rows of one fact row, by source and position."""
    ev = evidence[(evidence["table"].astype(str) == table)
                  & (evidence["record_id"].astype(str) == record_id)]
    ev = ev.sort_values(["source_id", "char_start", "char_end", "role"], kind="stable")
    out = pd.DataFrame({
        "source": [(labels or {}).get(str(s), str(s)) for s in ev["source_id"]],
        "role": ev["role"].astype(str).tolist(),
        "char_start": ev["char_start"].astype(int).tolist(),
        "char_end": ev["char_end"].astype(int).tolist(),
        "text": ev["text"].astype(str).tolist(),
    })
    if labels:
        out = out.sort_values(["source", "char_start", "char_end", "role"],
                              key=lambda c: c.map(_label_key) if c.name == "source" else c,
                              kind="stable")
    return out.reset_index(drop=True)


def check_spans(evidence: pd.DataFrame, texts: Mapping[str, str]) -> tuple[int, int]:
    """(spans checked, spans whose text differs from clean_text[start:end]) for the sources
    whose clean text is at hand: the evidence promise, verified rather than described."""
    checked = bad = 0
    for row in evidence.itertuples(index=False):
        text = texts.get(str(row.source_id))
        if text is None:
            continue
        checked += 1
        if text[int(row.char_start):int(row.char_end)] != str(row.text):
            bad += 1
    return checked, bad


def _merge_ranges(ranges: Iterable[tuple[int, int]], gap: int = 0) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if merged and s <= merged[-1][1] + gap:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def passages(evidence: pd.DataFrame, table: str, record_id: str,
             texts: Mapping[str, str] | None = None) -> list[Passage]:
    """The sentences of each source that hold the evidence of one fact row, with the spans.

    With a source's clean text (see `clean_texts`) the passage is the whole sentences around
    the spans; without it, or if the text no longer matches the spans, the passage is the
    spans themselves (`complete=False`), which the evidence table always holds."""
    from karabakh_data.text import sentence_spans

    ev = evidence[(evidence["table"].astype(str) == table)
                  & (evidence["record_id"].astype(str) == record_id)]
    out: list[Passage] = []
    for sid in sorted({str(s) for s in ev["source_id"]}):
        rows = ev[ev["source_id"].astype(str) == sid]
        spans = sorted({(int(r.char_start), int(r.char_end), str(r.role))
                        for r in rows.itertuples(index=False)})
        span_text = {(int(r.char_start), int(r.char_end)): str(r.text)
                     for r in rows.itertuples(index=False)}
        text = (texts or {}).get(sid)
        if text is not None and all(text[s:e] == span_text[(s, e)] for s, e, _ in spans):
            sents = sentence_spans(text)
            ranges = []
            for s, e, _ in spans:
                touching = [(a, b) for a, b in sents if a < max(e, s + 1) and b > s]
                ranges.append((min([a for a, _ in touching] + [s]),
                               max([b for _, b in touching] + [e])))
            for a, b in _merge_ranges(ranges):
                inside = tuple(sp for sp in spans if a <= sp[0] and sp[1] <= b)
                out.append(Passage(sid, a, b, text[a:b], inside, True))
        else:
            for a, b in _merge_ranges((s, e) for s, e, _ in spans):
                inside = tuple(sp for sp in spans if a <= sp[0] and sp[1] <= b)
                # Overlapping spans rebuild the stretch they cover from their own texts.
                buf = [" "] * (b - a)
                for s, e, _ in inside:
                    buf[s - a:e - a] = list(span_text[(s, e)])
                out.append(Passage(sid, a, b, "".join(buf), inside, False))
    return out


def _segments(p: Passage) -> list[tuple[int, int, tuple[str, ...]]]:
    """Cut a passage at every span boundary: (start, end, roles covering that piece)."""
    cuts = sorted({p.start, p.end, *[x for s, e, _ in p.spans for x in (s, e)]})
    segs = []
    for a, b in itertools.pairwise(cuts):
        if a < p.start or b > p.end or a == b:
            continue
        roles = tuple(sorted({r for s, e, r in p.spans if s <= a and b <= e}))
        segs.append((a, b, roles))
    return segs


def _in_label_order(items: Sequence[Passage], names: Mapping[str, str]) -> list[Passage]:
    """Passages ordered as a reader expects: by source label (S1 before S2), then position."""
    return sorted(items, key=lambda p: (_label_key(names.get(p.source_id, p.source_id)),
                                        p.start, p.end))


_MARK_COLOURS = ("#FFF3B0", "#FFD166", "#F4A259")


def passages_html(items: Sequence[Passage], names: Mapping[str, str] | None = None) -> str:
    """HTML of the passages with every evidence span highlighted (deeper colour where spans
    overlap; hovering shows the roles), each followed by the list of its spans."""
    names = names or {}
    parts = ['<div style="font-family: Georgia, serif; max-width: 52em; line-height: 1.5">']
    for p in _in_label_order(items, names):
        src = html.escape(names.get(p.source_id, p.source_id))
        where = f"characters {p.start}–{p.end} of the clean text"
        note = "" if p.complete else (" — clean text not available here: the evidence spans "
                                      "alone are shown")
        parts.append(f'<p style="margin: 0.8em 0 0.2em 0; font-family: sans-serif; '
                     f'font-size: 90%; color: #555"><b>{src}</b>, {where}{note}</p>')
        body = []
        for a, b, roles in _segments(p):
            piece = html.escape(p.text[a - p.start:b - p.start])
            if not roles:
                body.append(piece)
                continue
            colour = _MARK_COLOURS[min(len(roles), len(_MARK_COLOURS)) - 1]
            tip = html.escape(", ".join(roles))
            body.append(f'<mark style="background: {colour}" title="{tip}">{piece}</mark>')
        parts.append('<blockquote style="margin: 0 0 0 1em; border-left: 3px solid #ccc; '
                     f'padding-left: 0.8em">{"".join(body)}</blockquote>')
        listing = "".join(
            f"<li><code>{s}–{e}</code> <i>{html.escape(r)}</i>: "
            f"“{html.escape(p.text[s - p.start:e - p.start])}”</li>"
            for s, e, r in p.spans)
        parts.append(f'<ul style="font-family: sans-serif; font-size: 85%; color: #333">'
                     f"{listing}</ul>")
    parts.append("</div>")
    return "\n".join(parts)


def passages_text(items: Sequence[Passage], names: Mapping[str, str] | None = None) -> str:
    """Plain-text form of `passages_html`: spans in [[double brackets]] (for text readers)."""
    names = names or {}
    lines = []
    for p in _in_label_order(items, names):
        lines.append(f"{names.get(p.source_id, p.source_id)} [{p.start}:{p.end}]"
                     + ("" if p.complete else " (spans only)"))
        out = []
        depth_prev = 0
        for a, b, roles in _segments(p):
            depth = 1 if roles else 0
            if depth and not depth_prev:
                out.append("[[")
            if not depth and depth_prev:
                out.append("]]")
            out.append(p.text[a - p.start:b - p.start])
            depth_prev = depth
        if depth_prev:
            out.append("]]")
        lines.append("  " + "".join(out))
    return "\n".join(lines)


# === meetings and mediation ===================================================================

def meetings_timeline_frame(meetings: pd.DataFrame, actors: pd.DataFrame | None = None,
                            sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per meeting, ready to plot and to read: the date as reported, the mediation
    track, names instead of ids, and the sources as `S1, S3`. Sorted by date, then id."""
    names = actor_names(actors) if actors is not None else {}
    labels = source_labels(sources) if sources is not None else {}
    rows = []
    for m in meetings.itertuples(index=False):
        place = ", ".join(str(x) for x in (m.city, m.country) if not _missing(x)) or "not named"
        rows.append({
            "meeting_id": str(m.meeting_id),
            "date": m.date, "date_end": m.date_end,
            "period_end": period_end(m.date_end if not _missing(m.date_end) else m.date,
                                     m.date_precision),
            "date_precision": None if _missing(m.date_precision) else str(m.date_precision),
            "when": format_date(m.date, m.date_precision, m.date_end),
            "mediator_id": None if _missing(m.mediator) else str(m.mediator),
            "mediator": mediator_label(m.mediator),
            "mediator_name": ("none" if _missing(m.mediator)
                              else names.get(str(m.mediator), str(m.mediator))),
            "status": str(m.status),
            "level": "not stated" if _missing(m.level) else str(m.level),
            "mode": str(m.mode),
            "format": "not stated" if _missing(m.format) else str(m.format),
            "place": place,
            "participants": _names(_items(m.participants), names),
            "outcomes": "; ".join(str(o) for o in _items(m.outcomes)),
            "sources": _label_list(_items(m.source_ids), labels),
            "n_sources": int(m.n_sources),
            "conflicts": "; ".join(str(c) for c in _items(m.conflicts)),
        })
    cols = ["meeting_id", "date", "date_end", "period_end", "date_precision", "when",
            "mediator_id", "mediator", "mediator_name", "status", "level", "mode", "format",
            "place", "participants", "outcomes", "sources", "n_sources", "conflicts"]
    frame = pd.DataFrame(rows, columns=cols)
    frame["date"] = pd.to_datetime(frame["date"])
    frame["date_end"] = pd.to_datetime(frame["date_end"])
    frame["period_end"] = pd.to_datetime(frame["period_end"])
    return frame.sort_values(["date", "meeting_id"], na_position="last",
                             kind="stable").reset_index(drop=True)


def _for_chart(frame: pd.DataFrame, keep: Sequence[str]) -> pd.DataFrame:
    """Only the columns a chart uses (smaller specs), dates as ISO strings (stable JSON)."""
    out = frame.loc[:, list(keep)].copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.strftime("%Y-%m-%d")
        elif isinstance(out[col].dtype, pd.CategoricalDtype | pd.StringDtype):
            out[col] = out[col].astype(object)
    return out.astype(object).where(out.notna(), None)


def meetings_timeline_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """Meetings on a time axis, one row per mediation track: colour is the mediator, shape the
    status; a line marks a period when the date is coarser than a day. Tooltips give the
    participants, place and sources."""
    data = _for_chart(frame[frame["date"].notna()],
                      ["date", "period_end", "when", "mediator", "mediator_name", "status",
                       "level", "place", "participants", "sources", "outcomes"])
    y = alt.Y("mediator:N", title="Mediation track", sort=list(MEDIATOR_ORDER),
              scale=alt.Scale(domain=[m for m in MEDIATOR_ORDER
                                      if m in set(data["mediator"])]))
    tooltip = [alt.Tooltip("when:N", title="When"), alt.Tooltip("place:N", title="Where"),
               alt.Tooltip("participants:N", title="Participants"),
               alt.Tooltip("mediator_name:N", title="Mediator"),
               alt.Tooltip("level:N", title="Level"), alt.Tooltip("status:N", title="Status"),
               alt.Tooltip("outcomes:N", title="Outcomes"),
               alt.Tooltip("sources:N", title="Sources")]
    base = alt.Chart(data)
    scale = mediator_scale(set(data["mediator"]))
    statuses = [s for s in STATUS_ORDER if s in set(data["status"])]
    offset = alt.YOffset("status:N", scale=alt.Scale(domain=statuses))
    span = base.mark_rule(strokeWidth=3, opacity=0.5).encode(
        x="date:T", x2="period_end:T", y=y, yOffset=offset,
        color=alt.Color("mediator:N", title="Mediator", scale=scale))
    points = base.mark_point(size=170, filled=True, opacity=0.9).encode(
        x=alt.X("date:T", title="Date of the meeting", scale=alt.Scale(padding=18),
                axis=_YEAR_MONTH_AXIS),
        y=y, yOffset=offset,
        color=alt.Color("mediator:N", title="Mediator", scale=scale),
        shape=alt.Shape("status:N", title="Status", scale=status_scale()),
        tooltip=tooltip)
    return alt.layer(span, points, title=alt.Title(
        "Meetings by mediation track",
        subtitle="Each mark is one meeting as these sources report it; read left to right to "
        "see when each track was active.")).properties(width=620, height=alt.Step(26))


def _crosstab(frame: pd.DataFrame, rows: str, cols: str, row_order: Sequence[str],
              col_order: Sequence[str]) -> pd.DataFrame:
    """Counts with every listed category that occurs, in the given order, plus totals."""
    if frame.empty:
        return pd.DataFrame(columns=[rows, "total"])
    r = [x for x in row_order if x in set(frame[rows])] + sorted(set(frame[rows]) - set(row_order))
    c = [x for x in col_order if x in set(frame[cols])] + sorted(set(frame[cols]) - set(col_order))
    tab = pd.crosstab(frame[rows], frame[cols]).reindex(index=r, columns=c, fill_value=0)
    tab["total"] = tab.sum(axis=1)
    tab.loc["total"] = tab.sum(axis=0)
    tab.columns.name = None
    return tab.rename_axis(rows).reset_index()


def meetings_by(frame: pd.DataFrame, cols: str = "level") -> pd.DataFrame:
    """Meetings per mediation track and `cols` (level, status, mode or format), with totals."""
    orders = {"level": (*schema.MEETING_LEVELS, "not stated"), "status": STATUS_ORDER,
              "mode": schema.MEETING_MODES, "format": (*schema.MEETING_FORMATS, "not stated")}
    return _crosstab(frame, "mediator", cols, MEDIATOR_ORDER, orders.get(cols, ()))


def meetings_by_chart(frame: pd.DataFrame) -> alt.Chart:
    """Bars of meetings per mediation track, split by level."""
    data = _for_chart(frame, ["mediator", "level", "status", "when"])
    levels = [lv for lv in (*schema.MEETING_LEVELS, "not stated") if lv in set(data["level"])]
    return alt.Chart(data, title=alt.Title(
        "Meetings by mediator and level",
        subtitle="Bar length counts the meetings of each track in these sources, whatever their "
        "status; colour shows at what level they met.")).mark_bar().encode(
        x=alt.X("count():Q", title="Meetings", axis=alt.Axis(tickMinStep=1)),
        y=alt.Y("mediator:N", title="Mediator", sort=list(MEDIATOR_ORDER)),
        color=alt.Color("level:N", title="Level", sort=levels,
                        scale=alt.Scale(domain=levels, scheme="tableau10")),
        order=alt.Order("level:N"),
        tooltip=[alt.Tooltip("mediator:N", title="Mediator"),
                 alt.Tooltip("level:N", title="Level"),
                 alt.Tooltip("count():Q", title="Meetings")],
    ).properties(width=420, height=alt.Step(30))


def mediation_tracks(frame: pd.DataFrame) -> pd.DataFrame:
    """Per mediation track: meetings, held, planned or proposed, first and last date as
    reported. Ordered by when each track first appears (the shift, in one table)."""
    return _tracks(frame).drop(columns=["first_day", "last_day"])


def _tracks(frame: pd.DataFrame) -> pd.DataFrame:
    """`mediation_tracks` with the first day and the last day covered, for comparisons."""
    rows = []
    for med in MEDIATOR_ORDER:
        sub = frame[frame["mediator"] == med]
        if sub.empty:
            continue
        dated = sub[sub["date"].notna()].sort_values(["date", "meeting_id"])
        first = dated.iloc[0] if len(dated) else None
        last = dated.sort_values(["period_end", "meeting_id"]).iloc[-1] if len(dated) else None
        rows.append({
            "mediator": med,
            "meetings": len(sub),
            "held": int((sub["status"] == "held").sum()),
            "planned or proposed": int(sub["status"].isin(["planned", "proposed"]).sum()),
            "cancelled": int((sub["status"] == "cancelled").sum()),
            "first": "undated" if first is None else first["when"],
            "last": "undated" if last is None else last["when"],
            "first_day": pd.NaT if first is None else first["date"],
            "last_day": pd.NaT if last is None else last["period_end"],
        })
    out = pd.DataFrame(rows, columns=["mediator", "meetings", "held", "planned or proposed",
                                      "cancelled", "first", "last", "first_day", "last_day"])
    out = out.sort_values(["first_day", "mediator"], na_position="last", kind="stable")
    return out.reset_index(drop=True)


def meetings_per_year(frame: pd.DataFrame) -> pd.DataFrame:
    """Meetings per year (of the reported date) and mediation track."""
    dated = frame[frame["date"].notna()].assign(year=lambda f: f["date"].dt.year.astype(str))
    tab = _crosstab(dated, "year", "mediator", sorted(set(dated["year"])), MEDIATOR_ORDER)
    return tab


_TRACK_NAMES = {"EU": "the EU", "US": "the US", "other": "another state or organisation"}


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def mediation_narrative(frame: pd.DataFrame, n_sources: int) -> str:
    """The story of the mediation tracks in sentences built only from the rows: how many
    meetings each track has, when it starts and ends in these sources, and whether the tracks
    follow one another or run side by side."""
    tracks = _tracks(frame)
    verb = "reports" if n_sources == 1 else "report"
    if tracks.empty:
        return f"The {_plural(n_sources, 'source')} {verb} no meetings."
    held = int((frame["status"] == "held").sum())
    lines = [f"Together, the {_plural(n_sources, 'source')} {verb} "
             f"{_plural(len(frame), 'meeting')}: {held} held, {len(frame) - held} planned, "
             "proposed or cancelled."]
    for t in tracks.itertuples(index=False):
        track = ("without a mediator" if t.mediator == "none"
                 else f"mediated by {_TRACK_NAMES.get(t.mediator, t.mediator)}")
        span = f"dated {t.first}" if t.first == t.last else f"dated {t.first} to {t.last}"
        lines.append(f"- {_plural(t.meetings, 'meeting')} {track} ({t.held} held), {span}.")
    dated = tracks[tracks["first_day"].notna() & (tracks["mediator"] != "none")]
    for a, b in zip(dated.itertuples(index=False), list(dated.itertuples(index=False))[1:],
                    strict=False):
        if b.first_day > a.last_day:
            lines.append(f"The {b.mediator} track begins after the last {a.mediator} meeting "
                         "in these sources.")
        else:
            lo, hi = format_date(b.first_day), format_date(min(a.last_day, b.last_day))
            when = f"on {lo}" if lo == hi else f"between {lo} and {hi}"
            lines.append(f"The {a.mediator} and {b.mediator} tracks are not separated in time "
                         f"in these sources: meetings of both fall {when} (at the precision the "
                         "articles give).")
    return "\n".join(lines)


# === statements ===============================================================================

def statements_frame(statements: pd.DataFrame, actors: pd.DataFrame | None = None,
                     sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per statement with the speaker's name, the kind in words, the topics joined and
    the source label. Sorted by date, source and position in the text."""
    names = actor_names(actors) if actors is not None else {}
    labels = source_labels(sources) if sources is not None else {}
    rows = []
    for s in statements.itertuples(index=False):
        topics = sorted(str(t) for t in _items(s.topics))
        rows.append({
            "statement_id": str(s.statement_id),
            "date": s.date,
            "when": format_date(s.date, s.date_precision),
            "speaker_id": str(s.speaker_id),
            "speaker": names.get(str(s.speaker_id), str(s.speaker_id)),
            "speaker_text": str(s.speaker_text),
            "kind": KIND_LABELS.get(str(s.kind), str(s.kind)),
            "topics": topics,
            "topic_list": ", ".join(topics) or NO_TOPIC,
            "text": str(s.text),
            "occasion": None if _missing(s.occasion) else str(s.occasion),
            "meeting_id": None if _missing(s.meeting_id) else str(s.meeting_id),
            "source": labels.get(str(s.source_id), str(s.source_id)),
            "char_start": int(s.char_start),
        })
    cols = ["statement_id", "date", "when", "speaker_id", "speaker", "speaker_text", "kind",
            "topics", "topic_list", "text", "occasion", "meeting_id", "source", "char_start"]
    frame = pd.DataFrame(rows, columns=cols)
    frame["date"] = pd.to_datetime(frame["date"])
    frame["_src"] = frame["source"].map(_label_key)
    frame = frame.sort_values(["date", "_src", "char_start", "statement_id"], na_position="last",
                              kind="stable").drop(columns="_src")
    return frame.reset_index(drop=True)


def speakers_by_kind(frame: pd.DataFrame) -> pd.DataFrame:
    """Statements per speaker, direct and reported, most frequent speaker first."""
    kinds = [KIND_LABELS[k] for k in schema.STATEMENT_KINDS]
    totals = frame["speaker"].value_counts()
    order = sorted(totals.index, key=lambda s: (-int(totals[s]), s))
    return _crosstab(frame, "speaker", "kind", order, kinds)


def speaker_topic_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """Long frame (speaker, topic, statements) over the full speaker x topic grid, zeros
    included, so the heatmap shows where a speaker is silent as well as where they speak.
    A statement with several topics counts once under each; one with none under NO_TOPIC."""
    pairs = [(r.speaker, t) for r in frame.itertuples(index=False)
             for t in (r.topics or [NO_TOPIC])]
    counts = pd.Series(pairs, dtype=object).value_counts() if pairs else pd.Series(dtype=int)
    speakers = sorted({p[0] for p in pairs})
    topics = [t for t in (*schema.TOPICS, NO_TOPIC) if t in {p[1] for p in pairs}]
    rows = [{"speaker": sp, "topic": tp, "statements": int(counts.get((sp, tp), 0))}
            for sp in speakers for tp in topics]
    return pd.DataFrame(rows, columns=["speaker", "topic", "statements"])


def topic_totals(frame: pd.DataFrame) -> pd.DataFrame:
    """Statements per topic (a statement with several topics counts under each)."""
    counts = speaker_topic_counts(frame)
    if counts.empty:
        return pd.DataFrame(columns=["topic", "statements", "speakers"])
    out = counts.groupby("topic", sort=False).agg(
        statements=("statements", "sum"),
        speakers=("statements", lambda s: int((s > 0).sum()))).reset_index()
    return out.sort_values(["statements", "topic"], ascending=[False, True],
                           kind="stable").reset_index(drop=True)


def speaker_topic_heatmap(frame: pd.DataFrame) -> alt.LayerChart:
    """Speaker x topic heatmap with the count in each cell."""
    counts = speaker_topic_counts(frame)
    speaker_order = (counts.groupby("speaker")["statements"].sum()
                     .reset_index().sort_values(["statements", "speaker"],
                                                ascending=[False, True])["speaker"].tolist())
    topic_order = [t for t in (*schema.TOPICS, NO_TOPIC) if t in set(counts["topic"])]
    base = alt.Chart(counts).encode(
        x=alt.X("topic:N", title="Topic", sort=topic_order, axis=alt.Axis(labelAngle=-35)),
        y=alt.Y("speaker:N", title="Speaker", sort=speaker_order))
    cells = base.mark_rect(stroke="white").encode(
        color=alt.condition("datum.statements == 0", alt.value("#F4F4F4"), alt.Color(
            "statements:Q", title="Statements", scale=alt.Scale(scheme="blues", domainMin=0),
            legend=alt.Legend(tickMinStep=1))),
        tooltip=[alt.Tooltip("speaker:N", title="Speaker"), alt.Tooltip("topic:N", title="Topic"),
                 alt.Tooltip("statements:Q", title="Statements")])
    text = base.transform_filter("datum.statements > 0").mark_text(fontSize=11).encode(
        text="statements:Q",
        color=alt.condition("datum.statements >= 3", alt.value("white"), alt.value("black")))
    return alt.layer(cells, text, title=alt.Title(
        "Who speaks about what",
        subtitle="Darker cells: more statements by that speaker touch that topic "
        "(one statement can have several topics).")).properties(
        width=alt.Step(40), height=alt.Step(26))


def kind_chart(frame: pd.DataFrame) -> alt.Chart:
    """Direct quotes vs reported speech per speaker."""
    data = _for_chart(frame, ["speaker", "kind"])
    order = speakers_by_kind(frame)
    order = order[order["speaker"] != "total"]["speaker"].tolist()
    return alt.Chart(data, title=alt.Title(
        "Direct quotes and reported speech",
        subtitle="Blue: the speaker's words inside quotation marks; orange: speech the article "
        "reports in its own words.")).mark_bar().encode(
        x=alt.X("count():Q", title="Statements", axis=alt.Axis(tickMinStep=1)),
        y=alt.Y("speaker:N", title="Speaker", sort=order),
        color=alt.Color("kind:N", title="Kind", scale=kind_scale()),
        tooltip=[alt.Tooltip("speaker:N", title="Speaker"), alt.Tooltip("kind:N", title="Kind"),
                 alt.Tooltip("count():Q", title="Statements")],
    ).properties(width=420, height=alt.Step(24))


def _short(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def statements_timeline_chart(frame: pd.DataFrame) -> alt.Chart:
    """Statements on a time axis, one row per speaker, coloured by kind."""
    dated = frame[frame["date"].notna()].assign(quote=lambda f: f["text"].map(_short))
    data = _for_chart(dated, ["date", "when", "speaker", "kind", "topic_list", "quote", "source"])
    order = speakers_by_kind(frame)
    order = order[order["speaker"] != "total"]["speaker"].tolist()
    return alt.Chart(data, title=alt.Title(
        "When statements were made",
        subtitle="Each dot is one statement, placed at the date it was made (or, when the text "
        "gives none, not shown).")).mark_circle(size=110, opacity=0.75).encode(
        x=alt.X("date:T", title="Date of the statement", scale=alt.Scale(padding=12),
                axis=_YEAR_MONTH_AXIS),
        y=alt.Y("speaker:N", title="Speaker", sort=order),
        yOffset=alt.YOffset("kind:N", scale=alt.Scale(domain=list(KIND_LABELS.values()))),
        color=alt.Color("kind:N", title="Kind", scale=kind_scale()),
        tooltip=[alt.Tooltip("when:N", title="When"), alt.Tooltip("speaker:N", title="Speaker"),
                 alt.Tooltip("kind:N", title="Kind"), alt.Tooltip("topic_list:N", title="Topics"),
                 alt.Tooltip("quote:N", title="Text"), alt.Tooltip("source:N", title="Source")],
    ).properties(width=620, height=alt.Step(14))


def search_quotes(frame: pd.DataFrame, term: str) -> pd.DataFrame:
    """Statements whose text, speaker or topics contain `term` (case-insensitive, literal)."""
    t = term.casefold()
    hit = (frame["text"].str.casefold().str.contains(t, regex=False)
           | frame["speaker"].str.casefold().str.contains(t, regex=False)
           | frame["topic_list"].str.casefold().str.contains(t, regex=False))
    return frame.loc[hit, ["when", "speaker", "kind", "topic_list", "source", "text"]] \
        .reset_index(drop=True)


QUOTE_SEARCH_PARAM = "quote_search"


def quotes_table_chart(frame: pd.DataFrame, width: int = 560) -> alt.HConcatChart:
    """A searchable table of the statements, drawn by altair: type in the box to keep the rows
    whose text, speaker or topics contain the words (works in any Vega viewer, offline)."""
    data = _for_chart(frame.assign(quote=frame["text"].map(lambda t: _short(t, 400)),
                                   order=range(len(frame))),
                      ["order", "when", "speaker", "kind", "topic_list", "source", "quote"])
    search = alt.param(name=QUOTE_SEARCH_PARAM, value="", bind=alt.binding(
        input="search", placeholder="a word or phrase", name="Search the statements: "))
    test = (f"indexof(lower(datum.quote + ' ' + datum.speaker + ' ' + datum.topic_list), "
            f"lower({QUOTE_SEARCH_PARAM})) >= 0")
    base = alt.Chart(data).transform_filter(test).transform_window(
        row="row_number()", sort=[alt.SortField("order")]).transform_filter("datum.row <= 40")
    y = alt.Y("row:O", axis=None)
    tooltip = [alt.Tooltip("when:N", title="When"), alt.Tooltip("speaker:N", title="Speaker"),
               alt.Tooltip("topic_list:N", title="Topics"), alt.Tooltip("quote:N", title="Text")]

    def column(field: str, title: str, w: int) -> alt.Chart:
        return base.mark_text(align="left", baseline="middle", limit=w - 6, fontSize=11).encode(
            x=alt.value(0), y=y, text=f"{field}:N", tooltip=tooltip).properties(
            width=w, height=alt.Step(18), title=alt.Title(title, align="left", anchor="start",
                                                         fontSize=12))

    return alt.hconcat(
        column("when", "When", 90), column("speaker", "Speaker", 130),
        column("kind", "Kind", 100), column("source", "Source", 45),
        column("quote", "Text (hover for the whole)", width),
        spacing=4, title=alt.Title(
            "The statements, searchable",
            subtitle="Type in the box below the table to filter; the first 40 matching rows "
            "are shown, oldest first.")).add_params(search).configure_view(stroke=None)


# === events, fatalities, maps =================================================================

def events_frame(events: pd.DataFrame, actors: pd.DataFrame | None = None,
                 sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per event, readable: the date as reported, actor names, source labels.
    Sorted by date, type and id."""
    names = actor_names(actors) if actors is not None else {}
    labels = source_labels(sources) if sources is not None else {}
    rows = []
    for e in events.itertuples(index=False):
        rows.append({
            "event_id": str(e.event_id),
            "date": e.date,
            "period_end": period_end(e.date_end if not _missing(e.date_end) else e.date,
                                     e.date_precision),
            "when": format_date(e.date, e.date_precision, e.date_end),
            "event_type": str(e.event_type),
            "description": str(e.description),
            "actors": _names(_items(e.actors), names),
            "location": None if _missing(e.location) else str(e.location),
            "lat": None if _missing(e.lat) else float(e.lat),
            "lon": None if _missing(e.lon) else float(e.lon),
            "fatalities": None if _missing(e.fatalities) else int(e.fatalities),
            "sources": _label_list(_items(e.source_ids), labels),
            "n_sources": int(e.n_sources),
            "conflicts": "; ".join(str(c) for c in _items(e.conflicts)),
        })
    cols = ["event_id", "date", "period_end", "when", "event_type", "description", "actors",
            "location", "lat", "lon", "fatalities", "sources", "n_sources", "conflicts"]
    frame = pd.DataFrame(rows, columns=cols)
    frame["date"] = pd.to_datetime(frame["date"])
    frame["period_end"] = pd.to_datetime(frame["period_end"])
    frame["fatalities"] = frame["fatalities"].astype("Int64")
    return frame.sort_values(["date", "event_type", "event_id"], na_position="last",
                             kind="stable").reset_index(drop=True)


def event_type_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """Events per type: how many, how many dated, located, with a stated death toll."""
    rows = []
    for t in schema.EVENT_TYPES:
        sub = frame[frame["event_type"] == t]
        if sub.empty:
            continue
        rows.append({"event type": t, "events": len(sub), "dated": int(sub["date"].notna().sum()),
                     "located": int(sub["lat"].notna().sum()),
                     "with stated deaths": int(sub["fatalities"].notna().sum()),
                     "reported by 2+ sources": int((sub["n_sources"] >= 2).sum())})
    return pd.DataFrame(rows, columns=["event type", "events", "dated", "located",
                                       "with stated deaths", "reported by 2+ sources"])


PERIOD_PARAM = "period"


def diplomacy_timeline_chart(events: pd.DataFrame, meetings: pd.DataFrame,
                             zoom_from: str | None = "2020-01-01") -> alt.VConcatChart:
    """Events by type and meetings on one time axis. The lower panel shows the whole period;
    drag on it (the interval named `period`) to choose what the upper panel shows. A span
    (a war, a blockade) is a bar from its first to its last day; a point otherwise."""
    ev = events[events["date"].notna()].assign(
        lane=lambda f: f["event_type"], colour=lambda f: f["event_type"],
        label=lambda f: f["description"].map(lambda t: _short(t, 120)))
    mt = meetings[meetings["date"].notna()].assign(
        lane=MEETING_LANE, colour=lambda f: "meeting: " + f["mediator"],
        label=lambda f: f["place"] + " (" + f["participants"] + ")",
        event_type=MEETING_LANE)
    keep = ["date", "period_end", "when", "lane", "colour", "label", "event_type"]
    data = pd.concat([_for_chart(ev, keep), _for_chart(mt, keep)], ignore_index=True)
    lanes = [t for t in schema.EVENT_TYPES if t in set(data["lane"])] + [MEETING_LANE]
    colours = [t for t in schema.EVENT_TYPES if t in set(data["colour"])]
    colour_range = [EVENT_TYPE_COLOURS[schema.EVENT_TYPES.index(t)] for t in colours]
    present = set(data["colour"])
    for med, col in zip(MEDIATOR_ORDER, MEDIATOR_COLOURS, strict=True):
        if f"meeting: {med}" in present:
            colours.append(f"meeting: {med}")
            colour_range.append(col)
    colour = alt.Color("colour:N", title="Event type / meeting mediator",
                       scale=alt.Scale(domain=colours, range=colour_range))
    tooltip = [alt.Tooltip("when:N", title="When"), alt.Tooltip("event_type:N", title="Type"),
               alt.Tooltip("label:N", title="What")]
    dates = sorted(str(d) for d in [*data["date"], *data["period_end"]] if not _missing(d))
    initial: dict[str, Any] = {}
    if dates:  # start on the recent period (or all of it); an empty release gets no brush
        start = dates[0] if zoom_from is None else max(zoom_from, dates[0])
        initial["value"] = {"x": [pd.Timestamp(start).to_pydatetime(),
                                  pd.Timestamp(dates[-1]).to_pydatetime()]}
    brush = alt.selection_interval(name=PERIOD_PARAM, encodings=["x"], **initial)
    def panel(x_title: str, domain: object = None) -> alt.LayerChart:
        scale = alt.Scale(domain=domain) if domain is not None else alt.Undefined
        x = alt.X("date:T", title=x_title, scale=scale, axis=_YEAR_MONTH_AXIS)
        y = alt.Y("lane:N", title=None, sort=lanes,
                  axis=alt.Axis() if domain is not None else None)
        base = alt.Chart(data)
        bars = base.transform_filter("datum.period_end > datum.date").mark_bar(
            height=10, opacity=0.45, clip=True).encode(x=x, x2="period_end:T", y=y,
                                                       color=colour, tooltip=tooltip)
        dots = base.mark_point(filled=True, size=90, opacity=0.9, clip=True).encode(
            x=x, y=y, color=colour, tooltip=tooltip,
            shape=alt.condition(f"datum.lane == '{MEETING_LANE}'", alt.value("square"),
                                alt.value("circle")))
        return alt.layer(bars, dots)

    detail = panel("Date (the period chosen below)", domain=brush).properties(
        width=640, height=alt.Step(22),
        title=alt.Title("Conflict and diplomacy on one time axis", subtitle=(
            "Events by type (rows) with the meetings below them; bars are periods, dots "
            "single days. Drag on the lower panel to change the period.")))
    overview = panel("Date (whole period; drag to choose)").add_params(brush).properties(
        width=640, height=alt.Step(6))
    return alt.vconcat(detail, overview, spacing=12)


def fatalities_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Events whose text states a number of deaths, with that number as stated. Deliberately
    no total: reports of one war and of a clash within it overlap, so adding them up would
    count the same dead twice."""
    sub = frame[frame["fatalities"].notna()]
    return sub.loc[:, ["when", "event_type", "description", "location", "fatalities",
                       "n_sources", "sources", "conflicts"]].reset_index(drop=True)


def fatalities_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """One mark per event with a stated death toll, on a log scale, with the number written
    beside it. Marks are never stacked or summed."""
    sub = frame[frame["fatalities"].notna()].assign(
        event=lambda f: f["when"] + " · " + f["description"].map(lambda t: _short(t, 60)))
    data = _for_chart(sub, ["event", "when", "event_type", "description", "fatalities",
                            "sources"])
    order = list(data["event"])
    base = alt.Chart(data).encode(
        y=alt.Y("event:N", title=None, sort=order, axis=alt.Axis(labelLimit=420)),
        x=alt.X("fatalities:Q", title="Deaths as stated in the text (log scale)",
                scale=alt.Scale(type="log"), axis=alt.Axis(format="~s")))
    rule = base.mark_rule(color="#BBBBBB").encode(x2=alt.X2(datum=1))
    dots = base.mark_point(filled=True, size=110, color="#B22222").encode(
        tooltip=[alt.Tooltip("when:N", title="When"),
                 alt.Tooltip("description:N", title="Event"),
                 alt.Tooltip("fatalities:Q", title="Deaths as stated", format=","),
                 alt.Tooltip("sources:N", title="Sources")])
    text = base.mark_text(align="left", dx=8, fontSize=11).encode(
        text=alt.Text("fatalities:Q", format=","))
    return alt.layer(rule, dots, text, title=alt.Title(
        "Deaths as the sources state them, event by event",
        subtitle="One row per event (date · description), never added up: the tolls belong to "
        "different, sometimes overlapping events.")).properties(width=420,
                                                                height=alt.Step(28))


@lru_cache(maxsize=4)
def _outline_text(name: str) -> str:
    return (resources.files("karabakh_data") / "data" / "geo" / f"{name}.geojson").read_text(
        encoding="utf-8")


def load_outline(name: str = "countries-110m") -> dict[str, Any]:
    """A shipped country outline as a GeoJSON FeatureCollection: `countries-110m` (the world)
    or `caucasus-50m` (the South Caucasus, more detailed). No download."""
    return json.loads(_outline_text(name))


#: lon_min, lat_min, lon_max, lat_max of the regional map (inside the shipped outline).
CAUCASUS_EXTENT = (43.0, 38.3, 50.5, 42.2)


def map_points(events: pd.DataFrame, meetings: pd.DataFrame,
               places: pd.DataFrame) -> pd.DataFrame:
    """Located meetings and events, one row per place and kind, with what happened there.
    Meetings take their coordinates from the gazetteer (`places`), events their own. Rows
    located only to a country are left off: a dot at a capital would claim a place the text
    does not give."""
    # A country is not a location on a map (its coordinates are a representative point).
    geo = {str(p.place_id): (p.name, p.lat, p.lon) for p in places.itertuples(index=False)
           if str(p.kind) != "country"}
    rows = []
    for m in meetings.itertuples(index=False):
        if _missing(m.place_id) or str(m.place_id) not in geo:
            continue
        name, lat, lon = geo[str(m.place_id)]
        if _missing(lat) or _missing(lon):
            continue
        level = "meeting" if _missing(m.level) else m.level
        what = (f"{format_date(m.date, m.date_precision, m.date_end)}: {level}"
                f" ({mediator_label(m.mediator)}, {m.status})")
        rows.append(("meeting", str(name), float(lat), float(lon), what, m.date))
    for e in events.itertuples(index=False):
        if _missing(e.lat) or _missing(e.lon) or str(e.geo_precision) == "country":
            continue
        name = e.location if not _missing(e.location) else geo.get(str(e.place_id), ("?",))[0]
        what = f"{format_date(e.date, e.date_precision, e.date_end)}: {e.event_type}"
        rows.append(("event", str(name), float(e.lat), float(e.lon), what, e.date))
    frame = pd.DataFrame(rows, columns=["kind", "place", "lat", "lon", "what", "date"])
    frame["date"] = pd.to_datetime(frame["date"])
    frame = frame.sort_values(["kind", "place", "date", "what"], na_position="last")
    out = (frame.groupby(["kind", "place", "lat", "lon"], sort=True)
           .agg(n=("what", "size"), what=("what", "; ".join)).reset_index())
    return out.sort_values(["kind", "place"], kind="stable").reset_index(drop=True)


def _bbox_feature(x0: float, y0: float, x1: float, y1: float) -> dict[str, Any]:
    """A rectangle as GeoJSON, to fit a projection to (counter-clockwise, as d3 expects)."""
    ring = [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]
    return {"type": "Feature", "properties": {},
            "geometry": {"type": "Polygon", "coordinates": [ring[::-1]]}}


def _feature_bbox(feature: dict[str, Any]) -> tuple[float, float, float, float]:
    pts = [pt for poly in feature["geometry"]["coordinates"] for ring in poly for pt in ring]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def _label_point(feature: dict[str, Any], extent: tuple[float, float, float, float]
                 ) -> tuple[float, float] | None:
    """Where to write a country's name: the mean vertex of its largest polygon's part inside
    the extent (good enough for small, convex-ish countries; None when off the map)."""
    x0, y0, x1, y1 = extent
    best: list[list[float]] = []
    for poly in feature["geometry"]["coordinates"]:
        inside = [p for p in poly[0] if x0 <= p[0] <= x1 and y0 <= p[1] <= y1]
        if len(inside) > len(best):
            best = inside
    if len(best) < 3:
        return None
    return (sum(p[0] for p in best) / len(best), sum(p[1] for p in best) / len(best))


def map_chart(points: pd.DataFrame, region: str = "world", title: str | None = None,
              width: int = 420, height: int = 320,
              label_kinds: Sequence[str] = ("meeting", "event")) -> alt.LayerChart:
    """Located meetings (squares) and events (circles) on a country outline, fitted to the
    points (`region="world"`) or to the South Caucasus (`region="caucasus"`). Places of the
    kinds in `label_kinds` are named on the map (all are in the tooltips)."""
    if region == "caucasus":
        outline, extent = load_outline("caucasus-50m"), CAUCASUS_EXTENT
    else:
        outline = load_outline("countries-110m")
        if points.empty:
            extent = (-20.0, 20.0, 60.0, 65.0)
        else:
            x0, x1 = float(points["lon"].min()), float(points["lon"].max())
            y0, y1 = float(points["lat"].min()), float(points["lat"].max())
            pad_x = max(4.0, (x1 - x0) * 0.12)
            pad_y = max(3.0, (y1 - y0) * 0.12)
            extent = (x0 - pad_x, y0 - pad_y, x1 + pad_x, y1 + pad_y)
    x0, y0, x1, y1 = extent
    # Only the countries that reach into the map: smaller specs, same picture.
    feats = []
    for f in outline["features"]:
        fx0, fy0, fx1, fy1 = _feature_bbox(f)
        if fx1 >= x0 and fx0 <= x1 and fy1 >= y0 and fy0 <= y1:
            feats.append(f)
    labels = []
    view_area = (x1 - x0) * (y1 - y0)
    for f in feats:
        fx0, fy0, fx1, fy1 = _feature_bbox(f)
        seen = (min(fx1, x1) - max(fx0, x0)) * (min(fy1, y1) - max(fy0, y0))
        pt = _label_point(f, extent)
        # Name only the countries big enough on this map for a label not to crowd the points.
        if pt is not None and seen >= 0.012 * view_area:
            labels.append({"country": f["properties"]["name"], "lon": round(pt[0], 2),
                           "lat": round(pt[1], 2)})
    projection = {"type": "mercator", "fit": _bbox_feature(*extent)}
    sea = alt.Chart(alt.sphere()).mark_geoshape(fill="#E6F0F7", clip=True).project(
        **projection)
    shapes = alt.Chart(alt.Data(values=feats)).mark_geoshape(
        fill="#F4F3EE", stroke="#A0A0A0", strokeWidth=0.6, clip=True).project(**projection)
    names = alt.Chart(alt.Data(values=labels)).mark_text(
        fontSize=10, fontStyle="italic", color="#8A8A8A", clip=True).encode(
        longitude="lon:Q", latitude="lat:Q", text="country:N").project(**projection)
    data = _for_chart(points, ["kind", "place", "lat", "lon", "n", "what"])
    inside = [(x0 <= r["lon"] <= x1 and y0 <= r["lat"] <= y1) for r in data.to_dict("records")]
    data = data[inside]
    base = alt.Chart(data).encode(longitude="lon:Q", latitude="lat:Q")
    marks = base.mark_point(filled=True, opacity=0.85, stroke="white", strokeWidth=0.8).encode(
        shape=alt.Shape("kind:N", title="Located", scale=alt.Scale(
            domain=["meeting", "event"], range=["square", "circle"])),
        color=alt.Color("kind:N", title="Located", scale=alt.Scale(
            domain=["meeting", "event"], range=["#0072B2", "#D55E00"])),
        size=alt.Size("n:Q", title="Rows at the place",
                      scale=alt.Scale(range=[80, 400], zero=False),
                      legend=alt.Legend(tickMinStep=1, format="d")),
        tooltip=[alt.Tooltip("place:N", title="Place"), alt.Tooltip("kind:N", title="Kind"),
                 alt.Tooltip("n:Q", title="Rows"), alt.Tooltip("what:N", title="What")],
    ).project(**projection)
    named = base.transform_filter(alt.FieldOneOfPredicate(field="kind", oneOf=list(label_kinds)))
    place_names = named.transform_aggregate(
        n="sum(n)", groupby=["place", "lon", "lat"]).mark_text(
        align="left", dx=9, dy=-6, fontSize=11, fontWeight="bold", color="#333333").encode(
        text="place:N").project(**projection)
    default_title = ("Where the meetings and events were" if region != "caucasus"
                     else "The South Caucasus")
    return alt.layer(sea, shapes, names, marks, place_names, title=alt.Title(
        title or default_title)).properties(width=width, height=height)


def located_share(events: pd.DataFrame, meetings: pd.DataFrame,
                  places: pd.DataFrame) -> pd.DataFrame:
    """How many meetings and events the maps can show: located to a place, located only to a
    country (left off the maps), or without coordinates (no place, or a place the gazetteer
    cannot put on a map)."""
    kinds = {str(p.place_id): str(p.kind) for p in places.itertuples(index=False)
             if not _missing(p.lat) and not _missing(p.lon)}
    m_kind = [kinds.get(str(p)) if not _missing(p) else None for p in meetings["place_id"]]
    m_country = sum(1 for k in m_kind if k == "country")
    m_loc = sum(1 for k in m_kind if k is not None) - m_country
    located = events["lat"].notna() & events["lon"].notna()
    e_country = int((located & (events["geo_precision"].astype(str) == "country")).sum())
    e_loc = int(located.sum()) - e_country
    return pd.DataFrame([
        {"table": "meetings", "rows": len(meetings), "on the map": m_loc,
         "country only": m_country, "no coordinates": len(meetings) - m_loc - m_country},
        {"table": "events", "rows": len(events), "on the map": e_loc,
         "country only": e_country, "no coordinates": len(events) - e_loc - e_country}])


# === sources and agreement ====================================================================

def source_coverage(sources: pd.DataFrame, meetings: pd.DataFrame, statements: pd.DataFrame,
                    events: pd.DataFrame, evidence: pd.DataFrame) -> pd.DataFrame:
    """Per source: its size and how many rows of each fact table it supports. A meeting that
    three sources report counts once for each of them, so the columns do not add up across
    sources to the table's row count."""
    labels = source_labels(sources)

    def per_source(frame: pd.DataFrame) -> dict[str, int]:
        counts: dict[str, int] = {}
        for ids in frame["source_ids"]:
            for sid in sorted(set(_items(ids))):
                counts[str(sid)] = counts.get(str(sid), 0) + 1
        return counts

    m, e = per_source(meetings), per_source(events)
    s = statements["source_id"].astype(str).value_counts().to_dict()
    ev = evidence["source_id"].astype(str).value_counts().to_dict()
    rows = []
    for r in sources.itertuples(index=False):
        sid = str(r.source_id)
        rows.append({"source": labels[sid],
                     "outlet": "unknown" if _missing(r.outlet) else str(r.outlet),
                     "published": format_date(r.published, r.published_precision),
                     "words": int(r.n_words), "meetings": m.get(sid, 0),
                     "statements": int(s.get(sid, 0)), "events": e.get(sid, 0),
                     "evidence spans": int(ev.get(sid, 0))})
    out = pd.DataFrame(rows, columns=["source", "outlet", "published", "words", "meetings",
                                      "statements", "events", "evidence spans"])
    return out.sort_values("source", key=lambda c: c.map(_label_key)).reset_index(drop=True)


def coverage_chart(coverage: pd.DataFrame) -> alt.Chart:
    """Rows each source supports, by fact table."""
    long = coverage.melt(id_vars=["source", "outlet"], value_vars=["meetings", "statements",
                                                                   "events"],
                         var_name="table", value_name="rows")
    order = coverage["source"].tolist()
    return alt.Chart(long, title=alt.Title(
        "How many facts each source supports",
        subtitle="A fact reported by several sources counts for each of them: the bars show "
        "what each article contributes, not shares of a total.")).mark_bar().encode(
        x=alt.X("rows:Q", title="Rows supported"),
        y=alt.Y("source:N", title="Source", sort=order),
        yOffset=alt.YOffset("table:N", sort=["meetings", "statements", "events"]),
        color=alt.Color("table:N", title="Table", sort=["meetings", "statements", "events"],
                        scale=alt.Scale(domain=["meetings", "statements", "events"],
                                        range=["#4C78A8", "#F58518", "#54A24B"])),
        tooltip=[alt.Tooltip("source:N", title="Source"), alt.Tooltip("outlet:N", title="Outlet"),
                 alt.Tooltip("table:N", title="Table"), alt.Tooltip("rows:Q", title="Rows")],
    ).properties(width=420, height=alt.Step(14))


def agreement(meetings: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Meetings and events by how many sources report them, and how many carry a recorded
    disagreement between sources."""
    rows = []
    for name, frame in (("meetings", meetings), ("events", events)):
        n = frame["n_sources"].astype(int)
        has_conflict = frame["conflicts"].map(lambda c: len(_items(c)) > 0)
        for k in sorted(set(n)):
            sel = n == k
            rows.append({"table": name, "sources reporting": int(k), "rows": int(sel.sum()),
                         "with a disagreement": int((sel & has_conflict).sum())})
    return pd.DataFrame(rows, columns=["table", "sources reporting", "rows",
                                       "with a disagreement"])


def agreement_chart(meetings: pd.DataFrame, events: pd.DataFrame) -> alt.Chart:
    data = agreement(meetings, events)
    data = data.assign(sources=data["sources reporting"].astype(str))
    return alt.Chart(data, title=alt.Title(
        "How many sources report each fact",
        subtitle="Bars further right are facts that several articles report, reconciled into "
        "one row each.")).mark_bar().encode(
        x=alt.X("sources:O", title="Sources reporting the fact", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("rows:Q", title="Rows", axis=alt.Axis(tickMinStep=1)),
        xOffset=alt.XOffset("table:N"),
        color=alt.Color("table:N", title="Table", scale=alt.Scale(
            domain=["meetings", "events"], range=["#4C78A8", "#54A24B"])),
        tooltip=[alt.Tooltip("table:N", title="Table"),
                 alt.Tooltip("sources:O", title="Sources"), alt.Tooltip("rows:Q", title="Rows"),
                 alt.Tooltip("with a disagreement:Q", title="With a disagreement")],
    ).properties(width=alt.Step(40), height=220)


def conflicts_frame(meetings: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Every recorded disagreement between sources, one row each, with the fact it is about."""
    rows = []
    for m in meetings.itertuples(index=False):
        for c in _items(m.conflicts):
            rows.append({"table": "meetings", "_date": m.date,
                         "fact": f"{'meeting' if _missing(m.city) else m.city}, "
                                 f"{mediator_label(m.mediator)}",
                         "when": format_date(m.date, m.date_precision, m.date_end),
                         "sources": int(m.n_sources), "disagreement": str(c)})
    for e in events.itertuples(index=False):
        for c in _items(e.conflicts):
            rows.append({"table": "events", "_date": e.date, "fact": str(e.description),
                         "when": format_date(e.date, e.date_precision, e.date_end),
                         "sources": int(e.n_sources), "disagreement": str(c)})
    out = pd.DataFrame(rows, columns=["table", "_date", "when", "fact", "sources",
                                      "disagreement"])
    out["_date"] = pd.to_datetime(out["_date"])
    out = out.sort_values(["table", "_date", "fact", "disagreement"], na_position="last")
    return out.drop(columns="_date").reset_index(drop=True)


def publication_frame(sources: pd.DataFrame) -> pd.DataFrame:
    """How each source's publication date was established: the date, its precision, the
    method (manifest, inferred, unknown) and the words or note behind it."""
    labels = source_labels(sources)
    rows = []
    for r in sources.itertuples(index=False):
        note = getattr(r, "published_note", None)
        rows.append({"source": labels[str(r.source_id)],
                     "published": format_date(r.published, r.published_precision),
                     "precision": "" if _missing(r.published_precision)
                     else str(r.published_precision),
                     "method": str(r.published_method),
                     "how": "" if _missing(note) else " ".join(str(note).split())})
    out = pd.DataFrame(rows, columns=["source", "published", "precision", "method", "how"])
    return out.sort_values("source", key=lambda c: c.map(_label_key)).reset_index(drop=True)


def publication_chart(sources: pd.DataFrame) -> alt.LayerChart:
    """Publication dates as periods (a year-precise date is a year-long bar), by method."""
    labels = source_labels(sources)
    rows = []
    for r in sources.itertuples(index=False):
        if _missing(r.published):
            continue
        rows.append({"source": labels[str(r.source_id)],
                     "start": pd.Timestamp(r.published).strftime("%Y-%m-%d"),
                     "end": period_end(r.published, r.published_precision).strftime("%Y-%m-%d"),
                     "published": format_date(r.published, r.published_precision),
                     "method": str(r.published_method),
                     "precision": str(r.published_precision)})
    data = pd.DataFrame(rows, columns=["source", "start", "end", "published", "method",
                                       "precision"])
    order = sorted(labels.values(), key=_label_key)
    colour = alt.Color("method:N", title="How the date was established", scale=alt.Scale(
        domain=list(schema.PUBLISHED_METHODS), range=["#4C78A8", "#F58518", "#BAB0AC"]))
    tooltip = [alt.Tooltip("source:N", title="Source"),
               alt.Tooltip("published:N", title="Published"),
               alt.Tooltip("precision:N", title="Precision"),
               alt.Tooltip("method:N", title="Method")]
    base = alt.Chart(data).encode(y=alt.Y("source:N", title="Source", sort=order))
    bars = base.mark_bar(height=12, opacity=0.5).encode(
        x=alt.X("start:T", title="Publication date (bars: the period a coarse date covers)",
                axis=_YEAR_MONTH_AXIS),
        x2="end:T", color=colour, tooltip=tooltip)
    dots = base.transform_filter("datum.precision == 'day'").mark_point(
        filled=True, size=70).encode(x="start:T", color=colour, tooltip=tooltip)
    return alt.layer(bars, dots, title=alt.Title(
        "When the sources were published, and how we know",
        subtitle="A dot is a day-precise date; a bar is a date known only to the month or "
        "year. Colour says where the date comes from.")).properties(width=520,
                                                                     height=alt.Step(24))


# === rendering and export =====================================================================

RENDERER = "karabakh_data"
#: Where a chart's Vega-Lite spec is kept in a notebook output. The `+json` suffix makes nbformat
#: store it as JSON (altair's own `.v6.json` type is not valid there); no frontend renders it, so
#: the HTML is shown, but `scripts/execute_notebooks.py` exports figures from it.
SPEC_MIME_TYPE = "application/vnd.vegalite.v6+json"


def _static_svg(spec: dict[str, Any]) -> str | None:
    try:
        from altair.utils.mimebundle import spec_to_mimebundle

        bundle = spec_to_mimebundle(spec, format="svg", mode="vega-lite")
    except (ImportError, ValueError):  # vl-convert missing: interactive output only
        return None
    return str(bundle["image/svg+xml"])  # type: ignore[index]


def _render(spec: dict[str, Any], **metadata: Any) -> dict[str, Any]:
    """Notebook output of a chart: interactive HTML whose placeholder is a static SVG (so the
    chart shows on GitHub, in untrusted notebooks and offline), plus the Vega-Lite spec itself
    (which `scripts/execute_notebooks.py` exports). The div id is a hash of the spec, not a
    random id, so stored outputs are stable."""
    from altair.utils.mimebundle import spec_to_mimebundle
    from altair.vegalite.v6.display import VEGA_VERSION, VEGAEMBED_VERSION, VEGALITE_VERSION

    text = json.dumps(spec, sort_keys=True)
    div = "kd-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    page = spec_to_mimebundle(spec, format="html", mode="vega-lite", vega_version=VEGA_VERSION,
                              vegaembed_version=VEGAEMBED_VERSION,
                              vegalite_version=VEGALITE_VERSION, output_div=div,
                              template="universal")["text/html"]  # type: ignore[index]
    svg = _static_svg(spec)
    if svg is not None:
        img = ('<img alt="chart (static)" src="data:image/svg+xml;base64,'
               + base64.b64encode(svg.encode("utf-8")).decode("ascii") + '">')
        page = page.replace(f'<div id="{div}"></div>', f'<div id="{div}">{img}</div>', 1)
    return {"text/html": page, SPEC_MIME_TYPE: spec,
            "text/plain": f"<chart: {chart_title(spec) or 'untitled'}>"}


def setup_notebook() -> None:
    """Use the stable, offline-friendly renderer and lift altair's 5000-row limit (the
    evidence table can pass it with a larger corpus)."""
    if RENDERER not in alt.renderers.names():
        alt.renderers.register(RENDERER, _render)
    alt.renderers.enable(RENDERER)
    alt.data_transformers.disable_max_rows()


def export_chart(chart: alt.TopLevelMixin, path: str | Path) -> Path:
    """Write a chart as a static SVG or PNG (by the file's suffix) with vl-convert, for the
    README and the docs; the same chart always gives the same file."""
    path = Path(path)
    fmt = path.suffix.lstrip(".").lower()
    if fmt not in ("svg", "png"):
        raise ValueError(f"{path}: export as .svg or .png")
    path.parent.mkdir(parents=True, exist_ok=True)
    export_spec(chart.to_dict(), path)
    return path


def export_spec(spec: dict[str, Any], path: str | Path) -> Path:
    """Write a Vega-Lite spec (as stored in a notebook's output) as SVG or PNG."""
    import vl_convert as vlc
    from altair.utils._importers import vl_version_for_vl_convert

    path = Path(path)
    version = vl_version_for_vl_convert()
    if path.suffix.lower() == ".png":
        path.write_bytes(vlc.vegalite_to_png(spec, vl_version=version, scale=2))
    else:
        path.write_text(vlc.vegalite_to_svg(spec, vl_version=version), encoding="utf-8")
    return path


def slug(text: str) -> str:
    """A file-name-safe slug of a chart title (`Meetings by mediator` -> `meetings-by-mediator`)."""
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-") or "chart"


def chart_title(spec: Mapping[str, Any]) -> str:
    """The title text of a chart spec (top level, else the first sub-chart that has one)."""
    title = spec.get("title")
    if isinstance(title, dict):
        title = title.get("text")
    if isinstance(title, list):
        title = " ".join(str(t) for t in title)
    if title:
        return str(title)
    for key in ("layer", "vconcat", "hconcat", "concat"):
        for sub in spec.get(key, []) or []:
            found = chart_title(sub)
            if found:
                return found
    return ""

