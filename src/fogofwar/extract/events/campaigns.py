"""A campaign's start and a war's clause: what dates a page's story, not what it reports.

"The rebels began targeting shipping lanes in November, shortly after Israel launched its war
on Gaza" tells when a campaign began, and dates it by a war: neither is an occurrence the page
reports. The campaign's start is recalled (background), and the place the war's clause names
("on Gaza") is the war's, never where the campaign's acts, or any other act of the sentence
outside that clause, happened. A start told of a day ("began shelling the town on Monday",
"started firing at about midnight") is one attack and stays news.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ...packs import load_pack, require, word_set
from ...records import Place
from ...resolve.date_pack import month_names
from .pack import event_rules
from .stretches import is_violent, is_year

NAME = "events"

#: Prepositions whose object may be a month or a year a campaign began in ("in October",
#: "since 2015", "during the summer"); "on" and "at" name days and hours.
_SPAN_PREPS = ("in", "since", "during", "from", "by")


@dataclass(frozen=True)
class CampaignRules:
    onsets: frozenset[str]
    time_marks: frozenset[str]
    units: frozenset[str]


@cache
def campaign_rules() -> CampaignRules:
    """The events pack's `background.campaign_onsets` (verbs whose violent complement is a
    campaign's start), and the `time_marks` and `recap_units` it shares with background."""
    section = require(load_pack(NAME), NAME, "background", dict)
    return CampaignRules(
        onsets=word_set(section, NAME, "campaign_onsets", "background."),
        time_marks=word_set(section, NAME, "time_marks", "background."),
        units=word_set(section, NAME, "recap_units", "background."))


def _wide_time(node: Token, rules: CampaignRules) -> bool:
    """A time phrase on the word that names a month, a year or a longer stretch, not a day:
    "in October", "in 2015", "in late 2023", "last year"; "on October 5", "on Monday", "in
    the early hours of Saturday" name one day."""
    months = month_names()
    for c in node.children:
        if c.dep_ == "npadvmod" and c.lemma_.lower() in rules.units:
            return True  # "last year", "this month"
        if c.dep_ != "prep" or c.lower_ not in _SPAN_PREPS:
            continue
        for obj in (g for g in c.children if g.dep_ == "pobj"):
            words = list(obj.subtree)
            day = any(w.like_num and not is_year(w) for w in words)
            if not day and (obj.lower_ in months or any(map(is_year, words))):
                return True
    return False


def war_clause(verb: Token, rules: CampaignRules | None = None) -> bool:
    """A clause of time on another act whose verb launched or began a war: "after Israel
    launched its war on Gaza", "when Russia launched its invasion" (background's
    `war_begun_before` reads it from the war's noun)."""
    rules = rules or campaign_rules()
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in rules.time_marks for c in verb.children
    ) and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in event_rules().state_nouns
              for c in verb.children)


def begun_campaign(tok: Token) -> bool:
    """A violent verb trigger told as what a party began doing ("began targeting ships in
    October", "started launching rockets last year", "began to attack convoys shortly after
    Russia launched its invasion"): a campaign's start, dated by a month or longer or by a
    clause of time on a war, recalled rather than reported."""
    if tok.pos_ != "VERB" or tok.dep_ != "xcomp" or not is_violent(tok):
        return False
    rules = campaign_rules()
    onset = tok.head
    if onset.lemma_.lower() not in rules.onsets:
        return False
    return _wide_time(tok, rules) or _wide_time(onset, rules) or any(
        war_clause(c, rules) for c in onset.children)


def war_clause_places(places: Sequence[Place], tok: Token) -> Sequence[Place]:
    """The places, less those inside a clause of time on a war ("shortly after Israel launched
    its war on Gaza") that the trigger stands outside: that place is the war's."""
    doc = tok.doc
    spans = [(doc[t.left_edge.i].idx, doc[t.right_edge.i].idx + len(doc[t.right_edge.i]))
             for t in tok.sent if war_clause(t)
             and not t.left_edge.i <= tok.i <= t.right_edge.i]
    if not spans:
        return places
    return [p for p in places if not any(a <= p.start < b for a, b in spans)]
