"""The analysis helpers behind the notebooks: what a reader of a chart or table relies on.

Every frame here is synthetic, written for the test (no seed wording), and converted to the
dtypes `load()` gives, so the helpers are tested on what the notebooks really receive.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest

from karabakh_data import analysis as an
from karabakh_data import schema
from karabakh_data.loader import to_pandas

D = dt.date


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows -> the DataFrame `load()` would return for them (validated like a release)."""
    arrow = schema.table_from_rows(table, rows)
    schema.validate(table, arrow)
    return to_pandas(table, arrow)


def source(sid: str, path: str, published: D | None = None, precision: str | None = "day",
           outlet: str | None = None, method: str = "manifest", sha: str = "0" * 64) -> dict:
    return {"source_id": sid, "path": path, "sha256": sha, "outlet": outlet,
            "published": published, "published_precision": precision if published else None,
            "published_method": method, "published_note": "a note", "language": "en",
            "n_chars": 100, "n_words": 20, "boilerplate_chars": 0}


def meeting(mid: str, date: D | None, mediator: str | None, status: str = "held",
            precision: str = "day", sources: tuple[str, ...] = ("bb",), place: str | None = None,
            conflicts: tuple[str, ...] = (), level: str = "leaders") -> dict:
    return {"meeting_id": mid, "date": date, "date_end": None,
            "date_precision": precision if date else None, "place_id": place,
            "city": place.title() if place else None, "country": None, "venue": None,
            "mode": "in_person", "level": level, "format": "trilateral",
            "participants": ["armenia", "azerbaijan"], "mediator": mediator, "status": status,
            "outcomes": [], "source_ids": list(sources), "n_sources": len(sources),
            "conflicts": list(conflicts), "review_status": "machine"}


def event(eid: str, date: D, etype: str = "armed_clash", fatalities: int | None = None,
          lat: float | None = None, lon: float | None = None, geo: str | None = None,
          location: str | None = None, sources: tuple[str, ...] = ("aa",),
          date_end: D | None = None, precision: str = "day") -> dict:
    return {"event_id": eid, "date": date, "date_end": date_end, "date_precision": precision,
            "event_type": etype, "description": f"happening {eid}", "actors": [],
            "place_id": None, "location": location, "country": None, "lat": lat, "lon": lon,
            "geo_precision": geo, "fatalities": fatalities, "source_ids": list(sources),
            "n_sources": len(sources), "conflicts": [], "review_status": "machine"}


@pytest.fixture()
def sources() -> pd.DataFrame:
    # Paths out of id order: labels must follow the paths, not the ids.
    return frame("sources", [source("bb", "data/raw/001.txt", D(2022, 3, 4), outlet="Gazette"),
                             source("aa", "data/raw/002.txt", D(2021, 1, 1), "year")])


# --- dates and labels -------------------------------------------------------------------------

@pytest.mark.parametrize(("date", "precision", "end", "expected"), [
    (D(2021, 11, 5), "day", None, "5 Nov 2021"),
    (D(2023, 5, 1), "week", None, "week of 1 May 2023"),
    (D(2023, 5, 1), "month", None, "May 2023"),
    (D(2021, 1, 1), "year", None, "2021"),
    (D(1990, 1, 1), "decade", None, "1990s"),
    (D(1991, 1, 1), "year", D(1993, 12, 31), "1991–1993"),
    (D(2020, 9, 1), "month", D(2020, 11, 30), "Sep–Nov 2020"),
    (D(2022, 7, 3), "day", D(2022, 7, 6), "3–6 Jul 2022"),
    (None, "day", None, "undated"),
])
def test_format_date_shows_the_precision_the_source_gave(date, precision, end, expected):
    ts = None if date is None else pd.Timestamp(date)
    assert an.format_date(ts, precision, None if end is None else pd.Timestamp(end)) == expected


def test_mediator_labels_fold_unknown_mediators_into_other():
    assert an.mediator_label("russia") == "Russia"
    assert an.mediator_label("european-union") == "EU"
    assert an.mediator_label("united-states") == "US"
    assert an.mediator_label("osce-minsk-group") == "other"
    assert an.mediator_label(None) == "none"
    assert an.mediator_label(pd.NA) == "none"


