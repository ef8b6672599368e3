"""Statements: who said what, when, on which topic (the `statements` table).

One row per attribution and speaker. Per article (`extract_statements`):

1. **Quotations** are found by pairing quote marks within each paragraph (curly “ ”, guillemets
   « » and straight "): a quotation may run over several sentences, and one whose closing mark is
   missing runs to the end of its paragraph (at the end of an article: to the end of the text).
2. **Attributions** are found per sentence, in these shapes (speech verbs and every other cue
   are data: `data/vocab/speech_verbs.csv`, `statement_cues.csv`, `occasions.csv`,
   `topics.csv`):
   - `X said (that) ...`, `X urged Y to ...`, `X accused Y of ...` (the words after the verb;
     for denials, `X denied that ...`, the words keep the verb, which carries the negation);
   - `..., X said in a statement.`, `“...,” X said`, `“...,” said X`, `— ..., — X said`
     (the words before the speaker); `“...,” X said, “...”` is one quotation;
   - `According to X, ...` and `..., according to X` (also "a statement from X");
   - `In his words, ...`, `In X's words, ...`, `As X put it, ...` (a lead opening the sentence);
   - `That was stated on <date> by X` (the words: the sentence before) and `As stressed by X,`;
   - `..., claiming that ...` (a participle continuing the clause of the speaker before it).
   The speaker is the actor mention right before the verb, with only auxiliaries, adverbs and
   adverbials between ("also", "has repeatedly", "on Monday", "in Baku", "in a call with
   Aliyev"), or before an apposition ("X, the leader of ..., said"); mentions joined by "and"
   give one row each ("Moscow and Yerevan accused ..."). "he"/"she" come from the mention
   resolver's pronoun carry-over; "they", "each", "it", "the ministry", "the statement", "the
   61-year-old", "the Iranian minister" (a person of that state) stand for the speaker(s) of
   the statement just before; "the head of state", "both leaders" for the person(s) of that
   title named just before; "both sides" for the two parties when the article names both. A
   bare demonym ("Armenians say") is people, not a speaker. Photo captions are not searched:
   the body carries the attribution; a headline gives only its own attribution ("Mirzoyan
   says A", "Zakharova: A", "“A,” says X").
3. A quotation belongs to the attribution whose reported words hold it (one row: `direct` when
   at least half of the reported words are inside quote marks, else `indirect`), else to an
   attribution right before or after it, else (a quotation that opens its sentence) to the
   statement of the sentence before ("X said in a statement. “...”"). Quotes nobody is said to
   have said (scare quotes, titles) are not statements.
4. A speech verb inside a quotation or inside another statement's reported words is part of that
   statement, not a row of its own ("Lavrov said that Baku had told him ..."), unless a
   new clause with another speaker starts there ("..., which Baku denied"); "..., the ministry
   said" covers the whole sentence before it. Relays: whoever "quoted"/"cited" someone, or an
   outlet ("X news agency"), is never the speaker; in "according to X, Y asked ..." and
   "X reported that Y said ...", Y is the speaker and X only passes the words on.
5. Speakers must be actors of the gazetteer (persons, states, organisations, government bodies);
   the article's own author ("..., writes <name>, Moscow correspondent") never is. A statement
   must be about the conflict or the peace process: a codebook topic or a conflict word in its
   words; else (unless it is plainly about something else: "the economy grew") a conflict party
   named in its sentence, a topic, party or conflict word in the sentence before, or a
   statement about the conflict in its sentence or the one before (a reply in the same
   exchange), or "both sides" (a group noun of the parties) in its words.

Dates (when it was said, never the publication date by default): a date expression of the
attribution (outside the reported words, not "since/after ...", not "the March incident", not a
dateline), else the date of the previous statement it continues (same speaker, in the sentence
just before, or two before with a cue: a pronoun subject, "also", "added", "in addition"), else
after "At the time, X said" the one date of the sentence (or clause) before, else the date of
the sentence that introduced the occasion it names ("At the meeting, X said" after "On May 25,
... held talks"), else, on a live blog, the day heading the entry ("Friday 8 August 2025" over
"20:12 BST X told reporters"; not for "has long warned"), else null. The occasion is carried
the same way.

Speed: one pass of one trie-shaped regex over the lower-cased text finds every cue (verbs,
occasions, pronouns, topics, ...); sentences and statements then look up those matches. Topic
and relevance cues are verified only where a statement asks for them, speakers are looked for
only in sentences holding a cue, and per-sentence lookups are bucketed once per article.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from karabakh_data.dates import live_day_heading
from karabakh_data.mentions import place_modifiers
from karabakh_data.model import Span, StatementRow
from karabakh_data.patterns import lower, split_top, trie_regex
from karabakh_data.schema import TOPICS
from karabakh_data.text import datelines
from karabakh_data.vocab import read_table

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_data.dates import DateMention
    from karabakh_data.mentions import Mention
    from karabakh_data.nlp import Analysed, Sentence

SPEAKER_KINDS = frozenset({"person", "state", "organisation", "government_body"})

_OPEN_CURLY = "“«"
_RESUME_BREAKS = 8  # line breaks a quotation open at a paragraph's end may stay open over
# (",,A''": low quotes typed as two commas and closed by two apostrophes, in agency copy)
# Every alternative opens with a literal character (the look-behind of ",," is checked after
# its first comma, over that comma and the character before it: the same characters as
# `(?<![^\s(—–-]),,`), so the engine skips to the next of these characters in one step
# instead of trying every alternative at every position; no two alternatives open with the
# same character, so which one matches, and its span, are as in `[“”«»„"‘’\n]|...`.
_QUOTE_MARKS = re.compile(r"“|”|«|»|„|\"|‘|’|\n|,(?<![^\s(—–-],),(?=[^\W\d_])|''")
_QUOTE_CHARS = "“”«»„\"‘"
_TRAIL = " \t\n,.;:!?—–"
_PREPOSITIONS = frozenset({
    "of", "with", "by", "to", "for", "from", "between", "against", "about", "at", "in", "on",
    "into", "toward", "towards", "than", "over", "under", "like", "among", "amid", "behind",
    "beyond", "upon", "via", "per", "through", "across", "along", "around", "near", "inside",
    "outside", "within", "throughout"})
_CLAUSE_JOINERS = frozenset({"which", "while", "but", "whereas", "although", "though", "and",
                             "as"})
_POSSESSIVES = frozenset({"his", "its", "their", "hers", "theirs", "our", "my", "your"})
_POSSESSIVE_LEN = max(map(len, _POSSESSIVES))
_RELATIVES = frozenset({"which", "that", "who", "whom", "what"})
_AND = frozenset({"and", ", and", "as well as", "&", "and also"})
_FILLERS = frozenset({"so", "it", "this", "that", "too", "also", "again", "later", "then",
                      "more", "earlier", "otherwise", "nothing", "anything", "yes", "no"})
_DETERMINERS = frozenset({"the", "a", "an"})
#: (probe round 61) "the" and one word (a demonym, checked against the mentions) right before
#: a person anaphor's noun: "the Iranian minister", "the Russian diplomat"
_DEMONYM_LEAD = re.compile(r"(?<![\w-])the\s+([a-z][a-z-]*)\s+$")
#: (probe round 58) bare lower-case nouns between a closing quotation and a titled name
_TITLE_MODIFIER = re.compile(r"[ \t]*(?:[,—–-][ \t]*)?[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?[ \t]*")
_FUNCTION_WORDS = _PREPOSITIONS | _CLAUSE_JOINERS | _POSSESSIVES | _RELATIVES | _FILLERS | \
    _DETERMINERS | {"he", "she", "they", "we", "i", "you", "her", "him", "them", "said", "says",
                    "told", "when", "where", "then", "now", "not", "one", "who", "also"}
# a plural verb soon after a relative's speaker ("..., which he said were illegal"): a name
# not ending in "s" before the relative is then no antecedent ("the trials in Baku")
_PLURAL_VERB = re.compile(r"[^,;:.“\"«]{0,50}?\s(?:were|are)\s")
# a determiner phrase ending in a plural noun and the preposition after it, right before
# another phrase ("the new checkpoints on | the Lachin road")
_PLURAL_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|this|these|those|its|their)\s+"
                            r"(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*s\s+(?:of|on|in|at|for|"
                            r"from|near|along|with|to|across|inside|outside)\s+$")
_NOUN_LEADS = _POSSESSIVES | _DETERMINERS | {"her", "these", "those", "such", "any", "all"}
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_SPACES = re.compile(r"\s+")
_WS_COMMA = re.compile(r"\s*,?\s*")
#: (probe round 62) a lower-case word right after a space: the noun a demonym qualifies
_LOWER_WORD_NEXT = re.compile(r" [a-z]")
_BY = re.compile(r"\bby\s+")
#: a byline line's lead: "By ", "BY ", "by " at a line's start (probe round 48)
_BYLINE_LEAD = re.compile(r"[Bb][Yy][ \t]+")
#: after the speech verb: a comma and a relative clause of place or time (its own dates)
_WHERE_AFTER = re.compile(r",\s+(?:where|when)\b")
#: after '“...,” X told reporters in Y,': a relative clause about the place or the time
_PLACE_RELATIVE = re.compile(r"(?:where|when|whence)\b")
#: after "X said,": the outlet that relays the words ("quoted by APA", "as cited by TASS")
_QUOTED_BY = re.compile(r"(?:as\s+)?(?:quoted|cited|reported)\s+by\b")
_THAT = re.compile(r"\s*(?:,\s*)?(?:that\b|:)\s*")
_DATE_GAP = re.compile(r"\s+(?:on\s+|in\s+)?")
#: after a form that needs "that", the rest of its sentence when it closes an attribution
#: ("..., X repeated on Sunday."): the words are before it
_CLOSING_TAIL = re.compile(r"(?:\s+(?:late|early|earlier|later)?\s*(?:on|in|at)\s+"
                           r"[^,.;:“”\"]{1,30}?)?\s*[.!?…]?[\s”\"’]*")
#: after a past form that needs "that" ("repeated", "restated": not a plural noun), phrases of
#: time, place or channel may stand first: "repeated late on Sunday on X that ..."
_PHRASE_THEN_THAT = re.compile(r"(?:\s+(?:late|early|earlier|later)?\s*(?:on|in|at|during|via)"
                               r"\s+[^,.;:“”\"]{1,40}?)+\s*(?:,\s*)?(?:that\b|:)")
# (a full stop between digits, "on 20.09.2023", is no sentence end)
_NUM_DOT = r"(?<=\d)\.(?=\d)"
# (a demonstrative "that" of a stretch of time is no clause's: "told reporters later that month
# that ...", "told the court a week after that that ...")
_TELL_RECIPIENT = re.compile(r"(?:[^.;:“\"«]|" + _NUM_DOT + r"){0,80}?(?<!\bafter\s)"
                             r"(?<!\bbefore\s)\bthat\b(?!\s+(?:night|evening|morning|"
                             r"afternoon|day|week|weekend|month|year)\b)|"
                             r"(?:[^.;“\"«]|" + _NUM_DOT + r"){0,80}?:")
_HEAD_OF = re.compile(r"\bthe\s+([a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+of\s+(?:the\s+)?$")
# a that-clause opening right after a speech verb (an addressee or an adverb of up to three
# words before it: "warned the EU that", "said on Friday that")
_THAT_OPENS = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s*,?\s+that\s")
# an addressee of one to five words, then "to" and a verb: "urges the Azerbaijani authorities
# to ensure": a form that is also a noun ("urges") is the verb here (not "the urges to fight")
#: (probe round 55) what an urging verb with an addressee asks for: an infinitive, "for",
#: "that", a colon or a quotation
_URGE_CONTENT = re.compile(r"\b(?:to|for|that)\b|[:“\"«]")
_URGE_ADDRESSEE = re.compile(r"\s+(?!to\s)(?:[\w'’-]+\s+){1,5}?to\s+[a-z]")
#: the end of a clause: a semicolon, colon, stop or dash, or a joined clause (a comma alone
#: may set off an aside inside it: "that point 8, on prisoners, was not carried out")
_CLAUSE_STOP = re.compile(r"[;:.!?—–]|,?\s(?:and|but|while|whereas)\s")
_COORD = re.compile(r"(?:,\s*)?\b(?:but|and)\s+(?:(?:also|then|later|again)\s+)?$")
# after a quotation: "and"/"but" and the next word (a speech verb for a coordinated row)
_COORD_AFTER = re.compile(r"[\s,]*(?:but|and)\s+(?:(?:also|then|later|again)\s+)?([\w'’-]+)")
# the time of a live-blog entry opening its paragraph ("10:40 ...", "9.15 GMT ...")
_TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|gmt|utc|cet|cest|msk)\b)?\s+",
                         re.IGNORECASE)
# after a tell-verb: a capitalised name (an outlet: "told Reuters") before a clause's first word
# the words that may open a clause right after a recipient ("told Reuters they were ...")
_CLAUSE_OPENERS = r"(?:they|he|she|it|we|the|there|this|these|those|its|his|her|their)"
_OUTLET_RECIPIENT = re.compile(r"(?:[A-Z][\w'’.&-]*\s+){1,3}(?=" + _CLAUSE_OPENERS + r"\s)")
# one to three capitalised words (an outlet's name) and the space after them
# a possessive inside a name ("Armenia's envoy": a state and the noun after it)
_POSS_INSIDE = re.compile(r"\w['’]s\s")
# the first word of a clause right after a recipient told without "that"
_CLAUSE_LEAD = re.compile(r"(?:" + _CLAUSE_OPENERS + r"|\d)\b")
_CAPS_RUN = re.compile(r"(?:[A-Z][\w'’.&-]*\s+){1,3}")
_ONE_WORD = re.compile(r"(?:[\w'’-]+\s+)?")
# after a tell-verb: a short recipient outside the occasions ("told the court", "told the crowd
# in Yerevan") and the subject pronoun that opens the words ("... he did not recognise ...")
_RECIPIENT_SUBJECT = re.compile(
    r"(?:(?!(?:when|where|while|as|after|before|if|because|since|once|who|which|whom|whose|"
    r"that|what|how|why|and|but|or|not|he|she|they|we)\s)[a-z][\w'’-]*\s+){1,4}?"
    r"(?=(?:he|she|they|we)\s+[a-z])")
#: (probe round 62) an object pronoun as a tell-verb's recipient ("told me", "told us")
_PRONOUN_RECIPIENT = re.compile(r"(?:me|us|him|her|them)\b")
# "told the court he ... and that B": a "that" after a coordinator opens the second clause
_AND_THAT = re.compile(r"(?:,\s*)?\b(?:and|but)\s+that$")
# an addressee before "that" (frame `address`): one to four words, no punctuation, not "that"
_ADDRESSEE = re.compile(r"\s+(?!that\b)((?:[\w'’.-]+\s+){1,4}?)that\b")
# ... unless one of them is a verb, when the words are a clause ("warned Baku would ... that")
_AUX = re.compile(r"\b(?:would|will|could|can|is|was|are|were|had|has|have|must|should|may|"
                  r"might|did|does)\b")
# the words before a quotation that characterises an object (frames `call` and `describe`)
_CHARACTERISED = re.compile(r"(?:\bas|\bcalling\s+(?:it|them|this|that|the\s+[\w-]+)|"
                            r"^(?:it|them|this|that)?|"
                            # "called the new document “...”": a short object with its article
                            r"^(?:the|this|that|these|those|its|their|his|her)"
                            r"(?:\s+[\w-]+){1,3})\s*$")
_AS_WORD = re.compile(r"\bas\b")
_TO_INF = re.compile(r"\s+(?:to|not\s+to)\s")
_NAMED_APPOSITION = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+\s*,")
_TO_WORD = re.compile(r"\b(?:to|for)\b")
_ING_WORD = re.compile(r"[a-z]{2,}ing\b")
_THAT_BEFORE = re.compile(r"(?:\bthat|:)\s*$")
_DATE_LEAD = re.compile(r"\s*(?:(?:late|early|earlier|later)\s+)?(?:on|in|at|,)?\s*")
_OCC_LEAD = re.compile(r"(?:at|in|during|on|with|via|through|from|on\s+the\s+sidelines\s+of)\s+"
                       r"(?:(?:a|an|the|his|her|its|their|this|that)\s+)?(?:[\w'’-]+\s+){0,3}")
# (an -ing participle opens one too: "X, addressing the UN General Assembly, said")
# "X, who had earlier said ...": the speech verb is inside a relative clause on its speaker
_REL_GAP = re.compile(r"\s*,\s*(?:who|which)\b")
#: a relative clause opening right after a speaker ("X, whose delegation arrived on Thursday,")
_SPEAKER_RELATIVE = re.compile(r"\s*,\s*(?:who|which|whose)\b")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
# a subject noun phrase's preposition and a list of capitalised names after it (joined by
# commas, an "and" only before the last), right before a list member ("Diaspora groups in Los
# Angeles, Paris and Brussels said"): the members are the preposition's objects, places the
# gazetteer may not know ("Los Angeles")
_NAME_ITEM = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_PREP_NAME_LIST = re.compile(
    r"\b(?:" + "|".join(sorted(_PREPOSITIONS)) + r")\s+" + _NAME_ITEM +
    r"(?:\s*,\s*" + _NAME_ITEM + r")*\s*(,\s*(?:and\s+)?|and\s+)$")
# the words of a subject relative ("which A says is ...") start with a finite verb
_SUBJECT_GAP = re.compile(r"(?:at\s+the\s+time\s+)?(?:(?:still|also|now|already|effectively|"
                          r"illegally)\s+)?"
                          r"(?:is|are|was|were|has|have|had|will|would|could|should|may|might|"
                          r"must|can|remains?|continues?|poses?|holds?|occupies|occupied|"
                          r"controls?|controlled)\b")
# the words of a relative without its pronoun ("the deal X said would ...") open with an
# auxiliary ("may" and "can" are left out: a month, a noun)
_AUX_GAP = re.compile(r"(?:(?:still|also|now|already)\s+)?(?:is|are|was|were|has|have|had|will|"
                      r"would|could|should|might|must)\b")
# the words of an accusation verb opening with its preposition: the accused stands before the verb
_ACCUSED_GONE = re.compile(r"(?:on|of|for|over|with)\b")
# a colon or semicolon ending a clause (not the colon of a time, "13:05")
_CLAUSE_MARK = re.compile(r"[:;]\s+")
_REL_BEFORE = re.compile(r",?\s*(?:which|who|that)\s+$")
_DET_NP = re.compile(r"(?<![\w-])(?:the|a|an|this|its|their)\s+(?:[a-z][\w’'-]*\s+){0,3}"
                     r"[a-z][\w’'-]*$")
_APPOSITION = re.compile(r"\s*(?:who|which|whose|whom|the|a|an|his|her|its|their|in|at|during|"
                         r"after|speaking|"
                         r"according|[a-z]{2,}ing)\b")
_AFTER_INVERTED = re.compile(r"\s*(?:$|[,.;:!?—–(]|(?:in|on|at|during|after|before|while|when|"
                             r"to|from|with|who|which)\b)")
# an editor's note in brackets right after a speech verb ("said (translated from Russian)",
# "told TASS (in Russian)"): no part of the words
_EDITOR_NOTE = re.compile(r"\([^()“”«»\"\n]{1,60}\)")
_DET_LEAD = re.compile(r"\s*(?:a|an|the|his|her|its|their)\s+")
_PLACE_LEAD = re.compile(r"(?:in|at|from)\s+")
# an adverbial phrase between a verb and its that-clause ("said before the talks that",
# "declared, in response to the proposal, that")
# ("... at around 5 a.m. that", "shortly after midnight that": a clock time's "a.m." and an
# adverb of time before the preposition are part of the phrase; round 56: the colon of a
# 24-hour clock time, "said at 13:00 that")
_PP_THAT = re.compile(r"\s*,?\s*(?:(?:shortly|just|soon|late|early)\s+)?"
                      r"(?:before|after|during|following|at|in|on|ahead\s+of|upon|when|"
                      r"while|to|from|with|for|amid|behind|by)\b(?:[^.;:,“\"«]|[ap]\.m\.|"
                      r"(?<=\d):(?=\d\d\b)|"
                      + _NUM_DOT + r"){0,80}?,?\s*\bthat\b\s*")
# a verb right after "that" (no subject between): the "that" of a relative clause ("talks that
# lasted ten hours", "the meeting that was held"), not a complementiser
_RELATIVE_THAT_VERB = re.compile(r"(?:[a-z]{2,}ed|was|were|is|are|has|have|had|began|took|went|"
                                 r"ran|led|came|saw|brought)\b")
# "said on Friday, speaking on behalf of X, that": a participle phrase between the verb and "that"
# probe round 44: a phrase set off by a comma after the verb that ends in a colon right before
# a quotation ("said, according to the translation provided to reporters: “...”", "said, in
# remarks translated by the agency: “...”"): the quotation is the words, the phrase is not
_PP_COLON = re.compile(r"(?:(?:according\s+to|before|after|during|following|at|in|on|upon|when|"
                       r"while|to|from|with|for|amid|through|via)\b|[a-z]{2,}ing\b)"
                       r"[^.;:,“”\"«»\n]{0,80}:\s*(?=[“\"«])")
# "of "/"to " right before a mention: the object of someone's title ("adviser to the
# President", "Representative of the First Vice-President")
_TITLE_OBJECT_BEFORE = re.compile(r"\b(?:of|to) $")
_ING_THAT = re.compile(r"[a-z]{2,}ing\b(?:[^.;:,“\"«]|" + _NUM_DOT + r"){0,80},\s*that\b\s*")
#: a stretch of time ("a day", "two weeks", "hours", "shortly")
_TIME_STRETCH = (r"(?:(?:[\w-]+\s+){0,2}(?:minutes?|hours?|days?|weeks?|months?|years?)|"
                 r"shortly|soon|just|only|moments|immediately)")
# a stretch of time before "after"/"before" ("a day after", "two weeks before", "hours after")
_TIME_GAP = re.compile(_TIME_STRETCH + r"\s+(?:after|before)\b")
#: round 56: a comma before such a stretch of time and "after" ("..., a day after ...")
_COMMA_TIME_GAP = re.compile(r",\s+(?=" + _TIME_STRETCH + r"\s+after\b)")
#: a future or modal verb: words after it may plan what follows them
_FUTURE_WORD = re.compile(r"\b(?:will|would|shall|should|could|can|may|might|must|to)\b")
_BE_WORD = re.compile(r"\b(?:is|are|was|were|be|been|being)\b")
# a document noun after the speaker found after "according to" ("the Kremlin readout, A")
_DOC_NOUN_COMMA = re.compile(r"((?:[a-z]+\s+){0,2}[a-z]+)\s*,\s*")
# words that only say when and where ("replied days later at a forum in Sochi"): no words
# (lead, round 61) or a time phrase on a happening ("wrote on X shortly after the vote", "said
# hours before the talks"): a preposition of time and a noun phrase opened by a determiner
_WHEN_WHERE_ONLY = re.compile(r"(?:(?:(?:(?:a|an|[\w-]+)\s+)?(?:minutes?|hours?|days?|weeks?|"
                              r"months?|years?)\s+)?(?:later|earlier|afterwards)|"
                              r"(?:(?:shortly|soon|just|immediately|moments|right|(?:(?:a|an|"
                              r"[\w-]+)\s+)?(?:minutes?|hours?|days?|weeks?))\s+)?(?:after|before|"
                              r"following|ahead\s+of|during)\s+(?:the|his|her|its|their|a|an)\s+"
                              r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?:\s+(?:at|in|on|"
                              r"during|from)\s+[^,;:“”\"«.]{1,60}?)*\s*")
# (probe round 62) words that only say how ("answered in Azerbaijani", "a phrase he has
# repeated in different forms since", "argued in public over history"): "in" and at most
# three words (the last may be a language's or a place's name), then the clause ends
_IN_PHRASE_ONLY = re.compile(r"in\s+(?:[a-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*(?:\s+(?:since|again|"
                             r"too|(?:over|about)\s+[a-z][\w'’-]*))?\s*(?:[;.!?]|$)")
# a clock time that only says when ("shortly after 1 a.m. local time", "just before midnight
# Moscow time"): after a pronoun object, no words either
_CLOCK_ONLY = re.compile(r"(?:(?:shortly|just|soon|well|late|early)\s+)?(?:after|before|around|at|"
                         r"past|by)\s+(?:(?:about|around)\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*"
                         r"(?:[ap]\.?m\.?)?|midnight|noon|dawn|daybreak)(?:\s+(?:[a-z]+\s+)?time|"
                         r"\s+(?:gmt|utc|msk|cet)(?:\s*[+-]\s*\d{1,2})?)?\s*")
# a pronoun object standing for something told before ("confirmed it a day later", "said so on
# Monday"): with only adverbials after it, no words
_FILLER_OBJECT = re.compile(r"(?:it|this|so|that)\b(?=\s+[^\s“”\"«])")
# a short adverbial closed by a comma ("within days, telling ..."): no words of its own
_LEAD_COMMA = re.compile(r"(?:[^\W\d_][\w'’-]*\s+){0,4}[^\W\d_][\w'’-]*\s*,")
# the dash or colon after the date opening a timeline's entry ("2016 — ", "October 6, 2022: ")
_ENTRY_DASH = re.compile(r"[ \t]*(?:[—–:]|-{1,2}(?=\s))[ \t]*\S")
# a time adverbial between the verb and a colon before a quotation ("wrote on X shortly
# afterwards: “...”", "said an hour later: “...”"): no words, the quotation is
_TIME_COLON = re.compile(r"(?:(?:shortly|soon|moments|immediately|just)\s+(?:afterwards?|after)"
                         r"(?:\s+(?:the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}[\w-]+)?|"
                         r"(?:(?:a|an|[\w-]+)\s+)?(?:minutes?|hours?|days?|weeks?)\s+(?:later|"
                         r"after\s+(?:the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}[\w-]+)|"
                         r"later|afterwards|earlier|then|again)(?:\s+(?:that|the\s+same)\s+"
                         r"(?:day|morning|afternoon|evening|night))?[ \t]*:[ \t]*(?=[“\"«„‘])")
#: words that are only a time adverbial ("Yerevan confirmed within hours", "X responded a day
#: later", "Baku followed suit shortly afterwards"): when it was said, no words
_TIME_ONLY = re.compile(r"(?:(?:within|in|after)\s+(?:(?:just|only)\s+)?(?:a\s+(?:few|couple\s+of|"
                        r"matter\s+of)\s+|[\w-]+\s+)?(?:minutes?|hours?|days?)|(?:shortly|soon|"
                        r"moments|immediately|just)(?:\s+(?:afterwards?|after|thereafter))?|"
                        r"(?:(?:a\s+(?:few|couple\s+of)|a|an|[\w-]+)\s+)?(?:minutes?|hours?|days?|"
                        r"weeks?)\s+later|later|"
                        r"afterwards|thereafter)(?:\s+(?:that|the\s+same)\s+"
                        r"(?:day|morning|afternoon|evening|night))?[.!]?", re.IGNORECASE)
# the preposition or "last"/"this" before a date closing the words ("... on Tuesday")
_DATE_LEAD_END = re.compile(r"\s(?:(?:late|early)\s+)?(?:on|in|at|last|this|earlier)\s*$")
#: a past participle (with its agent) right before a date's lead: "the villages held by Armenia
#: in 1993", "the report published on Friday": the date is the participle's, not the saying's
_PARTICIPLE_END = re.compile(r"(?<![\w-])[a-z]+(?:ed|en|eld|ost|ught|wn)"
                             r"(?:\s+by\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)?\s*$")
# after a quotation that opens the words: a comma and a phrase of occasion or time
_QUOTE_THEN_PP = re.compile(r"\s*,?\s*(?:in|at|during|after|before|amid)\s+(?:a|an|the|his|her|"
                            r"its|their)\s")
# what follows "asked" when it puts a question rather than a request ("asked about", "whether")
_QUESTION_LEAD = re.compile(r"(?:about|whether|if|by|what|how|why|when|where|who|for\s+comment)\b")
# (round 57) a sentence opening with the question put to its speaker, up to its comma
# ("Asked about the checkpoint installed on 23 April, X said ...")
_ASKED_OPENS = re.compile(r"[\s\"'“‘«(]*asked(?P<q>\s+)" + _QUESTION_LEAD.pattern
                          + r"[^,;:!?\n]*?,")
# a past verb or participle: a date after one in such a question is the matter's
_PAST_FORM = re.compile(r"(?<![\w-])[a-z]+(?:ed|en|eld|ost|ught|wn)\b")
# a joiner with no comma right before a new clause's speaker ("... was close and Y said ...")
_BARE_JOINER = re.compile(r"\s+(?:and|but|while|whereas)\s+$")
# ("at least 49 soldiers ..." is a number, not an "at <occasion>" adverbial)
_PREP_START = re.compile(r"(?:at(?!\s+(?:least|most|first)\b)|in|on|during|after|before|while|"
                         r"following|to|from|with|amid|"
                         r"when|as|upon|ahead\s+of)\b")
_SUBORDINATE = re.compile(r"\s*(?:when|while|as|after|although|though|if|because|since|once|"
                          r"before|whereas)\b")
# (probe round 60: also a quantifier or the writer's "I" as the main clause's subject: "When
# X declared that A, few believed him")
_MAIN_CLAUSE = re.compile(r",\s+(?:he|she|it|they|we|i|this|that|which|few|many|most|some|"
                          r"nobody|none|everyone|everybody)\s+\w+")
_COUNTERPART = re.compile(r"(?:,\s*)?and\s+(?:his|her|its|their)\s+(?:[\w-]+\s+)?counterparts?")
_CLAUSE_CUT = re.compile(r"(?:[,;]|:(?=\s))\s*"
                         r"(?:(?:which|while|but|whereas|although|though|and|as)\s+)?"
                         r"(?:[\w'’-]+\s+){0,2}$")
#: a comma, a joiner and a capitalised title of up to three words before a speaker's name
_CLAUSE_CUT_TITLE = re.compile(r"[,;]\s*(?:but|and|while|whereas)\s+[A-Z][\w'’.-]*\s+"
                               r"(?:[\w'’-]+\s+){0,2}$")
_REL_OPEN = re.compile(r",\s*(?:which|who)\s")
_REL_CLOSED = re.compile(r"[”\"»’]?\s*,\s*(?:[a-z]+\s+){0,2}?(?:is|are|was|were|has|have|had|"
                         r"will|would|must|should|could|can|may)\b")
#: (probe round 62: a lower-case aside in brackets may stand before the colon, "Bayramov
#: (through an interpreter): ...")
_LABEL = re.compile(r"([^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,2})(?:[ \t]*\([a-z][^()\n:]{0,40}"
                    r"\))?:[ \t]+(?=\S)")
#: a line opened by a transcript turn's label in capitals, one to three words ("MIRZOYAN: ",
#: "HELEN MARSH: ")
_CAPS_LABEL_LINE = re.compile(r"^[ \t]*[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}:[ \t]+(?=\S)",
                              re.MULTILINE)
#: after a label's name: an optional aside between a comma and the colon, then the colon
_LABEL_ASIDE = re.compile(r"(?:,[ \t]+([^“”«»\"\n:;,.]{1,60}?))?[ \t]*:[ \t]*")
#: the colon or dash after a digest item's day label ("Tuesday: ", "On 14 May - ")
_DAY_LABEL_SEP = re.compile(r"[ \t]*(?::|[—–-](?=[ \t]))[ \t]*")
#: "quoted X as saying": the participle that tells the relayed person's words
_AS_SAYING = re.compile(r"\bas\s+(saying|telling)\b")
#: one lower-case word closing its clause: after "that", a demonstrative's noun ("that demand;")
_THAT_OBJECT = re.compile(r"[a-z]+\s*(?:[;.,!?]|$)")
#: a closing quotation mark, then one to four words (the subject) right before a verb:
#: '“A,” he continued', '“A,” the minister continued, “B”'
_QUOTE_BEFORE_SUBJECT = re.compile(r"[”\"»][ \t]*,?[ \t]*(?:[\w'’.-]+[ \t]+){1,4}$")
_NOR_WORDS = frozenset({"neither", "nor"})  # before a speaker: a negated list of speakers
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "being"})
_LABEL_QUOTE = re.compile(r"[^“\"«:;,.\n]{1,60}:[ \t]*(?=[“\"«])")
_SEMI_CLAUSE = re.compile(r";\s")
#: after a closed quotation that opens the words: a joiner and a pronoun subject, the writer's
#: own clause about the speaker ('"A," but he did not say when')
_NARRATOR_RESUMES = re.compile(r"\s*,?\s*(?:but|and|yet|though)\s+(?:he|she|they)\s+\w")
_FIRST_PERSON = re.compile(r"\b(?:i|we|our|us|my|me|ours)\b")
#: ("It was announced by X": "it" names a thing of the sentence before, the fall of a town or a
#: decision, not its words; "It was noted by X that A" says its words after "that")
_PASSIVE_LEAD = re.compile(r"(?:this|that|these|those|such\s+statements?)\s+(?:was|were|is|are|"
                           r"has\s+been|have\s+been|had\s+been)\s+(?:(?:also|later|then|first|"
                           r"officially|publicly|reportedly)\s+)?")
_AS_LEAD = re.compile(r"as\s+(?:was\s+)?")
_LEAD_STARTS = ("th", "su", "as")  # every match of _PASSIVE_LEAD or _AS_LEAD starts so
_IN_BY_AT = re.compile(r"\s+(?:in|by|at)\s+")
_DASH_LEAD = re.compile(r"[—–]\s*")
_RELATIVE_NEXT = re.compile(r"(?:who|whom|whose|which)\b")
_MID_LEAD = re.compile(r",\s+")  # where a words lead may stand inside its sentence
_PARENTHETICAL = re.compile(r"^\s*,[^,]{1,150},")
#: a bracketed aside of up to four words right after a speaker's name (see `_gap_ok`)
_NAME_ASIDE = re.compile(r"[ \t]*\(([^\W\d_][^()\d,;:]{0,58}?)\)")
_CONTRAST = re.compile(r",\s+(?:while|whereas)\s+")
#: a comma (and "and") right before a gapped attribution's speaker: "A, the latter that B"
_GAP_COMMA = re.compile(r",\s*(?:and\s+)?$")
_GAP_THAT = re.compile(r"\s+that\s")
# the verb of a contrast clause that is still reported speech: a modal backshifted after a
# past speech verb ("X said A, while Baku would have to recognise B")
_REPORTED_MODAL = re.compile(r"\s+(?:would|could|should|must|might|ought\s+to)\s+(?!say|tell|"
                             r"argue|insist|claim|reply|respond|object)")
# a complement of the speech verb, not a clause: "of <noun>" / "to <determiner or Name>"
_NO_CLAUSE = re.compile(r"[Oo]f\b|[Tt]o\s+(?:(?:the|a|an|this|these|those|his|her|its|their|"
                        r"our)\b|[A-Z])")
# the topic of a comment: "commenting on the remarks of X" says what was commented on
_ON_TOPIC = re.compile(r"(?:on|upon|about)\s+(?:(?:the|a|an|this|these|those|his|her|its|"
                       r"their|our)\b|[A-Z])")
_FRONTED_DATE_GAP = re.compile(r"\s*(?:in|on|at|by|early|late|later|last)?\s*,?\s*")
_CLAUSE_SIGN = re.compile(r"\bthat\b|[:“”\"«»]")
_RELATIVE_WORD = re.compile(r"\b(?:who|which|whose|whom)\b")
_DET_OR_NONE = re.compile(r"(?:the\s+)?")
#: a possessive closing the stretch before a titled speaker ("the ministry's spokesman X")
_POSS_END = re.compile(r"['’]s\s*$")
_AND_NEXT = re.compile(r"\s*,?\s+and\s+(?:also\s+)?")
# probe round 53: words after a closing attribution that open with "and" and a pronoun or a
# verb ("“A,” X said, and it called on Y to B"; "..., and urged Y"): the speaker's next act
_AND_VERB_AFTER_QUOTE = re.compile(r"and\s+(?:(?:he|she|it|they)\s+)?(?:also\s+)?[a-z]+ed\b")
# probe round 54: "“A,” X said, and (the Azerbaijani minister) Y replied that B": the joiner,
# the new subject's title words (capitalised, or "the"/"his"/"her"), and the gap before its verb
_JOINER_SUBJECT = re.compile(r"(?:and|but)\s+")
_COMMA_JOINER = re.compile(r",\s+(?=(?:and|but)\s)")
_TITLE_RUN = re.compile(r"(?:(?:the|his|her|its|their|[A-Z][\w'’.-]*|(?<=['’]s )[a-z]+)\s+)*")
_PAST_VERB = re.compile(r"[a-z]{2,}ed\b")
#: (probe round 55) a person's title words and name right before a speech verb, after "and" /
#: "but": up to four lower-case title words ("opposition deputy", "Armenian lawmaker"), then
#: one to three capitalised name words ("Hovik Aghazaryan"), then the verb
_NAMED_RUN_VERB = re.compile(r"(?:(?:the\s+)?(?:[A-Za-z][a-z-]+\s+){0,4}?)"
                             r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:(?:also|then|later|[a-z]+ly)\s+)?")
_VERB_GAP = re.compile(r"\s+(?:(?:also|then|later|[a-z]+ly)\s+)?")
#: round 56: a comma and a preposition before a closing occasion ("..., in a televised address")
_COMMA_OCC_PREP = re.compile(r",\s+(?:in|at|during|on|via|through)\s+(?:[a-z'’-]+\s+){0,3}$")
#: occasion labels that may be the words' own subject matter ("the leaders would meet again,
#: at a summit in Granada"): no cut before them
_EVENT_OCCASIONS = frozenset({"summit", "meeting"})
#: after that occasion: a named host or medium ("with Euronews", "to Al Arabiya"), if any
_OCC_TAIL = re.compile(r"(?:\s+(?:with|to|on|in)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?")
#: the preposition opening an occasion phrase that closes a reaction's object, up to the
#: occasion noun ("in a statement", "in a post on", "on his Telegram"): three words at most
_OCC_PREP = re.compile(r"[\s,]+(?:in|on|via|through)\s+(?:(?:a|an|the|his|her|its|their|"
                       r"written|official|separate|brief|short|new|own)\s+){0,3}$")
# a lower-case word right after a date, other than a function word: with a determiner before
# the date ("the 8 August summit"), the date names that noun's day, not the statement's
_NOUN_AFTER = re.compile(r" (?!(?:that|he|she|it|they|we|i|you|there|the|a|an|this|his|her|"
                         r"its|their|in|on|at|after|before|during|while|when|and|but|as|to|"
                         r"of|by|for|with|from|if|because|although|though|since|once)\b)"
                         r"[a-z]")
#: Where the agent of a document's participle ends ("in a statement released by the office of
#: the president, ..." / "... that ..."): the words, if any, start there.
_AGENT_END = re.compile(r"[,;:]|\s(?=(?:that|saying)\s)", re.IGNORECASE)
#: A name and nothing else ("the Route for Trade and Peace"): what "called" gives a thing a
#: name with, no characterisation of it.
# a first name and a surname right before a verb, an apposition or relative clause between
# commas allowed ("FIRST LAST, who heads the ministry, said"); see _Doc._stranger_speaks
_STRANGER_NAME = re.compile(r"(?<![\w'’.-])([A-Z][a-z][\w'’-]*) ([A-Z][a-z][\w'’-]*)"
                            r"(?:\s*,[^,.;:“”\"«»\n]{1,80},)?\s+$")
# after a closing quote mark: the sentence goes on with a lower-case word, as after a noun
_NAMED_BY_QUOTE = re.compile(r"[ \t]+[a-z]")
_NAME_ONLY = re.compile(r"\s*(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|to|in|on)\s+)*"
                        r"[A-Z][\w'’-]*)*[\s,.;]*")
# --- vocabulary ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Cues:
    """Statement vocabulary, compiled for matching against the lower-cased text."""

    participles: re.Pattern[str]     # -ing forms, to test a position (found by the scanner)
    passives: re.Pattern[str]        # past participles, matched after _PASSIVE_LEAD / _AS_LEAD
    frame: dict[str, str]            # normalised form -> frame
    needs_that: frozenset[str]       # forms that are also nouns: need "that", ":" or a quote
    needs_quote: frozenset[str]      # forms mostly of other verbs ("continued"): need a
    #                                  quotation right before their subject or after them
    needs_rebuttal: frozenset[str]   # forms that are also other verbs ("dismissed"): need
    #                                  "as" + a rebuttal word after them in their clause
    rebuttal: re.Pattern[str]        # matched right after such a form ("the claims as fake")
    gap_words: frozenset[str]
    hedge: re.Pattern[str]           # "is understood to have": a hedge before the verb
    heads: tuple[str, ...]           # heads allowed after a non-person speaker ("side")
    possessive_heads: tuple[str, ...]  # heads allowed after "'s" ("'s foreign ministry")
    person_heads: tuple[str, ...]    # heads allowed after a person's "'s" ("'s office")
    source_gap: frozenset[str]
    scanner: _Scanner                # occasions, refs, topics, relevance, off_topic
    occasion_rows: tuple[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None], ...]
    title_roles: tuple[tuple[str, re.Pattern[str]], ...]  # title words -> gazetteer role
    body_titles: frozenset[str]  # plural titles of bodies ("foreign ministries"): names matched
    ref_kinds: tuple[tuple[str, tuple[str, ...], re.Pattern[str] | None], ...]
    ref_lead_ends: tuple[tuple[str, ...], ...]  # per ref kind: the last words of its leads
    # (probe round 59) "the 61-year-old said": a person anaphor the one-pass scanner cannot
    # anchor (it opens with digits); its ref kind index and the regex, tried when the article
    # holds the age noun (`age_guard`)
    age_ref: int
    age_rx: re.Pattern[str]
    age_guard: tuple[str, ...]
    # ref kind, actor ids (groups), the words that must stand before (anaphors, groups)
    relay: re.Pattern[str]           # right after a speaker: a news outlet
    demonym_thing: re.Pattern[str]   # after "according to the Russian": a thing, no side
    byline: re.Pattern[str]          # an apposition after a name that makes it the author
    byline_after: re.Pattern[str]    # the same, a few words on ("writes Anna Hasanova, ...")
    continuation: re.Pattern[str]
    then_time: re.Pattern[str]       # "At the time, X said": the day of the event told before
    post_adverb: re.Pattern[str]     # "said later it was": an adverb after the verb, no words
    post_adverb_only: re.Pattern[str]  # "publicly again": such adverbs alone, in a row
    title_apposition: re.Pattern[str]  # ", assistant to the President,": a bare title apposition
    retraction: tuple[re.Pattern[str], ...]  # "An earlier version of this story said": withdrawn
    title_of: re.Pattern[str]        # "spokesperson of ": a bare title before its body and name
    title_lead: re.Pattern[str]      # ", the ministry's spokeswoman, ": a title before its name
    occasion_modifier: re.Pattern[str]  # "in a statement issued ...": the document's, no words
    document_by: re.Pattern[str]     # "a statement (issued) by the": a document's issuer follows
    document_gap: re.Pattern[str]    # "X issued a statement, which says": X speaks through it
    quote_apposition: re.Pattern[str]   # "“...”, a phrase coined in ...": the author's, no words
    verb_apposition: re.Pattern[str]    # "“...,” he said, a reference to ...": the author's
    disputed_apposition: re.Pattern[str]  # "A, a claim Yerevan disputes": the author's aside
    empty_words: re.Pattern[str]     # "X said nothing about ...": no utterance reported
    pro_words: re.Pattern[str]       # "X has said as much": words told before, none here
    pro_colon: re.Pattern[str]       # "said the opposite: A": A is the words
    floating: frozenset[str]         # "were both quoted": a word between auxiliary and verb
    day_part: re.Pattern[str]        # "on Sunday evening": a part of the day after a date
    unasserted: re.Pattern[str]      # "Claim: ..." at a line's start: a claim under examination
    question_label: re.Pattern[str]  # "Q: ..." opening a line (any line: multiline mode)
    answer_label: re.Pattern[str]    # "A: ..." at a line's start, with the space after it
    answer_named: re.Pattern[str]    # "Answer (Mirzoyan): ...": the label naming who answers
    interview_intro: re.Pattern[str]  # "spoke to our correspondent": an interview's introduction
    not_date: frozenset[str]
    date_modifier: frozenset[str]
    occasion_lead: frozenset[str]    # "at Friday's summit": a possessive date of an occasion
    occasion_noun: frozenset[str]
    conditional: frozenset[str]      # "If X says A, ...": a supposition before its speaker
    audience: re.Pattern[str]        # "told visiting diplomats": the people told, not the words
    room_reaction: re.Pattern[str]   # "..., to laughter from his benches": the room's, not words
    withheld: re.Pattern[str]   # "A, but did not elaborate": what the speaker kept back
    guests: re.Pattern[str]          # "welcomed 70 heads of state": people as a call verb's
    #                                  object (a greeting, as "X welcomed Y" is)
    call_particles: re.Pattern[str]  # "called off the talks": a phrasal verb, no words
    floor_cue: re.Pattern[str]       # "I now give the floor to ...": a verbatim record's turn
    act_objects: frozenset[str]      # "announced", "declared": a short noun object is an act
    answer_objects: frozenset[str]   # "answered": a bare noun object is who was answered
    request_fors: frozenset[str]     # "asked": "asked Y for Z" keeps the verb in the words
    told_nouns: frozenset[str]       # "repeated that demand": after "that", words told before
    plural_bodies: tuple[str, ...]   # "the co-chairs": one organisation's members, a "they"
    role_anaphors: frozenset[str]    # "the mediators": a role, no word of the body's name
    poss_title: re.Pattern[str]      # "'s aide" before a name the title is not part of
    closing_deed: re.Pattern[str]    # "X said A and thanked B": the speaker's next act ends A
    second_says: frozenset[str]      # "X warned that A and said B": after a that-clause, a
    #                                  plain "said" with no subject of its own is X's again
    noun_objects: frozenset[str]     # "expressed": its object is a noun phrase, so "and said"
    #                                  after it opens the words of a second verb
    reactions: frozenset[str]        # "welcomed", "condemned": with a bare object, the words
    #                                  keep the verb ("welcomed the deal", not "the deal")
    parties: frozenset[str]
    party_countries: frozenset[str]
    party_places: frozenset[str]
    topic_rows: tuple[tuple[str, re.Pattern[str] | None], ...]  # (topic, context pattern)
    # "In his words, A" / "As X put it, A": a lead opening a sentence, its speaker in group "s"
    words_leads: tuple[re.Pattern[str], ...]
    words_lead_starts: tuple[str, ...]  # the first words of those leads (a cheap test first)
    # the longest literal word of each lead ("words", "put"): every match of a lead holds
    # its one; None when a lead has no literal word (then no sentence can be ruled out)
    words_lead_keys: tuple[str, ...] | None
    possessive_refs: dict[str, str]     # "his" -> "singular": a possessive pronoun's ref kind
    new_matter: re.Pattern[str]      # "Meanwhile, ..." opening a sentence: another matter
    owned_topics: frozenset[str]     # "Syria's territorial integrity": not the conflict's
    any_war_topics: frozenset[str]   # "Ukraine was ready for a ceasefire": any war's
    sector_before: re.Pattern[str]   # "in the directions of Kalbajar and ": a front's sector


def _split(value: str | None) -> list[str]:
    return [f.strip() for f in (value or "").split("|") if f.strip()]


def _norm(form: str) -> str:
    return " ".join(form.lower().split())


def _lower_pattern(p: str) -> str:
    """Lower-case a regular expression without touching escapes (\\W stays \\W)."""
    out = []
    i = 0
    while i < len(p):
        if p[i] == "\\" and i + 1 < len(p):
            out.append(p[i:i + 2])
            i += 2
            continue
        out.append(p[i].lower())
        i += 1
    return "".join(out)


def _words_trie(words: list[str]) -> str:
    """A trie regex of `words` in lower case, where a space matches any run of white space."""
    return trie_regex((_SPACES.sub(" ", w.lower()) for w in words), spaces=True)


def _bounded(alts: str) -> str:
    return r"(?<![\w-])(?:" + alts + r")(?![\w-])"


def _literal_prefix(p: str) -> str:
    """The leading literal letters of a regex branch (stopping before a quantified letter)."""
    out = []
    for i, ch in enumerate(p):
        if not (ch.isalnum() or ch in "'’- "):
            break
        if i + 1 < len(p) and p[i + 1] in "?*{":
            break
        out.append(ch)
    return "".join(out)


def _group_end(p: str) -> int:
    """Index of the parenthesis that closes the group opening `p`."""
    depth = 0
    for k, ch in enumerate(p):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return k
    return len(p) - 1


def _anchors(branch: str, where: str) -> list[str]:
    """Literal word beginnings one of which every match of `branch` starts with. A branch
    must start with letters or with a group of literal alternatives; data files are written
    that way so that all cues can be found in one pass over the text."""
    b = branch
    while b.startswith(("(?<!", "(?<=")):  # a look-behind does not consume text
        b = b[_group_end(b) + 1:]
    if b.startswith("(?:"):
        k = _group_end(b)
        if k + 1 < len(b) and b[k + 1] in "?*{":
            raise ValueError(f"{where}: a pattern may not start with an optional group: {branch!r}")
        rest = _literal_prefix(b[k + 1:])
        alts = [_literal_prefix(x) + (rest if _literal_prefix(x) == x else "")
                for x in split_top(b[3:k])]
    else:
        alts = [_literal_prefix(b)]
    if not all(alts):
        raise ValueError(f"{where}: a pattern must start with letters: {branch!r}")
    return alts


_DateSpan = tuple[dt.date, str, int, int]  # a row's date: (date, precision, start, end)
_Verifier = tuple[str, re.Pattern[str], tuple[int, ...]]  # family, regex, label by group index

# Families only looked up inside the reported words and the sentences around them (topics and
# the relevance tests): their patterns are tried where one of their words begins only when a
# statement asks for that stretch of text (`_Deferred`), not over the whole article.
_DEFERRED = frozenset({"topic", "relevance", "off_topic"})


def _verify(low: str, p: int, vs: tuple[_Verifier, ...],
            into: dict[str, tuple[int, int, int]]) -> None:
    """Try the verifiers of a word beginning at `p`: per family, the longest match (the first
    of equally long ones) as (start, end, label)."""
    for family, rx, labels in vs:
        vm = rx.match(low, p)
        if vm is None:
            continue
        # each branch is one named group around the whole branch, so the last group to close
        # (`lastindex`) is the branch that matched
        e = vm.end()
        old = into.get(family)
        if old is None or e > old[1]:
            into[family] = (p, e, labels[vm.lastindex])


@dataclass(frozen=True)
class _Scanner:
    """All regex cues of the statement vocabulary, found in one pass: a trie of the literal
    word beginnings of every pattern, then each family's patterns tried where one begins."""

    trie: re.Pattern[str]
    # matched beginning -> the verifiers of every anchor it starts with (shortest anchor
    # first, families sorted), split into (families tried at once, `_DEFERRED` families)
    table: dict[str, tuple[tuple[_Verifier, ...], tuple[_Verifier, ...]]]

    def scan(self, low: str) -> tuple[dict[str, list[tuple[int, int, int]]], _Deferred]:
        """family -> sorted [(start, end, label index)] of `low` (lower-cased text), for all
        but the `_DEFERRED` families; those are left to be tried on demand."""
        # Trie matches come in order of start, one per word beginning (the trie looks ahead
        # without consuming, so a several-word anchor, "the media", does not hide a word
        # beginning inside it, "mediation"), so each family's hits are appended in order of
        # start: a list (with the last entry replaced when a longer verifier of the same
        # family matches at the same start) is already the sorted list of the per-start
        # longest matches.
        hits: dict[str, list[tuple[int, int, int]]] = {}
        table = self.table
        later_pos: list[int] = []
        later_vs: list[tuple[_Verifier, ...]] = []
        for m in self.trie.finditer(low):
            key = m.group(1)
            vs = table.get(key)
            if vs is None:  # a multi-word beginning with other white space than one space
                vs = table[_SPACES.sub(" ", key)]
            p = m.start()
            now, later = vs
            for family, rx, labels in now:  # (as `_verify`, inlined: this loop is hot)
                vm = rx.match(low, p)
                if vm is None:
                    continue
                e = vm.end()
                fam = hits.get(family)
                if fam is None:
                    hits[family] = [(p, e, labels[vm.lastindex])]
                elif fam[-1][0] != p:
                    fam.append((p, e, labels[vm.lastindex]))
                elif e > fam[-1][1]:
                    fam[-1] = (p, e, labels[vm.lastindex])
            if later:
                later_pos.append(p)
                later_vs.append(later)
        return hits, _Deferred(low, later_pos, later_vs)


class _Deferred:
    """Matches of the `_DEFERRED` families, verified where first asked for: the same matches
    as trying them during the scan (a verification depends only on the text and the start),
    in the same order (by start; the trie gives one match per word beginning)."""

    def __init__(self, low: str, starts: list[int], vs: list[tuple[_Verifier, ...]]) -> None:
        self.low = low
        self.starts = starts
        self.vs = vs
        self.got: list[dict[str, tuple[int, int, int]] | None] = [None] * len(starts)

    def _verified(self, lo: int, hi: int) -> Iterator[dict[str, tuple[int, int, int]]]:
        """The verified matches (family -> match) of each position in [lo, hi), in order,
        verifying a position the first time it is asked for."""
        got = self.got
        for i in range(bisect.bisect_left(self.starts, lo), len(self.starts)):
            if self.starts[i] >= hi:
                return
            g = got[i]
            if g is None:
                g = got[i] = {}
                _verify(self.low, self.starts[i], self.vs[i], g)
            yield g

    def hits(self, family: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
        """The family's matches (start, end, label) starting in [lo, hi), by start."""
        return [h for g in self._verified(lo, hi) if (h := g.get(family)) is not None]

    def any_in(self, family: str, lo: int, hi: int) -> bool:
        """True when the family has a match starting in [lo, hi)."""
        return any(family in g for g in self._verified(lo, hi))


def _literal_patterns(forms: list[str]) -> list[str]:
    """Word forms as patterns for the scanner, longest first (so "called on" wins over
    "called"); a space matches any white space."""
    uniq = sorted({_norm(f) for f in forms}, key=lambda f: (-len(f), f))
    return [re.escape(f).replace(r"\ ", r"\s+") for f in uniq]


def _scanner(families: dict[str, list[str]]) -> _Scanner:
    """Build the one-pass scanner for `families` (name -> patterns; a match reports the
    pattern's index in its family's list)."""
    by_anchor: dict[str, dict[str, list[tuple[str, int]]]] = {}
    for family, patterns in families.items():
        for label, pattern in enumerate(patterns):
            for branch in split_top(_lower_pattern(pattern)):
                for anchor in _anchors(branch, f"{family} pattern {pattern!r}"):
                    by_anchor.setdefault(anchor, {}).setdefault(family, []).append(
                        (branch, label))
    verifiers = {}
    for anchor, fams in by_anchor.items():
        vs = []
        for family in sorted(fams):
            branches = fams[family]
            rx = re.compile("|".join(rf"(?P<g{i}>(?:{b})(?![\w-]))"
                                     for i, (b, _) in enumerate(branches)))
            labels = [-1] * (rx.groups + 1)
            for name, gi in rx.groupindex.items():
                labels[gi] = branches[int(name[1:])][1]
            vs.append((family, rx, tuple(labels)))
        verifiers[anchor] = tuple(vs)
    anchors = sorted(by_anchor)
    known = set(anchors)
    # the trie returns the longest anchor at a position: map every string it can return to
    # the verifiers of every anchor it starts with
    table = {}
    for a in anchors:
        vs = [v for k in range(1, len(a) + 1) if a[:k] in known for v in verifiers[a[:k]]]
        table[a] = (tuple(v for v in vs if v[0] not in _DEFERRED),
                    tuple(v for v in vs if v[0] in _DEFERRED))
    trie = re.compile(r"(?<![\w-])(?=(" + _words_trie(anchors) + "))")
    return _Scanner(trie, table)


def _lead_keys(leads: list[str]) -> tuple[str, ...] | None:
    """The longest literal word of each words lead ("in {speaker} words" -> "words"). `lead_rx`
    matches each white-space separated word around "{speaker}" literally, so every match of a
    lead holds its key; None when a lead is "{speaker}" alone."""
    keys = {max((x for part in w.split("{speaker}", 1) for x in part.split()), key=len,
                default="") for w in leads}
    return None if "" in keys else tuple(sorted(keys))


@lru_cache(maxsize=1)
def cues() -> _Cues:
    """All statement vocabulary, read and compiled once per process."""
    for name in ("speech_verbs.csv", "statement_cues.csv", "topics.csv", "occasions.csv"):
        for row in read_table(name):
            if None in row:
                raise ValueError(f"{name}: a row has more fields than the header (quote "
                                 f"patterns that contain commas): {row}")
    frame: dict[str, str] = {}
    needs_that: set[str] = set()
    needs_rebuttal: set[str] = set()
    needs_quote: set[str] = set()
    finite: list[str] = []
    denials: list[str] = []
    participles: list[str] = []
    passives: list[str] = []
    for row in read_table("speech_verbs.csv"):
        fr = row["frame"].strip()
        for f in _split(row.get("finite")):
            if f.endswith("*"):
                f = f[:-1]
                needs_that.add(_norm(f))
            elif f.endswith("~"):
                f = f[:-1]
                needs_rebuttal.add(_norm(f))
            elif f.endswith("^"):
                f = f[:-1]
                needs_quote.add(_norm(f))
            finite.append(f)
            frame[_norm(f)] = fr
            if fr == "deny":
                denials.append(f)
        for f in _split(row.get("participle")):
            participles.append(f)
            frame.setdefault(_norm(f), fr)
        passives.extend(_split(row.get("passive")))
    by_kind: dict[str, list[tuple[str, str]]] = {}
    for row in read_table("statement_cues.csv"):
        by_kind.setdefault(row["kind"].strip(), []).append(
            ((row.get("pattern") or "").strip(), (row.get("value") or "").strip()))

    def words(kind: str) -> list[str]:
        return [w.lower() for p, _ in by_kind.get(kind, []) for w in _split(p)]

    def pattern(kind: str) -> re.Pattern[str]:
        ps = [p for p, _ in by_kind.get(kind, []) if p]
        return re.compile(_bounded(_lower_pattern("|".join(ps)))) if ps else \
            re.compile(r"(?!x)x")

    def word_set(kind: str) -> frozenset[str]:
        return frozenset(t for w in words(kind) for t in w.split())

    def heads(value: str) -> tuple[str, ...]:
        hs = {w.lower() for p, v in by_kind.get("head", []) if v == value for w in _split(p)}
        return tuple(sorted(hs, key=lambda w: (-len(w), w)))

    occ_patterns: list[str] = []
    occ_rows: list[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None]] = []
    for row in read_table("occasions.csv"):
        before, after = (row.get("before") or "").strip(), (row.get("after") or "").strip()
        occ_patterns.append(row["pattern"].strip())
        occ_rows.append((row["label"].strip(),
                         re.compile(r"(?<![\w-])(?:" + _lower_pattern(before) + r")\s+$")
                         if before else None,
                         re.compile(r"\s+(?:" + _lower_pattern(after) + r")(?![\w-])")
                         if after else None))

    def lead(kind: str) -> re.Pattern[str]:
        return re.compile(r"(?<![\w-])(?:" + "|".join(
            re.escape(w).replace(r"\ ", r"\s+") for w in words(kind)) + r")\s+$")

    def lead_ends(kind: str) -> tuple[str, ...]:
        return tuple(sorted({w.split()[-1] for w in words(kind)}))

    refs: list[str] = []
    ref_kinds: list[tuple[str, tuple[str, ...], re.Pattern[str] | None]] = []
    for kind in ("group", "group_title", "anaphor", "plural", "singular", "neuter"):
        for p, v in by_kind.get(kind, []):
            refs.append(p)
            if kind == "group":
                ref_kinds.append(("group", tuple(sorted(x for x in v.split(";") if x)),
                                  lead("group_lead")))
            elif kind == "group_title":
                # (a number may lead a title, "the three leaders", not a group noun: "the three
                # countries" are not the two parties the group stands for)
                ref_kinds.append(("group_title", (), lead("title_lead")))
            elif kind == "anaphor":
                ref_kinds.append(("anaphor:" + v, (), lead("anaphor_lead")))
            else:
                ref_kinds.append((kind, (), None))
    age_ref = len(ref_kinds)
    ref_kinds.append(("anaphor:person", (), None))
    age_nouns = [w for w in words("age_anaphor") if w]
    title_roles = tuple((_norm(w), re.compile(v, re.IGNORECASE))
                        for p, v in by_kind.get("title_role", []) for w in _split(p))
    topic_patterns: list[str] = []
    topic_rows: list[tuple[str, re.Pattern[str] | None]] = []
    for row in read_table("topics.csv"):
        t = row["topic"].strip()
        if t not in TOPICS:
            raise ValueError(f"topics.csv: {t!r} is not a codebook topic")
        ctx = (row.get("context") or "").strip()
        topic_patterns.append(row["pattern"].strip())
        topic_rows.append((t, re.compile(_bounded(_lower_pattern(ctx))) if ctx else None))
    relay = "|".join(p for p, _ in by_kind.get("relay", []))
    leads = [w for w in words("words_lead") if "{speaker}" in w]

    def lead_rx(w: str) -> re.Pattern[str]:
        before, after = (r"\s+".join(map(re.escape, x.split()))
                         for x in w.split("{speaker}", 1))
        return re.compile((before + r"\s+" if before else "") +
                          r"(?P<s>[^,.;:!?“”\"«»\n]{1,60}?)" +
                          (r"\s+" + after if after else "") +
                          # "As X put it in 2021, A", "... in a speech last year, A": when or
                          # where the lead's words were said, before its comma
                          r"(?:\s+(?:in|on|at|during|last|back\s+in)\s[^,.;:!?“”\"«»\n]{1,40}?)?"
                          r"\s*,\s*")

    words_leads = tuple(lead_rx(w) for w in leads)
    byline = "|".join(p for p, _ in by_kind.get("byline", []))
    # the alternatives of "A:" / "Answer (X):" labels, for both patterns
    answers = _lower_pattern("|".join(p for p, _ in by_kind.get("answer_label", []) if p))
    return _Cues(
        participles=re.compile(r"(?<![\w-])(?:" + _words_trie(participles) + r")(?![\w-])"),
        passives=re.compile(r"(?:" + _words_trie(passives) + r")(?![\w-])"),
        frame=frame,
        needs_that=frozenset(needs_that),
        needs_quote=frozenset(needs_quote),
        needs_rebuttal=frozenset(needs_rebuttal),
        # "dismissed (the reports about A) as (pure) disinformation": within its clause, "as",
        # up to two words, then a word of the `rebuttal` cues
        rebuttal=re.compile(r"[^.;:!?“”\"«»„]{0,160}?\bas\s+(?:[\w'’-]+\s+){0,2}?(?:" +
                            _lower_pattern("|".join(p for p, _ in by_kind.get("rebuttal", [])
                                                    if p)) + r")(?![\w-])")
        if by_kind.get("rebuttal") else re.compile(r"(?!x)x"),
        gap_words=word_set("gap"),
        hedge=re.compile(r"(?<![\w-])(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("hedge", []) if p)) + r")\s+to\s+have(?![\w-])")
        if by_kind.get("hedge") else re.compile(r"(?!x)x"),
        heads=heads(""),
        possessive_heads=heads("possessive"),
        person_heads=heads("person"),
        source_gap=word_set("source_gap"),
        scanner=_scanner({
            "verb": _literal_patterns(finite), "participle": _literal_patterns(participles),
            "occasion": occ_patterns, "ref": refs, "topic": topic_patterns,
            "relevance": [p for p, _ in by_kind.get("relevance", [])],
            "off_topic": [p for p, _ in by_kind.get("off_topic", [])]}),
        occasion_rows=tuple(occ_rows),
        title_roles=title_roles,
        body_titles=frozenset(_norm(w) for p, _ in by_kind.get("body_title", [])
                              for w in _split(p)),
        ref_kinds=tuple(ref_kinds),
        ref_lead_ends=tuple(lead_ends("group_lead") if k[0] == "group"
                            else lead_ends("title_lead") if k[0] == "group_title"
                            else lead_ends("anaphor_lead") if k[0].startswith("anaphor:")
                            else () for k in ref_kinds),
        age_ref=age_ref,
        age_rx=re.compile(r"(?<![\w-])the\s+\d{1,3}[-\s](?:" + "|".join(
            re.escape(w).replace(r"\ ", r"[-\s]") for w in age_nouns) + r")(?![\w-])")
        if age_nouns else re.compile(r"(?!x)x"),
        age_guard=tuple(sorted({w.split()[0].split("-")[0] for w in age_nouns})),
        relay=re.compile(r"\s*(?:" + _lower_pattern(relay) + r")(?![\w-])"),
        demonym_thing=re.compile(r"\s+(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("demonym_thing", []) if p)) + r")(?![\w-])")
        if by_kind.get("demonym_thing") else re.compile(r"(?!x)x"),
        byline=re.compile(r"\s*,\s*(?:[^,.;]{0,60}\s)?(?:" + _lower_pattern(byline) +
                          r")(?![\w-])"),
        byline_after=re.compile(r"[^,.;]{0,40},\s*(?:[^,.;]{0,60}\s)?(?:" +
                                _lower_pattern(byline) + r")(?![\w-])"),
        continuation=pattern("continuation"),
        then_time=pattern("then_time"),
        # (probe round 44: a chain of titles, each after its comma, as agencies give an
        # official's posts: "X, Assistant to the President of Y, Head of the Foreign Policy
        # Affairs Department of the Presidential Administration, said")
        title_apposition=re.compile(r"(?:,\s*(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("apposition_title", []) if p)) +
            r")\s+(?:to|for|of|at)\s+[^,.;:!?“”\"]{1,80}){1,3},\s*$")
        if by_kind.get("apposition_title") else re.compile(r"(?!x)x"),
        retraction=tuple(re.compile(_lower_pattern(p) + r"(?![\w-])")
                         for p, _ in by_kind.get("retraction", []) if p),
        title_of=re.compile(r"[\s,—–-]*(?:the\s+)?(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("apposition_title", []) if p)) + r")\s+(?:of|to|for|at)\s+")
        if by_kind.get("apposition_title") else re.compile(r"(?!x)x"),
        poss_title=re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("apposition_title", []) if p)) + r")\s*$")
        if by_kind.get("apposition_title") else re.compile(r"(?!x)x"),
        title_lead=re.compile(r"[\s,—–-]*(?:the|his|her|its|their|[a-z][\w-]*['’]s)\s+"
                              r"(?:[a-z][\w'’-]*\s+){0,3}?(?:" + _lower_pattern("|".join(
                                  p for p, _ in by_kind.get("apposition_title", []) if p)) +
                              r")\s*,\s*")
        if by_kind.get("apposition_title") else re.compile(r"(?!x)x"),
        post_adverb=re.compile(r"(?:\s*,\s*)?(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("post_adverb", []) if p)) + r")(?:\s*:|\s*,?\s+(?=(?:that|"
            r"it|they|he|she|we|there|this|these|those)\b|"
            # ("said afterwards the talks had been frank": "the" opens the clause, but not in
            # "said later the same day that", where it continues the adverb)
            r"the\s(?!(?:same|next|following|previous|very)\b)|"
            # ("replied weeks later at a forum in Sochi that": a phrase of the occasion or
            # place, skipped next, may stand between the adverb and "that")
            r"(?:at|in|on|during)\s[^.;:,“”\"«]{1,60}?\bthat\b))") if by_kind.get("post_adverb")
        else re.compile(r"(?!x)x"),
        post_adverb_only=re.compile(r"(?:\s*,?\s*(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("post_adverb", []) if p)) + r")(?![\w-]))+[\s.,;!?]*")
        if by_kind.get("post_adverb") else re.compile(r"(?!x)x"),
        document_gap=re.compile(_lower_pattern("|".join(
            p for p, _ in by_kind.get("document_gap", []) if p)) or r"(?!x)x"),
        occasion_modifier=re.compile(r"\s+(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("occasion_modifier", []) if p)) + r")(?![\w-])")
        if by_kind.get("occasion_modifier") else re.compile(r"(?!x)x"),
        # "A statement (released) by X said", "The statement, issued by X on Monday, said": a
        # document (an `anaphor` of any speaker) with its issuer after "by"/"from"
        document_by=re.compile(r"(?<![\w-])(?:the|a|an)\s+(?:[a-z-]+\s+)?(?:" + _lower_pattern(
            "|".join(p for p, v in by_kind.get("anaphor", []) if v == "any" and p))
            + r")\s*,?\s+(?:(?:" + _lower_pattern("|".join(
                p for p, _ in by_kind.get("occasion_modifier", []) if p))
            + r")\s+)?(?:by|from)\s+(?:the\s+)?$")
        if by_kind.get("occasion_modifier") else re.compile(r"(?!x)x"),
        empty_words=re.compile(r"(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("empty_words", []) if p)) + r")\s*(?:$|[.,;]|(?:about|on|"
            r"of|regarding|concerning|further|publicly|else|more)\b)")
        if by_kind.get("empty_words") else re.compile(r"(?!x)x"),
        floating=word_set("floating_word"),
        pro_words=re.compile(r"(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("pro_words", []) if p)) + r")(?![\w-])(?!\s+as\b)")
        if by_kind.get("pro_words") else re.compile(r"(?!x)x"),
        pro_colon=re.compile(r"(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("pro_colon", []) if p)) + r")\s*:\s*(?:that\s+)?")
        if by_kind.get("pro_colon") else re.compile(r"(?!x)x"),
        quote_apposition=re.compile(r"[”\"»’],\s+(?:a|an)\s+(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("quote_apposition", []) if p)) + r")(?![\w-])")
        if by_kind.get("quote_apposition") else re.compile(r"(?!x)x"),
        # "“...,” he said, a reference to the Soviet-era borders": the same nouns right after
        # the speech verb's comma gloss the quotation before it (the author's, no words)
        verb_apposition=re.compile(r"(?:a|an)\s+(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("quote_apposition", []) if p)) + r")\s+(?:to|of)\b")
        if by_kind.get("quote_apposition") else re.compile(r"(?!x)x"),
        # "A, a claim (that) Yerevan disputes": after the words, a noun naming them and, within
        # five words, a verb of denial: the writer's note of another side's view, no words
        disputed_apposition=re.compile(r",\s+(?:a|an)\s+(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("disputed_apposition", []) if p)) +
            r")\s+(?:[\w'’.-]+\s+){1,5}?(?:" + _words_trie(denials + words("dispute_verb")) +
            r")(?![\w-])")
        if by_kind.get("disputed_apposition") else re.compile(r"(?!x)x"),
        day_part=re.compile(r"\s+(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("day_part", []) if p)) + r")(?![\w-])")
        if by_kind.get("day_part") else re.compile(r"(?!x)x"),
        unasserted=re.compile(r"[ \t]*(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("unasserted_label", []) if p)) + r")[ \t]*:")
        if by_kind.get("unasserted_label") else re.compile(r"(?!x)x"),
        question_label=re.compile(r"^[ \t]*(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("question_label", []) if p)) + r")[ \t]*:", re.MULTILINE)
        if by_kind.get("question_label") else re.compile(r"(?!x)x"),
        interview_intro=pattern("interview_intro"),
        floor_cue=pattern("floor_cue"),
        answer_label=re.compile(r"(?:" + answers + r")[ \t]*:[ \t]+(?=\S)")
        if by_kind.get("answer_label") else re.compile(r"(?!x)x"),
        answer_named=re.compile(r"(?:" + answers +
                                r")[ \t]*\([ \t]*(?P<n>[^()\n:]{1,40}?)[ \t]*\)[ \t]*:[ \t]+(?=\S)")
        if by_kind.get("answer_label") else re.compile(r"(?!x)x"),
        not_date=frozenset(words("not_date")),
        date_modifier=frozenset(words("date_modifier")),
        occasion_lead=frozenset(words("occasion_lead")),
        occasion_noun=frozenset(words("occasion_noun")),
        conditional=frozenset(words("conditional")),
        act_objects=frozenset(_norm(w) for w in words("act_object")),
        answer_objects=frozenset(_norm(w) for w in words("answer_object")),
        request_fors=frozenset(_norm(w) for w in words("request_for")),
        told_nouns=frozenset(words("told_noun")),
        second_says=frozenset(_norm(w) for w in words("second_say")),
        closing_deed=re.compile(r"\s*,?\s+and\s+(?:also\s+)?(?:" +
                                _words_trie(words("closing_deed")) + r")(?![\w-])")
        if by_kind.get("closing_deed") else re.compile(r"(?!x)x"),
        plural_bodies=tuple(words("plural_body")),
        role_anaphors=frozenset(words("role_anaphor")),
        noun_objects=frozenset(_norm(w) for w in words("noun_object")),
        reactions=frozenset(_norm(w) for w in words("reaction")),
        # (no preposition before the noun: "welcomed the talks between ministers" is no greeting)
        # "told (visiting | a group of) diplomats ": up to three words before the noun
        audience=re.compile(r"(?:[\w'’-]+\s+){0,3}?(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("audience", []) if p)) + r")\s+")
        if by_kind.get("audience") else re.compile(r"(?!x)x"),
        room_reaction=re.compile(r"[”\"»’]?\s*,\s*(?:to|amid|drawing)\s+(?:[\w'’-]+\s+){0,2}?(?:"
                                 + _lower_pattern("|".join(p for p, _ in
                                                           by_kind.get("room_reaction", []) if p))
                                 + r")(?![\w'’-])[^,.;:“”\"«»]{0,60}$")
        if by_kind.get("room_reaction") else re.compile(r"(?!x)x"),
        # "..., but declined to elaborate": a second predicate with no subject of its own,
        # telling what the speaker did not say (the writer's, not words)
        withheld=re.compile(r"[”\"»’]?\s*,?\s+(?:but|and|yet)\s+(?:(?:then|later|again)\s+)?(?:"
                            + _lower_pattern("|".join(p for p, _ in
                                                      by_kind.get("withheld", []) if p))
                            + r")(?![\w'’-])")
        if by_kind.get("withheld") else re.compile(r"(?!x)x"),
        guests=re.compile(r"(?:(?!(?:of|between|by|with|from|for|to|among|on|in|at|and|"
                          r"that)\s)[\w-]+\s+){0,4}?(?:" + _lower_pattern("|".join(
            p for p, _ in by_kind.get("guest", []) if p)) + r")(?![\w'’-])")
        if by_kind.get("guest") else re.compile(r"(?!x)x"),
        call_particles=pattern("call_particle"),
        parties=frozenset(words("party")),
        party_countries=frozenset(w.upper() for w in words("party_country")),
        party_places=frozenset(words("party_place")),
        topic_rows=tuple(topic_rows),
        words_leads=words_leads,
        words_lead_starts=tuple(sorted({w.split()[0] + " " for w in leads})),
        words_lead_keys=_lead_keys(leads),
        possessive_refs={w: v for p, v in by_kind.get("possessive_ref", []) for w in _split(p)},
        new_matter=re.compile(r"[\s\W]*?(?:" + "|".join(
            re.escape(w).replace(r"\ ", r"\s+") for w in words("new_matter")) + r")(?![\w-])"),
        owned_topics=frozenset(words("owned_topic")),
        any_war_topics=frozenset(words("any_war_topic")),
        # "in the directions of Dashkesen, Kalbajar and Lachin": a name in a list after a
        # sector noun and "of" names a sector of the front, not what a topic cue means
        sector_before=re.compile(r"(?<![\w-])(?i:" + "|".join(
            re.escape(w).replace(r"\ ", r"\s+") for w in words("sector_lead")) +
            r")\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+(?:and\s+)?){0,4}$")
        if words("sector_lead") else re.compile(r"(?!x)x"),
    )


# --- data types ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: `open` is the opening mark, [start, end) the words, `close` the offset after
    the closing mark (== end when the mark is missing)."""

    open: int
    start: int
    end: int
    close: int
    closed: bool


@dataclass(slots=True)
class _Cand:
    """A possible speaker: an actor mention, or a phrase standing for one or several actors
    (`ref`: "" for a mention, else group / anaphor:<kind> / plural / singular). Never changed
    once made (not frozen only because a frozen dataclass is several times slower to build)."""

    start: int
    end: int
    text: str
    ids: tuple[str, ...]
    ref: str = ""
    person: bool = False
    location: bool = False     # the mention resolver read it as a place, not an agent
    qualifier: bool = False    # a demonym ("Azerbaijani"), which may qualify a following noun
    state: str = ""            # an anaphor's demonym: "the Iranian minister" (Iran's person)


@dataclass
class _Attr:
    """One attribution found in a sentence."""

    sent: int
    trig: tuple[int, int]
    speakers: list[_Cand]
    start: int                 # reported words [start, end); start == end: not yet known
    end: int
    shape: str                 # forward | backward | according | passive | participle | quote
    #                            | transcript (a labelled line of an interview: verbatim words)
    #                            | empty (no words: "said nothing", "said the same")
    frame: str = "say"
    occasion: tuple[str, int, int] | None = None
    ids: tuple[str, ...] = ()  # resolved speaker ids, parallel to speaker_spans
    speaker_spans: list[tuple[int, int, str]] = field(default_factory=list)
    continues: bool = False    # the speaker was carried from the statement before
    coord: int = -1            # "X said A but demanded B": where "but" stands (B's row only)
    readout: int = -1          # "P told Y that A, the Kremlin said": where the body's closing
    #                            attribution starts (P's occasion is sought before it only)


# --- quotations ----------------------------------------------------------------------------------
def find_quotes(text: str) -> list[Quote]:
    """Pair quote marks paragraph by paragraph: curly double quotes and guillemets, straight
    double quotes (opening only after white space, a bracket or a dash) and curly single quotes
    (‘...’, British style; a ’ followed by a letter is an apostrophe) and low-9 marks („...“ or
    „...”, German, Polish or Russian style; also typed as two commas, ",,...''", closed by two
    apostrophes or a double quote mark). Marks of another kind
    inside an open quotation are nested and ignored; a stray closing mark is ignored; a
    quotation left open runs to the end of its paragraph (for the last paragraph: to the end of
    the text), unless a later paragraph, with no quote mark in the paragraphs between, starts
    with words closed by a stray mark of the same kind: then the quotation runs over all of
    them to that mark (the style of translated copy, which opens a quotation of several
    paragraphs once and closes it once)."""
    out: list[Quote] = []
    open_at: int | None = None
    kind = ""
    nested_low = False
    n = len(text)
    # a quotation left open at a paragraph's end: (index in `out`, its kind, line breaks
    # since), until a mark is seen or too many paragraphs pass
    dangling: tuple[int, str, int] | None = None

    olen = 1  # characters of the open quotation's opening mark

    def close_open(end: int) -> None:
        e = _rstrip(text, open_at + olen, end)
        out.append(Quote(open_at, open_at + olen, e, e, False))

    def resume(i: int, k: str) -> bool:
        """Close the dangling quotation of kind `k` at the stray closing mark at `i`."""
        nonlocal dangling
        if dangling is None or dangling[1] != k:
            dangling = None
            return False
        q = out[dangling[0]]
        out[dangling[0]] = Quote(q.open, q.start, i, i + 1, True)
        dangling = None
        return True

    for m in _QUOTE_MARKS.finditer(text):
        i = m.start()
        ch = text[i]
        if ch in ",'":  # ",," opens a quotation of its own kind, closed by '', " or “ ”
            if ch == "," and open_at is None:
                open_at, kind, olen = i, "commas", 2
                dangling = None
            elif ch == "'" and open_at is not None and kind == "commas":
                out.append(Quote(open_at, open_at + 2, i, i + 2, True))
                open_at, olen = None, 1
        elif open_at is not None and kind == "commas":
            if ch in '"“”':
                out.append(Quote(open_at, open_at + 2, i, i + 1, True))
                open_at, olen = None, 1
            elif ch == "\n":
                close_open(i)
                open_at, olen = None, 1
        elif ch == "\n":
            if open_at is not None:
                close_open(i)
                if kind in ("straight", "curly"):
                    dangling = (len(out) - 1, kind, 0)
                open_at = None
            elif dangling is not None:
                dangling = (dangling[0], dangling[1], dangling[2] + 1)
                if dangling[2] > _RESUME_BREAKS:
                    dangling = None
            nested_low = False
        elif ch == '"':
            if open_at is not None and kind == "straight":
                out.append(Quote(open_at, open_at + 1, i, i + 1, True))
                open_at = None
            elif open_at is None and (i == 0 or text[i - 1].isspace()
                                      or text[i - 1] in "([{—–-/"):
                open_at, kind = i, "straight"
                dangling = None
            elif open_at is None:
                resume(i, "straight")
        elif ch == "‘":
            if open_at is None and (i == 0 or not text[i - 1].isalnum()):
                open_at, kind = i, "single"
        elif ch == "’":
            if open_at is not None and kind == "single" and \
                    (i + 1 >= n or not text[i + 1].isalpha()):
                out.append(Quote(open_at, open_at + 1, i, i + 1, True))
                open_at = None
        elif ch == "„":   # low-9 mark (German, Polish, Russian copy): closed by “ or ”
            if open_at is None or kind == "low":
                if open_at is not None:
                    close_open(i)
                open_at, kind = i, "low"
            elif kind == "curly":          # «... „...“ ...»: nested, and so is its “
                nested_low = True
        elif open_at is not None and kind == "low":
            if ch in "“”":
                out.append(Quote(open_at, open_at + 1, i, i + 1, True))
                open_at = None
        elif nested_low and ch in "“”":
            nested_low = False
        elif ch in _OPEN_CURLY:
            if open_at is not None and kind == "curly":
                close_open(i)
            if open_at is None or kind == "curly":
                open_at, kind = i, "curly"
                dangling = None
        elif open_at is not None and kind == "curly":
            out.append(Quote(open_at, open_at + 1, i, i + 1, True))
            open_at = None
            nested_low = False
        elif open_at is None and ch in "”»":
            resume(i, "curly")
    if open_at is not None:
        close_open(n)
    return sorted(out, key=lambda q: q.open)


def _attributive(d: _Doc, dm: DateMention) -> bool:
    """Whether a date opening with a determiner modifies the noun after it ("the 8 August
    summit", "a 2021 statement"): that thing's date, and part of the words after a verb."""
    return dm.text[:1].isalpha() and _NOUN_AFTER.match(d.text, dm.end) is not None and \
        (_words(dm.text)[:1] or [""])[0].lower() in d.c.date_modifier


#: a first-person subject right before a speech verb ("We call on", "I strongly urge")
_FIRST_PERSON_BEFORE = re.compile(r"(?<![\w’'-])(?:[Ww]e|I)\s+(?:[a-z]+ly\s+)?$")


def _no_attribution_inside(text: str, quotes: list[Quote], verb_starts: list[int]
                           ) -> list[Quote]:
    """Undo a quotation that `find_quotes` ran on over paragraphs to a stray closing mark when
    a speech verb stands inside it ("Aliyev said that ..."): that is the writer's reported
    speech, and the two marks were an unclosed quotation and another one's stray end, not one
    quotation opened once and closed once. It then ends with its first paragraph, as an
    unclosed quotation does."""
    out = quotes
    for i, q in enumerate(quotes):
        if not q.closed:
            continue
        br = text.find("\n", q.start, q.end)
        if br < 0:
            continue
        k = bisect.bisect_left(verb_starts, q.start)
        while k < len(verb_starts) and verb_starts[k] < q.end and _FIRST_PERSON_BEFORE.search(
                text, max(q.start, verb_starts[k] - 24), verb_starts[k]):
            k += 1  # "We call on ...": the quoted speaker's own voice, not the writer's report
        if k < len(verb_starts) and verb_starts[k] < q.end:
            if out is quotes:
                out = list(quotes)
            e = _rstrip(text, q.start, br)
            out[i] = Quote(q.open, q.start, e, e, False)
    return out


def _rstrip(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


# --- small helpers -------------------------------------------------------------------------------
def _clause_comma(text: str, lo: int, hi: int) -> int:
    """The first comma in text[lo:hi] that is punctuation, not a digit group's separator
    ("1,000", "21,043"); -1 if none."""
    i = text.find(",", lo, hi)
    while i >= 0 and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
        i = text.find(",", i + 1, hi)
    return i


def _words(s: str) -> list[str]:
    return _WORD.findall(s.lower())


def _has_words(s: str) -> bool:
    """Reported words worth a row: two words or more, or one that is not a filler ("urged
    restraint", not "said so")."""
    ws = s.split()
    return len(ws) >= 2 or (len(ws) == 1 and ws[0].strip(".,;:!?").lower() not in _FILLERS
                            and any(ch.isalpha() for ch in ws[0]))


def _has_letters(s: str) -> bool:
    """Whether `s` holds a letter: a lead-in of digits and dashes only ("18:40 —", a live
    blog's time stamp) opens the sentence like nothing at all."""
    return any(ch.isalpha() for ch in s)


def _nwords(s: str) -> int:
    """The number of white-space separated words (a cheap count for length thresholds)."""
    return len(s.split())


def _word_start(text: str, lo: int, pos: int) -> int:
    """Where the last word before `pos` (after white space) starts, not before `lo`."""
    k = pos
    while k > lo and text[k - 1].isspace():
        k -= 1
    while k > lo and (text[k - 1].isalnum() or text[k - 1] in "-'’"):
        k -= 1
    return k


def _prev_word(text: str, lo: int, pos: int) -> str:
    """The last word of text[max(lo, pos - 40):pos], lower-cased ("" if none)."""
    seg = text[max(lo, pos - 40):pos]
    # Fast path: words never span white space, so when the last white-space separated chunk
    # is all letters it is itself the last word (every letter is a word character).
    last = seg.rsplit(None, 1)
    if last and last[-1].isalpha():
        return last[-1].lower()
    ws = _WORD.findall(seg)
    return ws[-1].lower() if ws else ""


def _word_before(text: str, lo: int, pos: int) -> bool:
    """Whether only white space stands between `pos` and the word before it: a preposition
    that ends a quotation ("“... is over,” X said") governs nothing after it."""
    return text[max(lo, pos - 4):pos].rstrip()[-1:].isalpha()


def _blank(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> str:
    """text[lo:hi] with the given spans blanked out (dates and places in a gap are
    adverbials)."""
    seg = text[lo:hi]
    for s, e in spans:
        a, b = max(s, lo), min(e, hi)
        if a < b:
            seg = seg[:a - lo] + " " * (b - a) + seg[b - lo:]
    return seg


def _skip_ws(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos


def _rstrip_punct(text: str, lo: int, hi: int) -> int:
    """End of text[lo:hi] without trailing spaces and sentence punctuation (closing quote marks
    stay: they belong to the quotation)."""
    while hi > lo and text[hi - 1] in _TRAIL:
        hi -= 1
    return hi


def _strip_determiners(text: str, lo: int, hi: int) -> int:
    """`hi` moved back over trailing "the"/"a"/"an" and spaces ("..., the ministry said")."""
    while True:
        hi = _rstrip(text, lo, hi)
        k = hi
        while k > lo and text[k - 1].isalpha():
            k -= 1
        if k < hi and text[k:hi].lower() in _DETERMINERS and (k == lo or text[k - 1].isspace()):
            hi = k
            continue
        return hi


@lru_cache(maxsize=4096)
def _actor(actor_id: str) -> tuple[str | None, str | None]:
    """(kind, country) of an actor; (None, None) when the gazetteer does not know it."""
    from karabakh_data import gazetteer

    a = gazetteer.load_gazetteer().actors.get(actor_id)
    return (a.kind, a.country) if a is not None else (None, None)


@lru_cache(maxsize=4096)
def _place_country(place_id: str) -> str | None:
    from karabakh_data import gazetteer

    p = gazetteer.load_gazetteer().places.get(place_id)
    return p.country if p is not None else None


def _in(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """True when `pos` falls in one of the sorted, non-overlapping `spans`."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


# --- one article ---------------------------------------------------------------------------------
def _closing_source(text: str, he: int, rest: int, end: int) -> bool:
    """(probe round 55) Whether an "according to X" after a short stretch and a comma closes
    its sentence: no comma after X, and only a short phrase ("in Yerevan") left before the
    end ("Armenia imposed martial law, according to the government in Yerevan"). The
    stretch before is then the words, not a lead-in ("In 2020, according to X, A")."""
    if "," in text[he:rest]:
        return False
    tail = text[rest:end].rstrip(" .!?\n")
    return "," not in tail and _nwords(tail) <= 3


class _Doc:
    """One article with every cue matched once, and the attribution rules."""

    def __init__(self, a: Analysed) -> None:
        c = cues()
        self.a = a
        self.c = c
        self.text = text = a.text
        self.low = low = lower(text)
        self.sents: list[Sentence] = a.sentences
        self.sent_starts = [s.start for s in self.sents]
        self.datelines = datelines(text)
        self.timeline: list[tuple[int, DateMention]] | None = None  # (see _timeline_entry)
        hits, self.deferred = c.scanner.scan(low)
        self.verbs = [(vs, ve) for vs, ve, _ in hits.get("verb", [])]
        self.verb_starts = [vs for vs, _ in self.verbs]
        self.quotes = _no_attribution_inside(text, find_quotes(text), self.verb_starts)
        self.quote_spans = [(q.start, q.end) for q in self.quotes]
        self.quote_starts = [q.start for q in self.quotes]
        self.participles = [(vs, ve) for vs, ve, _ in hits.get("participle", [])]
        self.occasions = self._occasions(hits.get("occasion", []))
        self.occasion_starts = [o[1] for o in self.occasions]
        self._ref_hits = hits.get("ref", [])
        if any(w in low for w in c.age_guard):
            self._ref_hits = sorted(self._ref_hits + [
                (m.start(), m.end(), c.age_ref) for m in c.age_rx.finditer(low)])
        self._named: frozenset[str] | None = None
        self._cands: dict[int, list[_Cand]] = {}
        self._refs_by_sent: dict[int, list[tuple[int, int, int]]] | None = None
        self._cues: dict[int, tuple[list[tuple[int, int]], list[tuple[int, int]],
                                    list[int]]] | None = None
        self._prev_words: dict[tuple[int, int], str] = {}
        self._adverbials: dict[int, tuple[list[DateMention], list[tuple[int, int]]]] = {}
        self._interviewee: tuple[int, _Cand | None] | None = None
        self._dash_answers: tuple[_Cand | None, frozenset[int]] | None = None
        self._interview_day: tuple[tuple[_DateSpan, tuple[str, int, int] | None] | None] | None \
            = None
        author = a.doc.meta.get("author") if a.doc.meta else None
        self.author = str(author).lower() if author else ""

    def _occasions(self, hits: list[tuple[int, int, int]]) -> list[tuple[str, int, int]]:
        """Occasion matches whose before/after conditions hold; the longest where they
        overlap."""
        ok = []
        for os_, oe, k in hits:
            label, before, after = self.c.occasion_rows[k]
            if (before is not None or after is not None) and not (
                    (before is not None and before.search(self.low, max(0, os_ - 60), os_))
                    or (after is not None and after.match(self.low, oe))):
                continue
            ok.append((label, os_, oe))
        ok.sort(key=lambda h: (h[1], -(h[2] - h[1])))
        out: list[tuple[str, int, int]] = []
        for h in ok:
            if out and h[1] < out[-1][2]:
                continue
            out.append(h)
        return out

    def _refs(self, hits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """Pronouns, anaphors and group nouns; an anaphor or group noun needs its lead word
        ("the ministry", "both sides"), which becomes part of its span."""
        out = []
        low = self.low
        for rs, re_, k in hits:
            lead = self.c.ref_kinds[k][2]
            if lead is not None:
                # A lead ends with one of its last words, followed by nothing but white space
                # up to the noun: without one there, the search cannot match.
                lo = max(0, rs - 20)
                ends = self.c.ref_lead_ends[k]
                if ends and not low[lo:rs].rstrip().endswith(ends):
                    if self.c.ref_kinds[k][0] == "anaphor:person" and \
                            (dm := self._demonym_lead(rs)) >= 0:
                        out.append((dm, re_, k))  # "the Iranian minister said"
                    continue
                m = lead.search(low, lo, rs)
                if m is None:
                    continue
                rs = m.start()
            out.append((rs, re_, k))
        return out

    def _demonym_lead(self, rs: int) -> int:
        """Probe round 61: where "the" opens "the Iranian minister" when a person anaphor's noun
        at `rs` follows "the" and one demonym (a mention of the mention resolver): -1 when not.
        The demonym names whose person the title stands for (`_Cand.state`)."""
        m = _DEMONYM_LEAD.search(self.low, max(0, rs - 40), rs)
        if m is None:
            return -1
        si = self.sent_of(m.start(1))
        if not any(x.start == m.start(1) and x.end == m.end(1) and x.via == "demonym"
                   for x in self.sents[si].mentions):
            return -1
        return m.start()

    def refs_in(self, si: int) -> list[tuple[int, int, int]]:
        """The refs that start inside sentence `si`, in the order of `_refs` (bucketed
        once per article instead of scanning every ref of the article for each sentence)."""
        if self._refs_by_sent is None:  # (made at the first sentence with a cue)
            buckets: dict[int, list[tuple[int, int, int]]] = {}
            for r in self._refs(self._ref_hits):
                k = self.sent_of(r[0])
                s = self.sents[k]
                if s.start <= r[0] < s.end:
                    buckets.setdefault(k, []).append(r)
            self._refs_by_sent = buckets
        return self._refs_by_sent.get(si, [])

    # -- lookups --
    def sent_of(self, pos: int) -> int:
        return max(bisect.bisect_right(self.sent_starts, pos) - 1, 0)

    def in_quote(self, pos: int) -> bool:
        return _in(self.quote_spans, self.quote_starts, pos)

    def in_dateline(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.datelines)

    def quote_at(self, pos: int) -> Quote | None:
        """The quotation that opens at `pos` or whose words contain it."""
        quotes = self.quotes
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        if i + 1 < len(quotes):  # (i + 1 >= 0 always)
            q = quotes[i + 1]
            if q.open == pos or q.start <= pos < q.end:
                return q
        if i >= 0:
            q = quotes[i]
            if q.open == pos or q.start <= pos < q.end:
                return q
        return None

    # -- speakers --
    def interviewee(self, pos: int) -> _Cand | None:
        """The person an interview's answer lines at `pos` belong to: the only person named
        (outside quotations) before the article's first question line, which must come before
        `pos`; else None. A word there that names a listed person but was left unresolved (an
        ambiguous surname: "Mustafayev and Grigoryan spoke to us") is another person."""
        if self._interviewee is None:
            # (probe round 57) or a turn labelled by a name in capitals ("HELEN MARSH: ...",
            # "MIRZOYAN: ...") if one comes first: the introduction ends there too
            qs = [m.start() for m in (self.c.question_label.search(self.low),
                                      _CAPS_LABEL_LINE.search(self.text)) if m is not None]
            q = min(qs, default=-1)
            self._interviewee = (q, None if q < 0 else self._only_person_before(q))
        qpos, c = self._interviewee
        return c if 0 <= qpos < pos else None

    def authored(self, name: str) -> bool:
        """Probe round 62: whether `name` (lower case) is the manifest's author or whole
        words of it: "he" is no part of an author "Lucia Marchetti"."""
        return bool(name and self.author and re.search(
            rf"(?<!\w){re.escape(name)}(?!\w)", self.author))

    def _byline_name(self, start: int, end: int) -> bool:
        """Probe round 48: whether the name at `start:end` is the article's author: the
        manifest's author, or a name opening a byline line ("By Anna Petrosyan, Yerevan").
        The author is never the interviewee ("By <a name the gazetteer also lists>" above
        "We spoke to X" leaves X the only person)."""
        if self.authored(self.low[start:end]):
            return True
        ls = self.text.rfind("\n", 0, start) + 1
        m = _BYLINE_LEAD.match(self.text, ls)
        return m is not None and m.end() == start

    def _byline_span(self, pos: int) -> tuple[int, int]:
        """The capitalised name (words up to a comma, "|" or the line's end) that the word at
        `pos` belongs to, for `_byline_name`."""
        ls = self.text.rfind("\n", 0, pos) + 1
        m = _BYLINE_LEAD.match(self.text, ls)
        if m is None:
            return pos, pos
        le = self.text.find("\n", ls)
        le = len(self.text) if le < 0 else le
        stop = min((i for i in (self.text.find(c, m.end(), le) for c in ",|")
                    if i >= 0), default=le)
        return (m.end(), stop) if m.end() <= pos < stop else (pos, pos)

    def _only_person_before(self, qpos: int) -> _Cand | None:
        """The only person named (outside quotations) before `qpos`, an interview's first
        question line; None when there are none or several (a word that names a listed
        person but was left unresolved counts as another person)."""
        # (probe round 44: a person named only by a title after "of"/"to" is part of the
        # interviewee's own title: "X, Representative of the First Vice-President")
        persons = [m for m in self.a.mentions if m.start < qpos and m.actor_id
                   and m.via != "pronoun" and _actor(m.actor_id)[0] == "person"
                   and not self.in_quote(m.start) and not self._byline_name(m.start, m.end)
                   and not (m.via == "title" and _TITLE_OBJECT_BEFORE.search(
                       self.low, max(0, m.start - 4), m.start))]
        spans = [(m.start, m.end) for m in self.a.mentions if m.start < qpos]
        if not persons or len({m.actor_id for m in persons}) != 1 or any(
                w.group(0).lower() in _person_words()
                and not any(a <= w.start() < b for a, b in spans)
                and not self._byline_name(*self._byline_span(w.start()))
                for w in _CAP_WORD.finditer(self.text, 0, qpos)):
            return None
        m = persons[-1]
        return _Cand(m.start, m.end, self.text[m.start:m.end], (m.actor_id,), "", True)

    def dash_answers(self) -> tuple[_Cand | None, frozenset[int]]:
        """Probe round 44: an interview told as dashed lines, the house style of agencies of
        the region ("- Mr. X, what does this mean?" then "- This is a milestone. ..."): in the
        first run of two or more consecutive paragraphs that each open with a dash (blank lines
        only between), after an introduction with an `interview_intro` cue, the lines
        alternate between question and answer, starting with a question. Each question line
        must hold a question mark (the alternation stops at the first that does not: a list of
        bullets is no interview). Returns the interviewee (the only person named before the
        first question line) and the starts of the answer lines; (None, empty) otherwise."""
        if self._dash_answers is None:
            got: tuple[_Cand | None, frozenset[int]] = (None, frozenset())
            run: list[tuple[int, int]] = []
            for m in _DASH_LINE.finditer(self.text):
                ls = m.start()
                le = self.text.find("\n", ls)
                le = len(self.text) if le < 0 else le
                if run and self.text[run[-1][1]:ls].strip():
                    if len(run) >= 2:
                        break
                    run = []
                run.append((ls, le))
            if len(run) >= 2 and "?" in self.text[run[0][0]:run[0][1]] and \
                    self.c.interview_intro.search(self.low, 0, run[0][0]):
                c = self._only_person_before(run[0][0])
                starts: list[int] = []
                for k in range(1, len(run), 2):
                    if "?" not in self.text[run[k - 1][0]:run[k - 1][1]]:
                        break
                    starts.append(run[k][0])
                if c is not None and starts:
                    got = (c, frozenset(starts))
            self._dash_answers = got
        return self._dash_answers

    def interview_day(self) -> tuple[_DateSpan, tuple[str, int, int] | None] | None:
        """The day of an interview told in its introduction, for its answers: the sentence
        naming the interviewee (`interviewee`) has an `interview_intro` cue and exactly one
        resolved date outside quotations, not inside a relative clause ("X, who took office in
        2020, spoke to us on 3 May" has two; "X, who met Y on 1 May, answered" none); with the
        interview occasion of that sentence, if any."""
        if self._interview_day is None:
            got: tuple[_DateSpan, tuple[str, int, int] | None] | None = None
            c = self._interviewee[1] if self._interviewee else None
            if c is not None:
                s = self.sents[self.sent_of(c.start)]
                doc = self.a.doc
                latest = doc.published if doc.published_precision == "day" else None
                dms = [dm for dm in s.dates if not self.in_quote(dm.start)]
                # (as for any statement, no future date and no relative one resolved after the
                # publication day)
                if len(dms) == 1 and dms[0].date is not None and not dms[0].future and not (
                        latest is not None and dms[0].relative and dms[0].date > latest) and \
                        self.c.interview_intro.search(self.low, s.start, s.end) and \
                        not _RELATIVE_WORD.search(self.low, s.start, dms[0].start):
                    dm = dms[0]
                    occ = next((o for o in self.occasions if s.start <= o[1] < s.end
                                and o[0] == "interview" and not self.in_quote(o[1])), None)
                    got = ((dm.date, dm.precision or "day", dm.start, dm.end), occ)
            self._interview_day = (got,)
        return self._interview_day[0]

    def _parties_met(self, si: int, pos: int, ids: tuple[str, ...]) -> bool:
        """"Aliyev and Pashinyan met ... . The sides noted ...": persons of exactly the group's
        states (and of no other state) named in this sentence before `pos` or the two before
        stand for those states."""
        want = {c for i in ids if (c := _actor(i)[1])}
        if len(want) != len(ids):
            return False
        seen: set[str] = set()
        for k in range(max(si - 2, 0), si + 1):
            for m in self.sents[k].mentions:
                if m.start >= pos or not m.actor_id or self.in_quote(m.start):
                    continue
                kind, country = _actor(m.actor_id)
                if kind == "person":
                    if country not in want:
                        return False
                    seen.add(country)
        return seen == want

    def named(self) -> frozenset[str]:
        """`_named_actors`, made when a group noun first needs it."""
        if self._named is None:
            self._named = self._named_actors()
        return self._named

    def _named_actors(self) -> frozenset[str]:
        ids = {m.actor_id for m in self.a.mentions if m.actor_id}
        for m in self.a.mentions:
            if m.place_id:
                p = _place_country(m.place_id)
                if p == "ARM":
                    ids.add("armenia")
                elif p == "AZE":
                    ids.add("azerbaijan")
        return frozenset(ids)

    def cands(self, si: int) -> list[_Cand]:
        """Possible speakers of sentence `si`, in order (overlaps: the longest mention wins;
        pronoun and group phrases only where no mention stands)."""
        got = self._cands.get(si)
        if got is not None:
            return got
        s = self.sents[si]
        text = self.text
        mentions = s.mentions
        # (start, -length, index): sorting these is the stable sort by (start, -length)
        found: list[tuple[int, int, int, str | None]] = []
        office: dict[int, int] = {}  # "his office": mention index -> the head's end
        for i, m in enumerate(mentions):
            aid = m.actor_id
            if not aid:
                continue
            kind = _actor(aid)[0]
            if kind is not None and kind not in SPEAKER_KINDS:
                continue
            # (lower-casing never shortens a string: a mention longer than the longest
            # possessive cannot be one, and need not be lower-cased)
            mt = m.text
            if len(mt) <= _POSSESSIVE_LEN and mt.lower() in _POSSESSIVES:
                # "..., his office said": a person's pronoun before a head that speaks for
                # a person ("'s office") is that person, as "Aliyev's office" is, when the
                # sentence names them (a name the gazetteer lacks leaves "his" to an older one)
                he = self._person_head_end(m.end, s.end) if kind == "person" and \
                    m.via == "pronoun" and any(x.actor_id == aid and x.via != "pronoun"
                                               and x.end <= m.start for x in mentions) else -1
                if he < 0:
                    continue
                office[i] = he
            found.append((m.start, m.start - office.get(i, m.end), i, kind))
        found.sort()
        kept: list[_Cand] = []
        last_end = -1
        for start, _, i, kind in found:
            if start < last_end:
                continue
            m = mentions[i]
            last_end = office.get(i, m.end)
            if i in office:
                ambiguous = len({x.actor_id for x in mentions if x.start < m.start
                                 and x.actor_id and x.via != "pronoun"
                                 and _actor(x.actor_id)[0] == "person"}) > 1
                kept.append(_Cand(start, last_end, text[start:last_end],
                                  () if ambiguous else (m.actor_id,),
                                  "singular" if ambiguous else "", True))
                continue
            if m.via == "pronoun" and self._stranger_since(si, m):
                # "A said ... . Culture Minister FIRST LAST told journalists ... . He said ...":
                # a person the gazetteer does not know spoke after A, so "he" may be that
                # person; no speaker rather than A
                kept.append(_Cand(start, m.end, text[start:m.end], (), "", True))
                continue
            if m.via == "pronoun" and (len({x.actor_id for x in mentions if x.start < m.start
                                            and x.actor_id and x.via != "pronoun"
                                            and _actor(x.actor_id)[0] == "person"}) > 1
                                       or self._quoted_antecedent(si, m)):
                # "A left the talks with B, citing what he called ...": two persons named before
                # the pronoun in its own sentence; the nearest is no safer a guess than the
                # subject, so it is read like an unresolved "he" (the statement before, if any)
                kept.append(_Cand(start, m.end, text[start:m.end], (), "singular", True))
                continue
            kept.append(_Cand(start, m.end, text[start:m.end], (m.actor_id,), "",
                              kind == "person",
                              m.reading == "location" and m.via != "pronoun",
                              m.via == "demonym"))
        extra = []
        for rs, re_, k in self.refs_in(si):
            ref, ids, _ = self.c.ref_kinds[k]
            if ref == "group" and not all(i in self.named() for i in ids) and \
                    not self._parties_met(si, rs, ids):
                continue
            # ("the Iranian minister": its demonym, a mention inside the span `_refs` widened)
            state = next((m.actor_id for m in mentions if rs < m.start and m.end < re_
                          and m.via == "demonym" and m.actor_id), "") \
                if ref == "anaphor:person" else ""
            extra.append(_Cand(rs, re_, text[rs:re_], ids, ref, state=state))
        if extra:  # (mentions alone are already in order: by start, without overlaps)
            for c in sorted(extra, key=lambda c: (c.start, -(c.end - c.start))):
                if c.state:
                    # "the Iranian minister": the title, not the demonym inside it, speaks
                    kept = [k for k in kept if not (k.qualifier and c.start <= k.start
                                                    and k.end <= c.end)]
                if any(c.start < k.end and k.start < c.end for k in kept):
                    continue
                kept.append(c)
            kept.sort(key=lambda c: (c.start, c.end))
        self._cands[si] = kept
        return kept

    def _stranger_since(self, si: int, m: Mention) -> bool:
        """Whether, between the latest earlier mention of the person a pronoun was resolved to
        (in its sentence or the three before) and the pronoun's sentence, a sentence has a
        speech verb right after a full name the gazetteer does not know ("Opposition leader
        FIRST LAST called it ...")."""
        aid = m.actor_id
        for k in range(si, max(si - 4, -1), -1):
            if any(x.actor_id == aid and x.start < m.start and x is not m
                   for x in self.sents[k].mentions):
                return any(self._stranger_speaks(j) for j in range(k + 1, si))
        return False

    def _stranger_speaks(self, si: int) -> bool:
        """Whether a speech verb of sentence `si` (outside quotations) follows a first name and
        surname that no mention or date of the sentence covers: someone we do not know speaks."""
        s = self.sents[si]
        i = bisect.bisect_left(self.verb_starts, s.start)
        while i < len(self.verbs) and self.verbs[i][0] < s.end:
            vs = self.verbs[i][0]
            i += 1
            if self.in_quote(vs):
                continue
            mt = _STRANGER_NAME.search(self.text, max(s.start, vs - 200), vs)
            if mt is None:
                continue
            lo, hi = mt.start(1), mt.end(2)
            if any(x.start < hi and lo < x.end for x in s.mentions) or \
                    any(dm.start < hi and lo < dm.end for dm in s.dates):
                continue
            return True
        return False

    def _quoted_antecedent(self, si: int, m: Mention) -> bool:
        """Whether the person a pronoun was resolved to is last named (in its sentence or the
        two before) inside a quotation: "“I thank President Trump,” he added" is the speaker
        of the quotation talking about Trump, so the pronoun is read as unresolved (the
        statement before, if any) rather than as the person spoken about."""
        aid = m.actor_id
        for k in range(si, max(si - 3, -1), -1):
            for x in reversed(self.sents[k].mentions):
                if x.start < m.start and x.actor_id == aid and x.via != "pronoun":
                    return self.in_quote(x.start)
        return False

    def _person_head_end(self, pos: int, limit: int) -> int:
        """Where a head that speaks for a person ("office", statement_cues.csv `head` rows of
        kind person) standing right after `pos` (one space) ends; -1 if none does."""
        low = self.low
        if low[pos:pos + 1] != " ":
            return -1
        for h in self.c.person_heads:
            e = pos + 1 + len(h)
            if e <= limit and low.startswith(h, pos + 1) and \
                    (e == len(low) or not low[e].isalnum()):
                return e
        return -1

    def prev_word(self, lo: int, pos: int) -> str:
        """`_prev_word(self.text, lo, pos)`, remembered for the article (the same mention is
        looked at for every verb of its sentence)."""
        key = (lo, pos)
        w = self._prev_words.get(key)
        if w is None:
            w = self._prev_words[key] = _prev_word(self.text, lo, pos)
        return w

    def _supposed(self, lo: int, pos: int) -> bool:
        """Whether a conditional word ("if", "unless") stands right before the speaker at `pos`,
        a determiner between allowed ("if the ministry says A"): a supposition, not words."""
        pw = self.prev_word(lo, pos)
        if pw in _DETERMINERS:
            at = self.low.rfind(pw, lo, pos)
            pw = self.prev_word(lo, at) if at >= 0 else ""
        return pw in self.c.conditional

    def obliques(self, si: int, limit: int) -> list[tuple[int, int]]:
        """Mentions ending by `limit` after a preposition in sentence `si` ("in Baku", "in a
        call with Aliyev"): parts of adverbials, never the subject of a verb. Sorted, without
        repeats."""
        s = self.sents[si]
        return sorted({(m.start, m.end) for m in s.mentions
                       if m.end <= limit and self._after_preposition(s.start, m.start)})

    def _after_preposition(self, lo: int, pos: int) -> bool:
        """Whether the word before `pos` (past one "the": "Schofer of the United States",
        "talks with the European Union") is a preposition."""
        pw = self.prev_word(lo, pos)
        if pw in place_modifiers():
            # "across southern Armenia": a place's modifier (locative_cues.csv) stands between
            pos = self.low.rfind(pw, lo, pos)
            pw = self.prev_word(lo, pos)
        if pw == "the":
            pos = self.low.rfind("the", lo, pos)
            pw = self.prev_word(lo, pos)
        return pw in _PREPOSITIONS and _word_before(self.text, lo, pos)

    def _gap_ok(self, si: int, lo: int, hi: int, cand: _Cand,
                blank: list[tuple[int, int]]) -> int | None:
        """If text[lo:hi] may stand between a speaker and its verb, return where the speaker's
        words end (after a head noun: "side", "'s foreign ministry"); else None. Dates and
        `blank` spans (places after a preposition) count as adverbials."""
        seg = self.low[lo:hi]
        if not seg or seg.isspace():
            # nothing but white space ("Aliyev said"): no head noun can start (heads are
            # never empty) and no token is left to check, so the speaker ends at `lo`
            return lo
        if seg.lstrip().startswith("("):
            aside = _NAME_ASIDE.match(self.text, lo, hi)
            words = aside.group(1).split() if aside is not None else []
            if aside is not None and len(words) <= 4 and all(
                    w[0].isalpha() and not w[0].islower() for w in words):
                # (round 62) "Sergey Lavrov (Сергей Лавров) said", "X (R-Texas) said": the
                # name again in its own script or spelling, or a tag of capitalised words
                end = self._gap_ok(si, aside.end(), hi, cand, blank)
                return lo if end == aside.end() else end
        dates = [(d.start, d.end) for d in self.sents[si].dates]
        gap = _blank(self.low, lo, hi, dates + blank)
        g = gap.lstrip()
        heads: tuple[str, ...] = ()
        possessive = g.startswith(("'s ", "’s "))
        if possessive:
            # "the prime minister's office said": a title speaks through its office as a name does
            heads = self.c.person_heads if cand.person or cand.ref == "anaphor:person" \
                else self.c.possessive_heads
            g = g[3:].lstrip()
        elif not cand.person:
            heads = self.c.heads
        spk_end = lo
        for h in heads:
            if g.startswith(h) and (len(g) == len(h) or not g[len(h)].isalnum()):
                spk_end = lo + (len(gap) - len(g)) + len(h)
                g = g[len(h):]
                break
        else:
            if possessive:
                return None
        gs = g.strip()
        if gs[:1] in "hiprmadcsljtq" and self.c.document_gap.fullmatch(_SPACES.sub(" ", gs)):
            return spk_end  # "X issued a statement, which says": X speaks through it
        # one parenthetical between commas is allowed ("Aliyev, speaking in Baku, said")
        g = _PARENTHETICAL.sub(" ", g)
        if " have" in g:
            # probe round 61: "Putin is understood to have told Y": a hedge, no other subject
            g = self.c.hedge.sub(" ", g)
        toks = _TOKEN.findall(g)
        if cand.text.lower() == "it" and not _PASSIVE_AUX.isdisjoint(toks):
            return None  # "It was (also) reported that A": an empty subject of a passive
        for tok in toks:
            if tok in {",", "—", "–", "-"}:
                continue
            if tok not in self.c.gap_words and not (len(tok) > 4 and tok.endswith("ly")):
                return None
        return spk_end

    def _members_aside(self, si: int, verb_start: int) -> int | None:
        """Where a dash- or bracket-set list of names right before a verb opens, when it
        follows an organisation's name ("the OSCE Minsk Group (Russia, France and the United
        States) said"): None when there is no such list."""
        text, s = self.text, self.sents[si]
        close = _ASIDE_CLOSE.search(text, max(s.start, verb_start - 4), verb_start)
        if close is None:
            return None
        if text[close.start():close.end()].strip() == ")":
            op = text.rfind("(", s.start, close.start())
        else:
            op = max(text.rfind(f" {d} ", s.start, close.start()) for d in "-\u2013\u2014")
        if op <= s.start:
            return None
        inner = [m for m in s.mentions if op < m.start and m.end <= close.start()]
        if not inner or not all(m.actor_id for m in inner):
            return None
        rest, at = [], op + 1
        for m in inner:
            rest.append(text[at:m.start])
            at = m.end
        rest.append(text[at:close.start()])
        if not _MEMBER_GLUE.fullmatch("".join(rest).strip(" -\u2013\u2014(")):
            return None
        head = next((m for m in reversed(s.mentions) if m.end <= op and m.actor_id), None)
        if head is None or text[head.end:op].strip() or _actor(head.actor_id)[0] != \
                "organisation":
            return None
        return op

    def subjects_left(self, si: int, verb_start: int) -> tuple[list[_Cand], int] | None:
        """Speakers ending right before a verb (several when joined by "and"), and where the
        speakers' words end. Places after a preposition ("Aliyev in Baku said") are adverbials
        between the speaker and the verb, not speakers."""
        s_start = self.sents[si].start
        members = self._members_aside(si, verb_start)
        if members is not None:
            # lead, round 42: "The co-chairs of the OSCE Minsk Group - Russia, France and the
            # United States - said": the names set off before the verb list the subject's
            # members; the subject is the one before them
            return self.subjects_left(si, members)
        oblique = self.obliques(si, verb_start)
        cands = [c for c in self.cands(si) if c.end <= verb_start
                 and ((c.start, c.end) not in oblique or self._head_of(s_start, c)
                      or self._titled_name(s_start, c) or self._issued_by(s_start, c))]
        if not cands or verb_start - cands[-1].end > 150:
            return None
        first = cands[-1]
        if len(cands) > 1 and self.text[first.start - 1:first.start] == "(":
            aside = _NAME_ASIDE.match(self.text, cands[-2].end, verb_start)
            if aside is not None and aside.start(1) == first.start and aside.end() > first.end:
                # (round 62) "Ilham Aliyev (İlham Əliyev) said", "X (Armenia) said": a name
                # inside the aside after the speaker's is none of its own
                cands = cands[:-1]
                first = cands[-1]
        spk_end = self._gap_ok(si, first.end, verb_start, first, oblique)
        if spk_end is None:
            own = self._own_state_after(si, first, verb_start)
            if own is not None:
                spk_end = self._gap_ok(si, own.end, verb_start, first, oblique)
        close = self.text.rfind(",", max(s_start, first.start), verb_start)
        if close >= 0:
            # "Aliyev, who met Putin in Sochi, said", "X, the leader of ..., said": a mention
            # inside the apposition or relative clause is not the subject; the one before its
            # opening comma is
            op = self.text.rfind(",", s_start, min(first.start, close))
            before = [c for c in cands if c.end <= op] if op >= 0 else []
            # the apposition's first name ("X, Armenia's agent before the court, said": not the
            # court, the last name before the verb)
            inner = next((c for c in cands if c.start > op), first)
            if before and (_APPOSITION.match(self.low, op + 1)
                           or self.c.title_apposition.match(self.low, op, close + 1)
                           # "X, Putin's deputy, said": an apposition opening with a possessive
                           # (or a name and a noun after its possessive: "Armenia's envoy")
                           or (not self.text[op + 1:inner.start].strip()
                               and (self.text[inner.end:inner.end + 2] in ("'s", "’s")
                                    or _POSS_INSIDE.search(self.text, inner.start, inner.end)))
                           ) and \
                    not self.text[before[-1].end:op].strip() and \
                    self._gap_ok(si, close + 1, verb_start, before[-1], oblique) is not None:
                first, spk_end = before[-1], before[-1].end
                cands = before
            elif not before and op >= 0 and first.start > op and \
                    _RELATIVE_NEXT.match(self.low, _skip_ws(self.text, op + 1, first.start)):
                # "A lawyer, who acts for detainees before the Strasbourg court, said": a name
                # inside a relative clause is never the main clause's subject, here one the
                # gazetteer does not know
                return None
        if spk_end is None or (first.qualifier and spk_end == first.end):
            return None  # a bare demonym ("Armenians say") is people, not the state
        group = [first]
        k = len(cands) - 2
        while k >= 0:
            p = cands[k]
            between = self.low[p.end:group[0].start].strip()
            if between.endswith(" the"):
                # "France, Germany and the EU said": the article belongs to the next member,
                # not to the joiner; read alone, the last member spoke for the whole list
                between = between[:-4]
            # "A and B said", "A, B and C said" (a bare comma only before an "and" already
            # seen), "A and his Azerbaijani counterpart B said"
            if between == ", and" and len(group) == 1 and not (
                    k > 0 and self.low[cands[k - 1].end:p.start].strip() == ","):
                # "Both praised the American president, and Aliyev said": ", and" between two
                # names alone joins two clauses (a list has a comma before: "A, B, and C")
                break
            if between == "," and len(group) > 1 and not p.ref and \
                    self.text[group[-1].end:verb_start].strip() == "," and \
                    self._head_of(s_start, p):
                # "The co-chairs of the Minsk Group, the United States, Russia and France,
                # called on ...": a list closed by a comma before the verb names the head
                # noun's members in apposition; the head ("the co-chairs of X", X) speaks
                group = [p]
                break
            if p.ref and between == "," and self._after_preposition(s_start, p.start) and \
                    not _BE_WORD.search(self.low, first.end, verb_start):
                # "In the declaration, A and B said": a phrase after a preposition opening the
                # sentence is an adverbial, not the first member of the list of speakers ("In
                # the readout, A and B were said to ...", a passive, still gives no speakers)
                break
            if not p.location and (between in _AND or (between == "," and len(group) > 1)
                                   or _COUNTERPART.fullmatch(between)):
                if self._deed_object(s_start, p, cands[:k]):
                    break  # "A thanked B and C said": B is A's object, C alone speaks
                if p.ref and self.c.frame.get(self.prev_word(s_start, _strip_determiners(
                        self.text, s_start, p.start))) is not None:
                    # "X welcomed the release and Y said": "the release" is the object of a
                    # speech verb, not a document speaking beside Y
                    break
                group.insert(0, p)
                k -= 1
                continue
            if p.qualifier and k > 0 and _COUNTERPART.fullmatch(
                    self.low[cands[k - 1].end:group[0].start].strip()):
                k -= 1  # the demonym inside "his Azerbaijani counterpart"
                continue
            break
        if any((self.low[oe:group[0].start].strip() in _AND
                and not self._clause_joiner(si, os, oe, group)) or
               (self.low[oe:group[0].start].strip() == "," and
                ((len(group) > 1 and not self._phrase_closed(s_start, oe, group, verb_start))
                 or (_REL_GAP.match(self.low, group[-1].end, verb_start)
                     and not self._opening_phrase(s_start, oe))))
               for os, oe in oblique if oe <= group[0].start):
            # "talks with A, B and C, who later said": the list goes on from the object of a
            # preposition, so its members are objects too, and the speaker is not known; a
            # lone name after the comma with its verb ("After talks with A, B said") is the
            # subject the introductory phrase leads to
            return None
        if self._object_list(s_start, group):
            return None
        g0 = group[0].start
        if self.prev_word(s_start, g0) in _NOR_WORDS:
            # "Neither Baku nor Yerevan commented", "Neither side, nor the mediator, said":
            # speakers under "neither"/"nor" are said not to have spoken (no row; a name
            # before "nor" is no member of the list either)
            return None
        if self.prev_word(s_start, g0) in _PREPOSITIONS and _word_before(self.text, s_start, g0) \
                and not (len(group) == 1 and (self._head_of(s_start, group[0])
                                              or self._titled_name(s_start, group[0]))) \
                and not self._issued_by(s_start, group[0]):
            return None  # the object of a preposition ("talks with X"), not a subject
        return group, spk_end

    def _clause_joiner(self, si: int, os: int, oe: int, group: list[_Cand]) -> bool:
        """Round 50: "X praised the deal in Ankara, and Y said B", "He urged Y to act on the
        Lachin corridor, and he added that B": ", and" after the object of a preposition,
        before a lone speaker, joins two clauses, not two members of one list ("talks with A
        and B said", "talks with A, B, and C"): the phrase after the preposition stands alone
        (no mention joined to it by a comma before)."""
        if len(group) != 1 or self.low[oe:group[0].start].strip() != ", and":
            return False
        return not any(m.end <= os and self.low[m.end:os].strip() in (",", ", the")
                       for m in self.sents[si].mentions)

    def _opening_phrase(self, s_start: int, oe: int) -> bool:
        """Whether text[s_start:oe] is one phrase opening the sentence with a preposition and
        no comma ("In Yerevan", "After talks with Bayramov"): the comma after it closes the
        phrase, so a lone name after it, even with a relative clause ("In Yerevan, Mirzoyan,
        who heads the delegation, said"), is the subject, not one more object."""
        p = _skip_ws(self.low, s_start, oe)
        return _PREP_START.match(self.low, p, oe) is not None and \
            self.low.find(",", p, oe) < 0

    def _phrase_closed(self, s_start: int, oe: int, group: list[_Cand], verb_start: int) -> bool:
        """Round 43: "In a joint statement published by the Kremlin, A, B and C said": the
        comma after the object of a preposition closes a phrase opening the sentence (one
        phrase, no comma inside), and the list after it runs right up to its verb, so it is
        the subject the sentence otherwise lacks, not more objects of "by" ("talks with A, B
        and C, who later said" still gives no speakers)."""
        return self._opening_phrase(s_start, oe) and \
            not _REL_GAP.match(self.low, group[-1].end, verb_start) and \
            not self.text[group[-1].end:verb_start].strip()

    def _object_list(self, s_start: int, group: list[_Cand]) -> bool:
        """Whether `group` goes on a list of names after a preposition inside the subject
        ("Diaspora groups in Los Angeles, Paris and Brussels have called for ...": not Paris
        and Brussels). Only where the sentence opens with its subject (no comma before the
        preposition, no opening preposition or participle: "In a call with Reuters, A and B
        said" keeps A and B), and, as for a list from a known oblique, where "and" joins it
        or the group has two members at least, names alone between commas and "and"."""
        g0 = group[0].start
        m = _PREP_NAME_LIST.search(self.text, max(s_start, g0 - 200), g0)
        if m is None or "," in self.text[s_start:m.start()]:
            return False
        first = _WORD.search(self.low, s_start, m.start() + 1)
        if first is None or first.start() == m.start() or first.group() in _PREPOSITIONS \
                or first.group().endswith("ing") or \
                _PREP_START.fullmatch(self.low, first.start(), first.end()):
            return False
        # the group is bare names of the same list ("Paris and Brussels"), not a title and a
        # name in apposition ("the Assistant Secretary for Eurasian Affairs, X, and Y said")
        if any(self.low[p.end:q.start].strip() not in (",", "and", ", and")
               for p, q in itertools.pairwise(group)):
            return False
        if len(group) == 1 and "," in m.group(1) and "," not in self.text[m.start():m.start(1)]:
            # round 50: "X praised Baku on Twitter, and Y said B": ", and" after one name
            # alone joins two clauses (a list has a comma before its ", and": "in A, B, and C")
            return False
        return "and" in m.group(1) or len(group) > 1

    def _own_state_after(self, si: int, cand: _Cand, limit: int) -> _Cand | None:
        """The mention of `cand`'s own state right after it and "of" ("The Milli Majlis of
        Azerbaijan said"): part of the speaker's name, not an object. Only for one actor that
        is no state, and a state of the gazetteer with that actor's country."""
        if cand.ref or len(cand.ids) != 1:
            return None
        kind, country = _actor(cand.ids[0])
        if kind in (None, "state") or country is None:
            return None
        m = _OF_THE.match(self.low, cand.end)
        if m is None:
            return None
        nxt = next((c for c in self.cands(si) if c.start == m.end() and c.end <= limit), None)
        if nxt is None or nxt.ref or len(nxt.ids) != 1 or _actor(nxt.ids[0]) != ("state",
                                                                                 country):
            return None
        return nxt

    def _titled_name(self, s_start: int, cand: _Cand) -> bool:
        """"Assistant to the President X said": a bare title with "to"/"of" opening the clause
        right before a person's name is that person's own title (the mention names X), so the
        name after its preposition is the subject, not an object."""
        if not cand.person or cand.ref:
            return False
        lo = self.text.rfind(",", s_start, cand.start) + 1 or s_start
        return self.c.title_of.fullmatch(self.low, lo, cand.start) is not None

    def _head_of(self, s_start: int, cand: _Cand) -> bool:
        """"The office of Prime Minister X said": a head noun with "of" before the speaker
        speaks for it, as "X's office" does (the same heads); the phrase must open its
        clause, so "talks with the office of X" stays an object."""
        m = _HEAD_OF.search(self.low, s_start, cand.start)
        if m is None:
            # "A statement released by X said": the document speaks for its issuer as "X's
            # statement" does
            m = self.c.document_by.search(self.low, s_start, cand.start)
            if m is None:
                return False
        else:
            heads = self.c.person_heads if cand.person or cand.ref == "anaphor:person" \
                else self.c.possessive_heads
            if m.group(1) not in heads:
                return False
        pw = self.prev_word(s_start, m.start())
        # (or it follows the comma closing the words: "..., the office of X said")
        # (a closing quotation mark may stand after that comma: "“...,” the office of X said")
        return pw == "" or pw in _CLAUSE_JOINERS or \
            self.low[max(s_start, m.start() - 3):m.start()].rstrip().rstrip("”\"»’").endswith(",")

    def _issued_by(self, s_start: int, cand: _Cand) -> bool:
        """"The joint statement, released by A and B, said": the issuers listed after a
        document opening the clause are its speakers, one row each."""
        pos = cand.start
        h = _HEAD_OF.search(self.low, s_start, pos)
        if h is not None and h.group(1) in self.c.person_heads:
            pos = h.start()  # "released by the office of the prime minister and B"
        m = self.c.document_by.search(self.low, s_start, pos)
        return m is not None and self.prev_word(s_start, m.start()) == ""

    def subjects_right(self, si: int, pos: int) -> list[_Cand]:
        """Speakers starting right after `pos` (inverted "..., said X", "according to X")."""
        s_end = self.sents[si].end
        out: list[_Cand] = []
        cur = pos
        for c in self.cands(si):
            if c.start < cur:
                continue
            if c.start >= s_end:
                break
            lead = c.start
            if c.person:
                # "“...,” said N. Pashinyan": the initials are the name's
                im = _INITIALS_BEFORE.search(self.text, max(cur, c.start - 12), c.start)
                lead = c.start if im is None else im.start()
            between = self.low[cur:lead].strip()
            ok = between in _AND if out else all(w in self.c.source_gap for w in _words(between))
            if not ok:
                break
            out.append(c)
            cur = c.end
        return out

    def head_end(self, pos: int, limit: int) -> int:
        """After a speaker named by "according to"/"by": skip "'s foreign ministry" etc."""
        rest = self.low[pos:limit]
        r = rest
        heads = self.c.heads
        if r.startswith(("'s ", "’s ")):
            r, heads = r[3:], self.c.possessive_heads
        r2 = r.lstrip()
        for h in heads:
            if r2.startswith(h) and (len(r2) == len(h) or not r2[len(h)].isalnum()):
                return pos + (len(rest) - len(r2)) + len(h)
        return pos

    def _cues_by_sentence(self) -> dict[int, tuple[list[tuple[int, int]], list[tuple[int, int]],
                                                   list[int]]]:
        """Sentence index -> (speech verbs, participles, offsets of "according to") inside it,
        in order: the same as looking each sentence's window up, done once per article."""
        out: dict[int, tuple[list[tuple[int, int]], list[tuple[int, int]], list[int]]] = {}
        sents = self.sents

        def slot(pos: int, length: int) -> int:
            """The sentence holding text[pos:pos + length], else -1."""
            k = self.sent_of(pos)
            s = sents[k]
            return k if s.start <= pos and pos + length <= s.end else -1

        for part, hits in enumerate((self.verbs, self.participles)):
            for h in hits:
                k = slot(h[0], 1)  # (a hit belongs to the sentence it starts in)
                if k >= 0:
                    out.setdefault(k, ([], [], []))[part].append(h)
        # every "according to" (it cannot overlap itself) lying wholly in one sentence
        pos = self.low.find("according to")
        while pos >= 0:
            k = slot(pos, 12)
            if k >= 0:
                out.setdefault(k, ([], [], []))[2].append(pos)
            pos = self.low.find("according to", pos + 12)
        return out

    # -- attributions of one sentence --
    def attributions(self, si: int) -> list[_Attr]:
        s = self.sents[si]
        low = self.low
        out: list[_Attr] = []
        # Every attribution below starts from one of these cues; a sentence with none of them
        # yields nothing, so its speakers (`cands`, the costly part) are never looked up.
        if self._cues is None:
            self._cues = self._cues_by_sentence()
        verbs, participles, according = self._cues.get(si, ((), (), ()))
        # (each lead starts with one of these letter pairs: test them before the regexes)
        lead = low.startswith(_LEAD_STARTS, s.start)
        m = _PASSIVE_LEAD.match(low, s.start, s.end) if lead else None
        m_as = _AS_LEAD.match(low, s.start, s.end) if lead else None
        # "In his words, A" / "As X put it, A" (the leads' first words are tested first). A
        # lead's match lies inside the sentence and holds every literal word of its lead, so
        # a sentence holding none of `words_lead_keys` (one such word per lead) has no lead.
        keys = self.c.words_lead_keys
        if keys is None or any(low.find(k, s.start, s.end) >= 0 for k in keys):
            wl = self._words_lead(si) if low.startswith(self.c.words_lead_starts, s.start) \
                else None
            if wl is None and ", " in low[s.start:s.end]:
                wl = self._mid_words_lead(si)  # "The talks, in his words, were useful"
            if wl is not None:
                out.append(wl)
        if not (verbs or participles or according or m or m_as):
            return out
        if not self.cands(si):
            return out  # nobody to speak in this sentence
        # "That was stated on Friday by X."  (the words: the sentence before)
        pm = self.c.passives.match(low, m.end(), s.end) if m else None
        if pm and si > 0:
            by = _BY.search(low, pm.end(), s.end)
            spk = self.subjects_right(si, by.end()) if by else []
            if spk:
                prev = self.sents[si - 1]
                out.append(_Attr(si, (pm.start(), pm.end()), spk, prev.start,
                                 _rstrip_punct(self.text, prev.start, prev.end), "passive"))
        # "As stressed by the ministry, ..."
        pm = self.c.passives.match(low, m_as.end(), s.end) if m_as else None
        im = _IN_BY_AT.match(low, pm.end(), s.end) if pm else None
        if im:
            spk = self.subjects_right(si, im.end())
            if spk:
                cs = _WS_COMMA.match(low, self.head_end(spk[-1].end, s.end)).end()
                out.append(_Attr(si, (pm.start(), pm.end()), spk, cs,
                                 _rstrip_punct(self.text, cs, s.end), "according"))
        # "according to X"
        for pos in according:
            a = self._according(si, pos)
            if a is not None:
                out.append(a)
        for vs, ve in verbs:
            a = self._verb_attr(si, vs, ve)
            if a is not None:
                out.append(a)
        for vs, ve in participles:
            a = self._participle_attr(si, vs, ve)
            if a is not None:
                out.append(a)
        return out

    def _mid_words_lead(self, si: int) -> _Attr | None:
        """"The talks, in his words, were useful": a words lead between commas after the
        opening stretch of its sentence (words, no quotation mark, comma or speech verb in it)
        reports the whole sentence around it, as "The talks, X said, were useful" does (a
        verbatim span cannot leave the lead out)."""
        s = self.sents[si]
        text, low = self.text, self.low
        for m in _MID_LEAD.finditer(low, s.start, s.end):
            at = m.end()
            if not low.startswith(self.c.words_lead_starts, at):
                continue
            head = text[s.start:m.start()]
            if not _has_letters(head) or "," in head or _QUOTE_MARKS.search(head) or \
                    any(s.start <= v < m.start() for v, _ in self.verbs):
                return None
            return self._words_lead(si, at)
        return None

    def _words_lead(self, si: int, at: int = -1) -> _Attr | None:
        """"In his words, A", "In X's words, A", "As X put it, A": a lead opening the sentence
        names the speaker of the rest of it. A possessive pronoun ("his") stands for the
        speaker of the statement just before, as "according to him" does; a named speaker
        must be a whole speaker mention of the slot (with its "'s" where the lead has one).
        With `at`, the lead stands there, inside the sentence, and its words are the whole
        sentence (two words at least must follow the lead)."""
        s = self.sents[si]
        text, low = self.text, self.low
        for rx in self.c.words_leads:
            m = rx.match(low, s.start if at < 0 else at, s.end)
            if m is None:
                continue
            ss, se = m.span("s")
            ref = self.c.possessive_refs.get(low[ss:se])
            if ref is not None:
                cand = _Cand(ss, se, text[ss:se], (), ref, ref == "singular")
            else:
                end = se - 2 if low.endswith(("'s", "’s"), ss, se) else \
                    se - 1 if low.endswith(("'", "’"), ss, se) else se
                cand = next((c for c in self.cands(si) if c.start == ss and c.end == end
                             and not c.qualifier), None)
                if cand is None:
                    return None
            cs = m.end()
            ce = _rstrip_punct(text, cs, s.end)
            if at >= 0:
                if _nwords(text[cs:ce]) < 2:
                    return None
                cs = s.start
            quote = self.quote_at(cs)
            if quote is not None and quote.close > s.end:
                ce = quote.close if quote.closed else quote.end  # a quotation running on
            if not _has_words(text[cs:ce]):
                return None
            return _Attr(si, (m.start(), _rstrip_punct(text, m.start(), m.end())), [cand],
                         cs, ce, "according")
        return None

    def _according(self, si: int, pos: int) -> _Attr | None:
        s = self.sents[si]
        text = self.text
        if self.in_quote(pos) or (pos > 0 and text[pos - 1].isalnum()):
            return None
        after = _skip_ws(text, pos + len("according to"), s.end)
        spk = self.subjects_right(si, after)
        if not spk or self.c.relay.match(self.low, spk[-1].end):
            return None  # nobody, or "according to Armenian media"
        # "A did this in 1990; B, according to X, did that": X vouches for the clause after
        # the semicolon only, and that clause is where the words start
        semi = text.rfind(";", s.start, pos)
        cstart = _skip_ws(text, semi + 1, pos) if semi >= 0 and not self.in_quote(semi) \
            else s.start
        before = text[cstart:pos].strip()
        he = self.head_end(spk[-1].end, s.end)
        if text[he:he + 1] == " " and text[he + 1:he + 2].isupper() and \
                text[he + 2:he + 3].isalpha():
            return None  # "according to Azerbaijan Railways": the name found opens a longer one
        if spk[-1].qualifier and he == spk[-1].end and (
                self.c.demonym_thing.match(self.low, he, s.end)
                or (_INDEFINITE_BEFORE.search(self.low, after, spk[-1].start)
                    and _LOWER_WORD_NEXT.match(text, he, s.end))):
            # probe round 44: "according to the Russian translation", "according to the
            # Armenian version of the text": a demonym before a noun naming a text
            # (statement_cues.csv, `demonym_thing`) qualifies that thing, not a side;
            # (round 62) so does one after "a" or "an" ("according to an Armenian official
            # who ...": an unnamed person, not the state)
            return None
        rest = _WS_COMMA.match(text, he).end()
        if spk[-1].person and (tm := self.c.title_lead.match(self.low, he, s.end)) is not None:
            # probe round 58: "According to X, his Azerbaijani counterpart, A": the title in
            # apposition after the name is the speaker's, no part of the words
            rest = tm.end()
        elif spk[-1].person and text[he:he + 1] == "," and \
                (nc := text.find(",", he + 1, s.end)) > 0 and (
                    self._title_of_body(si, he, nc + 1) or any(
                        c.start == _skip_ws(text, he + 1, nc) and c.end == nc
                        and c.ids == spk[-1].ids
                        for c in self.cands(si))):
            # (round 62) so is "According to X, the secretary of Armenia's Security Council,
            # A" (a title and the body it is of) and any title naming X again
            rest = _skip_ws(text, nc + 1, s.end)
        if rest < s.end and text[rest - 1] != ",":
            dm = _DOC_NOUN_COMMA.match(self.low, rest, s.end)
            if dm is not None:
                ws = _words(dm.group(1))
                if all(w in self.c.source_gap for w in ws) and ws[-1] not in _NOUN_LEADS \
                        and ws[-1] not in _PREPOSITIONS and not ws[-1].endswith("ed"):
                    # "According to the Kremlin readout, A": the speaker's document is no
                    # part of the words, which start after its comma
                    rest = dm.end()
        if before.endswith(",") and "," not in before[:-1] and \
                text[rest - 2:rest].strip() == "," and _SUBJECT_GAP.match(self.low, rest) and \
                not _QUOTE_MARKS.search(before):
            # "The process, according to X, will go on": the stretch before is the subject of
            # the words, which are the whole sentence (as with "The process, X said, will")
            cs, ce = cstart, _rstrip_punct(text, cstart, s.end)
        elif _OPENS_CLAUSE_BEFORE.search(before) is not None and \
                text[rest - 2:rest].strip() == ",":
            # (round 40, lead) "The clashes began on Sunday, when, according to X, troops
            # opened fire": X vouches for the clause its phrase interrupts, from after the
            # phrase to the end; what comes before the subordinator is the writer's
            cs = rest
            ce = _rstrip_punct(text, cs, s.end)
        elif not _has_letters(before) or (before.endswith(",") and _nwords(before) <= 4
                          and not before.rstrip(" ,").endswith(("”", '"', "»", "’"))
                          and not _RELATIVE_NEXT.match(self.low, rest)
                          and not _closing_source(text, he, rest, s.end)):
            # ("The border was closed, according to X, who ...": the relative is about X)
            # "According to X, ..." (after an optional short lead-in: "In 2020, according to")
            if "," not in text[he:rest] and self._source_runs_on(rest, s.end):
                # "According to the Azerbaijani presidential press service, ...", "according
                # to the press service of the President, X stressed ...": the source runs on
                # past the speaker found, so where the words start is unknown
                return None
            cs = rest
            ce = _rstrip_punct(text, cs, s.end)
        else:  # "..., according to X"
            cs = cstart
            ce = _rstrip_punct(text, cs, pos)
        if ce <= cs:
            return None
        return _Attr(si, (pos, pos + len("according to")), spk, cs, ce, "according")

    def _source_runs_on(self, pos: int, end: int) -> bool:
        """Whether the words at `pos`, right after the speaker found after "according to" with
        no comma between, still name the source: "of ...", "'s ..." or a few words ending in a head
        noun before a comma ("presidential press service,")."""
        if self.low.startswith(("of ", "'s ", "’s "), pos):
            return True  # ("according to Azerbaijan's State Commission, A": the commission's)
        comma = self.text.find(",", pos, min(end, pos + 60))
        if comma < 0 or _nwords(self.text[pos:comma]) > 4:
            return False
        stretch = self.low[pos:comma].rstrip()
        return any(stretch.endswith(h) and (len(stretch) == len(h) or
                                            stretch[-len(h) - 1] == " ")
                   for h in self.c.possessive_heads + self.c.heads)

    def _bare_reaction(self, form: str, ve: int, cs: int) -> bool:
        """Whether speech verb `form` (ending at `ve`, its words starting at `cs`) reacts to a
        thing named right after it ("welcomed the deal", "condemning the shelling"): no
        "that", colon or quotation follows, so the words without the verb would be a bare
        noun phrase, and the verb stays in them."""
        if form not in self.c.reactions or self.quote_at(cs) is not None or \
                _THAT.match(self.low, ve):
            return False
        # ("condemned on Friday the shelling": a date or occasion skipped between the verb
        # and its object changes nothing, unless it ends in "that", a colon or a quotation)
        return not self.text[ve:cs].strip() or not (
            _THAT_BEFORE.search(self.low, ve, cs) or _QUOTE_MARKS.search(self.text, ve, cs))

    def _bare_recipient(self, s: Sentence, cs: int, ce: int) -> bool:
        """After a closing quotation, "told" + what may be only its recipient: a determiner
        phrase ("told a session of the Council") or a bare common noun with no actor named
        in it ("told residents of Kirants at a meeting", where "told reporters Armenia
        wanted A" names a subject of its own words)."""
        if _DET_LEAD.match(self.low, cs, ce):
            return True
        return self.text[cs:cs + 1].islower() and not any(
            cs <= x.start < ce and x.actor_id for x in s.mentions)

    def _quoted_as(self, si: int, vs: int, ve: int) -> _Attr | None:
        """"APA quoted him as saying that A" / "Aliyev was quoted by APA as saying A": the
        relaying verb's object (or, in the passive, its subject) said A; the outlet, named
        or not in the gazetteer, passes the words on. The words follow "as saying"; a
        closing quotation right before the outlet ("“A,” Interfax quoted X as saying") is
        the words when none follow."""
        text, low = self.text, self.low
        s = self.sents[si]
        p = _skip_ws(text, ve, s.end)
        passive = _BY.match(low, p, s.end) is not None
        if passive:
            pw = _prev_word(text, s.start, vs)
            if pw in self.c.floating:
                # "X and Y were both quoted by ... as saying A": a quantifier or adverb
                # between the auxiliary and the participle (statement_cues.csv,
                # `floating_word`); the subject is left of the auxiliary
                vs = _word_start(text, s.start, vs)
                pw = _prev_word(text, s.start, vs)
            if pw not in _PASSIVE_AUX:
                return None
            m = _AS_SAYING.search(low, p, min(s.end, p + 80))
            if m is None or _ATT_CLOSE.search(text, p, m.start()):
                return None  # ("by the agency, as saying": no agent phrase)
            left = self.subjects_left(si, vs)
            if left is None:
                return None
            speakers = left[0]
        else:
            c = next((c for c in self.cands(si) if c.start == p), None)
            if c is None:
                return None
            m = _AS_SAYING.match(low, _skip_ws(text, c.end, s.end), s.end)
            if m is None:
                return None
            speakers = [c]
        frame = "tell" if m.group(1).startswith("tell") else "say"
        cs, occ = self.skip_adverbials(si, m.end(), frame)
        ce = _rstrip_punct(text, cs, s.end)
        if _has_words(text[cs:ce]):
            return _Attr(si, (m.start(1), m.end(1)), speakers, cs, ce, "forward", frame, occ)
        lo = vs
        i = bisect.bisect_right(self.quote_starts, lo) - 1
        while i >= 0 and self.quotes[i].close > lo:
            i -= 1
        if i < 0 or not self.quotes[i].closed or self.quotes[i].open < s.start or \
                _nwords(text[self.quotes[i].close:lo].strip(" ,—–-")) > 4 or \
                "," not in text[self.quotes[i].end - 1:lo]:
            return None
        qs, qe = self.quote_words(self.quotes[i])
        return _Attr(si, (m.start(1), m.end(1)), speakers, qs, qe, "backward", frame, occ)

    def _relay_noun(self, spk_end: int, vs: int) -> bool:
        """A news-outlet noun right after the speaker ("Armenian media said", "Azerbaijani
        reports say") makes the subject a relay; not when that noun is the speech verb
        itself ("The Defence Ministry reports that A": the ministry speaks)."""
        m = self.c.relay.match(self.low, spk_end)
        return m is not None and m.end() <= vs

    def _named_clause_after(self, si: int, cs: int, ce: int) -> bool:
        """Probe round 54: "“A,” X said, and Y replied that B" / "..., but the Azerbaijani
        minister said B": "and" (or "but") then another speaker and a speech verb of its own
        opens a second attribution, never the words of the first (those are the quotation
        before it); the speaker stands right after the joiner (its title words included)."""
        m = _JOINER_SUBJECT.match(self.low, cs, ce)
        if m is None or not self._cues:
            return False
        verbs = self._cues.get(si, ((), (), ()))[0]
        if any(_NAMED_RUN_VERB.fullmatch(self.text, m.end(), v[0]) for v in verbs
               if m.end() < v[0] <= m.end() + 80):
            # probe round 55: "..., and opposition deputy Artur Vanetsyan replied that B": a
            # person outside the gazetteer, named by a capitalised name right before the
            # speech verb (after title words of his own), opens another's clause too
            return True
        for c in self.cands(si):
            if c.start < m.end():
                continue
            if c.location or not _TITLE_RUN.fullmatch(self.text, m.end(), c.start):
                return False
            if any(_VERB_GAP.fullmatch(self.low, c.end, v[0]) for v in verbs):
                return True
            g = _VERB_GAP.match(self.low, c.end, ce)
            if g is not None and _PAST_VERB.match(self.low, g.end(), ce):
                return True  # "..., and Ankara hoped B": a finite verb, another's clause
            if not _POSS_END.match(self.text, c.end, c.end + 2):
                return False
            # "and President Aliyev's aide Y replied": the possessor is part of Y's title
        return False

    def _joined_clause_in(self, si: int, lo: int, hi: int) -> bool:
        """Whether ", and"/", but" in [lo, hi) opens another speaker's clause with its own
        speech verb (`_named_clause_after`)."""
        for jm in _COMMA_JOINER.finditer(self.low, lo, hi):
            if self._named_clause_after(si, jm.end(), self.sents[si].end):
                return True
        return False

    def _participle_next(self, si: int, ve: int, cs: int) -> bool:
        """"X replied within days, telling a conference that A": a speech participle after a
        short adverbial and a comma carries the words (its own row, of the same subject); the
        finite verb before it reports nothing else."""
        s = self.sents[si]
        m = _LEAD_COMMA.match(self.low, cs, s.end)
        if m is None:
            if "," not in self.text[ve:cs]:
                return False
            p = cs
        elif _DET_LEAD.match(self.low, cs - 1) or \
                any(cs <= x.start < m.end() and x.actor_id for x in s.mentions):
            # "X said Aliyev, commenting on A, had B": the participle is Aliyev's; "X welcomed
            # the agreement, saying A": an object, the verb's own row (a reaction keeps it)
            return False
        else:
            p = _skip_ws(self.text, m.end(), s.end)
        if not self.c.participles.match(self.low, p):
            return False
        k = bisect.bisect_left(self.participles, (p, 0))
        return k < len(self.participles) and self.participles[k][0] == p

    def _past_date(self, s: Sentence, ve: int) -> int:
        """Where the words after a speech verb start once a date told right after the verb is
        passed ("repeated on Thursday that ..."): a form that is also another verb needs
        "that" next, and the date is no part of either."""
        for dm in s.dates:
            if ve < dm.start <= ve + 4 and _DATE_GAP.fullmatch(self.low, ve, dm.start):
                return dm.end
        return ve

    def _verb_attr(self, si: int, vs: int, ve: int) -> _Attr | None:
        text = self.text
        s = self.sents[si]
        if self.in_quote(vs):
            return None
        form = _norm(self.low[vs:ve])
        frame = self.c.frame.get(form, "say")
        # "X denied that A" / "X rejected claims that A": A is what X says is untrue, so the
        # words keep the verb (a row "A" would state the opposite of what X said)
        negates = frame == "deny"
        if negates:
            frame = "say"
        # (probe round 60: '“A,” he continued, “B”': a quotation resumed after a comma)
        quote_after = text[ve:ve + 4].lstrip(" \t,")[:1] in _QUOTE_CHARS
        if form in self.c.needs_quote and not quote_after and \
                _QUOTE_BEFORE_SUBJECT.search(text, max(s.start, vs - 60), vs) is None:
            return None  # "the trial continued at the court": no saying
        if form in self.c.needs_that and not _THAT.match(self.low, self._past_date(s, ve)) \
                and not quote_after and not (
                    form.endswith("ed") and _PHRASE_THEN_THAT.match(self.low, ve)) \
                and not _CLOSING_TAIL.fullmatch(self.low, ve, s.end) \
                and not (frame == "urge" and _URGE_ADDRESSEE.match(self.low, ve, s.end)):
            return None
        if form in self.c.needs_rebuttal and not self.c.rebuttal.match(self.low, ve, s.end):
            return None  # "dismissed the minister": a removal, not a rebuttal
        if frame == "relay":
            got = self._quoted_as(si, vs, ve)
            if got is not None:
                return got
        left = self.subjects_left(si, vs)
        coord = -1
        if left is None:
            got = self._coordinated(si, vs, ve, frame) or self._after_deed(si, vs)
            if got is None:
                return self._inverted(si, vs, ve, frame)
            left, coord = got
        speakers, spk_end = left
        if coord < 0 and frame in ("say", "tell", "address"):
            par = self._parenthetical(si, speakers[0].start, ve, frame)
            if par is not None:  # "Baku, X said on Monday, would not wait": around its words
                cs, occ = self.skip_adverbials(si, ve, frame)
                return _Attr(si, (vs, ve), speakers, par[0], par[1], "backward", frame, occ)
        if frame in ("call", "describe") and \
                self.prev_word(s.start, speakers[0].start) == "what":
            return None  # "launched what it called “measures”": a naming, not a statement
        if self._supposed(s.start, speakers[0].start):
            return None  # "If Aliyev says A, then B": a supposition, nothing was said
        if frame == "call":
            nxt = [c for c in self.cands(si) if c.start >= ve]
            if nxt and nxt[0].person and not text[ve:nxt[0].start].strip() and \
                    text[nxt[0].end:nxt[0].end + 2] not in ("'s", "’s"):
                return None  # "X called Y": a phone call; "X welcomed Y": a greeting
            if self.c.guests.match(self.low, _skip_ws(text, ve, s.end)):
                return None  # "X welcomed 70 heads of state", "hailed the delegations"
            if self.c.call_particles.match(self.low, _skip_ws(text, ve, s.end)):
                return None  # "Baku called off the round", "called up reservists": no words
        if self.c.byline.match(self.low, spk_end) or self._relay_noun(spk_end, vs):
            frame = "relay"
        cs, occ = self.skip_adverbials(si, ve, frame)
        if " " in form and form in self.c.noun_objects and _NOUN_PREP.match(self.low, cs):
            # probe round 52: "X expressed concern over the presence of Y": the noun of the
            # verb's form opens the words ("concern over the presence of Y"), as the noun of
            # "expressed satisfaction with Y" does; the preposition alone would open a
            # fragment. A that-clause ("expressed concern that A") stays A.
            cs = self.low.rindex(" ", vs, ve) + 1
        if " " in form and form in self.c.noun_objects and "," in self.low[ve:cs + 1] and \
                _CONTRAST_LEAD.match(self.low, cs):
            # probe round 52: "Iran voiced concern, while Turkey welcomed the deal": the noun
            # closes the words; the contrast after the comma is another's clause
            return _Attr(si, (vs, ve), speakers, ve, ve, "empty", frame, occ)
        if not negates and self._participle_next(si, ve, cs) and \
                self.backward(si, speakers[0].start)[0] is None:
            # "X replied within days, telling a forum that A": the participle's words (but
            # "“A,” X said, adding that B" closes on A)
            return None
        # "X welcomed the deal", "X condemned the attack": a reaction to a thing, whose words
        # without the verb would be a bare noun phrase (no "that", colon or quotation after it)
        react = cs if self._bare_reaction(form, ve, cs) or (
            form in self.c.request_fors and _REQUEST_FOR.match(self.low, cs)) else -1
        if frame == "urge" and _QUESTION_LEAD.match(self.low, cs):
            # "X, asked about the talks, said A" / "X asked whether A": a question put to or
            # by X, whose answer (if any) is another verb's row, not X's words
            return None
        pcm = self.c.pro_colon.match(self.low, cs)
        if pcm is not None and _has_words(text[pcm.end():s.end]):
            # probe round 53: "Yerevan said the opposite: that A" / "X said otherwise: A": the
            # colon announces the words, which are A (no pro-word standing for words before)
            cs = pcm.end()
        if self.c.empty_words.match(self.low, cs) or self.c.pro_words.match(self.low, cs):
            # "the ministry said nothing about the talks": nothing was said; "Aliyev has said
            # as much", "Baku said the same": the words are told before. No row, but the
            # clause is another's: "X said A, and Y said the same" ends X's words before it
            # (an attribution without words, dropped once the nesting is resolved)
            return _Attr(si, (vs, ve), speakers, ve, ve, "empty", frame, occ)
        if not negates and self.low[ve:cs].rstrip().endswith(" that") and \
                (_THAT_OBJECT.match(text, cs) or self._told_noun_object(cs, s.end)):
            # "Bayramov repeated that demand; ...": "that" with one word before the clause's
            # end is a determiner, so the object names words told before (as "as much"); a
            # denial keeps its verb and object ("rejects that description")
            return _Attr(si, (vs, ve), speakers, ve, ve, "empty", frame, occ)
        ce = _rstrip_punct(text, cs, s.end)
        if text.startswith(";", cs):
            ce = cs  # "A, the ministry said; B said C": a closing attribution ends its clause
        if self.low.startswith("with ", cs) and not self.low[ve:cs].strip() and \
                not _WORDS_AFTER_WITH.search(self.low, cs, ce):
            # lead, round 42: "Pashinyan answered with the Treaty of Sevres and ...": what a
            # speaker answered or replied with is the matter of the reply, not its words (not
            # "replied with a warning that A", whose clause is the words)
            return _Attr(si, (vs, ve), speakers, ve, ve, "empty", frame, occ)
        if frame == "urge" and form.endswith((" to", " on", " upon")) and \
                self.quote_at(cs) is None and not _URGE_CONTENT.search(self.low, cs, ce):
            # probe round 55: "Armenia appealed to the CSTO on Tuesday after the shelling":
            # an addressee with no infinitive, "for", "that" or quotation after it names whom
            # the speaker turned to, not what was asked (no words; the clause is another's)
            return _Attr(si, (vs, ve), speakers, ve, ve, "empty", frame, occ)
        if form in self.c.answer_objects and self._answer_object(ve, cs, ce):
            # probe round 48: "X answered opposition deputies for an hour on the talks": the
            # object is who (or what) was answered, not the words
            return _Attr(si, (vs, ve), speakers, ve, ve, "empty", frame, occ)
        if form in self.c.act_objects and self._act_object(ve, cs, ce):
            # "declared martial law", "announced a general mobilisation", "six days after the
            # two governments announced the deal": a short noun phrase names an act, not words
            return _Attr(si, (vs, ve), speakers, ve, ve, "empty", frame, occ)
        if frame == "say" and self._cues and react < 0:
            # "X confirmed the news and said A": a short object, then a second speech verb
            # of the same subject: A is the words, the second verb their trigger ("X denied
            # the claim and said A" too: A is X's own claim, as after ", saying")
            noun = form in self.c.noun_objects
            for v2 in self._cues.get(si, ((), (), ()))[0]:
                if v2[0] <= cs:
                    continue
                if v2[0] >= cs + (160 if noun else 50):
                    break
                if ((_OBJECT_AND if not noun else _NOUN_OBJECT_AND).fullmatch(
                        self.low, cs, v2[0]) or (
                        self.c.frame.get(_norm(form)) == "deny" and (
                            _PRONOUN_OBJECT_AND.fullmatch(self.low, cs, v2[0]) or
                            # probe round 54: "denied that and said A": the "that" read as
                            # opening a clause is the pronoun object
                            _PRONOUN_OBJECT_AND.fullmatch(
                                self.low, _skip_ws(self.low, ve, cs), v2[0])))) and \
                        self.c.frame.get(_norm(self.low[v2[0]:v2[1]])) == "say":
                    cs2, occ2 = self.skip_adverbials(si, v2[1], "say")
                    if _has_words(text[cs2:ce]) and not self.c.empty_words.match(self.low, cs2):
                        return _Attr(si, v2, speakers, cs2, ce, "forward", "say", occ or occ2)
                    break
        if frame == "tell" and _nwords(text[cs:ce]) <= 4 and self.quote_at(cs) is None \
                and not _THAT_BEFORE.search(self.low, ve, cs):
            # "“...,” X told Euronews.": only the recipient follows (but "X told reporters
            # that no deal was near" has short words after its "that")
            cs = ce
        quote = self.quote_at(cs)
        if quote is not None and quote.close > s.end:
            ce = quote.close if quote.closed else quote.end  # a quotation running on
        if _SUBORDINATE.match(self.low, s.start):
            # "When X declared that ..., he aroused outrage": the main clause is not reported
            last_q = max([q.close for q in self.quotes if cs <= q.open < ce] + [cs])
            mc = _MAIN_CLAUSE.search(self.low, last_q, ce)
            if mc:
                ce = _rstrip_punct(text, cs, mc.start())
        if frame == "accuse" and _ACCUSED_GONE.match(self.low, cs, ce) and \
                self.prev_word(s.start, speakers[0].start) in _RELATIVES:
            # "France, which he accused of arming Armenia", "the shelling, which Baku blamed on
            # Armenian provocations": the relative pronoun is the accused (or what is blamed),
            # so the words after the verb accuse nobody; a named actor as the relative's
            # antecedent opens them, anything else (a clause, an event) drops the row
            ant = self._relative_antecedent(si, speakers[0].start, named_only=True)
            if ant is None:
                return None
            cs = ant
        elif self.prev_word(s.start, speakers[0].start) in _RELATIVES or \
                (_REL_GAP.match(self.low, speakers[-1].end, vs) and
                 not text[speakers[-1].end:vs].rstrip().endswith(",")):
            # "the deal, which X said would be signed soon, ...": the relative clause only;
            # "X, who had said A, told B": A ends at the clause's comma, B is the main verb's
            # (but in "X, who spoke to both leaders, said A" the relative closes before the
            # verb, which is the main one: its words run on); a thousands comma ("1,000") is
            # no clause's end
            comma = _clause_comma(text, cs, ce)
            if comma > 0:
                ce = _rstrip_punct(text, cs, comma)
            if _SUBJECT_GAP.match(self.low, cs, ce) and \
                    self.prev_word(s.start, speakers[0].start) in ("which", "who", "that"):
                # "B, which A says is occupying ...", "a step that A said had opened ...": the
                # words lack their subject, the relative's antecedent; a named antecedent opens
                # them, else no row
                ant = self._relative_antecedent(si, speakers[0].start)
                if ant is None:
                    return None
                cs = ant
        elif frame in ("say", "tell", "address") and _AUX_GAP.match(self.low, cs, ce) and \
                self.quote_at(cs) is None:
            # "a remark Baku said had wrecked the talks": a relative without "which", so the
            # words lack their subject (the remark) and would state something else
            return None
        bs, be = self.backward(si, speakers[0].start)
        if bs is not None and self.quote_at(cs) is None:
            q1, q2 = self.quote_at(bs), self._resumed_quote(si, ve)
            if q1 is not None and q1.start == bs and q2 is not None and q1.close <= vs:
                # as below, with an adverbial between the verb and the quotation's second part
                return _Attr(si, (vs, ve), speakers, q1.open, q2.close if q2.closed else q2.end,
                             "backward", frame, occ)
        after_prep = frame in ("say", "tell", "address") and (
            _PREP_START.match(self.low, cs, ce) is not None
            # "“...,” X was quoted as saying by the agency": the passive's agent, no words
            or (" as " in form and _BY.match(self.low, cs, ce) is not None)
            # "“...,” X said, quoted by the agency": the outlet that relays them, no words
            or _QUOTED_BY.match(self.low, cs, ce) is not None)
        if bs is not None and self.quote_at(bs) is not None and self.quote_at(cs) is None:
            if frame != "urge" and "," in text[ve:cs] and (
                    _ING_WORD.match(self.low, cs, ce) or _TIME_GAP.match(self.low, cs, ce)
                    or _PLACE_RELATIVE.match(self.low, cs, ce)):
                # "“...,” X said, referring to the army": a clause about the words, not them;
                # "“...,” X said, a day after the talks": when, not what; "“...,” X told
                # reporters in Antalya, where he had met Y": about the place, not the words
                after_prep = True
            elif frame == "tell" and self._bare_recipient(s, cs, ce) and \
                    not _THAT_BEFORE.search(self.low, ve, cs) and \
                    not _AUX.search(self.low, cs, ce):
                # "“...,” X told a session of the Security Council.": a recipient longer than
                # four words, with no verb of a clause after it, is no words of its own
                after_prep = True
            elif frame == "urge" and _nwords(text[cs:ce]) <= 4 and \
                    not _TO_WORD.search(self.low, cs, ce):
                # "“Why wait?” X asked reporters": the question is the quotation before
                after_prep = True
        elif bs is not None and frame in ("say", "tell", "address") and \
                "," in text[ve:cs] and self.quote_at(cs) is None and \
                not _THAT_BEFORE.search(self.low, ve, cs) and \
                not _THAT.match(self.low, cs):
            # "A, the ministry said on Monday, without giving a reason" / "..., up from 49 a
            # day earlier": words after a comma that closes the attribution are an aside
            # about the report; the reported clause is the one before the speaker
            after_prep = True
        if bs is not None and self.quote_at(bs) is not None and self.quote_at(cs) is None and \
                _AND_VERB_AFTER_QUOTE.match(self.low, cs, ce):
            # probe round 53: "“A,” the ministry said, and it called on Y to B" / "“A,” X said
            # and urged Y to B": a clause opening with "and" is the speaker's next act (the
            # second verb's own row), never the reported words; those are the quotation before
            after_prep = True
        if bs is not None and self.quote_at(bs) is not None and self.quote_at(cs) is None and \
                self._named_clause_after(si, cs, ce):
            after_prep = True  # probe round 54: "“A,” X said, and Y replied that B"
        if bs is not None and (after_prep or self.c.participles.match(self.low, cs, ce)):
            # "..., X said in his speech at the opening of ...": an adverbial, not the words;
            # "“...,” X stressed, adding that ...": the words are the quotation before
            return _Attr(si, (vs, ve), speakers, bs, be, "backward", frame, occ)
        q1 = self.quote_at(bs) if bs is not None else None
        q2 = self.quote_at(cs)
        if q1 is not None and q1.start == bs and q2 is not None and q2.open == cs and \
                ":" not in text[ve:cs]:
            # "“We are ready,” X said, “to sign it tomorrow.”": one quotation around its
            # attribution (probe round 61: not '“A.” X said: “B.”', where the colon opens
            # X's new quotation and A, before the full stop, is the sentence before's)
            return _Attr(si, (vs, ve), speakers, q1.open, q2.close if q2.closed else q2.end,
                         "backward", frame, occ)
        if bs is not None and "," in text[ve:cs] and self.c.verb_apposition.match(self.low, cs):
            # "“We recognise 29,800 square kilometres,” he said, a reference to the Soviet-era
            # borders": the noun phrase after the verb's comma is the author's gloss of the
            # quotation before it, which alone is the words
            return _Attr(si, (vs, ve), speakers, bs, be, "backward", frame, occ)
        if frame in ("say", "tell", "address") and (
                _NO_CLAUSE.match(text, cs, ce) or self._topic_only(si, ve, cs, ce) or
                _TIME_ONLY.fullmatch(text, cs, ce) or _IN_PHRASE_ONLY.match(text, cs, ce)):
            # "X commented on the statement of Y" ("on the statement" read as an occasion) and
            # "X responds to Y's remarks": a complement of the verb, what was commented on, not
            # the words (a reported clause never opens with "of" or "to" before a noun)
            return None if bs is None else _Attr(si, (vs, ve), speakers, bs, be, "backward",
                                                 frame, occ)
        ce0 = ce
        ce = self._before_closing_attribution(si, cs, ce, vs)
        # (round 50: the closing attribution's own occasion, "..., the press service said in
        # a statement", is not where the speaker spoke)
        readout = text.find(",", ce, ce0) if ce < ce0 else -1
        if readout >= 0 and self.c.participles.match(self.low, _skip_ws(text, readout + 1, ce0)):
            readout = -1  # "..., saying on X that A": the speaker's own participle
        if '"' in text[cs:ce] or "”" in text[cs:ce] or "»" in text[cs:ce]:
            m = self.c.quote_apposition.search(self.low, cs, ce)
            if m is not None:  # "urged them to “...”, a phrase first used in ...": the author's
                ce = m.start() + 1
        m = self.c.disputed_apposition.search(self.low, cs, ce)
        if m is not None and not self.in_quote(m.start()):
            ce = _rstrip_punct(text, cs, m.start())  # "A, a claim Baku denies": the writer's
        if frame == "call" and _NAME_ONLY.fullmatch(text, cs, ce):
            return None  # "a route which Washington has called the Trade Link for Peace": a name
        if frame in ("call", "describe"):
            got = self._characterisation(cs, ce)
            if got is not None:
                cs, ce = got
                if frame == "call" and _NAME_ONLY.fullmatch(text, cs, ce):
                    return None  # "Baku calls the route the “Zangezur corridor”": a name
            elif frame == "describe" and not _AS_WORD.search(self.low, cs, ce):
                return None  # "the situation X described": no characterisation, no words
            else:
                ce = self._trailing_date_cut(s, cs, ce)
        q0 = self.quote_at(cs)
        if q0 is not None and q0.open == cs and q0.closed and q0.close < ce and \
                _QUOTE_THEN_PP.match(self.text, q0.close, ce):
            # "X said that “A,” in a speech that drew ...": the words are the quotation; the
            # phrase after it is the writer's
            cs, ce = self.quote_words(q0)
        fm = _FILLER_OBJECT.match(self.low, cs, ce) if ce - cs < 90 else None
        if fm is not None:
            p2 = self.skip_adverbials(si, fm.end(), "say")[0]
            while p2 < ce and (am := self.c.post_adverb_only.match(self.low, p2, ce)) and \
                    am.end() > p2:
                # ("said so publicly on Tuesday": an adverb the skip left, as it stands
                # before no "that", then what follows it)
                p2 = self.skip_adverbials(si, am.end(), "say")[0]
            if p2 >= ce or _WHEN_WHERE_ONLY.fullmatch(self.low, p2, ce) or \
                    _CLOCK_ONLY.fullmatch(self.low, p2, ce) or \
                    self.c.post_adverb_only.fullmatch(self.low, p2, ce):
                # "X confirmed it a day later.", "X announced it on Facebook shortly after 1
                # a.m.", "he had said so publicly": what is confirmed was told before
                return None
        if _WHEN_WHERE_ONLY.fullmatch(self.low, cs, ce):
            ce = cs  # "X replied days later at a forum.": the words, if any, come next
        if ", wh" in text[cs:ce]:
            ce = self._contrast_end(si, cs, ce, speakers)
        if " that " in text[cs:ce]:
            ce = self._gapped_end(si, cs, ce)
        if " and " in text[cs:ce] and cs != react:
            ce = self._deed_end(si, cs, ce)
        if cs != react and not negates and frame in ("say", "tell") and "," in text[cs:ce]:
            ce = self._time_gap_cut(s, cs, self._comma_occasion_cut(s, cs, ce))
        if cs == react and _has_words(text[cs:ce]):
            ce = self._object_date_cut(s, cs, self._object_occasion_cut(cs, ce))
            cs = vs  # (a characterisation's quotation, "calling it “...”", moved cs on)
        if _has_words(text[cs:ce]):
            if negates and "," not in text[ve:cs]:
                # (not "X denied, claiming that A": A is the claim's, X's own words)
                own = self._own_claim(si, cs, ce)
                if own is None:
                    ce = self._object_date_cut(s, cs, ce)
                cs = own or vs
            return _Attr(si, (vs, ve), speakers, cs, ce, "forward", frame, occ, coord=coord,
                         readout=readout)
        if coord >= 0:
            return None
        if bs is None:
            # "X said in a statement." with the words in the next sentence
            return _Attr(si, (vs, ve), speakers, ve, ve, "forward", frame, occ)
        return _Attr(si, (vs, ve), speakers, bs, be, "backward", frame, occ)

    def _contrast_end(self, si: int, cs: int, ce: int, speakers: list[_Cand]) -> int:
        """"Baku insisted on direct talks, while Yerevan preferred ...": a contrast clause
        (outside quotation marks) whose subject is another party ends the words: that party's
        position is the writer's report, not the speaker's words."""
        own = {i for c in speakers for i in c.ids}
        own |= {c for i in own if (c := _actor(i)[1])}
        for m in _CONTRAST.finditer(self.low, cs, ce):
            if self.in_quote(m.start()):
                continue
            for mm in self.sents[si].mentions:
                if mm.start < m.end() or not _DET_OR_NONE.fullmatch(self.low, m.end(), mm.start):
                    continue  # (the clause's subject only: "while Yerevan", "while the EU")
                who = mm.actor_id or (_place_country(mm.place_id) if mm.place_id else None)
                if who and who not in own and (_actor(who)[1] or who) not in own:
                    if _REPORTED_MODAL.match(self.low, mm.end):
                        break  # "..., while Baku would have to ...": still the speaker's
                    return _rstrip_punct(self.text, cs, m.start())
        return ce

    def _gapped_end(self, si: int, cs: int, ce: int) -> int:
        """"The former said A, the latter that B" / "Baku said A, and Yerevan that B": a
        possible speaker after a comma, followed by "that" with its speech verb left out
        (gapping), opens another's words, so the speaker's words end before it."""
        for c in self.cands(si):
            if cs < c.start < ce and _GAP_THAT.match(self.low, c.end) and \
                    not self.in_quote(c.start):
                m = _GAP_COMMA.search(self.text, max(cs, c.start - 8), c.start)
                if m is not None:
                    return _rstrip_punct(self.text, cs, m.start())
        return ce

    def _deed_end(self, si: int, cs: int, ce: int) -> int:
        """"X said the talks had been useful and thanked the hosts": a coordinated act of
        the speaker's own (statement_cues.csv `closing_deed`) after the reported clause ends
        its words; not when that clause opens with a named person, who may be the one who
        thanked ("said Aliyev had received the envoy and thanked him")."""
        m = self.c.closing_deed.search(self.low, cs, ce)
        while m is not None and self.in_quote(m.start()):
            m = self.c.closing_deed.search(self.low, m.end(), ce)
        if m is None or _nwords(self.text[cs:m.start()]) < 3:
            return ce
        subj = _skip_ws(self.text, cs + 5, ce) if self.low.startswith("that ", cs) else cs
        for x in self.sents[si].mentions:
            if x.start >= m.start():
                break
            if x.start >= subj and x.actor_id and _actor(x.actor_id)[0] == "person" and \
                    _DET_OR_NONE.fullmatch(self.low, subj, x.start):
                return ce
        return _rstrip_punct(self.text, cs, m.start())

    def _told_noun_object(self, cs: int, end: int) -> bool:
        """"X reportedly repeated that demand during the talks in Almaty": after "that", a
        noun naming words (statement_cues.csv `told_noun`) whose clause, up to its stop or a
        joined clause, has no auxiliary: "that" is a determiner and the object names words
        told before (not "said that demand for gas had grown", a clause)."""
        m = _WORD.match(self.low, cs)
        if m is None or m.group() not in self.c.told_nouns:
            return False
        stop = _CLAUSE_STOP.search(self.low, m.end(), end)
        return not _AUX.search(self.low, m.end(), stop.start() if stop else end)

    def _parenthetical(self, si: int, spk_start: int, ve: int, frame: str
                       ) -> tuple[int, int] | None:
        """"The treaty, X said, could be signed soon": an attribution between commas inside
        the words it reports, after a short stretch that opens the sentence, or its clause
        after a semicolon ("A; the treaty, he said, ..."), with no comma, quote or speech verb
        in it, no participle ("Speaking in Baku,"), and before words that go on without "that"
        or a participle. An opening adverbial is the words' ("In 2027, X said, the border will
        be drawn": 2027 is when the border is drawn, not when X spoke). Returns the words'
        span (to the sentence's end), else None."""
        text, low = self.text, self.low
        s = self.sents[si]
        lo = s.start
        semi = text.rfind(";", lo, spk_start)
        if semi >= 0 and not self.in_quote(semi):
            lo = _skip_ws(text, semi + 1, spk_start)
        head = text[lo:spk_start].rstrip()
        if head[-2:] in (',"', ",”") and head[:1] not in _QUOTE_CHARS and \
                len(_QUOTE_MARKS.findall(head)) == 2:
            # 'As "a goodwill gesture," X said, A': a partial quotation ending the opening
            # stretch (which does not open with it) is part of the words around X
            head = head[:-1].replace('"', "").replace("“", "")
        if not head.endswith(",") or not 1 <= _nwords(head) <= 8 or \
                "," in head[:-1] or _QUOTE_MARKS.search(head) or _ING_WORD.match(low, lo) or \
                any(lo <= v < spk_start for v, _ in self.verbs) or \
                self.prev_word(lo, spk_start - 1) in _RELATIVES:
            return None
        cs, _ = self.skip_adverbials(si, ve, frame)
        gap = text[ve:cs]
        if not gap.rstrip().endswith(",") or "that" in _words(gap) or \
                self.c.participles.match(low, cs) or _nwords(text[cs:s.end]) < 2:
            return None
        if _QUOTED_BY.match(low, cs) and "," not in text[cs:s.end]:
            # (round 51) "A, X said, as cited by Trend.": the outlet relaying A closes the
            # sentence, so A alone is the words (a closing attribution, no parenthesis)
            return None
        return lo, _rstrip_punct(text, lo, s.end)

    def _relative_antecedent(self, si: int, spk_start: int, named_only: bool = False
                             ) -> int | None:
        """Start of the named actor or place that a "which"/"who" right before the speaker
        at `spk_start` follows (", which A says ..."); None when no mention ends at its comma.
        With `named_only`, only a named actor (no place, no determiner phrase) counts."""
        lo = self.sents[si].start
        m = _REL_BEFORE.search(self.low, lo, spk_start)
        if m is None:
            return None
        for x in self.sents[si].mentions:
            if x.end == m.start() and (x.actor_id or (x.place_id and not named_only)):
                if self.text[x.end - 1:x.end] != "s" and \
                        _PLURAL_VERB.match(self.low, spk_start, self.sents[si].end):
                    break  # "the trials in Baku, which A said were illegal": not Baku's
                return x.start
        if named_only:
            return None
        # "a joint declaration which A said would ...": the last determiner a few words back
        last = None
        for d in _DET_NP.finditer(self.low, max(lo, m.start() - 60), m.start()):
            last = d
        if last is not None and not any(w.endswith("s") for w in last.group(0).split()[1:]) \
                and _PLURAL_VERB.match(self.low, spk_start, self.sents[si].end):
            # "the new checkpoints on the Lachin road, which he said were illegal": a plural
            # verb after a singular phrase is about the plural noun before its preposition;
            # with no such noun the antecedent is not known (no row)
            p = _PLURAL_BEFORE.search(self.low, max(lo, last.start() - 60), last.start())
            return p.start() if p is not None else None
        return last.start() if last is not None else None

    def _own_claim(self, si: int, cs: int, ce: int) -> int | None:
        """"X rejected the accusations that A, saying B": B is what X itself says, so B alone
        is the words (A, the claim denied, stays out of them); None when no ", saying"
        follows the denial's object."""
        text = self.text
        for ps, pe in self._cues.get(si, ((), (), ()))[1] if self._cues else ():
            frame = self.c.frame.get(_norm(text[ps:pe]), "")
            if not cs < ps < ce or frame not in ("say", "tell"):
                continue
            if text[cs:ps].rstrip().endswith(",") and not _QUOTE_MARKS.search(text, cs, ps):
                if frame == "tell":
                    # ", telling reporters that B": B after the recipient (the occasion)
                    m = _TELL_RECIPIENT.match(self.low, pe, ce)
                    if m is None or not m.group(0).endswith("that"):
                        return None
                    start = _skip_ws(text, m.end(), ce)
                else:
                    # (", saying on Friday that B": the date and "that" are no part of B)
                    start = min(self.skip_adverbials(si, pe, "say")[0], ce)
                return start if _has_words(text[start:ce]) else None
        return None

    def _before_closing_attribution(self, si: int, cs: int, ce: int, own: int) -> int:
        """"X described the talks as useful, the government press service said": a short
        closing attribution (a few words and a speech verb ending the sentence) names who
        reports X's words; it is no part of them, even when its speaker is unknown. The
        words' own verb at `own` is none ("The talks, which X said were useful": the words
        open with the antecedent, before the verb)."""
        verbs = self._cues.get(si, ((), (), ()))[0] if self._cues else ()
        for vs, ve in verbs:
            if not cs < vs < ce or self.in_quote(vs) or vs == own:
                continue
            comma = self.text.rfind(",", cs, vs)
            if comma <= cs or _QUOTE_MARKS.search(self.text, comma, vs):
                continue
            lead = _WORD.match(self.low, _skip_ws(self.text, comma + 1, vs))
            if lead is not None and lead.group() in _PREPOSITIONS:
                continue  # "..., for people reported missing": a participle, no attribution
            if 1 <= _nwords(self.text[comma + 1:vs]) <= 6 and \
                    _nwords(self.text[ve:ce]) <= 4 and not _THAT.match(self.low, ve):
                if _norm(self.low[vs:ve]) in self.c.needs_that and \
                        _prev_word(self.text, comma, vs) in _NOUN_LEADS:
                    continue  # "..., while Armenia must drop its claims in court": a noun
                return _rstrip_punct(self.text, cs, comma)
        return ce

    def _trailing_date_cut(self, s: Sentence, cs: int, ce: int) -> int:
        """"X called Armenia a fascist state on Tuesday": a date closing a characterisation
        (a noun object, no clause) is when it was said, not part of the words; the words end
        before it, so the row takes the date."""
        for dm in s.dates:
            if dm.start <= cs or dm.end > ce:
                continue
            cm = _COORD_AFTER.match(self.low, dm.end, ce)
            if _rstrip_punct(self.text, dm.start, ce) == dm.end or (
                    cm is not None and _norm(cm.group(1)) in self.c.frame):
                # (also before "and accused ...": a coordinated speech verb, another row)
                m = _DATE_LEAD_END.search(self.low, cs, dm.start)
                if m is None:
                    continue  # "the joint statement of 7 December": the date names the thing
                if _PARTICIPLE_END.search(self.low, cs, m.start()):
                    continue  # "described it as the return of land seized in 1993"
                cut = _rstrip(self.text, cs, m.start())
                if _nwords(self.text[cs:cut]) >= 2 and not _AUX.search(self.low, cs, cut):
                    return cut
        return ce

    def _object_date_cut(self, s: Sentence, cs: int, ce: int) -> int:
        """"X rejected the claims on Friday", "X welcomed the ruling on 7 December": a date
        closing the bare object of a reaction or denial (no clause: no "that", colon or
        quotation in it) is when X reacted; the words (which keep the verb) end before it, so
        the row takes the date, as a characterisation's does."""
        cut = self._trailing_date_cut(s, cs, ce)
        return cut if cut == ce or not _CLAUSE_SIGN.search(self.low, cs, cut) else ce

    def _object_occasion_cut(self, cs: int, ce: int) -> int:
        """"X welcomed the exchange in a statement (and said A)", "X condemned the strike in a
        post on X": an occasion (occasions.csv) in a prepositional phrase closing the bare
        object of a reaction is where X reacted, not what X reacted to; the words end before
        it, so the row takes it as its occasion."""
        end = _rstrip_punct(self.text, cs, ce)
        for o in self.occasions:
            if not cs < o[1] < end or o[2] > end:
                continue
            if o[2] < end:
                # (or before a second speech verb of the same subject: "... in a statement and
                # said A", whose words are that verb's row)
                j = _AND_NEXT.match(self.low, o[2], end)
                if j is None or not any(v[0] == j.end() for v in self.verbs):
                    continue
            m = _OCC_PREP.search(self.low, cs, o[1])
            if m is not None and not self.in_quote(m.start()) and \
                    _nwords(self.text[cs:m.start()]) >= 2:
                return _rstrip_punct(self.text, cs, m.start())
        return ce

    def _time_gap_cut(self, s: Sentence, cs: int, ce: int) -> int:
        """Round 56: "X said A, a day after B" / "..., hours after B": a comma and a stretch of
        time before "after" (`_TIME_GAP`) closing the words is the writer's framing of when X
        spoke, not part of A; the words end before the comma. Outside quotation marks, after
        four words of A at least, and not after a future or modal verb in A ("the talks would
        resume, a week after the vote" may be X's plan). Not when the framing names a date
        ("..., a day after talks on 8 May"): outside the words it would date the row; nor
        when it names a topic the words lack."""
        for m in _COMMA_TIME_GAP.finditer(self.low, cs, ce):
            if self.in_quote(m.start()):
                continue
            if any(m.start() < dm.start < ce for dm in s.dates):
                return ce
            cut = _rstrip_punct(self.text, cs, m.start())
            if set(_topics(self, m.end(), ce)) - set(_topics(self, cs, cut)):
                # ("X said Baku had attacked at 12:05, minutes after the truce took effect":
                # a framing that names a matter the words do not is part of the claim)
                return ce
            if _nwords(self.text[cs:cut]) >= 4 and not _FUTURE_WORD.search(self.low, cs, cut):
                return cut
            return ce
        return ce

    def _comma_occasion_cut(self, s: Sentence, cs: int, ce: int) -> int:
        """Round 56: "X said A, in a televised address (on Monday)." -- an occasion
        (occasions.csv) set off by a comma and a preposition at the very end of the reported
        words (only a named host, "with Euronews", and a date may follow it) is where X
        spoke, not part of A; the words end before the comma, so the row takes the occasion.
        Outside quotation marks only, and after four words of A at least."""
        end = _rstrip_punct(self.text, cs, ce)
        for o in self.occasions:
            if not cs < o[1] < end or o[2] > end or self.in_quote(o[1]) or \
                    o[0] in _EVENT_OCCASIONS:
                continue
            tail = _OCC_TAIL.match(self.text, o[2], end)
            if tail is None or (tail.end() < end and not any(
                    dm.start >= tail.end() and dm.end == end and
                    len(self.text[tail.end():dm.start].split()) <= 1 for dm in s.dates)):
                continue  # (words after the occasion other than its host and its date)
            m = _COMMA_OCC_PREP.search(self.low, cs, o[1])
            if m is None or self.in_quote(m.start()):
                continue
            cut = _rstrip_punct(self.text, cs, m.start())
            if _nwords(self.text[cs:cut]) >= 4 and not _QUOTE_MARKS.search(self.text, cut,
                                                                             end):
                return cut
        return ce

    def _characterisation(self, cs: int, ce: int) -> tuple[int, int] | None:
        """"X welcomed the deal, calling it “...”", "X described the talks as “...”", "X
        called it “...”": the speaker's own words are the quotation, not the object it
        characterises; returns the quotation's words when it closes the reported words."""
        i = bisect.bisect_left(self.quote_starts, cs)
        if i >= len(self.quotes) or self.quotes[i].open >= ce:
            return None
        q = self.quotes[i]
        lead = self.low[cs:q.open]
        if _nwords(lead) > 12 or not _CHARACTERISED.search(lead):
            return None
        if _has_words(self.text[q.close:ce]) and _COORD_AFTER.match(self.low, q.close,
                                                                       ce) is None:
            # "... as “useful” and said A": a coordinated speech verb is another row, and
            # "... “a milestone” and thanked the hosts" another act: neither is more words
            return None
        return self.quote_words(q)

    def _resumed_quote(self, si: int, ve: int) -> Quote | None:
        """"“We are ready,” X told reporters after the talks, “but not at any price.”": the
        quotation resumes after a short adverbial that ends in a comma; the one opening
        right after it continues the quotation before the attribution."""
        s = self.sents[si]
        i = bisect.bisect_left(self.quote_starts, ve)
        if i >= len(self.quotes):
            return None
        q = self.quotes[i]
        gap = self.text[ve:q.open]
        if q.open >= s.end or not gap.rstrip().endswith(",") or _nwords(gap) > 8 or \
                _QUOTE_MARKS.search(gap):
            return None
        return q

    def _coordinated(self, si: int, vs: int, ve: int, frame: str
                     ) -> tuple[tuple[list[_Cand], int], int] | None:
        """"X said A but demanded that B": a speech verb after "but"/"and" with no subject of
        its own shares the subject of the speech verb before it in the sentence; returns those
        speakers and where the conjunction stands. Only when the second verb opens its own
        reported words ("that", ":", a quotation, or an addressee for urge/accuse), so that
        "X said the army held the line and denied losses" (the army denied) is not read so."""
        m = _COORD.search(self.low, self.sents[si].start, vs)
        if m is None:
            return None
        verbs = self._cues.get(si, ((), (), ()))[0] if self._cues else ()
        prev = [v for v in verbs if v[1] <= m.start()]
        if not prev or self.in_quote(prev[-1][0]):
            return None
        # "X described the talks as “useful” and said A": after a characterisation that closes
        # with a quotation, the second verb is X's even without "that"
        pf = self.c.frame.get(_norm(self.low[prev[-1][0]:prev[-1][1]]))
        after_char = pf in ("call", "describe") and \
            self.text[:m.start()].rstrip(" ,")[-1:] in _QUOTE_CHARS
        if pf == "call" and not after_char:
            # "X called it an infiltration and said A": a short unquoted characterisation (no
            # clause in it) is the call's whole object, so the second verb is X's too
            obj = self.low[prev[-1][1]:m.start()]
            after_char = 2 <= _nwords(obj) <= 6 and not _AUX.search(obj) and \
                not _QUOTE_MARKS.search(obj) and "," not in obj
        # "X warned that A and said B": after the first verb's that-clause, a plain "said"
        # opens X's second words (not "X said the army held the line and denied losses")
        after_that = _norm(self.low[vs:ve]) in self.c.second_says and \
            _THAT_OPENS.match(self.low, prev[-1][1], m.start()) is not None
        # round 50: "X called on Y to A, and said B": after an urging's addressee and its
        # infinitive, a plain "said" after a comma and "and" opens X's second words too
        after_urge = pf == "urge" and _norm(self.low[vs:ve]) in self.c.second_says and \
            self.text[m.start()] == "," and not self.in_quote(m.start())
        # round 51: "X welcomed the exchange in a statement and said A": after a reaction's
        # bare object (no clause, comma or quotation), a plain "said" opens X's second words
        obj = self.low[prev[-1][1]:m.start()]
        after_react = _norm(self.low[prev[-1][0]:prev[-1][1]]) in self.c.reactions and \
            _norm(self.low[vs:ve]) in self.c.second_says and 2 <= _nwords(obj) <= 12 and \
            not _CLAUSE_SIGN.search(obj) and not _AUX.search(obj) and "," not in obj
        if not (_THAT.match(self.low, ve) or frame in ("urge", "accuse") or after_char
                or after_that or after_urge or after_react
                or self.text[ve:ve + 3].lstrip()[:1] in _QUOTE_CHARS):
            return None
        left = self.subjects_left(si, prev[-1][0])
        if left is None:
            return None
        if _nwords(self.text[prev[-1][1]:m.start()]) < 3 and not _OBJECT_AND.fullmatch(
                self.low, _skip_ws(self.text, prev[-1][1], vs), vs) and not (
                # probe round 53: "“A,” X said and urged Y to B": no object at all between
                # the two verbs, the first one's words the quotation before its speaker
                not self.text[prev[-1][1]:m.start()].strip(" ,") and
                (bq := self.backward(si, left[0][0].start)[0]) is not None and
                self.quote_at(bq) is not None):
            # (a short object, "condemns the shelling and calls on Y to ...", is the first
            # verb's whole words: the second verb is the same speaker's)
            return None
        if self._opens_with_subject(si, prev[-1]):
            return None
        return left, m.start()

    def _deed_object(self, s_start: int, p: _Cand, before: list[_Cand]) -> bool:
        """Whether `p` is the object of a past-tense verb that is no speech verb and follows a
        mention of its own ("A thanked B"): no member of a list of speakers after it."""
        lo = _strip_determiners(self.text, s_start, p.start)
        m = _DEED_VERB_END.search(self.low, s_start, lo)
        if m is None or self.c.frame.get(m.group(1)) is not None:
            return False
        return bool(before) and not self.text[before[-1].end:m.start(1)].strip()

    def _after_deed(self, si: int, vs: int) -> tuple[tuple[list[_Cand], int], int] | None:
        """"X thanked Y and said A", "X met Y and said A": a speech verb after "and" whose
        clause opened with a speaker and a past-tense verb that is no speech verb, with a short
        object (no comma, clause word or quotation) in between: the speaker of the sentence's
        opening clause says A. Only when the speaker opens the sentence, so that a relative or
        subordinate clause ("..., who met Y and said") is not read so."""
        s = self.sents[si]
        m = _DEED_AND.search(self.low, s.start, vs)
        if m is None or self.c.frame.get(_norm(m.group("verb"))) is not None:
            return None
        if _QUOTE_MARKS.search(self.text, m.start(), vs):
            return None
        left = self.subjects_left(si, m.start("verb"))
        if left is None:
            return None
        speakers, spk_end = left
        if self.text[spk_end:m.start("verb")].strip():
            return None  # an adverbial or a head between the speaker and the deed
        opening = self.low[s.start:speakers[0].start]
        if opening.strip() and not _OPENER.fullmatch(opening) and \
                not self._dated_opening(si, speakers[0].start):
            return None
        return left, m.start("and")

    def _dated_opening(self, si: int, end: int) -> bool:
        """Whether sentence `si` opens, up to `end`, with only a date expression and no comma
        ("On Tuesday X phoned Y and urged him to ...", "Later that day X met Y and said A"):
        the speaker then still opens the clause (round 56). One word before the date at most
        ("On")."""
        s = self.sents[si]
        return any(dm.start >= s.start and len(self.text[s.start:dm.start].split()) <= 1 and
                   not self.text[dm.end:end].strip(" \t,") for dm in s.dates)

    def _opens_with_subject(self, si: int, verb: tuple[int, int]) -> bool:
        """Whether the words reported by `verb` open with a speaker-like subject of their own
        ("X said Y had phoned Z and urged him to ..."): a verb coordinated after them is then
        that subject's, not X's, so it is not read as X's second statement. Only a person (a
        state or body there is as often X's topic as a new speaker), and not a possessive ("X
        condemned Y's attack and urged ...")."""
        frame = self.c.frame.get(_norm(self.low[verb[0]:verb[1]]), "say")
        frame = "say" if frame == "deny" else frame
        cs, _ = self.skip_adverbials(si, verb[1], frame)
        dm = _DET_LEAD.match(self.low, cs)
        starts = {cs, dm.end()} if dm else {cs}
        return any(c.person and c.start in starts and
                   self.text[c.end:c.end + 2] not in ("'s", "’s") for c in self.cands(si))

    def _inverted(self, si: int, vs: int, ve: int, frame: str) -> _Attr | None:
        """“...,” said X  /  ..., said the ministry."""
        text = self.text
        s = self.sents[si]
        pre = text[s.start:vs].rstrip()
        if not pre or pre[-1] not in ",”\"»’—–":
            return None
        speakers = self.subjects_right(si, ve)
        titled = self._inverted_possessor(si, ve)
        if titled is not None:
            speakers = [titled]  # probe round 54: "“A,” said the ministry's spokeswoman X"
        if not speakers:
            return None
        lead = speakers[0].start
        if speakers[0].person:
            im = _INITIALS_BEFORE.search(text, max(ve, lead - 12), lead)
            lead = lead if im is None else im.start()
        if titled is None and any(w not in _DETERMINERS for w in _words(text[ve:lead])):
            return None
        rest = self.low[self.head_end(speakers[-1].end, s.end):s.end]
        if not _AFTER_INVERTED.match(rest):
            return None  # "..., said Karabakh forces had ...": not an inverted attribution
        if self.c.byline_after.match(self.low, speakers[-1].end):
            return None  # "..., writes <name>, Moscow correspondent"
        cs, ce = self.backward(si, vs)
        if cs is None:
            return None
        q1 = self.quote_at(cs)
        if q1 is not None and q1.start == cs and q1.close <= vs:
            q2 = self._resumed_quote(si, speakers[-1].end)
            if q2 is not None:
                # probe round 58: "“A,” said X, the ministry's spokeswoman, “and B.”": one
                # quotation around its inverted attribution (as around "X said")
                ce = q2.close if q2.closed else q2.end
                cs = q1.open
        return _Attr(si, (vs, ve), speakers, cs, ce, "backward", frame)

    def skip_adverbials(self, si: int, pos: int, frame: str
                        ) -> tuple[int, tuple[str, int, int] | None]:
        """Skip what stands between a verb and its words: dates, the occasion ("at a press
        conference"), a place ("in Baku"), "that", ":", and for tell-verbs the recipient."""
        text, low = self.text, self.low
        s = self.sents[si]
        occ: tuple[str, int, int] | None = None
        if frame == "address":
            # "X warned the EU that ...": a short addressee before "that" is not the words
            m = _ADDRESSEE.match(low, pos, s.end)
            if m and not _AUX.search(m.group(1)):
                return _skip_ws(text, m.end(), s.end), occ
        if frame == "urge":
            # "X urged Y in a phone call on Tuesday to stop": an occasion between the addressee
            # and the infinitive is the occasion, not words; the words start at the "to" (a
            # verbatim span cannot keep the addressee without the occasion)
            rp = _skip_ws(text, pos, s.end)
            me = max((m.end for m in s.mentions if m.start == rp and m.actor_id), default=-1)
            k = bisect.bisect_left(self.occasion_starts, me)
            if me > 0 and k < len(self.occasions) and self.occasions[k][1] < me + 40:
                p2, o2 = self.skip_adverbials(si, me, "say")
                if o2 is not None and _TO_INF.match(low, p2 - 1):
                    return p2, o2
        if frame == "tell":
            m = _TELL_RECIPIENT.match(low, pos, s.end)
            comma = low.find(",", pos, m.end()) if m else -1
            if comma >= 0 and self.c.participles.match(low, _skip_ws(text, comma + 1, m.end())):
                # "“...,” X told a briefing, adding that ...": the recipient ends at the
                # comma; the "that" is the participle's, whose words are its own row
                m = None
            elif m and self._joined_clause_in(si, pos, m.end()):
                # probe round 55: "“...,” X told parliament, and Y replied that B": the
                # "that" is Y's, in a clause of its own; the recipient ends before it
                m = None
            if m and _AND_THAT.search(low, pos, m.end()):
                # "X told the court he did not A and that B": the words start at the pronoun
                rs = _RECIPIENT_SUBJECT.match(low, _skip_ws(text, pos, s.end), m.end())
                if rs is not None:
                    return rs.end(), occ
            if m:
                # the first occasion starting in [pos, m.end())
                k = bisect.bisect_left(self.occasion_starts, pos)
                if k < len(self.occasions) and self.occasions[k][1] < m.end():
                    occ = self.occasions[k]
                return _skip_ws(text, m.end(), s.end), occ
            # "X told Armenian journalists the ...": the recipient is the occasion; "X told
            # Pashinyan the ...": a recipient named in the gazetteer is no part of the words
            rp = _skip_ws(text, pos, s.end)
            k = bisect.bisect_left(self.occasion_starts, rp)
            if k < len(self.occasions) and _ONE_WORD.fullmatch(low, rp, self.occasions[k][1]):
                occ = self.occasions[k]
                pos = occ[2]
            elif any(m.start == rp and m.actor_id for m in s.mentions):
                me = max(m.end for m in s.mentions if m.start == rp and m.actor_id)
                if not _TO_INF.match(low, me):  # "X told Baku to leave": the order's words
                    pos = me
            elif (om := _OUTLET_RECIPIENT.match(text, rp, s.end)) is not None:
                pos = om.end()  # "X told Reuters they were ...": a name outside the gazetteer
            elif (rs := _RECIPIENT_SUBJECT.match(low, rp, s.end)) is not None:
                pos = rs.end()  # "X told the crowd they would ...": the recipient is no words
            elif (rs := _PRONOUN_RECIPIENT.match(low, rp, s.end)) is not None:
                pos = rs.end()  # (round 62) "X told me in Y, “A”": the pronoun is no words
            elif ((am := self.c.audience.match(low, rp, s.end)) is not None
                  and (_CLAUSE_LEAD.match(low, am.end())
                       or text[am.end():am.end() + 1].isupper())):
                pos = am.end()  # "X told visiting diplomats the road was open": the people told
            elif rp < s.end and text[rp].isupper():
                # "X told Kommersant Baku would ...": an outlet outside the gazetteer ends where
                # the clause's named subject starts (a tell-verb always has its recipient)
                ms = min((m.start for m in s.mentions if rp < m.start < rp + 60
                          and (m.actor_id or m.place_id)), default=-1)
                if ms > 0 and _CAPS_RUN.fullmatch(text, rp, ms):
                    pos = ms
            dm = _DET_LEAD.match(low, pos, s.end)
            if dm:
                k = bisect.bisect_left(self.occasion_starts, dm.end())
                if k < len(self.occasions) and self.occasions[k][1] == dm.end():
                    occ = self.occasions[k]
                    pos = occ[2]
        got = self._adverbials.get(si)  # (the same for every verb of the sentence)
        if got is None:
            got = self._adverbials[si] = (
                sorted(s.dates, key=lambda d: d.start),
                [(m.start, m.end) for m in s.mentions if m.place_id or m.actor_id])
        dates, places = got
        participle = False  # an occasion's participle was skipped ("a statement issued ...")
        while True:
            p = _skip_ws(text, pos, s.end)
            if p < s.end and text[p] == ",":
                p = _skip_ws(text, p + 1, s.end)
            moved = False
            if participle and low.startswith("by ", p):
                # "in a statement released by the office of the president": the participle's
                # agent, who issued the document, is no part of the words; it runs to the
                # clause's end
                cut = _AGENT_END.search(text, p, s.end)
                p, moved = (cut.start() if cut is not None else s.end), True
            for d in dates:
                if (d.start <= p < d.end or (p < d.start and _DATE_LEAD.fullmatch(low, p, d.start))
                        ) and text[d.end:d.end + 2] not in ("'s", "’s") and \
                        not _attributive(self, d):
                    # ("said last year's war ...": a possessive date opens the words)
                    p, moved = d.end, True
                    dp = self.c.day_part.match(low, p, s.end)  # "on Sunday evening"
                    if dp:
                        p = dp.end()
                    break
            if not moved:
                # the occasions starting in [p, p + 60), in order (the list is sorted)
                k = bisect.bisect_left(self.occasion_starts, p)
                while k < len(self.occasions) and self.occasions[k][1] < p + 60:
                    o = self.occasions[k]
                    if o[1] == p or _OCC_LEAD.fullmatch(low, p, o[1]):
                        occ = occ or o
                        p, moved = o[2], True
                        # "in a statement released on Sunday": a participle that modifies
                        # the document is no part of the words (the date is then skipped)
                        mm = self.c.occasion_modifier.match(low, p, s.end)
                        if mm:
                            p, participle = mm.end(), True
                        break
                    k += 1
            if not moved:
                lm = _PLACE_LEAD.match(low, p, s.end)
                if lm:
                    for ms, me in places:
                        if ms == lm.end():
                            p, moved = me, True
                            break
            if not moved:
                am = self.c.post_adverb.match(low, p, s.end)
                if am:  # "said later it was ...", "said separately that ..."
                    p, moved = am.end(), True
            if not moved and p < s.end and text[p] == "(":
                pm = _EDITOR_NOTE.match(text, p, s.end)
                if pm:  # "X said (translated from Russian).": the editor's note, no words
                    p, moved = pm.end(), True
            if not moved and p > pos and text[pos:p].strip() == ",":
                cm = _PP_COLON.match(low, p, s.end)
                if cm is not None:
                    return cm.end(), occ
            if not moved:
                tm = _THAT.match(low, p, s.end) or _PP_THAT.match(low, p, s.end) or \
                    _ING_THAT.match(low, p, s.end)
                if tm is not None and tm.end() > p and _RELATIVE_THAT_VERB.match(
                        text, tm.end()) and not _THAT.match(low, p, s.end):
                    # "said, after talks with his counterparts that lasted ten hours": "that"
                    # and a verb after a phrase's noun open a relative clause, no words
                    tm = None
                if tm and tm.end() > p and _nwords(tm.group(0)) <= 12 and \
                        _nwords(text[tm.end():s.end]) >= 3:
                    # ("rejected that assessment": a determiner, not a that-clause)
                    return _skip_ws(text, tm.end(), s.end), occ
                return p, occ
            pos = p

    def backward(self, si: int, spk_start: int) -> tuple[int | None, int]:
        """The words before "..., X said": a quotation closing right before (with the clause it
        stands in, when it opened in this sentence), else the clause from the sentence start
        (at least three words, ending in a comma or dash)."""
        text = self.text
        s = self.sents[si]
        spk_start = self._apposed_name_start(si, spk_start)
        pre_end = _strip_determiners(text, s.start, spk_start)
        if text[pre_end - 3:pre_end].rstrip().endswith("of"):
            # "..., the office of X said": the words end before the head speaking for X
            m = _HEAD_OF.search(self.low, max(s.start, spk_start - 60), spk_start)
            if m is not None and (m.group(1) in self.c.possessive_heads or
                                  m.group(1) in self.c.person_heads):
                pre_end = _rstrip(text, s.start, m.start())
        i = bisect.bisect_right(self.quote_starts, pre_end) - 1
        while i >= 0 and self.quotes[i].close > pre_end:
            i -= 1
        if i >= 0:
            q = self.quotes[i]
            if q.closed and (not text[q.close:pre_end].strip(" ,—–-") or
                             self._title_of_body(si, q.close, pre_end) or
                             # "“...,” the ministry's spokeswoman, X, said": the title in
                             # apposition before the name is the speaker's, not words
                             self.c.title_lead.fullmatch(self.low, q.close, pre_end) or
                             self._possessor_of_title(si, q.close, pre_end, spk_start) or
                             self._title_modifier(si, q.close, pre_end, spk_start)):
                if q.open > s.start and not text[s.start:q.open].rstrip().endswith(
                        (".", "!", "?")) and _entry_lead_end(text, s.start, q.open) < q.open:
                    # (a live-blog stamp or a bullet alone before it opens no clause: "14:20
                    # “...,” X told residents")
                    return s.start, q.close  # "A made “good progress,” X said": the clause
                # (a quotation after a full stop opens a sentence the splitter missed: "A. „B”,
                # X said" gives B)
                return self.quote_words(q)
        raw = text[s.start:pre_end]
        if not raw.endswith((",", "—", "–")):
            # "A, spokesperson of the Foreign Ministry X told the agency": a bare title with an
            # "of" phrase naming a body stands before the name (as after a quotation)
            cm = raw.rfind(",")
            if cm > 0 and self._title_of_body(si, s.start + cm, pre_end):
                pre_end = s.start + cm + 1
                raw = text[s.start:pre_end]
        if not raw.endswith((",", "—", "–")) or _nwords(raw) < 3:
            return None, 0
        if any(ds <= s.start and pre_end <= de + 2 for ds, de in self.datelines):
            return None, 0  # "YEREVAN, Sept 13 (AP) — X said ...": a dateline is nobody's words
        start = s.start
        if ":" in raw or ";" in raw:
            # "The exodus began: by Friday 100,000 had left, the government said": the clause
            # after the last colon or semicolon (outside quotation marks) is what is reported;
            # what stands before it is the writer's lead-in (or another clause)
            for m in _CLAUSE_MARK.finditer(text, s.start, pre_end):
                if not self.in_quote(m.start()):
                    start = m.end()
            if start > s.start and _nwords(text[start:pre_end]) < 3:
                return None, 0
        end = _rstrip_punct(text, start, pre_end)
        bm = _BULLET.match(text, start)  # ("- At the conference on 15 February, ...")
        lead = bm.end() if bm else start
        if start == s.start and _PREP_START.match(self.low, lead) and \
                any(lead < dm.start and dm.end == end for dm in s.dates):
            # "At the conference on 15 February 2020, X and Y argued over history": a fronted
            # phrase of time (a preposition, then the sentence's date closing it) sets the
            # scene; it is nobody's words
            return None, 0
        return start, end

    def _apposed_name_start(self, si: int, pos: int) -> int:
        """Where the speaker whose mention starts at `pos` starts, with a name of the same
        actor right before it (only spaces between): "..., the UN refugee agency UNHCR said"
        is one speaker, so the words end at the comma before "the UN refugee agency"."""
        cs = self.cands(si)
        k = next((i for i, c in enumerate(cs) if c.start == pos), -1)
        if k < 0 or not cs[k].ids:
            return pos
        while k > 0 and cs[k - 1].ids == cs[k].ids and not cs[k - 1].ref and \
                not self.text[cs[k - 1].end:cs[k].start].strip():
            k -= 1
        if cs[k].person:
            # "“...”, I. Aliyev said", "..., Sh. Mustafayev noted": a person's initials before
            # the surname are part of the name, not words (translated copy's style)
            m = _INITIALS_BEFORE.search(self.text, max(0, cs[k].start - 12), cs[k].start)
            if m is not None:
                return m.start()
        return cs[k].start

    def _inverted_possessor(self, si: int, ve: int) -> _Cand | None:
        """Probe round 54: "“A,” said the ministry's spokeswoman X" / "..., said President
        Aliyev's aide X": after an inverted verb, the body, state or person whose title the
        next person bears (as `_possessor_of_title` reads it before a closing verb) is no
        speaker: the titled person is."""
        if not _POSS_INSIDE.search(self.low, ve, min(ve + 60, self.sents[si].end)):
            return None
        p = next((c for c in self.cands(si) if c.start > ve and c.person), None)
        if p is None or p.start - ve > 60 or \
                not self._possessor_of_title(si, ve, p.start, p.start):
            return None
        return p

    def _possessor_of_title(self, si: int, lo: int, hi: int, spk_start: int) -> bool:
        """Whether text[lo:hi], between a quotation and a titled person's mention, is the
        body or state whose title that is, with no comma before the name ("“...,” the Armenian
        foreign ministry's spokeswoman X said", "the ministry's spokesman X said"): a mention
        of a body, state or person ("Aliyev's aide X"), or "the" and a head noun of
        statement_cues.csv, ending in "'s"."""
        m = _POSS_END.search(self.low, lo, hi)
        if m is None:
            # ("President X's aide Y": a title the mentions module left out of Y's mention)
            m = self.c.poss_title.search(self.low, lo, hi)
        if m is None or self.text[hi:spk_start].strip() != "" or \
                not any(c.start == spk_start and c.person for c in self.cands(si)):
            return False
        lead = self.low[lo:m.start()].strip(" ,—–-")
        if lead.startswith("the "):
            rest = lead[4:]
            if rest in self.c.possessive_heads or (
                    rest.split(" ", 1)[-1] in self.c.possessive_heads and _nwords(rest) <= 3):
                return True  # ("the ministry's spokesman X", "the defence ministry's")
        for c in self.cands(si):
            if lo <= c.start and c.end == m.start() and (c.ids or c.ref):
                return self.low[lo:c.start].strip(" ,—–-") in ("", "the")
        return False

    def _title_modifier(self, si: int, lo: int, hi: int, spk_start: int) -> bool:
        """Probe round 58: whether text[lo:hi], between a quotation and a person's mention that
        opens with a lower-case title ("spokeswoman X"), is one or two bare nouns modifying
        that title ("“...,” government spokeswoman X said", "party spokesman X"): no function
        word, adverb or past form among them, no comma after the first."""
        m = _TITLE_MODIFIER.fullmatch(self.text, lo, hi)
        if m is None or not any(c.start == spk_start and c.person and c.ids and
                                c.text[:1].islower() for c in self.cands(si)):
            return False
        return not any(w in _FUNCTION_WORDS or w.endswith(("ed", "ly"))
                       for w in _words(self.low[lo:hi]))

    def _title_of_body(self, si: int, lo: int, hi: int) -> bool:
        """Whether text[lo:hi], between a quotation and its speaker, is a bare title with an
        "of" phrase naming a body ("“...,” spokesperson of the Foreign Ministry Ani Badalyan
        said"): the title, then mentions of bodies or states (no person: "the spokesman of
        President X" is X's unnamed spokesman) filling the rest up to the speaker."""
        m = self.c.title_of.match(self.low, lo, hi)
        if m is None:
            return False
        pos = m.end()
        for c in self.cands(si):
            if c.start < pos:
                continue
            if c.start >= hi or c.person or (not c.ids and not c.ref and
                                             not self.low.startswith("the ", c.start)):
                return False
            if self.low[pos:c.start].strip() not in ("", "of", "of the"):
                return False
            pos = c.end
            if not self.text[pos:hi].strip(" ,"):  # (", the spokesperson of the ministry, X")
                return True
        return False

    def _topic_only(self, si: int, ve: int, cs: int, ce: int) -> bool:
        """Whether the words right after a speech verb only name its topic ("commented on the
        remarks of X", ", commenting on the shelling"): "on"/"about" and a short noun phrase,
        with no "that" before it, no clause, infinitive or quotation in it, and no date right
        after the preposition ("said on May 14 that ...", "states that on the night of ...",
        "calls on the world to ..." are words)."""
        m = _ON_TOPIC.match(self.text, cs, ce)
        return m is not None and not self.low[ve:cs].strip(" ,") and \
            _CLAUSE_SIGN.search(self.text, cs, ce) is None and \
            _TO_INF.search(self.low, cs, ce) is None and _nwords(self.text[cs:ce]) <= 12 and \
            not any(cs <= d.start <= m.end() for d in self.sents[si].dates)

    def _act_object(self, ve: int, cs: int, ce: int) -> bool:
        """Whether the words after an `act_object` verb are a short noun phrase (up to four
        words to the clause's end, no "that", colon or quotation): the act announced
        ("a general mobilisation", "martial law that day"), not words said."""
        if cs >= ce or self.low[ve:cs].rstrip().endswith((" that", ":")) or \
                self.quote_at(cs) is not None:
            return False
        stop = _ACT_OBJECT_END.search(self.low, cs, ce)
        end = stop.start() if stop else ce
        if any(cs <= q.open < end for q in self.quotes):
            return False
        return 1 <= _nwords(self.text[cs:end]) <= 4

    def _answer_object(self, ve: int, cs: int, ce: int) -> bool:
        """Whether the words after an `answer_object` verb are only its object: no "that",
        colon or comma before them, no quotation at their start and no auxiliary in them
        ("answered the talks would go on" keeps its clause)."""
        if cs >= ce or self.low[ve:cs].rstrip().endswith((" that", ":", ",")) or \
                self.quote_at(cs) is not None:
            return False
        return _AUX.search(self.low, cs, ce) is None

    def quote_words(self, q: Quote) -> tuple[int, int]:
        return q.start, _rstrip_punct(self.text, q.start, q.end)

    def _document_participle(self, si: int, vs: int, ve: int) -> _Attr | None:
        """"A and B issued a joint statement on 7 December saying C": the subjects that
        issued the document (statement_cues.csv, `document_gap`, without its relative)
        speak through it, one row each; any other participle without a comma before it
        ("with Aliyev saying ...") is left alone."""
        if self.c.frame.get(_norm(self.low[vs:ve])) != "say" or \
                self.c.document_gap.search(self.low, self.sents[si].start, vs) is None:
            return None
        got = self.subjects_left(si, vs)
        if got is None:
            return None
        speakers, spk_end = got
        dates = [(d.start, d.end) for d in self.sents[si].dates]
        gap = _SPACES.sub(" ", _blank(self.low, spk_end, vs, dates)).strip()
        if not self.c.document_gap.fullmatch(gap):
            return None
        cs, occ = self.skip_adverbials(si, ve, "say")
        ce = _rstrip_punct(self.text, cs, self.sents[si].end)
        if _nwords(self.text[cs:ce]) < 2:
            return None
        return _Attr(si, (vs, ve), speakers, cs, ce, "participle", "say", occ)

    def _participle_attr(self, si: int, vs: int, ve: int) -> _Attr | None:
        """"..., claiming that ...": the speaker is the subject of the clause before."""
        text = self.text
        s = self.sents[si]
        if self.in_quote(vs):
            return None
        if not text[s.start:vs].rstrip().endswith(","):
            return self._document_participle(si, vs, ve)
        subj = None
        subjs: list[_Cand] = []
        # (a dateline opening the sentence is no part of the clause: "YEREVAN, May 2 — X
        # defended ..., saying" is X's, not the capital's)
        lo = next((de for ds, de in self.datelines if ds <= s.start < de), s.start)
        comma = text.rfind(",", s.start, vs)
        k = bisect.bisect_left(self.verbs, (comma,)) - 1
        if k >= 0 and _rstrip(text, s.start, comma) == self.verbs[k][1] and \
                self.verbs[k][0] > lo:
            # (lead, round 60) "..., a US official said, cautioning that A": a closing
            # attribution right before is the participle's subject, named between its verb
            # and the comma before it, or no one (never the news's subject further back)
            lo = max(lo, text.rfind(",", lo, self.verbs[k][0]) + 1)
        left = [c for c in self.cands(si) if lo <= c.start and c.end <= vs]
        skip_to = None  # the first member of a coordination read already (see below)
        for k in range(len(left) - 1, -1, -1):
            c = left[k]
            if skip_to is not None:
                if k > skip_to:
                    continue
                skip_to = None
                continue
            if self.in_quote(c.start):
                continue  # ("“... Armenia and Azerbaijan,” the Kremlin said, adding": quoted)
            chain = _coordination_left(text, left, k)
            if len(chain) > 1:
                # "X closed the talks between A and B on Thursday, saying": names joined by
                # "and" are one noun phrase; it is the subject only where a clause opens
                # before its first name ("A and B issued a statement, saying": both speak)
                first = left[chain[0]]
                fs = first.start
                if not first.qualifier:
                    # ("The Office of X and the Y published ..., announcing")
                    fs = _determiner_start(self.low, lo, _rstrip(text, lo, fs), fs)
                pw = _prev_word(self.text, lo, fs)
                before = text[s.start:fs].rstrip()
                if pw == "" or (pw in _CLAUSE_JOINERS and (pw != "and" or before[:-3].rstrip()
                                                           .endswith(","))) or \
                        before.endswith((",", "”", '"', "»", "’", "-", "–", "—")):
                    # (a spaced dash opens the clause too: "Yerevan/Baku -- A and B ...")
                    subjs = [left[j] for j in chain]
                    subj = subjs[-1]
                    break
                skip_to = chain[0]
                continue
            # ("..., the Kremlin said, adding that": "the" opens the subject; not before a
            # demonym, which qualifies a noun: "the Russian helicopter"; probe round 62: nor
            # does a possessive: "His Russian counterpart, X, struck a different tone, telling")
            st = c.start
            if not c.qualifier:
                st = _determiner_start(self.low, lo, _rstrip(text, lo, c.start), st)
            pw = _prev_word(self.text, lo, st)
            if pw == "" or pw in _CLAUSE_JOINERS or \
                    text[s.start:st].rstrip().endswith((",", "”", '"', "»", "’")) or \
                    _FRONTED_DATE_GAP.fullmatch(_blank(self.low, lo, st, [
                        (d.start, d.end) for d in s.dates])):
                # (a fronted date is no subject: "In 2019 X replied within days, telling ...")
                if text[c.end:vs].strip() == "," and \
                        _OBJECT_BEFORE_APPOSITIVE.search(self.low, lo, st):
                    # (probe round 62) "X thanked his host, Y, saying": Y names the object
                    # in apposition; the subject is further back
                    continue
                subj = c
                break
        if subj is None:
            return None
        if text[subj.end:subj.end + 2] in ("'s", "’s"):
            # "Azerbaijan's presidential aide X dismissed ..., saying": the possessive names
            # whose aide; the subject is the person a few title words on
            for c in self.cands(si):
                if subj.end < c.start and c.end <= vs:
                    gap = text[subj.end + 2:c.start]
                    if "," not in gap and _nwords(gap) <= 4:
                        subj = c
                    break
        if text[subj.end:vs].strip() == ",":
            # "X, commenting on the issue, told TASS that A": a parenthetical participle whose
            # subject's own speech verb follows its closing comma is an adverbial of that
            # verb (which gives A), not an attribution of its own
            comma = text.find(",", ve, min(s.end, ve + 90))
            if comma > 0:
                nxt = _skip_ws(text, comma + 1, s.end)
                k = bisect.bisect_left(self.verb_starts, nxt)
                if k < len(self.verb_starts) and self.verb_starts[k] == nxt:
                    return None
        frame = self.c.frame.get(_norm(self.low[vs:ve]), "say")
        negates = frame == "deny"  # "..., denying that A": the words keep the verb (see above)
        if negates:
            frame = "say"
        cs, occ = self.skip_adverbials(si, ve, frame)
        ce = _rstrip_punct(text, cs, s.end)
        if _nwords(text[cs:ce]) < 2 or self.c.empty_words.match(self.low, cs):
            return None
        if frame == "say" and self._topic_only(si, ve, cs, ce):
            return None  # ", commenting on the minister's remarks": what, not words
        if negates or self._bare_reaction(_norm(self.low[vs:ve]), ve, cs):
            cs = vs  # (", condemning the shelling": a reaction keeps its verb, see above)
        elif frame == "call":
            # ", calling it “...” and thanking the hosts": the quotation, not the next act
            got = self._characterisation(cs, ce)
            if got is not None:
                cs, ce = got
        return _Attr(si, (vs, ve), subjs or [subj], cs, ce, "participle", frame, occ)


#: (probe round 62) words that open a noun phrase standing as a clause's subject: "the
#: Kremlin", "his counterpart", "their envoy"
_SUBJECT_DETERMINERS = ("the", "his", "her", "its", "their", "our")
#: (probe round 62) a verb's object, a short phrase opened by such a determiner, then a comma:
#: what a name set off by commas right after it stands in apposition to ("thanked his host, Y,")
_OBJECT_BEFORE_APPOSITIVE = re.compile(r"[a-z]\s+(?:" + "|".join(_SUBJECT_DETERMINERS) + r")\s+"
                                       r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*,\s*$")


def _determiner_start(low: str, lo: int, b: int, default: int) -> int:
    """Start of the determiner ending at `b` in the lower-cased text (not before `lo`), or
    `default` when the word ending there is none of `_SUBJECT_DETERMINERS`."""
    for w in _SUBJECT_DETERMINERS:
        s = b - len(w)
        if s >= lo and low.startswith(w, s) and (s == lo or not low[s - 1].isalnum()):
            return s
    return default


#: right before a verb: the close of a dash- or bracket-set aside
_ASIDE_CLOSE = re.compile(r"(?:\s[-\u2013\u2014]|\))\s*$")
#: what may stand between the names of such an aside: commas, "and", "the"
_MEMBER_GLUE = re.compile(r"(?:\s*(?:,|\band\b|\bthe\b)\s*)*")


#: in the words after "replied with ...": a clause or quotation that holds the words after all
_WORDS_AFTER_WITH = re.compile(r"\bthat\b|\bsaying\b|:|[\"“”‘’«]")


#: where a short object of an `act_object` verb ends: a clause break
_ACT_OBJECT_END = re.compile(r"[,;:(]|\s(?:and|but|while|as|after|before|because)\s")


#: the end of the text before "according to" when a subordinate clause opens right there
#: ("..., when, according to X, ...", "after, according to X, ...")
_OPENS_CLAUSE_BEFORE = re.compile(r"(?<![\w-])(?:when|after|before|because|since|while|until|"
                                  r"once|as|where)\s*,$", re.IGNORECASE)


def _coordination_left(text: str, cands: list[_Cand], k: int) -> list[int]:
    """Indexes of the names joined with `cands[k]` as its left conjuncts ("A and B", "A, B
    and C"; the last join an "and" with no comma before it), oldest first; [k] alone when
    no "and" joins it to the name before."""
    if k == 0 or _COORD_AND.fullmatch(text, cands[k - 1].end, cands[k].start) is None:
        return [k]
    j = k - 1
    while j > 0 and _COORD_COMMA.fullmatch(text, cands[j - 1].end, cands[j].start):
        j -= 1
    return list(range(j, k + 1))


#: what stands between two coordinated names: " and " (no comma), and ", " before that
#: (round 49: also " and the ", "the" outside a name's span: "the Office of X and the
#: Administration of Y"; the article is no name of its own)
_COORD_AND = re.compile(r"\s+and\s+(?:the\s+)?", re.IGNORECASE)
_COORD_COMMA = re.compile(r",\s+(?:the\s+)?", re.IGNORECASE)


# --- resolution across sentences -----------------------------------------------------------------
#: a pronoun that, unresolved, may stand for the speaker of the words it sits in
_BACK_PRONOUNS = frozenset({"it", "he", "she", "they"})


def _outer_speakers_pronoun(d: _Doc, a: _Attr, cut: re.Match[str]) -> bool:
    """'Baku said the presence of France, which it accuses of bias, made the talks pointless':
    a relative clause inside the words whose speaker is a pronoun left unresolved is the outer
    speaker's own aside ("it" is Baku), so it does not end the words."""
    return not _ids_of(a) and _REL_OPEN.match(d.low, cut.start()) is not None and all(
        c.text.lower() in _BACK_PRONOUNS for c in a.speakers)


#: round 50: a comma, a joiner and a subject pronoun right before a speech verb
_COMMA_AND_PRONOUN = re.compile(r",\s*(?:and|but)\s+(?:then\s+|also\s+|later\s+)?$")
#: (probe round 55) the opener's verb group and "that" ("did not deny that", "has not ruled
#: out that"): up to four words with no comma, then "that" and the embedded clause's subject
_OPENER_THAT = re.compile(r"(?:\s+[a-z]+){1,4}?\s+that\s")


def _own_second_clause(d: _Doc, a: _Attr, outer: _Attr) -> bool:
    """Round 50: "He urged both sides to A, and he said B": after a comma and "and", the
    speaker's own pronoun with a speech verb of its own opens a second statement of the same
    speaker (one row per attribution, as with "X warned that A and said B"), so the outer
    words end at the comma. Only a forward verb whose words follow it, with a lone pronoun
    subject, inside the words of a forward attribution outside quotation marks."""
    if a.shape != "forward" or outer.shape != "forward" or a.end <= a.start or \
            len(a.speakers) != 1 or a.speakers[0].text.lower() not in ("he", "she", "it", "they"):
        return False
    if d.in_quote(a.trig[0]) or not outer.start < a.speakers[0].start < outer.end:
        return False
    return _COMMA_AND_PRONOUN.search(d.text, outer.start, a.speakers[0].start) is not None and \
        d.text.rfind(",", outer.start, a.speakers[0].start) > outer.start


def _ids_of(a: _Attr) -> set[str]:
    return {i for c in a.speakers for i in c.ids}


def _cut_trailing_according(d: _Doc, attrs: list[_Attr]) -> None:
    """"X urged Y to ..., according to a readout": the closing "according to" names where the
    report comes from, not words X said; the reported words end before it. Only a final
    phrase after a comma (no comma after it): "said that, according to the data, ..." keeps
    its words, and "delimited according to the declaration" is part of them."""
    cues = d._cues or {}
    for a in attrs:
        if a.shape not in ("forward", "participle") or a.end <= a.start:
            continue
        for pos in cues.get(a.sent, ((), (), ()))[2]:
            if not a.start < pos < a.end or d.in_quote(pos):
                continue
            head = d.text[a.start:pos].rstrip()
            s = d.sents[a.sent]
            if head.endswith(",") and "," not in d.text[pos:s.end]:
                a.end = _rstrip_punct(d.text, a.start, a.start + len(head))
                break


def _person_in_readout(d: _Doc, a: _Attr, b: _Attr) -> bool:
    """Round 49: whether forward `a` ("Putin assured the Armenian leader that A") is a named
    person's words inside the closing attribution `b` of a body, state or office ("..., the
    Kremlin said", "..., the press service added"): the readout reports what the person said,
    so A is the person's (a person closing it, "..., Peskov said", stays the speaker; so does
    a body in a body's readout, "Tehran warned that A, the ministry said")."""
    if a.shape != "forward" or b.sent != a.sent or not a.speakers or not b.speakers or \
            not a.trig[1] <= a.start or not b.start <= a.trig[0] < b.end or \
            not a.start < b.speakers[0].start or b.trig[0] < b.speakers[0].start:
        return False
    if any(c.person for c in b.speakers) or not all(
            c.person and c.ids and not c.ref for c in a.speakers):
        return False
    comma = d.text.rfind(",", a.start, b.speakers[0].start)
    return comma > a.start and a.end >= comma


#: (probe round 62) a sentence's end, then only its next sentence's opening joiner
_LONE_JOINER = re.compile(r"[.!?]\s+(?:But|And|Yet|So|Still|However)$")


def _clause_cut(d: _Doc, a: _Attr, lo: int) -> re.Match[str] | None:
    """Where a new clause with a's own speaker opens inside outer words starting at `lo`: a
    comma (and a joiner) at most two words before the speaker; a date between them does not
    count ("A, and in November 2024 Y said B"), nor, after a joiner, a capitalised title of up
    to three words before the name ("A, and US aid chief Y said B")."""
    sp = a.speakers[0].start
    m = _CLAUSE_CUT.search(d.text, lo, sp)
    if m is not None:
        return m
    s = d.sents[a.sent]
    dates = [(dm.start, dm.end) for dm in s.dates if lo <= dm.start and dm.end <= sp]
    text = d.text
    if dates:
        chars = list(text[:sp])
        for ds, de in dates:
            chars[ds:de] = " " * (de - ds)
        m = _CLAUSE_CUT.search("".join(chars), lo, sp)
        if m is not None:
            return m
    return _CLAUSE_CUT_TITLE.search(text, lo, sp)


def _resolve_nesting(d: _Doc, attrs: list[_Attr]) -> list[_Attr]:
    """Drop attributions that are part of another statement's reported words; apply relays."""
    live = [a for a in attrs if a.frame != "relay"]  # a relaying outlet never speaks
    # "according to X, Y said/asked ...", "X reported that Y said ...": Y is the speaker
    live = [a for a in live if not ((a.shape == "according" or a.frame == "report") and any(
        b is not a and b.shape == "forward" and a.start <= b.speakers[0].start <= a.start + 2
        and b.trig[0] < a.end for b in live))]
    # '"...," he said, according to X': the closing "according to" names where the report
    # comes from; the speaker is the one of the attribution inside its words
    live = [a for a in live if not (a.shape == "according" and a.trig[0] >= a.end and any(
        b is not a and b.shape == "backward" and b.sent == a.sent and a.start <= b.trig[0]
        and b.trig[1] <= a.end for b in live))]
    # (round 49) so does "In the second call, X told Y that A, according to the Kremlin":
    # the phrase before X's clause is no words of the Kremlin's
    live = [a for a in live if not (a.shape == "according" and a.trig[0] >= a.end and any(
        b is not a and b.shape == "forward" and b.sent == a.sent and b.speakers and
        a.start <= b.speakers[0].start and b.trig[1] <= a.trig[0] and
        not d.in_quote(b.trig[0]) for b in live))]
    _cut_trailing_according(d, live)
    inner: list[_Attr] = []
    for a in live:  # "X said A but demanded B": A ends before "but"
        if a.coord < 0:
            continue
        outer = next((b for b in live if b is not a and b.sent == a.sent and
                      b.shape == "forward" and b.trig[1] <= a.speakers[0].start and
                      b.start <= a.speakers[0].start < b.end and b.start < a.coord and
                      not d.text[b.end:a.coord].strip(" ,")), None)
        if outer is not None:
            # "X said Y welcomed A and urged B": the subject shared with the verb before is
            # inside X's words, so both verbs are X's report (whoever urged), no row of Y's
            if outer.end <= a.coord:
                outer.end = max(outer.end, a.end)
            inner.append(a)
            continue
        for b in live:
            if b is not a and b.sent == a.sent and b.trig[0] < a.coord and \
                    b.start < a.coord < b.end:
                b.end = _rstrip_punct(d.text, b.start, a.coord)
    if inner:
        live = [a for a in live if all(a is not x for x in inner)]
    # the same verb found twice (as participle and finite): keep the first
    seen: set[tuple[int, int]] = set()
    uniq = []
    for a in live:
        if a.trig not in seen:
            seen.add(a.trig)
            uniq.append(a)
    live = uniq
    # "Tehran warned ..., the ministry said": the closing attribution covers the sentence
    backs = [b for b in live if b.shape == "backward"]
    # (but a named person's words in a body's readout are the person's: "Putin assured the
    # Armenian leader that A, the Kremlin said" is Putin's A, as with "according to")
    read = [(a, b) for b in backs for a in live if _person_in_readout(d, a, b)]
    if read:
        for a, b in read:
            a.end = min(a.end, _rstrip_punct(d.text, a.start, d.text.rfind(
                ",", a.start, b.speakers[0].start)))
            a.readout = b.speakers[0].start
        backs = [b for b in backs if all(b is not y for _, y in read)]
        live = [x for x in live if all(x is not y for _, y in read)]
    live = [a for a in live if not any(
        b is not a and a.start <= b.trig[0] < a.end and b.start <= a.trig[0] < b.end
        for b in backs)]
    keep: list[_Attr] = []
    # (an outer statement's own verb may open its words: "X denied that A, adding ...")
    for a in sorted(live, key=lambda a: a.trig):
        # (or an attribution between commas inside its words, "A, X said, B", with the inner
        # speaker in B: "At the summit, he said, the Armenian side had rejected the plan")
        outer = next((o for o in live if o is not a and o.start < o.end
                      and o.start <= a.trig[0] < o.end and (
                          not o.start < o.trig[0] < o.end or
                          (o.shape == "backward" and o.trig[1] <= a.speakers[0].start))),
                     None)
        if outer is None:
            keep.append(a)
            continue
        # (B of a parenthetical is searched from the comma closing its attribution on)
        lo = outer.start if not outer.start < outer.trig[0] < outer.end else \
            d.text.find(",", outer.trig[1], a.speakers[0].start) + 1 or outer.trig[1]
        sc = _SEMI_CLAUSE.search(d.text, outer.start, a.start)
        if sc is not None and not d.in_quote(sc.start()):
            # "X said A; B, he said, C": the outer words end at the semicolon (see _trim), so
            # the clause after it is a statement of its own, even of the same speaker
            outer.end = _rstrip_punct(d.text, outer.start, sc.start())
            keep.append(a)
            continue
        # a new clause with its own speaker ends the outer words: "..., which Baku has denied"
        m = _clause_cut(d, a, lo)
        if m is not None and d.c.participles.match(
                d.low, _skip_ws(d.text, m.start() + 1, a.speakers[0].start)):
            # "X said A, adding that Baku had rejected B": the participle goes on with X's
            # words, so "Baku had rejected" is part of them, not a new speaker's clause
            m = None
        if m is None and a.shape == "forward" and not a.speakers[0].ref:
            # "X said A and Y said B": a named speaker and its verb after a bare "and"/"but"
            # open a clause of their own (B is not part of what X said)
            m = _BARE_JOINER.search(d.low, lo, a.speakers[0].start)
        if m is not None and outer.shape == "backward" and _REL_OPEN.match(d.low, m.start()) \
                and _REL_CLOSED.match(d.text, a.end, outer.end):
            # "B, which Y called “C”, is to be dissolved, X said": the relative clause closes
            # and the predicate goes on; X's words run on past it (cut there, they would be
            # "B" alone); Y's own words stay a row of their own
            keep.append(a)
            continue
        if a.shape != "participle" and m is not None and (
                _ids_of(a) != _ids_of(outer) or _own_second_clause(d, a, outer)) and \
                not _outer_speakers_pronoun(d, a, m):
            outer.end = _rstrip_punct(d.text, outer.start, m.start())
            if (j := _LONE_JOINER.search(d.text, outer.start, outer.end)) is not None:
                # (round 62) "A. But, as Y told me, “B”": the joiner opens the new clause
                outer.end = j.start() + 1
            keep.append(a)
    return [a for a in keep if a.end > a.start or a.shape == "forward"]


def _resolve_speakers(d: _Doc, attrs: list[_Attr], unresolved: bool = False) -> None:
    """Fill `ids` and `speaker_spans`: mentions directly; pronouns, "they", "the ministry",
    "the statement" from the statement just before. `unresolved`: only for attributions
    still without ids (the others are kept as they are, as antecedents)."""
    prev: list[_Attr] = []
    for a in attrs:
        if unresolved and a.ids:
            prev.append(a)
            continue
        pairs: list[tuple[str, tuple[int, int, str]]] = []
        for c in a.speakers:
            ids = c.ids if c.ids and c.ref in ("", "group") else \
                _located_body(d, c) or _located_antecedent(d, c, _antecedent(d, a, c, prev),
                                                            prev)
            if c.ref in ("neuter", "singular") and (not ids or any(
                    p.sent == a.sent and tuple(p.ids) == tuple(ids) and
                    p.speakers and p.speakers[0].start > d.sents[a.sent].start
                    for p in prev)):
                # (probe round 55) also when the statement just before is one inside the
                # opener's that-clause ("X did not deny that Yerevan had asked for help, but it
                # said B": "it" is X, the main clause's subject, not Yerevan)
                ids = _clause_subject(d, a, c) or ids
            if not ids and c.ref in ("anaphor:person", "group_title"):
                ids = _title_antecedent(d, a, c)
            if ids and c.ref == "anaphor:person" and _unnamed_before(d, a, c, ids):
                ids = ()
            if not ids and c.ref == "singular":
                ids = _subject_before_quotation(d, a, c, prev)
            elif not ids and c.ref == "anaphor:organisation":
                ids = _named_organisation(d, a, c)
            elif not ids and c.ref == "anaphor:any":
                ids = _document_signatories(d, a, c)
            if c.ref.startswith("anaphor:") and _NAMED_APPOSITION.match(d.text, c.end):
                # "the spokesman, <a name>, said": the title is that person's, not that of
                # someone named before; a name missing from the gazetteer is no speaker
                ids = ()
            if c.ref and c.ref != "group" and ids:
                a.continues = True
            pairs.extend((i, (c.start, c.end, c.text)) for i in ids)
        if d.author:  # the article's author is never a speaker
            pairs = [(i, sp) for i, sp in pairs if not d.authored(sp[2].lower())]
        seen: set[str] = set()
        a.ids, a.speaker_spans = (), []
        for i, sp in pairs:
            if i not in seen:
                seen.add(i)
                a.ids += (i,)
                a.speaker_spans.append(sp)
        if a.ids:
            prev.append(a)


#: (probe round 58) an indefinite noun phrase: "a European diplomat", "an official"
_INDEFINITE_NP = r"(?<![\w'’-])(?:a|an|one|another)\s+(?:[\w'’-]+\s+){0,3}?"


def _unnamed_before(d: _Doc, a: _Attr, c: _Cand, ids: tuple[str, ...]) -> bool:
    """Probe round 58: whether "the diplomat" stands for someone unnamed the article brought
    in since the last mention of `ids`, in the same or the two sentences before: "A European
    diplomat who asked not to be named said A. “B,” the diplomat said" is not the named
    person before (an indefinite phrase with the title's head noun, not in apposition)."""
    words = _words(c.text.lower())
    if not words:
        return False
    head = words[-1]
    tail = re.escape(head)
    if d.c.age_rx.fullmatch(d.low, c.start, c.end):
        # (probe round 59) "A 19-year-old conscript was wounded ... The 19-year-old said": the
        # age and its noun, as written ("a 19-year-old" / "a 19 year old")
        head, tail = words[1], r"[-\s]".join(map(re.escape, words[1:]))
    first = _first_sentence(d, a, _closing_words(a))
    lo = d.sents[max(first - 2, 0)].start
    for si in range(max(first - 2, 0), a.sent + 1):
        for m in d.sents[si].mentions:
            if m.actor_id in ids and m.end <= c.start and m.via != "pronoun":
                lo = max(lo, m.end)
    if head not in d.low[lo:c.start]:
        return False
    rx = re.compile(_INDEFINITE_NP + tail + r"(?![\w-])")
    return any(not d.in_quote(m.start()) and not d.text[lo:m.start()].rstrip().endswith(",")
               for m in rx.finditer(d.low, lo, c.start))


def _subject_before_quotation(d: _Doc, a: _Attr, c: _Cand, prev: list[_Attr]
                              ) -> tuple[str, ...]:
    """Probe round 58: "X, Armenia's foreign minister, put it bluntly. “A. B. C,” he told
    ...": a pronoun closing a quotation of several sentences, with no statement before it,
    stands for the one person opening the sentence right before the quotation as its subject
    (the mentions module looks two sentences back from the pronoun, inside the quotation)."""
    own = _closing_words(a)
    first = _first_sentence(d, a, own)
    if first == a.sent or first < 1 or any(first - 2 <= p.sent <= a.sent for p in prev):
        return ()
    s = d.sents[first - 1]
    lead = next((x for x in d.cands(first - 1)), None)
    if lead is None or lead.ref or not lead.person or len(lead.ids) != 1 or \
            not _DET_OR_NONE.fullmatch(d.low, s.start, lead.start) or \
            _gender_clash(c.text, lead.ids[0]) or any(q.open < s.end and q.close > s.start
                                                     for q in d.quotes):
        return ()
    persons = {m.actor_id for m in s.mentions if m.actor_id and
               _actor(m.actor_id)[0] == "person"}
    return lead.ids if persons == set(lead.ids) else ()


@lru_cache(maxsize=1)
def _body_keys() -> dict[str, str]:
    """Title phrases of government bodies (titles.csv, kind `body`) -> their body key."""
    from karabakh_data import gazetteer

    return {t.phrase: t.key for t in gazetteer.load_gazetteer().titles
            if t.kind == "body" and t.key}


#: "in" right after a body anaphor, before the capital that locates it
_IN_CAPITAL = re.compile(r"\s+in\s+")


def _locating_state(d: _Doc, c: _Cand) -> str | None:
    """The state a body anaphor is located in by a capital standing for it ("the ministry in
    Baku": Azerbaijan), else None."""
    if c.ref != "anaphor:government_body":
        return None
    m = _IN_CAPITAL.match(d.text, c.end)
    if m is None:
        return None
    si = d.sent_of(c.start)
    return next((x.actor_id for x in d.sents[si].mentions
                 if x.start == m.end() and x.via == "metonym" and x.actor_id), None)


def _located_antecedent(d: _Doc, c: _Cand, ids: tuple[str, ...],
                        prev: list[_Attr]) -> tuple[str, ...]:
    """(round 58) The antecedent `ids` of a body anaphor located by a capital ("The ministry
    in Baku said" after Armenia's ministry denied a claim) only when they are that state's; else
    the latest body of that state that spoke before and whose name has the anaphor's noun
    (Azerbaijan's Defence Ministry, paragraphs up), or none."""
    state = _locating_state(d, c) if ids else None
    if state is None:
        return ids
    country = _actor(state)[1]
    if all(_actor(i)[1] == country for i in ids):
        return ids
    noun = _words(c.text.lower())[-1].replace("z", "s")
    for p in reversed(prev):
        if p.ids and all(_actor(i) == ("government_body", country) and noun in _name_words(i)
                         for i in p.ids):
            return p.ids
    return ()


def _located_body(d: _Doc, c: _Cand) -> tuple[str, ...]:
    """"The defence ministry in Baku said": a body anaphor located by a capital standing for
    its state is that state's body (bodies.csv), not the antecedent of a statement before;
    () when the capital, the body or the state's body is not known."""
    state = _locating_state(d, c)
    if state is None:
        return ()
    key = _body_keys().get(" ".join(w for w in _words(c.text.lower()) if w not in _DETERMINERS))
    if key is None:
        return ()
    from karabakh_data import gazetteer

    body = gazetteer.load_gazetteer().body(state, key)
    return (body,) if body else ()


def _closing_words(a: _Attr) -> tuple[int, int]:
    """The words a closing attribution ends ("“A. B. C,” he said": A to C), or (0, 0) when
    its words do not stand before its verb."""
    return (a.start, a.end) if a.start < min(a.end, a.trig[0]) else (0, 0)


def _first_sentence(d: _Doc, a: _Attr, own: tuple[int, int]) -> int:
    """The sentence where the attribution's own words begin (its own sentence unless it closes
    words begun sentences before): the window for an antecedent counts back from there."""
    return min(a.sent, d.sent_of(own[0])) if own[1] else a.sent


_BODY_STEM = 5  # a body anaphor's modifier and a name word agree on this many first letters


def _antecedent(d: _Doc, a: _Attr, c: _Cand, prev: list[_Attr]) -> tuple[str, ...]:
    """Speaker ids a pronoun or anaphor stands for: those of the latest statement in this or the
    two sentences before, when that reading is unambiguous. Before a closing attribution the
    sentences of its own quotation do not count ("“A. B. C,” he said": two sentences before A)."""
    first = _first_sentence(d, a, _closing_words(a))
    recent = [p for p in prev if first - 2 <= p.sent <= a.sent and p.trig[0] < a.trig[0]]
    if not recent:
        return ()
    last = recent[-1]
    if c.ref == "plural":
        if len(last.ids) == 1 and _plural_body(d, last):
            return last.ids  # "The co-chairs said A. They urged B": the group they belong to
        return last.ids if len(last.ids) > 1 else ()
    if c.ref == "singular":
        persons = [i for i in last.ids if _actor(i)[0] == "person"]
        if len(persons) != 1 or len(last.ids) != 1 or _other_person_between(d, last, c):
            return ()
        if _gender_clash(c.text, persons[0]):
            return ()
        return tuple(persons)
    if c.ref == "neuter":  # "it said": a ministry, state or organisation
        if len(last.ids) > 1 and all(x.ref == "anaphor:any" for x in last.speakers) and \
                not _other_actor_between(d, last, c, "person", invert=True):
            return last.ids  # (round 49) "A, the joint statement said. B, it added": its authors
        if len(last.ids) != 1 or _actor(last.ids[0])[0] == "person" or \
                _other_actor_between(d, last, c, "person", invert=True):
            return ()
        return last.ids
    if c.ref.startswith("anaphor:"):
        kind = c.ref.split(":", 1)[1]
        # "The head of state stressed" after the foreign minister's words: a title names
        # the office, so a speaker before whose known role is another is not its antecedent
        title = " ".join(w for w in _title_words(c) if w not in _DETERMINERS)
        role = next((rx for t, rx in d.c.title_roles if t == title), None) \
            if kind == "person" else None
        country = _actor(c.state)[1] if c.state else None

        # "the border service said" after the defence ministry's words: a body anaphor's
        # modifier names which body, so a body before whose name lacks it is no antecedent;
        # so does its noun (round 58, lead: "the ministry said" after the border service's
        # words is not the border service)
        body_words = title.split() if kind == "government_body" else []

        def fits(i: str) -> bool:  # a holder of an office the title can name
            if country is not None and _actor(i)[1] != country:
                return False  # "the Iranian minister": of Iran
            return role is None or not _role(i) or role.search(_role(i)) is not None

        def named(p: _Attr, i: str) -> bool:
            """The body anaphor's modifiers are words of the body's name or of the words that
            named it before ("the government's press service said ... the press service")."""
            if not body_words:
                return True
            said = _name_words(i) | {w.replace("z", "s") for x in p.speakers
                                     for w in _words(d.low[x.start:max(x.end, p.trig[0])])}
            return all(any(n.startswith(w.replace("z", "s")[:_BODY_STEM]) for n in said)
                       for w in body_words)

        for p in reversed(recent):
            if kind == "any":  # "the statement said": every author of the statement before
                return p.ids if _document_antecedent(d, p, c) else ()
            ok = [i for i in p.ids if _actor(i)[0] == kind and fits(i) and named(p, i)]
            if len(ok) == 1:
                if kind == "person" and _other_actor_between(d, p, c, kind, fits=fits):
                    # "A said ... . An aide to B said the minister had stressed ...": the
                    # minister may be B as well as A, so the title is left unresolved (a
                    # person of another office between does not count)
                    return ()
                return tuple(ok)
    return ()


def _clause_subject(d: _Doc, a: _Attr, c: _Cand) -> tuple[str, ...]:
    """Probe round 54: "Russia's Foreign Ministry did not deny that A, but it said B": with no
    statement before to stand for, a pronoun opening a clause joined by ", but" / ", and"
    stands for the one actor opening its sentence as its subject (a mention at the sentence's
    start, no other actor named between them; "it" a body, state or organisation, "he"/"she"
    a person of that gender)."""
    s = d.sents[a.sent]
    if c.start <= s.start or not _COMMA_AND_PRONOUN.search(d.low, s.start, c.start):
        return ()
    first = next((x for x in d.cands(a.sent) if x.start < c.start), None)
    if first is None or first.ref or first.location or len(first.ids) != 1 or \
            not _DET_OR_NONE.fullmatch(d.low, s.start, first.start) or \
            _POSS_END.match(d.text, first.end, first.end + 2):
        return ()
    i = first.ids[0]
    person = _actor(i)[0] == "person"
    if (c.ref == "singular") != person or (person and _gender_clash(c.text, i)):
        return ()
    # another actor between that the pronoun could stand for ("it": no person) is ambiguous,
    # unless it stands inside the opener's own that-clause ("X did not deny that Armenia had
    # asked for help, but it said": the embedded subject is no subject of the main clause)
    tm = _OPENER_THAT.match(d.low, first.end, c.start)
    hi = tm.end() if tm is not None else c.start
    if any(first.end <= m.start < hi and m.actor_id and
           (_actor(m.actor_id)[0] == "person") == person for m in s.mentions) or \
            any(first.end <= q.open < c.start for q in d.quotes):
        return ()
    return (i,)


def _plural_body(d: _Doc, p: _Attr) -> bool:
    """Round 49: whether the one organisation `p` speaks for was named by a plural noun of its
    members ("the co-chairs", "the OSCE Minsk Group co-chairs"), which a "they" after it may
    stand for; a state or body named in the singular ("Russia", "the ministry") is no "they"."""
    if _actor(p.ids[0])[0] != "organisation":
        return False
    for x in p.speakers:
        low = d.low[x.start:x.end]
        for w in d.c.plural_bodies:
            if low.endswith(w) and (len(low) == len(w) or not low[-len(w) - 1].isalnum()):
                return True
    return False


@lru_cache(maxsize=1024)
def _name_words(actor_id: str) -> frozenset[str]:
    """The words of an actor's name and aliases, lower case, "z" read as "s"."""
    from karabakh_data import gazetteer

    act = gazetteer.load_gazetteer().actors.get(actor_id)
    if act is None:
        return frozenset()
    return frozenset(w.replace("z", "s") for n in (act.name, *act.aliases)
                     for w in _words(n.lower()))


def _named_organisation(d: _Doc, a: _Attr, c: _Cand) -> tuple[str, ...]:
    """"The co-chairs of the OSCE Minsk Group visited ... . The co-chairs called on the sides
    to ...": an organisation anaphor with no statement before it stands for the one
    organisation named in its sentence or the two before, when its noun is a word of that
    organisation's name or aliases ("the co-chairs" for the "Minsk Group co-chairs", "the
    organisation" for the CSTO); a "court" after the OSCE, or two organisations whose names
    both hold the noun, give none; with none named there, the one named earlier in the
    article whose name holds the noun."""
    noun = _words(c.text.lower())[-1].replace("z", "s") if _has_words(c.text) else ""
    found: set[str] = set()
    for si in range(max(a.sent - 2, 0), a.sent + 1):
        for m in d.sents[si].mentions:
            if m.start >= c.start:
                break
            if m.actor_id and _actor(m.actor_id)[0] == "organisation":
                found.add(m.actor_id)
    if not found and noun:
        # none there: the one organisation named earlier in the article whose name holds the
        # noun ("the Co-Chairs" paragraphs after "the Co-Chairs of the OSCE Minsk Group")
        for si in range(0, max(a.sent - 2, 0)):
            for m in d.sents[si].mentions:
                if m.actor_id and _actor(m.actor_id)[0] == "organisation" and \
                        noun in _name_words(m.actor_id):
                    found.add(m.actor_id)
    if len(found) > 1:
        # ("the Co-Chairs" after "the OSCE" and "the OSCE Minsk Group": the one whose name
        # holds the noun)
        found = {o for o in found if noun in _name_words(o)}
    if len(found) != 1:
        return ()
    (org,) = found
    if noun in d.c.role_anaphors and any(
            m.actor_id == org and _members_named(d, m.start, m.end)
            for si in range(max(a.sent - 2, 0), a.sent + 1)
            for m in d.sents[si].mentions if m.start < c.start):
        # round 50: "The co-chairs of the OSCE Minsk Group met ... . In a joint statement
        # circulated by the co-chairs, the mediators said A": a noun of the body's role
        # (statement_cues.csv `role_anaphor`) stands for the one organisation named in its
        # sentence or the two before by its members ("the co-chairs of X", "X co-chairs"),
        # not for one only met or visited ("Pashinyan met EU officials")
        return (org,)
    return (org,) if noun in _name_words(org) else ()


def _members_named(d: _Doc, start: int, end: int) -> bool:
    """Whether the organisation named at [start, end) is named by its members: a plural body
    noun ending the name ("the Minsk Group co-chairs") or before "of" and the name ("the
    co-chairs of the OSCE Minsk Group")."""
    name = d.low[start:end]
    before = d.low[max(0, start - 30):start]
    return any(name.endswith(w) or re.search(r"\b" + re.escape(w) + r"\s+of\s+(?:the\s+)?$",
                                             before)
               for w in d.c.plural_bodies if w not in d.c.role_anaphors)


@lru_cache(maxsize=4096)
def _gender_clash(pronoun: str, actor_id: str) -> bool:
    """Whether a gendered pronoun ("she") cannot stand for the person `actor_id` (known to be of
    the other gender): "A (a man) said ... . She said: ..." is someone else's quotation, whose
    speaker is not named before it, so it gets no row rather than A's."""
    from karabakh_data import gazetteer

    g = gazetteer.load_gazetteer()
    want = g.pronouns.get(pronoun.lower())
    a = g.actors.get(actor_id)
    have = a.gender if a is not None else None
    return want is not None and have is not None and want != have


def _other_person_between(d: _Doc, last: _Attr, c: _Cand) -> bool:
    """Whether another person is named between the statement `last` and the pronoun `c`,
    outside `last`'s words and any quotation: "A said ... . B thanked A and spoke of ... . He
    suggested ..." may be B (whose words were not found), so "he" is left unresolved rather
    than given to A."""
    return _other_actor_between(d, last, c, "person")


def _other_actor_between(d: _Doc, last: _Attr, c: _Cand, kind: str,
                         invert: bool = False,
                         fits: Callable[[str], bool] | None = None) -> bool:
    """Whether an actor of `kind` (of any other kind with `invert`) other than `last`'s
    speakers is named between `last` and the pronoun `c`, outside `last`'s words and any
    quotation. For "it": "A said ... . Azerbaijan launched what it called ..." has its own
    antecedent (Azerbaijan), so "it" is never given to A. With `fits`, only actors it accepts
    count (a title's possible holders)."""
    lo = max(last.end, last.trig[1])
    if last.end > last.trig[1] and d.c.closing_deed.match(d.low, last.end):
        # (round 51) "A said B and thanked Y and Z. He added C": those thanked are the
        # object of A's own act, no new subject before "he"
        lo = max(lo, d.sents[last.sent].end)
    for si in range(last.sent, d.sent_of(c.start) + 1):
        for m in d.sents[si].mentions:
            if not lo <= m.start < c.start or not m.actor_id or m.actor_id in last.ids:
                continue
            if d.in_quote(m.start) or (_actor(m.actor_id)[0] == kind) == invert:
                continue
            if fits is not None and not fits(m.actor_id):
                continue
            return True
    return False


#: (probe round 55) a list of signatories joined by commas and "and", then the verb of
#: signing or issuing a document (`_OTHER_DOCUMENT_ISSUED`) right after the last of them
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
#: (probe round 57) how many sentences back "the statement" may find the sentence saying who
#: issued it, when the sentences between name no one ("P and Q issued a joint statement. Here
#: is what it says.\n\nWhat did they agree?\n\nA, the statement said")
_DOCUMENT_BACK = 3
_SIGNING_GAP = re.compile(r"\s+(?:(?:also|jointly|then|later|formally)\s+)?(?:have\s+|had\s+)?")


def _document_signatories(d: _Doc, a: _Attr, c: _Cand) -> tuple[str, ...]:
    """Probe round 55: "P, Q and R signed a joint declaration at the White House. The
    declaration said A": with no statement before to stand for, "the declaration" (the same
    document noun) is the one the sentence just before (or this one) says was signed or
    issued, and its speakers are those who signed it, named as the list opening that
    sentence (every name an actor, nothing else between the names and the verb)."""
    noun = _words(c.text.lower())[-1:]
    if not noun:
        return ()
    si = d.sent_of(c.start)
    for sj in range(si, max(-1, si - 1 - _DOCUMENT_BACK), -1):
        if sj < si - 1 and any(x.actor_id for x in d.sents[sj + 1].mentions):
            break  # (round 57) further back only over sentences naming no one
        s = d.sents[sj]
        hi = c.start if sj == si else s.end
        m = _OTHER_DOCUMENT_ISSUED.search(d.text, s.start, hi)
        if m is None or not m.group(0).lower().endswith(noun[0]):
            continue
        names = sorted((x for x in s.mentions if x.actor_id and x.end <= m.start()),
                       key=lambda x: x.start)
        if not names or not (_DET_OR_NONE.fullmatch(d.low, s.start, names[0].start) or
                             _OPENER.fullmatch(d.low, s.start, names[0].start)) or \
                not _SIGNING_GAP.fullmatch(d.low, names[-1].end, m.start()):
            return ()
        if any(not _LIST_JOIN.fullmatch(d.low, x.end, y.start)
               for x, y in itertools.pairwise(names)):
            return ()
        return tuple(dict.fromkeys(x.actor_id for x in names))
    return ()


def _document_antecedent(d: _Doc, p: _Attr, c: _Cand) -> bool:
    """Whether "the statement" / "the joint statement" can be the statement `p` just before.
    A joint document has several authors: one speaker's words ("Michel welcomed the deal")
    are not "the joint statement". A plain document is `p` when `p` came from a body, a state
    or an organisation (which speak through statements), or was itself made in one."""
    if _OTHER_DOCUMENT_ISSUED.search(d.text, max(p.trig[1], p.end), c.start):
        # lead, round 41: "Baku said A. X, Y and Z issued a joint statement with B. The
        # statement said C": the document issued in between is the one meant
        return False
    occ = _occasion(d, p)
    label = occ[0] if occ is not None else ""
    if "joint" in c.text.lower():
        return len(p.ids) > 1 or label == "joint statement"
    # (round 49) "X, Y and Z issued a statement saying A. The statement said B": the
    # statement's issuing is the participle's own clause, so its speakers are its authors
    issued = p.shape == "participle" and bool(p.speakers) and _OTHER_DOCUMENT_ISSUED.search(
        d.text, p.speakers[-1].end, p.trig[0]) is not None
    return label in _DOCUMENT_OCCASIONS or p.shape == "according" or issued or \
        any(_actor(i)[0] != "person" for i in p.ids)


#: between a statement and a later "the statement said": another document is issued
_OTHER_DOCUMENT_ISSUED = re.compile(
    r"\b(?:issued|released|published|adopted|signed|put out|made public)\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|declaration|communiqu[eé])", re.IGNORECASE)


# occasion labels (occasions.csv) that are documents: what "the statement said" may refer to
_DOCUMENT_OCCASIONS = frozenset({"statement", "joint statement", "press statement"})
# documents issued in writing ("press statements" are also the leaders' spoken appearance
# after talks, where each speaks on his own)
_WRITTEN_OCCASIONS = frozenset({"statement", "joint statement"})


# a capitalised word (a name's part)
_CAP_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """Lower-cased last words of every person's name and aliases in the gazetteer."""
    from karabakh_data import gazetteer

    return frozenset(n.split()[-1].lower()
                     for a in gazetteer.load_gazetteer().actors.values() if a.kind == "person"
                     for n in (a.name, *a.aliases) if n.split())


@lru_cache(maxsize=4096)
def _role(actor_id: str) -> str:
    from karabakh_data import gazetteer

    a = gazetteer.load_gazetteer().actors.get(actor_id)
    return (a.role or "") if a is not None else ""


@lru_cache(maxsize=4096)
def _name(actor_id: str) -> str:
    from karabakh_data import gazetteer

    a = gazetteer.load_gazetteer().actors.get(actor_id)
    return a.name if a is not None else ""


# "a" or "an" (and up to two modifiers) right before an occasion's words: a new occasion
# the end of an attribution inside its words: its closing comma, or a quotation mark
_ATT_CLOSE = re.compile(r"[,“”«»\"]")
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,2}$")

# a short object and "and" before a second verb: "confirmed the news and (also) said"
# (a determiner and up to two words, none a verb-like word: "said the deal held and added"
# reports two clauses, not an object)
_OBJECT_AND = re.compile(
    r"(?:the|a|an|this|that|these|those|its|his|her|their)\s+(?:(?!(?:is|was|were|are|has|had|"
    r"have|will|would|can|could|may|might|must|should)\b)(?![\w'’-]*ed\b)[\w'’-]+\s+){1,2}"
    r"(?:(?:(?:a|an|[\w-]+)\s+)?(?:minutes?|hours?|days?|weeks?)\s+later\s+|"
    r"(?:shortly|soon)\s+afterwards?\s+)?and\s+(?:(?:also|then|later)\s+)?")
# probe round 52: "Armenia asked Russia for military assistance": an addressee of one to eight
# words (no "to", "that", comma or quotation in it), then "for": what was asked for is a thing,
# not a clause, so the words keep the verb ("asked Russia for ..."), as "welcomed the deal"
# does (not "asked Russia to send troops", whose addressee and infinitive are the words)
_REQUEST_FOR = re.compile(
    r"(?:(?!(?:to|that|whether|if|for)\b)[\w'’.-]+\s+){0,8}for\s+(?!(?:it|this|that|them)\b)")
# probe round 52: a preposition right after a verb form ending in its noun ("expressed
# concern over", "voiced hope for"): the noun opens the words
_CONTRAST_LEAD = re.compile(r"(?:while|whereas|but|and|as|though|although)\b")
_NOUN_PREP = re.compile(r"(?:over|about|at|for|with|regarding|in|on|of)\s")
# probe round 52: a pronoun object of a denial, or a short one with a stretch of time after
# it, before "and" and a second verb: "denied it within hours and said A", "rejected that
# and said A", "denied the report on Tuesday and said A" (A is the words, as after
# "denied the claim and said")
_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_TIME_TAIL = (
    r"(?:(?:on\s+" + _WEEKDAYS + r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:the\s+same|that|the\s+next|the\s+following)\s+(?:day|morning|evening|night)|"
    r"within\s+(?:(?:a\s+few|minutes|hours|days|an?\s+hour|a\s+day)\b\s*){1,2}|"
    r"immediately|promptly|swiftly|quickly|at\s+once|again|flatly|categorically|outright)\s+)")
_PRONOUN_OBJECT_AND = re.compile(
    r"(?:(?:it|this|that|them)\s+" + _TIME_TAIL + r"{0,2}|"
    r"(?:the|this|that|these|those)\s+(?:(?!(?:is|was|were|are|has|had|have|will|would|can|"
    r"could|may|might|must|should)\b)[\w'’-]+\s+){1,2}" + _TIME_TAIL + r"{1,2})"
    r"and\s+(?:(?:also|then|later)\s+)?")
# the object of a verb whose object is always a noun phrase ("expressed satisfaction with the
# work of the commissions and said"): up to fourteen words, no clause word, auxiliary or "and"
_NOUN_OBJECT_AND = re.compile(
    r"(?:(?!(?:that|and|is|was|were|are|has|had|have|will|would|can|could|may|might|must|"
    r"should)\b)[\w'’-]+\s+){1,14}and\s+(?:(?:also|then|later)\s+)?")

# "X thanked Y and said": a past-tense verb, a short object, then "and" right before a speech
# verb (the verb a regular past or a common irregular one; the object up to eight words with
# no clause word, auxiliary, conjunction or comma)
_DEED_VERBS = r"[a-z]+ed|met|spoke|shook|held|made|paid|took|gave|sent|left|saw|won"
_DEED_AND = re.compile(
    r"\b(?P<verb>" + _DEED_VERBS + r")\s+"
    r"(?:(?!(?:that|and|but|or|who|whom|which|where|when|while|as|if|because|is|was|were|are|"
    r"has|had|have|be|been|will|would|can|could|may|might|must|should|did|does)\b)"
    r"[\w'’.-]+\s+){1,8}(?P<and>and)\s+(?:(?:also|then|later)\s+)?$")
_DEED_VERB_END = re.compile(r"\b(" + _DEED_VERBS + r")\s*$")
# what may open a sentence before its speaker: nothing, or a short adverbial and a comma ("On
# Friday, ", "In Washington, ")
_OPENER = re.compile(r"\s*(?:[\w'’.-]+\s+){0,5}[\w'’.-]+,\s*(?:the\s+)?")

# right before a speech verb: a perfect or modal auxiliary ("has long warned", "had said")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had|would|will|may|might|could|can)\s+"
                             r"(?:[a-z]+\s+)?$")

# ... or a past perfect, a modal, or a present perfect with an adverb of repetition or
# duration ("had said", "would say", "has repeatedly said"; not a bare "has asked")
_REPEATED_PERFECT = re.compile(r"\b(?:(?:had|would|will|may|might|could|can)\s+(?:[a-z]+\s+)?|"
                               r"(?:has|have)\s+(?:repeatedly|often|long|always|consistently|"
                               r"frequently|regularly|never|previously|since)\s+)$")

# one to three initials right before a surname ("I. Aliyev", "Sh. Mustafayev", "N. V. Putin")
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z][a-z]?\.[ \t]?){1,3}$")

_NUMBERS = {"both": 2, "two": 2, "three": 3, "four": 4}


def _title_antecedent(d: _Doc, a: _Attr, c: _Cand) -> tuple[str, ...]:
    """"the head of state said" / "both leaders stressed" with no statement just before: the
    person(s) of that title named in this sentence or the two before (one for a singular
    title, all of them, two or more, for a plural one; a number must agree)."""
    words = _title_words(c)
    count = next((_NUMBERS[w] for w in words if w in _NUMBERS), None)
    title = " ".join(w for w in words if w not in ("the", "both", "two", "three", "four"))
    role = next((rx for t, rx in d.c.title_roles if t == title), None)
    if role is None:
        return ()
    country = _actor(c.state)[1] if c.state else None
    # "both foreign ministries": bodies, matched by their names; other titles: persons
    body = title in d.c.body_titles
    found: list[str] = []
    # before a closing attribution, from two sentences before its quotation, whose own words
    # name no speaker ("“I met Aliyev,” the president said" is not Aliyev's)
    own = _closing_words(a)
    first = _first_sentence(d, a, own)
    for si in range(max(first - 2, 0), a.sent + 1):
        for m in d.sents[si].mentions:
            if m.start >= c.start or not m.actor_id or m.actor_id in found or \
                    own[0] <= m.start < own[1]:
                continue
            if body:
                if _actor(m.actor_id)[0] == "government_body" and \
                        role.search(_name(m.actor_id)):
                    found.append(m.actor_id)
            elif _actor(m.actor_id)[0] == "person" and role.search(_role(m.actor_id)) and \
                    (country is None or _actor(m.actor_id)[1] == country):
                found.append(m.actor_id)
    if c.ref == "group_title":
        if count is not None and len(found) > count:
            found = _closest_group(d, found, max(first - 2, 0), a.sent, c.start, own, count)
        ok = len(found) >= 2 and (count is None or len(found) == count)
        return tuple(found) if ok else ()
    return tuple(found) if len(found) == 1 else ()


def _title_words(c: _Cand) -> list[str]:
    """The words of an anaphor or title phrase, without the demonym of "the Iranian minister"
    (its "the" kept): the title the gazetteer roles are matched against."""
    words = _words(c.text)
    return words[:1] + words[2:] if c.state else words


def _closest_group(d: _Doc, found: list[str], lo: int, hi: int, before: int,
                   own: tuple[int, int], count: int) -> list[str]:
    """"the four leaders" after five of that title were named: the `count` persons named
    last, when the sentences closest to the title name exactly that many ("Aliyev stayed
    away. Macron, Scholz and Michel met Pashinyan. The four leaders said ..."); otherwise
    none."""
    latest: dict[str, int] = {}
    for si in range(lo, hi + 1):
        for m in d.sents[si].mentions:
            if m.actor_id in found and m.start < before and not own[0] <= m.start < own[1]:
                latest[m.actor_id] = si
    for si in sorted(set(latest.values()), reverse=True):
        near = [x for x in found if latest.get(x, -1) >= si]
        if len(near) >= count:
            return near if len(near) == count else []
    return []


def _attach_quotes(d: _Doc, attrs: list[_Attr]) -> list[_Attr]:
    """Quotations not yet inside a statement: one that opens its sentence belongs to the
    statement of the sentence before ("X said in a statement. “...”"); an attribution waiting
    for its words ("X said:" at a sentence end) takes it."""
    text = d.text
    out = list(attrs)
    covered: set[int] = set()  # indexes of quotations inside some statement's words

    def cover(start: int, end: int) -> None:
        i = bisect.bisect_left(d.quote_starts, start)
        while i < len(d.quotes) and d.quote_starts[i] < end:
            covered.add(i)
            i += 1

    for a in attrs:
        if a.end > a.start:
            cover(a.start, a.end)
    for qi, q in enumerate(d.quotes):
        if qi in covered or _nwords(text[q.start:q.end]) < 4:
            continue
        si = d.sent_of(q.open)
        s = d.sents[si]
        if text[s.start:q.open].strip():
            continue
        tail_end = max(s.end, q.close)
        if q.close < tail_end and any(q.close <= v < tail_end for v, _ in d.verbs):
            continue  # "“...,” X told a briefing": its own attribution, even if X is unknown
        if q.closed and _NAMED_BY_QUOTE.match(text, q.close) and \
                text[q.start:q.end].rstrip()[-1:].isalnum():
            # "“The Road to Shusha” is on general release", "“Jako” won the televote": a
            # title in quote marks is the subject of its sentence, not words said (words
            # go on a sentence only after a comma or a full stop inside the marks)
            continue
        cands = [a for a in out if a.ids and a.trig[0] < q.open and
                 (a.sent in (si - 1, si) or _runs_on(d, a, si))]
        if not cands:
            continue
        src = cands[-1]
        if src.end > src.start and src.sent == si:
            continue
        qs, qe = d.quote_words(q)
        if src.end <= src.start:
            src.start, src.end, src.shape = qs, qe, "quote"
        else:
            out.append(replace(src, start=qs, end=qe, shape="quote", sent=si, continues=True,
                               speaker_spans=list(src.speaker_spans)))
        cover(qs, qe)
    return [a for a in out if a.end > a.start]


def _reopen_all(d: _Doc, attrs: list[_Attr]) -> list[_Attr]:
    """`attrs` with the rows of paragraphs reopened before closing attributions
    (`_reopened_before`)."""
    if not any(a.shape == "backward" and a.ids for a in attrs):
        return attrs
    covered: set[int] = set()
    for a in attrs:
        i = bisect.bisect_left(d.quote_starts, a.start)
        while i < len(d.quotes) and d.quote_starts[i] < a.end:
            covered.add(i)
            i += 1
    out = list(attrs)
    for a in attrs:
        if a.shape == "backward" and a.ids and a.end > a.start:
            out.extend(_reopened_before(d, a, covered))
    return out


_MAX_REOPENED = 6  # paragraphs a closing attribution's quotation may reach back over


def _reopened_before(d: _Doc, a: _Attr, covered: set[int]) -> list[_Attr]:
    """'“A.\n\n“B.\n\n“C,” X said': news style reopens a quotation at each paragraph and
    leaves it open at the paragraph's end, so the paragraphs before a closing attribution's
    quotation that are each one such quotation (opening the paragraph, left open at its end,
    with no attribution of their own) are X's too: a row each, as "X said: “A.\n\n“B.”"
    gives a row a paragraph."""
    text = d.text
    i = bisect.bisect_left(d.quote_starts, a.start)
    if i >= len(d.quotes) or d.quotes[i].start != a.start or a.trig[0] < d.quotes[i].close:
        return []
    nxt = d.quotes[i]
    if text[text.rfind("\n", 0, nxt.open) + 1:nxt.open].strip():
        return []  # the quotation does not open its paragraph
    out: list[_Attr] = []
    for j in range(i - 1, max(i - 1 - _MAX_REOPENED, -1), -1):
        q = d.quotes[j]
        gap = text[q.close:nxt.open]
        if j in covered or q.closed or gap.strip() or "\n" not in gap or \
                text[text.rfind("\n", 0, q.open) + 1:q.open].strip() or \
                _nwords(text[q.start:q.end]) < 4:
            break
        qs, qe = d.quote_words(q)
        out.append(replace(a, start=qs, end=qe, shape="quote", continues=True,
                           speaker_spans=list(a.speaker_spans)))
        covered.add(j)
        nxt = q
    return out


def _runs_on(d: _Doc, a: _Attr, si: int) -> bool:
    """Whether a statement's words are a quotation left open at the end of its paragraph, in
    the sentence before `si`: news style reopens the quotation in the next paragraph
    ("“A. B.\n\n“C.”"), so a quotation opening sentence `si` goes on with the same speaker."""
    if a.end <= a.start or d.sent_of(a.end - 1) != si - 1:
        return False
    q = d.quote_at(a.end - 1)
    return q is not None and not q.closed


# --- dates, occasions, topics, kind --------------------------------------------------------------
def _closed_relative(d: _Doc, a: _Attr) -> tuple[int, int]:
    """'X, who hosted Y in Baku in July, said ...': the span of a relative clause closed by a
    comma between the speaker and the verb ((-1, -1) if none). Its date is that of what it
    tells, not of the words (its occasion is kept: "X, who was speaking at a news conference,
    said" names where the words were said)."""
    if not a.speakers:
        return -1, -1
    end = a.speakers[-1].end
    if end < a.trig[0] and _SPEAKER_RELATIVE.match(d.low, end, a.trig[0]):
        return end, d.text.rfind(",", end, a.trig[0])
    if a.trig[1] <= a.speakers[0].start and not a.start < end < a.end and \
            _SPEAKER_RELATIVE.match(d.low, end):
        # 'A, said X, who opened the talks on Friday.': after a speaker closing the words,
        # the relative clause runs to the next comma or the sentence's end
        s = d.sents[a.sent]
        cm = d.text.find(",", end + 1, s.end)
        return end, cm if cm >= 0 else s.end
    return -1, -1


#: "had" (and an adverb at most) right before a speech verb: the past perfect.
_HAD_BEFORE = re.compile(r"(?<![\w-])had\s+(?:[a-z]+ly\s+|long\s+|already\s+)?$",
                         re.IGNORECASE)


def _own_date(d: _Doc, a: _Attr, others: tuple[tuple[int, int], ...] = ()) -> DateMention | None:
    """A date expression of the attribution itself: in the sentence of the verb, outside the
    reported words, quotations and datelines, not the date of something else ("since May 12",
    "the March incident"); the one nearest the verb. `others` are the words of the sentence's
    other attributions: a date inside them is theirs ("X said the May talks in Washington in
    May 2023 were useful, but warned that B": May 2023 is not when B was said)."""
    s = d.sents[a.sent]
    best, best_dist = None, 10**9
    # a quotation around its attribution ("“...,” X said on Monday, “...”") spans the verb:
    # there the words are the quotations only
    around = a.start < a.trig[0] < a.end  # (a denial opens with its verb)
    att_lo = att_hi = -1
    if around:
        # ("The treaty, X said on Monday, could be signed in May": around an unquoted
        # attribution, only the attribution's own stretch, up to its comma, is not the words)
        att_lo = min(a.speakers[0].start, a.trig[0]) if a.speakers else a.trig[0]
        cm = _ATT_CLOSE.search(d.text, a.trig[1], s.end)
        att_hi = cm.start() if cm else s.end
    # nothing reported was said after the article came out: a date resolved against the
    # publication date that falls after it is another thing's (or "the same day" resolved
    # against a "tomorrow" inside a quotation); a date written out in full is kept
    doc = d.a.doc
    latest = doc.published if doc.published_precision == "day" else None
    rel_lo, rel_hi = _closed_relative(d, a)
    lo_date = s.start
    if a.speakers and a.shape == "forward" and _HAD_BEFORE.search(
            d.text, max(a.speakers[-1].end, a.trig[0] - 24), a.trig[0]) and \
            _prev_word(d.text, s.start, a.speakers[0].start) in _RELATIVES:
        # "The OSCE closed it on Monday, a format that both sides had called obsolete": the
        # words of a relative clause in the past perfect came before the main clause's date
        lo_date = a.speakers[0].start
    # '“...,” X told reporters in Antalya, where he had met Y in March': the clause about the
    # place or time of the saying has its own dates
    wm = _WHERE_AFTER.search(d.low, a.trig[1], s.end)
    hi_date = wm.start() if wm is not None and not (a.start <= wm.start() < a.end) else s.end
    if a.shape == "forward" and a.end > a.trig[1] and d.c.closing_deed.match(d.low, a.end):
        # (round 51) "X said A and thanked Y, who had hosted the talks on Tuesday": the
        # stretch of the speaker's next act dates that act or its object, not the words
        hi_date = min(hi_date, a.end)
    asked = _ASKED_OPENS.match(d.low, s.start) if s.dates else None
    if asked is not None and not (a.speakers and asked.end() <= a.speakers[0].start):
        asked = None
    for dm in s.dates:
        if dm.start < lo_date or dm.start >= hi_date:
            continue
        if asked is not None and dm.start < asked.end() and _PAST_FORM.search(
                d.low, asked.end("q"), dm.start):
            # "Asked about the checkpoint Azerbaijan installed on 23 April, X said": a date
            # after a past verb inside the question is the matter's ("Asked about it on
            # Monday, X said" keeps its day)
            continue
        if dm.date is None or dm.future or (
                latest is not None and dm.relative and dm.date > latest):
            continue
        if (a.start <= dm.start < a.end and not (around and att_lo <= dm.start < att_hi)
                and not _addressee_date(d, a, dm)) \
                or any(lo <= dm.start < hi for lo, hi in others) or d.in_quote(dm.start) or \
                d.in_dateline(dm.start) or rel_lo < dm.start < rel_hi:
            continue
        if ";" in d.text[min(dm.end, a.trig[0]):max(dm.start, a.trig[1])]:
            continue  # "A accused B on Tuesday; Baku denied ...": another clause's date
        pw = _prev_word(d.text, s.start, dm.start)
        if pw in d.c.not_date or (pw in d.c.date_modifier
                                  and not _dated_occasion(d, s.start, dm)):
            continue
        if d.text[dm.end:dm.end + 2] in ("'s", "’s") and not (
                pw in d.c.occasion_lead and _occasion_after(d, dm.end + 2, s.end)):
            continue  # ("last month's offensive, which X called ...": the offensive's date)
        first = _words(dm.text)[:1]
        if (first and first[0] in d.c.not_date) or _attributive(d, dm):
            continue
        dist = min(abs(dm.start - a.trig[1]), abs(a.trig[0] - dm.end))
        if dist < best_dist:
            best, best_dist = dm, dist
    return best


#: (probe round 57) between an urging's or accusation's words' start and a date in them: the
#: addressee or accused, up to four words and no comma ("urged Aliyev on Tuesday to ...")
_ADDRESSEE_ONLY = re.compile(r"(?:[\w'’.-]+\s+){1,4}")
#: right after that date: the infinitive or "of" that carries on the words
_ADDRESSEE_DATE_END = re.compile(r"\s+(?:to|of)\s")


def _addressee_date(d: _Doc, a: _Attr, dm: DateMention) -> bool:
    """Probe round 57: "X urged Y on Tuesday to B", "X accused Y on Wednesday of B": the words
    of an urging or accusation open with the addressee, and a date right after it, before
    "to"/"of", is the day of the act, not part of what was said."""
    if d.c.frame.get(_norm(d.low[a.trig[0]:a.trig[1]])) not in ("urge", "accuse"):
        return False
    return _ADDRESSEE_ONLY.fullmatch(d.text, a.start, dm.start) is not None and \
        _ADDRESSEE_DATE_END.match(d.low, dm.end) is not None


def _dated_occasion(d: _Doc, lo: int, dm: DateMention) -> bool:
    """"In a 2014 interview, X said", "told the 2011 summit": a date between a determiner
    after an occasion lead and an occasion noun is the occasion's, so the speaker's (other
    dates after a determiner modify a thing: "the 2020 war")."""
    ws = d.low[max(lo, dm.start - 30):dm.start].split()
    return len(ws) >= 2 and ws[-2] in d.c.occasion_lead and \
        _occasion_after(d, dm.end, d.sents[d.sent_of(dm.start)].end)


def _occasion_after(d: _Doc, pos: int, end: int) -> bool:
    """Whether one of the three words after a possessive date ending at `pos` is an occasion
    noun ("at Friday's summit", "at last month's Abu Dhabi talks"), before any punctuation."""
    for k, m in enumerate(_WORD.finditer(d.low, pos, min(end, pos + 60))):
        if k >= 3 or _ATT_CLOSE.search(d.low, pos, m.start()):
            return False
        if m.group(0) in d.c.occasion_noun:
            return True
    return False


def _speaker_clause_start(d: _Doc, a: _Attr) -> int:
    """Where a's clause opens before its speaker: at a date (with its preposition) right
    before the speaker ("..., and in November 2024 Y said", "and the next day Y said"), else
    at the speaker."""
    s = d.sents[a.sent]
    pos = a.speakers[0].start
    dm = next((m for m in s.dates if s.start <= m.start and m.end <= pos and
               not d.text[m.end:pos].strip()), None)
    if dm is not None:
        pos = dm.start
        if _prev_word(d.text, s.start, pos) in ("in", "on", "at"):
            pos = d.text.rfind(" ", s.start, _rstrip(d.text, s.start, pos)) + 1 or pos
            pos = max(s.start, pos)
    return pos


def _joiner_before(d: _Doc, a: _Attr) -> bool:
    """Whether a clause joiner stands right before a's speaker, or before a date (with its
    preposition) that opens the speaker's clause ("..., and in November 2024 Y said")."""
    s = d.sents[a.sent]
    return _prev_word(d.text, s.start, _speaker_clause_start(d, a)) in _CLAUSE_JOINERS


def _titled_joiner_before(d: _Doc, a: _Attr) -> bool:
    """Probe round 54: "“A,” X told parliament, and President Aliyev's aide Y replied that B":
    ", and" / ", but" then only the title words of a's speaker (`_TITLE_RUN`) before it."""
    s = d.sents[a.sent]
    lo = d.low.rfind(", ", s.start, a.speakers[0].start)
    m = _JOINER_SUBJECT.match(d.low, lo + 2) if lo >= 0 else None
    return m is not None and _TITLE_RUN.fullmatch(d.text, m.end(), a.speakers[0].start) \
        is not None


def _occasion(d: _Doc, a: _Attr) -> tuple[str, int, int] | None:
    """The occasion named in the attribution (outside the reported words)."""
    if a.occasion is not None:
        return a.occasion
    s = d.sents[a.sent]
    occasions = d.occasions
    lo = s.start
    if a.speakers and a.shape == "forward" and \
            _prev_word(d.text, s.start, a.speakers[0].start) in _RELATIVES:
        # "signed a joint declaration that X said would ...": the clause's antecedent and
        # what comes before it are the main clause's, not the occasion of X's words
        lo = a.speakers[0].start
    elif a.speakers and a.shape == "forward" and d._cues and \
            (_joiner_before(d, a) or _titled_joiner_before(d, a) or
             d.text.find(";", s.start, a.speakers[0].start) >= 0) and \
            any(s.start <= v[0] < a.speakers[0].start for v in d._cues.get(a.sent, ((),))[0]):
        # "A said in a statement that ..., but B said ...", "A had said in an interview that
        # ...; B replied that ...": an occasion in the clause of another speech verb before
        # the joiner or the semicolon is that speaker's, not B's
        lo = a.speakers[0].start
    hi = s.end if a.readout < 0 else a.readout
    # (round 50: "P told Y that A, the Kremlin said in a statement": the statement is the
    # body's occasion, not where P spoke)
    if a.speakers and a.shape == "forward" and _REL_GAP.match(d.low, a.speakers[-1].end,
                                                              a.trig[0]):
        hi = a.end  # "X, who said A at the summit, told B": the relative clause's own only
    elif a.shape == "forward":
        # "X announced A, while Y ... in a post on Facebook": the clause of contrast after
        # the words is someone else's, and so is its occasion
        k = _CONTRAST.search(d.low, a.end, hi)
        if k is not None:
            hi = k.start()
    for k in range(bisect.bisect_left(d.occasion_starts, lo), len(occasions)):
        o = occasions[k]  # sorted by start: those of the sentence, in order
        if o[1] >= hi:
            break
        if not a.start <= o[1] < a.end and not d.in_quote(o[1]):
            return o
    return None


def _then_date(d: _Doc, a: _Attr, words_of: dict[int, list[tuple[int, int, _Attr]]]
               ) -> tuple[dt.date, str, int, int] | None:
    """"In May 2022 the commissions first met. At the time, X said A": a `then_time` cue
    (statement_cues.csv) opening the attribution's clause, outside its words, dates the row
    with the one date of the clause before it (after a semicolon in its own sentence) or of
    the sentence before; none when that stretch has no date or more than one."""
    s = d.sents[a.sent]
    lo = s.start
    semi = d.text.rfind(";", s.start, a.speakers[0].start)
    if semi >= 0:
        lo = semi + 1
    m = d.c.then_time.search(d.low, lo, a.speakers[0].start)
    if m is None or d.low[lo:m.start()].strip(" \t\n,;:—–-") or \
            a.start <= m.start() < a.end or d.in_quote(m.start()):
        m = _then_after_verb(d, a)
        if m is None:
            return None
    if semi >= 0:
        si, hi_ = a.sent, semi
    else:
        si, hi_ = a.sent - 1, s.start
    if si < 0:
        return None
    ps = d.sents[si]
    said = [(w0, w1) for w0, w1, _ in words_of.get(si, ())]
    ds = {(dm.date, dm.precision or "day"): dm for dm in ps.dates
          if dm.start < hi_ and dm.date is not None and not dm.future
          and not d.in_dateline(dm.start) and not d.in_quote(dm.start)
          and _prev_word(d.text, ps.start, dm.start) not in d.c.not_date
          and not any(w0 <= dm.start < w1 for w0, w1 in said)}
    if len(ds) != 1:
        return None
    ((day, prec), dm), = ds.items()
    return (day, prec, dm.start, dm.end)


def _then_after_verb(d: _Doc, a: _Attr) -> re.Match[str] | None:
    """A `then_time` cue right after a forward attribution's verb, before its words ("X said
    at the time that A", "X told reporters back then that A"): it sets the saying at the time
    of the event told before, as the cue opening the clause does."""
    if a.shape != "forward" or not a.trig[1] < a.start:
        return None
    m = d.c.then_time.search(d.low, a.trig[1], a.start)
    if m is None or d.in_quote(m.start()) or \
            d.low[m.end():a.start].strip(" \t\n,:") not in ("", "that"):
        return None
    return m


def _occasion_date(d: _Doc, a: _Attr, occ: tuple[str, int, int],
                   words_of: dict[int, list[tuple[int, int, _Attr]]] | None = None
                   ) -> DateMention | None:
    """'At the meeting, X said' after 'On May 25, ... held talks': the date of the sentence
    (this or the two before) that introduced the occasion, nearest the occasion word. A date
    inside the reported words of that sentence (`words_of`: sentence -> the words of its
    attributions) is what those words are about, not the occasion's day ("At a briefing, X
    said the army did not fire on Tuesday. Asked ..., X replied ..."), unless the occasion
    word stands in those words too."""
    # the label's content words only: "to" in "remarks to reporters" names no occasion
    if occ[0] in _DOCUMENT_OCCASIONS and _INDEFINITE_BEFORE.search(d.low, max(occ[1] - 40, 0),
                                                                  occ[1]):
        return None  # "in a statement": a new document, not one named in a sentence before
    keys = {w for w in occ[0].split() if len(w) > 3} | (
        {"talks", "negotiations", "summit"} if occ[0] == "meeting" else set())
    if occ[0] == "meeting":
        named = {m.group(0) for m in _WORD.finditer(d.low, occ[1], occ[2])}
        if not named & keys:
            # "in a phone call" (a call, labelled "meeting"): the day of a call told before,
            # not of the summit or talks a sentence before ("at the 3+3 meeting in October")
            keys = {w for w in named if len(w) > 3}
    s = d.sents[a.sent]
    said = [(lo, hi) for lo, hi, _ in (words_of.get(a.sent, ()) if words_of else ())]
    if any(dm.date is not None and not dm.future and not d.in_dateline(dm.start)
           and not d.in_quote(dm.start) and not any(lo <= dm.start < hi for lo, hi in said)
           and _prev_word(d.text, s.start, dm.start) not in d.c.not_date for dm in s.dates):
        # "In Kazan in October 2024, X met Y at the summit; the Kremlin said A": a sentence
        # that dates itself (a date the words did not take) names its own occasion, never
        # the summit of a sentence before
        return None
    for si in range(a.sent - 1, max(a.sent - 3, -1), -1):
        s = d.sents[si]
        # a word equal to a key contains it: no key in the sentence, no such word
        if not any(d.low.find(k, s.start, s.end) >= 0 for k in keys):
            continue
        hit = next((m.start() for m in _WORD.finditer(d.low, s.start, s.end)
                    if m.group(0) in keys), None)
        if hit is None:
            continue
        # (words that name the occasion themselves, "X recalled that on 6 May, at a
        # meeting with Y, ...", date it: only other words' dates are left out)
        said = [(lo, hi) for lo, hi, _ in (words_of.get(si, ()) if words_of else ())
                if not lo <= hit < hi]
        # ("X, whose delegation arrived on Thursday, told reporters": the relative clause
        # about a speaker there dates what it tells, not the occasion)
        said += [_closed_relative(d, o) for _, _, o in (words_of.get(si, ()) if words_of
                                                        else ())]
        ds = [dm for dm in s.dates if dm.date is not None and not dm.future
              and not d.in_dateline(dm.start)
              and _prev_word(d.text, s.start, dm.start) not in d.c.not_date
              and not any(lo <= dm.start < hi for lo, hi in said)]
        if ds:
            return min(ds, key=lambda dm: (abs(dm.start - hit), dm.start))
    return None


def _topics(d: _Doc, start: int, end: int) -> tuple[str, ...]:
    """Codebook topics whose cues occur in text[start:end] (a cue with a context pattern also
    needs that pattern in the sentence of `start` or the sentence before)."""
    out: set[str] = set()
    for ts, te, k in d.deferred.hits("topic", start, end):
        topic, ctx = d.c.topic_rows[k]
        if te > end or topic in out:
            continue
        if topic in d.c.owned_topics and _third_owner(d, ts, te):
            continue
        if d.text[ts:ts + 1].isupper() and d.c.sector_before.search(d.text, max(0, ts - 120), ts):
            continue  # round 43: "in the directions of Kalbajar and Lachin": a front's sector
        if ctx is not None:
            si = d.sent_of(start)
            if not ctx.search(d.low, d.sents[max(si - 1, 0)].start, max(end, d.sents[si].end)):
                continue
        out.add(topic)
    return tuple(sorted(out))


_OWNER_BEFORE = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*)['’]s\s+$")
_OWNER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’.-]*"
                          r"(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'’.-]*){0,3})")


def _third_owner(d: _Doc, ts: int, te: int) -> bool:
    """Whether the thing a topic cue at text[ts:te] names belongs to a name of neither party:
    "Syria's territorial integrity", "the sovereignty of Ukraine" (not "Azerbaijan's
    sovereignty", "the territorial integrity of the Republic of Armenia", "its sovereignty")."""
    m = _OWNER_BEFORE.search(d.text, max(0, ts - 60), ts)
    if m is not None:
        lo, hi = m.span(1)
    else:
        m = _OWNER_AFTER.match(d.text, te)
        if m is None:
            return False
        lo, hi = m.span(1)
    return not _names_party(d, lo, hi, set())


def _names_party(d: _Doc, lo: int, hi: int, skip: set[tuple[int, int]]) -> bool:
    """True when a conflict party or a place of the conflict is named in text[lo:hi]."""
    for si in range(d.sent_of(lo), d.sent_of(max(lo, hi - 1)) + 1):
        for m in d.sents[si].mentions:
            if m.start < lo or m.end > hi or (m.start, m.end) in skip:
                continue
            if m.actor_id and (m.actor_id in d.c.parties or
                               (_actor(m.actor_id)[1] or "") in d.c.party_countries):
                return True
            if m.place_id and (m.place_id in d.c.party_places or
                               (_place_country(m.place_id) or "") in d.c.party_countries):
                return True
    return False


def _both_parties_ref(d: _Doc, a: _Attr, lo: int, hi: int) -> bool:
    """Whether the words text[lo:hi] hold a group noun of the conflict's parties ("both
    sides", "the two countries": statement_cues.csv `group`; not "the countries of the
    region"), the article names each of them and their sentence no other matter."""
    s = d.sents[a.sent]
    if d.deferred.any_in("off_topic", min(lo, s.start), max(hi, s.end)):
        return False
    for si in range(d.sent_of(lo), d.sent_of(max(lo, hi - 1)) + 1):
        for rs, re_, k in d.refs_in(si):
            ref, ids, _ = d.c.ref_kinds[k]
            if ref == "group" and lo <= rs < hi and ids and all(i in d.c.parties for i in ids) \
                    and all(i in d.named() for i in ids) and \
                    (d.low.startswith("both", rs) or not _OF_THE.match(d.low, re_)):
                return True
    return False


def _names_conflict_place(d: _Doc, a: _Attr, lo: int, hi: int,
                          skip: set[tuple[int, int]]) -> bool:
    """Whether text[lo:hi] names a place of the conflict itself (Karabakh, the Lachin road) or
    the side across from the speaker (Azerbaijan in Armenian words; either side in the words
    of a speaker of no state, as the Karabakh authorities): then words on gas, electricity or
    prices are about the conflict ("Baku cut the gas to Karabakh again"), not about another
    matter as gas exports to Europe are. Mentions at `skip` (the speaker's own) do not count."""
    own = {c for i in a.ids if (c := _actor(i)[1])}
    across = d.c.party_countries - own if own <= d.c.party_countries else frozenset()
    for si in range(d.sent_of(lo), d.sent_of(max(lo, hi - 1)) + 1):
        for m in d.sents[si].mentions:
            if m.start < lo or m.end > hi:
                continue
            if m.place_id in d.c.party_places:
                return True
            country = (_actor(m.actor_id)[1] if m.actor_id else
                       _place_country(m.place_id) if m.place_id else None)
            if country in across and (m.start, m.end) not in skip:
                return True
    return False


def _other_war(d: _Doc, a: _Attr, lo: int, hi: int, topics: tuple[str, ...],
               skip: set[tuple[int, int]]) -> bool:
    """Whether `topics`, found in text[lo:hi], are only topics any war has (statement_cues.csv
    `any_war_topic`: a ceasefire, prisoners) in words on another matter: an off_topic word
    ("Ukraine", "Gaza") and no party or place of the conflict named ("Zelensky said Ukraine
    was ready for a 30-day ceasefire", in a news round-up beside an Armenia–Azerbaijan item).
    Mentions at `skip` (the speaker's own) do not count as named parties."""
    return set(topics) <= d.c.any_war_topics and d.deferred.any_in("off_topic", lo, hi) and \
        not _names_party(d, lo, hi, skip) and not _names_conflict_place(d, a, lo, hi, skip)


def _relevant(d: _Doc, a: _Attr, cs: int, ce: int, topics: tuple[str, ...],
              follows_relevant: bool) -> bool:
    """About the conflict or the peace process (see the module docstring). `follows_relevant`:
    a statement about the conflict stands in this or the two sentences before (a reply,
    "the claims were false", belongs to the same exchange)."""
    speakers = {(st, en) for st, en, _ in a.speaker_spans}
    s = d.sents[a.sent]
    third = not any(i in d.c.parties or (_actor(i)[1] or "") in d.c.party_countries
                    for i in a.ids)
    if topics and not (third and _other_war(d, a, min(cs, s.start), max(ce, s.end), topics,
                                            speakers)):
        return True
    if d.deferred.any_in("off_topic", cs, ce) and \
            not _names_conflict_place(d, a, cs, ce, speakers) and (
            not d.deferred.any_in("relevance", cs, ce) or not _names_party(d, cs, ce, speakers)):
        # ("the grain deal must be revived": a generic relevance word, "deal", about another
        # matter, with no party named in the words)
        return False
    if (d.deferred.any_in("off_topic", s.start, cs) or
            d.deferred.any_in("off_topic", ce, s.end)) and \
            not _names_party(d, s.start, s.end, speakers) and \
            not _names_conflict_place(d, a, s.start, s.end, speakers) and third:
        # "On Israel, the minister said Tehran would respond to any attack", "X also spoke
        # about Gaza, saying ...": the attribution names the matter of a third party's words
        # ("attack" then is that matter's); a side's own words ("On the economy, Pashinyan
        # said the border ...") stay its stance on the conflict
        return False
    if d.deferred.any_in("relevance", cs, ce):
        return True
    first = d.sent_of(min(cs, s.start))
    if d.c.new_matter.match(d.low, d.sents[first].start) and \
            not any(i in d.c.parties or (_actor(i)[1] or "") in d.c.party_countries
                    for i in a.ids):
        # "Meanwhile, the Russian Defence Ministry said air defences had downed 59 drones":
        # a third party's words after a turn to another matter take nothing from the
        # sentences before (a side's own words there still speak to the conflict)
        follows_relevant = False
        first = 0
    if follows_relevant:
        return True
    if _names_party(d, min(cs, s.start), max(ce, s.end), speakers):
        return True
    if first > 0:
        p = d.sents[first - 1]
        lo = p.start
        if a.shape == "transcript":
            # an interview's answer replies to the whole question line before it ("Q: X says
            # the border can be marked in two years. Is that realistic?"), not its last sentence
            lo = d.text.rfind("\n", 0, p.start) + 1
        before = _topics(d, lo, p.end)
        if (before and not (third and _other_war(d, a, lo, p.end, before, set()))) or \
                _names_party(d, lo, p.end, set()):
            return True
        if d.deferred.any_in("relevance", lo, p.end) and \
                not d.deferred.any_in("off_topic", lo, p.end):
            # "The sides agreed to continue the negotiations. X said the mood was good.", "Q:
            # When will the agreement be signed?": the sentence before gives the matter (not
            # one on another matter: "the grain deal must be revived")
            return True
    return False


#: words a name in title case may hold in lower case ("Agreement on the Establishment of ...")
_NAME_LINKS = frozenset({"a", "an", "the", "of", "on", "in", "and", "for", "to", "at", "by",
                         "with", "between", "de", "la"})
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _quoted_name(quoted: str) -> bool:
    """Round 59: whether quoted words are a name in title case, with no sentence punctuation
    (the draft "Agreement on Peace and Interstate Relations", the "Crossroads of Peace"
    project): a title the reporter quotes, not the speaker's words, so it does not make the
    reported words direct speech."""
    words = _NAME_WORD.findall(quoted)
    return (len(words) >= 2 and not any(c in quoted for c in ".!?,;:") and words[0][0].isupper()
            and all(w[0].isupper() or w.lower() in _NAME_LINKS for w in words))


#: between a dashed quotation's last words and its attribution: a comma and a dash (", — ")
_DASH_CLOSE = re.compile(r"\s*,?\s*[—–]\s*")


def _dashed_quotation_start(d: _Doc, a: _Attr, cs: int, ce: int,
                            words_of: dict[int, list[tuple[int, int, _Attr]]]) -> int:
    """Round 59: where the words of a closing attribution begin when they close a paragraph
    that opens with a dash, the quotation style of Russian-language agencies ("— A. B, — X
    told reporters"): at the dash, when the words reach back to the start of a sentence of
    that paragraph and no sentence between is anyone else's words; else `cs`. The dash is
    the opening quotation mark, so every sentence after it is the speaker's."""
    if _DASH_CLOSE.match(d.text, ce) is None:
        return cs  # (the match holds the dash: the words end right before it)
    si = d.sent_of(cs)
    if d.sents[si].start != cs:
        return cs
    ls = d.text.rfind("\n", 0, cs) + 1
    m = _DASH_LINE.match(d.text, ls)
    if m is None or m.end() >= cs or "\n" in d.text[m.end():cs]:
        return cs
    for sj in range(d.sent_of(m.end()), si):
        if any(o is not a for _, _, o in words_of.get(sj, ())):
            return cs  # a sentence between has its own speaker
    return m.end()


def _kind(d: _Doc, start: int, end: int) -> str:
    """direct when at least half of the reported words are inside quote marks, or when the
    words open a paragraph with a dash (the quotation style of Russian-language outlets). A
    quoted name in title case (`_quoted_name`) is not counted as quoted words."""
    p = start
    while p > 0 and d.text[p - 1] in " —–":
        p -= 1
    if (p == 0 or d.text[p - 1] == "\n") and any(ch in "—–" for ch in d.text[p:start]):
        return "direct"
    inside = 0
    quotes = d.quotes
    for i in range(max(bisect.bisect_right(d.quote_starts, start) - 1, 0), len(quotes)):
        q = quotes[i]
        if q.start >= end:
            break
        lo, hi = max(q.start, start), min(q.end, end)
        if hi > lo and not _quoted_name(d.text[q.start:q.end]):
            inside += _nwords(d.text[lo:hi])
    if not inside:  # no quoted word: indirect whatever the count of words
        return "indirect"
    total = _nwords(d.text[start:end])
    return "direct" if total and inside * 2 >= total else "indirect"


def _at_line_start(text: str, start: int) -> bool:
    """Whether `start` opens its line, or follows only the line's live-blog time stamp and
    dash ("09:20 — "): the sentence splitter starts an entry's first sentence after its stamp."""
    line = text.rfind("\n", 0, start) + 1
    if line == start:
        return True
    tm = _TIME_STAMP.match(text, line, start)
    return tm is not None and all(ch.isspace() or ch in "—–-" for ch in text[tm.end():start])


def _party_modal(d: _Doc, pos: int) -> bool:
    """Whether a named state, capital or actor at `pos` is followed by a backshifted modal
    ("Baku would ...", "Armenia could ...")."""
    if not d.text[pos:pos + 1].isupper():
        return False
    s = d.sents[d.sent_of(pos)]
    return any(m.start == pos and (m.actor_id or m.place_id) and
               _REPORTED_MODAL.match(d.low, m.end) for m in s.mentions)


def _trim(d: _Doc, start: int, end: int) -> tuple[int, int]:
    """The reported words: without surrounding white space, punctuation, a dateline or a
    leading participle ("claiming that"); a pure quotation without its marks."""
    text = d.text
    while start < end and (text[start].isspace() or text[start] in ",:;—–"):
        if text.startswith(",,", start) and d.quote_at(start) is not None:
            break  # (",,A''": a quotation's opening mark, no punctuation before the words)
        start += 1
    for ds, de in d.datelines:
        if ds <= start < de:
            start = de
    if _at_line_start(text, start):
        tm = _TIME_STAMP.match(text, start, end)  # "10:40 “...,” X says": a live-blog entry
        if tm:
            start = tm.end()
            while start < end and (text[start].isspace() or text[start] in "—–-"):
                start += 1  # ("13:05 — ...": the entry's dash)
        bm = _BULLET.match(text, start, end)
        if bm:  # "- 2,908 servicemen killed, according to X": a list line's bullet is layout
            start = bm.end()
        start = _entry_label_end(d, start, end)
        lm = _LABEL_QUOTE.match(text, start, end)
        if lm:  # a line "The State Department: “We urge ...,” X said": the label is the
            start = lm.end()  # writer's (only at a line's start: mid-sentence it is words)
    tc = _TIME_COLON.match(d.low, start, end)
    if tc:
        start = tc.end()
    pm = d.c.participles.match(d.low, start, end)
    if pm and d.c.frame.get(_norm(pm.group(0))) != "deny":  # ("denying that" stays: a denial)
        tm = _THAT.match(d.low, pm.end(), end)
        if tm:
            start = _skip_ws(text, tm.end(), end)
    sc = _SEMI_CLAUSE.search(text, start, end)
    while sc is not None and not d.in_quote(sc.start()):
        if _party_modal(d, _skip_ws(text, sc.end(), end)):
            # "X said A; Baku would B": a party with a backshifted modal goes on reporting
            # (as after ", while Baku would"), so the words run on past the semicolon
            sc = _SEMI_CLAUSE.search(text, sc.end(), end)
            continue
        end = sc.start()  # "that A; by May B put it at C": a new clause with its own subject
        break
    end = _rstrip_punct(text, start, end)
    rr = d.c.room_reaction.search(d.low, start, end)
    if rr is not None and not d.in_quote(rr.start() + 1):
        # "... the war of words", to laughter from his own benches": how the room took the
        # words is the writer's (a closing mark before the comma stays with the words)
        end = _rstrip_punct(text, start, rr.start() + (1 if d.low[rr.start()] in "”\"»’" else 0))
    wh = d.c.withheld.search(d.low, start, end)
    if wh is not None and wh.start() > start and not d.in_quote(wh.start() + 1):
        # "Moscow was ready to help, but did not elaborate": what the speaker kept back is the
        # writer's account (a closing mark before the conjunction stays with the words)
        end = _rstrip_punct(text, start, wh.start() + (1 if d.low[wh.start()] in "”\"»’" else 0))
    q = d.quote_at(start)
    if q is not None and q.open == start and q.closed and end > q.close and \
            _NARRATOR_RESUMES.match(d.low, q.close, end):
        # 'told reporters that "A," but he did not rule out B': past the closed quotation the
        # writer goes on about the speaker
        end = q.close
    if q is not None and q.open == start and end <= max(q.close, q.end):
        return q.start, _rstrip_punct(text, q.start, min(q.end, end))
    return start, end


# --- public API ----------------------------------------------------------------------------------
def extract_statements(a: Analysed) -> list[StatementRow]:
    """Every attributed statement of one article: one row per attribution and speaker, sorted
    by position. Each row's `text` is `a.text[char_start:char_end]`; its spans hold the
    reported words (role "quote"), the speaker ("speaker"), the speech verb or cue ("trigger")
    and, where used, the date ("date") and the occasion ("occasion"). `meeting_ref` is left
    for the meetings step."""
    if not a.sentences:
        return []
    d = _Doc(a)
    attrs: list[_Attr] = []
    headline = _headline_end(d.text)
    for si, s in enumerate(d.sents):
        if s.in_caption:
            continue  # a photo caption summarises; the body attributes
        if s.end <= headline:
            if si == 0:  # "Mirzoyan says A", "Zakharova: A" (a headline's own attribution)
                attrs.extend(_headline_attrs(d, si))
            continue
        if d.c.unasserted.match(d.low, d.text.rfind("\n", 0, s.start) + 1):
            continue  # a fact-check's "Claim: X said A" line reports A as examined, not as said
        found = d.attributions(si)
        if s.start == 0 or d.text[s.start - 1] == "\n":
            ans = _answer_label(d, si) or _dash_answer(d, si)
            # ("A: As Aliyev said, ...": the interviewee's words)
            if ans is not None:
                found.append(ans)
            elif not found:
                lab = _transcript_label(d, si) or _quote_label(d, si) or _floor_label(d, si)
                if lab is not None:
                    found = [lab]
        elif not found and (lab := _quote_label(d, si)) is not None:
            found = [lab]  # a digest item's "... X, on Monday: “A.”" inside its paragraph
        attrs.extend(found)
    attrs.sort(key=lambda x: x.trig)
    attrs = _resolve_nesting(d, attrs)
    _resolve_speakers(d, attrs)
    if "this " in d.low:
        # a correction note's "An earlier version of this story said X had said A": the
        # publication withdraws A, so no attribution after its subject in that sentence
        gone = [(m.start(), d.sents[d.sent_of(m.start())].end)
                for r in d.c.retraction for m in r.finditer(d.low)]
        if gone:
            attrs = [x for x in attrs if not any(lo <= x.trig[0] < hi for lo, hi in gone)]
    attrs = _attach_quotes(d, sorted(attrs, key=lambda x: (x.trig[0], x.start)))
    if any(x.shape == "quote" and x.continues for x in attrs) and \
            any(not x.ids and x.speakers for x in attrs):
        # "X said A. “B.\n\n“C.\n\n“D,” he said": the quotations carried from X's statement
        # are statements before "he" too, nearer than X's verb
        _resolve_speakers(d, sorted(attrs, key=lambda x: (x.sent, x.start)), unresolved=True)
    attrs = _reopen_all(d, attrs)
    if headline > 0:
        # the headline's words summarise the body's: when the body quotes or reports the same
        # speaker, its rows are the statement and the headline adds none of its own
        told = {i for x in attrs if x.start >= headline for i in x.ids}
        # a headline's state ("Baku says A") stands for whoever of that state the body
        # quotes (its ministry, its president): their rows are the statement then too
        told |= {c for i in told if (c := _actor(i)[1])}
        attrs = [x for x in attrs if x.start >= headline or not any(
            i in told or (_actor(i)[0] == "state" and _actor(i)[1] in told) for i in x.ids)
            or not _repeated(d, x, [y for y in attrs if y.start >= headline])]
    # a summary's bullets above the body ("Key points:\n- Aliyev says the corridor must
    # open") summarise it as a headline does: a bullet the body repeats adds no row
    # (an interview's dashed answer line is the interviewee's own words, no summary bullet)
    lead = [x for x in attrs if x.start >= headline and _bullet(d, x.sent)
            and x.shape != "transcript"]
    if lead:
        first = next((x.start for x in attrs if x.start >= headline and not _bullet(d, x.sent)),
                     None)
        if first is not None:
            body = [y for y in attrs if y.start >= first]
            drop = {id(x) for x in lead if x.start < first and _repeated(d, x, body)}
            attrs = [x for x in attrs if id(x) not in drop]
        # round 43: a teaser bullet further down ("- Pelosi: “illegal and deadly attacks”")
        # over paragraphs quoting the same speaker's same words: the body's row is the
        # statement, the bullet only repeats part of it
        drop = {id(x) for x in lead if x.end > x.start and any(
            y.start >= x.end and not _bullet(d, y.sent) and set(y.ids) & set(x.ids) and
            d.low[slice(*_trim(d, x.start, x.end))] in d.low[y.start:y.end] for y in attrs)}
        attrs = [x for x in attrs if id(x) not in drop]
    if "\n" in d.text and any(_entry_heading(d, x.sent) for x in attrs):
        # a live blog's entry heading ("11:45 — Pashinyan says Armenia will not be drawn
        # in", a stamped line with no full stop over its entry's paragraphs) sums up its
        # entry: when the entry reports the same speaker (or one of that state), the
        # entry's rows are the statement and the heading adds none of its own
        drop = set()
        for x in attrs:
            if _entry_heading(d, x.sent):
                end = _entry_end(d, x.sent)
                ids = set(x.ids)
                states = {c for j in ids if (k := _actor(j))[0] == "state" and (c := k[1])}
                if any(y.sent > x.sent and y.start < end and
                       any(i in ids or _actor(i)[1] in states for i in y.ids) for y in attrs):
                    drop.add(id(x))
        attrs = [x for x in attrs if id(x) not in drop]
    return _rows(d, [x for x in attrs if x.ids])


#: the time stamp opening a live blog's entry line ("11:45 —", "9.15 GMT -")
_STAMP_LINE = re.compile(r"\n[ \t]*" + _TIME_STAMP.pattern, re.IGNORECASE)


def _entry_heading(d: _Doc, si: int) -> bool:
    """Whether sentence `si` is a live blog's entry heading: a whole line opened by a time
    stamp and a dash ("16:55 — Russia calls for restraint"), with no closing full stop or
    quotation mark, and a paragraph of text (no stamp of its own) right after it."""
    s = d.sents[si]
    text = d.text
    line = text.rfind("\n", 0, s.start) + 1
    tm = _TIME_STAMP.match(text, line, s.end)
    if tm is None or not _ENTRY_DASH.match(text, tm.end()) or \
            not all(ch.isspace() or ch in "—–-" for ch in text[tm.end():s.start]):
        return False
    nl = text.find("\n", s.start)
    if nl < 0 or text[s.end:nl].strip() or text[s.start:nl].rstrip()[-1:] in ".!?…”\"»’:":
        return False
    nxt = _skip_ws(text, nl, len(text))
    return nxt < len(text) and _STAMP_LINE.match(text, nxt - 1) is None and \
        text[nl:nxt].count("\n") >= 1 and any(ss.start == nxt for ss in d.sents)


def _entry_end(d: _Doc, si: int) -> int:
    """Where the entry under the heading `si` ends: at the next stamped line, else the end."""
    m = _STAMP_LINE.search(d.text, d.sents[si].end)
    return m.start() if m is not None else len(d.text)


_BULLET = re.compile(r"[-•*–·▪►][ \t]+")
#: a line opening with a dash (an interview's question or answer in the agencies' style)
_DASH_LINE = re.compile(r"^[ \t]*[-–—][ \t]+(?=\S)", re.MULTILINE)


def _bullet(d: _Doc, si: int) -> bool:
    """Whether sentence `si` is a bulleted line ("- Pashinyan says A", "• Baku: A")."""
    st = d.sents[si].start
    return (st == 0 or d.text[st - 1] == "\n") and _BULLET.match(d.text, st) is not None


_STEM = 5  # words compared by their first letters ("villages" and "village" agree)
_GLUE = frozenset({"that", "this", "these", "those", "with", "from", "will", "would", "could",
                   "should", "have", "been", "were", "they", "their", "there", "about", "after",
                   "before", "into", "over", "also", "says", "said", "more", "than", "what",
                   "when", "which", "while", "must", "only", "next", "year", "week", "month"})


def _repeated(d: _Doc, h: _Attr, body: list[_Attr]) -> bool:
    """Whether the body repeats a headline's claim: a row of the headline's speaker (or of
    that state's speakers) in the body shares a content word or a topic with its words. A
    headline whose claim the body does not repeat ("Pashinyan says the commissions will meet
    in May" over a body on the villages' handover) keeps its row."""
    ids = set(h.ids)
    states = {c for j in ids if (k := _actor(j))[0] == "state" and (c := k[1])}
    mine = [y for y in body if any(i in ids or _actor(i)[1] in states for i in y.ids)]
    if not mine:
        return False
    words = {w[:_STEM] for w in _words(d.low[h.start:h.end]) if len(w) > 3 and w not in _GLUE}
    topics = set(_topics(d, h.start, h.end))
    named = _named(d, h.start, h.end)
    for y in mine:
        if y.end <= y.start:
            return True  # (words not found: nothing to compare, the body reports the speaker)
        if words & {w[:_STEM] for w in _words(d.low[y.start:y.end])} or \
                topics & set(_topics(d, y.start, y.end)) or named & _named(d, y.start, y.end):
            return True
    return False


def _named(d: _Doc, lo: int, hi: int) -> set[str]:
    """The actors and states named in text[lo:hi] (a place as its country: "Yerevan" is
    Armenia)."""
    out = set()
    for si in range(d.sent_of(lo), d.sent_of(max(lo, hi - 1)) + 1):
        for m in d.sents[si].mentions:
            if lo <= m.start and m.end <= hi:
                if m.actor_id:
                    kind, country = _actor(m.actor_id)
                    out.add(country if kind == "state" and country else m.actor_id)
                elif m.place_id and (c := _place_country(m.place_id)):
                    out.add(c)
    return out


def _transcript_label(d: _Doc, si: int, depth: int = 4) -> _Attr | None:
    """'Mirzoyan: We will not accept it.' -- a transcript or interview line opened by a
    speaker's label. Only when the label is exactly one person named in the gazetteer, the
    sentence has no speech verb of its own, ends as a sentence (a sub-headline does not) and
    speaks in the first person (a digest's "ALIYEV: The president visited ..." is a topic
    label over the reporter's words, not the person's; a short opening, "Thank you.", may
    come first) or answers a question line just before it."""
    s = d.sents[si]
    m = _LABEL.match(d.text, s.start, s.end)
    if m is None or d.text[s.start:s.end].rstrip()[-1:] not in ".!?”\"»":
        return None
    ws = m.end()
    if not _FIRST_PERSON.search(d.low, ws, s.end) and not _after_question(d, s.start) and not (
            _nwords(d.text[ws:s.end]) <= 6 and si + 1 < len(d.sents)
            and "\n" not in d.text[s.end:d.sents[si + 1].start]
            and _FIRST_PERSON.search(d.low, d.sents[si + 1].start, d.sents[si + 1].end)):
        # (a short opening first, "Thank you. We discussed ...", "Yes, it was raised. Our
        # view ...": the line's next sentence speaks in the first person)
        c = _label_person(d, si, m)
        if c is None or not (
                (_after_turn(d, s.start, depth)
                 and _names_party(d, ws, _line_words_end(d, si), set()))
                or _opening_turn(d, si, c)):
            return None  # (a chair's "Thank you, the time is over" after an answer: no row)
    else:
        c = _label_person(d, si, m)
    if c is None:
        return None
    return _Attr(si, (m.end(1), m.end(1) + 1), [c], ws, _line_words_end(d, si), "transcript")


#: after a verbatim record's speaker: the bracket naming the state or office, an optional
#: ", speaking ..." aside, and the colon ("Mr. X (Armenia):", "Ms. Y (Malta), speaking ...:")
_FLOOR_TAIL = re.compile(r"[ \t]*(?:\([^()\n:]{1,80}\))?(?:,[^:\n]{1,80})?[ \t]*:[ \t]+(?=\S)")


@lru_cache(maxsize=1)
def _shared_aliases() -> frozenset[str]:
    """The aliases several actors share (gazetteer alias_rules.csv), lower-cased."""
    from karabakh_data import gazetteer

    return frozenset(r.alias.lower() for r in gazetteer.load_gazetteer().alias_rules)


def _floor_label(d: _Doc, si: int) -> _Attr | None:
    """Probe round 48: a verbatim record's turn. "The PRESIDENT: I now give the floor to the
    representative of Armenia." then "Mr. X (Armenia): For months the road has been ...":
    the line after the chair's `floor_cue` line, opened by exactly one person of the
    gazetteer (an honorific may stand first) and a colon, is that person's, to the line's
    end, in the third person too. A surname that several actors share (alias_rules.csv:
    "Aliyev" is the president of the day) gives no row: the record names a delegate."""
    s = d.sents[si]
    psi = _prev_line_sent(d, s.start)
    if psi is None:
        return None
    pe = d.text.find("\n", d.sents[psi].start)
    if not d.c.floor_cue.search(d.low, d.sents[psi].start, len(d.text) if pe < 0 else pe):
        return None
    c = next((c for c in d.cands(si) if c.start == s.start), None)
    if c is None or c.ref or not c.person or len(c.ids) != 1:
        return None
    if c.text.split()[-1].lower() in _shared_aliases():
        return None
    m = _FLOOR_TAIL.match(d.text, c.end, s.end)
    if m is None:
        return None
    colon = d.text.rindex(":", c.end, m.end())
    we = _line_words_end(d, si)
    if not _has_words(d.text[m.end():we]):
        return None
    return _Attr(si, (colon, colon + 1), [c], m.end(), we, "transcript")


def _prev_line_sent(d: _Doc, pos: int) -> int | None:
    """The sentence opening the line before the line at `pos` (blank lines skipped), if a
    sentence opens it."""
    end = _rstrip(d.text, 0, pos)
    if end == 0:
        return None
    ls = d.text.rfind("\n", 0, end) + 1
    psi = d.sent_of(ls)
    return psi if d.sents[psi].start == ls else None


def _after_turn(d: _Doc, pos: int, depth: int) -> bool:
    """Probe round 48: whether the line at `pos` follows a labelled line that is itself a
    transcript turn (`_transcript_label`): "Question: Ministers, will you comment?" then
    "Bayramov: ..." then "Mnatsakanyan: Armenia is committed ..." -- the second answer of a
    question put to two is a turn too, in the third person as well. A few turns back at
    most; the caller wants the line's words to name a side (a chair's "Thank you, your time
    is over" after an answer is no statement)."""
    if depth <= 0:
        return False
    psi = _prev_line_sent(d, pos)
    return psi is not None and _transcript_label(d, psi, depth - 1) is not None


def _opening_turn(d: _Doc, si: int, c: _Cand) -> bool:
    """Probe round 48: whether labelled line `si`, before a transcript's first question line,
    is the opening statement of a person whose same label answers a question line further on
    ("Lavrov: Following the talks, the parties agreed ..." then "Question: ..." then
    "Lavrov: ...")."""
    s = d.sents[si]
    q = d.c.question_label.search(d.low, s.end)
    if q is None or d.c.question_label.search(d.low, 0, s.start):
        return False
    for sj in range(d.sent_of(q.start()), len(d.sents)):
        t = d.sents[sj]
        if t.start and d.text[t.start - 1] != "\n":
            continue
        m = _LABEL.match(d.text, t.start, t.end)
        if m is None or not _after_question(d, t.start):
            continue
        o = _label_person(d, sj, m)
        if o is not None and o.ids == c.ids:
            return True
    return False


def _entry_lead_end(text: str, start: int, end: int) -> int:
    """Past a list bullet or a live-blog time stamp (and its dash) opening a line at
    `start` ("- ", "14:05 — "); `start` itself when there is none."""
    if start > 0 and text[start - 1] != "\n":
        return start
    m = _BULLET.match(text, start, end) or _TIME_STAMP.match(text, start, end)
    if m is None:
        return start
    p = m.end()
    while p < end and (text[p].isspace() or text[p] in "—–-"):
        p += 1  # ("13:05 — X: “...”": the entry's dash)
    return p


def _quote_label(d: _Doc, si: int) -> _Attr | None:
    """'- Mirzoyan, after the talks: “There is a long way to go.”' -- a line of a key-quotes
    box or a live blog (after a bullet or a time stamp, if any) that is a person's label, an
    optional aside naming when or where ("on Monday in Yerevan", "in a post on X", "speaking
    to Armenpress"), a colon and a quotation filling the rest of the line: the quotation is
    the person's (the label's date and occasion are the row's). Only exactly one person of
    the gazetteer at the line's start, with no speech verb in the line; a label whose colon
    is followed by the writer's own words ("X, in a post: the meeting was “frank”") gives
    no row."""
    s = d.sents[si]
    text = d.text
    at_line = s.start == 0 or text[s.start - 1] == "\n"
    p = _entry_lead_end(text, s.start, s.end) if at_line else s.start
    if at_line:
        p = _digest_day_label_end(d, si, p)
    # `_LABEL_ASIDE` below needs a colon in text[c.end:s.end], and c.end >= c.start == p: with
    # no colon in text[p:s.end] there is no label, so the speakers (`cands`, the costly part)
    # of most lines are never looked up
    if text.find(":", p, s.end) < 0:
        return None
    if at_line:
        p = _side_label_end(d, si, p)
    c = next((c for c in d.cands(si) if c.start == p), None)
    if c is None or c.ref or not c.person or len(c.ids) != 1:
        return None
    lm = _LABEL_ASIDE.match(text, c.end, s.end)
    if lm is None or (lm.group(1) and _RELATIVE_NEXT.match(d.low, lm.start(1))):
        return None  # ("X, who chairs the commission: ...": no label)
    q = d.quote_at(lm.end())
    if q is None or q.open != lm.end() or not q.closed:
        return None
    nl = text.find("\n", q.close)
    if _rstrip_punct(text, q.close, s.end if not at_line else len(text) if nl < 0 else nl) \
            != q.close:
        # the quotation does not end the line (inside a paragraph, its sentence: a digest's
        # "... drones. Pashinyan, at a cabinet meeting: “A.”"): words of the writer follow
        return None
    colon = lm.start() + lm.group(0).rindex(":")
    return _Attr(si, (colon, colon + 1), [c], q.open, q.close, "label")


def _side_label_end(d: _Doc, si: int, p: int) -> int:
    """Past a reactions list's side label opening a line at `p` ("Russia: ", "United Nations
    - "): one state or organisation of the gazetteer and nothing else before a colon or dash;
    `p` itself when there is none (probe round 61: "- Russia: Zakharova, the ministry's
    spokeswoman: “A”" is Zakharova's label line, the side only sorts the list)."""
    c = next((c for c in d.cands(si) if c.start == p), None)
    if c is None or c.ref or c.person or len(c.ids) != 1 or \
            _actor(c.ids[0])[0] not in ("state", "organisation"):
        return p
    m = _DAY_LABEL_SEP.match(d.text, c.end)
    return m.end() if m else p


def _digest_day_label_end(d: _Doc, si: int, p: int) -> int:
    """Past a digest item's day label opening a line at `p` ("Tuesday: ", "On 14 May: ",
    "12 September - "): a date expression of the sentence and nothing else before a colon
    or dash; `p` itself when there is none (round 56: "Tuesday: Pashinyan, in a post: “A”")."""
    for dm in d.sents[si].dates:
        if dm.start < p or len(d.text[p:dm.start].split()) > 1:
            continue  # (one word before the date at most: "On Tuesday: ")
        m = _DAY_LABEL_SEP.match(d.text, dm.end)
        return m.end() if m else p
    return p


def _after_question(d: _Doc, pos: int) -> bool:
    """Whether the line at `pos` follows a question line ("Q: ...", "Question: ...", or one
    question after another label that is no person) with only blank lines between: a
    labelled line there is an answer ("Q: Will you sign?\n
    BAYRAMOV: Azerbaijan does not occupy ..."), a person's words even in the third person."""
    end = _rstrip(d.text, 0, pos)
    if end == 0:
        return False
    ls = d.text.rfind("\n", 0, end) + 1
    if d.c.question_label.match(d.low, ls) is not None:
        return True
    # round 59: an interviewer labelled by the outlet's or their own name ("Caucasus Daily: Will
    # the talks resume?"): a labelled line that is one question, its label no person of the
    # gazetteer (a person's question is that person's turn)
    if d.text[end - 1:end] != "?" or any(c in d.text[ls:end - 1] for c in ".!?"):
        return False
    m = _LABEL.match(d.text, ls, end)
    if m is None:
        return False
    psi = d.sent_of(ls)
    return not any(c.person and c.start == ls for c in d.cands(psi))


def _label_person(d: _Doc, si: int, m: re.Match[str]) -> _Cand | None:
    """The speaker a label (`_LABEL`) opening sentence `si` names: exactly one person of the
    gazetteer, the whole label, no pronoun; else None."""
    c = next((c for c in d.cands(si) if c.start == d.sents[si].start), None)
    if c is None or c.ref or not c.person or c.end != m.end(1) or len(c.ids) != 1:
        return None
    return c


#: before a headline's opening quotation: a section label in capitals and its bar or colon
#: at most ("INTERVIEW | ", "EXCLUSIVE: "), then the quotation mark
_HEADLINE_QUOTE_LEAD = re.compile(r"(?:[A-Z][A-Z ]+[|:][ \t]*)?[“\"«‘]")


def _headline_attrs(d: _Doc, si: int) -> list[_Attr]:
    """A headline's attribution: "Mirzoyan says the border must follow the 1991 maps" (a
    speech verb after a named speaker), else "Zakharova: Moscow is ready to host the talks"
    (a label that is exactly one person of the gazetteer, not in capitals as a digest's topic
    label is, before four words at least). A headline has no occasion, and a date only if
    it writes one outside the words."""
    # (probe round 60: also a quotation the headline opens with, after a section label in
    # capitals at most, then its speaker: "“A,” says X", "INTERVIEW | “A,” says X")
    s = d.sents[si]
    lead = _HEADLINE_QUOTE_LEAD.match(d.text, s.start, s.end)
    opens = lead.end() - 1 if lead is not None else -1  # (the quotation mark)
    found = [x if x.shape == "forward" or x.start >= opens else replace(x, start=opens)
             for x in d.attributions(si)
             if (x.shape == "forward" or (x.shape == "backward" and lead is not None and
                                          x.start <= lead.end() and d.in_quote(lead.end())))
             and not any(c.ref for c in x.speakers)]
    if found:
        return found
    m = _LABEL.match(d.text, s.start, s.end)
    if m is None or m.group(1).isupper():
        return []
    we = _rstrip_punct(d.text, m.end(), s.end)
    if _nwords(d.text[m.end():we]) < 4:
        return []
    c = _label_person(d, si, m)
    return [] if c is None else [_Attr(si, (m.end(1), m.end(1) + 1), [c], m.end(), we, "label")]


def _named_person(d: _Doc, si: int, start: int, end: int) -> _Cand | None:
    """The speaker candidate spanning exactly `start:end` in sentence `si` when it is one
    person of the gazetteer, not a pronoun; else None."""
    return next((c for c in d.cands(si) if c.start == start and c.end == end and c.person
                 and not c.ref and len(c.ids) == 1), None)


def _answer_label(d: _Doc, si: int) -> _Attr | None:
    """'A: We follow the 1991 declaration. ...' -- an interview's answer line, after a question
    line ("Q: ...", "Interviewer: ..."), is the interviewee's: the one person named before the
    first question line (in the headline or the introduction). Two or more persons named
    there, or none, give no row. The words run to the end of the line."""
    s = d.sents[si]
    m = d.c.answer_label.match(d.low, s.start, s.end)
    if m is None:
        # "Answer (Mirzoyan): ...": a briefing transcript names who answers in the label
        m = d.c.answer_named.match(d.low, s.start, s.end)
        if m is None:
            return None
        c = _named_person(d, si, m.start("n"), m.end("n"))
    else:
        c = d.interviewee(s.start)
        # "A: Lavrov: This is ...": the answer label then the one who answers, a person of
        # the gazetteer, whose words start after the second label
        lab = _LABEL.match(d.text, m.end(), s.end)
        named = None if lab is None else _named_person(d, si, lab.start(1), lab.end(1))
        if named is not None:
            c, m = named, lab
    if c is None:
        return None
    we = _line_words_end(d, si)
    if not _has_words(d.text[m.end():we]):
        return None
    return _Attr(si, (s.start, d.text.rfind(":", s.start, m.end()) + 1), [c], m.end(), we,
                 "transcript")


def _dash_answer(d: _Doc, si: int) -> _Attr | None:
    """'- This is an important milestone. ...' -- an answer line of an interview told in
    dashed lines (`_Doc.dash_answers`) is the interviewee's; the words run from after the dash
    to the end of the line."""
    s = d.sents[si]
    c, starts = d.dash_answers()
    if c is None or s.start not in starts:
        return None
    m = _DASH_LINE.match(d.text, s.start)
    if m is None:
        return None
    we = _line_words_end(d, si)
    if not _has_words(d.text[m.end():we]):
        return None
    return _Attr(si, (s.start, m.end()), [c], m.end(), we, "transcript")


def _line_words_end(d: _Doc, si: int) -> int:
    """End of a transcript line's words: its line (every sentence on it), without the final
    punctuation."""
    s = d.sents[si]
    nl = d.text.find("\n", s.start)
    return _rstrip_punct(d.text, s.start, len(d.text) if nl < 0 else nl)


def _headline_end(text: str) -> int:
    """End of a headline line (a first line without final punctuation followed by more
    text), else 0."""
    first, nl, rest = text.partition("\n")
    if not nl or not rest.strip() or len(first) > 200:
        return 0
    end = first.rstrip()
    if end.endswith((".", ":")):
        return 0
    if end.endswith(("”", '"', "»")) and (len(end) < 2 or end[-2] in ".!?,…"):
        return 0  # a quoted sentence; a quoted phrase ends a headline ('X says A is "B"')
    return len(first)


_Done = tuple[_Attr, tuple[dt.date, str, int, int] | None, tuple[str, int, int] | None]


#: words that are only a manner adverb or two ("Baku answered quickly.", "replied curtly and
#: firmly"): how the speaker spoke, not what was said
_MANNER_ONLY = re.compile(r"[a-z]{2,}ly(?:\s*(?:,|and|but)\s*[a-z]{2,}ly)*")


def _rows(d: _Doc, attrs: list[_Attr]) -> list[StatementRow]:
    text = d.text
    source_id = d.a.source_id
    rows: list[StatementRow] = []
    done: list[_Done] = []
    last_relevant = -10
    made: list[tuple[_Attr, int, int, tuple[dt.date, str, int, int] | None,
                     tuple[str, int, int] | None, tuple[str, ...], bool]] = []
    words_of: dict[int, list[tuple[int, int, _Attr]]] = {}
    for a in attrs:
        if a.start < a.end:
            words_of.setdefault(a.sent, []).append((a.start, a.end, a))
    for a in sorted(attrs, key=lambda x: (x.sent, x.trig[0], x.start)):
        cs, ce = _trim(d, a.start, a.end)
        if a.shape == "backward":
            cs = _dashed_quotation_start(d, a, cs, ce, words_of)
        if ce <= cs or (_MANNER_ONLY.fullmatch(text, cs, ce) and not d.in_quote(cs)):
            continue
        if not d.in_quote(cs) and d.c.then_time.fullmatch(d.low, cs, ce):
            # probe round 55: "What the parties said at the time" (a heading), "X said at
            # the time.": only when it was said, no words
            continue
        occ = _occasion(d, a)
        date: tuple[dt.date, str, int, int] | None = None
        others = words_of.get(a.sent, ())
        dm = _own_date(d, a, tuple((lo, hi) for lo, hi, o in others
                                   if o is not a and not lo <= a.trig[0] < hi) +
                       _later_attributions(d, a, others)
                       if len(others) > 1 else ())
        if dm is not None and dm.date is not None:
            date = (dm.date, dm.precision or "day", dm.start, dm.end)
        if date is None and not _PERFECT_BEFORE.search(d.low, max(0, a.trig[0] - 30),
                                                      a.trig[0]):
            # an entry of a timeline ("October 23, 2023 - The ministers met in Tehran. X
            # said A") tells that entry's date, before any carried from the entry above
            te = _timeline_entry(d, a.trig[0])
            if te is not None:
                date = (te.date, te.precision or "day", te.start, te.end)
        if (date is None or occ is None) and not _perfect_saying(d, a):
            carried = _carry(d, a, done)
            if carried is not None and _flashback_before(d, carried[0], a):
                carried = None
            if carried is not None and date is None and carried[1] is not None and \
                    _other_frame_day(d, carried[0], carried[1], words_of):
                # "Deputies on Wednesday quoted a speech X made in May 2018, in which he
                # promised A. X, replying, said B": B's day is Wednesday's, not the speech's
                carried = (carried[0], None, carried[2])
            if carried is not None:
                # "... said in a statement. A and B had announced last week that ...": a row
                # with its own other day is not on the earlier statement's occasion
                if (date is None or (carried[1] is not None and carried[1][:2] == date[:2])) \
                        and not _joint_document(carried, a):
                    occ = occ or carried[2]
                date = date or carried[1]
        if date is None and a.shape == "transcript":
            # an interview's answer: the day (and occasion) its introduction gives
            c = d.interviewee(a.start)
            got = d.interview_day() if c is not None and a.ids == c.ids else None
            if got is not None:
                date, occ = got[0], occ or got[1]
        if date is None and a.speakers:
            date = _then_date(d, a, words_of)
        if date is None and not _PERFECT_BEFORE.search(d.low, max(0, a.trig[0] - 30),
                                                      a.trig[0]):
            # an entry under a live blog's day heading ("Friday 8 August 2025", then "20:12
            # BST X told reporters ...") is that day's ("has long warned" is no day's)
            hd = live_day_heading(text, d.a.dates, a.trig[0], d.a.published)
            if hd is not None and hd.date is not None:
                date = (hd.date, "day", hd.start, hd.end)
        if date is None and occ is not None:
            om = _occasion_date(d, a, occ, words_of)
            if om is not None and om.date is not None:
                date = (om.date, om.precision or "day", om.start, om.end)
        done.append((a, date, occ))
        topics = _topics(d, cs, ce)
        relevant = _relevant(d, a, cs, ce, topics, a.sent - last_relevant <= 1)
        if relevant:
            # (lead, round 60) counted from the last sentence its words reach: a quotation
            # over two sentences, then "X said the text opened a new page", is one exchange
            last_relevant = max(a.sent, d.sent_of(max(cs, ce - 1)))
        elif _both_parties_ref(d, a, cs, ce):
            # (probe round 59) "X called on both sides to return to their positions": the
            # group noun names the parties, but words naming no matter start no exchange for
            # the statement after them (`last_relevant` stays)
            relevant = True
        made.append((a, cs, ce, date, occ, topics, relevant))
    # a statement right before a relevant one of the same speaker belongs to the same
    # exchange ("X called the text a historic step. 'We end thirty years of conflict,' X
    # said."), as one right after a relevant one does (`_relevant`'s `follows_relevant`)
    nxt: tuple[_Attr, bool] | None = None
    for k in range(len(made) - 1, -1, -1):
        a, relevant = made[k][0], made[k][6]
        if not relevant and nxt is not None and nxt[1] and nxt[0].sent - a.sent <= 1 \
                and not set(a.ids).isdisjoint(nxt[0].ids) \
                and not d.deferred.any_in("off_topic", made[k][1], made[k][2]):
            # (words on another matter, "gas exports will grow", stay out: only words that
            # name no matter at all take the next statement's)
            made[k] = (*made[k][:6], True)
            relevant = True
        nxt = (a, relevant)
    for a, cs, ce, date, occ, topics, relevant in made:
        if not relevant:
            continue
        kind = "direct" if a.shape == "transcript" else _kind(d, cs, ce)
        ts, te = a.trig
        words = text[cs:ce]
        # (start, end, role) of the spans shared by every speaker of the attribution
        common = [(cs, ce, "quote"), (ts, te, "trigger")]
        if date is not None:
            common.append((date[2], date[3], "date"))
        if occ is not None:
            common.append((occ[1], occ[2], "occasion"))
        for sid, (ss, se, stext) in zip(a.ids, a.speaker_spans, strict=True):
            # sorting (start, end, role) tuples orders the spans as sorting them by that key
            # does (the roles differ, so no two keys are equal); each Span as
            # `Analysed.span` makes it (the exact slice of the clean text)
            spans = [Span(source_id, st, en, text[st:en], role)
                     for st, en, role in sorted([*common, (ss, se, "speaker")])]
            rows.append(StatementRow(
                source_id=source_id, date=date[0] if date else None,
                date_precision=date[1] if date else None, speaker_id=sid,
                speaker_text=stext, speaker_country=_actor(sid)[1], kind=kind,
                text=words, occasion=occ[0] if occ else None, topics=topics,
                char_start=cs, char_end=ce, spans=spans))
    return _dedupe(rows)


def _later_attributions(d: _Doc, a: _Attr, others: list[tuple[int, int, _Attr]]
                        ) -> tuple[tuple[int, int], ...]:
    """The attribution stretches (from the speaker to its words) of the sentence's later
    forward attributions: "A announced X, and B, who visited C on 25 September, said Y", "A
    said X, while B said on 11.08.2025 that Y": a date there is B's, not A's. Round 43: so
    is a date opening B's clause after a joiner ("A said X, and on Wednesday B said Y")."""
    return tuple((_speaker_clause_start(d, o) if _joiner_before(d, o) else o.speakers[0].start,
                  lo) for lo, _hi, o in others
                 if o is not a and o.shape == "forward" and o.speakers and
                 a.trig[1] <= o.speakers[0].start < lo)


def _timeline_entry(d: _Doc, pos: int) -> DateMention | None:
    """The date opening the line of `pos` when the page is a timeline: two lines at least open
    with a resolved date and a dash or colon ("October 23, 2023 - ...", "2016 — ..."), none
    of them a dateline and none later than the publication day."""
    got = d.timeline
    if got is None:
        text = d.text
        found = []
        for dm in d.a.dates:
            if dm.date is None or dm.future or d.in_dateline(dm.start):
                continue
            ls = text.rfind("\n", 0, dm.start) + 1
            if text[ls:dm.start].strip(" \t-•*") or not _ENTRY_DASH.match(text, dm.end):
                continue
            pub = d.a.doc.published
            if pub is not None and dm.date > pub:
                continue
            found.append((ls, dm))
        got = d.timeline = found if len(found) >= 2 else []
    if not got:
        return None
    ls = d.text.rfind("\n", 0, pos) + 1
    return next((dm for s, dm in got if s == ls), None)


def _entry_label_end(d: _Doc, start: int, end: int) -> int:
    """(probe round 55) Past the date and dash or colon opening a timeline's entry at `start`
    ("11 October: A strike hits Ganja, according to X"): the entry's label is layout, not
    words (its date is the row's: `_timeline_entry`); else `start` itself."""
    te = _timeline_entry(d, start)
    if te is None or te.start != start:
        return start
    m = _ENTRY_DASH.match(d.text, te.end, end)
    return m.end() - 1 if m is not None else start


def _carry(d: _Doc, a: _Attr, done: list[_Done]) -> _Done | None:
    """The previous statement this one continues: same speaker, in the sentence just before
    (or two before with a continuation cue or a pronoun subject). Nothing is carried across a
    statement by someone else."""
    ids = set(a.ids)
    first = d.sent_of(min(a.start, a.trig[0]))
    for prev, date, occ in reversed(done):
        if ids.isdisjoint(prev.ids):
            if prev.sent < a.sent:
                return None
            continue
        gap = first - d.sent_of(max(prev.end, prev.trig[1]) - 1)
        if gap <= 1:
            return prev, date, occ
        if gap == 2:  # the cue is looked for only where it decides
            s = d.sents[a.sent]
            if a.continues or a.shape == "quote" or any(c.ref for c in a.speakers) or \
                    d.c.continuation.search(d.low, s.start, a.trig[1]):
                return prev, date, occ
        return None
    return None


def _perfect_saying(d: _Doc, a: _Attr) -> bool:
    """Whether a's speech verb follows a past perfect or modal auxiliary, or a present perfect
    of repetition ("X said on 3 May A. X has repeatedly said B", "He had warned B"): a saying
    told as repeated, earlier or hypothetical is not the one of the statement before, so it
    takes neither its day nor its occasion (a bare "has asked" is news of that same act)."""
    return bool(a.speakers) and a.speakers[-1].end <= a.trig[0] and \
        _REPEATED_PERFECT.search(d.low, max(a.speakers[-1].end, a.trig[0] - 30),
                                 a.trig[0]) is not None


def _flashback_before(d: _Doc, prev: _Attr, a: _Attr) -> bool:
    """Probe round 60: "X had said in March that A.\n\nAsked about it on his return, X said
    B": a saying told in the past perfect, in a paragraph before, is a look back from the
    article's own time, and a next paragraph's saying in the simple past with no
    continuation cue ("also", "added") is back in that time, so it takes neither the earlier
    saying's day nor its occasion (in the same paragraph, '“A,” X told reporters' right
    after "X had said on Thursday that B" still tells the same day)."""
    if prev.sent >= a.sent or not prev.speakers or prev.speakers[-1].end > prev.trig[0] or \
            d.text.find("\n", max(prev.end, prev.trig[1]), min(a.start, a.trig[0])) < 0 or \
            _HAD_BEFORE.search(d.low, max(prev.speakers[-1].end, prev.trig[0] - 30),
                               prev.trig[0]) is None:
        return False
    s = d.sents[a.sent]
    return d.c.continuation.search(d.low, s.start, max(a.trig[1], a.start)) is None


def _other_frame_day(d: _Doc, prev: _Attr, date: tuple[dt.date, str, int, int],
                     words_of: dict[int, list[tuple[int, int, _Attr]]]) -> bool:
    """Whether the sentence of the statement `prev` (whose date is `date`) also dates another
    day outside anyone's words: the telling of an older statement inside a newer scene, so the
    scene's day, not the older statement's, may be what a continuation belongs to."""
    s = d.sents[prev.sent]
    said = [(lo, hi) for lo, hi, _ in words_of.get(prev.sent, ())]
    for dm in s.dates:
        if dm.date is None or dm.future or dm.start == date[2] or dm.date == date[0] or \
                d.in_dateline(dm.start) or d.in_quote(dm.start) or \
                any(lo <= dm.start < hi for lo, hi in said) or \
                _prev_word(d.text, s.start, dm.start) in d.c.not_date:
            continue
        return True
    return False


def _joint_document(carried: _Done, a: _Attr) -> bool:
    """'A and B said in a joint statement ... B told A that ...': a document several speakers
    issued together is not the occasion of what one of them says on his own next."""
    prev, _, occ = carried
    return occ is not None and occ[0] in _WRITTEN_OCCASIONS and \
        not set(prev.ids) <= set(a.ids)


def _dedupe(rows: list[StatementRow]) -> list[StatementRow]:
    """One row per speaker for overlapping reported words (the longer span wins); sorted by
    position."""
    out: list[StatementRow] = []
    for r in sorted(rows, key=lambda r: (r.speaker_id, r.char_start, -(r.char_end - r.char_start))):
        if out and out[-1].speaker_id == r.speaker_id and r.char_start < out[-1].char_end:
            continue
        out.append(r)
    out.sort(key=lambda r: (r.char_start, r.char_end, r.speaker_id))
    return out
