"""A name the model tagged as a person or organisation is read as a place, with no place
wording around it, when it is exactly the name of a sizeable town in a country the story
names (toponym_context.town_at_home); sentences written for these tests."""

from fogofwar.resolve.places import resolve_places
from fogofwar.resolve.toponym_context import town_at_home


def _span(doc, text):
    start = doc.text.index(text)
    return doc.char_span(start, start + len(text))


def test_a_sizeable_town_in_a_story_country_is_a_place(nlp):
    doc = nlp("Ukraine said Russian troops shelled Bakhmut again on Friday.")
    bakhmut = _span(doc, "Bakhmut")
    assert town_at_home(bakhmut, frozenset({"UA"}))
    assert not town_at_home(bakhmut, frozenset({"RU"}))  # no such town in a country named


def test_a_name_followed_by_a_proper_noun_or_after_the_is_not(nlp):
    doc = nlp("Ukraine said Bakhmut Petrenko and the Bakhmut were not reached.")
    assert not town_at_home(doc[2:3], frozenset({"UA"}))  # a given name before a surname
    assert not town_at_home(doc[6:7], frozenset({"UA"}))  # "the Bakhmut"


def test_the_town_is_resolved_in_the_story(nlp):
    places = {p.text: p for p in resolve_places(
        nlp("Ukraine said Russian troops shelled Bakhmut again on Friday."))}
    assert places["Bakhmut"].country == "UKR"


def test_a_surname_that_no_sizeable_town_bears_stays_a_person(nlp):
    places = {p.text for p in resolve_places(
        nlp("Ukraine said Tymoshenko spoke to Zelensky on Friday."))}
    assert "Tymoshenko" not in places and "Zelensky" not in places
