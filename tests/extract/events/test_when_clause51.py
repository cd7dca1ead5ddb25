"""Round opened51: a "when" clause told of a date ("It has been twenty years since 4 March 2003,
when militiamen opened fire ...") dates the events inside it, though "since" makes the date a
state's start (or a point of comparison) for the rest of the sentence; events outside the
clause keep their own dates. Whole-pipeline runs on invented sentences."""

from __future__ import annotations

from datetime import date

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article

VIOLENCE = ("FIGHT", "ASSAULT")


def _events(text: str) -> list:
    art = Article(id="t1", source="test", text=text, outlet="Test Wire",
                  published=date(2023, 3, 8), published_precision="day")
    return [e for e in analyse_batch([art])[0].events if e.type in VIOLENCE]


def _dates(events: list, trigger: str) -> list:
    return [e.date for e in events if e.trigger == trigger]


def test_an_anniversary_lede_s_when_clause_takes_the_day_since_names():
    events = _events("It has been twenty years since 4 March 2003, when militiamen opened fire "
                     "on a funeral procession in the town of Korvan, killing 31 mourners.")
    assert _dates(events, "opened fire") == [date(2003, 3, 4)], events
    assert _dates(events, "killing") == [date(2003, 3, 4)], events


def test_a_when_clause_after_a_ranked_since_dates_the_earlier_killing():
    events = _events("The raid was the worst in the Dorvel valley since April 2014, when 15 "
                     "soldiers were killed in an ambush near Tessal.")
    found = _dates(events, "killed")
    assert found and all(d == date(2014, 4, 1) for d in found), events


def test_a_when_clause_after_a_year_dates_its_own_act_only():
    events = _events("The province has suffered unrest since 2012, when rebels attacked the "
                     "northern towns. On Monday gunmen shelled the market in Varno.")
    assert _dates(events, "attacked") == [date(2012, 1, 1)], events
    assert _dates(events, "shelled") == [date(2023, 3, 6)], events


def test_a_when_clause_of_a_stretch_s_start_leaves_the_tally_s_event_undated():
    # the operations carry the deaths counted since their start: no one day's event
    events = _events("This brought the number of deaths to 4,100 since 12 May 2022, when the "
                     "army started its military operations against the rebels in the Korvan "
                     "hills.")
    found = [e for e in events if any(f.value == 4100 for f in e.figures)]
    assert found and all(e.date is None for e in found), events
