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


def _hundreds(counts: str = "people") -> dict:
    # "hundreds of people were killed", as extraction reads a vague plural
    return {**killed(200, low=200, high=999, counts=counts), "text": "hundreds"}


def test_a_voices_hundreds_gives_way_to_its_own_count():
    # "Hundreds dead in Norvale clashes, relief agency says" on one page, the agency's "at
    # least 240 people were killed" on another: its row is the count, not "200 and up"
    inc = one([article("a", "Lake Courier", [{"figures": [_hundreds()]}],
                       claimant=("Norvale Relief Agency", None)),
               article("c", "Hill Times", [{"figures": [killed(240, low=240, counts="people")]}],
                       claimant=("Norvale Relief Agency", None)),
               article("b", "Plain Gazette",
                       [{"figures": [killed(600, low=600, counts="people")]}],
                       claimant=("Hilde Marsh, a relief worker", None))])
    assert _rows(inc) == [("Hilde Marsh, a relief worker", 600.0, None),
                          ("Norvale Relief Agency", 240.0, None)]


def test_hundreds_beside_a_count_it_cannot_mean_stays():
    # the agency's "hundreds killed" over the region's weeks of fighting beside its count of
    # 31 at one market: the 31 is no reading of "hundreds", so the vague toll is not dropped
    # and the row spans both, as before
    inc = one([article("a", "Lake Courier", [{"figures": [_hundreds()]}],
                       claimant=("Norvale Relief Agency", None)),
               article("c", "Hill Times", [{"figures": [killed(31, counts="people")]}],
                       claimant=("Norvale Relief Agency", None))])
    assert _rows(inc) == [("Norvale Relief Agency", 31.0, 999.0)]


def test_a_voice_of_only_hundreds_keeps_them():
    inc = one([article("a", "Lake Courier", [{"figures": [_hundreds()]}],
                       claimant=("Westland army command", "west"))])
    assert _rows(inc) == [("Westland army command", 200.0, 999.0)]
