"""A row of vague plurals in an incident's figures (reconcile/summary.py `incident_figures`):
"dozens of wounded" from a source of no known side gives the toll's order, not a count, and is
no row where another source gives that category's count; a side's "dozens" is its claim and
stays. Sentences are written for these tests."""

from __future__ import annotations

from .helpers import article, killed
from .test_disputes import one


def _dozens(counts: str = "civilians") -> dict:
    # "dozens of civilians were killed", as extraction reads a vague plural
    return {**killed(24, low=24, high=99, counts=counts), "text": "dozens"}


def _rows(inc: dict) -> list[tuple[str, float, float | None]]:
    return sorted((f["claimant"], f["low"], f["high"]) for f in inc["figures"]
                  if f["category"] == "killed")


def test_dozens_from_a_source_of_no_side_beside_a_count_is_no_row():
    inc = one([article("a", "Lake Courier", [{"figures": [_dozens()]}],
                       claimant=("Hilde Marsh, a relief worker", None)),
               article("b", "Plain Gazette", [{"figures": [killed(41, counts="civilians")]}],
                       claimant=("Eastland interior ministry", "east"))])
    assert _rows(inc) == [("Eastland interior ministry", 41.0, 41.0)]


def test_a_sides_dozens_and_a_lone_dozens_stay():
    inc = one([article("a", "Lake Courier", [{"figures": [_dozens()]}],
                       claimant=("Westland army command", "west")),
               article("b", "Plain Gazette", [{"figures": [killed(41, counts="civilians")]}],
                       claimant=("Eastland interior ministry", "east"))])
    assert [r[0] for r in _rows(inc)] == ["Eastland interior ministry", "Westland army command"]
    inc = one([article("a", "Lake Courier", [{"figures": [_dozens()]}],
                       claimant=("Hilde Marsh, a relief worker", None))])
    assert [r[0] for r in _rows(inc)] == ["Hilde Marsh, a relief worker"]
