"""A report naming no day of its own on a page dated only to its month ("2020-02"), placed at
its province and no finer, joins the incident of that province and month its wording picks
(issue 14, reconcile/similar.py `_month_page`), with the floor and margin of an undated page."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents

from .helpers import IDLIB_GOV, JISR, article
from .test_similar import CONVOY, CONVOY_AGAIN, MARKET, SCHOOL, incident_of


def _pair() -> list[dict]:
    # two strikes in one province that month, in two towns
    return [article("convoy", "A", [{"date": "2020-02-10"}], text=CONVOY, published="2020-02-10"),
            article("school", "B", [{"date": "2020-02-14", "place": JISR}], text=SCHOOL,
                    published="2020-02-14")]


def _month_page(aid: str, text: str, published: str = "2020-02") -> dict:
    art = article(aid, f"outlet {aid}", [{"date": None, "date_precision": None,
                                          "place": IDLIB_GOV}], text=text, published=published)
    art["published_precision"] = "month"
    return art


def test_a_month_dated_page_at_the_province_joins_the_strike_it_reads_like():
    incs = build_incidents([*_pair(), _month_page("later", CONVOY_AGAIN)])
    assert incident_of(incs, "later") == ["convoy", "later"]


def test_a_month_dated_page_like_neither_strike_joins_none():
    incs = build_incidents([*_pair(), _month_page("other", MARKET)])
    assert incident_of(incs, "other") == ["other"]


def test_a_month_dated_page_of_another_month_joins_none():
    incs = build_incidents([*_pair(), _month_page("later", CONVOY_AGAIN, published="2020-05")])
    assert incident_of(incs, "later") == ["later"]


MARKET_AGAIN = ("Shopkeepers said the car bomb in the vegetable market set the stalls ablaze at "
                "noon.")


def test_a_month_dated_report_is_no_dated_incident_for_an_undated_page():
    # its month is its page's, not a day of its own: an undated page reading like it finds
    # no dated report there to join
    undated = article("u", "outlet u", [{"date": None, "date_precision": None,
                                          "place": IDLIB_GOV}], text=MARKET_AGAIN)
    undated["published"] = None
    incs = build_incidents([*_pair(), _month_page("m", MARKET), undated])
    assert incident_of(incs, "u") == ["u"]
