"""Which earlier voice a personal pronoun or "it" means (round pronouns25 of
bench/data/conflict/README.md): "he" takes a person, never the body named in the speaker's
title, a name written as a thing's modifier, nor a body; "it" and "the group" take one body,
never a plural class of voices. Sentences written for these tests."""

from __future__ import annotations

from fogofwar.extract.antecedents import antecedent, unnamed_speaker
from fogofwar.extract.referents import mention_for

from .test_antecedents_voices16 import _mention_of, _typed


def _head(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_an_untyped_name_beside_a_title_is_the_speaker_not_the_body(nlp):
    doc = nlp("Maj. Tobias Kwene, spokesman for the Frelimo party's Nampula branch, told "
              "local radio that the ambush killed three guards.")
    _typed(doc, "Tobias Kwene", "")
    body = _mention_of(doc, "Nampula branch", sector="GOV")
    found = mention_for(_head(doc, "Kwene"), [body])
    assert found is not None and "Kwene" in found.text and "Nampula" not in found.text


def test_he_after_an_unnamed_trader_means_the_trader(nlp):
    doc = nlp("A Chadian herder told Amnesty International that the raiders came at dawn. "
              "He said they burned the wells.")
    herder = _mention_of(doc, "Chadian herder")
    assert unnamed_speaker(herder, doc)
    found = antecedent(_head(doc, "He"), [herder], [herder])
    assert found is not None and found.text == "Chadian herder"


def test_a_body_noun_speaker_is_no_unnamed_person(nlp):
    doc = nlp("The ministry said the raiders came at dawn.")
    assert not unnamed_speaker(_mention_of(doc, "ministry"), doc)


def test_he_skips_a_name_that_modifies_a_village(nlp):
    doc = nlp("Jets bombed Ka Lay village on Friday. He said six houses burned.")
    _typed(doc, "Ka Lay", "PERSON")
    village = _mention_of(doc, "Ka Lay")
    assert antecedent(_head(doc, "He"), [village], []) is None


def test_it_skips_a_plural_class_of_voices(nlp):
    doc = nlp("The Tumbe Brigade raided the camp, according to rebel groups. "
              "Four guards were killed, it said.")
    brigade = _mention_of(doc, "The Tumbe Brigade")
    groups = _mention_of(doc, "rebel groups")
    found = antecedent(_head(doc, "it"), [brigade, groups], [brigade, groups])
    assert found is not None and found.text == "The Tumbe Brigade"
