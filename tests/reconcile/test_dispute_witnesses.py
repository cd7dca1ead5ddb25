"""Disputes told apart from one side's own voices and from one toll told at two moments (issue
14, round disputes16): a witness of no side (a resident, a local body, a minister the text gives
no side) is one of the people where its report is from and disputes no toll of that side; a
page dated by its month alone has no known order against a dated one; a count since a month
began is the period's toll, not the incident's. Names and sentences are written for these
tests; the articles are at Saraqib, Syria, whose pack side is `syria_gov`."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.disputes import Stated, disputing
from fogofwar.reconcile.incidents import EventRef, is_running_total
from fogofwar.reconcile.moments import incident_home

from .helpers import SARAQIB, article
from .test_disputes import civilians, one

HOME = ("Idlib health directorate", "syria_gov")
ABROAD = ("Ankara defence office", "turkey")


def witness(aid: str, name: str, n: float, **kw) -> dict:
    """An article whose claimant the packs do not know (no actor id) and give no side."""
    art = article(aid, "Hill Courier", [{"figures": [civilians(n)]}], claimant=(name, None),
                  **kw)
    art["claims"][0]["claimant"]["actor_id"] = None
    return art


def pairs(inc: dict) -> list[tuple[str, ...]]:
    return sorted(tuple(p["claimants"]) for c in inc["contradictions"] for p in c["pairs"])


def test_a_resident_disputes_no_toll_of_the_side_of_his_village():
    # a villager counting his family's dead beside the directorate's toll of the village
    inc = one([witness("a", "Hamid Tarrab", 4, published="2020-02-11"),
               article("b", "Plain Post", [{"figures": [civilians(40)]}], claimant=HOME,
                       published="2020-02-11")])
    assert inc["contradictions"] == []


def _stated(aid: str, claimant: str, side: str | None, n: float, place: dict | None,
            party: bool = False) -> Stated:
    ref = EventRef({}, aid, aid, claimant, side, None, "violence", place=place, party=party)
    return Stated(ref, "killed", (n, n), (None, None), (date(2020, 2, 11), 0))


def test_a_resident_whose_report_names_no_place_is_of_the_incidents_place():
    # his report names no place: the incident's, as its other reports give it, is his
    told, home, abroad = (_stated("a", "Hamid Tarrab", None, 4, None),
                          _stated("b", *HOME, 40, None), _stated("c", *ABROAD, 40, None))
    where = incident_home([home.ref, abroad.ref, _stated("d", "Plain Post", None, 9, SARAQIB).ref])
    assert where == "syria_gov"
    assert not disputing(told, home, home=where) and disputing(told, abroad, home=where)
    # with no report placed, his side is unknown: a named source of no side disputes
    assert disputing(told, home)


def test_a_resident_still_disputes_the_other_sides_toll():
    inc = one([witness("a", "Hamid Tarrab", 40, published="2020-02-11"),
               article("b", "Plain Post", [{"figures": [civilians(2)]}], claimant=ABROAD,
                       published="2020-02-11")])
    assert pairs(inc) == [("Ankara defence office", "Hamid Tarrab")]


def test_a_local_body_and_its_government_rising_is_no_dispute():
    # the rail operator's 25 a day after the president's 22: one side's toll rising
    inc = one([article("a", "Plain Post", [{"figures": [civilians(22)]}],
                       claimant=("President Oru Delan", "syria_gov"), published="2020-02-10"),
               witness("b", "the state rail company", 25, published="2020-02-11")])
    assert inc["contradictions"] == []


def test_a_party_the_packs_know_still_disputes_with_no_side():
    # an armed group of no side is no witness: its count against the home side's is a dispute
    inc = one([article("a", "Hill Courier", [{"figures": [civilians(5)]}],
                       claimant=("Red Ridge Brigade", None), published="2020-02-11"),
               article("b", "Plain Post", [{"figures": [civilians(40)]}], claimant=HOME,
                       published="2020-02-11")])
    assert pairs(inc) == [("Red Ridge Brigade", "Idlib health directorate")]


def _outlet_and_side(outlet_published: str) -> dict:
    """An outlet narrating 12 dead on its page, a side's 9 on the 27th of the month."""
    art = article("a", "Dune Wire", [{"figures": [civilians(12)]}], published=outlet_published)
    if len(outlet_published) == 7:
        art["published_precision"] = "month"
    return one([art, article("b", "Plain Post", [{"figures": [civilians(9)]}], claimant=ABROAD,
                             published="2020-02-27")])


def test_a_page_dated_by_its_month_alone_has_no_known_order():
    # "2020-02" may be the 28th: the outlet's 12 may be the toll risen after the side's 9
    assert _outlet_and_side("2020-02")["contradictions"] == []
    # dated the 1st, its 12 came before the side's 9: not one toll rising, a dispute
    assert pairs(_outlet_and_side("2020-02-01")) == [("Ankara defence office", "Dune Wire")]


def test_a_count_since_a_month_began_is_no_incidents_toll():
    assert is_running_total("The minister said that since the beginning of March the ministry "
                            "has recorded the killing of 140 citizens and the wounding of 300.")
    assert is_running_total("Some 60 people have been killed in the province so far this year.")
    assert not is_running_total("The minister said 40 citizens were killed at the market.")


def test_a_days_count_of_many_strikes_is_no_incidents_toll():
    assert is_running_total("Jets also hit camps in two other districts, killing at least 75 "
                            "people in the past 24 hours, the agency said.")
    assert is_running_total("Army operations over the last 48 hours killed 31 insurgents.")
    assert not is_running_total("The strike on the depot killed 12 guards on Tuesday night.")


def test_a_value_the_revision_holds_already_is_no_step():
    # the directorate's 16, then at least 17; two undated pages repeat 16 and "at least 16"
    inc = one([article("a", "X", [{"figures": [civilians(16)]}], claimant=HOME,
                       published="2020-02-10"),
               article("b", "Y", [{"figures": [civilians(17, low=17)]}], claimant=HOME,
                       published="2020-02-11"),
               article("c", "Z", [{"figures": [civilians(16)]}],
                       claimant=("Idlib governor's office", "syria_gov"), published=None),
               article("d", "W", [{"figures": [civilians(16, low=16)]}], claimant=HOME,
                       published=None)])
    assert [r["values"] for r in inc["revisions"]] == [["16", ">=17"]]


def test_a_toll_over_weeks_of_attacks_is_a_running_total():
    assert is_running_total("At least nine were killed and a dozen wounded in rocket attacks "
                            "on border villages in the past few weeks, the army said.")
    assert is_running_total("More than 40 people have died in recent weeks of raids.")
    # the stretch that qualifies a place or compares the attack is not the toll's own
    assert not is_running_total("Over 300 fighters were killed in two days of combat in the "
                                "north — a region of rising violence in recent months.")
    assert not is_running_total("Ten soldiers were killed in the ambush, the deadliest in "
                                "recent weeks.")


def test_a_toll_since_a_month_is_a_running_total_but_a_recalled_one_is_not():
    assert is_running_total("The navy said it had hit 500 targets since mid -June, killing "
                            "scores of fighters.")
    assert is_running_total("Gangs have killed more than 300 farmers since August 2019.")
    assert not is_running_total("It was the worst raid since May 2018, when 12 guards were "
                                "killed at the post.")
    assert not is_running_total("Nine people were killed on Friday in the market.")
