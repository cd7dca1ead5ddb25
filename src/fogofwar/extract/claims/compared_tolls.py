"""A toll a speaker compares his own with is the other voice's, not his: "80 dead, a figure
far higher than the 10 deaths reported by the governor", "much lower than the 516 listed by
the army", "higher than the four deaths the army reported", "a toll much higher than the
government's count of three".

The claim reader gives a sentence's figures to its speaker, so the figure the speaker set his
own against sat in his row: the governor's 10 read as the exile group's, a low figure that
widened its toll or stood for it, and the governor's own toll, the other side of the dispute,
was no claim at all. Here a figure that is the object of "than" (or counted in the "of" phrase
of a count noun that is: cues pack `compared_count_nouns`) and names its own voice, as the "by"
agent of a participle of reporting or recording, as the subject of a relative clause of one
(cues pack `verbs`, `recording_verbs`, `authoring_verbs`, `carrying_verbs`), or as the count's
possessor, leaves the speaker's claim for a claim of that voice on the same sentence. A pronoun
("the 30 it gave earlier") is the speaker's own earlier figure and stays his.

Such a voice named by the territory its holder rules ("the 500 deaths that health authorities
in the Hamas-ruled enclave described") takes the holder's side (referents.held_territory): read
as the bare "health authorities", it had none, and its toll disputed no other side's (round
opened52: the pairs of a hospital blast's 500 against the US estimate were lost). The voice
keeps its bare phrase, as the page's other lines name it; given to every voice so placed, the
side split one voice's rows and revisions elsewhere, so it is given here only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ...records import Article, Claim, Figure, Mention, SourceSpan
from ..lexicon import cue_lexicon
from ..referents import display, held_territory, mention_for, phrase_span, unresolved
from .context import outlet_tail


def _owner_verbs() -> frozenset[str]:
    """Lemmas of verbs that give a count as a voice's: reporting, recording, authoring and
    carrying verbs ("reported", "counted", "gave", "cited")."""
    lex = cue_lexicon()
    return lex.verbs | lex.recording_verbs | lex.authoring_verbs | lex.carrying_verbs


def _voice(tok: Token | None) -> Token | None:
    """A noun that may speak: no pronoun (the speaker's own earlier figure) and no number."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.like_num:
        return None
    return tok


def _verb_owner(noun: Token) -> tuple[Token, Token] | None:
    """(voice, verb) a compared figure's noun names: "the 10 deaths reported by X" (a
    participle's "by" agent), "the four deaths X reported", "the three that X mentioned" (a
    relative clause's subject)."""
    verbs = _owner_verbs()
    for child in noun.children:
        if child.lemma_.lower() not in verbs:
            continue
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None) \
                if agent is not None else None
            if _voice(obj) is not None:
                return obj, child
        if child.dep_ == "relcl":
            subj = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if _voice(subj) is not None:
                return subj, child
    return None


def compared_owner(figure: Token) -> tuple[Token, Token] | None:
    """(voice, cue word) whose toll a figure is, where a sentence compares with it: the
    figure (or the noun it counts) is the object of "than" and names its voice
    (`_verb_owner`), or counts the "of" phrase of a count noun that is, which its voice
    possesses ("than the government's count of three"). None for any other figure."""
    noun = figure.head if figure.dep_ == "nummod" else figure
    if noun.dep_ == "pobj" and noun.head.lower_ == "than":
        return _verb_owner(noun)
    of = noun.head
    count = of.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and count.dep_ == "pobj" \
            and count.head.lower_ == "than" \
            and count.lemma_.lower() in cue_lexicon().compared_count_nouns:
        owner = next((c for c in count.children if c.dep_ == "poss"), None)
        if _voice(owner) is not None:
            return owner, count  # (the count noun is the claim's cue: "the army's count")
        return _verb_owner(count)
    return None


def _figure_token(doc: Doc, figure: Figure) -> Token | None:
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def _held_elsewhere(claims: Sequence[Claim], claim: Claim, figure: Figure) -> bool:
    """Whether another voiced claim already holds the figure (a relative clause's cue,
    "the four deaths the army reported", makes a claim of its own)."""
    return any(other is not claim and not other.narrator and other.claimant is not None
               and any((f.start, f.end) == (figure.start, figure.end) for f in other.figures)
               for other in claims)


def compared_claims(doc: Doc, article: Article, claims: list[Claim],
                    mentions: Sequence[Mention]) -> None:
    """Move each compared figure of a speaker's claim (`compared_owner`) to a claim of its
    own voice on the same sentence, appended to `claims` (or to none where a claim of that
    voice already holds it)."""
    tail = outlet_tail(article)
    taken = len(claims)
    for claim in list(claims):
        if claim.narrator or claim.claimant is None or claim.in_title:
            continue
        for figure in list(claim.figures):
            tok = _figure_token(doc, figure)
            found = compared_owner(tok) if tok is not None else None
            if found is None:
                continue
            owner, verb = found
            voice = mention_for(owner, mentions) or unresolved(phrase_span(owner))
            if voice.country is None and (holder := held_territory(owner, mentions)):
                voice = replace(voice, country=holder.country, side=holder.side)
            if voice.text.lower() == claim.claimant.text.lower() \
                    or claim.claimant.start <= voice.start < claim.claimant.end:
                continue  # (the speaker's own count, named again)
            claim.figures.remove(figure)
            if _held_elsewhere(claims, claim, figure):
                continue  # ("the four deaths the army reported": the army's clause has it)
            taken += 1
            claims.append(replace(
                claim, id=f"{article.id}:c{taken}", cue=verb.text, hedge=None,
                claimant=voice, chain=[display(voice), *tail], figures=[figure],
                cue_start=verb.idx, cue_end=verb.idx + len(verb),
                source=SourceSpan(voice.text, voice.start, voice.end), relays=[]))
