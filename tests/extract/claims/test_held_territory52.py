"""The voice of a compared toll, named by the territory a party holds, speaks with the
holder's side (stop 52): "far fewer than the 300 deaths that health authorities in the
Houthi-ruled enclave reported" (extract/claims/compared_tolls.py, referents.held_territory,
cues pack `territory_holding_words`). Before, the voice had no side, so its toll, moved out of
the speaker's claim, disputed no other side's. The voice keeps its bare phrase ("health
authorities"), as the page's other lines name it.

Each text was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"; the phrase-level cases only annotate the sentence."""

from __future__ import annotations

import pytest

from fogofwar.annotate import annotate
from fogofwar.extract.referents import held_territory
from fogofwar.resolve import resolve_actors

from .helpers import claimant_text, exported_apart

OUTLET = "Daily Sun"

TEXTS = {
    "compared": "The coalition said 40 people were killed in the port, far fewer than the 300 "
                "deaths that health authorities in the Houthi-ruled enclave reported.",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_apart(lambda key: tmp_path_factory.mktemp(f"held52-{key}"), TEXTS, OUTLET)


def _holder_claims(claims: list[dict], value: float) -> list[dict]:
    return [c for c in claims if any(f["low"] == value for f in c.get("figures", []))]


@pytest.mark.parametrize(("key", "value"), [("compared", 300.0)])
def test_the_voice_in_a_held_territory_has_the_holders_country(claims, key, value):
    held = _holder_claims(claims[key], value)
    assert held, claims[key]
    claimant = held[0]["claimant"] or {}
    assert claimant_text(held[0]).lower() in ("health authorities", "health officials"), claimant
    assert claimant.get("country") == "YEM", claimant


def _holder(text: str, head: str):
    doc = next(iter(annotate([text])))
    tok = next(t for t in doc if t.text == head)
    return held_territory(tok, resolve_actors(doc))


def test_the_holder_of_the_territory():
    m = _holder("Health officials in the Houthi-run capital said 12 people were killed.",
                "officials")
    assert m is not None and m.country == "YEM"


def test_a_holder_no_pack_names_gives_no_side():
    # "rebel-held": no named holder
    assert _holder("Health authorities in the rebel-held district said nine people died.",
                   "authorities") is None


def test_a_besieged_territory_is_not_its_besiegers():
    # the party that besieges a town is the enemy of those inside it
    assert _holder("Health authorities in the Houthi-besieged city said nine people died.",
                   "authorities") is None
