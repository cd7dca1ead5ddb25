"""A toll set again by a bare noun ("put the number at about 40") takes the fate of the toll the
page told last before it (round opened50). Sentences of our own."""

from __future__ import annotations

from fogofwar.resolve.figure_restated import restated
from fogofwar.resolve.figures import parse_figures


def _read(text: str, title: str = "") -> list[tuple]:
    told = parse_figures(title) if title else []
    return [(f.text, f.category, f.counts) for f in restated(text, parse_figures(text), told)]


def test_the_number_set_after_a_headline_toll_is_that_toll():
    text = "Medics at the district hospital had put the number at roughly 65 by noon."
    assert parse_figures(text)[0].category == "other"
    assert _read(text, "Toll from market bombing climbs to 60") == [
        ("roughly 65", "killed", None)]


def test_a_figure_set_beside_an_earlier_toll_of_the_body_takes_its_fate():
    text = ("Local radio said 12 people were wounded in the shelling. "
            "Hospital staff put the figure at 18 to 20.")
    assert _read(text)[1] == ("18 to 20", "injured", None)
    text = ("Monitors said at least 90 villagers died in the raid. "
            "Rights groups have since put their tally at more than a hundred.")
    assert _read(text)[1] == ("more than a hundred", "killed", None)


def test_a_set_figure_with_no_toll_before_it_stays_other():
    text = "The finance minister put the figure at 300 million for the year."
    assert _read(text, "Budget talks resume") == [("300 million", "other", None)]


def test_a_noun_that_names_its_own_fate_is_read_as_written():
    text = ("Clashes killed 14 people on Monday. "
            "The agency put the number of displaced at 2,000.")
    assert _read(text)[1] == ("2,000", "displaced", "displaced")
