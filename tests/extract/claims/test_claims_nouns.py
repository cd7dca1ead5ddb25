"""Noun cues, interview frames, publishing verbs and quoted transcript labels."""

from __future__ import annotations

import pytest

from fogofwar.extract.claims import extract_claim_spans

from ..conftest import article


def _cued(nlp, text):
    doc = nlp(text)
    return [(c, s) for c, s in extract_claim_spans(doc, article(text), []) if not c.narrator]


def _part(text, span):
    return text[span[0]:span[1]]


@pytest.mark.parametrize("text,claimant,cue,content", [
    # possessor of a statement noun is the speaker, its "that"-clause the content
    ("Russia dismissed Ankara's allegation that its jets had bombed the Turkish convoy.",
     "Ankara", "allegation", "its jets had bombed the Turkish convoy"),
    # a possessor before an adjective: the warning is Moscow's
    ("The talks collapsed despite Moscow's repeated warnings that the offensive would go on.",
     "Moscow", "warnings", "the offensive would go on"),
    # a publishing verb with a report-like object and a participle saying what it says
    ("The ministry issued a statement calling for an immediate ceasefire in Idlib.",
     "ministry", "issued a statement", "calling for an immediate ceasefire in Idlib"),
    # "released a report saying …": the report's content is the saying clause
    ("The UN released a report saying 900,000 people had fled the fighting.",
     "UN", "released a report", "900,000 people had fled the fighting"),
    # "the ministry's statement said": the owner of the statement is the source
    ("The ministry's statement said six soldiers were killed near Saraqib.",
     "ministry", "said", "six soldiers were killed near Saraqib"),
])
def test_noun_and_publishing_cues(nlp, text, claimant, cue, content):
    found = _cued(nlp, text)
    assert found, text
    claim, spans = found[0]
    assert claim.claimant.text == claimant
    assert _part(text, spans.cues[0]) == cue
    assert _part(text, spans.content) == content


@pytest.mark.parametrize("text,cue,chain", [
    # "said in an interview with Reuters": the frame is part of the cue, the interviewer relays
    ("Erdogan said in an interview with Reuters that Turkey would not withdraw.",
     "said in an interview", ["Erdogan", "Reuters", "Zero Hedge"]),
    # "told X in an interview": the interviewer relays even when no pack knows it as a medium
    ("Akar told Hurriyet in an interview that the army would respond.",
     "told Hurriyet in an interview", ["Akar", "Hurriyet", "Zero Hedge"]),
])
def test_interview_frames(nlp, text, cue, chain):
    claim, spans = _cued(nlp, text)[0]
    assert _part(text, spans.cues[0]) == cue
    assert claim.chain == chain


@pytest.mark.parametrize("text", [
    # a document with nothing said of its content is no claim
    "The ministry issued a statement on Monday.",
    # a topic or a participle of a statement noun reports no proposition
    "His remarks on Saturday about the refugees drew criticism in Ankara.",
    "Trump defended his early-morning tweets attempting to shame a former beauty queen.",
    # "In a speech, X laid out …": a frame over a verb with no reported clause
    "In a speech in Ankara on Friday, Erdogan laid out his proposals for the border.",
    # "issued visas": a publishing verb with no report-like object
    "The consulate issued visas to the refugees who had fled Idlib.",
])
def test_no_noun_cue(nlp, text):
    assert _cued(nlp, text) == []


def test_quoted_transcript_label(nlp):
    # a transcript paragraph set in quotation marks keeps its speaker label
    text = '"WALLACE: If I may, sir, because we have got limited time, I want to ask you."'
    claim, spans = _cued(nlp, text)[0]
    assert claim.claimant.text == "WALLACE"
    assert _part(text, spans.cues[0]) == ":"