def test_source_labels_follow_the_raw_file_paths(sources):
    assert an.source_labels(sources) == {"bb": "S1", "aa": "S2"}
    assert list(an.source_names(sources).values()) == ["S1 · Gazette · 4 Mar 2022",
                                                       "S2 · outlet unknown · 2021"]


# --- meetings and the mediation narrative -----------------------------------------------------

def test_meetings_frame_is_sorted_and_readable(sources):
    meetings = frame("meetings", [
        meeting("m2", D(2022, 5, 1), "european-union", sources=("aa", "bb")),
        meeting("m1", D(2021, 2, 1), "russia", precision="month"),
        meeting("m3", None, None, status="proposed"),
    ])
    actors = frame("actors", [{"actor_id": "armenia", "name": "Armenia", "kind": "state",
                               "aliases": []}])
    out = an.meetings_timeline_frame(meetings, actors, sources)
    assert out["meeting_id"].tolist() == ["m1", "m2", "m3"]  # undated last
    assert out["when"].tolist() == ["Feb 2021", "1 May 2022", "undated"]
    assert out["mediator"].tolist() == ["Russia", "EU", "none"]
    assert out.loc[1, "sources"] == "S1, S2"
    assert out.loc[0, "participants"] == "Armenia; azerbaijan"  # unknown id shown as itself
    assert out.loc[0, "period_end"] == pd.Timestamp(2021, 2, 28)


def test_meeting_counts_have_totals_and_keep_the_track_order(sources):
    meetings = an.meetings_timeline_frame(frame("meetings", [
        meeting("a", D(2021, 1, 5), "european-union"),
        meeting("b", D(2021, 2, 5), "russia", level="foreign_ministers"),
        meeting("c", D(2021, 3, 5), "russia"),
    ]), sources=sources)
    tab = an.meetings_by(meetings, "level")
    assert tab["mediator"].tolist() == ["Russia", "EU", "total"]
    assert tab.set_index("mediator").loc["total", "total"] == 3
    assert tab.set_index("mediator").loc["Russia", "foreign_ministers"] == 1


def test_narrative_says_when_one_track_follows_another():
    meetings = an.meetings_timeline_frame(frame("meetings", [
        meeting("a", D(2020, 3, 1), "russia"),
        meeting("b", D(2020, 6, 1), "russia", status="planned"),
        meeting("c", D(2022, 1, 10), "european-union"),
    ]))
    text = an.mediation_narrative(meetings, n_sources=2)
    assert text.splitlines()[0] == ("Together, the 2 sources report 3 meetings: 2 held, "
                                    "1 planned, proposed or cancelled.")
    assert "2 meetings mediated by Russia (1 held), dated 1 Mar 2020 to 1 Jun 2020." in text
    assert "The EU track begins after the last Russia meeting in these sources." in text


def test_narrative_does_not_order_tracks_whose_periods_overlap():
    # A year-precise date covers its whole year: the tracks cannot be put in sequence.
    meetings = an.meetings_timeline_frame(frame("meetings", [
        meeting("a", D(2021, 1, 1), "european-union", precision="year"),
        meeting("b", D(2021, 8, 2), "russia"),
    ]))
    text = an.mediation_narrative(meetings, n_sources=1)
    assert "begins after" not in text
    assert "not separated in time" in text and "both fall on 2 Aug 2021" in text


# --- statements -------------------------------------------------------------------------------

JAN_2022 = D(2022, 1, 1)


def statement(sid: str, speaker: str, kind: str, text: str, topics: list[str],
              date: D | None = JAN_2022, start: int = 0) -> dict:
    return {"statement_id": sid, "date": date, "date_precision": "day" if date else None,
            "speaker_id": speaker, "speaker_text": speaker, "speaker_country": None,
            "kind": kind, "text": text, "occasion": None, "topics": topics, "meeting_id": None,
            "source_id": "aa", "char_start": start, "char_end": start + len(text),
            "review_status": "machine"}


@pytest.fixture()
def statements(sources) -> pd.DataFrame:
    rows = [statement("s1", "armenia", "direct", "Roads (and rails) must reopen.",
                      ["transport_links"]),
            statement("s2", "armenia", "indirect", "the frontier line needs markers",
                      ["border_delimitation", "peace_treaty"], start=50),
            statement("s3", "azerbaijan", "indirect", "nothing on the agenda", [], date=None)]
    return an.statements_frame(frame("statements", rows), sources=sources)


