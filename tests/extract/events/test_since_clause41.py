"""Round undated41: the date of a "since" clause dates no event outside it, also when the
clause's verb hands the date to an infinitive or gerund ("since the army began fighting them
in 2016") and when the ranked noun's phrase is long ("the first serious clash between A and B
since ..."). Whole-pipeline runs on invented sentences."""

from __future__ import annotations

from datetime import date

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article

VIOLENCE = ("FIGHT", "ASSAULT")


def _events(text: str) -> list:
    art = Article(id="t1", source="test", text=text, outlet="Test Wire",
                  published=date(2023, 3, 8), published_precision="day")
    return [e for e in analyse_batch([art])[0].events if e.type in VIOLENCE]


def _dated(events: list, trigger: str) -> list:
    return [(e.trigger, e.date) for e in events if e.trigger == trigger]


def test_a_long_ranked_noun_keeps_the_since_clause_s_month_off_the_encounter():
    events = _events("It was the first major encounter between the Kavari militia and "
                     "government forces since the two sides signed a truce in March 2019.")
    found = _dated(events, "encounter")
    assert found and all(d is None or d.year != 2019 for _, d in found), found


def test_a_since_clause_s_gerund_hands_its_year_to_no_event_outside():
    events = _events("The ambush was the deadliest on the Dorvel army since the troops began "
                     "fighting the insurgents in 2016.")
    found = _dated(events, "ambush")
    assert found and all(d is None or d.year != 2016 for _, d in found), found
