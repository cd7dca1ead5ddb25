"""Round voices54: a spokesman or commander named by an armed class's role ("rebel spokesman
Ko Lwin", "the guerrilla spokesman", "KNU military spokesman X") speaks for the one named
armed group his page names, not for the state his title alone would make him an officer of
(reconcile/party_sides.voice_of_group). Sentences and names are our own."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.claimant_sides import claimant_side
from fogofwar.reconcile.party_sides import voice_of_group

from .test_claimant_sides import officer


def _with_group(text: str, name: str, group: str = "KIA", group_id: str = "kia"):
    m, art = officer(text, name, country=None)
    m["sector"] = "GOV"
    at = text.find(group)
    art["actors"] = [{"text": group, "start": at, "end": at + len(group),
                      "actor_id": group_id, "country": "MMR", "sector": "REB"}]
    return m, art


@pytest.mark.parametrize(("text", "name"), [
    ("The KIA attacked a post near Laiza. Rebel spokesman Zau Tan said 12 soldiers died.",
     "spokesman Zau Tan"),
    ("The KIA attacked a post near Laiza, and a rebel military spokesman Zau Tan said 12 "
     "soldiers died.", "spokesman Zau Tan"),
    ("The KIA attacked a post near Laiza. The guerrilla spokesman said 12 soldiers died.",
     "guerrilla spokesman"),
])
def test_an_armed_class_role_speaks_for_the_pages_one_group(text, name):
    m, art = _with_group(text, name)
    assert voice_of_group(m, art) == "kia"
    assert claimant_side(m, art) == "kia"


def test_a_modifier_between_the_group_and_the_role_keeps_the_group():
    m, art = _with_group("A KIA military spokesman Zau Tan said 12 soldiers died near Laiza.",
                         "spokesman Zau Tan")
    assert voice_of_group(m, art) == "kia"


def test_a_rebel_role_on_a_page_of_no_named_group_is_no_groups_voice():
    m, art = officer("Fighting went on near Laiza. Rebel spokesman Zau Tan said 12 died.",
                     "spokesman Zau Tan")
    assert voice_of_group(m, art) is None


def test_an_army_spokesman_on_a_rebel_page_stays_the_states():
    m, art = _with_group("The KIA attacked a post near Laiza. Army spokesman Zau Tan said 12 "
                         "rebels died.", "spokesman Zau Tan")
    assert voice_of_group(m, art) is None
