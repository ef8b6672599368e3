"""Sentence segmentation keeps offsets and respects abbreviations."""

from karabakh_data.text import sentence_index, sentence_spans


def test_abbreviations_do_not_split() -> None:
    t = "Mr. Smith met U.S. envoys on Friday. They talked for an hour."
    spans = sentence_spans(t)
    assert [t[s:e] for s, e in spans] == ["Mr. Smith met U.S. envoys on Friday.",
                                          "They talked for an hour."]


def test_quote_closing_after_period_stays_with_sentence() -> None:
    t = "“We are ready.” The minister left. “Really?” she asked."
    assert [t[s:e] for s, e in sentence_spans(t)] == [
        "“We are ready.”", "The minister left.", "“Really?” she asked."]


def test_newlines_end_headlines_and_lowercase_continuations_do_not_split() -> None:
    t = "A headline without a stop\nThe area is 3.5 sq. km in size. it continues."
    spans = sentence_spans(t)
    assert t[spans[0][0]:spans[0][1]] == "A headline without a stop"
    assert len(spans) == 2
    assert sentence_index(spans, t.index("continues")) == 1


def test_word_before_a_period_is_read_past_ascii_and_long_runs() -> None:
    # The run of letters before a period is found by stripping ASCII letters from a short
    # slice; a non-ASCII letter or a run longer than the slice must still be read whole.
    from karabakh_data.text import _word_start

    for t in ("They met Mr. Øberg there.", "It was Ağ. Then rain.", "x" * 40 + ". Next",
              "A.B.C.D.E.F.G.H.I.J.K.L.M.N. Done.", "ŞU.S. envoys", ".. ."):
        for dot in (i for i, c in enumerate(t) if c == "."):
            i = dot
            while i > 0 and (t[i - 1].isalpha() or t[i - 1] == "."):
                i -= 1
            assert _word_start(t, dot) == i, (t, dot)
    t = "The delegates waited in Ağ. Then the talks resumed."
    assert [t[s:e] for s, e in sentence_spans(t)] == [
        "The delegates waited in Ağ.", "Then the talks resumed."]


def test_initials_of_any_script_do_not_end_a_sentence() -> None:
    t = "The summit was opened by É. Laurent and Ş. Quliyev in the morning. Talks followed."
    assert [t[s:e] for s, e in sentence_spans(t)] == [
        "The summit was opened by É. Laurent and Ş. Quliyev in the morning.",
        "Talks followed."]


def test_a_sentence_may_start_with_a_capital_outside_ascii() -> None:
    t = "The envoys left on Monday. Élysée aides then briefed reporters. Çingiz stayed."
    assert [t[s:e] for s, e in sentence_spans(t)] == [
        "The envoys left on Monday.", "Élysée aides then briefed reporters.", "Çingiz stayed."]
    # a lower-case letter outside ASCII still continues the sentence
    assert len(sentence_spans("The area is 2 sq. ém wide.")) == 1


def test_dateline_filed_from_two_cities() -> None:
    from karabakh_data.text import datelines

    t = "A headline\nTBILISI/ANKARA, Nov 2 (Wire) - The envoys met.\nBaku/Tbilisi, 4 May: More."
    assert [t[s:e] for s, e in datelines(t)] == ["TBILISI/ANKARA, Nov 2 (Wire) - ",
                                                 "Baku/Tbilisi, 4 May: "]


def test_datelines_without_a_date() -> None:
    # wire copy names the city and the agency only; the city is no actor of the report
    from karabakh_data.text import datelines

    t = ("Headline of the day\nTBILISI (Wire) - The envoys met.\nKAZAN -- They spoke.\n"
         "ANKARA, Some Agency -- Aides said.\nTbilisi (Wire) — Talks ended.\n"
         "Tbilisi /Wire/. Talks resumed.\nANKARA, JUNE 3, WIREPRESS. Ministers met.\n"
         "Ankara, June 3, WIRE The ministers met.\nAnkara, Turkey, June 3 (Wire) - Done.\n"
         "Pashinyan (left) - the premier - spoke.\nAnkara, June 3, the ministers met.\n")
    assert [t[s:e] for s, e in datelines(t)] == [
        "TBILISI (Wire) - ", "KAZAN -- ", "ANKARA, Some Agency -- ", "Tbilisi (Wire) — ",
        "Tbilisi /Wire/. ", "ANKARA, JUNE 3, WIREPRESS. ", "Ankara, June 3, WIRE ",
        "Ankara, Turkey, June 3 (Wire) - "]


def test_dateline_closed_by_a_full_stop_with_the_agency_named_later() -> None:
    from karabakh_data.text import datelines
    text = "GORIS, Armenia, Oct. 3. Two villages were shelled overnight, the agency reports."
    assert datelines(text) == [(0, 24)]
    # a sentence that merely starts with a city in mixed case is no dateline
    assert datelines("Goris, a town in Armenia, was shelled on Oct. 3. Two died.") == []
    assert datelines("In Goris, Armenia, on Oct. 3. the shelling began.") == []


