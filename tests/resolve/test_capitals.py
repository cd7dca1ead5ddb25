"""A capital named by its country alone ("the Malagasy capital", "Somalia's capital", "the
capital") places the events told there (issue 14: the report of a crackdown "in the capital"
was placed nowhere and stayed out of the incident the other reports placed at the city).
Sentences of our own."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article
from fogofwar.resolve.gazetteer import capital_of


def _event_places(*texts: str) -> list[list[str | None]]:
    arts = [Article(id=f"k{i}", source="test", text=t, outlet="Test Wire")
            for i, t in enumerate(texts)]
    return [[e.place.name if e.place else None for e in a.events
             if e.type in ("ASSAULT", "FIGHT")] for a in analyse_batch(arts)]


def test_the_gazetteer_knows_each_country_s_seat():
    assert capital_of("MDG").name == "Antananarivo"
    assert capital_of("SOM").name == "Mogadishu"
    assert capital_of(None) is None


def test_a_capital_named_by_its_nationality_or_its_country():
    demonym, owner = _event_places(
        "Tear gas\n\nPolice fired tear gas at hundreds of students who marched in the "
        "Malagasy capital on Friday, witnesses said.",
        "Checkpoint\n\nGunmen killed four guards at a checkpoint outside Somalia's capital "
        "on Tuesday, police said.")
    assert "Antananarivo" in demonym
    assert owner[-1] == "Mogadishu"


def test_a_bare_capital_is_the_seat_of_the_country_the_page_is_about():
    found, = _event_places("Militias\n\nLibyan officials said fighting between rival "
                           "militias killed 12 people in the capital on Sunday. The Libyan "
                           "government called for calm.")
    assert "Tripoli" in found


def test_a_provincial_or_named_capital_is_no_national_seat():
    provincial, state, journey = _event_places(
        "Clashes\n\nFighters killed 12 people in the provincial capital on Sunday, Afghan "
        "officials said.",
        "Clashes\n\nFighters killed 12 people in the capital of Helmand on Sunday, Afghan "
        "officials said.",
        "Clashes\n\nRebels killed 12 soldiers near the border before troops fled to the "
        "capital, Malian officials said.")
    assert "Kabul" not in provincial and "Kabul" not in state
    assert "Bamako" not in journey


def test_a_place_a_bearing_or_distance_away_from_the_capital_is_not_in_it():
    bearing, distance = _event_places(
        "Ambush\n\nGunmen killed 12 soldiers in an ambush north of the Somali capital on "
        "Monday, police said.",
        "Ambush\n\nGunmen killed 12 soldiers in an ambush some 60 km outside the Somali "
        "capital on Monday, police said.")
    assert "Mogadishu" not in bearing and "Mogadishu" not in distance
