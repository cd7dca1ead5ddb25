"""A national office that names no state, on a page filed from the outlet's own land
(round voices45).

A paper of a state the page names as a party, filing from a place of that state ("LAHORE:
Indian jets struck ... Defence Minister X said"), writes its own state's officials by title
alone; the land its other places mostly lie in (the strikes' side of the line) is the other
party's. Read from that land, its own defence minister's toll of its wounded soldiers was the
attacker's. The dateline gives the outlet's state, still a land fallback (`LandSide`,
"dateline") that yields to the side other pages name for the person. Without a dateline, or
with one in the land, the side stays the land's (marked "outlet" where the outlet doubts it).

Sentences and names are our own.
"""

from __future__ import annotations

from fogofwar.reconcile.claimant_sides import LandSide, claimant_side, country_side, land_basis
from fogofwar.reconcile.state_body_sides import dateline_country

from .test_claimant_sides33 import page, speaker

PLACES = [("Indian", "IND", "demonym"), ("Kot", "IND", "location"),
          ("Lora", "IND", "location"), ("Pakistan", "PAK", "actor")]
BODY = ("Indian jets struck camps near Kot and Lora, Pakistan said on Tuesday. Defence "
        "Minister Ali Rana said nine soldiers were hurt.")


def _side(text: str, dateline: tuple | None, outlet: str = "Dawn"):
    art = {**page(text, places=[*([dateline] if dateline else []), *PLACES]), "outlet": outlet}
    return claimant_side(speaker(art, "Defence Minister Ali Rana", sector="GOV"), art), art


def test_a_dateline_in_the_outlets_own_state_gives_that_state():
    side, art = _side("LAHORE: " + BODY, ("LAHORE", "PAK", "location"))
    assert dateline_country(art) == "PAK"
    assert (side, land_basis(side)) == (country_side("PAK"), "dateline")
    assert isinstance(side, LandSide)
    # a dateline after a headline line counts too
    side, _ = _side("Strikes across the line\nLAHORE: " + BODY, ("LAHORE", "PAK", "location"))
    assert side == country_side("PAK")


def test_no_dateline_or_one_in_the_land_keeps_the_land():
    side, art = _side(BODY, None)
    assert dateline_country(art) is None
    assert (side, land_basis(side)) == (country_side("IND"), "outlet")
    # a place in capitals inside a line, or written in lower case, is no dateline
    side, _ = _side("Reports from Lahore: " + BODY, ("Lahore", "PAK", "location"))
    assert (side, land_basis(side)) == (country_side("IND"), "outlet")
    # filed from the land itself: the land's
    side, _ = _side("SRINAGAR: " + BODY, ("SRINAGAR", "IND", "location"))
    assert (side, land_basis(side)) == (country_side("IND"), "outlet")
    # the land's own paper: its land, its minister, whatever the dateline
    side, _ = _side("LAHORE: " + BODY, ("LAHORE", "PAK", "location"), outlet="NDTV")
    assert (side, land_basis(side)) == (country_side("IND"), "land")
