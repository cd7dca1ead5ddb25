"""A state or its seat after "<noun of relation> of" stands for its government (issue 14: a
background sentence "..., a close ally of Tehran" placed a war's start in Tehran, and an
undated page about strikes on that city found it as a rival incident)."""

import pytest

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import locations, resolve_places


def _roles(nlp, sentence):
    doc = nlp(sentence)
    return {(p.text, p.role) for p in resolve_places(doc, resolve_actors(doc))}


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The militia, a close ally of Tehran, has fought the army since 2014.", "Tehran"),
        ("The rebels, long seen as proxies of Iran, shelled the border villages.", "Iran"),
        ("The general, a bitter rival of Moscow, left the capital in March.", "Moscow"),
        ("The group is a client of the United Arab Emirates, officials say.",
         "United Arab Emirates"),
    ],
)
def test_a_state_after_a_relation_noun_is_an_actor(nlp, sentence, text):
    roles = _roles(nlp, sentence)
    assert (text, "actor") in roles, sorted(roles)
    assert (text, "location") not in roles


def test_places_after_other_nouns_stay_locations(nlp):
    roles = _roles(nlp, "Fighters of the group attacked the outskirts of Tehran on Monday.")
    assert ("Tehran", "location") in roles, sorted(roles)
    # a small town after a relation noun is no government
    roles = _roles(nlp, "The clan, an old ally of Saraqib's elders, fled to Saraqib.")
    assert ("Saraqib", "location") in roles, sorted(roles)


def test_the_event_of_such_a_sentence_is_not_placed_there(nlp):
    doc = nlp("The coalition launched a war against the rebels in 2015 to restore the "
              "president, a staunch ally of Riyadh.")
    places = resolve_places(doc, resolve_actors(doc))
    assert "Riyadh" not in {p.text for p in locations(places)}
