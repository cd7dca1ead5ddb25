"""The article view's segments: overlapping spans cut the text into marked pieces."""

from __future__ import annotations

import pytest

from fogofwar.present.web.highlight import Span, segments, spans

TEXT = "The ministry said 5 soldiers were killed near Saraqib."


def _find(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def test_segments_cover_the_text_exactly_once():
    marks = [Span(*_find("The ministry said 5 soldiers were killed"), "claim", "c", "c1"),
             Span(*_find("ministry"), "claimant", "m", "c1"),
             Span(*_find("5 soldiers"), "figure", "f")]
    segs = segments(TEXT, marks)
    assert "".join(s.text for s in segs) == TEXT


@pytest.mark.parametrize("phrase, kinds", [
    ("ministry", ("claim", "claimant")),   # claimant inside its claim
    ("said", ("claim", "cue")),            # the cue, inside the claim
    ("5 soldiers", ("claim", "figure")),   # a figure inside the claim
    ("Saraqib", ("place",)),               # outside the claim: only the place
    ("near", ()),                          # plain text
])
def test_each_piece_carries_every_kind_covering_it(phrase, kinds):
    marks = [Span(*_find("The ministry said 5 soldiers were killed"), "claim", "c", "c1"),
             Span(*_find("ministry"), "claimant", "m", "c1"),
             Span(*_find("said"), "cue", "s", "c1"),
             Span(*_find("5 soldiers"), "figure", "f"),
             Span(*_find("Saraqib"), "place", "p")]
    by_text = {s.text.strip(): s.kinds for s in segments(TEXT, marks)}
    assert by_text[phrase] == kinds


def test_spans_of_an_article_find_dates_and_figures_in_the_text():
    art = {"text": "On February 10, at least 5 Turkish soldiers were killed in Idlib.",
           "published": "2020-02-11", "published_precision": "day", "claims": [],
           "places": [], "actors": []}
    found = {(s.kind, art["text"][s.start:s.end]) for s in spans(art)}
    assert ("date", "February 10") in found
    assert any(kind == "figure" and "5" in text for kind, text in found)


def test_spans_outside_the_text_are_dropped():
    art = {"text": "short", "published": None, "published_precision": None, "claims": [],
           "places": [{"text": "x", "start": 3, "end": 99, "name": "x", "role": "location"}],
           "actors": []}
    assert spans(art) == []
