"""First person: "I" and "we" inside a speaker's own words are read as that speaker (or the
speaker's state). One hard case per test, in sentences written for the tests."""

from __future__ import annotations

import datetime as dt

from karabakh_data.corpus import Document, clean_text
from karabakh_data.events import extract_events
from karabakh_data.meetings import extract_meetings
from karabakh_data.nlp import analyse
from karabakh_data.pipeline import extract_document
from karabakh_data.voice import first_person_mentions, statements_of, voiced

_ON = dt.date(2024, 3, 20)


def _doc(text: str, published: dt.date | None = _ON) -> Document:
    c = clean_text(text)
    return Document("s1", "s1.txt", c.text, text, published, "day" if published else None,
                    captions=tuple(c.captions), segments=tuple(c.segments))


def _first_person(text: str) -> list[tuple[str, str | None]]:
    a = analyse(_doc(text))
    return [(m.text, m.actor_id) for m in first_person_mentions(a, statements_of(a))]


def test_i_in_a_quotation_is_the_speaker_at_the_meeting() -> None:
    (m,) = extract_meetings(analyse(_doc(
        '"Mr Aliyev and I sat down in Vienna on Monday and spoke about the border '
        'commissions," Pashinyan told journalists on Wednesday.')))
    assert set(m.participants) == {"ilham-aliyev", "nikol-pashinyan"}
    assert m.place_id == "vienna" and m.date == dt.date(2024, 3, 18)
    assert "I" in [s.text for s in m.spans if s.role == "participant"]


def test_i_in_a_transcript_answer_is_the_labelled_speaker() -> None:
    text = ("Question: Did the ministers meet this week?\n\n"
            "MIRZOYAN: Yes. On Tuesday in Geneva I had a long meeting with "
            "Jeyhun Bayramov on the draft.")
    (m,) = extract_meetings(analyse(_doc(text)))
    assert set(m.participants) == {"ararat-mirzoyan", "jeyhun-bayramov"}


def test_a_denied_meeting_in_the_first_person_stays_no_meeting() -> None:
    assert extract_meetings(analyse(_doc(
        '"I have not met Mr Aliyev in Vienna this month," Pashinyan said on Tuesday.'))) == []


def test_we_in_a_ministers_words_is_the_ministers_state() -> None:
    (e,) = [e for e in extract_events(analyse(_doc(
        '"On 2 March we freed eleven Armenian detainees," Bayramov told reporters.')))
        if e.event_type == "detention"]
    assert e.actors == ("azerbaijan",) or list(e.actors) == ["azerbaijan"]
    assert "we" in [s.text for s in e.spans if s.role == "actor"]


def test_my_country_is_the_speakers_state_not_the_speaker() -> None:
    found = _first_person(
        '"Azerbaijani guns shelled villages of my country on 3 March," Mirzoyan said.')
    assert found == [("my", "armenia")]


def test_our_hosts_is_no_party_to_a_meeting() -> None:
    (m,) = extract_meetings(analyse(_doc(
        '"On Monday I held talks with Foreign Minister Bayramov, and I thank our Swiss '
        'hosts," Mirzoyan said.')))
    assert "our" not in [s.text for s in m.spans]
    assert set(m.participants) == {"ararat-mirzoyan", "jeyhun-bayramov"}


def test_reported_speech_and_joint_words_give_no_first_person() -> None:
    # indirect speech: the speaker is "he", and "we" inside it is a quoted fragment
    assert _first_person('Pashinyan said he would meet Aliyev, adding that "we are ready".') == []
    # two speakers of one quotation: whose "we"?
    assert _first_person('"We agreed to meet again," Aliyev and Pashinyan said on Monday.') == []


def test_a_roman_numeral_and_a_nested_quotation_are_not_the_speaker() -> None:
    assert _first_person('"Phase I of the work ended on Monday," Mirzoyan said.') == []
    assert _first_person('"Not since World War I began has Europe seen such talks in Baku,"'
                         ' Aliyev said.') == []
    found = _first_person(
        "\"Aliyev told me: 'we will not sign before the referendum'\", Pashinyan said.")
    assert found == [("me", "nikol-pashinyan")]


