"""A document a possessive pronoun owns, beside a speaker's cue (round opened55): "The army said
12 rebels were killed, according to its own tally" is the army's claim. The "according to" cue
names the pronoun ("its") as its source, and read alone the pronoun takes the nearest noun for
its owner ("rebels"), which became the claimant: the rebels' toll of their own dead. Beside
another cue the document is that speaker's, as a first person's is ("according to our
information", chains._first_person). Each text was written for these tests and goes through the
whole pipeline as an article of the fictional "Daily Sun".
"""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_apart

OUTLET = "Daily Sun"

TEXTS = {
    "its_tally": ("Troops shelled the market town on Sunday. The army said 12 rebels were "
                  "killed, according to its own tally."),
    "their_tally": ("Gunmen raided the camp at dawn. The militia said nine guards died, "
                    "according to their tally."),
    "own_figures": ("Troops shelled the market town on Sunday. The army said 12 rebels were "
                    "killed, according to its own figures."),
    "named_owner": ("Troops shelled the market town on Sunday. The mayor said 12 rebels were "
                    "killed, according to the army's own tally."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_apart(tmp_path_factory.mktemp, TEXTS, OUTLET)


def test_a_tally_its_pronoun_owns_is_the_speakers_not_the_nearest_nouns(exported):
    claim = claim_on(exported["its_tally"], "12 rebels")
    assert claim["claimant"]["text"] == "army"
    assert claim["chain"] == ["army", OUTLET]


def test_a_tally_their_pronoun_owns_is_the_speakers(exported):
    claim = claim_on(exported["their_tally"], "nine guards")
    assert claim["claimant"]["text"] == "militia"


def test_a_speakers_own_figures_stay_its_toll(exported):
    claim = claim_on(exported["own_figures"], "12 rebels")
    assert claim["chain"] == ["army", OUTLET]


def test_a_tally_a_name_owns_is_still_that_bodys(exported):
    # a document its owner names is the owner's words, which the speaker relays or not as
    # before: the rule reads pronouns only
    claim = claim_on(exported["named_owner"], "12 rebels")
    assert claim["claimant"]["text"] != "rebels"
