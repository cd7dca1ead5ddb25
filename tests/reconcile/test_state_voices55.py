"""Round voices55: a state's voices left unsided on pages that make plain whose they are: a
region's officer titled so before his name or in an appositive after it ("Eastern
regional head X", "Y, a regional military official"), and a state's armed forces named by
their kind alone or with one voice of theirs ("the military said", "an army spokesman",
"military sources") on a page of one land's events; a body's unnamed voice followed by the
state's body it speaks from ("sources in the Indian Army", "an officer from Kirkuk police").
Sentences and names are our own."""

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


def _placed(text: str, name: str, place: str, code: str, role: str = "demonym") -> tuple:
    art = _page(text)
    at = text.index(place)
    art["places"] = [*art["places"], {"text": place, "country": code, "role": role,
                                      "start": at, "end": at + len(place)}]
    return _mention(art, name), art


@pytest.mark.parametrize(("text", "name", "place", "code", "role"), [
    ("Twelve soldiers died, the agency said, citing sources in the Ugandan army.", "sources",
     "Ugandan", "UGA", "demonym"),
    ("Four men died, an officer from Gulu police told reporters.", "officer", "Gulu", "UGA",
     "location"),
    ("Four men died, an officer in the Ugandan peacekeeping forces said.", "officer",
     "Ugandan", "UGA", "demonym"),
])
def test_a_voice_of_a_named_states_body_speaks_for_that_state(text, name, place, code, role):
    m, art = _placed(text, name, place, code, role)
    assert claimant_side(m, art) == "uga"


@pytest.mark.parametrize(("text", "name", "place", "code"), [
    # where, not whose: no state's body named after the voice
    ("Four men died, church sources in Gulu said.", "sources", "Gulu", "UGA"),
    # a clause, not the body's name, before the body word
    ("Four men died, sources in Gulu said the police had fled.", "sources", "Gulu", "UGA"),
    # an armed non-state class's forces
    ("Four men died, a source in the Ugandan rebel forces said.", "source", "Ugandan", "UGA"),
])
def test_a_voice_at_a_place_or_of_no_states_body_takes_no_state_from_it(text, name, place,
                                                                         code):
    m, art = _placed(text, name, place, code, "location")
    assert claimant_side(m, art) is None
