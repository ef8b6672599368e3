"""Events: dated happenings on the ground and in law — one row per real event.

Users plot clashes, blockades and ceasefires beside the meetings and count what the sources say
the fighting cost, so two things matter more than recall: every row has a date the text really
gives, and every number is one the text really states. All words live in data files:
`data/vocab/event_triggers.csv` (what names an event), `event_cues.csv` (context that changes
its reading) and `number_words.csv`.

Per article (`extract_events`):

1. Triggers. Each trigger row is a regex with an event type and subtype. Where matches overlap,
   the more specific type keeps the words ("violating the ceasefire" is fighting; "a
   statement on ending all hostilities" is a ceasefire, not an agreement and a war), then
   the longer match.
2. Not happenings. A trigger is dropped inside a fixed phrase ("prisoners of war"), under a
   modal, negation or plan ("was supposed to return", "should be carried out", "not to
   deploy"), in a clause about another war ("the offensive in Ukraine"), as the fighting a
   ceasefire in the same clause ended, as "clashes" with police or protesters, or as a
   recognition made at talks (that is the meeting's outcome, not an event).
3. Dates. Sentences are cut into clauses at subordinators, relative openers and reporting
   verbs (commas alone never cut). A trigger takes, in this order:
   a. the nearest date of its clause with no trigger of another type in between; a date that
      opens the clause ("In November 2020, ...") covers every trigger in it; a finer date
      inside the nearest one wins ("In 2016, a war broke out in April" -> April 2016);
   b. in a relative or coordinate clause, the date written in the clause it hangs on ("an
      attack on 2 June, during which a post was seized ...");
   c. a year or decade from elsewhere in the same stretch of speech ("When the war of 2020
      ended, Moscow sent peacekeepers"); a finer date stays in its clause;
   d. reported news with no date of its own, the day it was reported ("On Wednesday the
      ministry announced that a ceasefire had been reached"; "forces opened fire on X, the
      ministry said on Monday", where the news is told by a verb, not a noun such as "the
      war");
   e. a reference back to the previous sentence's event: "This was ...", "as part of the
      accord"; "the ensuing wars" takes that date one step coarser (1991 -> the 1990s),
      because it only says "after"; "a day after the offensive began" counts from the day
      the article gave that event in the sentence or the two before;
   f. for a document adopted at talks ("After their summit in Kazan the presidents signed a
      joint declaration"), the date of those talks as the article gives it elsewhere.
   Otherwise the trigger is dropped: no event row exists without a date from the text. A date
   that modifies a noun ("the agreements of November 9") dates nothing else; with a document
   noun it is itself an `agreement`.
4. Types one article makes clear. A generic "agreement"/"documents signed" whose date fits a
   ceasefire the same article reports is that ceasefire's statement (retyped `ceasefire`);
   personnel deployed on a road while a checkpoint is discussed are the checkpoint (`blockade`).
5. Place: the best location mention of the clause (city before region before route before
   country; a blockade prefers its route; a document or court case only a city or venue where
   it was signed or heard; a country only after "in"), never a place the text says the event
   was not at ("away from Karabakh") or the venue of talks ("the meeting in Sochi"); else a
   city or region elsewhere in the sentence; else "border" gives the Armenia–Azerbaijan border.
   Actors: the agent mentions of the clause, bounded by other events' triggers. Fatalities: a
   stated count of dead in the sentence ("killing three", "over 6,500 people", "approximately
   30,000 ... slain"), given to the nearest armed clash; wounded, captured, partial counts
   ("the bodies of 24"), vague quantities ("several dozen", "thousands") and ceilings ("up to
   300", "nearly 300": the dead were fewer, and how many is not said) never count.

Across articles (`reconcile_events`): reports of one type and subtype with compatible dates
and no contradicting place are one row; the finest date wins, disagreements go to
`conflicts`, fatalities are never summed.

Decisions (for the project codebook): a ceasefire *violation* is an `armed_clash`; a signed or
adopted document is an `agreement` event even when it is also a meeting outcome, an agreement
merely reached in talks is not; background history is coded at the precision the text gives.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import itertools
import math
import operator
import re
import re._constants as _sre_constants
import re._parser as _sre_parser
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from karabakh_data import gazetteer
from karabakh_data.dates import DateMention, live_day_heading, period_end
from karabakh_data.meetings import CONFLICT_PARTIES
from karabakh_data.mentions import Mention
from karabakh_data.model import EventReport, Span, stable_id
from karabakh_data.nlp import Analysed, Sentence
from karabakh_data.patterns import (
    KEY_LEN,
    FastRx,
    Needles,
    first_word_keys,
    fold,
    key_trie,
    leftmost_longest,
    needles,
    ruled_out,
    split_top,
    union_keys,
    words_rx,
)
from karabakh_data.patterns import plain_case as _plain_case
from karabakh_data.reconcile import dates_compatible, describe_date, period, tally
from karabakh_data.schema import EVENT_TYPES, PRECISIONS, SCHEMAS
from karabakh_data.text import DATELINE
from karabakh_data.vocab import read_table
from karabakh_data.voice import possessive_words, voiced

__all__ = ["cluster_events", "extract_events", "first_word_keys", "parse_number",
           "places_contradict", "reconcile_events", "subtype_of"]

_RANK = {p: i for i, p in enumerate(PRECISIONS)}  # day=0 ... decade=4
_COARSE = ("year", "decade")
#: Day or week: a cluster that names its day, which a year-precise report of another source
#: is not taken to mean (a year holds many truces and clashes of one type).
_FINE = ("day", "week")
#: When triggers of different types overlap, the earlier type in this order keeps the words.
_TYPE_PRIORITY = ("armed_clash:violation", "ceasefire", "legal_action", "detention",
                  "territorial_change", "blockade", "deployment", "agreement",
                  "political_declaration", "protest", "armed_clash")
#: Types whose place is where people were: a region or country may locate them.
_GROUND_TYPES = frozenset({"armed_clash", "territorial_change", "blockade", "detention",
                           "protest", "deployment", "ceasefire", "political_declaration"})
#: Types located where they physically happened: two far-apart places are two events. (A
#: ceasefire or a document is placed where it was agreed *or* where it applies.)
_LOCATED_TYPES = frozenset({"armed_clash", "territorial_change", "blockade", "detention",
                            "protest", "deployment"})
#: Types that carry a death toll, in order of preference when a sentence has several events.
_FATALITY_TYPES = ("armed_clash", "territorial_change", "protest", "blockade")
#: Largest gap (characters) between a trigger and a date that does not open its clause.
_MAX_DATE_GAP = 120
#: Two places further apart than this (km) cannot be the location of one event.
_MAX_PLACE_KM = 150.0
_ZERO_DAYS = dt.timedelta(0)
_GEO = {"city": "point", "venue": "point", "region": "region", "route": "region",
        "country": "country"}
_KIND_RANK = {"venue": 0, "city": 0, "region": 1, "route": 2, "country": 3}
_BLOCKADE_KIND_RANK = {"route": 0, "venue": 1, "city": 1, "region": 2, "country": 3}
_WORDS = re.compile(r"\w+")
#: A possessive date right before its trigger ("this week's heavy fighting").
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}")



# --- vocabulary -------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Trigger:
    event_type: str
    subtype: str
    rx: re.Pattern[str]
    needs: str  # "since": a date must follow "since"; "place": its object is a known place;
    # "place_subject": its subject right before it is a known place (`_place_subject`);
    # "combat_death": none in a sentence naming a death outside fighting (`non_combat`);
    # "antecedent": a trigger of its type was named in this sentence or the one before
    passive: bool  # noun first, verb last ("soldiers were captured"): modality is inside it
    priority: int
    participant: bool  # names people taking part ("protesters"), not an action
    heads: frozenset[str] | None  # keys of the words a match can start with
    #: the whole words (lower-case) a match can start with, when they can be listed
    words: frozenset[str] | None = None
    #: the pattern without its leading look-behind ("(?<=['’]s )release of ..."), to read a
    #: report's subtype again from its trigger words alone (`_subtype`); None when it has none
    bare: re.Pattern[str] | None = None


#: A pattern's leading look-behind (character classes in it may hold parentheses).
_LEAD_LOOKBEHIND = re.compile(r"\A\(\?<=(?:\[[^\]]*\]|[^()\[])*\)")


@dataclass(frozen=True)
class _Vocab:
    triggers: tuple[_Trigger, ...]
    by_head: dict[str, tuple[_Trigger, ...]]  # trigger patterns by their first word's key
    head_rx: re.Pattern[str]  # finds those keys in lower-cased text
    #: in text where case is plain (`_plain_case`): finds the whole words that can start a
    #: trigger, lower-cased (see `_head_words_rx`)
    head_word_rx: re.Pattern[str]
    headless: tuple[_Trigger, ...]  # triggers whose first words are not known: run on all text
    cues: dict[str, Any]  # kind -> FastRx, or a compiled regex for the kinds used specially
    #: per FastRx cue kind: lower-case ASCII strings one of which every match contains, when
    #: known (see `_ruled_out`)
    needles: dict[str, Needles]
    #: characters one of which every non-word clause opener (", which", "; ") starts with;
    #: None when that is not so for some opener
    rel_punct: tuple[str, ...] | None
    modal_before: re.Pattern[str]
    modal_keys: set[str] | None  # first words of modal_before (a cheap pre-check)
    #: the modal_before rows whose first words are known, as one regex, and their keys (None
    #: when there are none); the other rows are the cue "modal_before_rest" (`_modal_before`)
    modal_keyed: tuple[re.Pattern[str], frozenset[str]] | None
    modal_after: re.Pattern[str]
    meeting_at: re.Pattern[str]  # "the meeting in " right before a place: the talks' venue
    meeting_after: re.Pattern[str]  # " summit" right after a place: the talks' venue
    number: re.Pattern[str]
    number_words: dict[str, tuple[int, str]]
    qualifier_end: re.Pattern[str]  # a qualifier ending right before a number ("over ")
    fat_before: re.Pattern[str]  # NUMBER ... killed
    fat_after: re.Pattern[str]  # killing NUMBER
    fat_lost: re.Pattern[str]  # lost NUMBER servicemen
    fat_single: re.Pattern[str]  # a soldier was killed: one
    #: two counts of one death word ("killed 49 soldiers and 3 civilians", "207 Azerbaijani
    #: and 80 Armenian troops dead"): groups n, m and the words after each, mid1 and mid2
    fat_pairs: tuple[re.Pattern[str], ...]
    casualty_tail: re.Pattern[str]  # "(killed) or injured", "(killed) or went missing": the
    # count joins deaths and harm
    harm_and: re.Pattern[str]  # "wounded and " in a count's words: a new count may follow
    range_open: re.Pattern[str]  # "between " right before a count: a range opens
    range_rest: re.Pattern[str]  # " and 150" right after it: the range's upper end
    speaker_after: re.Pattern[str]  # "<actor> said": the one who reports, no party
    label_verb: re.Pattern[str]  # "<actor> on Monday called the <trigger>": a commentator
    label_by: re.Pattern[str]  # "... was welcomed by <actor>": a commentator
    saying_before: re.Pattern[str]  # "announced on <date>": the date of a saying
    direction_before: re.Pattern[str]  # "crossed into <actor>": a destination, no party
    destination_before: re.Pattern[str]  # "taken to <place>": where people went afterwards
    person_noun: re.Pattern[str]
    border_place: str


#: Cue kinds matched with a plain regex (anchored, or on one noun) rather than a word scan.
_PLAIN_CUES = ("clause_sub_when", "container_before", "modal_before", "modal_after",
               "factual_before", "place_negator", "distance_before",
               "anaphor_start", "document_strong", "document_weak", "death_before_number",
               "death_aux", "passive_aux", "not_subordinate", "locative_preposition",
               "venue_preposition", "border_place", "number_qualifier", "loss_before_number",
               "person_noun", "comparison_start", "charge_verb", "time_anchor_before",
               "commemorated_before", "telling_before", "effective_before", "life_date_before",
               "bound_before", "elapsed_before", "elapsed_after", "possessed_party",
               "demonym_force", "landmark_after",
               "clock_after", "continued", "still_holding",
               "relative_open", "infinitive_base", "ceasefire_agreed", "entry_before",
               "traded_for", "count_aside", "captive_subject", "sequel_group",
               "sequel_verb",
               "partial_mid", "target_after", "target_before", "recipient_before", "sequel_date",
               "toll_follows", "foreign_force", "apposition_open",
               "range_before", "range_joint", "protest_target", "absolute_with",
               "exception_before", "relative_subject", "result_relative", "simple_past",
               "simple_past_aux", "finite_after", "after_event", "title_before",
               "relative_past", "relative_main_aux", "relative_not_before", "reduced_relative",
               "running_toll", "mediator_before", "topic_before", "name_after", "anaphor_near",
               "update_mark", "claim_label", "denial_next", "denial_blame", "unrest_armed",
               "gunfire_trigger", "probe_before", "route_after", "protest_landmark",
               "clause_sub_conj", "place_phrase_preposition", "negated_subject",
               "denial_which", "report_that", "report_denied", "ending_verb",
               "made_before_participle", "onset_verb", "foreign_border",
               "document_participle", "backer_hyphen", "go_between_before",
               "mediator_possessive", "report_false", "no_such_event", "upper_bound",
               "across_border")


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    triggers = []
    for i, r in enumerate(read_table("event_triggers.csv")):
        et, sub = r["event_type"].strip(), (r.get("subtype") or "").strip()
        if et not in EVENT_TYPES:
            raise ValueError(f"event_triggers.csv row {i + 2}: unknown event type {et!r}")
        pat = r["pattern"].strip()
        role, form = (r.get("role") or "").strip(), (r.get("form") or "").strip()
        if role not in ("", "participant") or form not in ("", "passive"):
            # a value in the wrong column would silently change how the row is read
            raise ValueError(f"event_triggers.csv row {i + 2}: role {role!r} or form {form!r} "
                             "is not one the file's header allows")
        key = f"{et}:{sub}" if f"{et}:{sub}" in _TYPE_PRIORITY else et
        bare = _LEAD_LOOKBEHIND.sub("", pat)
        triggers.append(_Trigger(
            et, sub, words_rx(pat), (r.get("needs") or "").strip(),
            form == "passive", _TYPE_PRIORITY.index(key),
            role == "participant", first_word_keys(pat),
            _first_words(pat), words_rx(bare) if bare != pat else None))
    by: dict[str, list[str]] = {}
    for r in read_table("event_cues.csv"):
        by.setdefault(r["kind"].strip(), []).append(r["pattern"].strip())

    def alts(kind: str) -> str:
        return "|".join(by[kind])

    cues: dict[str, Any] = {k: FastRx([a for alt in v for a in split_top(alt)])
                            for k, v in by.items() if k not in _PLAIN_CUES}
    # a sentence with none of these words has no toll ("the toll had risen to 135" has only
    # a death_before_number word)
    toll_kinds = ("death", "loss_before_number", "death_before_number")
    cues["death_or_loss"] = FastRx([a for k in toll_kinds for alt in by[k] for a in split_top(alt)])
    lists = {k: [a for alt in v for a in split_top(alt)] for k, v in by.items()
             if k not in _PLAIN_CUES}
    lists["death_or_loss"] = [a for k in toll_kinds for alt in by[k] for a in split_top(alt)]
    # clause openers in two parts (see `_clause_openers`): the words ("in which"), which
    # `_ruled_out` can rule out, and the punctuation-led rest (", which"), which it cannot
    rel = [a for alt in by["clause_rel"] for a in split_top(alt)]
    rel_words = [a for a in rel if first_word_keys(a) is not None]
    rel_other = [a for a in rel if first_word_keys(a) is None]
    cues["clause_rel_words"], cues["clause_rel_other"] = FastRx(rel_words), FastRx(rel_other)
    lists["clause_rel_words"] = rel_words
    # modal rows with known first words are tried at those words only (`_modal_before`); a
    # row without ("Had the ..." opening a conditional) is searched, unless ruled out
    modal_keyed = [p for p in by["modal_before"] if first_word_keys(p) is not None]
    modal_rest = [p for p in by["modal_before"] if first_word_keys(p) is None]
    if modal_rest:
        cues["modal_before_rest"] = _modal_rx(modal_rest)
        lists["modal_before_rest"] = [a for p in modal_rest for a in split_top(p)]
    for k in ("document_strong", "document_weak"):  # used with fullmatch on one noun
        cues[k] = words_rx(alts(k))
    # Cues that start at a word start, each with what must follow it: nothing, a word end,
    # or (for "... the" cues read backwards from a trigger) white space to the end.
    before_the = r"\s+(?:the\s+)?$"
    bounded = {"factual_before": "", "place_negator": "", "time_anchor_before": "",
               "distance_before": r"\s+(?:the\s+)?$",
               "commemorated_before": "", "telling_before": r"$",
               "passive_aux": r"\s+$", "relative_open": r"(?![\w-])",
               "traded_for": r"(?![\w-])", "sequel_group": r"(?![\w-])",
               "partial_mid": r"(?![\w-])", "anaphor_near": r"\s+$",
               "protest_target": r"(?![\w-])",
               "charge_verb": r"\s+(?:\S+\s+){0,4}?$",
               # (round 35) "retook X in a one-day offensive on 19 September": an article
               # and up to two modifiers between the preposition and the fighting
               "container_before": r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w’'-]+\s+){0,2}?$",
               **dict.fromkeys(("locative_preposition", "comparison_start",
                                "venue_preposition", "entry_before", "recipient_before",
                                "target_before", "exception_before", "effective_before",
                                "source_before", "protest_landmark", "across_border"),
                              before_the),
               "life_date_before": r"\s+$", "bound_before": before_the,
               # (round 50) "soldiers detained on 5 May were released": the capture's setting
               # up to the release's auxiliary, no clause mark nor another verb's auxiliary in it
               "captive_subject": r"(?:\s+(?!(?:were|was|is|are|have|has|had|who|which|that|"
                                  r"and|but|they|he|she|it|we)(?![\w-]))[^\s,;:()!?]+){0,10}\s+$",
               "toll_reported": r"\s+(?:that\s+)?$", "increment_before": r"\s+$",
               "negated_subject": r"\s+$", "foreign_border": r"\s+$",
               "upper_bound": r"\s+$"}
    # matched right after a name: "Moscow time" (after a city), "his forces" (after a
    # possessive pronoun), "Azerbaijani units" (after a demonym: a force noun the gazetteer's
    # titles lack)
    for k in ("clock_after", "possessed_party", "demonym_force", "landmark_after",
              "increment_after", "sequel_verb"):
        cues[k] = re.compile(r"\s+(?:" + alts(k) + r")(?![\w-])", re.IGNORECASE)
    # "the French embassy", "the embassy of Turkey": a mention's own words name a building
    cues["landmark_body"] = re.compile(r"(?<![\w-])(?:" + alts("landmark_body") + r")(?![\w-])",
                                       re.IGNORECASE)
    # "Goris-Kapan road": other ends of the route joined by hyphens, then its noun
    cues["route_after"] = re.compile(r"(?:[-–](?-i:[A-Z])[\w’']+)*\s+(?:" + alts("route_after")
                                     + r")(?![\w-])", re.IGNORECASE)
    # "the highway between Armenia and Georgia": the names after it are the route's ends
    cues["route_between"] = re.compile(r"(?<![\w-])(?:" + alts("route_after") + r")\s+between\s+"
                                       r"(?:(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+and\s+)?"
                                       r"(?:the\s+)?$", re.IGNORECASE)
    for k, tail in bounded.items():
        cues[k] = re.compile(r"(?<![\w-])(?:" + alts(k) + ")" + tail, re.IGNORECASE)
    cues["probe_before"] = re.compile(r"(?<![\w-])(?:" + alts("probe_before") + r")$",
                                      re.IGNORECASE)
    for k in ("unrest_armed", "gunfire_trigger"):  # matched on one word or one trigger
        cues[k] = re.compile(r"(?:" + alts(k) + r")\Z", re.IGNORECASE)
    # the sentence after a reported act denies it: its subject (up to eight words), then the
    # denial; a denial of who started it (`denial_blame`) is none
    cues["denial_next"] = re.compile(r"[^\w\n]*(?:[\w’'-]+,?\s+){1,8}?(?:" + alts("denial_next")
                                     + r")", re.IGNORECASE)
    # (round 60) "No such incident took place.": see `_opens_with_denial`
    cues["no_such_event"] = re.compile(r"[^\w\n]*(?:" + alts("no_such_event") + r")",
                                       re.IGNORECASE)
    # (round 46) "a U.S.-backed truce": a name hyphened to a backer's participle, a word
    # between it and the trigger at most (read backwards from the trigger)
    cues["backer_hyphen"] = re.compile(r"(?-i:[A-Z])[\w.’']*[-–](?:" + alts("backer_hyphen")
                                       + r")\s+(?:[\w’'-]+\s+)?$", re.IGNORECASE)
    cues["backer_after"] = re.compile(r"[-–](?:" + alts("backer_hyphen") + r")(?![\w-])",
                                      re.IGNORECASE)
    # (round 52) "with Georgia's help": the word before a possessive go-between, and its noun
    cues["go_between_before"] = re.compile(r"(?<![\w-])(?:" + alts("go_between_before")
                                           + r")\s+(?:the\s+)?$", re.IGNORECASE)
    cues["mediator_possessive"] = re.compile(r"[’'](?:s)?\s+(?:" + alts("mediator_possessive")
                                             + r")(?![\w-])", re.IGNORECASE)
    cues["denial_blame"] = re.compile(r"(?<![\w-])(?:" + alts("denial_blame") + r")",
                                      re.IGNORECASE)
    # the same sentence denies the act it reports: ", which Yerevan denied", "; Baku
    # rejected that", ", but Yerevan denied it" (the subject up to six words, then the verb);
    # (round 41) also after a report's noun set in apposition (", a claim Yerevan rejected",
    # ", an allegation that Baku denied")
    cues["denial_which"] = re.compile(r"(?:,\s*which|;|,\s*(?:but|while|whereas)|,\s*(?:a|an)\s+"
                                      r"(?:" + alts("report_that") + r")(?:\s+(?:that|which))?)\s+"
                                      r"(?:[\w’'-]+,?\s+){1,6}?(?:" + alts("denial_which")
                                      + r")(?![\w-])", re.IGNORECASE)
    # (round 35) "A report on 9 November that X had recaptured Y was quickly denied": the
    # report's noun and its "that" before the trigger (up to ten words between, no comma),
    # and a passive denial after it (`_retracted_report`);
    # (round 58) or the report called untrue ("Reports that X shelled Y are groundless")
    cues["report_that"] = re.compile(r"(?<![\w-])(?:" + alts("report_that")
                                     + r")(?:\s+[^\s,;:]+){0,10}?\s+that\s", re.IGNORECASE)
    cues["report_denied"] = re.compile(r"(?<![\w-])(?:was|were|is|are|has\s+been|have\s+been|"
                                       # (round 59) a quotation mark: 'were "absolutely false"'
                                       r"had\s+been)\s+[\"“‘']?"
                                       r"(?:(?:[\w-]+ly|later|soon|since)\s+){0,2}"
                                       r"(?:" + alts("report_denied") + "|" + alts("report_false")
                                       + r")(?![\w-])(?!\s+(?:about|on|over|as\s+to|regarding)"
                                       r"(?![\w-]))", re.IGNORECASE)
    # (round 57) "Those reports are false.": a report's noun after a determiner called untrue
    cues["report_false"] = re.compile(r"(?<![\w-])(?:the|these|those|such|this|that)\s+"
                                      r"(?:[\w’'-]+\s+)?(?:" + alts("report_that") + r")\s+"
                                      r"(?:is|are|was|were)\s+[\"“‘']?(?:(?:completely|totally|entirely|"
                                      r"absolutely|simply|all)\s+)?(?:" + alts("report_false")
                                      + r")(?![\w-])", re.IGNORECASE)
    cues["said_any"] = re.compile(r"(?<![\w-])(?:" + alts("clause_speech") + "|"
                                  + alts("clause_speech_that") + r")(?![\w-])", re.IGNORECASE)
    # a fact-check's label opening its line ("Claim: troops shelled X on 14 March")
    cues["claim_label"] = re.compile(r"[^\w\n]*(?:" + alts("claim_label") + r")\s*[:–—-]\s",
                                     re.IGNORECASE)
    # "an exhibition titled “Attack on ...": the cue, an opening quotation mark and the quoted
    # words up to the trigger, with no closing mark between
    cues["title_before"] = re.compile(r"(?<![\w-])(?:" + alts("title_before") + r")\s*[:,]?\s*"
                                      r"(?:[\"“«][^\"”»\n]{0,80}|[‘'][^’'\n]{0,80})$",
                                      re.IGNORECASE)
    # the go-between's words, then names joined by commas and "and" up to the name read
    # (each capitalised word whole, so the run never splits a word two ways)
    cues["mediator_before"] = re.compile(
        r"(?<![\w-])(?:" + alts("mediator_before") + r")(?:[\s,]|(?-i:[A-Z])[\w’'.-]*(?![\w’'.-])"
        r"|(?:and|the)(?![\w-]))*$", re.IGNORECASE)
    # the topic words, then at most three words ("the latest", "renewed") up to the trigger
    cues["topic_before"] = re.compile(r"(?<![\w-])(?:" + alts("topic_before")
                                      + r")\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
    # a document's noun ending the text before a participle ("the statements signed by")
    cues["document_at_end"] = re.compile(r"(?<![\w-])(?:" + alts("document_strong") + "|"
                                         + alts("document_weak") + r")\s+$", re.IGNORECASE)
    cues["anaphor_start"] = re.compile(alts("anaphor_start"), re.IGNORECASE)
    # (round 44) a document's noun and a participle right before a date: "the text of the
    # agreement agreed in March" (the date is the document's, not a later act's on it)
    cues["document_dated"] = re.compile(
        r"(?<![\w-])(?:" + alts("document_strong") + "|" + alts("document_weak") + r"|texts?|"
        r"drafts?)\s+(?:" + alts("document_participle") + r")\s+(?:(?:in|on|at|last|earlier|"
        r"back)\s+)?(?:the\s+)?$", re.IGNORECASE)
    # a short quotation closed right before a noun of naming: the quoted words are a name
    cues["quoted_name"] = re.compile(r"[“\"«]([^\"“”«»\n]{1,60})[”\"»]\s+(?:"
                                     + alts("name_after") + r")(?![\w-])", re.IGNORECASE)
    cues["elapsed_before"] = re.compile(r"(?<![\w-])(?:" + alts("elapsed_before") + ")",
                                        re.IGNORECASE)
    cues["elapsed_after"] = re.compile(alts("elapsed_after") + r"(?![\w-])", re.IGNORECASE)
    cues["continued"] = re.compile(r"(?<![\w-])(?:" + alts("continued") + r")(?![\w-])",
                                   re.IGNORECASE)
    cues["still_holding"] = re.compile(r"(?<![\w-])(?:" + alts("still_holding") + r")(?![\w-])",
                                       re.IGNORECASE)
    cues["not_subordinate"] = re.compile(r"\s+(?:" + alts("not_subordinate") + r")\b",
                                         re.IGNORECASE)
    cues["clause_sub_conj"] = re.compile(r"(?:" + alts("clause_sub_conj") + r")\Z", re.IGNORECASE)
    cues["clause_sub_when"] = re.compile(r"\s*(?:" + alts("clause_sub_when") + r")(?![\w-])",
                                         re.IGNORECASE)
    cues["infinitive_base"] = re.compile(  # "to exchange prisoners", not "to exchange of"
        r"(?:" + alts("infinitive_base") + r")(?![\w-])(?!\s+of(?![\w-]))", re.IGNORECASE)
    cues["ceasefire_agreed"] = re.compile(alts("ceasefire_agreed"), re.IGNORECASE)
    cues["sequel_date"] = re.compile(alts("sequel_date"), re.IGNORECASE)
    cues["toll_follows"] = re.compile(alts("toll_follows"), re.IGNORECASE)
    cues["running_toll"] = re.compile(alts("running_toll"), re.IGNORECASE)
    cues["update_mark"] = re.compile(r"\W*(?:" + alts("update_mark") + r")(?![\w-])",
                                     re.IGNORECASE)
    cues["result_relative"] = re.compile(alts("result_relative"), re.IGNORECASE)
    cues["apposition_open"] = re.compile(r",\s+(?:" + alts("apposition_open") + r")(?![\w-])",
                                         re.IGNORECASE)
    cues["absolute_with"] = re.compile(r",\s+with\s+(?:" + alts("absolute_with") + r")(?![\w-])",
                                       re.IGNORECASE)
    # "leaders who were detained": a relative pronoun, then at most three words to the trigger
    cues["relative_subject"] = re.compile(r"(?<![\w-])(?:" + alts("relative_subject")
                                          + r")\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
    cues["foreign_force"] = re.compile(r"(?<![\w-])(?:" + alts("foreign_force") + r")(?![\w-])",
                                       re.IGNORECASE)
    cues["target_after"] = re.compile(r"\s+(?:" + alts("target_after") + r")(?![\w-])",
                                      re.IGNORECASE)
    # (round 44) "The four villages, occupied by Armenia since the 1990s, were returned": a land
    # noun, then an aside in commas, right before a passive handover (`_place_subject`);
    # (round 55) the noun may have its names after "of" ("The villages of A and B, in the X
    # district, were returned")
    cues["land_subject"] = re.compile(r"(?<![\w-])(?:" + alts("land_subject")
                                      + r")(?:\s+of\s+(?-i:[A-Z])[\w’'-]*(?:(?:\s+|,\s+|\s+and\s+)"
                                      r"(?-i:[A-Z])[\w’'-]*){0,7})?,\s+[^,.;:!?()\n]{1,80}?,\s+$",
                                      re.IGNORECASE)
    # (round 55) "Aghdam district returns to ...": a land noun between a known place and the
    # trigger it is the subject of (`_place_subject`)
    cues["land_after_name"] = re.compile(r"\s+(?:" + alts("land_subject") + r")\s+", re.IGNORECASE)
    # (round 51) "The town of Fuzuli was retaken": a land noun and "of" right before a place
    # name is its title, no phrase the place stands in (`_place_subject`)
    cues["land_of"] = re.compile(r"(?<![\w-])(?:" + alts("land_subject") + r")\s+of\s+$",
                                 re.IGNORECASE)
    # "Stepanakert's Renaissance Square": a possessive, then the site's words
    cues["site_after_possessive"] = re.compile(r"['’]s\s+(?:" + alts("site_after_possessive")
                                               + r")(?![\w-])", re.IGNORECASE)
    # a trigger that is the finite verb of its clause in the simple past: "forces opened fire
    # on ...", "two soldiers were captured"; not "soldiers detained in ... remain" (a later
    # finite verb makes the trigger a participle)
    cues["simple_past"] = re.compile(r"(?:" + alts("simple_past") + r")(?![\w-])", re.IGNORECASE)
    cues["simple_past_aux"] = re.compile(r"(?<![\w-])(?:" + alts("simple_past_aux")
                                         + r")\s+(?:\w+ly\s+)?\w", re.IGNORECASE)
    cues["after_event"] = re.compile(r"(?<![\w-])(?:" + alts("after_event") + r")\s+",
                                     re.IGNORECASE)
    cues["finite_after"] = re.compile(r"(?<![\w-])(?:" + alts("finite_after") + r")(?![\w-])",
                                      re.IGNORECASE)
    # "soldiers who crossed ...": see `_relative_past_cuts`
    cues["relative_past"] = re.compile(r"(?<![,;:])\s+(?:" + alts("relative_past")
                                       + r")\s+(?:" + alts("simple_past") + r")(?![\w-])",
                                       re.IGNORECASE)
    # "soldiers who were captured in April were handed back": a passive relative of capture
    # (its participle one of reduced_relative) ends the same way
    cues["relative_passive"] = re.compile(r"(?<![,;:])\s+(?:" + alts("relative_past")
                                          + r")\s+(?:was|were|had\s+been|have\s+been)\s+(?:"
                                          + alts("reduced_relative") + r")(?![\w-])",
                                          re.IGNORECASE)
    # "a mission that began in 2020": see `_other_noun_relative`
    # "fighting along the border that began on ...": a short place phrase, then the relative
    cues["place_phrase_relative"] = re.compile(
        r"\s+(?:" + alts("place_phrase_preposition") + r")\s+(?:[\w’'.-]+\s+){1,5}"
        r"(?:that|which)\s+(?:" + alts("outbreak_verb") + r")(?![\w-])", re.IGNORECASE)
    # "after the 2020 war began on 27 September": an event named as a point of time order
    # takes a later date only through its own beginning or end (see `_date_in_clause`)
    own_time = "|".join(a.replace(" ", r"\s+") for k in ("outbreak_verb", "ending_verb")
                        for alt in by[k] for a in split_top(alt))
    cues["own_time_verb"] = re.compile(r"\s+(?:had\s+)?(?:" + own_time
                                       + r")\s+(?:on|in)\s+(?:the\s+)?", re.IGNORECASE)
    # "Oct 12 - A truce agreed by the ministers after talks in Moscow appeared to have
    # collapsed": a truce made before the report's day, unless it "took effect" that day
    cues["made_before_participle"] = re.compile(
        r"(?:\s+(?:in|on|for|over)\s+[\w’'-]+(?:\s+[\w’'-]+)?)?,?\s+"
        r"(?:(?:jointly|hastily|only)\s+)?(?:" + alts("made_before_participle")
        + r")\s+(?:by|in|at|on|after|between|with|last)\b", re.IGNORECASE)
    cues["onset_verb"] = re.compile(r"\b(?:" + alts("onset_verb") + r")", re.IGNORECASE)
    cues["relative_that_past"] = re.compile(r"(?<![\w-])(?:that|which)\s+(?:" + alts("simple_past")
                                            + r"|began|begun)(?![\w-])", re.IGNORECASE)
    cues["relative_main"] = re.compile(r"(?<![\w-])(?:" + alts("simple_past") + "|"
                                       + alts("relative_main_aux") + r")(?![\w-])",
                                       re.IGNORECASE)
    # "a conscript from Gyumri was killed near Sotk", "a resident of Karabakh detained at X":
    # where a person comes from is no place of the event (the person noun, "from", or a word
    # of dwelling and "of", an optional "the" and a settlement word before it)
    cues["origin_before"] = re.compile(r"(?<![\w-])(?:(?:" + alts("person_noun") + r")\s+from|(?:"
                                       + alts("origin_noun") + r")\s+of)\s+"
                                       r"(?:the\s+)?(?:(?:town|village|city|region|district)"
                                       r"\s+of\s+)?$", re.IGNORECASE)
    # (round 41) "detained a 68-year-old Karabakh resident at the checkpoint": the place as
    # the word before a noun of dwelling is where the person lives, no place of the event
    cues["origin_after"] = re.compile(r"(?:['’]s)?\s+(?:" + alts("origin_noun") + r")(?![\w-])",
                                      re.IGNORECASE)
    cues["reduced_relative"] = re.compile(r"(?<![\w-])(?:" + alts("person_noun") + r")\s+(?:"
                                          + alts("reduced_relative") + r")(?![\w-])",
                                          re.IGNORECASE)
    # the participles as plain words: a sentence with none of them has no reduced relative
    cues["relative_words"] = tuple(f" {w.lower()} " for alt in by["relative_past"]
                                   for w in split_top(alt))
    cues["reduced_words"] = tuple(w.lower() for alt in by["reduced_relative"]
                                  for w in split_top(alt))
    cues["relative_aux"] = re.compile(r"(?:[\w’'-]+\s+){0,8}?(?:" + alts("relative_main_aux")
                                      + r")(?![\w-])", re.IGNORECASE)
    cues["relative_not_before"] = re.compile(r"(?<![\w-])(?:" + alts("relative_not_before")
                                             + r")[\s,]+$", re.IGNORECASE)

    nums: dict[str, tuple[int, str]] = {}
    for r in read_table("number_words.csv"):
        nums[r["word"].strip().lower()] = (int(r["value"]), r["kind"].strip())

    def words_of(*kinds: str) -> str:
        return "|".join(sorted((w for w, (_, k) in nums.items() if k in kinds),
                               key=lambda w: (-len(w), w)))

    units, scales, articles = words_of("unit", "tens"), words_of("scale"), words_of("article")
    # a number in words has a few parts at most ("three hundred and fifty thousand"): the
    # bound keeps a run of number words from costing quadratic time
    word_num = (rf"(?:(?:{units})(?:[\s-]+(?:and\s+)?(?:{units}|{scales})){{0,7}}"
                rf"|(?:{articles})\s+(?:{scales})(?:[\s-]+(?:and\s+)?(?:{units}|{scales})){{0,6}})")
    digit_num = (r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?![\d.,]\d)"
                 rf"|\d+(?:\.\d+)?(?:\s+(?:{scales}))?(?![\d.,]?\d)")
    num = rf"(?P<n>{digit_num}|{word_num})(?![\w-])"
    qual = alts("number_qualifier")
    fat_before = re.compile(
        rf"(?<![\w-])(?:(?:{qual})\s+)?{num}(?P<mid>(?:\s+[\w’'-]+){{0,5}}?)"
        # "200 people, including 10 civilians, were killed": the aside is part of the toll
        rf"(?:\s*,\s*(?:{alts('count_aside')})\s[^,;.\n]{{1,80}},)?\s+"
        rf"(?:(?:{alts('death_aux')})\s+)*(?:{alts('death')})(?![\w-])", re.IGNORECASE)
    fat_after = re.compile(rf"(?<![\w-])(?:{alts('death_before_number')})\s+"
                           rf"(?:(?:{qual})\s+)?{num}", re.IGNORECASE)
    fat_lost = re.compile(rf"(?<![\w-])(?:{alts('loss_before_number')})\s+(?:(?:{qual})\s+)?"
                          rf"{num}\s+(?:[\w’'-]+\s+){{0,2}}?(?:{alts('person_noun')})(?![\w-])",
                          re.IGNORECASE)
    # "a soldier was killed", "(As a result,) serviceman of the Army, private X, was martyred",
    # "a soldier, private X, born in 2000, was killed" (up to two comma-set asides): one
    # person (not after "not"/"no": "not a single soldier was killed")
    fat_single = re.compile(
        rf"(?:(?<![\w-])(?<!not )(?<!no )an?\s+(?:(?!single\b)[\w’'-]+\s+){{0,2}}?|(?:^|(?<=,\s)))"
        rf"(?:{alts('person_single')})(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)?"
        rf"(?:\s*,\s*[^,;.\n]{{1,50}},(?:\s*[^,;.\n]{{1,50}},)?)?\s+(?:(?:was|has\s+been|had\s+been)\s+"
        rf"(?:{alts('death')})|died)(?![\w-])", re.IGNORECASE)
    num2 = num.replace("(?P<n>", "(?P<m>", 1)
    # the second count's words end in a people noun: "and 3 civilians", "and 80 Armenian troops"
    pair = (rf"{num}(?P<mid1>(?:\s+[\w’'-]+){{1,3}}?)\s+and\s+(?:(?:{qual})\s+)?{num2}"
            rf"(?P<mid2>(?:\s+[\w’'-]+){{0,2}}?\s+(?:{alts('person_noun')}))(?![\w-])")
    fat_pairs = (
        re.compile(rf"(?<![\w-])(?:{alts('death_before_number')})\s+(?:(?:{qual})\s+)?{pair}",
                   re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:(?:{qual})\s+)?{pair}\s+(?:(?:{alts('death_aux')})\s+)*"
                   rf"(?:{alts('death')})(?![\w-])", re.IGNORECASE))
    by_head: dict[str, list[_Trigger]] = {}
    for t in triggers:
        for k in sorted(t.heads or ()):
            by_head.setdefault(k, []).append(t)
    return _Vocab(
        triggers=tuple(triggers),
        by_head={k: tuple(v) for k, v in by_head.items()},
        head_rx=re.compile(key_trie(by_head)),
        head_word_rx=_head_words_rx(triggers),
        headless=tuple(t for t in triggers if t.heads is None),
        cues=cues,
        needles={k: n for k, alts in lists.items() if (n := needles(alts)) is not None},
        rel_punct=_first_chars(rel_other),
        modal_before=_modal_rx(by["modal_before"]),
        modal_keys=union_keys(first_word_keys(p) for p in by["modal_before"]),
        modal_keyed=(_modal_rx(modal_keyed), frozenset(union_keys(
            first_word_keys(p) for p in modal_keyed))) if modal_keyed else None,
        modal_after=re.compile("|".join(by["modal_after"]), re.IGNORECASE),
        meeting_at=re.compile(r"(?<![\w-])(?:" + alts("meeting_word") + r")\s+(?:in|at)\s+"
                              r"(?:the\s+)?$", re.IGNORECASE),
        meeting_after=re.compile(r"\s+(?:" + alts("meeting_word") + r")(?![\w-])",
                                 re.IGNORECASE),
        number=re.compile(rf"(?<![\w.,-])(?:{digit_num}|{word_num})(?![\w-])", re.IGNORECASE),
        number_words=nums,
        qualifier_end=re.compile(rf"(?<![\w-])(?:{qual})\s+$", re.IGNORECASE),
        fat_before=fat_before,
        fat_after=fat_after,
        fat_lost=fat_lost,
        fat_single=fat_single,
        fat_pairs=fat_pairs,
        harm_and=re.compile(rf"(?<![\w-])(?:{alts('not_death')})\s*,?\s+and\s+",
                            re.IGNORECASE),
        range_open=re.compile(rf"(?<![\w-])(?:{alts('range_before')})\s+$", re.IGNORECASE),
        range_rest=re.compile(rf"\s+(?:{alts('range_joint')})\s+(?:{digit_num}|{word_num})"
                              r"(?![\w-])", re.IGNORECASE),
        casualty_tail=re.compile(rf"\s*(?:,\s*)?(?:and/or|or|and)\s+(?:(?:went|gone|were|are|"
                                 rf"remain|remained|listed\s+as|reported)\s+)?"
                                 rf"(?:{alts('not_death')})(?![\w-])", re.IGNORECASE),
        person_noun=words_rx(alts("person_noun")),
        speaker_after=re.compile(r"\s*(?:(?:" + alts("speech_adverb") + r")\s+){0,2}(?:"
                                 + alts("clause_speech") + "|" + alts("clause_speech_that")
                                 + r")(?![\w-])", re.IGNORECASE),
        label_verb=re.compile(r"(?:['’]s?(?:\s+[\w-]+){0,2})?\s*(?:(?:on|last|this|late|early)"
                              r"(?:\s+[\w’'-]+){1,3}\s+)?(?:" + alts("label_verb")
                              + r")(?![\w-])(?!\s+(?:on|upon|for)(?![\w-]))(?:\s+[\w’'-]+){0,6}\s+",
                              re.IGNORECASE),
        label_by=re.compile(r"(?<![\w-])(?:" + alts("label_verb")
                            + r")\s+by\s+(?:[\w’'-]+,?\s+){0,8}$", re.IGNORECASE),
        saying_before=re.compile(r"(?<![\w-])(?:" + alts("clause_speech") + "|"
                                 + alts("clause_speech_that") + r")\s+(?:on\s+)?$",
                                 re.IGNORECASE),
        direction_before=re.compile(r"(?<![\w-])(?:" + alts("direction_before")
                                    + r")\s+(?:the\s+)?$", re.IGNORECASE),
        destination_before=re.compile(r"(?<![\w-])(?:" + alts("destination_before")
                                      + r")\s+(?:the\s+)?$", re.IGNORECASE),
        border_place=by["border_place"][0],
    )


def _modal_rx(rows: list[str]) -> re.Pattern[str]:
    """`modal_before` rows as one regex, each starting at a word start."""
    return re.compile("|".join(r"(?<![\w-])(?:" + p + ")" for p in rows), re.IGNORECASE)


def _ruled_out(kind: str, low: str, plain: bool) -> bool:
    """`patterns.ruled_out` for the cue list `kind` (True: it provably finds nothing)."""
    return ruled_out(_vocab().needles.get(kind), low, plain)


def _first_chars(alternatives: list[str]) -> tuple[str, ...] | None:
    """The literal first characters of regex alternatives (", which" -> ","), or None when
    one starts otherwise (a class, a group, an escape, a lookaround): a match of one of
    them then contains one of these characters, so text without any of them has none."""
    out = set()
    for alt in alternatives:
        if not alt or not re.fullmatch(r"[,;:]", alt[0]):
            return None
        out.add(alt[0])
    return tuple(sorted(out))


_LITERAL, _IN, _SUBPATTERN = (_sre_constants.LITERAL, _sre_constants.IN,
                               _sre_constants.SUBPATTERN)
_BRANCH, _MAXREPEAT = _sre_constants.BRANCH, _sre_constants.MAXREPEAT
_REPEATS = (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT)
_LOOKS = (_sre_constants.ASSERT, _sre_constants.ASSERT_NOT)
#: Most first words listed for one trigger (more: not listed, the trigger is always tried).
_MAX_FIRST_WORDS = 4096


def _first_words(pattern: str) -> frozenset[str] | None:
    """The whole first words (lower-case) a match of the trigger pattern can start with,
    read from the parsed regex: "(?:humanitarian )?truce" -> {"humanitarian", "truce"}.

    A word is complete where the pattern reaches a literal that is no word character (" ",
    "-", ",") or its end (`words_rx` then allows no word character). None when that cannot
    be listed: a class such as \\S or \\w inside the first word, an unbounded repeat, a
    lookahead, a class mixing word and other characters, too many words."""
    try:
        found = _words_of(list(_sre_parser.parse(pattern, re.IGNORECASE).data), "", 0)
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    if not found or not all(w.isascii() for w in found):
        return None  # a non-ASCII letter may match, ignoring case, one that lowers otherwise
    return frozenset(found)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _words_of(seq: list, cur: str, depth: int) -> set[str] | None:
    """First words of a parsed regex sequence whose match so far spells `cur`."""
    if depth > 60:
        return None
    if not seq:
        return {cur} if cur else None
    op, av = seq[0]
    rest = seq[1:]
    if op is _LITERAL:
        ch = chr(av).lower()
        if _is_word_char(ch):
            return _words_of(rest, cur + ch, depth + 1)
        return {cur} if cur else None
    if op is _IN:
        if any(o is not _LITERAL for o, _ in av):
            return None
        chars = sorted({chr(x).lower() for _, x in av})
        if all(_is_word_char(c) for c in chars):
            return _union_words(_words_of(rest, cur + c, depth + 1) for c in chars)
        if not any(_is_word_char(c) for c in chars):
            return {cur} if cur else None
        return None
    if op is _SUBPATTERN:
        return _words_of(list(av[-1]) + rest, cur, depth + 1)
    if op in _LOOKS and av[0] < 0 and not cur:  # a lookbehind before the word
        return _words_of(rest, cur, depth + 1)
    if op is _BRANCH:
        return _union_words(_words_of(list(b) + rest, cur, depth + 1) for b in av[1])
    if op in _REPEATS and av[1] is not _MAXREPEAT:
        lo, hi, sub = av
        if hi == 0:
            return _words_of(rest, cur, depth + 1)
        again = [(op, (max(lo - 1, 0), hi - 1, sub))] if hi > 1 else []
        once = _words_of(list(sub) + again + rest, cur, depth + 1)
        return _union_words([once, _words_of(rest, cur, depth + 1)]) if lo == 0 else once
    return None


def _union_words(parts: Iterable[set[str] | None]) -> set[str] | None:
    out: set[str] = set()
    for p in parts:
        if p is None:
            return None
        out |= p
        if len(out) > _MAX_FIRST_WORDS:
            return None
    return out


def parse_number(text: str) -> int | None:
    """'6,500' -> 6500, 'three' -> 3, 'two thousand' -> 2000, '1.5 million' -> 1500000.

    None for anything that is not one stated number ("several", "dozens", "1.5")."""
    words = _vocab().number_words
    s = " ".join(text.strip().lower().replace("\u00a0", " ").replace("\u202f", " ").split())
    m = re.fullmatch(r"(\d{1,3}(?:[, ]\d{3})+|\d+(?:\.\d+)?)(?:\s+([a-z]+))?", s)
    if m:
        base = float(re.sub(r"[, ]", "", m.group(1)))
        if m.group(2):
            scale = words.get(m.group(2))
            if scale is None or scale[1] != "scale":
                return None
            base *= scale[0]
        return round(base) if base == round(base) else None
    total, current, seen = 0, 0, False
    for w in re.split(r"[\s-]+", s):
        if w == "and" and seen:
            continue
        entry = words.get(w)
        if entry is None:
            return None
        val, kind = entry
        seen = True
        if kind == "scale":
            current = max(current, 1) * val
            if val >= 1000:
                total, current = total + current, 0
        else:
            current += val
    return total + current if seen else None


# --- gazetteer --------------------------------------------------------------------------------
@lru_cache(maxsize=4096)
def _place(place_id: str | None) -> gazetteer.Place | None:
    if not place_id:
        return None
    try:
        return gazetteer.place(place_id)
    except KeyError:
        return None


def _km(a: gazetteer.Place, b: gazetteer.Place) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dl = math.radians(b.lon - a.lon)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


@lru_cache(maxsize=65536)
def places_contradict(a: str | None, b: str | None) -> bool:
    """True when two place ids cannot both locate one event.

    Absence never contradicts; a country never contradicts (reports of a border clash name
    either side); otherwise two places contradict only when both have coordinates more than
    `_MAX_PLACE_KM` apart: a village and its region, or a corridor and the region it crosses,
    are one event seen at two scales."""
    if not a or not b or a == b:
        return False
    pa, pb = _place(a), _place(b)
    if pa is None or pb is None or "country" in (pa.kind, pb.kind):
        return False
    d = _km(pa, pb)
    return d is not None and d > _MAX_PLACE_KM


# --- clauses ----------------------------------------------------------------------------------
@dataclass
class _Clause:
    start: int  # absolute offsets
    end: int
    kind: str  # main | sub | rel | speech
    region: int  # stretch of speech: each reporting verb starts a new one


def _clauses(s: Sentence, date_starts: Sequence[int], low: str, plain: bool) -> list[_Clause]:
    """Cut a sentence into clauses (step 3 of the module docstring). Commas alone never cut, so
    a fronted date stays with its clause; a subordinator that just introduces a date ("since
    April 23") does not cut either. `low` and `plain`: the sentence's text lower-cased and
    `_plain_case` of it (for `_ruled_out`)."""
    v = _vocab()
    t = s.text
    order = {"speech": 3, "sub": 2, "rel": 1, "main": 0}
    cuts: dict[int, str] = {}

    def cut(pos: int, kind: str) -> None:
        if 0 < pos < len(t) and order[kind] >= order[cuts.get(pos, "main")]:
            cuts[pos] = kind

    def opens_date(pos: int) -> bool:
        i = bisect.bisect_left(date_starts, s.start + pos)
        return i < len(date_starts) and date_starts[i] - (s.start + pos) <= 3

    # a list ruled out would find nothing: it is not run
    may_speech, may_that, may_sub, may_rel = (not _ruled_out(k, low, plain) for k in (
        "clause_speech", "clause_speech_that", "clause_sub", "clause_rel_words"))
    speech = [(m, True) for m in v.cues["clause_speech"].finditer(t)] if may_speech else []
    if may_that:
        speech += [(m, False) for m in v.cues["clause_speech_that"].finditer(t)]
    for m, always in sorted(speech, key=lambda x: x[0].start()):
        if v.cues["passive_aux"].search(t, max(0, m.start() - 8), m.start()):
            continue  # "gunfire was reported on Monday": no speaker
        if not always and not re.match(r"\s*(?:,\s*)?(?:that\b|[:“\"«])", t[m.end():]):
            continue  # "declared independence": the verb is the event, not a report
        if v.cues["speech_lead"].match(m.group(0)):
            if not t[:m.start()].strip(" \"'“"):
                comma = t.find(",", m.end())
                if comma > 0:
                    cut(comma + 1, "speech")
            else:
                cut(m.start(), "speech")
            continue
        that = re.match(r"\s+that\b", t[m.end():])
        cut(m.end() + (that.end() if that else 0), "speech")
    fronted_sub = False
    for m in v.cues["clause_sub"].finditer(t) if may_sub else ():
        if (opens_date(m.end() + 1) and not v.cues["clause_sub_conj"].match(m.group(0))) \
                or v.cues["not_subordinate"].match(t, m.end()):
            continue  # "since April 23" ("while on 24 March troops ..." still opens a clause)
        lead = t[:m.start()].strip(" \"'“(")
        if lead:
            cut(m.start(), "sub")
            # "In 2016, after the four-day war, A and B met in Vienna", "A month after the
            # war, ...": after a short fronted adverbial or a measure of time, the
            # subordinate phrase runs to its comma, as at the sentence's start
            fronted = (m.group(0)[:1].islower() and (
                (lead.endswith(",") and "," not in lead[:-1] and len(lead.split()) <= 4)
                or _TIME_MEASURE.fullmatch(lead) is not None)) or _label_lead(lead, s, m.start())
        else:  # "After the war, ...": the clause runs to the first comma
            fronted = True
        comma = t.find(",", m.end()) if fronted else -1
        if comma > 0:
            cut(comma + 1, "main")
            fronted_sub = fronted_sub or not lead
    for m in _clause_openers(s, may_rel):
        for p in range(m.start() + 1, m.end() + 1):  # ", when": the opener is relative
            if cuts.get(p) == "sub":
                del cuts[p]
        cut(m.start(), "rel")
    # (cheap checks first: the cues' plain words)
    who = any(w in low for w in v.cues["relative_words"])
    if who or any(w in low for w in v.cues["reduced_words"]):
        for pos, kind in _relative_past_cuts(t, who):
            cut(pos, kind)
    positions = sorted(cuts)
    bounds = [0, *positions, len(t)]
    kinds = ["sub" if fronted_sub else "main"] + [cuts[p] for p in positions]
    out: list[_Clause] = []
    region = 0
    for i, kind in enumerate(kinds):
        region += kind == "speech"
        out.append(_Clause(s.start + bounds[i], s.start + bounds[i + 1], kind, region))
    return out


#: a subordinate clause or phrase that places its event before or after the main clause's time
_TIME_ORDER = re.compile(r"(?:after|before|following|since|until|till)(?![\w-])", re.IGNORECASE)
#: a measure of time fronted before "after"/"before" ("A month", "Two days", "Shortly", "Weeks")
_TIME_MEASURE = re.compile(r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|"
                           r"several|some|just|only|barely|\d+)\s+(?:full\s+)?)?(?:hours?|days?|"
                           r"weeks?|months?|years?|decades?)|shortly|soon|just|long|immediately|"
                           r"right", re.IGNORECASE)


#: A timeline entry's label: a short lead closed by a colon or a dash ("17 November 2023:",
#: "Dec. 14 -").
_LABEL_END = re.compile(r"(?:[^\s:]+\s+){0,4}[^\s:]+\s*(?::|\s[-\u2013\u2014])")


def _label_lead(lead: str, s: Sentence, pos: int) -> bool:
    """Whether the words before a subordinator at `pos` of the sentence are a label holding a
    date ("17 November 2023: After the exodus, the court orders ..."): the phrase after it
    is fronted, as at the sentence's start, and runs to its comma."""
    return _LABEL_END.fullmatch(lead) is not None and any(
        s.start <= d.start and d.end <= s.start + pos for d in s.dates)


#: A fronted adverbial that is nothing but a date and its comma ("In June 2021,", "On 12 June,",
#: "Late on 9 November,"), before a fronted phrase.
_DATE_LEAD = re.compile(r"(?:(?:early|late|later|then|and|but)\s+)?(?:(?:in|on|by|during)\s+)?"
                        r"(?:the\s+)?", re.IGNORECASE)


def _label_date(h: _Hit, clauses: list[_Clause], dates: list[DateMention], text: str
                ) -> DateMention | None:
    """The date of a timeline entry's label, for a trigger in the main clause after a fronted
    phrase ("17 November 2023: After the exodus, the ICJ orders Azerbaijan to ..."): the label
    dates the entry; the phrase between tells what came before. So does a fronted date
    adverbial of its own before the phrase ("In June 2021, after talks mediated by X, Baku
    released 15 detainees")."""
    if h.clause < 2 or clauses[h.clause].kind != "main" or \
            not _fronted_phrase(phrase := clauses[h.clause - 1], text):
        return None
    lead = text[clauses[0].start:phrase.start].strip()
    own = [d for d in dates if clauses[0].start <= d.start and d.end <= phrase.start]
    if len(own) != 1:
        return None
    if _LABEL_END.fullmatch(lead) is not None:
        return own[0]
    d = own[0]
    pre = text[clauses[0].start:d.start].lstrip()
    if _DATE_LEAD.fullmatch(pre) is not None and \
            re.fullmatch(r"\s*,\s*", text[d.end:phrase.start]) is not None:
        return d
    return None


def _fronted_phrase(c: _Clause, text: str) -> bool:
    """Whether `c` is a subordinate phrase closed by its comma before the main clause ("After
    the war, ...", "In 2019, before the war, ..."; see `_clauses`)."""
    return c.kind == "sub" and text[c.start:c.end].rstrip().endswith(",")


def _relative_past_cuts(t: str, who: bool = True) -> list[tuple[int, str]]:
    """Where a restrictive relative clause in the simple past starts and ends in a sentence's
    text `t` ("Veterans who fought in the war gathered in Yerevan on Saturday", "handed back
    conscripts who strayed across in June"): its start is a "rel" cut, like a past perfect
    one's ("who had strayed"), and the first later word that can be the main clause's finite
    verb (not after an article, a preposition, an auxiliary or an adverb; no comma or
    semicolon between) resumes the main clause. So the relative's date is not the main
    event's, nor the main clause's date the relative's event's."""
    v = _vocab().cues
    out: list[tuple[int, str]] = []
    found = [*v["relative_past"].finditer(t), *v["relative_passive"].finditer(t)] if who else ()
    for m in found:
        out.append((m.start(), "rel"))
        stop = len(t)
        for ch in ",;:":
            i = t.find(ch, m.end())
            if 0 <= i < stop:
                stop = i
        for verb in v["relative_main"].finditer(t, m.end(), stop):
            if not v["relative_not_before"].search(t, max(m.end(), verb.start() - 16),
                                                   verb.start()):
                out.append((verb.start(), "main"))
                break
    for m in v["reduced_relative"].finditer(t):
        # "Armenians detained during the exodus were sentenced": both cuts, or none
        start = t.rfind(" ", m.start(), m.end()) + 1
        aux = v["relative_aux"].match(t, m.end() + 1)
        if aux is not None and not any(ch in t[m.end():aux.end()] for ch in ",;:") and \
                not v["relative_not_before"].search(t, max(m.end(), aux.end() - 24),
                                                    aux.end() - len(aux.group(0).split()[-1])):
            out += [(start, "rel"), (aux.end() - len(aux.group(0).split()[-1]), "main")]
    return out


def _clause_openers(s: Sentence, may_words: bool) -> list[re.Match]:
    """`cues['clause_rel'].finditer(s.text)`, from its two parts.

    `FastRx.finditer` collects the leftmost non-overlapping matches of the alternatives that
    start with a word, adds every match of the others, and keeps the leftmost
    non-overlapping ones of all, sorted by (start, longest first). The two parts are those
    two sets exactly (each `FastRx` is built from the same alternatives, so it compiles the
    same regex), so merging them the same way gives the same matches. What it saves: the
    word part is not run where `may_words` (`_ruled_out`) says it finds nothing, and the other
    part, whose alternatives all start with ",", ";" or ":" (checked when the vocabulary is
    read), not in a sentence without one of those."""
    v = _vocab()
    t = s.text
    found = v.cues["clause_rel_words"].finditer(t) if may_words else []
    if v.rel_punct is None or any(c in t for c in v.rel_punct):
        found += v.cues["clause_rel_other"].finditer(t)
    return found if len(found) < 2 else leftmost_longest(found)


def _clause_head_start(clause: _Clause, prev: _Clause | None, text: str) -> int:
    """Where the words about a clause's subject start: a relative clause ("the enclave,
    which declared independence ...") is about the noun just before it."""
    if clause.kind == "rel" and prev is not None:
        head = _vocab().cues["relative_pronoun"].search(text, clause.start,
                                                         min(clause.end, clause.start + 24))
        if head is not None and not text[clause.start:head.start()].strip(" ,;:").count(" "):
            return max(prev.start, clause.start - 40)
    return clause.start


def _clause_index(clauses: list[_Clause], pos: int) -> int:
    for i, c in enumerate(clauses):
        if c.start <= pos < c.end:
            return i
    return len(clauses) - 1


# --- per-article extraction -------------------------------------------------------------------
@dataclass
class _Hit:
    start: int
    end: int
    trig: _Trigger
    sent: Sentence
    clause: int = 0

    @property
    def event_type(self) -> str:
        return self.trig.event_type


@dataclass
class _Draft:
    """A report being built: its trigger(s), chosen date and the rest of its support."""

    hits: list[_Hit]
    event_type: str
    subtype: str
    date: DateMention | None = None
    coarsen: bool = False  # date taken one step coarser ("the ensuing wars")
    place_id: str | None = None
    place_span: tuple[int, int] | None = None
    actors: list[Mention] = field(default_factory=list)
    fatalities: int | None = None
    fatality_span: tuple[int, int] | None = None
    generic_document: bool = False  # "the agreement", "documents": may be the ceasefire's
    reference: bool = False  # "the agreements of <date>": a document named, not an occasion
    #: one of two dates given to one trigger ("clashes in May 2021 and November 2021"): a
    #: toll told with both is no count of either
    joint: bool = False
    clause: _Clause | None = None
    #: the clause before this one and the sentence's live triggers, for `_place_and_actors`
    setting: tuple[_Clause | None, list[_Hit]] | None = None

    @property
    def anchor(self) -> int:
        return self.hits[0].start

    @property
    def sent(self) -> Sentence:
        return self.hits[0].sent

    def value(self) -> tuple[dt.date | None, dt.date | None, str | None]:
        dm = _coarsen(self.date) if self.coarsen and self.date else self.date
        return (None, None, None) if dm is None else (dm.date, dm.date_end, dm.precision)


_DOC_TRIGGER = _Trigger("agreement", "", re.compile(r"(?!)"), "", False,
                        _TYPE_PRIORITY.index("agreement"), False, None)


def extract_events(a: Analysed) -> list[EventReport]:
    """One article's event reports, sorted by the offset of their trigger.

    Deterministic; only dated events are returned (see the module docstring for each rule)."""
    a = voiced(a)  # "I" and "we" in a speaker's words are the speaker's (`voice.py`)
    text = a.text
    by_sent: dict[int, list[_Hit]] = {}
    named: dict[str, int] = {}  # event type -> index of the last sentence naming one
    for h in _find_hits(a):
        if _called_untrue(text, h.sent, h.start, h.end):
            continue  # (round 59) "said reports that its forces fired on X were false and
            # accused Baku of shelling Y": the report's trigger alone, before it joins Y's
        if h.trig.needs == "antecedent":
            # "a third, agreed on 25 October": a count of truces names one only after a
            # truce was named, in this sentence or the one before (round 49: a list's date
            # label between them does not count, and a group "more" named so names one too)
            last = named.get(h.event_type, -9)
            if last < 0 or (h.sent.index - last > 1 and not all(
                    _label_only(a.sentences[k]) for k in range(last + 1, h.sent.index))):
                continue
        named[h.event_type] = h.sent.index
        by_sent.setdefault(h.sent.index, []).append(h)
    drafts_by_sent: dict[int, list[_Draft]] = {}
    used_dates: set[int] = set()
    for s in a.sentences:
        hits = by_sent.get(s.index, [])
        if hits and (label := _heading_label(a, s)) is not None:
            s, hits = _under_label(s, label, hits, text)
        if s.in_caption or not (s.dates or (hits and (_may_borrow_date(s, hits) or (
                "\n" in text and live_day_heading(text, a.dates, hits[0].start,
                                                  a.published) is not None)))):
            continue  # captions are weaker than the body; nothing else here can be dated
        drafts = _sentence_drafts(a, s, hits)
        if drafts:
            drafts_by_sent[s.index] = drafts
            used_dates.update(d.date.start for d in drafts if d.date is not None)
    _date_by_reference(a, drafts_by_sent)
    _date_after_event(a, by_sent, drafts_by_sent)
    _next_sentence_tolls(a, by_sent, drafts_by_sent)
    _running_tolls(a, by_sent, drafts_by_sent)
    _denied_next(a, drafts_by_sent)
    for drafts in drafts_by_sent.values():
        for dr in drafts:
            if dr.date is None and dr.event_type == "agreement" and \
                    _vocab().cues["meeting_context"].search(text, dr.sent.start, dr.sent.end):
                dr.date = _meeting_date(a, dr, used_dates)
    out = [dr for i in sorted(drafts_by_sent) for dr in drafts_by_sent[i] if dr.date is not None]
    for dr in out:
        _place_and_actors(text, dr)
    _exchange_counterparts(text, drafts_by_sent)
    out += [x for dr in out for x in _ellipsis_drafts(text, dr)]
    out += _followed_drafts(a, out)
    # "the Minsk Group co-chairs issued a joint statement": outsiders' joint statement is what
    # they said, not an agreement between the sides
    out = [dr for dr in out if not _outsiders_statement(dr, text)]
    out = [dr for dr in out if not _after_publication(a, dr)]
    out = [dr for dr in out if not _retracted_report(a, dr)]
    out = [dr for dr in out if not _in_another_conflict(dr)]
    out = [dr for dr in out if not _third_country_item(a, dr)]
    _retype_within_article(a, out)
    reports = [_to_report(a, dr) for dr in out]
    reports.sort(key=lambda r: (r.anchor, r.event_type, r.date or dt.date.min))
    return reports


#: a comma (or a space) and a coordinator of the second half (`swap_counterpart`), then its subject
_COUNTERPART_LEAD = re.compile(r"(?:\s*,)?\s+$")
_COUNTERPART_SUBJECT = re.compile(r"[^.,;:()]{0,60}")


def _exchange_counterparts(text: str, drafts_by_sent: dict[int, list[_Draft]]) -> None:
    """(round 54) The second half of an exchange in a clause of its own: "Thirty-two servicemen
    held in Azerbaijan returned on 13 December, while Yerevan handed over two Azerbaijani
    soldiers". An undated release whose clause opens with a comma and a coordinator (cue kind
    swap_counterpart) right after a dated release of its sentence, no other trigger between,
    lends that release its actors and its trigger (it is the same exchange, of that day; an
    undated draft makes no report of its own)."""
    rx = _vocab().cues["swap_counterpart"]
    for drafts in drafts_by_sent.values():
        for u in drafts:
            if u.date is not None or (u.event_type, u.subtype) != ("detention", "release"):
                continue
            d = next((x for x in reversed(drafts) if x.date is not None and x.hits[-1].end
                      <= u.anchor and (x.event_type, x.subtype) == ("detention", "release")),
                     None)
            if d is None or d.setting is None or any(
                    d.hits[-1].end <= o.start and o.end <= u.anchor for o in d.setting[1]):
                continue
            m = next((m for m in rx.finditer(text, d.hits[-1].end, u.anchor)
                      if _COUNTERPART_LEAD.search(text, d.hits[-1].end, m.start())
                      and _COUNTERPART_SUBJECT.fullmatch(text, m.end(), u.anchor)), None)
            if m is None:
                continue
            _place_and_actors(text, u)
            have = {a.actor_id for a in d.actors}
            d.actors += [a for a in u.actors if a.actor_id not in have]
            d.hits += u.hits


def _heading_label(a: Analysed, s: Sentence) -> Sentence | None:
    """(round 56) A digest's day heading on a line of its own ("TUESDAY", "Monday:", "12
    June"), the sentence right before `s` with nothing but a newline between, when `s` writes
    no date as fine as the heading's: the heading dates the item's first sentence, as it does
    when the splitter keeps the two together ("FRIDAY Clashes erupted ...")."""
    if s.index == 0 or s.in_caption:
        return None
    prev = a.sentences[s.index - 1]
    if prev.in_caption or not _label_only(prev) or "\n" not in a.text[prev.end:s.start] or \
            a.text[prev.end:s.start].strip():
        return None
    rank = _RANK[prev.dates[0].precision]
    if any(_RANK[d.precision] <= rank for d in s.dates):
        return None
    return prev


def _under_label(s: Sentence, label: Sentence, hits: list[_Hit], text: str
                 ) -> tuple[Sentence, list[_Hit]]:
    """`s` read with its heading in front (`_heading_label`), and its triggers moved to it."""
    joined = replace(s, start=label.start, text=text[label.start:s.end],
                     mentions=label.mentions + s.mentions, dates=label.dates + s.dates)
    return joined, [replace(h, sent=joined) for h in hits]


def _label_only(s: Sentence) -> bool:
    """(round 49) A sentence that is only a date, a list's label ("- July 2021.")."""
    return len(s.dates) == 1 and s.text.strip(" -–•*.:\n") == s.dates[0].text


@lru_cache(maxsize=1)
def _other_conflict_countries() -> frozenset[str]:
    """ISO3 codes of the countries the `off_topic` cue names as another conflict's (Ukraine,
    Syria, Tajikistan, ...), read from the gazetteer's country places."""
    rx = _vocab().cues["off_topic"]
    return frozenset(p.country for p in gazetteer.load_gazetteer().places.values()
                     if p.kind == "country" and p.country
                     and (m := rx.search(p.name)) is not None and m.group() == p.name)


def _in_another_conflict(dr: _Draft) -> bool:
    """Whether a happening on the ground is placed in a country of another conflict ("deadly
    clashes there in September 2022", "there" being Dushanbe): not this dataset's, though the
    sentence never names that war."""
    if dr.event_type not in _LOCATED_TYPES:
        return False
    p = _place(dr.place_id)
    return p is not None and p.country in _other_conflict_countries()


@lru_cache(maxsize=1)
def _party_countries() -> frozenset[str]:
    """ISO3 codes of the conflict's two states (`CONFLICT_PARTIES`), from the gazetteer."""
    actors = gazetteer.load_gazetteer().actors
    return frozenset(x.country for a in CONFLICT_PARTIES
                     if (x := actors.get(a)) is not None and x.country)


@lru_cache(maxsize=4096)
def _party_bound(actor_id: str) -> bool:
    """Whether an actor belongs to the conflict: of one of its states, or (an outsider's body)
    named or described by the `conflict_bound` cue ("EU Mission in Armenia", "Russian
    peacekeeping force in Nagorno-Karabakh", the Karabakh authorities)."""
    x = gazetteer.load_gazetteer().actors.get(actor_id)
    if x is None:
        return False
    return actor_id in CONFLICT_PARTIES or x.country in _party_countries() or \
        _vocab().cues["conflict_bound"].search(f"{x.name} {x.role or ''}") is not None


#: (round 56) Types a third country's own news gives in a digest: arrests, rallies, troops sent.
#: (Fighting is left out: "since the 2020 war", told with talks in Moscow, is this conflict's.)
_THIRD_COUNTRY_TYPES = frozenset({"detention", "protest", "deployment"})
#: (round 62) types whose party is never the state across a border the text places them on
#: ("monitors deployed along the border with Azerbaijan"); `across_border` in event_cues.csv
_ACROSS_BORDER_TYPES = frozenset({"protest", "deployment"})


def _third_country_item(a: Analysed, dr: _Draft) -> bool:
    """(round 56) Whether an arrest, a rally or a deployment is a third country's own news
    ("Georgian police detained 20 protesters in Tbilisi on 14 May", "security forces arrested
    dozens of demonstrators in Tehran on 19 September" in a regional digest): placed in a
    country other than the two states, while its item (the line it stands on: a paragraph, a
    list entry, a live-blog post) names no party of the conflict: no place of the two states,
    no actor of theirs or of the conflict (its peacekeepers, the EU mission in Armenia) and no
    `conflict_bound` word ("Armenian diaspora", "Artsakh"). A diaspora rally in Brussels, a
    prisoner handover at the Georgian border or the EU mission's deployment say whose they
    are in their item and stay."""
    if dr.event_type not in _THIRD_COUNTRY_TYPES:
        return False
    p = _place(dr.place_id)
    parties = _party_countries()
    if p is None or not p.country or p.country in parties:
        return False
    text, s = a.text, dr.sent
    start = text.rfind("\n", 0, s.start) + 1
    end = text.find("\n", s.end)
    end = len(text) if end < 0 else end
    if _vocab().cues["conflict_bound"].search(text, start, end) is not None:
        return False
    for m in a.mentions:
        if m.start >= end:
            break
        if m.start >= start and (
                (m.actor_id and _party_bound(m.actor_id))
                or ((q := _place(m.place_id)) is not None and q.country in parties)):
            return False
    return True


def _after_publication(a: Analysed, dr: _Draft) -> bool:
    """Whether an event would begin after the article was published ("the route could carry 15
    million tonnes by 2035, if a treaty is signed"): an event is something that happened, so a
    date past the publication is a plan, a forecast or a condition the rules did not see, or a
    misread date; the row is dropped rather than kept with a date no span supports as past. A
    day of slack allows for time zones and a publication stamped before midnight. A page
    updated after it appeared ("UPDATE, 15 June 2023. ...") writes out days later than its
    publication: the latest full date it writes (day, month and year, not in the future) is
    a day its text had reached, so nothing up to it is dropped."""
    if a.published is None or dr.date is None:
        return False
    date, _end, _prec = dr.value()
    if date is None:
        return False
    last = period_end(a.published, a.doc.published_precision or "day")
    if date <= last + dt.timedelta(days=1):
        return False
    written = [d.date for s in a.sentences for d in s.dates if d.date is not None
               and d.precision == "day" and not d.relative and not d.future]
    return not written or date > max(written) + dt.timedelta(days=1)


#: (round 35) Types of happening a side reports and the other denies: fighting, and a capture
#: of ground ("said its forces had taken X" ... "later said the report was inaccurate").
_DENIABLE_TYPES = frozenset({"armed_clash", "territorial_change"})


def _denied_next(a: Analysed, drafts_by_sent: dict[int, list[_Draft]]) -> None:
    """'Baku said one of its soldiers was wounded by sniper fire. Yerevan denied that its
    troops had fired': fighting reported by one side and denied in the next sentence is a
    claim, no fact (a denial of who started it, "denied that it started the fighting", is
    none)."""
    cues = _vocab().cues
    for i, drafts in drafts_by_sent.items():
        if not any(dr.event_type in _DENIABLE_TYPES for dr in drafts):
            continue
        drafts_by_sent[i] = drafts = [dr for dr in drafts if not _denied_within(dr, a.text)]
        if i + 1 >= len(a.sentences):
            continue
        if not _opens_with_denial(a.text, a.sentences[i + 1]):
            continue
        drafts_by_sent[i] = [dr for dr in drafts if not (
            dr.event_type in _DENIABLE_TYPES
            and cues["said_any"].search(a.text, dr.sent.start, dr.hits[0].start))]


def _opens_with_denial(text: str, s: Sentence) -> bool:
    """Whether sentence `s` opens with a denial (`denial_next`: "Yerevan denied that ...")
    that is not only a denial of who started it (`denial_blame`), or (round 60) with the
    words that no such happening took place (`no_such_event`)."""
    cues = _vocab().cues
    if cues["no_such_event"].match(text, s.start, s.end) is not None:
        return True
    m = cues["denial_next"].match(text, s.start, min(s.end, s.start + 160))
    return m is not None and cues["denial_blame"].search(text, m.end(), s.end) is None


def _denied_within(dr: _Draft, text: str) -> bool:
    """'Baku accused Armenian units of firing at its positions in March, which Yerevan
    denied' / '...; Yerevan denied that any shots were fired': fighting a side reports (a
    reporting or charging verb before the trigger) and the other side denies later in the
    same sentence (`denial_which`) is a claim, no fact (a denial of who started it is none)."""
    if dr.event_type not in _DENIABLE_TYPES:
        return False
    cues = _vocab().cues
    first = dr.hits[0].start
    if cues["said_any"].search(text, dr.sent.start, first) is None:
        return False
    m = cues["denial_which"].search(text, dr.hits[-1].end, dr.sent.end)
    return m is not None and cues["denial_blame"].search(text, m.end(), dr.sent.end) is None


#: (round 57) how many sentences after a report a denial of it may stand (a question and the
#: speaker's label between them in a transcript)
_DENIAL_REACH = 3


def _retracted_report(a: Analysed, dr: _Draft) -> bool:
    """'A report on 9 November that Armenian forces had recaptured Shushi was quickly
    denied', 'A claim that units shelled X on 14 March was dismissed by Yerevan': a happening
    told only inside the "that" clause of a report (`report_that`) that the same sentence
    then calls denied, retracted or withdrawn (`report_denied`) is a claim, no fact, of any
    type. So it is (round 57) when one of the next few sentences calls the report untrue
    ("There are reports that a soldier was detained last week. Can you confirm? - Those
    reports are false.", `report_false`) or opens with a denial (`denial_next`)."""
    cues, text = _vocab().cues, a.text
    s, first, last = dr.sent, dr.hits[0].start, dr.hits[-1].end
    if _report_before(text, s, first) is None:
        return False
    if _denied_after(text, s, last):
        return True
    return any(cues["report_false"].search(text, nxt.start, nxt.end)
               or _opens_with_denial(text, nxt)
               for nxt in a.sentences[s.index + 1:s.index + 1 + _DENIAL_REACH])


def _report_before(text: str, s: Sentence, first: int) -> re.Match | None:
    """The last report's noun and its "that" (`report_that`) before `first` in sentence `s`,
    with no semicolon between: what follows up to `first` is told only as that report."""
    if "that" not in text[s.start:first].lower():
        return None  # cheap guard: no "that" clause before
    m = max(_vocab().cues["report_that"].finditer(text, s.start, first),
            key=lambda x: x.start(), default=None)
    return None if m is None or ";" in text[m.end():first] else m


def _denied_after(text: str, s: Sentence, last: int) -> bool:
    """Whether sentence `s` calls the report denied or untrue after `last` (`report_denied`),
    with no semicolon between."""
    d = _vocab().cues["report_denied"].search(text, last, s.end)
    return d is not None and ";" not in text[last:d.start()]


def _called_untrue(text: str, s: Sentence, first: int, last: int) -> bool:
    """Whether the words from `first` to `last` are told inside a report's "that" clause that
    the same sentence then calls denied or untrue: "A report that troops had shelled X was
    denied", "said reports that its forces fired on X were false"."""
    return _report_before(text, s, first) is not None and _denied_after(text, s, last)


#: A joint statement's words in an agreement's trigger (not a signed accord or treaty).
_JOINT_STATEMENT = re.compile(r"(?<![\w-])joint\s+(?:statement|communiqu)", re.IGNORECASE)

def _outsiders_statement(dr: _Draft, text: str) -> bool:
    """Whether an agreement row is a joint statement issued by outsiders alone ("the Minsk
    Group co-chairs issued a joint statement on 12 March"): actors named, none of them a side
    of the conflict or one of its people or bodies."""
    if dr.event_type != "agreement" or not dr.actors or not any(
            _JOINT_STATEMENT.search(text, h.start, h.end) for h in dr.hits):
        return False
    # the two sides' states: a joint statement with neither among its actors (nor one of their
    # people or bodies) is mediators' or neighbours' speech
    sides = _party_countries()
    return not any(gazetteer.actor(m.actor_id).country in sides  # type: ignore[arg-type]
                   for m in dr.actors)


def _find_hits(a: Analysed) -> list[_Hit]:
    """All trigger matches, overlaps resolved by type priority, then length."""
    v = _vocab()
    text = a.text
    found: list[tuple[int, int, _Trigger]] = []
    for trig in v.headless:
        found.extend((m.start(), m.end(), trig) for m in trig.rx.finditer(text))
    if _plain_case(text):  # the same tries, but only where a trigger's first word stands
        for w in v.head_word_rx.finditer(fold(text)):
            at = w.start()
            for trig in _tried_at(w.group()):
                m = trig.rx.match(text, at)
                if m:
                    found.append((m.start(), m.end(), trig))
    else:
        by_head = v.by_head
        for w in v.head_rx.finditer(fold(text)):
            at = w.start()
            for trig in by_head[w.group()]:
                m = trig.rx.match(text, at)
                if m:
                    found.append((m.start(), m.end(), trig))
    # A match that runs over a sentence end (a "word" slot swallowing "it. ") is no trigger,
    # and must not keep the next sentence's own trigger from being found: drop it first.
    starts = [s.start for s in a.sentences]
    inside: list[tuple[int, int, _Trigger, Sentence]] = []
    for start, end, trig in found:
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and end <= a.sentences[i].end:
            inside.append((start, end, trig, a.sentences[i]))
    # (round 50) "... were released" alone is a release only after "soldiers detained on
    # <date>": dropped before overlaps are resolved, so that it never takes the words of
    # "the villages were returned" from the handover
    inside = [f for f in inside if f[2].needs != "captive_subject"
              or _captive_subject(f[0], f[3], text)]
    # (round 51) "The town of Fuzuli was retaken by Azerbaijani troops": a passive capture
    # whose subject is no known place right before it ("Several villages were retaken by
    # ... troops") must not keep the words from the land-noun reading either
    inside = [f for f in inside if f[2].needs != "place_subject"
              or _place_subject(_Hit(f[0], f[1], f[2], f[3]), f[3], text)]
    # "peacekeepers completed their withdrawal from the region": an outside force leaving is a
    # deployment ending, no territory changing hands (so the cession reading yields)
    foreign = [(f[0], f[1]) for f in inside if f[2].event_type == "deployment" and
               v.cues["foreign_force"].search(text, f[0], f[1])]
    if foreign:
        inside = [f for f in inside if f[2].event_type != "territorial_change" or not any(
            lo < f[1] and f[0] < hi for lo, hi in foreign)]
    inside.sort(key=lambda f: (f[2].priority, -(f[1] - f[0]), f[0]))
    occupied = bytearray(len(text) + 1)
    kept: list[tuple[int, int, _Trigger, Sentence]] = []
    for f in inside:
        start, end = f[0], f[1]
        if not any(occupied[start:end]):
            occupied[start:end] = b"\x01" * (end - start)
            kept.append(f)
    kept.sort(key=lambda f: (f[0], f[1]))
    return [_Hit(start, end, trig, sent) for start, end, trig, sent in kept]


def _head_words_rx(triggers: Sequence[_Trigger]) -> re.Pattern[str]:
    """A regex for lower-cased text matching, at the start of a word, the whole word when it
    can start a trigger: one of a trigger's listed first words (`_first_words`), or any word
    with the key of a trigger whose first words are not listed (`first_word_keys`). Every
    match is a whole word: a listed word must end there, a key runs on to the word's end.

    Where `_find_hits` uses it in place of `head_rx`, the triggers it skips are those that
    cannot match at a word (see `_tried_at`): in text whose case is plain, a trigger matches
    only where its first word, lower-cased, is the text's word, lower-cased."""
    leaves: dict[str, str] = {}
    for t in triggers:
        if t.heads is None:
            continue
        if t.words is not None:
            for w in t.words:
                leaves.setdefault(w, r"(?!\w)")
        else:
            for k in t.heads:
                if len(k) >= KEY_LEN:
                    leaves[k] = r"\w*"  # a longer word with this key: runs to its end
                else:
                    leaves.setdefault(k, r"(?!\w)")  # a shorter key is a whole word
    root: dict = {}
    for w, leaf in leaves.items():
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = leaf

    def walk(node: dict) -> str:
        alts = [re.escape(ch) + walk(node[ch]) for ch in sorted(c for c in node if c)]
        if "" in node:
            alts.append(node[""])  # after the longer words
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(r"\b" + walk(root))


@lru_cache(maxsize=65536)
def _tried_at(word: str) -> tuple[_Trigger, ...]:
    """The triggers worth trying at a whole word (lower-cased, in text whose case is plain),
    in vocabulary order (the order `by_head` tries them in).

    A trigger with listed first words (`_first_words`) is tried only at one of them: its
    match begins with a listed word ended by a character that is no word character (or by
    the end of the pattern, after which `words_rx` allows none), and in plain text each
    ASCII letter of it matches a character that lower-cases to it, so the text's word,
    lower-cased, is that word. Any other trigger is tried wherever its key is, as before."""
    key = word[:KEY_LEN]
    return tuple(t for t in _vocab().triggers if t.heads is not None and (
        word in t.words if t.words is not None else key in t.heads))


def _may_borrow_date(s: Sentence, hits: list[_Hit]) -> bool:
    """Whether a sentence without dates has triggers that could take one from elsewhere."""
    v = _vocab()
    t = s.text
    if v.cues["anaphor_start"].match(t):
        return True
    low, plain = t.lower(), _plain_case(t)

    def found(kind: str) -> bool:
        return not _ruled_out(kind, low, plain) and v.cues[kind].search(t) is not None

    return (v.cues["anaphor_same"].search(t) is not None
            or v.cues["after_event"].search(t) is not None
            or v.cues["anaphor_after"].search(t) is not None or found("anaphor_time")
            or (any(h.event_type == "agreement" for h in hits)
                and v.cues["meeting_context"].search(t) is not None))


#: A passive deployment trigger whose participle follows its noun with no auxiliary.
#: the comma or "by" that hangs an -ing clause of manner on the clause before it
_MANNER_PARTICIPLE = re.compile(r"(?:,| by) $")
_BARE_PARTICIPLE = re.compile(r"(?:(?!\b(?:was|were|been|being|is|are)\b).)*", re.IGNORECASE)


def _sentence_drafts(a: Analysed, s: Sentence, hits: list[_Hit]) -> list[_Draft]:
    """Steps 2-3c and 5 for one sentence: real triggers, their dates, places and actors."""
    v = _vocab()
    text = a.text
    claims, docs = _document_claims(a, s, hits)
    if not hits and not docs:
        return []
    if v.cues["claim_label"].match(s.text):
        return []  # "Claim: troops shelled X on 14 March": what a fact-check tests, no fact
    low, plain = s.text.lower(), _plain_case(s.text)
    clauses = _clauses(s, sorted(d.start for d in s.dates), low, plain)
    # fixed phrases ("prisoners of war"), looked for only where a trigger could be inside one
    fixed = v.cues["not_trigger"].finditer(text, s.start, s.end) if hits else []
    cache: dict[tuple[str, int], bool] = {}
    ruled: dict[str, bool] = {}

    def has(kind: str, i: int) -> bool:
        """Whether clause i holds a cue of this kind (looked up once per clause)."""
        if (kind, i) not in cache:
            if kind not in ruled:
                ruled[kind] = _ruled_out(kind, low, plain)
            c = clauses[i]
            cache[kind, i] = not ruled[kind] and \
                v.cues[kind].search(text, c.start, c.end) is not None
        return cache[kind, i]

    live: list[_Hit] = []
    for h in hits:
        h.clause = _clause_index(clauses, h.start)
        if h.trig.passive and h.end > clauses[h.clause].end:
            # "two soldiers who strayed were released": the verb after a relative clause is
            # in the clause that resumes the main one (`_relative_past_cuts`)
            # (round 43) a "since"-clause inside the relative clause as well ("servicemen held
            # by X since the clashes were released")
            j = _clause_index(clauses, h.end - 1)
            if j > h.clause and clauses[j].kind == "main" and (
                    clauses[j - 1].kind == "rel" or (
                        clauses[h.clause + 1].kind == "rel" and
                        all(c.kind in ("rel", "sub") for c in clauses[h.clause + 1:j]))):
                h.clause = j
            elif j == h.clause + 1 and clauses[j].kind == "rel" and \
                    clauses[j].region == clauses[h.clause].region:
                # (round 43) "soldiers who crossed several kilometres into Armenia on
                # Wednesday were still there on Friday": the verb is the relative's, and so
                # is its date
                h.clause = j
        elif h.end > clauses[h.clause].end:
            # "the trial of X, the banker who served as minister, began on Friday": the
            # trigger's words span a comma-set relative aside; its verb, after the aside's
            # closing comma, is in the clause the splitter ran on from the aside
            j = _clause_index(clauses, h.end - 1)
            end = _aside_end(clauses[j], text) if j > h.clause else None
            if end is not None and end < h.end:
                h.clause = j
        if h.trig.needs != "captive_subject" and \
                any(m.start() <= h.start and h.end <= m.end() for m in fixed):
            continue  # inside a fixed phrase: "prisoners of war" (round 56: not "returned
            # home" said of captives named with their capture, `captive_subject`)
        if has("off_topic", h.clause) or _off_topic_head(h.clause, clauses, text) or \
                _is_unreal(h, text, clauses[h.clause]) or _only_told(h, s, text) or \
                _only_probed(h, s, text):
            continue
        if h.event_type == "armed_clash" and not h.trig.subtype and has("sport_context",
                                                                          h.clause):
            continue  # "the national team clashed with ... in a friendly match": play
        if h.event_type == "ceasefire" and (has("sport_context", h.clause)
                                            or has("figurative_truce", h.clause)):
            continue  # "the derby ended in a goalless truce", "a truce in the price war"
        if h.event_type == "detention" and _crime_sentence(s, text, low, plain, ruled):
            continue  # "seized cannabis ..., and detained the driver": a crime, no captive
        if ('"' in s.text or any(q in s.text for q in _OPEN_QUOTES)) and \
                v.cues["title_before"].search(text[max(s.start, h.start - 120):h.start]):
            continue  # "an exhibition titled 'Attack on Shusha'": a title, no happening
        if h.event_type == "political_declaration" and has("meeting_context", h.clause):
            continue  # a recognition made at talks is the meeting's outcome
        if h.trig.needs == "place" and not any(
                m.place_id and m.start < h.end and (
                    h.start < m.end or text[m.end:h.start] == ", ")
                for m in s.mentions):
            continue  # "retook <Name>", "<Name>, which ... seized": a known place only
        if h.trig.needs == "place_subject" and not _place_subject(h, s, text):
            continue  # "<Name> was taken by ... forces": its subject a known place only
        if h.trig.needs == "combat_death" and v.cues["non_combat"].search(
                text, s.start, s.end) is not None:
            continue  # (round 51) "six soldiers were killed ... in a car accident": no clash
        if h.event_type in _LASTING and _told_in_its_course(h, s, text, clauses[h.clause]):
            continue  # "the blockade entered its 100th day on Monday": no event of Monday
        if _time_point_only(h, s, text, clauses[h.clause]):
            continue  # "the deadliest clashes since the end of the war, on 16 November"
        live.append(h)
    if any(h.trig.needs == "combat_death" for h in live):
        # (round 51) a count of the killed is fighting only where the sentence names no
        # fighting of its own ("four soldiers were killed when troops opened fire", "the war,
        # in which 6,500 soldiers were killed"): that trigger keeps the toll, date and sides
        live = [h for h in live if h.trig.needs != "combat_death" or not any(
            o.event_type == "armed_clash" and o.trig.needs != "combat_death" for o in live)]
    ceasefire_clauses = {h.clause for h in live if h.event_type == "ceasefire"}
    # fighting named in a clause about street unrest is context, no event of its own; its
    # words still bound the protest's actors ("protests that followed Azerbaijan's offensive"
    # were not Azerbaijan's)
    context = [h for h in live if h.event_type == "armed_clash" and not h.trig.subtype
               and has("civil_unrest", h.clause) and _unrest(clauses[h.clause], text, h)]
    live = [h for h in live if not any(h is x for x in context) and not (
        h.event_type in ("armed_clash", "agreement") and h.trig.subtype != "violation"
        and h.clause in ceasefire_clauses and not _broke_out_before(h, live, s.dates, text))]
    # "rallied against the handover of four villages": what a protest is against is its
    # grievance (often still planned), not a change of control on the protest's day
    protests = [h for h in live if h.event_type == "protest"]
    if protests:
        live = [h for h in live if not (h.event_type == "territorial_change" and any(
            p.clause == h.clause and p.end <= h.start and _protest_target_before(p, h, text)
            for p in protests))]
    # "residents rallied on the road, blocking the highway for hours": a road blocked in a
    # participle clause hung on a protest is how the protest was held, no blockade of its own
    if protests:
        live = [h for h in live if not (
            h.event_type == "blockade" and h.trig.subtype == "close"
            and _MANNER_PARTICIPLE.search(text, max(s.start, h.start - 6), h.start)
            and text[h.start:h.end].split(" ", 1)[0].lower().endswith("ing")
            and any(p.clause == h.clause and p.end <= h.start for p in protests))]
    # "units stationed near X opened fire on ...": a participle with no auxiliary before
    # fighting of its clause only says who fought, no deployment of its own
    live = [h for h in live if not (
        h.event_type == "deployment" and h.trig.passive and _BARE_PARTICIPLE.fullmatch(
            text, h.start, h.end) and any(o.event_type == "armed_clash" and o.clause ==
                                          h.clause and o.start >= h.end for o in live))]
    dates: list[DateMention] = []
    compared: set[int] = set()
    when_owned: dict[int, _Hit] = {}
    life, bound = v.cues["life_date_before"], v.cues["bound_before"]
    for d in _anchor_years(s.dates, text):
        if not _usable(d) or d.start in claims:
            continue
        if life.search(text, max(s.start, d.start - 14), d.start):
            continue  # "born in 2000": a date of a life, no event's
        if bound.search(text, max(s.start, d.start - 16), d.start):
            continue  # "gunfire in the years before 2020", "withdrew ahead of the 2025
            # deadline": a bound, not the event's time
        if not _scopes_comparison(d, text, s):
            if (o := _compared_point_date(d, live, text, s)) is not None:
                when_owned[d.start] = o  # "the deadliest since the war of 2020": the war's
            dates.append(d)
            continue
        h = _compared_owner(d, live, text, s)
        if h is not None:  # "... since the September 2023 offensive": named to compare only,
            compared.add(id(h))  # its own date gone with the comparison
        elif (w := _WHEN_CLAUSE_AFTER.match(text, d.end)) is not None and (
                o := next((x for x in live if w.end() <= x.start < s.end), None)) is not None \
                and not any(c in text[w.end():o.start] for c in ";:"):
            # "the deadliest since July 2020, when fighting near X killed 17": the point
            # compared from is told in the "when" clause hung on it, which that date dates
            dates.append(d)
            when_owned[d.start] = o
    owned = _relative_owned_dates(hits, dates, text)
    for h in live:  # "the offensive of 19 September ended ... with a ceasefire": not the truce's
        if (d := _noun_date_before_truce(h, live, dates, text)) is not None:
            owned.setdefault(d.start, h)
    owned.update(when_owned)
    # round 44: "initialled the text of the agreement agreed in March": the document's date,
    # no date of a trigger told before the document's noun
    doc_rx = _vocab().cues["document_dated"]
    doc_dated = {d.start: m.start() for d in dates if (
        m := doc_rx.search(text, max(s.start, d.start - 60), d.start)) is not None}
    drafts: list[_Draft] = []
    for h in live:
        mine = [x for x in dates if owned.get(x.start, h) is h] if owned else dates
        if doc_dated:
            mine = [x for x in mine if not h.end <= doc_dated.get(x.start, -1)]
        release = (h.event_type, h.trig.subtype) == ("detention", "release")
        if h.event_type == "territorial_change" or release:
            # round 49: "handed back three districts it had controlled since the early 1990s":
            # a "since" after a handover or capture starts the holding, not the change; (lead,
            # round 60) nor the release of captives "held since 2021"
            mine = [x for x in mine if not (h.end <= x.start and _SINCE_BEFORE.search(
                text, max(0, x.start - 8), x.start))]
        if release:
            # (lead, round 60) "freed two soldiers captured in May 2021": a date after the
            # captives' capture participle is the capture's, not the release's
            mine = [x for x in mine if not (h.end <= x.start and _captured_when(
                text, max(h.end, x.start - 60), x.start))]
        if (h.event_type, h.trig.subtype) == ("detention", "release") and (
                pm := _PERFECT.search(text, max(s.start, h.start - 30), h.end)) is not None \
                and pm.end() > h.start:
            # (round 56) "the sides have swapped detainees in small batches since the end of
            # the 2020 war": releases told in the perfect since a time are many, none of them
            # dated by it
            mine = [x for x in mine if not _SINCE_PERIOD.search(
                text, max(s.start, x.start - 40), x.start)]
        d = _date_for(h, live, clauses, mine, text)
        if d is not None and _own_date_open(h, d, s, text):
            d = None
        if id(h) in compared and (d is None or d.start < h.start or _PREPOSITION_GAP.fullmatch(
                text, h.end, d.start)):
            # named only to compare with, its own date gone: a date before it is the new
            # event's ("A year ago, troops shelled X in the worst fighting since the 2020
            # war"); one after it may be the verb's whose subject the comparison is ("the
            # worst fighting since the 2020 war broke out on 12 September"); and none may be
            # borrowed from another sentence; nor one right after it with no verb between
            # ("their first swap since the 2020 war on Wednesday": the swap's day; lead,
            # round 41)
            continue
        if d is None and h.trig.needs == "since":
            continue
        if d is None:
            d = _date_of_container(h, live, clauses, dates, text)
        if d is None and not s.dates and "\n" in text and not _in_open_quotation(text, h.start):
            # (lead, round 60) an entry under a live blog's day heading ("Wednesday 14
            # September", then "20:00 A ceasefire took effect at 8 pm local time") is that
            # day's, as its statements are; not a speaker's quoted words ("'The aim is to
            # secure the withdrawal of their forces,' he wrote"), which may tell no event
            d = live_day_heading(text, a.dates, h.start, a.published)
        dr = _Draft([h], h.event_type, h.trig.subtype, d)
        dr.generic_document = h.event_type == "agreement" and _generic_document(
            text[h.start:h.end])
        drafts.append(dr)
        if d is not None and d.end < s.end and (twin := _twin_date(h, d, dates, text)):
            dr.joint = True
            drafts.append(_Draft([h], h.event_type, h.trig.subtype, twin, joint=True))
    for d, (ns, ne) in docs:
        h = _Hit(ns, ne, _DOC_TRIGGER, s, _clause_index(clauses, ns))
        drafts.append(_Draft([h], "agreement", "", d, reference=True,
                             generic_document=_generic_document(text[ns:ne])))
    # one report per type, subtype and date in a clause, with all its triggers
    merged: list[_Draft] = []
    near = v.cues["anaphor_near"]
    for dr in sorted(drafts, key=lambda x: x.anchor):
        same = next((m for m in merged if (m.event_type, m.subtype, m.hits[0].clause) == (
            dr.event_type, dr.subtype, dr.hits[0].clause) and (
            m.date is dr.date or dr.date is None or m.date is None)), None)
        if same is None and merged and not dr.joint and near.search(
                text, max(s.start, dr.anchor - 40), dr.anchor):
            # "troops attacked X and Y in 2022; that fighting killed 300": the event named
            # before, told again (its toll and all), not a second one at the nearer town
            same = next((m for m in reversed(merged) if (m.event_type, m.subtype) == (
                dr.event_type, dr.subtype) and not m.joint and (
                m.date is dr.date or dr.date is None)), None)
        if same is None and merged and not dr.joint and dr.date is None \
                and dr.event_type in _FATALITY_TYPES \
                and "toll" in text[max(s.start, dr.anchor - 60):dr.anchor] and any(
                m.start() < dr.anchor and dr.hits[0].end <= m.end()
                for m in v.fat_after.finditer(text, max(s.start, dr.anchor - 60), s.end)):
            # "fighting entered a third day, ... as the toll from the worst flare-up in years
            # rose to 16": the event a toll is counted from is the one the sentence told (an
            # undated mention only: a dated one is an event of its own day)
            same = next((m for m in merged if (m.event_type, m.subtype) == (
                dr.event_type, dr.subtype) and not m.joint), None)
        if same is None:
            merged.append(dr)
        else:
            same.hits.extend(dr.hits)
            same.date = same.date or dr.date
    for dr in merged:
        i = dr.hits[0].clause
        dr.clause = clauses[i]
        dr.setting = (clauses[i - 1] if i > 0 else None,
                      sorted(live + context, key=lambda x: (x.start, x.end)))
    if any(d.event_type in _FATALITY_TYPES for d in merged) and \
            not _ruled_out("death_or_loss", low, plain) and \
            v.cues["death_or_loss"].search(s.text):
        _attach_fatalities(a, s, merged, clauses)
    return merged


#: ", when" right after a date: a clause that tells what happened then
_WHEN_CLAUSE_AFTER = re.compile(r"\s*,\s*when\s+", re.IGNORECASE)


def _protest_target_before(p: _Hit, h: _Hit, text: str) -> bool:
    """Whether `h` opens what the protest `p` is against: a target cue ("against", "over")
    after the protest ends within a few words before `h`."""
    t = _vocab().cues["protest_target"].search(text, p.end, h.start)
    return t is not None and h.start - t.end() <= 14


#: ", and in " between two dates of one trigger (see `_twin_date`)
_TWIN_GAP = re.compile(r"\s*,?\s+and\s+(?:again\s+|later\s+)?(?:(?:in|on)\s+)?(?:the\s+)?",
                       re.IGNORECASE)
#: A subject right after the second date: it opens a clause of its own ("... on 13 September
#: and on 14 September Armenia asked for help"), whose date it is.
_NEW_SUBJECT = re.compile(r"\s+(?:(?-i:[A-Z])|(?:the|a|an|its|their|his|her|this|these|those|"
                          r"both|it|they|he|she|we)(?![\w-]))", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"(?<![\w-])(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _broke_out_before(h: _Hit, live: list[_Hit], dates: Sequence[DateMention], text: str
                      ) -> bool:
    """'Fighting erupted on 27 September and ended with a truce on 10 November': fighting told
    by a verb of its outbreak with a date of its own, both before the truce of its clause, is
    an event of its own (not only the fighting the truce ended)."""
    if h.event_type != "armed_clash":
        return False
    truce = next((o.start for o in live if o.event_type == "ceasefire" and o.clause == h.clause
                  and o.start > h.end), None)
    if truce is None:
        return False
    own = next((d for d in dates if h.end < d.start < truce), None)
    return own is not None and (
        _vocab().cues["outbreak_verb"].search(text, h.end, own.start) is not None
        or _NOUN_DATE.fullmatch(text, h.end, own.start) is not None)


#: (round 41) "of"/"on" alone between a fighting noun and a date: the date of its own phrase
#: ("the offensive of 19 September", "the clashes on 12 September"), see `_noun_date_before_truce`;
#: (round 45) or nothing, before a date with no preposition ("launched the offensive last
#: Tuesday and ... agreed to lay down arms a day later")
_NOUN_DATE = re.compile(r"\s+(?:(?:of|on)\s+)?", re.IGNORECASE)


def _noun_date_before_truce(h: _Hit, live: list[_Hit], dates: Sequence[DateMention],
                            text: str) -> DateMention | None:
    """'The offensive of 19 September ended within a day with a ceasefire brokered by the
    peacekeepers': a date that a fighting noun's own phrase gives it, before a truce of its
    clause, is that fighting's (an event of its own, `_broke_out_before`), not the truce's,
    which came after it (on a day the sentence does not give)."""
    if h.event_type != "armed_clash" or not any(
            o.event_type == "ceasefire" and o.clause == h.clause and o.start > h.end
            for o in live):
        return None
    own = next((d for d in dates if d.start > h.end), None)
    return own if own is not None and _NOUN_DATE.fullmatch(text, h.end, own.start) else None


def _twin_date(h: _Hit, d: DateMention, dates: list[DateMention], text: str
               ) -> DateMention | None:
    """A second date joined to a trigger's date by "and" ("clashes on the border in May 2021
    and in November 2021 killed ...", "fighting on 12 and 13 September" aside, which dates.py
    reads as a span): the trigger tells two happenings, one at each date. Only after the
    trigger, with both dates at one precision, the second later, and not a range ("between
    May and November")."""
    if d.start < h.end or d.precision is None or _BETWEEN_BEFORE.search(
            text, max(0, d.start - 12), d.start):
        return None
    m = _TWIN_GAP.match(text, d.end)
    if m is None:
        return None
    for x in dates:
        if x.start == m.end():
            if x.precision == d.precision and x.date is not None and d.date is not None \
                    and x.date > d.date and x.date_end is None and d.date_end is None \
                    and not _NEW_SUBJECT.match(text, x.end):
                return x
            return None
    return None


#: A count right before an unrest word ("three Karabakh police officers", "two policemen"):
#: the police are the counted victims of the fighting, not the other side of street unrest.
#: Opening quotation marks other than the straight double one (a cheap pre-check).
_OPEN_QUOTES = ("“", "«", "‘", "'")  # checked once per trigger, before the regex


def _off_topic_head(i: int, clauses: list[_Clause], text: str) -> bool:
    """Whether relative clause i hangs on a name of another conflict ("Russia's war against
    Ukraine, where missiles struck ..."): what it tells happened there."""
    c = clauses[i]
    if c.kind != "rel" or i == 0:
        return False
    head = _clause_head_start(c, clauses[i - 1], text)
    return head < c.start and _vocab().cues["off_topic"].search(text, head, c.start) is not None


_COUNTED_BEFORE = re.compile(r"(?:\d[\d,]*|[A-Za-z]+)\s+(?:[A-Z][\w’'-]*\s+)?$")


def _unrest(clause: _Clause, text: str, h: _Hit) -> bool:
    """Whether a clause's unrest word (`civil_unrest`) is more than a count of victims. Police
    in a shoot-out (`gunfire_trigger`: "a shoot-out between a patrol and the Karabakh police")
    are an armed party, no crowd control: their word (`unrest_armed`) then counts for nothing."""
    v = _vocab()
    armed = v.cues["gunfire_trigger"].match(text[h.start:h.end]) is not None
    for m in v.cues["civil_unrest"].finditer(text, clause.start, clause.end):
        if armed and v.cues["unrest_armed"].match(m.group()):
            continue
        c = _COUNTED_BEFORE.search(text, max(clause.start, m.start() - 30), m.start())
        if c is None or v.number.match(text, c.start()) is None:
            return True
    return False


#: The noun phrase ending at a document named by its date ("the trilateral "): the names in a
#: reference's clause before it are about what was said of the document, not its parties.
_DOC_PHRASE = re.compile(r"(?<![\w-])(?:the|a|an|its|their|this|that)\s+(?:[\w’'-]+\s+){0,3}$",
                         re.IGNORECASE)


#: "that began on ", "which had broken out in ": a relative clause of an aspectual verb, up to
#: the date it gives (see `_relative_owned_dates`).
_REL_ASPECT_GAP = 50


def _relative_owned_dates(hits: list[_Hit], dates: list[DateMention], text: str
                          ) -> dict[int, _Hit]:
    """'a truce ... to halt the fighting that began on 27 September': a date in a relative
    clause of an aspectual verb right after a trigger's noun is that trigger's, even where
    the trigger makes no event of its own (the fighting a ceasefire ended): no other trigger
    of the sentence takes it. Keyed by the date's start."""
    owned: dict[int, _Hit] = {}
    if not dates:
        return owned
    v = _vocab().cues
    for o in hits:
        m = _REL_THAT.match(text, o.end)
        if m is None:
            continue
        verb = v["aspectual_verb"].search(text, m.end(), m.end() + 24)
        if verb is None or verb.start() != m.end():
            continue
        for d in dates:
            if m.end() <= d.start <= m.end() + _REL_ASPECT_GAP:
                owned.setdefault(d.start, o)
                break
    return owned


_REL_THAT = re.compile(r"\s*,?\s*(?:that|which)\s+(?:had\s+|has\s+)?", re.IGNORECASE)


#: A copula right before a date ("... before the war broke out was in 2016"): the date is the
#: main clause's, told after the subordinate clause.
_COPULA_END = re.compile(r"(?<![\w-])(?:was|were|is|are)\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?$",
                         re.IGNORECASE)


#: event types that last (a blockade, a war) and are told at points of their course
_LASTING = frozenset({"blockade", "armed_clash", "ceasefire"})
_ELAPSED_UNITS = ("day", "week", "month", "year")
_SINCE_BEFORE = re.compile(r"(?<![\w-])since\s+$", re.IGNORECASE)
#: (round 56) "since" right before a date, or before the start (end) of a period it names
_SINCE_PERIOD = re.compile(r"(?<![\w-])since\s+(?:the\s+(?:start|end|beginning|close)\s+of\s+)?"
                           r"(?:the\s+)?$", re.IGNORECASE)


def _told_in_its_course(h: _Hit, s: Sentence, text: str, clause: _Clause) -> bool:
    """Whether a lasting event is told at a point of its course ("day 270 of the blockade",
    "the blockade entered its 100th day on Monday", "the war, now in its third week", "the
    road remained closed on Wednesday"), with no "since <date>" in the sentence giving its
    start: the sentence's dates are not the event's."""
    v = _vocab().cues
    lo, hi = max(clause.start, h.start - 60), min(clause.end, h.end + 60)
    window = text[lo:hi].lower()
    told = False
    if any(u in window for u in _ELAPSED_UNITS):
        told = v["elapsed_before"].search(text, lo, h.start) is not None or \
            v["elapsed_after"].match(text, h.end, hi) is not None
    if not told and h.event_type == "blockade":
        told = v["continued"].search(text, max(clause.start, h.start - 30), h.end) is not None
    if not told and h.event_type == "ceasefire":
        # round 43: "the truce between A and B was holding on Friday": a report of its state;
        # a date between the noun and the verb ("agreed on Wednesday") is still the truce's
        held = v["still_holding"].search(text, h.end, min(clause.end, h.end + 60))
        told = held is not None and not any(h.end <= d.start < held.start() for d in s.dates)
    return told and not any(_SINCE_BEFORE.search(text, max(0, d.start - 8), d.start)
                            for d in s.dates)


def _crime_sentence(s: Sentence, text: str, low: str, plain: bool,
                    ruled: dict[str, bool]) -> bool:
    """Whether the sentence tells an ordinary crime (`crime_context`: drugs, robbery), so
    that a detention in it is no captive of the conflict (looked up once per sentence)."""
    if "crime" not in ruled:
        ruled["crime"] = not _ruled_out("crime_context", low, plain) and \
            _vocab().cues["crime_context"].search(text, s.start, s.end) is not None
    return ruled["crime"]


#: (round 36) a preposition ending the text before a place: the place is no subject
_PREPOSITION_END = re.compile(r"(?<![\w-])(?:in|at|near|from|of|to|by|for|with|outside|inside|"
                              r"around|across|into|towards?|via|over)\s+(?:the\s+)?$",
                              re.IGNORECASE)

#: (round 36) a comma-set aside that only names a place another way ("Hadrut, also known as
#: Hadrout, ..."); (round 58) or a short bracket after the name, which glosses it ("Kalbajar
#: (Karvachar to Armenians) was handed over")
_NAMING_ASIDE = re.compile(r",\s+(?:(?:also\s+)?(?:known|called|spelt|spelled)\s|(?:which|that)\s"
                           r"(?:\S+\s){1,2}(?:call|calls|called|name|names|know\s+as)\s)"
                           r"[^,;:.()]{0,40},\s+|\s+\([^()\n]{1,40}\),?\s+", re.IGNORECASE)


def _place_subject(h: _Hit, s: Sentence, text: str) -> bool:
    """Whether a passive trigger of capture ("was taken by Azerbaijani forces") has a known
    place for its subject, right before it or before a comma-set naming aside ("Shusha, known
    to Armenians as Shushi, was taken by ..."), and not a place inside a phrase ("a soldier
    stationed in Shusha was captured by ..." names a person captured). (Round 44) A land noun
    before an aside in commas is such a subject too ("The four villages, occupied by Armenia
    since the early 1990s, were returned to Azerbaijan": `land_subject`). (Round 55) A land
    noun may stand between the place and the trigger ("Aghdam district returns to ...")."""
    cues = _vocab().cues
    if cues["land_subject"].search(text, max(s.start, h.start - 120), h.start):
        return True
    return any(m.place_id and (text[m.end:h.start] in (" ", ", ") or _NAMING_ASIDE.fullmatch(
        text, m.end, h.start) is not None or cues["land_after_name"].fullmatch(
        text, m.end, h.start) is not None) and (_PREPOSITION_END.search(
            text, max(s.start, m.start - 12), m.start) is None or cues["land_of"].search(
            text, max(s.start, m.start - 24), m.start) is not None) for m in s.mentions)


def _captive_subject(start: int, s: Sentence, text: str) -> bool:
    """(Round 50) Whether a bare passive release ("were released on 6 June") has for its
    subject captives named with a reduced relative of their capture ("Two soldiers detained on
    5 May were released ..."), within 110 characters before it in its sentence
    (`captive_subject`)."""
    return _vocab().cues["captive_subject"].search(
        text, max(s.start, start - 110), start) is not None


def _time_point_only(h: _Hit, s: Sentence, text: str, clause: _Clause) -> bool:
    """Whether a trigger only names the point a comparison or a count runs from ("the worst
    clashes since the end of the war", "deadliest since the war") and has no date of its own
    next to it ("since the 2020 war", "the war in 2020"): the sentence's other dates are not
    its."""
    v = _vocab().cues
    lo = max(clause.start, h.start - 50)
    if "nniversar" in text[lo:h.start] and any(
            "nniversar" in d.text and lo <= d.end <= h.start for d in s.dates) and \
            v["commemorated_before"].search(text, lo, h.start) is not None:
        # "on the third anniversary of the 2020 war": the date (2023) is the remembering's;
        # the war's own year is gone from it ("the anniversary of the ceasefire of November
        # 2020", whose date is the ceasefire's own, is left to the other rules)
        return True
    anchor = v["time_anchor_before"].search(text, lo, h.start)
    if anchor is not None and clause.kind == "sub" and anchor.start() == clause.start and any(
            clause.start < h.end <= d.start < clause.end and "," not in text[h.end:d.start]
            and not _COPULA_END.search(text, h.end, d.start) for d in s.dates) and \
            not v["superlative"].search(text, s.start, clause.start):
        # "... before a truce brokered in Moscow took effect on 5 April 2016": the conjunction
        # opens a clause whose subject the trigger is, with a date of its own
        return False
    if not (anchor or (
            v["comparison_start"].search(text, lo, h.start)
            and v["superlative"].search(text, max(s.start, h.start - 80), h.start))):
        return False
    return not any((h.start - 25 <= d.start and d.end <= h.start)  # "since the 2020 war"
                   or h.end <= d.start <= h.end + 4 for d in s.dates)  # "the war in 2020"


#: between a trigger and a date after it: only a preposition, no verb that the date could be
#: the time of
_PREPOSITION_GAP = re.compile(r"\s*,?\s*(?:(?:on|in|at|during|by|this|last|early|late|earlier|"
                              r"later)\s+)?(?:the\s+)?", re.IGNORECASE)


def _compared_owner(d: DateMention, live: list[_Hit], text: str, s: Sentence) -> _Hit | None:
    """The trigger a date that bounds a comparison belongs to, if any: "the deadliest shelling
    since the September 2023 offensive"."""
    for h in live:
        if ((h.start - 25 <= d.start and d.end <= h.start and not text[d.end:h.start].strip(
                " -").count(" ")) or h.end <= d.start <= h.end + 4) and \
                _compared_from(h.start, text, s.start):
            return h
    return None


_COMPARED_FROM = re.compile(r"(?<![\w-])(?:since|compared (?:with|to))\s+(?:the\s+)?"
                            r"(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def _compared_from(start: int, text: str, sent_start: int) -> bool:
    """Whether a trigger is the point a superlative counts from ("the deadliest fighting since
    the 2020 war"): an earlier event named only for comparison, so the sentence's places are
    the new event's, not its own."""
    return _COMPARED_FROM.search(text, max(sent_start, start - 40), start) is not None and \
        _vocab().cues["superlative"].search(text, max(sent_start, start - 100), start) is not None


#: an active trigger that is a document's noun and an object relative clause ("declaration
#: that A and B signed"; event_triggers.csv), not a passive one ("documents that were signed
#: in ...", whose signers stand outside it)
_OBJECT_RELATIVE = re.compile(r"[\w-]+ (?:that|which) ", re.IGNORECASE)


def _place_and_actors(text: str, dr: _Draft) -> None:
    """Step 5 for one draft: its place and actors.

    Run only for drafts that got a date (the others make no report), once dates are final.
    Both are read from the draft's trigger words, type, clause and the sentence's live
    triggers (`_Draft.setting`), none of which changes after `_sentence_drafts`, and no
    other step reads them before `_retype_within_article`, so the result is the same as
    computing them for every draft in `_sentence_drafts`."""
    v = _vocab()
    c = dr.clause
    assert c is not None and dr.setting is not None
    prev, live = dr.setting
    s = dr.sent
    head = _clause_head_start(c, prev, text)
    setting = _capture_setting_bounds(dr, text)
    if setting is not None:  # (round 46) "detained after the offensive in X": its own words
        c = replace(c, start=max(c.start, setting[0]), end=min(c.end, setting[1]))
        head = max(head, setting[0])
    # where a document is mentioned is not where it was signed, and the event a superlative
    # counts from ("the worst shelling of Goris since the 2020 war") is not where the new one was
    # and a war named as the point a count runs from ("51 died in X since the outbreak of the
    # war on <date>") did not happen where the count was made
    if not dr.reference and not _compared_from(dr.hits[0].start, text, s.start) and \
            not v.cues["time_anchor_before"].search(text, max(s.start, dr.hits[0].start - 50),
                                                    dr.hits[0].start):
        # "leaders ... who were detained in 2023": a place before the pronoun is the noun's
        rel = v.cues["relative_subject"].search(text, max(head, dr.hits[0].start - 60),
                                                dr.hits[0].start)
        _pick_place(dr, c, rel.start() if rel is not None else head, text,
                    [(o.start, o.end) for o in live if o.event_type != dr.event_type],
                    rel is not None,
                    [(o.start, o.end) for o in live if o.event_type == "legal_action"
                     and dr.event_type != "legal_action"])
        if setting is not None and dr.place_span is not None and not (
                setting[0] <= dr.place_span[0] < setting[1]):
            dr.place_id = dr.place_span = None  # a place outside the phrase: the captives'
    i = dr.hits[0].clause
    lo, hi = head, c.end
    # "Armenia demands the release of 23 Armenians, among them leaders who were arrested in
    # 2023": a capture told in a relative clause on its captives has no party before them
    if dr.event_type == "detention" and (rel := v.cues["relative_subject"].search(
            text, max(lo, dr.hits[0].start - 60), dr.hits[0].start)) is not None:
        lo = max(lo, rel.start())
    h0 = dr.hits[0]
    if dr.event_type == "agreement" and h0.trig.passive and \
            _AUX_WORD.search(text, h0.start, h0.end) is None:
        # "X urged A and B to sign the treaty initialled at the White House": a reduced
        # relative on the document; who acted before its noun did something else to it
        lo = max(lo, h0.start)
    if dr.event_type == "agreement" and not h0.trig.passive and \
            _OBJECT_RELATIVE.match(text, h0.start, h0.end):
        # (lead, round 61) "Under the declaration that A and B signed on Friday, C will ...":
        # the signers are the relative clause's subject, inside the trigger; the rest of the
        # sentence does something under the document
        lo, hi = max(lo, h0.start), min(hi, h0.end)
    if dr.reference:  # "X called it a violation of the statement of <date>": X only commented
        np = _DOC_PHRASE.search(text, lo, dr.hits[0].start)
        lo = np.start() if np is not None else lo
    if dr.event_type == "agreement" and lo > head and _brokered_document(dr, head, text):
        lo = head  # (round 46) "Russia brokered the trilateral statement": the go-between
    for o in live:  # another event's trigger in the clause bounds this one's actors
        if o.clause == i and (o.event_type != dr.event_type or not any(
                o is x for x in dr.hits)):  # (of its type too: "a truce ..., and a second")
            if o.end <= dr.anchor:
                lo = max(lo, o.end)
            elif o.start >= dr.hits[-1].end:
                # "a war in 2020 that ended with a Moscow-brokered deal": the relative clause
                # is about the other event, and so are the names in it (but a document's
                # parties are often named in what it did: "a truce that forced Armenia to ...")
                rel = None if dr.event_type in ("ceasefire", "agreement") else \
                    v.cues["relative_open"].search(text, dr.hits[-1].end, o.start)
                # (round 46) "..., as a U.S.-backed ceasefire held": the backer is the truce's
                bk = v.cues["backer_hyphen"].search(text, max(dr.hits[-1].end, o.start - 40),
                                                    o.start)
                hi = min(hi, rel.start() if rel is not None else
                         bk.start() if bk is not None else o.start)
    # "a truce ended the war, with Armenian forces in control of ...": the outcome, no party
    if (w := v.cues["absolute_with"].search(text, dr.hits[-1].end, hi)) is not None:
        hi = w.start()
    if dr.event_type == "protest":  # "rallied against X", "accusing X of ...": the target
        t = v.cues["protest_target"].search(text, dr.hits[0].start, hi)
        hi = t.start() if t is not None else hi
    dr.actors = [m for m in s.mentions if m.actor_id is not None and lo <= m.start < hi
                 and (m.reading != "location" or m.via == "pronoun")
                 # "a shell hit his house": the owner of what was hit is no party (but in
                 # "his trial opened" the act is his)
                 and not (m.via == "pronoun" and m.text.lower() in _POSSESSIVE_PRONOUNS
                          and not v.cues["possessed_party"].match(text, m.end)
                          and not any(text[m.end:h.start].isspace() for h in dr.hits))
                 # "ethnic Armenian rebels" are not the state, but in "Azerbaijani and
                 # Armenian forces" the first demonym shares the second one's noun
                 and (m.via != "demonym" or _shares_noun(m, s.mentions, text)
                      or _demonym_force(m, text) or _demonym_fire(m, dr, text))
                 and not _in_dateline(text, m.start)
                 and not _route_end(m, text)
                 and not v.cues["route_between"].search(text, max(0, m.start - 60), m.start)
                 and not (dr.event_type == "protest" and (v.cues["protest_landmark"].search(
                     text, max(lo, m.start - 80), m.start)
                     or v.cues["landmark_after"].match(text, m.end)
                     or v.cues["landmark_body"].search(m.text)))
                 and not _attacked_place(m, text)
                 and not _possessed_site(m, text)
                 and not v.speaker_after.match(text, m.end)
                 and not _apposed_speaker(m, text)
                 and not v.cues["clock_after"].match(text, m.end)
                 and not v.direction_before.search(text, max(0, m.start - 30), m.start)
                 and not v.destination_before.search(text, max(0, m.start - 30), m.start)
                 and not v.cues["exception_before"].search(text, max(0, m.start - 30), m.start)
                 and not (dr.event_type in _ACROSS_BORDER_TYPES and v.cues[
                     "across_border"].search(text, max(0, m.start - 30), m.start))
                 and not (dr.event_type not in ("ceasefire", "agreement") and v.cues[
                     "mediator_before"].search(text, max(lo, m.start - 80), m.start))
                 and not (dr.event_type not in ("ceasefire", "agreement")
                          and _possessive_go_between(m, text))
                 # (round 46) "fighting ..., as a U.S.-backed ceasefire held": a backer
                 # named after the trigger is another noun's go-between
                 and not (dr.event_type not in ("ceasefire", "agreement", "deployment")
                          and m.start > dr.hits[-1].end
                          and v.cues["backer_after"].match(text, m.end) is not None)
                 and not any(lo_ < m.start < hi_ for lo_, hi_ in _asides(text, dr.hits))
                 and not _owner_of_place(m, s.mentions, text)
                 and not _labels_it(m, dr.hits[0].start, text)
                 and not (dr.event_type not in ("ceasefire", "agreement")
                          and _talked_about(m, dr.hits[0].start, text))
                 and not (dr.event_type == "detention"
                          and _captives(m, dr.hits[0], text))]
    if (dr.event_type, dr.subtype) == ("detention", "release"):
        have = {m.actor_id for m in dr.actors}
        dr.actors += [m for m in _swapped_sides(dr, s, text) if m.actor_id not in have]


def _swapped_sides(dr: _Draft, s: Sentence, text: str) -> list[Mention]:
    """(round 54) "Forty-four Armenians and twelve Azerbaijanis were exchanged": captives of
    two sides named in an exchange's trigger (a swap_word in it) each stand for the state
    that handed the other's over, so both states are parties (one side alone, "six Armenians
    were released", is only the captives: no party)."""
    h = dr.hits[0]
    if _vocab().cues["swap_word"].search(text, h.start, h.end) is None:
        return []
    rx, of = _side_demonyms()
    sides = [Mention(m.start(), m.end(), m.group(0), of[m.group(1).lower()], None, "agent",
                     "demonym") for m in rx.finditer(text, h.start, h.end)]
    return sides if len({m.actor_id for m in sides}) > 1 else []


@lru_cache(maxsize=1)
def _side_demonyms() -> tuple[re.Pattern[str], dict[str, str]]:
    """The demonyms of the gazetteer's qualifiers (form demonym), singular or plural
    ("Armenian", "Azerbaijanis"), and the actor each stands for."""
    of = {q.surface.lower(): q.actor_id for q in gazetteer.load_gazetteer().qualifiers
          if q.form == "demonym"}
    alts = "|".join(re.escape(w) for w in sorted(of, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(" + alts + r")s?(?![\w'’-])", re.IGNORECASE), of


def _possessive_go_between(m: Mention, text: str) -> bool:
    """(round 52) "freed 15 detainees with Georgia's help", "thanks to Washington's
    mediation": a name between a go-between's preposition and a possessive of help."""
    v = _vocab()
    return (v.cues["mediator_possessive"].match(text, m.end) is not None
            and v.cues["go_between_before"].search(text, max(0, m.start - 20), m.start)
            is not None)


#: An accord's noun phrase up to its trigger: an article or pronoun and up to three words
#: ("the trilateral", "a joint"), after a go-between's verb (`broker_verb`).
_BROKERED_PHRASE = re.compile(r"\s+(?:(?:the|a|an|its|this|that|their)\s+)?(?:[\w’'-]+\s+){0,3}?",
                              re.IGNORECASE)


#: (round 49) what may stand between a change of control's date and the next place of an
#: ellipsis ("took Fuzuli in mid-October and Zangilan later that month")
_ELLIPSIS_AND = re.compile(r",?\s+and\s+(?:(?:then|later|also)\s+)?")
#: between the ellipsis's place and its date: a space, or a preposition of time
_ELLIPSIS_DATE_LEAD = re.compile(r"\s(?:(?:on|in|by)\s)?")
#: what ends the ellipsis's date: the clause's end, or another "and" of the same list
_ELLIPSIS_END = re.compile(r"\s*(?:[.;,:]|$|and\s)")


def _ellipsis_drafts(text: str, dr: _Draft) -> list[_Draft]:
    """(round 49) A change of control told of several places, each with its own date, the verb
    said once ("took Fuzuli in mid-October and Zangilan later that month", "handed back Aghdam
    on 20 November and Kalbajar on 25 November"): each further place right followed by its
    date is a report of its own, with the verb's actors. The first place must stand between
    the trigger and the first date; a place not right followed by a date ("took Shusha in
    early November and held it", "and Hadrut days later") gives none."""
    if dr.event_type != "territorial_change" or dr.date is None or dr.place_span is None:
        return []
    h, s = dr.hits[0], dr.sent
    if not h.start < dr.place_span[0] < dr.date.start:
        return []
    out: list[_Draft] = []
    prev, seen = dr.date, {dr.place_id}
    while (j := _ELLIPSIS_AND.match(text, prev.end)) is not None:
        m = next((m for m in _locations(s, j.end(), j.end() + 1, text, False)
                  if m.start == j.end()), None)
        if m is None or m.place_id in seen:
            break
        g = _ELLIPSIS_DATE_LEAD.match(text, m.end)
        d = next((d for d in s.dates if g is not None and d.start == g.end()), None)
        if d is None or not _usable(d) or _ELLIPSIS_END.match(text, d.end) is None:
            break
        verb_end = dr.place_span[0] if dr.place_span[0] < h.end else h.end
        hit = replace(h, end=h.start + len(text[h.start:verb_end].rstrip()))
        out.append(replace(dr, hits=[hit], date=d, place_id=m.place_id,
                           place_span=(m.start, m.end), fatalities=None,
                           fatality_span=None, coarsen=False))
        prev = d
        seen.add(m.place_id)
    return out


#: (round 50) what may end a sentence of sequence after its date
_SEQUEL_END = re.compile(r"[\s.;!]*")
#: a semicolon after the last date of a handover, and the clause after it (`_followed_drafts`)
_SEQUEL_SEMICOLON = re.compile(r";\s*")


def _followed_drafts(a: Analysed, drafts: list[_Draft]) -> list[_Draft]:
    """(round 50) The sentence after a dated handover or release (or its part after a
    semicolon) that tells one more of it with the verb left out: "Armenia handed over Kelbajar
    on 25 November. Lachin followed on 1 December." (a known place other than those told
    before), "Baku freed 15 detainees on 12 June. Another fifteen followed on 3 July." (a
    further group: `sequel_group`). It is only its subject, a verb of sequence (`sequel_verb`)
    and a date; the report keeps the verb and actors of the one before, with its own date
    (and, for land, its own place). One report per such sentence or part."""
    text = a.text
    by_sent: dict[int, list[_Draft]] = {}
    for dr in drafts:
        if dr.date is not None and (dr.event_type == "territorial_change" or (
                dr.event_type == "detention" and dr.subtype == "release")):
            by_sent.setdefault(dr.sent.index, []).append(dr)
    out: list[_Draft] = []
    for i, prev in sorted(by_sent.items()):
        dr = max(prev, key=lambda d: d.date.end if d.date else 0)
        semi = _SEQUEL_SEMICOLON.search(text, dr.date.end if dr.date else dr.sent.end,
                                        dr.sent.end)
        if semi is not None:
            s2, lo = dr.sent, semi.end()
        elif i + 1 < len(a.sentences):
            s2 = a.sentences[i + 1]
            lo = s2.start + len(s2.text) - len(s2.text.lstrip())
        else:
            continue
        sequel = _sequel(a, dr, prev, s2, lo)
        if sequel is not None:
            out.append(sequel)
    return out


def _sequel(a: Analysed, dr: _Draft, prev: list[_Draft], s2: Sentence,
            lo: int) -> _Draft | None:
    """The report of `_followed_drafts` told from `lo` in sentence `s2`, or None."""
    cues, text = _vocab().cues, a.text
    place: Mention | None = None
    if dr.event_type == "territorial_change":
        place = next((m for m in _locations(s2, lo, lo + 1, text, False) if m.start == lo),
                     None)
        if place is None or place.place_id in {d.place_id for d in prev}:
            return None
        subject_end = place.end
    elif (g := cues["sequel_group"].match(text, lo)) is not None:
        subject_end = g.end()
    else:
        return None
    v = cues["sequel_verb"].match(text, subject_end)
    lead = _ELLIPSIS_DATE_LEAD.match(text, v.end()) if v is not None else None
    d = next((d for d in s2.dates if lead is not None and d.start == lead.end()), None)
    if v is None or d is None or not _usable(d) or \
            _SEQUEL_END.fullmatch(text, d.end, s2.end) is None:
        return None
    h = dr.hits[0]
    verb_end = dr.place_span[0] if dr.place_span and h.start < dr.place_span[0] < h.end \
        else h.end
    said = replace(h, end=h.start + len(text[h.start:verb_end].rstrip()))
    told = _Hit(v.end() - len(v.group().lstrip()), v.end(), h.trig, s2, h.clause)
    return replace(dr, hits=[told, said], date=d,
                   place_id=place.place_id if place else None,
                   place_span=(place.start, place.end) if place else None,
                   fatalities=None, fatality_span=None, coarsen=False)


def _brokered_document(dr: _Draft, head: int, text: str) -> bool:
    """(round 46) 'Russia brokered the trilateral statement of 10 November 2020', 'The EU
    mediated the agreement signed in Brussels': a go-between's verb (`broker_verb`) in the
    clause whose object is the accord's noun phrase; its subject (the words from the clause's
    head to the verb) is an actor of the accord, as one who "brokered" a truce is of the truce."""
    h0 = dr.hits[0]
    return any(_BROKERED_PHRASE.fullmatch(text, m.end(), h0.start) is not None
               for m in _vocab().cues["broker_verb"].finditer(text, max(head, h0.start - 60),
                                                               h0.start))


#: "detained after Azerbaijan's offensive", "captured in Lachin during the fighting", "held
#: since the war of 2020": after a capture participle (`capture_participle`), an optional place
#: of the capture, then the time word (group "p") and up to three words of the noun phrase up
#: to another event's trigger.
_SETTING_GAP = re.compile(r"(?:\s+(?:in|at|near)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*"
                          r"(?:\s+(?-i:[A-Z])[\w’'-]*)*)?\s+(?:(?:shortly|soon|days|weeks|months|"
                          r"years|long)\s+)?(?P<p>after|following|during|amid|throughout|since|"
                          r"in)\s+(?:[\w’'-]+\s+){0,3}?", re.IGNORECASE)
#: What still belongs to that trigger's noun phrase after it: "of 19-20 September 2023",
#: "in Nagorno-Karabakh", "in September" (names and numbers only, so "in custody" ends it).
_SETTING_TAIL = re.compile(r"(?:\s+(?:of|in|on|near|at|across|around)\s+(?:the\s+)?"
                           r"(?:\d[\w–-]*|(?-i:[A-Z])[\w’'–-]*)"
                           r"(?:\s+(?:\d[\w–-]*|(?-i:[A-Z])[\w’'–-]*))*)*", re.IGNORECASE)


#: what may stand between a capture participle and the date it gives ("captured near Lachin
#: in", "detained on"): a place or agent, then the time word, right before the date
_CAPTURE_DATE_GAP = re.compile(
    r"(?:\s+(?:by|in|at|near)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*)?"
    r"\s+(?P<p>in|on|since|during|after|following)\s+(?:the\s+)?", re.IGNORECASE)


def _captured_when(text: str, lo: int, hi: int) -> bool:
    """Whether a capture participle (`capture_participle`) in text[lo:hi] is followed, up to
    `hi` where a date starts, only by an optional place or agent and a time word: the date then
    tells when the captives were taken ("two soldiers captured in May 2021"). After a custody
    participle (`custody_participle`: "held in Baku on 12 May") only "since" does so."""
    cues = _vocab().cues
    for m in cues["capture_participle"].finditer(text, lo, hi):
        g = _CAPTURE_DATE_GAP.fullmatch(text, m.end(), hi)
        if g is not None and (g.group("p").lower() == "since" or
                              not _is_custody(cues["custody_participle"], m)):
            return True
    return False


def _is_custody(rx: Any, m: re.Match[str]) -> bool:
    """Whether the whole participle `m` is one of the words of `rx` (a cue `FastRx`)."""
    c = rx.search(m.string, m.start(), m.end())
    return c is not None and c.start() == m.start() and c.end() == m.end()


def _capture_setting_bounds(dr: _Draft, text: str) -> tuple[int, int] | None:
    """(round 46) 'At least 23 Armenians remain in custody in Baku, including eight leaders
    detained after Azerbaijan's offensive in September and businessman X': fighting named
    only as the time of a capture ("detained/captured/held after, during, since <it>") is
    told through the captives; its place and actors are only those of its own noun phrase
    (from the time word to the names and dates after its trigger), never where the captives
    are held nor who they are. The span of that phrase, or None."""
    if dr.event_type not in ("armed_clash", "territorial_change"):
        return None
    h0 = dr.hits[0]
    s = dr.sent
    caps = _vocab().cues["capture_participle"].finditer(text, max(s.start, h0.start - 90),
                                                         h0.start)
    gap = next((g for cap in caps if (g := _SETTING_GAP.fullmatch(text, cap.end(), h0.start))
                and not any(c in g.group() for c in ",;:()")), None)
    if gap is None:
        return None
    tail = _SETTING_TAIL.match(text, dr.hits[-1].end, s.end)
    return gap.start("p"), (tail.end() if tail is not None else dr.hits[-1].end)


def _route_end(m: Mention, text: str) -> bool:
    """Whether a city read as its government is one end of a hyphenated route ("the
    Stepanakert-Lachin road", "the Baku-Tbilisi-Kars railway"): a place on a map, no party."""
    if m.via != "metonym":
        return False
    after = text[m.end:m.end + 2]
    before = text[max(0, m.start - 2):m.start]
    return (len(after) == 2 and after[0] in "-–" and after[1].isupper()) or \
        (len(before) == 2 and before[1] in "-–" and before[0].isalpha())


#: an auxiliary inside a passive trigger's words: "the treaty was signed" (else the words are a
#: reduced relative, "the treaty initialled at")
_AUX_WORD = re.compile(r"(?<![\w-])(?:was|were|is|are|be|been|being)(?![\w-])", re.IGNORECASE)


#: Pronouns that only own the noun after them (see the cue kind possessed_party).
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "hers"}) | possessive_words()


def _participle_before_place(verbs: str, prepositions: str = "in|at") -> re.Pattern[str]:
    """A participle of taking or keeping people and a preposition ending right before a place
    ("held in the", "captured near"): the place is where people were taken or kept."""
    return re.compile(r"(?<![\w-])(?:" + verbs + r")\s+(?:" + prepositions + r")\s+(?:the\s+)?$",
                      re.IGNORECASE)


#: "prisoners held in Baku": where captives were kept, not where they were set free.
_HELD_IN = _participle_before_place("held|kept|jailed|imprisoned|detained|incarcerated")


#: "the trial of two soldiers captured in the Kalbajar district": where a defendant was taken or
#: kept, not where the court sat.
_TAKEN_IN = _participle_before_place(
    "captured|detained|arrested|seized|abducted|held|kept|jailed|imprisoned", "in|at|near")


#: "captured six soldiers, some of whom are still held in Baku": where captives are kept (not
#: "detained in", which for a capture names where it happened).
_KEPT_IN = _participle_before_place("held|kept|jailed|imprisoned|incarcerated")


#: (round 47) "a protest action was held in Yerevan", "a rally held in Gyumri": only an
#: auxiliary between the trigger and "held" says where the happening itself took place (not
#: where people are kept, `_KEPT_IN`).
_HELD_AS_VENUE = re.compile(
    r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+)?", re.IGNORECASE)


#: "Azerbaijani and Armenian forces": what joins a demonym to the next one, which has the noun.
_COORD_DEMONYM = re.compile(r"\s+(?:and|or)\s+|,\s+")


def _shares_noun(m: Mention, mentions: Sequence[Mention], text: str) -> bool:
    """Whether a bare demonym is joined ("and", "or", a comma) to the next mention, a state's
    group named by another demonym and its noun ("Azerbaijani and Armenian troops"): the
    noun is the first demonym's too, so both states are parties."""
    nxt = next((o for o in mentions if o.start >= m.end), None)
    return nxt is not None and nxt.via == "title" and nxt.reading == "agent" and \
        _COORD_DEMONYM.fullmatch(text, m.end, nxt.start) is not None and \
        gazetteer.actor(nxt.actor_id).kind == "state"


#: "ethnic Armenian units", "Karabakh Armenian units": the state is not the demonym's side.
_NOT_STATE_BEFORE = re.compile(r"(?<![\w-])(?:ethnic|Karabakh|Karabagh)\s+$", re.IGNORECASE)


def _demonym_force(m: Mention, text: str) -> bool:
    """Whether a bare demonym names a state's armed group by a noun the titles do not list
    ("Azerbaijani units", "Armenian armed detachments"; cue kind demonym_force): the state
    is a party, as with "Azerbaijani forces"."""
    return _vocab().cues["demonym_force"].match(text, m.end) is not None and \
        _NOT_STATE_BEFORE.search(text, max(0, m.start - 12), m.start) is None


def _demonym_fire(m: Mention, dr: _Draft, text: str) -> bool:
    """Whether a bare demonym opens the words of a fighting trigger or stands right before
    them ("killed in Azerbaijani fire", "Armenian shelling of X"): it names the side that
    fired, a party to the fighting as "Azerbaijani forces" would be."""
    return dr.event_type == "armed_clash" and any(
        h.start <= m.start < h.end or (m.end <= h.start and text[m.end:h.start].isspace())
        for h in dr.hits) and _NOT_STATE_BEFORE.search(text, max(0, m.start - 12),
                                                       m.start) is None


_BY_BEFORE = re.compile(r"(?<![\w-])by\s+$", re.IGNORECASE)


def _captives(m: Mention, h: _Hit, text: str) -> bool:
    """Whether a group of people named by their side ("Armenian servicemen", "Azerbaijani
    soldiers") after the trigger are those captured, held or freed ("released 32 Armenian
    servicemen", "captured two Azerbaijani soldiers"): their side is not the one who detained
    or freed them (an agent after "by" still is). (The subject of a passive, "two Azerbaijani
    soldiers had been captured", is a captive too, but a seed article's output takes that side
    as the actor and must stay byte-identical.) So is such a group whose noun starts an
    active trigger ("Four Armenian servicemen held in Baku returned home")."""
    if m.via != "title" or not _vocab().person_noun.search(m.text):
        return False
    if m.start < h.start and (h.trig.passive or m.end <= h.start):
        # "Two Armenian soldiers were detained by Azerbaijani border guards": the subject of
        # a passive whose agent is named after "by" is the captives, not a side of the capture
        if m.end <= h.start:
            return _PASSIVE_AUX.fullmatch(text, m.end, h.start) is not None and \
                _AGENT_AFTER.match(text, h.start, min(len(text), h.start + 40)) is not None
        # "six Armenian servicemen were captured by ...": a trigger that opens with the
        # captives' own noun, the same reading
        aux = _PASSIVE_AUX.match(text, m.end, h.end)
        return aux is not None and _AGENT_AFTER.match(
            text, aux.end(), min(len(text), aux.end() + 40)) is not None
    return not _BY_BEFORE.search(text, max(0, m.start - 8), m.start)


#: what stands between the subject of a passive and its participle ("were", "had been")
_PASSIVE_AUX = re.compile(r"\s+(?:(?:had|have|has)\s+been|were|was|are|is)\s+"
                          r"(?:[a-z]+ly\s+)?", re.IGNORECASE)
#: a participle and its agent: "detained by"
_AGENT_AFTER = re.compile(r"[\w-]+\s+by\s", re.IGNORECASE)


_PLACE_COMMA = re.compile(r",[ \t]+")


def _owner_of_place(m: Mention, mentions: Sequence[Mention], text: str) -> bool:
    """Whether a state is named only as the owner of a place ("withdrew from Azerbaijan's
    Karabakh region"): the possessive says whose the region is, not who acted. So does a
    possessive opening an apposition to a town ("struck Ganja, Azerbaijan's second city")."""
    if text[m.end:m.end + 1] not in ("'", "\u2019"):
        return False
    if text[m.start - 2:m.start - 1] == ",":
        for n in mentions:
            if n.end < m.start - 1 <= n.end + 3 and n.place_id is not None and \
                    getattr(_place(n.place_id), "kind", "country") != "country" and \
                    _PLACE_COMMA.fullmatch(text, n.end, m.start):
                return True
    for n in mentions:
        if m.end < n.start <= m.end + 30 and n.place_id is not None and \
                getattr(_place(n.place_id), "kind", "country") != "country" and \
                _POSSESSIVE_GAP.fullmatch(text, m.end, n.start):
            return True
    return False


def _labels_it(m: Mention, trigger: int, text: str) -> bool:
    """Whether a name before the trigger is the subject of a verb of labelling or blaming
    whose object holds the trigger ("Yerevan on Monday called the shelling a breach of the
    truce", "Baku blamed Armenian units for the attack"): the one who labels or blames an act
    comments on it and is no party to it. Only a possessive's noun or a short time phrase may
    stand between the name and the verb."""
    v = _vocab()
    if m.start > trigger and v.label_by.search(text, max(0, m.start - 80), m.start):
        return True  # "the joint statement was welcomed by the EU"
    if m.end > trigger or trigger - m.end > 80:
        return False
    return v.label_verb.fullmatch(text, m.end, trigger) is not None


def _talked_about(m: Mention, trigger: int, text: str) -> bool:
    """Whether a name before the trigger stands before words that make the act the topic of a
    talk ("Blinken spoke with A and B about the fighting on the border"): those who talk about
    a clash are no party to it. The topic words must stand right before the trigger and after
    the name. (Those who discuss a truce or an accord may well be its parties: the caller
    leaves those two types alone.)"""
    if m.end > trigger or trigger - m.end > 200:
        return False
    rx = _vocab().cues["topic_before"]
    t = rx.search(text, m.end, trigger)
    if t is not None and t.end() == trigger:
        return True
    # "Mirzoyan briefed Blinken on the operation": the name inside the topic words
    t = rx.search(text, max(0, m.start - 40), trigger)
    return t is not None and t.start() < m.start and t.end() == trigger


def _attacked_place(m: Mention, text: str) -> bool:
    """Whether a city or region is the subject of a passive attack ("Stepanakert was shelled
    on Sunday", "Ganja came under fire"): it is where the fighting happened, the side it was
    done to, not a party acting (a country so named stays an actor: "Armenia was attacked")."""
    p = _place(m.place_id)
    if p is None or p.kind == "country":
        return False
    cues = _vocab().cues  # "Stepanakert was shelled", or active "shelled Stepanakert"
    return cues["target_after"].match(text, m.end) is not None or \
        cues["target_before"].search(text, max(0, m.start - 30), m.start) is not None


def _possessed_site(m: Mention, text: str) -> bool:
    """Whether a town is named only by the possessive of a site in it ("protested in
    Stepanakert's Renaissance Square", "marched through Yerevan's streets"): the town is where
    it happened, not its government acting (a country so named stays one: "Armenia's army")."""
    p = _place(m.place_id)
    return p is not None and p.kind == "city" and \
        _vocab().cues["site_after_possessive"].match(text, m.end) is not None


#: (round 44) a comma between two names of a list ("Arayik Harutyunyan, Bako Sahakyan and ...")
_LIST_COMMA_BEFORE = re.compile(r"(?-i:[A-Z])[\w’'-]+$")
_LIST_COMMA_AFTER = re.compile(r",\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}"
                               r"(?:\s*,|\s+and\s)")


def _list_comma(text: str, i: int) -> bool:
    """Whether the comma at `i` separates two names of a list, not an aside's opening: in "the
    trial of A, B and other citizens accused of crimes against peace and humanity, war crimes
    ... began", B is a defendant as much as A."""
    return _LIST_COMMA_BEFORE.search(text, max(0, i - 40), i) is not None and \
        _LIST_COMMA_AFTER.match(text, i) is not None


def _asides(text: str, hits: Sequence[_Hit]) -> list[tuple[int, int]]:
    """Comma-set asides inside trigger spans ("the corridor, the only road linking Karabakh
    with Armenia, was blocked"): they describe the noun, and the names in them are no party."""
    out = []
    rx = _vocab().cues["apposition_open"]
    for h in hits:
        if h.trig.passive and h.trig.event_type == "blockade":
            # "the road linking Armenia with Karabakh was blocked": the words between the
            # route and its verb say which road it is, and the names in them are its ends
            out.append((h.start, h.end))
        i, j = text.find(",", h.start, h.end), text.rfind(",", h.start, h.end)
        while 0 <= i < j and _list_comma(text, i):
            i = text.find(",", i + 1, h.end)  # (round 44) "the trial of A, B and C": a list
        if 0 <= i < j:
            out.append((i, j))
        if (m := rx.match(text, h.end)) is not None:
            # "... blocked the road, the only link between X and Y": the same, after it
            stop = min((k for k in (text.find(c, m.end()) for c in ",;.") if k >= 0),
                       default=len(text))
            out.append((h.end, stop))
    return out


_SLASH_CITIES = re.compile(r"(?:[A-Z][A-Z.'’ -]{1,30}/[ \t]?)+")  # also spaced: "BAKU / YEREVAN"


def _in_dateline(text: str, pos: int) -> bool:
    """Whether a mention opens a dateline ("MOSCOW, June 12 (Wire) - ", also with several
    cities "BAKU/YEREVAN, June 12 - "): the city a report was filed from is no party to what
    it reports. Tried only at a line start or after such a city and a slash."""
    if pos and text[pos - 1] not in "\n/" and not (text[pos - 1] in " \t"
                                                  and text[pos - 2:pos - 1] == "/"):
        return False
    ls = text.rfind("\n", 0, pos) + 1
    cities = _SLASH_CITIES.match(text, ls)
    start = cities.end() if cities is not None else ls
    return pos <= start and _dateline_at(text, start) is not None


def _dateline_at(text: str, start: int) -> re.Match | None:
    """DATELINE at `start`, which may follow "CITY/" (the pattern anchors at a line start)."""
    return DATELINE.match(text[start:start + 120])


def _date_in_dateline(text: str, d: DateMention) -> bool:
    """Whether a date stands in a dateline ("BAKU, Sept 28 (Wire) - "): the day the report
    was filed, which dates an event only when its sentence gives no other date."""
    return _within_dateline(text, d.start)


def _within_dateline(text: str, pos: int) -> bool:
    """Whether `pos` lies in a dateline, its agency's bracket included ("YEREVAN, May 14
    (Caucasus Wire) - ": no place of what the report tells)."""
    ls = text.rfind("\n", 0, pos) + 1
    if pos - ls > 80:
        return False
    cities = _SLASH_CITIES.match(text, ls)
    start = cities.end() if cities is not None else ls
    m = _dateline_at(text, start)
    return m is not None and pos < start + m.end()


#: "to " right before a trigger: with a bare verb after it, an infinitive (`_is_unreal`).
_TO_BEFORE = re.compile(r"(?<![\w-])to\s+$", re.IGNORECASE)


def _is_unreal(h: _Hit, text: str, clause: _Clause) -> bool:
    """Modal, negated, hoped-for, denied or planned: not a happening."""
    v = _vocab()
    if not h.trig.passive and _TO_BEFORE.search(text[max(clause.start, h.start - 4):h.start]) \
            and v.cues["infinitive_base"].match(text, h.start):
        return True  # "a truce on Saturday to exchange prisoners": a purpose, not a happening
    if h.trig.passive and v.cues["negated_subject"].search(
            text, max(clause.start, h.start - 40), h.start):
        return True  # "where no document was signed", "no prisoners were released": negated
    if h.trig.passive:  # "troops will be deployed": look between the noun and the verb
        last = text.rfind(" ", h.start, h.end)
        window = text[h.start:last + 1] if last > h.start else ""
    else:
        lo = clause.start
        if clause.kind == "speech":
            # "Baku denied that its troops shelled ...": the clause is cut after the reporting
            # verb, which alone says whether its words are a claim or a denial; take it in
            # (from a word's start)
            lo = text.find(" ", max(0, lo - 40), lo) + 1 or lo
        window = text[max(lo, h.start - 80):h.start]
    words = window.split()[-10:]  # the modal patterns span at most ten words
    window = " ".join(words) + " " if words else ""
    if window and _modal_before(window) and not v.cues["factual_before"].search(window) \
            and not (h.event_type == "ceasefire" and v.cues["ceasefire_agreed"].search(window)):
        return True  # but a truce the sides "agreed to" was reached: it is the event
    after = " ".join(text[h.end:min(clause.end, h.end + 80)].split())
    if v.modal_after.match(" " + after if after[:1].isalnum() else after):
        return True
    return _unconfirmed_source(h, text)


def _unconfirmed_source(h: _Hit, text: str) -> bool:
    """'According to unconfirmed reports, Azerbaijani troops entered X on 24 March' / '...,
    according to unverified claims on Telegram': the sentence's source is one its writer calls
    unconfirmed (`unconfirmed_source`), before or after the trigger with no semicolon between:
    what it tells is a claim, no fact (as "unconfirmed reports that ...", `modal_before`)."""
    s = h.sent
    for m in _vocab().cues["unconfirmed_source"].finditer(text, s.start, s.end):
        lo, hi = (m.end(), h.start) if m.end() <= h.start else (h.end, m.start())
        if ";" not in text[lo:hi]:
            return True
    return False


#: a war named by a definite description right before the trigger ("the war", "that war")
_DEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:the|that|this)\s+$", re.IGNORECASE)
#: "... during the war" after a trigger: its time is the war's
_DURING_WAR = re.compile(r"\s+(?:during|in|throughout)\s+(?:the|that)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:war|fighting|hostilities)(?![\w-])", re.IGNORECASE)


def _definite_war(h: _Hit, lo: int, text: str) -> bool:
    """Whether the trigger is the bare noun "war" after "the", "that" or "this" (from `lo`
    on): a war the reader already knows, which the day of the clause it stands in does not
    date."""
    return h.event_type == "armed_clash" and text[h.start:h.end].lower() in ("war", "wars") \
        and _DEFINITE_BEFORE.search(text, max(lo, h.start - 6), h.start) is not None


#: (round 60) a war named as the setting of another happening, after a preposition ("killed
#: in the war", "missing since the first Karabakh war", "wounded in the 44-day war")
_SETTING_WAR_BEFORE = re.compile(r"(?<![\w-])(?:in|since|during|throughout|after|following|"
                                 r"before|of)\s+((?:the|that|this)\s+(?:[\w’'-]+\s+){0,3})$",
                                 re.IGNORECASE)


#: what may stand between such a war and a place of its own ("the war in Karabakh")
_WAR_OWN_PLACE = re.compile(r"\s+(?:in|over|for|of)\s+(?:the\s+)?", re.IGNORECASE)
#: ... and a date of its own ("the war of 1992", "the 44-day war in November 2020")
_WAR_OWN_DATE = re.compile(r"\s+(?:(?:of|on|in)\s+)?", re.IGNORECASE)


def _setting_war(h: _Hit, lo: int, text: str) -> re.Match | None:
    """(round 60) The preposition before a bare "war" trigger named as the setting of another
    happening ("killed in the 1990s war"), with its article and modifiers as group 1, or
    None."""
    if h.event_type != "armed_clash" or text[h.start:h.end].lower() not in ("war", "wars"):
        return None
    return _SETTING_WAR_BEFORE.search(text, max(lo, h.start - 50), h.start)


def _foreign_war_day(d: DateMention, h: _Hit, lo: int, text: str) -> bool:
    """(round 60) Whether `d` is a day, week or month that cannot be the date of a war named
    after a preposition as the setting of something else ("the remains of servicemen, missing
    since the first Karabakh war, were returned on 3 April"): the date is the return's. A date
    of the war's own words stays its own: inside its modifiers ("the September 2020 war"),
    right after it ("the war of 1992"), or through its own beginning or end ("since the war
    began on 27 September")."""
    if d.precision in _COARSE:
        return False
    m = _setting_war(h, lo, text)
    if m is None or m.start(1) <= d.start < h.start or (
            text.startswith("since", m.start()) and _vocab().cues["superlative"].search(
                text, max(h.sent.start, m.start() - 100), m.start()) is not None):
        return False  # "the worst fighting since the 2020 war": the point compared from is
        # told with the new fighting (see `_compared_from`; not "since the first ... war")
    return d.start < h.end or not (_WAR_OWN_DATE.fullmatch(text, h.end, d.start) or (
        _vocab().cues["own_time_verb"].match(text, h.end, d.start)
        and not _SET_APART.search(text, h.end, d.start)))


def _in_a_known_war(h: _Hit, c: _Clause, text: str) -> bool:
    """Whether a trigger in a relative clause is the bare definite "the war" (no date, place or
    name of its own: a war the reader knows) or a happening told "during the war"."""
    if h.event_type != "armed_clash":
        return False
    if _definite_war(h, c.start, text):
        return True
    return _DURING_WAR.match(text, h.end, c.end) is not None


def _only_told(h: _Hit, s: Sentence, text: str) -> bool:
    """"gave conflicting accounts of a shootout near X": a telling of the happening, whose
    date is the telling's; it is one only with a date of its own right after it ("its account
    of the fighting of 12-13 September")."""
    if "ccount" not in text[max(s.start, h.start - 40):h.start] and \
            "ersion" not in text[max(s.start, h.start - 40):h.start]:
        return False
    if _vocab().cues["telling_before"].search(text, max(s.start, h.start - 40), h.start) is None:
        return False
    return not any(h.end <= d.start <= h.end + 8 and d.date is not None for d in s.dates)


#: What may stand between a probed act and its own date: its noun phrase, no comma or verb
#: ("the shelling of Nerkin Hand on 16 November").
_OWN_PHRASE_GAP = re.compile(r"(?:\s+(?:of|in|near|at|on|the|[A-Z][\w’'-]*))*\s+(?:on|in)?\s*$")


def _only_probed(h: _Hit, s: Sentence, text: str) -> bool:
    """"prosecutors opened a criminal case on Monday into the shelling of X": an act that is
    the subject of a case or probe (`probe_before`) is dated only by a date of its own phrase,
    not by the opening of the case."""
    m = _vocab().cues["probe_before"].search(text, max(s.start, h.start - 60), h.start)
    if m is None:
        return False
    return not any(d.date is not None and h.end <= d.start and d.start - h.end <= 60
                   and _OWN_PHRASE_GAP.fullmatch(text, h.end, d.start) for d in s.dates)


def _modal_before(window: str) -> bool:
    """Whether a modal pattern (`modal_before`) matches in `window`.

    The combined regex has a match exactly when one of its rows has. A row whose first words
    are known (keys in `modal_keyed`) can only match where such a word starts; in ASCII text
    a case-insensitive match of those words is a match of their lower-case form, so those
    rows are tried at those words only, instead of at every character (same answer, a
    fraction of the work). The other rows (the cue "modal_before_rest") are searched whole,
    unless their needles rule them out (`_ruled_out`: ASCII text is plain). Text with other
    letters is searched whole, after the check that one of the first words is there at all."""
    v = _vocab()
    if window.isascii() and v.modal_keyed is not None:
        rx, keys = v.modal_keyed
        if any(rx.match(window, w.start()) for w in _WORDS.finditer(window)
               if w.group().lower()[:KEY_LEN] in keys):
            return True
        rest = v.cues.get("modal_before_rest")
        return rest is not None and not _ruled_out("modal_before_rest", window.lower(), True) \
            and rest.search(window) is not None
    if v.modal_keys is None:
        return v.modal_before.search(window) is not None
    return any(w[:KEY_LEN] in v.modal_keys for w in _WORDS.findall(fold(window))) and \
        v.modal_before.search(window) is not None


#: "<noun> of " right before a date: "the agreements of", "the statement of".
_NOUN_OF = re.compile(r"((?:[\w’'-]+\s+)?([\w’'-]+))\s+of\s+$")


def _document_claims(a: Analysed, s: Sentence, hits: list[_Hit]) -> tuple[
        dict[int, str], list[tuple[DateMention, tuple[int, int]]]]:
    """Dates that modify a noun ("the agreements of November 9 and January 11").

    Returns {date start: 'strong'|'weak'} for dates no other trigger may use, and the dated
    documents (date, noun span) that are agreements in their own right."""
    v = _vocab()
    text = a.text
    claims: dict[int, str] = {}
    docs: list[tuple[DateMention, tuple[int, int]]] = []
    prev: tuple[DateMention, str, tuple[int, int]] | None = None
    for d in s.dates:
        kind: str | None = None
        noun: tuple[int, int] | None = None
        before = text[max(s.start, d.start - 60):d.start]
        # cheap pre-check: the regex, tried at every position of the window, needs "of " last
        tail = before.rstrip()
        m = _NOUN_OF.search(before) if len(tail) < len(before) and tail.endswith("of") \
            else None
        if m:
            base = d.start - len(before)
            one = (base + m.start(2), base + m.end(2))
            if any(h.start <= one[0] < h.end for h in hits):
                kind = None  # "the war of 2020": the trigger's own date
            elif v.cues["document_strong"].fullmatch(m.group(1)):
                kind, noun = "strong", (base + m.start(1), one[1])
            elif v.cues["document_strong"].fullmatch(m.group(2)):
                kind, noun = "strong", one
            elif v.cues["document_weak"].fullmatch(m.group(2)):
                kind, noun = "weak", one
        elif prev is not None and re.fullmatch(r"\s*(?:,|and|, and|or)\s*",
                                               text[prev[0].end:d.start]):
            kind, noun = prev[1], prev[2]  # "... of November 9 and January 11"
        if kind and noun:
            claims[d.start] = kind
            if kind == "strong" and _usable(d) and not (
                    d.date_end is not None and d.precision in ("year", "decade")):
                # (not "the agreements of 2020-2022": documents of several years, no one event)
                docs.append((d, noun))
            prev = (d, kind, noun)
        else:
            prev = None
    return claims, docs


def _own_date_open(h: _Hit, d: DateMention, s: Sentence, text: str) -> bool:
    """(Round 51) Whether the trigger's own date, right after it with only a preposition
    between ("peacekeepers, who began deploying on 10 November"), could not be resolved (a
    year-less day in a text with no year for it), so that another date of the sentence ("was
    handed over on 1 December 2020, ...") is not its: better no date than a borrowed one."""
    return any(u.date is None and u is not d and h.end <= u.start
               and _PREPOSITION_GAP.fullmatch(text, h.end, u.start) is not None
               for u in s.dates)


def _usable(d: DateMention) -> bool:
    return d.date is not None and not d.future


def _anchor_years(dates: list[DateMention], text: str) -> list[DateMention]:
    """'In 2016, a war broke out in April': a year-less month or day takes the year written
    earlier in the same sentence, not the publication year (a guard for background history;
    a no-op when the date resolver already did so). (Round 44) A decade ("since the early
    1990s") or a year after "since" ("which Armenia had held since 1991, were handed over on
    May 24": the start of a state lasting to the later date) gives no year."""
    rel_word = _vocab().cues["relative_date_word"]
    out: list[DateMention] = []
    year: int | None = None
    for d in dates:
        if d.date is not None and (d.precision == "decade" or _SINCE_BEFORE.search(
                text, max(0, d.start - 8), d.start)):
            pass
        elif d.date is not None and not d.relative and re.search(r"\d{4}", d.text):
            year = (d.date_end or d.date).year
        elif (year is not None and d.relative and d.date is not None and d.date_end is None
              and d.precision in ("day", "month") and d.date.year != year
              and not re.search(r"\d{4}", d.text) and not rel_word.search(d.text)):
            with contextlib.suppress(ValueError):  # 29 February
                d = replace(d, date=d.date.replace(year=year))
        out.append(d)
    return out


#: how far before its "since" a superlative scopes a comparison's date (`_scopes_comparison`)
_SUPERLATIVE_REACH = 100
#: (round 56) how far before its "since" a superlative of any kind scopes the comparison
_SINCE_SCOPE = 50


def _scopes_comparison(d: DateMention, text: str, s: Sentence) -> bool:
    """'the deadliest exchange of fire this year': a relative period that bounds a comparison
    says when the comparison holds, not when the event happened. 'The worst shelling since
    the 2020 war', 'the first talks since 2021': the date a superlative counts from (after
    "since") dates nothing either."""
    v = _vocab().cues
    lo = max(s.start, d.start - 50)
    if d.relative and d.precision != "day" and v["superlative"].search(text, lo, d.start):
        return True
    since = v["comparison_start"].search(text, lo, d.start)
    if since is None:
        return False
    if v["superlative"].search(text, max(s.start, min(lo, since.start() - _SINCE_SCOPE)),
                               d.start):
        # (round 56) "the heaviest fighting between Armenia and Azerbaijan since the 2020
        # war": the superlative's reach is counted from its "since", not from the date
        return True
    # (round 45) "since" right before the date, its superlative up to 100 characters back
    # ("the deadliest clash on the Armenia-Azerbaijan border since last September"); not
    # "since the 2020 war", whose date is the war's own (`_compared_point_date`)
    return since.group(0).split()[-1].lower() != "the" and v["superlative_far"].search(
        text, max(s.start, d.start - _SUPERLATIVE_REACH), since.start()) is not None


#: "of"/"in" between a trigger and the date that names its time ("the war of 2020").
_OF_IN_GAP = re.compile(r"\s+(?:of|in)\s+", re.IGNORECASE)


def _compared_point_date(d: DateMention, live: list[_Hit], text: str, s: Sentence
                         ) -> _Hit | None:
    """The trigger a date hangs on by "of"/"in" when that trigger is the point a superlative
    counts from ("the deadliest since the 44-day war of 2020"): the date is that event's own,
    never the new event's the sentence tells ("died in the fighting, the deadliest since
    ...": the fighting takes no 2020)."""
    return next((h for h in live if h.end <= d.start and _OF_IN_GAP.fullmatch(
        text, h.end, d.start) and _compared_from(h.start, text, s.start)), None)


def _since_noun_date(d: DateMention, clause: _Clause, others: list[int], text: str) -> bool:
    """(round 59) Whether a date fronted in a clause opened by "since" or "after" is only
    another trigger's own ("captured since the 2020 war and those detained at X in May 2023"):
    the clause orders against that event, so the date sets no scene for a later trigger."""
    return _TIME_ORDER.match(text, clause.start) is not None and any(
        p > d.end and text[d.end:p].isspace() for p in others)


def _fronted(d: DateMention, clause: _Clause, text: str) -> bool:
    """'In November 2020, ...', 'On 3 March the army ...': a date that opens its clause."""
    head = re.fullmatch(r"[\W_]*((?:[\w’'-]+\s+){0,4})", text[clause.start:d.start])
    return head is not None and (len(head.group(1).split()) <= 2 or bool(
        re.match(r"\s*,", text[d.end:d.end + 3])))


def _contains(a: tuple, b: tuple) -> bool:
    a0, a1 = period(*a)
    b0, b1 = period(*b)
    return a0 <= b0 and b1 <= a1


#: A word of time order right before "the <year> <event>": the event is a point of reference.
_ORDER_BEFORE = re.compile(r"(?<![\w-])(?:after|following|since|before|prior to|until)\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)


def _reference_year(d: DateMention, h: _Hit, hits: list[_Hit], text: str) -> bool:
    """'officials detained after the 2023 offensive': a date that names another event (it
    stands right before that event's trigger) after a word of time order is that event's; the
    trigger before it happened after (or before) it, on a date the text does not give."""
    return d.start >= h.end and any(
        o is not h and o.start >= d.end and not text[d.end:o.start].strip() for o in hits
    ) and _ORDER_BEFORE.search(text, max(0, d.start - 16), d.start) is not None


#: From a capture participle to the named happening's date: "captured in the", "held during
#: the", "taken prisoner" is not needed, the participle is one of `reduced_relative`.
_CAPTURE_SETTING_GAP = re.compile(r"\s+(?:in|during|amid|throughout|at)\s+the\s+",
                                  re.IGNORECASE)


def _capture_setting_date(d: DateMention, h: _Hit, hits: list[_Hit], text: str) -> bool:
    """'Azerbaijan returned 10 servicemen captured in the November fighting on 4 December':
    a date that names another event (it stands right before that event's trigger, after "the")
    within a reduced capture relative on the captives of a release is the capture's setting,
    not the release's date (which, if the text gives it, is another of the sentence)."""
    if d.start < h.end or h.event_type != "detention" or not any(
            o is not h and o.event_type != h.event_type and o.start >= d.end
            and not text[d.end:o.start].strip() for o in hits):
        return False
    m = _capture_after(h, d.start, text)
    return m is not None and _CAPTURE_SETTING_GAP.fullmatch(text, m.end(), d.start) is not None


def _capture_after(h: _Hit, stop: int, text: str) -> re.Match | None:
    """The last reduced capture relative ("servicemen captured") that ends after the trigger's
    words and before `stop`: what follows it up to `stop` is said of the captives' capture."""
    last = None
    for m in _vocab().cues["reduced_relative"].finditer(text, h.start, stop):
        if m.end() > h.end:
            last = m
    return last


#: "the 1991 Alma-Ata Declaration", "the 2022 memorandum on gas": a year between "the" and a
#: proper name or a document's noun is part of that document's name.
_DOCUMENT_YEAR = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?:(?:[A-Z][\w'’-]*)|(?:declaration|statement|agreement|"
    r"treaty|memorandum|accords?|principles|constitution|resolution|document|protocol|"
    r"convention|charter|law)s?)\b")


def _names_a_document(d: DateMention, h: _Hit, text: str) -> bool:
    """"The four adopted a joint statement ... on the basis of the 1991 Alma-Ata Declaration":
    a year after the trigger that only names another document (or a thing with a proper name)
    dates that, not the trigger; the trigger's own date is not in the sentence."""
    return d.start >= h.end and d.precision == "year" and \
        text[max(0, d.start - 4):d.start].lower() == "the " and \
        _DOCUMENT_YEAR.match(text, d.end) is not None


#: Another event named as the setting of the trigger's own ("detained 40 people at a rally on 27
#: May"): the setting's date is the trigger's too.
_SETTING_BEFORE = re.compile(r"(?<![\w-])(?:at|during)\s+(?:a|an|the)\s+$", re.IGNORECASE)


def _date_in_clause(h: _Hit, hits: list[_Hit], clause: _Clause, dates: list[DateMention],
                    text: str) -> DateMention | None:
    """Step 3a: the nearest date of the clause that no other event's trigger separates."""
    cands: list[tuple[tuple[int, int, int], DateMention]] = []
    # (round 61) another trigger inside a closed apposition separates no date after it
    others = [(o.start, _apposition_close(o, hits, text)) for o in hits
              if o.event_type != h.event_type and not o.trig.participant
              and not (o.start > h.end and _SETTING_BEFORE.search(text, h.end, o.start))]
    own_close = _apposition_close(h, hits, text)
    # a verb of an earlier act (agreeing, planning) between the trigger and a date takes the
    # date, unless agreeing is the trigger's own act (an agreement, a ceasefire)
    prior = None if h.event_type in ("agreement", "ceasefire") else _vocab().cues["prior_act"]
    for d in dates:
        if not clause.start <= d.start < clause.end:
            continue
        if any(o.trig.subtype == "violation" and o.start <= d.start < o.end for o in hits):
            continue  # "a violation of the 2020 ceasefire": the truce's year, not the breach's
            # (nor that of the act called a breach: "called the shelling a breach of ...")
        if h.trig.needs == "since" and not re.search(r"\bsince\s*$", text[max(0, d.start - 12):
                                                                          d.start], re.I):
            continue
        if h.trig.needs == "antecedent" and d.end <= h.start:
            continue  # "a truce on 10 May, and a second, agreed on 17 May": the first's date
        if own_close is not None and d.start >= own_close:
            continue  # "sentenced X, a resident detained at the checkpoint, to 15 years this
            # month": the sentencing's date, not the detention's
        lo, hi = (h.end, d.start) if d.start >= h.end else (d.end, h.start)
        if d.start >= h.end and prior is not None and prior.search(text, h.end, d.start):
            continue  # "freed two soldiers in an exchange agreed last week": the agreeing's
        if d.start >= h.end and h.event_type in ("political_declaration", "agreement") and \
                _vocab().cues["effective_before"].search(text, max(h.end, d.start - 24), d.start):
            continue  # "signed a decree dissolving all bodies from 1 January": taking effect
        if d.end <= h.start and _ELAPSED_GAP.search(text, d.end, h.start):
            continue  # "on 19 September ... and within a day agreed to disarm": a later day
        if d.end <= h.start and _charged(d, h, clause, text):
            continue  # "accused Baku on Friday of sending troops": the accusing's date
        if d.end <= h.start and _vocab().label_verb.fullmatch(text, d.end, h.start):
            continue  # "Yerevan on Monday called the shelling a breach": the calling's date
        if d.end <= h.start and _said_before(d, h, clause, text):
            continue  # "said on Friday that his forces had retaken X": the saying's date
        if d.end <= h.start and _participle_in_report(d, h, clause, text):
            continue  # "said on Friday that officials arrested after the offensive remain
            # in custody": the saying's date, not the arrests'
        if d.end <= h.start and _earlier_act_date(d, h, clause, text):
            continue  # "had crossed the border in April and were sentenced": the crossing's
        if d.end <= h.start and _other_subject_apart(d, h, clause, hits, text):
            continue  # "marched on 9 May, and police detained 40": the march's day
        if _reference_year(d, h, hits, text):
            continue  # "detained after the 2023 offensive": the offensive's year
        if _foreign_war_day(d, h, clause.start, text):
            continue  # "soldiers killed in the war were buried on 3 April": the burial's
        if _capture_setting_date(d, h, hits, text):
            continue  # "returned soldiers captured in the November fighting": the capture's
        if _names_a_document(d, h, text):
            continue  # "... on the basis of the 1991 Alma-Ata Declaration": that one's year
        if _crime_date(d, h, hits, text):
            continue  # "found guilty of killings during the war of the early 1990s": the war's
        if d.end <= h.start and h.event_type == "agreement" and _reduced_signing(h, text) \
                and not _NOUN_MODIFIER_GAP.fullmatch(text, d.end, h.start):
            continue  # "talks on Tuesday on the statements signed by the leaders": signed
            # before, on a day of its own (a date after the participle may still give it)
        if d.end <= h.start and _PROVIDED_UNDER.search(text, d.end, h.start):
            continue  # "a statement signed on 10 November, under which Armenia handed over
            # Aghdam": what the document provided for was done later, on a day not given
        gap = max(0, hi - lo)
        if d.start >= h.end and gap <= _MAX_DATE_GAP and _other_noun_relative(h, d, hits, text):
            continue  # "have left X, ending a mission that began in 2020": the mission's
        if d.start >= h.end and gap <= _MAX_DATE_GAP and _pluperfect_between(h, d, text):
            continue  # "freed them, ending a swap the sides had announced a week before"
        if (gap > _MAX_DATE_GAP or any(lo <= p < hi and (close is None or close > d.start)
                                       for p, close in others)) and (
                not _fronted(d, clause, text)
                or _since_noun_date(d, clause, [p for p, _ in others], text)):
            continue  # a date fronted in its clause sets the scene past other triggers
        cands.append(((gap, _RANK.get(d.precision or "", 9), d.start), d))
    if cands and clause.kind == "rel":
        cands = _outside_aside(h, cands, clause, text)
    if not cands:
        return None
    if len(cands) > 1:  # the dateline's day yields to a date the sentence gives
        cands = [c for c in cands if not _date_in_dateline(text, c[1])] or cands
        cands = _after_sequel(h, cands, text)
        cands = _own_phrase_date(h, cands, clause, text)
    cands.sort(key=lambda c: c[0])
    best = cands[0][1]
    if _POSSESSIVE_GAP.fullmatch(text, best.end, h.start):
        return best  # "this week's fighting": the date is the trigger's own, not refined
    inner = [d for _, d in cands if _RANK.get(d.precision or "", 9) < _RANK.get(
        best.precision or "", 9) and _contains((best.date, best.date_end, best.precision),
                                               (d.date, d.date_end, d.precision))]
    if inner and _names_the_trigger(best, h, text):
        # "the first swap after the 2020 war, on 14 December 2020": the war's year; only a day
        # its own words run on to ("after the 2020 war began on 27 September") refines it
        # (round 39: "The first exchange after the 2020 war came on 14 December 2020": the
        # main clause's verb, not the war's, so only an outbreak or end verb of its own counts)
        own_time = _vocab().cues["own_time_verb"]
        inner = [d for d in inner if d.start >= h.end and not _SET_APART.search(
            text, h.end, d.start) and own_time.match(text, h.end, d.start)]
    return inner[0] if inner else best


_SET_APART = re.compile(r"[,;:()\u2013\u2014]")


def _names_the_trigger(d: DateMention, h: _Hit, text: str) -> bool:
    """Whether a year or decade names an event told as a point of time order ("after the
    2020 war", "since the 1994 ceasefire"): the year is part of the event's name, so a finer
    date set apart from it ("after the 2020 war, on 14 December 2020, ... swapped") is the
    other happening's and does not refine it."""
    return d.precision in _COARSE and d.end <= h.start and not text[d.end:h.start].strip() \
        and _DEFINITE_BEFORE.search(text, max(0, d.start - 8), d.start) is not None \
        and _ORDER_BEFORE.search(text, max(0, d.start - 20), d.start) is not None


#: From a happening a court's act names to that happening's own date: "the war of the early
#: 1990s", "the clashes in 2016", "the fighting during 1992".
_CRIME_DATE_GAP = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?(?:of|in|during)\s+(?:the\s+)?",
                             re.IGNORECASE)


def _crime_date(d: DateMention, h: _Hit, hits: list[_Hit], text: str) -> bool:
    """Whether a year or decade after a court's act is the date of another happening the act
    names in its charge ("found him guilty of killing civilians during the war of the early
    1990s", "sentenced for his part in the clashes of 2016"): the crime's time, not the
    verdict's. A day keeps dating the act ("ruled on the blockade on 22 February")."""
    return h.event_type == "legal_action" and d.start >= h.end and \
        d.precision in _COARSE and any(
            o.event_type != "legal_action" and h.end <= o.start and o.end <= d.start
            and _CRIME_DATE_GAP.fullmatch(text, o.end, d.start) is not None for o in hits)


def _reduced_signing(h: _Hit, text: str) -> bool:
    """Whether the trigger is a participle right after a document's noun and before "by" (a
    reduced relative clause: "talks on carrying out the statements signed by the three
    leaders"): the document is one signed before, not a signing the sentence tells."""
    m = _PARTICIPLE_BY.search(text, h.start, h.end)
    if m is None or m.end() != h.end:  # the trigger's words may hold the noun and the "by"
        if not text[h.start:h.end].lower().endswith("ed") or not _BY_AFTER.match(text, h.end):
            return False
        at = h.start
    else:
        at = m.start()
    return _vocab().cues["document_at_end"].search(text, max(0, at - 40), at) is not None


#: at most two words between a date and the trigger: the date is the document's own ("the
#: November 2020 statement signed by ...")
_NOUN_MODIFIER_GAP = re.compile(r"(?:\s+[\w'’-]+){0,2}\s*")
#: "by" right after a participle: its agent follows
_BY_AFTER = re.compile(r"\s+by(?![\w-])", re.IGNORECASE)
#: a participle and "by" ending a trigger's words ("statements signed by")
_PARTICIPLE_BY = re.compile(r"(?<![\w-])[a-z]+ed\s+by$", re.IGNORECASE)


#: A clause telling what a document provided for ("the statement of 10 November, under which
#: Armenia handed over three districts"): see `_date_in_clause`.
_PROVIDED_UNDER = re.compile(r"(?<![\w-])under\s+(?:the\s+terms\s+of\s+)?(?:which|whose\s+terms)"
                             r"(?![\w-])", re.IGNORECASE)


def _other_noun_relative(h: _Hit, d: DateMention, hits: list[_Hit], text: str) -> bool:
    """Whether a date after the trigger stands in a relative clause in the simple past on a
    noun that is no trigger ("The last units have left Karabakh, ending a mission that began
    in November 2020"): the date is when that noun's thing began, not the event's. A relative
    on a trigger's own noun ("the fighting that began on 27 September") keeps its date, and so
    does one with a comma or another clause's punctuation before the date."""
    found = list(_vocab().cues["relative_that_past"].finditer(text, h.end, d.start))
    if not found:
        return False
    rel = found[-1]
    if rel.start() == h.end or any(ch in text[rel.end():d.start] for ch in ",;:"):
        return False
    pp = _vocab().cues["place_phrase_relative"].match(text, h.end)
    if pp is not None and rel.start() < pp.end():
        # "fighting along the border that began on 13 September": a place does not begin,
        # so the relative is on the trigger's own noun
        return False
    return not any(o.end <= rel.start() and not text[o.end:rel.start()].strip(" ,")
                   for o in hits)


def _pluperfect_between(h: _Hit, d: DateMention, text: str) -> bool:
    """Whether a past-perfect verb stands between the trigger and a later date with no
    punctuation after it ("released two soldiers, completing a swap the two sides had announced
    a week earlier"): the date is that earlier act's, told in a clause of its own. A relative on
    the trigger's own noun ("a truce that had been agreed on 10 November") keeps its date, and
    so does a date after the verb's clause has closed ("men who had been held for years, on
    Friday")."""
    found = list(_PLUPERFECT.finditer(text, h.end, d.start))
    if not found:
        return False
    if found[0].start() == h.end or text[h.end:found[0].start()].isspace():
        return False  # (round 59) the trigger's own verb: "said artillery fire had killed a
        # woman on Friday" (the noun is its subject)
    m = found[-1]
    if any(ch in text[m.end():d.start] for ch in ",;:()"):
        return False
    return _REL_THAT.fullmatch(text, h.end, m.start()) is None


#: A comma-set relative aside: ", which took effect the next day,".
_REL_ASIDE = re.compile(r",\s*(?:which|who|whose|where)(?![\w-])[^,;:()]*,")
#: A relative clause with no comma of its own, closing a comma-set apposition it ends
#: (", the businessman who served as minister,"): `_BARE_REL_ASIDE` after `_APPOSITION_BEFORE`.
_APPOSITION_BEFORE = re.compile(r",\s*(?:the|a|an)(?:\s+[\w’'-]+){1,5}\s*$", re.IGNORECASE)
_BARE_REL_ASIDE = re.compile(r"\s*(?:which|who|whose)(?![\w-])[^,;:()]*,")


def _aside_end(clause: _Clause, text: str) -> int | None:
    """Where a relative clause opened by a comma and a relative pronoun closes with a second
    comma ("A ceasefire, which took effect the next day, ended ..."), or None. The clause
    splitter runs such a clause on to the sentence's end; the words after the closing comma
    are the main clause again."""
    if clause.kind != "rel":
        return None
    m = _REL_ASIDE.match(text, clause.start, clause.end)
    if m is None and _APPOSITION_BEFORE.search(text, max(0, clause.start - 60), clause.start):
        # "sentenced X, the businessman who served as minister, to 20 years": the relative
        # ends a comma-set apposition, and closes with it
        m = _BARE_REL_ASIDE.match(text, clause.start, clause.end)
    if m is None:
        return None
    end = m.end()
    while _list_comma(text, end - 1):
        # (round 53) a comma between the names of a list closes no aside: in ", where X
        # returned the villages of A, B and C to Y in the spring of 2024" the date is the
        # relative clause's own; the aside closes at the first comma after the list, if any
        nxt = _ASIDE_REST.match(text, end, clause.end)
        if nxt is None:
            return None
        end = nxt.end()
    return end


#: (round 53) the rest of a relative aside up to its next comma
_ASIDE_REST = re.compile(r"[^,;:()]*,")


def _apposition_close(h: _Hit, hits: list[_Hit], text: str) -> int | None:
    """(round 61) 'A court sentenced X, a Karabakh resident detained at the checkpoint, to 15
    years this month': where a comma-set apposition holding trigger `h` closes (the end of its
    closing comma), or None. Only a participle ("detained") after "a/an/the" and a few words,
    right after the object of another trigger of the sentence: the apposition says who the
    object is, so a date after its closing comma is that other trigger's, not this one's
    ("In Baku, a military court sentenced ...": no trigger before, no apposition)."""
    lo = max(h.sent.start, h.start - 60)
    if "," not in text[lo:h.start] or not text[h.start:h.end].lower().endswith("ed"):
        return None  # cheap guards: no comma before, no participle
    m = _APPOSITION_BEFORE.search(text, lo, h.start)
    if m is None or not any(o.end <= m.start() and o.sent is h.sent for o in hits):
        return None
    close = _ASIDE_REST.match(text, h.end, h.sent.end)
    return None if close is None else close.end()


def _outside_aside(h: _Hit, cands: list[tuple[tuple[int, int, int], DateMention]],
                   clause: _Clause, text: str
                   ) -> list[tuple[tuple[int, int, int], DateMention]]:
    """'A ceasefire, which took effect the next day, ended the offensive launched on 19
    September': a date inside a comma-set relative aside that closes before the trigger
    belongs to the noun the aside hangs on, never to this trigger ("Vardanyan, who led the
    enclave in 2022-2023, was sentenced": no 2022 sentence; the clause the aside hangs on may
    date it instead)."""
    end = _aside_end(clause, text)
    if end is None or end > h.start:
        return cands
    return [c for c in cands if not c[1].end <= end]


#: A coordinator between a date and a later trigger: the date may belong to the clause before.
_COORDINATOR = re.compile(r"(?<![\w-])(?:and|but|while|then|before)(?![\w-])|;")


def _after_sequel(h: _Hit, cands: list[tuple[tuple[int, int, int], DateMention]],
                  text: str) -> list[tuple[tuple[int, int, int], DateMention]]:
    """'Fighting erupted on 12 September and a truce took effect the following day': a date
    counted from an earlier one of the sentence (`sequel_date`), written after the trigger,
    is the trigger's own; the earlier date, before the trigger and across a coordinator, is
    its anchor and dates the clause before, not this event."""
    sequel = _vocab().cues["sequel_date"]
    if not any(d.start >= h.end and sequel.search(d.text) for _, d in cands):
        return cands
    return [c for c in cands if not (
        c[1].end <= h.start and _COORDINATOR.search(text, c[1].end, h.start))] or cands


#: The words between a trigger and the date of its own phrase: "issued by the two governments
#: on ", "launched on " (no punctuation, the date after "on" or "in").
_OWN_PHRASE = re.compile(
    r"\s+(?:[^\W\d_][^,;:()\[\]\u2013\u2014\n]{0,60}?\s)?(?:on|in)\s+")


def _own_phrase_date(h: _Hit, cands: list[tuple[tuple[int, int, int], DateMention]],
                     clause: _Clause, text: str
                     ) -> list[tuple[tuple[int, int, int], DateMention]]:
    """'... released 32 soldiers on 13 December, in line with a joint statement issued on 7
    December': a date that the trigger's own phrase gives after it ("issued ... on") is its
    date; a nearer date across a comma before the trigger belongs to the clause before
    (unless it opens the clause and sets its scene); so does one across "and" ("fighting broke
    out on 14 March and ended with a truce brokered by Moscow on 2 April")."""
    if not any(d.start >= h.end and _OWN_PHRASE.fullmatch(text, h.end, d.start)
               for _, d in cands):
        return cands
    return [c for c in cands if not (
        c[1].end <= h.start and ("," in text[c[1].end:h.start] or _COORDINATOR.search(
            text, c[1].end, h.start) is not None)
        and not _fronted(c[1], clause, text))] or cands


_CHARGE_OBJECT = re.compile(r",?\s+(?:of|for)\s+(?:[\w’'-]+\s+){0,2}")


_THAT_AFTER = re.compile(r"\s*,?\s*that(?![\w-])", re.IGNORECASE)


def _said_before(d: DateMention, h: _Hit, clause: _Clause, text: str) -> bool:
    """Whether a date dates the saying of a report whose past-perfect verb puts the event
    before it: in "said on Friday that his forces had retaken X" the taking happened before
    Friday, on a day the text does not give. So does "said on Friday that the war had cost
    billions": the war the reader knows is not Friday's. A truce or accord "had been reached"
    is announced the day it is reached (step 3d), so those keep the date."""
    if h.event_type in ("ceasefire", "agreement"):
        return False
    that = _THAT_AFTER.match(text, d.end)
    return that is not None and that.end() <= h.start and (
        _PLUPERFECT.search(text, that.end(), h.end) is not None
        or _inside_toll(h, clause, text) or _definite_war(h, that.end(), text)) and (
            clause.kind == "speech" or _vocab().saying_before.search(
                text, max(clause.start, d.start - 30), d.start) is not None)


#: a word after a capture participle that shows it modifies a noun ("officials arrested after
#: the offensive", "soldiers captured in May", "detained by Azerbaijani forces")
_PARTICIPLE_NEXT = re.compile(r"\s+(?:after|during|in|on|at|near|since|following|by|over|"
                              r"when|while|before|last|earlier)(?![\w-])", re.IGNORECASE)
#: a word before a capture participle that makes it a finite passive or perfect ("were
#: arrested", "had been held"): then the verb is the report's own news
_AUX_BEFORE = re.compile(r"(?<![\w-])(?:was|were|is|are|be|been|being|had|has|have|got|get|"
                         r"gets)\s+(?:[\w-]+ly\s+)?$", re.IGNORECASE)


def _noun_participle(h: _Hit, text: str) -> bool:
    """Whether the trigger is a capture participle modifying a noun ("officials arrested after
    the offensive", "men detained during the exodus"): no auxiliary before it, a preposition
    right after its verb (not "detained 40 people in X", a verb with its object)."""
    head = text[h.start:h.end].split(None, 1)[0]
    return head.lower() in _vocab().cues["reduced_words"] and not _AUX_BEFORE.search(
        text, max(0, h.start - 30), h.start) and \
        _PARTICIPLE_NEXT.match(text, h.start + len(head)) is not None


def _participle_in_report(d: DateMention, h: _Hit, clause: _Clause, text: str) -> bool:
    """Whether a date dates the saying of a report ("said on Friday that ...") in which the
    trigger is a capture participle modifying a noun ("officials arrested after the
    offensive", no auxiliary before it, a preposition after it): those were taken before the
    report, on a day it does not give."""
    that = _THAT_AFTER.match(text, d.end)
    if that is None or that.end() > h.start:
        return False
    if not _noun_participle(h, text):
        return False
    return clause.kind == "speech" or _vocab().saying_before.search(
        text, max(clause.start, d.start - 30), d.start) is not None


#: two reported clauses joined by "and that": each its own news, with its own time
_AND_THAT = re.compile(r"(?<![\w-])and\s+that(?![\w-])", re.IGNORECASE)

#: "and" joining two verbs of one subject ("had crossed ... and were sentenced").
_AND_VERB = re.compile(r"(?<![\w-])and(?![\w-])", re.IGNORECASE)


def _earlier_act_date(d: DateMention, h: _Hit, clause: _Clause, text: str) -> bool:
    """Whether a date before the trigger dates an act told in the past perfect before "and"
    ("the two soldiers had crossed into Armenia in April 2023 and were sentenced by a
    court"): the past perfect puts that act before the trigger's own, on another day. A date
    that opens its clause still covers both."""
    if _fronted(d, clause, text):
        return False
    co = _AND_VERB.search(text, d.end, h.start)
    return co is not None and _PLUPERFECT.search(
        text, max(clause.start, d.start - 80), d.start) is not None and \
        _PLUPERFECT.search(text, co.end(), h.end) is None


#: What lies between a date and a trigger when the trigger's clause is joined to the date's with
#: a subject of its own: "..., and police detained", "..., but the army shelled".
_OTHER_SUBJECT_GAP = re.compile(
    r"[^,;.]{0,60},\s*(?:and|but)\s+(?!(?:then|later|also|again|so|soon)\b)"
    r"(?:(?!(?:was|were|had|has|have|is|are|been|be|at|on|in|by|after|before|when)\b)"
    r"[\w’'-]+\s+){1,3}")


#: between a date and a later trigger: the trigger's clause says it came after the date's
#: ("..., and Armenia then handed over", "..., later seized")
_LATER_GAP = re.compile(r"[,;][^,;.]{0,60}?(?<![\w-])(?:then|later|afterwards|subsequently)"
                        r"(?![\w-])[^,;.]{0,30}$", re.IGNORECASE)


#: between a date and a later trigger: a span of time that passed ("on 19 September troops
#: moved in and within a day the authorities agreed to disarm", "... and two weeks later the
#: road was closed"): the trigger's day is not the date's (round 48)
_ELAPSED_GAP = re.compile(
    r"(?<![\w-])(?:within (?:a|one|two|three|four|five|six|a few|several|\d+) "
    r"(?:days?|weeks?|months?|years?)|(?:a|one|two|three|four|five|six|a few|several|\d+) "
    r"(?:days?|weeks?|months?|years?) (?:later|afterwards|after that))(?![\w-])", re.IGNORECASE)


def _other_subject_apart(d: DateMention, h: _Hit, clause: _Clause, hits: list[_Hit],
                         text: str) -> bool:
    """Whether a date before the trigger belongs to another clause with its own subject and
    verb: "crowds marched on 9 May, and police detained 40 people" does not say the detaining
    was on the 9th, nor does "held since April; one of them was later sentenced" date the
    sentence, nor "took X in October, and Y then handed over Z". A date that opens the clause
    still covers both ("On 9 May, crowds marched, and police detained 40"), and so does one
    whose clause tells an act of the same kind, the other half of one event ("X released 32
    captives on 13 December, and Y freed two"); a capture and a handover are not one."""
    if _fronted(d, clause, text):
        return False
    if _LATER_GAP.search(text, d.end, h.start):
        return True  # lead, round 41: "took X in October, and Y then handed over Z": later
    if any(o.event_type == h.event_type and o.trig.subtype == h.trig.subtype
           and clause.start <= o.start and o.end <= h.start for o in hits):
        return False
    return ";" in text[d.end:h.start] or \
        _OTHER_SUBJECT_GAP.fullmatch(text, d.end, h.start) is not None


def _charged(d: DateMention, h: _Hit, clause: _Clause, text: str) -> bool:
    """Whether a date before the trigger dates a verb of blaming instead: in "accused Baku on
    Friday of sending troops" the accusing was on Friday; the act it names may be older."""
    return _CHARGE_OBJECT.fullmatch(text, d.end, h.start) is not None and \
        _vocab().cues["charge_verb"].search(text, max(clause.start, d.start - 50),
                                            d.start) is not None


def _aside_date(h: _Hit, live: list[_Hit], clauses: list[_Clause], dates: list[DateMention],
                text: str) -> DateMention | None:
    """Step 3a': "the blockade, which began on 12 December": the relative clause right after
    a trigger, opened by an aspectual verb, dates its noun."""
    c = clauses[h.clause]
    nxt = clauses[h.clause + 1] if h.clause + 1 < len(clauses) else None
    if nxt is not None and nxt.kind == "rel" and nxt.region == c.region and \
            nxt.start - h.end <= 60 and _clause_head_start(nxt, c, text) < nxt.start and \
            _vocab().cues["aspectual_verb"].search(text, nxt.start, min(nxt.end,
                                                                        nxt.start + 40)):
        # "the blockade, which began on 12 December": the relative clause dates its noun;
        # first the comma-set aside alone ("A ceasefire, which took effect the next day, ended
        # the offensive launched on ..."), where the splitter runs it on past its comma
        stop = _aside_end(nxt, text)
        for hi in ((stop,) if stop is not None else ()) + (nxt.end,):
            if not any(nxt.start <= o.start < hi and o.event_type != h.event_type
                       for o in live):
                own = [x for x in dates if nxt.start <= x.start < hi]
                if own:
                    return own[0]
    return None


#: A resumptive apposition ending right before a date ("exchanged 32 servicemen for two
#: soldiers, a deal announced jointly on 7 December"): the date is when the noun was done to
#: (announced, brokered), not when the event before the comma happened.
_RESUMPTIVE = re.compile(r",\s+(?:a|an|the)\s+[\w’'-]+\s+(?:[\w-]+ly\s+)?[\w-]+ed\s+"
                         r"(?:[\w-]+ly\s+)?(?:on|in|at|last|this|earlier)?\s*$", re.IGNORECASE)


#: A past participle set off by a comma right before a date after the trigger ("The clash
#: erupted near the Lachin road, blocked since 12 December"): a reduced relative on the noun
#: before the comma, whose date is when that noun was done to, not the trigger's. Only with
#: words between the trigger and the comma ("the truce, agreed on 17 October" is the truce's).
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:[\w-]+ly\s+)?[\w-]+ed\s+(?:[\w-]+ly\s+)?"
                               r"(?:on|in|at|since|last|this|earlier)?\s*(?:the\s+)?$",
                               re.IGNORECASE)


def _participle_aside_date(h: _Hit, x: DateMention, text: str) -> bool:
    """Whether date `x`, after trigger `h`, is a comma-set participle's on a later noun."""
    m = _PARTICIPLE_ASIDE.search(text, max(h.end, x.start - 60), x.start)
    return m is not None and re.search(r"\w", text[h.end:m.start()]) is not None


#: A relative pronoun (see `_date_for`).
_REL_WORD = re.compile(r"(?<![\w-])(?:who|which|whose|whom)(?![\w-])", re.IGNORECASE)


#: (round 46) "135 killed, up from 105 reported on Wednesday": the words from "up/down from"
#: and an earlier count (a figure, its noun, a telling participle) to a date: the date is the
#: earlier count's, not the event's.
_EARLIER_COUNT = re.compile(r"(?<![\w-])(?:up|down)\s+from\s+(?:an?\s+|the\s+)?(?:(?:earlier|"
                            r"previous|initial)\s+)?(?:(?:figure|count|toll|total)\s+of\s+)?"
                            r"(?:\d[\d,]*|[a-z]+)\s+(?:[\w’'-]+\s+){0,2}?(?:(?:late|early|"
                            r"earlier)\s+)?(?:on|by|as\s+of)?\s*$", re.IGNORECASE)


#: What ends a timeline entry's label after its date: a colon, or a dash set off by spaces.
_LABEL_SEP = re.compile(r"\s*(?::|\s[-–—]\s)")


def _entry_label(clauses: list[_Clause], dates: list[DateMention], text: str
                 ) -> list[DateMention]:
    """(round 46) The day of a timeline entry's label when the sentence opens with it ("20
    October: Aliyev says ...", "9 Nov - Baku announces ..."): the first clause is nothing but
    that one date, then a colon or a spaced dash. An empty list otherwise."""
    first = clauses[0]
    own = [d for d in dates if first.start <= d.start and d.end <= first.end]
    if len(own) != 1 or own[0].precision != "day" or text[first.start:own[0].start].strip() \
            or _LABEL_SEP.match(text, own[0].end) is None:
        return []
    return own


def _date_for(h: _Hit, live: list[_Hit], clauses: list[_Clause], dates: list[DateMention],
              text: str) -> DateMention | None:
    """Steps 3a-3d: the date of one trigger from its own sentence."""
    if any(x.start > h.end and "from" in text[max(h.sent.start, x.start - 70):x.start]
           for x in dates):
        dates = [x for x in dates if x.start < h.end or _EARLIER_COUNT.search(
            text, max(h.sent.start, x.start - 70), x.start) is None]
    if any(x.start > h.end for x in dates):
        dates = [x for x in dates if x.start <= h.end or not (_RESUMPTIVE.search(
            text, max(h.end, x.start - 60), x.start) or _participle_aside_date(h, x, text))]
    lo, hi = text.find(",", h.start, h.end), text.rfind(",", h.start, h.end)
    if lo < hi and _REL_WORD.search(text, lo, hi):
        # "the trial of X, the leader who ran the enclave until 2023, opened on Tuesday": a
        # relative aside inside the trigger's own words dates the noun it hangs on
        dates = [x for x in dates if not lo < x.start < hi]
    if h.trig.needs == "place_subject" and (land := _vocab().cues["land_subject"].search(
            text, max(h.sent.start, h.start - 120), h.start)) is not None:
        # (round 44) "The four villages, occupied by Armenia since the early 1990s, were
        # returned": the aside's date is the noun's, not the handover's
        dates = [x for x in dates if not land.start() < x.start < h.start]
    if h.trig.needs == "captive_subject" and (cap := _vocab().cues["captive_subject"].search(
            text, max(h.sent.start, h.start - 110), h.start)) is not None:
        # (round 56) "Two soldiers detained on 5 May came home on 6 June": a date between the
        # captives' capture participle and their homecoming is the capture's
        dates = [x for x in dates if not cap.start() <= x.start < h.start]
    c = clauses[h.clause]
    if c.kind == "rel":
        end = _aside_end(c, text)
        if end is not None and h.end <= end:
            # "sentenced the minister, who was detained at the border, to 12 years on 3
            # March": a date after the aside's closing comma is the main clause's
            dates = [x for x in dates if x.start < end]
    d = _date_in_clause(h, live, c, dates, text) or _label_date(h, clauses, dates, text)
    if d is None and (j := _clause_index(clauses, h.end - 1)) != h.clause and \
            clauses[j].kind == "rel":
        # (round 55) "police detained 84 demonstrators who blocked roads in Yerevan on 27
        # May": a trigger whose own words run into a relative clause takes that clause's date
        d = _date_in_clause(h, live, clauses[j], dates, text)
    if d is None:
        # "; a truce the next afternoon ended it": another day, not given ("following" opens
        # a clause of its own: the phrase may run into the next clause)
        stop = min(clauses[-1].end, c.end + 24)
        if ("ext" in text[c.start:stop] or "ollowing" in text[c.start:stop]) and \
                _vocab().cues["sequel_words"].search(text, c.start, stop) is not None:
            return None
    if d is None or _date_in_dateline(text, d):
        # "Troops entered Kalbajar, which Armenians call Karvachar, on 25 November": the
        # main clause resumes after a comma-set relative aside with its own date
        d = _date_after_aside(h, live, clauses, dates, text) or d
    if d is not None and _date_in_dateline(text, d):
        own = _aside_date(h, live, clauses, dates, text)  # "BAKU, 21 September - A truce,
        # which took effect the next day, ...": its own
        if own is None and _vocab().cues["made_before_participle"].match(text, h.end) and \
                not _vocab().cues["onset_verb"].search(text, h.end, h.sent.end):
            return None  # lead, round 42: "Oct 12 - A truce agreed by the ministers after
            # talks in Moscow appeared to have collapsed": agreed before the report's day (one
            # that "took effect at noon" is the day's news)
        if own is None and _DURATION_BEFORE.search(text, max(0, h.start - 40), h.start):
            return None  # (round 58) "Sept 14 (Wire) - The toll from two days of fighting
            # rose to 105": a span of days up to the report's day, not fighting of that day
        return own if own is not None else d
    if d is not None or h.trig.needs == "since":
        return d
    own = _aside_date(h, live, clauses, dates, text)
    if own is not None:
        return own
    if c.kind == "sub" and h.clause > 0 and \
            _vocab().cues["clause_sub_when"].match(text, c.start):
        # "five soldiers were killed on Monday when their truck came under fire": the deaths
        # the clause before reports (with no trigger of its own) are this event
        p = clauses[h.clause - 1]
        own = [x for x in dates if p.start <= x.start < p.end]
        if own and p.region == c.region and \
                not any(p.start <= o.start < p.end for o in live) and \
                _vocab().cues["death"].search(text, p.start, p.end):
            return own[-1]
    if c.kind == "sub" and h.clause > 0 and (own := _same_day_as_main(h, live, clauses, dates,
                                                                       text)) is not None:
        return own
    if c.kind == "rel" and _in_a_known_war(h, c, text):
        # "On Saturday X laid a wreath at the cemetery, where soldiers killed in the war are
        # buried" / "visited the village, which was shelled during the war": the clause's
        # happening belongs to a war already known, not to the day of the clause it hangs on
        return None
    if (own := _fronted_before_relative(h, live, clauses, dates, text)) is not None:
        return own
    if c.kind == "rel":  # 3b: the date written in the clause this one hangs on
        for j in range(h.clause - 1, -1, -1):
            if clauses[j].region != c.region:
                break
            prior = [x for x in dates if clauses[j].start <= x.start < clauses[j].end]
            if prior:
                # "..., and police detained 40": a new subject's clause does not inherit; nor
                # does "said on Friday that men detained during the exodus remain in jail"
                return None if _other_subject_apart(prior[-1], h, clauses[j], live, text) \
                    or _participle_in_report(prior[-1], h, clauses[j], text) else prior[-1]
            if clauses[j].kind != "rel":
                break
    coarse = []  # 3c: a year or decade covers the sentence (not back out of a relative clause)
    if _fronted_phrase(c, text) and _TIME_ORDER.match(text, c.start):
        # "In 2019, before the war, X chaired ...": a year outside the fronted phrase is the
        # main clause's, and the phrase puts the war before (after) it (a "before" clause
        # later in the sentence, "fought in 2020 until a truce ended it", keeps the year)
        dates = [x for x in dates if c.start <= x.start < c.end]
    aside = _aside_end(c, text)
    aside = aside if aside is not None and aside <= h.start else c.start
    for x in dates:
        xc = clauses[_clause_index(clauses, x.start)]
        if x.precision in _COARSE and xc.region == c.region and not (
                c.start <= x.start < aside) and not _reference_year(x, h, live, text) and \
                not _names_a_document(x, h, text) and (
                xc.kind != "rel" or x.start < h.start) and not (
                c.kind == "rel" and xc.kind == "main" and x.start >= c.end) and \
                not _crime_date(x, h, live, text) and not any(
                o.trig.subtype == "violation" and o.start <= x.start < o.end for o in live) \
                and not any(h.end <= o.start and o.end <= x.start
                            and _OWN_PHRASE.fullmatch(text, o.end, x.start)
                            and _COORDINATOR.search(text, h.end, o.start) for o in live) \
                and not _AND_THAT.search(text, min(x.end, h.end), max(x.start, h.start)):
            # (not the year a breach names: "a breach of the 2020 truce" is the truce's; nor
            # the year of a later event's own phrase across "and": "occupied X and that the
            # war in 2020 ended"; nor a year of another reported clause: "said it had returned
            # remains in 2024, and that N were missing since the war")
            coarse.append(x)
    if coarse:
        return min(coarse, key=lambda x: (abs(x.start - h.start), x.start))
    if _DURATION_BEFORE.search(text, max(0, h.start - 40), h.start):
        return None  # "killed in two days of fighting, officials said on Wednesday": a span
    if c.region > 0 and not (h.event_type not in ("ceasefire", "agreement")
                             and _PLUPERFECT.search(text, c.start, h.end)) \
            and not _inside_toll(h, c, text) and not (h.trig.participant and _HAD.search(
                text, h.end, max(x.end for x in clauses if x.region == c.region))) \
            and not _noun_participle(h, text) and not _named_as_before(h, c, text) \
            and not _definite_war(h, c.start, text):
        # 3d: reported news happened by the day it was reported; but "said on Friday that
        # his forces had retaken X" puts the taking before the saying, on a day not given
        # (an agreement or truce "had been reached" is announced the day it is reached), and
        # so does "said on Friday that men detained during the exodus remain in jail"
        attribution = [x for x in clauses if x.region == c.region - 1][-1]
        said = [x for x in dates if attribution.start <= x.start < attribution.end
                and x.precision == "day"]
        if not said and c.region == 1:
            # (round 46) "20 October: Aliyev announces that his forces have seized X": the
            # saying belongs to a timeline entry, dated by the entry's label
            said = _entry_label(clauses, dates, text)
        if said:
            return said[-1]
    n = len(clauses)
    while n > h.clause + 2 and text.startswith(";", clauses[n - 1].start) and \
            not any(clauses[n - 1].start <= o.start for o in live):
        n -= 1  # "..., the ministry said on Saturday; no one was hurt": a closing remark
    last = clauses[n - 1]
    if last.kind == "speech" and last.region == c.region + 1 and n >= 2 and (
            h.clause == n - 2 or _only_result_clauses(h, live, clauses[:n], text)):
        before = clauses[n - 2]
        tail = _TRAILING_SAID.search(text, before.start, before.end)
        if tail is not None and h.end <= tail.start() and (
                _PERFECT.search(text, c.start, h.end) or _simple_past_verb(h, c, tail.start(),
                                                                            text)):
            # 3d, the attribution after the news: "X has completed the withdrawal, the
            # ministry said on Wednesday", "forces opened fire on X, the ministry said on
            # Monday". Only news told by a verb: in "Armenia started the war, Aliyev said on
            # Tuesday" the saying does not date the war the noun names
            said = [x for x in dates if last.start <= x.start < last.end
                    and x.precision == "day"]
            if said:
                return said[-1]
    return None


_AFTER_WHEN = re.compile(r"(?:after|when)(?![\w-])", re.IGNORECASE)
#: (round 45) a noun phrase set after "after"/"following"/"since": an earlier happening
_PRIOR_PHRASE = re.compile(r"(?<![\w-])(?:after|following|since)\s+(?:[\w’'-]+\s+){0,3}$",
                           re.IGNORECASE)


def _named_as_before(h: _Hit, c: _Clause, text: str) -> bool:
    """(round 45) "... rose to 68 on Wednesday, officials said, as thousands fled after
    Azerbaijan's lightning offensive": a trigger named by the noun phrase of an "after" (or
    "following", "since") in reported news happened before what is reported, so the day of
    the report is not its day."""
    return _PRIOR_PHRASE.search(text, max(c.start, h.start - 60), h.start) is not None


def _same_day_as_main(h: _Hit, live: list[_Hit], clauses: list[_Clause],
                      dates: list[DateMention], text: str) -> DateMention | None:
    """"Armenia declared martial law on Sunday after heavy fighting broke out early in the
    morning": an "after"/"when" clause with no date of its own that names only a part of the
    day (`same_day_part`) is of the day the clause before it gives."""
    c, p = clauses[h.clause], clauses[h.clause - 1]
    if not _AFTER_WHEN.match(text, c.start) or p.region != c.region or \
            _vocab().cues["same_day_part"].search(text, h.end, c.end) is None:
        return None
    own = [x for x in dates if p.start <= x.start < p.end and x.precision == "day"
           and not _date_in_dateline(text, x)]
    return own[-1] if own else None


#: "had" after a noun naming participants in reported words ("said the demonstrators had every
#: right", "said the protesters who had gathered ..."): what they did came before the saying,
#: on a day not given, or nothing is told of their act.
_HAD = re.compile(r"(?<![\w-])had(?![\w-])", re.IGNORECASE)


def _inside_toll(h: _Hit, c: _Clause, text: str) -> bool:
    """Whether the trigger only names what a count of dead was counted in ("said on Friday
    that the number of soldiers killed in the fighting had risen to 105"): such a count is a
    running total reported later, so the day of its saying does not date the fighting."""
    if h.event_type not in _FATALITY_TYPES:
        return False
    return any(m.start() < h.start and h.end <= m.end()
               for m in _vocab().fat_after.finditer(text, c.start, c.end))


_LEAD_PUNCT = re.compile(r"[,;\s]*")


def _only_result_clauses(h: _Hit, live: list[_Hit], clauses: list[_Clause], text: str) -> bool:
    """Whether only clauses telling the trigger's result (", killing 13 people") stand between
    its clause and the closing attribution: they belong to the news, not to another event."""
    c = clauses[h.clause]
    between = clauses[h.clause + 1:-1]
    return bool(between) and all(
        x.kind == "rel" and x.region == c.region
        and _vocab().fat_after.match(text, _LEAD_PUNCT.match(text, x.start).end())
        and not any(x.start <= o.start < x.end for o in live) for x in between)


def _simple_past_verb(h: _Hit, c: _Clause, stop: int, text: str) -> bool:
    """Whether the trigger is its clause's finite verb in the simple past ("forces opened fire
    on X", "two soldiers were captured"): news told as such is dated by a closing attribution
    of its day. A noun ("the war") or a participle with a finite verb after it ("soldiers
    detained in X remain ...") is not."""
    v = _vocab().cues
    if h.trig.passive:
        if not v["simple_past_aux"].search(text, h.start, h.end):
            return False
    elif not v["simple_past"].match(text, h.start):
        return _new_noun_news(h, c, stop, text)
    return v["finite_after"].search(text, h.end, stop) is None


#: (round 59) a trigger noun brought in with "a"/"an" at its clause's start (after a fronted
#: place, "In Barda, a cluster rocket strike"), up to three modifiers between
_NEW_NOUN_LEAD = re.compile(r"[\W_]*(?:(?:in|at|near|on)\s+(?-i:[A-Z])[\w’'-]*(?:\s+"
                            r"(?-i:[A-Z])[\w’'-]*)?\s*,\s*)?(?:a|an)\s+(?:[\w’'-]+\s+){0,3}",
                            re.IGNORECASE)
#: what may stand between such a noun and its verb: a phrase with no comma or verb of its own
_NEW_NOUN_GAP = re.compile(r"(?:\s+(?:on|in|at|near|against|by|from|of)\s+[^,;:()]{1,50}?)?\s+",
                           re.IGNORECASE)


def _new_noun_news(h: _Hit, c: _Clause, stop: int, text: str) -> bool:
    """Whether the trigger is a noun brought in with "a"/"an" as its clause's subject and a
    simple-past verb of harm follows (`news_result_verb`): "A rocket strike on a street in X
    killed 21 people, the prosecutor said on Wednesday" is new fighting, the day's news (a
    definite "the war killed 6,500" names fighting already known)."""
    if not _NEW_NOUN_LEAD.fullmatch(text, c.start, h.start):
        return False
    verb = _vocab().cues["news_result_verb"].search(text, h.end, min(stop, h.end + 80))
    return verb is not None and _NEW_NOUN_GAP.fullmatch(text, h.end, verb.start()) is not None


#: A span of days before a trigger ("in two days of fighting"): the day a toll over it is
#: reported on is not the day of the fighting (3d is not applied).
_DURATION_BEFORE = re.compile(r"(?<![\w-])[\w-]+\s+(?:days?|nights?|weeks?|months?)\s+of\s+"
                              r"(?:[\w-]+\s+)?$", re.IGNORECASE)


#: The attribution that closes a sentence, after its news: ", the ministry said", ", the press
#: service of the Ministry of Defence of Azerbaijan said" (agency English names bodies in full).
_TRAILING_SAID = re.compile(r",\s+(?:[\w’'-]+\s+){1,10}[\w-]+$")


#: A present-perfect verb: news that has just happened, by the day it is reported.
_PERFECT = re.compile(r"(?<![\w-])(?:has|have)\s+(?:(?:just|now|finally|already|been)\s+){0,2}"
                      r"[\w-]+(?:ed|en|t|wn|ne|ck|ht)\b", re.IGNORECASE)


#: A past-perfect verb: what it reports happened before the time of the sentence's verb.
_PLUPERFECT = re.compile(r"(?<![\w-])(?:had|'d)\s+(?:(?:already|just|since|been|reportedly|"
                         r"now|finally)\s+){0,2}(?!to\b)[\w-]+(?:ed|en|t|wn|ne|ck|ht)\b",
                         re.IGNORECASE)


#: The words between an aside's closing comma and the main clause's date: a preposition, after
#: at most a short "to ..." phrase completing the verb ("sentenced X, who ..., to 20 years in
#: prison on 17 February"; "moved troops, which ..., to the border on 5 May").
_RESUMED_DATE = re.compile(r"\s*(?:to\s+(?:[\w-]+\s+){1,4})?(?:on|in|at|by)?\s*", re.IGNORECASE)


def _date_after_aside(h: _Hit, live: list[_Hit], clauses: list[_Clause],
                      dates: list[DateMention], text: str) -> DateMention | None:
    """The date right after a comma-set relative aside that follows the trigger's clause
    ("entered the district, which Armenians call Karvachar, on 25 November 2020"): the
    clause splitter runs the aside on to the sentence's end, but the date after its closing
    comma is the main clause's, when no trigger of another type stands in the aside."""
    if h.clause + 1 >= len(clauses):
        return None
    nxt = clauses[h.clause + 1]
    end = _aside_end(nxt, text)
    if end is None or nxt.region != clauses[h.clause].region:
        return None
    d = next((x for x in dates if x.start >= end), None)
    if d is None or not (_RESUMED_DATE.fullmatch(text, end, d.start)
                         or _RESUMED_VERB.fullmatch(text, end, d.start)) or any(
            end <= o.start < d.start for o in live):
        return None
    return d


#: The main clause's own verb resumed after the aside, then its date ("A second truce, which
#: Washington helped arrange, took hold on the evening of 14 September"): a few lowercase
#: words, none a modal, a negation or a word opening a new clause, and a preposition of time.
_RESUMED_VERB = re.compile(
    r"\s*(?:(?!(?:will|would|could|should|may|might|must|shall|can|cannot|not|never|to|when|"
    r"while|after|before|until|as|and|but|or|that|which|who|if|because|once|than)(?![\w’'-]))"
    r"[a-z][\w’'-]*\s+){1,5}?(?:on|in|at|by|from|since)\s+(?:the\s+(?:[a-z]+\s+){1,2}of\s+)?")


def _fronted_before_relative(h: _Hit, live: list[_Hit], clauses: list[_Clause],
                             dates: list[DateMention], text: str) -> DateMention | None:
    """'On 19 December ten servicemen detained since November were released': the main clause
    resumed after a restrictive relative on its subject (`_relative_past_cuts`) is dated by a
    date that opens the sentence before that subject, when no other trigger stands there."""
    i = h.clause
    if i < 2 or clauses[i].kind != "main" or clauses[i - 1].kind != "rel" or \
            clauses[i - 1].region != clauses[i].region:
        return None
    # back over the stretch before the relative ("- 19 December 2021: ten servicemen ...": a
    # list entry's date is a clause of its own)
    first = i - 2
    while first > 0 and clauses[first - 1].region == clauses[i].region:
        first -= 1
    lo, hi = clauses[first].start, clauses[i - 1].start
    if clauses[first].region != clauses[i].region or any(
            lo <= o.start < hi and o is not h for o in live):
        return None
    own = [x for x in dates if lo <= x.start < hi]
    if len(own) != 1 or not _usable(own[0]):
        return None
    return own[0] if _fronted(own[0], clauses[_clause_index(clauses, own[0].start)], text) \
        else None


def _in_open_quotation(text: str, pos: int) -> bool:
    """Whether a quotation opened in `pos`'s paragraph is still open at `pos` (curly marks
    counted, or an odd number of straight ones)."""
    para = text.rfind("\n", 0, pos) + 1
    before = text[para:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _date_of_container(h: _Hit, live: list[_Hit], clauses: list[_Clause],
                       dates: list[DateMention], text: str) -> DateMention | None:
    """'17 soldiers were captured during the clashes on Tuesday': the fighting's trigger keeps
    the date from the capture (step 3a), but what happened during the fighting happened when
    it did. Only fighting contains other events, and only when named right after them."""
    cue = _vocab().cues["container_before"]
    for o in live:
        if o.event_type == "armed_clash" != h.event_type and 0 <= o.start - h.end <= 40 \
                and o.clause == h.clause and cue.search(text[h.end:o.start]) and \
                _capture_after(h, o.start, text) is None:
            # (not "returned soldiers captured in the fighting": the capture was in it)
            return _date_for(o, live, clauses, dates, text)
    return None


def _coarsen(d: DateMention) -> DateMention:
    """One step coarser: an event 'ensuing' a dated one is dated only by that period."""
    if d.date is None:
        return d
    if d.precision in _COARSE:
        return replace(d, date=dt.date(d.date.year - d.date.year % 10, 1, 1), date_end=None,
                       precision="decade")
    return replace(d, date=dt.date(d.date.year, 1, 1), date_end=None, precision="year")


def _locations(s: Sentence, lo: int, hi: int, text: str, talks_venue: bool) -> list[Mention]:
    """Location mentions in [lo, hi), without places the text says the event was not at and
    (unless `talks_venue`) without the venue of talks ("the meeting in Sochi")."""
    v = _vocab()
    out = []
    for m in s.mentions:
        if m.place_id is None or not lo <= m.start < hi:
            continue
        before = text[max(s.start, m.start - 40):m.start]
        if m.reading != "location" and m.actor_id is not None and \
                v.cues["entry_before"].search(before) is None and not _attacked_place(m, text) \
                and not _possessed_site(m, text):
            continue  # a city read as its government, unless troops "entered" it
        if v.cues["place_negator"].search(before[-16:]) or _far_from(before):
            continue
        if _in_dateline(text, m.start) or _within_dateline(text, m.start):
            continue  # "GENEVA/YEREVAN, Sept 15 (Wire) - ": where the report was filed (round
            # 43: nor the agency's name in its bracket, "(Caucasus Wire)")
        if _speaks(m, s, text):
            continue  # "officials in Yerevan said": where the speaker sits, not the event
        if not talks_venue and (v.meeting_at.search(before)
                                or v.meeting_after.match(text, m.end)
                                or _meeting_complement_place(text, s.start, m.start)):
            continue  # "the meeting in Sochi", "the Sochi summit": where talks were held
        out.append(m)
    return out


#: a distance from a place beyond which the place is not where the event was (km)
_FAR_KM = 25.0
_MILE_KM = 1.609


def _far_from(before: str) -> bool:
    """"clashes flared about 300 km north of Nagorno-Karabakh": the text before a place
    measures a distance from it larger than `_FAR_KM`, so the event was not there."""
    m = _vocab().cues["distance_before"].search(before)
    if m is None:
        return False
    digits = re.match(r"\d[\d,]*(?:\.\d+)?", m.group(0)).group(0).replace(",", "")
    return float(digits) * (_MILE_KM if "mile" in m.group(0).lower() else 1.0) > _FAR_KM


# the rest of a meeting phrase up to a place: its complement ("of the Security Council
# secretaries", "between the two ministers") and "in"/"at", with no verb or clause break
_MEETING_COMPLEMENT = re.compile(
    r"\s+(?:(?:of|between|with|among)\s+(?:(?!(?:is|are|was|were|has|have|had|been|being|"
    r"will|would)\s)(?:[A-Z][\w'’.-]*|[a-z]+(?<!ed)['’]?)\s+){1,6})?(?:in|at)\s+(?:the\s+)?")


def _meeting_complement_place(text: str, lo: int, pos: int) -> bool:
    """Whether the place at `pos` ends a meeting phrase of its clause ("after a meeting of the
    Security Council secretaries in Washington"): where the talks were, not the event."""
    window_lo = max(lo, pos - 110)
    last = None
    for mm in _vocab().cues["meeting_context"].finditer(text, window_lo, pos):
        last = mm
    return last is not None and _MEETING_COMPLEMENT.fullmatch(text, last.end(), pos) is not None


_AND_GAP = re.compile(r"(?:\s*,\s*|\s+)(?:and\s+)?")

#: a comma-set apposition of a speaker, up to its closing comma: ", the secretary of the
#: council," (a title starts lower case or with an article)
_SPEAKER_APPOSITION = re.compile(r",\s+(?:the\s+|an?\s+)?[a-z][^,.;:!?\"“”()]{0,80},")
#: inside such an apposition, from its opening comma to a name in it: ", the head of "
_SPEAKER_TITLE_BEFORE = re.compile(r",\s+(?:the\s+|an?\s+)?[a-z][\w’'\- ]{0,50}\s"
                                   r"(?:of|at|in|for|to)\s+(?:the\s+)?$")
#: from a name inside an apposition to its closing comma: "'s Security Council,"
_SPEAKER_TITLE_REST = re.compile(r"(?:['’]s?)?[\w’'\- ]{0,40},")


def _apposed_speaker(m: Mention, text: str) -> bool:
    """Whether a name is, or is inside the title of, a speaker whose apposition stands
    between the name and the reporting verb that closes the sentence: "the truce held, X, the
    secretary of Y's council, said". Neither X nor Y is a party to the news."""
    v = _vocab()
    ap = _SPEAKER_APPOSITION.match(text, m.end)
    if ap is not None and v.speaker_after.match(text, ap.end()):
        return True
    if _SPEAKER_TITLE_BEFORE.search(text, max(0, m.start - 60), m.start) is None:
        return False
    rest = _SPEAKER_TITLE_REST.match(text, m.end)
    return rest is not None and v.speaker_after.match(text, rest.end()) is not None


#: a mention's start, the key its sentence's mentions are sorted by (`_speaks`)
_MENTION_START = operator.attrgetter("start")


def _speaks(m: Mention, s: Sentence, text: str) -> bool:
    """Whether a name is followed by a reporting verb, alone or with others joined to it
    ("officials in Yerevan said", "Kapan and Yerevan accused ..."): it names who spoke."""
    v = _vocab()
    comma_only = False  # the link to this name was a comma alone
    while True:
        if v.speaker_after.match(text, m.end):
            # "near Jermuk, the ministry said": a comma alone before the speaker closes the
            # news and opens its attribution; a list of speakers ends in "and" ("Kapan,
            # Goris and Yerevan said")
            return not comma_only
        gap = _AND_GAP.match(text, m.end)
        if gap is None or gap.end() == m.end:
            return False
        # the sentence's mentions are sorted by start: the first one starting there, found
        # by bisection (a scan of every mention for each name was quadratic on long lines)
        j = bisect.bisect_left(s.mentions, gap.end(), key=_MENTION_START)
        nxt = s.mentions[j] if j < len(s.mentions) and s.mentions[j].start == gap.end() else None
        if nxt is None:
            return False
        comma_only = "," in gap.group(0) and gap.group(0).rstrip()[-1:] == ","
        m = nxt


#: "a march from the northern village of X": where the marchers came from (round 59: and
#: "units sent from the city of X", where troops that deploy came from).
_FROM_BEFORE = re.compile(r"(?<![\w-])from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)


#: between a place's name and the area it is said to lie in: "in", "in the"
_IN_AREA = re.compile(r"\s+in\s+(?:the\s+)?")


def _homonym_of_area_after(m: Mention, s: Sentence, text: str) -> bool:
    """Lead, round 42: "near the village of Agdam in the Tovuz district": a place named as
    lying in an area the gazetteer puts far from the known place of that name is a namesake
    (a village named like a town elsewhere), so the known place is not where it happened."""
    area = next((x for x in s.mentions if x.place_id and m.end < x.start <= m.end + 12
                 and _IN_AREA.fullmatch(text, m.end, x.start)), None)
    if area is None or area.place_id == m.place_id:
        return False
    pa, pb = _place(m.place_id), _place(area.place_id)
    if pa is None or pb is None or pb.kind == "country":
        return False
    km = _km(pa, pb)
    return km is not None and km > (_AREA_KM if pb.kind == "city" else _MAX_PLACE_KM)


#: how far a place may lie from the town whose district it is said to be in (a district spans
#: some tens of kilometres; a province or region is allowed `_MAX_PLACE_KM`)
_AREA_KM = 60.0


#: (round 45) an opening quotation mark and the words inside it before a trigger
_QUOTED_LEAD = re.compile(r"[“\"«](?:[\w’'-]+\s+){0,4}$")


def _quoted_from(h: _Hit, text: str) -> int:
    """Where the quotation a trigger's words open with starts ("called \"local
    anti-terrorist measures\"": the mark before "local"), else the trigger's start: a name
    that labels the act stands before the quotation (`_labels_it`)."""
    q = _QUOTED_LEAD.search(text, max(0, h.start - 60), h.start)
    return q.start() if q is not None else h.start


#: between a trigger and a place after it: a comma and an "(a day) after/before/following"
#: phrase that tells another happening ("agreed to disarm on 20 September, a day after
#: Azerbaijan launched its offensive from Aghdam"): the place is that happening's (round 48)
_AFTER_ASIDE = re.compile(
    r",\s+(?:(?:just |only |barely )?(?:a|an|one|two|three|four|five|six|a few|several|\d+) "
    r"(?:hours?|days?|weeks?|months?|years?) )?(?:after|before|following)\s", re.IGNORECASE)

#: between a trigger and a place after it: a comparison with an earlier time ("the deadliest
#: since April 2016, when fighting in X ...", "the worst clashes since the war in X"): the
#: place is that time's happening, not this one's (round 58, lead)
_SINCE_ASIDE = re.compile(
    r"\b(?:deadliest|worst|heaviest|bloodiest|fiercest|largest|biggest|most\s+serious)\s+"
    r"(?:[\w-]+\s+){0,3}?since\s|\bsince\s+[^,;.]{1,40}?,\s+when\s", re.IGNORECASE)

#: between a place and a trigger after it: "after"/"before"/"following" whose object is the
#: trigger (up to three words before it: "after Azerbaijan's offensive", "after the brief
#: Russian-brokered truce"), so the trigger is a noun of a time phrase of another clause
_TIME_PHRASE_OF_HIT = re.compile(r"(?<![\w-])(?:after|before|following)\s+(?:[\w'’-]+\s+){0,3}$",
                                 re.IGNORECASE)

#: right after a trigger: "there", a place named before it ("two years after clashes there"),
#: which may be the one the rule above would pass over
_THERE_AFTER = re.compile(r"\s+there\b", re.IGNORECASE)


def _pick_place(d: _Draft, clause: _Clause, head: int, text: str,
                others: Sequence[tuple[int, int]] = (), relative: bool = False,
                seats: Sequence[tuple[int, int]] = ()) -> None:
    """Step 5: the event's location from the mentions around its trigger (`head`: where the
    words about the clause's subject start, `_clause_head_start`). With `relative` (the
    trigger is a relative clause's verb, opening at `head`) no place before `head` is taken:
    the words before the pronoun are about the noun it hangs on. `seats`: the words of a
    court's act ("a military court in Baku sentenced"), whose place is the court's, not that of
    another event of the sentence ("X, detained at the checkpoint in July 2023")."""
    v = _vocab()
    s = d.sent
    et = d.event_type
    ranks = _BLOCKADE_KIND_RANK if et == "blockade" else _KIND_RANK
    # the "Tavush for the Homeland" movement: a place inside a quoted name is none
    named = [q.span(1) for q in v.cues["quoted_name"].finditer(text, s.start, s.end)] \
        if any(q in s.text for q in "“\"«") else []

    # "tanks captured in last year's war": a war named by its time ("last year's", "2020's")
    # is one already known, placed only by its own words after it, not by the clause's verb
    known = d.date is not None and d.date.end <= d.anchor and \
        _POSSESSIVE_TIME.fullmatch(text, d.date.end, d.anchor) is not None
    # (round 60) "soldiers killed in the 2020 war were reburied in Yerevan": a war named as
    # the setting of another happening is placed only by its modifiers or its own phrase
    setting = _setting_war(d.hits[0], s.start, text) if len(d.hits) == 1 else None

    def allowed(m: Mention) -> bool:
        p = _place(m.place_id)
        if p is None or any(a <= m.start < b for a, b in named):
            return False
        if known and m.start < d.anchor:
            return False
        if setting is not None and not setting.start(1) <= m.start < d.hits[0].start and \
                not _WAR_OWN_PLACE.fullmatch(text, d.hits[0].end, m.start):
            return False
        if any(a <= m.start < b for a, b in seats):
            return False  # "a court in Baku sentenced X, detained at ...": the court's seat
        prep = text[max(s.start, m.start - 16):m.start]
        if p.kind == "country" and not v.cues["locative_preposition"].search(prep):
            return False  # "return to Azerbaijan", "from Armenia": a direction
        if et != "deployment" and v.destination_before.search(
                text, max(s.start, m.start - 30), m.start):
            return False  # "detained ... and taken to Baku": where he went, not the event
        if d.subtype == "deploy" and _FROM_BEFORE.search(text, max(s.start, m.start - 40),
                                                          m.start):
            return False  # (round 59) "deployed to Karabakh from Moscow": where they came from
        if v.cues["recipient_before"].search(text, max(s.start, m.start - 16), m.start):
            return False  # "handed ... over to Yerevan": who received, not where
        if v.cues["source_before"].search(text, max(s.start, m.start - 50), m.start):
            return False  # "..., according to Yerevan": who says so, not where
        if d.subtype == "release" and m.start >= d.hits[0].end and \
                _TO_BEFORE.search(text, max(s.start, m.start - 8), m.start):
            return False  # "returned five soldiers to Yerevan": where they went, not where
        if d.subtype == "release" and (
                _HELD_IN.search(text, max(s.start, m.start - 24), m.start)
                or _TAKEN_IN.search(text, max(s.start, m.start - 24), m.start)):
            return False  # "handed over citizens held in Baku" (or "captured near Kalbajar"):
            # where they were kept or taken, not where they were set free
        if m.start > d.hits[-1].end and (kept := _KEPT_IN.search(
                text, max(s.start, m.start - 24), m.start)) and not (
                et != "detention" and _HELD_AS_VENUE.fullmatch(text, d.hits[-1].end,
                                                               kept.start())):
            return False  # "captured six soldiers, who are still held in Baku": not the capture's
        if m.start > d.hits[-1].end and v.cues["traded_for"].search(
                text, d.hits[-1].end, m.start):
            return False  # "in exchange for maps of the Aghdam minefields": what was traded
        if et == "protest" and m.start > d.hits[0].start and v.cues["protest_target"].search(
                text, d.hits[0].start, m.start):
            return False  # "rallied against the handover of villages in Tavush": the target
        if v.cues["origin_before"].search(text, max(s.start, m.start - 40), m.start):
            return False  # "a conscript from Gyumri was killed near Sotk": where he is from
        if et != "protest" and v.cues["origin_after"].match(text, m.end):
            return False  # "detained a Karabakh resident at the checkpoint": his home
        if et == "protest" and _FROM_BEFORE.search(text, max(s.start, m.start - 40), m.start):
            return False  # "rallied in the capital after a march from Kirants": its start
        if _homonym_of_area_after(m, s, text):
            return False  # "the village of Agdam in the Tovuz district": not the known Aghdam
        if m.start > d.hits[-1].end and (
                _AFTER_ASIDE.search(text, d.hits[-1].end, m.start)
                or _SINCE_ASIDE.search(text, d.hits[-1].end, m.start)):
            return False  # "..., a day after the offensive began in Aghdam", "the deadliest
            # since April 2016, when fighting in X ...": that other happening's place
        if m.end <= d.hits[0].start and _TIME_PHRASE_OF_HIT.search(
                text, m.end, d.hits[0].start) and not _THERE_AFTER.match(text, d.hits[-1].end):
            return False  # (round 57) "talks brokered in Brussels collapsed after Azerbaijan's
            # offensive": the place is the main clause's, the trigger a noun of its time phrase
        if any(_labels_it(m, _quoted_from(h, text), text) for h in d.hits):
            return False  # (round 45) "began what the ministry in Baku called 'measures'":
            # the seat of the one who names the act, not where it happened
        if et in _GROUND_TYPES:
            return True
        if et == "legal_action" and _TAKEN_IN.search(text, max(s.start, m.start - 24), m.start):
            return False  # "the trial of two soldiers captured in X": where they were taken
        # documents and court cases: only where they were signed or heard ("in The Hague")
        return p.kind in ("city", "venue") and bool(v.cues["venue_preposition"].search(prep))

    def rank(m: Mention) -> tuple:
        p = _place(m.place_id)
        # finer kinds first; a place that can be put on a map before one that cannot
        # a town naming a road ("the Berdzor road", "the Goris-Kapan highway") after any other
        return (p.kind != "route" and v.cues["route_after"].match(text, m.end) is not None,
                ranks.get(p.kind, 9), p.lat is None, abs(m.start - d.anchor), m.start)  # type: ignore

    def best(cands: list[Mention]) -> Mention | None:
        ok = [m for m in cands if allowed(m)]
        return min(ok, key=rank) if ok else None

    lo = head
    at_talks = et == "agreement"  # a document adopted at talks is located at them
    m = best(_locations(s, lo, clause.end, text, at_talks))
    border = None
    if et in _GROUND_TYPES and _place(v.border_place) is not None and \
            not _ruled_out("border_word", s.text.lower(), _plain_case(s.text)):
        # "released soldiers captured in the border fighting": "border" that qualifies
        # another event's trigger places that event, not this one
        # (round 43: nor "handed over at the Georgian border": a third state's border)
        border = next((b for b in v.cues["border_word"].finditer(text, clause.start, clause.end)
                       if not _qualifies(b.start(), b.end(), others, text)
                       and not v.cues["foreign_border"].search(
                           text, max(0, b.start() - 40), b.start())
                       # (round 53) "protests against the handover of border villages": the
                       # target's border, as with a named place (see `allowed`)
                       and not (et == "protest" and b.start() > d.hits[-1].end
                                and v.cues["protest_target"].search(
                                    text, d.hits[-1].end, b.start()))), None)
    if m is not None and not (border and _place(m.place_id).kind == "country"):  # type: ignore
        d.place_id, d.place_span = m.place_id, (m.start, m.end)
    elif border is not None:
        d.place_id, d.place_span = v.border_place, (border.start(), border.end())
    elif _fronted_phrase(clause, text):
        pass  # "After the war, A and B met in Vienna": a fronted phrase, the rest is another's
    else:  # elsewhere in the sentence: a named city or region, never a bare country
        m = best([x for x in _locations(s, head if relative else s.start, s.end, text, at_talks)
                  if getattr(_place(x.place_id), "kind", "country") != "country"
                  and not _near_other_date(x, d, clause)])
        if m is not None:
            d.place_id, d.place_span = m.place_id, (m.start, m.end)


#: A date's possessive up to its trigger, with at most two words between ("last year's
#: six-week war"): see `_pick_place`.
_POSSESSIVE_TIME = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}")


def _qualifies(start: int, end: int, others: Sequence[tuple[int, int]], text: str) -> bool:
    """Whether the words start:end belong to another event's trigger: inside it ("border
    clashes") or right before it ("border fighting")."""
    return any(lo <= start < hi or (end <= lo and not text[end:lo].strip(" -"))
               for lo, hi in others)


def _near_other_date(m: Mention, d: _Draft, clause: _Clause) -> bool:
    """Whether a place outside the draft's clause stands next to another date ("a third truce,
    agreed in Washington on 25 October"), or beyond one ("after the truce of 10 November, the
    leaders met in Moscow on 11 January, when Putin received them in the Kremlin"): it places
    that date's happening, not this one. The second reading needs the event's own date in its
    clause: a date borrowed from another clause ("said on Wednesday that fighting broke out
    on the night of 12 to 13 September, when ... near X") may be the wrong one of the two.
    With it, a day or month of another year on the place's side of the clause, farther off
    than the place, dates the place's happening too (round 62)."""
    own = d.date.start if d.date is not None else -1
    beyond = clause.start <= own < clause.end
    far = beyond and not clause.start <= m.start < clause.end and d.date.date is not None
    return any(x.start != own and not clause.start <= x.start < clause.end
               and (0 <= x.start - m.end <= 30 or 0 <= m.start - x.end <= 30
                    or (beyond and (clause.end <= x.start < m.start
                                    or m.end <= x.start < clause.start))
                    # (round 62) or beyond the place, a day or month of another year: "In the
                    # summer of 2022 X took Lachin ..., and in September 2023 it retook the
                    # rest of the region" (a date of the same story's year may frame both)
                    or (far and x.date is not None and x.precision in ("day", "week", "month")
                        and x.date.year != d.date.date.year  # type: ignore[union-attr]
                        and (x.start >= clause.end) == (m.start >= clause.end)))
               for x in d.sent.dates)


def _generic_document(words: str) -> bool:
    """True when the words do not name a distinct document ("the agreement", "documents")."""
    v = _vocab()
    return v.cues["document_generic"].search(words) is not None and \
        v.cues["document_specific"].search(words) is None


#: The words after a count of dead up to "and" and the next number (`_fatalities`).
_AND_NEXT = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+and\s+(?:(?:some|about|around|over|at least)\s+)?")


#: A second side's count told by gapping, the verb and noun left out ("Armenia lost some 200
#: servicemen and Azerbaijan 80", "Yerevan reported four dead, Baku three"): a name (one or two
#: capitalised words) after "and", a comma or a semicolon, then a count ending its clause.
_GAPPED_SIDE = re.compile(r"(?:\s*[,;]\s*|\s+)(?:and\s+|while\s+|whereas\s+)?(?:the\s+)?"
                          r"(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+"
                          r"(?:(?:some|about|around|over|nearly|almost|at\s+least)\s+)?")
_GAPPED_END = re.compile(r"\s*(?:[.;,)]|$)")


def _gapped_pair(t: str, end: int, dates: list[tuple[int, int]], base: int) -> bool:
    """Whether a count ending at `end` of sentence text `t` is one side's, another side's
    count following by gapping (see `_GAPPED_SIDE`): neither is the event's toll, as with
    two counts joined by "and" (`_paired_counts`)."""
    v = _vocab()
    for m in _GAPPED_SIDE.finditer(t, end):
        n = v.number.match(t, m.end())
        if n is None or not _GAPPED_END.match(t, n.end()):
            continue
        if any(ds < base + n.end() and base + m.start() < de for ds, de in dates):
            continue  # "..., and on 13 April two": a date, no side
        return True
    return False


def _fatalities(a: Analysed, s: Sentence) -> list[tuple[int, int, int]]:
    """(value, start, end) of each stated count of dead in the sentence, the span including a
    qualifier ("over 6,500")."""
    v = _vocab()
    t = s.text
    dates = [(d.start, d.end) for d in s.dates]
    out = []
    mixed = False  # a count of the sentence joins deaths and other harm
    pairs = _paired_counts(s, dates) if " and " in t else []
    for rx in (v.fat_after, v.fat_lost, v.fat_before):
        pos = 0
        while (m := rx.search(t, pos)) is not None:
            pos = m.end()
            if pairs and any(ps <= m.start("n") < pe for ps, pe in pairs):
                continue  # "200 fighters and 192 soldiers died": "192" is part of the pair
            ns, ne = s.start + m.start("n"), s.start + m.end("n")
            if any(ds < ne and ns < de for ds, de in dates):
                pos = m.end("n")  # "in July 2020 near X left 16 dead": try the next number
                continue  # "killed in 2020": a year, not a count
            before = t[max(0, m.start("n") - 16):m.start("n")]
            if v.cues["partial_count"].search(before):
                continue  # "the bodies of 24 servicemen killed": part of a toll
            if rx is v.fat_before and v.casualty_tail.match(t, m.end()):
                mixed = True
                continue  # "350 people were killed or injured": a casualty count, not deaths
            mid = m.group("mid") if rx is v.fat_before else ""
            low_end, rng = None, ""
            if mid and (r := v.range_rest.match(mid)) is not None and \
                    v.range_open.search(before):
                # "between 100 and 150 soldiers were killed": the lower end, as "at least 100"
                low_end, rng, mid = m.group("n"), mid[:r.end()], mid[r.end():]
            if mid and (v.cues["not_death"].search(mid) or v.number.search(mid)
                        or v.cues["partial_mid"].search(mid)
                        or v.cues["hedged_count"].search(mid)
                        or re.search(r"\b(?:and|or)\b", mid)
                        or not v.person_noun.search(mid)):
                if rx is v.fat_before and (j := v.harm_and.search(mid)) is not None:
                    pos = m.start("mid") + j.end()  # "two wounded and one killed": try "one"
                continue  # "five wounded and two killed", "four days of clashes killed"
            if rx is v.fat_before and v.cues["vague_number"].search(before[-12:]):
                continue  # "several dozen people died"
            if rx is not v.fat_before and (j := _AND_NEXT.match(t, m.end())) is not None \
                    and v.number.match(t, j.end()) is not None:
                continue  # "killing 200 Armenian fighters and 192 Azerbaijani soldiers": a part
            value = parse_number(low_end or m.group("n"))
            if value is None:
                continue
            if _gapped_pair(t, m.end(), dates, s.start):
                continue  # "Armenia lost some 200 servicemen and Azerbaijan 80": one side's
            q = v.qualifier_end.search(a.text, max(s.start, ns - 24), ns)
            if q is not None and v.cues["upper_bound"].search(q.group()):
                continue  # "up to 300 soldiers were killed": a ceiling, no stated toll
            if low_end is not None and (r := v.range_open.search(before)) is not None:
                out.append((value, ns - len(before) + r.start(), ne + len(rng)))
                continue
            out.append((value, q.start() if q else ns, ne))
    if not out and (m := v.fat_single.search(t)) is not None and \
            not v.cues["partial_count"].search(t[max(0, m.start() - 16):m.start()]) and \
            not v.cues["hedged_count"].search(m.group()):
        # "a soldier was killed": one, only where the sentence states no count
        out.append((1, s.start + m.start(), s.start + m.end()))
    if mixed:
        # "Armenia said 207 were killed or went missing; Baku reported 80 dead": beside a
        # count of deaths and harm, the other count is one side's or one kind's, not the toll
        return []
    out.sort(key=lambda x: (x[1], x[2]))
    dedup: list[tuple[int, int, int]] = []
    for x in out:
        if not dedup or x[1] >= dedup[-1][2]:
            dedup.append(x)
    return dedup


def _paired_counts(s: Sentence, dates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence-relative spans of tolls told as two counts of people joined by "and" under one
    death word ("killed 49 soldiers and 3 civilians", "some 200 Armenian fighters and 192
    Azerbaijani soldiers died"): neither count alone is the event's toll, and their sum is
    no number the text states, so no count inside such a span is a toll. Not for a range
    ("between 100 and 150"), harm other than death ("5 soldiers and 3 wounded civilians"), a
    hedge, a date or a third number in the words."""
    v = _vocab()
    t = s.text
    out = []
    for rx in v.fat_pairs:
        for m in rx.finditer(t):
            words = m.group("mid1") + " " + m.group("mid2")
            if v.cues["not_death"].search(words) or v.cues["partial_mid"].search(words) \
                    or v.cues["hedged_count"].search(words) or v.number.search(words) \
                    or _AND_OR.search(words):
                continue
            if any(ds < s.start + m.end(g) and s.start + m.start(g) < de
                   for g in ("n", "m") for ds, de in dates):
                continue  # "in 2020 and 2022 ...": a year, not a count
            before = t[max(0, m.start("n") - 16):m.start("n")]
            if v.range_open.search(before) or v.casualty_tail.match(t, m.end()):
                continue
            out.append((m.start("n"), m.end("mid2")))
    return out


_AND_OR = re.compile(r"(?<![\w-])(?:and|or)(?![\w-])", re.IGNORECASE)


#: A comparison point with a "when" clause telling its own toll, up to that toll.
_SINCE_WHEN = re.compile(r"(?<![\w-])since\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s*,?"
                         r"\s+when\s+[^,;:]{0,60}$", re.IGNORECASE)


_WHEN_AFTER = re.compile(r"\s*,\s*when(?![\w-])", re.IGNORECASE)

#: a subordinate clause that tells what came before the main clause's happening
_PRIOR_SUB = re.compile(r"[\s,;]*(?:after|following)(?![\w-])", re.IGNORECASE)


def _prior_clause_count(c: _Clause, drafts: list[_Draft], text: str) -> list[_Draft]:
    """The events a count in clause `c` may go to when `c` is an "after"/"following" clause
    ("On 19 September, after four police officers and two civilians died in mine blasts,
    Azerbaijan launched an offensive"): the dead of what came before are its own, no toll of
    a happening told outside that clause, so only an event whose trigger is in it takes it."""
    if c.kind != "sub" or _PRIOR_SUB.match(text, c.start, c.end) is None:
        return drafts
    return [d for d in drafts if any(c.start <= h.start < c.end for h in d.hits)]


def _attach_fatalities(a: Analysed, s: Sentence, drafts: list[_Draft],
                       clauses: list[_Clause]) -> None:
    """Give each count of dead to the nearest event of the first type that carries tolls.

    A count in a relative clause ("..., in which 6,500 people were killed") is about the noun
    the clause hangs on: it goes only to an event whose trigger is in that clause or is that
    noun, never to an event named earlier in the sentence ("the worst clashes since the 2020
    war, in which ...": the toll is the war's)."""
    v = _vocab()
    for value, start, end in _fatalities(a, s):
        c = clauses[_clause_index(clauses, start)]
        i = _clause_index(clauses, start)
        head = _clause_head_start(c, clauses[i - 1] if i else None, a.text)
        if head < c.start and i and v.cues["result_relative"].match(a.text, c.start, c.end):
            # ", after which 80 were killed": the outcome of the clause before, whatever noun
            # stands just before the comma
            p = clauses[i - 1]
            allowed = [d for d in drafts if any(p.start <= h.start < c.end for h in d.hits)]
        elif head < c.start:  # a relative clause about the words just before it
            allowed = [d for d in drafts if any(head <= h.start < c.end for h in d.hits)]
        else:
            allowed = _prior_clause_count(c, drafts, a.text)
        # "flared in 2014 and again in April 2016, when 200 were killed": a "when" clause hung
        # on a date tells that date's toll, so only an event dated by it takes it
        when = next((d for d in s.dates if d.end <= c.start <= d.end + 2 and
                     _WHEN_AFTER.match(a.text, d.end) and c.start < start), None)
        if when is not None:
            allowed = [d for d in allowed if d.date is not None and d.date.start == when.start]
        # "the deadliest since 2020, when 6,500 died": the count is the comparison point's
        if (w := _SINCE_WHEN.search(a.text, max(s.start, start - 120), start)) is not None:
            allowed = [d for d in allowed if d.hits[0].start >= w.start()]
        else:  # "... killed 49, the deadliest since the 2020 war": not the war's count
            allowed = [d for d in allowed if d.hits[0].start < start
                       or not _compared_from(d.hits[0].start, a.text, s.start)]
        # "since the end of the 2020 war, 30 civilians have died": the war only dates the count
        allowed = [d for d in allowed if not any(
            v.cues["time_anchor_before"].search(a.text, max(s.start, h.start - 50), h.start)
            for h in d.hits)]
        for et in _FATALITY_TYPES:
            cands = [d for d in allowed if d.event_type == et]
            if cands:
                d = min(cands, key=lambda x: (min(abs(h.start - start) for h in x.hits),
                                              x.anchor))
                if d.joint:
                    break  # "clashes in May and in November killed 15": a count of both
                if d.fatalities is None:
                    d.fatalities, d.fatality_span = value, (start, end)
                elif d.fatalities != value:  # two different counts: no one stated total
                    d.fatalities, d.fatality_span = None, None
                break


def _next_sentence_tolls(a: Analysed, by_sent: dict[int, list[_Hit]],
                         drafts_by_sent: dict[int, list[_Draft]]) -> None:
    """A toll told as the result of the sentence before ("... shelled X on Tuesday. As a
    result, one serviceman was killed."): the one count of a sentence with no trigger of its
    own goes to the previous sentence's fighting, only when that sentence has exactly one
    dated fighting event without a toll (with two, the text does not say which)."""
    cue = _vocab().cues["toll_follows"]
    for i in sorted(drafts_by_sent):
        j = i + 1
        if j >= len(a.sentences) or by_sent.get(j):
            continue
        s = a.sentences[j]
        if s.in_caption or not (cue.match(s.text) or _reported_toll(a, j)):
            continue
        cands = [d for d in drafts_by_sent[i]
                 if d.date is not None and d.event_type == "armed_clash"]
        tolls = _fatalities(a, s)
        if len(cands) == 1 and len(tolls) == 1 and cands[0].fatalities is None:
            value, start, end = tolls[0]
            cands[0].fatalities, cands[0].fatality_span = value, (start, end)


#: (round 49) how many sentences after a reported toll the other side's count may follow
_OTHER_SIDE_REACH = 2


def _reported_toll(a: Analysed, j: int) -> bool:
    """(round 49) Sentence `j` reports a toll ("The defence army reported that 16 of its
    servicemen had been killed"): its one count of dead, with no date in the sentence, follows
    a reporting verb (`toll_reported`), and the next two sentences state no count of dead (then
    each is one side's: "Baku said it had lost 50")."""
    s = a.sentences[j]
    tolls = _fatalities(a, s) if not s.dates else []
    if len(tolls) != 1:
        return False
    cues = _vocab().cues
    _, start, end = tolls[0]
    if cues["toll_reported"].search(a.text, s.start, start) is None or \
            cues["increment_after"].match(a.text, end) is not None or \
            cues["increment_before"].search(a.text, max(s.start, start - 16), start) is not None:
        return False  # "said that 40 more soldiers had died": an addition, not the toll
    return not any(_fatalities(a, a.sentences[k])
                   for k in range(j + 1, min(len(a.sentences), j + 1 + _OTHER_SIDE_REACH)))


#: How many sentences after its fighting a running toll may stand (a breaking story's updates).
_RUNNING_TOLL_REACH = 8


def _running_tolls(a: Analysed, by_sent: dict[int, list[_Hit]],
                   drafts_by_sent: dict[int, list[_Draft]]) -> None:
    """'Azerbaijani forces shelled Jermuk on Tuesday. ... UPDATE: The death toll rose to 49':
    a running toll (`running_toll`) in a sentence with no trigger of its own counts the
    article's fighting. Its one count goes to the one dated fighting of the article, when
    there is exactly one and it stands at most a few sentences before; a larger later count
    replaces a smaller one (the toll rose, the later figure is the stated one), a smaller one
    is left (it may be a part or a stale figure)."""
    v = _vocab()
    cue = v.cues["running_toll"]
    fights = [d for i in sorted(drafts_by_sent) for d in drafts_by_sent[i]
              if d.date is not None and d.event_type == "armed_clash"]
    reach = _RUNNING_TOLL_REACH
    if len(fights) > 1 and a.published is not None:
        # a long report: the day's fighting among background wars of other years, when the
        # article dates fighting to its own day or the day before (a timeline may tell it
        # again on the same day: the first telling is the one). An "UPDATE:" paragraph
        # appended to such a report may stand anywhere after it
        eve = a.published - dt.timedelta(days=1)
        fresh = [d for d in fights if d.date.precision == "day" and d.date.date_end is None
                 and eve <= d.date.date <= a.published]
        if fresh and len({d.date.date for d in fresh}) == 1:
            fights, reach = fresh[:1], len(a.sentences)
    if len(fights) != 1 or fights[0].joint:
        return
    fight = fights[0]
    first = fight.sent.index
    for j in range(first + 1, min(len(a.sentences), first + 1 + reach)):
        s = a.sentences[j]
        if s.in_caption or not ("toll" in s.text or "umber of" in s.text):
            continue
        if reach > _RUNNING_TOLL_REACH and j > first + _RUNNING_TOLL_REACH and \
                v.cues["update_mark"].match(s.text) is None:
            continue  # far down a long report, only an "UPDATE:" paragraph
        if (m := cue.search(s.text)) is None or _own_trigger(
                by_sent.get(j, ()), drafts_by_sent.get(j, ()), s.start + m.start(),
                s.start + m.end()):
            continue
        tolls = _fatalities(a, s)
        if len(tolls) != 1:
            continue
        value, start, end = tolls[0]
        if fight.fatalities is None or (fight.fatality_span is not None and value >
                                        fight.fatalities and fight.fatality_span[1] <= start):
            fight.fatalities, fight.fatality_span = value, (start, end)


def _own_trigger(hits: Sequence[_Hit], drafts: Sequence[_Draft], lo: int, hi: int) -> bool:
    """(round 62) Whether a sentence with a running toll between `lo` and `hi` tells a
    happening of its own: a trigger outside the toll's words, or a dated one in them. The
    fighting a toll names as what it counts ("The death toll from the fighting rose to 207")
    is the article's fighting, not another event."""
    return any(not (lo <= h.start and h.end <= hi) for h in hits) or \
        any(d.date is not None for d in drafts)


def _names_other_event(opener: re.Match | None, h: _Hit, s: Sentence,
                       drafts: list[_Draft]) -> bool:
    """(round 45) Whether a sentence's opening anaphor names, by a trigger of the sentence,
    an event other than `h`'s ("The offensive follows a blockade of nine months ..."): the
    sentence is about the event it names, and the other happenings it tells (a blockade
    months old) take no day from the event the sentence before dated. An opener with no
    trigger in it ("This was the worst clash ...") names none."""
    if opener is None:
        return False
    end = s.start + opener.end()
    return h.start >= end and any(s.start <= d.hits[0].start < end for d in drafts)


def _date_by_reference(a: Analysed, drafts_by_sent: dict[int, list[_Draft]]) -> None:
    """Step 3e: undated triggers that point back at the previous sentence's event."""
    v = _vocab()
    text = a.text
    for i in sorted(drafts_by_sent):
        prev = [d for d in drafts_by_sent.get(i - 1, []) if d.date is not None]
        if not prev:
            continue
        s = a.sentences[i]
        for dr in drafts_by_sent[i]:
            if dr.date is not None:
                continue
            h = dr.hits[0]
            after = v.cues["anaphor_after"].search(text, max(s.start, h.start - 60),
                                                   min(s.end, h.end + 5))
            if after and after.start() <= h.start < after.end():  # "the ensuing wars"
                dr.date, dr.coarsen = prev[-1].date, True
            elif (opener := v.cues["anaphor_start"].match(s.text)) or (
                    dr.clause is not None and v.cues["anaphor_time"].search(
                        text, dr.clause.start, dr.clause.end)):  # "... at the time"
                # "This was the worst ...": the previous event; "The clashes ...": the
                # previous event of that kind only (not a protest the sentence before)
                named = opener is not None and h.start < s.start + opener.end()
                if _names_other_event(opener, h, s, drafts_by_sent[i]):
                    continue  # "The offensive follows a blockade ...": not the blockade's day
                same = [d for d in prev if not named or d.event_type == dr.event_type]
                if same:
                    dr.date, dr.coarsen = same[-1].date, same[-1].coarsen
            elif dr.clause is not None:  # "as part of the accord"
                same = v.cues["anaphor_same"].search(text, dr.clause.start, dr.clause.end)
                if same:
                    noun = same.group(0).split()[-1]
                    types = ("ceasefire", "agreement") if v.cues["anaphor_document"].search(
                        noun) else ("armed_clash",)  # "the accord" / "the fighting"
                    cands = [d for d in prev if d.event_type in types]
                    if cands:
                        dr.date, dr.coarsen = cands[-1].date, cands[-1].coarsen


#: The words between "a day after" and the event it names: "the ", "Azerbaijan launched its ".
_FEW_WORDS = re.compile(r"(?:[\w’'-]+\s+){0,3}")
#: How many sentences back an event counted from ("a day after the offensive") may be told.
_AFTER_EVENT_REACH = 2


def _date_after_event(a: Analysed, by_sent: dict[int, list[_Hit]],
                      drafts_by_sent: dict[int, list[_Draft]]) -> None:
    """Step 3e': "A day after the offensive began, the authorities agreed to a ceasefire": an
    undated trigger after a count of days from an event the sentence names takes the day of
    that event, as the article gave it in this sentence or the two before (the latest dated
    event of its type and day precision), plus the count. Nothing when no such day is told."""
    v = _vocab()
    text = a.text
    for i in sorted(drafts_by_sent):
        undated = [d for d in drafts_by_sent[i] if d.date is None]
        if not undated:
            continue
        s = a.sentences[i]
        for m in v.cues["after_event"].finditer(s.text):
            named = next((h for h in by_sent.get(i, ()) if h.start >= s.start + m.end()
                          and _FEW_WORDS.fullmatch(text, s.start + m.end(), h.start)), None)
            n = parse_number(m.group("n"))
            if named is None or n is None:
                continue
            told = [d for j in range(max(0, i - _AFTER_EVENT_REACH), i + 1)
                    for d in drafts_by_sent.get(j, ()) if d.date is not None
                    and d.event_type == named.event_type and not d.coarsen
                    and d.date.precision == "day" and d.date.date is not None
                    and d.date.date_end is None and d.hits[0].start < named.start]
            if not told:
                continue
            day = told[-1].date.date + dt.timedelta(days=n)
            start = s.start + m.start()
            when = DateMention(start, named.end, text[start:named.end], day, None, "day",
                               True, False)
            for dr in undated:
                if dr.date is None and dr.hits[0].start >= named.end:
                    dr.date = when


#: How far (in characters) a date may stand from a meeting word to be that meeting's date.
_MEETING_DATE_REACH = 60


def _meeting_date(a: Analysed, dr: _Draft, used: set[int]) -> DateMention | None:
    """Step 3f: the date of the talks a document was adopted at, as the article gives it
    elsewhere — a sentence naming a meeting at the same place (or, with no place named, one
    of the three sentences before) with a day date that no event has taken."""
    v = _vocab()
    s = dr.sent
    places = {m.place_id for m in s.mentions if m.place_id and m.reading == "location"}
    cands: list[tuple[int, int, int, DateMention]] = []
    for t in a.sentences:
        if t.index == s.index or t.in_caption or not t.dates:
            continue
        dist = s.index - t.index
        if places and not places & {m.place_id for m in t.mentions}:
            continue
        if not places and not 0 < dist <= 3:
            continue
        words = [m.start() + t.start for m in v.cues["meeting_word"].finditer(t.text)]
        if not words:
            continue
        for d in t.dates:
            # the meeting's own date stands near its word ("the Sochi meeting ... after the
            # clashes, on 16 November": that date is the clashes')
            if _usable(d) and d.start not in used and d.precision in ("day", "week") \
                    and min(abs(d.start - w) for w in words) <= _MEETING_DATE_REACH:
                cands.append((dist <= 0, abs(dist), d.start, d))
    return min(cands, key=lambda c: c[:3])[3] if cands else None


def _retype_within_article(a: Analysed, drafts: list[_Draft]) -> None:
    """Step 4: a generic 'agreement' that fits the article's ceasefire is its statement;
    personnel put on a road where a checkpoint is discussed are the checkpoint."""
    v = _vocab()
    ceasefires = [d.value() for d in drafts if d.event_type == "ceasefire"]
    for d in drafts:
        if d.event_type == "agreement" and d.generic_document and any(
                dates_compatible(d.value(), c) for c in ceasefires):
            d.event_type, d.subtype = "ceasefire", ""
        elif d.event_type == "deployment" and d.subtype == "deploy" and getattr(
                _place(d.place_id), "kind", None) == "route":
            s = d.sent
            lo = a.sentences[s.index - 1].start if s.index > 0 else s.start
            if v.cues["blockade_context"].search(a.text, lo, s.end):
                d.event_type, d.subtype = "blockade", ""


def _to_report(a: Analysed, d: _Draft) -> EventReport:
    date, date_end, prec = d.value()
    # (start, end, role) says all of a span of this article (`Analysed.span`): the spans are
    # de-duplicated and sorted on it before they are made
    keys: list[tuple[int, int, str]] = [(h.start, h.end, "trigger") for h in d.hits]
    if d.date is not None:
        keys.append((d.date.start, d.date.end, "date"))
    if d.place_span is not None:
        keys.append((*d.place_span, "place"))
    if d.fatality_span is not None:
        keys.append((*d.fatality_span, "fatalities"))
    keys += [(m.start, m.end, "actor") for m in d.actors]
    text, sid = a.text, a.source_id
    spans = [Span(sid, start, end, text[start:end], role) for start, end, role in sorted(set(keys))]
    return EventReport(
        source_id=a.source_id,
        published=a.published,
        date=date,
        date_end=date_end,
        date_precision=prec,
        event_type=d.event_type,
        description=_describe(a.text, d),
        actors=tuple(sorted({m.actor_id for m in d.actors if m.actor_id})),
        place_id=d.place_id,
        fatalities=d.fatalities,
        spans=spans,
        anchor=d.anchor,
    )


def _describe(text: str, d: _Draft, width: int = 220) -> str:
    """One line: the sentence that reports the event, cut around the trigger if long."""
    s = d.sent
    line = " ".join(text[s.start:s.end].split())
    if len(line) <= width:
        return line
    lo = max(0, min(d.anchor - s.start - 80, len(line) - width))
    return ("…" if lo else "") + line[lo:lo + width].strip() + (
        "…" if lo + width < len(line) else "")


# --- reconciliation ---------------------------------------------------------------------------
def subtype_of(r: EventReport) -> str:
    """The subtype of a report, read again from its trigger words ('' when none applies)."""
    return _subtype(r.event_type, tuple(sp.text for sp in r.spans if sp.role == "trigger"))


@lru_cache(maxsize=65536)
def _subtype(event_type: str, triggers: tuple[str, ...]) -> str:
    # the pattern that spans a trigger's whole words first: "returned 10 of the captured
    # soldiers" is a release, though a capture's pattern finds "captured soldiers" inside it
    # (a pattern's look-behind is left out: the words before the trigger are not here)
    for t in _vocab().triggers:
        if t.event_type == event_type and t.subtype and any(
                (t.bare or t.rx).fullmatch(x) for x in triggers):
            return t.subtype
    for t in _vocab().triggers:
        if t.event_type == event_type and t.subtype and any(
                (t.bare or t.rx).search(x) for x in triggers):
            return t.subtype
    return ""


def _val(r: EventReport) -> tuple[dt.date | None, dt.date | None, str | None]:
    return r.date, r.date_end, r.date_precision


#: The longest span (in days) whose days, dated again in the same article, are taken for the
#: span's happening told again (a few days of clashes, a night "of 9 to 10 November").
_TOLD_AGAIN_DAYS = 7


def _span_days(v: tuple) -> int:
    a0, a1 = period(*v)
    return (a1 - a0).days


def _plural(n: int) -> str:
    return f"{n} source{'s' if n > 1 else ''}"


@dataclass
class _Cluster:
    """Reports taken as one event, with what its date is decided from: for each source, the
    value it gives at the cluster's finest precision."""

    order: int
    subtype: str
    value: tuple[dt.date | None, dt.date | None, str | None]
    members: list[EventReport] = field(default_factory=list)
    places: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    per_source: dict[str, tuple] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)  # sources per value in per_source
    heads: set[str] = field(default_factory=set)  # the members' trigger heads (`_heads`)
    period: tuple[dt.date, dt.date] = field(init=False)  # the days `value` can mean

    def __post_init__(self) -> None:
        self.period = period(*self.value)  # type: ignore[arg-type]

    def add(self, r: EventReport, sub: str) -> None:
        self.members.append(r)
        self.sources.add(r.source_id)
        if r.event_type == "armed_clash":  # only fighting is told apart by its word
            self.heads |= _heads(r)
        self.subtype = self.subtype or sub
        if r.place_id:
            self.places.add(r.place_id)
        v = _val(r)
        finest = _RANK[next(iter(self.counts))[2]] if self.counts else 9
        if _RANK[v[2]] < finest:  # a finer value replaces the coarser ones
            self.per_source, self.counts = {}, Counter()
        if _RANK[v[2]] <= finest and r.source_id not in self.per_source:
            self.per_source[r.source_id] = v
            self.counts[v] += 1
            if self.counts[v] == 1 or v != self.value:
                self.value = _decide(self.counts)[0]
                self.period = period(*self.value)  # type: ignore[arg-type]


def _decide(counts: Counter) -> tuple[tuple, str | None]:
    """A cluster's date from each source's finest value (`counts`: sources per value): a span
    that contains all the others (a war and a month of it), else the value most sources give,
    with the disagreement recorded."""
    values = sorted(counts, key=lambda v: (-_span_days(v), v[0]))
    if all(_contains(values[0], w) for w in values):
        return values[0], None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1] or kv[0][0]))
    parts = ", ".join(f"{describe_date(*v)} in {_plural(n)}" for v, n in ranked)
    return ranked[0][0], f"date: {parts}"


def _other_town_same_source(r: EventReport, c: _Cluster) -> bool:
    """Whether the cluster holds a report of r's own article placed at another town: one
    article naming two towns (neither can contain the other) for the same day tells two
    incidents ("shelled Jermuk ... Separately, fire struck Goris"), and merging them would keep
    one town and drop the other's toll. Nearby towns from different articles still merge (two
    outlets may name different villages of one clash)."""
    if r.source_id not in c.sources or _KIND_RANK.get(
            getattr(_place(r.place_id), "kind", ""), 9) != 0:
        return False
    return any(m.source_id == r.source_id and m.place_id and m.place_id != r.place_id
               and _KIND_RANK.get(getattr(_place(m.place_id), "kind", ""), 9) == 0
               for m in c.members)


def _other_town(r: EventReport, c: _Cluster) -> bool:
    """Whether a report placed at a town, its day not known ("in the 2020 war Azerbaijan took
    back Shusha"), meets a cluster placed at other towns only: with no day to match, its town
    is what names the happening, and a nearby town's dated event is another one (the slack for
    nearby towns is for two accounts of one day)."""
    if _KIND_RANK.get(getattr(_place(r.place_id), "kind", ""), 9) != 0:
        return False
    towns = {p for p in c.places if _KIND_RANK.get(getattr(_place(p), "kind", ""), 9) == 0}
    return bool(towns) and r.place_id not in towns


def _heads(r: EventReport) -> set[str]:
    """The last words of a report's triggers, lower-cased, without a plural "s"."""
    return {sp.text.lower().split()[-1].rstrip("s") for sp in r.spans
            if sp.role == "trigger" and sp.text.strip()}


def _same_head(heads: frozenset[str], c: _Cluster) -> bool:
    """Whether a report (its `_heads`) and a cluster of fighting name their happening by one
    word ("offensive")."""
    return not c.heads.isdisjoint(heads)


#: How far (in characters) an article's year-precise war may stand from the outbreak of
#: fighting it dates to a day, to be read as the same war (`_own_outbreak`).
_OUTBREAK_REACH = 300


def _told_outbreak(r: EventReport) -> bool:
    """Whether a report's fighting is told by a verb of its outbreak ("Fighting erupted on
    27 September 2020")."""
    return _vocab().cues["outbreak_verb"].search(r.description) is not None


def _own_outbreak(r: EventReport, c: _Cluster,
                  outbreaks: dict[tuple[str, int], list[EventReport]]) -> bool:
    """Whether a year-precise war ("The 2020 war left deep scars.") is the war whose outbreak
    its own article dates a few lines away ("Fighting erupted on 27 September 2020"): one
    war, one row. Only when the article dates one outbreak of fighting in that year (a war
    and the July clashes that "broke out on 12 July 2020" of one article stay apart)."""
    if r.date is None or "war" not in _heads(r):
        return False
    own = outbreaks.get((r.source_id, r.date.year), ())
    mine = [m for m in own if abs(m.anchor - r.anchor) <= _OUTBREAK_REACH]
    return len(mine) == 1 and len({m.date for m in own}) == 1 and \
        any(m is mine[0] for m in c.members)


class _Blocks:
    """Where a report looks for the clusters it may join: every cluster of its type whose
    period overlaps its own (with a day of slack), found without walking the others, so that
    merging stays near n log n however many events a year holds.

    Reports come finest first (`_cluster_reports`). Until the first year- or decade-precise
    report, a cluster's date may still change, and clusters are filed under the days of their
    period (`days`), or under its months when that is long (`months`). From then on the clusters
    of day, week or month dates do not change (a coarser report never moves a finer date), so
    they are sorted once by first day (`frozen`); the clusters the coarse reports begin are
    filed under their months (`coarse`).
    """

    def __init__(self, clusters: list[_Cluster]) -> None:
        self.clusters = clusters
        self.days: dict[tuple[str, int], list[int]] = {}
        self.months: dict[tuple[str, int], list[int]] = {}
        self.coarse: dict[tuple[str, int], list[int]] = {}  # and long spans, when frozen
        # (type, dated to a day or week) -> (first days, clusters), sorted
        self.frozen: dict[tuple[str, bool], tuple[list[int], list[int]]] | None = None
        self.reach: dict[tuple[str, bool], int] = {}  # the longest period of `frozen[key]`
        self.by_source: dict[tuple[str, str], list[int]] = {}  # (source, type) -> frozen clusters

    def file(self, event_type: str, c: _Cluster) -> None:
        """File a cluster under its current period (an earlier one stays filed: the caller
        checks dates exactly)."""
        c0, c1 = c.period
        if self.frozen is not None:
            _append(self.coarse, event_type, _month_range(c0, c1), c.order)
        elif (c1 - c0).days <= _DAY_FILED_DAYS:
            _append(self.days, event_type, range(c0.toordinal() - 1, c1.toordinal() + 2),
                    c.order)
        else:
            _append(self.months, event_type, _month_range(c0 - _ONE_DAY, c1 + _ONE_DAY),
                    c.order)

    def near(self, event_type: str, r0: dt.date, r1: dt.date) -> set[int]:
        """Clusters filed under the days or months of [r0, r1], before the coarse reports."""
        out = {ci for d in range(r0.toordinal(), r1.toordinal() + 1)
               for ci in self.days.get((event_type, d), ())}
        out.update(ci for mo in _month_range(r0, r1)
                   for ci in self.months.get((event_type, mo), ()))
        return out

    def freeze(self) -> None:
        """Sort the clusters of finer dates by first day, once, as the coarse reports begin:
        those dated to a day or week apart from those dated to a month."""
        rows: dict[tuple[str, bool], list[tuple[int, int]]] = {}
        for c in self.clusters:
            et = c.members[0].event_type
            c0, c1 = c.period
            if (c1 - c0).days <= _DAY_FILED_DAYS:
                rows.setdefault((et, c.value[2] in _FINE), []).append((c0.toordinal(), c.order))
            else:  # a long span: filed by month beside the coarse clusters
                _append(self.coarse, et, _month_range(c0, c1), c.order)
            for src in sorted(c.sources):
                self.by_source.setdefault((src, et), []).append(c.order)
        self.frozen = {}
        for key, pairs in rows.items():
            pairs.sort()
            self.frozen[key] = ([d for d, _ in pairs], [o for _, o in pairs])
            self.reach[key] = max(_span_days(self.clusters[o].value) for _, o in pairs)

    def joined(self, r: EventReport, c: _Cluster) -> None:
        """Note a coarse report joining a cluster of a finer date (its source is now one of
        the cluster's)."""
        if self.frozen is not None and c.value[2] not in _COARSE and \
                c.order not in self.by_source.get((r.source_id, r.event_type), ()):
            self.by_source.setdefault((r.source_id, r.event_type), []).append(c.order)

    def coarse_near(self, r: EventReport, r0: dt.date, r1: dt.date) -> tuple[set[int],
                                                                             Iterator[int]]:
        """For a coarse report: the clusters to weigh in full (coarse ones, those of the
        report's own source, those of month dates), and, apart and one at a time, the clusters
        of another source dated to a day or week, which count only while at most one of them
        fits (see `_cluster_reports`)."""
        et = r.event_type
        full = set(self.by_source.get((r.source_id, et), ()))
        full.update(self._slice((et, False), r0, r1))
        first: list[int] = []
        for ci in {ci for mo in _month_range(r0, r1) for ci in self.coarse.get((et, mo), ())}:
            c = self.clusters[ci]
            if c.value[2] in _FINE and r.source_id not in c.sources:
                first.append(ci)
            else:
                full.add(ci)
        foreign = (ci for ci in itertools.chain(sorted(first), self._slice((et, True), r0, r1))
                   if r.source_id not in self.clusters[ci].sources)
        return full, foreign

    def _slice(self, key: tuple[str, bool], r0: dt.date, r1: dt.date) -> list[int]:
        """The frozen clusters of `key` whose first day may fall in a period overlapping
        [r0, r1]."""
        days, orders = (self.frozen or {}).get(key, ([], []))
        lo = bisect.bisect_left(days, r0.toordinal() - self.reach.get(key, 0))
        return orders[lo:bisect.bisect_right(days, r1.toordinal())]


#: Periods up to this many days long are filed under each of their days (`_Blocks`).
_DAY_FILED_DAYS = 62
_ONE_DAY = dt.timedelta(days=1)


def _month_range(a0: dt.date, a1: dt.date) -> range:
    """Month numbers (year * 12 + month - 1) from a0's month to a1's."""
    return range(a0.year * 12 + a0.month - 1, a1.year * 12 + a1.month)


def _append(index: dict[tuple[str, int], list[int]], event_type: str, keys: range,
            order: int) -> None:
    for k in keys:
        lst = index.setdefault((event_type, k), [])
        if not lst or lst[-1] != order:
            lst.append(order)


@dataclass(frozen=True)
class _Query:
    """What clustering reads of one report, worked out once: its subtype, the days its date
    can mean, and for fighting its trigger heads (`_heads`)."""

    report: EventReport
    subtype: str
    first: dt.date
    last: dt.date
    heads: frozenset[str]
    coarse: bool  # dated to a year or decade only

    @classmethod
    def of(cls, r: EventReport) -> _Query:
        r0, r1 = period(*_val(r))  # type: ignore[arg-type]
        heads = frozenset(_heads(r)) if r.event_type == "armed_clash" else frozenset()
        return cls(r, subtype_of(r), r0, r1, heads, r.date_precision in _COARSE)


def _clustering_order(reports: Iterable[EventReport]) -> list[EventReport]:
    """Dated reports, finest first, then widest, then by date (and a total order after)."""
    return sorted((r for r in reports if r.date is not None),
                  key=lambda r: (_RANK.get(r.date_precision or "day", 0), -_span_days(_val(r)),
                                 r.date, r.source_id, r.anchor, r.event_type))


def _outbreaks(order: list[EventReport]) -> dict[tuple[str, int], list[EventReport]]:
    """Each article's day-dated outbreaks of fighting by year (read by `_own_outbreak`)."""
    out: dict[tuple[str, int], list[EventReport]] = {}
    for r in order:
        if r.event_type == "armed_clash" and r.date_precision in _FINE and _told_outbreak(r):
            out.setdefault((r.source_id, r.date.year), []).append(r)  # type: ignore
    return out


def _persons(actor_ids: Iterable[str]) -> frozenset[str]:
    """The people among a report's actors (a trial's defendants, its judge), not its states
    or bodies."""
    return frozenset(a for a in actor_ids if gazetteer.actor(a).kind == "person")


def _fits(q: _Query, c: _Cluster, outbreaks: dict[tuple[str, int], list[EventReport]]) -> bool:
    """Whether a report may join a cluster of its type (`outbreaks`: see `_outbreaks`)."""
    r, sub, r0, r1 = q.report, q.subtype, q.first, q.last
    if c.subtype and sub and c.subtype != sub:
        return False
    # dates compatible at their precisions (reconcile.dates_compatible, inlined for
    # speed), with one day of slack between two day-precise dates
    c0, c1 = c.period
    slack = _ONE_DAY if c.value[2] == "day" and r.date_precision == "day" else _ZERO_DAYS
    if not (r0 <= c1 + slack and c0 <= r1 + slack):
        return False
    if slack and (own := c.per_source.get(r.source_id, _val(r))) != _val(r) and \
            not (own[1] and _span_days(own) <= _TOLD_AGAIN_DAYS
                 and _contains(own, _val(r))
                 and not (r.place_id and c.places and r.place_id not in c.places)):
        # the article itself dates two happenings a day apart: two events; but a day
        # inside a short span the article gives ("between 12 and 16 July" in the text,
        # "12 July: clashes" in its timeline) is the span's happening told again (a
        # war's weeks hold many happenings of their own: "the city was shelled on
        # 4 October" is no retelling of a war from 27 September to 10 November, nor is
        # fighting at another named place)
        return False
    coarse = q.coarse
    if coarse and r.event_type == "armed_clash" and c.value[2] in _FINE and \
            not _same_head(q.heads, c) and not _own_outbreak(r, c, outbreaks):
        return False  # "the 2023 offensive" is not a sniper shooting of that year
    if r.event_type == "detention" and r.actors and any(
            m.source_id == r.source_id and m.actors and _val(m) != _val(r)
            and not set(m.actors) & set(r.actors) for m in c.members):
        # one article's handover by Baku on a day and one by Yerevan "earlier this
        # month": two events (told with one date, the two halves of an exchange)
        return False
    if r.event_type == "legal_action" and (mine := _persons(r.actors)) and any(
            m.source_id == r.source_id and (theirs := _persons(m.actors))
            and not mine & theirs for m in c.members):
        # (round 44) one article's trial of the former leaders and, "on the same day", the
        # separate trial of another man: two cases, told apart by their defendants
        return False
    return not (r.event_type in _LOCATED_TYPES and r.place_id and (any(
        places_contradict(r.place_id, p) for p in c.places)
        or _other_town_same_source(r, c) or (coarse and _other_town(r, c))))


def _best(found: Iterable[_Cluster]) -> _Cluster | None:
    """The cluster a report joins among those it fits: the one most sources give, then the
    finest dated, then the first begun."""
    best: _Cluster | None = None
    for c in found:
        if best is None or (len(c.sources), -_RANK[c.value[2]], -c.order) > (  # type: ignore
                len(best.sources), -_RANK[best.value[2]], -best.order):  # type: ignore
            best = c
    return best


def _cluster_reports(reports: list[EventReport]) -> list[_Cluster]:
    """Greedy clustering, finest (then widest) reports first, each report compared only with
    the clusters of its type whose dates overlap its own (`_Blocks` keeps it near n log n)."""
    order = _clustering_order(reports)
    clusters: list[_Cluster] = []
    blocks = _Blocks(clusters)
    outbreaks = _outbreaks(order)
    for r in order:
        q = _Query.of(r)
        if q.coarse:
            if blocks.frozen is None:
                blocks.freeze()
            full, foreign = blocks.coarse_near(r, q.first, q.last)
            found = [clusters[ci] for ci in sorted(full) if _fits(q, clusters[ci], outbreaks)]
            # "the 2020 truce" is no one day's truce when the year has several: a cluster of
            # another source dated to a day or week is weighed only when it is the one such
            # cluster that fits (the search stops at the second)
            other: list[_Cluster] = []
            for ci in foreign:
                if _fits(q, clusters[ci], outbreaks):
                    other.append(clusters[ci])
                    if len(other) > 1:
                        break
            if len(other) == 1:
                found.append(other[0])
        else:
            found = [clusters[ci] for ci in sorted(blocks.near(r.event_type, q.first, q.last))
                     if _fits(q, clusters[ci], outbreaks)]
        best = _best(found)
        if best is None:
            best = _Cluster(len(clusters), q.subtype, _val(r))
            clusters.append(best)
        before = best.value
        best.add(r, q.subtype)
        if len(best.members) == 1 or best.value != before:  # new, or its date changed
            blocks.file(r.event_type, best)
        blocks.joined(r, best)
    return clusters


def _vote_place(members: list[EventReport]) -> tuple[str | None, str | None]:
    """The finest kind of place reported; among those, the one most sources give."""
    per_source: dict[str, str] = {}
    for m in sorted(members, key=lambda m: (m.source_id, _RANK[m.date_precision], m.anchor)):
        if m.place_id:
            per_source.setdefault(m.source_id, m.place_id)
    if not per_source:
        return None, None
    kind = {p: _KIND_RANK.get(getattr(_place(p), "kind", ""), 9) for p in per_source.values()}
    finest = min(kind.values())
    ranked = sorted(tally(p for p in per_source.values() if kind[p] == finest).items(),
                    key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) == 1:
        return ranked[0][0], None
    return ranked[0][0], "place: " + ", ".join(f"{p} in {_plural(n)}" for p, n in ranked)


def _vote_fatalities(members: list[EventReport]) -> tuple[int | None, str | None]:
    """The count most sources state (ties: the finest-dated report's); never a sum."""
    per_source: dict[str, tuple[int, int]] = {}
    for m in sorted(members, key=lambda m: (m.source_id, _RANK[m.date_precision], m.anchor)):
        if m.fatalities is not None:
            per_source.setdefault(m.source_id, (m.fatalities, _RANK[m.date_precision]))
    if not per_source:
        return None, None
    finest: dict[int, int] = {}
    for v, rank in per_source.values():
        finest[v] = min(finest.get(v, 9), rank)
    ranked = sorted(tally(v for v, _ in per_source.values()).items(),
                    key=lambda kv: (-kv[1], finest[kv[0]], kv[0]))
    if len(ranked) == 1:
        return ranked[0][0], None
    return ranked[0][0], "fatalities: " + ", ".join(f"{v} in {_plural(n)}" for v, n in ranked)


def cluster_events(reports: Sequence[EventReport]) -> tuple[list[dict], list[str | None]]:
    """Merge per-article reports into `events` rows; also return, for each input report, the
    event_id it was merged into (None for an undated report, which makes no row).

    Reports are one event when they have the same type (and subtype), dates compatible at
    their precisions (day dates one day apart merge, with the disagreement recorded) and no
    contradicting place. Each report is compared only with clusters whose dates overlap its
    own (`_Blocks`), so the work stays close to n log n. Rows are sorted by (date, event_type,
    event_id). Only the reports' fields and trigger spans are read, so a caller holding many
    articles' reports can keep their other spans elsewhere (see `store.FactStore`)."""
    columns = [f.name for f in SCHEMAS["events"]]
    position = {id(r): i for i, r in enumerate(reports)}
    ids: list[str | None] = [None] * len(reports)
    keyed = []
    for c in _cluster_reports(list(reports)):
        value, date_conflict = _decide(c.counts)
        keyed.append(((value[0], c.members[0].event_type, min(m.source_id for m in c.members),
                       min(m.anchor for m in c.members)), c, value, date_conflict))
    keyed.sort(key=lambda k: k[0])
    rows: list[dict] = []
    used_ids: set[str] = set()
    for (date, et, _, _), c, value, date_conflict in keyed:
        members = sorted(c.members, key=lambda m: (m.source_id, m.anchor))
        place_id, place_conflict = _vote_place(members)
        fatalities, fat_conflict = _vote_fatalities(members)
        actors = sorted({x for m in members for x in m.actors})
        rep = min(members, key=lambda m: (_val(m) != value, _RANK[m.date_precision],
                                          m.source_id, m.anchor))
        parts = ("evt", et, date.isoformat(), value[2], place_id, ",".join(actors))
        eid, k = stable_id(*parts), 1
        while eid in used_ids:  # same facts, kept apart (e.g. a capture and a cession)
            k += 1
            eid = stable_id(*parts, k)
        used_ids.add(eid)
        for m in members:
            ids[position[id(m)]] = eid
        p = _place(place_id)
        sources = sorted({m.source_id for m in members})
        row = {
            "event_id": eid, "date": value[0], "date_end": value[1], "date_precision": value[2],
            "event_type": et, "description": rep.description, "actors": actors,
            "place_id": place_id, "location": p.name if p else None,
            "country": p.country if p else None, "lat": p.lat if p else None,
            "lon": p.lon if p else None, "geo_precision": _GEO.get(p.kind) if p else None,
            "fatalities": fatalities, "source_ids": sources, "n_sources": len(sources),
            "conflicts": [x for x in (date_conflict, place_conflict, fat_conflict) if x],
            "review_status": "machine",
        }
        rows.append({col: row[col] for col in columns})
    rows.sort(key=lambda r: (r["date"], r["event_type"], r["event_id"]))
    return rows, ids


def reconcile_events(reports: Iterable[EventReport]) -> tuple[list[dict], list[dict]]:
    """`cluster_events`, plus the `evidence` rows of each event: every span of every report
    merged into it, once (clean-text offsets; the pipeline adds raw offsets)."""
    reports = list(reports)
    rows, ids = cluster_events(reports)
    evidence: list[dict] = []
    seen: set[tuple] = set()
    for r, eid in zip(reports, ids, strict=True):
        if eid is None:
            continue
        for sp in r.spans:
            key = (eid, r.source_id, sp.start, sp.end, sp.role)
            if key not in seen:
                seen.add(key)
                evidence.append({"table": "events", "record_id": eid,
                                 "source_id": r.source_id, "char_start": sp.start,
                                 "char_end": sp.end, "text": sp.text, "role": sp.role})
    evidence.sort(key=lambda e: (e["record_id"], e["source_id"], e["char_start"],
                                 e["char_end"], e["role"]))
    return rows, evidence
