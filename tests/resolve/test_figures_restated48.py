"""A toll named again by its value ("the 2,000 figure") takes the fate the page gave it."""

from __future__ import annotations

from fogofwar.resolve.figure_restated import restated
from fogofwar.resolve.figures import parse_figures


def _read(text: str, title: str = "") -> list[tuple]:
    told = parse_figures(title) if title else []
    return [(f.text, f.category, f.counts) for f in restated(text, parse_figures(text), told)]


def test_a_figure_named_by_the_value_of_an_earlier_toll_is_that_toll():
    text = ("The group said as many as 3,000 people were killed in the raid. "
            "Officials rejected the 3,000 figure as given by the group.")
    assert _read(text)[1] == ("3,000", "killed", "people")


def test_the_headline_tells_the_value_the_body_names_again():
    text = "Analysts said the 500 figure was credible."
    assert parse_figures(text)[0].category == "other"
    assert _read(text, "Rights group says 500 killed in raid on village") == [
        ("500", "killed", None)]


def test_a_negated_restated_figure_is_a_denial_and_stays_other():
    text = ("Residents said 800 people were killed. "
            "The army said its photographs do not support the 800 figure.")
    assert _read(text)[1] == ("800", "other", "figure")


def test_a_figure_of_a_value_the_page_never_gave_a_fate_stays_other():
    text = "The ministry said the 120 figure would be reviewed."
    assert _read(text, "Ministry reviews figures") == [("120", "other", "figure")]


def test_a_contracted_negation_with_a_curly_apostrophe_is_a_denial_too():
    # web copy writes "doesn’t" with a typographic apostrophe as often as "doesn't"
    for neg in ("doesn't", "doesn’t"):
        text = ("Residents said 800 people were killed. "
                f"The army said the evidence {neg} support the 800 figure.")
        assert _read(text)[1] == ("800", "other", "figure"), neg
