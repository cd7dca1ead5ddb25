"""A person's name the model cut short: the untagged surname the name's words modify joins
it; a title the model tagged with the name stays in it."""

import pytest

from fogofwar.resolve.actors import _headline, resolve_actors


def _names(nlp, sentence):
    return [m.text for m in resolve_actors(nlp(sentence))]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Interior CS Fred Matiang'i said the attackers had been repelled near the border town.",
         "CS Fred Matiang'i"),
        ("Lt Peter Okello said the convoy was ambushed on Tuesday.", "Peter Okello"),
        ("Dr Amina Hassan said eight patients died overnight.", "Amina Hassan"),
    ],
)
def test_whole_name(nlp, sentence, name):
    assert name in _names(nlp, sentence)


def test_headline_is_told_from_a_sentence(nlp):
    """A headline's verbs parse as proper nouns ("Strikes Kill"): no name is extended there."""
    assert _headline(next(nlp("Russian Strikes Kill Four Near Kharkiv Market").sents))
    assert not _headline(next(nlp("Interior CS Fred Matiang'i said the town was calm.").sents))


def _mentions(nlp, sentence):
    return {m.text: m for m in resolve_actors(nlp(sentence))}


def test_a_pack_persons_name_opening_a_longer_name_is_another_person(nlp):
    # "Asad" is a pack alias of Syria's president; here it opens an Afghan officer's name
    # (titles41): the whole name, no pack actor, no Syrian side
    found = _mentions(nlp, "District police chief Asad Karim Wardak told reporters that two "
                           "gunmen were killed.")
    assert "Asad Karim Wardak" in found
    assert found["Asad Karim Wardak"].actor_id is None
    assert found["Asad Karim Wardak"].side is None
    # the pack's person alone, or with his own title, is still him
    alone = _mentions(nlp, "President Asad said the army would retake the town.")
    assert any(m.actor_id == "assad" for m in alone.values())


def test_given_names_the_model_left_out_join_the_name(nlp):
    # the model tags "Abu Omar" alone; the parse makes "Abdiasis" a word of the same name
    names = _names(nlp, "Sheikh Abdiasis Abu Omar, its spokesman, said the fighters seized "
                        "the base.")
    assert any(n.endswith("Abdiasis Abu Omar") for n in names)
    assert "Abu Omar" not in names
