"""Character spans of a claim's cue, source phrase and content, on sentences from the seeds."""

from __future__ import annotations

import pytest

from fogofwar.extract.claims import extract_claim_spans, extract_claims

from ..conftest import article
from .test_claims import mentions_for

SPAN_CASES = [
    # "told X that …": the content is the reported clause, "that" included (seed 001)
    ("Russian Maj. Gen. Viktor Kupschishin told TASS state-run news that nearly 1,000 Jabhat "
     "al-Nusra fighters were a part of the build-up in western Syria.", ["Kupschishin", "TASS"],
     "told", "Russian Maj. Gen. Viktor Kupschishin",
     "that nearly 1,000 Jabhat al-Nusra fighters were a part of the build-up in western Syria"),
    # trailing cue: the content is what comes before ", SANA claimed" (seed 001)
    ("On Friday, the Syrian forces destroyed dwellings in Khan Sheikhoun and Kafr Nabeel, SANA "
     "claimed.", ["SANA"], "claimed", "SANA",
     "On Friday, the Syrian forces destroyed dwellings in Khan Sheikhoun and Kafr Nabeel"),
    # prepositional cue: "According to" and its source leave the rest as content (seed 001)
    ("According to SANA, the operations killed and wounded a group of terrorists.", ["SANA"],
     "According to", "SANA", "the operations killed and wounded a group of terrorists"),
    # the source keeps its determiner and modifiers as written (seed 003)
    ("The Turkish Defense Ministry even announced that ‘regime forces’ had fled the village.",
     [], "announced", "The Turkish Defense Ministry", "that ‘regime forces’ had fled the village"),
    # perfect tense: the auxiliary belongs to the cue (seed 000)
    ("Moscow has cited ongoing attacks against its nearby Hmeimim airbase.", [], "has cited",
     "Moscow", "ongoing attacks against its nearby Hmeimim airbase"),
]


@pytest.mark.parametrize("text,keys,cue,source,content", SPAN_CASES)
def test_spans(nlp, text, keys, cue, source, content):
    pairs = extract_claim_spans(nlp(text), article(text), mentions_for(text, keys))
    claim, spans = pairs[0]
    assert spans.claim_id == claim.id
    assert [text[s:e] for s, e in spans.cues][:1] == [cue]
    assert text[slice(*spans.sources[0])] == source
    assert text[slice(*spans.content)] == content


def test_pronoun_source_is_written_span_not_antecedent(nlp):
    # "he said" closes Kupschishin's quote (seed 001): the claimant resolves to him, while the
    # source span stays on "he" where the text says it
    text = ("Russian Maj. Gen. Viktor Kupschishin told TASS state-run news that fighters were a "
            "part of the build-up.\n\n“Over the past two days, more than 800 militants have "
            "been pulled to the zone,” he said.")
    pairs = extract_claim_spans(nlp(text), article(text), mentions_for(text, ["Kupschishin"]))
    claim, spans = next(p for p in pairs if "800" in p[0].sentence)
    assert claim.claimant.name == "Viktor Kupschishin"
    assert text[slice(*spans.sources[0])] == "he"
    assert "800 militants" in text[slice(*spans.content)]


def test_narration_has_no_cue_or_source(nlp):
    # a narrator claim (seed 004) carries its content only
    text = "Additionally, the Turkish Army set up several positions east of Idlib city."
    claim, spans = extract_claim_spans(nlp(text), article(text), [])[0]
    assert claim.narrator and spans.cues == [] and spans.sources == []
    assert text[slice(*spans.content)] == text[:-1]


@pytest.mark.parametrize("text,keys,cue,source,content", SPAN_CASES[:3])
def test_claim_record_carries_its_cue_offsets(nlp, text, keys, cue, source, content):
    # the stored/exported claim locates its claimant's cue, so a reader can highlight it
    claim = extract_claims(nlp(text), article(text), mentions_for(text, keys))[0]
    assert text[claim.cue_start:claim.cue_end] == cue


def test_narrator_claim_has_no_cue_offsets(nlp):
    text = "Additionally, the Turkish Army set up several positions east of Idlib city."
    claim = extract_claims(nlp(text), article(text), [])[0]
    assert claim.narrator and claim.cue_start is None and claim.cue_end is None
