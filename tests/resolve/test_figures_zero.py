"""A denied toll is a figure 0 (resolve/figure_zero.py); "none reported yet" is no figure."""

from __future__ import annotations

from fogofwar.resolve.figures import parse_figures


def read(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.low, f.high, f.category) for f in parse_figures(sentence)]


def test_no_casualties_is_a_toll_of_zero_killed():
    assert read("The district governor insisted there had been no casualties at the depot.") \
        == [("no casualties", 0.0, 0.0, 0.0, "killed")]


def test_no_one_was_killed_is_zero_and_not_a_figure_of_one():
    assert read("No one was killed when the shell hit the granary, the mayor said.") \
        == [("No one was killed", 0.0, 0.0, 0.0, "killed")]


def test_no_one_was_injured_is_zero_injured_beside_a_toll():
    assert read("Four fishermen died but no one was injured on the second boat.") == [
        ("Four", 4.0, 4.0, 4.0, "killed"), ("no one was injured", 0.0, 0.0, 0.0, "injured")]


def test_nothing_reported_yet_is_no_toll():
    assert read("No casualties were reported after the blast near the bridge.") == []
    assert read("There were no immediate reports of casualties at the checkpoint.") == []
