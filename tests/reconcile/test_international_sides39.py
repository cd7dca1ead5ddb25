"""An international body's voice speaks as a side of its own (round sides39).

The UN and its agencies, the ICRC, MSF, Amnesty and Human Rights Watch count a war's dead as
third parties: reconcile pack `international_body_sides` gives each body's voice its own side
(the UN's agencies and the WHO all "un"), where before it had none and its count disputed a
party's only as a named source of no side. Such a side disputes a party's toll, and nothing of
a voice of no side, a local voice or another such body (disputes._third_party_alone): they
count the same victims by their own reach. Sentences, names and figures are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from fogofwar.reconcile.claimant_sides import claimant_side, international_side
from fogofwar.reconcile.disputes import Stated, disputing
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.local_voices import LOCAL

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
