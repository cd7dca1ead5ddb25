"""Character spans of a claim's parts: the cue, the source as written, and the content.

A Claim records its claimant as a resolved actor ("he" becomes Kupschishin) and the span of the
whole statement. Scoring attribution against a gold standard, and highlighting a claim in the
article view, need the parts as they stand in the text: which words are the cue, which the
source phrase, which the reported content. They are kept here, beside the claim, because the
export schema does not carry them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..lexicon import cue_lexicon
from ..referents import phrase_span
from ..subjects import RELATIVE_PRONOUNS
from .cues import Cue

#: Children of a cue verb that belong to the attributing frame, not to the content.
FRAME_DEPS = ("nsubj", "nsubjpass", "agent", "aux", "auxpass", "neg", "prt", "punct",
              "npadvmod", "advmod", "cc", "mark")  # "mark": "as the memo put it"
#: Children of a cue verb that hold the reported content.
CONTENT_DEPS = ("ccomp", "xcomp", "parataxis")
#: Right dependents of a source that are clauses of their own ("Mr. Kamin, who emphasized …").
CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp", "parataxis")
EDGE_PUNCT = ",;:—–-."

CharSpan = tuple[int, int]


@dataclass
class ClaimSpans:
    """Where a claim's cue, source phrase(s) and content stand in the article text.

    `sources` lists the source phrases as written, in chain order (the claimant's first);
    `cues` every cue of the claim in the same order. Either may be empty (narration, or a
    quote continuing an earlier speaker's).
    """

    claim_id: str
    content: CharSpan
    cues: list[CharSpan] = field(default_factory=list)
    sources: list[CharSpan] = field(default_factory=list)


def cue_span(cue: Cue) -> CharSpan:
    """The cue as written: the verb with its auxiliaries and particle, or "according to"."""
    tok = cue.token
    if cue.prepositional:
        toks = [tok, *(c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1)]
    elif cue.kind != "verb":
        toks = [tok]
    else:
        idiom = cue_lexicon().objects.get(tok.lemma_.lower())  # "put it"
        toks = [tok, *(c for c in tok.children
                       if (c.dep_ in ("aux", "auxpass", "prt", "neg") and c.i >= tok.i - 3)
                       or (c.dep_ == "dobj" and c.lower_ == idiom))]
    return _chars([*toks, *cue.extra])


def source_span(cue: Cue) -> CharSpan | None:
    """The source phrase as written, with its determiner, modifiers and appositions ("a
    spokeswoman for the ministry", "he"), but no relative clause and never past a line break."""
    head = cue.source
    if head is None:
        return None
    relative = _relative_pronoun(cue)
    if relative is not None:  # "Mr. Kamin, who emphasized …": the source as written is "who"
        return _chars([relative])
    doc = head.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    for child in head.rights:
        if child.dep_ in CLAUSE_DEPS:
            end = min(end, child.left_edge.i)
    if start <= cue.token.i < end:
        phrase = phrase_span(head)
        start, end = phrase.start, phrase.end
    for i in range(start, head.i):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
    for i in range(head.i, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            end = i + 1
            break
    while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].is_space
                                or doc[end - 1].dep_ == "case"):
        end -= 1  # "Trump's claim": the source is "Trump"
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return _chars(doc[start:end])


def _relative_pronoun(cue: Cue) -> Token | None:
    """The relative pronoun standing for the source of a cue in a relative clause."""
    tok = cue.token
    if tok.dep_ != "relcl" or cue.source is None or cue.source.i != tok.head.i:
        return None
    return next((c for c in tok.children
                 if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS), None)


def _chars(toks: Sequence[Token]) -> CharSpan:
    return min(t.idx for t in toks), max(t.idx + len(t) for t in toks)


def _trim(doc_span: Span, keep: list[int]) -> CharSpan | None:
    """The longest run of kept tokens, without punctuation at its edges."""
    if not keep:
        return None
    runs: list[list[int]] = [[keep[0]]]
    for i in keep[1:]:
        if i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    run = max(runs, key=len)
    doc = doc_span.doc
    while run and (doc[run[0]].is_space or doc[run[0]].text in EDGE_PUNCT):
        run = run[1:]
    while run and (doc[run[-1]].is_space or doc[run[-1]].text in EDGE_PUNCT):
        run = run[:-1]
    return _chars([doc[i] for i in run]) if run else None


def _frame(cue: Cue) -> set[int]:
    """Token indexes of the attributing frame: cue, source, recipient, auxiliaries. What the
    cue governs otherwise ("cited ongoing attacks", "warned of the situation") is content."""
    tok = cue.token
    if cue.prepositional:
        return {t.i for t in tok.subtree}
    frame = {tok.i, *(t.i for t in cue.extra)}
    if cue.kind == "frame":  # "In a statement on Monday, the ministry …": phrase and speaker
        frame.update(t.i for t in tok.head.subtree)
        if cue.source is not None:
            frame.update(t.i for t in cue.source.subtree)
    if cue.recipient is not None:  # "told TASS state-run news": the phrases, not a clause
        for obj in tok.children:
            if obj.dep_ in ("dative", "dobj"):
                frame.update(t.i for t in phrase_span(obj))
    for child in tok.children:
        if child.dep_ in FRAME_DEPS:
            frame.update(t.i for t in child.subtree)
    return frame


def content_span(span: Span, cues: Sequence[Cue]) -> CharSpan:
    """What the claim reports: the clause a cue verb governs ("said that …", "…, he said"),
    else the statement without the attributing frame ("according to SANA, …")."""
    inside = range(span.start, span.end)
    for cue in sorted(cues, key=lambda c: -c.token.i):
        if cue.content is not None:  # "the claim that …", "a statement calling for …"
            found = _trim(span, [t.i for t in cue.content.subtree if t.i in inside
                                 and t.dep_ != "mark"])
            if found:
                return found
        if cue.prepositional:
            continue
        for child in cue.token.children:
            if child.dep_ in CONTENT_DEPS and child.i in inside:
                keep = [t.i for t in child.subtree if t.i in inside]
                found = _trim(span, keep)
                if found:
                    return found
    frame: set[int] = set()
    for cue in cues:
        frame |= _frame(cue)
    found = _trim(span, [i for i in inside if i not in frame])
    return found or (span.start_char, span.end_char)


def spans_for(claim_id: str, span: Span, cues: Sequence[Cue],
              sources: Sequence[CharSpan] = (), folded: Sequence[Cue] = (),
              marks: Sequence[CharSpan] = ()) -> ClaimSpans:
    """The parts of one claim, cues in chain order (the claimant's first); `sources`
    overrides the cues' own (layout cues, continuations of an earlier speaker's quote);
    `folded` cues ("…, adding that") add their cue span only; `marks` are layout cues (a
    signature dash, a speaker's colon), which are not part of the content."""
    if not cues:
        keep = [t.i for t in span if not any(t.idx < e and t.idx + len(t) > s for s, e in marks)
                and not any(t.idx < e and t.idx + len(t) > s for s, e in sources)]
        return ClaimSpans(claim_id, _trim(span, keep) or (span.start_char, span.end_char),
                          list(marks), list(sources))
    found = [s for s in (source_span(c) for c in cues) if s is not None]
    return ClaimSpans(claim_id, content_span(span, cues),
                      [cue_span(c) for c in [*cues, *folded]],
                      list(sources) or found)
