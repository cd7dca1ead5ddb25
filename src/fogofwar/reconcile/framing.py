"""How each outlet names each party: referring terms, scare quotes and loaded verbs.

"Syrian Army", "regime forces", "the Assad regime" and "government forces" resolve to the same
side; which of them an outlet reaches for is its framing. Counts are given raw and per article
of that outlet, so an outlet with many articles does not look more partisan for it. A repost is
credited to the outlet that wrote it (South Front, not Global Research), and a syndicated copy
is counted once. Terms in scare quotes are kept with their quotes, since the quotes are the
framing, and counted separately too.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache

from ..errors import PackError
from ..extract.referents import QUOTE_PAIRS
from ..packs import load_pack, require
from ..words import whole_words

_POSSESSIVE = re.compile(r"(?:'s|\u2019s)$")


@cache
def framing_pack() -> dict:
    """The framing pack, validated: parties with sides, determiners, verb frames."""
    pack = load_pack("framing")
    parties = require(pack, "framing", "parties", dict)
    for name, party in parties.items():
        if not isinstance(party, dict) or not isinstance(party.get("sides"), list):
            raise PackError(f"framing.yaml: key 'parties.{name}' needs a list 'sides'")
    require(pack, "framing", "determiners", list)
    verbs = require(pack, "framing", "loaded_verbs", dict)
    for name, forms in verbs.items():
        if not isinstance(forms, list) or not forms:
            raise PackError(f"framing.yaml: key 'loaded_verbs.{name}' must be a non-empty list")
    return pack


@cache
def side_party() -> dict[str, str]:
    """side -> party label."""
    return {side: p.get("label", name) for name, p in framing_pack()["parties"].items()
            for side in p["sides"]}


@cache
def _verb_patterns() -> dict[str, re.Pattern]:
    return {name: whole_words(forms, re.I)
            for name, forms in framing_pack()["loaded_verbs"].items()}


def scare_quoted(text: str, mention: dict) -> bool:
    start, end = mention["start"], mention["end"]
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return before in QUOTE_PAIRS and after == QUOTE_PAIRS[before]


def referring_term(text: str, mention: dict) -> str:
    """The mention as a term: leading determiner and possessive dropped, scare quotes kept."""
    words = mention["text"].strip().split()
    dets = set(framing_pack()["determiners"])
    while len(words) > 1 and words[0].lower() in dets:
        words = words[1:]
    term = _POSSESSIVE.sub("", " ".join(words))
    if scare_quoted(text, mention):
        start = mention["start"]
        return f"{text[start - 1]}{term}{QUOTE_PAIRS[text[start - 1]]}"
    return term


def author_outlet(art: dict) -> str:
    return art.get("original_outlet") or art.get("outlet") or "unknown outlet"


def _merge_case(counts: Counter[str]) -> dict[str, int]:
    """Fold case variants ("Militants", "militants") under their most frequent spelling."""
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for term, n in counts.items():
        groups[term.casefold()][term] += n
    merged = {g.most_common(1)[0][0]: sum(g.values()) for g in groups.values()}
    return dict(sorted(merged.items(), key=lambda kv: (-kv[1], kv[0])))


def originals(articles: Iterable[dict]) -> Iterable[dict]:
    """Articles that are not linked copies of another stored article."""
    return (a for a in articles if not a.get("duplicate_of"))


def outlet_framing(articles: Iterable[dict]) -> list[dict]:
    """Per outlet (export shape): terms overall and per actor, per-article rates, quotes, verbs."""
    n_articles: Counter[str] = Counter()
    terms: dict[str, Counter[str]] = defaultdict(Counter)
    labels: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    quoted: dict[str, Counter[str]] = defaultdict(Counter)
    verbs: dict[str, Counter[str]] = defaultdict(Counter)
    for art in originals(articles):
        outlet = author_outlet(art)
        n_articles[outlet] += 1
        text = art.get("text") or ""
        for name, pattern in _verb_patterns().items():
            verbs[outlet][name] += len(pattern.findall(text))
        for m in art.get("actors", []):
            if not m.get("actor_id") and not m.get("side"):
                continue
            term = referring_term(text, m)
            terms[outlet][term] += 1
            labels[outlet][m.get("actor_id") or f"side:{m['side']}"][term] += 1
            if scare_quoted(text, m):
                quoted[outlet][term] += 1
    return [_outlet_record(o, n_articles[o], terms[o], labels[o], quoted[o], verbs[o])
            for o in sorted(n_articles)]


def _outlet_record(outlet: str, n: int, terms: Counter[str], labels: dict,
                   quoted: Counter[str], verbs: Counter[str]) -> dict:
    merged = _merge_case(terms)
    return {
        "outlet": outlet,
        "articles": n,
        "terms": merged,
        "labels": {a: _merge_case(c) for a, c in sorted(labels.items())},
        "terms_per_article": {t: round(c / n, 3) for t, c in merged.items()},
        "scare_quotes": _merge_case(quoted),
        "loaded_verbs": {v: c for v, c in sorted(verbs.items()) if c},
        "loaded_verbs_per_article": {v: round(c / n, 3) for v, c in sorted(verbs.items()) if c},
    }


def party_terms(articles: Iterable[dict]) -> tuple[dict[str, dict[str, Counter[str]]],
                                                   Counter[str]]:
    """(party -> outlet -> term counts, outlet -> article count) for the side-by-side table."""
    out: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    n_articles: Counter[str] = Counter()
    parties = side_party()
    for art in originals(articles):
        outlet = author_outlet(art)
        n_articles[outlet] += 1
        for m in art.get("actors", []):
            party = parties.get(m.get("side") or "")
            if party:
                out[party][outlet][referring_term(art.get("text") or "", m)] += 1
    return out, n_articles
