"""When two reports' figures may be one toll, not a dispute (disputes.py): the order they
came out in, a toll told again at a later moment, and a part of a toll told beside it.

A report's moment is its page's day, then where its claim stands in the page (`reported`). A
toll rises through the day as bodies are found, so a lower figure reported first and a higher
one later may be one toll (`may_have_risen`), and so may two whose order is unknown: an
outlet narrating tells the toll known when it wrote. A witness (a source of no known side that
is no party the packs know: a resident, a local official, a rail operator) is one of the people
of the place its report is from (`home_side`; where its report names none, the place most
of the incident's reports give it: `incident_home`), and disputes no toll of that side. A
source of no known side that gives exactly a toll one side gives itself disputes none of that
side's other figures (`echoes`): the gap between them is that side's toll moving.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from ..resolve.gazetteer import iso3
from .claimant_sides import opposition_voice_words, state_sides
from .local_voices import LOCAL
from .own_people import counts_own_people

if TYPE_CHECKING:
    from .incidents import EventRef
    from .stated_figures import Stated


def reported(r: EventRef) -> tuple[date, int]:
    """When a figure was reported, to order tolls: its page's day, then where its claim stands.
    A page dated by its month alone ("2023-06") may have come out on any day of it, so which of
    two reports came first is unknown, as for a page with no date."""
    return (r.published if r.published and r.day_known else date.max), r.order


def undated(a: Stated, b: Stated) -> bool:
    """Either report has no known day: which came first is unknown."""
    return date.max in (a.when[0], b.when[0])


def apart(a: Stated, b: Stated) -> bool:
    """Stated in two articles that are not copies of one."""
    return a.ref.article_id != b.ref.article_id and a.ref.origin != b.ref.origin


def witness(s: Stated) -> bool:
    """A source of no known side that the packs know as no party: a resident, a witness, a
    local official or body ("Maleel", "the state rail operator", a minister the text gives no
    side). It is one of the people where its report is from (`home_side`); a party the packs
    know ("M23", "MSF") speaks for itself, and so does a voice its name or written source
    calls the state's opponents (`opposes_state`: "opposition activists", "X, head of the
    opposition party"), or whose statement counts the dead as its own people
    (own_people.counts_own_people: "more than 70 of his students"): its toll disputes its own
    state's."""
    return s.side is None and not s.ref.party and not opposes_state(s.ref) \
        and not counts_own_people(s.ref)


def opposes_state(r: EventRef) -> bool:
    """The claimant's name, or its source as the page wrote it ("Nigara Khidoyatova, head of
    the unregistered opposition Free Peasants Party"), has a word of the pack's
    `opposition_voice_words`: a voice of the state's opponents, not one of its people at large."""
    text = f"{r.claimant} {r.source_text or ''}".lower().replace("\u2019", "'")
    return bool(set(re.findall(r"[a-z][a-z'-]*", text)) & opposition_voice_words())


def home_side(r: EventRef) -> str | None:
    """The side of the country a report's event happened in (its conflict pack's side for it,
    else the country's own code, as claimants of a state are given theirs): the side whose
    people a witness of no side there is one of."""
    code = iso3((r.place or {}).get("country"))
    return (state_sides().get(code) or code.lower()) if code else None


def incident_home(refs: Iterable[EventRef]) -> str | None:
    """The side of the country most of an incident's placed reports put it in: the home of a
    witness whose own report names no place."""
    sides = Counter(filter(None, map(home_side, refs)))
    return sides.most_common(1)[0][0] if sides else None


def part_on_page(told: Stated, other: Stated) -> bool:
    """A page that gives a side's toll and narrates a count under half of it beside it tells a
    part of it (one site, an earlier hour, the children): no dispute with the toll it carries.
    A near count ("five" beside Russia's "six", the seeds) disputes it."""
    return told.ref.article_id == other.ref.article_id and told.bounds[1] is not None \
        and 2 * told.bounds[1] < other.bounds[0]


def may_have_risen(a: Stated, b: Stated) -> bool:
    """The two could be one toll at two moments: the earlier report gives the lower toll, or
    which came first is unknown (a report with no date, two of one day)."""
    if undated(a, b) or a.when[0] == b.when[0]:
        return True
    first, last = sorted((a, b), key=lambda s: s.when)
    return first.bounds[0] < last.bounds[0]


def sided_values(items: Iterable[Stated]) -> dict[str, set[tuple]]:
    """Known side -> the intervals its own voices give (one category of one incident); local
    voices (local_voices.py) are no party whose toll an outlet or a witness retells."""
    out: dict[str, set[tuple]] = defaultdict(set)
    for s in items:
        if s.side is not None and s.side != LOCAL:
            out[s.side].add(s.bounds)
    return out


def echoes(unsided: Stated, other: Stated, sided: dict[str, set[tuple]]) -> bool:
    """A source of no known side gives exactly a toll the other's side gives itself (a
    governor's 33 beside the state agency's 33): what sets it apart from the other's figure is
    that side's own toll moving, read as its revision, not a dispute across sides."""
    return other.side is not None and unsided.bounds in sided.get(other.side, set())


def among_sided(told: Stated, sided: dict[str, set[tuple]]) -> bool:
    """A reporter's own figure that lies within the tolls the sides give between them (from
    the least floor to the greatest figure, a ceiling else a floor): an outlet writing "more
    than 100 killed" beside a ministry's 100 and an army's 19, or "38 killed" while a side's
    toll rose from 20 to 70, tells one of the sides' tolls at some moment, not a count of its
    own. The dispute is the sides', and they are set against each other already."""
    given = [b for values in sided.values() for b in values]
    return bool(given) and min(b[0] for b in given) <= told.bounds[0] \
        <= max(b[0] if b[1] is None else b[1] for b in given)
