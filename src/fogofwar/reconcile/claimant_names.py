"""One name per voice in an incident: each claimant under the fullest name the incident gives
it, so one person or body written three ways is one row, one revision chain, one side.

Kept apart from `voices` (the name words and matching it builds on) and `role_holders` (which
also builds on them): this module only combines their three readings, so neither of them needs
to import the other at call time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from operator import attrgetter

from .incidents import EventRef
from .role_holders import role_holders
from .voices import (
    case_variants,
    claimant_sides,
    fuller_names,
    variant_names,
    with_person_sides,
)


def with_fuller_names(refs: Sequence[EventRef]) -> list[EventRef]:
    """The incident's refs, each claimant under its fuller name there (see `fuller_names`), and
    the side that name carries when it had none, and the name it had in `renamed_from` (its
    row lists it among its spellings); a person sided only by the land first takes the side
    the incident's other reports name for him (`voices.with_person_sides`)."""
    refs = with_person_sides(refs)
    names = {**variant_names(refs), **fuller_names(refs), **role_holders(refs)}
    for short, long in case_variants(refs).items():  # a spelling the others key stays theirs
        if short not in names and names.get(long, long) != short:
            names[short] = long
    names = {short: names.get(long, long) for short, long in names.items()}
    if not names:
        return list(refs)
    side_of = claimant_sides(refs)
    return [_renamed(r, names[r.claimant], r.side or side_of[names[r.claimant]])
            if r.claimant in names else r for r in refs]


#: Every field of an EventRef, in its constructor's order.
_FIELDS = attrgetter(*(f.name for f in fields(EventRef)))


def _renamed(r: EventRef, claimant: str, side: str | None) -> EventRef:
    """A copy of `r` under `claimant` and `side`, keeping the name it had in `renamed_from`.
    The same as `dataclasses.replace`, at about a fifth of its cost (replace checks and builds
    its keyword arguments field by field, for each of the ref's 35 fields)."""
    new = EventRef(*_FIELDS(r))
    new.claimant, new.side, new.renamed_from = claimant, side, r.renamed_from or r.claimant
    return new
