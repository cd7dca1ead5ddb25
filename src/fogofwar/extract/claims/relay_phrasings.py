"""Relays named by phrasings the older readers in `heard` miss, each read off the parse
around one cue: "according to the ministry as cited by Interfax" (an "as" clause hung on the
"according to" phrase), "said … in an interview published by Interfax" (the statement's
carrier hung on the reported clause after it), "said in a Reuters interview" (the medium that
held the interview named before its noun), "in a broadcast by Al Jazeera" (the medium that
aired it). A speaker talking on air ("said on Al Arabiya television") published the words
directly and names no relay (bench/data/conflict/README.md), so no rule here reads "on".

Kept apart from `heard` so that each shape stays one small function: they find tokens only;
`chains` resolves them and puts them in order.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import cue_lexicon
from .cue import Cue
from .sources import (
    SOURCE_PREPS,
    agents,
    carried_by,
    is_media,
    medium_by_name,
    platform,
    report_source,
)


def as_carried_after(tok: Token) -> bool:
    """"…, according to the ministry as cited by Interfax", "according to X, as reported by
    Y": an "as" clause of a carrying verb right after the "according to" phrase (hung on the
    preposition, or beside it on the same verb) names who passed the preposition's source
    on; it is no claim of its own."""
    lex = cue_lexicon()
    return (tok.dep_ == "advcl" and tok.lemma_.lower() in lex.carrying_verbs
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in tok.children)
            and _relaying_before(tok) is not None)


def _relaying_before(tok: Token) -> Token | None:
    """The relaying preposition ("according", "as per") whose phrase the clause follows: its
    head, or a phrase on the same head that ends right before the clause (only punctuation
    between)."""
    if _relaying(tok.head) and tok.head.i < tok.i:
        return tok.head
    start = tok.left_edge.i
    return next((c for c in tok.head.children if c.dep_ == "prep" and c.i < tok.i
                 and _relaying(c)
                 and all(t.is_punct for t in tok.doc[c.right_edge.i + 1:start])), None)


def _relaying(tok: Token) -> bool:
    """"according (to)", "per", "as per": a relaying preposition with an object ("as" alone,
    "as part of the deal", names nobody)."""
    if tok.lower_ not in cue_lexicon().relaying_prepositional:
        return False
    return tok.lower_ != "as" or any(c.lower_ == "per" for c in tok.children)


def relaying_prep_carriers(cue: Cue) -> list[Token]:
    """The agents of `as_carried_after` clauses on a prepositional cue: "according to the
    ministry as quoted by Interfax" gives Interfax."""
    if not cue.prepositional:
        return []
    tok = cue.token
    return [p for c in (*tok.children, *tok.head.children) if as_carried_after(c)
            and _relaying_before(c) is not None and _relaying_before(c).i == tok.i
            for p in agents(c)]


def source_in_report_subject(cue: Cue) -> bool:
    """"A report by Interfax cited the governor as saying …": the verb's subject is a report
    whose author stands as the cue's source (`sources.report_source`); the object quoted still
    spoke first, as after "Interfax cited …"."""
    src = cue.source
    return src is not None and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in cue_lexicon().report_nouns
        and c.i != src.i and c.left_edge.i <= src.i <= c.right_edge.i
        for c in cue.token.children)


def closing_carriers(tok: Token) -> list[Token]:
    """"The commander said 12 soldiers were killed in an interview published by Interfax":
    the parser hangs a closing "in" phrase on the reported clause; when its noun is a
    statement the speaker made ("interview", "statement", "remarks") and a carrier passed it
    on, the carrier relays the cue's words ("killed in an attack reported by TASS" names no
    statement: the attack's reporter, no relay of the speaker)."""
    lex = cue_lexicon()
    nouns = lex.cue_nouns | lex.interview_nouns
    return [r for clause in tok.children if clause.dep_ == "ccomp" and clause.i > tok.i
            for prep in clause.children if prep.dep_ == "prep" and prep.lower_ == "in"
            and prep.i > clause.i
            for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in nouns
            for r in [carried_by(p, framed=True)] if r is not None and is_media(r)]


def interview_holders(tok: Token) -> list[Token]:
    """"The commander said in a Reuters interview …", "In a BBC interview, X said …", "said in
    an interview with Reuters' Moscow bureau": the medium named before an interview noun on
    the cue (or on its reported clause) held the interview and relays what was said in it;
    only a medium by its name ("in a television interview", "a telephone interview" name
    none)."""
    interviews = cue_lexicon().interview_nouns
    return [m for p in _occasions(tok) if p.lemma_.lower() in interviews
            for m in p.children if m.dep_ in ("compound", "poss", "nmod") and m.i < p.i
            and medium_by_name(m)]


def _occasions(tok: Token) -> list[Token]:
    """The nouns of "in"/"during" phrases on the cue or on its reported clause ("said in a
    Reuters interview", "In a broadcast by X, the commander said"): the occasion the words
    were spoken on, which `interview_holders` and `aired_by` read for who held or aired it."""
    holders = [tok, *(c for c in tok.children if c.dep_ == "ccomp")]
    return [p for h in holders for prep in h.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
            for p in prep.children if p.dep_ == "pobj"]


def aired_by(tok: Token) -> list[Token]:
    """"In a broadcast by Al Jazeera, the commander said …", "said in a video broadcast on
    Al Jazeera", "In a report by Interfax, the governor said …": the occasion noun of the cue
    is a carrying verb read as a noun (the parser takes "video broadcast" for one noun), and
    its "by"/"on" medium aired or printed the words, so relays them (only a medium: "in a
    report by the army" names the army's document)."""
    carrying = cue_lexicon().carrying_verbs
    return [m for p in _occasions(tok) if p.pos_ == "NOUN" and p.lemma_.lower() in carrying
            for by in p.children if by.dep_ == "prep" and by.lower_ in ("by", "on")
            for m in by.children if m.dep_ == "pobj" and is_media(m) and platform(m) is None]


def talks_after_relaying(cue: Cue) -> list[Token]:
    """"…, according to the commander, speaking to Interfax": a conversation participle set
    right after an "according to" phrase (only punctuation between), hung beside it on the
    verb, is the preposition's source speaking; whom it spoke to heard the words
    (`heard.spoken_to` reads them)."""
    tok = cue.token
    if not cue.prepositional or not _relaying(tok):
        return []
    talking = cue_lexicon().conversation_verbs
    return [c for c in tok.head.children if c.dep_ == "advcl" and c.tag_ == "VBG"
            and c.lemma_.lower() in talking and c.i > tok.right_edge.i
            and all(t.is_punct for t in tok.doc[tok.right_edge.i + 1:c.left_edge.i])
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]


def quoted_author(quoted: Token) -> Token:
    """"Interfax quoted a statement from the ministry as saying …": a document quoted is its
    author's words; the author ("from"/"by"/"of" phrase, or possessor) spoke first. The parser
    may hang an author set off by commas on the quoting verb ("quoted a statement posted on
    the group's website, from spokesman X, saying …"): it is still the document's."""
    author = report_source(quoted)
    if author.i != quoted.i or quoted.lemma_.lower() not in cue_lexicon().report_nouns:
        return author
    verb, end = quoted.head, quoted.right_edge.i
    return next((p for prep in verb.children if prep.dep_ == "prep" and prep.i > end
                 and prep.lower_ in SOURCE_PREPS and all(
                     t.is_punct for t in quoted.doc[end + 1:prep.i])
                 for p in prep.children if p.dep_ == "pobj"), author)