def test_mixed_case_dateline_with_its_region_and_a_full_stop() -> None:
    from karabakh_data.text import datelines
    text = "Ganja, Azerbaijan, Oct. 11. A missile hit a block of flats overnight."
    assert datelines(text) == [(0, 28)]


def test_dateline_of_two_cities_and_an_outlet_with_a_slash() -> None:
    from karabakh_data.text import datelines
    text = "STEPANAKERT/GORIS (RFE/RL) -- Hundreds of cars queued at the bridge."
    assert datelines(text) == [(0, 30)]


def test_dateline_with_sentence_stops_and_an_agency_slash() -> None:
    from karabakh_data.text import datelines
    assert datelines("Ganja. 8 October. NEWS.AZ/ Shelling hit the old town.") == [(0, 27)]
    # a headline-like line with stops but no agency is no dateline
    assert datelines("Ganja. 8 October. Shelling hit the old town.") == []


def test_dateline_with_the_agency_in_brackets_before_a_full_stop() -> None:
    from karabakh_data.text import datelines
    text = "Ganja, 17 October 2020 (Wire). A second missile strike hit the city at night."
    assert datelines(text) == [(0, 31)]


def test_a_capitals_city_closed_by_a_full_stop_before_the_date_is_a_dateline() -> None:
    # some wires end the city with a full stop: the dateline is the report's, not the words
    # of anyone named after it; an all-capitals headline with a stop and a dash is not one
    from karabakh_data.text import datelines

    text = "GORIS. Mar 4 (Newswire) - Local officials said the road reopened.\n"
    assert datelines(text) == [(0, len("GORIS. Mar 4 (Newswire) - "))]
    assert datelines("BORDER TALKS END. Envoys upbeat - for now\n") == []


def test_a_mixed_case_city_and_a_month_day_closed_by_a_full_stop_is_a_dateline() -> None:
    # "Goris, Oct. 3. " has no verb: it is where and when the report was filed, so its city is
    # no actor; a capitalised word that only starts like a month ("Mayor") is no date
    from karabakh_data.text import datelines

    text = "Goris, Oct. 3. Villagers said the shelling stopped at dawn.\n"
    assert [text[s:e] for s, e in datelines(text)] == ["Goris, Oct. 3. "]
    assert datelines("Goris, Mayor 3. Villagers said so.\n") == []
    assert [sentence_spans(text)[1][0]] == [len("Goris, Oct. 3. ")]


def test_an_all_capitals_headline_with_a_spaced_dash_is_no_dateline() -> None:
    # the words before the dash are no city: the rest of the line is in capitals too
    from karabakh_data.text import datelines

    t = ("ENVOYS, MINISTERS TRADE BLAME -- NO DATE FOR NEXT ROUND\n"
         "TBILISI, FOREIGN DESK -- The envoys met.\nKAZAN -- OSCE monitors left.\n")
    assert [t[s:e] for s, e in datelines(t)] == ["TBILISI, FOREIGN DESK -- ", "KAZAN -- "]


def test_a_live_blog_time_stamp_is_not_part_of_its_entry_first_sentence() -> None:
    # the stamp labels the entry: sentences (and the facts and quotes read from them) start
    # after its dash; a year before a dash, or a stamp before a lower-case word, is kept
    t = ("16:20 — Envoys left the hall. They gave no comment.\n"
         "7.05pm GMT – \"Nothing is agreed yet,\" an aide said.\n"
         "1994 - A truce ends the first war.\n10:00 — and then silence.")
    assert [t[s:e] for s, e in sentence_spans(t)] == [
        "Envoys left the hall.", "They gave no comment.",
        "\"Nothing is agreed yet,\" an aide said.", "1994 - A truce ends the first war.",
        "10:00 — and then silence."]


def test_the_dot_of_a_day_or_year_in_a_foreign_order_date_ends_no_sentence() -> None:
    t = ("Wednesday, 23. October 2024 -- Digest\n2023. October 5. | Review\n"
         "It rose to 23. October 2024 was calm.")
    assert [t[s:e] for s, e in sentence_spans(t)] == [
        "Wednesday, 23. October 2024 -- Digest", "2023. October 5. | Review", "It rose to 23.",
        "October 2024 was calm."]


def test_a_day_heading_a_bulletin_entry_opens_its_first_sentence() -> None:
    # a day-by-day digest: the date alone on its line (or before the entry's words) is read
    # with the entry's first sentence, unless that sentence names its own day; a page's date
    # line with its year stays on its own
    t = ("Monday, 4 March —\nGuards left two posts. Talks went on.\n"
         "5 March. Envoys met in Minsk.\n8 March:\nEnvoys met again on Thursday.\n\n"
         "12 March 2024.\nA quiet day.")
    assert [t[s:e] for s, e in sentence_spans(t)] == [
        "Monday, 4 March —\nGuards left two posts.", "Talks went on.",
        "5 March. Envoys met in Minsk.", "8 March:", "Envoys met again on Thursday.",
        "12 March 2024.", "A quiet day."]


