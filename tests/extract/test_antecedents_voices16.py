"""Which earlier voice a pronoun or description means (round c570-c577 of
bench/data/conflict/README.md): a speaker whose mention opens with a lowercase title
("spokesman Major …") is a named person a later "he" means, and a place the model typed a
person in "a firefight in X" is no one's antecedent. Sentences written for these tests."""

from __future__ import annotations

from spacy.tokens import Span

from fogofwar.extract.antecedents import antecedent
from fogofwar.records import Mention


def _head(doc, word: str):
    return next(t for t in doc if t.text == word)


def _mention_of(doc, words: str, **kw) -> Mention:
    start = doc.text.index(words)
    return Mention(text=words, start=start, end=start + len(words), **kw)


def _typed(doc, words: str, label: str) -> None:
    """Type a phrase as the model sometimes does (a village as a person, a name as nothing)."""
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words))
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + (
        [Span(doc, span.start, span.end, label=label)] if label else [])


TEXT = ("Troops killed four rebels during a firefight in Lamreh Tunong on Friday, claimed "
        "district army spokesman Major Ucok Lubis. Two rifles were seized, he said.")


def test_he_means_the_titled_speaker_not_a_village_typed_a_person(nlp):
    doc = nlp(TEXT)
    _typed(doc, "Lamreh Tunong", "PERSON")
    _typed(doc, "Ucok Lubis", "")
    speaker = _mention_of(doc, "spokesman Major Ucok Lubis")
    village = _mention_of(doc, "Lamreh Tunong")
    found = antecedent(_head(doc, "he"), [village, speaker], [speaker])
    assert found is not None and found.text == "spokesman Major Ucok Lubis"


def test_a_village_typed_a_person_is_no_antecedent_even_alone(nlp):
    doc = nlp(TEXT)
    _typed(doc, "Lamreh Tunong", "PERSON")
    village = _mention_of(doc, "Lamreh Tunong")
    assert antecedent(_head(doc, "he"), [village], []) is None


def test_a_person_named_with_another_preposition_stays_an_antecedent(nlp):
    doc = nlp("Soldiers arrested a man with Harun Basri on Friday. He was carrying two rifles.")
    _typed(doc, "Harun Basri", "PERSON")
    harun = _mention_of(doc, "Harun Basri")
    found = antecedent(_head(doc, "He"), [harun], [])
    assert found is not None and found.text == "Harun Basri"


def test_a_lowercase_title_alone_is_no_named_person(nlp):
    doc = nlp("Rebels killed two guards, a spokesman said. Three rifles were seized, he said.")
    speaker = _mention_of(doc, "spokesman")
    found = antecedent(_head(doc, "he"), [speaker], [speaker])
    assert found is None or found.text == "spokesman"
