"""A page's outlet of no side narrating a toll that two counts its own named sources give add up
to ("15 dead as clashes go on" over the governor's 11 gunmen and the army's four soldiers)
tells the page's total, and disputes neither count (narration.page_totals). A narrated toll
that no two of the page's counts add up to, or one on another page, is judged as before.
Names and figures are written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from fogofwar.reconcile.disputes import Stated
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.narration import page_totals

from .helpers import killed, multi_claim_article
from .test_disputes import one


def _stated(aid: str, claimant: str, side: str | None, low: float,
            narrated: bool = False) -> Stated:
    ref = EventRef({}, aid, aid, claimant, side, None, "violence")
    if narrated:
        ref = replace(ref, narrated=True)
    return Stated(ref, "killed", (low, low), (None, None), (date(2021, 5, 3), 0))


def test_a_narrated_sum_of_two_counts_on_its_page_is_a_total():
    items = [_stated("a", "Valley Courier", None, 15, narrated=True),
             _stated("a", "Governor Lena Ortiz", "north", 11),
             _stated("a", "the Northland army", "north", 4)]
    assert page_totals(items) == {0}


def test_a_narrated_toll_no_two_counts_add_up_to_is_no_total():
    items = [_stated("a", "Valley Courier", None, 16, narrated=True),
             _stated("a", "Governor Lena Ortiz", "north", 11),
             _stated("a", "the Northland army", "north", 4)]
    assert page_totals(items) == set()


def test_counts_on_another_page_make_no_total():
    items = [_stated("a", "Valley Courier", None, 15, narrated=True),
             _stated("b", "Governor Lena Ortiz", "north", 11),
             _stated("b", "the Northland army", "north", 4)]
    assert page_totals(items) == set()


def test_a_named_source_giving_the_sum_is_no_page_total():
    items = [_stated("a", "the Southland rebels", "south", 15),
             _stated("a", "Governor Lena Ortiz", "north", 11),
             _stated("a", "the Northland army", "north", 4)]
    assert page_totals(items) == set()


def _page(headline_toll: float) -> dict:
    return multi_claim_article("a", "Valley Courier", [
        (f"{headline_toll:g} killed as clashes go on in Orlen", None,
         [{"figures": [killed(headline_toll, counts="people")]}]),
        ("Eleven gunmen were killed, Governor Lena Ortiz said.", ("Governor Lena Ortiz", "north"),
         [{"figures": [killed(11, counts="gunmen")]}]),
        ("Four soldiers also died, the Northland army said.", ("the Northland army", "north"),
         [{"figures": [killed(4, counts="soldiers")]}]),
    ])


def test_the_pages_total_disputes_neither_count():
    inc = one([_page(15)])
    assert not any("Valley Courier" in c["claimants"] for c in inc["contradictions"])


def test_a_narrated_toll_beside_its_pages_counts_still_disputes_them():
    inc = one([_page(40)])
    assert any("Valley Courier" in c["claimants"] for c in inc["contradictions"])
