"""A state's seat under another spelling ("Kiev" for Kyiv) stands for its government as the
pack's own spelling does: "Kiev forces", "Kiev's commanders" act, and are no place where the
fighting was; "in Kiev" stays a place. Sentences of our own."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.annotate.packdata import actor_packs
from fogofwar.records import Article


def _analysis(text: str):
    return analyse_batch([Article(id="k", source="test", text=text, outlet="Test Wire")])[0]


def test_the_pack_lists_the_other_spelling_as_a_seat():
    seats = actor_packs().seats
    assert seats["Kiev"] == seats["Kyiv"] == "ukr"


def test_a_seat_spelled_otherwise_acts_and_leaves_the_event_its_town():
    found = _analysis("Shelling\n\nKiev forces shelled Horlivka on Monday, killing two people.")
    assert all(p.role != "location" for p in found.places if p.text == "Kiev")
    assert [e.place.text for e in found.events if e.place] and all(
        e.place.text == "Horlivka" for e in found.events if e.place)
    found = _analysis("Strike\n\nMoscow said it struck a meeting of Kiev's military "
                      "commanders in Poltava on Friday.")
    assert all(e.place is None or e.place.text == "Poltava" for e in found.events)


def test_a_seat_spelled_otherwise_is_still_a_place_after_in():
    found = _analysis("Strike\n\nA missile hit a block of flats in Kiev on Monday, killing two.")
    assert any(e.place is not None and e.place.text == "Kiev" for e in found.events)
