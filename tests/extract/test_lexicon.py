"""The cues, hedges and events packs load, and malformed entries fail naming file and key."""

from __future__ import annotations

import pytest

from fogofwar.errors import PackError
from fogofwar.extract.lexicon import (
    _entries,
    _lemmas,
    _words,
    cue_lexicon,
    event_lexicon,
    hedge_lexicon,
)


def test_shipped_packs_load():
    # YAML would read a bare `on` as True; the events pack must keep it a preposition
    assert "on" in event_lexicon().target_preps
    assert event_lexicon().nouns["airstrike"] == "ASSAULT"
    assert ("send", "MOBILIZE") in {(v, k) for v, _, k in event_lexicon().conditional}
    assert "say" in cue_lexicon().verbs and cue_lexicon().prepositional["according"] == "to"
    # phrases come before the single words inside them
    phrases = hedge_lexicon().phrases
    assert phrases.index(("very", "questionable")) < phrases.index(("questionable",))


@pytest.mark.parametrize("pack,key,message", [
    # a number in a word list
    ({"verbs": ["say", 3]}, "verbs", "cues.yaml: every entry of 'verbs' must be a string"),
    # a mapping where a list belongs
    ({"verbs": {"say": 1}}, "verbs", "cues.yaml: key 'verbs' must be a list"),
    # a missing key
    ({}, "verbs", "cues.yaml: missing key 'verbs'"),
])
def test_bad_word_lists(pack, key, message):
    with pytest.raises(PackError, match=message.replace("(", r"\(")):
        _words(pack, "cues", key)


def test_bad_phrase_entry():
    # a phrase without its type names the entry's index
    with pytest.raises(PackError, match=r"events.yaml: 'phrases\[1\]' needs keys lemmas, type"):
        _entries({"phrases": [{"lemmas": ["a"], "type": "X"}, {"lemmas": ["b"]}]},
                 "events", "phrases", ("lemmas", "type"))


def test_a_phrase_lemma_yaml_reads_as_a_boolean_fails():
    # `[seal, off]` unquoted is ["seal", False]: the phrase could never match
    with pytest.raises(PackError, match=r"events.yaml: every lemma of 'phrases\[0\]'"):
        _lemmas({"lemmas": ["seal", False], "type": "COERCE"}, "events", 0)
    assert ("seal", "off") in {words for words, _ in event_lexicon().phrases}