def test_topic_grid_counts_zeros_and_statements_without_topics(statements):
    grid = an.speaker_topic_counts(statements)
    assert len(grid) == 2 * 4  # every speaker x every topic that occurs
    cell = grid.set_index(["speaker", "topic"])["statements"]
    assert cell[("armenia", "peace_treaty")] == 1
    assert cell[("azerbaijan", "peace_treaty")] == 0
    assert cell[("azerbaijan", an.NO_TOPIC)] == 1


def test_speakers_by_kind_puts_the_most_frequent_speaker_first(statements):
    tab = an.speakers_by_kind(statements).set_index("speaker")
    assert tab.index.tolist() == ["armenia", "azerbaijan", "total"]
    assert tab.loc["armenia", "direct quote"] == 1 and tab.loc["total", "total"] == 3


def test_search_is_literal_and_ignores_case(statements):
    assert an.search_quotes(statements, "(AND RAILS)")["speaker"].tolist() == ["armenia"]
    assert an.search_quotes(statements, ".*").empty  # not a regular expression
    assert len(an.search_quotes(statements, "border_delim")) == 1  # topics are searched too


def test_quote_table_has_a_named_search_box(statements):
    spec = an.quotes_table_chart(statements).to_dict()
    assert [p["name"] for p in spec["params"]] == [an.QUOTE_SEARCH_PARAM]
    assert spec["params"][0]["bind"]["input"] == "search"


# --- events, fatalities, maps -----------------------------------------------------------------

def test_fatalities_are_listed_per_event_and_never_summed(sources):
    events = an.events_frame(frame("events", [
        event("e1", D(2020, 9, 1), fatalities=500, precision="month", date_end=D(2020, 11, 30)),
        event("e2", D(2020, 10, 2), fatalities=12),  # a clash within the war above
        event("e3", D(2021, 1, 1), "ceasefire"),
    ]), sources=sources)
    out = an.fatalities_frame(events)
    assert out["fatalities"].tolist() == [500, 12]
    assert "total" not in " ".join(map(str, out.to_numpy().ravel()))
    spec = an.fatalities_chart(events).to_dict()
    assert all("aggregate" not in json.dumps(layer) for layer in spec["layer"])


def test_map_leaves_off_rows_located_only_to_a_country():
    events = frame("events", [
        event("e1", D(2021, 1, 1), lat=40.0, lon=45.0, geo="point", location="Hilltown"),
        event("e2", D(2021, 2, 1), lat=40.0, lon=45.0, geo="point", location="Hilltown"),
        event("e3", D(2021, 3, 1), lat=41.0, lon=44.0, geo="country", location="Someland"),
    ])
    places = frame("places", [
        {"place_id": "rivercity", "name": "Rivercity", "kind": "city", "country": "XXX",
         "lat": 50.0, "lon": 5.0, "aliases": []},
        {"place_id": "someland", "name": "Someland", "kind": "country", "country": "XXX",
         "lat": 41.0, "lon": 44.0, "aliases": []}])
    meetings = frame("meetings", [meeting("m1", D(2021, 4, 1), "russia", place="rivercity"),
                                  meeting("m2", D(2021, 5, 1), None, place="someland")])
    points = an.map_points(events, meetings, places)
    assert points[["kind", "place", "n"]].values.tolist() == [["event", "Hilltown", 2],
                                                              ["meeting", "Rivercity", 1]]
    share = an.located_share(events, meetings, places).set_index("table")
    assert share.loc["events", "on the map"] == 2 and share.loc["events", "country only"] == 1
    assert share.loc["meetings", "country only"] == 1


def test_shipped_outlines_cover_the_region_without_a_download():
    caucasus = an.load_outline("caucasus-50m")
    names = {f["properties"]["name"] for f in caucasus["features"]}
    assert {"Armenia", "Azerbaijan", "Georgia"} <= names
    world = an.load_outline("countries-110m")
    assert len(world["features"]) > 150


def test_timeline_brush_is_named_and_starts_on_the_recent_period(sources):
    events = an.events_frame(frame("events", [event("e1", D(1994, 5, 1)),
                                              event("e2", D(2021, 5, 1))]))
    meetings = an.meetings_timeline_frame(frame("meetings", [
        meeting("m1", D(2022, 1, 1), "russia")]))
    spec = an.diplomacy_timeline_chart(events, meetings).to_dict()
    (brush,) = spec["params"]  # altair lifts the overview's selection to the top level
    assert brush["name"] == an.PERIOD_PARAM and brush["select"]["encodings"] == ["x"]
    assert brush["value"]["x"][0]["year"] == 2020


