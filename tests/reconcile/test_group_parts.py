"""A count of a group by age or sex is some of a larger toll's dead, not a toll against it
(disputes._some_of), and a war's toll over a stretch of years is no incident's (the pack's
`cumulative_patterns`, toll_claims.after_span). Names, counts and sentences written for these
tests."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from fogofwar.reconcile.disputes import _clash
from fogofwar.reconcile.incidents import is_span_toll
from fogofwar.reconcile.stated_figures import Stated, counted_group
from fogofwar.reconcile.toll_claims import after_span


def _toll(claimant: str, low: float, high: float | None, group: str | None = None) -> Stated:
    ref = SimpleNamespace(claimant=claimant, side=None, event={})
    return Stated(ref, "killed", (low, high), ("civilians", None), (date(2024, 3, 2), 0),
                  group=group)


def test_the_group_a_figure_counts():
    assert counted_group({"counts": "dead children"}) == "children"
    assert counted_group({"counts": "women"}) == "women"
    assert counted_group({"counts": "villagers"}) is None
    assert counted_group({}) is None


def test_a_count_of_men_is_a_toll_of_its_own():
    # "At least 12 men were shot dead in the raid, the governor said" gives the raid's toll, so
    # it disputes a monitor's "at least 40 killed" as any toll does
    assert counted_group({"counts": "men"}) is None
    assert counted_group({"counts": "young men"}) is None
    assert counted_group({"counts": "adults"}) is None
    men, toll = _toll("the governor", 12, 12, counted_group({"counts": "men"})), \
        _toll("a monitor", 40, None)
    assert _clash(men, toll)


def test_children_counted_below_a_toll_of_people_are_some_of_its_dead():
    # "Aid workers said 25 children died" beside "at least 70 people were killed"
    children, toll = _toll("aid workers", 25, 25, "children"), _toll("the governor", 70, None)
    assert not _clash(children, toll)
    assert not _clash(toll, children)


def test_more_children_than_the_other_toll_holds_is_a_dispute():
    # "44 girls" cannot all be among "nine people"
    girls, toll = _toll("the rebels", 44, 44, "girls"), _toll("the monitors", 9, 9)
    assert _clash(girls, toll)


def test_two_counts_of_one_group_still_clash_and_two_groups_never_do():
    assert _clash(_toll("a", 8, 8, "children"), _toll("b", 20, 20, "children"))
    assert not _clash(_toll("a", 30, 30, "children"), _toll("b", 12, 12, "women"))


def test_two_tolls_of_people_at_large_clash_as_before():
    assert _clash(_toll("a", 12, 12), _toll("b", 40, None))


@pytest.mark.parametrize("sentence", [
    "since 2017, raids in the hill districts have claimed more than 800 lives, the group says.",
    "in 2023 alone, more than 600 herders were killed in the valley.",
    "the agency has counted 3,000 dead since march 2019 in the delta.",
])
def test_a_toll_over_years_is_no_incidents(sentence):
    assert is_span_toll(sentence)


@pytest.mark.parametrize("sentence", [
    "gunmen killed 48 farmers on sunday, the deadliest raid since violence began in 2017.",
    "the blast killed nine, the worst attack on the town since 2019, when a bomb hit the fair.",
    # the year tells how long a party has fought, far from the incident's toll
    "the alliance, which has backed the army since 2016 against the northern rebels, denied "
    "any part in the shelling of the depot at Varo, where at least 35 guards have died.",
    "the dead were buried in the hamlet of Kessa, in a district of the east that has been "
    "torn by a banditry the state has failed to stop since june 2018.",
])
def test_an_incident_measured_against_years_is_not(sentence):
    assert not is_span_toll(sentence)


PAGE = ("Shells hit the market of Dorvel on Monday. The toll is among the worst for one day "
        "since the revolt began in 2016. The monitor says more than 30,000 people have died, "
        "most of them fighters.")


def test_a_perfect_toll_after_a_stretch_of_the_war_is_the_wars():
    sentence = "The monitor says more than 30,000 people have died, most of them fighters."
    assert after_span(PAGE, PAGE.find(sentence), sentence)
    assert after_span(PAGE, PAGE.find("says"), sentence)  # the claim starts mid-sentence


def test_a_toll_of_the_day_after_such_a_sentence_is_the_incidents():
    page = PAGE.replace("more than 30,000 people have died, most of them fighters",
                        "14 people were killed in the shelling")
    sentence = "The monitor says 14 people were killed in the shelling."
    assert not after_span(page, page.find(sentence), sentence)
    first = "Shells hit the market of Dorvel on Monday."
    page = first + " The monitor says 14 people have died in the shelling."
    sentence = page[len(first) + 1:]
    assert not after_span(page, page.find(sentence), sentence)


def _bodies(claimant: str, side: str, n: float, sentence: str) -> Stated:
    ref = SimpleNamespace(claimant=claimant, side=side, event={"sentence": sentence})
    return Stated(ref, "killed", (n, None), (None, None), (date(2024, 3, 2), 0), said=(n, n))


def test_bodies_taken_to_a_town_stay_a_floor_against_a_larger_toll():
    moved = _bodies("a district official", "north", 25,
                    "A district official said farmers carried some 25 bodies to the county seat.")
    assert not _clash(moved, _toll("farmers", 60, 60))


def test_a_partys_count_of_bodies_buried_is_its_toll_as_said():
    buried = _bodies("the state agency", "north", 25,
                     "The state agency said 25 bodies had been buried near the dam.")
    assert _clash(buried, _toll("farmers", 60, 60))