def test_a_weekday_alone_on_its_line_heads_a_digest_entry() -> None:
    # round 31: a weekly digest's "WEDNESDAY" (or "Friday:") alone on its line is read with
    # the entry's first sentence when that sentence names no day of its own; a weekday
    # with words after it on its line is no heading
    t = ("WEDNESDAY\nThe two commissions held talks at the border. Maps were swapped.\n"
         "Friday:\nThe envoys met on 3 May.\nMonday talks stalled.")
    assert [t[s:e] for s, e in sentence_spans(t)] == [
        "WEDNESDAY\nThe two commissions held talks at the border.", "Maps were swapped.",
        "Friday:", "The envoys met on 3 May.", "Monday talks stalled."]


def test_low_opening_quote_starts_a_sentence() -> None:
    # German, Polish or Russian copy opens a quotation with „ and may close it with “
    t = "Die Gespräche endeten am Abend. „Wir sind bereit“, sagte Mirzojan. „Gut.“ Er ging."
    assert [t[s:e] for s, e in sentence_spans(t)] == [
        "Die Gespräche endeten am Abend.", "„Wir sind bereit“, sagte Mirzojan.", "„Gut.“",
        "Er ging."]


def test_an_article_number_abbreviation_ends_no_sentence_before_its_number() -> None:
    # "Art. 7" in a treaty summary is one sentence; the word "art." before a capital is not
    t = "Under Art. 7 the parties open the road. Guests saw folk art. The talks went on."
    assert [t[s:e] for s, e in sentence_spans(t)] == [
        "Under Art. 7 the parties open the road.", "Guests saw folk art.", "The talks went on."]


def test_a_full_stop_dateline_may_name_its_agency_in_brackets_after_the_stop() -> None:
    from karabakh_data.text import datelines

    t = "Ganja, Azerbaijan, 24 May. (Newswire)\n\nThe commissions met at the border."
    assert [t[s:e].strip() for s, e in datelines(t)] == ["Ganja, Azerbaijan, 24 May. (Newswire)"]


def test_low_quotes_typed_as_two_commas_open_a_sentence() -> None:
    # translated copy types the low opening quote as two commas: the sentence before must end
    text = "The ministry welcomed the exchange. ,,This builds trust'', the spokeswoman said."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The ministry welcomed the exchange.", ",,This builds trust'', the spokeswoman said."]


def test_a_post_on_x_ends_its_sentence() -> None:
    t = "The minister posted on X. Baku has not replied. Malcolm X. Little is another matter."
    assert [t[a:b] for a, b in sentence_spans(t)] == [
        "The minister posted on X.", "Baku has not replied.",
        "Malcolm X. Little is another matter."]


def test_an_agency_dateline_with_full_stops_is_one_piece_before_the_first_sentence() -> None:
    t = "Ganja. 3 June. NEWS.AZ/ The commissions met at the border on Friday. They agreed."
    assert [t[a:b] for a, b in sentence_spans(t)] == [
        "Ganja. 3 June. NEWS.AZ/", "The commissions met at the border on Friday.",
        "They agreed."]


def test_a_bracketed_full_date_after_the_city_is_a_dateline() -> None:
    # "GENEVA (Nov. 3, 2024) --" opens the report: the city and the date are no words of the
    # first sentence; a title-case line of the same shape is a headline, not a dateline
    from karabakh_data.text import datelines

    t = ("GENEVA (Nov. 3, 2024) -- The envoys met for three hours.\n"
         "GORIS (4 June 2021) - Shelling was heard overnight.\n"
         "Talks (May 5, 2023) -- the leaders met\n")
    assert [t[s:e] for s, e in datelines(t)] == ["GENEVA (Nov. 3, 2024) -- ",
                                                 "GORIS (4 June 2021) - "]


def test_a_decade_plural_ends_a_sentence() -> None:
    # "1980s." is a decade, not an initial like "J.": the quotation opens a new sentence
    text = 'Both towns changed hands in the late 1980s. "We remember it well," she said.'
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Both towns changed hands in the late 1980s.", '"We remember it well," she said.']


def test_round62_a_numeric_dateline_closed_by_a_full_stop() -> None:
    # a government readout: two cities, a day in figures and a full stop; a sentence never opens
    # with a city, a comma and such a day
    from karabakh_data.text import datelines

    t = ("Joint readout\nTbilisi/Ankara, 07.03.2022. Today the delegations met.\n"
         "Vienna, 7/3/2022. The talks ended.\nVienna, 7.3.2022 was a Monday.\n")
    assert [t[s:e] for s, e in datelines(t)] == ["Tbilisi/Ankara, 07.03.2022. ",
                                                 "Vienna, 7/3/2022. "]
