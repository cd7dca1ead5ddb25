"""Issue 14 (pass 5): a weekday alone fits no incident whose reports agree only on a whole
week. Every weekday falls once in seven days, so "on Thursday" is no evidence for an incident
dated only to the week of 10-16 February; a report dated to three days of that week still
takes the one Thursday among them."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.late import join_undated

from .helpers import IDLIB_GOV


def _ref(aid: str, window: tuple[date, date] | None) -> EventRef:
    ref = EventRef({"id": aid, "sentence": "Gunmen raided a border post."}, aid, aid, aid, None,
                   window, "violence", IDLIB_GOV)
    if window is None:
        ref.article_weekdays = frozenset({3})  # "on Thursday"
    return ref


def _joins(first: date, last: date) -> bool:
    """Whether an undated "on Thursday" report at the province joins the one dated report
    there, dated only to the days first..last."""
    refs = [_ref("d", (first, last)), _ref("u", None)]
    forest = Forest(len(refs))
    join_undated(refs, forest)
    return forest.find(1) == forest.find(0)


def test_a_weekday_does_not_pick_an_incident_dated_only_to_a_whole_week():
    assert not _joins(date(2020, 2, 10), date(2020, 2, 16))  # Monday to Sunday


def test_a_weekday_still_picks_the_one_day_it_names_in_a_few_days():
    assert _joins(date(2020, 2, 12), date(2020, 2, 14))  # Wednesday to Friday: Thursday 13th
