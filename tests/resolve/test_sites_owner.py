"""A site its owner's possessive opens ("its clinic in X"), and a town owned by its country
after the site's tie ("in Ukraine's Kharkiv"), round undated22. Sentences written for this
test."""

from __future__ import annotations

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places
from fogofwar.resolve.sites import with_sites


def sites(nlp, text: str) -> list[tuple[str, str | None, str]]:
    doc = nlp(text)
    places = with_sites(doc, resolve_places(doc, resolve_actors(doc)))
    return [(p.name, p.within, p.feature_code) for p in places if p.precision == "site"]


def test_an_owners_site_in_a_town_its_country_owns(nlp):
    text = ("Five nurses of the aid group were killed when shells hit its clinic in "
            "Afghanistan's Kunduz city on Monday.")
    assert sites(nlp, text) == [("Kunduz clinic", "Kunduz", "HSP")]


def test_a_site_tied_to_a_town_its_country_owns(nlp):
    text = "Drones struck a market in Ukraine's Kharkiv on Sunday, rescuers said."
    assert [s[:2] for s in sites(nlp, text)] == [("Kharkiv market", "Kharkiv")]


def test_a_named_petrol_station(nlp):
    text = "Rockets hit the Lukoil petrol station in Belgorod on Monday, the governor said."
    assert [s[:2] for s in sites(nlp, text)] == [("Lukoil petrol station", "Belgorod")]


def test_a_site_in_a_village_the_text_puts_in_its_district(nlp):
    # the gazetteer's only Ban Phai lies in Khon Kaen; this one is Prasat district's (Surin)
    text = "Shells hit a school in Ban Phai, Prasat district, on Monday, police said."
    doc = nlp(text)
    found = [(p.name, p.within, p.admin1) for p in with_sites(doc, resolve_places(doc))
             if p.precision == "site"]
    assert found == [("Ban Phai school", "Ban Phai", "Surin")]
