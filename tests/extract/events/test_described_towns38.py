"""A sea or region set before "<kind> of <town>" describes the town, which is the event's place."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.extract.events.extractor import _describes
from fogofwar.records import Article


def _places(text: str) -> list[str | None]:
    art = analyse_batch([Article(id="s1", source="test", text=text, outlet="Test Wire")])[0]
    return [e.place.name or e.place.text if e.place else None for e in art.events
            if e.type in ("FIGHT", "ASSAULT")]


def test_a_sea_before_city_of_gives_way_to_the_town():
    places = _places("Blaze kills dozens\n\nAt least 20 people were killed on Saturday when "
                     "rioters torched a hotel in Ukraine's Black Sea city of Mykolaiv, police "
                     "said.")
    assert places and all(p != "Black Sea" for p in places)
    assert any(p in ("Mykolaiv", "Mykolayiv") for p in places)


def test_the_words_between_must_end_in_a_town_kind_and_of():
    assert _describes(" city of ")
    assert _describes("'s southern port city of ")
    assert not _describes(" and the city of ")
    assert not _describes(", near ")
    assert not _describes(" region of ")


def test_an_unknown_village_after_of_leaves_its_region_the_place():
    places = _places("Market hit\n\nAn airstrike hit a market in Ethiopia's northern Tigray "
                     "village of Qwelbaratu on Tuesday, killing 30 people, health workers said.")
    assert any(p in ("Tigray", "Tigrai") for p in places)
