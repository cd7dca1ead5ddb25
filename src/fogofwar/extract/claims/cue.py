"""The record of one reporting cue, shared by the cue finders and the claim builders.

Kept apart from cues.py so that the verb, preposition and statement-noun finders
(verb_cues.py, prep_cues.py, noun_cues.py) and the modules that read cues (chains, spans,
groups) share one definition without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...resolve.figure_base import count_nouns


@dataclass
class Cue:
    """One reporting cue: its token, shown text, source head and relaying recipient."""

    token: Token
    text: str
    source: Token | None
    explicit: bool  # the source is the cue's own (not inherited from a governing verb)
    recipient: Token | None = None  # "told TASS": a recipient, who relays it if a medium
    prepositional: bool = False
    channel: Token | None = None  # "on Twitter": a platform that carried the statement
    kind: str = "verb"  # "verb"; "noun" ("Trump's claim that …"); "frame" ("In a statement, X …")
    extra: tuple[Token, ...] = ()  # further words of the cue ("said in an interview")
    content: Token | None = None  # head of the reported content when it is not a clause
    relayed: bool = False  # the recipient heard it in an interview, so relays it

    @property
    def negated(self) -> bool:
        return any(c.dep_ == "neg" for c in self.token.children)


def anchor(cue: Cue) -> Token:
    """The token a cue's claim hangs from: the governing verb of a frame noun, else the cue."""
    return cue.token.head.head if cue.kind == "frame" else cue.token


def object_words(obj: Token) -> set[str]:
    """An object's lemma, and for a count of things the things: "claimed thousands of
    lives" took lives as "claimed 5,500 lives" did."""
    words = {obj.lemma_.lower()}
    if obj.like_num or obj.pos_ == "NUM" or any(c.dep_ == "nummod" for c in obj.children) \
            or obj.lower_ in count_nouns():
        words |= {p.lemma_.lower() for prep in obj.children if prep.dep_ == "prep"
                  and prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"}
    return words
