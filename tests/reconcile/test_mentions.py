"""An incident's `articles` are its reports; pages whose events in it are all background are
`mentioned_in`, and give it no figure (reconcile/summary.py), on hand-made event sets."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents

from .helpers import article, killed


def _one(incidents: list[dict]) -> dict:
    (inc,) = [i for i in incidents if i["events"]]
    return inc


def test_a_page_that_only_recalls_the_incident_is_mentioned_not_a_report():
    report = article("a1", "Wire A", [{"figures": [killed(5)]}],
                     claimant=("Turkish Defense Ministry", "turkey"))
    recap = article("a2", "Wire B", [{"figures": [killed(9)], "background": True}],
                    claimant=("Syrian army", "syria"), published="2020-02-14")
    inc = _one(build_incidents([report, recap]))
    assert inc["articles"] == ["a1"]
    assert inc["mentioned_in"] == ["a2"]
    assert sorted(inc["events"]) == ["a1:e0", "a2:e0"]
    # the recalled nine is no one's toll of the day: no figure, no contradiction with the five
    assert [(f["claimant"], f["low"]) for f in inc["figures"]] == [
        ("Turkish Defense Ministry", 5)]
    assert inc["contradictions"] == []
    assert inc["corroboration"] == "single-source"


def test_an_incident_every_page_only_recalls_has_no_reports_and_no_figures():
    pages = [article(f"b{n}", f"Wire {n}", [{"figures": [killed(40)], "background": True}],
                     claimant=("officials", None)) for n in range(2)]
    inc = _one(build_incidents(pages))
    assert inc["articles"] == [] and inc["mentioned_in"] == ["b0", "b1"]
    assert inc["figures"] == []


def test_a_recalled_event_and_the_news_of_one_sentence_are_two_occurrences():
    # one claim tells the news and recalls a strike of the year before at the same town: the
    # page reports the one and only mentions the other
    page = article("c1", "Wire C", [{}, {"background": True, "date": "2019-06-01",
                                         "date_precision": "month"}],
                   claimant=("monitor", None))
    incidents = build_incidents([page])
    held = {tuple(i["events"]): (i["articles"], i["mentioned_in"]) for i in incidents}
    assert held[("c1:e0",)] == (["c1"], [])
    assert held[("c1:e1",)] == ([], ["c1"])
