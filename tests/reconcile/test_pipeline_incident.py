"""One strike told by three outlets, end to end through the pipeline (issue 14): the site joins
them although one report is undated, each side's toll is kept, the rising toll of one side is a
revision and the other side's figure contradicts it. The articles are hand-written for this
test (a fictional toll for a strike on a market), not copies of any report."""

from __future__ import annotations

import json

import pytest

from fogofwar.pipeline import ingest
from fogofwar.present.export import validate
from fogofwar.store import open_store

ARTICLES = [
    {"outlet": "Kyiv Wire", "published": "2023-09-06",
     "text": "A Russian missile struck the central market in Kostiantynivka on Wednesday, "
             "killing 16 people, Ukrainian officials said."},
    {"outlet": "Moscow Daily", "published": "2023-09-07",
     "text": "Russian officials said the market in Kostiantynivka was hit by a stray Ukrainian "
             "missile on Wednesday and that 5 people died."},
    {"outlet": "Aggregator",
     "text": "Ukrainian officials said the death toll from the strike on the market in "
             "Kostiantynivka has risen to 17."},
]


@pytest.fixture(scope="module")
def incident(tmp_path_factory):
    root = tmp_path_factory.mktemp("market")
    path = root / "market.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES), encoding="utf-8")
    store = open_store(f"sqlite:///{root}/s.db")
    ingest([path], store)
    incidents = [i for i in store.iter_incidents() if len(i["articles"]) > 1]
    articles = list(store.iter_articles())
    store.close()
    assert len(incidents) == 1
    return incidents[0], articles


def test_the_market_is_a_site_at_its_town(incident):
    _, articles = incident
    sites = [p for a in articles for p in a["places"] if p["precision"] == "site"]
    assert sites and all(p["within"] == "Kostyantynivka" for p in sites)


def test_three_outlets_one_incident_with_each_sides_toll(incident):
    inc, _ = incident
    validate(inc, "incident")
    assert len(inc["articles"]) == 3
    tolls = {(f["side"], f["low"], f["high"]) for f in inc["figures"]
             if f["category"] == "killed"}
    # the toll "has risen to 17": the side's row is the toll it gives now, the revision lists
    # its steps (16, 17: the next test)
    assert {("russia", 5, 5), ("ukr", 17, 17)} <= tolls


def test_one_sides_rising_toll_is_a_revision_the_other_sides_a_contradiction(incident):
    inc, _ = incident
    assert [r["values"] for r in inc["revisions"]] == [["16", "17"]]
    assert inc["contradictions"][0]["category"] == "killed"
    assert "5" in inc["contradictions"][0]["values"]
