"""Sentence frames that move an event's roles away from the plain subject and object.

"four soldiers and a civilian" is about the soldiers (a conjunct is not the head's own words);
"the troops came under attack by gunmen" makes the subject the target and the "by" agent the
actor; "accusing the rebels of attacking the convoy" makes the accused the actor of the
gerund. `arguments` applies them; they only read the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...records import Mention


def own_end(head: Token) -> int:
    """Where a phrase's own words end: before a conjunct that follows its head ("four soldiers
    and a civilian" is about the soldiers; the civilian is no name of theirs)."""
    after = [c.left_edge.i for c in head.children if c.dep_ in ("cc", "conj") and c.i > head.i]
    return min(after) if after else head.right_edge.i + 1


def in_conjunct(found: Mention, head: Token) -> bool:
    """Whether a mention lies in a conjunct after the head, not in the head's own words."""
    end = own_end(head)
    return end <= head.right_edge.i and found.start >= head.doc[end].idx


def came_under(noun: Token) -> Token | None:
    """The verb of "came under attack (fire, shelling) by X": its subject was struck, and
    its "by" agent struck; None for any other noun."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "under" and prep.head.lemma_.lower() == "come":
        return prep.head
    return None


def fired_from(verb: Token, noun: Token) -> Token | None:
    """"came under heavy fire from the holed militants": who fired is the "from" phrase's
    object, on the verb of "came under" or on the noun of the fire."""
    return next((g for h in (noun, verb) for p in h.children
                 if p.dep_ == "prep" and p.lower_ == "from"
                 for g in p.children if g.dep_ == "pobj"), None)


def accused_of(verb: Token) -> Token | None:
    """"accusing Russian warplanes of carrying out the airstrikes", "blamed the army for
    shelling": a gerund after "of"/"for" under a verb with an object is that object's act, not
    the accuser's."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
        return None
    if prep.head.dep_ == "dobj":  # the parser hangs "of ..." on the object itself
        return prep.head
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)
