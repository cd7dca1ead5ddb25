"""Undated reposts of one strike join its dated reports (issue 14), end to end through the CLI.

The shapes undated pages take: no date anywhere, only a weekday, a date only in a photo caption
or a "last updated" line, a month and day without a year. Each is ingested beside two dated
reports of the strike and must land in their incident when type, place and a shared site or
party agree; a repost of another station's strike in the same province must not. The articles
are written for this test (a fictional strike and toll), not copies of any report."""

from __future__ import annotations

import pytest

from .cli_run import cli_exports

DATED = [
    {"outlet": "Chernihiv Herald", "published": "2024-05-11", "url": "https://chernihivherald.test/a/1",
     "title": "Missile strike on Chernihiv railway station kills six",
     "text": "A Russian missile struck the railway station in Chernihiv on Friday evening, killing "
             "6 people and wounding 14, regional governor Viacheslav Chaus said.\n\n"
             "Rescuers worked through the night in the ruined station hall, he added."},
    {"outlet": "Moscow Courier", "published": "2024-05-11", "url": "https://courier.test/b/2",
     "title": "Russian forces hit a military train in Chernihiv",
     "text": "The Russian Defence Ministry said on Saturday that its missiles had struck a "
             "train carrying foreign weapons at the Chernihiv railway station on Friday.\n\n"
             "The ministry said the strike destroyed 12 armoured vehicles."},
]

UNDATED = {
    "nothing": {"outlet": "Repost Hub", "url": "https://reposthub.test/?p=5531",
                "title": "Six dead after missile hits Chernihiv station",
                "text": "A Russian missile hit the railway station in Chernihiv, killing six "
                        "people, the regional governor said.\n\n"
                        "Rescuers searched the ruins of the station hall for survivors."},
    "weekday": {"outlet": "Frontline Blog", "url": "https://frontline.test/stryi-station",
                "text": "Russian missiles hit the Chernihiv railway station on Friday night.\n\n"
                        "Six people were killed and 14 wounded, Ukrainian officials said."},
    "caption": {"outlet": "Photo Desk", "url": "https://photodesk.test/gallery/77",
                "text": "Firefighters at the railway station in Chernihiv, northern Ukraine, "
                        "May 10, 2024. (Photo: Reuters)\n\n"
                        "Six people were killed when a Russian missile hit the station in "
                        "Chernihiv, Ukrainian officials said."},
    "updated": {"outlet": "Wire Mirror", "url": "https://wiremirror.test/news/stryi",
                "text": "Last updated: 11 May 2024 09:12\n\n"
                        "A Russian strike on the railway station of Chernihiv killed six people "
                        "and wounded 14, the regional governor said."},
    "month_day": {"outlet": "Partisan Daily", "url": "https://partisan.test/stryi",
                  "text": "On 10 May, a Russian missile struck the railway station in Chernihiv, "
                          "killing six civilians, officials said.\n\n"
                          "The strike came hours after air raid sirens sounded across the "
                          "region."},
}


def _incident_of(incidents: list[dict], articles: list[dict], outlet: str) -> dict | None:
    ids = {a["id"] for a in articles if a["outlet"] == outlet}
    return next((i for i in incidents if ids & set(i["articles"])
                 and len(i["articles"]) > 1), None)


@pytest.mark.parametrize("shape", sorted(UNDATED))
def test_an_undated_repost_joins_the_dated_reports_of_its_strike(tmp_path, shape):
    incidents, articles = cli_exports(tmp_path, [*DATED, UNDATED[shape]])
    inc = _incident_of(incidents, articles, "Chernihiv Herald")
    assert inc is not None
    outlets = {a["outlet"] for a in articles if a["id"] in inc["articles"]}
    assert UNDATED[shape]["outlet"] in outlets
    assert inc["date_start"] == "2024-05-10"


def test_an_undated_repost_of_another_stations_strike_stays_apart(tmp_path):
    other = {"outlet": "Repost Hub", "url": "https://reposthub.test/?p=5532",
             "text": "A missile hit the railway station in Nizhyn, killing two people, the "
                     "mayor said.\n\nThe station's ticket hall was destroyed."}
    incidents, articles = cli_exports(tmp_path, [*DATED, other])
    inc = _incident_of(incidents, articles, "Chernihiv Herald")
    assert inc is not None
    outlets = {a["outlet"] for a in articles if a["id"] in inc["articles"]}
    assert "Repost Hub" not in outlets
