"""Chains on reporting the rules never saw (round chains50). Sentences written for these
tests in the forms the pages use."""

from __future__ import annotations

import pytest

from fogofwar.extract import extract_claims
from fogofwar.extract.claims.credits import dateline_relays

from ..conftest import article


@pytest.mark.parametrize("city", ["Nairobi", "Yaoundé"])
def test_bracketed_city_dates_a_release_and_credits_no_wire(city):
    # a rights group dates its releases "(Nairobi) – …": the city is no wire
    text = f"({city}) – Soldiers killed 14 villagers in March, the Rights League said today."
    assert dateline_relays(text, text.index("Soldiers"), "Rights League") == []


def test_bracketed_wire_still_credits():
    text = "(AFP) – Soldiers killed 14 villagers in March, the Rights League said today."
    assert dateline_relays(text, text.index("Soldiers"), "Daily Sun") == ["AFP"]


def test_bracketed_city_claim_has_no_relay(nlp):
    text = ("(Nairobi) – Soldiers killed at least 14 villagers in two raids in March, the "
            "Rights League said today.")
    claims = [c for c in extract_claims(nlp(text), article(text, "Daily Sun"), [])
              if not c.narrator]
    assert [c.chain for c in claims] == [["Rights League", "Daily Sun"]]
