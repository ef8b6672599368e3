"""The reference data: consistency checks, office look-ups by date, and the released frames."""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import MappingProxyType

import pytest

from karabakh_data import gazetteer as gz


def test_shipped_reference_data_passes_validation():
    assert gz.validate() == []


def test_validation_reports_an_undeclared_shared_alias():
    g = gz.load_gazetteer()
    extra = gz.Actor("nikol-impostor", "Nikol Impostor", "person", "ARM", None,
                     ("Pashinian",), None, "m")
    bad = dataclasses.replace(g, actors=MappingProxyType({**g.actors, extra.actor_id: extra}))
    problems = gz.validate(bad)
    assert any("pashinian" in p and "nikol-impostor" in p for p in problems)


def test_validation_reports_bad_coordinates_country_and_missing_holder():
    g = gz.load_gazetteer()
    off_map = dataclasses.replace(g.places["goris"], lat=123.0, country="XYZ")
    ghost = gz.Office("armenia--president--nobody--2030", "armenia", "president", "nobody",
                      dt.date(2030, 1, 1), None, None)
    bad = dataclasses.replace(g, places=MappingProxyType({**g.places, "goris": off_map}),
                              offices=(*g.offices, ghost))
    problems = gz.validate(bad)
    assert any("goris" in p and "lat" in p for p in problems)
    assert any("goris" in p and "XYZ" in p for p in problems)
    assert any("nobody" in p for p in problems)


def test_same_title_resolves_to_different_holders_by_date():
    assert gz.office_holder("european-council", "president", dt.date(2022, 6, 1)) == \
        "charles-michel"
    assert gz.office_holder("european-council", "president", dt.date(2025, 2, 1)) == \
        "antonio-costa"
    assert gz.office_holder("european-council", "president", dt.date(2018, 2, 1)) == \
        "donald-tusk"


def test_armenian_defence_ministers_of_2020_2021_follow_each_other_without_a_gap():
    # the two short tenures between the 2020 war and November 2021
    assert gz.office_holder("armenia", "defence-minister", dt.date(2020, 12, 10)) == \
        "vagharshak-harutyunyan"
    assert gz.office_holder("armenia", "defence-minister", dt.date(2021, 9, 30)) == \
        "arshak-karapetyan"
    assert gz.office_holder("armenia", "defence-minister", dt.date(2021, 11, 20)) == \
        "suren-papikyan"


def test_undated_title_only_resolves_to_a_holder_of_the_whole_period():
    # one person for all of 2019-2025
    assert gz.office_holder("armenia", "prime-minister", None) == "nikol-pashinyan"
    assert gz.office_holder("russia", "foreign-minister", None) == "sergey-lavrov"
    # several holders in that period: no guess
    assert gz.office_holder("united-states", "president", None) is None
    assert gz.office_holder("armenia", "foreign-minister", None) is None


def test_handover_day_goes_to_the_incoming_holder():
    assert gz.office_holder("united-states", "president", dt.date(2021, 1, 20)) == "joe-biden"
    assert gz.office_holder("united-states", "president", dt.date(2021, 1, 19)) == \
        "donald-trump"


def test_generic_role_follows_constitutional_change():
    # Armenia's top executive was the president until 2018, the prime minister after
    assert gz.office_holder("armenia", "leader", dt.date(2012, 3, 1)) == "serzh-sargsyan"
    assert gz.office_holder("armenia", "leader", dt.date(2023, 3, 1)) == "nikol-pashinyan"
    # the EU's "foreign minister" is its high representative
    assert gz.office_holder("european-union", "foreign-minister", dt.date(2023, 3, 1)) == \
        "josep-borrell"


