"""Which incident an undated page joins when its reports point at several (pass 5, late.py).

An undated report joins a dated incident its calendar clues, parties or toll fit. One clue
alone can mislead: "injured Palestinians said on Friday that troops shot them" names the day
they spoke, and in a city that saw a strike on most days some other incident fell on a Friday.
A page tells one story: when its reports, read one by one, point at two incidents or more (or
one report fits several and no village or town picks one, unless that report lies at a town out
of reach of every report of the page that picked one: an aside, `_elsewhere`), the page joins
the one whose articles read most like it (similar.py's TF-IDF cosine over the content words: a
site's name, the victims, the claimants, what happened), and only when that one is clearly ahead
(`text_margin` times the next); on a near tie, the story more pages tell than any other,
and otherwise none of them in this pass. Before the wording, the figures vote: when exactly
one story holds a row whose claimant is the page's own voice (or one of the same side) and
whose toll of the same category meets the page's (`figures_agree`, at least
`undated_toll_min`), the page tells that story: "Turkey says 13 captives were killed" is the
toll of the incident whose other pages carry Turkey's 13, whatever words they share. The choice
is made on the incidents as they stand before the pass, so it does not depend on the order
of the pages.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from .grid import Forest, within_reach
from .incidents import EventRef, is_fine, settings
from .similar import Wording, cosine, page_words
from .voices import name_words, same_voice


def choose(cands: dict[int, set[int]], refs: list[EventRef], forest: Forest,
           wording: Wording | None = None) -> dict[int, int]:
    """Undated report -> the incident (root) it joins, from each report's candidate roots
    (one: its pick; several: those it fits alike, of which it joins none). A page whose
    reports' candidates are one story (incidents sharing a page, `_stories`) keeps its
    reports' picks; one whose are several stories keeps only the picks of the clear winner
    by wording."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for i in cands:
        by_article[refs[i].article_id].append(i)
    reader: _Reader | None = None
    out: dict[int, int] = {}
    for article, idx in by_article.items():
        picks = {i: next(iter(cands[i])) for i in idx if len(cands[i]) == 1}
        roots = set().union(*(cands[i] for i in idx if len(cands[i]) == 1
                              or not _elsewhere(i, picks, refs)))
        if len(roots) > 1:
            reader = reader or _Reader(refs, forest, wording)
            stories = reader.stories(article, roots)
            if len(stories) > 1:
                story = reader.clear_winner(article, stories)
                picks = {i: root for i, root in picks.items() if root in (story or ())}
        out.update(picks)
    return out


class _Reader:
    """The words of every page and the pages of every incident, read once per pass."""

    def __init__(self, refs: list[EventRef], forest: Forest, wording: Wording | None) -> None:
        self.words, self.idf = wording or page_words(refs)
        self.pages: dict[int, set[str]] = defaultdict(set)
        self.rows: dict[int, list[Row]] = defaultdict(list)
        self.own: dict[str, list[Row]] = defaultdict(list)
        least = settings()["undated_toll_min"]
        for i, r in enumerate(refs):
            root = forest.find(i)
            self.pages[root].add(r.article_id)
            told = rows(r, least)
            self.rows[root].extend(told)
            self.own[r.article_id].extend(told)

    def stories(self, article: str, roots: set[int]) -> list[frozenset[int]]:
        """The candidate incidents grouped into stories: those that share a page other than
        the article (a strike and its toll placed at the region) tell one story."""
        out: list[tuple[set[int], set[str]]] = []
        for root in sorted(roots):
            pages = self.pages[root] - {article}
            joined = [s for s in out if s[1] & pages]
            for s in joined:
                out.remove(s)
            out.append(({root, *(r for s in joined for r in s[0])},
                        pages.union(*(s[1] for s in joined))))
        return [frozenset(s[0]) for s in out]

    def clear_winner(self, article: str, stories: list[frozenset[int]]) -> frozenset[int] | None:
        """The one story whose figures agree with the article's (`_figure_vote`), else the
        story whose pages read most like the article, when at least `text_margin` times the
        next; None on a near tie, or when none shares a word with it."""
        if (voted := self._figure_vote(article, stories)) is not None:
            return voted
        mine = self.words[article]
        scored = sorted(((cosine(mine, set().union(*(
            self.words[a] for root in story for a in self.pages[root] - {article})), self.idf),
            sorted(story)) for story in stories), reverse=True)
        (top, story), (second, _) = scored[0], scored[1]
        if top <= 0:
            return None
        if top < settings()["text_margin"] * second:
            return self._best_told(article, stories)
        return frozenset(story)

    def _figure_vote(self, article: str, stories: list[frozenset[int]]) -> frozenset[int] | None:
        """The one story holding, on a page other than the article, a row that agrees with
        one of the article's (`figures_agree`); None when none or several do."""
        mine = self.own[article]
        agreeing = [story for story in stories if any(
            figures_agree(a, b) for a in mine for root in story for b in self.rows[root]
            if b.article != article)]
        return agreeing[0] if len(agreeing) == 1 else None

    def _best_told(self, article: str, stories: list[frozenset[int]]) -> frozenset[int] | None:
        """On a near tie of wording, the one story told by more pages than any other: several
        outlets reporting it together are more evidence than one page that happens to share
        as many words. None when no story has more pages than every other."""
        counts = sorted(((len(set().union(*(self.pages[r] for r in story)) - {article}), story)
                         for story in stories), key=lambda x: x[0], reverse=True)
        if counts[0][0] > counts[1][0]:
            return counts[0][1]
        return None


class Row(NamedTuple):
    """One casualty figure of a report as the vote reads it."""

    article: str
    category: str
    low: float
    high: float
    claimant: str
    side: str | None


def rows(r: EventRef, least: int) -> list[Row]:
    """The report's figures of at least `least` (a small count recurs across a war's
    strikes), each with its bounds (an open "at least" reaches up to infinity)."""
    out = []
    for f in r.event.get("figures", []):
        low = f.get("low") if f.get("low") is not None else f.get("value")
        if not f.get("category") or low is None or low < least:
            continue
        high = f.get("high") if f.get("high") is not None else (
            f.get("value") if f.get("low") is None else float("inf"))
        out.append(Row(r.article_id, f["category"], float(low), float(high or low),
                       r.claimant, r.side))
    return out


def figures_agree(a: Row, b: Row) -> bool:
    """Same category, overlapping tolls, and the same named voice (voices.same_voice; a
    generic "officials" names no one) or one of the same known side."""
    one_voice = bool(name_words(a.claimant)) and same_voice(a.claimant, b.claimant)
    same_side = a.side is not None and a.side == b.side
    return a.category == b.category and (one_voice or same_side) and \
        a.low <= b.high and b.low <= a.high


def _elsewhere(i: int, picks: dict[int, int], refs: list[EventRef]) -> bool:
    """Whether a report that fits several incidents alike (and picks none) lies away from
    every report of its page that picked one: at a town out of their reach. A page that told
    the rocket strike on one town, in reports that all pick its incident, and recalled the
    fighting in another region ("clashes on the border since October", fitting any of its
    incidents) still tells one story; its aside is no rival of it. Without a pick, or beside
    one within reach, or with no town to tell, it stays a rival."""
    place = refs[i].place
    picked = [refs[k].place for k in picks]
    return bool(picked) and is_fine(place) and all(
        is_fine(p) and not within_reach(place, p) for p in picked)
