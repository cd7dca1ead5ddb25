"""A bare number opening a formation's capitalised name ("a jawan of the 31 Assam Rifles",
"soldiers of 3 Battalion Nigerian Army", "Army's 44 RR", "commandos of 21 Para", "the 444
Brigade") counts nothing: read as a figure, it made the sentence's speaker a false claim with
a figure and gave a toll to the unit's number (round claims48). Sentences written for these
tests in the shapes the dev pages use."""

from __future__ import annotations

import pytest

from fogofwar.resolve.figures import parse_figures


def _figs(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in parse_figures(sentence)]


@pytest.mark.parametrize("sentence", [
    "The convoy of the 29 Assam Rifles was heading to the border post, officials said.",
    "Commandos of 21 Para had been deployed in the district, the spokesman said.",
    "A joint team of police, the Army's 44 RR and CRPF cordoned off the village, police said.",
    "Later the 444 Brigade stepped in to separate the militias, residents said.",
])
def test_a_formation_name_is_no_figure(sentence):
    assert _figs(sentence) == []


def test_the_toll_beside_a_formation_name_is_kept():
    figs = _figs("Two soldiers of 3 Battalion of the army were killed in the raid, "
                 "a spokesman said.")
    assert figs == [("Two", "killed")]


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Militants Kill 31 Assam Rifles Soldiers In Ambush", [("31", "killed")]),
    ("The army sent 3 battalions to the area on Monday.", [("3", "other")]),
])
def test_a_count_of_men_or_of_units_stays_a_figure(sentence, kept):
    assert _figs(sentence) == kept
