"""Undated reports join the incident whose reports they read like (issue 14, reconcile/similar.py):
two strikes in one town on two days, and reports with no date at all."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents, similar
from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef

from .helpers import QAMISHLI, SARAQIB, SYRIA, article, multi_claim_article

CONVOY = ("Troops opened fire on crowds waiting for aid trucks at the roundabout, and dozens of "
          "people carrying flour were killed, witnesses said.")
CONVOY_AGAIN = ("Crowds waiting for aid trucks at the roundabout came under fire, and people "
                "carrying flour were killed, survivors of the convoy massacre said.")
SCHOOL = ("An airstrike hit the school compound where displaced families sheltered during "
          "dawn prayers in the mosque, rescuers said.")
SURVIVORS = "Survivors said the tanks kept firing on them as they fled."
MARKET = ("A car bomb exploded in the vegetable market at noon, shopkeepers said, and the "
          "blast set stalls ablaze.")


def undated(aid: str, text: str) -> dict:
    art = article(aid, f"outlet {aid}", [{"date": None, "date_precision": None}], text=text)
    art["published"] = None
    return art


def dated_pair() -> list[dict]:
    return [article("convoy", "A", [{"date": "2020-02-10"}], text=CONVOY, published="2020-02-10"),
            article("school", "B", [{"date": "2020-02-14"}], text=SCHOOL, published="2020-02-14")]


def incident_of(incidents: list[dict], aid: str) -> list[str]:
    return next(i["articles"] for i in incidents if aid in i["articles"])


def test_an_undated_report_joins_the_strike_in_its_town_that_it_reads_like():
    incs = build_incidents([*dated_pair(), undated("later", CONVOY_AGAIN)])
    assert incident_of(incs, "later") == ["convoy", "later"]
    (inc,) = [i for i in incs if "later" in i["articles"]]
    assert inc["date_start"] == "2020-02-10"  # the date comes from the incident it joined
    assert inc["date_inherited"]


def test_an_undated_report_like_neither_strike_joins_none():
    incs = build_incidents([*dated_pair(), undated("other", MARKET)])
    assert incident_of(incs, "other") == ["other"]


def test_a_dated_report_is_not_joined_by_its_wording():
    # the same words on a day apart from every incident: dates decide, not text
    late = article("late", "C", [{"date": "2020-02-20"}], text=CONVOY_AGAIN,
                   published="2020-02-20")
    incs = build_incidents([*dated_pair(), late])
    assert incident_of(incs, "late") == ["late"]


def test_a_report_placed_only_in_the_country_joins_the_same_day_strike_it_reads_like():
    # two strikes on one day in two towns far apart; a third outlet names only "Syria"
    arts = [article("convoy", "A", [{}], text=CONVOY, published="2020-02-10"),
            article("school", "B", [{"place": QAMISHLI}], text=SCHOOL, published="2020-02-10"),
            article("wide", "C", [{"place": SYRIA}], text=CONVOY_AGAIN, published="2020-02-10")]
    incs = build_incidents(arts)
    assert incident_of(incs, "wide") == ["convoy", "wide"]
    assert incident_of(incs, "school") == ["school"]


def test_an_undated_reports_unplaced_events_follow_it_into_the_incident():
    # "survivors said tanks fired on them": its own paragraph, no place, no date
    undated_event = {"date": None, "date_precision": None}
    art = multi_claim_article("later", "C", [
        (CONVOY_AGAIN, None, [undated_event]),
        (SURVIVORS, ("survivors", None), [{**undated_event, "place": None}])])
    art["published"] = None
    incs = build_incidents([*dated_pair(), art])
    (inc,) = [i for i in incs if "later" in i["articles"]]
    assert set(inc["events"]) >= {"later:c0e0", "later:c1e0"}


def _ref(aid: str) -> EventRef:
    return EventRef({"id": aid}, aid, aid, aid, None, None, "violence")


def test_an_undated_report_is_not_held_back_by_its_storys_own_split_reports():
    # the story's dated reports sit in three incidents: Y {a, b}, X {b} (b's toll placed apart
    # from its strike) and Z {a}; W {c} is another strike. The undated article reads most like
    # X, and Z, which shares no report with X, used to count as X's rival and hold it back:
    # they are one story, and it joins the incident most of the story's reports are in (Y)
    refs = [_ref("a"), _ref("b"), _ref("b"), _ref("a"), _ref("c")]
    forest = Forest(5)
    forest.union(0, 1)
    words = {"u": frozenset({"cafe", "wake", "hroza"}), "b": frozenset({"cafe", "wake", "hroza"}),
             "a": frozenset({"cafe", "wake", "hroza", "kharkiv"}), "c": frozenset({"market"})}
    idf = {w: 1.0 for ws in words.values() for w in ws}
    fits = {9: [0, 1, 2, 3, 4]}
    assert similar._best("u", fits, refs, forest, idf, words) == forest.find(0)


def test_a_rival_story_as_close_still_holds_an_undated_report_back():
    refs = [_ref("a"), _ref("c")]
    words = {"u": frozenset({"cafe", "wake"}), "a": frozenset({"cafe", "wake"}),
             "c": frozenset({"cafe", "wake"})}
    idf = {w: 1.0 for ws in words.values() for w in ws}
    assert similar._best("u", {9: [0, 1]}, refs, Forest(2), idf, words) is None


def _placed(aid: str, place: dict) -> EventRef:
    return EventRef({"id": aid}, aid, aid, aid, None, None, "violence", place=place)


def _town_story_refs(own: dict) -> tuple[list[EventRef], Forest, dict, dict]:
    # the page 'u' (undated, at `own`) shares one word of ten with a story of two pages at
    # Saraqib (cosine 0.091, under the 0.1 floor, over its 0.8 share) and none with Qamishli's
    refs = [_placed("u", own), _placed("a", SARAQIB), _placed("b", SARAQIB),
            _placed("c", QAMISHLI)]
    forest = Forest(4)
    forest.union(1, 2)
    words = {"u": frozenset({"bakery", *(f"u{k}" for k in range(9))}),
             "a": frozenset({"bakery", *(f"a{k}" for k in range(5))}),
             "b": frozenset(f"b{k}" for k in range(6)), "c": frozenset({"c0", "c1"})}
    idf = {w: 1.0 for ws in words.values() for w in ws}
    return refs, forest, words, idf


def test_a_story_at_the_pages_town_clearly_ahead_of_its_rival_needs_the_lower_floor():
    refs, forest, words, idf = _town_story_refs(SARAQIB)
    assert similar._best("u", {0: [1, 2, 3]}, refs, forest, idf, words) == forest.find(1)


def test_the_lower_floor_is_only_for_a_story_at_the_pages_own_town():
    refs, forest, words, idf = _town_story_refs(SYRIA)
    assert similar._best("u", {0: [1, 2, 3]}, refs, forest, idf, words) is None
