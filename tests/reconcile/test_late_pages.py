"""Pass 6a (reconcile/late_pages.py): a report naming no day of its own, on a page published long
after the look-back of an earlier incident at its very place, joins that incident when its page
refers to the past, its wording is clearly ahead and no second incident there fits."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.late_pages import join_late_pages
from fogofwar.reconcile.past_cues import refers_to_past

from .helpers import IDLIB_GOV, QAMISHLI, SARAQIB, SYRIA

MARCH = (date(2021, 3, 4), date(2021, 3, 4))
PAGE_DAY = date(2021, 11, 20)
LOOKBACK = (date(2021, 11, 17), date(2021, 11, 20))

BRIDGE = frozenset({"bridge", "convoy", "ambush", "engineers", "pontoon", "ferried"})
MARKET = frozenset({"market", "vegetables", "stalls", "shoppers", "mortar"})


def _dated(aid: str, place: dict, words: frozenset[str], day=MARCH) -> EventRef:
    return EventRef({"id": aid, "date": day[0].isoformat()}, aid, aid, aid, None, day,
                    "violence", place, words=words)


RECALLS = "Officials said the sappers had died in the ambush on the bridge."
NEWS = "Engineers are rebuilding the bridge this week."


def _late(words: frozenset[str] = BRIDGE, page_text: str = RECALLS) -> EventRef:
    return EventRef({"id": "late", "date": None}, "late", "late", "late", None, LOOKBACK,
                    "violence", SARAQIB, published=PAGE_DAY, words=words, page_text=page_text)


def _run(refs: list[EventRef]) -> Forest:
    forest = Forest(len(refs))
    join_late_pages(refs, forest)
    return forest


def _corpus(late: EventRef, *others: EventRef) -> list[EventRef]:
    filler = [_dated(f"f{k}", QAMISHLI, frozenset({f"w{k}", "shelling"})) for k in range(6)]
    return [late, _dated("a", SARAQIB, BRIDGE | {"sappers"}),
            _dated("b", QAMISHLI, MARKET), *others, *filler]


def test_a_late_page_recalling_the_incident_at_its_town_joins_it():
    refs = _corpus(_late())
    forest = _run(refs)
    assert forest.find(0) == forest.find(1)
    assert refs[0].date_inherited


def test_a_page_that_does_not_refer_to_the_past_stays_apart():
    refs = _corpus(_late(page_text=NEWS))
    forest = _run(refs)
    assert forest.find(0) != forest.find(1)
    assert not refs[0].date_inherited


def test_two_incidents_at_the_town_join_none():
    refs = _corpus(_late(), _dated("c", SARAQIB, BRIDGE, (date(2021, 6, 1),) * 2))
    forest = _run(refs)
    assert forest.find(0) not in {forest.find(1), forest.find(3)}


def test_an_incident_only_in_the_same_country_is_no_candidate():
    late = _late(words=MARKET)
    refs = _corpus(late)
    forest = _run(refs)
    assert forest.find(0) != forest.find(2)


def test_wording_not_ahead_joins_none():
    refs = _corpus(_late(words=MARKET))
    forest = _run(refs)
    assert forest.find(0) != forest.find(1)


def test_an_incident_within_the_look_back_is_left_to_the_other_passes():
    refs = _corpus(_late())
    refs[1] = _dated("a", SARAQIB, BRIDGE, LOOKBACK)
    forest = _run(refs)
    assert forest.find(0) != forest.find(1)


def test_a_report_with_a_day_of_its_own_stays():
    late = _late()
    late.event["date"] = "2021-11-19"
    forest = _run(_corpus(late))
    assert forest.find(0) != forest.find(1)


def test_pages_referring_to_the_past():
    day = date(2021, 11, 20)
    assert refers_to_past("The engineers rebuilt the bridge they lost in 2020.", day)
    assert refers_to_past("The convoy ambushed last March was never replaced.", day)
    assert refers_to_past("Officials said the sappers had died in the ambush.", day)
    assert refers_to_past("A year ago the pontoon was shelled.", day)
    assert not refers_to_past("Engineers are rebuilding the bridge this week.", day)
    assert not refers_to_past("The ministry expects talks in 2022.", day)
    assert not refers_to_past("The bridge was shelled in 2020.", None)


def test_two_incidents_sharing_a_page_are_one_story():
    # "a" and "c" both hold a report of page "a" (the clash, and its toll dated to the month)
    month = (date(2021, 3, 1), date(2021, 3, 31))
    refs = _corpus(_late(), _dated("a", SARAQIB, BRIDGE, month), _dated("d", SARAQIB, BRIDGE))
    forest = Forest(len(refs))
    forest.union(1, 4)  # page "d" told the clash with "a"
    join_late_pages(refs, forest)
    assert forest.find(0) == forest.find(1)


# a valley no gazetteer holds, read at the province its text put it in (sites.is_village)
VALLEY = {**SARAQIB, "text": "Wadi Sabkha", "name": "Wadi Sabkha", "geonames_id": None,
          "precision": "admin1", "within": "Idlib Governorate", "feature_code": None}


def _valley_run(place: dict) -> Forest:
    late = _late()
    late.place = VALLEY
    refs = [late, _dated("a", place, BRIDGE | {"sappers"}), _dated("b", QAMISHLI, MARKET),
            *[_dated(f"f{k}", QAMISHLI, frozenset({f"w{k}", "shelling"})) for k in range(6)]]
    return _run(refs)


def test_a_late_page_recalling_a_clash_in_a_valley_no_gazetteer_holds_joins_it():
    forest = _valley_run(VALLEY)
    assert forest.find(0) == forest.find(1)


def test_a_valley_of_that_name_in_another_province_is_no_candidate():
    forest = _valley_run({**VALLEY, "admin1": "Al-Hasakah Governorate",
                          "within": "Al-Hasakah Governorate"})
    assert forest.find(0) != forest.find(1)


def test_a_report_dated_to_the_month_of_the_clash_is_no_rival_of_it():
    # another page dated its report of the clash only to March ("the March clash"): its days
    # overlap the clash's, so it tells the same story; the report joins the clash itself
    march = (date(2021, 3, 1), date(2021, 3, 31))
    refs = _corpus(_late(), _dated("d", SARAQIB, BRIDGE, march))
    forest = _run(refs)
    assert forest.find(0) == forest.find(1)
    assert forest.find(0) != forest.find(3)


def test_a_report_of_another_month_there_is_still_a_rival():
    june = (date(2021, 6, 1), date(2021, 6, 30))
    refs = _corpus(_late(), _dated("d", SARAQIB, BRIDGE, june))
    forest = _run(refs)
    assert forest.find(0) not in {forest.find(1), forest.find(3)}


# a long look back that shares few words with the clash's pages: its cosine lies between the
# lower floor (text_alone_share of text_min_similarity) and the floor itself
SPARSE = frozenset({"bridge", "sappers", *(f"memoir{k}" for k in range(15))})


def test_a_story_two_pages_date_needs_only_the_lower_floor():
    refs = _corpus(_late(words=SPARSE), _dated("e", SARAQIB,
                                               frozenset({"ferried", "pontoon", "sappers"})))
    forest = Forest(len(refs))
    forest.union(1, 3)  # pages "a" and "e" dated the clash at the town together
    join_late_pages(refs, forest)
    assert forest.find(0) == forest.find(1)
    assert refs[0].date_inherited


def test_a_story_one_page_dates_needs_the_full_floor():
    refs = _corpus(_late(words=SPARSE))
    forest = _run(refs)
    assert forest.find(0) != forest.find(1)
    assert not refs[0].date_inherited


def _month(place: dict = IDLIB_GOV, month: str = "2021-03", figures: list | None = None,
           words: frozenset[str] = BRIDGE) -> EventRef:
    """A report dated only to its month on a page published months later."""
    first = date.fromisoformat(month + "-01")
    last = date(first.year, first.month, 30 if first.month in (4, 6, 9, 11) else 31)
    return EventRef({"id": "month", "date": first.isoformat(), "date_precision": "month",
                     "figures": figures or []}, "month", "month", "month", None,
                    (first, last), "violence", place, published=PAGE_DAY, words=words,
                    page_text=NEWS)


def test_a_month_report_in_the_province_joins_the_incident_of_that_month():
    refs = _corpus(_month())
    forest = _run(refs)
    assert forest.find(0) == forest.find(1)
    assert refs[0].date_inherited


def test_a_month_report_of_another_month_stays():
    forest = _run(_corpus(_month(month="2021-06")))
    assert forest.find(0) != forest.find(1)


def test_a_month_report_read_like_another_incident_stays():
    forest = _run(_corpus(_month(words=MARKET)))
    assert forest.find(0) != forest.find(1)


def test_a_month_report_within_the_look_back_is_left_to_the_other_passes():
    late = _month(month="2021-11")
    refs = _corpus(late, _dated("c", SARAQIB, BRIDGE, LOOKBACK))
    forest = _run(refs)
    assert forest.find(0) != forest.find(3)


TOLL = [{"value": 14, "category": "killed", "counts": "engineers"}]


def test_a_country_month_report_joins_only_through_its_toll():
    refs = _corpus(_month(place=SYRIA))
    assert _run(refs).find(0) != _run(refs).find(1)
    told = _dated("a", SARAQIB, BRIDGE | {"sappers"})
    told.event["figures"] = TOLL
    refs = _corpus(_month(place=SYRIA, figures=TOLL))
    refs[1] = told
    forest = _run(refs)
    assert forest.find(0) == forest.find(1)
