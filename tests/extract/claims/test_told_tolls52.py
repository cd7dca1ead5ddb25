"""A toll that names its teller as the "by" agent of a participle of telling is the teller's
wherever it stands (stop 52): "along with the 7 dead already reported by the ministry" gives
the 7 to the ministry, relayed by the speaker who tells it beside his own; the narrator's "toll
of 8 dead reported by the agency" is the agency's. Before, only a toll after "than" left the
speaker's claim (extract/claims/compared_tolls.py), so these sat in the speaker's row or the
narrator's. A participle that tells no toll ("the 6 bodies found by villagers") gives none.

Each text was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claimant_text, exported_apart

OUTLET = "Daily Sun"

TEXTS = {
    "in_addition": "The envoy said he gave the council a list of 12 named people who were "
                   "killed, in addition to 9 others confirmed as dead by the army.",
    "along_with": "The monitor said he counted 20 people killed in the raid along with the 7 "
                  "dead already reported by the ministry.",
    "narrated": "The figure is double the toll of at least 8 dead reported by the provincial "
                "news agency.",
    "found_by": "Rescuers said they had pulled 14 people from the rubble, in addition to the 6 "
                "bodies found by villagers.",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_apart(lambda key: tmp_path_factory.mktemp(f"told52-{key}"), TEXTS, OUTLET)


def _holders(claims: list[dict], value: float) -> list[dict]:
    return [c for c in claims if claimant_text(c)
            and any(f["low"] == value for f in c.get("figures", []))]


@pytest.mark.parametrize(("key", "value", "teller", "speaker", "own"), [
    ("in_addition", 9.0, "army", "envoy", 12.0),
    ("along_with", 7.0, "ministry", "monitor", 20.0),
])
def test_a_told_toll_is_its_tellers_relayed_by_the_speaker(claims, key, value, teller,
                                                           speaker, own):
    holders = _holders(claims[key], value)
    assert [claimant_text(c) for c in holders] == [teller], holders
    assert holders[0]["chain"][:2] == [teller, speaker]
    assert [claimant_text(c) for c in _holders(claims[key], own)] == [speaker]


def test_the_narrators_told_toll_is_the_tellers(claims):
    holders = _holders(claims["narrated"], 8.0)
    assert [claimant_text(c) for c in holders] == ["provincial news agency"], claims["narrated"]
    assert holders[0]["chain"] == ["provincial news agency", OUTLET]


def test_a_participle_that_tells_no_toll_gives_none(claims):
    assert [claimant_text(c) for c in _holders(claims["found_by"], 6.0)] == ["Rescuers"]


COMPARED = {
    "clipped": "The governor said 30 people died. The governor's estimate was far below the "
               "more than 200 cited earlier in the day by a local rights group that has been "
               "visiting the villages.",
    "set_against": "The governor said 30 people died, far below the more than 200 cited "
                   "earlier in the day by a local rights group.",
}


@pytest.fixture(scope="module")
def compared(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_apart(lambda key: tmp_path_factory.mktemp(f"told52c-{key}"), COMPARED,
                          OUTLET)


def test_a_told_tolls_claim_reaches_the_clause_naming_its_teller(compared):
    (held,) = _holders(compared["clipped"], 200.0)
    assert claimant_text(held) == "local rights group"
    assert "by a local rights group" in held["sentence"], held["sentence"]


def test_a_speaker_who_sets_his_count_against_a_told_toll_relays_nothing(compared):
    (held,) = _holders(compared["set_against"], 200.0)
    assert claimant_text(held) == "local rights group"
    assert held["chain"] == ["local rights group", OUTLET]
