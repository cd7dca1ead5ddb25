"""Pages that recall an incident in passing are not its reports (issue 14), through
`fogofwar ingest` + `export`: hand-written reports of two fictional strikes months apart, each
page closing on the same recap of how the war began, and a later page that recalls the first
strike "earlier this week" beside its own news. Not copies of any report."""

from __future__ import annotations

import pytest

from fogofwar.present.schema import validate

from .cli_run import cli_exports

RECAP = ("The war in the region began with an assault on Kharkiv on March 3, 2021, which "
         "killed 40 soldiers.")
ARTICLES = [
    {"outlet": "Dnipro Herald", "published": "2024-03-10", "url": "https://dh.example/1",
     "text": "Drones struck a power station in Pavlohrad on Saturday, killing six workers, the "
             f"regional governor said.\n\nRepair crews were at the site on Sunday.\n\n{RECAP}"},
    {"outlet": "Evening Courier", "published": "2024-03-11", "url": "https://ec.example/2",
     "text": "A drone attack on a power station in Pavlohrad on Saturday killed seven workers, "
             "the energy ministry said."},
    {"outlet": "Kharkiv Post", "published": "2024-06-21", "url": "https://kp.example/3",
     "text": "Shelling hit a market in Zolochiv on Thursday, killing nine civilians, the mayor "
             f"said.\n\nThe market had reopened in May.\n\n{RECAP}"},
    {"outlet": "Steppe Wire", "published": "2024-03-14", "url": "https://sw.example/4",
     "text": "Artillery fire hit a school in Izium on Wednesday, wounding two teachers, police "
             "said.\n\nEarlier this week, drones struck a power station in Pavlohrad, killing "
             "eleven workers, officials said."},
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    incidents, arts = cli_exports(tmp_path_factory.mktemp("cli-background"), ARTICLES)
    return incidents, {a["url"].split("/")[2].split(".")[0]: a for a in arts}


def _holding(incidents: list[dict], art: dict, field: str) -> list[dict]:
    return [i for i in incidents if art["id"] in i.get(field, [])]


def test_exports_keep_to_their_schemas(exported):
    incidents, arts = exported
    for inc in incidents:
        validate(inc, "incident")
    for art in arts.values():
        validate(art, "article")


def test_the_recap_of_how_the_war_began_is_background(exported):
    _, arts = exported
    for key in ("dh", "kp"):
        recalled = [e for e in arts[key]["events"] if "began" in e["sentence"]]
        assert recalled and all(e["background"] for e in recalled)
        assert not any(e["background"] for e in arts[key]["events"]
                       if "began" not in e["sentence"] and "Repair" not in e["sentence"])


def test_no_incident_reports_both_strikes_months_apart(exported):
    incidents, arts = exported
    assert not any({arts["dh"]["id"], arts["kp"]["id"]} <= set(i["articles"])
                   for i in incidents)


def test_the_shared_recap_is_an_incident_only_mentioned(exported):
    incidents, arts = exported
    (war,) = [i for i in incidents if {arts["dh"]["id"], arts["kp"]["id"]}
              <= set(i.get("mentioned_in", []))]
    assert war["articles"] == []
    assert war["figures"] == []  # the recap's "40 soldiers" is nobody's toll of the day


def test_a_page_recalling_the_strike_earlier_this_week_only_mentions_it(exported):
    incidents, arts = exported
    (strike,) = [i for i in incidents if {arts["dh"]["id"], arts["ec"]["id"]}
                 <= set(i["articles"])]
    assert arts["sw"]["id"] in strike["mentioned_in"]
    assert arts["sw"]["id"] not in strike["articles"]
    # the recalled "eleven workers" is no figure of the strike; the reports' six and seven are
    killed = {f["low"] for f in strike["figures"] if f["category"] == "killed"}
    assert 11 not in killed and {6, 7} <= killed
    # and the page still reports its own news
    assert any(arts["sw"]["id"] in i["articles"] for i in incidents)
