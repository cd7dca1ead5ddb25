"""A speaker that moves its count "to" a figure reports it: "the ministry raised the death toll
to 55", "authorities increased the number of dead to seven" (cues pack `verbs_raising_count`);
a thing that happened moving the toll ("the blast raised the toll to 30") is nobody's report
(round toll39: the raising sentence fell to the outlet, and the step of the speaker's toll it
gave was lost). Sentences written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.extract import extract_claims

from ..conftest import article


def _claims(nlp, text):
    return extract_claims(nlp(text), article(text, "Daily Sun"), [])


@pytest.mark.parametrize(("text", "speaker"), [
    ("The regional health office on Tuesday raised the death toll to 41 from 33.", "health office"),
    ("Prosecutors later increased the number of dead guards to nine.", "Prosecutors"),
    ("Monitors revised the toll from the shelling of the market to more than 70.", "Monitors"),
    ("The interior ministry updated the number of people killed in the raid to 18.", "ministry"),
])
def test_a_speaker_raising_its_count_is_cued(nlp, text, speaker):
    cued = [c for c in _claims(nlp, text) if not c.narrator]
    assert len(cued) == 1
    assert speaker in cued[0].claimant.text


@pytest.mark.parametrize("text", [
    "The second blast raised the death toll to 30.",
    "The night's shelling increased the number of dead to 12.",
    "The ministry raised the matter to the cabinet.",
    "This raises the number of people killed in the district since May to 61.",
    "Rescuers found four more bodies, which raised the toll to 23.",
])
def test_an_event_or_no_figure_makes_no_speaker(nlp, text):
    assert all(c.narrator for c in _claims(nlp, text))



def test_the_count_raised_from_is_no_report(nlp):
    text = ("The spokesman announced the revised toll on Monday, March 3 2024, sharply raising "
            "the earlier count of nine deaths.")
    claims = [c for c in _claims(nlp, text) if not c.narrator]
    assert [c.claimant.text for c in claims] == ["spokesman"]


def test_a_count_from_a_source_still_speaks(nlp):
    text = "The latest figures from the Ministry of Interior put the death toll at 88."
    claims = [c for c in _claims(nlp, text) if not c.narrator]
    assert len(claims) == 1  # a cued claim, not the outlet's narration



def test_a_body_before_a_relative_pronoun_keeps_its_claim(nlp):
    text = ('"The toll from the strikes on the market has risen to 12," said Omar Haddad, head '
            'of the Levant Observatory, which had previously given a toll of nine.')
    cued = [c for c in _claims(nlp, text) if not c.narrator]
    assert [c.claimant.text for c in cued] == ["Levant Observatory"]
