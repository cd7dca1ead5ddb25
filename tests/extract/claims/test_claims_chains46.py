"""Round chains46: an unnamed voice heard through a medium and named in the very next statement
("a police spokesman told Reuters …" then "“…,” said Musa Bello"; "a minister told AFP …" then
"Interior Minister Ali Musa said in a phone interview …"), whose words keep the relay; and a
dateline before a dash that the parser hung on the speaker's phrase ("KISMAYO, Somalia -
Somalia's military says …"), or closed by a double hyphen ("SRINAGAR, India--Pakistan said …"),
which is no speaker. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from .helpers import cued_claims, the_claim_on

OUTLET = "Daily Sun"


def _cued(nlp, text, media=()):
    return cued_claims(nlp, text, OUTLET, media)


@pytest.mark.parametrize(("text", "medium", "words", "chain"), [
    pytest.param(
        "Gunmen killed nine traders at the cattle market, a police spokesman told Reuters on "
        "Friday.\n\n“We have sent more officers to the district,” said Musa Bello.",
        "Reuters", "more officers", ["Musa Bello", "Reuters", OUTLET],
        id="a name in the next statement is the unnamed voice before"),
    pytest.param(
        "Fourteen people died in the riots last week, a minister told AFP on Tuesday.\n"
        "“It was regrettable that force was used,” Interior Minister Ali Musa said in a phone "
        "interview.",
        "AFP", "force was used", ["Interior Minister Ali Musa", "AFP", OUTLET],
        id="a title the description holds names the same voice"),
    pytest.param(
        "Gunmen killed nine traders at the cattle market, a witness told Reuters on Friday.\n\n"
        "“We have sent more officers to the district,” Police Commissioner Musa Bello said.",
        "Reuters", "more officers", ["Police Commissioner Musa Bello", OUTLET],
        id="a name with another title is another voice"),
    pytest.param(
        "Gunmen killed nine traders at the cattle market, a police spokesman told Reuters on "
        "Friday.\n\n“We ran when the shooting began,” said Musa Bello, a trader who escaped.",
        "Reuters", "shooting began", ["Musa Bello", OUTLET],
        id="a name described on its own is another voice"),
    pytest.param(
        "Musa Bello was among the traders at the market. Gunmen killed nine of them, a police "
        "spokesman told Reuters on Friday.\n\n“I lost my brother,” said Musa Bello.",
        "Reuters", "lost my brother", ["Musa Bello", OUTLET],
        id="a name already written is no new naming"),
])
def test_a_voice_named_in_the_next_statement(nlp, text, medium, words, chain):
    assert the_claim_on(_cued(nlp, text, [medium]), words).chain == chain


def test_a_dateline_hung_on_the_speaker_is_no_speaker(nlp):
    text = ("KISMAYO, Somalia - Somalia's military says gunmen have killed seven guards at the "
            "port on Tuesday.")
    (claim,) = [c for c in _cued(nlp, text) if c.claimant is not None]
    assert claim.claimant.text == "Somalia's military"


def test_a_double_hyphen_ends_a_dateline(nlp):
    text = "SRINAGAR, India--Pakistan said its troops killed five soldiers at the border on Sunday."
    (claim,) = [c for c in _cued(nlp, text) if c.claimant is not None]
    assert claim.claimant.text == "Pakistan"
