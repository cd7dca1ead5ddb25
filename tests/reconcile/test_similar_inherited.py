"""The wording pass reads a report that took its date from an incident as a candidate like a
dated one (issue 14, reconcile/similar.py): an undated page whose own place does not reach the
dated pages of a strike (its town misread 45 km off) may meet, in the province, the reports of
another undated page that had joined that strike, and join it by their shared wording."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile import similar
from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef

from .helpers import IDLIB_GOV, JISR, SARAQIB

DAY = (date(2020, 2, 10), date(2020, 2, 10))


def _ref(aid: str, place: dict, window=None, words=()) -> EventRef:
    return EventRef({"id": f"{aid}:e1", "sentence": f"{aid} said"}, aid, aid, aid, None, window,
                    "violence", place, words=frozenset(words))


#: the dated page d tells a depot strike in its town; the undated page r1 told the same strike
#: in its province and joined it by its wording; the undated page r2 (placed 45 km off) reads
#: like r1, hardly like d
BAKERY = {"bakery", "queue", "flour", "twenty", "eight", "mourning", "rubble", "rescuers"}


def _corpus(inherited: bool) -> tuple[list[EventRef], Forest]:
    refs = [_ref("d", SARAQIB, DAY, {"strike", "convoy", "depot", "shells", "column"}),
            _ref("r1", IDLIB_GOV, None, BAKERY | {"depot"}),
            _ref("r2", JISR, None, BAKERY | {"governor"})]
    refs += [_ref(f"o{n}", SARAQIB, DAY, {"other", "story", f"w{n}"}) for n in range(6)]
    forest = Forest(len(refs))
    if inherited:
        forest.union(0, 1)
        refs[1].date_inherited = True
    return refs, forest


def test_an_undated_page_meets_the_one_that_joined_the_strike():
    refs, forest = _corpus(inherited=True)
    similar.join_by_text(refs, forest)
    assert forest.find(2) == forest.find(0)
    assert refs[2].date_inherited


def test_with_no_page_joined_there_is_nothing_to_meet():
    refs, forest = _corpus(inherited=False)
    refs[1].place = None  # r1 has no place: it cannot join, nor be met
    similar.join_by_text(refs, forest)
    assert forest.find(2) != forest.find(0)


def test_an_incident_sharing_a_page_with_the_best_is_no_rival_of_it():
    # u reads like incident A (dated d, and the undated page p that joined it) and nearly as
    # much like B, which holds another of p's reports and an unrelated dated page q: p tells
    # both, so B is the same story, not a rival that would leave u alone on a near tie
    words = {"u": frozenset({"tent", "camp", "fire", "displaced", "rafah", "night"}),
             "d": frozenset({"tent", "camp", "fire", "strike"}),
             "p": frozenset({"displaced", "rafah", "night", "tent"}),
             "q": frozenset({"rafah", "crossing", "trucks"})}
    idf = {w: 1.0 for ws in words.values() for w in ws}
    refs = [_ref("d", SARAQIB, DAY), _ref("p", SARAQIB), _ref("p", SARAQIB),
            _ref("q", SARAQIB, DAY), _ref("u", SARAQIB)]
    forest = Forest(5)
    forest.union(0, 1)
    forest.union(3, 2)
    refs[1].date_inherited = refs[2].date_inherited = True
    best = similar._best("u", {4: [0, 1, 2, 3]}, refs, forest, idf, words)
    assert best == forest.find(0)


def test_a_page_joined_undated_chains_no_two_incidents_into_one_story():
    # u reads most like A (dated d and the undated page p that joined it); p's other report sits
    # in B with the dated page e, whose other report is in C, a bigger incident of another
    # month: through p, A and C would be one story and u would join C, the one with most pages
    words = {"u": frozenset({"tent", "camp", "fire", "displaced", "rafah", "night"}),
             "d": frozenset({"tent", "camp", "fire", "strike"}),
             "p": frozenset({"displaced", "rafah", "night", "tent"}),
             "e": frozenset({"jabalia", "crater", "rafah"}),
             "f": frozenset({"jabalia", "crater"}), "g": frozenset({"jabalia", "toll"}),
             "h": frozenset({"jabalia", "blocks"})}
    idf = {w: 1.0 for ws in words.values() for w in ws}
    refs = [_ref("d", SARAQIB, DAY), _ref("p", SARAQIB), _ref("p", SARAQIB),
            _ref("e", SARAQIB, DAY), _ref("e", SARAQIB, DAY), _ref("f", SARAQIB, DAY),
            _ref("g", SARAQIB, DAY), _ref("h", SARAQIB, DAY), _ref("u", SARAQIB)]
    forest = Forest(len(refs))
    forest.union(0, 1)  # A: d, p
    forest.union(3, 2)  # B: e, p
    for k in (5, 6, 7):
        forest.union(4, k)  # C: e, f, g, h
    refs[1].date_inherited = refs[2].date_inherited = True
    best = similar._best("u", {8: list(range(8))}, refs, forest, idf, words)
    assert best == forest.find(0)


def test_a_report_meeting_only_the_pages_that_took_their_date_stays_out():
    # u's first report meets the dated page d in its town; its second, 45 km off, meets only
    # the undated page r1 that joined d's strike: the page tells the strike, and the other
    # report ("60 died in recent fighting" nearby) is another occurrence
    words = {"strike", "convoy", "depot", "shells", "column", "bakery", "queue", "flour"}
    refs = [_ref("d", SARAQIB, DAY, words), _ref("r1", IDLIB_GOV, None, words),
            _ref("u", SARAQIB, None, words), _ref("u", JISR, None, words)]
    refs += [_ref(f"o{n}", SARAQIB, DAY, {"other", "story", f"w{n}"}) for n in range(6)]
    forest = Forest(len(refs))
    forest.union(0, 1)
    refs[1].date_inherited = True
    similar.join_by_text(refs, forest)
    assert forest.find(2) == forest.find(0)
    assert forest.find(3) != forest.find(0)
