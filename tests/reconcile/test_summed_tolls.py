"""A toll told in groups of people is their sum (reconcile/summed_tolls.py). Sentences
written for these tests."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from fogofwar.reconcile.evidence import victim_classes
from fogofwar.reconcile.stated_figures import Stated
from fogofwar.reconcile.summed_tolls import summed


def _items(sentence: str, *figures: tuple[str, str, float], part: str = ""):
    ref = SimpleNamespace(event={"sentence": sentence})
    items, texts = [], {}
    for text, noun, value in figures:
        item = Stated(ref, "killed", (value, value), (victim_classes().get(noun, noun), None),
                      (date(2024, 1, 1), 0), part=text == part)
        items.append(item)
        texts[id(item)] = (text, noun)
    return items, texts


def _tolls(sentence: str, *figures: tuple[str, str, float], part: str = "") -> list[float]:
    items, texts = _items(sentence, *figures, part=part)
    return sorted(s.bounds[0] for s in summed(items, texts))


def test_adults_and_children_are_one_toll():
    assert _tolls("Nine adults and four children died when the shell hit the bus.",
                  ("Nine", "adults", 9), ("four", "children", 4)) == [13]


def test_a_list_of_groups_is_one_toll():
    assert _tolls("Two men, six women and three young girls were killed in the raid.",
                  ("Two", "men", 2), ("six", "women", 6), ("three", "girls", 3)) == [11]


def test_groups_that_are_parts_of_a_toll_stay_apart():
    assert _tolls("The raid killed 40 villagers, including 12 women and 9 children.",
                  ("40", "villagers", 40), ("12", "women", 12), ("9", "children", 9),
                  part="12") == [9, 12, 40]


def test_soldiers_and_civilians_of_one_statement_are_one_toll():
    items, texts = _items("Five soldiers and three civilians were killed.",
                          ("Five", "soldiers", 5), ("three", "civilians", 3))
    [toll] = summed(items, texts)
    # the sum counts both classes: neither alone
    assert toll.bounds == (8, 8) and toll.victims[0] == "civilians+combatants"


def test_a_service_member_and_contractors_are_parts_of_one_toll():
    assert _tolls("The gunmen stormed the airfield, killing one U.S. service member and two "
                  "defence contractors, and wounding two others.",
                  ("one", "member", 1), ("two", "contractors", 2)) == [3]


def test_a_soldier_and_two_others_are_one_toll():
    assert _tolls("A soldier's convoy was hit; one sergeant and two others died.",
                  ("one", "sergeant", 1), ("two", "others", 2)) == [3]


def test_the_enemy_killed_beside_own_losses_stay_apart():
    assert _tolls("The army said the clash killed 30 militants and 2 soldiers.",
                  ("30", "militants", 30), ("2", "soldiers", 2)) == [2, 30]


def test_people_at_large_are_a_toll_not_a_group():
    assert _tolls("Twelve people and three children died in the fire.",
                  ("Twelve", "people", 12), ("three", "children", 3)) == [3, 12]


def test_leaders_a_strike_targeted_stay_apart():
    assert _tolls("The strike killed two commanders and nine fighters.",
                  ("two", "commanders", 2), ("nine", "fighters", 9)) == [2, 9]


def test_groups_in_two_clauses_are_not_summed():
    assert _tolls("Seven women died in the market; elsewhere the shelling killed two children.",
                  ("Seven", "women", 7), ("two", "children", 2)) == [2, 7]


def test_the_attackers_killed_beside_their_victims_stay_apart():
    assert _tolls("Four villagers and six gunmen were killed in the raid on the market.",
                  ("Four", "villagers", 4), ("six", "gunmen", 6)) == [4, 6]


def test_a_breakdown_of_civilians_is_not_added_to_them():
    assert _tolls("The shelling killed five civilians, three women and two boys, in the square.",
                  ("five", "civilians", 5), ("three", "women", 3), ("two", "boys", 2)) == [2, 3, 5]


def test_some_of_them_are_no_group_of_their_own():
    assert _tolls("Nine civilians, four of them women, died when the shell hit the bus.",
                  ("Nine", "civilians", 9), ("four", "women", 4)) == [4, 9]


# A state's forces and those who fought them are two sides' dead, never one toll (round
# twogold37), however the victim classes read their nouns.

def test_police_and_intruders_stay_apart():
    assert _tolls("Three police commandos, 9 intruders died in the gunfight at the estate.",
                  ("Three", "commandos", 3), ("9", "intruders", 9)) == [3, 9]


def test_officers_and_members_of_an_armed_group_stay_apart():
    assert _tolls("Five police officers and 11 suspected members of an armed gang were killed "
                  "in the clashes.", ("Five", "officers", 5), ("11", "members", 11)) == [5, 11]


def test_security_guards_and_armed_men_stay_apart():
    assert _tolls("Two security guards and four armed men died when the depot was stormed.",
                  ("Two", "guards", 2), ("four", "men", 4)) == [2, 4]


def test_forces_of_one_side_still_add_up():
    assert _tolls("Two policemen and three soldiers were killed when the patrol was ambushed.",
                  ("Two", "policemen", 2), ("three", "soldiers", 3)) == [5]


def test_members_of_a_family_still_add_up_with_guards():
    assert _tolls("Two guards and four members of the family died in the blast.",
                  ("Two", "guards", 2), ("four", "members", 4)) == [6]


def test_pro_government_volunteers_add_up_with_soldiers():
    assert _tolls("A week earlier 21 defence volunteers and four soldiers were killed in an "
                  "ambush.", ("21", "volunteers", 21), ("four", "soldiers", 4)) == [25]
