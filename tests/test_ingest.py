"""`karabakh-data import`: a news API's or a scraper's dump becomes a raw folder the build reads.

The dumps here are written for these tests (own words, invented outlets and addresses)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from karabakh_data.cli import main
from karabakh_data.corpus import MANIFEST_NAME, list_corpus, load_document
from karabakh_data.ingest import IngestError, import_articles, normalise_published

TEXT_A = ("The two foreign ministers met in Almaty on Friday for a second day of talks on the "
          "draft peace treaty, a ministry spokesman said.")
TEXT_B = "Negotiators from both capitals said the border commissions would meet again soon."


def _jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) +
                    "\n", encoding="utf-8")
    return path


def _manifest(raw: Path) -> list[dict[str, str]]:
    with (raw / MANIFEST_NAME).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_a_news_api_record_becomes_a_file_and_a_manifest_row_the_build_reads(tmp_path: Path
                                                                               ) -> None:
    dump = _jsonl(tmp_path / "dump.jsonl", [{
        "source": {"id": None, "name": "Example Caucasus Wire"},
        "author": ["First Writer", "Second Writer"],
        "title": "  Ministers   meet again ",
        "url": "https://news.example.org/ministers",
        "publishedAt": "2024-05-10T23:40:00-04:00",
        "content": TEXT_A,
    }])
    raw = tmp_path / "raw"
    report = import_articles(dump, raw)
    assert report.records == 1 and len(report.written) == 1 and not report.problems
    (name,) = report.written
    assert (raw / name).read_bytes() == TEXT_A.encode("utf-8")  # the text, byte for byte
    assert name.startswith("2024-05-10_")
    (row,) = _manifest(raw)
    assert row["file"] == name
    assert row["outlet"] == "Example Caucasus Wire"
    assert row["author"] == "First Writer; Second Writer"
    assert row["title"] == "Ministers meet again"
    # the calendar date as written, not shifted to UTC (that would be 11 May)
    assert row["published"] == "2024-05-10"

    items, problems = list_corpus(raw)
    assert not problems and [i.path.name for i in items] == [name]
    doc, src = load_document(items[0].path, items[0].rel_path, items[0].manifest)
    assert src["published_method"] == "manifest" and str(src["published"]) == "2024-05-10"
    assert src["source_id"] in name and doc.clean_text.startswith("The two foreign ministers")


def test_importing_again_adds_nothing_and_rewrites_nothing(tmp_path: Path) -> None:
    dump = _jsonl(tmp_path / "d.jsonl", [{"text": TEXT_A, "date": "2023-10-05"},
                                         {"text": TEXT_B}])
    raw = tmp_path / "raw"
    import_articles(dump, raw)
    before = {p.name: p.read_bytes() for p in raw.iterdir()}
    again = import_articles(dump, raw)
    assert again.written == [] and len(again.already) == 2
    assert {p.name: p.read_bytes() for p in raw.iterdir()} == before


def test_bad_records_are_skipped_with_where_they_stood(tmp_path: Path) -> None:
    dump = _jsonl(tmp_path / "d.jsonl", [
        {"text": TEXT_A},
        "{this is not json",
        {"title": "a headline and nothing else"},
        {"text": "   "},
        {"text": TEXT_A, "title": "the same story again"},
        ["not", "an", "object"],
    ])
    report = import_articles(dump, tmp_path / "raw")
    assert report.records == 6 and len(report.written) == 1
    said = [p.message for p in report.problems]
    assert len(said) == 5
    for line, words in [(2, "not JSON"), (3, "no article text"), (5, "same text"),
                        (6, "not an object")]:
        assert any(m.startswith(f"line {line}:") and words in m for m in said), (line, said)
    assert any(m.startswith("line 4:") for m in said)


def test_strict_stops_on_a_bad_record_before_writing_anything(tmp_path: Path) -> None:
    dump = _jsonl(tmp_path / "d.jsonl", [{"text": TEXT_A}, {"headline": "no body"}])
    raw = tmp_path / "raw"
    with pytest.raises(IngestError, match="nothing written"):
        import_articles(dump, raw, strict=True)
    assert not raw.exists()


@pytest.mark.parametrize(("value", "day"), [
    ("2022-09-13T02:05:00Z", "2022-09-13"),
    ("2023-10-05 21:10:00+04:00", "2023-10-05"),
    ("Thu, 05 Oct 2023 23:10:00 -0400", "2023-10-05"),  # 6 Oct in UTC
    ("5 October 2023", "2023-10-05"),
    ("October 5, 2023", "2023-10-05"),
    ("2023-10", "2023-10"),
    ("2023", "2023"),
    ("2023-02-30", ""),          # no such day: left empty, never moved to a real one
    ("last Thursday", ""),       # a value we cannot read: left empty
])
def test_publication_values_keep_only_the_date_they_state(value: str, day: str) -> None:
    got, note = normalise_published(value)
    assert got == day
    assert (note is not None) == (day == "")  # an unread value is said, not dropped silently


def test_an_unread_date_leaves_the_row_undated_and_says_why(tmp_path: Path) -> None:
    dump = _jsonl(tmp_path / "d.jsonl", [{"text": TEXT_B, "published": "yesterday evening"}])
    raw = tmp_path / "raw"
    (name,) = import_articles(dump, raw).written
    (row,) = _manifest(raw)
    assert name.startswith("undated_") and row["published"] == ""
    assert "yesterday evening" in row["notes"]


def test_a_nested_api_response_and_a_field_override(tmp_path: Path) -> None:
    dump = tmp_path / "api.json"
    dump.write_text(json.dumps({"response": {"status": "ok", "results": [
        {"webTitle": "Commissions meet", "webUrl": "https://example.net/c",
         "webPublicationDate": "2024-04-19T10:00:00Z",
         "fields": {"summary": "short", "bodyText": TEXT_B}},
    ]}}), encoding="utf-8")
    raw = tmp_path / "raw"
    report = import_articles(dump, raw)
    (name,) = report.written
    assert (raw / name).read_text(encoding="utf-8") == TEXT_B
    (row,) = _manifest(raw)
    assert (row["title"], row["url"], row["published"]) == \
        ("Commissions meet", "https://example.net/c", "2024-04-19")
    # a key the defaults would not pick is named with --field (dots for nesting)
    other = tmp_path / "raw2"
    (name2,) = import_articles(dump, other, overrides={"text": "fields.summary"}).written
    assert (other / name2).read_text(encoding="utf-8") == "short"


def test_an_existing_manifest_keeps_its_rows_and_columns(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "mine.txt").write_text(TEXT_B, encoding="utf-8")
    (raw / MANIFEST_NAME).write_text("file,published,notes,reviewer\n"
                                     "mine.txt,2021-11-26,hand-entered,me\n", encoding="utf-8")
    dump = _jsonl(tmp_path / "d.jsonl", [{"text": TEXT_A, "date": "2021-11-27"},
                                         {"text": TEXT_B, "date": "2030-01-01"}])
    report = import_articles(dump, raw)
    assert report.already == ["mine.txt"] and len(report.written) == 1
    rows = _manifest(raw)
    assert rows[0] == {"file": "mine.txt", "published": "2021-11-26", "notes": "hand-entered",
                       "reviewer": "me", "url": "", "outlet": "", "title": "", "author": "",
                       "language": ""}
    assert rows[1]["published"] == "2021-11-27" and rows[1]["reviewer"] == ""


def test_a_file_left_without_its_row_by_an_interrupted_import_gets_it(tmp_path: Path) -> None:
    dump = _jsonl(tmp_path / "d.jsonl", [{"text": TEXT_A, "date": "2022-04-06",
                                          "title": "Brussels talks"}])
    raw = tmp_path / "raw"
    (name,) = import_articles(dump, raw).written
    (raw / MANIFEST_NAME).unlink()  # as if the import was killed between the two writes
    again = import_articles(dump, raw)
    assert again.written == [] and again.already == [name]
    (row,) = _manifest(raw)
    assert (row["file"], row["title"]) == (name, "Brussels talks")


def test_the_import_command_reads_csv_and_errors_in_one_line(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]
                                                             ) -> None:
    dump = tmp_path / "export.csv"
    with dump.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["headline", "body", "pub_date"])
        w.writerow(["Talks", TEXT_A, "2024-05-10"])
    raw = tmp_path / "raw"
    assert main(["import", str(dump), str(raw), "--field", "published=pub_date"]) == 0
    out = capsys.readouterr().out
    assert "new articles written" in out and f"karabakh-data build --raw {raw}" in out
    assert _manifest(raw)[0]["published"] == "2024-05-10"

    assert main(["import", str(tmp_path / "missing.jsonl"), str(raw)]) == 2
    assert main(["import", str(dump), str(raw), "--field", "body"]) == 2
    assert main(["import", str(dump), str(raw), "--field", "colour=x"]) == 2
    (tmp_path / "notes.xml").write_text("<a/>", encoding="utf-8")
    assert main(["import", str(tmp_path / "notes.xml"), str(raw)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 4 and all(e.startswith("karabakh-data import: error:") for e in err)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "body", "title", "date", "published", "source", "author",
                         "fields", "name", "url", "lang", "x"]), inner, max_size=5),
    max_leaves=12)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(records=st.lists(_JSON, max_size=6))
def test_any_json_records_import_without_a_traceback(tmp_path_factory: pytest.TempPathFactory,
                                                      records: list[object]) -> None:
    """Whatever shape a dump's records take, the import skips what it cannot use with a reason,
    and each file it writes holds the UTF-8 bytes of one record's text."""
    tmp = tmp_path_factory.mktemp("anyjson")
    dump = tmp / "d.jsonl"  # every record as JSON (the helper writes strings as raw lines)
    dump.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    raw = tmp / "raw"
    report = import_articles(dump, raw)
    assert report.records == len(records)
    assert len(report.written) + len(report.already) + len(report.problems) == len(records)
    for name in report.written:
        assert (raw / name).read_bytes().decode("utf-8").strip()
    if report.written:
        assert sorted(r["file"] for r in _manifest(raw)) == sorted(report.written)


def test_round62_a_dump_date_written_as_a_page_writes_it() -> None:
    # a day-first date in figures, and one with its weekday and clock, read as a page's date
    # line is; a day/month either way round is left empty and said so
    assert normalise_published("30.09.2021") == ("2021-09-30", None)
    assert normalise_published("Thursday, 30 September 2021, 18:05")[0] == "2021-09-30"
    day, note = normalise_published("04/09/2021")
    assert day == "" and note is not None and "month/day" in note
