"""Whether a statement tells its violence as a fight between two sides: a clash, a battle or a
gunbattle its words name ("killed in clashes", "died in a gunbattle with troops"). A fight
somebody else reports in a clause of their own ("an air strike killed 43 people, after
residents said new fighting had flared") is another occurrence told beside it: it does not
make the statement's strike a fight."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from ..lexicon import cue_lexicon
from .pack import event_rules


def _reported_apart(word: Token, triggers: Sequence[Token]) -> bool:
    """Whether a word sits in what somebody is said to have said ("residents said new
    fighting had flared") that holds none of the statement's other violent triggers."""
    verbs = cue_lexicon().verbs
    for node in word.ancestors:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in verbs:
            inside = {t.i for t in node.subtree}
            return not any(t.i in inside for t in triggers if t.i != word.i)
    return False


def told_as_fight(violent: Sequence, span: Span | None = None) -> bool:
    """Whether the statement names a fight between two sides for its violent events: a word
    of the events pack's `bilateral_triggers`, unless only in a report of its own clause."""
    words = event_rules().bilateral_triggers
    if span is None:  # no parse: the words of the statement's text
        said = {w for e in violent[:1] for w in re.findall(r"[a-z]+", e.sentence.lower())}
        return bool(said & words)
    starts = {getattr(e, "trigger_start", -1) for e in violent}
    triggers = [t for t in span if t.idx in starts]
    return any(t.lower_ in words and not _reported_apart(t, triggers) for t in span)


def fought_by_word(ev) -> bool:
    """Whether an event's own trigger names a fight ("clashes", "fighting")."""
    return (getattr(ev, "trigger", None) or "").lower() in event_rules().bilateral_triggers


def fell_in_fight(tok: Token) -> bool:
    """Whether the trigger's victims fell "in"/"during" a fight its words name ("killed three
    villagers in a gunbattle", "Killed In Clash with Terrorists"): the act is the fight."""
    words = event_rules().bilateral_triggers
    return any(p.dep_ == "prep" and p.lower_ in ("in", "during") and any(
        g.dep_ == "pobj" and (g.lower_ in words or g.lemma_.lower() in words)
        for g in p.children) for p in tok.children)