# --- sources and agreement --------------------------------------------------------------------

def test_coverage_counts_a_shared_meeting_once_for_each_source(sources):
    meetings = frame("meetings", [meeting("m1", D(2022, 1, 1), "russia", sources=("aa", "bb"),
                                          conflicts=("date: 1 Jan in one, 2 Jan in another",))])
    events = frame("events", [event("e1", D(2022, 1, 1), sources=("aa",))])
    statements = frame("statements", [statement("s1", "armenia", "direct", "yes", [])])
    evidence = frame("evidence", [
        {"table": "meetings", "record_id": "m1", "source_id": sid, "char_start": 0,
         "char_end": 3, "text": "met", "role": "trigger", "raw_start": 0, "raw_end": 3}
        for sid in ("aa", "bb")])
    cov = an.source_coverage(sources, meetings, statements, events, evidence).set_index("source")
    assert cov.loc["S1", "meetings"] == 1 and cov.loc["S2", "meetings"] == 1
    assert cov.loc["S2", "events"] == 1 and cov.loc["S1", "events"] == 0
    agree = an.agreement(meetings, events)
    assert agree.values.tolist() == [["meetings", 2, 1, 1], ["events", 1, 1, 0]]
    conflicts = an.conflicts_frame(meetings, events)
    assert conflicts["disagreement"].tolist() == ["date: 1 Jan in one, 2 Jan in another"]


def test_publication_chart_draws_coarse_dates_as_periods(sources):
    spec = an.publication_chart(sources).to_dict()
    rows = next(iter(spec["datasets"].values()))
    by_source = {r["source"]: (r["start"], r["end"]) for r in rows}
    assert by_source["S2"] == ("2021-01-01", "2021-12-31")
    assert by_source["S1"] == ("2022-03-04", "2022-03-04")


# --- provenance -------------------------------------------------------------------------------

TEXT = "First sentence here. The envoys met in Lakeside on Monday. A last one."


def evidence_rows(text: str = TEXT) -> pd.DataFrame:
    spans = [("met", "trigger"), ("Lakeside", "place"), ("on Monday", "date")]
    rows = []
    for words, role in spans:
        start = text.index(words)
        rows.append({"table": "meetings", "record_id": "m1", "source_id": "aa",
                     "char_start": start, "char_end": start + len(words), "text": words,
                     "role": role, "raw_start": start, "raw_end": start + len(words)})
    return frame("evidence", rows)


def test_passages_show_the_whole_sentence_around_the_spans():
    (p,) = an.passages(evidence_rows(), "meetings", "m1", {"aa": TEXT})
    assert p.complete and p.text == "The envoys met in Lakeside on Monday."
    assert [role for _, _, role in p.spans] == ["trigger", "place", "date"]
    assert an.passages_text([p]) == ("aa [21:58]\n  The envoys [[met]] in [[Lakeside]] "
                                     "[[on Monday]].")


def test_passages_fall_back_to_the_spans_without_or_with_a_changed_text():
    for texts in ({}, {"aa": TEXT.replace("envoys", "ENVOYS!")}):
        items = an.passages(evidence_rows(), "meetings", "m1", texts)
        assert [p.text for p in items] == ["met", "Lakeside", "on Monday"]
        assert not any(p.complete for p in items)


def test_provenance_html_escapes_the_text_and_marks_each_span():
    text = "Talks <b>resumed</b> & the envoys met in Lakeside on Monday."
    html = an.passages_html(an.passages(evidence_rows(text), "meetings", "m1", {"aa": text}),
                            {"aa": "S1 · Gazette"})
    assert "&lt;b&gt;resumed&lt;/b&gt; &amp;" in html and "<b>resumed" not in html
    assert html.count("<mark") == 3 and 'title="place"' in html and "S1 · Gazette" in html


def test_check_spans_detects_a_span_that_does_not_match_its_text():
    assert an.check_spans(evidence_rows(), {"aa": TEXT}) == (3, 0)
    assert an.check_spans(evidence_rows(), {"aa": TEXT.lower()}) == (3, 2)  # place, date
    assert an.check_spans(evidence_rows(), {}) == (0, 0)


