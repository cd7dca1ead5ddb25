"""A wire's dateline with its credit between slashes ("MOSCOW, May 3. /TASS/. ...") names
where the report was filed, as a dateline ended by a dash does: no event of its paragraph
inherits that town. Whole-pipeline runs on invented sentences; each has a sentence the rule
must change and one it must leave alone."""

from __future__ import annotations

from fogofwar.extract.events.datelines import opens_dateline

from .whole import done_events


def _places(text: str, snippet: str) -> list:
    return [e.place.text if e.place else None for e in done_events(text) if snippet in e.sentence]


def test_a_slash_credit_dateline_is_no_place_of_the_lead_event():
    text = ("KAZAN, March 4. /Test Agency/. Soldiers who came under fire from rebel units on "
            "March 3 were among the attackers, the ministry said.")
    found = _places(text, "came under fire")
    assert found and all(p != "KAZAN" for p in found)


def test_a_town_named_in_the_lead_after_a_slash_dateline_still_places_it():
    text = ("VELGRAD, March 4. /Test Agency/. Rebels shelled the town of Dorvel on Monday, "
            "the ministry said.")
    assert "Dorvel" in _places(text, "shelled the town")


def test_a_sentence_that_only_quotes_an_agency_between_slashes_is_no_dateline():
    text = "Rebels shelled the town of Dorvel. /Test Agency/ reported the toll later."
    assert not opens_dateline(text.index("Dorvel"), text)
    assert opens_dateline(0, "VELGRAD, March 4. /Test Agency/. Rebels shelled Dorvel.")
