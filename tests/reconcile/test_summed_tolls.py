"""A toll told in groups by age or sex is their sum (reconcile/summed_tolls.py). Sentences
written for these tests."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from fogofwar.reconcile.stated_figures import Stated
from fogofwar.reconcile.summed_tolls import summed


def _items(sentence: str, *figures: tuple[str, str, float], part: str = ""):
    ref = SimpleNamespace(event={"sentence": sentence})
    items, texts = [], {}
    for text, noun, value in figures:
        item = Stated(ref, "killed", (value, value), ("civilians", None), (date(2024, 1, 1), 0),
                      part=text == part)
        items.append(item)
        texts[id(item)] = (text, noun)
    return items, texts


def _tolls(sentence: str, *figures: tuple[str, str, float], part: str = "") -> list[float]:
    items, texts = _items(sentence, *figures, part=part)
    return sorted(s.bounds[0] for s in summed(items, texts))


def test_adults_and_children_are_one_toll():
    assert _tolls("Nine adults and four children died when the shell hit the bus.",
                  ("Nine", "adults", 9), ("four", "children", 4)) == [13]


def test_a_list_of_groups_is_one_toll():
    assert _tolls("Two men, six women and three young girls were killed in the raid.",
                  ("Two", "men", 2), ("six", "women", 6), ("three", "girls", 3)) == [11]


def test_groups_that_are_parts_of_a_toll_stay_apart():
    assert _tolls("The raid killed 40 villagers, including 12 women and 9 children.",
                  ("40", "villagers", 40), ("12", "women", 12), ("9", "children", 9),
                  part="12") == [9, 12, 40]


def test_soldiers_and_civilians_are_two_classes_not_groups_of_one_toll():
    assert _tolls("Five soldiers and three civilians were killed.",
                  ("Five", "soldiers", 5), ("three", "civilians", 3)) == [3, 5]


def test_groups_in_two_clauses_are_not_summed():
    assert _tolls("Seven women died in the market; elsewhere the shelling killed two children.",
                  ("Seven", "women", 7), ("two", "children", 2)) == [2, 7]
