"""A medium the sentence writes as an armed group's own speaks for that group (round
figures18: "the Houthi movement's Al-Masirah channel said ... 40 bodies" was a voice of no side,
so the Houthis' rising toll was no revision). Sentences are our own; the groups are the actor
packs' (al-Shabaab, the Houthis, Hamas)."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.claimant_sides import claimant_side, owned_medium_side


def medium(text: str, before: str, country: str = "YEM") -> tuple[dict, dict]:
    body = before + text + " said 12 bodies had been recovered."
    m = {"text": text, "start": len(before), "end": len(before) + len(text),
         "actor_id": None, "country": country, "sector": "MED", "side": None}
    return m, {"text": body, "places": []}


@pytest.mark.parametrize(("before", "side"), [
    ("On Monday, the Houthi movement’s ", "yem"),   # the Houthis govern Yemen: its side
    ("The Houthi rebels´ ", "yem"),
    ("Later al-Shabaab's ", "alshabaab"),
])
def test_a_groups_own_channel_speaks_for_it(before, side):
    m, art = medium("Coast Radio", before)
    assert owned_medium_side(m, art) == side
    assert claimant_side(m, art) == side


@pytest.mark.parametrize("before", [
    "On Monday, ",                       # no owner written
    "The group's ",                      # an owner no pack names
    "Yemen's ",                          # a country's medium is no party's voice here
    "The Houthis said in a statement.\nThe ministry's ",  # another line's words
])
def test_other_media_speak_for_no_party(before):
    m, art = medium("Coast Radio", before)
    assert owned_medium_side(m, art) is None


def test_only_media_are_read_so():
    m, art = medium("Abdul Karim", "The Houthi movement's ")
    m["sector"] = None
    assert owned_medium_side(m, art) is None
