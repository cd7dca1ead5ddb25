"""In-article references for event arguments: "the group", "the attackers", "it", "they".

Reports name an armed group once and then write "the group said it had killed 10". The
actor of that killing is the group named earlier, so a definite description whose head is an
armed-group noun, or a pronoun, is followed back: a pronoun first to the speaker of the report
it stands in ("the group said it …"), else to the last earlier named actor that fits (an
armed one for "the militants", any non-person for "it").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ...annotate.table import token_table
from ...records import Mention
from ..lexicon import cue_lexicon, event_lexicon
from ..referents import is_person, phrase_span, unresolved
from ..subjects import subject_of
from .classes import class_of, class_of_text, class_pack

DETERMINERS = ("the", "this", "that", "these", "those")


def refers_back(head: Token) -> bool:
    """A pronoun the pack lists, or "the group"/"the militants" with no name in the phrase."""
    pack = class_pack()
    if head.pos_ == "PRON":
        return head.lower_ in pack.pronouns
    if head.lower_ not in pack.references and head.lemma_.lower() not in pack.references:
        return False
    if not any(c.dep_ == "det" and c.lower_ in DETERMINERS for c in head.children):
        return False
    return not any(t.pos_ == "PROPN" or t.ent_type_ for t in phrase_span(head) if t.i != head.i)


def is_generic(mention: Mention) -> bool:
    """A class phrase, not a name ("Security forces", "militants"), unless a pack gave it a
    country ("Russian forces" is a named state's army)."""
    words = mention.text.split()
    lower_tail = all(not w[:1].isupper() for w in words[1:])
    return lower_tail and class_of_text(mention.text) is not None and mention.country is None


def _group_use(cand: Mention, head: Token) -> bool:
    """A name right before an armed-group noun is a group ("Boko Haram militants"), though
    the model may have read it as a person."""
    doc = head.doc
    after = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if after is None or after.end >= len(doc):
        return False
    cls = class_of(doc[after.end])
    return cls is not None and cls.armed


def _fits(cand: Mention, armed_only: bool, head: Token) -> bool:
    if is_generic(cand) or cand.sector == "MED":
        return False
    if is_person(cand, head.doc[:]) and not _group_use(cand, head):
        return False
    if not armed_only:
        return True
    return cand.sector == "REB" or (cand.sector is None and cand.actor_id is None)


def _speaker(head: Token) -> Token | None:
    """The subject of the report a pronoun stands in ("the group said it had killed")."""
    verbs = cue_lexicon().verbs
    for anc in head.ancestors:
        if anc.lemma_.lower() in verbs:
            subj = subject_of(anc)[0]
            if subj is not None and subj.i < head.i and subj.i != head.i:
                return subj
            return None
    return None


def resolve_reference(head: Token, mentions: Sequence[Mention],
                      resolve: Callable[[Token], Mention | None]) -> Mention | None:
    """The actor a reference stands for, as written here ("the group", "it": text and
    offsets) and as resolved (id, name, country, sector, side of the actor it refers to);
    None when nothing earlier fits."""
    found = None
    if head.pos_ == "PRON" and (speaker := _speaker(head)) is not None:
        found = resolve(speaker)
    if found is None:
        start = phrase_span(head).start_char
        armed_only = head.pos_ != "PRON"
        found = next((m for m in sorted((m for m in mentions if m.end <= start),
                                        key=lambda m: -m.start)
                      if _fits(m, armed_only, head)), None)
    return None if found is None else as_written(head, found)


def as_written(head: Token, referent: Mention) -> Mention:
    """The reference's own words, carrying the referent's identity; an actor no pack knows
    is named by its text where the article named it."""
    own = unresolved(phrase_span(head))
    return replace(referent, text=own.text, start=own.start, end=own.end,
                   name=referent.name or referent.text)


def _claims_responsibility(tok: Token) -> bool:
    """"claimed responsibility", "took credit", "admitted responsibility"."""
    pack = class_pack()
    return tok.lemma_.lower() in pack.responsibility_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in pack.responsibility_nouns for c in tok.children)


def _credited(ev, lo: int, hi: int) -> bool:
    """An attack in the window whose actor is unknown or only an unidentified attacker."""
    if not lo <= ev.trigger_start < hi or ev.negated or ev.hypothetical:
        return False
    if ev.type not in event_lexicon().hostile_types:
        return False
    return ev.actor is None or (ev.actor.actor_id is None and is_generic(ev.actor))


def credit_responsibility(events: Sequence, doc: Doc,
                          resolve: Callable[[Token], Mention | None]) -> None:
    """"The Pakistani Taliban claimed responsibility": the group becomes the actor of the
    attacks its sentence and the sentence before report, where no named actor holds them."""
    sents = list(doc.sents)
    verbs, lemmas = class_pack().responsibility_verbs, token_table(doc).lemma
    for k, sent in enumerate(sents):
        for i in range(sent.start, sent.end):
            if lemmas[i] not in verbs:  # the table spares a Token object for every other word
                continue
            tok = doc[i]
            if not _claims_responsibility(tok):
                continue
            claimant = resolve(subject_of(tok)[0]) if subject_of(tok)[0] is not None else None
            if claimant is None or is_generic(claimant):
                continue
            lo = sents[k - 1].start_char if k else sent.start_char
            for ev in events:
                if _credited(ev, lo, sent.end_char) and ev.trigger_start != tok.idx:
                    ev.actor = Mention(**{**claimant.__dict__})


def blamed_on(noun: Token) -> Token | None:
    """Who an attack is blamed on: "an attack blamed on X" (a participle of the noun) or
    "blaming the strike on X" (the noun the verb's object)."""
    pack = class_pack()
    verbs = [(c, c) for c in noun.subtree if c.dep_ == "acl"]  # "an attack near X blamed on"
    if noun.dep_ == "dobj":  # "blaming the strike on X", the "on" read as the noun's or verb's
        verbs += [(noun.head, noun.head), (noun.head, noun)]
    for verb, holder in verbs:
        if verb.lemma_.lower() not in pack.blame_verbs:
            continue
        for prep in holder.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ in pack.blame_preps:
                return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None
