"""How each outlet names each party: the referring terms behind its actor mentions.

"Syrian Army", "regime forces", "the Assad regime" and "government forces" resolve to the same
side; which of them an outlet reaches for is its framing. A repost is credited to the outlet
that wrote it (South Front, not Global Research), and a syndicated copy is counted once.
Terms in scare quotes are kept with their quotes, since the quotes are the framing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

QUOTE_PAIRS = {"\u2018": "\u2019", "\u201c": "\u201d", "'": "'", '"': '"'}


def referring_term(text: str, mention: dict) -> str:
    """The mention as a term: lower-cased, leading article dropped, scare quotes kept."""
    term = mention["text"].strip()
    low = term.lower()
    for article in ("the ", "a ", "an "):
        if low.startswith(article):
            term = term[len(article):]
            break
    start, end = mention["start"], mention["end"]
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before in QUOTE_PAIRS and after == QUOTE_PAIRS[before]:
        return f"{before}{term}{after}"
    return term


def author_outlet(art: dict) -> str:
    return art.get("original_outlet") or art.get("outlet") or "unknown outlet"


def outlet_framing(articles: Iterable[dict]) -> list[dict]:
    """Per outlet: articles, all referring terms, and terms per actor id (export shape)."""
    n_articles: Counter[str] = Counter()
    terms: dict[str, Counter[str]] = defaultdict(Counter)
    labels: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for art in articles:
        if art.get("duplicate_of"):
            continue
        outlet = author_outlet(art)
        n_articles[outlet] += 1
        for m in art.get("actors", []):
            if not m.get("actor_id") and not m.get("side"):
                continue
            term = referring_term(art["text"], m)
            terms[outlet][term] += 1
            labels[outlet][m.get("actor_id") or f"side:{m['side']}"][term] += 1
    return [
        {
            "outlet": outlet,
            "articles": n_articles[outlet],
            "terms": dict(terms[outlet].most_common()),
            "labels": {a: dict(c.most_common()) for a, c in sorted(labels[outlet].items())},
        }
        for outlet in sorted(n_articles)
    ]


def side_terms(articles: Iterable[dict]) -> dict[str, dict[str, Counter[str]]]:
    """side -> outlet -> term counts, for the report's side-by-side framing table."""
    out: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for art in articles:
        if art.get("duplicate_of"):
            continue
        for m in art.get("actors", []):
            if m.get("side"):
                out[m["side"]][author_outlet(art)][referring_term(art["text"], m)] += 1
    return out
