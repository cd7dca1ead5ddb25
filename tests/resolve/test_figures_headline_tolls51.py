"""A headline's bare number after a toll predicate is the toll's value (round disputes51):
"Death Toll In Varno Clashes Reaches 21" (title case put a capitalised word before the number,
read as a name's number: "Boeing 737") and "ethnic conflict toll nearing 2000" (a number of a
year's shape with no counted noun, read as a year) lost the figure, so the headline's claim had
no toll. A predicate needs a casualty word before it in its sentence: a capitalised word or a
year before a number elsewhere still reads as before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.resolve.figures import parse_figures


def _figures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in parse_figures(sentence)]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Tamsa Says Death Toll In Varno Clashes Reaches 21", "21"),
    ("Varno Flood Death Toll Rises To 64", "64"),
    ("Tamsa border conflict toll nearing 2000: officials", "2000"),
    ("Death Toll From Varno Quake Tops 1900", "1900"),
])
def test_a_headline_toll_after_its_predicate_is_kept(sentence, value):
    assert (value, "killed") in _figures(sentence)


@pytest.mark.parametrize("sentence", [
    "The airline ordered a Boeing 737 in 2014.",
    "The war reached 2014 with no end in sight.",
    "Visitors Reach Museum Hall 12 by noon.",
])
def test_a_name_or_year_with_no_toll_stays_out(sentence):
    assert _figures(sentence) == []
