"""Shortcuts in the claim and event scans decide nothing: the cue scan's lemma gate and the
mode search's substring test give what the full checks give."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.annotate import load_nlp
from fogofwar.annotate.table import TokenTable
from fogofwar.extract.claims import cues
from fogofwar.extract.events import modes
from fogofwar.extract.lexicon import cue_lexicon, event_lexicon

SENTENCES = [
    "The governor told reporters on Sunday that four shells had landed near the market.",
    "According to local medics, the strike hit a school, though the army denies it.",
    "Citing two witnesses, the agency reported that militants fired on a convoy.",
    "The ministry claims to have downed nine drones, a claim the rebels dismissed.",
    "In a statement, the brigade vowed to retaliate, as reported by a regional paper.",
    "Officials put the death toll at 14 and said the rescue work went on overnight.",
    "Villagers learned from a radio broadcast that the bridge had been blown up.",
]


def _old_may_cue(row: TokenTable, i: int) -> bool:
    """The gate before the lemma test: every verb, every preposition."""
    lex = cue_lexicon()
    return (row.lower[i] in lex.prepositional
            or (row.pos[i] in ("VERB", "AUX") and row.dep[i] != "amod")
            or (row.pos[i] == "NOUN" and row.dep[i] == "ROOT")
            or (row.pos[i] == "NOUN" and row.lemma[i] in lex.cue_nouns)
            or row.dep[i] == "prep")


def _cues(doc) -> list[tuple]:
    return [(c.token.i, c.text, c.kind, c.prepositional)
            for sent in doc.sents for c in cues.find_cues(sent)]


@pytest.mark.parametrize("text", SENTENCES)
def test_cue_gate_finds_the_same_cues(text, monkeypatch):
    doc = load_nlp()(text)
    gated = _cues(doc)
    monkeypatch.setattr(cues, "_may_cue", _old_may_cue)
    assert gated == _cues(doc)


def test_cue_gate_keeps_every_cue_verb_lemma():
    lemmas = cues._cue_verb_lemmas()
    lex = cue_lexicon()
    assert {"say", "tell"} <= lemmas and lex.verbs <= lemmas
    assert set(lex.stance_verbs) <= lemmas and set(lex.counting) <= lemmas


def _phrases() -> list[str]:
    return [" ".join(words) for words, _ in event_lexicon().modes]


@settings(deadline=None, max_examples=200)
@given(st.lists(st.one_of(st.sampled_from(_phrases()), st.sampled_from(["by", "a", "-", ","]),
                          st.text(st.characters(max_codepoint=127), max_size=6)), max_size=8)
       .map(" ".join), st.booleans())
def test_mode_substring_test_never_skips_a_match(text, upper):
    text = text.upper() if upper else text
    for pattern, _, words in modes._mode_patterns():
        if pattern.search(text):
            assert modes._may_hold(text.lower() if text.isascii() else None, words)


def test_mode_substring_test_on_own_sentence():
    text = "Jets carried out AIRSTRIKES on the depot"
    hits = [mode for pattern, mode, words in modes._mode_patterns()
            if modes._may_hold(text.lower(), words) and pattern.search(text)]
    assert hits == [mode for pattern, mode, _ in modes._mode_patterns()
                    if pattern.search(text)] != []
    assert re.search("airstrike", " ".join(hits), re.IGNORECASE)
