"""Round chainsp24: relays that are no intermediary and intermediaries the tagger hid.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.extract import extract_claims

from ..conftest import article


def _cued(nlp, text, mentions=()):
    return [c for c in extract_claims(nlp(text), article(text, "Daily Sun"), list(mentions))
            if not c.narrator]


@pytest.mark.parametrize("text", [
    "The district health officer told the media that nine wounded men died overnight.",
    "Police officials told press on Tuesday that 14 gunmen were arrested near the bridge.",
    "The mayor told the press that four houses burned down after the shelling.",
])
def test_the_bare_media_are_an_audience_not_a_relay(nlp, text):
    (claim,) = _cued(nlp, text)
    assert claim.chain[-1] == "Daily Sun" and len(claim.chain) == 2


def test_a_speaker_who_told_the_media_goes_on_with_no_relay(nlp):
    text = ("The district health officer told the media that nine wounded men died overnight. "
            "He added that two more were flown to the capital.")
    claims = _cued(nlp, text)
    assert claims and all(len(c.chain) == 2 for c in claims)


@pytest.mark.parametrize("text", [
    "The district health officer told local media that nine wounded men died overnight.",
    "The district health officer told state-owned media that nine wounded men died overnight.",
])
def test_described_media_still_relay(nlp, text):
    (claim,) = _cued(nlp, text)
    assert len(claim.chain) == 3 and "media" in claim.chain[1]



@pytest.mark.parametrize("text, chain", [
    ("Major Somchai Dee, spokesman for the army, told local television station ABTV that the "
     "bomb was a roadside attack.", ["Major Somchai Dee", "ABTV", "Daily Sun"]),
    ("The provincial governor told local television station KRDX that six villagers were "
     "killed in the raid.", ["provincial governor", "KRDX", "Daily Sun"]),
])
def test_a_name_after_a_station_described_by_its_medium_is_the_relay(nlp, text, chain):
    (claim,) = _cued(nlp, text)
    assert claim.chain == chain
