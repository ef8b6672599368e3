"""Meetings: who met whom, where, when, mediated by whom — one row per real encounter.

Per article (`extract_meetings`):
1. Find trigger words (cues in `data/vocab/meeting_cues.csv`: met, talks, summit, phone call...)
   not preceded by a modifier that makes them something else ("government meeting",
   "press conference" is never a trigger).
2. Give each trigger the nearest date and location in its sentence, as long as no other
   trigger stands between them (so "after phone talks with X, agreed to hold talks on
   December 15" dates the second, not the first).
3. Collect participants (people, states, organisations acting as agents), the mediator
   ("mediated by", "through the mediation of", or the one third party present), venue, mode,
   level, status and outcome clauses.
4. Merge the mentions of one meeting inside the article: an undated "the meeting"/"the talks"
   joins the nearest compatible dated meeting reported before it. A meeting that ends without a
   date is dropped: the codebook never invents a date.

Across articles (`reconcile_meetings`): reports with compatible dates, no contradicting place
and overlapping parties are one row; `status` comes from the latest report; every disagreement
(date, place, level, mode) is written to `conflicts`.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import heapq
import itertools
import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from karabakh_data import gazetteer
from karabakh_data.dates import (
    DateMention,
    entry_stamp,
    is_timeline_label,
    live_day_heading,
    month_number,
    period_end,
    weekday_names,
)
from karabakh_data.mentions import Mention, find_mentions
from karabakh_data.model import MeetingReport, Span, StatementRow, stable_id
from karabakh_data.nlp import Analysed, Sentence
from karabakh_data.patterns import (
    CueFilter,
    FastRx,
    Needles,
    first_word_keys,
    needles,
    plain_case,
    ruled_out,
    split_top,
    words_rx,
)
from karabakh_data.reconcile import dates_compatible, describe_date, finer, period, vote
from karabakh_data.schema import MEETING_LEVELS
from karabakh_data.text import DATELINE
from karabakh_data.text import datelines as find_datelines
from karabakh_data.vocab import read_table
from karabakh_data.voice import for_the_speakers_state, statements_of, voiced

CONFLICT_PARTIES = ("armenia", "azerbaijan")
_STATUS_ORDER = ("cancelled", "planned", "proposed", "held")  # first match in this order wins


#: A whole-word cue pattern: a `FastRx` when the words it starts with are known, else a plain
#: regex (both answer `search` and `finditer` alike).
_WordRx = FastRx | re.Pattern[str]


@dataclass(frozen=True)
class _Cues:
    trigger: list[tuple[_WordRx, str]]
    exclude: re.Pattern[str]
    #: the lower-cased exclude modifiers when all are plain ASCII words (see `_excluded`)
    exclude_tails: tuple[str, ...] | None
    status: list[tuple[_WordRx, str]]
    level: list[tuple[_WordRx, str]]
    mediator: _WordRx
    outcome: _WordRx
    venue: _WordRx
    #: right after a person's name: not at the meeting ("which X skipped")
    absent: re.Pattern[str]
    #: right before a name: not a party ("the exclusion of X", "on the sidelines of the X")
    absent_before: re.Pattern[str]
    #: right before or after a trigger: an encounter of its own ("held separate talks")
    separate: re.Pattern[str]
    #: what a text must hold for `separate` to match in it (see `_plain_phrases`)
    separate_words: tuple[str, ...] | None
    #: before an outcome cue: a condition or wish, not a result ("must ... before it is signed")
    unrealised: re.Pattern[str]
    #: ends right before a trigger that it negates ("have not met", "no direct talks")
    negated: re.Pattern[str]
    #: right after a name: the name is the report's source (", an EU official said")
    #: right after a name before the trigger: the person reports the meeting ("X announced")
    announce: re.Pattern[str]
    source_tail: re.Pattern[str]
    #: right after a level word: the people it names report the meeting ("officials say")
    speaks_after: re.Pattern[str]
    #: after a trigger's clause: a coordinated speech verb whose words follow (", saying")
    speech_tail: re.Pattern[str]
    #: a speech verb anywhere (before a trigger: its that-clause after the trigger is words)
    said_verb: re.Pattern[str]
    #: an envoy's office before "of/to" + its principal, and after the principal's "'s"
    envoy_of_before: re.Pattern[str]
    envoy_after: re.Pattern[str]
    #: right before a date: it dates the saying, not the meeting ("said on Wednesday")
    said_on: re.Pattern[str]
    said_in: re.Pattern[str]
    role_levels: list[tuple[re.Pattern[str], str]]
    #: a trigger that needs a named guest or a meeting word after it ("hosted X")
    needs_guest: re.Pattern[str]
    #: a trigger that reports a meeting only when a named person follows it at once and is
    #: not the owner of a thing ("received X", not "received X's letter" or "received aid")
    close_guest: re.Pattern[str] | None
    #: a trigger that reports a meeting only when "each/both/the two <leaders>" follows it
    #: ("saw each leader separately")
    needs_each: re.Pattern[str] | None
    #: right after an organisation's name: the gathering it holds, the occasion of a meeting
    #: and not a party to it ("at the CIS summit")
    occasion: re.Pattern[str] | None
    #: the same gathering nouns, alone ("summit"): a trigger that names a gathering
    occasion_word: re.Pattern[str] | None
    #: the same gathering nouns and "of", right before an organisation's name: the gathering
    #: it holds ("the first summit of the X")
    occasion_of: re.Pattern[str] | None
    #: right after an organisation's name: the name is part of a document's or a mission's
    #: ("the UN Charter", "an EU civilian mission"), not an actor at the meeting
    named_thing: re.Pattern[str] | None
    #: a noun ending a document's name ("the Alma-Ata 1991 Declaration"): the places and dates
    #: of that name are no meeting's; and the words that may stand inside such a name
    document: re.Pattern[str] | None
    #: what a text must hold for `document` to match in it (see `_plain_phrases`)
    document_words: tuple[str, ...] | None
    document_modifier: re.Pattern[str] | None
    #: sides of the conflict other than the two states (de facto authorities): never mediators
    sides: frozenset[str]
    #: a word that puts an encounter of one side with a third party on the conflict
    about: re.Pattern[str]
    #: words right before an `about` word that say the talk was not about it (`not_about`)
    not_about: re.Pattern[str] | None
    #: states and organisations that mediate: their encounters with one side are on the conflict
    mediator_states: frozenset[str]
    #: deployed missions and forces: what talks set up or discuss, never a side at the table
    no_party: frozenset[str]
    #: a trigger verb whose several objects are met one by one ("phoned A and B")
    one_by_one: re.Pattern[str] | None
    #: a status cue that keeps a meeting planned although the date first set for it is past
    postponed: re.Pattern[str] | None
    #: in the sentence after a meeting: who led each side's delegation ("was led by X")
    delegation_head: re.Pattern[str] | None
    #: right before an undated trigger: an encounter before the news ("at earlier talks")
    earlier_modifier: re.Pattern[str] | None
    #: round 47: right before a name (and its title): who invited or initiated the meeting
    #: ("at the invitation of the President of X")
    inviter: re.Pattern[str] | None
    #: round 52: after a count of encounters, the word opening a list of some of them by place
    #: ("met many times, including in X in <month>")
    instance: re.Pattern[str] | None
    #: a label opening a sentence that reports what others assert, not what happened
    #: ("Claim: posts say X met Y" in a fact-check)
    unasserted: re.Pattern[str] | None
    #: a noun and "between", ending right before a pair it relates ("relations between")
    topic_pair: re.Pattern[str] | None
    #: ", led by" opening an apposition that names who leads the noun before it
    head_apposition: re.Pattern[str] | None
    #: the meeting had no third party at the table ("held without a mediator"): whoever hosted
    #: or invited it is no mediator and no participant
    no_mediator: re.Pattern[str] | None
    #: a verb by which the thing led takes part in the meeting named after it ("held their
    #: ninth meeting", "attended the talks"), unlike "welcomed the Prague meeting"
    takes_part: re.Pattern[str] | None
    #: between a name and a meeting's noun: the name reacts to the meeting, its verb's
    #: object ("X welcomed the meeting of A and B"), and is no party to it
    reacts: re.Pattern[str] | None
    #: many encounters told as one ("met several times", "on numerous occasions"): with a date
    #: coarser than a day, the date spans them all and dates no one meeting
    repeated: re.Pattern[str] | None
    #: before a gathering noun: its attendees were at a named gathering ("attended the BRICS
    #: summit"), which is no encounter between them; group 1 is the gathering's name
    attends: re.Pattern[str] | None
    #: ", while C stayed in Yerevan" after the meeting: a clause of its own about someone else
    contrast: re.Pattern[str] | None
    #: a verb by which a name in such a clause is at the meeting after all ("joined by video")
    joins: re.Pattern[str] | None
    #: the same verbs, before a gathering noun with or without a name ("attended the summit")
    attends_any: re.Pattern[str] | None
    #: words of a sporting fixture ("Armenia met Azerbaijan in a friendly")
    sport: re.Pattern[str] | None
    #: right after "met/meet" (a few words apart): what is fulfilled, not whom ("failed to meet
    #: its commitments", "met the deadline")
    fulfilled: re.Pattern[str] | None
    #: an indefinite pronoun right after "met/meet/meets" ("ready to meet anyone")
    no_one_after: re.Pattern[str] | None
    #: the same pronoun heading a relative clause that ends in "meet" ("everyone he needs to")
    no_one_before: re.Pattern[str] | None
    #: before a trigger: a report of what others say ("reports of a secret meeting")
    hearsay: re.Pattern[str] | None
    #: the same nouns alone, anywhere before a trigger ("Posts shared this week say ...")
    hearsay_word: re.Pattern[str] | None
    #: in the same sentence: the report is untrue or unconfirmed ("were denied", "fake")
    denial: re.Pattern[str] | None
    #: right after a person (also an `absent` word): they kept someone else away ("refused to
    #: send Y"), so they were not among those a cancelled meeting was planned between
    not_sent: re.Pattern[str] | None
    #: before a level word: a relative clause telling what the meeting led to, whose people
    #: are not those who met (", which led to the creation of the border commissions")
    consequence: re.Pattern[str] | None
    #: right before a date: the day talks began ("which began on Friday") or ended ("ended on
    #: Saturday"): the `begun_verb` and `ended_verb` words
    begun_on: re.Pattern[str]
    ended_on: re.Pattern[str]
    #: (round 43) right before a level word: the body is being founded, not meeting ("to set
    #: up a bilateral commission on delimitation", headline "Leaders agree border commission")
    founds: re.Pattern[str] | None
    #: a verb of what was agreed at an encounter, right before its place ("agreed in Prague")
    agreed_at: re.Pattern[str] | None
    #: right before a state: what a thing is done to or with ("sanctions on Baku")
    object_before: re.Pattern[str] | None
    #: before a trigger: a denial whose "that" clause holds the meeting ("denied that A met B")
    denies: re.Pattern[str] | None
    #: after a meeting noun that is its clause's subject, with a verb "to be" before it: the
    #: meeting is said not to have happened ("A meeting ... was never confirmed by Baku")
    denied_as: re.Pattern[str] | None
    #: how often or how really, by a bare present "meet" in a relative clause (a habit)
    habit: re.Pattern[str] | None
    #: how often, by a perfect "have met" (a habit: "have met alternately in A and B")
    habit_perfect: re.Pattern[str] | None
    #: right before a person's name, after an indefinite noun phrase: somebody bearing that
    #: name, not the actor ("a wrestler named Aliyev", "a soldier called Lachin")
    namesake: re.Pattern[str] | None
    #: opening a sentence: the world of a game, film or novel, whose encounters are invented
    #: ("In the game, A meets B in Moscow")
    fiction: re.Pattern[str] | None
    #: before a trigger: an indirect question that holds it ("asked whether A would meet B")
    asks: re.Pattern[str] | None
    #: opening a clause at the start of its sentence (or after a comma or semicolon): the
    #: clause is a condition, and a meeting in it is supposed, not told ("Should A and B meet
    #: in X, ...", "Had the talks in Y gone ahead, ...", "If A and B meet ...")
    conditional: re.Pattern[str] | None
    #: words giving what an encounter was for ("to discuss EU visas")
    purpose: re.Pattern[str] | None
    #: what a mediating state's talks with one side may be for and still be on the conflict
    #: ("to discuss the situation in the region"), besides the `about` words
    about_region: re.Pattern[str] | None
    #: a verb of mediating, right before "the <meeting noun>": its clause's subject mediated
    #: the meeting that noun refers back to ("Charles Michel mediated the talks")
    mediator_verb: re.Pattern[str] | None
    #: a verb of hosting, the same way, whose object is a meeting but no occasion ("Kazakhstan
    #: hosted the talks", not "Spain hosted the summit" at which the sides met)
    host_verb: re.Pattern[str] | None
    #: round 46: a verb of hosting or bringing together and "them" as its object, from the
    #: verb on ("hosted them", "brought them together"): the two sides told before
    host_them: re.Pattern[str] | None
    #: the verb of a relative clause on a name that tells the meeting itself (`relative_meets`)
    relative_meets: re.Pattern[str] | None
    #: a count and a hyphen right before an `exclude` modifier: the number of sides, not the
    #: kind of body ("the five-party meeting"), so the modifier excludes nothing
    sides_count: re.Pattern[str] | None
    #: near a trigger: each side was met on its own by someone else ("met separately with A,
    #: ... received by B"), unlike a one-on-one meeting of the two sides
    apart: re.Pattern[str] | None
    #: after "after/before": an encounter of another time, told as a phrase ("a day after
    #: meeting X"), whose people are not at the meeting reported
    other_encounter: re.Pattern[str] | None
    #: a speech verb right before an `other_encounter` phrase: the phrase is the meeting
    #: the words came after ("Michel said after hosting A and B"), no other encounter
    said_after: re.Pattern[str] | None
    #: right after a meeting noun: a relative clause that proposes it ("a meeting in X that
    #: Y has proposed for later this month"); the verbs are `proposal_verb` cues
    proposed_by: re.Pattern[str] | None
    #: right before a planned meeting's trigger: its unnamed subject agreed to it ("The sides
    #: agreed to meet again next month"); the subject nouns are `agreed_subject` cues
    agreed_to: re.Pattern[str]
    #: right before a planned meeting's trigger: its unnamed subject and a modal of the plan
    #: ("The leaders will meet again", "They are due to meet again"); the modals are
    #: `again_modal` cues, the nouns `agreed_subject` ones
    will_again: re.Pattern[str] | None
    #: right before a trigger, a subject that names no one: "the two leaders also met" (the
    #: nouns are `pair_noun` cues, the verbs `pair_verb` cues)
    two_of_them: re.Pattern[str]
    rank_again: re.Pattern[str]
    #: between a speaker and a call trigger: the speaking was done in the call ("announced the
    #: deal in a video call"); the prepositions are `spoken_in` cues
    spoken_in: re.Pattern[str]
    #: "his Armenian and Azerbaijani counterparts": right after a demonym, a `party_noun` by
    #: which it names a party, also with up to two words of office between ("the Armenian and
    #: Azerbaijani foreign ministers", "deputy prime ministers")
    party_noun: re.Pattern[str]
    #: at the end of a state's mention: it names that state's people held or serving ("Armenian
    #: servicemen", "Azerbaijani soldiers"), not its representatives at a meeting
    captive_head: re.Pattern[str] | None
    #: right before a place: where someone is held ("detainees still held in Baku", "jailed in
    #: X"), never where a meeting was
    custody_before: re.Pattern[str] | None
    #: round 54: right before a place: where a violent happening told after "after" took place
    #: ("after the shooting near X"), never where the meeting was
    incident_before: re.Pattern[str] | None
    #: round 58: after a generic trigger in its clause, the mode it was held in ("held a
    #: meeting with X in a virtual format"), each with its mode
    mode_phrase: tuple[tuple[re.Pattern[str], str], ...]
    #: the strings a `mode_phrase` match must hold (`patterns.needles`), read from the same
    #: rows, so a sentence without them is passed over cheaply
    mode_needles: Needles | None
    #: right before a trigger: a `joins` verb and its object's determiner ("X joined the
    #: talks"), after which a mode phrase is how one person took part, not the meeting's mode
    joins_before: re.Pattern[str] | None
    #: round 41: right after a person (as `absent` may stand): one expected at the meeting, so
    #: not there if it was held ("a meeting that X had been due to attend")
    absent_if_held: re.Pattern[str] | None
    #: round 41: a trigger opening so that its meeting was held ("held talks"): an `absent`
    #: word in a relative clause on a meeting noun after it is no cancellation
    absence_held_verb: re.Pattern[str] | None
    #: round 41: right before a trigger of the sentence after a reported meeting: it refers
    #: back to that meeting as one that never happened ("no such meeting had taken place")
    denied_anaphor: re.Pattern[str] | None
    #: round 44: a `denies` verb with a pronoun or "the report" as its whole object, in the
    #: sentence after a reported meeting ("The other side denied this."): a denial of it
    denied_object: re.Pattern[str] | None
    #: round 41: a modal perfect right before a trigger, a participle perhaps between (group 1):
    #: an encounter that did not happen ("would have met in X had C come")
    counterfactual: re.Pattern[str] | None
    #: which cue lists can match in a sentence: "trigger<i>", "status<i>", "level<i>" (row i
    #: of that kind, named in `rows`), "any_trigger", "mediator", "outcome", "venue"
    filter: CueFilter
    rows: dict[str, tuple[str, ...]]  # kind -> the filter's names of its rows, in order
    #: per cue kind, the texts one of which every match of its alternatives begins with (see
    #: `_plain_phrases`; None: not known): a sentence holding none of them is not searched
    #: for a pattern built around that kind's alternatives (`_may_hold`)
    words: dict[str, tuple[str, ...] | None]


def _finditer_at(rx: _WordRx, text: str, starts: Sequence[int]) -> list[re.Match[str]]:
    """`rx.finditer(text)`, given every offset where a match can start."""
    if isinstance(rx, FastRx):
        return rx.finditer_at(text, starts)
    return list(rx.finditer(text))


def _plain_tails(alts: str) -> tuple[str, ...] | None:
    """The alternatives of `alts`, lower-cased, if all are ASCII letters, digits and spaces."""
    parts = split_top(alts)
    if not all(_PLAIN_WORDS.fullmatch(p) for p in parts):
        return None
    return tuple(p.lower() for p in parts)


_PLAIN_WORDS = re.compile(r"[A-Za-z0-9 ]+")
#: the plain start of an alternative: ASCII letters, digits, spaces and hyphens, which a
#: regex matches as written (case aside), up to the first other character
_PLAIN_HEAD = re.compile(r"[A-Za-z0-9 -]*")
#: the same with apostrophes ("n't"), which match only themselves, ignoring case or not
_PLAIN_HEAD_QUOTES = re.compile(r"[A-Za-z0-9 '’-]*")


def _plain_phrases(alts: str, plain: re.Pattern[str] = _PLAIN_HEAD
                   ) -> tuple[str, ...] | None:
    """Lower-case texts one of which every case-insensitive match of `alts` begins with: the
    plain start of each alternative ("treat" of "treat(?:y|ies)"); None when an alternative
    has none. Why: `fold(text)` holds one of them wherever the regex matches in `text`
    (`fold` gives each character the form of every character it matches ignoring case, and
    no ASCII letter, digit, space or hyphen matches a character that folds otherwise), so a
    text without any of them is not searched (`_may_hold`)."""
    heads = []
    for alt in split_top(alts):
        head = plain.match(alt).group(0)  # type: ignore[union-attr]
        if alt[len(head):len(head) + 1] in ("?", "*", "{"):
            head = head[:-1]  # "deals?": the last character is optional
        if not head:
            return None
        heads.append(head.lower())
    return tuple(heads)


def _may_hold(words: tuple[str, ...] | None, s: Sentence) -> bool:
    """False only when sentence `s` holds none of `words` (see `_plain_phrases`): a regex
    whose every match begins with one of them cannot match in it."""
    if words is None:
        return True
    return any(map(cues().filter.folded(s).__contains__, words))


def _rx(alts: str) -> _WordRx:
    """Whole words, case-insensitive. Cue lists are long alternations that most sentences do not
    contain: a `FastRx` looks for them only where one of their first words stands (same
    matches, many times faster). The pattern is kept whole, so the order of its alternatives,
    and so which one wins at a position, is unchanged."""
    if first_word_keys(alts) is not None:
        return FastRx([alts])
    return words_rx(alts)


@lru_cache(maxsize=1)
def cues() -> _Cues:
    rows = read_table("meeting_cues.csv")
    by: dict[str, list[tuple[str, str]]] = {}
    for r in rows:
        by.setdefault(r["kind"], []).append((r["pattern"], r.get("value") or ""))
    # a postponed meeting is still a plan: its cues are status cues of that value; so is one
    # that "was supposed to" happen (round 45: `unfulfilled`), whose date is no more held
    by["postponed"] = by.get("postponed", []) + by.get("unfulfilled", [])
    by["status"] = by["status"] + [(p, "planned") for p, _ in by["postponed"]]
    joined = {k: "|".join(p for p, _ in v) for k, v in by.items()}
    lists = {f"{k}{i}": [p] for k in ("trigger", "status", "level")
             for i, (p, _) in enumerate(by[k])}
    lists.update({k: [joined[k]] for k in ("mediator", "outcome", "venue")})
    lists["any_trigger"] = [joined["trigger"]]
    return _Cues(
        trigger=[(_rx(p), v) for p, v in by["trigger"]],
        exclude=re.compile(r"(?:" + joined["exclude"] + r")\s*$", re.IGNORECASE),
        exclude_tails=_plain_tails(joined["exclude"]),
        status=[(_rx(p), v) for p, v in by["status"]],
        level=[(_rx(p), v) for p, v in by["level"]],
        mediator=_rx(joined["mediator"]),
        outcome=_rx(joined["outcome"]),
        venue=_rx(joined["venue"]),
        absent=re.compile(r"\W{0,3}(?:who\s+|which\s+|that\s+)?(?:" + joined["absent"]
                          + r")(?![\w-])", re.IGNORECASE),
        # "on the sidelines of the inaugural X summit", "... of the Copenhagen X summit": one
        # word may precede; so may a capitalised name and "and"/"or" (round 42: "on the
        # margins of OSCE and UN gatherings", "without Aliyev or Pashinyan"); round 45: that
        # name may have whose name it is ("known as Stepanakert by Armenians and Khankendi")
        absent_before=re.compile(r"(?<![\w-])(?:" + joined["absent_before"]
                                 + r")\s+(?:the\s+|a\s+|an\s+|any\s+)?(?:[\w-]+\s+)?"
                                 r"(?:(?-i:[A-Z])[\w-]*\s+(?:(?:by|to)\s+(?:the\s+)?[\w-]+\s+)?"
                                 r"(?:and|or)\s+)?$",
                                 re.IGNORECASE),
        separate=re.compile(r"(?<![\w-])(?:" + joined["separate"] + r")(?![\w-])", re.IGNORECASE),
        separate_words=_plain_phrases(joined["separate"]),
        unrealised=re.compile(r"(?<![\w-])(?:" + joined["unrealised"] + r")(?![\w-])",
                              re.IGNORECASE),
        negated=re.compile(r"(?:(?<![\w'’-])|(?<=\w)(?=n['’]t))(?:" + joined["negation"]
                           + r")\s+(?:(?:" + joined["negation_gap"] + r")\s+){0,3}(?:[\w-]+\s+)?$",
                           re.IGNORECASE),
        # an apposition may stand between: "X, an aide to Y, wrote on X that the meeting ..."
        announce=re.compile(r"^\W{0,3}(?:(?:a|an|the)\s+[^,;:.()\"“”]{1,50}?,\s+)?(?:\w+\s+){0,2}?"
                            r"(?:" + joined["announce_verb"] + r")\b", re.IGNORECASE),
        source_tail=re.compile(r"(?:['’]s)?(?:\s+[\w'’-]+){0,2}\s+(?:" + joined["source_verb"]
                               + r")(?![\w-])", re.IGNORECASE),
        speaks_after=re.compile(r"\s+(?:" + joined["source_verb"] + r")(?![\w-])", re.IGNORECASE),
        speech_tail=re.compile(r"(?:\s+and|,)\s+(?:(?:also|later|then)\s+)?(?:"
                              + joined["source_verb"] + "|" + joined["source_participle"]
                              + r")(?![\w-])", re.IGNORECASE),
        said_verb=re.compile(r"(?<![\w-])(?:" + joined["source_verb"] + r")(?![\w-])",
                             re.IGNORECASE),
        envoy_of_before=re.compile(r"(?<![\w-])(?:" + joined["envoy_title"]
                                   + r")\s+(?:of|to)\s+(?:the\s+)?$", re.IGNORECASE),
        envoy_after=re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:" + joined["envoy_title"]
                               + r")(?![\w-])", re.IGNORECASE),
        said_on=re.compile(r"(?<![\w-])(?:" + joined["source_verb"] + r")\s+(?:\w+\s+){0,2}?"
                           r"(?:(?:during|at|in)\s+(?:\w+\s+){1,3}?)?"
                           r"(?:on|last|this|early|late|earlier)\s+(?:the\s+)?$", re.IGNORECASE),
        # right before a place: where something was said ("told reporters in X")
        said_in=re.compile(r"(?<![\w-])(?:" + joined["source_verb"] + r")\s+(?:\w+\s+){0,2}?"
                           r"(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE),
        role_levels=[(re.compile(r["pattern"], re.IGNORECASE), r["level"])
                     for r in read_table("level_roles.csv")],
        named_thing=re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:" + joined["named_thing"]
                               + r")(?![\w-])", re.IGNORECASE) if by.get("named_thing") else None,
        document=re.compile(r"(?<![\w-])(?:" + joined["document"] + r")(?![\w-])",
                            re.IGNORECASE) if by.get("document") else None,
        document_words=_plain_phrases(joined["document"]) if by.get("document") else None,
        document_modifier=re.compile(r"(?:^|(?<![\w-]))(?:" + joined["document_modifier"]
                                     + r")$", re.IGNORECASE)
        if by.get("document_modifier") else None,
        sides=frozenset(v for _, v in by["side"]),
        mediator_states=frozenset(v for _, v in by["mediator_state"]),
        no_party=frozenset(v for _, v in by.get("no_party", [])),
        one_by_one=re.compile(r"(?:" + "|".join(p for p, _ in by["one_by_one"]) + r")",
                              re.IGNORECASE) if by.get("one_by_one") else None,
        postponed=re.compile(r"(?:" + "|".join(p for p, _ in by.get("postponed", [])) + r")",
                             re.IGNORECASE) if by.get("postponed") else None,
        delegation_head=re.compile(r"(?<![\w-])(?:" + "|".join(
            p for p, _ in by["delegation_head"]) + r")(?![\w-])", re.IGNORECASE)
        if by.get("delegation_head") else None,
        earlier_modifier=re.compile(r"(?<![\w-])(?:" + joined["earlier_modifier"]
                                    + r")\s+$", re.IGNORECASE)
        if by.get("earlier_modifier") else None,
        inviter=re.compile(r"(?<![\w-])(?:" + joined["inviter"] + r")\s+(?:the\s+)?"
                           r"(?:[\w'’.-]+\s+){0,6}$", re.IGNORECASE)
        if by.get("inviter") else None,
        instance=re.compile(r"(?<![\w-])(?:" + joined["instance"] + r")\s+(?:in|at)\s",
                            re.IGNORECASE) if by.get("instance") else None,
        unasserted=re.compile(r"^\W{0,3}(?:" + "|".join(p for p, _ in by["unasserted"])
                              + r")\s*:", re.IGNORECASE) if by.get("unasserted") else None,
        topic_pair=re.compile(r"(?<![\w-])(?:" + joined["topic_pair"] + r")\s+between\s+",
                              re.IGNORECASE) if by.get("topic_pair") else None,
        head_apposition=re.compile(r",\s+(?:" + joined["head_apposition"] + r")\s+by\s+",
                                   re.IGNORECASE) if by.get("head_apposition") else None,
        no_mediator=re.compile(r"(?<![\w-])(?:" + joined["no_mediator"] + r")(?![\w-])",
                               re.IGNORECASE) if by.get("no_mediator") else None,
        takes_part=re.compile(r"(?<![\w-])(?:" + joined["takes_part"] + r")\s*$",
                              re.IGNORECASE) if by.get("takes_part") else None,
        reacts=re.compile(r"\W{0,3}(?:[\w'’-]+\s+){0,2}?(?:" + joined["reaction_verb"]
                          + r")\s+(?:the|a|an|their|its|this|these|next|upcoming|planned|"
                          r"today['’]s|yesterday['’]s|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}",
                          re.IGNORECASE) if by.get("reaction_verb") else None,
        repeated=re.compile(r"(?<![\w-])(?:" + joined["repeated"] + r")(?![\w-])",
                            re.IGNORECASE) if by.get("repeated") else None,
        attends=re.compile(r"(?<![\w-])(?:" + joined["attends"] + r")\s+(?:both\s+)?(?:the|a|an|"
                           r"this|that|this\s+year['’]s|last\s+year['’]s)\s+((?:[\w'’.-]+\s+){0,5}?)$",
                           re.IGNORECASE) if by.get("attends") else None,
        # (", who said that ...": what a participant reports is no part of the meeting either)
        contrast=re.compile(r",\s+(?:" + joined["contrast"] + r"|who\s+(?:also\s+|later\s+)?(?:"
                            + joined["source_verb"] + r"))\s+", re.IGNORECASE)
        if by.get("contrast") else None,
        joins=re.compile(r"(?<![\w-])(?:" + joined["joins"] + r")(?![\w-])", re.IGNORECASE)
        if by.get("joins") else None,
        attends_any=re.compile(r"(?<![\w-])(?:" + joined["attends"] + r")\s+(?:both\s+)?(?:the|a|"
                               r"an|this|that)\s+(?:[\w'’.-]+\s+){0,5}$", re.IGNORECASE)
        if by.get("attends") else None,
        sport=re.compile(r"(?<![\w-])(?:" + joined["sport"] + r")(?![\w-])", re.IGNORECASE)
        if by.get("sport") else None,
        fulfilled=re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:" + joined["fulfilled"] + r")(?![\w-])",
                             re.IGNORECASE) if by.get("fulfilled") else None,
        no_one_after=re.compile(r"\s+(?:" + joined["no_one"] + r")(?![\w-])", re.IGNORECASE)
        if by.get("no_one") else None,
        no_one_before=re.compile(r"(?<![\w-])(?:" + joined["no_one"] + r")\s+(?:he|she|they|we|"
                                 r"I|you)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
        if by.get("no_one") else None,
        hearsay=re.compile(r"(?<![\w-])(?:" + joined["hearsay"] + r")\s+(?:(?:in|by|from|on)\s+"
                           r"[^,;:.]{1,50}?\s+)?(?:of|about|that)\s+(?:[\w'’-]+\s+){0,12}$",
                           re.IGNORECASE) if by.get("hearsay") else None,
        hearsay_word=re.compile(r"(?<![\w-])(?:" + joined["hearsay"] + r")(?![\w-])",
                                re.IGNORECASE) if by.get("hearsay") else None,
        denial=re.compile(r"(?<![\w-])(?:" + joined["denial"] + r")(?![\w-])", re.IGNORECASE)
        if by.get("denial") else None,
        not_sent=re.compile(r"\s*(?:" + joined["not_sent"] + r")(?![\w-])", re.IGNORECASE)
        if by.get("not_sent") else None,
        consequence=re.compile(r",?\s+(?:which|that)\s+(?:later\s+|eventually\s+|in\s+turn\s+)?(?:"
                               + joined["consequence"] + r")(?![\w-])[^,;:.]*$", re.IGNORECASE)
        if by.get("consequence") else None,
        begun_on=re.compile(r"\b(?:had\s+)?(?:" + joined["begun_verb"] + r")\s+(?:on\s+)?$",
                            re.IGNORECASE),
        ended_on=re.compile(r"\b(?:" + joined["ended_verb"] + r")\s+(?:on\s+)?$", re.IGNORECASE),
        founds=re.compile(r"(?<![\w-])(?:" + joined["founds"] + r")\s+(?:(?:a|an|the|new|"
                          r"joint|bilateral|two|its|their|separate|permanent)\s+){0,3}$",
                          re.IGNORECASE) if by.get("founds") else None,
        agreed_at=re.compile(r"(?<![\w-])(" + joined["agreed_at"] + r")(?:\s+(?:a|an|the|their)"
                             r"(?:\s+[\w-]+){1,4}?)?\s+(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)
        if by.get("agreed_at") else None,
        # a state's formal name may stand between ("a visit to the Kingdom of Spain")
        object_before=re.compile(r"(?<![\w-])(?:" + joined["object_before"] + r")\s+(?:the\s+)?"
                                 r"(?:(?:Kingdom|(?:Federal\s+|Islamic\s+)?Republic|State|"
                                 r"Principality|Sultanate)\s+of\s+)?$",
                                 re.IGNORECASE) if by.get("object_before") else None,
        denies=re.compile(r"(?<![\w-])(?:" + joined["denies"] + r")\s+(?:(?:on|in)\s+[^,;:.]{1,50}?"
                          r"\s+)?that\s+(?:(?!(?:when|while|as|after|before|during|since|where|at|"
                          r"in|on)\s)[\w'’-]+\s+){0,8}$", re.IGNORECASE)
        if by.get("denies") else None,
        denied_as=re.compile(r"(?<![\w-])(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"
                             r"\s+(?:[a-z]+ly\s+)?(?:" + joined["denied_as"] + r")(?![\w-])",
                             re.IGNORECASE) if by.get("denied_as") else None,
        habit=re.compile(r"(?:" + joined["habit"] + r")(?![\w-])", re.IGNORECASE)
        if by.get("habit") else None,
        habit_perfect=re.compile(r"(?:" + joined["habit_perfect"] + r")(?![\w-])",
                                 re.IGNORECASE) if by.get("habit_perfect") else None,
        namesake=re.compile(r"(?<![\w'’-])(?:a|an|one)\s+(?:[\w'’-]+\s+){0,3}?(?:"
                            + joined["namesake"] + r")\s+$", re.IGNORECASE)
        if by.get("namesake") else None,
        fiction=re.compile(r"\W*(?:in|on|inside)\s+(?:the|this|that|its|his|her|their|a|an)\s+"
                           r"(?:[\w'’-]+\s+){0,2}?(?:" + joined["fiction"] + r")(?:['’]s?\s+"
                           r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s*,", re.IGNORECASE)
        if by.get("fiction") else None,
        # the question runs from "whether/if" to the trigger, words only (no clause break)
        asks=re.compile(r"(?<![\w-])(?:" + joined["asks"] + r")\s+(?:[\w'’-]+\s+){0,6}?"
                        r"(?:whether|if)\s+(?:[\w'’-]+\s+){0,10}$", re.IGNORECASE)
        if by.get("asks") else None,
        # group 1: an inverted condition ("should", "had"), opening the sentence only, which
        # needs its subject right after it (see `_conditional`); groups 2 and 3: a plain one
        # ("if"), opening the sentence or after a comma
        conditional=re.compile(r"(?:^\W{0,3}(?:(?:but|and|yet|so)\s+)?(?:(" + "|".join(
            p for p, v in by["conditional"] if v == "inverted") + r")|(" + "|".join(
            p for p, v in by["conditional"] if v != "inverted") + r"))|[,;]\s+(?:and\s+|but\s+)?("
            + "|".join(p for p, v in by["conditional"] if v != "inverted") + r"))\s+",
            re.IGNORECASE) if by.get("conditional") else None,
        purpose=re.compile(r"(?<![\w-])(?:" + joined["purpose"] + r")(?![\w-])", re.IGNORECASE)
        if by.get("purpose") else None,
        about_region=re.compile(r"(?<![\w-])(?:" + joined["about_region"] + r")(?![\w-])",
                                re.IGNORECASE) if by.get("about_region") else None,
        about=re.compile(r"(?<![\w-])(?:" + joined["about"] + r")(?![\w-])", re.IGNORECASE),
        not_about=re.compile(r"(?<![\w-])(?:" + joined["not_about"] + r")\s+$", re.IGNORECASE)
        if by.get("not_about") else None,
        needs_guest=re.compile(r"(?:" + joined["needs_guest"] + r")", re.IGNORECASE),
        close_guest=re.compile(r"(?:" + joined["close_guest"] + r")", re.IGNORECASE)
        if by.get("close_guest") else None,
        needs_each=re.compile(r"(?:" + joined["needs_each"] + r")", re.IGNORECASE)
        if by.get("needs_each") else None,
        occasion=re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:" + joined["occasion"]
                            + r")(?![\w-])", re.IGNORECASE) if by.get("occasion") else None,
        occasion_word=re.compile(r"(?:" + joined["occasion"] + r")", re.IGNORECASE)
        if by.get("occasion") else None,
        occasion_of=re.compile(r"(?<![\w-])(?:" + joined["occasion"] + r")\s+of\s+(?:the\s+)?$",
                               re.IGNORECASE) if by.get("occasion") else None,
        mediator_verb=re.compile(r"(?<![\w-])(?:" + joined["mediator_verb"] + r")\s+(?:the|this|"
                                 r"that|these|those|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
        if by.get("mediator_verb") else None,
        host_verb=re.compile(r"(?<![\w-])(?:" + joined["host_verb"] + r")\s+(?:the|this|"
                             r"that|these|those|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
        if by.get("host_verb") else None,
        host_them=re.compile(r"(?:" + joined["host_them"] + r")\s+them(?![\w'’-])", re.IGNORECASE)
        if by.get("host_them") else None,
        relative_meets=re.compile(r"(?<![\w-])(?:" + joined["relative_meets"] + r")(?![\w-])",
                                  re.IGNORECASE) if by.get("relative_meets") else None,
        sides_count=re.compile(r"(?<![\w-])(?:" + joined["sides_count"] + r")-[a-z]+\s*$",
                               re.IGNORECASE) if by.get("sides_count") else None,
        apart=re.compile(r"(?<![\w-])(?:" + joined["apart"] + r")(?![\w-])", re.IGNORECASE)
        if by.get("apart") else None,
        other_encounter=re.compile(r"(?<![\w-])(?:after|before)\s+(?:" + joined["other_encounter"]
                                   + r")\s+", re.IGNORECASE) if by.get("other_encounter") else None,
        proposed_by=re.compile(r"(?:\s+(?!(?:and|but|while|as|said|says|is|are|was|were|will|would)"
                               r"\b)[\w'’.-]+){0,8}?\s+(?:that|which)\s+(?:[\w'’.-]+\s+){1,5}?"
                               r"(?:has\s+|had\s+|have\s+|was\s+|were\s+)?("
                               + joined["proposal_verb"] + r")(?![\w-])", re.IGNORECASE)
        if by.get("proposal_verb") else None,
        said_after=re.compile(r"(?<![\w-])(?:" + joined["said_after"] + r")\s*(?:shortly\s+|"
                              r"just\s+|right\s+|soon\s+)?$", re.IGNORECASE)
        if by.get("said_after") else None,
        agreed_to=re.compile(r"\b(?:(?:the\s+)?(?:two\s+)?(?:" + joined["agreed_subject"]
                             + r")|both\s+sides|they)\s+(?:also\s+)?agreed\s+to\s+$",
                             re.IGNORECASE),
        will_again=re.compile(r"\b(?:(?:the\s+)?(?:two\s+)?(?:" + joined["agreed_subject"]
                              + r")|both\s+sides|the\s+two|they)\s+(?:also\s+)?(?:"
                              + joined["again_modal"] + r")\s+$", re.IGNORECASE)
        if by.get("again_modal") else None,
        # ("the two" alone, a pronoun: "The two last met in Washington in May")
        # (round 44) "the foreign ministers" alone names the pair too (`definite_pair_noun`)
        two_of_them=re.compile(r"\b(?:(?:the\s+two|both)\s+(?:" + joined["pair_noun"]
                               + r")|the\s+two|the\s+(?:" + joined.get("definite_pair_noun",
                                                                       "(?!)")
                               + r")(?!\s+of\b))\s+(?:\w+\s+){0,2}(?:" + joined["pair_verb"]
                               + r")\b[^,;]*$", re.IGNORECASE),
        # round 53: "the ministers" (an `agreed_subject` noun) right before a trigger
        rank_again=re.compile(r"(?<![\w-])the\s+(?:" + joined["agreed_subject"]
                              + r")\s+(?:also\s+|later\s+|then\s+)?$", re.IGNORECASE),
        spoken_in=re.compile(r"(?<![\w-])(?:" + joined["spoken_in"]
                             + r")\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE),
        party_noun=re.compile(r"(?:\s+and\s+\w+)?(?:\s+[a-z]+){0,2}?\s+(?:" + joined["party_noun"]
                              + r")\b", re.IGNORECASE),
        captive_head=re.compile(r"(?<![\w-])(?:" + joined["captive"] + r")$", re.IGNORECASE)
        if by.get("captive") else None,
        # "held" tells custody only after a captive noun ("the talks were held in X" is none);
        # a few adverbs or a relative "who are" may stand between
        custody_before=re.compile(
            r"(?:(?<![\w-])(?:" + joined["custody"] + r")|(?<![\w-])(?:" + joined["captive"]
            + r")\s+(?:(?:still|currently|now|being|long|illegally|unlawfully|(?:who|that)\s+"
            r"(?:are|were|is|was|remain|remained)(?:\s+being)?)\s+){0,2}held)\s+(?:captive\s+)?"
            r"(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
        if by.get("custody") and by.get("captive") else None,
        incident_before=re.compile(
            r"(?<![\w-])(?:after|following|amid|amidst)\s+(?:(?:the|a|an|this|that|these|those|"
            r"their|its|last|new|renewed|deadly|fresh|latest|recent|[\w'’-]+['’]s?)\s+){0,3}(?:"
            + joined["incident"] + r")\s+(?:near|in|at|outside|around|"
            r"along|on)\s+(?:the\s+)?$", re.IGNORECASE) if by.get("incident") else None,
        mode_phrase=tuple((re.compile(r"(?<![\w-])(?:" + p + r")(?![\w-])", re.IGNORECASE), v)
                          for p, v in by.get("mode_phrase", [])),
        mode_needles=needles([a for p, _ in by.get("mode_phrase", []) for a in split_top(p)]),
        joins_before=re.compile(r"(?<![\w-])(?:" + joined["joins"] + r")\s+(?:in\s+|into\s+)?"
                                r"(?:the|a|an|their|its|this|that|these)\s+(?:[\w-]+\s+){0,2}$",
                                re.IGNORECASE) if by.get("joins") else None,
        absent_if_held=re.compile(r"\W{0,3}(?:who\s+|which\s+|that\s+)?(?:"
                                  + joined["absent_if_held"] + r")(?![\w-])", re.IGNORECASE)
        if by.get("absent_if_held") else None,
        absence_held_verb=re.compile(r"(?:" + joined["absence_held_verb"] + r")(?![\w-])",
                                     re.IGNORECASE) if by.get("absence_held_verb") else None,
        denied_anaphor=re.compile(r"(?<![\w-])(?:" + joined["denied_anaphor"]
                                  + r")\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
        if by.get("denied_anaphor") else None,
        denied_object=re.compile(r"(?<![\w-])(?:" + joined["denies"] + r")\s+(?:"
                                 + joined["denied_object"] + r")\s*(?:[,;:.!]|$)", re.IGNORECASE)
        if by.get("denied_object") and by.get("denies") else None,
        counterfactual=re.compile(r"(?<![\w-])(?:" + joined["counterfactual"]
                                  + r")\s+(?:(met|held|had|sat|spoken|[a-z]+ed)\s+"
                                  r"(?:[\w-]+\s+){0,2}?)?$", re.IGNORECASE)
        if by.get("counterfactual") else None,
        filter=CueFilter("meetings", lists),
        rows={k: tuple(f"{k}{i}" for i in range(len(by[k])))
              for k in ("trigger", "status", "level")},
        words={k: _plain_phrases(v, _PLAIN_HEAD_QUOTES if k == "negation" else _PLAIN_HEAD)
               for k, v in joined.items()},
    )


# --- actors: parties, levels -------------------------------------------------------------------
@lru_cache(maxsize=4096)
def party_of(actor_id: str) -> str | None:
    """The state or organisation an actor represents (a person -> the org of their office or
    their state; a government body -> its state; EU institutions -> european-union)."""
    g = gazetteer.load_gazetteer()
    a = g.actors.get(actor_id)
    if a is None:
        return None
    if a.kind in ("state",):
        return actor_id
    if a.kind == "organisation":
        return _org_parent(actor_id)
    orgs = sorted({o.org for o in getattr(g, "offices", ()) if o.holder == actor_id})
    for org in orgs:
        oa = g.actors.get(org)
        if oa is not None and oa.kind == "organisation":
            return _org_parent(org)
    if a.role and re.search(r"\bEuropean (Council|Union|Commission)\b|\bEU\b", a.role):
        return "european-union"
    office = _role_orgs().search(a.role) if a.role and "of the " in a.role else None
    if office is not None:
        return _org_parent(_org_by_name()[office.group(1)])
    if a.country:
        return gazetteer.state_of_country(a.country)
    return orgs[0] if orgs else None


#: Institutions of the European Union, which meet and mediate as the EU. Not every
#: "European ..." body is one: the Court of Human Rights is the Council of Europe's, and the
#: European Political Community is a forum of some 47 states.
_EU_INSTITUTIONS = frozenset({"european-commission", "european-council", "european-parliament"})


def _org_parent(org: str) -> str:
    return "european-union" if org in _EU_INSTITUTIONS else org


@lru_cache(maxsize=1)
def _org_bodies() -> dict[str, str]:
    """An organisation whose name is another organisation's name and more ("OSCE Minsk Group"
    after "OSCE") is a body of it: at a meeting the two are one party."""
    names = _org_by_name()
    out = {}
    for name, org in names.items():
        words = name.split()
        for k in range(len(words) - 1, 0, -1):
            parent = names.get(" ".join(words[:k]))
            if parent is not None:
                out[org] = parent
                break
    return out


@lru_cache(maxsize=1)
def _role_orgs() -> re.Pattern[str]:
    """An office "of the <organisation>" in a person's gazetteer role ("co-chair of the OSCE
    Minsk Group", "Secretary-General of the United Nations"): the person acts for it."""
    names = sorted(_org_by_name(), key=len, reverse=True)
    return re.compile(r"\bof the (" + "|".join(map(re.escape, names)) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _org_by_name() -> dict[str, str]:
    """The gazetteer's organisations by name (shared by `_org_bodies` and `_role_orgs`)."""
    g = gazetteer.load_gazetteer()
    return {a.name: a.actor_id for a in g.actors.values() if a.kind == "organisation"}


def _is_organisation(actor_id: str) -> bool:
    a = gazetteer.load_gazetteer().actors.get(actor_id)
    return a is not None and a.kind == "organisation"


def is_person(actor_id: str) -> bool:
    a = gazetteer.load_gazetteer().actors.get(actor_id)
    return a is not None and a.kind == "person"


@lru_cache(maxsize=4096)
def level_of_person(actor_id: str) -> str | None:
    """The meeting level a person's office implies (from `level_roles.csv`)."""
    g = gazetteer.load_gazetteer()
    a = g.actors.get(actor_id)
    if a is None or a.kind != "person":
        return None
    texts = [a.role or ""] + [getattr(o, "office", "") or getattr(o, "office_id", "") or ""
                              for o in getattr(g, "offices", ()) if o.holder == actor_id]
    for rx, level in cues().role_levels:
        for t in texts:
            if rx.search(t.replace("_", " ").replace("-", " ")):
                return level
    return None


# --- per-article extraction -----------------------------------------------------------------------
@dataclass
class _Cand:
    sent: Sentence
    triggers: list[tuple[int, int]]
    mode: str
    date: DateMention | None = None
    place: Mention | None = None
    venue: tuple[int, int] | None = None
    participants: dict[str, Mention] = field(default_factory=dict)
    mediator: tuple[str, Mention] | None = None
    status: str | None = None
    status_span: tuple[int, int] | None = None
    level: str | None = None
    level_explicit: bool = False
    level_span: tuple[int, int] | None = None
    outcomes: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    anaphoric: bool = False
    inherited_parties: bool = False
    #: "ended four days of talks on Thursday, held from May 1": the day the talks began
    date_from: DateMention | None = None
    #: "held separate talks with X": a side encounter, part of a larger meeting only when it
    #: brings no party that meeting lacks
    separate: bool = False
    #: one of the encounters `_split_separate` made: the third party met each side in turn,
    #: a mediator's round even though each encounter has one side only
    shuttle: bool = False
    #: what `_fill` needs from its sentence while the candidate is only a draft (see
    #: `_draft_candidates`); None once it is filled
    frame: _Frame | None = field(default=None, repr=False, compare=False)


@dataclass
class _Frame:
    """A sentence's trigger grouping, kept for filling its candidates later (`_fill`)."""

    points: list[int]  # every trigger's start in the sentence
    doc_names: list[tuple[int, int]]  # see `_document_names`
    groups: list[_Cand]  # every candidate of the sentence, in order


_DATE_BLOCKERS = re.compile(r"(?:\bof|\bsince|\buntil|\btill|\bafter|\bbefore|\bfollowing|"
                            r"\bby|\bfrom|\bsigned in|\bconcluded in)\s+(?:the\s+)?$",
                            re.IGNORECASE)
#: between a trigger and a later phrase: another clause opens ("..., and a statement came out")
_COMMA_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|as)\s|[;:]", re.IGNORECASE)
#: right before a date: a part of its day after a preposition ("into the evening of 6 October",
#: "on the night of 9 November"), which is when, not a thing the date belongs to (round 39;
#: "the signing night of November 9-10" names an occasion)
_PART_OF_DAY_OF = re.compile(r"(?<![\w-])(?:into|on|in|during|through|over)\s+the\s+"
                             r"(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|small\s+"
                             r"hours|early\s+hours)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: right before a date: "after Azerbaijan's" (September offensive): the date of a happening
#: another time than the meeting, named by whose it was (names are capitalised: no IGNORECASE)
_AFTER_WHOSE = re.compile(r"\b(?:[Ss]ince|[Aa]fter|[Bb]efore|[Ff]ollowing)\s+(?:the\s+)?"
                          r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?\s+$")
#: between a date and the trigger right after it: the date qualifies the trigger's noun
#: (round 61: "after Friday's meeting of A and B", "before the Tuesday talks": that
#: meeting's own day, whatever the word before the date)
_DATE_OF_NOUN = re.compile(r"(?:['’]s)?[ \u00a0]+")
_SENTENCE_ADVERBIAL = re.compile(r"^(?:On|In|At|Earlier|Later|Last|This|Next|Then)\b[^,]{0,40},?\s*"
                                 r"$|^$")
_MAX_DATE_DISTANCE = 90
#: Where a new clause with its own verb begins ("... on October 8 and will meet ..."); a bare
#: "and" inside a name ("the Organization for Security and Co-operation") is not one.
#: right after a trigger: the encounter is another one after it ("agreed to meet again")
_AGAIN_SOON_AFTER = re.compile(r"\s+(?:\w+\s+)?again\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r"\b(?:and|but)\s+(?:will|would|is|are|was|were|has|have|had|then|later|also|to|plans?|"
    r"plan(?:ned|s)?|agreed|met|held)\b|\b(?:while|whereas)\b|;", re.IGNORECASE)


def _occasion_rx(max_words: int) -> re.Pattern[str]:
    """At most `max_words` words, then the phrase that opens an occasion ("on the sidelines of
    the", "at the", "during a")."""
    return re.compile(rf"\s+(?:[\w-]+\s+){{0,{max_words}}}?(?:on\s+the\s+(?:sidelines|margins|"
                      r"fringes)\s+of|at|during)\s+(?:the|a|an|this|that|last)\b", re.IGNORECASE)


#: between an undated trigger and a later dated one: the later one is the occasion the first was
#: held at ("met on the sidelines of the summit", "talked at the EPC summit")
_OCCASION_OF = _occasion_rx(3)
#: the same, with each name the gap holds read as one word: "met A and B (separately) on the
#: sidelines of the X summit" names who was met before the occasion, however long the names
_OCCASION_OF_NAMED = _occasion_rx(4)
_COORDINATION = re.compile(r"\s*(?:,|and|or|,\s*and)\s*")
#: between two dates: a comma, as between a relative phrase and the date that names it ("The
#: next day, 8 August"; "a year earlier, on 26 November 2021")
_APPOSED_DATE = re.compile(r"\s*,\s*(?:on\s+|in\s+)?")
_ANY_DIGIT = re.compile(r"\d")
#: Longer "sentences" are not prose (tables, scraped junk): no meeting is read from them.
_MAX_SENTENCE_CHARS = 1500
#: between a date and a later trigger: a clause of time opens, with its own verb, before it
_SUBORDINATE_CLAUSE = re.compile(r",\s+(?:after|following|before|ahead of|prior to|since)\s+"
                                 r"(?:the\s+)?(?:two\s+)?(?:sides|parties|leaders|countries|"
                                 r"they|both|he|she|it)\s+(?:[^\s,;]+\s+){1,6}$", re.IGNORECASE)
#: ("the following day they met": "following" after "the" is an adjective, round 39)
_SUBORDINATE_TRIGGER = re.compile(r"\b(after|(?<!the\s)following|before|ahead of|prior to|"
                                  r"since)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}$",
                                  re.IGNORECASE)


#: between a trigger and a later date: a "since" clause still open when the date comes
_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;:.()\"“”]*$", re.IGNORECASE)
#: before a date that comes ahead of its trigger: "since" and a few words of one phrase
#: ("since the offensive in Karabakh on"), no punctuation between
_SINCE_LEAD = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,6}$", re.IGNORECASE)


#: before a date: the hour something agreed takes effect ("from midnight on Sunday")
_FROM_TIME = re.compile(r"\b(?:from|starting|as of|effective)\s+(?:noon|midnight|midday|"
                        r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hours?|local time)?)\s+"
                        r"(?:\(\w+\)\s+)?(?:on\s+)?$", re.IGNORECASE)


#: right after a date, up to a trigger: a "when" clause that the date gives its time ("the first
#: summit since January 11, 2021, when Putin received A and B"), whatever stands before the date
_WHEN_AFTER = re.compile(r",?\s+when\s+[^;:.()\"“”]*$", re.IGNORECASE)


#: after a trigger: a clause of its own opening with a conjunction (", and", ", but")
_AND_CLAUSE = re.compile(r",\s+(?:and|but)\s+")


_THAT_WORD = re.compile(r"\bthat\b", re.IGNORECASE)


def _speech_marks(s: Sentence) -> tuple[list[int], list[int], list[int]]:
    """Where sentence `s` has a coordinated speech verb (", saying", "and said"), a speech
    verb, and a "that" (offsets in the text; remembered on the sentence, asked for by every
    draft of it)."""
    cached = s.__dict__.get("_meeting_speech_marks")
    if cached is None:
        c = cues()
        said = _may_hold(c.words["source_verb"], s)  # most sentences hold no speech verb
        cached = s.__dict__["_meeting_speech_marks"] = (
            [s.start + k.start() for k in c.speech_tail.finditer(s.text)]
            if said or _may_hold(c.words["source_participle"], s) else [],
            [s.start + k.start() for k in c.said_verb.finditer(s.text)] if said else [],
            [s.start + k.start() for k in _THAT_WORD.finditer(s.text)]
            if _may_hold(("that",), s) else [])
    return cached


def _reported_clauses(s: Sentence) -> list[tuple[int, int]]:
    """"the ministers would meet again soon, and X said he expected to see Y in the autumn": a
    clause opened by ", and"/", but" whose subject, a name, is followed by a `source_verb` is
    a report of its own, running to the sentence's end; its names and dates are not those of
    a trigger standing before it (`_fill`, `_date_can_attach`)."""
    cached = s.__dict__.get("_meeting_reported_clauses")
    if cached is not None:
        return cached
    cached = []
    if ", and " in s.text or ", but " in s.text:
        for k in _AND_CLAUSE.finditer(s.text):
            at = s.start + k.end()
            m = next((x for x in s.mentions if x.start == at and x.actor_id is not None), None)
            if m is not None and cues().speaks_after.match(s.text, m.end - s.start):
                cached.append((s.start + k.start(), s.end))
    s.__dict__["_meeting_reported_clauses"] = cached
    return cached


#: a sentence opening with a clause of "since" ("Since the war ended in 2020, ...")
_SINCE_OPENING = re.compile(r"\s*(?:(?:and|but|yet|ever)\s+)?since\s+(?!then\b|\d)", re.IGNORECASE)


def _part_of_its_day(s: Sentence, d: DateMention, t1: int) -> bool:
    """Round 39: "sat with X late into the evening of 6 October": "of" before the date joins it
    to a part of its day, which is when (not "since the night of 9 November": a blocker before
    the part of the day still blocks; nor "talks ran late, and a statement came out in the
    early hours of the next day": a clause of its own after the trigger's)."""
    lo = max(0, d.start - s.start - 60)
    lead = s.text[lo:d.start - s.start]
    pod = _PART_OF_DAY_OF.search(lead)
    if pod is None or _DATE_BLOCKERS.search(lead, 0, pod.start()) is not None:
        return False
    return not (t1 <= d.start and _COMMA_CLAUSE.search(s.text, t1 - s.start, lo + pod.start()))


def _qualifies_trigger(s: Sentence, d: DateMention, t0: int) -> bool:
    """Whether date `d` stands right before the trigger starting at `t0`, qualifying its noun
    ("Friday's meeting", "the 6 October talks")."""
    return d.end <= t0 and _DATE_OF_NOUN.fullmatch(s.text, d.end - s.start,
                                                   t0 - s.start) is not None


def _date_can_attach(s: Sentence, d: DateMention, t0: int, t1: int) -> bool:
    """Whether date `d` can be the date of the trigger at [t0, t1).

    A date that only qualifies something else ("the agreements of November 9", "since May",
    "after the war of 2020") is not the meeting's date; a sentence-initial adverbial ("On May
    25, ...") scopes the whole sentence; otherwise the date must be close to the trigger."""
    if d.date is None:
        return False
    # "the agreements of November 9 and January 11": a coordinated date shares the fate of
    # the first date of its list
    i = s.dates.index(d) if d in s.dates else -1
    for _ in range(8):
        if i <= 0 or not _COORDINATION.fullmatch(
                s.text[s.dates[i - 1].end - s.start:s.dates[i].start - s.start]):
            break
        if s.dates[i - 1] in _named_by_apposition(s):
            break  # "The next day, 8 August, ...": the date names the phrase, no list
        i -= 1
    if i >= 0 and s.dates[i] is not d:
        d = s.dates[i]
        if d.date is None:
            return False
    if _dates_a_place_in_brackets(s, d):
        return False  # "after Paris (January 16)": the day of the meeting held there
    if d.end <= t0 and _WHEN_AFTER.match(s.text, d.end - s.start, t0 - s.start):
        return True  # "since January 11, when X received Y": the time of the "when" clause
    if ";" in (s.text[t1 - s.start:d.start - s.start] if d.start >= t1
               else s.text[d.end - s.start:t0 - s.start]):
        return False  # "A and B held talks in X in 2006; at Y in 2008, C hosted ...": apart
    if d.end <= t0 and _SINCE_OPENING.match(s.text):
        comma = s.text.find(",", d.end - s.start, t0 - s.start)
        if comma >= 0:
            # "Since the peacekeepers left in April 2024, Russia has had no part in the talks":
            # a fronted "since" clause tells what the main clause counts from, not its date
            return False
    before = s.text[max(0, d.start - s.start - 20):d.start - s.start]
    said = cues().said_on.search(s.text, max(0, d.start - s.start - 50), d.start - s.start)
    if said is not None and not s.start + said.start() < t0 < d.start:
        # "X said on Wednesday he was ready to meet", "told lawmakers during question time on
        # Wednesday that ...": the day it was said ("announced the truce in a video call on
        # Tuesday", the trigger inside, is the call's day)
        return False
    if (_DATE_BLOCKERS.search(before) and not _part_of_its_day(s, d, t1)) or (
            "'" in s.text[max(0, d.start - s.start - 4):
                                                     d.start - s.start].replace("’", "'")
                                          and _AFTER_WHOSE.search(s.text, max(
                                              0, d.start - s.start - 40), d.start - s.start)):
        near_trigger = 0 <= d.start - t1 <= 4 or _qualifies_trigger(s, d, t0)
        if not near_trigger:
            return False
    if re.search(r"anniversary\s+of\s+[^.]{0,80}$", s.text[:d.start - s.start], re.IGNORECASE):
        return False
    if _FROM_TIME.search(s.text, max(0, d.start - s.start - 40), d.start - s.start):
        return False  # "a truce from noon on Saturday": when it takes effect, not the talks
    other = _other_encounters(s)
    if other and _inside(d.start, other) and not _inside(t0, other):
        return False  # "After meeting A on Monday, X held talks with B": A's day
    if d.end <= t0 and _SUBORDINATE_CLAUSE.search(s.text, d.end - s.start, t0 - s.start):
        # "X was freed on Wednesday, after the sides reached a deal in direct talks": the
        # date is the main clause's, the talks stand in a clause of their own
        return False
    if d.end <= t0 and (sub := _SUBORDINATE_TRIGGER.search(
            s.text[max(0, t0 - s.start - 30):t0 - s.start])) is not None and not (
            sub.group(1).lower() != "since" and _qualifies_trigger(s, d, t0)):
        # "X happened on May 3 after talks between ...": the date is the main clause's (not
        # "after Friday's meeting of A and B": that meeting's own day)
        return False
    if d.start >= t1 and any(t1 <= r0 <= d.start for r0, _ in _reported_clauses(s)):
        return False  # "..., and X said he expected to see Y in the autumn": X's report
    if d.end <= t0 and _SINCE_LEAD.search(s.text, max(0, d.start - s.start - 60),
                                          d.start - s.start):
        # round 34: "the first time since the offensive in X on <day> that the two were to
        # meet": the date a "since" phrase before the trigger counts from is not its date
        return False
    if d.start >= t1 and _clause_of_its_own(s, t1, d.start):
        return False  # round 47: "X met Y in P, and in June Z visited Q": Z's visit's month
    if d.start >= t1 and _SINCE_CLAUSE.search(s.text, t1 - s.start, d.start - s.start):
        # "their first summit since the Armenian leader came to power last spring": the date
        # is the reference point of the "since" clause, not the meeting's
        return False
    if d.start >= t1 and (who := _WHO_AFTER.search(s.text, t1 - s.start, d.start - s.start)):
        rm = cues().relative_meets
        if rm is None or not rm.search(s.text, who.end(), d.start - s.start):
            return False  # "met Lavrov, who chaired a session last year": the clause's own time
    if d.end <= t0 and _relative_closed_before(s, d.start, d.end, t0):
        return False  # "X, who met Y in May 2023, said he was ready to host talks": the clause's
    if d.start >= t1 and _relative_clause_date(s, d, t1):
        return False  # "held talks on the treaty, whose text was agreed in March": the treaty's
    lead = s.text[:d.start - s.start]
    if d.end <= t0 and _SENTENCE_ADVERBIAL.match(lead.strip()):
        return True
    lo, hi = (t1, d.start) if d.start >= t1 else (d.end, t0)
    if d.start >= t1 and d.start - t1 > _MAX_DATE_DISTANCE:
        lo = _predicate_end(s, t0, t1, d.start)
    named = sum(max(0, min(m.end, hi) - max(m.start, lo)) for m in s.mentions)
    return (hi - lo) - named <= _MAX_DATE_DISTANCE


#: between a trigger and a later date: a non-restrictive ", whose/which" clause still open at the
#: date, after a word of its own (the clause's antecedent; group 1)
_WHOSE_WHICH_OPEN = re.compile(r"(?<![\w'’-])([\w'’-]+)\s*,\s+(?:whose|which)\b([^,;:()\"“”–—]*)$",
                               re.IGNORECASE)
#: in such a clause: it tells when a gathering took place, so its date may be the meeting's
_TOOK_PLACE = re.compile(r"\b(?:held|took\s+place|began|begun|opened|ended|closed|convened)\b",
                         re.IGNORECASE)


def _relative_clause_date(s: Sentence, d: DateMention, t1: int) -> bool:
    """Round 36: whether date `d`, after the trigger ending at `t1`, stands in a ", whose ..."
    or ", which ..." clause about a thing named after the trigger ("held negotiations on the
    peace treaty, whose text was agreed in March"): the time of that thing, not the meeting's.
    A clause about the trigger itself or a gathering ("talks, which ended on ...", "the summit,
    which opened on ..."), or one telling an encounter ("Prague, which hosted them on ...") or
    that something took place, may give the meeting's date."""
    k = _WHOSE_WHICH_OPEN.search(s.text, t1 - s.start, d.start - s.start)
    if k is None:
        return False
    clause = k.group(2)
    if _TOOK_PLACE.search(clause):
        return False
    rm = cues().relative_meets
    if rm is not None and rm.search(clause):
        return False
    ow = cues().occasion_word
    if ow is not None and ow.fullmatch(k.group(1)):
        return False
    w0 = s.start + k.start(1)
    return not any(a0 <= w0 < a1 for a0, a1, _ in _find_triggers(s))


#: the verb of a meeting noun that is its clause's subject: "The meeting of ..., headed by ...,
#: was held on ..."; a relative pronoun right before makes it a clause inside the subject
_HELD_PREDICATE = re.compile(r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                             r"(?:held|convened|organi[sz]ed)|took\s+place)\b", re.IGNORECASE)
_RELATIVE_JUST_BEFORE = re.compile(r"\b(?:which|that|who|where|when)\s+$", re.IGNORECASE)


def _predicate_end(s: Sentence, t0: int, t1: int, d0: int) -> int:
    """Where the distance from a meeting noun to a later date is measured from: the end of its
    predicate ("was held", "took place") when the noun opens its clause as its subject and the
    predicate is the first one after it, outside a relative clause; else the noun's end. Agency
    readouts put a long subject (titles, commissions and who heads them) between the two."""
    pred = _HELD_PREDICATE.search(s.text, t1 - s.start, d0 - s.start)
    if pred is None or _RELATIVE_JUST_BEFORE.search(s.text, max(0, pred.start() - 12),
                                               pred.start()) is not None:
        return t1
    if not _SUBJECT_TRIGGER.fullmatch(s.text, _clause_start(s, t0), t0 - s.start):
        return t1
    return s.start + pred.end()


#: right after a meeting's date: a second round of the same verb, at another place and date
#: ("met in Brussels on July 15, and in Chisinau on June 1")
_AND_IN = re.compile(r"\s*(?:,?\s*and\s+(?:then\s+|later\s+|again\s+|also\s+|earlier\s+|"
                     r"previously\s+)?|,\s*then\s+(?:again\s+)?)(?:in|at)\s+",
                     re.IGNORECASE)


def _another_round(s: Sentence, g: _Cand) -> list[tuple[int, int]]:
    """The span of a coordinated second round after the meeting's date ("..., and in Moscow on
    May 19 with Lavrov"): its place and people are that round's, not this meeting's. Only when
    that part names a date of its own, up to the end of its clause."""
    d = g.date
    if d is None or d.start < g.triggers[-1][1]:
        return []
    m = _AND_IN.match(s.text, d.end - s.start)
    if m is None:
        return []
    lo = s.start + m.start()
    stop = re.compile(r"[;.]").search(s.text, m.end())
    hi = s.start + (stop.start() if stop else len(s.text))
    if not any(lo <= x.start < hi for x in s.dates if x is not d):
        return []
    return [(lo, hi)]


#: a coordinated second round of a trigger verb told before it ("met in Brussels on 14 May,
#: and again in Chisinau on 1 June"): "and" and its adverb, before "in"/"at" and a place
#: (round 52: an earlier round too, "met in X on 10 May, and earlier in Y on 28 February")
#: (round 57: or a comma and "then" alone, "met in Almaty in May, then in Washington in
#: November", `_THEN_ROUND`)
_SECOND_ROUND = re.compile(r",?\s*(and\s+(?:then\s+|later\s+|again\s+|also\s+|earlier\s+|"
                           r"previously\s+)?|(?<=,\s)then\s+(?:again\s+)?)(?:in|at)\s+"
                           r"(?:the\s+)?", re.IGNORECASE)
#: what every match of `_SECOND_ROUND` holds from its group 1 on: a search for it, which
#: starts with a word, is many times cheaper than one for `_SECOND_ROUND`, whose optional
#: comma and spaces make it start a try at every character
_SECOND_ROUND_CORE = re.compile(r"(?:and\s+(?:(?:then|later|again|also|earlier|previously)\s+)?|"
                                r"then\s+(?:again\s+)?)(?:in|at)\s",
                                re.IGNORECASE)
#: round 57: a second round's own "then" after a comma (no "and"): the cheap guard of
#: `_second_rounds` for sentences without "and"
_THEN_ROUND = re.compile(r",\s*then\s", re.IGNORECASE)


def _second_rounds(s: Sentence, out: Sequence[tuple[int, int, str]]
                   ) -> list[tuple[int, int, str]]:
    """'A and B met in Prague on 6 October, and again in Sochi on 31 October with C': the
    coordinated "and (again) in <place>" after the first trigger's date tells a second
    encounter of the same verb, a trigger of its own (its span the "and again"), when the
    place is a gazetteer place right after "in"/"at" and its clause (up to a stop) names a
    date of its own. The first trigger keeps its own date and place (`_another_round`)."""
    if not out or ("and" not in s.text and _THEN_ROUND.search(s.text) is None):
        return []
    found: list[tuple[int, int, str]] = []
    rounds = _SECOND_ROUND.finditer(s.text) if _SECOND_ROUND_CORE.search(s.text) else ()
    for m in rounds:
        before = [t for t in out if t[1] - s.start <= m.start()]
        if not before:
            continue
        at = s.start + m.end()
        if not any(x.start == at and x.place_id is not None for x in s.mentions):
            continue
        stop = _SENTENCE_STOP.search(s.text, m.end())
        hi = s.start + (stop.start() if stop else len(s.text))
        if not any(d.end <= s.start + m.start() for d in s.dates) or \
                not any(at < d.start < hi for d in s.dates):
            continue  # the first round names a date, the second another one
        word = m.group(1).rstrip()
        found.append((s.start + m.start(1), s.start + m.start(1) + len(word), before[-1][2]))
    if _DATED_ROUND_CORE.search(s.text):
        found.extend(_dated_second_rounds(s, out))
    if _AGAIN_ON.search(s.text):
        found.extend(_again_date_chain(s, out, found))
    own = _own_date_chain(s, out, found)
    if own:
        found.extend(own)
        s.__dict__["_meeting_again_chain"] = {
            *s.__dict__.get("_meeting_again_chain", ()), *(t[0] for t in own)}
    s.__dict__["_meeting_second_rounds"] = {t[0] for t in found}
    return found


#: round 45: "..., and in November in Sochi": "and" and a time phrase opening a second round
_DATED_ROUND = re.compile(r",?\s*(and\s+(?:then\s+|later\s+|again\s+)?|"
                          r"(?<=,\s)then\s+(?:again\s+)?)(?:in|on)\s+",
                          re.IGNORECASE)
_DATED_ROUND_CORE = re.compile(r"(?:and\s+(?:(?:then|later|again)\s+)?|then\s+(?:again\s+)?)"
                               r"(?:in|on)\s", re.IGNORECASE)
#: between a second round's date and its place
_DATE_TO_PLACE = re.compile(r"\s*,?\s*(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)


def _dated_second_rounds(s: Sentence, out: Sequence[tuple[int, int, str]]
                         ) -> list[tuple[int, int, str]]:
    """Round 45: "In January they met in Moscow, and in November in Sochi": the coordinated
    "and in <date> in <place>" after a trigger whose clause names a date of its own before
    "and" is a second encounter of the same verb (as `_second_rounds`, with the date first),
    when the place is a gazetteer place and nothing but the date stands between."""
    found: list[tuple[int, int, str]] = []
    for m in _DATED_ROUND.finditer(s.text):
        before = [t for t in out if t[1] - s.start <= m.start()]
        if not before:
            continue
        at = s.start + m.end()
        d = next((x for x in s.dates if x.start == at), None)
        if d is None or not any(x.end <= s.start + m.start() for x in s.dates):
            continue
        gap = _DATE_TO_PLACE.match(s.text, d.end - s.start)
        if (gap is None or not any(x.start == s.start + gap.end() and x.place_id is not None
                                   for x in s.mentions)) and not _again_dated_alone(m, s, d):
            continue
        word = m.group(1).rstrip()
        found.append((s.start + m.start(1), s.start + m.start(1) + len(word), before[-1][2]))
    return found


#: round 48: after the date of an "and again on <date>" round: the sentence ends
_AGAIN_DATE_END = re.compile(r"\s*[.!]?\s*")


def _again_dated_alone(m: re.Match[str], s: Sentence, d: DateMention) -> bool:
    """Round 48: "X hosted A and B on 14 December 2021, and again on 6 April 2022.": "and again"
    and a date of its own that ends the sentence is a second encounter without a place named
    (the adverb "again" says the same parties met once more). Round 49: so is one that a chain
    of dates ending the sentence follows ("and again on 6 April and 22 May 2022.", see
    `_again_date_chain`)."""
    if "again" not in m.group(1).lower():
        return False
    chain = _dates_chained(s, d)
    return _AGAIN_DATE_END.fullmatch(s.text, (chain[-1] if chain else d).end - s.start) \
        is not None


#: round 49: "again" and "on" opening a date: the first of a chain of rounds told by date only
_AGAIN_ON = re.compile(r"\bagain\s+on\s+", re.IGNORECASE)
#: round 49: between two dates of such a chain: a comma, "and" or both
_DATE_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:on\s+)?", re.IGNORECASE)


def _dates_chained(s: Sentence, d: DateMention) -> list[DateMention]:
    """Round 49: the dates that follow `d` linked by commas and "and" only ("on 19 May, 2 June
    and 27 June"), each a day of its own not the day after the one before (so "on 30 April and
    1 May" stays one two-day meeting)."""
    chain: list[DateMention] = []
    last = d
    while True:
        link = _DATE_LINK.match(s.text, last.end - s.start)
        nxt = next((x for x in s.dates if link and x.start == s.start + link.end()), None)
        if nxt is None or nxt.precision != "day" or last.date is None or nxt.date is None or \
                (nxt.date - last.date).days in (0, 1):
            return chain
        chain.append(nxt)
        last = nxt


def _again_date_chain(s: Sentence, out: Sequence[tuple[int, int, str]],
                      found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 49: "A and B met again on 19 May and 27 June.", "X hosted A and B on <day>, and
    again on 6 April and 22 May 2022.": after "again on <day>", each further day of a chain
    of dates that ends the sentence is one more encounter of the same verb (its trigger the
    link before it: "and", a comma). A chain that goes on to other words ("on 2 May and 4
    June, when ...") is left as it is."""
    rounds: list[tuple[int, int, str]] = []
    for m in _AGAIN_ON.finditer(s.text):
        before = [t for t in (*out, *found) if t[0] - s.start < m.start()]
        d = next((x for x in s.dates if x.start == s.start + m.end()), None)
        if not before or d is None or d.precision != "day":
            continue
        chain = _dates_chained(s, d)
        if not chain or _AGAIN_DATE_END.fullmatch(s.text, chain[-1].end - s.start) is None:
            continue
        rounds += _chain_links(s, d, chain, before[-1][2])
    s.__dict__["_meeting_again_chain"] = {t[0] for t in rounds}
    return rounds


#: round 51: "on" right before a trigger's own first date, and what may end a chain of dates
#: that follows it: the sentence, a semicolon, or a comma opening a clause of its own
_ON_BEFORE_DATE = re.compile(r"\bon\s+$", re.IGNORECASE)
_OWN_CHAIN_END = re.compile(r"\s*(?:$|[.!;]|,\s*(?:and|but|while|whereas)\s+(?!on\b|in\b|again\b))",
                            re.IGNORECASE)


def _chain_links(s: Sentence, first: DateMention, chain: Sequence[DateMention], kind: str
                 ) -> list[tuple[int, int, str]]:
    """One trigger of `kind` per further day of a chain of dates after `first`: the link
    before that day ("and", a comma), the round's only word of its own."""
    out = []
    prev = first
    for x in chain:
        link = s.text[prev.end - s.start:x.start - s.start]
        word = link.strip()
        at = prev.end + link.index(word)
        out.append((at, at + len(word), kind))
        prev = x
    return out


def _own_date_chain(s: Sentence, out: Sequence[tuple[int, int, str]],
                    found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 51: "A and B met in Brussels on 14 May and 15 July.", "X hosted A and B on 14
    December 2021 and 6 April 2022, and ...": a chain of days after "on" that is a trigger's
    own first date (no other trigger nor date between) tells one encounter per day, as after
    "again on" (`_again_date_chain`; two days running stay one meeting). The chain must end
    its clause (the sentence, ";", or ", and|but|while <a clause>"): "on 3 May and 9 May,
    officials said" or "..., when ..." is left as it is, and a date fronted before the
    trigger ("On 14 May and 15 July, A and B met") or after "between"/"from" is none."""
    rounds: list[tuple[int, int, str]] = []
    taken = {t[0] for t in found}
    for t0, t1, kind in out:
        if t0 in taken:
            continue
        d = next((x for x in s.dates if x.start >= t1), None)
        if d is None or d.precision != "day" or \
                _ON_BEFORE_DATE.search(s.text, 0, d.start - s.start) is None or \
                any(t1 <= x[0] < d.start for x in (*out, *found)) or \
                _SENTENCE_STOP.search(s.text, t1 - s.start, d.start - s.start):
            continue
        chain = _dates_chained(s, d)
        if not chain or _OWN_CHAIN_END.match(s.text, chain[-1].end - s.start) is None:
            continue
        links = _chain_links(s, d, chain, kind)
        rounds += links
        # round 53: where each link's round was held is the place told between the trigger
        # and its first date ("met in Brussels on 14 May and 15 July": both in Brussels)
        s.__dict__.setdefault("_meeting_chain_origin", {}).update(
            {x[0]: (t0, t1, d.start) for x in links})
    return rounds


def _place_of_chain_origin(s: Sentence, m: Mention, t0: int) -> bool:
    """Round 53: "A and B met in Brussels on 14 May and 15 July": `m` is the place told between
    the trigger and the first day of the chain of days whose later round (see
    `_own_date_chain`) starts at `t0`, and a place of the trigger's own meeting."""
    origin = s.__dict__.get("_meeting_chain_origin", {}).get(t0)
    if origin is None or m.place_id is None:
        return False
    o0, o1, first = origin
    return o1 <= m.start and m.end <= first and _meeting_place(s, m, o0, o1)


def _second_round_starts(s: Sentence) -> set[int] | tuple[()]:
    """Where the second rounds `_second_rounds` found in `s` start (none if it found none)."""
    return s.__dict__.get("_meeting_second_rounds", ())


def _find_triggers(s: Sentence) -> list[tuple[int, int, str]]:
    """Trigger spans of one sentence (memoised on the sentence: two passes ask for them;
    `_scan_document` fills the memo for a whole article at once)."""
    cached = s.__dict__.get("_meeting_triggers")
    if cached is None:
        cached = _scan_triggers(s)
        s.__dict__["_meeting_triggers"] = cached
    return cached


def _scan_document(a: Analysed) -> None:
    """Find the triggers of every sentence that can report a meeting (see `_find_triggers`).

    Where the trigger (and outcome) lists' phrases stand is found once for the whole article
    (`CueFilter.phrase_starts`: one pass over the text instead of a search per phrase and
    sentence); a list is then tried only there (`FastRx.finditer_at`), which finds what
    running it on the sentence finds. Sentences the filter cannot tell about are searched as
    before."""
    c = cues()
    sents = [s for s in a.sentences if len(s.text) <= _MAX_SENTENCE_CHARS
             and "_meeting_triggers" not in s.__dict__]
    names = (*c.rows["trigger"], "outcome")
    for s, starts in zip(sents, c.filter.phrase_starts(names, a.text, sents), strict=True):
        if starts is None:
            s.__dict__["_meeting_triggers"] = _scan_triggers(s)
            continue
        s.__dict__["_meeting_outcome_at"] = starts[-1]
        s.__dict__["_meeting_triggers"] = _scan_triggers(s, starts[:-1]) \
            if any(starts[:-1]) or _may_agree_at(c, s) or _may_be_roster(s) else []


def _scan_triggers(s: Sentence, starts: list[Sequence[int]] | None = None
                   ) -> list[tuple[int, int, str]]:
    """Trigger spans of one sentence; `starts`: per trigger list, every offset in `s.text`
    where it can match (see `CueFilter.phrase_starts`), or None to look everywhere."""
    c = cues()
    found: list[tuple[int, int, str]] = _agreed_at(c.agreed_at, s) \
        if _may_agree_at(c, s) else []  # type: ignore[arg-type]
    if _may_be_roster(s) and (roster := _roster(s)) is not None:
        found.append(roster)
    if starts is None:
        if not c.filter.may_match("any_trigger", s):  # most sentences name no meeting at all
            return _keep_triggers(c, s, found) if found else found
        for (rx, mode), may in zip(c.trigger, c.filter.may_match_each(c.rows["trigger"], s),
                                   strict=True):
            if may:
                found += ((s.start + m.start(), s.start + m.end(), mode)
                          for m in rx.finditer(s.text))
    else:
        for (rx, mode), at in zip(c.trigger, starts, strict=True):
            if at:
                found += ((s.start + m.start(), s.start + m.end(), mode)
                          for m in _finditer_at(rx, s.text, at))
        if not found:
            return found
    return _keep_triggers(c, s, found)


#: between the names of a roster entry: a comma, "and" or "&"
_ROSTER_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|(?:and|&)\s+)")
#: after a roster's last name: at most a note in brackets and a full stop
_ROSTER_END = re.compile(r"\s*(?:\([^()]*\))?\s*\.?\s*")


def _may_be_roster(s: Sentence) -> bool:
    """False only when `_roster` finds nothing in `s`: it needs a label's colon and a date."""
    return ": " in s.text and bool(s.dates)


def _roster(s: Sentence) -> tuple[int, int, str] | None:
    """Round 61: a year-in-review's chronology entry that lists who met, with no verb
    ("14 May - Brussels: A, B and C"): after the dated place label (`_entry_place`), two or more
    people and nothing but their commas and "and" (a note in brackets may close it) tell an
    encounter of them there; the list is its trigger."""
    colon = s.text.find(": ")
    if not any(m.place_id is not None and m.end - s.start <= colon and _entry_place(s, m)
               for m in s.mentions):
        return None
    body = colon + 2
    people = sorted((m for m in s.mentions if m.start - s.start >= body
                     and m.actor_id is not None and is_person(m.actor_id)),
                    key=lambda m: m.start)
    if len(people) < 2 or people[0].start - s.start != body:
        return None
    for a, b in itertools.pairwise(people):
        if _ROSTER_GAP.fullmatch(s.text, a.end - s.start, b.start - s.start) is None:
            return None
    if _ROSTER_END.fullmatch(s.text, people[-1].end - s.start) is None:
        return None
    return people[0].start, people[-1].end, "in_person"


def _may_agree_at(c: _Cues, s: Sentence) -> bool:
    """False only when `_agreed_at` finds nothing in `s`: it needs a place named in the
    sentence and one of its verbs (every match begins with one, see `_may_hold`)."""
    return c.agreed_at is not None and any(m.place_id is not None for m in s.mentions) \
        and _may_hold(c.words["agreed_at"], s)


def _may_negate(s: Sentence, t0: int) -> bool:
    """False only when `_Cues.negated` finds nothing in the 60 characters of `s` before `t0`
    (where `_keep_triggers` looks for it): every match holds a negation word's plain start
    ("not", "n't"; `_Cues.words`, read with apostrophes) wholly inside them, and folding
    keeps every character's offset, so it stands there in the folded sentence too."""
    words = cues().words["negation"]
    if words is None:
        return True
    lo, hi = max(0, t0 - s.start - 60), t0 - s.start
    low = cues().filter.folded(s)
    return any(low.find(w, lo, hi) >= 0 for w in words)


def _keep_triggers(c: _Cues, s: Sentence, found: list[tuple[int, int, str]]
                   ) -> list[tuple[int, int, str]]:
    """The triggers of `found` (a sentence's trigger matches) that report an encounter."""
    # longest first, then drop overlaps
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, str]] = []
    denied = -1  # end of the last trigger that a negation dropped
    for t in found:
        if out and t[0] < out[-1][1]:
            if t[2] != "in_person" and out[-1][2] == "in_person":
                out[-1] = (min(out[-1][0], t[0]), max(out[-1][1], t[1]), t[2])
            continue
        before = s.text[max(0, t[0] - s.start - 30):t[0] - s.start]
        if _excluded(c, before):
            continue
        if _may_negate(s, t[0]) and \
                (neg := c.negated.search(s.text, max(0, t[0] - s.start - 60), t[0] - s.start)):
            denied = t[1]
            if out and (but := _BUT_BEFORE.search(s.text, max(0, neg.start() - 30),
                                                  neg.start())):
                out = _denied_after_but(c, s, out, s.start + but.start(), s.start + neg.start())
            continue  # "have not met since 2020": no encounter is reported
        if denied >= 0 and _occasion_of(s, denied, t[0]) and \
                not _CLAUSE_BREAK.search(s.text, denied - s.start, t[0] - s.start):
            continue  # "did not hold a meeting at the BRICS summit": where it did not happen
        if denied >= 0 and _attended_after_denial(c, s, t):
            continue  # "did not hold a meeting, though both attended the summit"
        if _names_a_gathering(c, s, t) or _hearsay_denied(c, s, t) or _habitual(s, t) or \
                _asked_about(c, s, t) or _conditions_met(s, t) or _conditional(c, s, t):
            continue
        if _counterfactual(c, s, t):
            # round 41: the people of its clause, up to the next comma, met no one (see
            # `_unmet_clauses`)
            cut = s.text.find(",", t[1] - s.start)
            s.__dict__.setdefault("_unmet", []).append(
                (s.start + _clause_start(s, t[0]), s.end if cut < 0 else s.start + cut))
            continue
        out.append(t)
    out += _second_rounds(s, out)
    if len(out) > 1 and c.other_encounter is not None:
        # "held talks with A on Thursday, a day after meeting B": the phrase's trigger is an
        # encounter of another time (its people are left out, see `_other_encounters`)
        other = _other_encounters(s)
        kept = [t for t in out if not _inside(t[0], other)]
        if kept:
            out = kept
    if out and c.sport is not None and _may_hold(c.words["sport"], s) and c.sport.search(
            s.text) and not any(
            m.actor_id is not None and is_person(m.actor_id) for m in s.mentions):
        return []  # "Armenia met Azerbaijan in a friendly": a match, not a meeting
    if out and c.fiction is not None and c.fiction.match(s.text):
        return []  # round 36: "In the game, A meets B in Moscow": an invented encounter
    gathered = _hosted_gatherings(c, s, out) if len(out) > 1 else ()
    return [t for t in out if not _hosts_no_one(c, s, t, out) and not _receives_no_one(c, s, t)
            and t[0] not in gathered
            and not (c.needs_each is not None and c.needs_each.fullmatch(
                s.text, t[0] - s.start, t[1] - s.start) and not _TWO_AFTER.match(
                s.text, t[1] - s.start))]


#: round 56: right before a negation, "but" and up to two words ("but held no talks", "but
#: they did not meet", "but no trilateral meeting took place")
_BUT_BEFORE = re.compile(r"\bbut\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
#: round 56: in a denied clause, a word that tells another time ("but have not met since")
_DENIED_ELSEWHEN = re.compile(r"\b(?:since|again|yet|later|anymore|any\s+more|afterwards|"
                              r"until|before|after|next|then)\b", re.IGNORECASE)


def _denied_after_but(c: _Cues, s: Sentence, out: list[tuple[int, int, str]], but: int,
                      neg: int) -> list[tuple[int, int, str]]:
    """Round 56: 'A and B both attended the summit in P but held no talks', 'X hosted A and B
    in P, but no trilateral meeting took place': a gathering word or a hosting verb (`out`,
    kept so far) before a meeting that "but" (at `but`) denies (its negation at `neg`) tells
    where they were, not that they met. Not when the denied clause names anyone ("but did
    not meet B": another pair), tells another time ("but have not met since") or denies only
    a formal meeting ("exchanged a few words but did not hold a formal meeting": an informal
    encounter is one; `formality`)."""
    stop = _CLAUSE_STOP.search(s.text, neg - s.start)
    hi = s.start + (stop.start() if stop else len(s.text))
    formal = c.words.get("formality") or ()
    if _DENIED_ELSEWHEN.search(s.text, neg - s.start, hi - s.start) or any(
            w in formal for w in s.text[neg - s.start:hi - s.start].lower().split()) or any(
            but <= m.start < hi and m.actor_id is not None and m.reading != "location"
            for m in s.mentions):
        return out
    cut = s.text.rfind(";", 0, but - s.start)
    return [t for t in out if t[0] < s.start + cut or not (
        (c.occasion_word is not None
         and c.occasion_word.fullmatch(s.text, t[0] - s.start, t[1] - s.start))
        or c.needs_guest.fullmatch(s.text, t[0] - s.start, t[1] - s.start))]


#: round 56: between a hosting verb and a gathering word: its guests (no clause word), then
#: "at the" (or "to the") and up to four words, the gathering's name
_AT_THE_GATHERING = re.compile(r"(?:,?\s+(?!(?:on|in|for|with|after|before|during|and\s+then|"
                               r"who|which|that|where|when)\b)[\w'’.-]+){1,8}?\s+(?:at|to)\s+"
                               r"(?:the|a|this|that)\s+((?:[\w'’.-]+\s+){1,4})", re.IGNORECASE)


def _hosted_gatherings(c: _Cues, s: Sentence, out: list[tuple[int, int, str]]) -> set[int]:
    """Round 56: 'Putin hosted A and B at the BRICS summit in Kazan', 'X hosted more than
    twenty leaders at the CIS summit': a hosting verb whose guests are followed by a gathering
    told by its name (a capitalised word or one with digits, not a place: "at the Sochi summit"
    may be the leaders' own) hosted the gathering they attended, which is no meeting of
    theirs; the starts of both triggers (the verb and the gathering word). Not when another
    trigger stands between ("hosted A and B for talks at the BRICS summit")."""
    drop: set[int] = set()
    if c.occasion_word is None:
        return drop
    for t, g in itertools.pairwise(out):
        if not c.needs_guest.fullmatch(s.text, t[0] - s.start, t[1] - s.start) or \
                not c.occasion_word.fullmatch(s.text, g[0] - s.start, g[1] - s.start):
            continue
        m = _AT_THE_GATHERING.fullmatch(s.text, t[1] - s.start, g[0] - s.start)
        if m is None or not any(w[0].isupper() or any(ch.isdigit() for ch in w)
                                for w in m.group(1).split()):
            continue
        lo = s.start + m.start(1)
        if any(lo <= x.start < g[0] and (x.reading == "location" or x.actor_id is None
                                        or is_person(x.actor_id)
                                        or x.actor_id in CONFLICT_PARTIES)
               for x in s.mentions):
            continue
        drop.update((t[0], g[0]))
    return drop


#: right before an `agreed_at` verb: the people who agreed, when no name ends right there
_AGENTS_BEFORE = re.compile(r"\b(?:leaders|presidents|ministers|sides|parties|delegations|"
                            r"they)\s+$", re.IGNORECASE)


def _agreed_at(rx: re.Pattern[str], s: Sentence) -> list[tuple[int, int, str]]:
    """Triggers of encounters told by what was agreed there: "the leaders agreed in Prague to
    ...", "A and B signed a declaration in Washington": an `agreed_at` verb whose subject (a
    name, or "the leaders/sides/they") stands right before it and whose place follows at once
    (after at most a short object). Not "the statement signed in Moscow" (a document's
    participle: no people before it). Not in a contrast clause after another encounter ("A met
    B in Moscow, while C signed the statement in Yerevan": C signed apart)."""
    out = []
    for hit in rx.finditer(s.text):
        at = s.start + hit.end()
        if not any(m.start == at and m.place_id is not None for m in s.mentions):
            continue
        if _contrast_before(s, hit.start()):
            continue
        i = s.start + hit.start()
        if any(m.end <= i and m.actor_id is not None and not s.text[
                m.end - s.start:hit.start()].strip() for m in s.mentions) or \
                _AGENTS_BEFORE.search(s.text, max(0, hit.start() - 20), hit.start()):
            out.append((i, i + len(hit.group(1)), "in_person"))
    return out


#: how far before a gathering noun the verb of attending it may stand
_ATTEND_WINDOW = 80


#: right after a gathering noun: an "of" phrase naming whose gathering it is ("the summit of
#: parliamentary speakers", "the session of the OSCE Ministerial Council"), not "of the two"
_OF_WHOM = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:two|three|both|their|its|his|her)\b)"
                      r"(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+(?=\s*(?:[,;:.]|\s+(?:in|at|on|"
                      r"last|this|earlier|later|from|and|but)\b|$))", re.IGNORECASE)


def _names_a_gathering(c: _Cues, s: Sentence, t: tuple[int, int, str]) -> bool:
    """'A and B attended the BRICS summit in Kazan', 'took part in the COP29 conference': a
    gathering noun after a verb of being there and the gathering's name (a capitalised word
    or one with digits, not a place: "the Sochi summit" may be the three leaders' own), or an
    "of" phrase naming no one of the sides ("attended the summit of parliamentary speakers"),
    tells where they were, not that they met each other."""
    if c.attends is None or c.occasion_word is None or \
            not c.occasion_word.fullmatch(s.text, t[0] - s.start, t[1] - s.start):
        return False
    m = c.attends.search(s.text, max(0, t[0] - s.start - _ATTEND_WINDOW), t[0] - s.start)
    if m is None:
        return False
    hi = t[0]
    if not any(w[0].isupper() or any(ch.isdigit() for ch in w) for w in m.group(1).split()):
        # "attended the summit of parliamentary speakers": a gathering named by what follows
        of = _OF_WHOM.match(s.text, t[1] - s.start)
        if of is None:
            return False
        hi = s.start + of.end()
    lo = s.start + m.start(1)
    return not any(lo <= x.start < hi and (x.reading == "location" or x.actor_id is None
                                             or is_person(x.actor_id)
                                             or x.actor_id in CONFLICT_PARTIES)
                   for x in s.mentions)


#: a relative pronoun right before a trigger, and the habit adverb between them if any
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:([a-z]+)\s+)?$", re.IGNORECASE)
_ONLY_AFTER = re.compile(r"\s+(?:only\s+)?", re.IGNORECASE)


#: right before a trigger: a perfect's "have/has", and one adverb between if any
_PERFECT_BEFORE = re.compile(r"\b(?:have|has)\s+(?:([a-z]+)\s+)?$", re.IGNORECASE)


def _habitual(s: Sentence, t: tuple[int, int, str]) -> bool:
    """'the commissions that actually meet are the only channel left': a bare present "meet"
    in a relative clause, with an adverb of how or how often, tells a habit, not a meeting."""
    c = cues()
    word = s.text[t[0] - s.start:t[1] - s.start].lower()
    if word == "met" and c.habit_perfect is not None:
        # round 40: "The commissions have met alternately in A and B": a perfect "met" with an
        # adverb of how often before or right after it tells a habit, not one meeting
        return _adverb_at(s, t, _PERFECT_BEFORE, c.habit_perfect)
    if c.habit is None or word not in ("meet", "meets"):
        return False
    return _adverb_at(s, t, _RELATIVE_BEFORE, c.habit)


def _adverb_at(s: Sentence, t: tuple[int, int, str], lead: re.Pattern[str],
               adverbs: re.Pattern[str]) -> bool:
    """Whether the words `lead` finds right before the trigger ("that actually", "have long")
    are one of `adverbs` (its group 1), or, when `lead` takes no adverb, one of them follows the
    trigger: the two places an adverb of how or how often stands."""
    b = lead.search(s.text, max(0, t[0] - s.start - 30), t[0] - s.start)
    if b is None:
        return False
    if b.group(1) is not None:
        return adverbs.fullmatch(b.group(1)) is not None
    gap = _ONLY_AFTER.match(s.text, t[1] - s.start)
    return gap is not None and adverbs.match(s.text, gap.end()) is not None


def _counterfactual(c: _Cues, s: Sentence, t: tuple[int, int, str]) -> bool:
    """Round 41: "A and B would have met face to face in X had C come", "could have held
    talks": a modal perfect before the trigger's past participle (its own verb, or one right
    before it) tells an encounter that did not happen; "would have talks" is a plan."""
    rx = c.counterfactual
    if rx is None or not _may_hold(c.words["counterfactual"], s):
        return False
    m = rx.search(s.text, max(0, t[0] - s.start - 60), t[0] - s.start)
    if m is None:
        return False
    return m.group(1) is not None or _PAST_VERB.match(s.text, t[0] - s.start) is not None


def _unmet_clauses(s: Sentence) -> list[tuple[int, int]]:
    """Round 41: the clauses of `s` whose trigger `_counterfactual` dropped ("A and B would
    have met in X had C come,"), as text offsets: their names are no party of another
    trigger of the sentence ("..., and a draft had been prepared for the five-way meeting")."""
    _find_triggers(s)  # fills the list as it drops such triggers
    return s.__dict__.get("_unmet", [])


def _hearsay_denied(c: _Cues, s: Sentence, t: tuple[int, int, str]) -> bool:
    """'Reports of a secret meeting in Abu Dhabi were denied', 'claims that the two had met
    are fake': a meeting told as what others report, in a sentence that calls the report
    untrue or unconfirmed, is not asserted."""
    lo = max(0, t[0] - s.start - 120)
    if c.denies is not None and _may_hold(c.words["denies"], s) and \
            c.denies.search(s.text, lo, t[0] - s.start) is not None:
        return True  # "Baku denied on Monday that A and B had met in X"
    if c.denied_as is not None and s.text[t[0] - s.start - 1:t[0] - s.start] == " " and \
            _may_hold(c.words["denied_as"], s):
        cs = _clause_start(s, t[0])
        if _SUBJECT_TRIGGER.fullmatch(s.text, cs, t[0] - s.start):
            # "A meeting that Yerevan said was agreed for September was never confirmed by
            # Baku": the meeting is the subject, its predicate (up to the next clause) a denial
            at = t[1] - s.start
            nxt = _CLAUSE_OPENING.search(s.text, at)
            if c.denied_as.search(s.text, at, nxt.start() if nxt else len(s.text)):
                return True
    if c.hearsay is None or c.denial is None or not _may_hold(c.words["hearsay"], s) or \
            not _may_hold(c.words["denial"], s):
        return False
    return c.hearsay.search(s.text, lo, t[0] - s.start) is not None and \
        c.denial.search(s.text) is not None


def _denied_next(c: _Cues, s: Sentence, nxt: Sentence | None, t: tuple[int, int, str]
                 ) -> bool:
    """'Armenian officials claimed that A and B had met on Sunday. Baku denied that any such
    meeting took place.': a meeting told only as what others report, which the next sentence
    denies, is not asserted (one side's account the other denies)."""
    if nxt is None or c.hearsay_word is None or c.denies is None:
        return False
    anaphor = c.denied_anaphor if c.denied_anaphor is not None and _may_hold(
        c.words.get("denied_anaphor"), nxt) else None
    if not _may_hold(c.words["hearsay"], s) or (
            anaphor is None and not _may_hold(c.words["denies"], nxt)) or \
            c.hearsay_word.search(s.text, max(0, t[0] - s.start - 120), t[0] - s.start) is None:
        return False  # "Posts shared this week say A and B met", "X claimed that A met B"
    if c.denied_object is not None and _may_hold(c.words["denies"], nxt) and \
            c.denied_object.search(nxt.text) is not None:
        return True  # round 44: "The other side denied this." (`denied_object`)
    # round 41: or "... and said no such meeting had taken place" (`denied_anaphor`)
    return any(c.denies.search(nxt.text, max(0, m.start() - 120), m.start()) is not None
               or (anaphor is not None
                   and anaphor.search(nxt.text, max(0, m.start() - 40), m.start()) is not None)
               for rx, _ in c.trigger for m in rx.finditer(nxt.text))


def _attended_after_denial(c: _Cues, s: Sentence, t: tuple[int, int, str]) -> bool:
    """'A and B did not hold a bilateral meeting in X, though both attended the summit': after
    a negated meeting in its sentence, a gathering told by a verb of being there is where they
    were, which the sentence has just said was no meeting between them."""
    if c.attends_any is None or c.occasion_word is None or \
            not c.occasion_word.fullmatch(s.text, t[0] - s.start, t[1] - s.start):
        return False
    return c.attends_any.search(s.text, max(0, t[0] - s.start - _ATTEND_WINDOW),
                                t[0] - s.start) is not None


def _asked_about(c: _Cues, s: Sentence, t: tuple[int, int, str]) -> bool:
    """'Asked whether A would meet B next week, she replied ...': a meeting inside an indirect
    question is what someone asked about; the text does not assert it (nor the reply's
    speaker as one of its people)."""
    if c.asks is None:
        return False
    lo = max(0, t[0] - s.start - 120)
    before = s.text[lo:t[0] - s.start]
    if "whether" not in before and " if " not in before:
        return False  # the common case, without trying the pattern
    return c.asks.search(s.text, lo, t[0] - s.start) is not None


#: right after an inverted condition's verb: its subject ("Should the leaders", "Had A")
_INVERTED_SUBJECT = re.compile(r"(?:the|a|an|both|they|their|its|his|her)\b", re.IGNORECASE)
#: a break that ends a condition's clause before its trigger (a comma between names aside)
_CONDITION_END = re.compile(r"[;:.]|,(?!\s*(?:and\s+)?X\b)")


def _conditional(c: _Cues, s: Sentence, t: tuple[int, int, str]) -> bool:
    """'Should A and B meet in X this autumn, they would ...', 'Had the talks in Y gone
    ahead, ...', 'If A and B meet in X, ...': a trigger inside a condition fronting its
    clause tells a meeting the writer supposes, which may never happen (or, after "had", did
    not): no encounter is reported. An inverted condition ("should", "were", "had") counts
    only with its subject right after it, a name or a determiner."""
    if c.conditional is None or not _may_hold(c.words["conditional"], s):
        return False
    for m in c.conditional.finditer(s.text, 0, t[0] - s.start):
        at = m.end()
        if m.group(1) is not None and not (
                _INVERTED_SUBJECT.match(s.text, at)
                or any(x.start - s.start == at for x in s.mentions)):
            continue
        gap = _names_as_x(s, s.start + at, t[0])
        if gap is None:
            gap = s.text[at:t[0] - s.start]
        if not _CONDITION_END.search(gap):
            return True
    return False


#: round 49: a noun of ministers ("both ministers", "the two foreign ministers")
_MINISTERS_WORD = re.compile(r"\bministers?\b", re.IGNORECASE)


#: between "received" and its guest: an article and the guest's titles only
_CLOSE_GUEST_GAP = re.compile(r"(\s+)(?:the\s+)?", re.IGNORECASE)
#: right after the guest: the guest owns what was received ("received X's letter")
_OWNER = re.compile(r"['’]s?(?![\w-])")


#: right before "met": a passive with no one met ("once the conditions are met", "its demands
#: have been met"); "were met by X at the airport" (a host after "by") is still an encounter
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$",
                        re.IGNORECASE)


def _conditions_met(s: Sentence, t: tuple[int, int, str]) -> bool:
    """Whether trigger `t` is the "met" of a thing fulfilled, not of a person met: the passive
    ("once the conditions are met") or a verb whose object, a few words on, is such a thing
    ("failed to meet its commitments", "met the EU's visa requirements"), or of no one named
    ("ready to meet anyone", "everyone he needs to meet": a `no_one` pronoun)."""
    t0, t1 = t[0] - s.start, t[1] - s.start
    word = s.text[t0:t1].lower()
    if word not in ("met", "meet", "meets", "meeting"):
        return False
    c = cues()
    if c.fulfilled is not None and c.fulfilled.match(s.text, t1) is not None:
        return True
    if word != "meeting" and c.no_one_after is not None and (
            c.no_one_after.match(s.text, t1) is not None
            or c.no_one_before.search(s.text, max(0, t0 - 60), t0) is not None):
        return True  # round 61: "will have met everyone he needs to meet": no one named
    return word == "met" and _BE_BEFORE.search(
        s.text, max(0, t0 - 20), t0) is not None and _BY_HOST.match(s.text, t1) is None


#: right before a receiving word: the passive, whose host follows "by"
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:also\s+|later\s+|then\s+)?$",
                             re.IGNORECASE)
_BY_HOST = re.compile(r"\s+by(\s+)(?:the\s+)?", re.IGNORECASE)


def _receives_no_one(c: _Cues, s: Sentence, t: tuple[int, int, str]) -> bool:
    """'received humanitarian aid', 'received Blinken's letter': a receiving word reports a
    meeting only when the next words name a person (after "the" and their titles, which the
    person's mention spans), who is not the owner of what was received; in the passive ("was
    received by"), only when the words after "by" do."""
    if c.close_guest is None or not c.close_guest.fullmatch(s.text, t[0] - s.start,
                                                             t[1] - s.start):
        return False
    two = _TWO_AFTER.match(s.text, t[1] - s.start)
    if (two is not None and not _MINISTERS_WORD.search(two.group(0))) or (
            c.host_them is not None and c.host_them.match(s.text, t[0] - s.start)):
        # round 49: "received them", "received the two leaders": guests told before, as for
        # "hosted" (`_hosts_no_one`; see `_name_them`, `_name_the_sides`); not "received both
        # ministers", a head of state's courtesy call during the ministers' own talks
        return False
    if two is not None and not _OWNER.match(s.text, two.end()) and _received_by_a_minister(s, t[0]):
        return False  # round 50: "Lavrov received the two ministers": a round of their own
    gap = _CLOSE_GUEST_GAP.match(s.text, t[1] - s.start)
    if gap is None:
        return True
    if _PASSIVE_BEFORE.search(s.text, max(0, t[0] - s.start - 16), t[0] - s.start):
        # "they were received by Guterres": the host is named after "by"
        gap = _BY_HOST.match(s.text, t[1] - s.start)
        if gap is None:
            return True
    ats = (s.start + gap.end(), s.start + gap.end(1))  # the mention may span "the"
    return not any(m.start in ats and m.actor_id is not None and is_person(m.actor_id)
                   and m.reading != "location" and _OWNER.match(s.text, m.end - s.start) is None
                   for m in s.mentions)


#: between a receiving subject and its verb: nothing but lower-case words ("Lavrov also received")
_RECEIVER_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,2}")


def _received_by_a_minister(s: Sentence, t0: int) -> bool:
    """Round 50: "Lavrov received the two foreign ministers in Moscow": the subject right
    before the receiving verb is a person of a rank below a leader's (a foreign minister of
    a third state), so the two ministers' round with him is a meeting of its own, not a
    courtesy call paid to a head of state during their talks."""
    subject = [m for m in s.mentions if m.end <= t0 and m.actor_id is not None
               and is_person(m.actor_id) and m.reading != "location"]
    if not subject:
        return False
    x = subject[-1]
    gap = _RECEIVER_GAP.fullmatch(s.text, x.end - s.start, t0 - s.start)
    return gap is not None and level_of_person(x.actor_id or "") == "foreign_ministers" \
        and party_of(x.actor_id or "") not in CONFLICT_PARTIES


#: how far after "hosted" its guest or the meeting word must stand
_GUEST_WINDOW = 60
#: punctuation closing the phrase of a hosting verb, or (round 45) a conjunction opening a
#: clause of its own ("to host the conference so that Baku could ...": Baku is that clause's)
_PHRASE_END = re.compile(r"[,;:()]|\b(?:so\s+that|because|although|though|unless|whereas)\b",
                         re.IGNORECASE)


def _hosts_no_one(c: _Cues, s: Sentence, t: tuple[int, int, str],
                  found: list[tuple[int, int, str]]) -> bool:
    """'a bid to host the COP29 conference': a hosting word with neither a named guest (or
    host: "hosted by X") nor another meeting word shortly after it reports no meeting."""
    if not c.needs_guest.fullmatch(s.text, t[0] - s.start, t[1] - s.start):
        return False
    if _TWO_AFTER.match(s.text, t[1] - s.start):
        return False  # "hosted the two leaders": guests named before (see `_name_the_sides`)
    if c.host_them is not None and c.host_them.match(s.text, t[0] - s.start):
        return False  # round 46: "hosted them": guests told before (see `_name_them`)
    hi = t[1] + _GUEST_WINDOW
    # the guest stands in the hosting verb's own phrase: "a bid to host the climate
    # conference, clearing the way for Baku" names no guest after the comma
    cut = _PHRASE_END.search(s.text, t[1] - s.start, hi - s.start)
    if cut is not None:
        hi = s.start + cut.start()
    occ = c.occasion
    if any(t[1] <= m.start < hi and m.actor_id is not None and m.reading != "location"
           and not (occ is not None and _is_organisation(m.actor_id)
                    and occ.match(s.text, m.end - s.start))
           for m in s.mentions):
        # "to host the UN climate conference in Baku": neither the place it is held in nor
        # the organisation whose gathering it is is a guest
        return False
    return not any(t[1] <= x0 < hi for x0, _, _ in found)


def _excluded(c: _Cues, before: str) -> bool:
    """Whether `before` ends with an excluding modifier ("press" before "conference"), and
    white space. With plain ASCII modifiers and text, that is its lower case ending with one
    of them once stripped: the same as the case-insensitive `exclude` regex, whose `\\s` is
    what `str.rstrip` strips, without trying the regex at every position."""
    if c.exclude_tails is not None and before.isascii():
        if not before.rstrip().lower().endswith(c.exclude_tails):
            return False
    elif c.exclude.search(before) is None:
        return False
    # "the planned five-party meeting": a count of sides, no party's meeting
    return c.sides_count is None or c.sides_count.search(before) is None


def _article_datelines(a: Analysed) -> list[tuple[int, int]]:
    """The dateline spans of an article (memoised on it: two passes ask for them). Their city
    and country name where the report was filed, never a party to the meeting it reports."""
    found = a.__dict__.get("_meeting_datelines")
    if found is None:
        found = a.__dict__["_meeting_datelines"] = find_datelines(a.text)
    return found


def _inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


#: right after a document noun: what follows dates or places the document itself ("the
#: Declaration of 1991", "the statement signed on 10 November"); group 1 needs no "the" before
_AFTER_DOCUMENT = re.compile(r"\s+(?:(of|dated|from)|(?:signed|adopted|reached|concluded|agreed|"
                             r"initiall?ed)\s+(?:in|on|at))\s+(?:the\s+)?", re.IGNORECASE)
#: between two places or dates of one document's name ("signed in Alma-Ata on 21 December")
_NAME_CHAIN = re.compile(r"\s*,\s*|\s+(?:in|on|of)\s+(?:the\s+)?", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_MAX_NAME_MODIFIERS = 2


def _document_names(s: Sentence) -> list[tuple[int, int]]:
    """The places and dates of sentence `s` that are part of a document's name.

    "After the talks they reaffirmed the Alma-Ata 1991 Declaration": Alma-Ata and 1991 name
    the declaration, quoted in almost every report on later talks; taken as the talks' place
    and date they would invent an encounter in another city and decade. A name is a document
    noun (`document` cues) with places, dates and a few `document_modifier` words right before
    it ("the 1994 Bishkek Protocol", "the 2020 trilateral statement"), or with a place or date
    right after "of"/"dated" or a participle ("the Sochi declaration of 31 October", "the
    declaration signed on 8 August": only a definite or named document, as "a declaration
    signed on Friday" is more likely the one signed at the meeting reported). A verb that
    signs a document AT the meeting ("signed the X declaration at the White House on 8
    August") leaves the place and date of the other words free."""
    c = cues()
    if c.document is None or not (s.dates or any(m.place_id for m in s.mentions)) \
            or not _may_hold(c.document_words, s):
        return []
    text = s.text
    nouns = list(c.document.finditer(text))
    if not nouns:
        return []
    items = sorted({(m.start - s.start, m.end - s.start) for m in s.mentions if m.place_id}
                   | {(d.start - s.start, d.end - s.start) for d in s.dates})
    by_end: dict[int, tuple[int, int]] = {}
    by_start: dict[int, tuple[int, int]] = {}
    for it in items:
        by_end.setdefault(it[1], it)
        by_start.setdefault(it[0], it)
    out: set[tuple[int, int]] = set()
    for n in nouns:
        pos, named, mods = n.start(), False, 0
        while pos > 0:
            j = pos
            while j > 0 and text[j - 1] in " \u00a0-":
                j -= 1
            if j == pos:
                break
            it = by_end.get(j)
            if it is not None:
                out.add(it)
                named, pos = True, it[0]
                continue
            mw = c.document_modifier.search(text[max(0, j - 40):j]) \
                if c.document_modifier is not None and mods < _MAX_NAME_MODIFIERS else None
            if mw is None:
                break
            mods += 1
            pos = j - (len(mw.group(0)))
        after = _AFTER_DOCUMENT.match(text, n.end())
        if after is None or (after.group(1) is None and not named
                             and not _THE_BEFORE.search(text, max(0, pos - 8), pos)):
            continue
        q = after.end()
        while (it := by_start.get(q)) is not None:
            out.add(it)
            link = _NAME_CHAIN.match(text, it[1])
            if link is None:
                break
            q = link.end()
    return sorted((s.start + a, s.start + b) for a, b in out)


def _between_has(points: list[int], a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return any(lo < p < hi for p in points)


#: a chronology entry's head before its place label: "2020 - ", "9 October 2020 — ", "- 2016: "
_ENTRY_HEAD = re.compile(r"\s*(?:[-–—•*]\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?"
                         r"\d{4}\s*[-–—:]\s*")
_ENTRY_COLON = re.compile(r"\s*:\s")
#: round 61: a chronology entry's head with a date of any form ("14 May - ", "1-4 May — "):
#: a bullet before the date, a dash or colon between it and the place label
_ENTRY_BULLET = re.compile(r"\s*(?:[-–—•*]\s*)?")
_ENTRY_DASH = re.compile(r"\s*[-–—:]\s*")


def _entry_place(s: Sentence, m: Mention) -> bool:
    """'2020 - Moscow: Lavrov hosts A and B': a place heading a dated chronology entry is
    where the entry happened, also when it is a capital that can stand for its government.
    Round 61: a year-in-review's entry heads with a date without its year ("14 May - Brussels:
    ..."), any date the sentence's dates read there."""
    if m.place_id is None:
        return False
    if _ENTRY_COLON.match(s.text, m.end - s.start) is not None:
        if _ENTRY_HEAD.fullmatch(s.text, 0, m.start - s.start) is not None:
            return True
        if any(_ENTRY_BULLET.fullmatch(s.text, 0, d.start - s.start) is not None
               and _ENTRY_DASH.fullmatch(s.text, d.end - s.start, m.start - s.start) is not None
               for d in s.dates if d.end <= m.start):
            return True
    return _trailer_place(s, m)


#: round 48: between a place and the date that closes a title or line ("..., Moscow, July 25,
#: 2023"); after the date only closing punctuation
_TRAILER_COMMA = re.compile(r"\s*,\s*")
_TRAILER_END = re.compile(r"\s*[.)]?\s*")


def _trailer_place(s: Sentence, m: Mention) -> bool:
    """Round 48: "remarks following talks with A and B, Moscow, July 25, 2023": a place set off
    by commas right before the date that ends the line is where it happened (a transcript's or
    communique's trailer), also when it is a capital that can stand for its government."""
    if s.text[max(0, m.start - s.start - 2):m.start - s.start].strip() != ",":
        return False
    gap = _TRAILER_COMMA.match(s.text, m.end - s.start)
    if gap is None:
        return False
    at = m.end - s.start + gap.end() - gap.start()
    return any(d.start - s.start == at and _TRAILER_END.fullmatch(s.text, d.end - s.start)
               for d in s.dates)


def _agents(s: Sentence, datelines: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """The actors a sentence names as agents; a city in the dateline opening its paragraph
    ("WASHINGTON, Aug 8 - ") is where the report was filed, not a party to the meeting."""
    out = []
    for m in s.mentions:
        if m.actor_id is None or _inside(m.start, datelines):
            continue
        if m.actor_id in cues().no_party:
            continue  # "agreed to an EU civilian mission": the subject of talks, not a side
        if m.reading == "location" and m.via != "pronoun":
            continue
        if _entry_place(s, m):
            continue  # "2020 - Moscow: Lavrov hosts A and B": where, not who
        named = cues().named_thing
        if named is not None and _is_organisation(m.actor_id) and \
                named.match(s.text, m.end - s.start):
            continue  # "committed to the UN Charter": a document's name, not a side
        if m.via == "demonym" and not m.text.lower().endswith("side") and \
                not cues().party_noun.match(s.text, m.end - s.start):
            continue
        if _BYLINE.match(s.text, m.end - s.start):
            continue  # "Moscow correspondent", "Baku-based": the reporter's post, not an actor
        if _namesake(s, m):
            continue  # "a wrestler named Aliyev": somebody who bears the name
        if _TOWN_OF.match(s.text, m.end - s.start):
            continue  # "talks in Kazakhstan's largest city": where, not who
        if cues().captive_head is not None and cues().captive_head.search(m.text):
            continue  # "the release of Armenian servicemen": the state's people, not its envoys
        if is_person(m.actor_id) and (
                cues().envoy_of_before.search(s.text, max(0, m.start - s.start - 40),
                                              m.start - s.start)
                or cues().envoy_after.match(s.text, m.end - s.start)):
            continue  # "X, Special Envoy of the President of the US": the principal sent X
        out.append(m)
    return out


def _namesake(s: Sentence, m: Mention) -> bool:
    """Round 36: whether person mention `m` follows an indefinite noun phrase and a naming
    word ("a wrestler named Aliyev", "an Armenian-born coach called Mirzoyan"): a person the
    text introduces by that name, not the actor of the gazetteer. A name without "a/an" before
    the naming verb ("Putin called Aliyev") is its object, and stays."""
    rx = cues().namesake
    if rx is None or not is_person(m.actor_id or ""):
        return False
    return rx.search(s.text, max(0, m.start - s.start - 60), m.start - s.start) is not None


#: after a state's name: a town of it ("Kazakhstan's largest city", "Oman's capital")
_TOWN_OF = re.compile(r"['’]s\s+(?:(?:largest|biggest|second|third|main|former|old|new|"
                      r"commercial|financial|northern|southern|eastern|western|ancient|"
                      r"historic|coastal|resort|border)\s+){0,2}(?:city|capital|port|town|"
                      r"resort)\b", re.IGNORECASE)
_BYLINE = re.compile(r"[\s-]*(?:correspondent|bureau|based|desk|office of \w+ news)\b",
                     re.IGNORECASE)


def _locations(s: Sentence) -> list[Mention]:
    out = []
    for m in s.mentions:
        if m.place_id is None:
            continue
        if m.reading == "location" or m.actor_id is None or _entry_place(s, m):
            out.append(m)
    return out


_TO_PLACE = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
#: right after a place named as an attribute ("the Almaty talks"): the gathering it names
_GATHERING_AFTER = re.compile(r"\s+(?:talks|meetings?|summit|negotiations|round|process|format|"
                              r"platform)\b", re.IGNORECASE)
_FROM_PLACE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
#: round 46: right before and after a third party's capital as the attribute of a gathering
#: noun ("between the two Brussels rounds", "the Sochi summits")
_GATHERING_ATTR_BEFORE = re.compile(r"(?<![\w-])(?:the|both|these|those)\s+(?:(?:two|three|"
                                    r"four|last|first|previous|earlier|recent)\s+)?$",
                                    re.IGNORECASE)
_GATHERING_ATTR_AFTER = re.compile(r"\s+(?:talks|meetings?|summits?|negotiations|rounds?)\b",
                                   re.IGNORECASE)


def _gathering_attribute(s: Sentence, m: Mention) -> bool:
    """Round 46: "Between the two Brussels rounds, X hosted A and B in Moscow": a third
    party's capital as the attribute of a gathering noun names those gatherings, not a party
    (the sides' own capitals are left to the other rules)."""
    if m.place_id is None or m.actor_id is None or m.actor_id in CONFLICT_PARTIES:
        return False
    return _GATHERING_ATTR_AFTER.match(s.text, m.end - s.start) is not None and \
        _GATHERING_ATTR_BEFORE.search(s.text, max(0, m.start - s.start - 24),
                                      m.start - s.start) is not None
#: a place name joined to another by a dash names the two sides (or a base), not a venue
_PAIRED_BEFORE = re.compile(r"[A-Za-z][-–]$")
_PAIRED_AFTER = re.compile(r"[-–](?:[A-Z]|based\b)")


#: right before a country: it owns or bounds something ("the border of X", "between X and Y")
_OF_COUNTRY = re.compile(r"\b(?:of|between)\s+(?:the\s+)?$", re.IGNORECASE)


#: right before a place: it is one of a pair after "between" ("between Tavush and Gazakh",
#: "between Armenia's Ijevan and Azerbaijan's Gazakh"), each with its owner's possessive
_BETWEEN_PAIR = re.compile(r"\bbetween\s+(?:(?:the\s+)?[\w-]+['’]s\s+|the\s+)?"
                           r"(?:[\w-]+\s+(?:[\w-]+\s+){0,2}?and\s+"
                           r"(?:(?:the\s+)?[\w-]+['’]s\s+|the\s+)?)?$", re.IGNORECASE)


#: right before a place: the text denies that it is where ("not in Moscow", "rather than in X")
_NOT_THERE = re.compile(r"(?<![\w-])(?:not|never|rather\s+than|instead\s+of)\s+(?:in|at)\s+"
                        r"(?:the\s+)?$", re.IGNORECASE)


#: right before a place: it is the source a report is attributed to ("according to the Kremlin")
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)


_THAT = re.compile(r"\bthat\b")


def _meeting_place(s: Sentence, m: Mention, t0: int, t1: int) -> bool:
    """Meetings happen in cities, venues or (vaguely) countries, near the words reporting
    them; a region named further off ("conflict over Nagorno-Karabakh") is what they are
    about, not where."""
    pl = gazetteer.load_gazetteer().places.get(m.place_id or "")
    if pl is None or pl.kind not in ("city", "venue", "country"):
        return False
    if _FROM_PLACE.search(s.text, max(0, m.start - s.start - 12), m.start - s.start):
        return False  # "the co-chairs from Russia, France and the US": where they come from
    if _NOT_THERE.search(s.text, max(0, m.start - s.start - 24), m.start - s.start):
        return False  # "met not in Moscow, as reported, but in Minsk": denied as the place
    if cues().speaks_after.match(s.text, m.end - s.start):
        return False  # "..., the government in Yerevan said": where the report's source sits
    if _ACCORDING_TO.search(s.text, max(0, m.start - s.start - 18), m.start - s.start):
        return False  # "According to the Kremlin, the talks ...": the source, not the venue
    if cues().custody_before is not None and (
            _may_hold(cues().words["custody"], s) or _may_hold(cues().words["captive"], s)) \
            and cues().custody_before.search(s.text, max(0, m.start - s.start - 80),
                                             m.start - s.start):
        return False  # "the detainees still held in Baku": where they are held, not the venue
    if cues().incident_before is not None and _may_hold(cues().words["incident"], s) and \
            cues().incident_before.search(s.text, max(0, m.start - s.start - 80),
                                          m.start - s.start):
        return False  # round 54: "after the shooting near X": where it happened, not the venue
    if m.end <= t0 and _THAT.search(s.text, m.end - s.start, t0 - s.start) and \
            cues().said_in.search(s.text, max(0, m.start - s.start - 40), m.start - s.start):
        return False  # "said in X that the talks should go on": where it was said
    if _PAIRED_BEFORE.search(s.text, max(0, m.start - s.start - 2), m.start - s.start) or \
            _PAIRED_AFTER.match(s.text, m.end - s.start):
        return False  # "Baku-Yerevan talks", "a Washington-based envoy": who, not where
    if pl.kind == "country" and (_OF_COUNTRY.search(
            s.text, max(0, m.start - s.start - 16), m.start - s.start) or any(
            x.place_id and x.end <= m.start and _PAIR_JOIN.fullmatch(s.text, x.end - s.start,
                                                                   m.start - s.start)
            for x in s.mentions)):
        return False  # "the frontier of A and B": whose, not where
    if _BETWEEN_PAIR.search(s.text, max(0, m.start - s.start - 60), m.start - s.start):
        return False  # "on the border between A's X and B's Y": the two ends, not the venue
    lo, hi = (t1, m.start) if m.start >= t1 else (m.end, t0)
    if m.start >= t1 and m.start - t1 > _MAX_DATE_DISTANCE:
        # round 32: "The tenth meeting of ..., co-chaired by A, B and C, was held in X": the
        # place of the predicate, measured from its end as a date is (`_predicate_end`)
        lo = _predicate_end(s, t0, t1, m.start)
    # names and dates count for nothing: "met near X on June 27, 2023, at the ... in Y"
    named = sum(max(0, min(x.end, hi) - max(x.start, lo)) for x in s.mentions) + sum(
        max(0, min(d.end, hi) - max(d.start, lo)) for d in s.dates)
    return (hi - lo) - named <= _MAX_DATE_DISTANCE


#: where a venue phrase ends: a city after "in", a preposition, a time word ("at the White
#: House last Friday"), or the verb or relative word of the clause it opens ("The meeting at
#: the White House was the first ...")
_VENUE_END = re.compile(r"\s+in\s+[A-Z]|\s+(?:on|to|for|with|and)\s|\s+(?:last|next|this|"
                        r"yesterday|today|tonight|tomorrow|earlier|later|late|early|was|were|is|"
                        r"are|has|have|had|will|would|which|that|where|who|when)\b")


def _venue(s: Sentence, text: str, near: int) -> tuple[int, int] | None:
    """'at the residence of the Russian president' -> that phrase, without the final city.

    Where `_candidates` found where the venue words stand in the sentence, a phrase is
    searched only there, and not at all when they stand nowhere: a venue word matched in a
    phrase stands in the sentence at that place (see `CueFilter.phrase_starts`), and one
    starting after the phrase's 12th character does not count."""
    c = cues()
    at = _cue_at(s, "venue")
    if at is not None and not at:
        return None
    for m in re.finditer(r"\b(?:at|in)\s+(?:the\s+)?([^,.;]{0,80})", s.text):
        phrase = m.group(1)
        found = _cue_matches(s, "venue", c.venue, m.start(1), m.end(1), last=12)
        if found is None:
            vm = c.venue.search(phrase) if c.filter.may_match(
                "venue", s, s.start + m.start(1), s.start + m.end(1)) else None
        else:
            vm = found[0] if found else None
        if not vm or vm.start() > 12:
            continue
        start = s.start + m.start(1)
        if _names_a_city(s, s.start + m.start(1) + vm.end()):
            continue  # "in the Black Sea resort of Sochi": the city described, no venue in it
        cut = _VENUE_END.search(phrase)
        end = start + (cut.start() if cut else len(phrase.rstrip()))
        if abs(start - near) < 200:
            return start, end
    return None


_OF_PLACE = re.compile(r"\s+(?:town\s+|city\s+)?of\s+")


def _names_a_city(s: Sentence, pos: int) -> bool:
    """Whether "of" + a city or region follows the venue word ending at `pos`: "the resort of
    Sochi" describes the city, while "the residence of the president" names a building."""
    of = _OF_PLACE.match(s.text, pos - s.start)
    if of is None:
        return False
    at = s.start + of.end()
    for m in s.mentions:
        if m.start == at and m.place_id is not None:
            pl = gazetteer.load_gazetteer().places.get(m.place_id)
            return pl is not None and pl.kind in ("city", "region")
    return False


_AND_THEN = re.compile(r"\band\s+(?:then\s+|also\s+)?$", re.IGNORECASE)
#: before "invitation": the meeting took place on it ("at the invitation of", "at X's invitation")
_AT_INVITATION = re.compile(r"\b(?:at|on|upon)\s+(?:the\s+|[\w-]+['’]s\s+)?(?:personal\s+)?$",
                            re.IGNORECASE)


#: how far past the status window a cancellation that begins inside it may run
_CANCEL_OVERHANG = 40
#: before a trigger noun that opens its sentence: the meeting is the sentence's subject
_SUBJECT_TRIGGER = re.compile(r"\W*(?:the|a|an|this|that|their)\s+(?:[\w'’-]+\s+){0,3}",
                              re.IGNORECASE)
#: after a trigger: a clause that contrasts with it ("..., but X skipped the gathering")
_BUT_LATER = re.compile(r",\s+but\s+", re.IGNORECASE)


#: a coordinated clause's opening: "X refused to send Y, and <the meeting ...> was called off"
_CLAUSE_OPENING = re.compile(r"(?:,\s*(?:and|but|so)|;)\s+")


def _clause_start(s: Sentence, t0: int) -> int:
    """Offset in `s.text` where the clause of the trigger at `t0` opens: after the last
    coordinating ", and"/", but"/";" before it, else after a dateline opening the sentence
    (round 32: "Yerevan /Agency/ The 11th meeting of ... was held on <day>": the report's
    dateline is no word of the clause), else the sentence's start."""
    starts = [m.end() for m in _CLAUSE_OPENING.finditer(s.text, 0, t0 - s.start)]
    if starts:
        return starts[-1]
    dl = DATELINE.match(s.text) if s.text[:1].isupper() else None
    return dl.end() if dl is not None and s.start + dl.end() <= t0 else 0


def _subject_trigger(s: Sentence, cand_points: tuple[int, int]) -> int | None:
    """End of the candidate's trigger that opens the clause of its last trigger as its
    subject ("the five-way meeting that had been planned ...", after ", and" or at the
    sentence's start), or None."""
    t0, t1 = cand_points
    cs = _clause_start(s, t1)
    for x0, x1, _ in _find_triggers(s):
        if max(t0, s.start + cs) <= x0 < t1 and \
                _SUBJECT_TRIGGER.fullmatch(s.text, cs, x0 - s.start):
            return x1
    return None


def _status(s: Sentence, cand_points: tuple[int, int],
            elsewhen: Sequence[tuple[int, int]] = ()) -> tuple[str | None,
                                                            tuple[int, int] | None]:
    """Status cues inside the clause around the trigger (strongest kind wins); cues in a
    phrase about another time (`elsewhen`) are that time's, not the meeting's."""
    c = cues()
    lo = max(s.start, cand_points[0] - 120)
    hi = min(s.end, cand_points[1] + 80)
    hits: list[tuple[str, int, int]] = []
    if _cue_at(s, "status0") is not None:  # where the words stand is known
        for (rx, value), name in zip(c.status, c.rows["status"], strict=True):
            hits += ((value, lo + m.start(), lo + m.end()) for m in _cue_matches(
                s, name, rx, lo - s.start, hi - s.start) or ())
    else:
        window = s.text[lo - s.start:hi - s.start]
        for (rx, value), may in zip(c.status, c.filter.may_match_each(c.rows["status"], s, lo,
                                                                      hi), strict=True):
            if not may:
                continue
            for m in rx.finditer(window):
                hits.append((value, lo + m.start(), lo + m.end()))
    if not any(h[0] == "cancelled" for h in hits) and hi < s.end:
        # "a planned meeting of A and B in Brussels on October 26, 2023 was postponed
        # indefinitely": a cancellation that begins inside the window counts, even when its
        # last words stand beyond it
        at = cand_points[1] - s.start
        tail = s.text[at:min(s.end, hi + _CANCEL_OVERHANG) - s.start]
        for rx, value in c.status:
            if value == "cancelled":
                hits += (("cancelled", s.start + at + m.start(), s.start + at + m.end())
                         for m in rx.finditer(tail) if s.start + at + m.start() < hi)
    if not any(h[0] == "cancelled" for h in hits) and hi < s.end:
        # "were to talk at the X summit in Y in mid-October, but X stayed away from the
        # gathering": a contrast clause after the trigger may undo it beyond the window
        far = _BUT_LATER.search(s.text, cand_points[1] - s.start, min(s.end, hi + 80) - s.start)
        if far is not None:
            # the contrast clause is read from its own start: its subject may be long ("but
            # the Azerbaijani leader declined to travel")
            tail = s.text[far.end():min(s.end - s.start, far.end() + 80)]
            for rx, value in c.status:
                if value == "cancelled":
                    hits += (("cancelled", s.start + far.end() + m.start(),
                              s.start + far.end() + m.end()) for m in rx.finditer(tail))
    subject = _subject_trigger(s, cand_points) if not any(
        h[0] == "cancelled" for h in hits) and hi < s.end else None
    if subject is not None:
        # "The five-way meeting of A, B, C, D and E that had been planned for <day> in X will
        # not take place": the meeting is the subject of the sentence (or of a clause after
        # ", and"), however long, and the cancellation its predicate (before any other
        # trigger or a semicolon)
        at = subject - s.start
        end = s.text.find(";", at)
        end = len(s.text) if end < 0 else end
        nxt = min((x0 - s.start for x0, _, _ in _find_triggers(s) if x0 - s.start >= at),
                  default=end)
        tail = s.text[at:min(end, nxt)]
        for rx, value in c.status:
            if value == "cancelled":
                hits += (("cancelled", s.start + at + m.start(), s.start + at + m.end())
                         for m in rx.finditer(tail))
    hits = [h for h in hits if not _inside(h[1], elsewhen)]
    if not hits:
        return None, None
    # a planning word inside a proposal is part of it ("to meet" in "ready to meet"), unless
    # the proposal was accepted ("accepted X's offer to hold talks" plans them)
    hits = [h for h in hits if h[0] != "planned" or not any(
        o[0] == "proposed" and o[1] <= h[1] and h[2] <= o[2] and not any(
            a[0] == "planned" and a is not h and a[1] < o[2] and o[1] < a[2] for a in hits)
        for o in hits)]
    # "phoned X on Thursday and invited Y to Moscow": a proposal in a verb coordinated after
    # the trigger's is another meeting's, not a status of this one
    hits = [h for h in hits if h[0] != "proposed" or h[1] <= cand_points[1]
            or _AND_THEN.search(s.text, max(0, h[1] - s.start - 12), h[1] - s.start) is None]
    # round 58: "had prepared the ground at a meeting in P on <day>, and are expected to meet
    # again in Q on <day>": a plan word opening the verb of a clause coordinated after the
    # trigger's, right before that clause's own trigger, is the later meeting's
    hits = [h for h in hits if h[0] not in ("planned", "proposed")
            or h[1] <= cand_points[1] or not _plans_a_later_clause(s, cand_points[1], h)]
    # "met in Brussels at the invitation of X": how a held meeting came about, no proposal
    hits = [h for h in hits if h[0] != "proposed" or not _AT_INVITATION.search(
        s.text, max(0, h[1] - s.start - 30), h[1] - s.start)
        or not s.text[h[1] - s.start:h[2] - s.start].lower().startswith("invitation")]
    if not hits:
        return None, None
    # A cancellation anywhere near the trigger settles it ("pulled out of a planned meeting");
    # otherwise the cue nearest the trigger speaks for it ("met X on Monday and will meet Y").
    cuts = [x for h in hits if h[0] == "cancelled"
            and (x := _absence_clause(s, h, cand_points[0])) is not None]
    if cuts:
        # round 49: "..., after E pulled out of the planned meeting": the clause's cues
        # ("planned", "pulled out of") are the meeting E left, not the one held
        hits = [h for h in hits if h[1] < min(cuts)]
    cancelled = [h for h in hits if h[0] == "cancelled"
                 and not _invitee_absence(s, h, cand_points[0])]
    if not cancelled:
        hits = [h for h in hits if h[0] != "cancelled"]
    pool = cancelled or hits
    t0, t1 = cand_points
    if not cancelled:
        # round 33: "a possible A-B meeting at the summit": a proposal word inside the
        # meeting noun's own phrase (an article before it, no verb or comma up to the noun)
        # is what the meeting is, whatever held cue ("at the") stands nearer after it
        modifier = [h for h in hits if h[0] == "proposed" and h[2] <= t0
                    and _ARTICLE_BEFORE.search(s.text, max(0, h[1] - s.start - 4),
                                               h[1] - s.start)
                    and _NOUN_PHRASE_GAP.fullmatch(s.text, h[2] - s.start, t0 - s.start)]
        if modifier:
            return "proposed", (modifier[-1][1], modifier[-1][2])

        # round 34: "whether A would take part in a meeting with B in X that C has proposed":
        # a relative clause right after the meeting noun that proposes it says what it is
        prop = c.proposed_by.match(s.text, t1 - s.start) if c.proposed_by is not None \
            and t1 < s.end else None
        if prop is not None:
            return "proposed", (s.start + prop.start(1), s.start + prop.end(1))
        plan = _plan_in_own_relative(s, t1, hits)
        if plan is not None:
            return "planned", plan

    def gap(h: tuple[str, int, int]) -> int:
        if h[0] in ("planned", "proposed") and h[2] < t0 and not s.text[
                h[2] - s.start:t0 - s.start].strip():
            # round 41: "are set to meet at the White House ..., hosted by X": the modal of the
            # trigger's own verb is as near as a held word inside the trigger's span
            return 0
        return max(t0 - h[2], h[1] - t1, 0)

    value, h0, h1 = min(pool, key=lambda h: (gap(h), _STATUS_ORDER.index(h[0]), h[1]))
    return value, (h0, h1)


#: round 58: between a plan word and the trigger of its own clause ("expected to meet", "due to
#: hold talks", "set to sit down")
_PLAN_TO_TRIGGER = re.compile(r"\s*(?:[\w-]+\s+){0,2}", re.IGNORECASE)


def _plans_a_later_clause(s: Sentence, t1: int, h: tuple[str, int, int]) -> bool:
    """Round 58: whether the plan word `h`, after the trigger ending at `t1`, stands in a
    clause coordinated after the trigger's (", and", ", but", ";") and right before that
    clause's own trigger, or holds it ("to meet"): it plans that other meeting, not this
    one."""
    if _CLAUSE_OPENING.search(s.text, t1 - s.start, h[1] - s.start) is None:
        return False
    return any(h[1] < x0 < h[2] or (x0 >= h[2] and _PLAN_TO_TRIGGER.fullmatch(
        s.text, h[2] - s.start, x0 - s.start)) for x0, _, _ in _find_triggers(s))


#: round 52: right after a meeting noun, maybe past its place ("talks in Granada"), the opening
#: of a relative clause in the past on it (", which were")
_OWN_RELATIVE_OPEN = re.compile(r"(?:\s+(?:in|at)\s+[^,;:.()]{1,40}?)?\s*,\s*(?:which|that)\s+"
                                r"(was|were)\s+", re.IGNORECASE)
#: how far into that clause its plan word may start ("which were, at first, to be held")
_OWN_RELATIVE_REACH = 16


def _plan_in_own_relative(s: Sentence, t1: int, hits: Sequence[tuple[str, int, int]]
                          ) -> tuple[int, int] | None:
    """Round 52: "since their talks in Granada, which were to be held in October 2023": a
    relative clause on the meeting noun that opens with a plan word ("to be held", "to take
    place", "scheduled", "supposed to") says what the meeting was, a plan, whatever held word
    of the main clause stands nearer ("have not met since"); a cancellation still wins (it is
    read before). The span from the clause's verb to the plan word's end ("were to be held",
    which `unfulfilled` keeps a plan past its date), or None."""
    if t1 >= s.end:
        return None
    m = _OWN_RELATIVE_OPEN.match(s.text, t1 - s.start)
    if m is None:
        return None
    at = s.start + m.end()
    plans = [h for h in hits if h[0] == "planned" and at <= h[1] <= at + _OWN_RELATIVE_REACH]
    if not plans or not any(_PLAN_TO_DATE.fullmatch(s.text, plans[0][2] - s.start,
                                                    d.start - s.start)
                            for d in s.dates if d.start >= plans[0][2]):
        return None  # the plan's day must follow ("... to be held behind closed doors": how)
    return s.start + m.start(1), plans[0][2]


#: between the plan word of `_plan_in_own_relative` and the day it was planned for
_PLAN_TO_DATE = re.compile(r"\s+(?:(?:in|on|for|at\s+the\s+end\s+of)\s+)?", re.IGNORECASE)


#: round 41: a relative pronoun right after a meeting noun ("a meeting that ...", "the summit,
#: which ...")
_NOUN_RELATIVE = re.compile(r"\s*,?\s*(?:that|which)\s+", re.IGNORECASE)


#: round 55: a relative pronoun on a meeting noun, up to the subject of its clause
#: ("the summit in P, which ..."), and the adverbs that may follow that subject
_RELATIVE_BEFORE_NAME = re.compile(r",\s*(?:which|that)\s+$", re.IGNORECASE)
_SKIP_ADVERB = re.compile(r"\s+(?:then|later|eventually|ultimately|in\s+the\s+end|finally)"
                          r"(?=\s)", re.IGNORECASE)


def _skipped_by_a_side(s: Sentence, g: _Cand) -> tuple[int, int] | None:
    """Round 55: "A and B were to talk at the summit in P in May, which A then skipped": an
    `absent` word in a relative clause on the meeting's noun (its last trigger) whose subject
    is one of the meeting's own people of the two sides tells that the encounter between the
    sides did not happen: the span of that clause's verb, or None. Someone else skipping it
    ("..., which Erdogan skipped") leaves it held."""
    t1 = max(x1 for _, x1 in g.triggers)
    sides = {k for k in g.participants if party_of(k) in CONFLICT_PARTIES}
    if len(sides) < 2:
        return None
    for x in s.mentions:
        if x.start < t1 or x.actor_id not in sides or not is_person(x.actor_id):
            continue
        if ";" in s.text[t1 - s.start:x.start - s.start] or \
                _RELATIVE_BEFORE_NAME.search(s.text, 0, x.start - s.start) is None:
            continue
        j = x.end - s.start
        adv = _SKIP_ADVERB.match(s.text, j)
        if adv is not None:
            j = adv.end()
        hit = cues().absent.match(s.text, j, j + 40)
        if hit is not None:
            return s.start + j + len(hit.group(0)) - len(hit.group(0).lstrip(" ,")), \
                s.start + hit.end()
    return None


def _invitee_absence(s: Sentence, h: tuple[str, int, int], t0: int) -> bool:
    """Round 41: "A held talks with B and C in X on <day>, in a meeting that D had been due to
    attend but boycotted": a cancellation cue `h` that is an `absent` word in a relative clause
    on a meeting noun, after a trigger telling the meeting held (`absence_held_verb`, at `t0`),
    is one invitee's absence; the meeting went ahead without them."""
    c = cues()
    if c.absence_held_verb is None or c.absence_held_verb.match(s.text, t0 - s.start) is None:
        return False
    if c.absent.match(s.text, h[1] - s.start, h[2] - s.start) is None:
        return False
    for x0, x1, _ in _find_triggers(s):
        if t0 <= x0 and x1 <= h[1] and h[1] - x1 <= 80 and \
                _NOUN_RELATIVE.match(s.text, x1 - s.start) is not None and \
                not any(ch in s.text[x1 - s.start:h[1] - s.start] for ch in ";.("):
            return True
    return _absence_clause(s, h, t0) is not None


def _absence_clause(s: Sentence, h: tuple[str, int, int], t0: int) -> int | None:
    """Round 49: "A met B, C and D in X on <day>, after E pulled out of the planned five-way
    meeting": an absent word (`h`, a cue of `absent`) whose subject (a person or one of the two
    states) ends right before it, in a clause of time or cause after the held verb at `t0`
    (`absence_held_verb`), is E's absence only: where that clause starts (its cues are the
    planned meeting's), or None."""
    c = cues()
    if c.absence_held_verb is None or c.absence_held_verb.match(s.text, t0 - s.start) is None \
            or c.absent.match(s.text, h[1] - s.start, h[2] - s.start) is None or t0 >= h[1]:
        return None
    clause = _ABSENCE_CLAUSE.search(s.text, t0 - s.start, h[1] - s.start)
    if clause is None or not any(
            x.end <= h[1] and not s.text[x.end - s.start:h[1] - s.start].strip()
            and x.actor_id is not None and (is_person(x.actor_id) or x.actor_id in
                                            CONFLICT_PARTIES) for x in s.mentions):
        return None
    return s.start + clause.start()


#: round 49: from a held verb to an absent word: a clause of time or cause opening after a
#: comma, up to the word without another comma or stop ("..., after X pulled out of ...")
_ABSENCE_CLAUSE = re.compile(r",\s*(?:after|as|because|since|when)\s+[^,;.()]*$",
                             re.IGNORECASE)


#: a non-restrictive relative clause: a comma and "whose", "who" or "which", up to the comma,
#: dash or bracket that closes it
_NONRESTRICTIVE = re.compile(r",\s+(?:whose|who|which)\b[^,;:()–—]*", re.IGNORECASE)


#: a fronted perfect participle opening the sentence: "Having met in Prague on 6 October, ..."
_HAVING = re.compile(r"\s*[\"“]?having\s+", re.IGNORECASE)
#: between the names of the main clause's subject: "A and B", "the leaders of A and B"
_SUBJECT_JOIN = re.compile(r"(?:\s*,\s*|\s+)(?:(?:and|of|the|both)\s+)*")
#: from the participle clause's comma to the subject's first name: a few words, no stop
_SUBJECT_LEAD = re.compile(r"\s*(?:[\w'’-]+\s+){0,4}")


def _participle_predicate(s: Sentence, g: _Cand) -> int | None:
    """Round 34: "Having met in Prague on 6 October, the leaders of A and B found themselves
    weeks later at C's table": the fronted participle's encounter is its main clause's
    subject's (the names right after its comma, and any it names itself); a name in the
    main clause's predicate is not one who met. Where that predicate starts, or None."""
    if not _HAVING.match(s.text):
        return None
    comma = s.text.find(",")
    if comma < 0 or any(a1 > s.start + comma for _, a1 in g.triggers):
        return None
    end = comma + 1
    names = sorted((x for x in s.mentions if x.start - s.start > comma and x.actor_id),
                   key=lambda x: x.start)
    first = True
    for x in names:
        gap = (_SUBJECT_LEAD if first else _SUBJECT_JOIN).fullmatch(
            s.text, end, x.start - s.start)
        if gap is None:
            break
        end, first = x.end - s.start, False
    return None if first else s.start + end


def _relative_around(s: Sentence, t0: int, t1: int) -> tuple[int, int] | None:
    """Round 34: "A and B, whose meeting in Paris in January had prepared the summit, are
    expected to meet again": a trigger inside a relative clause takes its status from that
    clause only; the main clause's words around it ("expected to") are the main clause's.
    The clause's span, or None."""
    if "," not in s.text:
        return None
    for rc in _NONRESTRICTIVE.finditer(s.text):
        if s.start + rc.start() < t0 and t1 <= s.start + rc.end():
            return s.start + rc.start(), s.start + rc.end()
    return None


def _relative_closed_before(s: Sentence, x0: int, x1: int, t0: int) -> bool:
    """Round 37: whether [x0, x1) stands in a non-restrictive ", who/which/whose ..." clause
    that closes before `t0` ("Lavrov, who hosted the two ministers in Moscow in May 2023, said
    Russia was ready to host a new round": the clause's date and encounter are its own, not
    those of a trigger in the main clause after it)."""
    rel = _relative_around(s, x0, x1)
    # the comma must close the clause, the main clause's predicate right after it ("...,
    # said"), not set off an apposition inside it ("at the invitation of the President of the
    # UAE, Sheikh ...")
    return rel is not None and rel[1] <= t0 and \
        _PREDICATE_AFTER.match(s.text, rel[1] - s.start) is not None


#: a comma and a lowercase word that is no function word: the predicate of the main clause
#: resuming after a non-restrictive relative clause (`_relative_closed_before`)
_PREDICATE_AFTER = re.compile(
    r",\s+(?:(?:also|then|later|only|again|still)\s+)?(?!(?:and|or|but|nor|the|a|an|in|on|at|"
    r"of|for|with|to|from|by|as|who|whose|which|that|where|when|while|after|before|since|"
    r"its|his|her|their|this|these|those|some|many|both|all|each|not|so|yet)\b)[a-z]+\b")


#: a past perfect ("had prepared", "had been")
_HAD = re.compile(r"\bhad\s+(?:been|[a-z]+(?:ed|en)|met|held|made|set|laid|brought|led)\b")


def _level_phrase(s: Sentence) -> tuple[str, tuple[int, int], bool] | None:
    """A level named in the sentence for the people meeting ("deputy prime ministers of X and Y
    will meet"), not for people being instructed ("directed foreign ministers to ...")."""
    c = cues()
    best = None
    known = _cue_at(s, "level0") is not None  # where the words stand (see `_locate_cues`)
    mays = [True] * len(c.level) if known else c.filter.may_match_each(c.rows["level"], s)
    for (rx, level), may, name in zip(c.level, mays, c.rows["level"], strict=True):
        if not may:
            continue
        found = _cue_matches(s, name, rx) if known else None
        for m in rx.finditer(s.text) if found is None else found:
            before = s.text[max(0, m.start() - 25):m.start()].lower()
            if re.search(r"\b(directed|instructed|ordered|tasked|told|asked|urged)\b", before):
                continue
            if c.speaks_after.match(s.text, m.end()):
                continue  # "..., officials say": who reports the meeting, not who meets
            if _ACCORDING_TO_SOME.search(s.text, max(0, m.start() - 40), m.start()):
                continue  # "..., according to European officials": the report's source
            if c.consequence is not None and c.consequence.search(
                    s.text, max(0, m.start() - 150), m.start()):
                continue  # "..., which led to the creation of the border commissions"
            if c.founds is not None and c.founds.search(s.text, max(0, m.start() - 60),
                                                         m.start()):
                continue  # "agreed to set up a commission on delimitation": no one met as it
            explicit = level != "leaders" or m.group(0).lower() in ("heads of state", "presidents")
            cand = (level, (s.start + m.start(), s.start + m.end()), explicit)
            if best is None or (cand[2] and not best[2]) or (
                    level == "commission" and best[0] != "commission"):
                best = cand
    return best


#: right before a level word: the people the report is attributed to ("according to European
#: officials", "according to two diplomats"), not those who meet
_ACCORDING_TO_SOME = re.compile(r"\baccording\s+to\s+(?:(?:a|an|the|two|three|several|some)\s+)?"
                                r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


#: (lead, round 60: a full stop after a lone capital is an initial's or an abbreviation's, as
#: in "hosted by U.S. President X", and ends nothing)
_OUTCOME_END = re.compile(
    r"(?:;|(?<!\b[A-Z])\.)(?:\s|$)|[”\"](?:\s|,|$)|"
    r",\s+(?:in which|which|while|but|although|according|(?:the|a|an)\s+(?:\w+\s+){1,3}said)\b"
    r"|\s+[–—]\s+|\s+(?:during|at|in the course of|on the sidelines of|after|following)\s+"
    r"(?:the\s+)?(?:\w+\s+){0,3}(?:talks|meeting|summit|negotiations)\b|,\s+according to\b")


_MAX_OUTCOME_WORDS = 22
#: "agreed to hold talks", "agreed that the next meeting would take place in May": the clause
#: plans a meeting; it is no outcome of one
_PLANS_A_MEETING = re.compile(r"\bto (?:hold|meet|organi[sz]e|convene)\b|"
                              r"\b(?:would|will|should|to|shall) (?:take place|be held)\b",
                              re.IGNORECASE)
#: "since", "after", "before" right before a date: the phrase is about another time
_OTHER_TIME = re.compile(r"\b(?:since|after|before|until|till)\s+(?:the\s+)?$", re.IGNORECASE)
#: "since the White House summit in August", "after the Prague meeting": a gathering of another
#: time, named by its place, with its date if one follows
_SINCE_GATHERING = re.compile(
    r"\b(?:since|after|before|following)\s+the\s+(?:[\w'’.-]+\s+){1,3}?(?:summit|meeting|talks|"
    r"round|visit|conference)\b(?:\s+(?:in|on|of|at)\s+[^,;.:()]*)?", re.IGNORECASE)
#: round 50: "since" right before a place's name alone ("the first time since Sochi")
_SINCE_PLACE = re.compile(r"\bsince\s$", re.IGNORECASE)
#: "after", "before" right before a name that is the subject of a clause of its own ("since"
#: is left out: it is as often causal, "since Armenia had recognised ...")
#: (round 45: a capitalised word of a title the name does not hold may stand between: "after
#: Assistant Secretary of State X told Congress ...")
_OTHER_EVENT = re.compile(r"\b(?:after|before|following)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+)?$",
                          re.IGNORECASE)
#: right after that name: its possessive and the word after it ("Azerbaijan's offensive")
_WHOSE = re.compile(r"['’]s?\s+[\w-]")
#: a lower-case word after that name, no preposition or conjunction: the clause's verb
_EVENT_VERB = re.compile(r"\s+(?!(?:and|or|of|in|on|at|to|with|for|by|from|as|who|which|that)\b)"
                         r"[a-z][a-z-]*\b")
#: after a comma: a clause of time with its own subject and verb ("..., weeks before the two men
#: are due to meet in Brussels"): another encounter, whose status, mediator and people are its own
_TIME_CLAUSE = re.compile(
    r",\s+(?:(?:(?:a|an|two|three|four|five|six|several|a few|some|\d+)\s+)?"
    r"(?:days?|weeks?|months?)\s+)?"
    r"(?:before|ahead of|after|until)\s+(?:they|he|she|(?:the|both)\s+(?:two\s+|three\s+)?"
    r"[a-z]+)\s+(?:are|is|was|were|will|would|had|have|has|can|could)\b", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[;.]|,(?!\s+when\b)")
_WHEN = re.compile(r",\s+when\b")
_SENTENCE_STOP = re.compile(r"[;.]")


def _other_time_spans(s: Sentence) -> list[tuple[int, int]]:
    """Phrases of a sentence about another time than its meeting: "their first meeting since
    11 January in Moscow, when the leaders agreed to ..." names where and what that earlier
    date saw (Moscow, the agreement, its people), not the meeting reported. A phrase runs from
    "since"/"after"/"before" + date to the end of its clause (a "when" clause included).

    They depend on the sentence only, and every candidate of the sentence asks for them:
    found once and remembered on the sentence (callers do not change the list)."""
    cached = s.__dict__.get("_meeting_other_time_spans")
    if cached is None:
        cached = s.__dict__["_meeting_other_time_spans"] = _find_other_time_spans(s)
    return cached


#: one of these words stands in every match of `_OTHER_TIME`, `_OTHER_EVENT`,
#: `_SINCE_GATHERING` and `_TIME_CLAUSE`
_OTHER_TIME_WORDS = ("since", "after", "before", "until", "till", "following", "ahead of")


#: a sentence opening with a time phrase built on a gathering ("Two days before the talks
#: opened,", "Hours after their meeting,", "Ahead of the summit,"): up to four words of a
#: stretch of time, the preposition and a determiner; the trigger follows within a few words
#: (not "A statement issued after that meeting by A, B and C ...": no stretch of time)
_FRONTED_TIME_OF = re.compile(
    r"(?:(?:just|shortly|only|long|soon|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"few|several|\d+|hours?|days?|weeks?|months?|years?|minutes?|moments?)\s+){0,4}?"
    r"(?:before|after|ahead\s+of|following|since|until|(?<![\w-])on\s+the\s+eve\s+of|in\s+the\s+"
    r"(?:run|lead)[\s-]up\s+to)\s+(?:the|their|this|that|these|those)\s+",
    re.IGNORECASE)


def _main_clause_after_time_phrase(s: Sentence, t0: int, t1: int) -> tuple[int, int] | None:
    """The main clause after a fronted time phrase the trigger stands in ("Two days before the
    talks opened, troops exchanged fire near X"): what happened then, not the gathering's
    place or people. None when the trigger heads the sentence's own clause."""
    m = _FRONTED_TIME_OF.match(s.text)
    if m is None or not 0 <= t0 - s.start - m.end() <= 24:
        return None
    comma = s.text.find(",", t1 - s.start)
    if comma < 0 or len(s.text[t1 - s.start:comma].split()) > 6 \
            or any(c in s.text[m.end():comma] for c in ";:()\"“”"):
        return None
    return s.start + comma + 1, s.end


def _find_other_time_spans(s: Sentence) -> list[tuple[int, int]]:
    """`_other_time_spans`, found in the sentence."""
    if not _may_hold(_OTHER_TIME_WORDS, s):  # most sentences hold none of their words
        return [*_other_encounters(s)]
    out = []
    for d in s.dates:
        lead = _OTHER_TIME.search(s.text, max(0, d.start - s.start - 12), d.start - s.start)
        if lead is None:
            continue
        rest = s.text[d.end - s.start:]
        stop = _CLAUSE_STOP.search(rest)
        if stop is not None and _WHEN.search(rest, 0, stop.start()):
            stop = _SENTENCE_STOP.search(rest, stop.start())  # "..., when A, B and C agreed"
        out.append((s.start + lead.start(), d.end + (stop.start() if stop else len(rest))))
    for m in s.mentions:
        # "... comes two weeks after Azerbaijan retook the region, prompting ...": a clause of
        # its own, whose subject is named right after "after" and followed by its verb; when
        # it opens the sentence it ends at its comma, else it runs to the sentence's end
        if m.actor_id is None:
            continue
        lead = _OTHER_EVENT.search(s.text, max(0, m.start - s.start - 16), m.start - s.start)
        if lead is None or not (_EVENT_VERB.match(s.text, m.end - s.start)
                                or _WHOSE.match(s.text, m.end - s.start)):
            continue  # also "after Azerbaijan's September offensive": whose happening
        end = s.end
        if not s.text[:lead.start()].strip():
            comma = s.text.find(",", m.end - s.start)
            end = s.start + comma if comma >= 0 else s.end
        out.append((s.start + lead.start(), end))
    for m in s.mentions:
        # round 50: "the first time since Sochi that X had brought them together": a place
        # alone right after "since" names the meeting held there, of another time
        if m.place_id is not None and m.actor_id is None and _SINCE_PLACE.search(
                s.text, max(0, m.start - s.start - 8), m.start - s.start) is not None:
            out.append((m.start - 6, m.end))
    for om in _SINCE_GATHERING.finditer(s.text):
        # "their first meeting since the White House summit in August": the gathering named
        # after "since" (its venue, city and date) is of another time
        out.append((s.start + om.start(), s.start + om.end()))
    for tc in _TIME_CLAUSE.finditer(s.text):
        stop = _SENTENCE_STOP.search(s.text, tc.end())
        out.append((s.start + tc.start(), s.start + (stop.start() if stop else len(s.text))))
    return out + _other_encounters(s)


def _other_encounters(s: Sentence) -> list[tuple[int, int]]:
    """"held talks with A on Thursday, a day after meeting B": phrases telling an encounter of
    another time (B was met another day), each running to the end of its clause."""
    oe = cues().other_encounter
    if oe is None or not ("fter " in s.text or "efore " in s.text):
        return []
    cached = s.__dict__.get("_meeting_other_encounters")  # asked per date and trigger
    if cached is None:
        cached = []
        said = cues().said_after
        for om in oe.finditer(s.text):
            if said is not None and said.search(s.text, max(0, om.start() - 30), om.start()):
                continue  # "Michel said after hosting A and B": the meeting reported
            stop = _CLAUSE_STOP.search(s.text, om.end())
            cached.append((s.start + om.start(),
                           s.start + (stop.start() if stop else len(s.text))))
        s.__dict__["_meeting_other_encounters"] = cached
    return cached


#: right before an outcome verb: an article, which makes its participle an adjective
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:a|an|the)\s+$", re.IGNORECASE)

#: between a modifier and the meeting noun it modifies: up to three words (names, a pair
#: "A-B", "trilateral"), no comma and no verb-like word
_NOUN_PHRASE_GAP = re.compile(r"(?:\s+(?!(?:is|are|was|were|be|been|has|have|had|will|would|"
                              r"to|that|which|and|or|of|in|on|at|for|with)\b)[\w'’.–-]+){0,3}\s+")


def _outcome_cues(s: Sentence) -> list[re.Match[str]]:
    """The outcome cues of a sentence: looked for only where `_scan_document` found one of
    their phrases, when it could tell (the same matches, see `FastRx.finditer_at`)."""
    c = cues()
    at = s.__dict__.get("_meeting_outcome_at")
    if at is not None:
        return _finditer_at(c.outcome, s.text, at) if at else []
    if not c.filter.may_match("outcome", s):
        return []
    return list(c.outcome.finditer(s.text))


def _outcomes(s: Sentence, text: str) -> list[tuple[int, int]]:
    """Outcome clauses: from an outcome verb to the end of its clause, verbatim."""
    out: list[tuple[int, int]] = []
    for m in _outcome_cues(s):
        start = s.start + m.start()
        if _ARTICLE_BEFORE.search(s.text, max(0, m.start() - 5), m.start()):
            continue  # "a signed treaty": the verb's participle describes a thing
        if _inside(start, _other_time_spans(s)):
            continue
        if _contrast_before(s, m.start()):
            continue  # "..., while C signed it separately": what someone else did
        if _agreed_in_time_clause(s, m.start()):
            continue  # "..., a day after the rebels agreed to disarm": what others did then
        rest = text[start:s.end]
        end_m = _OUTCOME_END.search(rest)
        end = start + (end_m.start() if end_m else len(rest.rstrip(".")))
        # "..., at which it was agreed to X, and again in Y on <day>": the second round
        # (`_second_rounds`) ends the clause
        end = min([end] + [len(text[:r].rstrip(" ,")) for r in _second_round_starts(s)
                           if start < r < end])
        # "agreed to X, the co-chairs said": the closing source is no part of the outcome
        for comma in re.finditer(r",", text[start:end]):
            if cues().source_tail.match(text, start + comma.end()):
                end = start + comma.start()
                break
        clause = text[start:end]
        # "agreed to hold talks" plans a meeting; it is not the outcome of one.
        if _PLANS_A_MEETING.search(clause):
            continue
        if len(clause.split()) < 3 or any(o0 <= start < o1 for o0, o1 in out):
            continue
        if _only_a_date(s, s.start + m.end(), end):
            continue  # "whose text was agreed on March 13": when, not what was agreed
        words = list(re.finditer(r"\S+", clause))
        if len(words) > _MAX_OUTCOME_WORDS:  # a short string, still a verbatim prefix
            end = start + words[_MAX_OUTCOME_WORDS - 1].end()
        out.append((start, end))
    return out


#: right before an outcome cue, after a comma: a trailing clause of time with a subject of its
#: own (", a day after the region's forces agreed to ...", ", hours before X signed ...")
_TIME_CLAUSE_LEAD = re.compile(
    r",\s+(?:(?:just|only|shortly|soon|a|an|one|two|three|four|five|six|seven|few|several|\d+|"
    r"hours?|days?|weeks?|months?)\s+){0,3}(?:after|before)\s+(?:[\w'’-]+\s+){1,6}$",
    re.IGNORECASE)


def _agreed_in_time_clause(s: Sentence, at: int) -> bool:
    """Round 45: the outcome cue at `at` (in `s.text`) is the verb of a clause of time set off
    by a comma after the meeting ("held talks on Thursday, a day after the separatists agreed
    to lay down their arms"): what its own subject did at another time, not what the meeting
    agreed. A meeting word inside that clause ("..., after talks in X the sides agreed ...")
    makes it the meeting's after all."""
    if "fter " not in s.text and "efore " not in s.text:
        return False
    lead = _TIME_CLAUSE_LEAD.search(s.text, max(0, at - 90), at)
    if lead is None:
        return False
    return not any(s.start + lead.start() <= t0 < s.start + at for t0, _, _ in _find_triggers(s))


#: between an outcome cue and a date: "on", "in" ("agreed | on 13 March", "signed | in May")
_DATE_LEAD = re.compile(r"\s*(?:(?:on|in)\s+)?", re.IGNORECASE)


def _only_a_date(s: Sentence, lo: int, hi: int) -> bool:
    """Whether an outcome clause holds nothing after its cue but a date ("agreed on March 13"):
    the cue tells when something was agreed, not what."""
    lead = _DATE_LEAD.match(s.text, lo - s.start, hi - s.start)
    at = s.start + lead.end() if lead is not None else lo
    return any(d.start == at and d.end >= hi - 1 for d in s.dates)


def _parties(c: _Cand) -> set[str]:
    ps = {party_of(a) for a in c.participants}
    if c.mediator:
        ps.add(party_of(c.mediator[0]) or c.mediator[0])
    return {p for p in ps if p}


def _parties_but_host(c: _Cand) -> set[str]:
    """The parties of `c` but its mediator, when that is no side ("At their last meeting, ...
    Kazakhstan hosted the talks": the host named next does not name "their")."""
    med = c.mediator[0] if c.mediator else None
    if med:
        med = party_of(med) or med
    return _parties(c) - ({med} if med and med not in CONFLICT_PARTIES else set())


def _next_trigger(g: _Cand, m: Mention) -> int:
    """The start of the first trigger of `g` after the name `m` (else its first trigger): the
    one a speaker right before it may report ("X met Y in Almaty, and spokeswoman Z told
    reporters after the meeting that ...")."""
    return next((t0 for t0, _ in g.triggers if t0 > m.start), g.triggers[0][0])


#: between a speaker and a call trigger (after a `spoken_in` phrase): a "that" clause or a
#: clause break, so the speaking was not done in the call
_CLAUSE_BETWEEN = re.compile(r"[,;:.\"“”]|\b(?:that|whether|if)\b", re.IGNORECASE)


def _is_announcer(s: Sentence, m: Mention, trigger_start: int, mode: str | None = None
                  ) -> bool:
    """A speaker who reports a meeting ("X announced that ... will meet") is not, by that,
    one of its participants; one who speaks in a call (`mode` phone or video: "A and B
    announced the deal in a video call") is on it."""
    if m.start >= trigger_start:
        return False
    if _reacts_to(s, m, trigger_start):
        return True
    after = s.text[m.end - s.start:m.end - s.start + 80]
    if not cues().announce.match(after):
        # "A and B announced the deal": each name of a subject list before the verb
        nxt = next((x for x in s.mentions if x.start >= m.end and x.actor_id is not None), None)
        if nxt is None or nxt.start >= trigger_start or not _COORDINATION.fullmatch(
                s.text, m.end - s.start, nxt.start - s.start):
            return False
        return _is_announcer(s, nxt, trigger_start, mode)
    if mode in ("phone", "video"):
        between = s.text[m.end - s.start:trigger_start - s.start]
        if cues().spoken_in.search(between) and not _CLAUSE_BETWEEN.search(between):
            return False
    # "He recalled that during a meeting with X ..." — a meeting *with* someone has the
    # speaker as its other side.
    # Not when someone else is named between them: "Peskov said that Putin held a phone call
    # with X" has Putin as the other side.
    trig = s.text[trigger_start - s.start:trigger_start - s.start + 40]
    return not re.match(r"\w+(?:\s+\w+)?\s+with\b", trig) or any(
        m.end <= x.start < trigger_start and x.actor_id is not None for x in s.mentions)


#: right after a meeting's word: "with" someone ("the talks with X", "the meeting in Baku with")
_WITH_NEXT = re.compile(r"[\w-]+(?:\s+[\w'’-]+){0,3}?\s+with\b", re.IGNORECASE)


def _reacts_to(s: Sentence, m: Mention, trigger_start: int) -> bool:
    """"X welcomed the meeting of A and B", "we hail today's talks in Brussels": a name whose
    verb takes the meeting's noun as its object reacts to the meeting (`reaction_verb`), as a
    spokesperson or a third state does, and is no party to it. Not when the meeting is one
    "with" someone, which makes the name its other side ("Aliyev welcomed the talks with X");
    a name of the same sentence that meets with its own verb is read as before."""
    rx = cues().reacts
    if rx is None or m.end > trigger_start:
        return False
    i, t = m.end - s.start, trigger_start - s.start
    if rx.fullmatch(s.text, i, t) is None:
        return False
    w = _WITH_NEXT.match(s.text, t, t + 60)
    # "the meeting of A with B" is A's and B's: a name before "with" makes it no one's other side
    return w is None or any(trigger_start <= x.start < s.start + w.end() and x.actor_id
                            for x in s.mentions)


#: what stands between the comma closing a report and the name of its source
_SOURCE_LEAD = re.compile(r"(?:,[\"”’]?|\baccording to)\s+(?:(?:a|an|the)\s+)?"
                          r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _is_source(s: Sentence, m: Mention) -> bool:
    """'..., the Russian foreign ministry said', '..., an EU official told reporters',
    '"...," X said', 'according to the Kremlin': the name the report is attributed to,
    after a comma, is its source, not a party to the meeting it reports."""
    i = m.start - s.start
    window = s.text[max(0, i - 40):i]
    if "," not in window and "ccording" not in window:
        return False  # the common case, without trying the pattern at every offset
    lead = _SOURCE_LEAD.search(s.text, max(0, i - 40), i)
    if lead is None:
        return False
    j = m.end - s.start
    if "ccording to" in lead.group(0) and s.text.startswith(",", j):
        # "According to Peskov, the three leaders agreed ...": a fronted attribution names
        # the report's source whatever follows it
        return True
    # ", the ministry said": the verb must come next (", according to X" needs none)
    if lead.group(0)[0] == "," and "ccording to" not in lead.group(0):
        verb = cues().source_tail.match(s.text, j)
        if verb is None:
            return False
        j = verb.end()
    # the attribution closes the sentence: "After the talks, X said that ..." names a speaker
    # who was there, and what follows the verb is what they said
    return _SOURCE_END.fullmatch(s.text, j) is not None


#: what may follow a closing attribution: a time or place, a "to reporters", no reported words
#: (a comma-set phrase of manner is none either: "..., X's office said, without giving details")
_SOURCE_END = re.compile(r"[^,;:\"“”«»]{0,40}?(?:,\s+(?:without|citing|declining|giving)\s"
                         r"[^,;:\"“”«»]{0,40}?)?[.!]?[\s\"”’]*")


#: right before an organisation whose gathering follows: the gathering is where the meeting is
_AT_OCCASION = re.compile(r"\b(?:at|during|for|to|from|before|ahead of|after|attend(?:s|ed|ing)?|"
                          # round 50: "on the day (the eve, the morning) of the X summit"
                          r"on\s+the\s+(?:day|eve|morning|afternoon|evening|night)\s+of|"
                          r"skip(?:s|ped|ping)?|miss(?:es|ed|ing)?|boycott(?:s|ed|ing)?)\s+(?:the|a|an|this|"
                          r"that|last|next|its)\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)
#: "citing what Baku called ...", "in what Yerevan described as ...": the one naming a thing
_WHAT_BEFORE = re.compile(r"\bwhat\s+$", re.IGNORECASE)
_CITING = re.compile(r",\s+citing\b[^,;:.\"“”]*$", re.IGNORECASE)
_WHAT_AFTER = re.compile(r"\s+(?:called|calls|described|describes|termed|terms|dubbed|"
                         r"branded|labelled|labeled|sees|saw|considers|considered)\b")


#: from right after "between" to the second of a pair: "Armenia and ", "the Armenian and the "
_PAIR_LEAD = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}and\s+(?:the\s+)?")


def _in_topic_pair(s: Sentence, m: Mention) -> bool:
    """"discussed the normalisation of relations between Armenia and Azerbaijan", "the border
    between A and B": the pair after a noun of what joins or divides two sides is what the
    talks were about. When the sentence names the people meeting apart from it, the pair is
    no one at the table; when it names no one else, the caller keeps the pair (a meeting
    "to settle the border between A and B" is, as a rule, one of A and B)."""
    rx = cues().topic_pair
    i = m.start - s.start
    if rx is None or "between" not in s.text[max(0, i - 80):i]:
        return False
    for hit in rx.finditer(s.text, max(0, i - 80), i):
        lead = s.text[hit.end():i]
        if lead in ("", "the ") or _PAIR_LEAD.fullmatch(lead):
            return True
    return False


def _named_as_object(s: Sentence, m: Mention, g: _Cand) -> bool:
    """A state (or its capital) named as what the talks were about, not as one at them: right
    after an `object_before` phrase ("sanctions on Baku", "arms to Yerevan", "the peace treaty
    with Azerbaijan"), or after a `purpose` word that follows the meeting's trigger ("met X and
    discussed the peace agenda with Azerbaijan"). Like a topic pair, it is taken only when no
    one but a host is named (see `_fill`)."""
    if m.actor_id is None or is_person(m.actor_id) or _is_organisation(m.actor_id):
        return False
    c = cues()
    i = m.start - s.start
    if c.object_before is not None and c.object_before.search(s.text, max(0, i - 40), i):
        return True
    ends = [t1 for _, t1 in g.triggers if t1 <= m.start]
    if not ends or c.purpose is None:
        return False
    lo = max(ends) - s.start
    return ";" not in s.text[lo:i] and c.purpose.search(s.text, lo, i) is not None


#: right before a place: a preposition that puts something in it ("in X", "at the X")
_IN_OR_AT = re.compile(r"(?<![\w-])(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _topic_place(s: Sentence, m: Mention, g: _Cand) -> bool:
    """Round 40: a place after a `purpose` word that follows the meeting's trigger in its
    clause ("The talks focused on the border near Tavush and X", "met to discuss the road
    through X") is part of what was talked about, unless "in" or "at" puts something there
    ("discussed the treaty in X": where they discussed it)."""
    c = cues()
    ends = [t1 for _, t1 in g.triggers if t1 <= m.start]
    if not ends or c.purpose is None:
        return False
    lo, i = max(ends) - s.start, m.start - s.start
    if ";" in s.text[lo:i] or c.purpose.search(s.text, lo, i) is None:
        return False
    return _IN_OR_AT.search(s.text, max(0, i - 12), i) is None


#: between an apposition's closing comma and a trigger: a preposition opening a phrase of time
#: or place puts the trigger in the predicate of the thing led, not as its verb ("were set up
#: after the Brussels meeting"; not "held their ninth meeting", "are to meet")
_ADJUNCT_BEFORE = re.compile(r"\b(?:after|before|since|following|ahead\s+of|prior\s+to|"
                             r"during|until|at|in\s+the\s+wake\s+of)\s", re.IGNORECASE)


#: right before a trigger: a determiner and a few modifiers, so the trigger is a noun, the
#: object of the verb before it ("welcomed the Prague meeting")
_NOUN_TRIGGER = re.compile(r"(?<![\w-])(?:the|a|an|their|its|this|that|these|those)\s+"
                           r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _heads_something_else(s: Sentence, m: Mention, trigger_start: int) -> bool:
    """"The commissions, led by X and Y, were set up after the Brussels meeting": names in an
    apposition that says who leads a thing belong to that thing; they take part in a meeting
    of the sentence unless it is told in a phrase of time or place of the thing's own verb
    (they do in "The delegations, led by X and Y, met in Brussels", "..., held their ninth
    meeting"), or it is the object of a verb by which no one takes part in it ("..., welcomed
    the Prague meeting")."""
    rx = cues().head_apposition
    i = m.start - s.start
    if rx is None or " by " not in s.text[max(0, i - 80):i]:
        return False
    close = s.text.find(",", i)  # the apposition's closing comma
    if close < 0:
        return False
    for hit in rx.finditer(s.text, max(0, i - 80), i):
        if ";" in s.text[hit.end():i]:
            continue
        t = trigger_start - s.start
        if t < close:
            return False  # the trigger comes first: "met the delegation, led by X"
        if _ADJUNCT_BEFORE.search(s.text, close + 1, t) is not None:
            return True
        took = cues().takes_part
        noun = _NOUN_TRIGGER.search(s.text, close + 1, t) if took is not None else None
        # the verb right before the meeting's noun phrase decides ("have held their ...")
        return noun is not None and took.search(s.text, close + 1, noun.start()) is None
    return False


#: round 60: right before a name: a relative clause opens on the word before its comma
#: (its word, maybe with its place: "the forum in Antalya, which")
_WHICH_OPENS = re.compile(r"([\w'’-]+)(?:\s+(?:in|at)\s+[A-Z][\w'’-]*)?\s*,\s+(?:which|that)\s+$")
#: round 60: right after that name: the clause's verb of hosting or organising
_HOSTS_AFTER = re.compile(r"\s+(?:(?:is|was|has|had|will|also|had\s+been|will\s+be|has\s+been)\s+)?"
                          r"(?:co-)?(?:host(?:s|ed|ing)?|organi[sz](?:es|ed|ing))\b", re.IGNORECASE)
#: round 60: before a gathering's name: the meeting was held beside it, not as it
_BESIDE_OCCASION = re.compile(r"\b(?:sidelines|margins|fringes)\s+of\b", re.IGNORECASE)


def _hosts_the_occasion(s: Sentence, i: int, j: int) -> bool:
    """Round 60: whether the name at `s.text[i:j]` is the subject of a ", which X hosts"
    clause on a gathering the meeting was held on the sidelines of ("met on the margins of the
    Antalya forum, which Turkey hosts every year"): the host of the gathering, not of the
    meeting. A meeting told as the gathering itself ("the summit, which X hosted") keeps its
    host."""
    if _HOSTS_AFTER.match(s.text, j) is None:
        return False
    k = _WHICH_OPENS.search(s.text, max(0, i - 60), i)
    ow = cues().occasion_word
    if k is None or ow is None or ow.fullmatch(k.group(1)) is None:
        return False
    return _BESIDE_OCCASION.search(s.text, max(0, k.start() - 80), k.start()) is not None


def _is_absent(s: Sentence, m: Mention) -> bool:
    """'the summit, which X skipped', 'X, who did not attend', 'the exclusion of X', 'on the
    sidelines of the X summit': named, but not a party there. So is the organisation whose
    gathering is the occasion ('would talk at the CIS summit in Astana': its members gather,
    it does not sit at the table) and the one who names a thing ('citing what Baku called')."""
    i = m.start - s.start
    j = m.end - s.start
    if cues().absent.match(s.text, j, j + 40) is not None \
            or (_may_hold(cues().words["absent_before"], s)
                and cues().absent_before.search(s.text, max(0, i - 40), i) is not None):
        return True
    if _WHAT_BEFORE.search(s.text, max(0, i - 8), i) and _WHAT_AFTER.match(s.text, j):
        return True
    if _CITING.search(s.text, max(0, i - 80), i):
        return True  # "..., citing France's stance": a reason given, no one at the table
    if _hosts_the_occasion(s, i, j):
        return True  # round 60: "on the sidelines of the forum, which X hosts": not at the table
    if not (m.actor_id and _is_organisation(m.actor_id)):
        return False
    occ_of = cues().occasion_of
    if occ_of is not None and occ_of.search(s.text, max(0, i - 40), i):
        return True  # "on the sidelines of the first summit of the X": X holds the gathering
    occ = cues().occasion
    # also "The CSTO summit in Moscow brought A and B together": the gathering opens the
    # sentence as its subject
    return bool(occ is not None and occ.match(s.text, j)
                and (_AT_OCCASION.search(s.text, max(0, i - 40), i)
                     or _THE_OPENING.fullmatch(s.text, 0, i)))


#: all that stands before a name opening its sentence: "The CSTO summit ..."
_THE_OPENING = re.compile(r"\W*the\s+", re.IGNORECASE)


#: between a place's name and the date it is dated by: an opening bracket
_OPEN_BRACKET = re.compile(r"\s*\(\s*")


def _dates_a_place_in_brackets(s: Sentence, d: DateMention) -> bool:
    """Round 42: date `d` stands in brackets right after a place's name ("Paris (January 16)"):
    it is the day of the meeting the place names, no other trigger's."""
    if not s.text.startswith(")", d.end - s.start):
        return False
    return any(m.place_id is not None and _place_dated_in_brackets(s, m) for m in s.mentions
               if m.end <= d.start and d.start - m.end <= 4)


def _place_dated_in_brackets(s: Sentence, m: Mention) -> bool:
    """Round 42: "the third this year, after Paris (January 16) and Vienna": a place with a
    bracketed date right after it names the meeting held there that day, not a government at
    the table (a capital otherwise reads as its state)."""
    if m.place_id is None:
        return False
    gap = _OPEN_BRACKET.match(s.text, m.end - s.start)
    if gap is None:
        return False
    at = s.start + gap.end()
    return any(d.start == at and s.text.startswith(")", d.end - s.start) for d in s.dates)


def _expected_there(s: Sentence, m: Mention) -> bool:
    """Round 41: "..., in a meeting that X had been due to attend": X was expected at it (an
    `absent_if_held` phrase right after the name), so X took part only if it was not held."""
    rx = cues().absent_if_held
    j = m.end - s.start
    return rx is not None and rx.match(s.text, j, j + 60) is not None


def _stayed_away(s: Sentence, m: Mention) -> bool:
    """Whether `m` is absent by an `absent` word right after it that says they themselves did
    not come ("X stayed away", "X boycotted"), not that they kept someone else away ("X
    refused to send Y": `not_sent`)."""
    j = m.end - s.start
    c = cues()
    return c.absent.match(s.text, j, j + 40) is not None and not (
        c.not_sent is not None and c.not_sent.match(s.text, j, j + 40))


def _contrast_before(s: Sentence, at: int) -> bool:
    """A `contrast` clause (", while ...", ", who said ...") opens before offset `at` of the
    sentence text: what stands there is someone else's doing or account."""
    c = cues().contrast
    return c is not None and _may_contrast(s) and c.search(s.text, 0, at) is not None


def _may_contrast(s: Sentence) -> bool:
    """False only when `contrast` cannot match in `s`: every match holds a `contrast` word or,
    in ", who said", a `source_verb` (see `_may_hold`)."""
    words = cues().words
    return _may_hold(words["contrast"], s) or _may_hold(words["source_verb"], s)


def _after_contrast(s: Sentence, m: Mention, g: _Cand) -> re.Match[str] | None:
    """The last `contrast` word ("..., while") between the meeting's last trigger and `m`."""
    c = cues()
    t1 = g.triggers[-1][1]
    if c.contrast is None or m.start < t1 or not _may_contrast(s):
        return None
    found = list(c.contrast.finditer(s.text, t1 - s.start, m.start - s.start))
    return found[-1] if found else None


def _in_contrast_clause(s: Sentence, m: Mention, g: _Cand) -> bool:
    """"A and B met in Moscow on Friday, while C stayed in Yerevan": after the meeting's last
    trigger, a clause opened by a `contrast` word has a subject of its own, who is not at the
    meeting unless the clause says they joined it ("while C joined by video"); so do the words
    a participant reports (", who said that C attacked D")."""
    k = _after_contrast(s, m, g)
    if k is None:
        return False
    stop = _CLAUSE_END.search(s.text, m.end - s.start)
    clause = s.text[k.end():stop.start() if stop else len(s.text)]
    joins = cues().joins
    return joins is None or not joins.search(clause)


def _before_contrast(s: Sentence, at: int, g: _Cand, points: Sequence[int]) -> bool:
    """"A met B in Paris, while C held talks with D in X on <day>": a name or place at `at`,
    before the `contrast` word that opens the clause of the meeting's first trigger, belongs to
    the encounter of its own clause (another trigger stands before that word), not to the one
    after the contrast."""
    c = cues().contrast
    t0 = g.triggers[0][0]
    if c is None or at >= t0 or not _may_contrast(s):
        return False
    found = list(c.finditer(s.text, at - s.start, t0 - s.start))
    if not found:
        return False
    k = found[-1]
    mine = {a0 for a0, _ in g.triggers}
    return any(p < s.start + k.start() and p not in mine for p in points)


_CLAUSE_END = re.compile(r"[,;:]|\.(?:\s|$)")


#: a relative clause opening right after a name: ", who had phoned ..."
_WHO_AFTER = re.compile(r",\s+who\s+")


def _dated_apart(s: Sentence, m: Mention, g: _Cand) -> bool:
    """'He was at Key West in April 2001, when A and B spent four days there, and he was in
    Kazan on 24 June 2011, when C brought D and E together': a name in a coordinated clause
    before the meeting's that tells a date of its own (not the meeting's) is of that other
    time, not one who met (when the meeting's clause names its own subject)."""
    if g.date is None or not s.dates:
        return False
    opens = [x for x in _CLAUSE_OPENING.finditer(s.text, m.end - s.start,
                                                 g.triggers[0][0] - s.start)]
    if not opens or g.date.start < s.start + opens[-1].end():
        return False
    if not any(s.start + opens[-1].end() <= x.start < g.triggers[0][0] and x.actor_id is not None
               for x in s.mentions):
        return False  # "X flew in on Sunday, and on Monday met Y": X is the subject still
    before = [x.end() for x in _CLAUSE_OPENING.finditer(s.text, 0, m.start - s.start)]
    lo = s.start + (before[-1] if before else 0)
    hi = s.start + opens[0].start()
    return any(lo <= d.start < hi and d.date is not None and d.date != g.date.date
               and not _DATELINE_END.match(s.text, d.end - s.start) for d in s.dates)


#: right after a dateline's date: the dash (or colon) that ends it ("PARIS, 17 January 2019 -
#: The Foreign Minister of ..."): that date is the report's, no clause's own (lead, round 42)
_DATELINE_END = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?[-\u2013\u2014:]+\s")


def _later_clause_dated_apart(s: Sentence, m: Mention, g: _Cand) -> bool:
    """'..., when A and B met with the co-chairs, and she was in Moscow on 11 January 2021':
    a place in a coordinated clause after the meeting's that tells a date of its own (not
    the meeting's) is where that other time happened."""
    if g.date is None or g.date.date is None or m.start < g.triggers[-1][1]:
        return False
    clause = _later_clause(s, m, g)
    if clause is None:
        return False
    lo, hi = clause
    return any(lo <= d.start < hi and d.date is not None and d.date != g.date.date
               for d in s.dates)


def _later_clause(s: Sentence, m: Mention, g: _Cand) -> tuple[int, int] | None:
    """The coordinated clause after `g`'s last trigger that holds name `m` (from the end of
    the last clause opening before `m` to the next one after it), or None when no clause
    opens between the trigger and the name."""
    opens = list(_CLAUSE_OPENING.finditer(s.text, g.triggers[-1][1] - s.start,
                                          m.start - s.start))
    if not opens:
        return None
    nxt = _CLAUSE_OPENING.search(s.text, m.end - s.start)
    return s.start + opens[-1].end(), s.start + (nxt.start() if nxt else len(s.text))


#: round 46: a pronoun or "the two" opening a coordinated clause as its own subject
_TOLD_APART_SUBJECT = re.compile(r"(?:the\s+two|both|they|he|she)\s+(?:also\s+|later\s+)?"
                                 r"(?:had|have|has|was|were|[a-z]+ed)\b", re.IGNORECASE)


def _clause_told_apart(s: Sentence, m: Mention, g: _Cand) -> bool:
    """Round 46: "X hosted them on 14 May, ..., and the two had shaken hands with Y in
    February": a name in a coordinated clause after the meeting's last trigger, opening with
    a subject of its own ("the two", a pronoun) and a verb, in which a date of its own stands
    whose period does not hold the meeting's day, is of that other time, not at the
    meeting."""
    if g.date is None or g.date.date is None:
        return False
    clause = _later_clause(s, m, g)
    if clause is None:
        return False
    lo, hi = clause
    if _TOLD_APART_SUBJECT.match(s.text, lo - s.start) is None:
        return False  # ", and on 7 October with X": no subject of its own, a second round
    day = g.date.date
    return any(lo <= d.start < hi and d.date is not None and d is not g.date
               and not d.date <= day <= (d.date_end or _period_last_day(d)) for d in s.dates)


#: round 47: right after a clause's subject, its own verb in the past ("visited", "stayed"),
#: maybe after an adverb
_OWN_VERB_AFTER = re.compile(r"\s+(?:(?:also|then|later|first|briefly)\s+)?([a-z]+ed)\b(?!\s+by\b)")


def _clause_of_its_own(s: Sentence, t1: int, pos: int) -> bool:
    """Round 47: "X met Y in P, and in June Z visited Q": a coordinated clause after the
    trigger ending at `t1` that holds `pos` and a date of its own, names a subject of its own
    followed by a verb of its own (not one of joining: "and Z joined them") and holds no
    trigger up to its first comma tells another happening; its names, places and dates (a
    ", where ..." after it included) are not the meeting's."""
    clause = None
    for op in _CLAUSE_OPENING.finditer(s.text, t1 - s.start, max(t1 - s.start, pos - s.start)):
        clause = op
    if clause is None:
        return False
    lo = s.start + clause.end()
    nxt = _CLAUSE_OPENING.search(s.text, pos - s.start)
    hi = s.start + (nxt.start() if nxt else len(s.text))
    if not any(lo <= d.start < hi and d.date is not None for d in s.dates):
        return False  # "during a talk in P, A recognised X, and B recognised Y": the talk's
    subject = next((x for x in s.mentions if lo <= x.start < hi and x.actor_id is not None),
                   None)
    if subject is None:
        return False
    verb = _OWN_VERB_AFTER.match(s.text, subject.end - s.start)
    if verb is None:
        return False
    stop = _PHRASE_STOP.search(s.text, verb.end())
    own_end = s.start + (stop.start() if stop else len(s.text))
    if any(lo <= t0 < own_end for t0, _, _ in _find_triggers(s)):
        return False  # ", and Z sat down with them": a trigger of its own (", where ..." aside)
    joins = cues().joins
    return joins is None or joins.fullmatch(verb.group(1)) is None


def _period_last_day(d: DateMention) -> dt.date:
    """The last day of the period a date names (its own day at day precision)."""
    assert d.date is not None
    if d.precision == "month":
        nxt = (d.date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return nxt - dt.timedelta(days=1)
    if d.precision == "year":
        return d.date.replace(month=12, day=31)
    if d.precision == "week":
        return d.date + dt.timedelta(days=6)
    if d.precision == "decade":
        return d.date.replace(year=d.date.year + 9, month=12, day=31)
    return d.date


#: a dash set off by spaces (or doubled), which opens or closes an aside: " - ", " – ", " — "
_ASIDE_DASH = re.compile(r"\s(?:--|[-–—])\s")


def _belongs(s: Sentence, m: Mention, g: _Cand, groups) -> bool:
    """With several meetings in one sentence ("after a call with X, Y and Z agreed to meet in
    Granada"; "met X in Geneva and will meet Y in Moscow"), a name goes to the trigger of its own
    comma-delimited clause — the one just before it, or the first one after it when it is that
    clause's subject. A name in a clause without a trigger is everyone's subject when it comes
    before the first trigger, else it belongs to the trigger just before it."""
    if ";" in s.text[g.triggers[-1][1] - s.start:m.start - s.start] or \
            ";" in s.text[m.end - s.start:g.triggers[0][0] - s.start]:
        return False  # "the commissions met in May; the leaders talked in Kazan": a clause apart
    if m.end < g.triggers[0][0] and _dated_apart(s, m, g) and not any(
            t0 in _second_round_starts(s) for t0, _ in g.triggers[1:]):
        # (round 52: not in a second round whose later trigger stands first in its candidate,
        # "..., and earlier in Q on <day>, hosted by C": the round repeats the verb)
        return False
    starts = sorted(t0 for other in groups for t0, _ in other.triggers)
    if len(starts) < 2:
        return True
    base = _round_base(s, g.triggers[0][0], starts)
    if base == g.triggers[0][0]:
        # round 52: "A met B in P on <day>, and earlier in Q on <day>, hosted by C": the
        # round's later trigger ("hosted") stands first in its candidate; the round still
        # repeats the verb before it
        rounds = _second_round_starts(s)
        later = [t0 for t0, _ in g.triggers[1:] if t0 in rounds and t0 < g.triggers[0][0]]
        if later:
            base = _round_base(s, later[0], starts)
    occ = cues().occasion_word
    if base != g.triggers[0][0] and occ is not None and occ.match(s.text, base - s.start):
        # round 49: "X hosted A and B on <day>, on the margins of the Y summit, and again on
        # <day>": the round repeats the verb of the meeting whose occasion noun (a later
        # trigger of it) stands right before it, that meeting's first trigger (not a verb
        # there: "..., hosted by Z, and in Q in May" keeps Z's round apart)
        base = next((min(t0 for t0, _ in o.triggers) for o in groups
                     if any(t0 == base for t0, _ in o.triggers)), base)
    if m.start < starts[0]:
        # round 34: "A and B met in X in May, and their ministers, C and D, met in Y in July":
        # a later trigger whose own subject stands right before it is not A and B's
        return base == starts[0] or not (_apposition_before(s, base)
                                         or _they_after_one(s, base, starts[0])
                                         or _two_of_them_opens(s, base))
    own = _aside_subject_trigger(s, m, starts)
    if own is not None:
        # round 50: "X received A and B on <day>, and the deputy prime ministers - C, D and
        # E - met ...": names set off after a later clause's subject noun are its own, not
        # the earlier clause's (its later rounds read them as before)
        if any(t0 == own for t0, _ in g.triggers):
            return True
        if all(t0 < m.start for t0, _ in g.triggers):
            return False
    who = _WHO_AFTER.match(s.text, m.end - s.start)
    if who is not None:
        # "The talks were called by X, who had phoned A and B": X is the subject of the
        # relative clause's trigger as well as a name of its own clause's
        nxt = next((t for t in starts if t >= s.start + who.end()), None)
        if nxt is not None and any(t0 == nxt for t0, _ in g.triggers) and not \
                _CLAUSE_STOP.search(s.text, who.end(), nxt - s.start):
            return True
    lo = s.start + max(s.text.rfind(",", 0, m.start - s.start),
                       s.text.rfind(";", 0, m.start - s.start)) + 1
    nxt = [i for i in (s.text.find(",", m.end - s.start), s.text.find(";", m.end - s.start))
           if i >= 0]
    if "-" in s.text or "–" in s.text or "—" in s.text:
        # round 37: "met in X on <day>, with C and D - the only time all four sat together -
        # and in Y on <day>": a spaced dash opening an aside closes the names' clause too
        dash = _ASIDE_DASH.search(s.text, m.end - s.start)
        if dash is not None:
            nxt.append(dash.start())
    hi = s.start + (min(nxt) if nxt else len(s.text))
    inside = [t for t in starts if lo <= t < hi]
    if inside:
        before = [t for t in inside if t <= m.start]
        owner = before[-1] if before else inside[0]
        later = [t for t in inside if t > m.start]
        if before and later and _subject_of_subordinate(s, m, before[-1], later[0], groups):
            owner = later[0]
    elif m.start < starts[0]:
        return True
    else:
        owner = max(t for t in starts if t <= m.start)
        nxt_t = next((t for t in starts if t >= hi), None)
        if nxt_t is not None and nxt_t not in _second_round_starts(s) and \
                _APPOSITION_TO_VERB.fullmatch(s.text, hi - s.start, nxt_t - s.start):
            # round 34: "A and B met in X on <day>, and their foreign ministers, C and D, met
            # in Y on <day>": names set off by commas right before a trigger are the
            # apposition of that trigger's subject, not more names of the clause before
            # (and so of the second rounds that repeat it: "..., met in Y in July and in Z
            # on <day>")
            return any(t0 == nxt_t for t0, _ in g.triggers) or base == nxt_t
    # round 48: "X hosted A and B in P on <day>, and again in Q on <day>": a second round
    # told with "again" repeats its verb with the objects named after it
    return any(t0 == owner for t0, _ in g.triggers) or (
        base == owner and owner < m.start and (_AGAIN_WORD.search(
            s.text, g.triggers[0][0] - s.start, g.triggers[0][1] - s.start) is not None
            # round 49: a further day of an "again on <day> and <day>" chain is told again too
            or g.triggers[0][0] in s.__dict__.get("_meeting_again_chain", ()))
        and _object_of_the_verb(s, m, owner, groups)) or _object_of_a_later_round(
            s, m, g, owner, starts, groups)


#: round 52: the adverb of a second round that tells the same verb at another time, before or
#: after ("and earlier in Berlin on <day>", "and later in Y on <day>")
_ROUND_TIME_WORD = re.compile(r"\b(?:again|earlier|later|previously)\b", re.IGNORECASE)


def _object_of_a_later_round(s: Sentence, m: Mention, g: _Cand, owner: int,
                             starts: Sequence[int], groups) -> bool:
    """Round 52: "A met B in P on <day>, and earlier in Q on <day>, hosted by C": the second
    round ("and earlier", "and later", "and again") repeats the verb with its object B, also
    when the round shares its candidate with a later trigger of its clause ("hosted by C"),
    which then stands first in the candidate (so the round is not `g.triggers[0]`)."""
    if owner >= m.start:
        return False
    rounds = _second_round_starts(s)
    for t0, t1 in g.triggers:
        if t0 not in rounds or _round_base(s, t0, starts) != owner:
            continue
        if _ROUND_TIME_WORD.search(s.text, t0 - s.start, t1 - s.start) is not None and \
                _object_of_the_verb(s, m, owner, groups):
            return True
    return False


#: round 48: the adverb of a second round that says the same sides met once more
_AGAIN_WORD = re.compile(r"\bagain\b", re.IGNORECASE)


#: round 48: between a verb and its objects, the names read as X: commas and "and" only
_OBJECT_LINK = re.compile(r"(?:\s*(?:,\s*)?(?:and\s+)?X)*\s*(?:,\s*)?(?:and\s+)?",
                          re.IGNORECASE)


def _object_of_the_verb(s: Sentence, m: Mention, owner: int, groups) -> bool:
    """Round 48: whether `m` is among the names right after the trigger at `owner` ("hosted A
    and B"), its direct objects, which a second round of the verb repeats; a name in a "with"
    phrase or after a place is that round's own."""
    end = next((t1 for other in groups for t0, t1 in other.triggers if t0 == owner), None)
    if end is None or end > m.start:
        return False
    gap = s.text[end - s.start:m.start - s.start]
    for x in sorted(s.mentions, key=lambda x: -x.start):
        if end <= x.start and x.end <= m.start and x.actor_id is not None:
            gap = gap[:x.start - end] + "X" + gap[x.end - end:]
    return _OBJECT_LINK.fullmatch(gap) is not None


#: between a trigger and the subject of a later one, each name read as X: a conjunction of time
#: opens a clause of its own ("their first meeting since X and X met ...")
_SUBORDINATE_OPENS = re.compile(r"\b(?:since|after|before|until|till|when|while)\s+"
                                r"(?:X\s*(?:,\s*(?:and\s+)?|and\s+))*$", re.IGNORECASE)
#: between such a subject and its verb: more names, maybe an auxiliary or adverb, or a plan's
#: "is due (set, expected, scheduled)" (round 45: "... before X is due to host A and B")
_SUBJECT_TO_VERB = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|and\s+)X)*\s*(?:(?:had|have|has|"
                              r"first|last|also|then|finally)\s+|(?:is|are|was|were)\s+"
                              r"(?:due|set|expected|scheduled)\s+(?:to\s+)?)?", re.IGNORECASE)


def _subject_of_subordinate(s: Sentence, m: Mention, prev: int, nxt: int, groups) -> bool:
    """Lead, round 41: name `m` stands after the trigger at `prev` and before the one at `nxt`,
    as the subject of a clause of time that `nxt` is the verb of ("It was their first meeting
    since A and B met in X"): it is that encounter's, not the first trigger's guest."""
    end = max(t1 for g in groups for t0, t1 in g.triggers if t0 == prev)
    if end > m.start:
        return False
    lead = _names_as_x(s, end, m.start)
    if not _SUBORDINATE_OPENS.search(lead if lead is not None else s.text[
            end - s.start:m.start - s.start]):
        return False
    tail = _names_as_x(s, m.end, nxt)
    return _SUBJECT_TO_VERB.fullmatch(tail if tail is not None else s.text[
        m.end - s.start:nxt - s.start]) is not None


def _round_base(s: Sentence, t: int, starts: Sequence[int]) -> int:
    """The trigger a coordinated second round (`_second_rounds`: "..., and in Geneva on
    <day>") repeats: the one before it, followed back over further second rounds."""
    rounds = _second_round_starts(s)
    while t in rounds:
        before = [x for x in starts if x < t]
        if not before:
            break
        t = before[-1]
    return t


#: round 50: ", and the deputy prime ministers - " or ", and their envoys, ": a later clause's
#: subject noun, its names set off after it by a spaced dash or a comma
_ASIDE_SUBJECT_OPEN = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:the|their|both)\s+"
                                 r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?:,|\s[-–—])\s+", re.IGNORECASE)
#: the dash or comma closing those names right before the clause's trigger ("- met")
_ASIDE_SUBJECT_CLOSE = re.compile(r"(?:,|\s[-–—])\s*(?:(?:also|then|later|first|had|have|has|"
                                  r"again)\s+)?")


def _aside_subject_trigger(s: Sentence, m: Mention, starts: list[int]) -> int | None:
    """Round 50: the trigger whose subject `m` is named in, when `m` stands in an aside right
    after a later clause's subject noun (", and the deputy prime ministers - A, B and C -
    met": `_ASIDE_SUBJECT_OPEN`, `_ASIDE_SUBJECT_CLOSE`) with no trigger between; else None."""
    nxt = next((t for t in starts if t >= m.end), None)
    if nxt is None or nxt == starts[0]:
        return None
    before = [t for t in starts if t < m.start]
    if not before:
        return None
    opened = max(_ASIDE_SUBJECT_OPEN.finditer(s.text, before[-1] - s.start, m.start - s.start),
                 key=lambda x: x.start(), default=None)
    if opened is None or any(opened.end() + s.start <= t < m.start for t in starts):
        return None
    gap = s.text[m.end - s.start:nxt - s.start]
    close = max(gap.rfind(","), gap.rfind(" -"), gap.rfind(" –"), gap.rfind(" —"))
    if close < 0 or not _ASIDE_SUBJECT_CLOSE.fullmatch(gap, close):
        return None
    return nxt


def _apposition_before(s: Sentence, t: int) -> bool:
    """Whether names set off by commas stand right before the trigger at `t` (", C and D,
    met"): the subject of its own clause."""
    comma = s.text.rfind(",", 0, t - s.start)
    if comma < 0 or not _APPOSITION_TO_VERB.fullmatch(s.text, comma, t - s.start):
        return False
    lo = s.text.rfind(",", 0, comma) + 1
    return any(s.start + lo <= x.start and x.end <= s.start + comma and x.actor_id is not None
               for x in s.mentions)


def _they_after_one(s: Sentence, t: int, first: int) -> bool:
    """Round 39: "A had met the co-chairs in X on <day>, and the next day they met B": "they"
    opening a later clause as its trigger's subject cannot be the one person who is the
    subject of the first trigger, so that person is no name of the later encounter."""
    if _THEY_OPENS_CLAUSE.search(s.text, 0, t - s.start) is None:
        return False
    people = [x for x in s.mentions if x.end <= first and x.actor_id is not None]
    return len({x.actor_id for x in people}) == 1 and is_person(people[0].actor_id)


def _two_of_them_opens(s: Sentence, t: int) -> bool:
    """Round 45: "X received A and B in P on <day>, and the two leaders met again in Q": a
    clause of its own whose subject is "the two leaders" (`_NEW_SUBJECT_AFTER`), right
    before the trigger at `t`: the subject of the first clause is not at the later table."""
    comma = s.text.rfind(",", 0, t - s.start)
    if comma < 0 or _NEW_SUBJECT_AFTER.fullmatch(s.text, comma, t - s.start) is None:
        return False
    verb = _WORD_AT.match(s.text, t - s.start)
    return cues().two_of_them.search(s.text, comma, verb.end() if verb else t - s.start) \
        is not None


#: the word at a position
_WORD_AT = re.compile(r"\w+")


#: before a trigger with no parties named: another meeting of the sides told before ("another
#: trilateral meeting", "the next round"); "the next day" is a time (round 39; "the second day
#: of talks" still takes the sides of the talks told before)
_ANOTHER_MEETING = re.compile(
    r"\b(?:another|new|next(?!\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year|"
    r"spring|summer|autumn|fall|winter)\b)|second|further)\b|\b(?:tri|bi)lateral\b",
    re.IGNORECASE)
#: right before a later trigger: a clause break, maybe a time phrase, and "they" as its subject
_THEY_OPENS_CLAUSE = re.compile(r"(?:,\s*(?:and|but|then)|;)\s+(?:[^,;]{0,40},?\s+)?they\s+"
                                r"(?:(?:also|then|later|had|have|first|again)\s+)?$", re.IGNORECASE)


#: from the comma that closes an apposition to the trigger right after it: nothing but an
#: adverb ("..., C and D, also met", "..., C and D, had met")
_APPOSITION_TO_VERB = re.compile(r",\s*(?:(?:also|then|later|first|had|have|has|again)\s+)?")

#: a comma and a coordinating word opening a clause of its own (", and their ministers, ...")
_AND_OWN_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+", re.IGNORECASE)


def _subject_apposed(s: Sentence, prev_end: int, t0: int) -> bool:
    """Whether the trigger at `t0` opens a clause of its own after the trigger ending at
    `prev_end`: ", and <subject>, <names>, <trigger>", the names (people) set off by commas
    right before the trigger, as in `_belongs`."""
    lo, hi = prev_end - s.start, t0 - s.start
    br = max(_AND_OWN_CLAUSE.finditer(s.text, lo, hi), key=lambda x: x.start(), default=None)
    if br is None:
        return False
    if any(_aside_subject_trigger(s, x, [prev_end, t0]) == t0 for x in s.mentions
           if prev_end <= x.start and x.end <= t0 and x.actor_id is not None
           and is_person(x.actor_id)):
        return True  # round 50: ", and the deputy prime ministers - A, B and C - met"
    close = s.text.rfind(",", br.end(), hi)
    if close < 0 or not _APPOSITION_TO_VERB.fullmatch(s.text, close, hi):
        return False
    opened = s.text.find(",", br.end(), close)
    return opened >= 0 and any(
        m.actor_id is not None and is_person(m.actor_id)
        and s.start + opened < m.start and m.end <= s.start + close for m in s.mentions)


def _locate_cues(a: Analysed, sents: Sequence[Sentence]) -> None:
    """Where the venue, mediator, status and level words stand in sentences that report a
    meeting (`sents`, in text order), found for all of them at once
    (`CueFilter.phrase_starts`) and kept on each sentence for `_cue_matches`. What is found
    for a sentence does not depend on the others passed with it."""
    c = cues()
    names = ("venue", "mediator", *c.rows["status"], *c.rows["level"])
    trig = [s for s in sents if "_meeting_cue_at" not in s.__dict__]
    for s, at in zip(trig, c.filter.phrase_starts(names, a.text, trig), strict=True):
        s.__dict__["_meeting_cue_at"] = None if at is None else dict(zip(names, at, strict=True))


def _cue_at(s: Sentence, name: str) -> Sequence[int] | None:
    """Where `_locate_cues` found the words of cue list `name` in `s.text` (None: unknown)."""
    found = s.__dict__.get("_meeting_cue_at")
    return None if found is None else found[name]


def _cue_matches(s: Sentence, name: str, rx: _WordRx, lo: int = 0, hi: int | None = None,
                 last: int | None = None) -> list[re.Match[str]] | None:
    """The matches of cue list `name` (`rx`) in `s.text`, or in its window `s.text[lo:hi]`
    (offsets in that window), tried only where `_locate_cues` found the list's words: a match
    in the window begins where they stand in the sentence (see `CueFilter.phrase_starts`),
    so the matches are those of `rx.finditer` on that text (with `last`, those starting at
    most there); the window's first character is tried too (`phrase_starts` leaves out
    places inside a word). None when that is not known."""
    at = _cue_at(s, name)
    if at is None:
        return None
    end = len(s.text) if hi is None else hi
    top = end if last is None else min(end, lo + last + 1)
    if lo == 0 and end == len(s.text):
        tried = at if top >= end else at[:bisect_left(at, top)]
        return _finditer_at(rx, s.text, tried) if tried else []
    i, j = bisect_left(at, lo), bisect_left(at, top)
    tried = [p - lo for p in at[i:j]]
    if not tried or tried[0] != 0:
        tried.insert(0, 0)  # the window may start inside a word, or after a hyphen
    return _finditer_at(rx, s.text[lo:end], tried)


#: right before a date: the day something began ("held from May 1")
_FROM_DAY = re.compile(r"\b(?:from|starting|beginning)\s+(?:on\s+)?$", re.IGNORECASE)
#: in a sentence: talks told as lasting several days or as ending on their date
_LASTING = re.compile(r"\b(?:ended|concluded|wrapped up|closed|completed|finished)\b|"
                      r"\b(?:two|three|four|five|six|seven|several|\d)[- ]days?\b", re.IGNORECASE)
_MAX_TALKS_DAYS = 14


def _timeline_dates(s: Sentence) -> Sequence[DateMention]:
    """The dates of `s` as its meetings read them. In a timeline line ("2019: ... met in Vienna
    on March 29") the date resolver already reads a day or month without a year in the line's
    labelled year; once some date of the line is so read, the bare label itself no longer
    competes with it as the meeting's date. Other sentences keep their dates."""
    if len(s.dates) < 2:
        return s.dates
    if len(s.dates) >= 3:
        dropped = _years_in_doubt(s)
        if dropped:
            return [d for d in s.dates if d not in dropped]
    label = [d for d in s.dates if d.precision == "year" and d.date is not None
             and is_timeline_label(s.text, d.start - s.start, d.end - s.start)]
    if label and any(d.date is not None and d.date.year == label[0].date.year
                     and d.precision != "year" for d in s.dates):
        return [d for d in s.dates if d is not label[0]]
    return s.dates


def _named_by_apposition(s: Sentence) -> list[DateMention]:
    """Round 39: relative time phrases of `s` that a written date set off by a comma right after
    names ("The next day, 8 August, X hosted Y"; "had met in X a year earlier, on 26 November
    2021"): the written date is when, whatever the phrase resolves to on its own (the
    publication day, not the story's, is often all the resolver has). A phrase with digits of
    its own ("on 3 May, 5 June and 7 July") is a list, not a phrase named."""
    out: list[DateMention] = []
    for d, nxt in zip(s.dates, s.dates[1:], strict=False):
        if _ANY_DIGIT.search(d.text) or not _ANY_DIGIT.search(nxt.text) or nxt.date is None:
            continue
        if _APPOSED_DATE.fullmatch(s.text, d.end - s.start, nxt.start - s.start):
            out.append(d)
    return out


#: between two coordinated years: "2022 and 2023", "2021, 2022 or 2023"
_YEAR_LINK = re.compile(r"\s*(?:,\s*and|,\s*or|,|and|or)\s*", re.IGNORECASE)
_HAS_YEAR = re.compile(r"\d{4}")


def _years_in_doubt(s: Sentence) -> list[DateMention]:
    """Year-less days and months after two or more coordinated years of their sentence ("met
    in 2022 and 2023, most recently in Brussels on 15 July"): which year is theirs the words do
    not say, so they date no meeting (the resolver gives them the first)."""
    ds = s.dates
    out: list[DateMention] = []
    years: set[int] = set()
    for i, d in enumerate(ds):
        if d.precision == "year" and d.date is not None and d.date_end is None:
            nxt = ds[i + 1] if i + 1 < len(ds) else None
            if nxt is not None and nxt.precision == "year" and nxt.date is not None and \
                    _YEAR_LINK.fullmatch(s.text, d.end - s.start, nxt.start - s.start):
                years |= {d.date.year, nxt.date.year}
        elif len(years) > 1 and d.date is not None and d.date.year in years and \
                d.precision in ("day", "week", "month") and not _HAS_YEAR.search(d.text):
            out.append(d)
    return out


def _finest_within(best: DateMention, fits: list[tuple[int, DateMention]]) -> DateMention:
    """"This week: X spoke by phone with Y on December 12": of the dates that can be the
    meeting's, a finer one inside the period of the nearest says more exactly when it was."""
    inner = [(dist, d) for dist, d in fits if finer(d.precision, best.precision)
             and dates_compatible((d.date, d.date_end, d.precision),
                                  (best.date, best.date_end, best.precision))]
    return min(inner, key=lambda x: (x[0], x[1].start))[1] if inner else best


def _ended_after(s: Sentence, d: DateMention | None) -> DateMention | None:
    """Round 44: "The talks, which began on Friday, ended on Saturday": the meeting's date is
    the day they began, and a later day of the same sentence that they "ended on", a few days
    after, is the last (only a day told as the beginning, and one told as the end)."""
    if not _one_day(d) or not cues().begun_on.search(s.text, max(0, d.start - s.start - 24),
                                                 d.start - s.start):
        return None
    return _other_talks_day(s, d, True, cues().ended_on, 24)


def _began_on(s: Sentence, d: DateMention | None) -> DateMention | None:
    """"ended four days of talks on Thursday, held from May 1": the meeting's date is the last
    day, and the day after "from" in its sentence, a few days before, is the first (only when
    the sentence says the talks lasted days or ended then)."""
    if not _one_day(d) or not _LASTING.search(s.text):
        return None
    return _other_talks_day(s, d, False, _FROM_DAY, 16)


def _one_day(d: DateMention | None) -> bool:
    """A resolved single day (no span): what `_ended_after` and `_began_on` pair with."""
    return d is not None and d.date is not None and d.date_end is None and d.precision == "day"


def _other_talks_day(s: Sentence, d: DateMention, later: bool, cue: re.Pattern[str],
                     reach: int) -> DateMention | None:
    """The single day of sentence `s` that ends (`later`: told after `d`, 1 to
    `_MAX_TALKS_DAYS` days after it) or begins (1 to `_MAX_TALKS_DAYS` days before it) the
    talks dated `d`, with `cue` in the `reach` characters before it."""
    assert d.date is not None
    for f in s.dates:
        if f is d or not _one_day(f) or (later and f.start < d.end):
            continue
        assert f.date is not None
        gap = f.date - d.date if later else d.date - f.date
        if not dt.timedelta(days=1) <= gap <= dt.timedelta(days=_MAX_TALKS_DAYS):
            continue
        if cue.search(s.text, max(0, f.start - s.start - reach), f.start - s.start):
            return f
    return None


#: closing quotes and brackets that may follow a sentence's question mark
_QUESTION_END = re.compile(r"\?[\s\"'”’»)\]]*$")


def _is_question(text: str) -> bool:
    """An interviewer's "Q: What about the Kazan meeting?" or a headline asking "Will the
    leaders meet in Prague?" asserts no encounter: its place, people and date would be lent
    to the answer's meeting (or make one of their own) though the text never says so."""
    return _QUESTION_END.search(text) is not None


def _is_unasserted(text: str) -> bool:
    """A fact-check's "Claim: posts say X met Y in Z" reports a claim, which its verdict may
    call false: the encounter in it is not the article's to assert."""
    rx = cues().unasserted
    return rx is not None and rx.match(text) is not None


def _occasion_of(s: Sentence, lo: int, hi: int) -> bool:
    """Whether the text between an undated trigger ending at `lo` and a dated one starting at
    `hi` makes the second the occasion of the first (`_OCCASION_OF`); the names of who was met
    count one word each ("met Azerbaijani President X and Armenian Prime Minister Y on the
    sidelines of the summit")."""
    if _OCCASION_OF.match(s.text, lo - s.start, hi - s.start):
        return True
    gap = _names_as_x(s, lo, hi)
    if gap is not None and "," in gap:
        # round 40: "met A, B and C on the margins of the summit": a list of names set off by
        # commas is one object, however many it holds
        gap = _NAME_LIST_AS_X.sub("X", gap)
    return gap is not None and _OCCASION_OF_NAMED.match(gap) is not None


#: names coordinated by commas and a final "and" ("X, X and X", read by `_names_as_x`)
_NAME_LIST_AS_X = re.compile(r"X(?:\s*,\s*X)+(?:\s*,?\s+and\s+X)?")


def _names_as_x(s: Sentence, lo: int, hi: int) -> str | None:
    """The text between offsets `lo` and `hi` of sentence `s` with each mention in it read as
    "X" (so a pattern counts a long titled name as one word), or None when it holds none."""
    names = [m for m in s.mentions if lo <= m.start and m.end <= hi]
    if not names:
        return None
    parts, at = [], lo
    for m in names:
        parts.append(s.text[at - s.start:m.start - s.start])
        parts.append("X")
        at = m.end
    parts.append(s.text[at - s.start:hi - s.start])
    return "".join(parts)


#: right after a trigger verb: "with" and its guest ("held talks with X")
_WITH_GUEST = re.compile(r"\s+with\s+(?:the\s+)?$", re.IGNORECASE)


def _has_guest(s: Sentence, t1: int) -> bool:
    """A person's mention follows the trigger ending at `t1` after "with" ("held talks with
    X"): the verb meets someone of its own."""
    return any(0 < m.start - t1 <= 10 and m.actor_id is not None and is_person(m.actor_id)
               and _WITH_GUEST.search(s.text, t1 - s.start, m.start - s.start)
               for m in s.mentions)


#: between "hosted" and the talks it hosted, with each guest's name read as X: "hosted X and Y
#: for talks"
_HOSTED_NAMES = re.compile(r"\s+X(?:\s*,\s*X)*(?:\s*,?\s+and\s+X)?\s+for\s+"
                           r"(?:(?:the|a|an|their|its)\s+)?(?:[\w-]+\s+){0,2}?")


def _hosted_gap(s: Sentence, lo: int, hi: int) -> bool:
    """The text between a hosting verb ending at `lo` and a trigger starting at `hi` makes the
    trigger what was hosted: a few words ("hosted talks", "hosted the first round of talks"),
    or the guests' names and "for" ("hosted A and B for talks on May 14")."""
    if _HOSTED_GAP.fullmatch(s.text, lo - s.start, hi - s.start):
        return True
    gap = _names_as_x(s, lo, hi)
    return gap is not None and _HOSTED_NAMES.fullmatch(gap) is not None


def _instead_clause(s: Sentence, lo: int, t0: int, t1: int) -> bool:
    """The trigger at `t0`-`t1` stands in a clause of its own after offset `lo` (after ", and",
    ", but" or ";") that says it took another's place ("instead met", "met ... instead")."""
    if _where_after_absence(s, t0, lo) is not None:
        return True  # "X refused to attend the summit in Y, where A met B and C"
    return _CLAUSE_OPENING.search(s.text, lo - s.start, t0 - s.start) is not None and (
        _INSTEAD.search(s.text, max(0, t0 - s.start - 25), t0 - s.start) is not None
        or _INSTEAD_AFTER.match(s.text, t1 - s.start) is not None)


def _where_after_absence(s: Sentence, t0: int, lo: int | None = None) -> int | None:
    """Where (in `s.text`) ", where" opens the relative clause of the trigger at `t0` ("..., where
    A met B", within 60 characters before it and not before `lo`) when a cancellation or
    someone's absence (a `cancelled` status cue) comes before it; else None."""
    start = max(0 if lo is None else lo - s.start, t0 - s.start - 60)
    where = _WHERE_SUBJECT.search(s.text, start, t0 - s.start)
    if where is None or not any(value == "cancelled" and rx.search(s.text, 0, where.start())
                                for rx, value in cues().status):
        return None
    return where.start()


#: before a verb trigger: a relative clause on the gathering before it, with its own subject
#: ("..., where Pashinyan met Macron")
_WHERE_SUBJECT = re.compile(r",\s+where\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:also\s+|instead\s+)?$")


#: right after a trigger: a colon, after which the sentence tells the encounter in full
_COLON_AFTER = re.compile(r"\s*:\s")
#: Round 45: ", and" and a new subject of a few words right before a trigger ("..., and the
#: two leaders met"): the start of a clause of its own.
_NEW_SUBJECT_AFTER = re.compile(r"\s*,\s*and\s+(?:then\s+|later\s+)?(?:the|their|both)\s+"
                                r"(?:[\w'’-]+\s+){0,3}", re.IGNORECASE)


#: round 47: right before a trigger, "since (after, before) the (their)" and up to three words
#: (group 1): the encounter the one before it is counted from ("the first meeting since their
#: talks")
_COUNTED_FROM_GATHERING = re.compile(r"\b(?:since|after|before|following)\s+(?:the|their)\s+"
                                     r"((?:[\w'’-]+\s+){0,3})$", re.IGNORECASE)


def _counted_from_gathering(s: Sentence, lo: int, t0: int) -> bool:
    """Round 47: whether the trigger at `t0` is the gathering a "since"/"after" phrase between
    `lo` and it names ("the meeting in X was their first since their talks in Y"); not after
    a lower-case plural, the subject of a verb trigger ("since the two leaders met in Y")."""
    m = _COUNTED_FROM_GATHERING.search(s.text, lo - s.start, t0 - s.start)
    if m is None:
        return False
    words = m.group(1).split()
    return not (words and words[-1].islower() and words[-1].endswith("s"))


#: round 58: a trigger that does not tell how the encounter was held (see `_mode_told_after`)
_GENERIC_TRIGGER = re.compile(r"(?:held\s+)?(?:met|meets?|meetings?|talks|negotiations|"
                              r"consultations)", re.IGNORECASE)
#: where the clause of a trigger ends for `_mode_told_after`
_MODE_CLAUSE_END = re.compile(r"[;:()]|\.(?:\s|$)|,\s+(?:and|but|while|whereas)\s", re.IGNORECASE)


def _mode_told_after(s: Sentence, t0: int, t1: int, mode: str,
                     points: Sequence[int]) -> str:
    """Round 58: the mode of an in-person trigger that tells no mode of its own ("met",
    "held a meeting", "talks") when a `mode_phrase` follows it in its clause before any other
    trigger ("held a meeting with his counterpart X in a virtual format": video); else
    `mode`. Not after a verb of joining ("Macron joined the talks by video")."""
    if mode != "in_person" or not _GENERIC_TRIGGER.fullmatch(s.text, t0 - s.start, t1 - s.start):
        return mode
    if ruled_out(cues().mode_needles, cues().filter.folded(s), plain_case(s.text)):
        return mode  # no mode phrase in the sentence
    jb = cues().joins_before
    if jb is not None and jb.search(s.text, max(0, t0 - s.start - 60), t0 - s.start):
        return mode  # "C joined the talks by video": how C took part, the talks stay in person
    nxt = min([p for p in points if p > t0] + [s.end]) - s.start
    hi = min(s.end, t1 + 90) - s.start
    stop = _MODE_CLAUSE_END.search(s.text, t1 - s.start, hi)
    hi = stop.start() if stop is not None else hi
    for rx, value in cues().mode_phrase:
        m = rx.search(s.text, t1 - s.start, hi)
        if m is not None and m.start() < nxt:  # "by video link" may hold a trigger of its own
            return value
    return mode


def _draft_candidates(a: Analysed) -> list[_Cand]:
    """The meeting candidates of an article: its triggers grouped by the date each can take,
    as drafts whose other fields `_fill` computes. Filling costs most of the extraction, and
    `extract_meetings` needs only some of the candidates filled: it fills the others only
    where they can join a dated meeting (each candidate's filling reads its own sentence
    and the triggers of the drafts beside it, never another candidate's filled fields, so
    the order and the set of candidates filled change nothing)."""
    cands: list[_Cand] = []
    datelines = _article_datelines(a)
    c = cues()
    for i, s in enumerate(a.sentences):
        if len(s.text) > _MAX_SENTENCE_CHARS:
            continue
        trigs = _find_triggers(s)
        if not trigs or _is_question(s.text) or _is_unasserted(s.text):
            continue
        if i + 1 < len(a.sentences):
            trigs = [t for t in trigs if not _denied_next(c, s, a.sentences[i + 1], t)]
            if not trigs:
                continue
        points = [t[0] for t in trigs]
        doc_names = _document_names(s)
        named = _named_by_apposition(s)
        sdates = [d for d in _timeline_dates(s) if not _inside(d.start, doc_names)
                  and d not in named]
        heading = _entry_heading_date(a, i) if not s.dates and i else None
        # group triggers by their nearest date (no other trigger in between)
        groups: dict[object, _Cand] = {}
        prev_key: tuple | None = None
        prev_start = prev_end = s.start
        for t0, t1, mode in trigs:
            mode = _mode_told_after(s, t0, t1, mode, points)
            best_d, best_dist = None, 10**9
            fits: list[tuple[int, DateMention]] = []
            # the date of a dateline ("SOCHI, Oct 31 - ") is the report's: it dates the
            # meeting only when the sentence gives no date of its own for it
            by_dateline = sorted(sdates, key=lambda d: _inside(d.start, datelines))
            # ... nor when a later trigger is the occasion this one was held at and the
            # sentence dates something of its own ("LONDON, May 2 - X held talks with Y on
            # the sidelines of the summit this week": the summit's week dates the talks)
            skip_dateline = len(by_dateline) > 1 and \
                not _inside(by_dateline[0].start, datelines) and \
                any(p > t0 and _occasion_of(s, t1, p) for p in points)
            second = t0 in _second_round_starts(s)
            for d in by_dateline:
                if (best_d is not None or skip_dateline) and _inside(d.start, datelines):
                    break
                if not _date_can_attach(s, d, t0, t1) or (second and d.start < t1):
                    continue  # a second round's date follows it (see `_second_rounds`)
                if d.end <= t0 and _CLAUSE_BREAK.search(s.text[d.end - s.start:(
                        t1 if points[0] < d.start else t0) - s.start]) \
                        and not _SENTENCE_ADVERBIAL.match(s.text[:d.start - s.start].strip()):
                    # "met X on Monday and will meet Y ...": Monday is the first's; so it is
                    # in "met X on Monday and held talks with Y", where the trigger is the verb
                    continue
                if d.end <= t0 and points[0] < d.start and \
                        _NEW_SUBJECT_AFTER.fullmatch(s.text, d.end - s.start, t0 - s.start):
                    # round 45: "X received A and B in P on <day>, and the two leaders met in
                    # Q ...": a day between two triggers ends the first one's clause; the
                    # second, with a subject of its own after ", and", is not dated by it
                    continue
                if d.end <= t0 and prev_key is not None and _subject_apposed(s, d.end, t0):
                    # round 42: "..., and their ministers, C and D, met ...": nor is a date
                    # before the clause that names its own subject
                    continue
                dist = d.start - t1 if d.start >= t1 else t0 - d.end
                others = [p for p in points if p != t0]
                if _between_has(others, (t0 + t1) // 2, (d.start + d.end) // 2):
                    continue
                fits.append((dist, d))
                if dist < best_dist:
                    best_d, best_dist = d, dist
            if len(fits) > 1 and best_d is not None:
                best_d = _finest_within(best_d, fits)
            instead = prev_key is not None and (best_d is None or best_d.start < t0) and \
                _instead_clause(s, prev_end, t0, t1)
            if instead:
                # "X pulled out of the meeting on <day>, and Y met Z there instead": what took
                # its place is an encounter of its own (dated by it in `extract_meetings`); the
                # day before its clause is the other's
                best_d = None
            key = (id(best_d) if best_d is not None else None, mode)
            if instead:
                key = ("instead", t0)
            elif best_d is None and prev_key is not None and \
                    _AGAIN_SOON_AFTER.match(s.text, t1 - s.start):
                # "met on Saturday and agreed to meet again": another encounter, to come
                key = ("again", t0)
            elif best_d is None and prev_key is not None and \
                    _counted_from_gathering(s, prev_end, t0):
                # round 47: "The meeting in X was their first since their talks in Y, ...":
                # the gathering a "since" phrase counts from is another encounter, undated too
                key = ("counted from", t0)
            elif best_d is None and prev_key is not None and _subject_apposed(s, prev_end, t0):
                # round 42: "A and B met in X in March, and their ministers, C and D, met in
                # Y over the following months": a clause of its own, whose subject's names
                # stand set off by commas right before its verb, is another encounter even
                # undated (dated, it is kept apart by its date: round 34)
                key = ("own subject", t0)
            elif best_d is None and prev_key is not None and prev_key[1] == mode and \
                    not (_CLAUSE_BREAK.search(s.text[prev_end - s.start:t1 - s.start])
                         and _has_guest(s, t1)) and \
                    not _relative_closed_before(s, prev_start, prev_end, t0):
                # "met for talks": one encounter, named twice in one clause; not "met A on
                # Monday and held talks with B", a verb of its own with its own guest
                key = prev_key
            elif best_d is not None and prev_key is not None and prev_key[0] is None and \
                    prev_key[1] == mode and key not in groups and \
                    _occasion_of(s, prev_end, t0) and \
                    not _CLAUSE_BREAK.search(s.text[prev_end - s.start:t0 - s.start]) and \
                    not _COUNTED_FROM.search(s.text, prev_end - s.start, t0 - s.start):
                # "had met on the sidelines of the X summit in Tirana in May": the date of
                # the occasion that the first trigger is held at dates that one encounter
                # (not "the first meeting at this level since the leaders met in X on <day>",
                # where the later trigger is the time the first is counted from)
                groups[key] = groups.pop(prev_key)
                groups[key].date = best_d
            elif best_d is not None and prev_key is not None and prev_key[0] is None and \
                    prev_key[1] == mode and key not in groups and \
                    len(groups[prev_key].triggers) == 1 and \
                    _hosted_gap(s, prev_end, t0) and \
                    cues().needs_guest.fullmatch(s.text, prev_start - s.start,
                                                 prev_end - s.start):
                # "X hosted talks on ... on Monday": the talks' date is the hosting's, which
                # the talks' own trigger kept from it (one encounter, named twice)
                groups[key] = groups.pop(prev_key)
                groups[key].date = best_d
            elif best_d is not None and prev_key is not None and prev_key[0] is None and \
                    prev_key[1] == mode and key not in groups and \
                    _COLON_AFTER.match(s.text, prev_end - s.start) and \
                    not _SENTENCE_STOP.search(s.text, prev_end - s.start + 1, t0 - s.start):
                # "the leaders did meet: A and B held talks with C in X on <day>": what
                # follows the colon tells the encounter the first trigger reports
                groups[key] = groups.pop(prev_key)
                groups[key].date = best_d
            elif best_d is not None and prev_key is not None and prev_key[0] is None and \
                    prev_key[1] == mode and key not in groups and \
                    len(groups[prev_key].triggers) == 1 and \
                    _PARTICIPLE_GAP.fullmatch(s.text, prev_end - s.start, t0 - s.start) and \
                    _PARTICIPLE_BY.match(s.text, t1 - s.start) and \
                    cues().needs_guest.fullmatch(s.text, t0 - s.start, t1 - s.start):
                # round 38: "Their last encounter, hosted by X in Y on <day>": the participle
                # right after the noun, with its agent, is that encounter's (one encounter,
                # named twice), and its date the noun's
                groups[key] = groups.pop(prev_key)
                groups[key].date = best_d
            prev_key, prev_start, prev_end = key, t0, t1
            g = groups.get(key)
            if g is None:
                g = _Cand(s, [], mode, date=best_d)
                groups[key] = g
            g.triggers.append((t0, t1))
        frame = _Frame(points, doc_names, list(groups.values()))
        for g in groups.values():
            g.frame = frame
            if heading is not None and g.date is None:
                g.date = heading  # round 40: "6 April 2022. A and B met in X.": the entry's day
            cands.append(g)
    return cands


def _entry_heading_date(a: Analysed, i: int) -> DateMention | None:
    """Round 40: a chronology entry headed by its day ("6 April 2022. A and B met in X, with
    C."): the sentence right before sentence `i`, opening the same line, is a day's date and
    nothing else, so it dates the entry's first sentence (which names no date of its own)."""
    prev, s = a.sentences[i - 1], a.sentences[i]
    if len(prev.dates) != 1 or "\n" in a.text[prev.end:s.start] or (
            prev.start and a.text[prev.start - 1] != "\n"):
        return None
    d = prev.dates[0]
    if d.date is None or d.precision != "day" or d.date_end is not None or \
            prev.text.strip().rstrip(".:") != d.text:
        return None
    return d


#: between a meeting noun and a hosting participle that is its own: a comma or "was" at most
_PARTICIPLE_GAP = re.compile(r"\s*,?\s*(?:(?:was|were)\s+)?")
#: right after that participle: its agent ("hosted by X")
_PARTICIPLE_BY = re.compile(r"\s+by\s", re.IGNORECASE)


def _fill_all(a: Analysed, cands: Sequence[_Cand]) -> None:
    """`_fill` every draft of `cands`, after finding where the cue words stand in their
    sentences (`_locate_cues`), in one pass for all of them."""
    todo = [c for c in cands if c.frame is not None]
    if not todo:
        return
    _locate_cues(a, list({id(c.sent): c.sent for c in todo}.values()))
    datelines = _article_datelines(a)
    for c in todo:
        _fill(a, c, datelines)


#: right before a place: only the neighbourhood of the meeting's place ("near Washington"), which
#: a place named without it in the sentence ("in Arlington") says more exactly
_NEAR_PLACE = re.compile(r"\b(?:near|outside|close to|not far from)\s+(?:the\s+)?$", re.IGNORECASE)
#: before a place after the trigger: where someone went next ("..., flew on to Astana")
_ONWARD_PLACE = re.compile(r"\b(?:on|onward|onwards)\s+to\s+(?:the\s+)?$", re.IGNORECASE)


#: an outcome cue that opens what the sides are to do later, not what they did there
_WHAT_TO_DO = re.compile(r"(?:have\s+)?(?:agreed|decided|committed|pledged|directed|instructed|"
                         r"ordered|tasked)\s+(?:to|that)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _dated_aliases() -> dict[str, tuple[tuple[str, dt.date | None, dt.date | None], ...]]:
    """Aliases shared by several people with validity windows (`alias_rules.csv`: "Aliyev",
    the president of the day), by `gazetteer.alias_key`."""
    out: dict[str, list[tuple[str, dt.date | None, dt.date | None]]] = {}
    for r in gazetteer.load_gazetteer().alias_rules:
        if r.valid_from is not None or r.valid_to is not None:
            rule = (r.actor_id, r.valid_from, r.valid_to)
            same = out.setdefault(gazetteer.alias_key(r.alias), [])
            if rule not in same:  # "Aliyev" and "Əliyev" fold to one key
                same.append(rule)
    return {k: tuple(v) for k, v in out.items() if len(v) > 1}


@lru_cache(maxsize=1)
def _offices_held_by() -> dict[str, tuple[gazetteer.Office, ...]]:
    """The gazetteer's offices by holder."""
    out: dict[str, list[gazetteer.Office]] = {}
    for o in gazetteer.load_gazetteer().offices:
        out.setdefault(o.holder, []).append(o)
    return {k: tuple(v) for k, v in out.items()}


def _title_of_the_day(aid: str, when: DateMention) -> str:
    """The holder, at the meeting's own date, of the office through which a bare title ("the
    Armenian president") named `aid` at the article's date: "Key West, April 2001, where the
    Armenian president met Heydar Aliyev" is Kocharyan, not the president of 2025. Only an
    office `aid` did not hold on that date and one other person held changes the reading."""
    g = gazetteer.load_gazetteer()
    day = when.date
    assert day is not None
    mine = _offices_held_by().get(aid, ())
    if not mine or any(o.held_on(day) for o in mine):
        return aid
    others = {h for o in mine if (h := g.office_holder(o.org, o.office, day)) is not None}
    return others.pop() if len(others) == 1 else aid


def _of_the_day(m: Mention, when: DateMention | None) -> str:
    """The actor a bare shared surname names at the meeting's own date: "Key West, April
    2001: the US hosts Kocharyan and Aliyev" in a 2025 article is the president of 2001,
    whom the article's date (or a later namesake named just before) does not give. Only a
    meeting date inside exactly one rule's window changes the reading."""
    aid = m.actor_id
    assert aid is not None
    if when is None or when.date is None or not is_person(aid):
        return aid
    if m.via == "title":
        return _title_of_the_day(aid, when)
    rules = _dated_aliases().get(gazetteer.alias_key(m.text))
    if rules is None:
        return aid
    lo = when.date
    hi = when.date_end or period_end(when.date, when.precision or "day")

    def covers(f: dt.date | None, t: dt.date | None) -> bool:
        return (f is None or f <= lo) and (t is None or hi <= t)

    fits = [r[0] for r in rules if covers(r[1], r[2])]
    if len(fits) == 1 and fits[0] != aid and any(r[0] == aid for r in rules):
        return fits[0]
    return aid


def _fill(a: Analysed, g: _Cand, datelines: Sequence[tuple[int, int]]) -> None:
    """A draft candidate's place, venue, people, mediator, status, level, outcomes and the
    rest, as its sentence tells them."""
    frame = g.frame
    assert frame is not None
    g.frame = None
    s, text, points, doc_names = g.sent, a.text, frame.points, frame.doc_names
    groups = frame.groups
    g.sentences = [s]
    t0 = g.triggers[0][0]
    t1 = g.triggers[-1][1]
    # place: nearest location with no other trigger of another group in between
    other = [p for p in points if not any(p == tt[0] for tt in g.triggers)]
    best_p, best_dist = None, 10**9
    venue = _venue(s, text, t0)
    elsewhen = [sp for sp in _other_time_spans(s)
                if not any(_inside(a0, [sp]) for a0, _ in g.triggers)]
    elsewhen += _another_round(s, g)
    main = _main_clause_after_time_phrase(s, t0, t1)
    if main is not None:
        elsewhen.append(main)
        if venue and _inside(venue[0], [main]):
            # round 39: "On the eve of the summit, officials worked at the State Department":
            # where the main clause's doing was, not the gathering's venue
            venue = None
    if venue and _between_has(other, (t0 + t1) // 2, venue[0]):
        # round 32: "met in X on <day>, when ..., and again at the White House on <day>": a
        # venue past another encounter's trigger is that one's, as a place is (see below)
        venue = None
    if venue and venue[1] <= t0 and _after_other_trigger(s, venue[0], points, other, t0):
        # round 46: "... where A and B met at a chateau outside X, and in the Y meeting of the
        # two presidents that June": a venue after another encounter's trigger, before this
        # one's, is that encounter's (a venue phrase follows its verb)
        venue = None
    elsewhen += [r for r in _reported_clauses(s) if r[0] >= t1]
    # "X met Y and said that Moscow would help Armenia and Azerbaijan": what the subject said
    # after the encounter names no one who met
    tails, verbs, thats = _speech_marks(s)
    elsewhen += [(k, s.end) for k in tails if k >= t1]
    if verbs and verbs[0] < t0:
        # "X said after the meeting with Y that Moscow would help Armenia and Azerbaijan":
        # the that-clause of a speech verb before the trigger is what was said
        th = next((k for k in thats if k >= t1), None)
        if th is not None:
            elsewhen.append((th, s.end))
    # what the sides agreed to do somewhere ("agreed to start delimitation near X and Y") is
    # no account of where they met (unless the meeting is what they agreed to: "committed to
    # talks hosted by X in Brussels")
    outs = _outcomes(s, text)
    ahead = [o for o in outs if _WHAT_TO_DO.match(text, o[0])
             and not any(o[0] <= a0 < o[1] for a0, _ in g.triggers)]
    attribution = _around_the_words(a, s, t0, t1)
    # a dateline's place ("KAZAN, Russia, Oct 24 - ") is where the report was filed:
    # the meeting's place only when the sentence names none nearer
    for m in sorted(_locations(s), key=lambda m: _inside(m.start, datelines)):
        if best_p is not None and _inside(m.start, datelines):
            break
        if venue and venue[0] <= m.start < venue[1]:
            pl = gazetteer.load_gazetteer().places.get(m.place_id or "")
            if pl is not None and pl.kind == "venue":
                best_p, best_dist = m, -1  # a named venue is the most exact place
            continue
        if best_dist < 0 or _inside(m.start, elsewhen):
            continue
        if _place_of_chain_origin(s, m, t0):
            best_p, best_dist = m, 0
            continue
        if not _meeting_place(s, m, t0, t1):
            continue
        if ahead and _inside(m.start, ahead):
            continue
        if outs and _inside(m.start, outs) and _TO_PLACE.search(
                s.text, max(0, m.start - s.start - 6), m.start - s.start):
            continue  # "agreed on the return of four villages to X": where they go, not where
        if _inside(m.start, doc_names):
            continue  # "the Alma-Ata Declaration": the document's name, not the venue
        if _inside(m.start, attribution):
            continue  # round 50: '"We met X last week," Y told a news conference in Z'
        if _topic_place(s, m, g):
            continue  # "talks focused on the border near X and Y": what, not where
        if _across_semicolon(s, g, m.start, m.end) and not (m.end <= g.triggers[0][0]
                                                              and _there_after(s, g)):
            # "talks hosted by X in 2001; at Kazan in 2011, ...": another's place (but "...
            # planned for Chisinau; instead, A met B there": the place named back)
            continue
        if _after_contrast(s, m, g) or _before_contrast(s, m.start, g, points):
            continue  # "..., while C stayed in Yerevan": where someone else was
        if g.mode != "in_person" and _TO_PLACE.search(
                s.text, max(0, m.start - s.start - 6), m.start - s.start):
            continue  # "phoned X and invited him to Moscow": a call is not held there
        if g.mode != "in_person" and _GATHERING_AFTER.match(s.text, m.end - s.start) and \
                _THE_BEFORE.search(s.text, max(0, m.start - s.start - 4), m.start - s.start):
            continue  # "a call on the results of the Almaty talks": another gathering's place
        if _between_has(other, (t0 + t1) // 2, m.start):
            continue
        if m.end <= t0 and _after_other_trigger(s, m.start, points, other, t0) and \
                not _where_opens_to(s, m, t0, points):
            continue  # round 46: "A met B outside X, and the Y meeting that June": A's place
        if m.start >= t1 and any(_where_opens_to(s, m, p, points) for p in other if p > m.end):
            continue  # round 60: "met A on <day> and then flew to X, where he met B": B's place
        if m.start < t0 and t0 in _second_round_starts(s):
            continue  # round 45: "met in X in May, and in June in Y": the round's place follows
        if m.start >= t1 and (_ONWARD_PLACE.search(s.text, max(0, m.start - s.start - 16),
                                                   m.start - s.start)
                              or _SINCE_CLAUSE.search(s.text, t1 - s.start, m.start - s.start)):
            # "..., then flew on to X"; "the first since their encounter in X": a "since"
            # clause still open names the gathering the comparison counts from
            continue
        if s.dates and _later_clause_dated_apart(s, m, g):
            continue
        if m.start >= t1 and _clause_of_its_own(s, g.triggers[-1][1], m.start):
            continue  # round 47: "..., and in June Z visited Q": Q is no place of the meeting
        dist = abs(m.start - t0)
        if _NEAR_PLACE.search(s.text, max(0, m.start - s.start - 16), m.start - s.start):
            dist += 10**6  # "met near Washington, ... in Arlington": the place named last
        if dist < best_dist:
            best_p, best_dist = m, dist
    last_day = _ended_after(s, g.date)
    if last_day is not None:
        g.date_from, g.date = g.date, last_day
    else:
        g.date_from = _began_on(s, g.date)
    g.place = best_p
    g.venue = venue
    topic: list[Mention] = []  # named by a topic pair: taken only if no one else is
    absentees: list[Mention] = []  # "X stayed away ...": a party of it, if it was cancelled
    expected: list[Mention] = []  # "X had been due to attend": a party, unless it was held
    own = elsewhen
    trigs = _find_triggers(s)
    if len(trigs) > 1 and ("instead" in s.text or "still" in s.text or ", where " in s.text):
        cs = _clause_start(s, g.triggers[0][0])
        where = _where_after_absence(s, g.triggers[0][0])
        if where is not None:
            cs = max(cs, where)  # "..., where A met B": the clause before is another's
        if cs and trigs[0][0] < s.start + cs and \
                _instead_clause(s, s.start, *g.triggers[0]):
            # "X pulled out of ..., and Y met Z there instead": the clause before is the other
            # meeting's, its people and its cancellation
            own = [*elsewhen, (s.start, s.start + cs)]
    quoted = _quoted_words(s, g) if '"' in s.text or "“" in s.text else []
    predicate = _participle_predicate(s, g)
    for m in _agents(s, datelines):
        if predicate is not None and m.start >= predicate:
            continue  # "Having met in X, A and B found themselves at C's table": not C
        if venue and venue[0] <= m.start < venue[1]:
            continue
        if own is not elsewhen and m.start < own[-1][1]:
            continue
        if _is_announcer(s, m, _next_trigger(g, m), g.mode) or _is_source(s, m) or \
                _names_the_speaker(s, m, attribution):
            continue
        if _is_absent(s, m):
            # a person, or one of the two states ("Baku declined to attend the talks")
            if m.start < t0 and m.actor_id is not None and (
                    is_person(m.actor_id) or m.actor_id in CONFLICT_PARTIES) and \
                    _stayed_away(s, m):
                absentees.append(m)
            continue
        if _heads_something_else(s, m, t0):
            continue
        if _gathering_attribute(s, m):
            continue
        if m.start >= g.triggers[-1][1] and s.dates and _clause_told_apart(s, m, g):
            continue
        if m.start >= g.triggers[-1][1] and _clause_of_its_own(s, g.triggers[-1][1], m.start):
            continue  # round 47: "..., and in June Z visited Q": Z's own doing
        if _place_dated_in_brackets(s, m):
            continue
        if quoted and _inside(m.start, quoted):
            continue  # 'told a rally that "Artsakh is Armenia, and that's it"': words said
        if _inside(m.start, elsewhen) or _inside(m.start, _unmet_clauses(s)):
            continue
        if not _belongs(s, m, g, groups) or _in_contrast_clause(s, m, g) or \
                _before_contrast(s, m.start, g, points):
            continue
        if _in_topic_pair(s, m) or _named_as_object(s, m, g):
            topic.append(m)
            continue
        if _expected_there(s, m):
            expected.append(m)  # a party only if the meeting was not held (below)
            continue
        g.participants.setdefault(_of_the_day(m, g.date), m)
    if not topic:
        topic = _pair_in_place(s) or _owners_of_border_ends(s)
    meds = _cue_matches(s, "mediator", cues().mediator)
    if meds is None:
        med = cues().mediator.search(s.text) if cues().filter.may_match("mediator", s) \
            else None
    else:
        med = meds[0] if meds else None
    if med and _inside(s.start + med.start(), elsewhen):
        med = None  # "..., weeks before they are due in Brussels at the invitation of X"
    if med and _across_semicolon(s, g, s.start + med.start(), s.start + med.end()):
        med = None  # "talks hosted by X in 2006; at Y in 2008, Z brought A and B together"
    if med and _before_contrast(s, s.start + med.start(), g, points):
        # round 33: "A and B met in X, hosted by C, while D and E met in Y with F": the host
        # of the clause before the contrast word mediated that clause's encounter
        med = None
    if med:
        after = [m for m in _agents(s, datelines) if m.start >= s.start + med.end()]
        if after:
            g.mediator = (after[0].actor_id, after[0])  # type: ignore[assignment]
    elif g.date is None and "ed " in s.text:
        by_verb = _mediated_by_subject(s, g, datelines)
        if by_verb is not None:
            g.mediator = (by_verb.actor_id, by_verb)  # type: ignore[assignment]
            g.anaphoric = True  # "the talks": the meeting told before, which it joins
    _leave_out_a_higher_inviter(s, g)
    rel = _relative_around(s, t0, t1)
    g.status, g.status_span = _status(s, (t0, t1), own if rel is None else [
        *own, (s.start, rel[0]), (rel[1], s.end)])
    if rel is not None and g.status is None and (
            had := _HAD.search(text, rel[0], rel[1])) is not None:
        # the clause's past perfect ("whose talks in X had prepared ...") says it was held
        g.status, g.status_span = "held", (had.start(), had.end())
    if g.status in (None, "held", "planned") and (skip := _skipped_by_a_side(s, g)) is not None:
        # round 55: "A and B were to talk at the summit in P, which A then skipped"
        g.status, g.status_span = "cancelled", skip
    if g.status != "held":
        for m in expected:
            g.participants.setdefault(_of_the_day(m, g.date), m)
    if g.status == "cancelled" and absentees and g.participants:
        # "X stayed away from the summit, and the five-way meeting with A, B, C and D was
        # cancelled": X was one of those it was planned between (see the codebook)
        for m in absentees:
            g.participants.setdefault(m.actor_id, m)  # type: ignore[arg-type]
    window = text[max(s.start, t0 - 80):t0]
    no_date = "no date" in window.lower() and _NO_DATE.search(window) is not None
    if no_date:
        # "returned home on Friday, and no date was announced for the next round": the
        # sentence says the meeting has no date, so the date beside it is something else's
        g.date = None
    if g.date is not None and g.status in ("planned", "proposed") and \
            _inside(g.date.start, datelines):
        g.date = None  # the day the report was filed is not when a plan will happen
    second = t0 in _second_round_starts(s)
    if second:
        # "met in X on <day>, at which they agreed to Y, and again in Z on <day>": what the
        # sentence tells before the second round is the first one's
        outs = [o for o in outs if o[0] >= t0]
    nxt = next((p for p in points if p > g.triggers[-1][1]), None)
    if outs and nxt is not None and _COUNTED_FROM.search(
            s.text, g.triggers[-1][1] - s.start, nxt - s.start):
        # lead, round 41: "The X talks came a month after the commissions, meeting on <day>,
        # agreed on Y": what the "after"/"since" clause's own meeting agreed is not this one's
        outs = [o for o in outs if o[0] < nxt]
    lv = _level_phrase(s)
    if lv and second and lv[1][0] < t0:
        lv = None
    if lv and main is not None and _inside(lv[1][0], [main]):
        lv = None  # round 39: "Ahead of the summit, officials worked ...": their level, not its
    if lv and _before_contrast(s, lv[1][0], g, points):
        lv = None  # round 33: the level words of the encounter told before "while"
    if lv and _inside(lv[1][0], outs):
        # "agreed to continue the negotiations at the level of the border commissions": the
        # level of what was agreed on, not of the meeting that agreed it
        lv = None
    if lv:
        g.level, g.level_span, g.level_explicit = lv
    g.outcomes = outs
    # each test reads the trigger's sentence only: none can match without the cue words
    g.separate = (_may_hold(cues().separate_words, s) and any(
        cues().separate.search(text, max(s.start, a0 - 12), a0)
        or cues().separate.match(_clause_after(text, s, a1))
        or _separately_after_names(text, s, a1)
        or _separate_after_apposition(text, s, a1)
        for a0, a1 in g.triggers)) or _one_by_one(s, g) or _each_of_them(text, g) \
        or _each_as_subject(s, g) or _then_with_another(s, g) \
        or (g.place is not None and g.place in _sides_capitals(s).values())
    # "the talks", "this meeting": the meeting told before; not "the next meeting", "the
    # following round", which is another one
    # ("Kazakhstan hosted the talks": a mediator's verb with the meeting as its object, read
    # above, says so too, whatever trigger the clause opens with)
    g.anaphoric = g.date is None and not no_date and (
        (g.anaphoric and g.mediator is not None)
        or bool(_DEFINITE_BEFORE.search(text, max(s.start, t0 - 30), t0)))
    if topic and not g.anaphoric and (not g.participants or all(
            _hosts_the_talks(s, x, g) for x in g.participants.values())):
        if g.place is not None and topic[0].via == "pair" and \
                g.place.start <= topic[0].start < g.place.end and _TALKS_ON.search(
                    text, max(s.start, g.place.start - 40), g.place.start):
            g.place = None  # "talks on the border between A and B": what, not where
        # no one else named but who hosted or mediated them: the pair the talks were
        # about are, as a rule, the sides ("talks in Moscow to settle the border
        # between A and B", "X hosted talks on the border between A and B"); "During
        # the meeting, the sides discussed relations between A and B" is a meeting
        # told before, whose people are named there
        for m in topic:
            g.participants.setdefault(m.actor_id, m)  # type: ignore[arg-type]


#: right before a meeting noun: a definite determiner that points back to a meeting told before,
#: unless a word between makes it another one ("the next meeting", "the following round");
#: round 52: "these", "those" too ("Those talks were hosted by X": the talks just told), not
#: after "of", a share of several meetings ("Several of those meetings were brokered by X");
#: round 58 (lead): not "that" before an indefinite article, a conjunction opening reported
#: words ("said that a meeting of A, B and C could follow" tells a new one)
_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|this|that(?!\s+(?:a|an)\s)|(?<!\bof\s)these|(?<!\bof\s)those)\s+"
    r"(?!(?:\w+\s+){0,1}(?:next|following|subsequent|upcoming|another|"
    r"new|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|"
    r"nd|rd|th)|previous|preceding|prior|earlier|further|future)\b)(?:\w+\s+){0,2}$",
    re.IGNORECASE)


#: a place named back ("met him there")
_THERE_WORD = re.compile(r"(?<![\w-])there(?![\w-])", re.IGNORECASE)


def _after_other_trigger(s: Sentence, pos: int, points: Sequence[int],
                         other: Sequence[int], t0: int) -> bool:
    """Round 46: whether the trigger nearest before `pos` is another encounter's (one of
    `other`), in the same stretch of words (no comma, semicolon or colon between), and this
    encounter's trigger at `t0` stands in a later stretch: a place or venue phrase right
    after a verb is its own, so one standing after that trigger, a comma before this
    encounter's, is that encounter's (not a fronted "; in X in June, A met B", nor "met in
    X on Friday and again on Saturday", where the place is shared)."""
    before = [p for p in points if p < pos]
    if not before or max(before) not in other:
        return False
    return _CLAUSE_PUNCT.search(s.text, max(before) - s.start, pos - s.start) is None and \
        _CLAUSE_PUNCT.search(s.text, pos - s.start, t0 - s.start) is not None


_CLAUSE_PUNCT = re.compile(r"[,;:]")
#: right after a place: a relative clause of place opens ("flew to X, where he met Y")
_WHERE_OPENS = re.compile(r"\s*,\s*where\s", re.IGNORECASE)


def _where_opens_to(s: Sentence, m: Mention, t0: int, points: Sequence[int]) -> bool:
    """Round 60: whether ", where" right after the place `m` opens the clause of the trigger at
    `t0` (no other trigger between): "held talks in X with A and then flew to Y, where he met
    B" - Y is the place of the encounter in the where-clause, not of the one before."""
    return _WHERE_OPENS.match(s.text, m.end - s.start) is not None and \
        not _between_has(list(points), m.end, t0)


def _there_after(s: Sentence, g: _Cand) -> bool:
    """Whether "there" follows the triggers of `g` in their clause (up to a semicolon)."""
    lo = g.triggers[0][0] - s.start
    semi = s.text.find(";", g.triggers[-1][1] - s.start)
    return _THERE_WORD.search(s.text, lo, semi if semi >= 0 else len(s.text)) is not None


def _across_semicolon(s: Sentence, g: _Cand, lo: int, hi: int) -> bool:
    """Whether a semicolon stands between the words at [lo, hi) and every trigger of `g`: a
    clause of its own, which tells another encounter (or something else)."""
    t0, t1 = g.triggers[0][0], g.triggers[-1][1]
    if hi <= t0:
        return ";" in s.text[hi - s.start:t0 - s.start]
    if lo >= t1:
        return ";" in s.text[t1 - s.start:lo - s.start]
    return False


def _mediated_by_subject(s: Sentence, g: _Cand, datelines: Sequence[tuple[int, int]]
                         ) -> Mention | None:
    """"They met in Brussels. Charles Michel mediated the talks.": the first actor of the
    clause whose verb of mediating (`mediator_verb`) has the meeting noun as its object, when
    that actor is none of the sides; None otherwise."""
    rx, host = cues().mediator_verb, cues().host_verb
    if rx is None:
        return None
    occasion = cues().occasion_word
    for t0, t1 in g.triggers:
        hit = rx.search(s.text, max(0, t0 - s.start - 60), t0 - s.start)
        if hit is None and host is not None and (occasion is None or not occasion.fullmatch(
                s.text, t0 - s.start, t1 - s.start)):
            hit = host.search(s.text, max(0, t0 - s.start - 60), t0 - s.start)
        if hit is None:
            continue
        lo = s.start + _clause_start(s, s.start + hit.start())
        first = next((m for m in _agents(s, datelines)
                      if lo <= m.start and m.end <= s.start + hit.start()), None)
        if first is None or first.actor_id is None:
            return None
        side = party_of(first.actor_id) or first.actor_id
        if side in CONFLICT_PARTIES or side in cues().sides:
            return None
        return first
    return None


#: a meeting noun and a preposition of its topic, right before a place ("talks on the border")
_TALKS_ON = re.compile(r"\b(?:talks|negotiations|consultations|meetings?|discussions?)\s+"
                       r"(?:on|about|over|regarding|concerning)\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_PAIR = re.compile(r"\bbetween\s+", re.IGNORECASE)


def _pair_in_place(s: Sentence) -> list[Mention]:
    """"talks on the border between A and B": a place named as what lies between two states
    names them as a topic pair (see `_in_topic_pair`), read from the states its own words
    name after "between"; none unless they are exactly two states."""
    out: list[Mention] = []
    for m in s.mentions:
        if m.place_id is None or m.actor_id is not None or " between " not in m.text.lower():
            continue
        hit = _PLACE_PAIR.search(m.text)
        if hit is None:
            continue
        off = m.start + hit.end()
        pair = [x for x in find_mentions(m.text[hit.end():]) if x.actor_id is not None
                and gazetteer.load_gazetteer().actors[x.actor_id].kind == "state"]
        if len(pair) == 2 and pair[0].actor_id != pair[1].actor_id:
            out += [Mention(x.start + off, x.end + off, x.text, x.actor_id, None, "agent", "pair")
                    for x in pair]
    return out


#: "the border between the X district of A and the Y province of B": what the two ends are
#: named from, each state after "of"
_BORDER_BETWEEN = re.compile(r"\bborder\s+between\s+", re.IGNORECASE)
_OWNER_OF = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
_PHRASE_STOP = re.compile(r"[,;:.()]")


def _owners_of_border_ends(s: Sentence) -> list[Mention]:
    """Round 40: "on the border between the Gazakh district of A and the Tavush province of
    B": the two states that own the border's two ends name the two sides as a topic pair
    does (see `_pair_in_place`), exactly two states, each after "of", joined by "and"."""
    hit = _BORDER_BETWEEN.search(s.text)
    if hit is None:
        return []
    stop = _PHRASE_STOP.search(s.text, hit.end())
    lo, hi = s.start + hit.end(), s.start + (stop.start() if stop else len(s.text))
    g = gazetteer.load_gazetteer()
    states = [x for x in s.mentions if lo <= x.start < hi and x.actor_id is not None
              and x.actor_id in g.actors and g.actors[x.actor_id].kind == "state"
              and _OWNER_OF.search(s.text, max(0, x.start - s.start - 8), x.start - s.start)]
    if len(states) != 2 or states[0].actor_id == states[1].actor_id or \
            " and " not in s.text[states[0].end - s.start:states[1].start - s.start]:
        return []
    return [Mention(x.start, x.end, x.text, x.actor_id, None, "agent", "pair") for x in states]


#: right before a trigger, in its clause: the meeting has no date yet ("no date was announced
#: for the next round of talks"), so no date of the sentence is its own
_NO_DATE = re.compile(r"\bno\s+(?:(?:new|firm|exact|specific)\s+)?date\s+(?:has\s+|have\s+|had\s+|"
                      r"was\s+|were\s+|is\s+|are\s+)?(?:yet\s+)?(?:been\s+)?(?:yet\s+)?"
                      r"(?:scheduled|planned|set|fixed|agreed|announced|given|named|"
                      r"disclosed)\b[^,;.]{0,50}$", re.IGNORECASE)


#: between a host and the hosting word ("X also hosted"), and between that word and the meeting
#: word it hosts ("hosted the third round of talks")
_HOST_GAP = re.compile(r"\s+(?:[a-z]+\s+)?")
_HOSTED_GAP = re.compile(r"\s+(?:(?:the|a|an|their|its)\s+)?(?:[\w-]+\s+){0,3}?")


def _hosts_the_talks(s: Sentence, m: Mention, g: _Cand) -> bool:
    """Whether `m` only convened the meeting `g`: its mediator ("mediated by X"), or the
    subject of a hosting word whose object is the meeting itself ("X hosted talks"), not a
    guest ("X hosted Y")."""
    if g.mediator is not None and g.mediator[1] is m:
        return True
    c = cues()
    for a0, a1 in g.triggers:
        if a0 < m.end or not c.needs_guest.fullmatch(s.text, a0 - s.start, a1 - s.start) or \
                not _HOST_GAP.fullmatch(s.text, m.end - s.start, a0 - s.start):
            continue
        if any(b0 > a1 and _HOSTED_GAP.fullmatch(s.text, a1 - s.start, b0 - s.start)
               for b0, _ in g.triggers):
            return True
    return False


_JOINT = re.compile(r"\b(?:trilateral|three-way|joint|conference)\b", re.IGNORECASE)


#: right before a trigger: "each" after the subject's names, and what may stand between it
#: and a trigger noun ("A and B each met C", "A and B each had a meeting with C")
_EACH_BEFORE = re.compile(r"(?<![\w-])each\s+(?:(?:had|held|have|has|will\s+have|will\s+hold)"
                          r"\s+(?:a|an|their\s+own|his\s+own|her\s+own)\s+(?:[\w-]+\s+)?)?$",
                          re.IGNORECASE)


def _each_as_subject(s: Sentence, g: _Cand) -> bool:
    """Round 42: "A and B each had a meeting with C", "A and B each met C": "each" right after
    the subject's names makes one encounter of each of them with C, never one of all three."""
    for a0, _ in g.triggers:
        if not s.start <= a0 <= s.end:
            continue
        each = _EACH_BEFORE.search(s.text, max(0, a0 - s.start - 45), a0 - s.start)
        if each is None:
            continue
        at = s.start + each.start()
        if any(m.actor_id is not None and 0 <= at - m.end <= 2 for m in s.mentions):
            return True
    return False


def _each_of_them(text: str, g: _Cand) -> bool:
    """"Putin met each leader in turn", "saw each of the two leaders": one encounter with each
    of them, never a meeting of all three."""
    for _, t1 in g.triggers:
        if text.startswith(" each", t1):
            two = _TWO_AFTER.match(text, t1)
            if two is not None and two.group(1):
                return True
    return False


#: a quotation of a few words or more (a scare-quoted name, "the so-called \"NKR\"", is shorter)
_QUOTED = re.compile(r'"([^"]{12,})"|“([^“”]{12,})”')
_MIN_QUOTED_WORDS = 4


def _around_the_words(a: Analysed, s: Sentence, t0: int, t1: int) -> list[tuple[int, int]]:
    """The parts of sentence `s` outside the direct statement whose words hold the trigger
    `t0`-`t1` (none when no such statement): the attribution around a speaker's words ('"We
    met him last week," X told a news conference in Yerevan') tells where the speaking was,
    not the meeting the words report."""
    if '"' not in s.text and "“" not in s.text and ":" not in s.text:
        return []  # the common case: no quotation and no transcript turn
    for st in statements_of(a):
        if st.kind == "direct" and st.char_start <= t0 and t1 <= st.char_end:
            return [sp for sp in ((s.start, st.char_start), (st.char_end, s.end))
                    if sp[0] < sp[1]]
    # a speaker the statements stage does not name ('"...," an aide told reporters in X'):
    # a quotation holding the trigger, and an attribution right after it
    for q in _QUOTED.finditer(s.text):
        lo, hi = s.start + q.start(), s.start + q.end()
        if lo <= t0 and t1 <= hi and cues().source_tail.match(s.text, q.end()):
            return [sp for sp in ((s.start, lo), (hi, s.end)) if sp[0] < sp[1]]
    return []


def _names_the_speaker(s: Sentence, m: Mention, attribution: list[tuple[int, int]]) -> bool:
    """Round 62: '"This was a meeting of two neighbours," said X, an adviser to A': a name in
    the attribution around the words that hold the trigger (`_around_the_words`) tells who
    spoke, not who met, when the words name no one ('"My talks with A were useful," said B'
    and '"We met in X," said B' tell that the speaker met someone named: B stays)."""
    return _inside(m.start, attribution) and not any(
        x.actor_id is not None and x.reading == "agent" and not _inside(x.start, attribution)
        for x in s.mentions)


def _quoted_words(s: Sentence, g: _Cand) -> list[tuple[int, int]]:
    """What the sentence quotes someone as saying, when no trigger of the meeting is in it: the
    names in 'called it "a blow to Armenia"' are what was said, not who met."""
    out = []
    for q in _QUOTED.finditer(s.text):
        a, b = s.start + q.start(), s.start + q.end()
        if len(q.group(q.lastindex or 1).split()) < _MIN_QUOTED_WORDS or any(
                a <= t0 < b for t0, _ in g.triggers):
            continue
        out.append((a, b))
    return out


def _sides_capitals(s: Sentence) -> dict[str, Mention]:
    """"visited Baku and Yerevan": the two sides' capitals (places that stand for a side) named
    as a pair of places; a side to its capital, or nothing when the sentence names no such pair.
    No meeting of the two sides is in both capitals: a third party went to each in turn."""
    locs = [m for m in _locations(s) if m.place_id is not None]
    if len(locs) < 2:
        return {}
    places = gazetteer.load_gazetteer().places
    for one, two in itertools.pairwise(locs):
        p1, p2 = places.get(one.place_id or ""), places.get(two.place_id or "")
        if p1 is None or p2 is None:
            continue
        sides = (p1.stands_for, p2.stands_for)
        if set(sides) == set(CONFLICT_PARTIES) and _COORDINATION.fullmatch(
                s.text, one.end - s.start, two.start - s.start):
            return {sides[0]: one, sides[1]: two}  # type: ignore[dict-item]
    return {}


def _one_by_one(s: Sentence, g: _Cand) -> bool:
    """"X phoned A and B": a verb that reaches its objects one at a time reports one call
    with each of them, not a call of all three (unless the sentence calls it joint)."""
    rx = cues().one_by_one
    return bool(rx and any(rx.fullmatch(s.text, a0 - s.start, a1 - s.start)
                           for a0, a1 in g.triggers) and not _JOINT.search(s.text))


#: round 47: right after a trigger, "with A, and then (later) with B": a second encounter
#: with another guest, told by its own "with"
_THEN_WITH = re.compile(r"\s+with\s+[^;:()]{1,80}?,?\s+and\s+(?:then|later|afterwards|"
                        r"subsequently)\s+with\s", re.IGNORECASE)


def _then_with_another(s: Sentence, g: _Cand) -> bool:
    """Round 47: "X had a telephone conversation with A, and then with B": one encounter of
    X with each guest, not one of all three."""
    return any(_THEN_WITH.match(s.text, a1 - s.start) for _, a1 in g.triggers)


def _leave_out_a_higher_inviter(s: Sentence, g: _Cand) -> None:
    """Round 47: "the consultations of ministers A and B were held at the invitation of the
    President of X": a leader who invited or initiated talks whose sides are represented by
    people of another level only (ministers, officials) convened them and was not at the
    table; he is the mediator (if none is named) and no participant."""
    rx = cues().inviter
    if rx is None:
        return
    for aid, m in list(g.participants.items()):
        if not is_person(aid) or level_of_person(aid) != "leaders" or \
                not s.start <= m.start < s.end or \
                not rx.search(s.text, max(0, m.start - s.start - 80), m.start - s.start):
            continue
        sides = [level_of_person(k) for k in g.participants
                 if k != aid and is_person(k) and party_of(k) in CONFLICT_PARTIES]
        if sides and all(lv is not None and lv != "leaders" for lv in sides):
            del g.participants[aid]
            if g.mediator is None:
                g.mediator = (aid, m)  # type: ignore[assignment]


def _hosts_only(c: _Cand) -> bool:
    """'The meeting was hosted by X (and Y)': a mention naming who convened the meeting and
    none of its sides; it cannot share a party with the meeting it refers to."""
    return c.mediator is not None and not _parties(c) & set(CONFLICT_PARTIES)


def _clause_after(text: str, s: Sentence, t1: int) -> str:
    """The last word of the trigger's clause, where an adverb about the whole encounter
    stands after the names: "met X and Y separately" -> "separately"."""
    rest = text[t1:s.end]
    cut = re.search(r"[,;.:]", rest)
    head = rest[:cut.start()] if cut else rest
    words = head.split()
    return words[-1] if words else ""


_NAMES_WORDS = 6


def _separately_after_names(text: str, s: Sentence, t1: int) -> bool:
    """"met X separately in the Oval Office": the adverb right after the few words naming
    who was met, ahead of a place or time that ends the clause."""
    rest = text[t1:s.end]
    cut = re.search(r"[,;.:]", rest)
    words = (rest[:cut.start()] if cut else rest).split()[:_NAMES_WORDS]
    if any(cues().separate.fullmatch(w) for w in words):
        return True
    # "met Azerbaijani President X and Armenian Prime Minister Y separately": long names,
    # the adverb right after the last of them in the trigger's clause
    end = t1 + (cut.start() if cut else len(rest))
    for m in s.mentions:
        if t1 <= m.start and m.end < end:
            w = _FIRST_WORD.match(text, m.end, end)
            if w is not None and (cues().separate.fullmatch(w.group(1))
                                  or cues().separate.match(text, w.start(1), end)):
                return True
    return False


#: the word right after a name
_FIRST_WORD = re.compile(r"\s+([\w-]+)")


#: after the names and an apposition naming them: "will host A and B, X and Y, separately"
_AFTER_APPOSITION = re.compile(r",\s+(\S+)")


def _separate_after_apposition(text: str, s: Sentence, t1: int) -> bool:
    """"hosted the ministers of A and B, X and Y, separately in Washington": the adverb opens
    the part of the trigger's sentence that follows an apposition, before any other trigger or
    the end of the clause."""
    rest = text[t1:s.end]
    stop = re.search(r"[;.:]", rest)
    rest = rest[:stop.start()] if stop else rest
    nxt = [t0 for t0, _, _ in _find_triggers(s) if t0 >= t1]
    if nxt:
        rest = rest[:min(nxt) - t1]
    # (read on from the word: a cue may run to several, "..., one after the other")
    return any(cues().separate.match(rest, m.start(1)) for m in _AFTER_APPOSITION.finditer(rest))


def _side_of(c: _Cand, m: _Cand) -> bool:
    """A separate encounter is a side meeting of `m` when all its parties are at `m`."""
    return not c.separate or _parties(c) <= _parties(m)


def _compatible(a: _Cand, b: _Cand, parties: bool = True, scales: bool = False) -> bool:
    """Whether two candidates may tell one meeting; with `scales` (two dated mentions), a
    place may lie in the other's."""
    if a.mode != b.mode:
        return False
    if a.date is not None and b.date is not None and not dates_compatible(
            (a.date.date, a.date.date_end, a.date.precision),
            (b.date.date, b.date.date_end, b.date.precision)):
        return False
    if a.place and b.place and a.place.place_id != b.place.place_id and not (
            scales and _place_within(a.place.place_id, b.place.place_id)):
        # round 37: "at the White House" and "in Washington", "at his residence in Sochi" and
        # "the Sochi summit": one meeting named at two scales (a venue in its city, a city in
        # its country), as across articles
        return False
    if a.mediator and b.mediator and (party_of(a.mediator[0]) or a.mediator[0]) != (
            party_of(b.mediator[0]) or b.mediator[0]):
        return False
    pa_, pb = _parties(a), _parties(b)
    if a.mode != "in_person" and pa_ and pb and not (pa_ <= pb or pb <= pa_):
        return False  # X's call with Y and X's call with Z are two calls, not a conference
    return not (parties and pa_ and pb and not (pa_ & pb))


def _merge_into(dst: _Cand, src: _Cand) -> None:
    dst.triggers += src.triggers
    dst.sentences += [s for s in src.sentences if s not in dst.sentences]
    if dst.date is None or (src.date is not None and finer(src.date.precision,
                                                             dst.date.precision)):
        dst.date = src.date or dst.date
    if dst.place and src.place and dst.place.place_id != src.place.place_id and \
            _lies_in(src.place.place_id, dst.place.place_id):
        dst.place = src.place  # the finer of one place named at two scales (`_compatible`)
    dst.place = dst.place or src.place
    dst.venue = dst.venue or src.venue
    for k, v in src.participants.items():
        dst.participants.setdefault(k, v)
    dst.mediator = dst.mediator or src.mediator
    if src.level and (not dst.level or (src.level_explicit and not dst.level_explicit)):
        dst.level, dst.level_span, dst.level_explicit = src.level, src.level_span, \
            src.level_explicit
    dst.outcomes += [o for o in src.outcomes if o not in dst.outcomes]
    # "The meeting ... was called off": an undated mention that refers back cancels the plan
    if src.status == "planned" and dst.status == "held" and _same_day(src.date, dst.date):
        # round 35: a live blog with its newest entry first ("23:40 - X held a meeting with
        # Y ... 21:30 - Tonight X will host Y and Z"): the plan told below the report that the
        # meeting took place that very day is the older news, not the latest one
        pass
    elif src.status and (dst.status is None or (src.date is not None and src.status != "held")
                         or (src.anaphoric and src.status == "cancelled")):
        dst.status, dst.status_span = src.status, src.status_span
    elif src.status == "held" and dst.status == "planned" and _same_day(src.date, dst.date):
        # "are expected to meet on Thursday ... UPDATE: the two met on Thursday": a report that
        # the meeting took place on the very day it was planned for is the latest one
        dst.status, dst.status_span = src.status, src.status_span
    _leave_out_inviters_told_apart(dst, src)


def _leave_out_inviters_told_apart(dst: _Cand, src: _Cand) -> None:
    """Round 52: "A and B met in X on <day>. The talks were convened by C at the initiative
    of President D": the leader who initiated the talks is named in a sentence of his own,
    without the sides, so `_leave_out_a_higher_inviter` could not weigh him against them
    there; once that sentence joins the meeting, he is left out as he would be in one
    sentence (the mediator is the one who convened it, if named)."""
    for s in src.sentences:
        _leave_out_a_higher_inviter(s, dst)


def _same_day(a: DateMention | None, b: DateMention | None) -> bool:
    """Whether two dates are the same single day."""
    return a is not None and b is not None and a.precision == b.precision == "day" and \
        a.date is not None and a.date == b.date and a.date_end is None and b.date_end is None


def _is_about_conflict(c: _Cand) -> bool:
    ps = _parties(c)
    return bool(ps & set(CONFLICT_PARTIES))


def _paragraph(a: Analysed, offset: int) -> int:
    return a.text.count("\n", 0, offset)


#: before a trigger: the meeting is told as what came before something else
_FOLLOWED = re.compile(r"\b(?:followed|follows|came after|comes after|preceded|was preceded by|"
                       r"on the heels of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$",
                       re.IGNORECASE)


#: a relative clause in the past perfect up to a date ("which Armenia had requested on"): the
#: date is of a time before the clause it hangs on
_FLASHBACK_BEFORE = re.compile(r"\b(?:which|that|who|whom)\s+(?:[\w'’-]+\s+){0,4}?had\s+"
                               r"(?:[\w'’-]+\s+){0,3}?(?:(?:on|in|at)\s+)?$", re.IGNORECASE)


def _news_peg(a: Analysed, c: _Cand) -> DateMention | None:
    """The date of an undated report of a *recent* meeting, from the article's lead.

    News leads often date the story once ("X said on Thursday") and then report the meeting
    without repeating it. An undated candidate within the first paragraphs takes the single
    day-precise date of the preceding sentence when that date lies within a week before
    publication; anything less certain stays undated (and is dropped)."""
    pub = a.published
    if pub is None or a.doc.published_precision != "day" or c.sent.index > 6:
        return None
    t0 = c.triggers[0][0] - c.sent.start if c.triggers else 0
    if _FOLLOWED.search(c.sent.text, max(0, t0 - 60), t0):
        return None  # "the statement followed talks": they came before the dated news, when?
    rx = cues().earlier_modifier
    if rx is not None and rx.search(c.sent.text, max(0, t0 - 20), t0):
        return None  # round 43: "had prepared it at earlier talks with X": before the news
    line = a.text.rfind("\n", 0, c.sent.start) + 1
    lead = _UPDATE_LEAD.match(a.text, line)
    if lead is not None and lead.end() <= c.sent.start + t0 and not a.text[
            lead.end():c.sent.start].strip():
        # round 35: a live blog's entry ("15:30 CEST - A met B ...") is news of its own time:
        # the sentence before closes another entry, whose "last night" is not its day
        return None
    prev = [x for x in a.sentences if x.index < c.sent.index][-1:]
    # a date line ("Published 14 December 2023") or a dateline dates the report, not an event
    datelines = _article_datelines(a)
    dates = [d for x in prev for d in x.dates if d.precision == "day" and d.date is not None
             and not _inside(d.start, datelines)
             and len((x.text[:d.start - x.start] + x.text[d.end - x.start:]).split()) > 2]
    if len(dates) != 1:
        return None
    d = dates[0]
    x = prev[0]
    if _FLASHBACK_BEFORE.search(x.text, max(0, d.start - x.start - 60), d.start - x.start):
        return None  # "the session, which Armenia had requested on 12 August": an earlier day
    if d.date is None or not (pub - dt.timedelta(days=7) <= d.date <= pub):
        return None
    return d


def _attach_outcome_sentences(a: Analysed, merged: list[_Cand]) -> None:
    """Sentences without a trigger that report what the parties of a meeting agreed ("X, Y and Z
    confirmed their determination to ...") join that meeting when they come after its first
    report, before the next meeting's, and their paragraph names no date that contradicts it."""
    firsts = sorted((m.sentences[0].start, i) for i, m in enumerate(merged)
                    if len(_parties(m)) >= 2)
    if not firsts:
        return  # no meeting for a sentence to join
    para_dates: dict[int, list[DateMention]] = {}
    for d in a.dates:
        para_dates.setdefault(_paragraph(a, d.start), []).append(d)
    unrealised = cues().unrealised
    datelines = _article_datelines(a)
    for s in a.sentences:
        if len(s.text) > _MAX_SENTENCE_CHARS or _find_triggers(s):
            continue
        # an outcome cue counts when no condition or wish stands in the few words before it
        # ("must change its constitution before any treaty is signed" reports no result)
        if not any(unrealised.search(s.text, max(0, o.start() - 30), o.start()) is None
                   for o in _outcome_cues(s)):
            continue
        prior = [i for st, i in firsts if st <= s.start]
        if not prior:
            continue
        m = merged[prior[-1]]
        if m.date is None:
            continue
        agents = _agents(s, datelines)
        parties = {party_of(x.actor_id) or x.actor_id for x in agents if x.actor_id}
        if not agents and _refers_back(a, s, m):
            parties = set(CONFLICT_PARTIES)  # "The sides signed ...": the meeting's two sides
        if len(parties) < 2 or not parties <= _parties(m):
            continue
        ok = all(dates_compatible((d.date, d.date_end, d.precision),
                                  (m.date.date, m.date.date_end, m.date.precision))
                 for d in para_dates.get(_paragraph(a, s.start), [])
                 if d.date is not None and not _inside(d.start, datelines)
                 and not _a_deadline(a.text, d))
        if not ok:
            continue
        for x in agents:
            m.participants.setdefault(x.actor_id, x)  # type: ignore[arg-type]
        found = [o for o in _outcomes(s, a.text) if o not in m.outcomes]
        m.outcomes += found
        m.sentences.append(s)
        day = _same_weekday_as_published(m.date, a.published, a.doc.published_precision).date
        if found and m.status == "planned" and a.published is not None and \
                day is not None and day <= a.published and \
                _PAST_OUTCOME.match(a.text, found[0][0]):
            # "will host the summit on Friday" ... "Update 17:40: The three leaders signed
            # ...": a result told as done on the day makes the planned meeting held
            m.status, m.status_span = "held", found[0]


#: right before a date: the date is a deadline set ("instructed ... to finish by 15 May"),
#: not a day on which something told in its paragraph happened
_DEADLINE_BEFORE = re.compile(r"(?<![\w-])(?:by|until|till|no\s+later\s+than|not\s+later\s+than)"
                              r"\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?(?:the\s+)?$",
                              re.IGNORECASE)


def _a_deadline(text: str, d: DateMention) -> bool:
    """"... to begin work on the ground by 15 May": a deadline, which does not contradict the
    date of the meeting that set it."""
    return _DEADLINE_BEFORE.search(text, max(0, d.start - 30), d.start) is not None


#: opening a sentence, a subject that names no one but the sides of the meeting just told
_THE_SIDES = re.compile(r"(?:The|Both)\s+(?:two\s+|three\s+)?(?:sides|parties|leaders|delegations|"
                        r"commissions|foreign\s+ministers|heads\s+of\s+state)\b\s*",
                        re.IGNORECASE)
#: a live blog's time stamp opening an entry ("Update 17:40:", "18.05 GMT -")
_UPDATE_LEAD = re.compile(r"(?:(?:update|updated|breaking)\s*:?\s*)?\d{1,2}[:.]\d{2}\s*"
                          r"(?:[ap]\.?m\.?\s*)?(?:(?:GMT|UTC)(?:\s*[+-]\d{1,2})?|CEST|CET|BST|"
                          r"EEST|EET|MSK|AMT|AZT|EDT|EST|ET|local time\s*)?\s*[:—–-]\s*",
                          re.IGNORECASE)
#: between that subject and the outcome verb: an adverb or auxiliary at most, no clause
_SIDES_GAP = re.compile(r"(?:[a-z]+\s+){0,2}", re.IGNORECASE)


#: an outcome verb in the past tense: what the meeting reached, not what it is to reach
_PAST_OUTCOME = re.compile(r"(?:signed|adopted|agreed|reached|approved|initialled|initialed)\b",
                           re.IGNORECASE)


def _refers_back(a: Analysed, s: Sentence, m: _Cand) -> bool:
    """"The sides signed a protocol", "The two leaders agreed to ...": the sentence right after a
    sentence of a meeting of both sides (also when the meeting is told again later) reports
    what they agreed there, when it opens with a subject that can
    only be those sides and the outcome verb follows that subject at once."""
    if not set(CONFLICT_PARTIES) <= _parties(m) or not _follows_its_sentences(a, s, m):
        return False
    lead = _UPDATE_LEAD.match(s.text)
    subj = _THE_SIDES.match(s.text, lead.end() if lead else 0)
    if subj is None:
        return False
    gap = _SIDES_GAP.match(s.text, subj.end())
    at = gap.end() if gap else subj.end()
    return any(o.start() <= at and o.start() >= subj.end() for o in _outcome_cues(s))


#: (lead, round 60) how many sentences may stand between a meeting's sentence and "The sides
#: agreed ..." (a readout's paragraphs on what they discussed)
_SIDES_BACK = 3


def _follows_its_sentences(a: Analysed, s: Sentence, m: _Cand) -> bool:
    """Whether `s` comes right after a sentence of `m`, or after one up to `_SIDES_BACK`
    sentences back with only sentences between that tell no meeting and name no one outside
    `m`'s parties ("A and B spoke by phone. The ministers discussed the border. A reaffirmed
    X. The sides agreed to stay in contact")."""
    mine = {x.index for x in m.sentences}
    parties = _parties(m)
    for k in range(s.index - 1, max(-1, s.index - 2 - _SIDES_BACK), -1):
        if k in mine:
            return True
        between = a.sentences[k]  # (a sentence's index is its place in the list)
        if _find_triggers(between) or any(
                x.actor_id and (party_of(x.actor_id) or x.actor_id) not in parties
                for x in between.mentions):
            return False
    return False


def _begun_the_day_before(x: _Cand, y: _Cand) -> bool:
    """Round 42: held talks `x` dated by the day they "had begun on", and held talks `y` of the
    same people told on the next day, in the same mode, with no other mediator or place: one
    meeting that ran overnight, not two."""
    dx, dy = x.date, y.date
    if dx is None or dy is None or dx.date is None or dy.date is None or \
            dx.precision != "day" or dy.precision != "day" or dx.date_end or dy.date_end:
        return False
    if dy.date - dx.date != dt.timedelta(days=1) or x.mode != y.mode or \
            x.status not in (None, "held") or y.status not in (None, "held"):
        return False
    if not cues().begun_on.search(x.sent.text, max(0, dx.start - x.sent.start - 24),
                            dx.start - x.sent.start):
        return False
    if x.place and y.place and x.place.place_id != y.place.place_id:
        return False
    if x.mediator and y.mediator and (party_of(x.mediator[0]) or x.mediator[0]) != (
            party_of(y.mediator[0]) or y.mediator[0]):
        return False
    px, py = _parties(x), _parties(y)
    return set(CONFLICT_PARTIES) <= px & py


def _same_dated_meeting(m: _Cand, c: _Cand) -> bool:
    """Two dated mentions in one article are one meeting when they name the same place, or the
    same date at the same precision with overlapping parties."""
    if m.place and c.place and (m.place.place_id == c.place.place_id or not _place_within(
            m.place.place_id, c.place.place_id)):
        # (a venue and its city, a city and its country: the same date and parties decide)
        return m.place.place_id == c.place.place_id
    assert m.date is not None and c.date is not None
    same_date = (m.date.date, m.date.precision) == (c.date.date, c.date.precision)
    return same_date and bool(_parties(m) & _parties(c))


def _other_pair(m: _Cand, c: _Cand) -> bool:
    """Two dated mentions, each naming two or more parties, neither within the other: the
    sides' meeting and a third party's meeting with one side that day ("Putin met Aliyev in
    Kazan" beside "Aliyev and Pashinyan met in Kazan") are two encounters, not one of three."""
    assert m.date is not None and c.date is not None
    if m.date.precision != "day" or (m.date.date, m.date.precision) != (c.date.date,
                                                                        c.date.precision):
        return False  # "mid-March" beside "March 11": too loose to tell two encounters apart
    pm, pc = _parties(m), _parties(c)
    return len(pm) >= 2 and len(pc) >= 2 and not (pm <= pc or pc <= pm)


def _hosted_joins(c: _Cand, m: _Cand) -> bool:
    """'The meeting was hosted by X' shares no party with the meeting it names (X is none of
    its sides): it may join a meeting of both sides that has no mediator yet."""
    return c.anaphoric and _hosts_only(c) and m.mediator is None and _parties(m) >= set(
        CONFLICT_PARTIES) and _compatible(m, c, parties=False)


def _told_of_another_time(c: _Cand, when: DateMention | None) -> bool:
    """Whether the sentence of undated mention `c` carries a day or month date that is not
    `when` (another day, or another month), the date of a meeting it might join or of the
    lead: it tells of another time ("Earlier, on 7 December 2023, the sides issued a
    statement after talks between X and Y"), not of that meeting."""
    if when is None or when.date is None or when.precision not in ("day", "week", "month"):
        return False
    if when.precision == "week":
        # round 41: "would hold talks in X this week" and "agreed on March 13 after talks
        # between A and B": a day outside the week, or a month it does not touch
        lo, hi = when.date, when.date + dt.timedelta(days=6)
        months = {(lo.year, lo.month), (hi.year, hi.month)}
        return any(d.date is not None and d.date_end is None and (
            (d.precision == "day" and not lo <= d.date <= hi)
            or (d.precision == "month" and (d.date.year, d.date.month) not in months))
            for d in c.sent.dates)
    day, month = when.date, (when.date.year, when.date.month)
    return any(d.date is not None and d.precision in ("day", "month") and d.date_end is None
               and ((d.date.year, d.date.month) != month or (
                   d.precision == when.precision == "day" and d.date != day))
               for d in c.sent.dates) or any(
        _unresolved_month(d) not in (None, when.date.month) for d in c.sent.dates)


def _unresolved_month(d: DateMention) -> int | None:
    """Round 43: the month a date names that could not be resolved (no year to give it: "a
    meeting of the commissions in November" in an undated review): still another month than
    a meeting of December's; None for a resolved date or one naming no single month."""
    if d.date is not None:
        return None
    months = {month_number(w) for w in _LETTER_RUN.findall(d.text)} - {None}
    return months.pop() if len(months) == 1 else None


_LETTER_RUN = re.compile(r"[A-Za-z]+\.?")


def _plan_apart(c: _Cand, m: _Cand) -> bool:
    """Round 42: "Armenia, Azerbaijan agree truce after talks in Moscow" over a story whose only
    meeting placed in Moscow is a plan ("X is due to meet Y in Moscow on Monday"): an undated
    mention told as no plan that would give a planned meeting a conflict side it lacks is
    another encounter (the one the story tells held), not that plan."""
    if m.status not in ("planned", "proposed") or c.status in ("planned", "proposed"):
        return False
    sides = set(CONFLICT_PARTIES)
    return bool((_parties(c) - _parties(m)) & sides) or (
        # round 62: "X hosts A and B at P" over "A expects to meet B again in the autumn": a
        # plan to meet "again" is another encounter than the one a mention told as no plan
        # tells (unless the mention says "again" too: "..., agree to meet again")
        _meets_again_after(m) and not _meets_again_after(c))


def _meets_again_after(c: _Cand) -> bool:
    """Whether "again" follows one of `c`'s triggers in its own sentence, a word at most
    between ("to meet again", "to meet Aliyev again")."""
    s = c.sent
    return any(s.start <= t1 <= s.end and _AGAIN_SOON_AFTER.match(s.text, t1 - s.start)
               for _, t1 in c.triggers)


def _brings_the_other_side(c: _Cand, m: _Cand) -> bool:
    """Whether undated mention `c`, an encounter of two or more parties of its own, would add
    to meeting `m` the conflict side it lacks, while `m` has the other side and `c` has not: a
    third party's talks with one side, then "the Russian leader also had a meeting with B"
    (even "on the sidelines of the summit"), are two encounters; joined, they would make the
    sides meet (the dated pair is kept apart by `_other_pair`). A mention naming only the
    newcomer ("the meeting was also attended by B") is left to the other rules."""
    sides = set(CONFLICT_PARTIES)
    pc, pm = _parties(c), _parties(m)
    return len(pc) >= 2 and bool((pc - pm) & sides) and bool(pm & sides) and not pm & sides & pc


#: right before a meeting noun: a demonstrative, and no article ("that trilateral meeting",
#: "this meeting"; not "said that the meeting")
_DEMONSTRATIVE = re.compile(r"\b(?:that|this)\s+(?:(?!(?:the|a|an)\b)[\w-]+\s+){0,2}$",
                            re.IGNORECASE)


def _told_held(a: Analysed, m: _Cand) -> bool:
    """Whether meeting `m` is told as held: said so, or dated with no status of its own to a
    day well before the article's (the past of "the meeting of A and B in X on <day>")."""
    if m.status == "held":
        return True
    d, pub = m.date, a.published
    return m.status is None and d is not None and d.date is not None and not d.future and \
        pub is not None and d.date < pub - dt.timedelta(days=1)


def _demonstrative(a: Analysed, c: _Cand) -> bool:
    """Whether anaphoric mention `c` names its meeting with "that"/"this" ("hosted that
    meeting"): the meeting told last before it, not the first one of that sentence."""
    return c.anaphoric and any(
        _DEMONSTRATIVE.search(a.text, max(c.sent.start, t0 - 30), t0) is not None
        for t0, _ in c.triggers)


def _last_told_unjoined(a: Analysed, c: _Cand, target: _Cand) -> bool:
    """Whether the sentence right before anaphoric mention `c` ("That meeting ...") tells a
    meeting of its own (a trigger) and `target`, the meeting it would join, is not told there:
    the demonstrative names that last one, even when it became no row."""
    i = c.sent.index
    if not 0 < i <= len(a.sentences) or a.sentences[i - 1].index != i - 1:
        return False
    prev = a.sentences[i - 1]
    if prev.end > c.sent.start or prev.in_caption or len(prev.text) > _MAX_SENTENCE_CHARS or \
            not _find_triggers(prev):
        return False
    return not any(prev.start <= t0 < prev.end for t0, _ in target.triggers)


#: right before an anaphoric trigger: someone came into the meeting told before ("X joined
#: the talks by video"), a party of it that need not be named there already
#: (round 29: also "attended the meeting", "took part in the talks")
_JOINED_BEFORE = re.compile(r"\b(?:joined|joins|attended|attend|attends|took\s+part\s+in|"
                            r"take\s+part\s+in|participated\s+in)\s+(?:the|these|those)\s+$",
                            re.IGNORECASE)


def _joined_the(c: _Cand) -> bool:
    t0 = c.triggers[0][0]
    return c.anaphoric and _JOINED_BEFORE.search(c.sent.text, max(0, t0 - c.sent.start - 20),
                                                 t0 - c.sent.start) is not None


def _persons_at(c: _Cand, m: _Cand) -> bool:
    """Whether a person `c` names is among the participants of meeting `m`."""
    return any(is_person(k) and k in m.participants for k in c.participants)


def _sides_at(c: _Cand, m: _Cand) -> bool:
    """Whether `c` names a side of the conflict and every one it names is a party of `m`."""
    sides = _parties(c) & set(CONFLICT_PARTIES)
    return bool(sides) and sides <= _parties(m)


#: between an anaphoric trigger and a later one in its sentence: a clause of the time the
#: first is counted from ("the first meeting since the leaders met ..."), no stop between
_COUNTED_FROM = re.compile(r"\b(?:since|after|before|following)\b[^.;:!?]*$", re.IGNORECASE)


def _counted_from(c: _Cand, m: _Cand) -> bool:
    """Whether meeting `m` is first told inside a "since"/"after" clause of the sentence of
    anaphoric mention `c`, after it: the reference point of "the first meeting since X", not
    the meeting "the meeting" refers back to."""
    t0 = min(t for t, _ in m.triggers)
    end = c.triggers[-1][1]
    return m.sent is c.sent and t0 > end and bool(
        _COUNTED_FROM.search(c.sent.text, end - c.sent.start, t0 - c.sent.start))


#: what opens a sentence before a meeting noun that names again the meeting told just before
#: ("Those talks", "The two-day talks")
_DEMONSTRATIVE_OPENING = re.compile(r"[\s\"“]*(?:Those|These|That|This|The)\s+"
                                    r"(?:[\w-]+\s+){0,2}")


def _told_again_next(c: _Cand, merged: Sequence[_Cand]) -> _Cand | None:
    """Lead, round 41: "A and B ended four days of talks near X, hosted by C. Those talks, which
    began on 1 May, produced no document": the very next sentence opens by naming the same
    meeting again with a demonstrative and gives its date, and no party the first did not
    name. The undated report of two parties or more joins that dated one (same mode and
    status)."""
    if len(_parties(c)) < 2:
        return None
    for m in merged:
        if m.sent.index == c.sent.index + 1 and _parties(m) <= _parties(c) and \
                m.mode == c.mode and \
                (m.status or "held") == (c.status or "held") and \
                _DEMONSTRATIVE_OPENING.fullmatch(m.sent.text, 0,
                                                 m.triggers[0][0] - m.sent.start):
            return m
    return None


def _third_persons(c: _Cand) -> set[str]:
    """The people `c` names who belong to neither side of the conflict (hosts, mediators)."""
    return {k for k in c.participants if is_person(k) and party_of(k) not in CONFLICT_PARTIES}


def _other_third_persons(c: _Cand, m: _Cand) -> bool:
    """Round 43: whether undated mention `c` names a third party's person and meeting `m` has
    such people too, none of them the same: "Last night Michel hosted A and B" after "On
    <day>, Putin hosted A and B in Sochi" tells another encounter of the two, not Sochi's."""
    mine, theirs = _third_persons(c), _third_persons(m)
    return bool(mine and theirs and not mine & theirs)


def _undated_joins(c: _Cand, m: _Cand) -> bool:
    """An undated mention joins a dated meeting only when it clearly refers to it: "the
    meeting"/"the talks", the same place, or parties that are all already at that meeting."""
    if not _compatible(m, c, parties=not _joined_the(c)) or not _side_of(c, m):
        return False  # "X also held a separate meeting with Y there": X was not at the meeting
    if _brings_the_other_side(c, m):
        return False  # "X met A in Kazan on <day>. Earlier, X had a meeting with B"
    if c.participants and c.mediator is None and not _parties(m) and \
            not _parties(c) & set(CONFLICT_PARTIES):
        # "The commissions held their tenth meeting on <day>. ... For Moscow, the Kazan
        # meetings were ...": a meeting still unnamed (its heads are named later) would take
        # a third party alone as its parties
        return False
    if c.anaphoric and not _joined_the(c) and _parties(m) & set(CONFLICT_PARTIES) and \
            _parties(c) & set(CONFLICT_PARTIES) - _parties(m) and \
            not any(is_person(k) for k in c.participants):
        # "the talks between Baku and Yerevan" after a meeting of Turkish and Armenian envoys:
        # states alone naming the conflict side the meeting lacks name other talks (the
        # process), where "the meeting between A and B" with people named refers back
        return False
    if c.anaphoric:
        return True
    if _other_third_persons(c, m):
        return False  # "Putin hosted A and B on <day>. Last night Michel hosted A and B"
    if _told_of_another_time(c, m.date):
        return False  # "Earlier, on 7 December 2023, ... after talks between X and Y"
    if c.status in ("planned", "proposed") and (m.status or "held") == "held":
        return False  # "ready to meet X", "X and Y will meet": another meeting than one held
    if _plan_apart(c, m):
        return False  # "A, B agree truce after talks in X" over "C is due to meet D in X"
    if c.place and m.place and c.place.place_id == m.place.place_id:
        return True
    persons = [k for k in c.participants if is_person(k)]
    pc = _parties(c)
    # the same parties, and not other people of them: "the commissions of A and B will meet"
    # and "whether the leaders of A and B would meet" are two meetings
    others = [k for k in m.participants if is_person(k)]
    if len(persons) >= 2 and len(pc) >= 2 and pc <= _parties(m) and (
            not others or set(persons) & set(others)):
        return True
    # the very next sentence, about someone already at the meeting ("X also held separate
    # talks with each of them")
    adjacent = c.sent.index - max(x.index for x in m.sentences) == 1
    return adjacent and bool(set(persons) & set(m.participants)) and _side_of(c, m)


def extract_meetings(a: Analysed) -> list[MeetingReport]:
    """Meeting reports of one article (see the module docstring for the rules)."""
    if not any(d.date is not None for s in a.sentences for d in s.dates):
        # a report needs a resolved date of one of the article's sentences: its trigger's
        # own or the one the lead lends it (`_news_peg`)
        return []
    # "I" in a speaker's words is the speaker, "we" the speaker's state (`voice.py`): when
    # "we" is both sides ("we agreed"), the speaker's side is still among them. "our hosts"
    # owns rather than acts, so the possessives are left out here.
    a = voiced(a, possessive=False)
    _scan_document(a)
    cands = _draft_candidates(a)
    # Only the dated candidates, and those that can join one, can make a report (see
    # `_draft_candidates`): the dated ones are filled first; an undated one is filled when
    # the lead may date it (`_news_peg`), else only when a dated meeting stands before it
    # (or for the first two sentences, which may join one after them).
    _fill_all(a, [c for c in cands if c.date is not None])
    for c in cands:
        if c.date is None:
            peg = _news_peg(a, c) or live_day_heading(a.text, a.dates, c.sent.start,
                                                              a.published)
            if peg is None:
                told_before = _fronted_occasion(a, c)
                if told_before is not None:
                    # "... signed at X on <day>. At the signing, A hosted B and C": held
                    # then and there (only an encounter of two parties or more, told held)
                    _fill_all(a, [c])
                    if len(_parties(c)) >= 2 and c.status in (None, "held"):
                        c.date = told_before[0]
                        c.place = c.place or told_before[1]
                        c.venue = c.venue or told_before[2]
                continue
            _fill_all(a, [c])
            # the lead's date is when something happened, not when a plan or a possible
            # meeting ("a possible summit", "ready to meet") will take place
            # "The meeting was chaired by X and Y" right after a dated meeting is that
            # meeting: it joins it undated, instead of being dated as a meeting of its own
            told = c.anaphoric and any(
                o.date is not None and o.mode == c.mode
                and 1 <= c.sent.index - o.sent.index <= 2 for o in cands)
            if len(_parties(c)) >= 2 and c.status in (None, "held") and not told and \
                    not _told_of_another_time(c, peg) and _told_again_next(
                        c, [o for o in cands if o.date is not None]) is None:
                # (not when the next sentence names it again with its own date: lead, round 41)
                c.date = peg
    dated = [c.sent.start for c in cands if c.date is not None]
    if not dated:
        return []  # nothing for an undated mention to join
    # an undated mention joins a meeting whose first sentence is at or before its own, or
    # one after it from the first two sentences (the headline and lead)
    dated_at = {c.sent.index for c in cands if c.date is not None}
    _fill_all(a, [c for c in cands if c.sent.start >= min(dated) or c.sent.index <= 1
                  or c.sent.index + 1 in dated_at])
    for c in cands:
        if c.date is not None:
            # "expected to meet on Thursday" on a Thursday is that day (as in `_report`), so
            # that it merges with the same article's "met on Thursday"
            c.date = _same_weekday_as_published(c.date, a.published, a.doc.published_precision)
            if c.status in (None, "planned") and _cancelled_next(a, c) and not any(
                    o is not c and o.sent is c.sent for o in cands):
                # round 35: "On the programme for this afternoon was a meeting of A and B. It is
                # now off.": the sentence right after the only meeting of its sentence, opening
                # with "It" and a cancellation, tells what became of it
                c.status = "cancelled"
                c.status_span = _cancel_span(a, c)
    merged: list[_Cand] = []
    # dated candidates first merge with each other; then undated ones join the nearest
    # compatible meeting reported before them (or after, for a headline or lead).
    for c in cands:
        if c.date is None:
            continue
        for m in merged:
            if _compatible(m, c, scales=True) and _same_dated_meeting(m, c) and _side_of(c, m) \
                    and not _other_pair(m, c) and not (
                        m.status == "cancelled" and c.status in ("held", "planned")
                        and _took_its_place(a, c)):
                # "Pashinyan instead met C, D and E in X on <day>": what took a cancelled
                # meeting's place that day is a meeting of its own
                _merge_into(m, c)
                break
            if _begun_the_day_before(m, c) or _begun_the_day_before(c, m):
                # round 42: "agreed on Saturday, after X hosted the ministers for talks" and
                # "negotiations ... that had begun on Friday": one meeting, Friday to Saturday
                first, last = (m.date, c.date) if _begun_the_day_before(m, c) else (c.date,
                                                                                     m.date)
                _merge_into(m, c)
                m.date, m.date_from = last, first
                break
        else:
            merged.append(c)
    for c in cands:
        if c.date is not None or c.frame is not None:
            continue  # dated, or a draft that joins nothing (see above)
        occasion = _occasion_told_before(a, c, merged)
        if occasion is not None and c.status == "planned" and (
                _instead_next(a, c) or _cancelled_next(a, c)):
            c.status = "cancelled"  # "... Instead, A met B", "It was called off"
        elif occasion is not None and not (c.status in ("held", "cancelled") or (
                c.status == "planned" and a.published is not None
                and occasion.date is not None and occasion.date.date is not None
                and occasion.date.date > a.published)):
            # a plan for a day already past whose fate the next sentence does not tell, or a
            # meeting no cue calls held: a date would turn it held (it may well not have
            # been), so it takes none
            occasion = None
        if occasion is not None:
            # "The summit took place on October 5. A meeting of A, B and C had been planned
            # for the sidelines of the summit": the meeting is held (or was to be) on the
            # day and at the place of the gathering told just before, a meeting of its own
            c.date, c.place = occasion.date, c.place or occasion.place
            merged.append(c)
            continue
        again = _told_again_next(c, merged)
        if again is not None:
            _merge_into(again, c)
            continue
        before = [m for m in merged if m.sentences[0].start <= c.sent.start
                  and _undated_joins(c, m)] or [
            m for m in merged if m.sentences[0].start <= c.sent.start and _hosted_joins(c, m)] \
            or [m for m in merged if m.status == "cancelled" and m.sent is c.sent
                and m.triggers[0][0] < c.triggers[0][0]
                and _instead_clause(c.sent, m.triggers[-1][1], *c.triggers[0])]
        after = [m for m in merged if m.sentences[0].start > c.sent.start
                 and _undated_joins(c, m)]
        # the body tells a meeting at the place a headline or lead names (see below)
        told_there = c.place is not None and c.sent.index <= 1 and any(
            x.sent.index > 1 and x.place is not None and x.place.place_id == c.place.place_id
            and not _plan_apart(c, x) for x in cands)
        if c.separate and set(CONFLICT_PARTIES) <= _parties(c):
            # "Putin holds separate talks with A and B in Kazan": a headline over two
            # encounters joins neither of them (one of them would become a meeting of three)
            before = [m for m in before if set(CONFLICT_PARTIES) <= _parties(m)]
            after = [m for m in after if set(CONFLICT_PARTIES) <= _parties(m)]
            if not before and not after:
                continue
        if before and c.anaphoric:
            # lead, round 41: "It was their first meeting at this level since the leaders met
            # in X on <day>": what a "since"/"after" clause after the anaphor tells is the
            # time it counts from, another meeting than the one it refers back to
            before = [m for m in before if not _counted_from(c, m)]
        if before and c.anaphoric:
            # round 33: "A met B on Saturday. ... C also met D and E on Thursday. ... A (A's
            # capital) said the talks would go on": "the talks" of a person or side already at
            # one of the meetings told before are that one's, not the last one told
            mine = [m for m in before if _persons_at(c, m)] or [
                m for m in before if _sides_at(c, m)]
            before = mine or before
        if before:
            target = max(before, key=lambda m: max(s.start for s in m.sentences
                                                    if s.start <= c.sent.start))
            if _demonstrative(a, c):
                # "..., days after A and B met in X. Z hosted that meeting": of the meetings
                # told before it may join, "that meeting" is the one told last
                target = max(before + [
                    m for m in merged if m not in before and m.sentences[0].start <= c.sent.start
                    and _hosted_joins(c, m)], key=lambda m: max(
                    (t0 for t0, _ in m.triggers if t0 < c.sent.start), default=-1))
                if _last_told_unjoined(a, c, target):
                    # round 43: "The first meeting of the commissions took place on 24 May on
                    # the border. That meeting agreed ...": "that meeting" is the one the
                    # sentence right before tells (which names no parties), not an older one
                    continue
                if c.status == "cancelled" and _told_held(a, target):
                    # round 40: "X hoped to bring them together in Y. That meeting never took
                    # place": a plan the sentence before tells in words that are no trigger,
                    # not the meeting told held before it
                    continue
            if target.status == "cancelled" and c.status in ("held", "planned") and \
                    _took_its_place(a, c):
                # "X refused to attend ...; Y instead met Z" (or "will still meet Z"): what
                # took the cancelled meeting's place, on its day and where it was to be held,
                # is a meeting of its own, not a report of the one that did not happen
                c.date, c.place = target.date, c.place or target.place
                merged.append(c)
                continue
            if not (c.anaphoric or (c.place and target.place)):
                c.place = None  # a side mention does not move the meeting
            _merge_into(target, c)
        elif after and c.sent.index <= 1:
            # a headline or lead naming a place the body tells a meeting at: that meeting
            there = [m for m in after if m.place and m.place.place_id == c.place.place_id] \
                if told_there and c.place is not None else after
            if there:
                _merge_into(there[0], c)
        elif c.sent.index == 0 and c.place is not None and not told_there:
            # a headline naming where the story's meeting took place (unless the body tells a
            # meeting there itself, as a digest of the week's news under "a meeting in X" may
            # after other ones: then the headline is about that one, and gives no other its
            # place)
            first = next((m for m in merged if m.place is None and _compatible(m, c)
                          and m.sent is not c.sent  # not a verb of its own sentence
                          and not _plan_apart(c, m)), None)
            if first is not None:
                _merge_into(first, c)
    # "another trilateral meeting" with no parties named: the parties of the previous meeting
    for i, m in enumerate(merged):
        if _parties(m) and not set(CONFLICT_PARTIES) & _parties(m) and _them_object(a, m):
            # round 46: "X hosted them in P on <day>", "X brought them together in P"
            _name_them(a, m, merged[:i])
            continue
        if _parties(m) and not set(CONFLICT_PARTIES) & _parties(m) and _they_subject(a, m):
            # round 46: "They also sat down with X, Y and Z in P on <day>": "they" are the two
            # sides' people the sentence before names, or those of the meeting it tells
            _name_they_of_the_meeting_before(a, m, merged[:i])
            continue
        two = _two_after(a, m)
        if two is not None and not set(CONFLICT_PARTIES) & _parties(m):
            # "Michel hosted the two leaders", "a meeting of the two leaders": the two sides'
            # people, named in the sentence before or at the meeting told before
            _name_the_two(a, m)
            if not set(CONFLICT_PARTIES) & _parties(m):
                _name_the_sides(m, merged[:i], two)
            if not set(CONFLICT_PARTIES) & _parties(m):
                _name_the_only_two(a, m, two)
            continue
        ctx = " ".join(a.text[max(m.sent.start, t0 - 40):t1] for t0, t1 in m.triggers)
        # "The two leaders met several times, ..., where they met with X and Y": the two are
        # the subject of one of the triggers (each read up to its own end)
        two_of_them = any(cues().two_of_them.search(a.text, max(m.sent.start, t0 - 60), t1)
                          for t0, t1 in m.triggers)
        if m.participants and not any(is_person(k) for k in m.participants):
            # "The commissions of Armenia and Azerbaijan met ... The Armenian side was led by
            # A and the Azerbaijani side by B": the heads named next are its principals
            _name_the_heads(a, m)
        if m.level == "leaders" and len(_parties(m)) >= 2:
            # "The leaders of A, B and C met ... . A's X and B's Y came at the invitation of
            # C's Z": the leaders named next are its principals
            _name_the_leaders(a, m)
        if len(_parties(m)) >= 2 and (set(CONFLICT_PARTIES) & _parties(m)
                                      or not two_of_them):
            # (only "the two leaders met ..., with the participation of X and Y" goes on: the
            # two are not the third parties the sentence names)
            continue
        if i > 0 and _ANOTHER_MEETING.search(ctx):
            prev = merged[i - 1]
            if m.level is not None and prev.level != m.level:
                # "the next meeting of the commissions": the last one of that level told, not a
                # working group of other people told in between
                prev = next((x for x in reversed(merged[:i]) if x.level == m.level), prev)
            # a bilateral meeting has the two sides only, whoever mediated the one before; one
            # that names its own third party ("another trilateral meeting with X") takes only
            # the two sides from the one before, not that one's mediator as well
            two_sides = re.search(r"\bbilateral\b", ctx, re.IGNORECASE) is not None or any(
                p not in CONFLICT_PARTIES for p in _parties(m)) or (
                # round 46: "A further Brussels meeting followed" after a four- or five-way one
                # in Chisinau: the same two sides, no sign that the third parties came too
                len(_parties(prev)) > 3 and m.place is not None and prev.place is not None
                and m.place.place_id != prev.place.place_id)
            if not two_sides and len(_parties(prev)) > 3 and re.search(
                    r"\btrilateral\b", ctx, re.IGNORECASE):
                # round 34: "the first trilateral summit since ..., when the same three men
                # met" after a four-way meeting: a three-party meeting cannot be that one's
                # parties, so it stays unnamed
                continue
            their = any(_THEIR.search(a.text, max(m.sent.start, t0 - 30), t0)
                        for t0, _ in m.triggers)
            for party in sorted(_parties(prev)):
                if two_sides and party not in CONFLICT_PARTIES:
                    continue
                if party not in {party_of(k) or k for k in m.participants}:
                    one = _one_person_of(prev, party) if their else None
                    if one is not None:
                        # round 60: "Their second meeting was in Moscow": "their" is the
                        # people the meeting before names, not only their states
                        m.participants[one] = prev.participants[one]
                    else:
                        m.participants[party] = _where_named(prev, party)  # type: ignore[assignment]
            if their and m.level is None and prev.level is not None:
                # (and of the level it names: "the commissions ... met ... Their second meeting")
                m.level, m.level_span, m.level_explicit = prev.level, prev.level_span, \
                    prev.level_explicit
            m.inherited_parties = True
        elif two_of_them or (not _parties_but_host(m) and any(
                _THEIR.search(a.text, max(m.sent.start, t0 - 30), t0)
                or _THEIR_OPENS.match(a.text, t0) for t0, _ in m.triggers)):
            _name_the_two(a, m)
            if not set(CONFLICT_PARTIES) & _parties(m) and i > 0 and \
                    not _their_is_a_rank_named_before(m, [
                        k for k in merged[i - 1].participants if is_person(k)]) and \
                    not _heads_of_a_body(merged[i - 1]):
                _name_the_number(m, merged[i - 1], 2, ctx)
            if two_of_them and not set(CONFLICT_PARTIES) & _parties(m):
                # "The two ministers met again in Paris", paragraphs after their names
                noun = next(x.group(0) for t0, t1 in m.triggers if (x := cues().two_of_them.search(
                    a.text, max(m.sent.start, t0 - 60), t1)) is not None)
                _name_the_only_two(a, m, noun)
        elif i > 0 and (three := next((x for t0, t1 in m.triggers if (x := _THREE_OF_THEM.search(
                a.text, max(m.sent.start, t0 - 40), t1)) is not None), None)) is not None:
            # each trigger read up to its own end: a later report may have joined this one
            _name_the_number(m, merged[i - 1], 3, ctx, three.group(1))
        elif i > 0 and _meets_again(a, m):
            _name_the_sides_again(m, merged[i - 1])
        elif i > 0 and _rank_met_again(a, m, merged[i - 1]):
            _name_the_sides_again(m, merged[i - 1], same_sentence=True)
        elif not _parties(m) and _they_subject(a, m):
            _name_they(a, m)
        elif not _parties(m):
            _name_the_heads(a, m)
            if not _parties(m):
                _name_the_commissions(a, m)
            if not _parties(m):
                _name_the_group(a, m, merged[:i])
    _attach_outcome_sentences(a, merged)
    reports = []
    for c in [x for m in merged for x in _split_separate(m)]:
        rep = _report(a, c)
        if rep is not None:
            reports.append(rep)
    reports.sort(key=lambda r: r.anchor)
    return reports


#: right before a trigger: the encounter took the place of a cancelled one ("instead met"), or
#: goes ahead without the one who cancelled ("will still meet")
_INSTEAD = re.compile(r"\b(?:instead|still)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: after a trigger, closing its sentence ("met X on the sidelines instead."), or opening the
#: sentence ("Instead, X met Y")
_INSTEAD_AFTER = re.compile(r"[^;.:]*?\binstead\b\s*(?:[,;.:]|$)", re.IGNORECASE)
_INSTEAD_FIRST = re.compile(r"\s*instead\b", re.IGNORECASE)


#: right before an occasion's word: the meeting is held at a gathering named before ("on the
#: sidelines of the summit", "at the forum"), which "the" refers back to
_AT_THE_OCCASION = re.compile(r"\b(?:(?:on|at|for|to)\s+the\s+(?:sidelines|margins|fringes)\s+of|"
                              r"at|during)\s+the\s+$", re.IGNORECASE)


def _occasion_told_before(a: Analysed, c: _Cand, merged: list[_Cand]) -> _Cand | None:
    """The dated gathering that an undated meeting's "on the sidelines of the summit" refers
    back to: told in one of the two sentences before, by an occasion word ("summit") with no
    two parties of its own (a gathering, not an encounter), when the meeting names two parties."""
    occ = cues().occasion_word
    if occ is None or len(_parties(c)) < 2:
        return None
    if not any(occ.fullmatch(a.text, t0, t1) and _AT_THE_OCCASION.search(
            a.text, max(c.sent.start, t0 - 40), t0) for t0, t1 in c.triggers[1:]):
        return None
    for m in reversed(merged):
        last = max(x.index for x in m.sentences)
        if not 1 <= c.sent.index - last <= 2:
            continue
        if m.date is not None and len(_parties(m)) < 2 and any(
                occ.fullmatch(a.text, t0, t1) for t0, t1 in m.triggers):
            return m
        return None  # the nearest meeting told before decides
    return None


#: a definite noun fronting its sentence before a comma ("At the signing, X hosted A and B"):
#: the noun (group 1) may name what the sentence before told
_FRONTED_OCCASION = re.compile(r"\s*(?:At|During)\s+the\s+([a-z][a-z-]{3,})\s*,\s")


def _fronted_occasion(a: Analysed, c: _Cand
                      ) -> tuple[DateMention, Mention | None, tuple[int, int] | None] | None:
    """The day, place and venue of what an undated encounter's fronted "At the <noun>," names
    in the sentence right before, by a word of the same stem with one day date that can be
    its own ("The agreement signed at the White House on August 8 ... At the signing, X hosted
    A and B": the signing's day and venue); None when that sentence has no such word (not "At
    the time, ..."), or no single day for it (round 32)."""
    fo = _FRONTED_OCCASION.match(a.text, c.sent.start, c.triggers[0][0])
    if fo is None:
        return None
    prev = next((x for x in a.sentences if x.index == c.sent.index - 1), None)
    if prev is None:
        return None
    w = re.search(r"(?<![\w-])" + re.escape(fo.group(1)[:4]) + r"[\w-]*", prev.text,
                  re.IGNORECASE)
    if w is None:
        return None
    w0, w1 = prev.start + w.start(), prev.start + w.end()
    days = [d for d in prev.dates if d.precision == "day" and _date_can_attach(prev, d, w0, w1)]
    if len(days) != 1:
        return None
    _locate_cues(a, [prev])
    places = sorted((m for m in _locations(prev) if _meeting_place(prev, m, w0, w1)),
                    key=lambda m: abs(m.start - w0))
    return days[0], (places[0] if places else None), _venue(prev, a.text, w0)


def _sentence_after(a: Analysed, c: _Cand) -> Sentence | None:
    """The sentence right after the meeting's, which may tell what became of it."""
    return next((x for x in a.sentences if x.index == c.sent.index + 1), None)


def _instead_next(a: Analysed, c: _Cand) -> bool:
    """The sentence after the meeting's opens with "Instead": what it tells took its place."""
    nxt = _sentence_after(a, c)
    return nxt is not None and _INSTEAD_FIRST.match(a.text, nxt.start, nxt.end) is not None


#: the opening of a sentence that goes on about the meeting told just before ("It was
#: cancelled after ...", "The meeting was called off")
_IT_OPENS = re.compile(r"\s*(?:it|this|that|the (?:meeting|talks|summit|plan|encounter))\b",
                       re.IGNORECASE)


def _cancelled_next(a: Analysed, c: _Cand) -> bool:
    """The sentence after the meeting's opens with "It"/"The meeting" and a cancellation cue
    within its first 80 characters ("It was cancelled after Baku objected")."""
    nxt = _sentence_after(a, c)
    if nxt is None or _IT_OPENS.match(a.text, nxt.start, nxt.end) is None:
        return False
    head = a.text[nxt.start:min(nxt.end, nxt.start + 80)]
    return any(value == "cancelled" and rx.search(head) is not None
               for rx, value in cues().status)


def _cancel_span(a: Analysed, c: _Cand) -> tuple[int, int] | None:
    """Where the cancellation `_cancelled_next` found stands (the first cue in the head of the
    sentence after the meeting's)."""
    nxt = _sentence_after(a, c)
    if nxt is None:
        return None
    head = a.text[nxt.start:min(nxt.end, nxt.start + 80)]
    hits = [m for rx, value in cues().status if value == "cancelled"
            and (m := rx.search(head)) is not None]
    if not hits:
        return None
    first = min(hits, key=lambda m: m.start())
    return nxt.start + first.start(), nxt.start + first.end()


def _took_its_place(a: Analysed, c: _Cand) -> bool:
    """The encounter took the place of a cancelled one: "instead met", "met ... instead",
    "Instead, X met ..."."""
    t0 = c.triggers[0][0]
    if c.status == "held" and _where_after_absence(c.sent, t0) is not None:
        return True  # "X stayed away from the summit in Y, where A met B": held without X
    return bool(_INSTEAD.search(a.text, max(c.sent.start, t0 - 25), t0)
                or any(_INSTEAD_AFTER.match(a.text, e, c.sent.end) for _, e in c.triggers)
                or _INSTEAD_FIRST.match(a.text, c.sent.start, t0))


_AGAIN_AFTER = re.compile(r"\s+again\b", re.IGNORECASE)

#: round 55: "also" between "the <sides' noun>" and the verb ("The ministers also met in Q")
_ALSO_RANK = re.compile(r"\salso\s+$", re.IGNORECASE)


def _meets_again(a: Analysed, m: _Cand) -> bool:
    """"The sides agreed to meet again next month": a dated plan whose unnamed subject agreed
    to meet "again" (a headline telling it too may have joined it: "..., agree to meet again")."""
    if m.status != "planned" or m.date is None:
        return False
    t0, t1 = next(((x0, x1) for x0, x1 in m.triggers if m.sent.start <= x0 < m.sent.end),
                  m.triggers[0])
    if _AGAIN_AFTER.match(a.text, t1) is None:
        return False
    lo = max(m.sent.start, t0 - 50)
    return cues().agreed_to.search(a.text, lo, t0) is not None or _will_meet_again(a, m, t0)


def _will_meet_again(a: Analysed, m: _Cand, t0: int) -> bool:
    """Round 38: "The leaders will meet again in X on <day>", "They are due to meet again ...",
    "Michel announced that the leaders would meet again ...": the unnamed subject of a plan
    to meet "again", with a modal of the plan right before the trigger (`again_modal` cues),
    is the sides of the meeting told before, as when they "agreed to meet again" (a level
    the subject names must be theirs: see `_name_the_sides_again`)."""
    rx = cues().will_again
    return rx is not None and rx.search(a.text, max(m.sent.start, t0 - 60), t0) is not None


def _rank_met_again(a: Analysed, m: _Cand, prev: _Cand) -> bool:
    """Round 53: "..., in Paris in January 2019; the ministers met again in Moscow in April":
    a held meeting whose subject is only "the <sides' noun>" (`agreed_subject` cues) and whose
    verb "again" follows tells the same sides meeting once more (see `_name_the_sides_again`),
    when the noun fits the rank of the meeting before ("the ministers" not after the leaders)."""
    if m.status != "held" or m.date is None or set(CONFLICT_PARTIES) & _parties(m):
        return False
    t0, t1 = next(((x0, x1) for x0, x1 in m.triggers if m.sent.start <= x0 < m.sent.end),
                  m.triggers[0])
    subj = cues().rank_again.search(a.text, max(m.sent.start, t0 - 40), t0)
    if subj is None:
        return False
    if _AGAIN_AFTER.match(a.text, t1) is None and _ALSO_RANK.search(subj.group(0)) is None:
        # round 55: "The ministers also met in Q on <day>" tells another round as "again" does
        return False
    ranks = {prev.level} if prev.level is not None else {
        level_of_person(k) for k in prev.participants if is_person(k)} - {None}
    noun = subj.group(0).lower()
    if "minister" in noun:
        return bool(ranks) and ranks <= {"foreign_ministers", "deputy_prime_ministers"}
    if "leader" in noun:
        return ranks == {"leaders"}
    return True


def _name_the_sides_again(m: _Cand, prev: _Cand, same_sentence: bool = False) -> None:
    """The sides who agreed to meet again are those of the held meeting told in the sentence
    right before, when it has both: their people and states there (not its host or mediator,
    who may or may not be at the next round). Round 53: with `same_sentence`, the meeting may
    be told earlier in the same sentence ("...; the ministers met again in Q")."""
    back = (m.sent.index - 1, m.sent.index) if same_sentence else (m.sent.index - 1,)
    if prev.status not in (None, "held") or not any(
            x.index in back for x in prev.sentences):
        return
    sides = {k: x for k, x in prev.participants.items()
             if party_of(k) in CONFLICT_PARTIES and k not in cues().no_party}
    if {party_of(k) for k in sides} != set(CONFLICT_PARTIES):
        return
    ranks = {prev.level} if prev.level is not None else {
        level_of_person(k) for k in sides if is_person(k)} - {None}
    if m.level is not None and ranks and m.level not in ranks:
        return  # "The foreign ministers will meet again" after the leaders met: other people
    if m.date is not None and prev.date is not None and m.date.date is not None and \
            prev.date.date is not None and m.date.precision == prev.date.precision == "day" \
            and m.date.date <= prev.date.date:
        # round 38: "... are expected to meet again in the coming weeks, X's office said the
        # same day": a day not after the meeting's is not when they meet again (it dates the
        # saying), so the plan is not theirs on that day
        return
    for k in sorted(sides):
        m.participants.setdefault(k, sides[k])
    m.inherited_parties = True
    if m.place is not None and not m.sent.start <= m.place.start < m.sent.end:
        # "Ministers end Almaty round, agree to meet again": the headline's place is the
        # round's, not where they will meet
        m.place = None




#: right before a trigger: "the three leaders last met"
_THREE_OF_THEM = re.compile(r"\bthe\s+three\s+(?:(leaders|presidents|ministers|foreign\s+ministers|"
                            r"heads\s+of\s+state)\s+)?(?:\w+\s+){0,2}(?:met|held|had|talked|"
                            r"spoke|sat)\b[^,;]*$", re.IGNORECASE)


#: right before a trigger: "their (last) meeting", whose people the sentence before names
_THEIR = re.compile(r"\btheir\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


#: round 45: "they" as the subject right before a trigger ("In May they met in X")
_THEY_BEFORE = re.compile(r"\bthey\s+(?:(?:also|then|later|had|have|first|last|finally|"
                          r"again|eventually)\s+)?$", re.IGNORECASE)


def _they_subject(a: Analysed, m: _Cand) -> bool:
    """Whether "they" is the subject right before one of `m`'s triggers, or before the
    trigger a second round of `m` repeats ("they met in X in May, and in June in Y")."""
    s = m.sent
    rounds = _second_round_starts(s)
    points = [t[0] for t in _find_triggers(s)]
    for t0, _ in m.triggers:
        if t0 in rounds:
            t0 = _round_base(s, t0, points)
        if _THEY_BEFORE.search(a.text, max(s.start, t0 - 30), t0):
            return True
    return False


def _sentence_they_name(a: Analysed, m: _Cand) -> Sentence | None:
    """The sentence right before `m`'s, whose people "they" (the subject of `m`'s trigger)
    may be; None when `m`'s sentence names someone before the trigger (then "they" may be
    those) or opens the article."""
    if any(x.actor_id for x in m.sent.mentions if x.start < m.triggers[0][0]
           and x.reading != "location"):
        return None
    return next((x for x in a.sentences if x.index == m.sent.index - 1), None)


def _name_they(a: Analysed, m: _Cand) -> None:
    """Round 45: "A, B and C have met twice this year. In January they met in X": "they" are
    the people the sentence right before names, when it names at least two, people of both
    sides among them, and no one else of the sides' parties is named between (the sentence
    itself names no one). The evidence is where that sentence names them."""
    prev = _sentence_they_name(a, m)
    if prev is None:
        _name_they_since(m)
        return
    people: dict[str, Mention] = {}
    for x in prev.mentions:
        if x.actor_id and x.via != "pronoun" and is_person(x.actor_id) and \
                x.actor_id not in cues().no_party:
            people.setdefault(x.actor_id, x)
    if len(people) < 2 or not set(CONFLICT_PARTIES) <= {party_of(k) for k in people}:
        return
    for k in sorted(people):
        m.participants.setdefault(k, people[k])
    m.inherited_parties = True


#: (lead, round 60) right before a trigger: "since they (last) ...", the time a comparison
#: counts from, told of the people named before it in the sentence
_SINCE_THEY = re.compile(r"\bsince\s+they\s+(?:(?:last|first|had|have)\s+)?$", re.IGNORECASE)


def _name_they_since(m: _Cand) -> None:
    """(Lead, round 60) "the first meeting between A and B since they met in X on <day>":
    "they" are the one person of each side the sentence names before "since" (none else of
    those sides named there)."""
    s = m.sent
    for t0, _ in m.triggers:
        if not s.start <= t0 < s.end:
            continue
        since = _SINCE_THEY.search(s.text, max(0, t0 - s.start - 30), t0 - s.start)
        if since is None:
            continue
        named = _people_of_both_sides(x for x in s.mentions if x.via != "pronoun" and
                                      x.end <= s.start + since.start() and
                                      party_of(x.actor_id or "") in CONFLICT_PARTIES)
        if named is None:
            return
        for k in sorted(named):
            m.participants.setdefault(k, named[k][-1])
        m.inherited_parties = True
        return


def _name_they_of_the_meeting_before(a: Analysed, m: _Cand, before: list[_Cand]) -> None:
    """Round 46: "Putin brought them together in Moscow on 25 May. They also sat down with X, Y
    and Z in P on 1 June": "they" (the subject, with third parties named after the trigger
    only) are the one person of each side that the sentence right before names, or else the
    one person of each side at the meeting it tells, when both are leaders or neither is; a
    host or mediator named there is no one of them. When the
    sentence before tells no meeting, "they" may be anyone it names: the meeting stays
    unnamed."""
    prev = _sentence_they_name(a, m)
    if prev is None:
        return  # (nor, with no sentence before, does any meeting told there)
    named = _people_of_both_sides(x for x in prev.mentions if x.via != "pronoun" and party_of(
        x.actor_id or "") in CONFLICT_PARTIES)
    if named is not None and len({level_of_person(k) == "leaders" for k in named}) == 1:
        for k in sorted(named):
            m.participants.setdefault(k, named[k][0])
        m.inherited_parties = True
        return
    told = [x for x in before if any(t.index == m.sent.index - 1 for t in x.sentences)]
    if len(told) != 1:
        return
    people = sorted(k for k in told[0].participants if is_person(k)
                    and k not in cues().no_party and party_of(k) in CONFLICT_PARTIES)
    ranks = {level_of_person(k) == "leaders" for k in people}
    if sorted(party_of(k) for k in people) == sorted(CONFLICT_PARTIES) and len(ranks) == 1:
        _adopt_people(m, told[0], people, "leaders" if ranks.pop() else "ministers")


#: a trigger that opens with "their" ("their last encounter", a `trigger` cue that holds it)
_THEIR_OPENS = re.compile(r"their\s", re.IGNORECASE)


#: a noun of rank or person ("the two ministers", "the two men"): without one, "the two" names
#: no rank
_PAIR_NOUN_NAMED = re.compile(r"\b(?:leaders?|presidents?|ministers?|heads?\s+of\s+state|men|"
                              r"premiers?)\b", re.IGNORECASE)
_LEADERS_WORD = re.compile(r"\b(?:leaders?|presidents?|heads?\s+of\s+state)\b", re.IGNORECASE)


#: right after a trigger, its object or complement names no one: "hosted the two leaders",
#: "a meeting of the two leaders", "talks between both ministers"
_TWO_AFTER = re.compile(r"\s+(?:(?:of|between|with|for)\s+)?(?:(?:the\s+two|both|(each)(?:\s+of\s+"
                        r"the(?:\s+two)?)?)\s+(leaders?|presidents?|ministers?|foreign\s+"
                        r"ministers?|heads?\s+of\s+state)|the\s+(pair))\b", re.IGNORECASE)


def _two_after(a: Analysed, m: _Cand) -> str | None:
    """The noun of "the two <noun>" right after one of the meeting's triggers, if any."""
    for t0, t1 in m.triggers:
        two = _TWO_AFTER.match(a.text, t1)
        if two is None and t1 - t0 > 14:
            # "brought the two leaders together": the two inside the trigger, after its verb
            sp = a.text.find(" ", t0, t1)
            two = _TWO_AFTER.match(a.text, sp, t1) if sp >= 0 else None
        if two is not None:
            return two.group(2) or two.group(3)  # round 49: "hosted the pair" (no rank)
    verb = _verb_of_round(m)
    if verb is not None and verb not in m.triggers:
        # round 49: "X received the two leaders in P on <day> and again on <day>": a second
        # round repeats the verb's object
        two = _TWO_AFTER.match(a.text, verb[1])
        if two is not None and not two.group(1):
            return two.group(2) or two.group(3)
    return None


def _them_object(a: Analysed, m: _Cand) -> bool:
    """Round 46: whether one of the meeting's triggers is a verb of hosting or bringing
    together with "them" as its object ("Michel hosted them", "Putin brought them together")."""
    rx = cues().host_them
    if rx is None:
        return False
    if any(rx.match(a.text, t0) for t0, _ in m.triggers):
        return True
    # round 49: "Putin received them in Moscow on <day> and in Sochi that November": a second
    # round repeats the verb, and so its object "them"
    verb = _verb_of_round(m)
    return verb is not None and rx.match(a.text, verb[0]) is not None


def _verb_of_round(m: _Cand) -> tuple[int, int] | None:
    """Round 49: the trigger whose verb a second round of `m` (`_second_rounds`: "..., and
    again on <day>") repeats, the last one before it that is no round itself; None when `m`
    is no second round."""
    rounds = _second_round_starts(m.sent)
    for t0, _ in m.triggers:
        if t0 in rounds:
            verbs = [u for u in _find_triggers(m.sent) if u[1] <= t0 and u[0] not in rounds]
            return (verbs[-1][0], verbs[-1][1]) if verbs else None
    return None


def _name_them(a: Analysed, m: _Cand, before: list[_Cand]) -> None:
    """Round 46: "Michel hosted them in Brussels on 14 May": "them" are the two sides' people
    the sentence before names, one of each (as "the two leaders", `_name_the_two`); when that
    sentence names no one of the sides, the one person of each side at the nearest meeting
    told before, when both are leaders or neither is (the evidence is where that meeting names
    them). When the sentence before names one side only, "them" are that side's people (or
    others): the meeting stays unnamed, and is dropped."""
    _name_the_two(a, m)
    if set(CONFLICT_PARTIES) & _parties(m):
        return
    prev = [x for x in a.sentences if x.index == m.sent.index - 1]
    if prev and any(x.actor_id and party_of(x.actor_id) in CONFLICT_PARTIES
                    and x.reading != "location" for x in prev[0].mentions):
        return
    for told in reversed(before):
        people = sorted(k for k in told.participants if is_person(k)
                        and k not in cues().no_party and party_of(k) in CONFLICT_PARTIES)
        if not people:
            continue
        ranks = {level_of_person(k) == "leaders" for k in people}
        if sorted(party_of(k) for k in people) == sorted(CONFLICT_PARTIES) and len(ranks) == 1:
            # round 50: "... had brought the two leaders together. Putin hosted them in P":
            # "them" are of the rank the sentence before names, not the deputy prime
            # ministers of a meeting told earlier
            said = _RANK_SAID_BEFORE.search(prev[0].text) if prev else None
            _adopt_people(m, told, people, said.group(1) if said is not None
                          else "leaders" if ranks.pop() else "ministers")
        return


#: round 50: in the sentence before "them", a pair named by rank only ("the two leaders")
_RANK_SAID_BEFORE = re.compile(r"\b(?:the\s+two|both)\s+((?:foreign\s+)?ministers|leaders|"
                               r"presidents|heads\s+of\s+state)\b", re.IGNORECASE)


def _name_the_sides(m: _Cand, before: list[_Cand], noun: str) -> None:
    """"Michel hosted the two leaders in Brussels on July 15": the two are the one person of
    each side at the nearest meeting told before that names people of the sides, when both
    are leaders (or neither is, for "the two ministers"); a host or mediator there is no one
    of the two. Else they stay unnamed (and a meeting without both sides is dropped)."""
    for prev in reversed(before):
        people = sorted(k for k in prev.participants if is_person(k)
                        and k not in cues().no_party and party_of(k) in CONFLICT_PARTIES)
        if not people:
            continue
        if sorted(party_of(k) for k in people) == sorted(CONFLICT_PARTIES):
            ranks = {level_of_person(k) == "leaders" for k in people}
            if _PAIR_NOUN_NAMED.search(noun) is None and len(ranks) == 1:
                # round 49: "hosted the pair" names no rank: the two must share one
                noun = "leaders" if ranks.pop() else "ministers"
            _adopt_people(m, prev, people, noun)
        return


def _name_the_number(m: _Cand, prev: _Cand, n: int, ctx: str, noun: str | None = "") -> None:
    """"The three leaders last met in Moscow on January 11": the people of the meeting told just
    before, when there are exactly that many of them, they include both sides, and they are
    all leaders (or none is, for "the three ministers"); else the count names someone else,
    and the meeting stays unnamed. The evidence is where that meeting names them. With no
    noun (`noun` None: "the three met again") the three must all be leaders or none."""
    people = sorted(k for k in prev.participants if is_person(k) and k not in cues().no_party)
    if len(people) == n and set(CONFLICT_PARTIES) <= {party_of(k) for k in people}:
        if noun is None:
            # "The three met again in Sochi": no rank named, so the three must share one
            ranks = {level_of_person(k) == "leaders" for k in people}
            if len(ranks) != 1:
                return
            ctx = "leaders" if ranks.pop() else "ministers"
        _adopt_people(m, prev, people, ctx)


def _adopt_people(m: _Cand, prev: _Cand, people: list[str], noun: str) -> None:
    """Give `m` the `people` of the meeting `prev` ("the two/three leaders"), with their
    evidence there, when the noun's rank fits them all: all leaders for "leaders" or
    "presidents", none for "ministers"; and none was out of that rank at `m`'s date."""
    if _of_the_noun_rank(people, noun):
        _take_people(m, {k: prev.participants[k] for k in people})


def _of_the_noun_rank(people: Iterable[str], noun: str) -> bool:
    """Whether `people` all have the rank a noun names: all leaders for "leaders" or
    "presidents", none for "ministers"."""
    leaders = _LEADERS_WORD.search(noun) is not None
    return all((level_of_person(k) == "leaders") == leaders for k in people)


def _take_people(m: _Cand, people: dict[str, Mention]) -> None:
    """Give `m` the `people` named before ("the two leaders"), each with the mention that is
    its evidence, unless one of them was out of office at `m`'s date (`_out_of_office_then`)."""
    if _out_of_office_then(m, people):
        return
    for k in sorted(people):
        m.participants.setdefault(k, people[k])
    m.inherited_parties = True


#: the offices (gazetteer offices.csv) of a leader; other offices ending in "minister" are a
#: minister's
_LEADER_OFFICES = frozenset({"president", "prime-minister", "chancellor", "supreme-leader"})


def _out_of_office_then(m: _Cand, people: Iterable[str]) -> bool:
    """Lead, round 61: whether one of `people`, named before and adopted for `m` ("the two
    foreign ministers", "the two leaders"), held no office of their rank (a leader's, or a
    minister's) at any time in `m`'s period, by the gazetteer's offices: "X last brought the
    two foreign ministers together in 2019" in a 2025 article means the ministers of 2019, not
    the two named earlier, who took office later, and the text does not name them. A person
    with no office of the rank listed, or an undated meeting, tells nothing."""
    when = m.date
    if when is None or when.date is None:
        return False
    lo = when.date
    hi = when.date_end or period_end(when.date, when.precision or "day")
    for k in people:
        leaders = level_of_person(k) == "leaders"
        ranked = [o for o in _offices_held_by().get(k, ())
                  if (o.office in _LEADER_OFFICES) == leaders
                  and (leaders or o.office.endswith("minister"))]
        if ranked and not any((o.start is None or o.start <= hi)
                              and (o.end is None or lo <= o.end) for o in ranked):
            return True
    return False


def _name_the_two(a: Analysed, m: _Cand) -> None:
    """"The two leaders also met in X": the two are the only two people of the two sides that
    the sentence before names, one of each (else they stay unnamed and the meeting is
    dropped). The evidence is where that sentence names them."""
    prev = [x for x in a.sentences if x.index == m.sent.index - 1]
    people = _people_of_both_sides(prev[0].mentions) if prev else None
    if people is None:
        # round 45: "X received A and B in P on <day>, and the two leaders met again in Q":
        # the two named in the same sentence, before its clause
        t0 = m.triggers[0][0]
        two = cues().two_of_them.search(a.text, max(m.sent.start, t0 - 60), m.triggers[0][1])
        if two is not None:
            people = _people_of_both_sides([x for x in m.sent.mentions if x.end <= two.start()
                                            and party_of(x.actor_id or "") in CONFLICT_PARTIES])
    if people is None or _their_is_a_rank_named_before(m, people):
        return
    # ("The two leaders first met in 2015", after two who took office later: none)
    _take_people(m, {k: v[0] for k, v in people.items()})


def _people_of_both_sides(mentions: Iterable[Mention]) -> dict[str, list[Mention]] | None:
    """The people among `mentions` (by actor id, with where each is named) when they are of
    the two sides, one of each; None otherwise."""
    people: dict[str, list[Mention]] = {}
    for x in mentions:
        if x.actor_id and is_person(x.actor_id) and x.actor_id not in cues().no_party:
            people.setdefault(x.actor_id, []).append(x)
    sides = sorted(party_of(k) or k for k in people)
    return people if sides == sorted(CONFLICT_PARTIES) else None


#: meeting levels that name people's rank (not "commission" or "officials", led by others)
_RANKS_OF_PEOPLE = frozenset({"leaders", "foreign_ministers", "deputy_prime_ministers"})


def _their_is_a_rank_named_before(m: _Cand, people: Iterable[str]) -> bool:
    """Round 40: "the deputy prime ministers agreed, at their meeting on <day>, ...": "their"
    is the rank the sentence names before the trigger, so `people` of another rank (named
    the sentence before, or at the meeting told before) are not the meeting's. (Lead, round
    60) "The delimitation commissions held their eleventh meeting in January" after a call
    of the foreign ministers: "their" is the commissions', which no leader or foreign
    minister sits on."""
    if not (m.level_explicit and m.level_span is not None and
            m.sent.start <= m.level_span[0] and m.level_span[1] <= m.triggers[0][0]):
        return False
    if m.level == "commission":
        return any(level_of_person(k) in ("leaders", "foreign_ministers") for k in people)
    return m.level in _RANKS_OF_PEOPLE and any(level_of_person(k) != m.level for k in people)


def _name_the_only_two(a: Analysed, m: _Cand, noun: str) -> None:
    """"The first official meeting between the two leaders took place in Vienna", paragraphs
    after the article last named them: the two are the only people of the two sides the
    article names before the meeting's sentence, one of each, both leaders (or neither, for
    "the two ministers"). With anyone else of a side named before, they stay unnamed."""
    people: dict[str, Mention] = {}
    for x in a.mentions:
        if x.start >= m.sent.start:
            break
        if x.actor_id and is_person(x.actor_id) and x.actor_id not in cues().no_party and \
                party_of(x.actor_id) in CONFLICT_PARTIES and (
                    x.via != "pronoun" or x.actor_id not in people):
            people[x.actor_id] = x  # the last mention by name of each is the evidence
    if sorted(party_of(k) for k in people) != sorted(CONFLICT_PARTIES):
        return
    if _PAIR_NOUN_NAMED.search(noun) is None:
        # round 39: "the two met again in X" (no noun): no rank named, so the two must share
        # one, as `_name_the_number` asks of "the three"
        if len({level_of_person(k) == "leaders" for k in people}) != 1:
            return
    elif not _of_the_noun_rank(people, noun):
        return
    _take_people(m, people)


def _heads_of_a_body(m: _Cand) -> bool:
    """Round 44: whether the people of `m` are the heads of two commissions named after it
    (`_name_the_heads`): "their" in a later sentence ("Their sixth meeting, on <day>, was held
    on the border") is the commissions, whose heads at that other session the text does not
    name."""
    return m.level == "commission" and m.inherited_parties


def _told_before_the_heads(m: _Cand) -> bool:
    """Round 44: whether `m` is told in its own sentence only, or also in sentences after the
    one that follows it ("... held their tenth meeting on August 30. The Armenian commission
    was headed by A, the Azerbaijani one by B. At the meeting the two signed ..."): the
    sentence right after its first still names who led it. A sentence of it before that one, or
    that one itself, would be another report joined to it."""
    return all(x is m.sent or x.index > m.sent.index + 1 for x in m.sentences)


def _name_the_heads(a: Analysed, m: _Cand) -> None:
    """"The border commissions met in X on May 21. The Armenian delegation was led by A, the
    Azerbaijani one by B": a meeting whose sentence names no party takes as its participants
    the heads of delegation that the next sentence names (wire copy gives each sentence a
    paragraph of its own), only when that
    sentence reports no encounter of its own, says who led the delegations, and names exactly
    one person of each side (else the meeting stays without parties and is dropped)."""
    cue = cues().delegation_head
    nxt = [x for x in a.sentences if x.index == m.sent.index + 1]
    if cue is None or not _told_before_the_heads(m) or not nxt or _find_triggers(nxt[0]) or \
            not cue.search(nxt[0].text):
        return
    if m.date is not None and m.date.date is not None and any(
            d.date is not None and not dates_compatible(
                (d.date, d.date_end, d.precision),
                (m.date.date, m.date.date_end, m.date.precision)) for d in nxt[0].dates):
        return  # "Earlier, on April 19, the commissions led by A and B ...": another session
    people: dict[str, Mention] = {}
    for x in nxt[0].mentions:
        if x.actor_id and is_person(x.actor_id) and x.actor_id not in cues().no_party:
            people.setdefault(x.actor_id, x)
    sides = sorted(party_of(k) or k for k in people)
    if sides != sorted(CONFLICT_PARTIES):
        return
    for k in sorted(people):
        m.participants.setdefault(k, people[k])
    m.inherited_parties = True


def _name_the_leaders(a: Analysed, m: _Cand) -> None:
    """Round 43: "The leaders of Russia, Azerbaijan and Armenia met in the Kremlin on Monday.
    Azerbaijani President A and Armenian Prime Minister B came to Moscow at the invitation of
    President C": a leaders' meeting whose parties are states (a person may stand for some
    of them) takes as its principals the leaders the next sentence names, only when that
    sentence reports no encounter of its own, names no one but leaders, exactly one of each
    of the meeting's parties, and no date the meeting's does not allow."""
    if all(is_person(k) for k in m.participants):
        return
    nxt = [x for x in a.sentences if x.index == m.sent.index + 1]
    if not nxt or _find_triggers(nxt[0]):
        return
    if m.date is not None and m.date.date is not None and any(
            d.date is not None and not dates_compatible(
                (d.date, d.date_end, d.precision),
                (m.date.date, m.date.date_end, m.date.precision)) for d in nxt[0].dates):
        return
    people: dict[str, Mention] = {}
    for x in nxt[0].mentions:
        if x.actor_id and is_person(x.actor_id):
            people.setdefault(x.actor_id, x)
    if any(level_of_person(k) != "leaders" or k in cues().no_party for k in people):
        return
    sides = [party_of(k) or k for k in people]
    if len(sides) != len(set(sides)) or set(sides) != _parties(m):
        return
    for k in sorted(people):
        m.participants.setdefault(k, people[k])


#: right before a level's words: they name a body already known ("the commissions", "both
#: delegations", "the two deputy prime ministers")
_GROUP_DEFINITE = re.compile(r"(?<![\w-])(?:the|both)(?:\s+(?:two|three))?\s+$", re.IGNORECASE)


def _name_the_group(a: Analysed, m: _Cand, before: list[_Cand]) -> None:
    """"The commissions met again in Ijevan on 30 November", "The deputy prime ministers met in
    Moscow on Friday": a session whose sentence names no party, told with the definite noun of
    its level as its subject, is of the body the article has already told meeting with both
    sides named: it takes that meeting's two sides (their evidence is where that one names
    them). Only the sides: a mediator or host of the earlier session need not be at this one
    ("The leaders met in Munich with Scholz. ... The leaders met again in Abu Dhabi")."""
    if m.level is None or len(m.sentences) != 1:
        return
    if m.level_span is None:
        return
    l0, l1 = m.level_span  # where `_fill` read the level (`_level_phrase`)
    words = a.text[l0:l1].lower()
    if not (words.startswith(("the ", "both ")) or _GROUP_DEFINITE.search(
            a.text, max(m.sent.start, l0 - 12), l0)):
        return  # "deputy prime ministers of A and B met": not a body told before
    if not any(l1 <= t0 and not _GROUP_BREAK.search(a.text, l1, t0) and t0 - l1 <= 30
               for t0, _ in m.triggers):
        return  # the level's words are the trigger's subject, right before it
    prev = next((x for x in reversed(before) if x.level == m.level
                 and set(CONFLICT_PARTIES) <= _parties(x)), None)
    if prev is None:
        return
    for party in sorted(_parties(prev) & set(CONFLICT_PARTIES)):
        m.participants[party] = _where_named(prev, party)  # type: ignore[assignment]
    m.inherited_parties = True


def _one_person_of(prev: _Cand, party: str) -> str | None:
    """Round 60: the one person of `party` among the participants of `prev` (None when it names
    none of that party, or more than one)."""
    people = [k for k in prev.participants if is_person(k) and party_of(k) == party]
    return people[0] if len(people) == 1 else None


def _where_named(prev: _Cand, party: str) -> Mention | None:
    """The evidence for a party a meeting takes over from the one told before: the first
    mention by which that one names the party (itself, or a person of it)."""
    return next((x for k, x in sorted(prev.participants.items(),
                                      key=lambda kv: kv[1].start if kv[1] else -1)
                 if x is not None and (party_of(k) or k) == party), None)


#: between a level's words and the trigger: a clause ends ("the commissions, which met ...")
_GROUP_BREAK = re.compile(r"[,;:.()]")


#: between two states' names: they are named as one pair ("Armenian and Azerbaijani")
_PAIR_JOIN = re.compile(r"\s*(?:and|-|–|/)\s*")


def _name_the_commissions(a: Analysed, m: _Cand) -> None:
    """"Armenian and Azerbaijani officials continued work. The border commissions met in X":
    a commission session whose sentence names no party has as parties the two states, when its
    own sentence or the one before names them as a pair ("Armenian and Azerbaijani", "of
    Armenia and Azerbaijan") and names no other state or body (else it stays without parties
    and is dropped). A commission is each state's own body, so the pair is unambiguous."""
    if m.level != "commission" or len(m.sentences) != 1:
        return
    t0 = m.triggers[0][0]
    for s in [m.sent] + [x for x in a.sentences if x.index == m.sent.index - 1]:
        agents = [x for x in _agents(s, _article_datelines(a)) if x.actor_id
                  and not (_is_announcer(s, x, t0) or _is_absent(s, x) or _is_source(s, x))]
        if not agents:
            continue
        if len(agents) == 2 and sorted(x.actor_id for x in agents) == sorted(CONFLICT_PARTIES) \
                and _PAIR_JOIN.fullmatch(a.text, agents[0].end, agents[1].start):
            for x in agents:
                m.participants.setdefault(x.actor_id, x)  # type: ignore[arg-type]
            m.inherited_parties = True
        return  # the nearest sentence naming anyone decides


def _split_separate(c: _Cand) -> list[_Cand]:
    """"X held separate talks with A and B": X met each side on its own, two encounters, not one
    meeting of all three (the sides did not meet each other)."""
    ps = _parties(c)
    if c.separate and ps == set(CONFLICT_PARTIES) and _met_apart_by_someone(c):
        return []  # "the co-chairs met separately with A, ..., received by B": A and B never met
    apart = _sides_on_different_days(c) if ps >= set(CONFLICT_PARTIES) else None
    if apart is not None:
        # "they met A in Baku on Thursday, and the next day B in Yerevan": never together;
        # nor with a third party the sentence names ("... and also travelled to X, where they
        # met Y"), whose own day and place the row could not tell apart
        return _each_on_its_day(c, apart)
    if not c.separate or not ps >= set(CONFLICT_PARTIES) or len(ps) < 3:
        return [c]
    out = []
    for side in CONFLICT_PARTIES:
        one = copy.copy(c)
        other = set(CONFLICT_PARTIES) - {side}
        one.participants = {k: v for k, v in c.participants.items()
                            if (party_of(k) or k) not in other}
        one.outcomes = []  # whose outcome it was, the split cannot tell
        capital = _sides_capitals(c.sent).get(side) if c.place is not None else None
        if capital is not None and c.place.place_id in {
                m.place_id for m in _sides_capitals(c.sent).values()}:
            one.place = capital  # "visited Baku and Yerevan, meeting A and B separately"
        one.shuttle = True
        out.append(one)
    return out


#: a stretch of one side that names no place of its own but this one: the other side's place
_THERE = re.compile(r"(?<![\w-])there\b")

#: one side's stretch of a sentence: its day, and its place (None for "there")
_Stretch = tuple[DateMention, "Mention | None"]


def _sides_on_different_days(c: _Cand) -> tuple[_Stretch, _Stretch] | None:
    """"In Baku on Thursday they held talks with A, and the following day they were received
    in Yerevan by B", "met A in Baku on Monday and B in Yerevan on Tuesday", "met A in Kazan
    on 23 October and B there on 24 October": the sentence parts the two sides' names into
    stretches that each have a day of their own, other than the other stretch's, and a place
    of their own (or "there", the other's place). The sides met a third party on different
    days, never each other. Gives the first side's day and place and the second side's."""
    s = c.sent
    side_at: dict[str, list[int]] = {}
    for key, m in c.participants.items():
        p = party_of(key)
        if m is not None and p in CONFLICT_PARTIES and s.start <= m.start < s.end:
            side_at.setdefault(p, []).append(m.start)
    if len(side_at) < 2:
        return None
    first, last = sorted((min(v), max(v)) for v in side_at.values())
    if first[1] >= last[0]:
        return None  # the two sides' names are interleaved: one list of participants
    days = [d for d in s.dates if d.date is not None and d.precision == "day"]
    places = [m for m in s.mentions if m.place_id is not None]

    def stretch(lo: int, hi: int) -> tuple[list[DateMention], list[Mention], bool]:
        return ([d for d in days if lo <= d.start < hi],
                [m for m in places if lo <= m.start < hi],
                _THERE.search(s.text, lo - s.start, hi - s.start) is not None)

    # the first side's day and place before it, or right after it; the other side's next;
    # or the two halves of the sentence on either side of a clause break between the sides
    splits = [((s.start, first[1]), (first[1] + 1, last[0])),
              ((first[1] + 1, last[0]), (last[1] + 1, s.end))]
    breaks = list(_SIDES_BREAK.finditer(s.text, first[1] - s.start, last[0] - s.start))
    halves = None
    if breaks:  # (each half with an encounter's word of its own)
        k = s.start + breaks[-1].start()
        found = _find_triggers(s)
        if any(t0 < k for t0, _, _ in found) and any(k < t0 for t0, _, _ in found):
            halves = ((s.start, k), (k, s.end))
            splits.append(halves)
    for one, two in splits:
        d1, p1, there1 = stretch(*one)
        d2, p2, there2 = stretch(*two)
        days1, days2 = {d.date for d in d1}, {d.date for d in d2}
        ids1, ids2 = {m.place_id for m in p1}, {m.place_id for m in p2}
        if (one, two) == halves and c.date is not None and not (d1 or d2) and p1 and p2 \
                and not ids1 & ids2:
            # "travelled to Baku, where he met A, and then to Yerevan, where he met B": two
            # clauses, each with its own encounter and its own place, one time for both
            return (c.date, p1[0]), (c.date, p2[0])
        if not (days1 and days2) or days1 & days2:
            continue
        if p1 and p2 and not ids1 & ids2:
            return (d1[0], p1[0]), (d2[0], p2[0])
        if p1 and not p2 and there2:  # "... in Kazan on 23 October and B there on 24 October"
            return (d1[0], p1[0]), (d2[0], p1[0])
        if p2 and not p1 and there1:
            return (d1[0], p2[0]), (d2[0], p2[0])
        if c.mode != "in_person" and not (p1 or p2) and (one, two) != halves:
            # round 33: "spoke by phone with A on August 9 and with B a day later": calls are
            # held nowhere, so each side's own day is enough to tell two calls apart
            return (d1[0], None), (d2[0], None)
        if not (p1 or p2) and one[0] == first[1] + 1 and _gapped_on_its_day(c, first[1], last[0]):
            # round 38 (lead): "X met A on Wednesday evening and B on Thursday morning": the
            # second side is the gapped object of the same verb, met on a day of its own
            return (d1[0], None), (d2[0], None)
    return None


#: what may stand between the first side's name and the second's in a gapped second encounter:
#: the first side's day (blanked), a part of the day, and "and" ("A on <day> evening and B")
_GAPPED_DAY = re.compile(r",?\s+(?:on\s+)?_+(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
                         r"and\s+(?:with\s+)?", re.IGNORECASE)


#: between the gapped second side's name and its day: "B on Thursday", "B a day later"
_BEFORE_OWN_DAY = re.compile(r"\s+(?:on\s+)?")


def _gapped_on_its_day(c: _Cand, first_at: int, second_at: int) -> bool:
    """Whether the text from the first side's (last) name to the second side's name is only
    that name's day and "and": the second side is a gapped object of the same verb."""
    s = c.sent
    name = next((m for m in c.participants.values() if m is not None and m.start == first_at),
                None)
    if name is None:
        return False
    gap = s.text[name.end - s.start:second_at - s.start]
    for d in s.dates:
        if name.end <= d.start and d.end <= second_at:
            k0, k1 = d.start - name.end, d.end - name.end
            gap = gap[:k0] + "_" * (k1 - k0) + gap[k1:]
    if _GAPPED_DAY.fullmatch(gap) is None:
        return False
    # and the second name is followed by its own day, no verb ("and B joined them on <day>")
    second = next((m for m in c.participants.values() if m is not None and m.start == second_at),
                  None)
    return second is not None and any(
        _BEFORE_OWN_DAY.fullmatch(s.text, second.end - s.start, d.start - s.start)
        for d in s.dates if d.start >= second.end)


def _each_on_its_day(c: _Cand, apart: tuple[_Stretch, _Stretch]) -> list[_Cand]:
    """The encounters of a sentence whose sides met a third party on different days (see
    `_sides_on_different_days`): one with each side, on its own day and at its own place, when
    every person of the third party is named before both sides (the subject of both: "He met
    A in Kazan on <day> and B there on <day>"); none when a third party is named elsewhere
    (whose encounter it was, the row could not tell)."""
    s = c.sent
    sides = {p: [k for k in c.participants if party_of(k) == p] for p in CONFLICT_PARTIES}
    if any(not ks or any(c.participants[k] is None for k in ks) for ks in sides.values()):
        return []
    firsts = sorted((min(c.participants[k].start for k in ks), p) for p, ks in sides.items())
    opening = firsts[0][0]
    third = {k: m for k, m in c.participants.items() if party_of(k) not in CONFLICT_PARTIES}
    if not third or any(m is None or not s.start <= m.start < opening for m in third.values()):
        return []
    out = []
    for (_, side), (day, place) in zip(firsts, apart, strict=True):
        one = copy.copy(c)
        one.participants = {**third, **{k: c.participants[k] for k in sides[side]}}
        one.date, one.date_from, one.place, one.venue = day, None, place, None
        one.outcomes = []  # whose outcome it was, the split cannot tell
        one.shuttle = True
        out.append(one)
    return out


#: a break between two clauses: ", and", ", while", ", then", ";"
_SIDES_BREAK = re.compile(r",\s*(?:and|while|then|but)(?![\w-])|;")


def _met_apart_by_someone(c: _Cand) -> bool:
    """"The co-chairs met separately with A, and ... were received by B": each side was met on
    its own by a third party the gazetteer does not name (an `apart` word in the trigger's
    sentence, every party named after its first trigger), so the two sides never met."""
    rx, s = cues().apart, c.sent
    if rx is None or not rx.search(s.text):
        return False
    first = min((t0 for t0, _ in c.triggers if s.start <= t0 < s.end), default=None)
    return first is not None and all(m is None or m.start > first
                                     for m in c.participants.values())


def _on_the_conflict(a: Analysed, c: _Cand, parties: set[str]) -> bool:
    """A meeting is about Armenia-Azerbaijan relations (the codebook's scope). With both sides
    present it is, and so is one side meeting a mediator; one side meeting another state may be
    about anything else (Armenia and
    Turkey normalising their ties), so it counts only when its sentences name the other side
    or the conflict ("met Mnatsakanyan over the fighting in Karabakh"). The third party would
    otherwise be coded as a mediator it never was."""
    sides = parties & set(CONFLICT_PARTIES)
    if len(sides) != 1 or parties & cues().sides:
        return True
    purpose = cues().purpose
    if parties & cues().mediator_states and not _beside_non_mediators(parties):
        if purpose is None or not any(purpose.search(s.text) for s in c.sentences):
            # one side meeting a mediator is on the conflict, unless its sentences say what it
            # was for ("met Macron to discuss EU visas"): then that purpose must name it
            return True
        region = cues().about_region
        if region is not None and any(region.search(s.text) for s in c.sentences):
            return True  # ("met Putin to discuss the situation in the region")
    datelines = _article_datelines(a)
    not_about = cues().not_about
    for s in c.sentences:
        if any(not_about is None or not not_about.search(s.text, max(0, w.start() - 50),
                                                         w.start())
               for w in cues().about.finditer(s.text)):
            return True  # (not "neither talk concerned the peace process")
        others = [m for m in s.mentions if m.actor_id and not _inside(m.start, datelines)
                  and (party_of(m.actor_id) or m.actor_id) in CONFLICT_PARTIES
                  and (party_of(m.actor_id) or m.actor_id) not in sides]
        if others and s is c.sent and c.shuttle:
            # round 33: "X phoned A on <day> and B a day later", "held separate talks with A
            # and B": each side named is at an encounter of its own, so the other side's
            # name says nothing of what this one was about
            others = []
        if others and s is c.sent:
            # "A met B in Paris, while C held talks with D": the other side named in the
            # other clause is at another encounter, not what this one was about
            points = [t0 for t0, _, _ in _find_triggers(s)]
            mine = {t0 for t0, _ in c.triggers}
            others = [m for m in others if not _before_contrast(s, m.start, c, points)
                      and _after_contrast(s, m, c) is None
                      and not _subject_of_other(s, m, c, [p for p in points if p not in mine])]
        if others:
            return True
    return False


def _beside_non_mediators(parties: set[str]) -> bool:
    """Round 33: one side at a gathering of several third states ("an informal summit of
    the Turkic states with A, B, C and D"), one of them a mediating state, is that
    gathering, not a mediator's talks with the side: it is on the conflict only as any
    third party's encounter is (its sentences name the conflict or the other side)."""
    third = {p for p in parties if p not in CONFLICT_PARTIES and p not in cues().sides}
    return len(third) > 1 and not third <= cues().mediator_states


def _subject_of_other(s: Sentence, m: Mention, c: _Cand, points: Sequence[int]) -> bool:
    """"A met B on gas prices, and C met D on visas": a name after the meeting's last trigger
    that opens a clause whose own trigger follows it (no comma between) is at that other
    encounter, not what this one was about."""
    if m.start < c.triggers[-1][1]:
        return False
    return any(m.end <= p and not _CLAUSE_END.search(s.text, m.end - s.start, p - s.start)
               for p in points)


def _principals(actor_ids) -> list[str]:
    """The codebook's participants: the named people, plus the state or organisation of each
    party no named person represents (a body or metonym stands for its party)."""
    persons = {k for k in actor_ids if is_person(k)}
    represented = {party_of(p) for p in persons}
    parties = {party_of(k) or k for k in actor_ids if not is_person(k)}
    return sorted(persons | {p for p in parties if p not in represented})


#: right before a trigger: a plan told in the past ("were due to meet", "was supposed to hold")
_PAST_PLAN = re.compile(r"\b(?:was|were)\s+(?:due|supposed|scheduled|expected|set|meant)\s+to\s+$",
                        re.IGNORECASE)
#: after the trigger, in its sentence: a contrast that says the plan went otherwise
_PLAN_CONTRAST = re.compile(r"(?:,|;|\s-|\s–|\s—)\s*but\b", re.IGNORECASE)


def _plan_went_otherwise(a: Analysed, c: _Cand) -> bool:
    """Round 39: "A and B were due to meet in X on <day>, but ...": a plan told in the past and
    contrasted in its own sentence is no report that the meeting was held, so its past date
    leaves it planned (a cancellation cue there makes it cancelled). Probe round 62: so is a
    plan whose next sentence, in the same paragraph, opens with one of its parties staying
    away ("A meeting of A and B was planned for <day>. A pulled out a day before.")."""
    for t0, t1 in c.triggers:
        s = next((x for x in c.sentences if x.start <= t0 < x.end), None)
        if s is None:
            continue
        if _PAST_PLAN.search(a.text, max(s.start, t0 - 24), t0) and \
                _PLAN_CONTRAST.search(a.text, t1, s.end):
            return True
        nxt = a.sentences[s.index + 1] if s.index + 1 < len(a.sentences) else None
        if nxt is not None and "\n" not in a.text[s.end:nxt.start] and any(
                m.actor_id in c.participants and not a.text[nxt.start:m.start].strip()
                and _is_absent(nxt, m) for m in nxt.mentions):
            return True
    return False


def _postponed(a: Analysed, c: _Cand) -> bool:
    """Whether the status cue of `c` says it was put off ("was postponed to May"): its past
    date is the one first set, so the meeting is no more held than it was then."""
    rx = cues().postponed
    return bool(rx and c.status_span and rx.fullmatch(a.text, *c.status_span))


def _unmediated(c: _Cand) -> None:
    """"The talks were held without a mediator", "no third party was in the room": a meeting
    its own sentences call unmediated is the sides' alone. The host or inviter named with it
    ("hosted by X", "at the invitation of X") only gave the venue: neither its mediator nor
    one of its participants."""
    rx = cues().no_mediator
    if rx is None or not any(rx.search(s.text) for s in c.sentences):
        return
    c.mediator = None
    keep = set(CONFLICT_PARTIES) | cues().sides
    c.participants = {k: m for k, m in c.participants.items() if (party_of(k) or k) in keep}


def _we_beside_the_other_side(c: _Cand) -> None:
    """Round 50: "we" in a speaker's words may be both sides ("We met in Munich, and X hosted
    us"), so the speaker's state it stands for is a party only beside a named party of the
    other side ("we held talks with X"); else it is dropped (with one side and a host, the
    row would read as a meeting of that side with the host)."""
    named = {party_of(k) or k for k, m in c.participants.items()
             if m is None or not for_the_speakers_state(m)}
    for k, m in list(c.participants.items()):
        if m is not None and for_the_speakers_state(m) and \
                not (named & set(CONFLICT_PARTIES)) - {party_of(k) or k}:
            del c.participants[k]


def _report(a: Analysed, c: _Cand) -> MeetingReport | None:
    if c.date is None or c.date.date is None:
        return None
    _we_beside_the_other_side(c)
    if c.mediator or len({party_of(k) or k for k in c.participants}) > 2:
        _unmediated(c)
    persons = [k for k in c.participants if is_person(k)]
    participants = tuple(_principals(c.participants))
    parties = {party_of(p) or p for p in participants}
    mediator = None
    if c.mediator:
        mediator = party_of(c.mediator[0]) or c.mediator[0]
        if mediator in CONFLICT_PARTIES or mediator in cues().sides or is_person(mediator):
            # "hosted by" one of the sides names a host, not a mediator; a person with no
            # state or organisation behind them names none either
            mediator = None
    else:
        third = sorted(p for p in parties if p not in CONFLICT_PARTIES
                       and p not in cues().sides and not is_person(p))
        orgs = [p for p in third if _is_organisation(p)]
        # a third state meeting one side only ("Putin met Aliyev", "Blinken phoned Aliyev")
        # is that side's interlocutor, not a mediator between the two; it mediates where both
        # sides are present, or meets each on its own ("held separate talks with A and B"),
        # and a mediating body (the Minsk Group co-chairs) mediates whomever it meets
        both = parties >= set(CONFLICT_PARTIES) or c.shuttle
        if len(third) == 1 and (both or _is_organisation(third[0])) and \
                parties & set(CONFLICT_PARTIES):
            mediator = third[0]
        elif len(orgs) == 1 and parties & set(CONFLICT_PARTIES):
            # "the co-chairs of the Minsk Group — Russia, France and the US — met ...": the
            # organisation present is the mediator, its member states are its delegation
            mediator = orgs[0]
    if mediator:
        parties.add(mediator)
    if len(parties) < 2 or not parties & set(CONFLICT_PARTIES):
        return None
    if not _on_the_conflict(a, c, parties):
        return None
    # level: people's offices first (explicit), then level words
    levels = sorted({lv for p in persons if (lv := level_of_person(p))},
                    key=MEETING_LEVELS.index)
    level, explicit = (levels[0], True) if levels else (c.level, c.level_explicit)
    if c.level and c.level_explicit and (not levels or c.level == "commission"):
        # a commission meeting is one even when it is led by ministers
        level, explicit = c.level, True
    if (c.date.precision != "day" and (_repeated(c) or _place_listed(c))) \
            or _repeated_elsewhen(c):
        return None
    status = c.status or "held"
    pub = a.published
    d = _same_weekday_as_published(c.date, pub, a.doc.published_precision)
    d = _past_weekday(d, pub, a.doc.published_precision, c.status, a.dates)
    last = _last_time(a, c, d, pub, a.doc.published_precision)
    if last is not None:
        d, status = last, "held"
    # a live entry stamped with a later day than the page's tells that day's news: its day
    # makes no plan of it ("11 May, 14:10 - Talks are over": held; "will meet" stays a plan)
    after_pub = bool(pub and d.date and d.date > pub and a.doc.published_precision == "day"
                     and not (c.status in ("held", None) and (
                         entry_stamp(a.text, d.start, d.end) or _told_past(d, a.dates))))
    # a past-tense cue at the trigger ("met ... on October 8") outweighs a future word later in
    # the sentence; only a date after publication makes a "held" report a plan
    future = after_pub or (d.future and c.status is None)
    if future and status == "held":
        status = "planned"
    if pub and d.date and a.doc.published_precision == "day" and d.date < pub - dt.timedelta(
            days=1) and status == "planned" and not d.future and not _postponed(a, c) \
            and not _plan_went_otherwise(a, c):
        status = "held"
    if status == "proposed" and d.relative and pub and d.date and d.date < pub - dt.timedelta(
            days=1) and not (d.precision == "month" and (d.date.year, d.date.month) == (
                pub.year, pub.month)):
        # "I do not exclude a meeting in January" on 26 December: a possible meeting is still to
        # come, so a year-less date read in the publication's year is the wrong year (round 34:
        # "later this month" is the publication's month, still to come)
        return None
    spans: list[Span] = []
    for t0, t1 in c.triggers:
        spans.append(a.span(t0, t1, "trigger"))
    spans.append(a.span(d.start, d.end, "date"))
    date, date_end = d.date, d.date_end
    if c.date_from is not None and c.date_from.date is not None and d.date is not None and \
            d.date_end is None and c.date_from.date < d.date:
        date, date_end = c.date_from.date, d.date
        spans.append(a.span(c.date_from.start, c.date_from.end, "date"))
    if c.place:
        spans.append(a.span(c.place.start, c.place.end, "place"))
    if c.venue:
        spans.append(a.span(c.venue[0], c.venue[1], "venue"))
    for m in c.participants.values():
        if m is not None:  # a party inherited from "another trilateral meeting" has the span
            spans.append(a.span(m.start, m.end, "participant"))
    if c.mediator and mediator:
        spans.append(a.span(c.mediator[1].start, c.mediator[1].end, "mediator"))
    if c.status_span and last is None:  # a plan's cue says nothing of the "last" encounter
        spans.append(a.span(*c.status_span, "status"))
    if c.level_span and c.level:
        spans.append(a.span(*c.level_span, "level"))
    outcomes = []
    # a meeting that did not take place reached nothing: an outcome told with it ("instead met
    # X, and the four adopted ...") belongs to another encounter
    for o0, o1 in (c.outcomes if status != "cancelled" else []):
        spans.append(a.span(o0, o1, "outcome"))
        outcomes.append(a.text[o0:o1])
    place_id = c.place.place_id if c.place else None
    venue = a.text[c.venue[0]:c.venue[1]] if c.venue else None
    from_caption = all(s.in_caption for s in c.sentences)
    return MeetingReport(
        source_id=a.source_id, published=pub, date=date, date_end=date_end,
        date_precision=d.precision, place_id=place_id, venue=venue, mode=c.mode, level=level,
        level_explicit=explicit, participants=participants, mediator=mediator, status=status,
        outcomes=tuple(outcomes), spans=sorted(set(spans), key=lambda s: (s.start, s.end, s.role)),
        from_caption=from_caption, anchor=c.triggers[0][0],
    )


def _repeated(c: _Cand) -> bool:
    """Whether the sentence of the meeting's date tells many encounters as one ("had hosted
    A and B several times in 2022 and 2023", "met in Moscow on numerous occasions in 2021"):
    a year or a month then spans them all and is no one meeting's date."""
    rx, d = cues().repeated, c.date
    if rx is None or d is None:
        return False
    return any(s.start <= d.start < s.end and rx.search(s.text) is not None
               and not _instance_named(s, rx, d) for s in c.sentences or [c.sent])


def _place_listed(c: _Cand) -> bool:
    """Round 59: "met in Prague, Brussels and Chisinau in 2022 and 2023": the meeting's place
    is one of a list of cities (joined by commas, "and" or "or"; none lying in another), an
    encounter in each, so a year or a month spans them all, as with `_repeated` words. Not
    for one of the encounters `_split_separate` made ("travelled to X and Y and met A and B":
    each in its capital)."""
    m = c.place
    if m is None or c.shuttle:
        return False
    s = next((x for x in c.sentences or [c.sent] if x.start <= m.start < x.end), None)
    if s is None:
        return False
    places = gazetteer.load_gazetteer().places
    cities = [x for x in _locations(s)
              if (pl := places.get(x.place_id or "")) is not None and pl.kind == "city"]
    if m not in cities:
        return False
    i = j = cities.index(m)
    while i > 0 and _COORDINATION.fullmatch(s.text, cities[i - 1].end - s.start,
                                            cities[i].start - s.start):
        i -= 1
    while j + 1 < len(cities) and _COORDINATION.fullmatch(s.text, cities[j].end - s.start,
                                                          cities[j + 1].start - s.start):
        j += 1
    ids = {x.place_id for x in cities[i:j + 1]}
    return len(ids) > 1 and not any(_place_within(a, b) for a in ids for b in ids if a < b)


def _instance_named(s: Sentence, rx: re.Pattern[str], d: DateMention) -> bool:
    """Round 52: "have met many times since 2020, including in Sochi in November 2021 and in
    Prague in October 2022": date `d` stands in a list of some of the encounters the count
    tells, each by its place (`instance` cue after the count's words, no stop between), so it
    dates that one encounter, not all of them."""
    inst = cues().instance
    if inst is None:
        return False
    rel = d.start - s.start
    return any(inst.search(s.text, r.end(), rel) is not None
               and not _LIST_STOP.search(s.text, r.end(), rel)
               for r in rx.finditer(s.text, 0, rel))


#: between a count of encounters and a date of its list: a stop ends the list
_LIST_STOP = re.compile(r"[;:.!?]")


def _repeated_elsewhen(c: _Cand) -> bool:
    """"The leaders have now met three times in Brussels": the trigger's sentence tells many
    encounters as one and dates none of them; a date from another sentence (a headline's, the
    news peg's) is no one meeting's date."""
    rx, d, s = cues().repeated, c.date, c.sent
    if rx is None or d is None or s.start <= d.start < s.end:
        return False
    return rx.search(s.text) is not None


#: a date that is a weekday name and nothing more ("Thursday", "on Thursday")
@lru_cache(maxsize=1)
def _bare_weekday() -> re.Pattern[str]:
    """ "Thursday" or "on Thursday", with the weekday names of the dates vocabulary."""
    return re.compile(r"(?:on\s+)?(?:" + "|".join(sorted(weekday_names())) + ")", re.IGNORECASE)


def _same_weekday_as_published(d: DateMention, pub: dt.date | None,
                               precision: str | None) -> DateMention:
    """A bare weekday that falls on the publication day's weekday is that day: news copy says
    "the meeting planned for Thursday" on the Thursday itself and "next Thursday" for a week
    later, so a future reading a full week ahead is undone (the span stays the same)."""
    if (pub is None or precision != "day" or d.date is None or not d.relative
            or d.precision != "day" or d.date - pub != dt.timedelta(days=7)
            or not _bare_weekday().fullmatch(d.text.strip())):
        return d
    return dataclasses.replace(d, date=pub)


def _told_past(d: DateMention, dates: Sequence[DateMention]) -> bool:
    """Whether the page tells the day of `d` elsewhere as past or present, not as a plan: an
    update appended later ("UPDATE, January 11, 2021: they met on Monday") moves what the
    page can report as done beyond its first day of publication."""
    return any(x is not d and x.date == d.date and x.precision == "day" and not x.future
               and x.date_end is None for x in dates)


def _past_weekday(d: DateMention, pub: dt.date | None, precision: str | None,
                  status: str | None, dates: Sequence[DateMention] = ()) -> DateMention:
    """A bare weekday read as future (a plan told later in the sentence: "met on Friday, weeks
    before they are due in Brussels") is the last such day when the trigger's own cue says the
    meeting was held: a past verb at the trigger outweighs the future of another clause. Not
    when the page itself tells that day as past (lead, round 41: "UPDATE, January 11, 2021:
    the leaders met on Monday" below "X will host them on Monday" of the 10th)."""
    if (status != "held" or pub is None or precision != "day" or d.date is None
            or not d.relative or not d.future or d.precision != "day" or d.date <= pub
            or d.date - pub > dt.timedelta(days=7)
            or not _bare_weekday().fullmatch(d.text.strip()) or _told_past(d, dates)):
        return d
    return dataclasses.replace(d, date=d.date - dt.timedelta(days=7), future=False)


#: right before a past verb trigger: the most recent such encounter ("last met", "last sat down")
_LAST_BEFORE = re.compile(r"\blast\s+$", re.IGNORECASE)
_PAST_VERB = re.compile(r"(?:met|sat|spoke|held|had|[a-z]+ed)\b", re.IGNORECASE)
_YEAR_DIGITS = re.compile(r"\d{4}")


def _last_time(a: Analysed, c: _Cand, d: DateMention, pub: dt.date | None,
               precision: str | None) -> DateMention | None:
    """"last sat down in Brussels on May 14" in an article of March: the encounter is past,
    so a year-less day or month that resolved after publication (read as future because
    another clause plans a meeting) is that day of the year before."""
    if (pub is None or precision != "day" or d.date is None or d.date <= pub
            or d.precision not in ("day", "month") or _YEAR_DIGITS.search(d.text)):
        return None
    if not any(_LAST_BEFORE.search(a.text, max(c.sent.start, t0 - 8), t0)
               and _PAST_VERB.match(a.text, t0) for t0, _ in c.triggers):
        return None
    try:
        back = d.date.replace(year=d.date.year - 1)
        end = d.date_end.replace(year=d.date_end.year - 1) if d.date_end else None
    except ValueError:  # February 29
        return None
    if back > pub:
        return None
    return dataclasses.replace(d, date=back, date_end=end, future=False)


# --- reconciliation across articles -------------------------------------------------------------
@dataclass
class _Cluster:
    """Reports taken as one meeting, with the parties all of them name (kept as reports join,
    so a meeting told by hundreds of articles is not walked again for every new one)."""

    reports: list[MeetingReport]
    parties: set[str] = field(default_factory=set)
    months: range = range(0)  # the blocking months of the first report (`_months`)

    def __post_init__(self) -> None:
        reports, self.reports = self.reports, []
        for r in reports:
            self.add(r)
        if self.reports:
            self.months = _months(self.reports[0])

    def add(self, r: MeetingReport) -> None:
        self.reports.append(r)
        self.parties.update(party_of(p) or p for p in r.participants)
        if r.mediator:
            self.parties.add(r.mediator)


#: How many days apart two day-dated reports (or a photo caption and the body) may be dated and
#: still tell one meeting.
_SLACK_DAYS = 2


def _near_miss(x: MeetingReport, r: MeetingReport) -> bool:
    """Two day-dated reports a day or two apart, of the same place and the same people, are one
    meeting that the sources date differently (the disagreement goes to `conflicts`)."""
    if x.date_precision != "day" or r.date_precision != "day" or not (x.date and r.date):
        return False
    if abs((x.date - r.date).days) > _SLACK_DAYS or not (x.place_id and x.place_id == r.place_id):
        return False
    people = {p for p in x.participants if is_person(p)} & {p for p in r.participants
                                                            if is_person(p)}
    return len(people) >= 2


#: how far (km) a venue may lie from a city's point and still be in that city
_VENUE_IN_CITY_KM = 30.0


@lru_cache(maxsize=4096)
def _place_within(a: str, b: str) -> bool:
    """One of two places lies in the other (either way round): one meeting named at two
    scales, "two days of talks in Kazakhstan" beside "talks in Almaty", or "at the White
    House" beside "in Washington"."""
    return _lies_in(a, b) or _lies_in(b, a)


@lru_cache(maxsize=4096)
def _lies_in(inner: str, outer: str) -> bool:
    """`inner` is a city or venue of the country `outer`, or a venue of the city `outer`. The
    gazetteer gives a venue its country and point, not its city, so a venue is in a city of
    its country whose point is near."""
    try:
        pa, pb = gazetteer.place(inner), gazetteer.place(outer)
    except KeyError:
        return False
    if _ORDER_OF_SCALE.get(pa.kind, 0) >= _ORDER_OF_SCALE.get(pb.kind, 0) \
            or not pa.country or pa.country != pb.country:
        return False
    if pb.kind == "country":
        return True
    return pb.kind == "city" and None not in (pa.lat, pa.lon, pb.lat, pb.lon) \
        and _km(pa.lat, pa.lon, pb.lat, pb.lon) <= _VENUE_IN_CITY_KM  # type: ignore[arg-type]


#: venue < city < country: the scales at which one place may lie in another
_ORDER_OF_SCALE = {"venue": 1, "city": 2, "country": 3}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(
        math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _finest_places(places: list[str | None]) -> list[str | None]:
    """Reports' places with each one that contains another report's place replaced by that
    finer place (a venue's city stays the place: its venue has a column of its own), so
    "Kazakhstan" and "Almaty" vote for Almaty, and "Washington" and "the White House" for
    Washington, instead of disagreeing."""
    named = sorted({p for p in places if p})
    out: list[str | None] = []
    for p in places:
        q = p
        if p:
            inner = [o for o in named if _lies_in(o, p) and gazetteer.place(o).kind != "venue"]
            outer = [o for o in named if _lies_in(p, o) and gazetteer.place(o).kind == "city"]
            if gazetteer.place(p).kind == "venue" and len(outer) == 1:
                q = outer[0]
            elif len(inner) == 1:
                q = inner[0]
        out.append(q)
    return out


def _report_compatible(cl: _Cluster, r: MeetingReport) -> bool:
    body = [x for x in cl.reports if not x.from_caption]
    ref = body or cl.reports
    for x in ref:
        if x.mode != r.mode:
            return False
        if x.place_id and r.place_id and x.place_id != r.place_id \
                and not _place_within(x.place_id, r.place_id):
            return False
        if not r.from_caption and not dates_compatible(
                (x.date, x.date_end, x.date_precision), (r.date, r.date_end, r.date_precision)
        ) and not _near_miss(x, r):
            return False
        if x.source_id == r.source_id and not r.from_caption and x.status != r.status:
            # the article itself told them apart: a meeting held and another one planned
            return False
    rp = {party_of(p) or p for p in r.participants} | ({r.mediator} if r.mediator else set())
    overlap = rp & cl.parties
    if len(overlap) < 2:
        return False
    if r.from_caption:
        # a caption may be a day off; it joins a body report of the same place and parties
        return any(abs((x.date - r.date).days) <= _SLACK_DAYS for x in ref if x.date and r.date)
    return True


def _months(r: MeetingReport) -> range:
    """Month numbers (year * 12 + month) of the report's period, one month either side."""
    if r.date is None:
        return range(0)
    start, end = period(r.date, r.date_end, r.date_precision)
    return range(start.year * 12 + start.month - 2, end.year * 12 + end.month + 1)


def cluster_meetings(reports: Sequence[MeetingReport]) -> tuple[
        list[dict], list[str], dict[tuple[str, int], str]]:
    """Merge reports of the same meeting; return table rows, the meeting_id of each input
    report, and an index (source_id, report anchor or trigger offset) -> meeting_id used to
    link statements. Only the reports' fields and trigger spans are read, so a caller holding
    many articles' reports can keep their other spans elsewhere (see `store.FactStore`)."""
    position = {id(r): i for i, r in enumerate(reports)}
    ids: list[str] = [""] * len(reports)
    order = sorted(reports, key=lambda r: (r.from_caption, r.date or dt.date.min, r.source_id,
                                           r.anchor))
    clusters: list[_Cluster] = []
    # Blocking. Body reports come first, in date order, so a body report can only join a
    # cluster begun on or before its own first day, and only one whose first report's period
    # reaches to within two days of that day (the slack of a near miss): the clusters still
    # `active`, expired as the days advance. A caption report can join only a cluster holding
    # a report dated within two days of it (`by_day`). Both sets are cut to the clusters that
    # the months either side of the two first reports would offer (`_Cluster.months`), the
    # blocking the table was built with before, so each report meets the same first cluster.
    active: dict[int, None] = {}  # cluster positions, in the order the clusters were begun
    ends: list[tuple[int, int]] = []  # (last day of the first report's period, position)
    by_day: dict[int, list[int]] = {}  # day -> clusters holding a report that starts on it
    for r in order:
        target = None
        if r.date is not None:
            months = _months(r)
            day = r.date.toordinal()
            if not r.from_caption:
                while ends and ends[0][0] < day - _SLACK_DAYS:
                    del active[heapq.heappop(ends)[1]]
                cand_idx: Iterable[int] = active
            else:
                cand_idx = sorted({i for d in range(day - _SLACK_DAYS, day + _SLACK_DAYS + 1)
                                   for i in by_day.get(d, ())
                                   if clusters[i].months.start < months.stop
                                   and months.start < clusters[i].months.stop})
            for i in cand_idx:
                if _report_compatible(clusters[i], r):
                    target = i
                    break
        if target is None:
            target = len(clusters)
            clusters.append(_Cluster([r]))
            if r.date is not None and not r.from_caption:
                active[target] = None
                last = period(r.date, r.date_end, r.date_precision)[1]
                heapq.heappush(ends, (last.toordinal(), target))
        else:
            clusters[target].add(r)
        if r.date is not None:
            lst = by_day.setdefault(r.date.toordinal(), [])
            if not lst or lst[-1] != target:
                lst.append(target)
    rows: list[dict] = []
    index: dict[tuple[str, int], str] = {}
    used_ids: set[str] = set()
    for cl in clusters:
        row, conflicts = _merge_cluster(cl)
        mid = stable_id("mtg", row["date"], row["date_precision"], row["place_id"],
                        ",".join(row["participants"]))
        k = 2
        base = mid
        while mid in used_ids:
            mid = f"{base}-{k}"
            k += 1
        used_ids.add(mid)
        row["meeting_id"] = mid
        row["conflicts"] = conflicts
        rows.append(row)
        for r in cl.reports:
            ids[position[id(r)]] = mid
            index[(r.source_id, r.anchor)] = mid
            for sp in r.spans:  # every mention of the meeting ("At the meeting, X said")
                if sp.role == "trigger":
                    index[(r.source_id, sp.start)] = mid
    # undated rows (a caller's own reports; the extractor dates every meeting) go last
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or dt.date.min, r["meeting_id"]))
    return rows, ids, index


def reconcile_meetings(reports: list[MeetingReport]) -> tuple[list[dict], list[dict],
                                                              dict[tuple[str, int], str]]:
    """`cluster_meetings`, with the `evidence` rows of each meeting (every span of every
    report merged into it) in place of the per-report ids."""
    rows, ids, index = cluster_meetings(reports)
    evidence = [{"table": "meetings", "record_id": mid, "source_id": sp.source_id,
                 "char_start": sp.start, "char_end": sp.end, "text": sp.text, "role": sp.role}
                for r, mid in zip(reports, ids, strict=True) for sp in r.spans]
    return rows, evidence, index


def _merge_cluster(cl: _Cluster) -> tuple[dict, list[str]]:
    body = [r for r in cl.reports if not r.from_caption] or cl.reports
    conflicts: list[str] = []
    # date: the finest body date; disagreement at equal precision is a conflict
    best = sorted(body, key=lambda r: (["day", "week", "month", "year", "decade"].index(
        r.date_precision or "decade"), r.source_id))[0]
    date_votes = [describe_date(r.date, r.date_end, r.date_precision) for r in body
                  if r.date_precision == best.date_precision]
    _, c = vote(date_votes, "date")
    if c:
        conflicts.append(c)
    for r in cl.reports:
        if r.from_caption and r.date and best.date and r.date != best.date \
                and r.date_precision == "day" and best.date_precision == "day":
            conflicts.append(f"date: {describe_date(r.date, None, 'day')} in a photo caption of "
                             f"{r.source_id}, {describe_date(best.date, None, 'day')} in the body")
    place, c = vote(_finest_places([r.place_id for r in body]), "place")
    if c:
        conflicts.append(c)
    levels = [r.level for r in body]
    if "commission" in levels:
        # the commissions are led by deputy prime ministers: "deputy PMs to meet" and "the
        # commissions will meet" tell one commission session, no disagreement on its level
        levels = [lv for lv in levels if lv != "deputy_prime_ministers"]
    explicit = [r.level for r in body if r.level and r.level_explicit and r.level in levels]
    level, c = vote(levels, "level")
    if explicit:
        level = vote(explicit, "level")[0]
    if c:
        conflicts.append(c)
    mode, c = vote([r.mode for r in body], "mode")
    if c:
        conflicts.append(c)
    mediator, c = vote([r.mediator for r in body], "mediator")
    if c:
        conflicts.append(c)
    latest = max(body, key=lambda r: (r.published or dt.date.min,
                                      _STATUS_ORDER[::-1].index(r.status)))
    statuses = sorted({r.status for r in body})
    status = latest.status
    if "held" in statuses and status in ("planned", "proposed"):
        # a later report may still speak of plans; a report of it being held settles it
        status = "held"
    participants = _principals([p for r in body for p in r.participants])
    parties = {party_of(p) or p for p in participants} | (
        {party_of(mediator) or mediator} if mediator else set())
    # "the co-chairs of the OSCE Minsk Group and the OSCE's Personal Representative": one party
    n = len({_org_bodies().get(p, p) for p in parties})
    fmt = "bilateral" if n <= 2 else "trilateral" if n == 3 else "multilateral"
    outcomes = []
    for r in sorted(body, key=lambda r: r.source_id):
        for o in r.outcomes:
            if o not in outcomes:
                outcomes.append(o)
    venue = next((r.venue for r in sorted(body, key=lambda r: r.source_id) if r.venue), None)
    g = gazetteer.load_gazetteer()
    pl = g.places.get(place) if place else None
    source_ids = sorted({r.source_id for r in cl.reports})
    row = {
        "date": best.date, "date_end": best.date_end, "date_precision": best.date_precision,
        "place_id": place, "city": pl.name if pl and pl.kind == "city" else None,
        "country": pl.country if pl else None, "venue": venue, "mode": mode or "in_person",
        "level": level, "format": fmt, "participants": participants, "mediator": mediator,
        "status": status, "outcomes": outcomes, "source_ids": source_ids,
        "n_sources": len(source_ids), "review_status": "machine",
    }
    return row, sorted(set(conflicts))


# --- statements -> meetings -----------------------------------------------------------------------
def link_statements(statements: list[StatementRow], index: dict[tuple[str, int], str]
                    ) -> tuple[list[dict], list[dict]]:
    """Statement rows with `meeting_id` set where the statement was made at or about a meeting
    reported in the same article (see `statement_link` and `linked_meeting`), sorted by
    (source_id, char_start, speaker_id), and their evidence rows."""
    rows: list[dict] = []
    evidence: list[dict] = []
    by_source = meetings_by_source(index)
    for st in sorted(statements, key=lambda s: (s.source_id, s.char_start, s.speaker_id)):
        row = statement_row(st)
        row["meeting_id"] = linked_meeting(st.source_id, *statement_link(st), index, by_source)
        rows.append(row)
        evidence += [{"table": "statements", "record_id": row["statement_id"],
                      "source_id": sp.source_id, "char_start": sp.start, "char_end": sp.end,
                      "text": sp.text, "role": sp.role} for sp in st.spans]
    return rows, evidence


def statement_row(st: StatementRow) -> dict:
    """The `statements` table row of one statement, before linking (`meeting_id` None)."""
    return {
        "statement_id": st.statement_id, "date": st.date, "date_precision": st.date_precision,
        "speaker_id": st.speaker_id, "speaker_text": st.speaker_text,
        "speaker_country": st.speaker_country, "kind": st.kind, "text": st.text,
        "occasion": st.occasion, "topics": sorted(st.topics), "meeting_id": None,
        "source_id": st.source_id, "char_start": st.char_start, "char_end": st.char_end,
        "review_status": "machine",
    }


def statement_link(st: StatementRow) -> tuple[int | None, int, int]:
    """What linking a statement to a meeting needs, computed while its spans are at hand: the
    anchor of its explicit `meeting_ref` (None if it has none) and the window [lo, hi) of its
    own sentence(s): its words, speaker and speech verb. A date or occasion carried from an
    earlier sentence does not widen the window."""
    ref = st.meeting_ref.anchor if st.meeting_ref is not None else None
    own = [sp for sp in st.spans if sp.role in ("quote", "speaker", "trigger")]
    lo = min([st.char_start] + [sp.start for sp in own])
    hi = max([st.char_end] + [sp.end for sp in own])
    return ref, lo, hi


def meetings_by_source(index: dict[tuple[str, int], str]) -> dict[str, list[tuple[int, str]]]:
    """`cluster_meetings`' index regrouped per article, for `linked_meeting`."""
    by_source: dict[str, list[tuple[int, str]]] = {}
    for (sid, anchor), mid in index.items():
        by_source.setdefault(sid, []).append((anchor, mid))
    return by_source


def linked_meeting(source_id: str, ref: int | None, lo: int, hi: int,
                   index: dict[tuple[str, int], str],
                   by_source: dict[str, list[tuple[int, str]]]) -> str | None:
    """The meeting a statement of `source_id` was made at or about: its explicit reference, or
    else the one meeting of the same article with a trigger inside the statement's window."""
    mid = index.get((source_id, ref)) if ref is not None else None
    if mid is None:
        hits = sorted({m for a_, m in by_source.get(source_id, []) if lo <= a_ < hi})
        if len(hits) == 1:
            mid = hits[0]
    return mid
