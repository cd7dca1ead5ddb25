"""Short forms of a place the same story names in full ("SA" after "South Africa")."""

import pytest

from fogofwar.resolve.places import resolve_spans
from fogofwar.resolve.short_forms import initials, shortens


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("SA", "South Africa", True),
        ("T&T", "Trinidad and Tobago", True),
        ("Trinidad", "Trinidad and Tobago", True),
        # the leading word of a name with no "and" after it is a place of its own
        ("Papua", "Papua New Guinea", False),
        # initials must be written in capitals, and a one-word name has none to spell
        ("Sa", "South Africa", False),
        ("G", "Georgia", False),
        ("NZ", "South Africa", False),
    ],
)
def test_shortens(short, full, expected):
    assert shortens(short, full) is expected


def test_initials_skip_joining_words():
    assert initials("Bosnia and Herzegovina") == "BH"
    assert initials("Democratic Republic of the Congo") == "DRC"


def _places(nlp, text):
    doc = nlp(text)
    return resolve_spans(doc, [e for e in doc.ents if e.label_ in ("GPE", "LOC", "ORG")],
                         focus=())


def test_abbreviation_of_a_country_the_story_names(nlp):
    # SA alone is Saudi Arabia's code; beside South Africa it is South Africa
    places = _places(nlp, "Gold mining made South Africa rich. SA still holds vast reserves.")
    assert [p.country for p in places if p.text == "SA"] == ["ZAF"]


def test_short_form_of_a_country_the_story_names(nlp):
    text = ("Trinidad and Tobago sent no delegate. Diplomats in Trinidad said T&T would "
            "decide later.")
    by_text = {p.text: p for p in _places(nlp, text)}
    assert by_text["Trinidad"].country == by_text["T&T"].country == "TTO"
