"""Claims keep their source as written in the claim's own sentence beside the actor it
resolves to (issue 11), and a trailing "…, X told AFP" names X even when the model hangs the
phrase on the sentence before. Sentences adapted from Rudaw and AFP reports (Iraq, Somalia)."""

from __future__ import annotations

import pytest

from fogofwar.extract import extract_claims

from ..conftest import article, mention


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an apposition to the object before the cue is the speaker
        ("ISIS militants attacked Dibis town in Kirkuk, killing two Iraqi soldiers, an officer "
         "from Kirkuk police told Rudaw on the condition of anonymity.",
         "an officer from Kirkuk police"),
        # a conjunct of the agent before the cue is the speaker
        ("At least eight soldiers were killed Sunday in a roadside bombing claimed by the "
         "extremist group, military officials and witnesses told AFP.",
         "military officials and witnesses"),
    ],
)
def test_trailing_speaker_is_the_source(nlp, text, source):
    claims = [c for c in extract_claims(nlp(text), article(text), []) if not c.narrator]
    assert [c.source.text for c in claims if c.cue == "told"] == [source]


def test_source_as_written_beside_the_resolved_claimant(nlp):
    # "he" is what the claim's sentence says; Akar is who it refers to
    text = ("Hulusi Akar visited the troops on Monday. He said five soldiers were killed in "
            "Idlib.")
    akar = mention(text, "Hulusi Akar", "akar", "Hulusi Akar", "TUR", "GOV")
    claim = next(c for c in extract_claims(nlp(text), article(text), [akar]) if c.cue == "said")
    assert (claim.source.text, text[claim.source.start:claim.source.end]) == ("He", "He")
    assert claim.claimant.name == "Hulusi Akar" and claim.claimant.start == 0
