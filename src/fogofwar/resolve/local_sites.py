"""Streets, buildings and facilities placed at the town the text puts them in.

No package ships a gazetteer of streets or buildings, and their names mislead a lookup: the
first word of "Hampton Avenue" (St. Louis) is a Virginia city, of "Frenchmen Street" (New
Orleans) a demonym, of "Rogers Centre" (Toronto) a county in Pennsylvania. What a report does
give is the town: "the Abu Shouk camp near El Fasher", "Brooklyn's Barclays Center", or the
local town the article is about. So a toponym whose last word (or the lowercase word right
after it) is a street or facility word (pack `places`, `street_words`, `facility_words`)
takes the point of that town, with precision `site` and the town's name in `within`:

1. the next place, joined to it by a comma or "in", "near", "at", "outside" ("X in Y");
2. the place right before it as a possessive ("Brooklyn's Barclays Center");
3. the nearest town-level place before it in the document, else the nearest after it.

A street takes its town (unless the gazetteer has it as a road or a spot of its own: the
supplement's "Damascus-Aleppo highway"); a facility only when its own lookup gave nothing, a
fuzzy match, or a country ("Percy French Hotel" is not France): "Liverpool Academy" keeps
Liverpool, "Colorado State University" Colorado; a name before a kind word only when it named
nothing ("the Abu Shouk camp"; "the Egyptian church" stays Egypt). With no town in the
document the span keeps what it had.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Span

from ..annotate.pipeline import doc_text
from ..errors import PackError
from ..packs import load_pack, require
from .gazetteer import Entry
from .toponym_words import toponym_words

PACK = "places"
STREET, FACILITY, NAMED_BEFORE = "street", "facility", "named before"
#: What may stand between a site and the town after it: "X, Y", "X in Y", "X near Y".
_JOIN_AFTER = re.compile(r"\s*(?:,\s*)?(?:(?:in|near|at|outside|of)\s+)?(?:the\s+)?", re.I)
#: the words with which a name headed by its kind word goes on ("Centre for ...", "Institute of")
_NAME_GOES_ON = frozenset({"for", "of", "on"})
_POSSESSIVE = re.compile(r"\s*(?:'s|’s)\s+(?:the\s+)?$")


@cache
def site_words() -> tuple[frozenset[str], frozenset[str]]:
    """(street words, facility words) from the pack, lower case, validated."""
    pack = load_pack(PACK)
    out = []
    for key in ("street_words", "facility_words"):
        words = require(pack, PACK, key, list)
        if not all(isinstance(w, str) and w for w in words):
            raise PackError(f"{PACK}.yaml: {key} must be a list of words")
        out.append(frozenset(w.lower() for w in words))
    return out[0], out[1]


def names_no_place(piece: Span, span: Span) -> bool:
    """Whether a part of a longer name cannot be the place the name lies in: the site's own
    kind word ("Centre" in "Convention Centre" is no province of Burkina Faso), also when
    the name goes on after it with "for", "of" or "on" ("the International Centre for Peace
    and Security"), or a saint's name ("George" in "St George's Chapel")."""
    streets, facilities = site_words()
    last = piece[-1].lower_.rstrip(".")
    if piece.end == span.end and last in streets | facilities:
        return True
    after = piece.doc[piece.end] if piece.end < span.end else None
    if last in facilities and after is not None and after.lower_ in _NAME_GOES_ON:
        return True
    before = piece.doc[piece.start - 1] if piece.start > span.start else None
    return before is not None and before.lower_ in toponym_words().saint_words


def site_kind(span: Span) -> str | None:
    """STREET or FACILITY when the span's last word names one ("Royal Street", "Barclays
    Center"); NAMED_BEFORE when a lowercase street or facility word right after it does
    ("the Abu Shouk camp"); else None."""
    streets, facilities = site_words()
    last = span[-1].lower_.rstrip(".") if len(span) > 1 else ""
    if last in streets:
        return STREET
    if last in facilities:
        return FACILITY
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_lower and after.lower_ in streets | facilities:
        return NAMED_BEFORE
    return None


def _town_level(e: Entry | None) -> bool:
    return e is not None and (e.fclass == "P" or e.fcode.startswith("ADM2"))


def gives_way(kind: str, chosen: Entry | None, fuzzy: bool) -> bool:
    """Whether a site's own lookup gives way to its town (see the module docstring). An
    entry of its own (a road, an airport, a spot: GeoNames classes R and S) never does; a
    name before a kind word ("the US embassy", "the Egyptian church") only when it named
    nothing; a facility named after an area keeps that area ("Colorado State University")."""
    if chosen is None:
        return True
    if kind == NAMED_BEFORE or (not fuzzy and chosen.fclass in ("R", "S")):
        return False
    return kind == STREET or fuzzy or chosen.fcode.startswith("PCL") or chosen.fcode == "CONT"


def site_town(spans: Sequence[Span], towns: Sequence[Entry | None], i: int) -> int | None:
    """The index of the span whose town site `i` lies in (`towns`: each span's chosen entry
    when it may serve as a town, else None), or None when the document names no town."""
    text, span = doc_text(spans[i].doc), spans[i]
    nxt = i + 1
    if nxt < len(spans) and towns[nxt] is not None and _JOIN_AFTER.fullmatch(
            text[span.end_char:spans[nxt].start_char]):
        return nxt
    if i > 0 and towns[i - 1] is not None and _POSSESSIVE.match(
            text[spans[i - 1].end_char:span.start_char]):
        return i - 1
    before = [j for j in range(i - 1, -1, -1) if towns[j] is not None]
    after = [j for j in range(i + 1, len(spans)) if towns[j] is not None]
    return (before or after or [None])[0]


def town_candidates(chosen: Sequence[Entry | None], kinds: Sequence[str | None],
                    located: Sequence[bool]) -> list[Entry | None]:
    """Each span's entry when it can be a site's town: a town or second-level area, itself no
    site, used as a location."""
    return [e if _town_level(e) and k is None and loc else None
            for e, k, loc in zip(chosen, kinds, located, strict=True)]
