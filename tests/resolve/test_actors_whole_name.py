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
