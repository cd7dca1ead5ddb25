"""A number after a date is a further day only when nothing says it counts something
(issue 14: "As of January 15, 21 people were killed" dated the toll to the 21st)."""

from __future__ import annotations

from datetime import date

import pytest

from fogofwar.resolve import resolve_dates

PUBLISHED = date(2023, 1, 16)


@pytest.mark.parametrize(("text", "days"), [
    ("As of the morning of January 15, 21 people were killed.", [15]),      # a count
    ("Strikes on January 10, 11 and 12 hit the city.", [10, 11, 12]),       # a list of days
    ("Strikes on January 10, 12 near the city.", [10, 12]),                 # day, then place
    ("Strikes on January 10 and 12 in the city.", [10, 12]),
])
def test_days_after_a_date(text, days):
    assert [r.value.day for r in resolve_dates(text, PUBLISHED)] == days


@pytest.mark.parametrize(("text", "reporting"), [
    ("As of the morning of January 15, 21 people were killed.", True),   # when counted
    ("The strike on January 14 killed 21 people.", False),               # when it happened
])
def test_reporting_time(text, reporting):
    from fogofwar.resolve.dates import is_reporting_time

    (ref,) = resolve_dates(text, PUBLISHED)
    assert is_reporting_time(text, ref) is reporting


@pytest.mark.parametrize(("text", "days", "weekdays"), [
    ("the January 14 Russian missile attack", {(1, 14)}, set()),
    ("on 10 Feb. and March 3", {(2, 10), (3, 3)}, set()),
    ("survivors said on Friday", set(), {4}),
    ("the may be a date", set(), set()),  # a lower-case "may" is no month
    # the day an operation began is no clue to the day of what the page reports from it
    ("were found in the hills during an offensive against the rebels, launched on March 3",
     set(), set()),
    ("the rebels have held the pass since March 3 and shelled it on Friday", set(), {4}),
    ("the army launched the offensive on March 3", {(3, 3)}, set()),
    # ordinals name the day too
    ("The June 2nd shelling left the market in ruins", {(6, 2)}, set()),
    ("a car bomb on the 14th of August", {(8, 14)}, set()),
    # a mourning for the victims names its own day, not the attack's; a possessive day there is
    # the attack's; an attack on mourners keeps its day
    ("Relatives buried the victims of the ambush on Thursday in the village cemetery.",
     set(), set()),
    ("Hundreds of mourners held a vigil on July 9 for the victims of the raid.", set(), set()),
    ("The victims of Monday's raid were laid to rest on Tuesday.", set(), {0}),
    ("A gunman opened fire on mourners at a funeral on Saturday.", set(), {5}),
])
def test_calendar_clues_without_a_year(text, days, weekdays):
    from fogofwar.resolve.dates import calendar_clues

    assert calendar_clues(text) == (days, weekdays)


@pytest.mark.parametrize(("sentence", "only"), [
    ("Crowds gathered in the square on Sunday, June 2, to mourn the victims of the blast "
     "days earlier.", True),
    ("The victims of Thursday's ambush were buried on Friday.", False),
    ("Gunmen killed five people on Tuesday, police said.", False),
])
def test_a_mourning_names_only_its_own_day(sentence, only):
    from fogofwar.resolve.dates import mourning_day_only

    assert mourning_day_only(sentence) is only


@pytest.mark.parametrize(("text", "spoken", "weekdays_or_days"), [
    ("At least 43 commandos were killed in the clash, officials said Monday.", True, {0}),
    ("At least 43 commandos were killed in the clash, officials said Monday.", False, set()),
    ("Up to 500 people were killed, the United Nations said on Monday.", False, set()),
    ("A U.N. rights agency on Monday said up to 500 people were killed.", False, set()),
    ("Hundreds died at the weekend, the radio reported Dec. 19.", False, set()),
    ("Hundreds died at the weekend, the radio reported Dec. 19.", True, {(12, 19)}),
    ("The army attacked the town on Monday, said a spokesman.", False, {0}),
    ("Rebels attacked the town on Monday, officials said.", False, {0}),
    ("Officials said Monday's attack on the convoy killed 43 commandos.", False, {0}),
])
def test_a_day_hung_on_a_reporting_verb_is_the_sayings(text, spoken, weekdays_or_days):
    from fogofwar.resolve.dates import calendar_clues

    days, weekdays = calendar_clues(text, spoken=spoken)
    assert days | weekdays == weekdays_or_days
