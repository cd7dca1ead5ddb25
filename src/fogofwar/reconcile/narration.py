"""What an outlet's narration counts as: a reporter of the incident, not a party to it.

A page's outlet narrating a toll, or a news medium named as the source ("the WAFA news agency
said"), of no known side tells the toll known when it wrote, or one a named source gave: it
relays that toll rather than giving a count of its own. Disputes (disputes.py) and revision
chains (revision_chains.py) both ask these questions, so they are answered once here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .stated_figures import Stated
from .tolls import named


def anonymous(s: Stated) -> bool:
    """An outlet narrating, or a source named only by what it is ("an official", "the latest
    data"): such sources of no known side relay one climbing toll between them. A source named
    by who it is ("MSF", "the Libyan National Army") is a voice of its own."""
    return reporting(s) or s.ref.narrated or not named(s.claimant)


def reporting(s: Stated) -> bool:
    """A reporter of the incident, not a party to it: a page's outlet narrating, or a news
    medium named as the source ("the WAFA news agency reported", "Al Jazeera said"), of no
    known side. It tells the toll known when it wrote, or one a named source gave."""
    return (s.ref.narrated or s.ref.media) and s.side is None


def voiced_figures(items: list[Stated]) -> dict[tuple, set[str]]:
    """(category, interval) of the figures named sources state (no outlet narrating) -> the
    articles they state them in."""
    out: dict[tuple, set[str]] = defaultdict(set)
    for s in items:
        if not reporting(s):
            out[(s.category, s.bounds)].add(s.ref.article_id)
    return out


def relays(s: Stated, voiced: dict[tuple, set[str]]) -> bool:
    """An outlet of no side narrating a figure a named source gives in another article: the
    toll others gave, reported. (In its own article the claim reader decides whom the outlet
    relays, speakers.relaying_source; a figure both give there may be the outlet's own.)"""
    return reporting(s) and bool(voiced.get((s.category, s.bounds), set()) - {s.ref.article_id})


def page_totals(items: Sequence[Stated]) -> set[int]:
    """Indices of the figures in `items` that an outlet of no side narrates as the sum of two
    figures named sources give on its own page ("15 dead as clashes go on" over the governor's
    "11 gunmen" and the army's "four soldiers"): the page's total of its sources' counts,
    relayed, which disputes neither count nor any other. Only exact counts add up."""
    given: dict[tuple[str, str], list[float]] = defaultdict(list)
    for s in items:
        if not reporting(s) and s.bounds[1] == s.bounds[0] and s.bounds[0] > 0:
            given[(s.ref.article_id, s.category)].append(s.bounds[0])
    out = set()
    for i, s in enumerate(items):
        if not reporting(s) or s.bounds[1] != s.bounds[0]:
            continue
        values = given.get((s.ref.article_id, s.category), [])
        if any(a + b == s.bounds[0] for k, a in enumerate(values) for b in values[k + 1:]):
            out.add(i)
    return out
