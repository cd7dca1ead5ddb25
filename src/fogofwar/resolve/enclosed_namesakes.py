"""Town readings the text itself rules out: the place it puts the town in lies elsewhere.

"A rocket hit a petrol station in Ban Phue, Kantharalak district" names a village of
Kantharalak district, Si Sa Ket; the gazetteer's only Ban Phue is a district town in Udon
Thani, hundreds of kilometres away. The text says which area the place lies in (see
`enclosing`: "X, Y district", "X in Y district", "X near Y"), and when that area is an
admin area (a district or a province, not a town, whose point may lie in a neighbouring
area) in another first-level area and far from the reading, the reading is a namesake: the
toponym is left unplaced, and `places._with_areas` then places it in the area the text names,
with every other mention of the same reading in the document (one sense per discourse).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Span

from ..packs import load_pack, require
from . import enclosing, gazetteer
from .gazetteer import Entry
from .place_roles import LOCATION
from .ranking import broad, famous


@cache
def _min_km() -> float:
    """How far a town must lie from the admin area the text puts it in to be a namesake."""
    return float(require(load_pack("places"), "places", "enclosed_namesake_km", float))


def ruled_out(spans: Sequence[Span], chosen: Sequence[Entry | None], roles: Sequence[str],
              i: int) -> bool:
    """Whether town reading `chosen[i]` lies outside the admin area the text puts it in."""
    e = chosen[i]
    if e is None or roles[i] != LOCATION or e.fclass != "P" or broad(e) or famous(e, ""):
        return False
    j = enclosing.enclosing(spans, chosen, i)
    area = chosen[j] if j is not None else None
    if area is None or area.fclass != "A" or area.fcode.startswith("PCL") or broad(area):
        return False
    if (e.country, e.admin1) == (area.country, area.admin1):
        return False
    return gazetteer.distance_km((e.lat, e.lon), (area.lat, area.lon)) > _min_km()


def without_namesakes(spans: Sequence[Span], chosen: Sequence[Entry | None],
                      roles: Sequence[str]) -> list[Entry | None]:
    """`chosen` with every reading some mention's enclosing area rules out set to None."""
    out = [e.geonameid for i, e in enumerate(chosen)
           if e is not None and ruled_out(spans, chosen, roles, i)]
    return [None if e is not None and e.geonameid in out and roles[i] == LOCATION else e
            for i, e in enumerate(chosen)]
