"""Attribution forms from political reporting (issue 11): quotation words the parser took for
the speaker, idioms ("as X put it"), evidence cited rather than a source, positions stated by
ruling, voting or agreeing, and manners of speaking. Sentences written for these tests."""

from __future__ import annotations

from fogofwar.extract.claims import extract_claim_spans

from ..conftest import article


def _parts(nlp, text):
    """(cues, sources) as written, per non-narrator claim."""
    pairs = extract_claim_spans(nlp(text), article(text), [])
    return [([text[s:e] for s, e in spans.cues], [text[s:e] for s, e in spans.sources])
            for claim, spans in pairs if not claim.narrator]


def test_word_inside_the_quote_is_not_the_speaker(nlp):
    text = ("“The town is calm tonight. Total calm,” said Ali Hassan, a member of the local "
            "council.")
    (cues, sources), = _parts(nlp, text)
    assert sources == ["Ali Hassan, a member of the local council"]


def test_as_x_put_it_is_a_cue(nlp):
    text = "The truce is a pause rather than a peace, as one Western diplomat put it."
    (cues, sources), = _parts(nlp, text)
    assert cues == ["put it"]
    assert sources == ["one Western diplomat"]


def test_putting_it_somewhere_is_no_cue(nlp):
    assert _parts(nlp, "He took the report and put it on the table.") == []


def test_citing_evidence_keeps_the_speaker(nlp):
    text = "The governor said the curfew would end soon, citing the calm of recent nights."
    sources = [s for _, found in _parts(nlp, text) for s in found]
    assert sources == ["The governor"]


def test_a_court_ruling_states_a_position(nlp):
    text = "The appeals court ruled that the detentions were unlawful."
    (cues, sources), = _parts(nlp, text)
    assert cues == ["ruled"] and sources == ["The appeals court"]


def test_a_vote_states_a_position(nlp):
    text = "The city council voted to extend the curfew until Sunday."
    (cues, sources), = _parts(nlp, text)
    assert cues == ["voted"] and sources == ["The city council"]


def test_agreeing_to_act_is_a_cue(nlp):
    text = "The company agreed to pay the fines by the end of the year."
    (cues, sources), = _parts(nlp, text)
    assert cues == ["agreed"] and sources == ["The company"]


def test_a_chant_with_its_words_is_a_cue(nlp):
    text = "Protesters marching through the square chanted “No more curfews!”"
    sources = [s for _, found in _parts(nlp, text) for s in found]
    assert sources == ["Protesters"]  # the participle is a clause of its own


def test_a_platform_nobody_posted_on_speaks_itself(nlp):
    text = "Twitter announced that the accounts had been suspended."
    (cues, sources), = _parts(nlp, text)
    assert sources == ["Twitter"]


def test_a_layout_label_with_its_article_names_no_speaker(nlp):
    text = "The Latest: Governor urges residents to stay home."
    sources = [s for _, found in _parts(nlp, text) for s in found]
    assert "The Latest" not in sources
