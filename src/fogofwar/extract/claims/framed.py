"""A voice nested inside another speaker's statement is that speaker's words, not a link.

"Officials said rangers confirmed the death", "Aid workers reported fighting, according to a
nurse", "The rebels denied any role, a spokesman said": the inner verb's subject is part of
what the outer speaker says. The outer speaker is the claimant, and relays nobody: a person or
body passes another's words on only with a verb that says so ("residents had told him",
"I heard from relatives", "citing witnesses"), and a medium framing a voice ("CNN reported the
army said") does relay it. This module tells such nested voices apart so that `chains` leaves
them out of the chain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from ...annotate.pipeline import doc_ents
from ...records import Mention
from ..lexicon import cue_lexicon
from .cue_sources import is_media_source
from .cues import Cue
from .heard import heard_by
from .sources import carried_by


def framed_voice(cue: Cue, cues: Sequence[Cue],
                 voice: Callable[[Cue], Mention | None]) -> bool:
    """Whether `cue` is a saying verb whose speaker is only part of what another, non-media
    speaker of the same claim says (that speaker's verb governs it, frames it from after a
    comma, or gives it "according to" a person or body). `voice`: a cue's source as the
    article's mentions resolve it."""
    mention = voice(cue)
    if not _inner_candidate(cue) or _medium(cue, mention) or _maybe_medium(cue.source, mention):
        return False
    return any(other is not cue and _outer_voice(other, cue, voice(other))
               and _frames(other, cue) for other in cues)


def _medium(cue: Cue, mention: Mention | None) -> bool:
    return is_media_source(cue, mention)


def _inner_candidate(cue: Cue) -> bool:
    """A verb cue with its own non-media subject and a verb of saying, not one that passes
    words on ("told him", "heard from", "cited")."""
    lex = cue_lexicon()
    passing = (lex.telling_verbs | lex.hearing_verbs | lex.citing_verbs | lex.told_with
               | lex.carrying_verbs)  # ("a nurse said aid workers reported 35 deaths")
    return (cue.kind == "verb" and not cue.prepositional and cue.explicit
            and cue.source is not None and cue.recipient is None and cue.channel is None
            and cue.token.lemma_.lower() not in passing
            and not is_media_source(cue, None)
            and not _authored_document(cue.source)
            and not heard_by(cue) and carried_by(cue.source) is None)  # ("a statement
    # carried by SPA said": the medium passed the inner words on; "reports from residents
    # indicated": a document passes its authors' words on)


def _authored_document(head: Token) -> bool:
    """"“consistent reports” from residents": a document that names its authors (the
    source may be read as the document or as its authors)."""
    lex = cue_lexicon()
    documents = lex.report_nouns | lex.publication_nouns
    if head.dep_ == "pobj" and head.head.lower_ in AUTHOR_PREPOSITIONS:
        head = head.head.head
    return head.lemma_.lower() in documents and any(
        c.dep_ in ("prep", "agent") and c.lower_ in AUTHOR_PREPOSITIONS for c in head.children)


#: Prepositions that name a document's authors ("reports from residents", "a report by X").
AUTHOR_PREPOSITIONS = ("from", "by", "of")


def _outer_voice(other: Cue, inner: Cue, mention: Mention | None) -> bool:
    """A speaker who is a person or body, neither a medium nor a document ("a report by
    Dawn", "a statement carried by SANA" pass words on as media do)."""
    src = other.source
    if src is None or inner.source is None or src.i == inner.source.i:
        return False
    lex = cue_lexicon()
    documents = (lex.report_nouns | lex.publication_nouns | lex.cue_nouns | lex.depictions
                 | lex.finding_nouns)
    return (src.lemma_.lower() not in documents and src.lower_ not in documents
            and not _maybe_medium(src, mention)
            and other.channel is None and not _medium(other, mention)
            and not any(t.lower_ in lex.media_staff for t in src.subtree))


def _maybe_medium(head: Token, mention: Mention | None) -> bool:
    """A name no pack knows may be a medium ("…, Agerpres noted", "the SITE monitoring
    service said"): a proper noun in the phrase, no person's, and no actor the pack knows."""
    known = mention is not None and mention.actor_id is not None and mention.sector != "MED"
    return not known and any(_name_word(t) and t.ent_type_ != "PERSON" and not _surname(t)
                             for t in head.subtree if t.i <= head.i)


def _surname(tok: Token) -> bool:
    """"Daouda Diallo, who heads the group, … "…," Diallo said": a word that closed a
    person's full name earlier on the page is that person taken up by surname, though the
    model types the lone word an organisation."""
    return any(ent.label_ == "PERSON" and len(ent) > 1 and ent.end <= tok.i
               and ent[-1].text == tok.text for ent in doc_ents(tok.doc))


def _name_word(tok: Token) -> bool:
    """A word of a name: tagged so, or capitalised inside its sentence ("SITE")."""
    return tok.pos_ == "PROPN" or (tok.is_alpha and tok.text[:1].isupper()
                                   and tok.i != tok.sent.start)


def _frames(outer: Cue, inner: Cue) -> bool:
    """Whether `outer` frames `inner`: its verb governs the inner verb ("say rangers
    confirmed"), it is a bare "X said" hung on the inner verb ("…, a spokesman said", "An
    inquiry, he said, found …"), or an "according to" on the inner verb."""
    o, i = outer.token, inner.token
    if outer.prepositional:  # closing only: "According to villagers, the leader said …"
        return (o.lower_ in cue_lexicon().relaying_prepositional and o.i > i.i
                and (o.head.i == i.i or o.head.head.i == i.i and o.head.dep_ == "prep"
                     or _closing(o) and any(a.i == i.i for a in o.ancestors)))
    if outer.kind != "verb" or not outer.explicit:
        return False
    if i.i != o.i and _governs(o, i):
        return True
    return o.head.i == i.i and o.dep_ in ("parataxis", "ccomp") and _bare(o) and _set_off(o)


def _closing(prep: Token) -> bool:
    """"Reports showed troops fired seven shells and six exploded, according to the
    spokesman.": an "according to" set off by a comma that closes the sentence frames all
    that stands before it, though the parser hangs it on the last verb of the clause."""
    rest = prep.doc[prep.right_edge.i + 1:prep.sent.end]
    return prep.i > 0 and prep.doc[prep.i - 1].text == "," \
        and all(t.is_punct or t.is_space for t in rest)


def _governs(verb: Token, inner: Token) -> bool:
    """Whether `inner` lies in the clause `verb` reports (its complement), not in its
    subject's phrase ("the man who said …")."""
    tok = inner
    while tok.head.i != tok.i:
        if tok.head.i == verb.i:
            return tok.dep_ in ("ccomp", "xcomp", "parataxis")
        tok = tok.head
    return False


def _set_off(verb: Token) -> bool:
    """Whether a verb's clause is set off by a comma before it ("…, a spokesman said"), as
    a frame is; "X said they had been told by Y" is a complement, no frame."""
    left = verb.left_edge.i
    return left > verb.sent.start and verb.doc[left - 1].text == ","


def _bare(verb: Token) -> bool:
    """A reporting verb with no clause or object of its own: it only frames."""
    return not any(c.dep_ in ("ccomp", "xcomp", "dobj", "obj") for c in verb.children)
