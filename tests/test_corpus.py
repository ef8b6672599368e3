"""Raw text -> clean text: boilerplate, glued metadata, whitespace, offsets, bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from conftest import RAW

from karabakh_data.corpus import (
    CorpusError,
    Document,
    clean_text,
    decode,
    list_corpus,
    load_document,
    parse_partial_date,
    read_manifest,
)

WEB_PAGE = (
    "Follow us\n\nWorld\n\nTalks resume on the border question\n\nSHARE:\n\nPublished\n\non\n\n"
    "Two delegations  met\tin Geneva on Friday.\u00a0Officials called it “useful”.\n\n"
    "Advertisement\n\nA second round is expected.\n\nLeave a Reply\n\n"
    "Your e-mail address will not be published. Fields marked * must be filled\n"
)



def _source_rows(folder: Path) -> dict[str, dict]:
    """The `sources` row of every article in `folder`, by file name."""
    items, _ = list_corpus(folder)
    return {it.path.name: load_document(it.path, it.rel_path, it.manifest)[1] for it in items}


def test_boilerplate_lines_are_removed_and_counted() -> None:
    c = clean_text(WEB_PAGE)
    assert "SHARE" not in c.text and "Advertisement" not in c.text
    assert "Leave a Reply" not in c.text and "email address" not in c.text
    assert "Follow us" not in c.text and "Published" not in c.text
    assert c.text.splitlines()[0] == "Talks resume on the border question"
    assert c.title == "Talks resume on the border question"
    assert c.boilerplate_chars > 0


def test_link_lists_credits_and_share_bars_are_not_article_text() -> None:
    # The headlines under "More stories" are other articles: a verb in them ("signs", "meets")
    # must not become a fact of this one. The list ends at the first real sentence.
    raw = ("Ministers agree to resume border talks\n"
           "Ministers of both countries agreed on Monday to meet again in spring.\n"
           "Photo credit: Foreign Ministry press office\n"
           "Read more: Prime minister signs decree on border commission\n"
           "More stories\n"
           "Leaders meet in Minsk as truce holds\n"
           "- Envoy visits Goris after shelling\n"
           "The next round is due in the Georgian capital, a spokesman added.\n"
           "Share this story: Facebook, Twitter, Telegram\n"
           "Tags: border, talks\n"
           "This site uses cookies to give you a better experience\n"
           "Enditem\n")
    c = clean_text(raw)
    for furniture in ("Photo credit", "Read more", "More stories", "Minsk", "Goris", "Share",
                      "Tags", "cookies", "Enditem"):
        assert furniture not in c.text
    assert c.text.splitlines()[-1] == (
        "The next round is due in the Georgian capital, a spokesman added.")
    # a sentence that merely starts like a header is kept
    kept = clean_text("Talks went on.\nRelated talks in Vienna ended on Friday without a deal.\n")
    assert "Vienna" in kept.text


def test_words_stay_verbatim_whitespace_is_normalised() -> None:
    c = clean_text(WEB_PAGE)
    assert "Two delegations met in Geneva on Friday. Officials called it “useful”." in c.text
    assert "  " not in c.text and "\t" not in c.text


def test_a_doubled_possessive_apostrophe_is_single_in_the_clean_text() -> None:
    # round 60: an escaping scraper's "Mirzoyan''s" reads as "Mirzoyan's"; quotes kept
    from karabakh_data.corpus import Document

    raw = "The minister  Mirzoyan''s aide and Hajiyev’’s deputy quoted ''Peace''."
    c = clean_text(raw)
    assert c.text == "The minister Mirzoyan's aide and Hajiyev’s deputy quoted ''Peace''."
    doc = Document("x", "x", c.text, raw, None, None, segments=tuple(c.segments))
    for word, was in (("Mirzoyan's aide", "Mirzoyan''s aide"), ("deputy", "deputy"),
                      ("Hajiyev’s", "Hajiyev’’s"), ("''Peace''.", "''Peace''.")):
        i = c.text.index(word)
        rs, re_ = doc.raw_span(i, i + len(word))
        assert raw[rs:re_] == was


def test_glued_date_is_lifted() -> None:
    c = clean_text(" date 2024-03-08 The ministers spoke at length.\n")
    assert c.glued_date == dt.date(2024, 3, 8)
    assert c.text == "The ministers spoke at length."


def test_offsets_map_back_to_raw() -> None:
    raw = "Share this article:\n  date?\nThe  envoy   arrived in Baku.\n\nHe left."
    c = clean_text(raw)
    from karabakh_data.corpus import Document

    doc = Document("x", "x", c.text, raw, None, None, segments=tuple(c.segments))
    for word in ("envoy", "Baku", "He left"):
        i = c.text.index(word)
        rs, re_ = doc.raw_span(i, i + len(word))
        assert raw[rs:re_] == word


def test_caption_is_marked() -> None:
    c = clean_text("Body sentence one.\nThe two ministers in Paris on June 3. (Photo: Reuters) |\n"
                   "More body text.\n")
    (s, e), = c.captions
    assert c.text[s:e].startswith("The two ministers")


@pytest.mark.parametrize(("data", "msg"), [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"abc\x00def", "binary"),
    (b"caf\xe9 au lait", "not UTF-8"),
    (b"x" * 5_000_001, "limit"),
])


def test_bad_bytes_get_one_line_errors(data: bytes, msg: str) -> None:
    with pytest.raises(CorpusError, match=msg) as exc:
        decode(data, "f.txt")
    assert "\n" not in str(exc.value)


def test_partial_dates() -> None:
    assert parse_partial_date("2021") == (dt.date(2021, 1, 1), "year")
    assert parse_partial_date("2021-11") == (dt.date(2021, 11, 1), "month")
    assert parse_partial_date("2021-11-29") == (dt.date(2021, 11, 29), "day")
    with pytest.raises(CorpusError):
        parse_partial_date("29/11/2021")


def test_seed_sources_match_raw_bytes() -> None:
    manifest, problems = read_manifest(RAW)
    assert problems == []
    for p in sorted(RAW.glob("*.txt")):
        doc, row = load_document(p, f"data/raw/{p.name}", manifest.get(p.name))
        assert row["sha256"] == hashlib.sha256(p.read_bytes()).hexdigest()
        assert str(row["path"]).endswith(p.name)
        assert row["published_method"] == "manifest"
        assert "Leave a Reply" not in doc.clean_text and "Trending" not in doc.clean_text
        assert not doc.clean_text.startswith(" date")


def test_publication_inferred_without_manifest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2022-10-31 Leaders met in Sochi.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("No date anywhere in this short text.\n", encoding="utf-8")
    items, problems = list_corpus(tmp_path)
    assert problems == []
    rows = {it.path.name: load_document(it.path, it.rel_path, it.manifest)[1] for it in items}
    assert rows["a.txt"]["published"] == dt.date(2022, 10, 31)
    assert rows["a.txt"]["published_method"] == "inferred"
    assert rows["b.txt"]["published"] is None
    assert rows["b.txt"]["published_method"] == "unknown"


def test_duplicates_and_missing_manifest_files_are_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Leaders met in Sochi.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Leaders met in Sochi.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,url,outlet,title,author,published,language,"
                                           "notes\nghost.txt,,,,,,,\n", encoding="utf-8")
    items, problems = list_corpus(tmp_path)
    assert [it.path.name for it in items] == ["a.txt"]
    text = "\n".join(str(p) for p in problems)
    assert "duplicate of" in text and "ghost.txt" in text


def test_a_date_line_at_the_top_is_the_publication_date(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Talks in the capital\nPosted on 2024-03-08 by Staff\n"
                                     "The ministers spoke on Friday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("On March 8, 2024, the ministers spoke.\nThey left.\n",
                                    encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2024, 3, 8)
    assert rows["a.txt"]["published_method"] == "inferred"
    assert "top of the article" in rows["a.txt"]["published_note"]
    # a date inside the article's first sentence is what happened, not when it was published
    assert rows["b.txt"]["published_method"] == "unknown"


def test_a_date_line_with_time_zone_and_update_stamp_gives_the_first_date(tmp_path: Path) -> None:
    # wire pages print the time with a zone offset and an update stamp on the same line: the
    # date before "Updated" is when the report appeared, the stamp after it is not
    body = "The envoys spoke by phone and agreed to talk again.\nA call is expected.\n"
    (tmp_path / "a.txt").write_text("Envoys talk\nMarch 5, 2021 9:10 PM GMT+4 Updated 3 hours ago\n"
                                     + body, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Envoys talk\nPosted 5 March 2021 | Updated 7 March 2021\n"
                                     + body, encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2021, 3, 5)
    assert rows["b.txt"]["published"] == dt.date(2021, 3, 5)


def test_a_date_line_under_the_article_is_the_publication_date(tmp_path: Path) -> None:
    # some outlets print the page date below the text; an update stamp there is not it, and
    # a closing sentence that merely contains a date is what happened
    body = ("Envoys agree to resume talks\nBAKU -- The two envoys spoke by phone on Tuesday.\n"
            "They plan to meet again soon.\nA further call is expected.\n")
    (tmp_path / "a.txt").write_text(body + "Posted: 21 June 2022\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(body + "Updated 23 June 2022\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(body + "They last met on 2 May 2022.\n", encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2022, 6, 21)
    assert "foot of the article" in rows["a.txt"]["published_note"]
    assert rows["b.txt"]["published"] is None
    assert rows["c.txt"]["published"] is None


def test_a_date_line_after_blank_lines_and_a_byline_with_a_us_zone(tmp_path: Path) -> None:
    # US wire pages: headline, blank line, byline, blank line, then the date with "EDT"
    (tmp_path / "a.txt").write_text("Envoys sign a road deal\n\nBy Staff Writers\n\n"
                                     "June 3, 2025, 11:05 AM EDT\n\nThe envoys signed.\n",
                                     encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2025, 6, 3)


def test_unbracketed_wire_credits_channel_calls_and_sourced_photo_lines_are_dropped() -> None:
    raw = ("Envoys trade maps at border commission session\n"
           "The two commissions exchanged draft maps of a northern section on Tuesday.\n"
           "Photo: Mher Grigoryan at the session. Source: Government press service\n"
           "Join our Viber channel for breaking news\n"
           "Writing by Ann Ray; Editing by Tom Lee\n"
           "Follow our coverage of the talks, which resume in June.\n")
    text = clean_text(raw).text
    assert "Viber" not in text and "Ann Ray" not in text and "Source:" not in text
    # a sentence of news that starts like a call to follow stays
    assert "Follow our coverage of the talks" in text


def test_a_date_line_carrying_the_outlet_name_is_the_publication_date(tmp_path: Path) -> None:
    # "date | Outlet": the name set off by a bar is page furniture, and the article's own
    # weekday-dated background ("Monday, May 8") must not be taken for the date instead
    body = "Talks resumed in Geneva on Monday, May 8, after a pause, officials said.\n"
    (tmp_path / "a.txt").write_text("Envoys resume talks\nPublished 16 May 2023 | Caucasus Wire\n"
                                     + body, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Envoys resume talks\n16 May 2023 | talks went on late\n"
                                     + body, encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2023, 5, 16)
    # a lower-case clause after the bar is a sentence, not a name: no date line
    assert "top of the article" not in rows["b.txt"]["published_note"]


def test_pointers_to_the_original_page_and_live_page_notes_are_dropped() -> None:
    raw = ("Ministers agree on a second border section\n"
           "The commissions agreed on a second section of the border on Friday.\n"
           "The original text is available in Russian only, officials said.\n"
           "The original article can be read here.\n"
           "More updates to follow.\n")
    text = clean_text(raw).text
    assert "can be read here" not in text and "updates to follow" not in text
    # a sentence of the report about an original text stays
    assert "available in Russian only" in text


def test_a_year_less_dateline_takes_its_year_from_the_update_stamp(tmp_path: Path) -> None:
    # the wire dateline gives the report's day without a year; the update stamp under the
    # text gives the year (the stamp's own day is not the report's: it came two days later);
    # across a new year the stamp's year is one too many, and a stamp months later says nothing
    body = ("The envoys spoke by phone and agreed to talk again.\nA call is expected soon.\n"
            "Both sides named their delegations.\nNo venue was given.\n")
    (tmp_path / "a.txt").write_text(
        "Envoys talk\nGYUMRI, DECEMBER 30, WIREPRESS. " + body + "Updated 01.01.2022, 09:15\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Envoys talk\nGYUMRI, MARCH 3, WIREPRESS. " + body + "Updated 14.11.2021, 09:15\n",
        encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2021, 12, 30)
    assert rows["a.txt"]["published_precision"] == "day"
    assert rows["b.txt"]["published"] is None


def test_a_date_line_with_a_glued_pm_or_a_leading_outlet_name(tmp_path: Path) -> None:
    # "12:41PM" is a clock time, and "Outlet, <date>" a page's date line; a headline with a
    # comma and a date is not
    body = "The envoys spoke by phone and agreed to talk again.\nA call is expected.\n"
    (tmp_path / "a.txt").write_text("Envoys talk\n4 Feb. 2021 - 12:41PM\n" + body,
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Envoys talk\nCaucasuswire, Feb 4, 2021\n" + body,
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text("Envoys talk in the capital, Feb 4, 2021\n" + body,
                                    encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2021, 2, 4)
    assert rows["b.txt"]["published"] == dt.date(2021, 2, 4)
    assert rows["c.txt"]["published"] is None


def test_a_date_line_led_by_an_outlet_name_with_a_slash(tmp_path: Path) -> None:
    # "NEWS/WIRE, <date>": a slash inside the outlet's name keeps it a name
    body = "The envoys spoke by phone and agreed to talk again.\nA call is expected.\n"
    (tmp_path / "a.txt").write_text("Envoys talk\nKW/TV Desk, 9 June 2022\n" + body,
                                    encoding="utf-8")
    assert _source_rows(tmp_path)["a.txt"]["published"] == dt.date(2022, 6, 9)


def test_a_dateline_with_its_year_dates_the_report(tmp_path: Path) -> None:
    # no date line on the page, but the dateline writes the full date: the report's day; a
    # year-less dateline alone still gives no date (the year is never guessed)
    body = "The envoys spoke by phone and agreed to talk again.\nA call is expected soon.\n"
    (tmp_path / "a.txt").write_text("Envoys talk\nGoris, June 2, 2021, Newswire: " + body,
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Envoys talk\nGoris, June 2, Newswire: " + body,
                                    encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2021, 6, 2)
    assert rows["b.txt"]["published"] is None


def test_a_breadcrumb_and_a_reading_time_badge_are_not_the_title_or_text() -> None:
    raw = ("Home » Caucasus / Diplomacy\nEnvoys map the border near Ijevan\n4 min read\n"
           "Surveyors from both commissions walked the line on Tuesday.\n"
           "Home to two thousand people, the village waited.\n")
    c = clean_text(raw)
    assert c.title == "Envoys map the border near Ijevan"
    assert "Home »" not in c.text and "min read" not in c.text
    assert "Home to two thousand people, the village waited." in c.text


def test_a_date_line_signed_by_an_agency_between_slashes(tmp_path: Path) -> None:
    # "City, <date> / Agency /": the agency's signature between slashes (spaced or not) is
    # page furniture; a lower-case clause between slashes is not a name
    body = "The envoys spoke by phone and agreed to talk again.\nA call is expected.\n"
    (tmp_path / "a.txt").write_text("Envoys talk\nGanja, 5 March 2022 / Azer Wire /\n" + body,
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Envoys talk\nGanja, 5 March 2022 /AzerWire/\n" + body,
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text("Envoys talk\nGanja, 5 March 2022 / it was cold /\n" + body,
                                    encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2022, 3, 5)
    assert rows["b.txt"]["published"] == dt.date(2022, 3, 5)
    assert rows["c.txt"]["published"] is None


def test_a_question_headline_in_a_link_list_and_a_page_tool_bar_are_dropped() -> None:
    c = clean_text("Refugees reach the border\nThousands crossed on Sunday.\n"
                   "Print | Email | Comments (0)\n"
                   "Related articles\nQueues at the checkpoint\nWho governs the region now?\n")
    assert c.text == "Refugees reach the border\nThousands crossed on Sunday."


def test_a_date_line_with_the_outlet_after_a_double_hyphen(tmp_path: Path) -> None:
    # plain-text pages write a dash as "--": "23 October 2024 -- Caucasus Digest"
    (tmp_path / "a.txt").write_text("Leaders meet in Kazan\n23 October 2024 -- Caucasus Digest\n"
                                     "The leaders met on Tuesday.\n", encoding="utf-8")
    assert _source_rows(tmp_path)["a.txt"]["published"] == dt.date(2024, 10, 23)


def test_share_buttons_one_per_line_are_not_article_text() -> None:
    # a share widget may list its networks one per line under its label; a sentence naming a
    # network keeps its line
    raw = ("Envoys met in Vienna on Friday.\nShare this:\nFacebook\nX\nLinkedIn\n"
           "Twitter users shared the joint photo widely.\n")
    assert clean_text(raw).text == ("Envoys met in Vienna on Friday.\n"
                                    "Twitter users shared the joint photo widely.")


def test_a_page_dated_only_by_its_own_note(tmp_path: Path) -> None:
    # an op-ed closing "This commentary was published on ..." and a Q&A opening "The interview
    # was recorded on ..." date themselves; a report the article is about does not date it
    body = "The envoys spoke last week and agreed to talk again.\nA call is expected.\n"
    (tmp_path / "a.txt").write_text("Small steps\n" + body + "This commentary was published on "
                                    "2 March 2024.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Q&A: the envoy\nThe interview was recorded on 14 May 2025 "
                                    "in Goris and edited for length.\n" + body, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Rights report\nThe report was published on 3 June 2024 by "
                                    "a watchdog.\n" + body, encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2024, 3, 2)
    assert rows["b.txt"]["published"] == dt.date(2025, 5, 14)
    assert rows["c.txt"]["published"] is None


def test_a_fact_check_dated_only_by_its_closing_note(tmp_path: Path) -> None:
    # a fact check (or an obituary) closing "This fact check was published on ..." dates itself
    body = "Claim: the truce was never broken.\nVerdict: false. Clashes came last Tuesday.\n"
    (tmp_path / "a.txt").write_text("FACT CHECK | Truce claims\n" + body + "This fact check was "
                                    "published on 18 September 2024.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Obituary: a diplomat\n" + body + "This obituary was first "
                                    "published on 4 March 2025.\n", encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2024, 9, 18)
    assert rows["b.txt"]["published"] == dt.date(2025, 3, 4)


def test_a_print_page_number_on_the_date_line_is_furniture(tmp_path: Path) -> None:
    # "Posted <date>, <time> | Page 3": the page number does not make the line a sentence,
    # and the lead's weekday-dated summit ("Friday, 8 August") is not the day of the page
    (tmp_path / "a.txt").write_text(
        "Leaders initial a text\nPosted 9 August 2025, 07:15 | Page 3\n"
        "The two leaders met in the capital on Friday, 8 August, and initialled a text.\n",
        encoding="utf-8")
    assert _source_rows(tmp_path)["a.txt"]["published"] == dt.date(2025, 8, 9)


def test_round62_a_reading_time_badge_on_the_date_line_is_furniture(tmp_path: Path) -> None:
    # "Posted <date> | 4 min read": the badge set off by a bar is a widget, not words of a
    # sentence, so the line still dates the page (numeric or written out)
    body = "The border commissions met on Tuesday in the border town, their aides said.\n"
    (tmp_path / "a.txt").write_text("Surveyors return\nPosted 27/03/2024 | 4 min read\n" + body,
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Surveyors return\nBy A. Writer\nPosted 27 March 2024 \u00b7 4-minute read\n" + body,
        encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == rows["b.txt"]["published"] == dt.date(2024, 3, 27)


def test_an_outlet_name_joined_by_and_or_after_a_label_on_the_date_line(tmp_path: Path) -> None:
    # "Desk and Politics Service | <date>", "Source: <Outlet> | <date>": still the page's date
    body = "Crowds marched on Thursday, officials said.\n"
    (tmp_path / "a.txt").write_text("Handover ends\nWar and Peace Desk | 24 May 2024\n" + body,
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Handover ends\nSource: Regional Daily | 24 May 2024\n" + body,
                                    encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == rows["b.txt"]["published"] == dt.date(2024, 5, 24)


def test_agency_datelines_with_their_year_date_the_page(tmp_path: Path) -> None:
    # a mixed-case dateline alone on its line with the desk in brackets and no dash, and an
    # agency's "City, day month year, AGENCY" with no comma before the year
    body = "\n\nThe two deputy premiers met at the border and signed a protocol.\n"
    (tmp_path / "a.txt").write_text("Gyumri, 4 June 2021 (Regional Desk)" + body,
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ganja, 4 June 2021, NEWSWIRE" + body, encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == rows["b.txt"]["published"] == dt.date(2021, 6, 4)


def test_editors_correction_and_update_notes_are_not_article_text() -> None:
    # a correction names the detail the story no longer says ("on Friday"): its day must not
    # become a fact; a timed live entry with news after the stamp stays
    raw = ("Envoys meet at the frontier\n"
           "UPDATE 3, 16:40: adds ministry comment, map\n"
           "The envoys met at the Ijevan crossing on Saturday, both ministries said.\n"
           "UPDATE, 17:05: The talks ended after four hours, a spokesman said.\n"
           "Clarification (Oct. 2): a previous draft said they met on Friday; it was Saturday.\n"
           "An earlier version of this report gave the wrong crossing.\n"
           "This report has been updated to add the ministry's comment.\n")
    c = clean_text(raw)
    assert "Friday" not in c.text and "adds ministry" not in c.text
    assert "earlier version" not in c.text and "has been updated" not in c.text
    assert "The talks ended after four hours" in c.text


def test_a_year_less_dateline_takes_the_year_of_a_year_only_manifest(tmp_path: Path) -> None:
    # the manifest knows the year, the wire dateline the day: together they date the report;
    # a dateline outside a month-precise manifest date leaves the manifest's month
    (tmp_path / "a.txt").write_text("KAZAN, October 23. /AGENCY/. The two leaders talked "
                                    "for an hour on Wednesday, aides said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes((tmp_path / "a.txt").read_bytes() + b"\n")
    (tmp_path / "manifest.csv").write_text(
        "file,url,outlet,title,author,published,language,notes\n"
        "a.txt,,,,,2024,en,\nb.txt,,,,,2024-09,en,\n", encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert (rows["a.txt"]["published"], rows["a.txt"]["published_precision"]) == (
        dt.date(2024, 10, 23), "day")
    assert (rows["b.txt"]["published"], rows["b.txt"]["published_precision"]) == (
        dt.date(2024, 9, 1), "month")


def test_a_bulletins_as_of_stamp_with_an_hour_dates_the_page(tmp_path: Path) -> None:
    # a defence ministry's situation report opens with the hour and day it describes; a bare
    # "As of <date>" (a data cut-off) is no date line
    body = "Shelling went on along the front during the night, the ministry said.\n"
    (tmp_path / "a.txt").write_text("Situation report\nAs of 08:00, 5 October 2020\n" + body,
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Situation report\nAs of 5 October 2020\n" + body,
                                    encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2020, 10, 5)
    assert rows["b.txt"]["published_method"] == "unknown"


def test_a_mixed_case_dateline_with_a_numeric_full_date_dates_the_page(tmp_path: Path) -> None:
    # "City, dd.mm.yyyy - " opens the report: its day is the day the page appeared
    (tmp_path / "a.txt").write_text(
        "Assembly suspends delegation\n\nStrasbourg, 23.01.2024 - Deputies voted late on "
        "Tuesday to suspend the delegation.\n", encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2024, 1, 23)


def test_a_city_then_a_date_with_no_comma_is_a_press_release_date_line(tmp_path: Path) -> None:
    # an institution's release: "City dd/mm/yyyy" alone on its line; a title-case headline
    # of several words before a date is not read as one
    body = "\n\nThe committee adopted its report on the prisoners' cases.\n"
    (tmp_path / "a.txt").write_text("Report adopted\n\nGeneva 17/11/2023" + body,
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Committee Adopts Report 7 November 2023" + body,
                                    encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2023, 11, 17)
    assert rows["b.txt"]["published"] is None


def test_a_correction_note_giving_its_own_day_is_not_article_text() -> None:
    # the note's "on 5 May" is the day of the fix, and the figure it says was wrong is no
    # fact: neither may be read as a release of prisoners on 5 May
    raw = ("Prisoners freed at the border\n"
           "Nine detainees were handed over at the Margara crossing on Tuesday.\n"
           "Editor's note: This story was amended on 5 May to say that nine, not ten, were freed.\n"
           "This report was published on 3 May 2024.\n")
    c = clean_text(raw)
    assert "amended" not in c.text and "5 May" not in c.text
    assert "published on 3 May 2024" in c.text


def test_a_share_this_page_line_is_no_article_text() -> None:
    # an institution's press page closes with "Share this page": furniture, as "Share" is
    c = clean_text("Envoys meet in Geneva\nThe envoys met on Friday.\nShare this page\n")
    assert "Share" not in c.text and c.text.rstrip().endswith("on Friday.")


def test_a_live_pages_relative_stamps_are_furniture_but_a_sentence_is_kept() -> None:
    # "Updated 3 hours ago" counts from the moment the page was read: web furniture, as a
    # share bar is; a sentence ending in "ago" is the article's own words
    raw = ("Leaders sign declaration at the White House\nUpdated 3 hours ago\n"
           "The ministers initialled the text, officials said.\n1 min ago\n"
           "They had met in Abu Dhabi a month ago.\n")
    c = clean_text(raw)
    assert "hours ago" not in c.text and "1 min ago" not in c.text
    assert "They had met in Abu Dhabi a month ago." in c.text


def test_a_stamp_with_seconds_or_a_numeric_zone_is_a_date_line(tmp_path: Path) -> None:
    # a news agency's foot stamp "Timestamp: 2021-06-12 19:40:03 GMT+4" or an ISO date-time
    # is the day the page appeared; the clock's seconds and zone are not words of a headline
    body = "\nFifteen detainees were handed over on Saturday, officials said.\n"
    (tmp_path / "a.txt").write_text(
        "Detainees freed\n\n" + body + "More to follow.\nTimestamp: 2021-06-12 19:40:03 GMT+4\n"
        "Editor: J. Doe\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Detainees freed\n2021-06-12T19:40:03+04:00\n" + body,
                                    encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2021, 6, 12)
    assert rows["b.txt"]["published"] == dt.date(2021, 6, 12)


def test_a_reposted_wire_story_is_dated_by_its_dateline(tmp_path: Path) -> None:
    # the page of 14 October carries agency copy filed on 11 October: its "yesterday" is
    # the 10th, so the report's day is the dateline's, in the page's year
    (tmp_path / "a.txt").write_text(
        "TBILISI, OCTOBER 11, AGENCY. The envoys met yesterday in the Georgian capital, "
        "the foreign ministry said.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,url,outlet,title,author,published,language,notes\n"
        "a.txt,,,,,2022-10-14,en,\n", encoding="utf-8")
    row = _source_rows(tmp_path)["a.txt"]
    assert (row["published"], row["published_method"]) == (dt.date(2022, 10, 11), "manifest")


def test_a_day_heading_of_a_running_account_is_no_repost_dateline(tmp_path: Path) -> None:
    # "Monday, 2 October —" opens the first day of a week told day by day: the page keeps the
    # manifest's date (the last day told), it is not a report filed on the 2nd
    (tmp_path / "a.txt").write_text(
        "The week in review\n\nMonday, 2 October —\nThe envoys met in Tbilisi.\n\n"
        "Thursday, 5 October —\nThe leaders spoke by phone.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,url,outlet,title,author,published,language,notes\n"
        "a.txt,,,,,2023-10-07,en,\n", encoding="utf-8")
    assert _source_rows(tmp_path)["a.txt"]["published"] == dt.date(2023, 10, 7)


def test_a_page_of_the_day_after_its_dateline_keeps_its_own_date(tmp_path: Path) -> None:
    # a story filed late on the 3rd and put up on the 4th, where a later paragraph tells what
    # happened "on Sunday" (the 4th): one day's gap is no repost
    (tmp_path / "a.txt").write_text(
        "Prague, March 3 (Agency) - The two ministers met on Saturday. Baku said on Sunday "
        "that the talks would go on.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,url,outlet,title,author,published,language,notes\n"
        "a.txt,,,,,2024-03-04,en,\n", encoding="utf-8")
    assert _source_rows(tmp_path)["a.txt"]["published"] == dt.date(2024, 3, 4)


def test_an_update_stamp_heading_the_page_leaves_the_report_on_its_dateline(
        tmp_path: Path) -> None:
    # "Updated" is when the page changed; a wire dateline a day or two before is when the
    # report was filed (a stamp without a dateline still dates the page)
    body = "The ministers met on Monday in Almaty, the ministry said.\n"
    (tmp_path / "a.txt").write_text(
        "Ministers meet\nLast updated: 02.01.2024, 08:15\nALMATY, December 31. /AGENCY/. "
        + body, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ministers meet\nLast updated: 02.01.2024, 08:15\n" + body,
                                    encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2023, 12, 31)
    assert rows["b.txt"]["published"] == dt.date(2024, 1, 2)


def test_a_press_release_date_between_dashes_after_the_dateline_dates_the_page(
        tmp_path: Path) -> None:
    # round 30: "VIENNA (OSCE) – 2 March 2022 – ..." (a press release's house style): the date
    # between the dashes is the page's, and it belongs to the dateline, not the first sentence
    from karabakh_data.text import datelines

    body = "The mission's staff visited two detention sites on Tuesday.\n"
    (tmp_path / "a.txt").write_text("Visit to detainees\nVIENNA (OSCE) – 2 March 2022 – " + body,
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Visit to detainees\nVienna (OSCE) - 02.03.2022 - " + body,
                                    encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2022, 3, 2)
    assert rows["b.txt"]["published"] == dt.date(2022, 3, 2)
    text = "LONDON (Agency) – 9 May 2021 – Talks resumed."
    assert [text[a:b] for a, b in datelines(text)] == ["LONDON (Agency) – 9 May 2021 – "]


def test_a_bar_of_widgets_each_furniture_is_furniture() -> None:
    from karabakh_data.corpus import is_boilerplate

    assert is_boilerplate("Follow us on Instagram | Subscribe to our weekly newsletter")
    assert is_boilerplate("Print | Send | Share")
    # a bar whose parts are not all furniture is article text
    assert not is_boilerplate("Share | Talks resume in Brussels on Monday")


def test_a_foot_line_with_the_report_day_before_its_last_update_dates_the_page(
        tmp_path: Path) -> None:
    # round 32: "Published 14.02.2023 at 08:15 | Last update 14.02.2023 at 12:30" closing a
    # page is its date line (the day before the stamp is the report's); "Last update" is an
    # update stamp as "Updated" is, so a foot line holding only one still dates nothing
    body = ("Deputies vote on the delegation\nThe assembly voted on Tuesday after a long debate.\n"
            "Both sides gave speeches.\nThe result was close.\n")
    (tmp_path / "a.txt").write_text(
        body + "Published 14.02.2023 at 08:15 | Last update 14.02.2023 at 12:30\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(body + "Last update 15.02.2023 at 12:30\n", encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2023, 2, 14)
    assert "foot of the article" in rows["a.txt"]["published_note"]
    assert rows["b.txt"]["published"] is None


def test_a_date_opening_the_headline_is_the_page_date_but_not_the_news_date(tmp_path: Path
                                                                            ) -> None:
    # some sites print their date stamp into the headline; the stamp dates the page, and an
    # ambiguous numeric day (April or March) or a chronology's first entry is no stamp
    body = "\n\nThe two envoys handed over the detainees at the frontier yesterday.\n"
    (tmp_path / "a.txt").write_text("21/04/2022 | Detainees go home after talks" + body,
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("04/03/2022 - Detainees go home after talks" + body,
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text("3 May 2021 - Border posts set up near the lake\n"
                                    "9 May 2021 - Envoys meet in the capital\n", encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2022, 4, 21)
    assert "headline" in rows["a.txt"]["published_note"]
    assert rows["b.txt"]["published"] is None
    assert rows["c.txt"]["published"] is None


def test_the_headline_stamp_lends_no_date_to_the_headline_news() -> None:
    from karabakh_data.corpus import headline_stamp
    from karabakh_data.nlp import analyse

    text = "2 June 2024 | Border shelling leaves a village without power\n\nIt started at dawn."
    stamp = headline_stamp(text)
    assert stamp is not None and text[stamp[1]:stamp[2]] == "2 June 2024"
    doc = Document(source_id="s", path="s.txt", clean_text=text, raw_text=text,
                   published=dt.date(2024, 6, 2), published_precision="day")
    assert analyse(doc).sentences[0].dates == []
    assert headline_stamp("Talks resume\n\n2 June 2024 | Border posts set up") is None


def test_a_foot_line_signed_by_an_agency_after_a_comma_dates_the_page(tmp_path: Path) -> None:
    # round 34: "Baku, 21 June 2024, AZERTAC." closing a page is its date line, as "Baku 21
    # June 2024" is; a foot sentence holding a date and a name after a comma is not
    body = ("Envoys review the draft\nThe envoys met on Thursday in the capital.\n"
            "They spoke for two hours.\nNo text was released.\n")
    (tmp_path / "a.txt").write_text(body + "Baku, 21 June 2024, AZERTAC.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(body + "The talks ended on 21 June 2024, Azertac said.\n",
                                    encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2024, 6, 21)
    assert "foot of the article" in rows["a.txt"]["published_note"]
    assert rows["b.txt"]["published"] is None


def test_a_nameless_correspondent_byline_on_the_date_line(tmp_path: Path) -> None:
    # (round 37) "From our correspondent in <City> | <date>": a byline without a name is
    # furniture of the date line as "By <name>" is; a sentence opening so is no date line
    body = "\nThe envoys met on Tuesday at the border crossing, officials said.\n"
    (tmp_path / "a.txt").write_text(
        "Envoys meet again\nFrom our correspondent in Gyumri | 5 March 2024\n" + body,
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Envoys meet again\nFrom our own correspondents, 05.03.2024\n" + body, encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        "Envoys meet again\nFrom our correspondent in Gyumri, crowds gathered on 5 March 2024\n"
        + body, encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == rows["b.txt"]["published"] == dt.date(2024, 3, 5)
    assert rows["c.txt"]["published"] is None


def test_a_day_in_words_glued_to_the_headline_dates_the_page(tmp_path: Path) -> None:
    # round 45: "12 March 2024 Analysis: ..." opening the headline, no separator: the page's
    # stamp, not the news of the body; a day in words with no year glued there is not one
    body = "\n\nThe two envoys met in Vienna on Monday.\n"
    (tmp_path / "a.txt").write_text("12 March 2024 Analysis: what the envoys want" + body,
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("12 March Analysis: what the envoys want" + body,
                                    encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2024, 3, 12)
    assert "headline" in rows["a.txt"]["published_note"]
    assert rows["b.txt"]["published"] is None


def test_a_figures_date_glued_to_the_ledes_first_word_dates_the_page(tmp_path: Path) -> None:
    # round 43: "03.02.2022 Four envoys ..." under the headline: a stamp a scraper glued to
    # the lede with no separator (no writer opens a sentence with a date in figures); it dates
    # the page but not the lede's news. Round 45: so is a day in words with its year glued to
    # a capitalised word; with a comma after it, it opens the lede's sentence and is prose
    body = " Four envoys crossed into the town on Sunday and left the next day.\n"
    (tmp_path / "a.txt").write_text("Envoys visit the border\n\n03.02.2022" + body,
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Envoys visit the border\n\n3 February 2022" + body,
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text("Envoys visit the border\n\n3 February 2022," + body,
                                    encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2022, 2, 3)
    assert "first line" in rows["a.txt"]["published_note"]
    assert rows["b.txt"]["published"] == dt.date(2022, 2, 3)
    assert rows["c.txt"]["published"] is None


def test_round47_a_source_credit_with_a_date_at_the_foot_dates_the_page(tmp_path: Path) -> None:
    # round 47: a readout ending "Source: press service of the X, 24.10.2024" (no other date
    # line) appeared that day; a credit line naming no full date gives no date
    body = "The president met the envoy on Friday.\n\nThe talks lasted two hours.\n\n"
    (tmp_path / "a.txt").write_text("Envoy received\n\n" + body
                                    + "Source: press office of the president, 12.03.2024\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Envoy received\n\n" + body
                                    + "Source: press office of the president\n", encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2024, 3, 12)
    assert rows["b.txt"]["published"] is None


def test_round57_a_stamps_clock_city_and_a_desks_credit_are_date_line_furniture(
        tmp_path: Path) -> None:
    # probe round 57: "Last updated 14.03.2022 09:10 (Baku)" over a live page names the clock's
    # city after the time, and "Prepared by the regional desk, 7 June 2021." closing a digest is
    # a desk's credit: both lines are little more than a date, and date an undated page; a
    # city that is not the clock's (no time before it) still makes the line prose
    body = "The envoys crossed the border on Monday.\n\nThe talks went on all day.\n\n"
    (tmp_path / "a.txt").write_text("Live: border talks\nLast updated 14.03.2022 09:10 (Baku)\n\n"
                                    + body, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Digest\n\n" + body + "More soon.\n\n"
                                    "Prepared by the regional desk, 7 June 2021.\n",
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text("Live: border talks\nLast updated 14.03.2022 (Baku)\n\n"
                                    + body, encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2022, 3, 14)
    assert rows["b.txt"]["published"] == dt.date(2021, 6, 7)
    assert rows["c.txt"]["published"] is None


def test_readers_comments_under_a_comments_header_are_cut() -> None:
    # (round 60) Under "2 comments" the page holds readers' posts, each with its name, time
    # stamp and "Reply" link; "X met Y in Minsk" there is a reader's claim, not the article's.
    raw = ("Envoys discuss a new crossing on the northern border\n"
           "The deputy foreign ministers of both countries spent Tuesday in Tbilisi discussing "
           "a new crossing point on the northern section of the border.\n"
           "2 comments\n"
           "Samvel_T says:\n"
           "12 June 2024 at 21:40\n"
           "The envoys met in Minsk last spring as well and agreed nothing.\n"
           "Reply\n")
    c = clean_text(raw)
    assert c.text.endswith("section of the border.")
    assert "Minsk" not in c.text and "Reply" not in c.text
    # a toolbar's "2 comments" under the headline heads the article, not comments
    top = ("Envoys discuss a new crossing\n2 comments\n12 June 2024 at 21:40\n"
           "The deputy foreign ministers of both countries spent Tuesday in Tbilisi discussing "
           "a new crossing point.\nThey met again in Minsk on Wednesday.\n")
    assert "Minsk on Wednesday" in clean_text(top).text


def test_most_read_lists_after_the_body_are_other_stories() -> None:
    # (round 60) "Most viewed" under the body heads other stories' headlines; the label at the
    # top of the page, before the headline, drops only itself.
    raw = ("Border guards report a quiet night in Tavush\n"
           "Guards on both sides reported no incidents overnight, the service said on Monday.\n"
           "Most viewed\n"
           "Foreign ministers to meet in Astana next week\n"
           "Prime minister says the treaty text is nearly ready\n"
           "The service said patrols would continue through the month.\n")
    text = clean_text(raw).text
    assert "Astana" not in text and "treaty text" not in text
    assert text.endswith("through the month.")
    top = "Most viewed\nForeign ministers meet in Astana\nThe two ministers met on Monday.\n"
    assert clean_text(top).text.startswith("Foreign ministers meet in Astana")


def test_consent_banners_skip_links_newsletter_prompts_and_repeated_headlines() -> None:
    # (round 60) A consent banner naming the outlet, a skip link, a promotion for a briefing
    # "in your inbox" and a headline printed twice stood above the date line, which was then
    # no longer among the first four lines: the page had no publication date.
    raw = ("The Caspian Courier uses cookies to measure traffic. By continuing you accept this.\n"
           "Skip to main content\n"
           "Get our Friday digest delivered to your inbox. Subscribe now\n"
           "Deputy premiers inspect the border road\n"
           "Deputy premiers inspect the border road\n"
           "By Nune Sargsyan\n"
           "14 August 2024\n"
           "The two deputy prime ministers drove along the new road on Wednesday.\n")
    c = clean_text(raw)
    assert c.text.split("\n")[:3] == ["Deputy premiers inspect the border road",
                                       "By Nune Sargsyan", "14 August 2024"]
    assert c.title == "Deputy premiers inspect the border road"


def test_agency_photographer_credit_marks_a_caption() -> None:
    # (round 60) "REUTERS/Name/File Photo" closing a line: a wire picture's caption, however
    # it is dated, is weaker than the body
    raw = ("Ministers sign a transit protocol\n"
           "The foreign ministers of Kazakhstan and Azerbaijan shake hands in Astana, Kazakhstan, "
           "May 2, 2024. REUTERS/Aigerim Sultanova/File Photo Purchase Licensing Rights\n"
           "ASTANA, May 9 (Reuters) - The ministers signed the protocol on Thursday.\n")
    c = clean_text(raw)
    start = c.text.index("The foreign ministers")
    assert c.captions == [(start, c.text.index("\nASTANA"))]
    # a sentence naming an agency before a slash is no caption
    assert clean_text("Talks resumed.\nThe NATO/EU summit opened in Vilnius.\n").captions == []


def test_author_bio_at_the_foot_is_dropped() -> None:
    # (round 60) The author's bio closing the page tells the author's past work ("she covered
    # the Minsk summit of 2021"), no fact of the article; a closing sentence about another
    # person is kept.
    raw = ("Ceasefire holds along the line\n"
           "By Karine Hovsepyan\n"
           "The ceasefire held for a third day on Sunday, both defence ministries said.\n"
           "Karine Hovsepyan is a reporter based in Goris. She covered the Minsk summit of "
           "the three leaders in 2021.\n")
    c = clean_text(raw)
    assert c.text.endswith("both defence ministries said.") and "Minsk" not in c.text
    other = raw.replace("Karine Hovsepyan is a reporter", "Anna Tadevosyan is a reporter")
    assert "Minsk summit" in clean_text(other).text
    # the manifest's author names the bio when the page prints no byline
    nobyline = raw.replace("By Karine Hovsepyan\n", "")
    assert "Minsk" in clean_text(nobyline).text
    assert "Minsk" not in clean_text(nobyline, "Karine Hovsepyan").text


def test_date_and_time_glued_to_the_headline_date_the_page() -> None:
    # (round 60) "7 June 2024, 11:05Foreign ministers ...": a scraper glued the page's stamp to
    # the headline's first word with no space; it was read as neither a date line nor a
    # headline, and the page had no date.
    c = clean_text("7 June 2024, 11:05Foreign ministers meet in Astana\n"
                   "The ministers met on Friday.\n")
    assert c.glued_date == dt.date(2024, 6, 7)
    assert c.text.startswith("Foreign ministers meet in Astana")
    # a day with a space after it is a headline's own date, left in place
    c = clean_text("7 June 2024 Foreign ministers meet\nThe ministers met on Friday.\n")
    assert c.glued_date is None and c.text.startswith("7 June 2024")


def _raw_of(raw: str, c, word: str) -> str:
    """The raw words behind the first `word` of the clean text `c`."""
    doc = Document("x", "x", c.text, raw, None, None, segments=tuple(c.segments),
                   wide=tuple(c.wide))
    i = c.text.index(word)
    rs, re_ = doc.raw_span(i, i + len(word))
    return raw[rs:re_]


def test_mojibake_and_html_entities_read_as_their_characters() -> None:
    # round 61: UTF-8 read as Windows-1252, and entities a feed left escaped
    raw = ("Notes from the Kyiv desk\n"
           "Hungaryâ€™s envoy met GÃ¶khan Ã–zdemir on Monday, the ministry said.\n"
           "&quot;Tbilisi &amp; Yerevan agree,&quot; the envoy&#8217;s aide said.&nbsp;No more.\n"
           "â€œA full stopâ€\x9d, Â\u00a0she added.\n")
    c = clean_text(raw)
    assert c.text.split("\n")[1:] == [
        "Hungary’s envoy met Gökhan Özdemir on Monday, the ministry said.",
        '"Tbilisi & Yerevan agree," the envoy’s aide said. No more.',
        "“A full stop”, she added."]
    assert _raw_of(raw, c, "Hungary’s") == "Hungaryâ€™s"
    assert _raw_of(raw, c, "envoy’s") == "envoy&#8217;s"
    assert _raw_of(raw, c, '"Tbilisi & Yerevan agree,"') == \
        "&quot;Tbilisi &amp; Yerevan agree,&quot;"
    assert _raw_of(raw, c, "stop”") == "stopâ€\x9d"
    # a word that only looks like mojibake is not one: "Ã" before no continuation stays
    assert clean_text("The crew of the vessel São Tomé left Ãnd stayed.").text == \
        "The crew of the vessel São Tomé left Ãnd stayed."


def test_invisible_characters_inside_names_and_numbers_are_dropped() -> None:
    # round 61: soft hyphens, zero-width characters and a byte-order mark mid-text
    raw = ("A field report today\n\ufeffThe envoy Mirzo\u00adyan met Bay\u200bra\u200dmov; "
           "12\u2060400 people left.\n")
    c = clean_text(raw)
    assert c.text == "A field report today\nThe envoy Mirzoyan met Bayramov; 12400 people left."
    assert _raw_of(raw, c, "Bayramov;") == "Bay\u200bra\u200dmov;"


def test_markdown_mail_quotes_and_html_tags_are_dropped() -> None:
    # round 61: a forwarded newsletter's "> " lines, Markdown marks and tags left by a feed
    raw = ("> # The weekly letter\n>\n> **Tbilisi.** The delegations met at [the palace]"
           "(https://example.org/p) on Monday.\n"
           "&lt;p&gt;The envoy left.&lt;/p&gt; <br/>Talks <em>resume</em> soon.\n"
           "The rate fell 3 < 4 and #tags stay.\n")
    c = clean_text(raw)
    assert c.text == ("The weekly letter\nTbilisi. The delegations met at the palace on Monday.\n"
                      "The envoy left. Talks resume soon.\nThe rate fell 3 < 4 and #tags stay.")
    assert _raw_of(raw, c, "the palace on") == "the palace](https://example.org/p) on"


def test_an_e_mail_sent_line_is_the_publication_date(tmp_path: Path) -> None:
    # round 61: a newsletter saved from a mail client
    (tmp_path / "a.txt").write_text(
        "From: Desk <desk@example.org>\nSent: Tuesday, March 12, 2024 6:05 PM\n"
        "Subject: Border talks\nThe commissions met on Monday.\n", encoding="utf-8")
    row = _source_rows(tmp_path)["a.txt"]
    assert row["published"] == dt.date(2024, 3, 12)
    assert "Sent:" in row["published_note"]


def test_a_more_explainers_link_line_with_its_headlines_is_not_article_text() -> None:
    # round 61: "More explainers: A | B" lists other pages; "the 2020 war" in a headline of it
    # is no war told by this article
    raw = ("Border commissions meet in Gabala\n"
           "The commissions met on Friday to agree rules of procedure.\n"
           "More explainers: The Zangezur route | The 2020 war in maps\n"
           "More analysis: Why the talks stalled\n")
    text = clean_text(raw).text
    assert "Zangezur" not in text and "stalled" not in text
    assert "rules of procedure" in text


def test_round62_manifest_dates_as_users_write_them(tmp_path: Path) -> None:
    # a spreadsheet's day-first date, a written month, an ISO stamp with its zone (its calendar
    # day as written, never shifted), a mail header's date; a day/month that could be either
    # way round is left empty with a clear reason
    body = "The envoys met in Tbilisi and agreed to talk again before the winter, aides said.\n"
    names = ("a.txt", "b.txt", "c.txt", "d.txt", "e.txt")
    for k, n in enumerate(names):
        (tmp_path / n).write_text(f"Envoys meet ({k})\n" + body, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,url,outlet,title,author,published,language,notes\n"
        "a.txt,,,,,30/09/2021,,\nb.txt,,,,,\"Sep 30, 2021\",,\n"
        "c.txt,,,,,2021-09-30T23:40:00-05:00,,\nd.txt,,,,,\"Thu, 30 Sep 2021 07:02:11 +0000\",,\n"
        "e.txt,,,,,04/09/2021,,\n", encoding="utf-8")
    manifest, problems = read_manifest(tmp_path)
    assert [manifest[n]["published"] for n in names] == ["2021-09-30"] * 4 + [""]
    assert len(problems) == 1 and "e.txt" in str(problems[0]) and "month" in str(problems[0])
    rows = _source_rows(tmp_path)
    assert rows["a.txt"]["published"] == dt.date(2021, 9, 30)
    assert rows["a.txt"]["published_method"] == "manifest"
    assert "'30/09/2021'" in rows["a.txt"]["published_note"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_round62_text_saved_with_a_unicode_byte_order_mark_is_read(encoding: str) -> None:
    text = "Mirzoyan and Bayramov met in Geneva.\r\nThey spoke for “four hours”.\r\n"
    data = (("\ufeff" + text).encode(encoding) if encoding == "utf-16-be"
            else text.encode(encoding))
    assert decode(data, "f.txt") == text


def test_round62_a_windows_1252_page_is_read_when_nearly_all_ascii() -> None:
    # an English article a Windows tool saved: a curly apostrophe and one accented name
    data = ("The minister\x92s aide said Mr Jos\xe9 Gomes would travel to Yerevan on Monday "
            "for a second round of consultations with both delegations.").encode("latin-1")
    assert "minister’s" in decode(data, "f.txt") and "José" in decode(data, "f.txt")
    # a text in another single-byte code page is mostly such bytes: not guessed
    with pytest.raises(CorpusError, match="not UTF-8"):
        decode("Переговоры в Ереване продолжились".encode("cp1251"), "f.txt")


def test_round62_an_error_or_paywall_page_is_no_article(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").write_text(
        "Menu\nOops! That page can't be found.\n404 - Not Found\nTrending now\n"
        "Mirzoyan to visit Tehran next week, ministry says\nBack to homepage\n", encoding="utf-8")
    (tmp_path / "locked.txt").write_text(
        "Baku hosts energy ministers\nSubscribe to keep reading\n"
        "Just €2 a week for the first year\n", encoding="utf-8")
    (tmp_path / "teaser.txt").write_text(
        "Baku hosts energy ministers\nThe energy ministers of six countries gathered in Baku "
        "on Monday to discuss a cable under the Black Sea, officials said.\n"
        "Subscribe to keep reading\nAlready a subscriber? Sign in\n", encoding="utf-8")
    for name in ("gone.txt", "locked.txt"):
        with pytest.raises(CorpusError, match="no article"):
            load_document(tmp_path / name, name)
    doc, _row = load_document(tmp_path / "teaser.txt", "teaser.txt")
    assert "Subscribe" not in doc.clean_text and "Sign in" not in doc.clean_text
    assert doc.clean_text.endswith("officials said.")


def test_round62_amp_and_print_furniture_is_no_article_text() -> None:
    c = clean_text("Envoys meet in Vienna\nOpen in app\nCopy link\nThe envoys met in Vienna on "
                   "Friday and agreed to meet again in the spring, the ministry said.\n"
                   "This page was printed from https://news.example/vienna?output=print\n"
                   "Printed on Mar 3, 2022 at 4:05 PM\n")
    assert c.text == ("Envoys meet in Vienna\nThe envoys met in Vienna on Friday and agreed to "
                      "meet again in the spring, the ministry said.")


def test_round62_a_declared_language_is_a_bcp47_tag_in_its_usual_case(tmp_path: Path) -> None:
    for n in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / n).write_text(f"Talks ({n})\nThe two delegations met in Vienna on Friday "
                                  "and spoke for several hours, officials said.\n",
                                  encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,url,outlet,title,author,published,language,notes\n"
        "a.txt,,,,,,EN,\nb.txt,,,,,,en_us,\nc.txt,,,,,,English,\n", encoding="utf-8")
    rows = _source_rows(tmp_path)
    assert [rows[n]["language"] for n in ("a.txt", "b.txt", "c.txt")] == \
        ["en", "en-US", "English"]


def test_round62_an_update_stamp_a_day_after_the_dateline(tmp_path: Path) -> None:
    # the stamp is when the story was changed; the wire dateline the day before is its report
    (tmp_path / "a.txt").write_text(
        "Ministers meet\nUpdated: 04.03.2022 11:20\n\nTBILISI, March 3 (Wire) - The ministers "
        "met on Thursday, the ministry said.\n", encoding="utf-8")
    row = _source_rows(tmp_path)["a.txt"]
    assert row["published"] == dt.date(2022, 3, 3)


def test_round62_a_date_line_opening_the_page_is_no_title(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Posted: 17/03/2022 18:40 | Updated: 18/03/2022 09:00\nThe envoys met in Vienna on "
        "Monday, their aides said.\nA further round is planned.\n", encoding="utf-8")
    row = _source_rows(tmp_path)["a.txt"]
    assert row["title"] is None and row["published"] == dt.date(2022, 3, 17)


def test_round62_a_readouts_numeric_dateline_with_a_full_stop_dates_the_page(
        tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Joint readout\n\nTbilisi/Ankara, 07.03.2022. Today the delegations met and agreed on "
        "a schedule for the next round, the two ministries said.\n", encoding="utf-8")
    row = _source_rows(tmp_path)["a.txt"]
    assert row["published"] == dt.date(2022, 3, 7) and row["published_method"] == "inferred"
