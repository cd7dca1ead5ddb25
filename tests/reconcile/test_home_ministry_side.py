"""A state's ministry named by no country speaks for the state of the page's land (issue 14,
round ministry37): "the Health Ministry said 40 were killed" on a page about one land's events
is that land's state, whose toll disputes an opposition's; on a page naming a second state as a
party (two states at war), whose ministry it is stays unsaid. Sentences written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.claimant_sides import (
    claimant_side,
    home_ministry_side,
    unnamed_ministry,
)

ONE_LAND = {"text": "", "places": [
    {"text": "Harar", "country": "ETH", "role": "location"},
    {"text": "Dire Dawa", "country": "ETH", "role": "location"},
    {"text": "Ethiopian", "country": "ETH", "role": "demonym"},
    {"text": "Mogadishu", "country": "SOM", "role": "location"}]}

TWO_STATES = {"text": "", "places": [
    {"text": "Kharkiv", "country": "UKR", "role": "location"},
    {"text": "Sumy", "country": "UKR", "role": "location"},
    {"text": "Russian", "country": "RUS", "role": "demonym"},
    {"text": "Moscow", "country": "RUS", "role": "actor"}]}


def _said(text: str) -> dict:
    return {"text": text, "actor_id": None, "name": None, "country": None, "sector": None,
            "side": None}


def test_an_unnamed_ministry_is_read_in_its_usual_forms():
    for said in ("the Health Ministry", "the Ministry of Health", "interior ministry",
                 "the Ministry of Public Security", "Defence Ministry officials",
                 "ministry statement"):
        assert unnamed_ministry(said), said
    for said in ("the group's interior ministry", "region’s health ministry",
                 "the Ministry of Defence of",
                 "local official from the interior ministry", "the army"):
        assert not unnamed_ministry(said), said


def test_an_unnamed_ministry_speaks_for_the_land_of_the_page():
    for said in ("the Health Ministry", "the Ministry of Defence", "interior ministry officials"):
        assert home_ministry_side(_said(said), ONE_LAND) == "eth"
        assert claimant_side(_said(said), ONE_LAND) == "eth"


def test_on_a_page_of_two_states_at_war_an_unnamed_ministry_takes_no_side():
    assert home_ministry_side(_said("the Defence Ministry"), TWO_STATES) is None
    # a ministry the mention names the state of keeps it
    russian = {**_said("the Russian Defence Ministry"), "country": "RUS"}
    assert claimant_side(russian, TWO_STATES) == "russia"


def test_no_side_where_no_land_leads_or_for_a_medium():
    tie = {"text": "", "places": [{"text": "Harar", "country": "ETH", "role": "location"},
                                  {"text": "Mogadishu", "country": "SOM", "role": "location"}]}
    assert home_ministry_side(_said("the Health Ministry"), tie) is None
    assert home_ministry_side({**_said("the Health Ministry"), "sector": "MED"}, ONE_LAND) is None


def test_no_side_where_one_place_alone_lies_in_the_land():
    thin = {"text": "", "places": [{"text": "Nigeria", "country": "NGA", "role": "location"},
                                   {"text": "Cameroon", "country": "CMR", "role": "actor"}]}
    assert home_ministry_side(_said("the defence ministry"), thin) is None


def test_no_side_in_a_land_an_armed_group_governs():
    yemen = {"text": "", "places": [{"text": "Sanaa", "country": "YEM", "role": "location"},
                                    {"text": "Saada", "country": "YEM", "role": "location"}]}
    assert home_ministry_side(_said("the Health Ministry"), yemen) is None
