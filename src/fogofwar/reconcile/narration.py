"""What an outlet's narration counts as: a reporter of the incident, not a party to it.

A page's outlet narrating a toll, or a news medium named as the source ("the WAFA news agency
said"), of no known side tells the toll known when it wrote, or one a named source gave: it
relays that toll rather than giving a count of its own. Disputes (disputes.py) and revision
chains (revision_chains.py) both ask these questions, so they are answered once here.
"""

from __future__ import annotations

from collections import defaultdict

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
