"""A repeat that says when dates the mention it repeats (round undated29).

A lede often tells the toll of "a rocket attack" with no day, and a later sentence names it
again with one ("The strikes on Saturday night ... scattered debris"). That later mention adds
no actor, target, place or figure, so it is dropped as the same occurrence again
(`carry.without_repeats`), and with it the only day the page gave the attack. Its day now goes
to the earlier undated mentions of its kind. Invented sentences of a fictional wire.
"""

from __future__ import annotations

from datetime import date

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article

MONDAY = date(2024, 3, 11)


def _events(*paragraphs: str) -> list:
    text = "\n\n".join(paragraphs)
    art = Article(id="t1", source="test", text=text, outlet="Test Wire", published=MONDAY,
                  published_precision="day")
    return analyse_batch([art])[0].events


LEDE = ("The town of Brovary has declared two days of mourning for the 12 people killed in a "
        "rocket attack, officials said.")


def _lede(events: list):
    return next(e for e in events if e.sentence == LEDE and e.type == "ASSAULT")


def test_the_strikes_on_saturday_night_date_the_lede():
    events = _events("Town mourns victims of rocket attack", LEDE,
                     "The strikes on Saturday night in the home town of the regional governor "
                     "scattered debris across a crowded district.")
    lede = _lede(events)
    assert (lede.date, lede.date_precision) == (date(2024, 3, 9), "day")


def test_a_day_before_the_noun_dates_the_lede():
    events = _events("Town mourns victims of rocket attack", LEDE,
                     "The March 9 strike scattered debris across a crowded district.")
    assert _lede(events).date == date(2024, 3, 9)


def test_the_day_of_a_reaction_to_the_attack_is_not_the_attacks():
    # "on Monday" may hang from "condemned": the day of the condemning
    events = _events("Town mourns victims of rocket attack", LEDE,
                     "The governor condemned the attack on Monday and asked for more air "
                     "defence.")
    assert _lede(events).date is None


def test_no_day_is_given_when_the_page_dates_that_kind_otherwise():
    events = _events("Shelling hits frontline town",
                     "Four people were killed when shells hit a market in the town of Dorvel "
                     "on Saturday, the governor said. Two more were killed in a shelling of "
                     "the same town.",
                     "The shelling on Sunday destroyed a school.")
    killed = [e for e in events if e.trigger == "killed"]
    assert killed and all(e.date == date(2024, 3, 9) for e in killed)


def test_a_repeat_the_parse_leaves_without_a_verb_still_dates_the_lede():
    # "scattered" read as an adjective leaves "The strikes" the sentence's root: its phrase's
    # day is still its own
    events = _events("Town mourns victims of rocket attack", LEDE,
                     "The strikes on Saturday night in the home town of the regional governor "
                     "scattered shrapnel in a densely built district.")
    assert _lede(events).date == date(2024, 3, 9)
