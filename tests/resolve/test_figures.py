"""Figures: quantities from the seed articles, with bounds, counted noun and category."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.resolve.figures import parse_figures


def _triples(text: str) -> list[tuple]:
    return [(f.text, f.value, f.low, f.high, f.approx, f.counts, f.category)
            for f in parse_figures(text)]


CASES = [
    # "more than" is a lower bound, approximate; a list of figures each with its own noun
    ("Over the past two days, more than 800 militants, at least seven tanks, three armored "
     "infantry carries, 15 pickup trucks with heavy machineguns have been pulled",
     [("more than 800", 800, 800, None, True, "militants", "troops"),
      ("at least seven", 7, 7, None, False, "tanks", "equipment"),
      ("three", 3, 3, 3, False, "carries", "equipment"),
      ("15", 15, 15, 15, False, "trucks", "equipment")]),
    # "nearly" bounds from above, 10 % below at most; the head of a multi-word name phrase
    ("Russian Maj. Gen. Viktor Kupschishin told TASS state-run news that nearly 1,000 Jabhat "
     "al-Nusra fighters were a part of the build-up in western Syria.",
     [("nearly 1,000", 1000, 900, 1000, True, "fighters", "troops")]),
    # a "from 2-4" range: value is the low end
    ("terrorists are planning to use from 2-4 cars stuffed with explosives",
     [("from 2-4", 2, 2, 4, True, "cars", "equipment")]),
    # trucks in a humanitarian sentence are aid
    ("The United Nations provided humanitarian assistance to Idlib on Thursday via a convoy "
     "of 31 trucks, Middle East Monitor reported.",
     [("31", 31, 31, 31, False, "trucks", "aid")]),
    # casualty verb before the figure; displacement noun after; the year 2011 is not a figure
    ("intensifying violence that reportedly has killed more than 100 civilians and forced "
     "around 180,000 IDPs into secondary displacement.",
     [("more than 100", 100, 100, None, True, "civilians", "killed"),
      ("around 180,000", 180000, None, None, True, "IDPs", "displaced")]),
    ("Some 400,000 people have been killed because of the Syrian conflict that broke out in 2011.",
     [("Some 400,000", 400000, None, None, True, "people", "killed")]),
    # "Feb. 3" is a date, "five" is killed by the verb before it
    ("Syrian troops killed five Turkish soldiers and a civilian in Idlib on Feb. 3 as they "
     "closed in",
     [("five", 5, 5, 5, False, "soldiers", "killed")]),
    # "five others" borrows "troops"; each figure takes the casualty verb of its own clause
    ("“Five of our troops were killed and five others were injured in the shelling by the "
     "Syrian regime,” the Turkish Defense Ministry said on Monday",
     [("Five", 5, 5, 5, False, "troops", "killed"),
      ("five", 5, 5, 5, False, "troops", "injured")]),
    # targets stay targets next to "death"; "neutralized" means killed; equipment destroyed
    ("in response to the alleged death of Turkish soldiers, 115 regime targets have been "
     "struck, 101 regime soldiers have been neutralized (i.e. killed), and 3 tanks and 2 "
     "mortars have been destroyed",
     [("115", 115, 115, 115, False, "targets", "targets"),
      ("101", 101, 101, 101, False, "soldiers", "killed"),
      ("3", 3, 3, 3, False, "tanks", "equipment"),
      ("2", 2, 2, 2, False, "mortars", "equipment")]),
    # "5 killed and 5 injured Turkish soldiers": both count soldiers
    ("Nevertheless, 5 killed and 5 injured Turkish soldiers became the only real results",
     [("5", 5, 5, 5, False, "soldiers", "killed"),
      ("5", 5, 5, 5, False, "soldiers", "injured")]),
    # "14 dead and 45 injured": the noun comes from "the number of ... casualties"
    ("After the February 10 clashes, the official number of Turkish casualties in Idlib – "
     "14 dead and 45 injured.",
     [("14", 14, 14, 14, False, "casualties", "killed"),
      ("45", 45, 45, 45, False, "casualties", "injured")]),
    ("claiming that 400 Syrian personnel were killed and 900 others were injured",
     [("400", 400, 400, 400, False, "personnel", "killed"),
      ("900", 900, 900, 900, False, "personnel", "injured")]),
    # "between ... and ...", noun from "the number of Turkish troops"
    ("the number of Turkish troops and special forces personnel in the province is now "
     "between 2,500 and 3,000.",
     [("between 2,500 and 3,000", 2500, 2500, 3000, True, "troops", "troops")]),
    # partitive "units of military equipment"; model names are not figures
    ("Turkey deployed approximately 1,000 units of military equipment, including "
     "self-propelled howitzers, M06T and Leopard 2A4 battle tanks",
     [("approximately 1,000", 1000, None, None, True, "equipment", "equipment")]),
    ("with over 120 airstrikes on various positions",
     [("over 120", 120, 120, None, True, "airstrikes", "strikes")]),
    # vague plurals: literal minimum as value, bounds from the pack
    ("hundreds of thousands of civilians are now trying to flee the embattled province",
     [("hundreds of thousands", 200000, 200000, 999999, True, "civilians", "displaced")]),
    ("Idlib groups launched dozens of ATGM strikes.",
     [("dozens", 24, 24, 99, True, "strikes", "strikes")]),
    ("there were several thousand attacks in the last two months alone, in which hundreds of "
     "Syrian troops and civilians died.",
     [("several thousand", 3000, 3000, 9999, True, "attacks", "strikes"),
      ("hundreds", 200, 200, 999, True, "troops", "killed")]),
    ("it is hosting over 3 million Syrian refugees",
     [("over 3 million", 3e6, 3e6, None, True, "refugees", "displaced")]),
    # an area is a figure counting km2, category other
    ("withdraw from all the areas (in told over 2,000km2) retaken",
     [("over 2,000km2", 2000, 2000, None, True, "km2", "other")]),
    ("captured over a dozen of villages along the M5 highway, and advanced on Rashideen 4.",
     [("over a dozen", 12, 12, None, True, "villages", "other")]),
    ("At least 5 Turkish personnel were reportedly killed in the retaliatory strikes",
     [("At least 5", 5, 5, None, False, "personnel", "killed")]),
    # percentages count "%"; "up to" bounds from above
    ("up to 40 percent of the province", [("up to 40 percent", 40, None, 40, True, "%", "other")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_seed_figures(text: str, expected: list[tuple]) -> None:
    assert _triples(text) == expected


NOT_FIGURES = [
    # a year, a month-year, a day-month and a weekday date are not counts
    "despite government forces liberating the major northern city in December 2016, which",
    "the Syrian conflict that broke out in 2011.",
    "On February 10 and February 12, al-Qaeda forces",
    "killed in Idlib on Feb. 3",
    "The raid came on May 4, 2019 attacks followed.",  # a year closing a month-day date
    "Reported on Aug. 31, 2024 strikes resumed.",
    # road names, a place with a number, model numbers, ordinals, times
    "the Syrian Army standing on the M5 just a few kilometers away",
    "it needs to secure Rashideen 4, Khan Asal and several less important points",
    "self-propelled howitzers, M06T and Leopard 2A4 battle tanks",
    "the 12th brigade attacked at 10:30 local time",
    # durations are not reported quantities; a number word in a name
    "Over the past two days, troops moved",
    "Article written by Tyler Durden for Zero Hedge",
    # ages and durations hyphened to a noun describe it; an age after a name
    "a 48-year-old man lives in the village",  # (a victim of 1: test_figures_singular.py)
    "Both sides deny targeting civilians in the 14-month-old Russian invasion",
    "The deceased were identified as N Michael, 33, and M Khaba, 23, they added.",
    # a "one" that picks somebody out, or names a speaker, counts nothing
    "one of the injured is a member of the militia",
    "with one hospital saying so",
    # clock times written with a.m./p.m., a span of years, a long digit run
    "Raiders entered the camp at around 3 a.m., a farmer recalled.",
    "The blast came at about 6.40 am local time.",
    "Fighters arrived at roughly 11 P.M and left at dawn.",
    "He governed the province from 1994 to 2006.",
    "Between 2011 and 2016 the road was closed.",
    "The photo file 8812390045512.jpg was removed.",
    # two numbers joined by a slash name a shop, an attack or a schedule, not people
    "Wounded shoppers lay outside a wrecked 7/11 store after the blast.",
    "Guards were posted 24/7 at the gate where the injured waited.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(text: str) -> None:
    assert parse_figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Drone strike kills one, wounds six", [(1, "killed"), (6, "injured")]),
    ("confirmed one fatality in the strike", [(1, "killed")]),
    ("one more woman was killed in this city district", [(1, "killed")]),
    ("The attack ruined one building and damaged two others", [(1, "other"), (2, "other")]),
    # thousands grouped by spaces, as French and many African outlets write them
    ("attacks left nearly 4 000 people dead", [(4000, "killed")]),
    # a number word opening a line, after a photo credit on the line before
    ("Smoke rises over Donetsk. REUTERS/Kazbek Basayev\n\nFour civilians died in shelling",
     [(4, "killed")]),
])
def test_word_and_grouped_numbers(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.category) for f in parse_figures(text)] == expected


def test_offset_shifts_positions() -> None:
    # offsets point into the article: the figure text is found at start-offset..end-offset
    text = "Pro-government sources claimed that 40 militants were also killed"
    (fig,) = parse_figures(text, offset=100)
    assert (fig.start, fig.end) == (136, 138)
    assert text[fig.start - 100:fig.end - 100] == "40"


WORDS = st.sampled_from(["at", "least", "more", "than", "nearly", "some", "between", "and",
                         "hundreds", "of", "thousands", "dozen", "a", "five", "twenty", "-",
                         "killed", "injured", "soldiers", "tanks", "Feb.", "3", "2,500",
                         "1.5", "million", "up", "to", "M5", "2011", "%", "km2", "others",
                         ",", ".", "the", "number", "over", "several", "from", "2-4",
                         "including", "wounded", "captured", "units", "were", "missing", "UN",
                         "trucks", "aid", "among", "them", "fourteen", "dead", "nearly"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(WORDS, max_size=14).map(" ".join)),
       st.integers(min_value=0, max_value=10_000))
def test_properties(text: str, offset: int) -> None:
    # never raises; spans are in bounds and give back the text; bounds are ordered
    for f in parse_figures(text, offset):
        assert offset <= f.start < f.end <= offset + len(text)
        assert text[f.start - offset:f.end - offset] == f.text
        if f.value is not None:
            assert f.low is None or f.low <= f.value
            assert f.high is None or f.value <= f.high
        assert f.low is None or f.high is None or f.low <= f.high
        # a figure not marked approximate has its value as its lower bound
        assert f.approx or f.low == f.value
        assert f.category in {"killed", "injured", "displaced", "captured", "missing", "troops",
                              "equipment", "targets", "strikes", "aid", "other"}


def test_a_bracketed_acronym_inside_the_counted_name() -> None:
    # "(NPA)" belongs to the name; the counted noun is the fighters after it, killed as the
    # verb says, and the soldiers coordinated with them share that fate
    figs = parse_figures("Two army soldiers and four New People's Army (NPA) fighters have "
                         "been killed in a clash.")
    assert [(f.value, f.counts, f.category) for f in figs] == [
        (2, "soldiers", "killed"), (4, "fighters", "killed")]