def test_vacancy_and_month_precise_overlap_give_no_holder():
    # Armenia had no foreign minister between Aivazian's exit and Mirzoyan's appointment
    assert gz.office_holder("armenia", "foreign-minister", dt.date(2021, 7, 1)) is None
    # Turkish foreign ministers changed at some day in June 2023 (data is month-precise)
    assert gz.office_holder("turkey", "foreign-minister", dt.date(2023, 6, 15)) is None
    assert gz.office_holder("turkey", "foreign-minister", dt.date(2023, 7, 15)) == "hakan-fidan"


def test_partial_dates_cover_their_whole_period():
    assert gz.parse_date("2023-06") == dt.date(2023, 6, 1)
    assert gz.parse_date("2023-06", end=True) == dt.date(2023, 6, 30)
    assert gz.parse_date("2024-02", end=True) == dt.date(2024, 2, 29)
    assert gz.parse_date("1997", end=True) == dt.date(1997, 12, 31)
    assert gz.parse_date("") is None


def test_actors_frame_has_exactly_the_codebook_columns_sorted():
    df = gz.actors_frame()
    assert list(df.columns) == ["actor_id", "name", "kind", "country", "role", "aliases",
                                "wikidata_id"]
    assert df["actor_id"].is_unique and df["actor_id"].is_monotonic_increasing
    row = df.set_index("actor_id").loc["ilham-aliyev"]
    assert isinstance(row["aliases"], list) and "Aliev" in row["aliases"]
    assert set(df["kind"]) <= set(gz.ACTOR_KINDS)
    for needed in ("nikol-pashinyan", "ilham-aliyev", "vladimir-putin", "charles-michel",
                   "armenia", "azerbaijan", "european-union", "osce-minsk-group",
                   "nagorno-karabakh-authorities", "russian-peacekeeping-contingent"):
        assert needed in set(df["actor_id"])


def test_places_frame_has_exactly_the_codebook_columns_and_real_coordinates():
    df = gz.places_frame()
    assert list(df.columns) == ["place_id", "name", "kind", "country", "lat", "lon", "aliases"]
    assert df["place_id"].is_monotonic_increasing and df["place_id"].is_unique
    assert str(df["lat"].dtype) == "float64"
    by = df.set_index("place_id")
    # Yerevan is west of Baku, both in the South Caucasus band of latitude
    assert 39.5 < by.loc["yerevan", "lat"] < 40.5 and 39.5 < by.loc["baku", "lat"] < 41
    assert by.loc["yerevan", "lon"] < by.loc["baku", "lon"]
    assert by.loc["lachin-corridor", "kind"] == "route"
    assert "Khankendi" in by.loc["stepanakert", "aliases"]


def test_unknown_ids_raise_a_clear_error():
    with pytest.raises(KeyError, match="no-such-person"):
        gz.actor("no-such-person")
    assert gz.place("brussels").stands_for == "european-union"


# --- mentions of entries added after probe rounds ------------------------------------------------
def _resolved(text: str, on: dt.date) -> dict[str, tuple[str | None, str | None]]:
    from karabakh_data.mentions import find_mentions
    return {m.text: (m.actor_id, m.place_id) for m in find_mentions(text, on)}


def test_armenian_prime_ministers_office_is_a_body_not_the_premier():
    # the office speaks as an institution: not Pashinyan himself, not the Armenian state
    got = _resolved("A spokesman said the Armenian PM's office had received the draft.",
                    dt.date(2024, 3, 4))
    assert got["the Armenian PM's office"] == ("armenia-prime-minister-office", None)
    got = _resolved("Late on Tuesday the Office of the Prime Minister of the Republic of "
                    "Armenia published a readout.", dt.date(2024, 3, 4))
    assert got["Office of the Prime Minister of the Republic of Armenia"][0] == \
        "armenia-prime-minister-office"
    assert gz.load_gazetteer().body("armenia", "prime-minister-office") == \
        "armenia-prime-minister-office"


def test_azerbaijani_spelling_of_a_deputy_premiers_first_name_resolves():
    got = _resolved("Talks chaired by Şahin Mustafayev ended without a deal.", dt.date(2022, 8, 9))
    assert got["Şahin Mustafayev"] == ("shahin-mustafayev", None)


