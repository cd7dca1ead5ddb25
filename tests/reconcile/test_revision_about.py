"""An approximate toll and a later count of one voice (reconcile/revision_rules.py
`_within_range`): "about N" names one value, so a later count above it is the toll rising, and
one at or under it is one the first allowed. Sentences are written for these tests."""

from __future__ import annotations

from .helpers import article, killed
from .test_disputes import one

HARBOUR_OFFICE = ("Northport harbour office", "north")


def _two(first: dict, second: dict) -> dict:
    # "about 40 dockers died", then a figure from the same office the next day
    return one([article("a", "Coast Herald", [{"figures": [first]}], claimant=HARBOUR_OFFICE,
                        published="2021-05-03"),
                article("b", "Bay Times", [{"figures": [second]}], claimant=HARBOUR_OFFICE,
                        published="2021-05-04")])


def test_a_count_above_an_earlier_approximate_toll_is_a_revision():
    inc = _two(killed(40, approx=True), killed(43))
    assert [r["values"] for r in inc["revisions"]] == [["about 40", "43"]]
    assert inc["contradictions"] == []


def test_a_count_at_or_under_an_earlier_approximate_toll_is_none():
    for later in (killed(40, low=40), killed(38)):
        inc = _two(killed(40, approx=True), later)
        assert inc["revisions"] == [] and inc["contradictions"] == [], later
