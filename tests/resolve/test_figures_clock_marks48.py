"""Numbers that count nothing and made attributed sentences claims with a figure (round
claims48): a clock time written with a stop after a word of time ("around 20.00", "at
12.00"), and a wiki page's citation marks glued to the word before them ("interfere.[9]",
"ditches[1]"). Sentences written for these tests in the shapes the dev pages use."""

from __future__ import annotations

import pytest

from fogofwar.extract import extract_claims
from fogofwar.resolve.figures import parse_figures

from ..extract.conftest import article


def _texts(sentence: str) -> list[str]:
    return [f.text for f in parse_figures(sentence)]


@pytest.mark.parametrize("sentence", [
    "Gunfire was heard in the district around 20.00, residents said.",
    "The curfew will start at 12.00 local time, the governor announced.",
    "Shelling went on from 10.30 to 12.00 on Sunday, the ministry said.",
    "The convoy left shortly after 7.45 in the morning, a witness said.",
])
def test_a_clock_time_with_a_stop_is_no_figure(sentence):
    assert _texts(sentence) == []


def test_a_toll_beside_a_clock_time_is_kept():
    figs = parse_figures("The blast at 9.40 killed 7 soldiers, the army said.")
    assert [(f.text, f.category) for f in figs] == [("7", "killed")]


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Turnout rose by 12.50 percent in the district.", ["12.50 percent"]),
    ("The fund grew to about 20.00 million dollars.", ["about 20.00 million"]),
])
def test_a_decimal_before_a_unit_or_scale_stays_a_figure(sentence, kept):
    assert _texts(sentence) == kept


@pytest.mark.parametrize("sentence", [
    "Officials feared the uprising might spread and tempt the neighbours to interfere.[9]",
    "Witnesses saw bodies scattered in the irrigation ditches[1].",
    "The strike, also known as the border massacre,[3][4][5] took place at night.",
])
def test_a_glued_citation_mark_is_no_figure(sentence):
    assert _texts(sentence) == []


def test_a_toll_before_a_citation_mark_keeps_only_the_toll():
    figs = parse_figures("The soldiers had killed 347 villagers in the hamlet[1].")
    assert [(f.text, f.category) for f in figs] == [("347", "killed")]


def test_a_bracketed_number_set_apart_is_read_as_written():
    assert _texts("Gunmen killed [9] people in the market.") == ["9"]


def test_an_attributed_sentence_with_only_a_clock_time_carries_no_figure(nlp):
    text = ("Clashes broke out in the capital around 20.00 on Friday, police said. "
            "Three people were killed, the hospital said.")
    claims = [c for c in extract_claims(nlp(text), article(text), [],
                                        parse_figures(text)) if not c.narrator]
    by_sentence = {c.sentence[:14]: c for c in claims}
    assert by_sentence["Clashes broke "].figures == []
    assert [f.text for f in by_sentence["Three people w"].figures] == ["Three"]
