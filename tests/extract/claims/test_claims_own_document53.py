"""A body's own document or platform named in its subject phrase is not the speaker (round
voices53): "Police in its FIR mentioned …" is the police's claim, not the FIR's; a name in a
phrase under the head whose possessive pronoun points back to it ("its", "their") is the
head's own thing. A name in a phrase without such a pronoun still names the speaker.
Sentences are written for these tests."""

from __future__ import annotations

from fogofwar.extract import extract_claims

from ..conftest import article, mention


def _cued(nlp, text, mentions=()):
    return [c for c in extract_claims(nlp(text), article(text, "Daily Sun"), list(mentions))
            if not c.narrator]


def test_a_bodys_own_document_is_not_the_speaker(nlp):
    text = "Police in its FIR mentioned the death of 40 persons."
    (claim,) = _cued(nlp, text, [mention(text, "FIR")])
    assert claim.claimant.text == "Police"
    assert claim.chain == ["Police", "Daily Sun"]


def test_a_named_report_under_its_pronoun_is_the_bodys(nlp):
    text = "The army in its UNIFIL report said nine people were killed."
    (claim,) = _cued(nlp, text, [mention(text, "UNIFIL")])
    assert claim.chain[0] != "UNIFIL"
    assert "army" in claim.chain[0]


def test_a_name_with_no_pronoun_still_speaks(nlp):
    text = "Spokesman Omar Dalil said nine people were killed."
    (claim,) = _cued(nlp, text, [mention(text, "Omar Dalil")])
    assert claim.claimant.text == "Omar Dalil"
