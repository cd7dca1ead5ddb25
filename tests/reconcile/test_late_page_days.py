"""Pass 5 (reconcile/late.py `_within_page_days`): an undated page already tied to an incident
(its site's strike, dated from the incident) was written about then, so its other undated
reports may not pick an incident months away: "strikes on Thursday hit two schools" on a page
about an August school strike is not the Thursday of a February shooting in the same city."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.late import _within_page_days

from .helpers import SARAQIB


def _ref(aid: str, inherited: bool = False) -> EventRef:
    r = EventRef({"id": aid}, aid, aid, aid, None, None, "violence", SARAQIB)
    r.date_inherited = inherited
    return r


AUG = (date(2024, 8, 10), date(2024, 8, 10))
FEB = (date(2024, 2, 29), date(2024, 2, 29))


def _setup() -> tuple[list[EventRef], Forest, tuple]:
    # 0: the page's site report, tied to the August strike (root 2); 1: its "on Thursday"
    # report; 2: the August strike; 3: the February shooting
    refs = [_ref("p", inherited=True), _ref("p"), _ref("a"), _ref("f")]
    forest = Forest(4)
    forest.union(2, 0)
    mains = ({forest.find(2): AUG, 3: FEB}, {})
    return refs, forest, mains


def test_an_incident_months_from_the_pages_own_is_no_candidate():
    refs, forest, mains = _setup()
    assert _within_page_days({1: {3}}, refs, forest, mains) == {}


def test_the_pages_own_incident_stays_a_candidate():
    refs, forest, mains = _setup()
    root = forest.find(2)
    assert _within_page_days({1: {root, 3}}, refs, forest, mains) == {1: {root}}


def test_a_page_tied_to_nothing_keeps_its_candidates():
    refs, forest, mains = _setup()
    refs[0].date_inherited = False
    assert _within_page_days({1: {3}}, refs, forest, mains) == {1: {3}}
