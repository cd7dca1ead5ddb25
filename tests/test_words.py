"""The shared word-list regex helpers (fogofwar/words.py)."""

import re

from fogofwar.words import alternation, whole_words


def test_alternation_escapes_and_keeps_order():
    assert alternation(["a.b", "c d"]) == r"a\.b|c\ d"


def test_longest_first_lets_a_phrase_beat_its_first_word():
    pattern = re.compile(alternation(["this week", "earlier this week"], longest_first=True))
    assert pattern.search("hit earlier this week").group() == "earlier this week"


def test_whole_words_skips_a_word_inside_another():
    pattern = whole_words(["up from"], re.IGNORECASE)
    assert pattern.search("rose to 50, Up from 30")
    assert not pattern.search("a setup fromage")
