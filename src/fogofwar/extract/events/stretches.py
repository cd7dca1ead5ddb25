"""Triggers told of a stretch of time rather than one occurrence ("for years", "over the past
two years", "In 2021 alone", "since 2004"): a campaign's or a tally's acts, no event of the
news. Split from `generic` so each module holds one question."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import event_lexicon
from .arguments import governing_verb
from .pack import event_rules


def is_year(tok: Token) -> bool:
    """A token that is a year of the last two centuries as digits ("2015")."""
    return tok.text.isdigit() and len(tok.text) == 4 and 1900 <= int(tok.text) <= 2099


def since_long(node: Token) -> bool:
    """A "since" phrase on the word whose object is a year or the start of something ("since
    2004", "since the beginning of the offensive"), or a since-clause holding a year ("since
    it took power in 1986"); not "since April" or "since April 2023", which may date the
    start of the fighting the report is about (the event then takes that date)."""
    starts = event_rules().since_starts
    for c in node.children:
        if c.dep_ == "prep" and c.lower_ == "since" and any(
                g.dep_ == "pobj" and (g.lemma_.lower() in starts or is_year(g))
                for g in c.children):
            return True  # "since 2004", "since the start of ..."
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "since"
                                     for g in c.children) and any(map(is_year, c.subtree)):
            return True  # "since it took power in 1986"
    return False


def _over_stretch(node: Token) -> bool:
    """A phrase of a stretch of time on a verb or its subject: "for years", "over the past two
    years", "in recent months", "throughout the decade", or, on a perfect, "this year"
    ("have killed 120 rebels this year"); and "in various encounters", many occurrences
    at once. Days and hours are left out ("in the past 24 hours, troops shelled ..." tells
    one day's acts), as are "so far" and "to date", which count one attack's toll as often,
    and a counted stretch with no such modifier ("held hostage for three weeks": one act's
    length)."""
    rules = event_rules()
    units, mods = rules.stretch_units, rules.stretch_modifiers
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in node.children)
    if perfect and since_long(node):
        return True
    holders = [node, *(c for c in node.children if c.dep_ in ("nsubj", "nsubjpass"))]
    for holder in holders:
        for c in holder.children:
            if c.dep_ == "npadvmod" and c.lemma_.lower() in units and perfect and any(
                    g.dep_ == "det" and g.lower_ == "this" for g in c.children):
                return True
            if c.dep_ != "prep" or c.lower_ not in rules.stretch_prepositions:
                continue
            for g in (g for g in c.children if g.dep_ == "pobj"):
                lemma = g.lemma_.lower()
                amods = {a.lower_ for a in g.children if a.dep_ in ("amod", "det")}
                counted = any(a.dep_ == "nummod" for a in g.children)
                if lemma in units and (amods & mods or (g.tag_ == "NNS" and not counted)):
                    return True  # "held for three weeks" is how long one act lasted
                if counted and g.tag_ == "NNS" and lemma in rules.counted_stretch_units and \
                        c.lower_ in rules.counted_stretch_prepositions:
                    return True  # "has been fighting the state for 15 years"
                if g.tag_ == "NNS" and amods & rules.many_modifiers:
                    return True
    return False


def _tallied_stretch(node: Token | None) -> bool:
    """A time phrase marked as a tally ("In 2021 alone", "this year alone") on the verb or a
    verb above it ("In 2021 alone, groups said ... were killed"): a stretch's count."""
    words = event_rules().tally_words
    for _ in range(3):
        for c in node.children if node is not None else ():
            times = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else (
                [c] if c.dep_ == "npadvmod" else [])
            if any(a.dep_ == "advmod" and a.lower_ in words for t in times for a in t.children):
                return True
        if node is None or node.head.i == node.i:
            return False
        node = node.head
    return False


def is_violent(tok: Token) -> bool:
    """A trigger word of a violent type (a fight or an assault) by the events lexicon."""
    lex, lemma = event_lexicon(), tok.lemma_.lower()
    kind = lex.verbs.get(lemma) if tok.pos_ in ("VERB", "AUX") else lex.nouns.get(lemma)
    return kind in event_rules().violent_types


def over_stretch(tok: Token) -> bool:
    """A trigger told of a stretch of time, not of one occurrence: "The rebels for decades
    fought the state, carrying out bombings", "security forces have killed 120 rebels this
    year in various operations". The phrase is on the trigger's verb, on the verb a noun
    trigger hangs from, or on the verb it is conjoined to or complements. Violent types only:
    a seizure or a coercion over weeks is one long act as often as many."""
    if not is_violent(tok):
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == first.pos_:
        first = first.head  # "carrying out kidnappings and bombings": the first conjunct's
    node: Token | None = first if first.pos_ in ("VERB", "AUX") else (
        governing_verb(first) or _prep_verb(first))
    if _tallied_stretch(node):
        return True
    if node is not None and first.dep_ in ("nsubj", "nsubjpass") and any(
            _over_stretch(c) for c in _shared_subject(node)):
        return True  # "attacks resumed and have escalated in recent months"
    for _ in range(4):
        if node is None:
            return False
        if _over_stretch(node):
            return True
        if node.dep_ not in ("xcomp", "conj", "advcl") or node.head.i == node.i or (
                node.dep_ == "advcl" and node.tag_ != "VBG"):
            return False
        node = node.head
    return False


def _shared_subject(verb: Token) -> list[Token]:
    """The verbs conjoined to `verb` that have no subject of their own, so share its subject:
    a phrase of time on one of them is on what the subject names ("attacks resumed and have
    escalated in recent months")."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


def _prep_verb(noun: Token) -> Token | None:
    """The verb a noun trigger hangs from through a preposition ("have been subjected to
    armed attacks", "have suffered from raids"), whose phrases of time are the noun's."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None
