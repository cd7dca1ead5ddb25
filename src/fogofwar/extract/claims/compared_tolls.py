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

A toll that names its teller as the "by" agent of a participle of telling or recording (cues
pack `told_toll_participles`) is the teller's wherever it stands, not only after "than": "he
documented 16 killed, along with the 15 dead already reported by the government", "in addition
to 15 others confirmed as dead by the state". A speaker who tells such a count beside his own
passes it on, so he is its relay (the gold's "the government, via the envoy"); one who sets his
count against it ("than", "far below": cues pack `compared_toll_words`) rejects it and is none.
The narrator's figures are read the same way ("the toll of 10 dead reported by the news
agency" is the agency's).

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


def _counted_noun(figure: Token) -> Token:
    """The noun a figure counts ("15" of "the 15 dead": dead), or the figure itself where it
    stands alone ("than 15"): the token whose role tells whose toll it is."""
    return figure.head if figure.dep_ == "nummod" else figure


def _agent(participle: Token) -> Token | None:
    """The voice a participle's "by" agent names ("reported by the governor": governor)."""
    agent = next((c for c in participle.children if c.dep_ == "agent"), None)
    obj = next((c for c in agent.children if c.dep_ == "pobj"), None) \
        if agent is not None else None
    return _voice(obj)


def told_owner(figure: Token) -> tuple[Token, Token] | None:
    """(voice, participle) of a toll whose noun names its teller as the "by" agent of a
    participle of telling or recording ("the 15 dead already reported by the government",
    "15 others confirmed as dead by the state"); None for any other figure."""
    noun = _counted_noun(figure)
    told = cue_lexicon().told_toll_participles
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in told:
            voice = _agent(child)
            if voice is not None:
                return voice, child
    return None


def _verb_owner(noun: Token) -> tuple[Token, Token] | None:
    """(voice, verb) a compared figure's noun names: "the 10 deaths reported by X" (a
    participle's "by" agent), "the four deaths X reported", "the three that X mentioned" (a
    relative clause's subject)."""
    verbs = _owner_verbs()
    for child in noun.children:
        if child.lemma_.lower() not in verbs:
            continue
        if child.dep_ == "acl" and child.tag_ == "VBN":
            obj = _agent(child)
            if obj is not None:
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
    noun = _counted_noun(figure)
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


def _own_count(claim: Claim, voice: Mention) -> bool:
    """Whether the voice is the claim's own speaker named again (never the narrator's)."""
    if claim.claimant is None:
        return False
    return voice.text.lower() == claim.claimant.text.lower() \
        or claim.claimant.start <= voice.start < claim.claimant.end


def _owner(tok: Token, claim: Claim) -> tuple[Token, Token, bool] | None:
    """(voice, cue word, whether the speaker relays it) of a figure that is another voice's:
    a compared toll of a speaker's (`compared_owner`, never relayed), else a toll naming its
    teller (`told_owner`, relayed by a speaker, told by the narrator)."""
    found = compared_owner(tok) if claim.claimant is not None else None
    if found is not None:
        return (*found, False)
    told = told_owner(tok)
    if told is None:
        return None
    return (*told, claim.claimant is not None and not _set_against(tok))


def _set_against(figure: Token) -> bool:
    """Whether a figure (or the noun it counts) is the object of a word that sets the
    speaker's count against it (cues pack `compared_toll_words`: "far below the 200 cited by
    X"): the speaker rejects that toll and relays nothing."""
    noun = _counted_noun(figure)
    return noun.dep_ == "pobj" and noun.head.lower_ in cue_lexicon().compared_toll_words


def _clause_end(verb: Token, voice: Mention) -> int:
    """Where the clause that names a toll's voice ends: the speaker's claim may be cut before
    it ("far fewer than the nearly 500 deaths | that health authorities described"), and the
    voice's claim must hold the words that make it the voice's."""
    return min(verb.sent.end_char, max(voice.end, max(t.idx + len(t) for t in verb.subtree)))


def compared_claims(doc: Doc, article: Article, claims: list[Claim],
                    mentions: Sequence[Mention]) -> None:
    """Move each figure of a claim that is another voice's (`_owner`) to a claim of that
    voice on the same sentence, appended to `claims` (or to none where a claim of that
    voice already holds it); a speaker who relays it stays in the new claim's chain."""
    tail = outlet_tail(article)
    taken = len(claims)
    for claim in list(claims):
        if claim.in_title or (claim.claimant is None and not claim.narrator):
            continue
        for figure in list(claim.figures):
            tok = _figure_token(doc, figure)
            found = _owner(tok, claim) if tok is not None else None
            if found is None:
                continue
            owner, verb, relayed = found
            voice = mention_for(owner, mentions) or unresolved(phrase_span(owner))
            if voice.country is None and (holder := held_territory(owner, mentions)):
                voice = replace(voice, country=holder.country, side=holder.side)
            if _own_count(claim, voice):
                continue  # (the speaker's own count, named again)
            claim.figures.remove(figure)
            if _held_elsewhere(claims, claim, figure):
                continue  # ("the four deaths the army reported": the army's clause has it)
            taken += 1
            chain, relays = [display(voice), *tail], []
            if relayed:
                chain = [display(voice), *claim.chain]
                relays = [r for r in (claim.source, *claim.relays) if r is not None]
            end = max(claim.end, _clause_end(verb, voice))
            claims.append(replace(
                claim, id=f"{article.id}:c{taken}", cue=verb.text, hedge=None, narrator=False,
                sentence=doc.text[claim.start:end] if end > claim.end else claim.sentence,
                end=end, claimant=voice, chain=chain, figures=[figure],
                cue_start=verb.idx, cue_end=verb.idx + len(verb),
                source=SourceSpan(voice.text, voice.start, voice.end), relays=relays))
