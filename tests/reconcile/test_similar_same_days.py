"""An undated page that reads alike two incidents of one province and the same days (reconcile/
similar.py `_same_days`): the place and date passes left one strike in two pieces (one page
placed it at the province, another at a town in it, a day later), and that near tie of the
wording is no doubt about which story the page tells. Two incidents months apart stay rivals."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile import similar
from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef

PROVINCE = {"name": "Lakeland", "precision": "admin1", "country": "XX", "admin1": "Lakeland",
            "lat": 10.0, "lon": 20.0}
TOWN = {"name": "Reedham", "precision": "town", "country": "XX", "admin1": "Lakeland",
        "lat": 10.3, "lon": 20.2, "geonames_id": 99}


def _ref(aid: str, place: dict, day: date | None) -> EventRef:
    return EventRef({"id": aid}, aid, aid, aid, None, None if day is None else (day, day),
                    "violence", place)


#: "jets bombed the cattle market of a Lakeland village, killing dozens of traders": the
#: undated page shares its words with both pieces almost alike, and less with the old one
WORDS = {"u": frozenset({"jets", "cattle", "market", "traders", "village", "bombed", "dozens"}),
         "a": frozenset({"jets", "cattle", "market", "traders", "village", "funeral"}),
         "b": frozenset({"jets", "cattle", "market", "bombed", "hospital"}),
         "c": frozenset({"jets", "convoy", "road"})}
IDF = {w: 1.0 for ws in WORDS.values() for w in ws}


def _pieces(second: date) -> tuple[list[EventRef], Forest]:
    refs = [_ref("a", PROVINCE, date(2024, 3, 5)), _ref("b", TOWN, second),
            _ref("u", PROVINCE, None)]
    return refs, Forest(3)


def test_two_pieces_of_one_strike_a_day_apart_are_no_rivals():
    refs, forest = _pieces(date(2024, 3, 6))
    assert similar._best("u", {2: [0, 1]}, refs, forest, IDF, WORDS) == forest.find(0)


def test_two_incidents_months_apart_stay_rivals():
    refs, forest = _pieces(date(2024, 9, 6))
    assert similar._best("u", {2: [0, 1]}, refs, forest, IDF, WORDS) is None
