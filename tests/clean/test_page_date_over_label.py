"""A page's date line over a lower-case caption or label (round boiler30): the wrapped-paragraph
detector read the pair as one sentence broken over two lines and shielded both from every rule.
A line that is a date and nothing else does not break off a sentence; a wrapped sentence that
ends on a date says more than the date. Every line here is written for the test."""

import pytest

from fogofwar.clean.page import wrapped_lines

from .helpers import clean, rules_of

HEADLINE = "Drone strike on fuel depot leaves four dead in river town"
BODY = [
    "A drone struck a fuel depot on the edge of the river town before dawn, killing four "
    "workers and setting three tankers alight, the district governor said.",
    "Firefighters fought the blaze for six hours while residents were moved away from the "
    "quay, a civil defence officer told reporters.",
]


@pytest.mark.parametrize("stamp", [
    "March 4, 2024, 9:15am",
    "Thursday, March 07, 2024",
    "07 march 2024 09:15:00",
])
def test_a_date_line_over_a_lower_case_label_is_no_fragment(stamp):
    lines = [HEADLINE, stamp, "burnt tankers at the quay", *BODY]
    assert wrapped_lines(lines) == set()
    article = clean(lines)
    assert rules_of(article).get(stamp) == "dateline"
    for sentence in BODY:
        assert sentence in article.text


def test_a_wrapped_sentence_ending_on_a_date_stays_whole():
    wrapped = ["The shelling of the northern districts began on March 4",
               "and went on through the night, the mayor said, before the guns fell silent at",
               "dawn when the last of the residents had reached the shelters by the river."]
    assert wrapped_lines(wrapped) == {0, 1, 2}
    assert clean(wrapped).removed == []


def test_a_date_ending_on_a_comma_still_goes_on():
    lines = ["Thursday, March 07, 2024,", "the day the convoy was hit, is marked by a vigil"]
    assert wrapped_lines(lines) == {0, 1}
