"""A background member (a day its page recalls, not reports) dates an incident only when the
incident has no report of its own (issue 14): a page on a border raid that adds "the raid was
the deepest since the last of the two countries' wars in 1965" may leave that recalled war in
the raid's incident, but 1965 is not the raid's day, nor the day later undated reports of the
raid are matched against. Hand-written events, not copies of any report."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incident_days import main_days
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.summary import incident_dates

from .helpers import SARAQIB

RAID = "Jets struck a camp near the border town before dawn on Tuesday, the army said."
WAR = "The raid was the deepest since the last of the two countries' wars in 1965."
RAID_DAY = (date(2024, 5, 14), date(2024, 5, 14))
WAR_DAY = (date(1965, 9, 1), date(1965, 9, 1))


def _ref(eid: str, sentence: str, window, background: bool = False) -> EventRef:
    r = EventRef({"id": eid, "type": "ASSAULT", "sentence": sentence}, "a1", "a1", "a1", None,
                 window, "violence", SARAQIB)
    r.background = background
    return r


def test_a_recalled_war_does_not_date_the_raid_it_joined():
    refs = [_ref("e0", RAID, RAID_DAY), _ref("e1", WAR, WAR_DAY, background=True)]
    assert incident_dates(refs) == ("2024-05-14", "2024-05-14")


def test_an_incident_only_recalled_keeps_its_recalled_day():
    assert incident_dates([_ref("e1", WAR, WAR_DAY, background=True)]) == (
        "1965-09-01", "1965-09-01")


def test_the_raids_main_day_ignores_the_recalled_war():
    # two recalled mentions outvote the one report by count; they still do not count
    refs = [_ref("e0", RAID, RAID_DAY), _ref("e1", WAR, WAR_DAY, background=True),
            _ref("e2", WAR, WAR_DAY, background=True), _ref("e3", WAR, WAR_DAY, background=True)]
    forest = Forest(4)
    for i in (1, 2, 3):
        forest.union(0, i)
    tight, _ = main_days(refs, forest)
    assert tight == {forest.find(0): RAID_DAY}


def test_a_recalled_only_incident_keeps_its_main_day():
    refs = [_ref("e1", WAR, WAR_DAY, background=True)]
    tight, _ = main_days(refs, Forest(1))
    assert tight == {0: WAR_DAY}


def test_a_recalled_wars_year_is_not_continued_to_the_raid_beside_it():
    from fogofwar.reconcile.context import paragraph_context

    text = RAID + " " + WAR
    claim = {"id": "c0", "start": 0, "end": len(text)}
    events = [{"id": "e0", "type": "ASSAULT", "claim_id": "c0", "sentence": WAR, "date": None},
              {"id": "e1", "type": "FIGHT", "claim_id": "c0", "sentence": WAR,
               "date": "1965-01-01", "date_precision": "year", "background": True}]
    filled = paragraph_context({"text": text, "events": events}, {"c0": claim})
    assert (filled.get("e0") or (None, None))[1] is None
    # a reported neighbour's day still is
    events[1]["background"] = False
    assert paragraph_context({"text": text, "events": events}, {"c0": claim})["e0"][1] == (
        "1965-01-01", "year")


def test_an_incident_of_undated_reports_keeps_its_recalled_main_day():
    # undated reports give the incident no day of their own: the recalled war still dates
    # what later undated reports are matched against (guard, round undated29), so it does
    # not become a dayless incident any undated report of its place could join
    refs = [_ref("e0", RAID, None), _ref("e1", WAR, WAR_DAY, background=True)]
    forest = Forest(2)
    forest.union(0, 1)
    tight, _ = main_days(refs, forest)
    assert tight == {forest.find(0): WAR_DAY}
    # the summary still does not call the raid's incident a 1965 one
    assert incident_dates(refs) == (None, None)
