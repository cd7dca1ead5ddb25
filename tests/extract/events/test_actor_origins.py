"""A place the attackers came from is not where the event happened; an "@" handle is no
place at all. Whole-pipeline runs on invented sentences."""

from __future__ import annotations

from .whole import pipeline_events as _events


def test_attackers_origin_after_by_is_not_the_place():
    evs = _events("Forty farmers were killed on Monday in an attack by armed raiders from "
                  "Zamfara State, officials said.")
    assert evs
    assert all(e.place is None or "Zamfara" not in e.place.text for e in evs)


def test_attackers_origin_as_subject_is_not_the_place():
    evs = _events("Gunmen from Katsina State stormed a market and killed twelve traders.")
    assert evs
    assert all(e.place is None or "Katsina" not in e.place.text for e in evs)


def test_victims_origin_stays_a_place():
    # the dead are often killed at home: their "from" phrase is not read as an origin
    evs = _events("Six fishermen from Maiduguri were killed by insurgents on Tuesday.")
    assert any(e.place is not None and "Maiduguri" in e.place.text for e in evs)


def test_a_toll_from_a_strike_on_a_city_keeps_the_city():
    # "from" the strike, not from a place: the city named further in is where it happened
    evs = _events("The death toll from a rocket attack on the city of Kherson has risen to "
                  "12, the regional governor said.")
    assert any(e.place is not None and "Kherson" in e.place.text for e in evs)


def test_troops_from_a_town_came_from_there():
    evs = _events("Troops from Monguno town deployed and pushed the militants out of the "
                  "village after they killed ten farmers.")
    assert all(e.place is None or "Monguno" not in e.place.text for e in evs)


def test_a_place_named_in_its_own_clause_stays():
    evs = _events("Raiders from Zamfara State attacked the village of Gidan Kare in Sokoto "
                  "State, killing nine.")
    assert any(e.place is not None and "Zamfara" not in e.place.text for e in evs)


def test_a_handle_is_no_place():
    evs = _events("Nine villagers were killed in the raid, @AmnestyKenya posted on Sunday.")
    assert all(e.place is None or "@" not in e.place.text and "Amnesty" not in e.place.text
               for e in evs)
