"""A bare document ("the statement said", "the message reads", "according to the post") is
no claimant: its author is, and the phrase stays the claim's source as written (titles41).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def _claim(text: str, needle: str):
    found = analyse_batch([Article(id="d1", source="test", text=text, outlet="Test Wire")])[0]
    return next(c for c in found.claims if needle in c.sentence)


@pytest.mark.parametrize(
    ("text", "needle", "author", "written"),
    [
        # the author issued the document named before
        ("The Taliban posted a message on its website about the raid. \"Nine soldiers died "
         "in the raid near the dam,\" the message said.", "Nine soldiers", "Taliban",
         "the message"),
        # a document issued by its author, the participle's agent
        ("A statement issued by the army described the raid on Sunday. Four attackers were "
         "killed at the camp, the statement added.", "Four attackers", "army", "the statement"),
        # the speaker who spoke in it
        ("Hamas said in a statement that the strike hit a school. According to the statement, "
         "eleven pupils were killed.", "eleven pupils", "Hamas", "the statement"),
    ],
)
def test_a_document_speaks_for_its_author(text, needle, author, written):
    claim = _claim(text, needle)
    assert claim.claimant is not None
    assert author.casefold() in (claim.claimant.name or claim.claimant.text).casefold()
    assert claim.source is not None and claim.source.text == written


def test_with_no_document_before_the_last_speaker_wrote_it():
    text = ("Local officials said the market was shelled at dawn. "
            "\"Six traders were killed at their stalls,\" the post said.")
    claim = _claim(text, "Six traders")
    assert claim.claimant is not None and "officials" in claim.claimant.text


def test_after_a_speaker_heard_through_a_medium_the_document_stays():
    # the report may be the medium's own, not the commander's: no author is guessed
    text = ("The state news agency quoted a local commander as saying the market was shelled. "
            "The report said six traders were killed at their stalls.")
    claim = _claim(text, "six traders")
    assert claim.claimant is not None and claim.claimant.text == "report"


def test_a_document_with_no_speaker_anywhere_stays():
    claim = _claim("Six traders were killed at their stalls, the statement said.", "Six traders")
    assert claim.claimant is not None and claim.claimant.text == "statement"
