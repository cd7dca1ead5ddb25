"""Place names that stand for parties in an event's subject, not for where it happened.

"Some nations, such as the United States and Britain, have refused to adopt the name": the
two states are examples of the subject's nations, the parties that refused, and the refusal
did not happen in Britain. A place name reached from a common-noun subject through an
example preposition ("such as", "including", "like"), an apposition or a conjunction is such
a party; a place in a locative phrase of the subject ("fighting in Aleppo killed five") is
still where it happened. The example words are the events pack's (`example_preps`).

Nor is a place that says where the attackers came from ("an attack by suspected herdsmen
from Nasarawa State", "killed by a missile fired by rebels from neighbouring Yemen"): a "from"
phrase of the agent, the noun after "by", is their origin, not where the event happened
(`origin_offsets`). A subject's "from" phrase is not read so ("troops from the town
deployed", "a source from the district said": where they are as often as where they came
from; on unseen pages reading it so lost right places), nor victims' origins ("five soldiers
from Kyiv were killed": the dead are often killed at home).
"""

from __future__ import annotations

from spacy.tokens import Token

from .pack import event_rules

SUBJECTS = ("nsubj", "nsubjpass")
#: How the examples of a subject hang from it.
LIST_DEPS = ("conj", "appos")


def party_offsets(verb: Token | None) -> set[int]:
    """Character offsets of the tokens that name example parties of the verb's subject."""
    if verb is None:
        return set()
    out: set[int] = set()
    for subj in (c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ == "NOUN"):
        frontier = [t for t in subj.children if t.dep_ == "appos" or _example(t)]
        while frontier:
            tok = frontier.pop()
            if tok.dep_ == "prep":
                frontier.extend(c for c in tok.children if c.dep_ == "pobj")
                continue
            out.update(t.idx for t in tok.subtree if t.dep_ not in ("prep",) and (
                t.ent_type_ in ("GPE", "LOC", "NORP") or t.pos_ == "PROPN"))
            frontier.extend(c for c in tok.children if c.dep_ in LIST_DEPS)
    return out


def _example(tok: Token) -> bool:
    """"such as", "including", "like" after the subject noun."""
    if tok.dep_ != "prep":
        return False
    before = tok.doc[tok.i - 1].lower_ if tok.i else ""
    return tok.lower_ in event_rules().example_preps or (
        f"{before} {tok.lower_}" in event_rules().example_preps)


def origin_offsets(tok: Token) -> set[int]:
    """Character offsets of the place names in a "from" phrase of an agent (the noun after
    "by"), in the sentence of `tok` (see module): where the actors came from."""
    out: set[int] = set()
    for prep in tok.sent:
        if prep.lower_ != "from" or prep.dep_ != "prep" or prep.i == 0:
            continue
        # the phrase hangs from the agent, or follows it while the parser hung it from the
        # act ("an attack by herdsmen from X": "from" under "attack")
        if any(_agent(n) for n in (prep.head, prep.doc[prep.i - 1])):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and any(
                    _placename(t) for t in (c, *c.children) if t is c or t.dep_ in NAME_PARTS)):
                # the place's own words only: not one named further in ("the toll from the
                # strike on the city of X" names where the strike was)
                out.update(t.idx for t in (obj, *obj.children) if t.dep_ not in ("prep",)
                           and (_placename(t) or t.dep_ in NAME_PARTS))
    return out


#: Words a place's name is written with around its head ("the restive Ogaden region").
NAME_PARTS = ("compound", "amod", "det", "conj", "cc")


def _placename(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "LOC") or tok.pos_ == "PROPN"


def _agent(noun: Token) -> bool:
    """The noun names who acted: the object of "by" (a passive's agent, an attack's "by")."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and noun.head.lower_ == "by"
