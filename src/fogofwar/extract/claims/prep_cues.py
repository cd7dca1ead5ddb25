"""Prepositional cues: "according to SANA", "citing officials", "quoting police sources".

A preposition names a source only when what follows could have said something (a speaker, a
body, a medium, a report), never a topic ("with reference to the attack", "according to
Islamic rites"); and a tally "based on" figures makes the figures the source and the compiler
their relay. Verb cues and the rest are found in `cues`.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import cue_lexicon
from .cue import Cue
from .heard import names_medium
from .sources import is_media, named_medium, report_source
from .stance import AGENT_ENTITIES


def _compiled_from(cue: Cue, report: Token) -> Cue:
    """"according to an AFP tally based on Israeli official figures": the figures are the
    source and the one who compiled them (AFP) relays them."""
    if report.lemma_.lower() not in cue_lexicon().report_nouns:
        return cue
    lex = cue_lexicon()
    basis = next((p for acl in report.children if acl.dep_ == "acl"
                  and acl.lemma_.lower() == "base"
                  for prep in acl.children if prep.dep_ == "prep" and prep.lower_ == "on"
                  for p in prep.children if p.dep_ == "pobj"), None) or next(
        (p for prep in report.children if prep.dep_ == "prep" and prep.lower_ == "of"
         for p in prep.children if p.dep_ == "pobj"
         and {p.lemma_.lower(), p.lower_} & (lex.report_nouns | lex.source_nouns)), None)
    # ("a Reuters tally of official figures": the figures, like "based on"; "a tally of
    # deaths" counts, and names no source)
    owner = next((c for c in report.children if c.dep_ in ("poss", "compound")
                  and (c.pos_ == "PROPN" or is_media(c))), None)  # ("Reuters" read as a noun)
    if basis is None or owner is None:
        return cue
    cue.source, cue.recipient, cue.relayed = basis, owner, True
    return cue


def prep_cue(tok: Token) -> Cue | None:
    """The cue of a preposition or participle that names a source ("according to SANA",
    "citing officials", "quoting the governor"), or None when what follows is a topic."""
    lex = cue_lexicon()
    word = tok.lower_
    if word not in lex.prepositional:
        return _bare_relay(tok)
    prep_word = lex.prepositional[word]
    if prep_word:
        for prep in tok.children:
            objs = [g for g in prep.children if g.dep_ == "pobj"]
            if prep.lower_ == prep_word and objs:
                if objs[0].lemma_.lower() in lex.not_informants:
                    return None  # "buried according to Islamic rites": no one spoke
                if word not in lex.relaying_prepositional and not _informant(objs[0]):
                    return None  # "with reference to the attack": a topic
                if word in lex.prepositional_media_only and not is_media(objs[0]):
                    return None  # "referring to Russia": a topic; "referring to AFP": a relay
                cue = Cue(tok, f"{tok.text} {prep.text}", report_source(objs[0]), True,
                          prepositional=True)
                return _compiled_from(cue, objs[0])
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None  # "Moscow has cited …" is a verb cue
    objs = [c for c in tok.children if c.dep_ == "dobj"] or misread_object(tok)
    if objs and objs[0].lemma_.lower() in lex.not_informants:
        return None  # "…, citing concerns that refugees could cross": a motive, no one spoke
    if objs and _informant(objs[0]):
        return Cue(tok, tok.text, report_source(_name_after(objs[0])), True,
                   prepositional=True)
    return None  # "McConnell said, citing the release of prisoners": evidence, his own claim


def _name_after(obj: Token) -> Token:
    """"citing state news agency IRNA that …": a medium's description with its name right
    after it, which the parser hung elsewhere (read as a verb or adjective of the clause): the
    medium is cited by its name, when the packs know it as an outlet."""
    after = obj.right_edge.i + 1
    if after >= len(obj.doc) or obj.lemma_.lower() not in cue_lexicon().media_nouns:
        return obj
    name = obj.doc[after]
    return name if name.head.i != obj.i and named_medium(name) else obj


def _bare_relay(tok: Token) -> Cue | None:
    """"Twenty fighters died, the army said, per Reuters.": a relaying preposition standing
    alone ("per" without "as") names a relay only when its object is a medium ("per day",
    "per the agreement" name none)."""
    if tok.lower_ not in cue_lexicon().relaying_prepositional or tok.pos_ != "ADP":
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or not names_medium(obj):
        return None
    return Cue(tok, tok.text, report_source(obj), True, prepositional=True)


def misread_object(tok: Token) -> list[Token]:
    """"Quoting police sources, the news agency PTI reported …": the parser may read an
    opening "Quoting"/"Citing" as an adjective on its object; that noun is what it cites."""
    first = tok.i == tok.sent.start or tok.doc[tok.i - 1].is_punct
    if tok.dep_ in ("amod", "compound") and first and tok.head.i > tok.i \
            and tok.head.pos_ in ("NOUN", "PROPN"):
        return [tok.head]
    return [c for c in tok.children if c.dep_ == "ccomp" and _name_read_as_verb(c)]


def _name_read_as_verb(tok: Token) -> bool:
    """"Xinhua reported citing the state news agency SANA": the parser may read a name in
    capitals after its description as a verb, the description its subject; the name, with
    nothing of a clause of its own, is what is cited."""
    return (tok.is_upper and len(tok) > 1
            and bool(tok.ent_type_)
            and any(c.dep_ == "nsubj" and c.i == tok.i - 1 for c in tok.children)
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "aux")
                        for c in tok.children))


def _informant(obj: Token) -> bool:
    """Whether what is cited can have said something: a speaker or a body ("citing
    officials"), a report or document ("citing a statement"), a medium ("citing TASS")."""
    lex = cue_lexicon()
    lemma = obj.lemma_.lower()
    if obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in AGENT_ENTITIES or obj.tag_ == "NNS":
        return True  # "citing Reuters", "citing officials" (not "the release of prisoners")
    return (is_media(obj) or lemma in lex.report_nouns or lemma in lex.publication_nouns
            or lemma in lex.source_nouns or lemma in lex.body_nouns
            or lemma in lex.person_descriptions or lemma in lex.org_descriptions
            or lemma in lex.one_person  # "quoting the provincial governor"
            or lemma in lex.citing_informants)  # "citing the police", "citing a hospital"
