"""Whether a stance verb ("wants", "thinks", "seeks") reports somebody's position.

A stance verb is a cue only when an agent holds the position it names; cues.py and
reporting_verbs.py ask here before they count one, and verb_cues.py when it weighs a subject
that may be no agent at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import cue_lexicon, event_lexicon
from ..subjects import subject_of

#: Entity labels of a phrase that can speak or hold a position.
AGENT_ENTITIES = ("PERSON", "NORP", "ORG", "GPE")


def own_stance(tok: Token, quote_depth: int) -> bool:
    """Whether a stance verb is no report of somebody's position: inside a quote or said of
    oneself ("I think …", "you want to …") it is the speaker's manner of talking; under "if"
    it is a supposition; with a thing for subject ("the plan seeks to …") nobody holds it.
    A verb that reports only with a clause stands inside a quotation with none of its own
    ("“… the legal forces responded vigorously”"): the mark closing the quotation around it
    is not one it governs, so it reports nothing."""
    lex = cue_lexicon()
    lemma = tok.lemma_.lower()
    if quote_depth > 0 and lemma in lex.needing_clause and not any(
            c.dep_ in ("ccomp", "parataxis") or (c.dep_ == "xcomp" and lemma in lex.with_infinitive)
            for c in tok.children):
        return True
    if lemma not in lex.stance_verbs:
        return False
    if quote_depth > 0 or any(c.dep_ == "mark" and c.lower_ in event_lexicon().hyp_marks
                              for c in tok.children):
        return True
    subject, _ = subject_of(tok)
    if subject is not None and subject.lemma_.lower() in lex.report_nouns and _quoting(tok):
        return False  # "“Two soldiers were killed …,” the statement continued": it speaks on
    return subject is not None and (subject.lower_ in lex.first_second_persons
                                    or not agent_like(subject))


#: Quotation marks a verb that goes on with a quotation stands next to.
QUOTES = ("“", "”", "\"", "''", "«", "»")
CLOSING_MARKS = ("”", "»", '"', "''")


def _quoting(tok: Token) -> bool:
    """Whether a verb goes on with a quotation: a quotation mark hangs on it, or closes just
    before its subject phrase ("“…,” the statement continued")."""
    return any(c.dep_ == "punct" and c.text in QUOTES for c in tok.children) \
        or after_quote(tok)


def after_quote(tok: Token) -> bool:
    """"“… pay his?” a narrator in the Clinton ad asks": the subject phrase follows a closing
    quotation mark, which the parser often leaves attached to the quoted clause."""
    subject, _ = subject_of(tok, climb=False)
    if subject is None or subject.i > tok.i:
        return False
    before = subject.left_edge.i - 1
    while before >= 0 and tok.doc[before].text == ",":
        before -= 1
    return before >= 0 and tok.doc[before].text in CLOSING_MARKS


def agent_like(head: Token) -> bool:
    """Whether a phrase can hold a position: a name, a pronoun, a people or body noun, or a
    plural ("voters want …"; groups of people are the plurals that hold positions)."""
    lex = cue_lexicon()
    if head.pos_ in ("PROPN", "PRON") or head.ent_type_ in AGENT_ENTITIES or head.tag_ == "NNS":
        return True
    if any(t.dep_ in ("compound", "poss") and (t.pos_ == "PROPN"
                                                or t.ent_type_ in AGENT_ENTITIES)
           for t in head.lefts):
        return True  # "the Trump campaign", "the Kremlin press office", "Scott's family"
    if any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in head.rights):
        return True  # "his former deputy, Anna Berg, called him …": a named person
    lemma = head.lemma_.lower()
    if any(p.dep_ == "pobj" and agent_like(p) for prep in head.children
           if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children):
        return True  # "one of the doctors called Oz a quack"
    return (lemma in lex.source_nouns or lemma in lex.person_descriptions
            or lemma in lex.org_descriptions or lemma in lex.body_nouns)
