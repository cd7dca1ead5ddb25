"""Which side a claimant speaks for on a conflict no pack gives sides for (round disputes17).

Sentences and names are our own; the groups are the actor packs' (al-Shabaab, the BLA, Hamas,
the Houthis) and the Syrian pack's words ("rebels", "government forces", "government official").
"""

from __future__ import annotations

import pytest

from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.claimant_sides import (
    based_where,
    claimant_side,
    home_body_side,
    in_conflict,
    mention_side,
    voice_of_group,
)
from fogofwar.reconcile.summary import classify_sources
from fogofwar.resolve.nonstate import group_named

from .helpers import article, killed


def page(*countries: str) -> dict:
    """An article naming places in these countries (ISO3), as the export gives them."""
    return {"places": [{"text": c, "country": c} for c in countries]}


def group(text: str, actor_id: str | None, country: str | None = None) -> dict:
    return {"text": text, "actor_id": actor_id, "country": country, "sector": "REB",
            "side": None}


@pytest.mark.parametrize(("m", "side"), [
    (group("al-Shabaab fighters", "alshabaab", "SOM"), "alshabaab"),
    (group("the Baloch separatists", "bla", "PAK"), "bla"),
    (group("gunmen", None), None),                  # no group named: no known party
    (group("Pakistani rebels", None, "PAK"), None),  # nor its country's side
])
def test_a_named_armed_group_is_its_own_party(m, side):
    assert mention_side(m, page("KEN")) == side


@pytest.mark.parametrize(("text", "party"), [
    ("BLA spokesperson", "bla"),
    ("the al-Shabaab spokesman", "alshabaab"),
    ("Houthi’s defence ministry", "houthis"),
    ("Hamas-run civil defence", None),  # who runs a body of a place, not the group itself
    ("Kenyan police", None),
    ("a witness", None),
])
def test_a_body_named_after_a_group_is_the_groups(text, party):
    assert group_named(text) == party


def test_a_group_named_in_a_claimants_name_gives_it_the_groups_party():
    m = {"text": "BLA spokesperson", "actor_id": None, "country": "PAK", "sector": None,
         "side": None}
    assert mention_side(m, page("PAK")) == "bla"  # not Pakistan's, whose name the page gives


def test_a_group_the_authority_of_a_land_speaks_for_that_lands_side():
    hamas = group("Hamas", "hamas", "PSE")
    ministry = {"text": "the health ministry in Gaza", "actor_id": None, "country": "PSE",
                "sector": "GOV", "side": None}
    assert mention_side(hamas, page("PSE")) == mention_side(ministry, page("PSE"))
    officials = {"text": "Houthi health officials", "actor_id": None, "country": None,
                 "sector": None, "side": None}
    assert mention_side(officials, page("YEM")) == mention_side(
        group("the Houthis", "houthis", "YEM"), page("YEM"))


@pytest.mark.parametrize(("m", "elsewhere"), [
    ({"text": "rebels", "actor_id": "rebels", "country": "SYR", "sector": "REB",
      "side": "opposition"}, None),
    ({"text": "government forces", "actor_id": "syr_army", "country": "SYR", "sector": "MIL",
      "side": "syria_gov"}, None),
    ({"text": "a government official", "actor_id": None, "country": None, "sector": None,
      "side": "syria_gov"}, None),  # a descriptor side of the Syrian pack
    ({"text": "Hezbollah", "actor_id": "hezbollah", "country": "LBN", "sector": "REB",
      "side": "syria_gov"}, "hezbollah"),
])
def test_a_conflict_packs_sides_hold_on_its_own_conflict_only(m, elsewhere):
    assert mention_side(m, page("SYR", "TUR")) == m["side"]
    assert mention_side(m) == m["side"]             # no page: as the pack says
    assert mention_side(m, page()) == m["side"]     # a page naming no country: the same
    assert mention_side(m, page("YEM", "SAU")) == elsewhere


def test_a_state_keeps_its_label_on_another_war_where_the_page_names_it():
    russia = {"text": "Russian troops", "actor_id": "rus_mil", "country": "RUS",
              "sector": "MIL", "side": "russia"}
    assert mention_side(russia, page("UKR", "RUS")) == "russia"
    assert not in_conflict(page("UKR", "RUS"))
    kenya = {"text": "Kenyan soldiers", "actor_id": None, "country": "KEN", "sector": "MIL",
             "side": None}
    assert mention_side(kenya, page("KEN")) == "ken"


