"""Chains whose claimant and relays are chosen by the structure of the sentence, not by the
names in it (round chains26). Sentences written for these tests."""

from __future__ import annotations

from .helpers import cued_claims, the_claim_on

OUTLET = "Daily Sun"


def _cued(nlp, text, media=()):
    return cued_claims(nlp, text, OUTLET, media)


def test_a_negated_cue_set_against_a_but_said_keeps_the_carried_medium(nlp):
    text = ("A rebel commander told Reuters that 40 soldiers had been killed near the bridge. "
            "He did not say how many fighters remained but said the rebels controlled three "
            "towns.")
    claims = _cued(nlp, text, ["Reuters"])
    assert the_claim_on(claims, "three towns").chain == ["rebel commander", "Reuters", OUTLET]


def test_a_negated_cue_alone_still_says_nothing(nlp):
    text = ("A militia spokesman told Reuters that 25 policemen were killed at the post. "
            "He did not say how many of his fighters were lost.")
    claims = _cued(nlp, text, ["Reuters"])
    assert "Reuters" not in the_claim_on(claims, "fighters were lost").chain


def test_a_voice_framing_the_words_is_not_carried(nlp):
    text = ("Residents reported heavy damage to the souk, according to a local doctor.\n\n"
            "The residents said four shops had burned down.")
    claims = _cued(nlp, text)
    assert the_claim_on(claims, "four shops").chain == ["residents", OUTLET]


def test_according_to_an_unknown_name_citing_a_voice_relays_it(nlp):
    text = ("At least 8 soldiers were killed, according to Al-Tahrir Online, citing military "
            "sources.")
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["military sources", "Al-Tahrir Online", OUTLET]


def test_citing_a_document_with_no_author_is_the_speakers_own(nlp):
    text = "Two dock workers were wounded, the port authority said, citing preliminary data."
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["port authority", OUTLET]


def test_citing_findings_with_no_author_is_the_speakers_own(nlp):
    text = "Three engineers died, a railway official told Suspilne, citing initial findings."
    (claim,) = _cued(nlp, text, ["Suspilne"])
    assert claim.chain == ["railway official", "Suspilne", OUTLET]
