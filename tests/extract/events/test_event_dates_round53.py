"""Round dates53: the day the dead were found is not the day they were killed ("the bodies of
30 herders were found shot yesterday"), and a year a headline ranks its act against ("Deadliest
Raid Since 2016") is not the act's date."""

from __future__ import annotations

from datetime import date

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article

from .whole import dated_events


def _events(text: str, published: date = date(2019, 3, 11)) -> list:
    art = Article(id="t1", source="test", text=text, outlet="Test Wire", published=published,
                  published_precision="day")
    return analyse_batch([art])[0].events


def test_a_killing_told_as_how_bodies_were_found_takes_no_finding_day(nlp):
    text = ("The bodies of 30 herders were found shot or burned near the Syrian Army post "
            "on Sunday.")
    events = dated_events(nlp, text, [("Sunday", date(2019, 3, 10), "day")])
    assert all(e.date is None for e in events if e.trigger in ("shot", "burned")), events


def test_a_killing_below_found_bodies_takes_no_finding_day(nlp):
    text = "The Syrian Army found the bodies of six herders shot dead in a field on Monday."
    events = dated_events(nlp, text, [("Monday", date(2019, 3, 11), "day")])
    shot = next(e for e in events if e.trigger == "shot")
    assert shot.date is None


def test_a_killing_in_its_own_clause_keeps_its_day(nlp):
    """ "who were killed on Tuesday" tells the killing's day; "found and killed" is one act."""
    text = ("The Syrian Army recovered the bodies of 12 herders who were killed in the raid "
            "on Tuesday.")
    events = dated_events(nlp, text, [("Tuesday", date(2019, 3, 5), "day")])
    assert next(e for e in events if e.trigger == "killed").date == date(2019, 3, 5)
    text = ("A team of the Syrian Army has found \"convincing evidence\" that 90 herders - among "
            "them 30 children - were killed in the shelling on Friday.")
    events = dated_events(nlp, text, [("Friday", date(2019, 3, 8), "day")])
    assert next(e for e in events if e.trigger == "killed").date == date(2019, 3, 8)
    text = "The Syrian Army found and killed five gunmen near the river on Monday."
    events = dated_events(nlp, text, [("Monday", date(2019, 3, 11), "day")])
    assert next(e for e in events if e.trigger == "killed").date == date(2019, 3, 11)


def test_a_whole_page_dates_the_finding_not_the_killing():
    text = ("Bodies of herders found near Dorvel\n\nDORVEL -- The bodies of 30 herders were "
            "found shot in a ravine near Dorvel yesterday, officials said.")
    shot = next(e for e in _events(text) if e.trigger == "shot")
    assert shot.date is None


def test_a_headline_year_ranked_against_is_not_the_acts():
    text = ("About 40 Killed in Dorvel in Deadliest Raid Since 2016\n\nAbout 40 herders were "
            "killed in a raid on Dorvel on Friday night, officials said.")
    events = _events(text)
    title = next(e for e in events if e.trigger == "Killed")
    assert title.date is None or title.date.year == 2019
    body = next(e for e in events if e.trigger == "killed")
    assert body.date == date(2019, 3, 8)


def test_an_act_ranked_against_a_year_keeps_its_own_day():
    text = ("Gunmen killed 14 guards near Dorvel on Friday, the deadliest attack on the army "
            "since 2014, officials said.")
    killed = next(e for e in _events(text) if e.trigger == "killed")
    assert killed.date == date(2019, 3, 8)