def test_a_group_against_a_state_is_cross_side():
    assert classify_sources({"al-Shabaab": mention_side(group("al-Shabaab", "alshabaab")),
                             "Kenyan army": "ken"}) == "cross-side"


def test_a_groups_toll_against_a_states_is_a_dispute_across_sides():
    claim = ("The insurgents said they had killed 30 soldiers in the raid on the camp, "
             "while the army said 4 soldiers died.")
    a = article("a", "Outlet A", [{"type": "FIGHT", "figures": [killed(30)]}],
                claimant=("al-Shabaab", None), text=claim)
    a["claims"][0]["claimant"] = {**group("al-Shabaab", "alshabaab", "SOM"), "start": 0,
                                  "end": 10, "name": "al-Shabaab"}
    b = article("b", "Outlet B", [{"type": "FIGHT", "figures": [killed(4)]}],
                claimant=("Kenyan army", "ken"), text=claim)
    (inc,) = build_incidents([a, b])
    assert inc["corroboration"] == "cross-side"
    (con,) = inc["contradictions"]
    assert sorted(con["values"]) == ["30", "4"]


def _body(text: str) -> dict:
    return {"text": text, "start": 0, "end": len(text), "actor_id": None, "name": None,
            "country": None, "sector": None, "side": None}


def test_a_state_body_named_by_no_country_speaks_for_the_land_of_the_page():
    page = {"places": [{"text": "Gao", "country": "MLI", "role": "location"},
                       {"text": "Menaka", "country": "MLI", "role": "location"},
                       {"text": "Niamey", "country": "NER", "role": "location"}]}
    for said in ("the government", "Authorities", "the country’s authorities"):
        assert home_body_side(_body(said), page) == "mli"
    # a body with more words than that, or a page with no leading country, takes none here
    assert home_body_side(_body("the regional authorities"), page) is None
    tie = {"places": [{"text": "Gao", "country": "MLI", "role": "location"},
                      {"text": "Niamey", "country": "NER", "role": "location"}]}
    assert home_body_side(_body("the government"), tie) is None
    assert home_body_side({**_body("the government"), "sector": "MED"}, page) is None


def officer(text: str, name: str, country: str | None = None) -> tuple[dict, dict]:
    """A titled speaker's last mention on a page of `text`, and the page (Myanmar's places)."""
    at = text.rfind(name)
    m = {"text": name, "start": at, "end": at + len(name), "actor_id": None,
         "country": country, "sector": "MIL", "side": None}
    places = [{"text": "Kachin State", "country": "MMR", "role": "location", "start": 0,
               "end": 0}] * 2
    return m, {"text": text, "places": places, "claims": []}


@pytest.mark.parametrize("text", [
    "Jets hit a village the Kachin Independence Army held, its spokesman Major Zau Tan told us."
    " Later Major Zau Tan said 30 had died.",
    "KIA spokesman Major Zau Tan said 30 died. “More will die,” Major Zau Tan said.",
    "The KIA’s spokesman Major Zau Tan said 30 died.",
])
def test_a_groups_spokesman_speaks_for_the_group_not_the_state_his_rank_suggests(text):
    m, art = officer(text, "Major Zau Tan", country="MMR")
    assert claimant_side(m, art) == "kia"


def test_a_state_spokesman_after_a_group_named_earlier_is_no_voice_of_the_group():
    m, art = officer("After the KIA raid, army spokesman Major Zau Tan said 30 died.",
                     "Major Zau Tan")
    assert voice_of_group(m, art) is None


@pytest.mark.parametrize(("text", "based"), [
    ("the Paris-based war monitor", True),
    ("a rights group headquartered in Geneva", True),
    ("the Kenyan police", False),
])
def test_where_a_body_is_based_is_no_side_of_it(text, based):
    assert based_where(text) is based
    m = {"text": text, "start": 0, "end": len(text), "actor_id": None, "country": "FRA",
         "sector": None, "side": None}
    art = {"text": text, "places": [{"text": "Paris", "country": "FRA", "role": "location",
                                     "start": 4, "end": 9}], "claims": []}
    assert (claimant_side(m, art) is None) is based
