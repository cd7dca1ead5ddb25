"""A passive reporting verb in a subordinate clause with no "by" agent ("until the curfew was
announced", "after the truce was declared") names no teller: the subject it would inherit is
the main clause's actor, who announced nothing (round opened54: "Until the state of emergency
was announced ..., military personnel killed 82 people" gave the soldiers the toll). A passive
with its agent, and an active verb that shares its subject, keep their speaker.

Each sentence was written for these tests."""

from __future__ import annotations

import pytest

from .helpers import cued_claims

OUTLET = "Daily Sun"


@pytest.mark.parametrize("text", [
    "After the curfew was declared, soldiers shot 14 protesters in the square.",
    "Until the truce was announced to the villagers, the militia killed 30 people.",
    "Before the closure was reported, gunmen wounded 11 pilgrims near the shrine.",
])
def test_a_subordinate_passive_cue_gives_the_actor_no_voice(nlp, text: str) -> None:
    voices = [c.claimant.text for c in cued_claims(nlp, text, OUTLET) if c.claimant]
    assert voices == []


@pytest.mark.parametrize(("text", "voice"), [
    ("After the toll was confirmed by the ministry, 14 protesters were buried.", "ministry"),
    ("The governor said 14 protesters were shot after he was informed of the march.",
     "governor"),
])
def test_an_agent_or_an_own_subject_still_speaks(nlp, text: str, voice: str) -> None:
    voices = [c.claimant.text for c in cued_claims(nlp, text, OUTLET) if c.claimant]
    assert voice in voices
