"""The token table: the same values as spaCy's Token attributes, and the scans that read it
skip only tokens their rules would reject anyway."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fogofwar.annotate import load_nlp
from fogofwar.annotate.table import token_table
from fogofwar.extract.claims import cues, prep_cues, reporting_verbs
from fogofwar.extract.events import triggers
from fogofwar.extract.lexicon import event_lexicon
from fogofwar.extract.units import statement_units

# words the extraction rules care about (cues, triggers, dates, places) and plain ones
WORDS = ["said", "told", "according", "to", "claimed", "responsibility", "the", "rebels",
         "army", "shelled", "killed", "attack", "in", "a", "statement", "on", "Monday", "March",
         "3", "warned", "would", "strike", "if", "Kabul", "Reuters", "reported", "that", "police",
         "shoot", "-", "out", "vowed", "must", "withdraw", "troops", "sent", "wounded", "were",
         "evacuated", "hospital", "\"", "“", "”", ",", ".", "\n", "\n\n", "  ", "Hamas", "drone",
         "claim", "by", "HRW", "citing", "officials", "12", "people", "Israel's", "BEIRUT", ":",
         "Kherson", "and", "Mykolaiv", "regions", "Ugandan", "É", "McDONALD", "U.S."]

sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join)

FIXED = [
    "Rebels said on Monday they had shelled the town, killing 12 people.",
    "“We will strike back,” the commander warned. Police said the shoot-out lasted an hour.",
    "According to Reuters, the army vowed to attack if the rebels did not withdraw.\n\n"
    "In a statement, the ministry said Sudan must return the captives.",
    "The wounded were evacuated to hospital. The Taliban claimed responsibility for the attack.",
]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _same_as_tokens(doc) -> None:
    table = token_table(doc)
    assert table.text == [t.text for t in doc]
    assert table.lower == [t.lower_ for t in doc]
    assert table.lemma == [t.lemma_.lower() for t in doc]
    assert table.pos == [t.pos_ for t in doc]
    assert table.tag == [t.tag_ for t in doc]
    assert table.dep == [t.dep_ for t in doc]
    assert table.ent_type == [t.ent_type_ for t in doc]
    assert table.whitespace == [t.whitespace_ for t in doc]
    assert table.is_space == [t.is_space for t in doc]
    assert table.head == [t.head.i for t in doc]
    assert table.is_title == [t.is_title for t in doc]
    assert table.is_upper == [t.is_upper for t in doc]
    assert table.idx == [t.idx for t in doc]


def _skipped_are_rejected(doc) -> None:
    """A token the scans skip is one the full rules return nothing for."""
    table, lex = token_table(doc), event_lexicon()
    for tok in doc:
        if not triggers._may_classify(table, tok.i):
            assert triggers._classify(tok, lex) is None, tok.text
        if not cues._may_cue(table, tok.i):
            assert prep_cues.prep_cue(tok) is None, tok.text
            assert not reporting_verbs.is_cue_verb(tok), tok.text
            assert cues.noun_cue(tok) is None, tok.text
            assert cues._frame_cue(tok) is None, tok.text


@pytest.mark.parametrize("text", FIXED)
def test_table_matches_token_attributes(nlp, text):
    doc = nlp(text)
    _same_as_tokens(doc)
    _skipped_are_rejected(doc)
    table = token_table(doc)
    assert any(not triggers._may_classify(table, i) for i in range(len(doc)))  # skips some
    assert any(not cues._may_cue(table, i) for i in range(len(doc)))


@pytest.mark.parametrize("text", FIXED)
def test_unit_text_is_the_span_text(nlp, text):
    # Unit.text cuts the doc's text instead of joining the span's tokens: same string
    assert all(u.text == u.span.text for u in statement_units(nlp(text)))


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sentences)
def test_table_matches_token_attributes_on_any_sentence(nlp, text):
    doc = nlp(text)
    _same_as_tokens(doc)
    _skipped_are_rejected(doc)


def test_table_is_built_once_per_doc(nlp):
    doc = nlp("Police said two people were killed.")
    assert token_table(doc) is token_table(doc)
    assert token_table(nlp("")).text == []
