"""Sentences run together on a page that lost the space between them get it back (round
c402-c409); sentences written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.clean.glued import unglue


@pytest.mark.parametrize(("line", "expected"), [
    # a straight quote after the full stop opens the next sentence (an even count before it)
    ('Ten huts burned, the chief told AFP."We lost everything," he said.',
     'Ten huts burned, the chief told AFP. "We lost everything," he said.'),
    # ... or closes the quotation the full stop ends (an odd count before it)
    ('"We lost everything."Later the chief left.', '"We lost everything." Later the chief left.'),
    ("“We lost everything.”Later the chief left.", "“We lost everything.” Later the chief left."),
    ("Ten huts burned.Elders said so.", "Ten huts burned. Elders said so."),
    ("The raids began in 2019.Elders fled.", "The raids began in 2019. Elders fled."),
    # initials, short names, decimals and web addresses are left alone
    ("U.S.Army trucks and News.Az reported 2.5.", "U.S.Army trucks and News.Az reported 2.5."),
    ("See https://example.org/news.Html today.", "See https://example.org/news.Html today."),
])
def test_unglue(line, expected):
    assert unglue(line) == expected


def test_unglue_adds_only_spaces():
    line = 'Ten huts burned."We lost everything," he said.Elders fled.'
    assert unglue(line).split() != line.split()
    assert unglue(line).replace(" ", "") == line.replace(" ", "")
