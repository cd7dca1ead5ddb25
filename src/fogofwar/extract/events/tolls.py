"""Running tolls of a war told in the present perfect: many occurrences counted at once.

"More than 3,000 people have been killed and at least 700,000 have fled their homes", "the
offensive has killed at least 40,000 Palestinians", "more than 1,700 people have been arrested
by the junta", "Boko Haram has killed thousands of people": the verb is a toll verb in the
present perfect and the count it takes runs to thousands. No one attack kills, drives out or
jails that many people in the perfect tense a report keeps for what has piled up; an event read
from it is a false event (README: tolls of a whole war are no events). One occurrence of that
size is told in the past ("Hamas-led militants stormed southern Israel, killing some 1,200
people") and is left alone, as is a perfect with a small count ("two soldiers have been
killed"). The verbs, the floor and the words of magnitude are the events pack's (`mass_toll`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...casualties import HURT
from ..lexicon import event_lexicon
from .pack import event_rules


def _value(tok: Token) -> float | None:
    text = tok.text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def massive(phrase: Token) -> bool:
    """A count of thousands in the phrase: "more than 3,000 people", "thousands of
    civilians", "an estimated 1.9 million people", "30 thousand martyrs"."""
    rules = event_rules()
    for tok in phrase.subtree:
        if tok.lemma_.lower() in rules.mass_words or tok.lower_ in rules.mass_words:
            return True
        if tok.like_num and (value := _value(tok)) is not None and value >= rules.mass_floor:
            return tok.dep_ != "npadvmod" and not (1900 <= value <= 2099 and "," not in tok.text)
    return False


def _perfect(verb: Token) -> bool:
    """"have been killed", "has killed", or a conjunct sharing the first one's "have"."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in node.children):
            return True
        if node.dep_ != "conj" or node.head.i == node.i or node.head.pos_ != "VERB":
            return False
        node = node.head
    return False


def is_mass_toll(tok: Token) -> bool:
    """A toll verb trigger in the present perfect whose subject or object counts thousands."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in event_rules().mass_verbs:
        return False
    if not _perfect(tok):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and massive(c) for c in tok.children)


def counts_many(tok: Token) -> bool:
    """A trigger on a plural event noun counted in thousands: "the region has suffered more
    than 5,300 terror-related attacks claiming around 16,000 lives", "thousands of airstrikes":
    a campaign tallied, no one attack told. A verb takes it from the noun it qualifies or has
    as its subject ("attacks claiming 16,000 lives")."""
    nouns = [tok] if tok.pos_ == "NOUN" else []
    if tok.pos_ == "VERB":
        nouns += [tok.head] if tok.dep_ in ("acl", "relcl") else []
        nouns += [c for c in tok.children if c.dep_ == "nsubj"]
    return any(_counted_in_thousands(n) for n in nouns)


def _counted_in_thousands(noun: Token) -> bool:
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in event_lexicon().nouns:
        return False
    if any(c.dep_ in ("nummod", "quantmod", "amod") and massive(c) for c in noun.children):
        return True
    prep = noun.head  # "thousands of airstrikes"
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i and (
        prep.head.lower_ in event_rules().mass_words or _massive_number(prep.head))


def _massive_number(tok: Token) -> bool:
    value = _value(tok) if tok.like_num else None
    return value is not None and value >= event_rules().mass_floor


def bare_toll(fig) -> bool:
    """A count of the dead or hurt that names no one: no noun ("28 dead"), a toll word ("ten
    deaths", "46 lives") or people of no kind ("54 persons"), not "two Hamas leaders"."""
    rules = event_rules()
    return fig.category in HURT and (
        not fig.counts or fig.counts.lower() in rules.bare_tolls | rules.unnamed_victims)
