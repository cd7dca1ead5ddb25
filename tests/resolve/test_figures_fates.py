"""A fate verb says whom a bare number counts (final round of the fifteenth stop): "Eight
missiles struck the base, killing 35 and injuring 134" counts people killed and injured, not
missiles, though the number borrows the clause's subject for want of a noun. Sentences of our
own."""

from __future__ import annotations

import pytest

from fogofwar.resolve.figures import parse_figures


def cats(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in parse_figures(text)]


@pytest.mark.parametrize("text, want", [
    ("Six rockets hit the depot, injuring 41.", [("Six", "strikes"), ("41", "injured")]),
    ("Twelve shells landed in the market, killing nearly two dozen and wounding 60.",
     [("Twelve", "strikes"), ("nearly two dozen", "killed"), ("60", "injured")]),
])
def test_a_bare_number_after_a_fate_verb_counts_people(text, want):
    assert cats(text) == want


@pytest.mark.parametrize("text, want", [
    # a number with its own noun keeps the noun's class
    ("The drones struck 14 targets, officials said.", [("14", "targets")]),
    # a verb that is no fate of people does not make the number a toll
    ("Israel carried out 30 airstrikes, destroying 12.", [("30", "strikes"), ("12", "other")]),
])
def test_a_counted_noun_or_no_fate_keeps_its_class(text, want):
    assert cats(text) == want


@pytest.mark.parametrize("text, want", [
    ("Nine gunmen were killed while 140 hostages were freed, the police said.",
     [("Nine", "killed"), ("140", "other")]),
    ("Two soldiers were killed and 15 villagers were taken to hospital.",
     [("Two", "killed"), ("15", "other")]),
    # a fate word of its own still counts
    ("Two soldiers were killed and 15 villagers were wounded.",
     [("Two", "killed"), ("15", "injured")]),
])
def test_people_with_a_verb_of_their_own_take_no_earlier_fate(text, want):
    assert cats(text) == want


# round figs34: a killing noun's "of" object counts its dead (sentences written for this test)


def test_a_massacre_or_killings_of_people_count_the_killed():
    assert cats("Witnesses described the massacre of at least 75 villagers near the ford.") \
        == [("at least 75", "killed")]
    assert cats("The envoy condemned the killings of 18 farmers in the valley.") \
        == [("18", "killed")]
    assert cats("Rebels admitted the execution of nine soldiers at the camp.") \
        == [("nine", "killed")]
