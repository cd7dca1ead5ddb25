"""Round sources47: a document or count is no speaker. When the chain names the body or person
who made, quoted or cited it right after it ("the casualty number quoted by the party",
"reports released by activists", "a review ... had confirmed, officials said", "citing
information ..., a spokesman said"), that voice is the claimant and the document leaves the
chain; a medium after it stays its relay ("the statement said, Xinhua reported"). A document's
author named by its participle is found for "figures" (lemmatised "figure"), an accented
"communiqué" and a report "given by" its author. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import cued_claims, the_claim_on

OUTLET = "Daily Sun"


def _cued(nlp, text, media=()):
    return cued_claims(nlp, text, OUTLET, media)


@pytest.mark.parametrize(("text", "words", "claimant", "chain"), [
    pytest.param(
        "The clashes left many dead. However, the casualty number quoted by the farmers' union "
        "was more than 500.",
        "casualty number", "union", None,
        id="a count quoted by a body is the body's"),
    pytest.param(
        "Army officials said on Thursday that a review of the air strike had confirmed that 30 "
        "civilians were killed.",
        "review of the air strike", "Army officials", ["Army officials", OUTLET],
        id="a finding inside the speaker's clause is no voice"),
    pytest.param(
        "The communiqué released by the army said the ambush cost the lives of seven soldiers.",
        "ambush cost", "army", ["army", OUTLET],
        id="an accented communique names its author"),
    pytest.param(
        "The death toll from the raid has risen to 40, according to figures released Wednesday "
        "by state authorities.",
        "risen to 40", "state authorities", ["state authorities", OUTLET],
        id="figures released by a body are the body's"),
    pytest.param(
        "A previous report given by an association of doctors had put the toll at 13.",
        "previous report", "association", None,
        id="a report given by its author"),
])
def test_a_document_is_its_authors(nlp, text, words, claimant, chain):
    claim = the_claim_on(_cued(nlp, text), words)
    assert claimant in claim.claimant.text
    if chain is not None:
        assert claim.chain == chain


def test_a_medium_after_the_document_stays_its_relay(nlp):
    text = ("Security forces killed 11 militants in the north on Sunday. Two soldiers were also "
            "killed, the statement said, Xinhua reported.")
    claim = the_claim_on(_cued(nlp, text, ["Xinhua"]), "Two soldiers")
    assert claim.claimant.text == "statement"
    assert claim.chain[1] == "Xinhua"


def test_a_named_document_keeps_its_voice(nlp):
    text = ("More than 300 people were killed in the region last year, according to the Armed "
            "Conflict Location and Event Data, cited by the United Nations.")
    claim = the_claim_on(_cued(nlp, text), "300 people")
    assert "Data" in claim.claimant.text


@pytest.mark.parametrize(("text", "words", "issuer"), [
    pytest.param(
        "The Camp Emergency Room said in a statement that artillery fire struck the camp.\n\n"
        "It said shelling has worsened the suffering of displaced people.\n\n"
        "The statement noted a sharp increase in deaths, reporting seven deaths weekly.",
        "seven deaths", "Camp Emergency Room",
        id="the statement taken up two statements later"),
    pytest.param(
        "Students pelted the governor's residence with stones, police said in a statement on "
        "Monday.\nProtesters snatched arms from police, the statement said.\n"
        "\"One officer was hit on the thigh and two others in the face,\" it said.",
        "two others", "police",
        id="it for the statement"),
])
def test_a_document_taken_up_is_its_issuers(nlp, text, words, issuer):
    claim = the_claim_on(_cued(nlp, text), words)
    assert claim.claimant.text.lower().endswith(("statement", "it"))  # as written
    assert issuer in claim.claimant.name
    assert issuer in claim.chain[0]


def test_a_relayed_document_keeps_its_voice(nlp):
    text = ("Security forces killed 11 militants in the north on Sunday, the army said. Two "
            "soldiers were also killed, the statement said, Xinhua reported.")
    claim = the_claim_on(_cued(nlp, text, ["Xinhua"]), "Two soldiers")
    assert claim.chain[0] == "statement"
