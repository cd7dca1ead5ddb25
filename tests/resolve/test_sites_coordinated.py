"""Sites named together before one plural kind word, and kinds qualified by a displacement word
(round incidents23). Sentences written for this test."""

from __future__ import annotations

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places
from fogofwar.resolve.sites import with_sites


def sites(nlp, text: str) -> set[str]:
    doc = nlp(text)
    places = with_sites(doc, resolve_places(doc, resolve_actors(doc)))
    return {p.name for p in places if p.precision == "site"}


def test_two_camps_named_before_one_plural_kind_word(nlp):
    text = ("Shells hit the Kanyaruchinya and Bulengo displacement camps near Goma on Monday, "
            "aid workers said.")
    found = sites(nlp, text)
    assert any("Kanyaruchinya" in s for s in found)
    assert any("Bulengo" in s for s in found)


def test_a_camp_qualified_by_a_displacement_word(nlp):
    text = "A drone hit the Abu Shouk displacement camp near El Fasher on Friday."
    assert any("Abu Shouk" in s for s in sites(nlp, text))
