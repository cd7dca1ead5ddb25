"""Clause shapes that decide whether a trigger tells one act: a coordination's closing
phrase, a participle an existential "there is/are" states, and a deployment in the simple
present passive."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import event_lexicon


def later_conjuncts(verb: Token) -> list[Token]:
    """The verbs conjoined after a verb, whose closing "since" phrase is the whole
    coordination's ("have killed 800 people and displaced 600,000 more since the start of
    2015")."""
    found, node = [], verb
    while (nxt := next((c for c in node.children if c.dep_ == "conj"
                        and c.pos_ in ("VERB", "AUX") and c.i > node.i), None)) is not None:
        found.append(nxt)
        node = nxt
    return found


def standing(tok: Token) -> bool:
    """A participle of a noun that an existential "there is/are" states: "There are 4,500
    French troops deployed in the region" says where a force stands, no act of deploying;
    so does a deployment's participle on a noun another verb governs ("snipers
    attacked an army force deployed northeast of the town", "among the dead were three
    soldiers deployed on the truck"). A participle on a noun no verb governs is a headline's
    act ("Reinforcements sent to the site of the attack")."""
    if _stative_passive(tok):
        return True
    if tok.tag_ != "VBN" or tok.dep_ != "acl":
        return False
    noun = tok.head
    be = noun.head
    if _moving(tok) and noun.dep_ in ("dobj", "pobj", "attr") and noun.head.i != noun.i:
        return True
    return noun.dep_ in ("attr", "nsubj") and be.lemma_.lower() == "be" and any(
        c.dep_ == "expl" for c in be.children)


def _stative_passive(tok: Token) -> bool:
    """A deployment in the simple present passive: "Togo's troops are deployed in the north",
    "two operations are deployed in the region" say where a force is, no act of sending it
    ("are being deployed", "were deployed", "have been deployed" stay acts)."""
    if tok.tag_ != "VBN" or not _moving(tok):
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in aux) and all(
        c.dep_ == "auxpass" for c in aux)


def _moving(tok: Token) -> bool:
    """A verb trigger of a deployment by the events lexicon ("deployed", "troops sent")."""
    lex, lemma = event_lexicon(), tok.lemma_.lower()
    return lex.verbs.get(lemma) == "MOBILIZE" or any(
        verb == lemma and kind == "MOBILIZE" for verb, _, kind in lex.conditional)
