"""A party named after a comma by a description of the opposition, a speaker titled by a role
alone right after his party spoke, and a surname alone after the page named the person in
full (reconcile/claimant_sides.py: `opposition_named`, `party_role_side`,
`same_person_side`). Sentences are our own."""

from __future__ import annotations

from fogofwar.reconcile.claimant_sides import OPPOSITION, claimant_side

from .helpers import sides_mention as _mention
from .helpers import sides_page as _page


def test_a_party_set_after_a_description_of_the_opposition_is_the_opposition():
    art = _page("Town, Friday: 40 marchers died, according to the largest opposition "
                "party, Umoja, which blamed the police.")
    assert claimant_side(_mention(art, "Umoja"), art) == OPPOSITION


def test_a_party_set_after_another_description_keeps_no_opposition_side():
    art = _page("Town, Friday: 40 marchers died, according to the largest farmers' "
                "union, Umoja, which blamed the police.")
    assert claimant_side(_mention(art, "Umoja"), art) != OPPOSITION


def test_its_spokesman_then_speaks_for_the_opposition():
    art = _page("Town, Friday: 40 marchers died, the largest opposition party, Umoja, said.\n\n"
                "The dead lay in three hospitals, said spokesman Peter Odera.\n\n"
                "Odera said the count would rise.")
    _mention(art, "Umoja")
    assert claimant_side(_mention(art, "spokesman Peter Odera", sector="GOV"), art) \
        == OPPOSITION
    assert claimant_side(_mention(art, "Odera", nth=1), art) == OPPOSITION


def test_a_spokesman_after_a_states_voice_is_not_the_oppositions():
    art = _page("Town, Friday: 40 marchers died, the police said.\n\n"
                "The dead lay in three hospitals, said spokesman Peter Odera.")
    _mention(art, "police", sector="GOV")
    assert claimant_side(_mention(art, "spokesman Peter Odera", sector="GOV"), art) \
        != OPPOSITION


def test_a_surname_takes_the_side_of_the_persons_full_mention():
    art = _page("Town, Friday: opposition leader Ann Wekesa said 40 died.\n\n"
                "Wekesa said the police fired first.")
    assert claimant_side(_mention(art, "Ann Wekesa"), art) == OPPOSITION
    assert claimant_side(_mention(art, "Wekesa", nth=1), art) == OPPOSITION


def test_a_medium_the_page_says_is_owned_by_the_opposition_leader_is_his_voice():
    art = _page("Town, Friday: Radio Sauti, which is owned by opposition leader Ann Wekesa, "
                "said about 50 died.")
    _mention(art, "opposition leader Ann Wekesa")
    assert claimant_side(_mention(art, "Radio Sauti", sector="MED"), art) == OPPOSITION


def test_a_medium_owned_by_a_voice_of_no_side_stays_unsided():
    art = _page("Town, Friday: Radio Sauti, which is owned by businessman Tom Kip, "
                "said about 50 died.")
    _mention(art, "businessman Tom Kip")
    assert claimant_side(_mention(art, "Radio Sauti", sector="MED"), art) is None
