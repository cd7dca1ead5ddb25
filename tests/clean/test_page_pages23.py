"""Furniture of the pages added in round pages23: a teaser run into a sentence, a headline
printed under the lede, a "More" list's teasers closed by their section, a BBC copy's caption
labels, a story list's clock and section, a section's name under a listed headline, and a
language bar above the headline. Every line here is written for the test; none is copied from
the conflict set."""

import pytest

from fogofwar.clean.boilerplate import boilerplate_name

from .helpers import clean, rules_of

BODY = [
    "Militia fighters shelled the river port of Kilo on Tuesday, killing four traders, the "
    "district governor said.",
    "The regional hospital said 11 people were wounded and two were in critical condition.",
]


def test_a_teaser_run_into_a_sentence_is_cut_off_and_the_sentence_kept():
    run_in = ("SEE ALSO :Floods close the northern highway, two reportedThe governor said the "
              "shelling of the market had killed four traders and wounded eleven.")
    article = clean([BODY[0], run_in, BODY[1]])
    assert "SEE ALSO :Floods close the northern highway, two reported" in article.removed
    assert "The governor said the shelling of the market had killed four traders" in article.text


def test_a_teaser_alone_on_its_line_is_still_removed_whole():
    article = clean([*BODY, "SEE ALSO :Floods close the northern highway"])
    assert "SEE ALSO :Floods close the northern highway" in article.removed


def test_the_headline_printed_under_the_lede_is_the_title_not_a_repeat():
    article = clean([BODY[0], "Militia shells river port of Kilo", BODY[1]],
                    url="https://example.org/amp/2024/03/05/militia-shells-river-port-of-kilo")
    assert article.title == "Militia shells river port of Kilo"
    assert "Militia shells river port of Kilo" not in article.removed


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Floods cut the northern highway for a second week and traders ... Africa News -",
         "truncated_teaser_section"),
        ("A ferry capsized on the lake on Sunday, officials said, ... World",
         "truncated_teaser_section"),
        ("Fishermen return to the harbour at dawn in Kilo Image caption The port reopened in May",
         "caption_image_label"),
        ("9:40 am Regional news from the wires", "clock_section"),
        ("By", "byline"),
        ("by Staff Writers Kirkuk, Iraq (AFP) May 2, 2013", "byline"),
    ],
)
def test_furniture_lines(line, rule):
    assert boilerplate_name(line) == rule


@pytest.mark.parametrize("line", [
    *BODY,
    "The convoy left at 9:40 am. Regional officials said it reached Kilo by noon.",
    "He said the image caption on the ministry's post was wrong about the date.",
    "Traders waited ... and then the shelling began again, residents said.",
    "By noon the army said it had retaken the bridge.",
])
def test_story_sentences_are_no_furniture(line):
    assert boilerplate_name(line) is None


def test_a_listed_headline_above_its_section_name_is_no_wrapped_sentence():
    lines = [*BODY, "Popular Posts", "Storm closes the port of Kilo for a week...",
             "- March 2, 2023", "Ferry service resumes on the lake", "opinion", "Report"]
    rules = rules_of(clean(lines))
    assert "Ferry service resumes on the lake" in rules


def test_a_language_bar_is_not_the_headline():
    lines = ["English  |  Français  |  Kiswahili",
             "Militia fighters seize a mountain pass near Kilo", *BODY]
    assert clean(lines).title == "Militia fighters seize a mountain pass near Kilo"
