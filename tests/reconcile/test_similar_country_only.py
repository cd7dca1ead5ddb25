"""An undated page's report placed only at its country ("27 people were killed in the country
as the march turned deadly") is read by its wording among the country's dated incidents (issue
14, reconcile/similar.py `_country_only`), when it gives a casualty count and a candidate report
gives the same count: a country holds many incidents, and the count is what ties the page to one.
"""

from __future__ import annotations

from fogofwar.reconcile import build_incidents

from .helpers import QAMISHLI, SYRIA, article, killed

MARCH = ("Riot police fired live rounds at the students marching on the assembly building, "
         "and 27 people were killed near the assembly gates, a rights commission said.")
MARCH_AGAIN = ("Twenty-seven people died when riot police fired live rounds at students "
               "marching on the assembly building, the rights commission said.")
FLOOD = ("Floodwater swept away a footbridge over the irrigation canal and the villagers "
         "stranded on the far bank waited for boats, farmers said.")


def _pages(wide_text: str, count: float | None) -> list[dict]:
    figures = [killed(count, counts="people")] if count else []
    gates = article("gates", "A", [{"figures": [killed(27, counts="people")]}], text=MARCH,
                    published="2020-02-10")
    flood = article("flood", "B", [{"place": QAMISHLI, "date": "2020-02-12"}], text=FLOOD,
                    published="2020-02-12")
    wide = article("wide", "C", [{"place": SYRIA, "date": None, "date_precision": None,
                                  "figures": figures}], text=wide_text)
    wide["published"] = None
    return [gates, flood, wide]


def _incident_of(incs: list[dict], aid: str) -> list[str]:
    return next(i["articles"] for i in incs if aid in i["articles"])


def test_an_undated_country_report_with_the_same_count_joins_the_incident_it_reads_like():
    incs = build_incidents(_pages(MARCH_AGAIN, 27))
    assert _incident_of(incs, "wide") == ["gates", "wide"]
    (inc,) = [i for i in incs if "wide" in i["articles"]]
    assert inc["date_start"] == "2020-02-10"  # its day is the incident's
    assert _incident_of(incs, "flood") == ["flood"]


def test_an_undated_country_report_giving_no_count_joins_none():
    incs = build_incidents(_pages(MARCH_AGAIN, None))
    assert _incident_of(incs, "wide") == ["wide"]


def test_an_undated_country_report_of_another_count_joins_none():
    # the same words with a count far from the march's: another day's shooting, or a
    # country's running count, not the incident the page reads like
    incs = build_incidents(_pages(MARCH_AGAIN, 140))
    assert _incident_of(incs, "wide") == ["wide"]
