"""A placeless attack its own paragraph places in a later sentence of no event (issue 14: "the
compound was targeted by missiles. It was located in the X area of the Y region" left the strike
unplaced, and the report out of its incident). Sentences of our own."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article

LEAD = "Drone strike on a farm\n\nThe barn was hit by three missiles shortly after dawn."


def _places(text: str) -> list[str | None]:
    art = Article(id="d1", source="test", text=text, outlet="Test Wire")
    return [e.place.text if e.place else None for e in analyse_batch([art])[0].events
            if e.type in ("FIGHT", "ASSAULT")]


def test_a_later_sentence_of_the_paragraph_places_the_strike():
    found = _places(LEAD + " It stood on the outskirts of Bannu, in the north-west, local "
                    "officials said.")
    assert found[-1] == "Bannu"
    found = _places(LEAD + " The farm lies near Kupiansk, in the Kharkiv region, local "
                    "officials said.")
    assert found[-1] == "Kupiansk"


def test_two_towns_named_later_leave_the_strike_unplaced():
    found = _places(LEAD + " Its owners had moved there from Bannu and Kohat last year, "
                    "local officials said.")
    assert found[-1] is None


def test_a_town_of_the_next_paragraph_is_not_taken_this_way():
    found = _places(LEAD + "\n\nThe foreign office later summoned a diplomat in Bannu.")
    assert found[-1] is None

