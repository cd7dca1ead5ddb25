"""Town-less second-level areas (gazetteer 7: an ADM2 area with no cities500 town stands at its
first-level area's point, population 0): such a rough row never beats or blocks a namesake in a
country the story names, even when a kind word before the name asks for a district ("the X
district of the Odessa region"). A regency still resolves. Sentences of our own."""

from __future__ import annotations

import pytest

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.gazetteer import Entry
from fogofwar.resolve.places import resolve_places
from fogofwar.resolve.ranking import Signals, best


def _places(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = nlp(text)
    return {p.text: (p.country, p.feature_code) for p in resolve_places(doc, resolve_actors(doc))}


@pytest.mark.parametrize("text", [
    "Ukrainian rescuers said a drone hit a school in the Izmail district of the Odessa region "
    "on Monday.",
    "Ukraine's emergency service said two people died when a missile struck a farm in the "
    "Odessa region overnight.",
])
def test_odessa_region_in_a_ukraine_story_is_ukraines(nlp, text):
    country, _ = _places(nlp, text)[next(t for t in _places(nlp, text) if "Odessa" in t)]
    assert country == "UKR"


def _entry(gid: int, name: str, fcode: str, country: str, population: int) -> Entry:
    return Entry(gid, name, 0.0, 0.0, "A" if fcode.startswith("ADM") else "P", fcode, country,
                 "01", "", population, 0)


def test_a_townless_area_abroad_yields_to_the_storys_country():
    # asked for a district, a town-less district abroad still loses to the focus country's town
    townless = _entry(1, "Odessa", "ADM2", "CA", 0)
    town = _entry(2, "Odesa", "PPL", "UA", 1_000_000)
    cands = [(townless, 100.0), (town, 100.0)]
    assert best(cands, "ADM2", Signals(frozenset({"UA"})), "Odessa") == town
    # with no candidate in the story's countries, it stays a candidate
    assert best([(townless, 100.0)], "ADM2", Signals(frozenset({"UA"})), "Odessa") == townless


def test_a_regency_still_resolves(nlp):
    places = _places(nlp, "Police in Indonesia said rebels burned a school in Nduga regency "
                          "in Papua on Friday.")
    assert places["Nduga regency"][0] == "IDN"
