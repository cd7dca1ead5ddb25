"""A party's or state's own medium giving a figure as its claimant speaks for that party
(reconcile/own_media.py); other media, and a state's medium of a war its state does not fight,
speak for none. Sentences are our own."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.claimant_sides import claimant_side
from fogofwar.reconcile.own_media import own_medium_side
from fogofwar.reconcile.speakers import is_medium


def page(text: str, name: str, home: str, actor_id: str | None = None,
         country: str | None = None, events: list | None = None) -> tuple[dict, dict]:
    """A claimant mention `name` (a medium) inside `text`, on a page whose places lie in
    `home`."""
    at = text.index(name)
    m = {"text": name, "start": at, "end": at + len(name), "actor_id": actor_id,
         "country": country, "sector": "MED", "side": None}
    places = [{"text": "Town", "country": home, "role": "location", "start": 0, "end": 4}] * 2
    return m, {"text": text, "places": places, "events": events or []}


def test_a_groups_channel_the_pack_knows_speaks_for_its_party():
    m, art = page("Town, Monday: Al-Masirah said 14 fishermen died.", "Al-Masirah", "YEM",
                  actor_id="almasirah", country="YEM")
    assert claimant_side(m, art) == "yem"   # the Houthis govern Yemen: its side


def test_a_state_owned_agency_speaks_for_its_state_on_its_own_war():
    m, art = page("Town, Monday: WAFA said 9 farmers died.", "WAFA", "PSE",
                  actor_id="wafa", country="PSE")
    assert claimant_side(m, art) == "pse"


def test_a_state_owned_medium_of_a_state_no_party_to_the_war_is_no_voice():
    m, art = page("Town, Monday: Al Jazeera said 9 farmers died.", "Al Jazeera", "PSE",
                  actor_id="aljazeera", country="QAT")
    assert own_medium_side(m, art, True) is None


@pytest.mark.parametrize(("text", "name", "home", "side"), [
    ("Town, Friday: state media said 21 guards were killed.", "state media", "PAK", "pak"),
    ("Town, Friday: Israeli media said 7 children were killed.", "Israeli media", "LBN",
     "israel"),
    ("Town, Friday: the Houthi-run television said 30 were killed.",
     "Houthi-run television", "YEM", "yem"),
])
def test_a_medium_the_page_writes_as_a_partys_own(text, name, home, side):
    country = "ISR" if name.startswith("Israeli") else None
    m, art = page(text, name, home, country=country)
    assert own_medium_side(m, art, is_medium(m)) == side


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Town, Friday: a French news agency said 4 miners died.", "French news agency", "FRA"),
    ("Town, Friday: Reuters said 4 miners died.", "Reuters", "GBR"),
    ("Town, Friday: the official Kowloon news agency KNA said 4 died.",
     "official Kowloon news agency KNA", None),
])
def test_other_media_speak_for_no_party(text, name, country):
    m, art = page(text, name, "UKR", actor_id="reuters" if name == "Reuters" else None,
                  country=country)
    assert own_medium_side(m, art, True) is None


def test_only_a_claimant_medium_is_read_so_not_a_person():
    m, art = page("Town, Friday: Omar Said told reporters 4 died.", "Omar Said", "PAK")
    m["sector"] = None
    assert own_medium_side(m, art, is_medium(m)) is None
