"""A site's kind word followed by a people noun says whose people they are, not where anything
happened: "Kyungpook National University students" is no site mention (round place50)."""

import pytest

from fogofwar.resolve.sites import _named, _unnamed


def _sites(text: str) -> list[str]:
    named = _named(text)
    return [text[f.start:f.end] for f in named + _unnamed(text, named)]


@pytest.mark.parametrize(
    "text",
    [
        "The protests began when Kyungpook National University students marched against the "
        "decree.",
        "Twelve Mon Valley school girls were killed when jets bombed the village.",
        "Police fired on the university students on Monday, killing three.",
    ],
)
def test_a_kind_word_before_a_people_noun_is_no_site(text):
    assert _sites(text) == []


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("A missile hit the Al-Amal school in Khan Younis, killing 14 people.", "Al-Amal school"),
        ("Staff at the Kyungpook National University hospital said two students died.",
         "Kyungpook National University hospital"),
        ("Troops stormed the university on Friday.", "university"),
    ],
)
def test_a_site_before_other_words_stays_a_site(text, site):
    assert site in _sites(text)
