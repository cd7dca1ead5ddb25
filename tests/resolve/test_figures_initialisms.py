"""An initialism written with stops between a number and its noun ("13 U.S. troops") is one
word, not the end of a clause; and a counted noun that is itself a fate ("45 martyrs") gives
the figure its category before a casualty word near it does. Sentences of our own."""

from __future__ import annotations

import pytest

from fogofwar.resolve.figure_base import tokenize
from fogofwar.resolve.figures import parse_figures


def read(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.text, f.category, f.counts) for f in parse_figures(text)]


@pytest.mark.parametrize("text, want", [
    ("Four U.N. observers were wounded when the convoy was shelled.",
     [("Four", "injured", "observers")]),
    ("More than 30 U.S. sailors have been diagnosed with injuries since the blast.",
     [("More than 30", "injured", "sailors")]),
    ("The ambush killed 7 U.K. contractors near the port.", [("7", "killed", "contractors")]),
])
def test_an_initialism_before_the_noun_leaves_the_noun_counted(text, want):
    assert read(text) == want


def test_an_initialism_ending_a_sentence_before_a_number_word_still_ends_it():
    # "... the U.S. Nine people ...": the stop ends the sentence, and the nine are read
    assert ("Nine", "injured", "people") in read(
        "The rockets were fired toward the U.S. Nine people were hurt in the town.")
    assert "U.S." not in [t.text for t in tokenize("fired toward the U.S. Nine people")]
    assert "U.S." in [t.text for t in tokenize("fired toward the U.S. embassy")]


def test_a_noun_that_is_a_fate_is_the_figures_fate_whatever_stands_near():
    # "martyrs" counts the dead, though "wounded" is the casualty word nearest before it
    got = read("Our count stands at more than 200 wounded and more than 45 martyrs, the "
               "ministry's spokesman said.")
    assert [(t, c) for t, c, _ in got] == [("more than 200", "injured"),
                                           ("more than 45", "killed")]
    # a fate word near that counts no figure ("including martyrs") makes no count of people
    # arriving at hospitals a toll of the dead
    assert read("Medics said at least 90 people reached the clinics, including martyrs.") \
        == [("at least 90", "other", "people")]
    # "others" borrows the noun before it ("deaths"), but is no fate: the wounded stay wounded
    got = read("The clinic's director put the deaths at 17, saying 25 others were also hurt.")
    assert [(t, c) for t, c, _ in got] == [("17", "killed"), ("25", "injured")]
