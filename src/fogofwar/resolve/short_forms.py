"""Short forms of a country or first-level area that the same story names in full.

News names a place in full once and then shortens it: "South Africa" then "SA", "Trinidad and
Tobago" then "T&T" or "Trinidad". Read alone, the short form is something else (SA is Saudi
Arabia's ISO code; Trinidad is also a town in Bolivia), so it is read as the story's own place
when another toponym of the document names a country or first-level area whose initials it
spells (in capitals) or whose leading words it is, ahead of "and" ("Trinidad" of "Trinidad and
Tobago"; not "Papua" of "Papua New Guinea", a province of its own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import gazetteer
from .gazetteer import Entry, fold
from .ranking import spelled_as

#: Words a name's initials skip ("Trinidad and Tobago": TT, "Bosnia and Herzegovina": BH).
_SKIP = frozenset({"and", "of", "the", "&"})
#: An abbreviation as news writes it: 2-5 capitals, with dots or an ampersand ("T&T", "U.K.").
_ABBREVIATION = re.compile(r"(?:[A-Z]\.?&?){2,5}")


def initials(name: str) -> str:
    """The capital initials of a name's words, less the words it skips."""
    return "".join(w[0].upper() for w in re.split(r"[\s-]+", name)
                   if w and w.lower() not in _SKIP)


def _area(e: Entry | None) -> bool:
    return e is not None and (e.fcode.startswith("PCL") or e.fcode == "ADM1")


def shortens(short: str, full: str) -> bool:
    """Whether `short` is an abbreviation (initials, in capitals) or the leading words before
    "and" of the full name `full`."""
    if _ABBREVIATION.fullmatch(short):
        letters = short.replace(".", "").replace("&", "")
        return len(full.split()) > 1 and initials(full) == letters
    words, whole = short.split(), full.split()
    return len(whole) > len(words) + 1 and whole[len(words)].lower() in ("and", "&") and \
        fold(" ".join(whole[:len(words)])) == fold(short)


def named_in_full(names: Sequence[str], first: Sequence[Entry | None]) -> list[Entry | None]:
    """For each toponym (by the name looked up), the country or first-level area named in full
    elsewhere in the document that it shortens, or None. `first`: each toponym's reading on
    the first pass; only a full name spelled as its entry's own name counts. Failing that, an
    abbreviation spelling the initials of the country or first-level area that the document's
    other places lie in is that area: "SA" on a page about Limpopo and Polokwane is South
    Africa, not Saudi Arabia's code; "KP's Bannu district" is Khyber Pakhtunkhwa's."""
    full = [(n, e) for n, e in zip(names, first, strict=True)
            if _area(e) and spelled_as(e.name, n)]  # type: ignore[union-attr]
    out: list[Entry | None] = []
    for name in names:
        hits = {e.geonameid: e for n, e in full if n != name and shortens(name, n)}
        if not hits and _ABBREVIATION.fullmatch(name):
            hits = {a.geonameid: a for n, e in zip(names, first, strict=True)
                    if e is not None and n != name for a in gazetteer.areas_of(e)
                    if shortens(name, a.name)}
        out.append(next(iter(hits.values())) if len(hits) == 1 else None)
    return out
