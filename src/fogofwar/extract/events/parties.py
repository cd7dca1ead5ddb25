"""Place names that stand for parties in an event's subject, not for where it happened.

"Some nations, such as the United States and Britain, have refused to adopt the name": the
two states are examples of the subject's nations, the parties that refused, and the refusal
did not happen in Britain. A place name reached from a common-noun subject through an
example preposition ("such as", "including", "like"), an apposition or a conjunction is such
a party; a place in a locative phrase of the subject ("fighting in Aleppo killed five") is
still where it happened. The example words are the events pack's (`example_preps`).
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
