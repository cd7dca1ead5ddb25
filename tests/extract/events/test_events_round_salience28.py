"""Round salience28: a noun trigger governed by "staged"/"staging" is salient as under any
other light verb; the model's lemmatizer reads those forms as "stag", so the pack lists that
lemma too. Whole-pipeline runs on invented sentences."""

from __future__ import annotations

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def types(text: str) -> set[str]:
    art = Article(id="s28", source="test", text=text, outlet="Test Wire")
    return {e.type for e in analyse_batch([art])[0].events
            if not e.negated and not e.hypothetical}


@pytest.mark.parametrize("text,kind", [
    ("Hundreds of farmers staged a protest after the vote.", "PROTEST"),
    ("Dozens of teachers were staging a sit-in protest when the police arrived.", "PROTEST"),
])
def test_a_staged_act_is_salient(text, kind):
    assert kind in types(text)


def test_a_bare_noun_under_no_light_verb_stays_out():
    assert "PROTEST" not in types("Farmers talked about a protest after the vote.")
