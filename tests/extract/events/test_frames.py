"""Sentence frames read on the parse: a conjunct's words, "came under", "accused X of"."""

from __future__ import annotations

from fogofwar.extract.events.frames import accused_of, came_under, in_conjunct, own_end
from fogofwar.records import Mention


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def test_own_end_stops_before_a_following_conjunct(nlp):
    doc = nlp("Gunmen killed four soldiers and a civilian on Monday.")
    soldiers = _tok(doc, "soldiers")
    assert doc[soldiers.left_edge.i:own_end(soldiers)].text == "four soldiers"
    civilian = Mention("civilian", doc.text.index("civilian"), doc.text.index("civilian") + 8)
    assert in_conjunct(civilian, soldiers)
    four = Mention("four", doc.text.index("four"), doc.text.index("four") + 4)
    assert not in_conjunct(four, soldiers)


def test_came_under_finds_the_verb_only_for_come_under(nlp):
    doc = nlp("The troops came under attack by gunmen on Friday.")
    assert came_under(_tok(doc, "attack")).lemma_ == "come"
    other = nlp("The town was under attack by gunmen on Friday.")
    assert came_under(_tok(other, "attack")) is None


def test_accused_of_names_the_object_of_the_accusation(nlp):
    doc = nlp("The ministry accused the rebels of attacking the convoy.")
    assert accused_of(_tok(doc, "attacking")).text == "rebels"
    plain = nlp("The rebels attacked the convoy.")
    assert accused_of(_tok(plain, "attacked")) is None
