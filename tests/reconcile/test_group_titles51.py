"""Round voices51: an armed group's officer whose role the mention itself opens ("The KIA
Commander Zau Tan said …": the title read into the name) speaks for the group named right
before the mention, not for the state his rank and the group's land would make him an officer
of (reconcile/party_sides.voice_of_group). Sentences and names are our own."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.claimant_sides import claimant_side
from fogofwar.reconcile.party_sides import voice_of_group

from .test_claimant_sides import officer


@pytest.mark.parametrize(("text", "name"), [
    ("The KIA Commander Zau Tan said 30 soldiers died in the raid.", "Commander Zau Tan"),
    ("KIA spokesman Zau Tan said 30 soldiers died.", "spokesman Zau Tan"),
])
def test_a_role_opening_the_mention_speaks_for_the_group_before_it(text, name):
    m, art = officer(text, name, country="MMR")
    assert voice_of_group(m, art) == "kia"
    assert claimant_side(m, art) == "kia"


def test_a_state_force_before_the_role_is_no_group():
    m, art = officer("The Myanmar army Commander Zau Tan said 30 rebels died.",
                     "Commander Zau Tan", country="MMR")
    assert voice_of_group(m, art) is None
