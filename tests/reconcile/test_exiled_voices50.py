"""Round sides50: a government, cabinet or group in exile speaks for the state's opponents,
not for no one (left unsided it disputed no toll of the state it opposes). Sentences and
names are our own."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.claimant_sides import OPPOSITION, claimant_side

TEXT = ("Troops fired on marchers in Varnos on Monday. The region's exiled government said 40 "
        "people were killed; the provincial governor said 9 died.")
PAGE = {"text": TEXT, "claims": [], "places": [], "actors": []}


def _voice(text: str, sector: str | None = None) -> dict:
    at = TEXT.find(text)
    return {"text": text, "start": at if at >= 0 else None,
            "end": at + len(text) if at >= 0 else None, "actor_id": None, "name": None,
            "country": None, "sector": sector, "side": None}


@pytest.mark.parametrize("text", ["region's exiled government", "the government-in-exile",
                                  "an exile group"])
def test_a_government_or_group_in_exile_speaks_for_the_opposition(text):
    assert claimant_side(_voice(text), PAGE) == OPPOSITION


def test_a_medium_in_exile_keeps_no_side():
    assert claimant_side(_voice("an exiled radio station", "MED"), PAGE) != OPPOSITION
