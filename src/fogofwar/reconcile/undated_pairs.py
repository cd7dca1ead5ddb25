"""Pass 9b: two pages of no date that tell one story join each other.

The passes before tie a page with no date to a *dated* incident (its site, its day, its toll,
its wording, a dated page's leftovers); the learned pass after (page_linker.py, pass 10) ties a
page left alone to an incident of two pages or more. When none of the pages that tell a story
has a date of its own (reposts, explainers, a rights group's account weeks later), none of
them has anything to join: each stays alone, and so does every later page that could have
joined them.

What two such pages still share is the story's toll. A page's headline count ("22 soldiers
were killed in the ambush") is the number every retelling repeats; two pages of one country
and type group that give the same count of the same kind of victims (evidence.near_toll, at
least `undated_toll_min`), told by no opposed parties, where the count is the largest of its
category on both pages, tell one story, when each is the other's only such page and
their wording meets a low floor (`undated_pair_min_similarity`): a war's recurring clashes
share a country, a type and often a count ("20 soldiers killed"), but not the lead toll of
both pages, nor that toll with one page alone. The reports that give that toll then form one
incident, still undated, that pass 10 can read as a candidate for the pages left (a page's
other reports stay where they were: a page may recall another clash in passing).
"""

from __future__ import annotations

from collections import defaultdict

from .evidence import CASUALTY, near_toll, parties_compatible
from .grid import Forest
from .incidents import EventRef, settings
from .similar import Wording, cosine, page_words


def _page_ok(idx: list[int], refs: list[EventRef]) -> bool:
    """A page with no publication date, none of whose reports took a date."""
    return all(refs[i].published is None and not refs[i].date_inherited for i in idx)


def _tolls(idx: list[int], refs: list[EventRef]) -> dict[str, float]:
    """The largest casualty count of each category the page's own reports give."""
    top: dict[str, float] = {}
    for i in idx:
        for f in refs[i].event.get("figures", []):
            v, cat = f.get("value"), f.get("category")
            if cat in CASUALTY and isinstance(v, (int, float)):
                top[cat] = max(top.get(cat, 0), v)
    return top


def _headline(x: EventRef, y: EventRef, tops: tuple[dict, dict], least: int) -> bool:
    """Whether the two reports share a count (same category, same value, at least `least`)
    that is the largest of its category on each of the two pages."""
    ours = {(f.get("category"), f.get("value")) for f in x.event.get("figures", [])}
    theirs = {(f.get("category"), f.get("value")) for f in y.event.get("figures", [])}
    return any(isinstance(v, (int, float)) and v >= least and cat in CASUALTY
               and all(top.get(cat) == v for top in tops) for cat, v in ours & theirs)


def _tells_same(a: list[int], b: list[int], refs: list[EventRef], least: int,
                tops: tuple[dict, dict]) -> list[int]:
    """The reports of the two pages that give one headline toll of the same victims, of one
    type group, told by no opposed parties (empty when none)."""
    out: set[int] = set()
    for i in a:
        x = refs[i]
        for j in b:
            y = refs[j]
            if x.group == y.group and x.window is None and y.window is None \
                    and parties_compatible(x.event, y.event) \
                    and near_toll(x.event, y.event, least) and _headline(x, y, tops, least):
                out |= {i, j}
    return sorted(out)


def _countries(idx: list[int], refs: list[EventRef]) -> set[str]:
    """The countries a page's reports are placed in or its places name."""
    out = {c for i in idx if (c := (refs[i].place or {}).get("country"))}
    return out | {k[0] for i in idx for k in refs[i].areas}


def join_undated_pairs(refs: list[EventRef], forest: Forest,
                       wording: Wording | None = None) -> None:
    """Pass 9b (module docstring)."""
    pages: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        if not r.background:
            pages[r.article_id].append(i)
    arts: dict[int, set[str]] = defaultdict(set)
    for i, r in enumerate(refs):
        arts[forest.find(i)].add(r.article_id)
    shared = {a for s in arts.values() if len(s) > 1 for a in s}
    alone = sorted(a for a, idx in pages.items() if a not in shared and _page_ok(idx, refs))
    if len(alone) < 2:
        return
    conf = settings()
    least = conf["undated_toll_min"]
    by_country: dict[str, list[str]] = defaultdict(list)
    for a in alone:
        for c in _countries(pages[a], refs):
            by_country[c].append(a)
    tops = {a: _tolls(pages[a], refs) for a in alone}
    partners: dict[str, dict[str, list[int]]] = defaultdict(dict)
    seen: set[tuple[str, str]] = set()
    for members in by_country.values():
        for k, a in enumerate(members):
            for b in members[k + 1:]:
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                told = _tells_same(pages[a], pages[b], refs, least, (tops[a], tops[b]))
                if told:
                    partners[a][b] = told
                    partners[b][a] = told
    words, idf = wording or page_words(refs)
    for a in sorted(partners):
        if len(partners[a]) != 1:
            continue
        b = next(iter(partners[a]))
        if a > b or len(partners[b]) != 1 \
                or cosine(words[a], set(words[b]), idf) < conf["undated_pair_min_similarity"]:
            continue
        joined = partners[a][b]
        for i in joined[1:]:
            forest.union(joined[0], i)
