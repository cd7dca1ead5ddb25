"""Round voices55: a state's voices left unsided on pages that make plain whose they are: a
region's officer titled so before his name or in an appositive after it ("Eastern
regional head X", "Y, a regional military official"), and a state's armed forces named by
their kind alone or with one voice of theirs ("the military said", "an army spokesman",
"military sources") on a page of one land's events. Sentences and names are our own."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.claimant_sides import (
    claimant_side,
    home_ministry_side,
    unnamed_officials,
)

from .helpers import sides_mention as _mention
from .helpers import sides_page as _page
from .test_sides_disputes38 import ONE_LAND, TWO_STATES, _said


@pytest.mark.parametrize(("text", "name"), [
    ("Eastern regional head Amos Wekesa said 14 people died in the raid.", "Amos Wekesa"),
    ("Fourteen people died in the raid, said Amos Wekesa, a regional military official.",
     "Amos Wekesa"),
    ("Fourteen people died in the raid, said Amos Wekesa, the regional head.", "Amos Wekesa"),
])
def test_a_regional_officer_speaks_for_the_land(text, name):
    art = _page(text)
    assert claimant_side(_mention(art, name), art) == "ken"


def test_a_regional_rebel_commander_is_no_states_officer():
    art = _page("Regional rebel commander Amos Wekesa said 14 soldiers died.")
    assert claimant_side(_mention(art, "Amos Wekesa"), art) is None


@pytest.mark.parametrize("said", ["the military", "army", "an army spokesman",
                                  "military sources", "a military official", "army general",
                                  "Military officers"])
def test_forces_named_by_their_kind_are_a_states(said):
    assert unnamed_officials(said), said


@pytest.mark.parametrize("said", ["the rebel army", "military analysts", "army of the north",
                                  "the army spokesman's office", "military sources and locals"])
def test_forces_of_another_kind_or_with_more_words_are_not(said):
    assert not unnamed_officials(said), said


def test_the_military_speaks_for_the_one_land_of_the_page():
    assert home_ministry_side(_said("the military"), ONE_LAND) == "eth"
    assert home_ministry_side(_said("an army spokesman"), ONE_LAND) == "eth"
    # a second state named as a party: a foreign army may fight on the land's soil
    assert home_ministry_side(_said("the army"), TWO_STATES) is None
