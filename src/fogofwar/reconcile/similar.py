"""Undated reports join the incident whose reports tell the same story (pass 6 of cluster.py).

An article with no date at all (no publication date, no date in its text) cannot be placed in
time, and in a town that saw several strikes its place alone does not say which one it tells.
What does is its wording: a report of the aid-convoy killings at a roundabout shares "convoy",
"trucks", "flour" and the street's name with the other reports of that incident, and little
with reports of a school strike in the same city. So an undated article whose events sit alone
is compared with every dated incident of the same type group within reach of its events, by the
cosine of binary TF-IDF word vectors (document frequencies over the articles being reconciled,
so words every report of the war uses weigh nothing), and joins the best one only when that one
is similar enough (`text_min_similarity`) and clearly ahead of the best unrelated candidate
(`text_margin` times its score). Its events then inherit the incident's date
(`date_inherited`), as in the other late passes.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from .grid import Forest, grid_cell, near_cells, within_reach
from .incidents import EventRef, admin_key, is_fine, settings


def _weights(refs: list[EventRef]) -> dict[str, float]:
    """Inverse document frequency of each word over the articles of `refs`."""
    docs = {r.article_id: r.words for r in refs}
    df = Counter(w for words in docs.values() for w in words)
    n = len(docs)
    return {w: math.log(n / k) for w, k in df.items()}


def _cosine(a: frozenset[str], b: set[str], idf: dict[str, float]) -> float:
    num = sum(idf[w] ** 2 for w in a & b)
    den = math.sqrt(sum(idf[w] ** 2 for w in a) * sum(idf[w] ** 2 for w in b))
    return num / den if den else 0.0


def _place_fits(r: EventRef, d: EventRef) -> bool:
    if is_fine(r.place) and is_fine(d.place):
        return within_reach(r.place, d.place)
    return admin_key(r.place) is not None and admin_key(r.place) == admin_key(d.place)


def _lonely(refs: list[EventRef], forest: Forest) -> dict[str, list[int]]:
    """Articles with no publication date -> their undated, placed events that joined no other
    article."""
    articles_of: dict[int, set[str]] = defaultdict(set)
    for i, r in enumerate(refs):
        articles_of[forest.find(i)].add(r.article_id)
    out: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        if r.published is not None or r.window is not None or r.date_inherited:
            continue
        if admin_key(r.place) and articles_of[forest.find(i)] == {r.article_id}:
            out[r.article_id].append(i)
    return out


def _candidates(idx: list[int], refs: list[EventRef], index: dict) -> dict[int, list[int]]:
    """Dated events within reach of each of the article's events, by the lonely event."""
    out: dict[int, list[int]] = {}
    for i in idx:
        r = refs[i]
        keys = [(r.group, "cell", *c) for c in near_cells(r.place)] if is_fine(r.place) else []
        keys.append((r.group, "area", admin_key(r.place)))
        out[i] = sorted({j for k in keys for j in index.get(k, ())
                         if refs[j].article_id != r.article_id and _place_fits(r, refs[j])})
    return out


def _best(article: str, fits: dict[int, list[int]], refs: list[EventRef], forest: Forest,
          idf: dict[str, float]) -> int | None:
    """The incident (root) the article's wording picks, or None when none is clearly ahead."""
    members: dict[int, set[str]] = defaultdict(set)
    for js in fits.values():
        for j in js:
            members[forest.find(j)].add(refs[j].article_id)
    words = {r.article_id: r.words for r in refs}
    mine = words[article]
    scored = sorted(((_cosine(mine, set().union(*(words[a] for a in arts)), idf), len(arts),
                      -root, root) for root, arts in members.items()), reverse=True)
    if not scored:
        return None
    top, conf = scored[0], settings()
    rivals = [s for s in scored[1:] if not members[s[3]] & members[top[3]]]
    if top[0] < conf["text_min_similarity"]:
        return None
    if rivals and top[0] < conf["text_margin"] * rivals[0][0]:
        return None
    return top[3]


def join_by_text(refs: list[EventRef], forest: Forest) -> None:
    """Pass 6 (module docstring): undated articles join the incident they read like."""
    lonely = _lonely(refs, forest)
    if not lonely:
        return
    index: dict[tuple, list[int]] = defaultdict(list)
    for j, d in enumerate(refs):
        if d.window is None or not admin_key(d.place):
            continue
        if is_fine(d.place):
            index[(d.group, "cell", *grid_cell(d.place))].append(j)
        index[(d.group, "area", admin_key(d.place))].append(j)
    idf = _weights(refs)
    for article in sorted(lonely):
        fits = _candidates(lonely[article], refs, index)
        root = _best(article, fits, refs, forest, idf)
        if root is None:
            continue
        for i, js in fits.items():
            if any(forest.find(j) == root for j in js):
                forest.union(i, root)
                refs[i].date_inherited = True
