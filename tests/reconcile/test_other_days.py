"""A report an incident holds whose own sentence tells of another day gives the incident no
figures: its toll is another attack's (round pairs40; reconcile/other_days.py). Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.other_days import other_day_reports
from fogofwar.reconcile.summary import summarise

from .helpers import SARAQIB

N = 0


def _ref(aid: str, sentence: str, day: date | None = None, *, inherited: date | None = None,
         figures: tuple[tuple[str, float], ...] = (), claimant: str | None = None) -> EventRef:
    global N
    N += 1
    figs = [{"text": f"{v:g}", "value": v, "low": None, "high": None, "approx": False,
             "counts": "people", "category": c} for c, v in figures]
    when = day or inherited
    event = {"id": f"{aid}:e{N}", "type": "ASSAULT", "mode": None, "actor": None,
             "target": None, "place": SARAQIB, "date": day.isoformat() if day else None,
             "date_precision": "day" if day else None, "figures": figs,
             "claim_id": f"{aid}:c{N}", "sentence": sentence, "negated": False,
             "hypothetical": False}
    return EventRef(event=event, article_id=aid, origin=aid, claimant=claimant or aid,
                    side=None, window=(when, when) if when else None, group="violence",
                    place=SARAQIB, date_inherited=inherited is not None)


STRIKE = date(2021, 9, 14)


def _dated_pages(*extra: EventRef) -> list[EventRef]:
    return [_ref("p1", "Jets struck the bakery on Tuesday, killing 30 people.", STRIKE,
                 figures=(("killed", 30),)),
            _ref("p2", "The raid on the bakery on Tuesday left 31 people dead.", STRIKE,
                 figures=(("killed", 31),)),
            *extra]


def test_an_undated_page_s_report_of_a_day_weeks_before_gives_no_figures():
    old = _ref("p3", "On August 20, a drone hit a wedding party in the same town, killing "
                     "six guests, elders said.", inherited=STRIKE, figures=(("killed", 6),))
    news = _ref("p3", "The bakery strike killed 29, the elders said.", inherited=STRIKE,
                figures=(("killed", 29),))
    apart = other_day_reports(_dated_pages(old, news))
    assert old.event_id in apart
    assert news.event_id not in apart


def test_a_day_named_within_the_week_before_is_kept():
    near = _ref("p3", "The strike that hit the bakery on September 12 killed 29, elders "
                      "said.", inherited=STRIKE, figures=(("killed", 29),))
    assert other_day_reports(_dated_pages(near)) == frozenset()


def test_a_weekday_alone_is_no_other_day():
    said = _ref("p3", "The governor said on Friday that 33 people had died in the raid.",
                inherited=STRIKE, figures=(("killed", 33),))
    assert other_day_reports(_dated_pages(said)) == frozenset()


def test_a_dated_page_s_report_two_days_before_its_strike_gives_no_figures():
    before = _ref("p3", "Shelling on Sunday killed four farmers near the town.",
                  date(2021, 9, 12), figures=(("killed", 4),))
    news = _ref("p3", "Jets hit the bakery on Tuesday, killing 30.", STRIKE,
                figures=(("killed", 30),))
    apart = other_day_reports(_dated_pages(before, news))
    assert apart == {before.event_id}


def test_the_day_before_gives_no_figures_only_when_no_other_page_s_count_fits():
    evening = _ref("p3", "A rocket fired at the border post on Monday evening killed one "
                         "guard.", date(2021, 9, 13), figures=(("killed", 1),))
    news = _ref("p3", "The bakery was hit on Tuesday, killing 30.", STRIKE,
                figures=(("killed", 30),))
    assert other_day_reports(_dated_pages(evening, news)) == {evening.event_id}
    late = _ref("p4", "Jets struck the bakery late on Monday, killing 30 people.",
                date(2021, 9, 13), figures=(("killed", 30),))
    told = _ref("p4", "Officials on Tuesday gave the toll of the bakery raid as 30.", STRIKE,
                figures=(("killed", 30),))
    assert other_day_reports(_dated_pages(late, told)) == frozenset()


def test_a_day_after_the_strike_is_kept():
    later = _ref("p3", "On Wednesday the toll of the bakery raid rose to 35.",
                 date(2021, 9, 15), figures=(("killed", 35),))
    news = _ref("p3", "Jets hit the bakery on Tuesday, killing 30.", STRIKE,
                figures=(("killed", 30),))
    assert other_day_reports(_dated_pages(later, news)) == frozenset()


def test_the_incident_lists_no_row_nor_dispute_of_the_other_day_s_toll():
    old = _ref("p3", "On August 20, a drone hit a wedding party in the same town, killing "
                     "six guests, elders said.", inherited=STRIKE, figures=(("killed", 6),),
               claimant="elders")
    out = summarise("inc-x", _dated_pages(old))
    assert "p3" in out["articles"]
    assert old.event_id in out["events"]
    assert all(row["claimant"] != "elders" for row in out["figures"])
    assert not any("elders" in c["claimants"] for c in out["contradictions"])
