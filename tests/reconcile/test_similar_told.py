"""The wording pass reads the one incident an undated page can be of as all the pages that tell
it (issue 14, reconcile/similar.py `_best`'s `told`): a strike one dated page and several
undated reposts tell reads like the reposts, which a later undated repost of it resembles more
than the dated page. Between several candidates only the dated reports are read, and the page
itself never counts as a teller of its candidate."""

from __future__ import annotations

from fogofwar.reconcile import similar
from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef

from .helpers import SARAQIB


def _ref(aid: str) -> EventRef:
    return EventRef({"id": aid}, aid, aid, aid, None, None, "violence", SARAQIB)


#: u, a page with no date naming only the province, shares its words with the undated
#: reposts r1 and r2 of the strike, hardly with the dated page d that dated it
WORDS = {
    "u": frozenset({"missile", "centre", "peacekeeping", "instructors", "nine", "tweeted",
                    "sky", "close", "victims", "clarified"}),
    "d": frozenset({"strike", "mercenaries", "briefing", "verify", "convoys", "weapons",
                    "facility", "collapsed", "buildings", "shipments"}),
    "r1": frozenset({"centre", "peacekeeping", "instructors", "sky", "close", "launched",
                     "hospitals", "planes", "refugees", "lavra"}),
    "r2": frozenset({"victims", "clarified", "tweeted", "nine", "mourners", "church",
                     "portrait", "soldier", "pregnant", "sidewalk"}),
    "x": frozenset({"strike", "market", "stall", "shoppers", "vendors", "bread", "queue",
                    "flour", "trucks", "roundabout"}),
}
IDF = {w: 1.0 for ws in WORDS.values() for w in ws}


def _one_incident() -> tuple[list[EventRef], Forest, dict[int, set[str]]]:
    refs = [_ref("d"), _ref("r1"), _ref("r2"), _ref("u")]
    forest = Forest(4)
    forest.union(0, 1)
    forest.union(0, 2)
    return refs, forest, {forest.find(0): {"d", "r1", "r2"}}


def test_the_dated_page_alone_reads_too_little_like_the_undated_page():
    refs, forest, _ = _one_incident()
    assert similar._best("u", {3: [0]}, refs, forest, IDF, WORDS) is None


def test_the_one_incident_reads_as_its_undated_reposts_too():
    refs, forest, told = _one_incident()
    assert similar._best("u", {3: [0]}, refs, forest, IDF, WORDS, told) == forest.find(0)


def test_the_page_itself_is_no_teller_of_its_candidate():
    refs, forest, _ = _one_incident()
    told = {forest.find(0): {"d", "u"}}
    assert similar._best("u", {3: [0]}, refs, forest, IDF, WORDS, told) is None


def test_between_two_candidates_only_dated_reports_are_read():
    # another incident at the same place (a market strike, dated page x) also fits: the strike
    # whose reposts read like the page does not win by the pages it took in undated
    refs, forest, told = _one_incident()
    refs = [*refs, _ref("x")]
    forest = Forest(5)
    forest.union(0, 1)
    forest.union(0, 2)
    told = {forest.find(0): {"d", "r1", "r2"}, 4: {"x"}}
    assert similar._best("u", {3: [0, 4]}, refs, forest, IDF, WORDS, told) is None
