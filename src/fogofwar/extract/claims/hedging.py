"""Hedges: the words with which a report keeps its distance from what it reports.

"reportedly", "alleged", "unconfirmed", "claimed" (against a neutral "said") tell a reader how
firmly the outlet or the source stands behind a claim. The list lives in hedges.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from ..lexicon import hedge_lexicon


@cache
def _pattern() -> re.Pattern[str]:
    phrases = [r"\s+".join(re.escape(w) for w in words) for words in hedge_lexicon().phrases]
    return re.compile(r"(?<![\w-])(" + "|".join(phrases) + r")(?![\w-])", re.IGNORECASE)


def find_hedge(span: Span, text: str | None = None) -> str | None:
    """The first hedge in the span, as written (lowercased), or None; `text`: the span's
    text when the caller has it already (Span.text joins the tokens again at every access).

    A listed word or phrase comes first; else an agentless passive report ("were reported",
    "is said"), which keeps the claim at one remove from whoever made it.
    """
    return _listed_hedge(span, span.text if text is None else text) or _agentless_passive(span)


def _agentless_passive(span: Span) -> str | None:
    lex = hedge_lexicon()
    for tok in span:
        if tok.lemma_.lower() not in lex.agentless_passive or tok.tag_ != "VBN":
            continue
        deps = {c.dep_ for c in tok.children}
        if "auxpass" in deps and "agent" not in deps:
            aux = [c for c in tok.children if c.dep_ == "auxpass"][-1]
            return f"{aux.lower_} {tok.lower_}"
    return None


def _listed_hedge(span: Span, text: str) -> str | None:
    """Words restricted to some parts of speech ("may" the modal, not the month) are checked
    against the token the match starts on."""
    lex = hedge_lexicon()
    for match in _pattern().finditer(text):
        word = " ".join(match.group(1).lower().split())
        allowed = lex.pos_restricted.get(word)
        if allowed:
            tok = span.doc.char_span(span.start_char + match.start(),
                                     span.start_char + match.end(), alignment_mode="expand")
            if tok is None or tok[0].pos_.lower() not in allowed:
                continue
        return word
    return None