def test_clean_texts_use_a_raw_file_only_when_its_digest_matches(tmp_path: Path):
    raw = "Neighbours talked about the road.\n"
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8")
    good = hashlib.sha256(raw.encode()).hexdigest()
    srcs = frame("sources", [source("aa", "a.txt", sha=good), source("bb", "a.txt", sha="1" * 64),
                             source("cc", "missing.txt")])
    texts = an.clean_texts(srcs, roots=[tmp_path])
    assert texts == {"aa": "Neighbours talked about the road."}


# --- rendering and export ---------------------------------------------------------------------

def test_notebook_output_is_stable_and_shows_a_static_chart(sources):
    chart = an.publication_chart(sources)
    an.setup_notebook()
    first, second = an._render(chart.to_dict()), an._render(chart.to_dict())
    assert first == second  # no random ids: the stored output does not change between runs
    assert 'src="data:image/svg+xml;base64,' in first["text/html"]
    assert first[an.SPEC_MIME_TYPE]["title"]["text"].startswith("When the sources")
    assert first["text/plain"] == "<chart: When the sources were published, and how we know>"


def test_export_writes_the_same_svg_every_time(tmp_path: Path, sources):
    chart = an.publication_chart(sources)
    a = an.export_chart(chart, tmp_path / "a.svg").read_bytes()
    b = an.export_chart(chart, tmp_path / "b.svg").read_bytes()
    assert a == b and a.startswith(b"<svg") and b"When the sources were published" in a
    with pytest.raises(ValueError):
        an.export_chart(chart, tmp_path / "c.pdf")


def test_chart_title_and_slug_name_the_figures():
    spec = {"vconcat": [{"layer": [{"mark": "point"}], "title": {"text": "Talks & Fights"}}]}
    assert an.chart_title(spec) == "Talks & Fights"
    assert an.slug("Talks & Fights: 2020–2023") == "talks-fights-2020-2023"


def test_table_text_is_fixed_width_and_cuts_long_cells():
    out = an.table_text(pd.DataFrame({"a": ["x" * 10, None], "b": [1, 2]}), max_colwidth=5)
    assert out.splitlines() == ["    a b", "xxxx… 1", "      2"]


def test_every_helper_copes_with_a_release_without_fact_rows():
    # A new corpus may yield no meetings or statements at all: the notebooks must still run.
    srcs = frame("sources", [source("aa", "a.txt", None, method="unknown")])
    empty = {t: frame(t, []) for t in ("meetings", "statements", "events", "evidence", "actors",
                                       "places")}
    mf = an.meetings_timeline_frame(empty["meetings"], empty["actors"], srcs)
    sf = an.statements_frame(empty["statements"], empty["actors"], srcs)
    ef = an.events_frame(empty["events"], empty["actors"], srcs)
    points = an.map_points(empty["events"], empty["meetings"], empty["places"])
    coverage = an.source_coverage(srcs, empty["meetings"], empty["statements"],
                                  empty["events"], empty["evidence"])
    charts = [an.table_sizes_chart({**empty, "sources": srcs}),
              an.evidence_roles_chart(empty["evidence"]), an.meetings_timeline_chart(mf),
              an.meetings_by_chart(mf), an.kind_chart(sf), an.speaker_topic_heatmap(sf),
              an.statements_timeline_chart(sf), an.quotes_table_chart(sf),
              an.diplomacy_timeline_chart(ef, mf), an.fatalities_chart(ef),
              an.map_chart(points), an.map_chart(points, "caucasus"),
              an.coverage_chart(coverage), an.agreement_chart(empty["meetings"], empty["events"]),
              an.publication_chart(srcs)]
    assert all(isinstance(c.to_dict(), dict) for c in charts)
    assert an.pick_meeting(empty["meetings"]) is None
    assert an.mediation_narrative(mf, 1) == "The 1 source reports no meetings."
    assert coverage["meetings"].tolist() == [0]


def test_mediator_colours_stay_fixed_when_the_legend_lists_only_present_tracks():
    full, some = an.mediator_scale().to_dict(), an.mediator_scale(["none", "EU"]).to_dict()
    assert some["domain"] == ["EU", "none"]
    assert some["range"] == [full["range"][full["domain"].index(m)] for m in some["domain"]]
