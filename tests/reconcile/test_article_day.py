"""Issue 14: the day a dated page's news is about, and its coarse reports of that day.

A page of the 11th that dates one report of a strike to the 10th ("Overnight, rockets rained
on the province") and tells in another paragraph, with no day, that fragments fell on a town,
tells that town's strike of the 10th: its undated reports of that type group take the one day
its own reports give within its publication window (context.news_days). A country-level or
placeless report the page dates to that day then joins the incident most of the page's town
reports of the day are in (sameday.py).
"""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.context import news_days
from fogofwar.reconcile.incidents import event_refs

from .helpers import IDLIB_GOV, SARAQIB, SYRIA, TAFTANAZ, article
from .test_sites_dates import by_size

OVERNIGHT = "Overnight, rockets rained on the province from the south."
FRAGMENTS = "Fragments of one rocket came down in a residential street of the town."
WAR = "The rockets were the heaviest barrage the province has known this year."

WINDOW = (date(2020, 2, 8), date(2020, 2, 11))


def _ev(day: str | None, kind: str = "ASSAULT", **kw) -> dict:
    return {"type": kind, "date": day, "date_precision": "day" if day else None, **kw}


def test_one_day_in_the_window_is_the_pages_day():
    events = [_ev("2020-02-10"), _ev(None), _ev("2015-01-01", date_precision="year")]
    assert news_days(events, WINDOW, lambda e: "violence") == {"violence": date(2020, 2, 10)}


def test_two_days_in_the_window_or_none_give_no_day():
    events = [_ev("2020-02-09"), _ev("2020-02-10")]
    assert news_days(events, WINDOW, lambda e: "violence") == {}
    assert news_days([_ev("2020-01-02")], WINDOW, lambda e: "violence") == {}
    assert news_days([_ev("2020-02-10")], None, lambda e: "violence") == {}


def test_inherited_negated_and_ungrouped_days_do_not_count():
    events = [_ev("2020-02-10", date_inherited=True), _ev("2020-02-09", negated=True),
              _ev("2020-02-09", kind="ACCUSE")]
    group = {"ASSAULT": "violence"}.get
    assert news_days(events, WINDOW, lambda e: group(e["type"])) == {}


def _page(aid: str, outlet: str, first: dict, second: dict, published: str = "2020-02-11") -> dict:
    """A page whose two reports hang on claims of two paragraphs (no paragraph lends the
    other its place or date)."""
    text = f"{first['sentence']}\n\n{second['sentence']}"
    art = article(aid, outlet, [first, second], published=published, text=text)
    claim = dict(art["claims"][0])
    art["claims"][0] = {**claim, "sentence": first["sentence"], "end": len(first["sentence"])}
    start = len(first["sentence"]) + 2
    art["claims"].append({**claim, "id": f"{aid}:c1", "sentence": second["sentence"],
                          "start": start, "end": len(text)})
    art["events"][1]["claim_id"] = f"{aid}:c1"
    return art


def _town_undated(place: dict = SARAQIB) -> dict:
    return {"date": None, "date_precision": None, "place": place, "sentence": FRAGMENTS}


def test_two_pages_town_reports_meet_on_the_day_each_page_gives():
    a = _page("a", "X", {"place": None, "sentence": OVERNIGHT}, _town_undated())
    b = _page("b", "Y", {"place": SYRIA, "sentence": WAR}, _town_undated())
    incs = by_size([a, b])
    town = [i for i in incs if {"a:e1", "b:e1"} <= set(i["events"])]
    assert town, incs
    # the pages' coarse reports of that day (placeless, country-level) are that strike too
    assert {"a:e0", "b:e0"} <= set(town[0]["events"])
    assert town[0]["date_start"] == town[0]["date_end"] == "2020-02-10"


def test_a_page_of_two_days_lends_its_town_report_neither():
    a = _page("a", "X", {"place": None, "sentence": OVERNIGHT}, _town_undated())
    a["events"].append({**a["events"][0], "id": "a:e2", "date": "2020-02-09",
                        "place": TAFTANAZ})
    windows = {r.event_id: r.window for r in event_refs([a])}
    assert windows["a:e1"] == (date(2020, 2, 8), date(2020, 2, 11))  # the look-back, as before
    one_day = _page("b", "Y", {"place": None, "sentence": OVERNIGHT}, _town_undated())
    assert {r.event_id: r.window for r in event_refs([one_day])}["b:e1"] == (
        date(2020, 2, 10), date(2020, 2, 10))


def test_a_coarse_report_stays_alone_when_its_pages_town_reports_split_evenly():
    a = _page("a", "X", {"place": SYRIA, "sentence": WAR},
              {"place": SARAQIB, "sentence": FRAGMENTS, "date": "2020-02-10"})
    a["events"].append({**a["events"][1], "id": "a:e2", "place": {
        **SARAQIB, "name": "Far town", "geonames_id": 9, "lat": 36.9, "lon": 38.2}})
    incs = by_size([a])
    (coarse,) = [i for i in incs if "a:e0" in i["events"]]
    assert coarse["events"] == ["a:e0"]


def test_a_report_with_neither_place_nor_day_keeps_its_look_back():
    # its place would be only its page's focus: given the page's day as well, it would be told
    # at the page's province on the page's day by nothing it says itself
    a = _page("a", "X", {"place": SARAQIB, "sentence": OVERNIGHT},
              {"date": None, "date_precision": None, "place": None, "sentence": WAR})
    a["places"] = [SARAQIB, SARAQIB]  # its focus: the town it names twice
    refs = {r.event_id: r for r in event_refs([a])}
    assert refs["a:e1"].inferred == "article"
    assert refs["a:e1"].window == (date(2020, 2, 8), date(2020, 2, 11))


SHELLED = "Residents said the village was shelled for hours on Monday."
TOLL = "Nine people were killed in the attack in the province, the health office said."
UNRESOLVED = {"text": "Kfar", "start": 0, "end": 4, "name": None, "geonames_id": None,
              "lat": None, "lon": None, "country": None, "admin1": None, "precision": None,
              "role": "location"}


def test_a_report_placed_nowhere_joins_its_pages_provincial_report_of_that_day():
    # no town or site report that day: the page's report at the province is the nearest
    # thing to where it happened, and its unresolved village ("Kfar") says nothing else
    for place in (None, UNRESOLVED):
        a = _page("a", "X", {"place": IDLIB_GOV, "sentence": TOLL, "date": "2020-02-10"},
                  {"place": place, "sentence": SHELLED, "date": "2020-02-10"})
        incs = by_size([a])
        assert any({"a:e0", "a:e1"} <= set(i["events"]) for i in incs), incs


def test_a_country_level_report_does_not_join_a_provincial_report():
    a = _page("a", "X", {"place": IDLIB_GOV, "sentence": TOLL, "date": "2020-02-10"},
              {"place": SYRIA, "sentence": SHELLED, "date": "2020-02-10"})
    incs = by_size([a])
    (coarse,) = [i for i in incs if "a:e1" in i["events"]]
    assert coarse["events"] == ["a:e1"]
