"""Claims, third round: layout cues with spans, speaker labels, clause-bounded cues, the
outlet's own "we", and cue verbs that double as stances."""

from __future__ import annotations

import pytest

from fogofwar.extract.claims import extract_claim_spans

from ..conftest import article
from .test_claims import claim_with, claims_of, mentions_for


def spans_of(nlp, text, keys=()):
    return extract_claim_spans(nlp(text), article(text), mentions_for(text, list(keys)))


@pytest.mark.parametrize("text,cue,source,content", [
    # signature dash straight after a closing quote, no space (written in the seeds' style)
    ("“The regime has no right to be in Idlib.”― Hulusi Akar",
     "―", "Hulusi Akar", "“The regime has no right to be in Idlib"),  # "”―" is one token
    # signature dash after a space (seed 000's "— Jerusalem Post" form, a person signing)
    ("“Turkey will do what is necessary in Idlib.” — Hulusi Akar",
     "—", "Hulusi Akar", "“Turkey will do what is necessary in Idlib.”"),
    # transcript line: the label's colon is the cue, the words after it the content (form not
    # in the seeds)
    ("AKAR: We will respond to every attack on our observation posts.",
     ":", "AKAR", "We will respond to every attack on our observation posts"),
    # headline with a speaker label (form not in the seeds)
    ("Erdogan: Turkey Will Drive Syrian Forces Back Beyond Its Observation Posts.",
     ":", "Erdogan", "Turkey Will Drive Syrian Forces Back Beyond Its Observation Posts"),
])
def test_layout_cues_have_spans(nlp, text, cue, source, content):
    claim, spans = spans_of(nlp, text)[0]
    assert not claim.narrator and claim.cue == ("—" if cue in "—―" else cue)
    assert [text[s:e] for s, e in spans.cues] == [cue]
    assert text[slice(*spans.sources[0])] == source
    assert text[slice(*spans.content)] == content


@pytest.mark.parametrize("text", [
    # a label that announces the kind of text names no speaker (form not in the seeds)
    "UPDATE: Turkish troops have entered the town of Saraqib.",
    # a colon after a long stretch is no speaker label (seed 002)
    "LATEST — Ministry of National Defense on Assad regime’s attack that left 5 Turkish "
    "soldiers killed: none",
])
def test_labels_that_are_not_speakers(nlp, text):
    claims = [c for c, _ in spans_of(nlp, text)]
    assert all(c.claimant is None or c.claimant.text != text.split(":")[0] for c in claims)


def test_transcript_speaker_covers_the_rest_of_the_paragraph(nlp):
    # every sentence of a labelled line is the speaker's, the next paragraph is not (form not
    # in the seeds)
    text = ("AKAR: We will not leave our posts. The regime must withdraw.\n\n"
            "Turkish troops moved toward Saraqib on Monday.")
    claims = [c for c, _ in spans_of(nlp, text)]
    assert claim_with(claims, "must withdraw").claimant.text == "AKAR"
    assert claim_with(claims, "moved toward").narrator


def test_relative_clause_cue_claims_its_own_clause(nlp):
    # seed 002: Russia's claim covers the relative clause, the main clause is narration and
    # keeps the killing, so an event there is the outlet's
    text = ("A week ago, six Turkish troops were killed by Syrian artillery fire in an incident "
            "that Russia said was a result of miscommunication.")
    claims = claims_of(nlp, text, [])
    russia = claim_with(claims, "miscommunication")
    assert russia.chain[0] == "Russia" and "killed" not in russia.sentence
    narration = claim_with(claims, "killed")
    assert narration.narrator and narration.claimant is None
    assert narration.chain == ["Zero Hedge"]


def test_outlets_we_is_narration(nlp):
    # seed 002: "we remind readers" is Zero Hedge speaking, not a claimant "we"
    text = ("With the geopolitical situation now firmly on the backburner, we remind readers "
            "that the last time we checked into the flurry of recent events in Syria over the "
            "weekend, we found that the Syrian Army was making major gains inside Idlib.")
    claims = claims_of(nlp, text, [])
    assert len(claims) == 1 and claims[0].narrator and claims[0].chain == ["Zero Hedge"]


def test_quoted_we_stays_the_speaker(nlp):
    # seed 002: inside Akar's quote "we" is Akar's side
    text = ("Turkish Defense Minister Hulusi Akar told Hurriuet newspaper that Turkey’s main "
            "goal was “to prevent a refugee exodus.”\n\n"
            "“We keep telling them not to force us” to implement those plans.")
    claims = claims_of(nlp, text, ["Akar", "Hurriyet"])
    assert claim_with(claims, "keep telling").chain[0] == "Hulusi Akar"


@pytest.mark.parametrize("text,cue,needle", [
    # "acknowledged that …" reports although "acknowledge" is also a stance verb with an
    # object (form not in the seeds)
    ("The Russian Defense Ministry acknowledged that its jets had struck targets near Ariha.",
     "acknowledged", "jets"),
    # a named compound makes a common noun a speaker ("the Kremlin press office")
    ("The Kremlin press office called the Turkish demands unacceptable.", "called", "demands"),
])
def test_cue_forms_round_three(nlp, text, cue, needle):
    claim = claim_with(claims_of(nlp, text, []), needle)
    assert not claim.narrator and claim.cue == cue
