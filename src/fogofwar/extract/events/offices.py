"""Event nouns that name an office's remit, not an occurrence.

"Rajinder Kumar Vij, the head of anti-Maoist operations in the state, said ...", "a
spokesperson for military operations in Ituri", "Central Command, responsible for all military
operations in the region", "the officer in charge of counter-insurgency operations": the noun
says what a person or a body is in charge of; no operation is reported. An event read from it is
a false event (the reporting clause around it is the speaker's, and its toll belongs to the
event the speaker tells). The sign: a noun trigger with no determiner of its own (bare, plural,
or under "all") that is the object of "of" or "for" after a word of office (the events pack's
`office_words`: head, chief, spokesperson, responsible, charge, ...). "the commander of the
operation that freed them" names one operation (its determiner) and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from .pack import event_rules

#: Determiners that make the noun one particular act rather than a remit.
_PARTICULAR = frozenset({"the", "this", "that", "these", "those", "a", "an", "its", "their",
                         "his", "her", "our", "each", "every", "one"})


def names_an_office(tok: Token) -> bool:
    """Whether a noun trigger is an office's remit: "head of military operations"."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj":
        return False
    if any(c.dep_ in ("poss", "nummod") or (c.dep_ == "det" and c.lower_ in _PARTICULAR)
           for c in tok.children):
        return False  # "Russia's operations", "two operations", "the operation"
    prep = tok.head
    if prep.lower_ not in ("of", "for") or prep.head.i == prep.i:
        return False
    return prep.head.lemma_.lower() in event_rules().office_words