def test_karabakh_village_janyatag_is_a_place_in_any_spelling_without_guessed_coordinates():
    for spelling in ("Janyatag", "Canyataq", "Chankatagh", "Dzhanyatag"):
        got = _resolved(f"A patrol came under fire near {spelling} at dawn.", dt.date(2023, 9, 20))
        assert got[spelling] == (None, "janyatag")
    assert gz.place("janyatag").lat is None


def test_state_department_deputy_spokesperson_is_a_named_actor():
    got = _resolved("Briefing reporters, Vedant Patel urged both capitals to keep talking.",
                    dt.date(2024, 2, 1))
    assert got["Vedant Patel"] == ("vedant-patel", None)


def test_azerbaijani_and_german_spellings_of_leaders_and_aides_resolve():
    # Azerbaijani outlets write the aide's and the Karabakh leader's names in Azerbaijani
    # letters (ə, ı, c for j, ş); German outlets transliterate with j and š.
    when = dt.date(2023, 9, 25)
    for surface, actor in (("Hikmət Hacıyev", "hikmet-hajiyev"),
                           ("Samvel Şahramanyan", "samvel-shahramanyan"),
                           ("Alijew", "ilham-aliyev"), ("Pašinjan", "nikol-pashinyan")):
        got = _resolved(f"On Monday {surface} spoke about the talks again.", when)
        assert got[surface] == (actor, None), surface


def test_place_actor_reading_ends_on_its_date_and_needs_the_whole_period_undated():
    p = gz.place("stepanakert")
    assert p.stands_for_on(dt.date(2023, 12, 31)) == "nagorno-karabakh-authorities"
    assert p.stands_for_on(dt.date(2024, 1, 1)) is None
    assert p.stands_for_on(None) is None
    assert gz.place("baku").stands_for_on(None) == "azerbaijan"


def test_validation_reports_an_end_date_without_an_actor_reading():
    g = gz.load_gazetteer()
    odd = dataclasses.replace(g.places["goris"], stands_for_until=dt.date(2020, 1, 1))
    bad = dataclasses.replace(g, places=MappingProxyType({**g.places, "goris": odd}))
    assert any("goris" in p and "stands_for_until" in p for p in gz.validate(bad))


def test_polish_german_and_ascii_azerbaijani_spellings_resolve():
    # 1.3.0 aliases: Polish "Paszynian"/"Bajramow", German "Lawrow"/"Mirsojan"/"Grigorjan",
    # ASCII Azerbaijani "Xankendi" (the fold gives "Xankandi" for "Xankəndi", not this),
    # Russian-style "Gubadly", French "Tavouch", the old name "Basarkechar" of Vardenis
    when = dt.date(2024, 6, 3)
    for surface, actor, place in (("Paszynian", "nikol-pashinyan", None),
                                  ("Bajramow", "jeyhun-bayramov", None),
                                  ("Lawrow", "sergey-lavrov", None),
                                  ("Ararat Mirsojan", "ararat-mirzoyan", None),
                                  ("Mirzojan", "ararat-mirzoyan", None),
                                  ("Armen Grigorjan", "armen-grigoryan", None),
                                  ("Galstanian", "bagrat-galstanyan", None),
                                  ("Xankendi", None, "stepanakert"),
                                  ("Gubadly", None, "gubadli"),
                                  ("Tavouch", None, "tavush"),
                                  ("Basarkechar", None, "vardenis")):
        got = _resolved(f"Reporters saw {surface} on the list again.", when)
        assert got[surface] == (actor, place), surface


def test_protest_archbishop_is_a_person_never_the_armenian_state():
    a = gz.actor("bagrat-galstanyan")
    assert (a.kind, a.gender) == ("person", "m")
    got = _resolved("Archbishop Bagrat Galstanyan told the crowd that he would march on.",
                    dt.date(2024, 5, 9))
    assert got == {"Archbishop Bagrat Galstanyan": ("bagrat-galstanyan", None)}


