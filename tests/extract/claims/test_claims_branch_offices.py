"""Claimants of round incidents23 (bench/data/conflict/README.md):

- a branch of a named body speaks for the body, not for the state it sits in ("Amnesty
  International's Kenya office said" is Amnesty);
- a headline kicker saying where ("CARNAGE IN KIDAL: …") is no speaker; a speaker label is;
- a participle of saying right after a noun of people who speak ("… and three residents
  claiming about 30 were killed") is theirs.

Each text was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "office": ("Amnesty International's Kenya office said that 40 people had died in the raid "
               "on the village."),
    "delegation": ("The United Nations' Sudan office said that 12 civilians were killed when "
                   "shells hit the camp on Monday."),
    "kicker": ("CARNAGE IN KIDAL: Market Hit By Shells, At Least 7 Dead\n\n"
               "Shells hit the main market of Kidal on Friday, killing at least seven traders, "
               "a local official said."),
    "speaker": ("Governor Ali: Seven traders were killed when shells hit the market\n\n"
                "Shells hit the main market on Friday."),
    "two_voices": ("The toll remains unclear, with a village chief estimating 12 deaths and "
                   "three residents claiming about 30 were killed."),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_claims(tmp_path_factory.mktemp("branches23"), TEXTS, OUTLET)


def _actor(claim: dict) -> str | None:
    return (claim.get("claimant") or {}).get("actor_id")


def test_a_country_office_speaks_for_its_body(claims):
    claim = claim_on(claims["office"], "40 people")
    assert _actor(claim) == "amnesty"


def test_a_un_country_office_speaks_for_the_un(claims):
    claim = claim_on(claims["delegation"], "12 civilians")
    assert _actor(claim) == "un"


def test_a_headline_kicker_saying_where_is_no_speaker(claims):
    heads = [c for c in claims["kicker"] if "Market Hit" in c["sentence"]]
    assert all("KIDAL" not in ((c.get("claimant") or {}).get("text") or "") for c in heads)


def test_a_headline_speaker_label_still_speaks(claims):
    claim = claim_on(claims["speaker"], "Seven traders")
    assert "Ali" in ((claim.get("claimant") or {}).get("text") or "")


def test_a_participle_of_saying_after_its_speakers_is_theirs(claims):
    claim = claim_on(claims["two_voices"], "about 30")
    assert "residents" in ((claim.get("claimant") or {}).get("text") or "")
