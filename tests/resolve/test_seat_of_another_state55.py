"""A state's seat alias ("White House" for Washington) that the story gives to another state
("the Russian White House", "Russia's White House": Moscow's parliament building) names no
Washington anywhere in that story; "the White House said" in a story about another land keeps
its seat. Sentences of our own (round place55)."""

from __future__ import annotations

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places


def _names(nlp, text: str, word: str) -> list[str | None]:
    doc = nlp(text)
    return [p.name for p in resolve_places(doc, resolve_actors(doc)) if p.text == word]


def test_the_russian_white_house_is_no_washington(nlp):
    names = _names(nlp, "Tanks fired on the Russian White House at dawn. Smoke rose over the "
                        "White House for hours as troops stormed its upper floors.", "White House")
    assert names and "Washington" not in names


def test_a_country_possessive_gives_the_building_to_that_state(nlp):
    names = _names(nlp, "Gunfire echoed around Russia's White House on Sunday night.",
                   "White House")
    assert "Washington" not in names


def test_the_american_white_house_stays_washington(nlp):
    names = _names(nlp, "The White House said the strike in Yemen killed 12 fighters.",
                   "White House")
    assert names == ["Washington"]


def test_the_russian_white_house_is_no_american_actor(nlp):
    doc = nlp("Tanks shelled the Russian White House, where the deputies were holed up.")
    assert not [m for m in resolve_actors(doc) if m.text == "White House" and m.country]
    names = [p.role for p in resolve_places(doc, resolve_actors(doc)) if p.text == "White House"]
    assert names == ["location"]


def test_the_american_white_house_still_speaks_for_its_state(nlp):
    doc = nlp("The White House condemned the attack on the embassy in Kabul.")
    assert [m.country for m in resolve_actors(doc) if m.text == "White House"] == ["USA"]
