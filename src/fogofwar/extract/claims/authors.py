"""Who wrote the words a claim reports, when its sentence names more voices than one.

"The embassy denied Reuters reports that three soldiers had died": the figure is Reuters'
(the denier neither said it nor passed it on). "The army said 15 militants were killed, according
to a report by Dawn": the army spoke and Dawn, a newspaper the outlets pack knows though its name
is an everyday word, relays it. "PBC News: Kremlin spokesperson Dmitry Peskov admitted …": a
medium's name before a colon credits the page, and the sentence's own speaker speaks. `chains`
and the extractor ask here; the vocabulary is the cues pack's (`denial_verbs`, `report_nouns`,
`cue_nouns`, `media_nouns`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...records import Mention
from ..lexicon import cue_lexicon
from .cue import Cue
from .heard import known_outlet, names_medium
from .noun_cues import AUTHOR_PREPOSITIONS, author_of


def _statement_noun(tok: Token) -> bool:
    lex = cue_lexicon()
    lemma = tok.lemma_.lower()
    return lemma in lex.report_nouns or lemma in lex.cue_nouns


def denied_author(cue: Cue) -> Token | None:
    """"The ministry dismissed the daily Vedomosti's report three soldiers were killed": a
    denial whose object is somebody's statement reports that statement, so the statement's
    author is the claim's source and the one who denies it is none."""
    tok = cue.token
    if cue.kind != "verb" or cue.prepositional or not _denial(cue):
        return None
    if _own_account(tok):
        return None
    for obj in tok.children:
        if obj.dep_ in ("dobj", "ccomp") and _statement_noun(obj):  # ("Reuters reports" read
            # as a reported clause)
            return author_of(obj)
    return None


def _denial(cue: Cue) -> bool:
    """A verb of denying, or a negated verb of confirming ("could not confirm the army's
    report that …" leaves the report its author's, as "denied the army's report" does)."""
    lex = cue_lexicon()
    lemma = cue.token.lemma_.lower()
    return lemma in lex.denial_verbs or (lemma in lex.confirming_verbs and cue.negated)


def _own_account(denial: Token) -> bool:
    """"The rebels denied the army's count, saying only one fighter was killed": a denial
    whose own participle of saying reports a clause gives the denier's account, and the
    figure in it is the denier's, not the denied count's author's."""
    lex = cue_lexicon()
    return any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in lex.verbs
               and any(g.dep_ in ("ccomp", "parataxis") for g in c.children)
               for c in denial.children)


def outlet_author(source: Token | None) -> bool:
    """"according to a report by Dawn", "Dawn's report said": a name the outlets pack knows
    (one it gives no actor id, its name being an everyday word) as the author of a report is
    a medium, though the tagger may read it as a person."""
    if source is None or known_outlet(source) is None:
        return False
    head = source.head
    if source.dep_ == "poss":
        return _statement_noun(head)
    return (source.dep_ == "pobj" and head.lower_ in AUTHOR_PREPOSITIONS
            and _statement_noun(head.head))


def medium_label(doc: Doc, label: Mention, cue: Cue) -> bool:
    """"PBC News: Kremlin spokesperson Dmitry Peskov admitted …": a label before a colon that
    names a medium, before a sentence whose cue names a speaker of its own after it, credits
    the page (like a dateline) and speaks for nobody."""
    span = doc.char_span(label.start, label.end, alignment_mode="contract")
    if span is None or not len(span) or cue.source is None or \
            cue.source.i < span.end or cue.source.pos_ != "PROPN":
        return False
    return label.sector == "MED" or names_medium(span.root)
