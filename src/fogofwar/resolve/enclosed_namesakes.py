"""Town readings the text itself rules out: the place it puts the town in lies elsewhere.

"A rocket hit a petrol station in Ban Phue, Kantharalak district" names a village of
Kantharalak district, Si Sa Ket; the gazetteer's only Ban Phue is a district town in Udon
Thani, hundreds of kilometres away. The text says which area the place lies in (see
`enclosing`: "X, Y district", "X in Y district", "X near Y"), and when that area is an
admin area (a district or a province) in another first-level area and far from the reading,
or a town in another country far from it ("X village, Hpakant Township" with the township read
as its seat town, X as a namesake in Burkina Faso), the reading is a namesake: the
toponym is left unplaced, and `places._with_areas` then places it in the area the text names,
with every other mention of the same reading in the document (one sense per discourse).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Span

from ..packs import load_pack, require
from ..records import Place
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
    if area is None or area.fcode.startswith("PCL") or broad(area):
        return False
    if area.fclass != "A":
        # a town encloses too ("X village, Hpakant Township", the township read as its seat
        # town), but a town's point may lie over a first-level border from the village: only
        # a reading in another country, far off, is ruled out by it
        return e.country != area.country and _outside(e, area)
    return _outside(e, area)


def _outside(town: Entry | Place, area: Entry | Place) -> bool:
    """Whether a town lies in another first-level area than `area` and farther from its point
    than `enclosed_namesake_km`: the one test of both readings below (gazetteer entries while
    toponyms are resolved, resolved places for a name read later)."""
    return (town.country, town.admin1) != (area.country, area.admin1) and \
        gazetteer.distance_km((town.lat, town.lon), (area.lat, area.lon)) > _min_km()


def without_namesakes(spans: Sequence[Span], chosen: Sequence[Entry | None],
                      roles: Sequence[str]) -> list[Entry | None]:
    """`chosen` with every reading some mention's enclosing area rules out set to None."""
    out = {e.geonameid for i, e in enumerate(chosen)
           if e is not None and ruled_out(spans, chosen, roles, i)}
    return [None if e is not None and e.geonameid in out and roles[i] == LOCATION else e
            for i, e in enumerate(chosen)]


def placed_in_area(town: Place, area: Place) -> Place | None:
    """`town` as a village of the admin area the text puts it in, when `town`'s reading is a
    namesake by the rule above (resolved places, for a name read outside the toponym pass:
    sites.py's "a petrol station in Ban Phue in Kanthararak district"); else None."""
    if town.lat is None or area.lat is None or town.precision not in ("town", "point") or \
            area.precision not in ("admin1", "admin2") or area.within is not None:
        return None
    if not _outside(town, area):
        return None
    return Place(text=town.text, start=town.start, end=town.end, name=town.text, lat=area.lat,
                 lon=area.lon, country=area.country, admin1=area.admin1,
                 precision=area.precision, within=area.name, role=town.role)