def test_minsk_process_is_no_mention_of_the_belarusian_capital():
    got = _resolved("Both sides asked to wind up the Minsk process and its bodies.",
                    dt.date(2025, 9, 1))
    assert "Minsk" not in got and not any(v[1] == "minsk" for v in got.values())


def test_azerbaijani_presidential_administration_in_its_long_official_form_is_the_body():
    text = ("The Administration of the President of the Republic of Azerbaijan issued a note "
            "on the talks.")
    got = _resolved(text, dt.date(2023, 12, 8))
    assert got == {"Administration of the President of the Republic of Azerbaijan":
                   ("azerbaijan-presidential-administration", None)}


def test_catholicos_is_listed_under_both_transliterations():
    got = _resolved("Pilgrims greeted Catholicos Karekin II, and Garegin II blessed them.",
                    dt.date(2024, 5, 26))
    assert got == {"Karekin II": ("garegin-ii", None), "Garegin II": ("garegin-ii", None)}


def test_person_words_are_one_lower_case_word_with_a_known_use():
    g = gz.load_gazetteer()
    assert g.ranks and g.office_nouns and not g.ranks & g.office_nouns
    assert not [p for p in gz.validate() if "person word" in p or "person_words" in p]


def test_validation_allows_a_shared_place_name_only_across_countries():
    g = gz.load_gazetteer()
    assert {"martuni", "martuni-gegharkunik"} <= set(g.places)  # one name, AZE and ARM
    twin = gz.Place("goris-twin", "Goris", "city", "ARM", None, None, (), None)
    bad = dataclasses.replace(g, places=MappingProxyType({**g.places, twin.place_id: twin}))
    assert any("'goris'" in p and "goris-twin" in p for p in gz.validate(bad))


def test_enclave_and_exclave_villages_are_places_under_both_names():
    text = ("The commissions discussed Yukhary Askipara, Barxudarlı and Sofulu, then Kerki, "
            "which Armenians call Tigranashen, and Başkənd, the former Artsvashen, west of "
            "Gedabey, as well as Sədərək, Verin Shorzha and Sus.")
    got = {k: v[1] for k, v in _resolved(text, dt.date(2024, 6, 3)).items()}
    assert got == {"Yukhary Askipara": "yukhari-askipara", "Barxudarlı": "barkhudarly",
                   "Sofulu": "sofulu", "Kerki": "tigranashen", "Tigranashen": "tigranashen",
                   "Başkənd": "artsvashen", "Artsvashen": "artsvashen", "Gedabey": "gadabay",
                   "Sədərək": "sadarak", "Verin Shorzha": "verin-shorzha", "Sus": "sus"}
    for pid in ("tigranashen", "artsvashen", "sofulu", "sus", "verin-shorzha", "gadabay"):
        assert gz.place(pid).lat is None  # village coordinates are not guessed


def test_provinces_rivers_venues_and_azerbaijani_spellings_are_places():
    text = ("From the Berlaymont and the Europa Building to the Ak Orda, officials watched "
            "the Araks River, the Ararat region, Armavir Province, Yeghegnadzor, Xocavənd "
            "and Zabux.")
    got = {k: v[1] for k, v in _resolved(text, dt.date(2024, 6, 3)).items()}
    assert got == {"Berlaymont": "berlaymont", "Europa Building": "europa-building",
                   "Ak Orda": "akorda", "Araks River": "aras-river",
                   "Ararat region": "ararat-province", "Armavir Province": "armavir-province",
                   "Yeghegnadzor": "yeghegnadzor", "Xocavənd": "martuni", "Zabux": "aghavno"}
    assert _resolved("Akorda said the talks had ended.", dt.date(2024, 6, 3))["Akorda"] == (
        "kazakhstan", "akorda")
