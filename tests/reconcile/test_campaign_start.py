"""An undated page about a strike on a port that recalls when its attackers' campaign began
("began targeting shipping lanes in November, shortly after Israel launched its war on
Gaza") is no report of a Gaza incident: the campaign's start is recalled and the war's
clause places nothing else (issue 14). Hand-written pages, not copies of any report."""

from __future__ import annotations

import pytest

from .cli_run import cli_exports

GAZA = [
    {"outlet": "Coast Wire", "published": "2023-11-07",
     "text": "An Israeli airstrike hit a school sheltering displaced families in Gaza on "
             "Tuesday, killing 27 people, the health ministry said."},
    {"outlet": "Levant Daily", "published": "2023-11-08",
     "text": "Israeli jets struck a school in Gaza on Tuesday, killing 27 people, according "
             "to the health ministry."},
]
PORT = {"outlet": "Harbour Post",
        "text": "American warplanes bombed the fuel port of Salif overnight, killing 30 dock "
                "workers, rebel officials said.\n\nThe rebels began targeting shipping lanes "
                "in November, shortly after Israel launched its war on Gaza, which has killed "
                "thousands of people."}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return cli_exports(tmp_path_factory.mktemp("campaign"), [*GAZA, PORT])


def test_the_port_page_reports_no_gaza_incident(exported):
    incidents, articles = exported
    port = next(a["id"] for a in articles if a["outlet"] == "Harbour Post")
    gaza = {a["id"] for a in articles if a["outlet"] in ("Coast Wire", "Levant Daily")}
    joined = [i for i in incidents if gaza & set(i["articles"])]
    assert joined and all(port not in i["articles"] for i in joined)


def test_no_report_of_the_page_is_placed_at_the_war(exported):
    # the war itself, recalled, keeps its place; nothing the page reports takes it
    _, articles = exported
    page = next(a for a in articles if a["outlet"] == "Harbour Post")
    assert not [e for e in page["events"] if not e["background"]
                and (e["place"] or {}).get("text") == "Gaza"]


def test_its_campaign_start_is_recalled(exported):
    _, articles = exported
    page = next(a for a in articles if a["outlet"] == "Harbour Post")
    starts = [e for e in page["events"] if "began targeting" in e["sentence"]
              and e["type"] == "ASSAULT"]  # the war itself is the sentence's FIGHT
    assert starts and all(e["background"] for e in starts)
