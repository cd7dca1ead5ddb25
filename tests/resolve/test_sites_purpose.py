"""A site tied to its town past whom it is for (round sites18): "a detention center for
migrants in X" is X's detention center, as "a detention center in X" is; a count after "for"
ties nothing. Sentences written for this test."""

from __future__ import annotations

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places
from fogofwar.resolve.sites import with_sites


def sites(nlp, text: str) -> list[tuple[str, str | None, str]]:
    doc = nlp(text)
    places = with_sites(doc, resolve_places(doc, resolve_actors(doc)))
    return [(p.name, p.within, p.feature_code) for p in places if p.precision == "site"]


def test_whom_a_site_is_for_before_its_town(nlp):
    text = ("Officials said two missiles struck a detention center for African migrants in "
            "Hodeidah overnight.")
    assert sites(nlp, text) == [("Al Ḩudaydah detention center", "Al Ḩudaydah", "PRN")]


def test_a_camp_for_displaced_people_near_a_town(nlp):
    text = "Drones hit a camp for displaced people near Mogadishu on Tuesday, aid workers said."
    assert sites(nlp, text) == [("Mogadishu camp", "Mogadishu", "CMP")]


def test_a_count_after_for_ties_no_town(nlp):
    text = "The school, shut for 20 years in Kherson, reopened on Monday."
    assert sites(nlp, text) == []
