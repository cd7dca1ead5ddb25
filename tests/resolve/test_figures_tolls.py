"""Toll vocabulary (issue 14): every way a report states a death or injury toll lands in the
right category with its bounds, so two claimants' tolls meet in one category. Sentences are
realistic forms of wire copy, not quotations of any dev-set article."""

from __future__ import annotations

import pytest

from fogofwar.resolve.figures import parse_figures


def _rows(text: str) -> list[tuple]:
    return [(f.text, f.low, f.high, f.category) for f in parse_figures(text)]


TOLLS = [
    # an estimate that is a range keeps both ends
    ("An estimated 100 to 300 people were killed in the blast.",
     [("An estimated 100 to 300", 100, 300, "killed")]),
    ("Officials gave an estimated 100 to 300 killed.",
     [("an estimated 100 to 300", 100, 300, "killed")]),
    # a bare estimate stays unbounded both ways
    ("An estimated 400 people died.", [("An estimated 400", None, None, "killed")]),
    # "toll" alone is a death toll, with or without "death"
    ("The toll climbed to 62 on Saturday.", [("62", 62, 62, "killed")]),
    # a toll said to pass a value, however far back its subject names the dead (disputes24)
    ("A doctor said the death toll from Friday's raid on the camp could be higher than 70.",
     [("higher than 70", 70, None, "killed")]),
    ("The number of dead from the ambush may be greater than 18, residents said.",
     [("greater than 18", 18, None, "killed")]),
    ("The toll from the market bombing on Tuesday could exceed 40.", [("40", 40, 40, "killed")]),
    ("The death toll rose to 50.", [("50", 50, 50, "killed")]),
    ("The ministry put the death toll at 25.", [("25", 25, 25, "killed")]),
    ("It was a toll of at least 471, the ministry said.", [("at least 471", 471, None, "killed")]),
    # "the number of dead / injured rose to"
    ("The number of dead rose to 47, officials said.", [("47", 47, 47, "killed")]),
    ("The number of injured rose to 109.", [("109", 109, 109, "injured")]),
    ("The number of people killed in the attack climbed to 59.", [("59", 59, 59, "killed")]),
    # nouns that are the category themselves
    ("Authorities reported 25 fatalities and 40 wounded.",
     [("25", 25, 25, "killed"), ("40", 40, 40, "injured")]),
    ("Rescuers recovered 12 bodies from the rubble.", [("12", 12, 12, "killed")]),
    ("At least 40 lives were lost.", [("At least 40", 40, None, "killed")]),
    # participles of the casualty verbs
    ("The strike hit the square, killing at least 53 people and wounding more than 100.",
     [("at least 53", 53, None, "killed"), ("more than 100", 100, None, "injured")]),
    ("The blast killed 21 and injured 40 others.",
     [("21", 21, 21, "killed"), ("40", 40, 40, "injured")]),
    # an earlier value ("up from") is the same toll, not a stray number
    ("The death toll has risen to 51, up from 30 on Friday.",
     [("51", 51, 51, "killed"), ("30", 30, 30, "killed")]),
    ("Fifty people have died, the health ministry said, up from 30 earlier.",
     [("Fifty", 50, 50, "killed"), ("30", 30, 30, "killed")]),
    # a dead/wounded split
    ("The ministry said 471 people were killed and 342 wounded.",
     [("471", 471, 471, "killed"), ("342", 342, 342, "injured")]),
    # "martyred" / "martyrs" are deaths in the wording of one side's media
    ("At least 100 Palestinians were martyred in the massacre.",
     [("At least 100", 100, None, "killed")]),
    ("The shelling caused at least 100 martyrs.", [("at least 100", 100, None, "killed")]),
    # equipment lost is not a death toll
    ("The brigade lost 5 tanks.", [("5", 5, 5, "equipment")]),
]


@pytest.mark.parametrize(("text", "expected"), TOLLS)
def test_toll_forms(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected



SUBJECTS = [
    # the toll is the subject, the number far after it (issue 14: tolls that met no category)
    ("The death toll from a missile strike on an apartment building in Dnipro has risen to 35.",
     [("35", 35, 35, "killed")]),
    ("The number of people injured in Saturday's attack on the market stood at 62.",
     [("62", 62, 62, "injured")]),
    # the counted noun closes a list of groups
    ("At least 19 Hamas and Islamic Jihad militants were killed in the strike.",
     [("At least 19", 19, None, "killed")]),
    # a list member with its own casualty word is no part of the figure before it
    ("As of the morning of January 15, 21 people were killed, including 1 child, 73 people "
     "were injured.",
     [("21", 21, 21, "killed"), ("1", 1, 1, "killed"), ("73", 73, 73, "injured")]),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_toll_subjects_and_list_members(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


COORDINATED = [
    # a list of people counts shares the verb that closes it (issue 14: "two generals and up
    # to 50 officers ... were destroyed", the attacker's figure for a strike's dead)
    ("Two commanders and up to 40 officers of the brigade as well as 15 foreign advisers who "
     "attended the meeting were destroyed.",
     [("Two", 2, 2, "killed"), ("up to 40", None, 40, "killed"), ("15", 15, 15, "killed")]),
    ("Five soldiers and three civilians were killed in the shelling.",
     [("Five", 5, 5, "killed"), ("three", 3, 3, "killed")]),
    ("Nine adults and two girls were wounded.",
     [("Nine", 9, 9, "injured"), ("two", 2, 2, "injured")]),
    # the next figure names no people of its own: the first keeps its category
    ("The army deployed 4,000 troops and 12 were killed.",
     [("4,000", 4000, 4000, "troops"), ("12", 12, 12, "killed")]),
    # "destroyed" says killed of troops only, not of people whose homes were destroyed
    ("The shelling left 40 families whose homes were destroyed.",
     [("40", 40, 40, "other")]),
    # hardware keeps its own category whatever the verb
    ("Forces destroyed 7 tanks and 2 howitzers.",
     [("7", 7, 7, "equipment"), ("2", 2, 2, "equipment")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_coordinated_counts_share_their_fate(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


MORE_TOLLS = [
    # "claimed the lives of" states a death toll
    ("The strike claimed the lives of 14 people.", [("14", 14, 14, "killed")]),
    # a village's population is no toll, whatever casualty word the sentence has
    ("In all, 40 people died in a village with a population of 250.",
     [("40", 40, 40, "killed"), ("250", 250, 250, "other")]),
]


def test_a_towns_population_named_after_a_toll_is_no_toll() -> None:
    # "the death toll in the town of about 8,200 residents": the town's people, not its dead
    rows = _rows("The death toll in the hill town of about 8,200 residents rose after three "
                 "more bodies were found, the mayor said.")
    assert ("about 8,200", None, None, "other") in rows
    assert ("three", 3, 3, "killed") in rows


@pytest.mark.parametrize(("text", "expected"), MORE_TOLLS)
def test_lives_claimed_and_populations(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize("text, rows", [
    # a part set off by commas ("3 of them women") takes the whole's fate, and the whole reads
    # its casualty word past the aside
    ("Nine residents, two of them children, were killed and another 40 residents, 11 of them "
     "women and 3 minors, were badly wounded.",
     [("Nine", 9, 9, "killed"), ("two", 2, 2, "killed"), ("40", 40, 40, "injured"),
      ("11", 11, 11, "injured"), ("3", 3, 3, "injured")]),
    ("Twelve people, four of whom were children, died in the fire.",
     [("Twelve", 12, 12, "killed"), ("four", 4, 4, "killed")]),
])
def test_a_partitive_aside_is_part_of_the_figure_before_it(text, rows):
    assert _rows(text) == rows
