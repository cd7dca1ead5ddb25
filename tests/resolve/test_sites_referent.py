"""A site a report opens on without its town, placed by a later "the site in X" or "the
facility near Y" (round sites18). Sentences written for this test."""

from __future__ import annotations

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places
from fogofwar.resolve.sites import with_sites


def sites(nlp, text: str) -> list[tuple[str, str | None, str]]:
    doc = nlp(text)
    places = with_sites(doc, resolve_places(doc, resolve_actors(doc)))
    return [(p.name, p.within, p.feature_code) for p in places if p.precision == "site"]


def test_the_facility_near_a_province_places_the_earlier_site(nlp):
    text = ("Officials said an airstrike hit a detention center overnight. Some 90 people "
            "were held at the facility near Hodeidah.")
    assert sites(nlp, text) == [("Al Ḩudaydah detention center", "Al Ḩudaydah", "PRN")]


def test_later_mentions_of_the_kind_follow_the_placed_site(nlp):
    text = ("Rebels said a drone hit a hospital before dawn. Guards at the site in Marib said "
            "four died. The hospital had no power.")
    assert sites(nlp, text) == [("Ma’rib hospital", "Ma’rib", "HSP")] * 2


def test_two_kinds_unplaced_take_no_town_from_the_site(nlp):
    text = ("A drone hit a hospital and a school overnight. Guards at the site in Marib said "
            "four died.")
    assert sites(nlp, text) == []


def test_a_site_with_no_town_after_it_places_nothing(nlp):
    text = "A drone hit a hospital overnight. The site was empty, a guard said."
    assert sites(nlp, text) == []
