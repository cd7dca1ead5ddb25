"""Round chains46: an unnamed voice heard through a medium and named in the very next statement
("a police spokesman told Reuters …" then "“…,” said Musa Bello"; "a minister told AFP …" then
"Interior Minister Ali Musa said in a phone interview …"), whose words keep the relay; and a
dateline before a dash that the parser hung on the speaker's phrase ("KISMAYO, Somalia -
Somalia's military says …"), or closed by a double hyphen ("SRINAGAR, India--Pakistan said …"),
which is no speaker. Sentences
written for these tests."""

from __future__ import annotations

from .helpers import cued_claims, the_claim_on

OUTLET = "Daily Sun"


def _cued(nlp, text, media=()):
    return cued_claims(nlp, text, OUTLET, media)


def test_a_name_in_the_next_statement_is_the_unnamed_voice_before(nlp):
    text = ("Gunmen killed nine traders at the cattle market, a police spokesman told Reuters "
            "on Friday.\n\n“We have sent more officers to the district,” said Musa Bello.")
    claims = _cued(nlp, text, ["Reuters"])
    assert the_claim_on(claims, "more officers").chain == ["Musa Bello", "Reuters", OUTLET]


def test_a_title_the_description_holds_names_the_same_voice(nlp):
    text = ("Fourteen people died in the riots last week, a minister told AFP on Tuesday.\n"
            "“It was regrettable that force was used,” Interior Minister Ali Musa said in a "
            "phone interview.")
    claims = _cued(nlp, text, ["AFP"])
    assert the_claim_on(claims, "force was used").chain == ["Interior Minister Ali Musa", "AFP",
                                                            OUTLET]


def test_a_name_with_another_title_is_another_voice(nlp):
    text = ("Gunmen killed nine traders at the cattle market, a witness told Reuters on "
            "Friday.\n\n“We have sent more officers to the district,” Police Commissioner Musa "
            "Bello said.")
    claims = _cued(nlp, text, ["Reuters"])
    assert the_claim_on(claims, "more officers").chain == ["Police Commissioner Musa Bello",
                                                           OUTLET]


def test_a_name_described_on_its_own_is_another_voice(nlp):
    text = ("Gunmen killed nine traders at the cattle market, a police spokesman told Reuters "
            "on Friday.\n\n“We ran when the shooting began,” said Musa Bello, a trader who "
            "escaped.")
    claims = _cued(nlp, text, ["Reuters"])
    assert the_claim_on(claims, "shooting began").chain == ["Musa Bello", OUTLET]


def test_a_name_already_written_is_no_new_naming(nlp):
    text = ("Musa Bello was among the traders at the market. Gunmen killed nine of them, a "
            "police spokesman told Reuters on Friday.\n\n“I lost my brother,” said Musa Bello.")
    claims = _cued(nlp, text, ["Reuters"])
    assert the_claim_on(claims, "lost my brother").chain == ["Musa Bello", OUTLET]


def test_a_dateline_hung_on_the_speaker_is_no_speaker(nlp):
    text = ("KISMAYO, Somalia - Somalia's military says gunmen have killed seven guards at the "
            "port on Tuesday.")
    (claim,) = [c for c in _cued(nlp, text) if c.claimant is not None]
    assert claim.claimant.text == "Somalia's military"


def test_a_double_hyphen_ends_a_dateline(nlp):
    text = "SRINAGAR, India--Pakistan said its troops killed five soldiers at the border on Sunday."
    (claim,) = [c for c in _cued(nlp, text) if c.claimant is not None]
    assert claim.claimant.text == "Pakistan"
