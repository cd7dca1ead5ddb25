"""A claim's source and relays as its own sentence writes them (issue 11 §3, round claims22b):
"The newspaper quoted a port official as saying …" is the official's claim through the
newspaper, so the export shows "a port official" as the source written beside the claimant and
"The newspaper" as the relay written beside the name it resolved to; it showed the newspaper as
the source and no relay. Sentences written for these tests."""

from __future__ import annotations

from fogofwar.extract import extract_claims

from ..conftest import article, mention

OUTLET = "Daily Sun"


def _claim(nlp, text, media=()):
    mentions = [mention(text, name, name.lower(), name, None, "MED") for name in media]
    (claim,) = [c for c in extract_claims(nlp(text), article(text, OUTLET), mentions)
                if not c.narrator]
    return claim


def test_the_quoted_speaker_is_the_source_and_the_quoting_medium_a_relay(nlp):
    text = "On Monday Radio Kestrel quoted a port official as saying that three boats sank."
    claim = _claim(nlp, text, media=("Radio Kestrel",))
    assert claim.chain[1:] == ["Radio Kestrel", OUTLET]
    assert claim.source is not None and "port official" in claim.source.text
    assert [r.text for r in claim.relays] == ["Radio Kestrel"]


def test_a_described_medium_citing_a_speaker_is_written_as_the_relay(nlp):
    text = ("The Harbour Gazette reported the strike on Monday. The newspaper cited the port "
            "director as saying that three boats sank.")
    claims = [c for c in extract_claims(nlp(text), article(text, OUTLET),
                                        [mention(text, "Harbour Gazette", "harbour gazette",
                                                 "Harbour Gazette", None, "MED")])
              if not c.narrator and "three boats" in c.sentence]
    (claim,) = claims
    assert claim.source is not None and "port director" in claim.source.text
    assert [r.text for r in claim.relays] == ["The newspaper"]


def test_a_speaker_who_said_it_stays_the_source(nlp):
    text = "A port official told the Harbour Gazette that three boats sank on Monday."
    claim = _claim(nlp, text, media=("Harbour Gazette",))
    assert claim.source is not None and claim.source.text == "A port official"


def test_the_quoted_speakers_name_after_their_title_is_part_of_the_written_source(nlp):
    text = ("Radio Kestrel quoted the head of the rebels’ national committee for prisoner "
            "affairs, Omar al-Haddad, as saying the camp in Dhamar housed 170 prisoners.")
    claim = _claim(nlp, text, media=("Radio Kestrel",))
    assert claim.source is not None and claim.source.text.endswith("Omar al-Haddad")
    assert [r.text for r in claim.relays] == ["Radio Kestrel"]
