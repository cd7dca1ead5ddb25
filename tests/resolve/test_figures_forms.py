"""Figures: one row per form the figures issue (#6) lists, and the category of real seed
sentences. Seed sentences are quoted from src/fogofwar/data/demo; the others are realistic
sentences for forms the seeds do not contain."""

from __future__ import annotations

import pytest

from fogofwar.resolve.figures import parse_figures


def _rows(text: str) -> list[tuple]:
    return [(f.text, f.value, f.low, f.high, f.approx, f.counts, f.category)
            for f in parse_figures(text)]


FORMS = [
    # "nearly": just short of its number, 10 % below it at most (seed 001)
    ("Russian Maj. Gen. Viktor Kupschishin told TASS state-run news that nearly 1,000 Jabhat "
     "al-Nusra fighters were a part of the build-up in western Syria.",
     [("nearly 1,000", 1000, 900, 1000, True, "fighters", "troops")]),
    # "nearly" with a bare "units": hardware
    ("Turkey has sent nearly 1,000 units to Idlib since the start of February.",
     [("nearly 1,000", 1000, 900, 1000, True, "units", "equipment")]),
    # "some": approximate, unbounded both ways (seed 001)
    ("Some 400,000 people have been killed because of the Syrian conflict that broke out in 2011.",
     [("Some 400,000", 400000, None, None, True, "people", "killed")]),
    # "dozens" as a figure on its own and with "of" (seed 003; realistic)
    ("At the same time, Idlib groups launched dozens of ATGM strikes.",
     [("dozens", 24, 24, 99, True, "strikes", "strikes")]),
    ("Dozens of civilians were wounded in the airstrikes on Maarat al-Numan.",
     [("Dozens", 24, 24, 99, True, "civilians", "injured")]),
    # "hundreds of": tanks are equipment, personnel killed (seeds 002, 003)
    ("Turkey sent hundreds of tanks, armored personnel carriers and commandos to the Syrian "
     "province of Idlib",
     [("hundreds", 200, 200, 999, True, "tanks", "equipment")]),
    ("The Turkish Defense Ministry compensated setbacks on the ground with a powerful "
     "counter-attack on Twitter claiming hundreds of Syrian personnel killed.",
     [("hundreds", 200, 200, 999, True, "personnel", "killed")]),
    # "more than" and "at least" in one list (seed 001)
    ("“Over the past two days, more than 800 militants, at least seven tanks, three armored "
     "infantry carries, 15 pickup trucks with heavy machineguns have been pulled",
     [("more than 800", 800, 800, None, True, "militants", "troops"),
      ("at least seven", 7, 7, None, False, "tanks", "equipment"),
      ("three", 3, 3, 3, False, "carries", "equipment"),
      ("15", 15, 15, 15, False, "trucks", "equipment")]),
    # "between ... and ...": a range, value the low end (seed 004)
    ("According to local sources, the number of Turkish troops and special forces personnel in "
     "the province is now between 2,500 and 3,000.",
     [("between 2,500 and 3,000", 2500, 2500, 3000, True, "troops", "troops")]),
    # "14 dead and 45 injured" with and without a "number of" noun (seed 003; realistic)
    ("After the February 10 clashes, the official number of Turkish casualties in Idlib – "
     "14 dead and 45 injured.",
     [("14", 14, 14, 14, False, "casualties", "killed"),
      ("45", 45, 45, 45, False, "casualties", "injured")]),
    ("The car bomb in Azaz left 14 dead and 45 injured.",
     [("14", 14, 14, 14, False, None, "killed"), ("45", 45, 45, 45, False, None, "injured")]),
    # hyphenated number word, and a subset that shares the whole's category
    ("Twenty-five people were killed, including eight children.",
     [("Twenty-five", 25, 25, 25, False, "people", "killed"),
      ("eight", 8, 8, 8, False, "children", "killed")]),
    # "a dozen" is exact; "several thousand" a vague multiplier
    ("A dozen soldiers were wounded when the convoy was hit near Saraqib.",
     [("A dozen", 12, 12, 12, False, "soldiers", "injured")]),
    ("with Russia saying there were several thousand attacks in the last two months alone",
     [("several thousand", 3000, 3000, 9999, True, "attacks", "strikes")]),
    # "up to" and a million-scale "nearly"
    ("Up to 40 fighters were killed in the Russian airstrikes.",
     [("Up to 40", 40, None, 40, True, "fighters", "killed")]),
    ("Nearly 1 million people have fled toward the Turkish border since December.",
     [("Nearly 1 million", 1e6, 9e5, 1e6, True, "people", "displaced")]),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_forms(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


def _counted(text: str) -> list[tuple]:
    return [(f.text, f.counts, f.category) for f in parse_figures(text)]


CATEGORIES = [
    # seed 002: killed and injured in one quote; "others" borrows "troops"
    ("“Five of our troops were killed and five others were injured in the shelling by the "
     "Syrian regime,” the Turkish Defense Ministry said on Monday",
     [("Five", "troops", "killed"), ("five", "troops", "injured")]),
    # seed 002: passive with an agent
    ("A week ago, six Turkish troops were killed by Syrian artillery fire in an incident that "
     "Russia said was",
     [("six", "troops", "killed")]),
    # seed 003: two casualty adjectives sharing one noun
    ("Nevertheless, 5 killed and 5 injured Turkish soldiers became the only real results of the "
     "attack.",
     [("5", "soldiers", "killed"), ("5", "soldiers", "injured")]),
    # seed 003: "also" between the auxiliary and the verb
    ("Pro-government sources claimed that 40 militants were also killed, but this number "
     "remains unconfirmed.",
     [("40", "militants", "killed")]),
    # seed 002: the object of "killed"; the date "Feb. 3" is no figure
    ("since Syrian troops killed five Turkish soldiers and a civilian in Idlib on Feb. 3 as "
     "they closed in",
     [("five", "soldiers", "killed")]),
    # each verb governs its own object ("killed 14 ... and wounded 45")
    ("Syrian shelling killed 14 soldiers and wounded 45 others.",
     [("14", "soldiers", "killed"), ("45", "soldiers", "injured")]),
    ("The attack killed six and injured 12.", [("six", None, "killed"), ("12", None, "injured")]),
    # an elided noun is the previous figure's; each verb its own category
    ("The army said it had killed 10 militants, wounded 15 and captured 4.",
     [("10", "militants", "killed"), ("15", "militants", "injured"),
      ("4", "militants", "captured")]),
    ("Two soldiers were captured and three are missing after the ambush near Saraqib.",
     [("Two", "soldiers", "captured"), ("three", "soldiers", "missing")]),
    # a verb of the next figure does not belong to the one before
    ("Rebels destroyed 5 tanks and captured 3.",
     [("5", "tanks", "equipment"), ("3", "tanks", "captured")]),
    # an elided noun is not borrowed from equipment when no verb governs the number
    ("Russia said 3 jets struck the town and dozens were killed.",
     [("3", "jets", "equipment"), ("dozens", None, "killed")]),
    # an aside with "including" is read past; its figures share the whole's category
    ("16 people, including four children, were killed in the airstrike on Ariha.",
     [("16", "people", "killed"), ("four", "children", "killed")]),
    ("At least 20 people were killed, including 8 children and 4 women.",
     [("At least 20", "people", "killed"), ("8", "children", "killed"),
      ("4", "women", "killed")]),
    ("The strikes killed 7 civilians, among them 3 children.",
     [("7", "civilians", "killed"), ("3", "children", "killed")]),
    # other categories: displaced, captured, missing, troops, targets, strikes, equipment, aid
    ("Hundreds of families have fled their homes in southern Idlib.",
     [("Hundreds", "families", "displaced")]),
    ("At least 12 fighters were taken prisoner near Saraqib.", [("At least 12", "fighters",
                                                                 "captured")]),
    ("Three aid workers remain missing.", [("Three", "workers", "missing")]),
    ("Turkey has deployed some 7,000 troops and 2,000 military vehicles to Idlib.",
     [("some 7,000", "troops", "troops"), ("2,000", "vehicles", "equipment")]),
    ("Russian jets struck 25 targets in southern Idlib.", [("25", "targets", "targets")]),
    ("Russian aircraft carried out 22 sorties.", [("22", "sorties", "strikes")]),
    ("Thirty trucks carrying food aid crossed the border at Bab al-Hawa.",
     [("Thirty", "trucks", "aid")]),
]


@pytest.mark.parametrize(("text", "expected"), CATEGORIES)
def test_categories(text: str, expected: list[tuple]) -> None:
    assert _counted(text) == expected


def test_aid_context_is_the_sentence_not_the_article() -> None:
    # seed 001 mentions a UN aid convoy in one sentence and pickup trucks in another: parse
    # on a whole article, the pickups must stay equipment (regression, issue 6)
    text = ("The United Nations provided humanitarian assistance to Idlib on Thursday via a "
            "convoy of 31 trucks, Middle East Monitor reported. Over the past two days, 15 "
            "pickup trucks with heavy machineguns have been pulled to the front.")
    assert _counted(text) == [("31", "trucks", "aid"), ("15", "trucks", "equipment")]


def test_elided_noun_stays_in_its_sentence() -> None:
    # a bare number never borrows a noun from the sentence before
    text = "Turkey sent 300 soldiers to Idlib. On Monday, 12 were killed."
    assert _counted(text) == [("300", "soldiers", "troops"), ("12", None, "killed")]


@pytest.mark.parametrize("text", [
    "Shelling hit two displacement camps near the town on Friday.",
    "Gunmen attacked three refugee camps in the north.",
])
def test_a_count_of_camps_is_no_count_of_displaced_people(text: str) -> None:
    found = parse_figures(text)
    assert [(f.category, f.counts) for f in found] in ([("other", "camps")],)


def test_displaced_people_in_camps_are_still_counted() -> None:
    found = parse_figures("Some 3,000 people fled to the camps after the raid.")
    assert [(f.value, f.category) for f in found] == [(3000.0, "displaced")]
