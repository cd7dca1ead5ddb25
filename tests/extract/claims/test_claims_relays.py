"""Sources and relays in the forms conflict wires use (issue 11): a trailing apposition as the
speaker, "according to" as a relay of the verb's speaker, a platform in an apposition, a
report in a paper's issue. Sentences written for these tests."""

from __future__ import annotations

from fogofwar.extract import extract_claims

from ..conftest import article, mention


def _cued(nlp, text, mentions=()):
    return [c for c in extract_claims(nlp(text), article(text, "Daily Sun"), list(mentions))
            if not c.narrator]


def test_trailing_apposition_names_the_speaker(nlp):
    text = ("Gunmen raided the market at dawn, a vigilante leader in the area, John Adamu, "
            "told AFP by phone.")
    (claim,) = _cued(nlp, text, [mention(text, "AFP", "afp", "AFP", None, "MED")])
    assert claim.claimant.text == "John Adamu"
    assert claim.chain == ["John Adamu", "AFP", "Daily Sun"]


def test_participle_under_a_cue_keeps_the_speaker(nlp):
    text = ('A senior member of the council, Ahmed Bello, confirmed the incident saying, '
            '"we heard the blasts from our homes".')
    (claim,) = _cued(nlp, text, [mention(text, "Ahmed Bello")])
    assert claim.chain == ["Ahmed Bello", "Daily Sun"]


def test_according_to_relays_the_verbs_speaker(nlp):
    text = "According to Ukrinform, this was reported by the regional prosecutor's office."
    (claim,) = _cued(nlp, text)
    assert claim.chain[1:] == ["Ukrinform", "Daily Sun"]
    assert "prosecutor" in claim.chain[0]


def test_citing_keeps_the_cited_source_first(nlp):
    text = "The ministry said, citing local sources, that four soldiers were killed."
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["local sources", "ministry", "Daily Sun"]


def test_platform_in_an_apposition_is_no_channel(nlp):
    text = ("On Sunday, Sabereen News, a Telegram channel close to the militia, said fighters "
            "attacked an army post.")
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["Sabereen News", "Daily Sun"]


def test_report_in_an_issue_is_the_papers(nlp):
    text = ("Insurgents burnt the village, according to a report in Tuesday's issue of the "
            "weekly Savana.")
    (claim,) = _cued(nlp, text)
    assert claim.chain[0].endswith("Savana")  # not "Tuesday", the issue's day
