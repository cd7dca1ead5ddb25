"""An event compared against ("the deepest raid near X since the last of its wars in 1989")
and the event it is compared with do not lend each other their places: the war was not
fought at the raid's town, and the bombing was not at the hotel of the siege it is set
against (a recalled war placed at the raid's town made an incident of the war's year out
of the raid's reports). Sentences of our own."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def _events(text: str) -> list[tuple[str, str | None, bool]]:
    art = Article(id="d1", source="test", text=text, outlet="Test Wire")
    return [(e.trigger, e.place.text if e.place else None, e.background)
            for e in analyse_batch([art])[0].events]


def test_a_war_compared_against_takes_not_the_raids_town():
    found = _events("Jets strike camp\n\nThe air strike near Mardan, a town 40 km (25 miles) "
                    "from the frontier, was the deepest cross-border raid launched by "
                    "Afghanistan since the last of its two wars with Pakistan in 1989.")
    assert ("strike", "Mardan", False) in found
    assert all(place is None for trigger, place, _ in found if trigger == "wars")


def test_the_event_compared_takes_not_the_place_of_the_one_it_is_compared_with():
    found = _events("Bomb kills 30\n\nThe bombing in Kabul was the deadliest attack on the "
                    "city since the siege of the hotel in Herat in 2018, officials said.")
    assert ("bombing", "Kabul", False) in found
    assert all(place != "hotel" for trigger, place, _ in found if trigger != "siege")
