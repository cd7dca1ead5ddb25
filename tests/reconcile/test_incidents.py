"""Clustering hand-made events into incidents: place and date precision, types, parties."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents

from .helpers import (
    FIVE_KILLED,
    IDLIB_GOV,
    JISR,
    QAMISHLI,
    SYRIA,
    TAFTANAZ,
    article,
    killed,
    mention,
)


def sizes(arts: list[dict]) -> list[int]:
    """Events per incident, largest first."""
    return sorted((len(i["events"]) for i in build_incidents(arts)), reverse=True)


def test_same_place_and_day_across_articles_is_one_incident():
    arts = [article("a", "Zero Hedge", [{}]), article("b", "South Front", [{}])]
    (inc,) = build_incidents(arts)
    assert inc["articles"] == ["a", "b"]
    assert (inc["date_start"], inc["date_end"]) == ("2020-02-10", "2020-02-10")
    assert inc["place"]["name"] == "Saraqib"


def test_nearby_towns_join_but_distant_ones_do_not():
    # Taftanaz is ~15 km from Saraqib; Qamishli ~400 km away
    arts = [article("a", "X", [{}]), article("b", "Y", [{"place": TAFTANAZ}]),
            article("c", "Z", [{"place": QAMISHLI}])]
    assert sizes(arts) == [2, 1]


def test_two_bare_idlib_events_a_week_apart_stay_apart():
    # regression: the 3 Feb and 10 Feb shellings, both placed only at "Idlib" (admin1), merged
    arts = [article("a", "X", [{"place": IDLIB_GOV, "date": "2020-02-03"}]),
            article("b", "Y", [{"place": IDLIB_GOV}])]
    assert sizes(arts) == [1, 1]


def test_bare_idlib_on_the_day_joins_the_only_strike_in_idlib_that_day():
    arts = [article("a", "X", [{}]), article("b", "Y", [{"place": IDLIB_GOV}])]
    assert sizes(arts) == [2]


def test_bare_idlib_is_ambiguous_between_two_strikes_and_joins_neither():
    # Saraqib and Jisr al-Shughur are ~45 km apart: two incidents in one governorate that day
    arts = [article("a", "X", [{}]), article("b", "Y", [{"place": JISR}]),
            article("c", "Z", [{"place": IDLIB_GOV}])]
    assert sizes(arts) == [1, 1, 1]


def test_bare_idlib_without_a_date_joins_nothing():
    # a governorate and a look-back window say too little
    arts = [article("a", "X", [{}]),
            article("b", "Y", [{"place": IDLIB_GOV, "date": None, "date_precision": None}])]
    assert sizes(arts) == [1, 1]


def test_two_bare_idlib_events_on_the_same_day_join_when_nothing_finer_exists():
    arts = [article("a", "X", [{"place": IDLIB_GOV}]), article("b", "Y", [{"place": IDLIB_GOV}])]
    assert sizes(arts) == [2]


def test_country_level_place_joins_nothing():
    arts = [article("a", "X", [{}]), article("b", "Y", [{"place": SYRIA}])]
    assert sizes(arts) == [1, 1]


def test_dates_a_week_apart_are_different_incidents():
    arts = [article("a", "X", [{"date": "2020-02-03"}]), article("b", "Y", [{}])]
    assert sizes(arts) == [1, 1]


def test_undated_town_event_joins_the_strike_there_just_before_publication():
    arts = [article("a", "X", [{"date": None, "date_precision": None}], published="2020-02-11"),
            article("b", "Y", [{}])]
    assert sizes(arts) == [2]


def test_undated_event_does_not_reach_back_more_than_the_look_back():
    # published 20 Feb, no date: the 10 Feb strike is outside its 3-day look-back
    arts = [article("a", "X", [{"date": None, "date_precision": None}], published="2020-02-20"),
            article("b", "Y", [{}])]
    assert sizes(arts) == [1, 1]


def test_week_precision_is_loose_and_joins_a_unique_anchor():
    # "last week" in Saraqib (3-9 Feb) with one dated strike there on 5 Feb
    arts = [article("a", "X", [{"date": "2020-02-03", "date_precision": "week"}]),
            article("b", "Y", [{"date": "2020-02-05"}])]
    assert sizes(arts) == [2]


def test_incompatible_types_do_not_merge_but_assault_and_fight_do():
    arts = [article("a", "X", [{"type": "CONSULT"}]), article("b", "Y", [{"type": "FIGHT"}]),
            article("c", "Z", [{}])]
    # CONSULT is a statement type, not clustered at all
    assert sizes(arts) == [2]


def test_disjoint_parties_in_one_town_on_one_day_stay_apart():
    us_vs_locals = {"actor": mention("US troops", "usa"), "target": mention("locals", "sdf")}
    syria_vs_turkey = {"actor": mention("Syrian Army", "syria_gov"),
                       "target": mention("Turkish troops", "turkey")}
    arts = [article("a", "X", [us_vs_locals]), article("b", "Y", [syria_vs_turkey])]
    assert sizes(arts) == [1, 1]


def test_hypothetical_and_negated_events_make_no_incident():
    arts = [article("a", "X", [{"hypothetical": True}, {"negated": True}])]
    assert build_incidents(arts) == []


def test_event_without_place_takes_its_paragraphs_place_and_date():
    # "At least 5 Turkish personnel were reportedly killed..." follows the Saraqib attack in
    # the same paragraph of the South Front piece; alone it has neither place nor date
    text = "On February 10, militants attacked near Saraqib. " + FIVE_KILLED
    art = article("a", "South Front", [{}, {"place": None, "date": None, "date_precision": None,
                                          "sentence": FIVE_KILLED}], text=text)
    other = article("b", "Zero Hedge", [{}])
    assert sizes([art, other]) == [3]


def test_context_is_not_taken_across_paragraphs():
    text = "On February 10, militants attacked near Saraqib.\n\n" + FIVE_KILLED
    art = article("a", "South Front", [{}], text=text)
    art["claims"].append({**art["claims"][0], "id": "a:c1", "start": text.index("At least"),
                          "end": len(text)})
    art["events"].append({**art["events"][0], "id": "a:e1", "claim_id": "a:c1", "place": None,
                          "date": None, "date_precision": None})
    assert sizes([art]) == [1, 1]


def test_a_seizure_that_kills_joins_the_attack_other_reports_tell():
    raid = article("a", "Camp Courier", [{"type": "SEIZE", "figures": [killed(6)]}])
    attack = article("b", "Wire", [{"type": "FIGHT"}])
    assert sizes([raid, attack]) == [2]
    # a seizure that reports no casualty stays apart from the attack
    arrest = article("c", "Camp Courier", [{"type": "SEIZE"}])
    assert sizes([arrest, attack]) == [1, 1]
