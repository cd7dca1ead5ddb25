"""Round sides50: a news agency's letters before a state's or a force's title ("AFP spokesman
Lieutenant Colonel X") name another body, so the officer takes no country from the agency.
Sentences and names are our own."""

from __future__ import annotations

import pytest

from fogofwar.resolve.actors import resolve_actors


def _person(nlp, sentence: str, surname: str):
    found = [m for m in resolve_actors(nlp(sentence)) if m.text.endswith(surname)]
    assert found, [m.text for m in resolve_actors(nlp(sentence))]
    return found[0]


@pytest.mark.parametrize("sentence", [
    "AFP spokesman Lieutenant Colonel Pedro Santos told reporters that 12 bodies were found.",
    "AFP spokesman Major Ana Reyes said troops had reached the village on Tuesday.",
])
def test_an_agencys_letters_before_an_officers_title_give_no_country(nlp, sentence):
    person = _person(nlp, sentence, sentence.split(" said")[0].split(" told")[0].split()[-1])
    assert person.country is None
    assert person.sector in ("MIL", "GOV")


def test_a_demonym_before_an_officers_title_still_gives_its_country(nlp):
    person = _person(nlp, "Kenyan army spokesman Major Ana Reyes said troops had arrived.",
                     "Reyes")
    assert person.country == "KEN"


def test_an_agencys_own_correspondent_keeps_the_agencys_country(nlp):
    person = _person(nlp, "AFP correspondent Ana Reyes said troops had arrived.", "Reyes")
    assert person.country == "FRA"
