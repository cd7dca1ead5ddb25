"""A speaker that estimates a count "at" a figure reports it: "hospital officials estimated the
fatalities at 52", "the monitor estimated the death toll at 120" (cues pack
`verbs_with_count`, as "put the toll at 8"); "estimate" otherwise needs a clause or a counted
object (round rows49: "Official sources estimated the fatalities at 379" fell to the outlet,
and the officials' toll was no row of theirs). Sentences written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.extract import extract_claims

from ..conftest import article


def _claims(nlp, text):
    return extract_claims(nlp(text), article(text, "Daily Sun"), [])


@pytest.mark.parametrize(("text", "speaker"), [
    ("Hospital officials estimated the fatalities at 52, with 300 wounded.", "Hospital officials"),
    ("The monitoring group estimated the death toll at 120 on Sunday.", "monitoring group"),
    ("Local medics estimated the number of dead at more than 40.", "medics"),
    ("Colonial records estimated the casualties at 210.", "Colonial records"),
])
def test_a_count_estimated_at_a_figure_is_cued(nlp, text, speaker):
    cued = [c for c in _claims(nlp, text) if not c.narrator]
    assert len(cued) == 1
    assert speaker in cued[0].claimant.text


@pytest.mark.parametrize("text", [
    "Engineers estimated the damage at the bridge at two million dollars.",
    "The farmers estimated the harvest at 40 tonnes.",
])
def test_an_estimate_of_no_count_of_people_makes_no_speaker(nlp, text):
    assert all(c.narrator for c in _claims(nlp, text))
