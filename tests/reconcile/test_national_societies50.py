"""A land's own Red Cross society is not the ICRC (round voices50).

- "Red Cross" with a land's name, possessive or demonym, or "local", "national", "the
  country's" right before it ("the Kenya Red Cross", "a volunteer from the country's Red
  Cross", "citing local Red Cross records") is a land's own society (reconcile pack
  `national_society_names`, `national_society_qualifiers`): its land's witness, speaking as no
  side, as a land's Red Crescent society does, not as the ICRC's third party whose count
  disputes the parties'. The bare name, the ICRC's full name and "the International Red
  Cross" stay the ICRC's.

Sentences and names are our own.
"""

from __future__ import annotations

import pytest

from fogofwar.reconcile.claimant_sides import claimant_side, international_voice

from .test_claimant_sides33 import page, speaker


@pytest.mark.parametrize(("text", "needle"), [
    ("Floods hit Tarvo. The Ugandan Red Cross said 40 people had died.", "Red Cross"),
    ("Floods hit Tarvo. The Uganda Red Cross put the toll at 40.", "Red Cross"),
    ("The toll rose to 90, a volunteer from the country's Red Cross told reporters.",
     "Red Cross"),
    ("The watchdog, citing local Red Cross records, said 28 people died.", "Red Cross"),
    ("Floods hit Tarvo. Uganda's Red Cross said 40 people had died.", "Red Cross"),
])
def test_a_lands_own_red_cross_speaks_as_no_side(text, needle):
    art = page(text)
    m = speaker(art, needle, actor_id="icrc", country="CHE", sector="NGO")
    assert international_voice(m, art) == "national_society"
    assert claimant_side(m, art) is None


@pytest.mark.parametrize(("text", "needle"), [
    ("Floods hit Tarvo. The Red Cross said 40 people had died.", "Red Cross"),
    ("Floods hit Tarvo. The International Red Cross said 40 people had died.", "Red Cross"),
    ("Floods hit Tarvo. The International Committee of the Red Cross said 40 died.",
     "International Committee of the Red Cross"),
    ("Floods hit Tarvo. Meanwhile, Red Cross sources said 40 people had died.",
     "Red Cross sources"),
])
def test_the_red_cross_unqualified_stays_the_icrc(text, needle):
    art = page(text)
    m = speaker(art, needle, actor_id="icrc", country="CHE", sector="NGO")
    assert international_voice(m, art) == "icrc"
    assert claimant_side(m, art) == "icrc"
