"""Round joins25 (issue 14, i52): an undated page puts a village in its district; the dated
pages name the village once and tell the strike in the sentences after it, whose place is the
village taken from their paragraph. Hand-made articles of our own village; the coordinates
are made up."""

from __future__ import annotations

from .helpers import article
from .test_village_levels import DISTRICT, TOWN, incidents, undated, village

#: the undated page's report, the village at its district
LATE = {"place": village("Kafr Awda", DISTRICT),
        "sentence": "Mourners buried the dead of the Kafr Awda shelling in a mass grave."}


def _inherited(day: str) -> dict:
    """A report whose sentence names no place: the village came from its paragraph."""
    return {"place": village("Kafr Awda", TOWN), "date": day, "place_inherited": True,
            "sentence": "The shells fell on a crowded wedding late on Monday."}


def test_an_undated_village_report_joins_the_one_its_paragraph_placed_reports_tell():
    arts = [article("a", "X", [_inherited("2020-02-10")]),
            undated("d", "Z", [LATE], text=LATE["sentence"])]
    (inc,) = incidents(arts)
    assert inc["articles"] == ["a", "d"]


def test_reports_placed_by_their_own_sentence_come_before_paragraph_placed_ones():
    # a paragraph-placed report of another week, told by two pages, does not outweigh the
    # one page whose own sentence put the shelling in the village
    own = {"place": village("Kafr Awda", TOWN), "date": "2020-02-10",
           "sentence": "Shells hit Kafr Awda on Monday."}
    arts = [article("a", "X", [own]),
            article("b", "W", [_inherited("2020-02-17")], published="2020-02-17"),
            article("c", "V", [_inherited("2020-02-17")], published="2020-02-17"),
            undated("d", "Z", [LATE], text=LATE["sentence"])]
    main = next(i for i in incidents(arts) if "a" in i["articles"])
    assert main["articles"] == ["a", "d"]


def test_a_paragraph_placed_report_of_a_month_dates_no_village_report():
    # "in late February the shelling of the district went on": a trend that took the village
    # from its paragraph is no incident of that village
    trend = {**_inherited("2020-02-01"), "date_precision": "month"}
    arts = [article("a", "X", [trend]), undated("d", "Z", [LATE], text=LATE["sentence"])]
    assert all(i["articles"] != ["a", "d"] for i in incidents(arts))
