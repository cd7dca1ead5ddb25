"""An argument no pack names keeps its words as written, quotation marks balanced."""

from __future__ import annotations

from fogofwar.extract.referents import phrase_span, unresolved


def _head(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_a_scare_quoted_modifier_keeps_its_opening_mark(nlp):
    doc = nlp("Three guards were killed in a clash with a \u201ccounter-revolutionary\u201d "
              "group on Tuesday.")
    text = unresolved(phrase_span(_head(doc, "group"))).text
    assert text.count("\u201c") == text.count("\u201d") == 1
    assert text.endswith("group") and not text.startswith("a ")


def test_a_determiner_and_a_stray_mark_are_still_dropped(nlp):
    doc = nlp("Gunmen attacked \u201cthe hotel in the town.")
    assert unresolved(phrase_span(_head(doc, "hotel"))).text == "hotel"


def test_a_phrase_cut_at_a_line_break_drops_the_conjunction_left_hanging(nlp):
    # a hard-wrapped page: the line ends after "and", so the phrase stops there
    doc = nlp("A medical source and\na witness said at least 10 people were killed.")
    assert phrase_span(_head(doc, "source")).text == "A medical source"
    doc = nlp("Police and soldiers said three people died.")
    assert phrase_span(_head(doc, "Police")).text == "Police and soldiers"