def test_us_in_capitals_is_the_united_states_not_the_speaker() -> None:
    assert _first_person('"The US brokered the talks on Monday," Bayramov said.') == []


def test_voicing_leaves_the_first_reading_alone_and_is_computed_once() -> None:
    a = analyse(_doc('"I met Mr Aliyev in Vienna on Monday," Pashinyan said.'))
    n = len(a.mentions)
    v = voiced(a)
    assert len(a.mentions) == n and len(v.mentions) == n + 1
    assert voiced(a) is v and voiced(v) is v


def test_the_document_build_gives_the_same_rows_as_each_stage_alone() -> None:
    doc = _doc('"On Monday I met Mr Aliyev in Vienna, and we freed two detainees on Sunday,"'
               ' Pashinyan said.')
    facts = extract_document(doc)
    assert facts.meetings == extract_meetings(analyse(doc))
    assert facts.events == extract_events(analyse(doc))


def test_we_holding_talks_with_the_other_side_is_the_speakers_state() -> None:
    # round 50: "we" at a meeting is the speaker's side, beside the counterpart named
    (m,) = extract_meetings(analyse(_doc(
        '"On Tuesday we held talks with Foreign Minister Mirzoyan in Almaty," Bayramov '
        'told reporters.')))
    assert set(m.participants) == {"azerbaijan", "ararat-mirzoyan"}
    assert "we" in [s.text for s in m.spans if s.role == "participant"]


def test_we_who_met_each_other_names_no_second_side() -> None:
    # "we" may be both sides; the other one is not named, so there is no meeting to report
    assert extract_meetings(analyse(_doc(
        '"We met in Vienna on Monday and agreed to keep talking," Pashinyan said.'))) == []


def test_a_third_states_we_welcoming_a_meeting_is_no_party() -> None:
    (m,) = extract_meetings(analyse(_doc(
        '"We welcome Monday\'s meeting of President Aliyev and Prime Minister Pashinyan in '
        'Vienna," Blinken said on Tuesday.')))
    assert set(m.participants) == {"ilham-aliyev", "nikol-pashinyan"}
    assert m.mediator is None


def test_we_beside_a_host_alone_is_no_meeting_of_the_speakers_side_with_the_host() -> None:
    # "we" may be both leaders, whom the host received: the other side is not named
    assert extract_meetings(analyse(_doc(
        '"We met in Munich on Monday, and the chancellor hosted us," Pashinyan said.'))) == []


def test_a_meeting_in_a_speakers_words_takes_no_place_from_the_attribution() -> None:
    (m,) = extract_meetings(analyse(_doc(
        '"On Monday we held talks with Bayramov," Mirzoyan told a news conference in '
        'Yerevan on Wednesday.')))
    assert "jeyhun-bayramov" in m.participants and len(m.participants) == 2
    assert m.place_id is None and m.date == dt.date(2024, 3, 18)


def test_we_of_a_speaker_described_not_named_is_the_state_of_the_description() -> None:
    # round 50: the statements stage gives no row for "a senior Azerbaijani official", but
    # the demonym says whose "we" it is
    (e,) = [e for e in extract_events(analyse(_doc(
        '"On Sunday we freed nine Armenian detainees," a senior Azerbaijani official told '
        'reporters.'))) if e.event_type == "detention"]
    assert list(e.actors) == ["azerbaijan"]
    assert _first_person('"Our units held the road on Sunday," said an Armenian government '
                         'official.') == [("Our", "armenia")]
    assert _first_person('An Azerbaijani source told us: "We opened the checkpoint on '
                         'Sunday."') == [("We", "azerbaijan")]


def test_an_unnamed_speaker_lends_no_i_and_a_foreign_diplomat_no_we() -> None:
    # "I" of someone unnamed is no one we can name
    assert extract_meetings(analyse(_doc(
        '"I met Bayramov in Geneva on Monday," an Armenian official said.'))) == []
    # the demonym must head the description: here it names whom the diplomat met
    assert _first_person('"We will keep our positions," said a European diplomat who met '
                         'Azerbaijani officials.') == []
