"""A place the attackers came from is not where the event happened; an "@" handle is no
place at all. Whole-pipeline runs on invented sentences."""

from __future__ import annotations

from .whole import pipeline_events as _events


def test_attackers_origin_after_by_is_not_the_place():
    evs = _events("Forty farmers were killed on Monday in an attack by armed raiders from "
                  "Zamfara State, officials said.")
    assert evs
    assert all(e.place is None or "Zamfara" not in e.place.text for e in evs)


def test_an_agents_origin_in_a_passive_is_not_the_place():
    evs = _events("Three farmers were killed by a rocket fired by militants from Kunar "
                  "province on Sunday.")
    assert evs
    assert all(e.place is None or "Kunar" not in e.place.text for e in evs)


def test_victims_origin_stays_a_place():
    # the dead are often killed at home: their "from" phrase is not read as an origin
    evs = _events("Six fishermen from Maiduguri were killed by insurgents on Tuesday.")
    assert any(e.place is not None and "Maiduguri" in e.place.text for e in evs)


def test_a_toll_from_a_strike_on_a_city_keeps_the_city():
    # "from" the strike, not from a place: the city named further in is where it happened
    evs = _events("The death toll from a rocket attack on the city of Kherson has risen to "
                  "12, the regional governor said.")
    assert any(e.place is not None and "Kherson" in e.place.text for e in evs)


def test_a_subjects_from_phrase_is_left_alone():
    # "troops from the town deployed": where they are as often as where they came from
    evs = _events("Troops from Monguno town deployed and pushed the militants out after they "
                  "killed ten farmers.")
    assert any(e.place is not None and "Monguno" in e.place.text for e in evs)


def test_a_place_named_in_its_own_clause_stays():
    evs = _events("The village of Gidan Kare in Sokoto State was attacked by raiders from "
                  "Zamfara State, who killed nine.")
    assert any(e.place is not None and "Zamfara" not in e.place.text for e in evs)


def test_a_handle_is_no_place():
    evs = _events("Nine villagers were killed in the raid, @AmnestyKenya posted on Sunday.")
    assert all(e.place is None or "@" not in e.place.text and "Amnesty" not in e.place.text
               for e in evs)
