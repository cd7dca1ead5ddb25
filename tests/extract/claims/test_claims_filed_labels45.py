"""A town's name before a colon that opens the story is where it was filed, no speaker
(round voices45). Sentences written for these tests.

- a district town in capitals, the only such label on the page ("PASNI: Gunmen torched
  …"), too small for the city test (`attribution._city_name`), took the sentence's toll as
  its speaker, and with it its state's side; a source the sentence names ("…, according to
  the health ministry") was pushed out;
- written in title case, the label is the dateline where the page names the town again as
  a place ("… in Sukma district");
- a transcript's labels in capitals, line after line, a name too small for a town, a label
  speaking in the first person, or a title-case name not placed again stay speakers.
"""

from __future__ import annotations

from .helpers import cued_claims

OUTLET = "Daily Sun"


def _claims(nlp, text):
    return cued_claims(nlp, text, OUTLET)


def _on(claims, words):
    return [c for c in claims if words in c.sentence]


def test_a_capitalised_town_opening_the_story_is_no_speaker(nlp):
    text = ("PASNI: Gunmen torched four trucks on the coastal highway late on Monday, killing "
            "two drivers.\n\nThe highway was closed on Tuesday.")
    assert not [c for c in _claims(nlp, text) if c.chain[0] == "PASNI"]


def test_the_source_the_sentence_names_speaks_instead(nlp):
    text = ("TUBAS: An army raid on the camp left five people dead early Thursday, according "
            "to the health ministry.\n\nShops stayed shut.")
    (claim,) = _on(_claims(nlp, text), "five people dead")
    assert claim.chain[0] == "health ministry"


def test_a_title_case_town_placed_again_is_the_dateline(nlp):
    text = ("Sukma: Security forces shot dead two Maoists in a gunfight in the forests of "
            "Sukma district on Tuesday.\n\nA search went on.")
    assert not [c for c in _claims(nlp, text) if c.chain[0] == "Sukma"]


def test_speaker_labels_stay_speakers(nlp):
    transcript = ("OBAMA: The strikes killed two fighters near the border.\n\n"
                  "CLINTON: The strikes went on for a week.")
    assert _on(_claims(nlp, transcript), "two fighters")[0].chain[0] == "OBAMA"
    small = "SANDERS: The strikes killed two fighters near the border."
    assert _on(_claims(nlp, small), "two fighters")[0].chain[0] == "SANDERS"
    first = "SUKMA: We killed two fighters near the border."
    assert _on(_claims(nlp, first), "two fighters")[0].chain[0] == "SUKMA"
    unplaced = "Obama: The strikes killed two fighters near the border."
    assert _on(_claims(nlp, unplaced), "two fighters")[0].chain[0] == "Obama"
