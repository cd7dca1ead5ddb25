"""An international body's voice, and a rights group's, speak as a side of their own (round
sides39).

The UN and its agencies, the ICRC, MSF, Amnesty and Human Rights Watch count a war's dead as
third parties: reconcile pack `international_body_sides` gives each body's voice its own side
(the UN's agencies and the WHO all "un"), where before it had none and its count disputed a
party's only as a named source of no side. Such a side disputes a party's toll, and nothing of
a voice of no side, a local voice or another such body (disputes._third_party_alone): they
count the same victims by their own reach. A rights group the packs do not know, named or
described, speaks as the rights side a state's own watchdog does (claimant_sides.rights_group),
and it and the land's opposition dispute nothing: each disputes the state. Sentences, names
and figures are our own.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from fogofwar.reconcile.claimant_sides import claimant_side, international_side, rights_group
from fogofwar.reconcile.disputes import Stated, _loose, disputing
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.local_voices import LOCAL
from fogofwar.reconcile.moments import sided_values

from .test_claimant_sides33 import page, speaker


@pytest.mark.parametrize(("text", "needle", "side"), [
    ("Shelling hit Marib. The World Health Organization said 14 people died.",
     "World Health Organization", "un"),
    ("Shelling hit Marib. UNICEF said nine children died.", "UNICEF", "un"),
    ("Shelling hit Marib. Doctors Without Borders said its clinic treated 30 wounded.",
     "Doctors Without Borders", "msf"),
    ("Troops fired on marchers, Human Rights Watch said, counting 22 dead.",
     "Human Rights Watch", "hrw"),
    ("Troops fired on marchers. Karl Vinter, a delegate of the ICRC, said 40 were hurt.",
     "Karl Vinter", "icrc"),
])
def test_an_international_bodys_voice_takes_the_bodys_own_side(text, needle, side):
    art = page(text)
    assert claimant_side(speaker(art, needle), art) == side


def test_a_pack_side_of_the_body_wins_and_an_unlisted_body_has_none():
    # a mention's side that no pack gives an international body ("syr": a state's) is not taken
    assert international_side("un", "syr") == "un"
    assert international_side("icrc", None) == "icrc"
    assert international_side("red_crescent") is None
    assert international_side("who") == "un"


def _stated(claimant: str, side: str | None, n: float) -> Stated:
    ref = EventRef({}, claimant, claimant, claimant, side, None, "violence")
    return Stated(ref, "killed", (n, n), (None, None), (date(2021, 5, 3), 0))


def test_a_third_party_disputes_a_partys_toll_only():
    un = _stated("United Nations", "un", 200)
    assert disputing(un, _stated("Defence Ministry", "mli", 40))
    assert disputing(un, _stated("Jama'at Front", "jnim", 300))
    assert not disputing(un, _stated("Harbour Gazette", None, 90))
    assert not disputing(un, _stated("residents", LOCAL, 500))
    assert not disputing(un, _stated("Human Rights Watch", "hrw", 260))


def test_a_third_party_echoing_a_partys_own_toll_disputes_none_of_it():
    ministry_first = _stated("Defence Ministry", "mli", 40)
    ministry_later = _stated("Defence Ministry spokesman", "mli", 55)
    un = _stated("United Nations", "un", 55)
    sided = sided_values([ministry_first, ministry_later, un])
    assert not disputing(un, ministry_first, sided=sided)  # the ministry's own 55, told by the UN
    assert disputing(_stated("United Nations", "un", 90), ministry_first, sided=sided)


def test_a_third_partys_vague_plural_disputes_no_one():
    un = replace(_stated("United Nations", "un", 200), vague=True)
    assert _loose(un)
    assert not _loose(_stated("United Nations", "un", 200))
    assert not _loose(replace(_stated("Defence Ministry", "mli", 200), vague=True))


@pytest.mark.parametrize(("text", "needle", "side"), [
    ("Police fired on marchers. A local human rights group said 31 were killed.",
     "A local human rights group", "rights"),
    ("Police fired on marchers. Rights bodies put the toll at 31.", "Rights bodies", "rights"),
    ("Police fired on marchers. Human rights advocates counted 31 dead.",
     "Human rights advocates", "rights"),
    ("Police fired on marchers. The Coalition for Human Rights counted 31 dead.",
     "The Coalition for Human Rights", "rights"),
])
def test_a_rights_group_speaks_as_the_rights_side(text, needle, side):
    art = page(text)
    m = speaker(art, needle)
    assert rights_group(m)
    assert claimant_side(m, art) == side


@pytest.mark.parametrize(("needle", "fields"), [
    ("the Ministry of Human Rights", {}),  # a state's body
    ("the Minister for Human Rights", {}),
    ("the Observatory for Human Rights", {"actor_id": "monitor", "sector": "NGO"}),  # packs'
    ("rights activists", {}),  # an activist is no body: the opposition's voice, if any
])
def test_no_rights_side_for_a_states_body_a_pack_actor_or_activists(needle, fields):
    art = page(f"Police fired on marchers. {needle} said 31 were killed.")
    assert not rights_group(speaker(art, needle, **fields))


def test_a_rights_group_and_the_opposition_dispute_nothing_but_each_the_state():
    rights = _stated("local rights group", "rights", 31)
    party = _stated("the opposition party", "opposition", 70)
    assert not disputing(rights, party)
    assert disputing(rights, _stated("Interior Ministry", "tza", 8))
    assert disputing(party, _stated("Interior Ministry", "tza", 8))
