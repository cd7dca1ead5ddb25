"""A body a speaker's description takes up from earlier on the page: "The Hamas-run health
ministry put the toll at 40. … By Monday, the ministry said it had risen to 45", "the Syrian
Observatory for Human Rights said …. The Britain-based war monitor said …".

`antecedents` follows a description back to the nearest compatible actor the model found; a
body no pack names (a ministry, an office, a monitor written out) is no actor, and a bare
description left as written matches no other report's claimant and takes no side. This reads
the page before the description for bodies written with a name of their own whose head noun is
the description's (or a type the cues pack lists for it, `described_body_types`) and takes the
body only when there is one: two such bodies leave the description as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from ...records import Mention
from ..antecedents import PLURAL_TAGS
from ..lexicon import cue_lexicon
from ..referents import mention_for, phrase_span, unresolved

#: Determiners of a description that introduce a body of its own, not one named before.
INDEFINITE = ("a", "an", "one", "another", "some", "any", "each", "every", "this", "that")


def named_body(head: Token, found: Mention, mentions: Sequence[Mention]) -> Mention:
    """The one body named before `head` that its bare description means, else `found` (the
    description as the chain read it)."""
    heads = _heads(head)
    if not heads or found.actor_id or found.end <= phrase_span(head).start_char:
        return found  # (no description of a body, or already followed back)
    own = _qualifiers(head)
    if own is None:
        return found
    bodies: dict[str, Token] = {}
    for tok in head.doc[:phrase_span(head).start]:
        if tok.lemma_.lower() not in heads or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        span = phrase_span(tok)
        if span.end > head.i or not _named(span, tok):
            continue
        words = {t.lower_ for t in span} | {t.lemma_.lower() for t in span}
        if tok.lemma_.lower() == head.lemma_.lower() and not own <= words:
            continue  # ("the health ministry" after "the Defence Ministry": another body)
        mention = mention_for(tok, mentions)
        key = (mention.name if mention is not None and mention.name else None) \
            or " ".join(t.lower_ for t in span if t.lower_ != "the")
        bodies.setdefault(key, tok)
    if len(bodies) != 1:
        return found
    tok = next(iter(bodies.values()))
    named = mention_for(tok, mentions)
    if named is not None and named.start <= tok.idx < named.end:
        return named
    body = unresolved(phrase_span(tok))  # ("the Hamas-run government media office": the
    # office as written, with the side of the name that runs it, not that name alone)
    return body if named is None else replace(body, country=named.country, side=named.side)


def _heads(head: Token) -> frozenset[str]:
    """The head nouns of the names a body's bare description may take up (its own noun and
    the types the pack lists), or none when the word is no bare singular description of a
    body: a plural ("officials"), a medium ("the agency", which `antecedents` reads), a
    proper noun, an indefinite or demonstrative phrase."""
    lex = cue_lexicon()
    lemma = head.lemma_.lower()
    types = lex.described_body_types
    if head.pos_ != "NOUN" or head.tag_ in PLURAL_TAGS or lemma in lex.media_nouns:
        return frozenset()
    if lemma not in (lex.body_nouns | lex.branch_nouns | lex.armed_group_descriptions
                     | frozenset(types)):  # (not "the army", "the government": a side's voice)
        return frozenset()
    if any(c.dep_ in ("det", "poss", "nummod") and c.lower_ != "the" for c in head.children) \
            or any(c.lower_ in INDEFINITE for c in head.children):
        return frozenset()
    if any(c.dep_ in ("prep", "appos", "relcl", "acl") for c in head.children):
        return frozenset()  # ("the office of the governor": a body its own words name)
    return frozenset({lemma, *types.get(lemma, ())})


def _qualifiers(head: Token) -> set[str] | None:
    """The words a description's body must have in its name ("health" of "the health
    ministry"); None when the description names something of its own (a proper noun, a
    people: "the Israeli military" is a side's voice, which `antecedents` reads by country).
    Where the body sits ("the Britain-based monitor") and what it watches ("war") qualify
    nothing."""
    own: set[str] = set()
    for c in head.children:
        if c.dep_ not in ("amod", "compound", "nmod"):
            continue
        if any(t.lower_ == "based" for t in c.subtree):
            continue  # ("the London-based group": where it sits; "the Saudi-led coalition"
            # names whose it is, a description of its own)
        if c.pos_ == "PROPN" or c.ent_type_ or any(t.text[:1].isupper() for t in c.subtree):
            return None
        if c.pos_ == "NOUN" and c.lower_ not in ("war", "rights"):
            own.add(c.lower_)
    return own


def _named(span: Span, tok: Token) -> bool:
    """Whether a phrase writes a body with a name of its own: a capitalised word beside its
    noun ("the Syrian Observatory", "the Hamas-run health ministry", "Gaza's media office"),
    not a bare description at a sentence's start ("The ministry said …")."""
    return any(t.i != tok.i and t.text[:1].isupper() and t.i != t.sent.start
               and t.lower_ != "the" for t in span) \
        or (tok.text[:1].isupper() and tok.i != tok.sent.start)
