"""Round voices54: a body or medium the words right before it give to a named armed group
("the Taliban's Ministry of Defence", "the Houthi government's Ministry of Health", "the
Houthi-controlled Saba TV") speaks for that group's party, not for no one on a land of two
authorities (reconcile/party_sides.owner_group_side). Sentences and names are our own."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.claimant_sides import claimant_side
from fogofwar.reconcile.party_sides import owner_group_side
from fogofwar.reconcile.side_basics import group_party

from .test_claimant_sides33 import page, speaker


@pytest.mark.parametrize(("text", "needle", "sector", "group"), [
    ("Jets struck a prison in Saada. Later the Houthi government's Ministry of Health said 60 "
     "were killed.", "Ministry of Health", "GOV", "houthis"),
    ("A raid hit Kunduz. The Taliban's Ministry of Defence said 12 fighters died.",
     "Ministry of Defence", "GOV", "taliban"),
    ("Jets struck a market in Saada, and the Houthi-controlled Saba TV said 30 died.",
     "Saba TV", "MED", "houthis"),
])
def test_a_body_its_owner_group_names_speaks_for_the_group(text, needle, sector, group):
    art = page(text)
    m = speaker(art, needle, sector=sector)
    assert owner_group_side(m, art) == group_party(group)
    assert claimant_side(m, art) == group_party(group)


def test_a_group_named_earlier_in_the_clause_owns_no_body():
    art = page("After the Houthi attack the Ministry of Health said 60 were killed.")
    m = speaker(art, "Ministry of Health", sector="GOV")
    assert owner_group_side(m, art) is None


def test_the_groups_victims_are_no_body_of_it():
    art = page("A raid hit Kunduz. The Taliban's victims said 12 people died.")
    m = speaker(art, "victims")
    assert owner_group_side(m, art) is None
