"""Every toponym is a place mention with a role (issue 12): location, actor, demonym, associated."""

import pytest

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import locations, resolve_places


def _roles(nlp, sentence):
    doc = nlp(sentence)
    return {(p.text, p.role): p for p in resolve_places(doc, resolve_actors(doc))}


@pytest.mark.parametrize(
    ("sentence", "text", "role", "country"),
    [
        # a capital speaking for its government
        ("Moscow said the strikes would continue.", "Moscow", "actor", "RUS"),
        # a state inside a role phrase: the government of Japan, not a location
        ("The Prime Minister of Japan met the delegation.", "Japan", "actor", "JPN"),
        # a nationality word, geocoded to its country
        ("Russian troops moved south.", "Russian", "demonym", "RUS"),
        # a plural people noun
        ("Thousands of Syrians fled the fighting.", "Syrians", "demonym", "SYR"),
        # a multi-word demonym is one mention, not "Korean"
        ("South Korean officials arrived.", "South Korean", "demonym", "KOR"),
        # "-backed" ties the fighters to Turkey without placing them there
        ("Turkish-backed fighters advanced.", "Turkish", "associated", "TUR"),
        # the place a name starts with is tied to the thing named, not where it happens
        ("The Yankees lost the series against the Texas Rangers.", "Texas", "associated", "USA"),
        # a located toponym stays a location
        ("Fighting raged near Saraqib.", "Saraqib", "location", "SYR"),
    ],
)
def test_role_and_country(nlp, sentence, text, role, country):
    found = _roles(nlp, sentence)
    assert (text, role) in found, sorted(found)
    assert found[(text, role)].country == country
    assert found[(text, role)].lat is not None


def test_only_locations_go_to_events(nlp):
    doc = nlp("Russian jets struck Saraqib, Moscow said.")
    places = resolve_places(doc, resolve_actors(doc))
    assert {p.text for p in locations(places)} == {"Saraqib"}
    assert {p.role for p in places} >= {"demonym", "location"}


@pytest.mark.parametrize(
    ("sentence", "text", "country"),
    [
        # an organisation's seat: where the group sits, not where the killings it counts were
        ("The Geneva-based monitor said troops shot dead nine villagers in Bunia.", "Geneva",
         "CHE"),
        ("Gunmen seized a Kandahar-bound bus near Ghazni and killed four passengers.", "Kandahar",
         "AFG"),
    ],
)
def test_seat_and_heading_compounds_are_not_locations(nlp, sentence, text, country):
    doc = nlp(sentence)
    places = resolve_places(doc, resolve_actors(doc))
    found = {(p.text, p.role): p for p in places}
    assert (text, "associated") in found, sorted(found)
    assert found[(text, "associated")].country == country
    assert text not in {p.text for p in locations(places)}


@pytest.mark.parametrize(
    ("sentence", "field", "place"),
    [
        # the owner of a ranked noun: the field of the ranking, the town is where it happened
        ("Militiamen shot 300 villagers at Tarnow in 1943, Europe's bloodiest reprisal of the "
         "occupation.", "Europe", "Tarnow"),
        ("The siege of Jaffna became Asia's longest urban battle.", "Asia", "Jaffna"),
        ("Protesters were shot dead in Mbabane, the capital of Africa's last absolute "
         "monarchy.", "Africa", "Mbabane"),
        # a phrase hanging from a superlative, one or two phrases down
        ("Soldiers killed 200 people in Kisangani, the worst massacre in Africa since 1994.",
         "Africa", "Kisangani"),
        ("Troops razed Cuscatlan, the largest killing of peasants in the modern history of "
         "Latin America.", "Latin America", None),
    ],
)
def test_world_area_a_superlative_ranks_in_is_no_location(nlp, sentence, field, place):
    found = _roles(nlp, sentence)
    assert (field, "associated") in found, sorted(found)
    if place:
        assert (place, "location") in found, sorted(found)


@pytest.mark.parametrize(
    "sentence",
    ["Four peacekeepers were killed in Central Africa on Monday.",
     "The deadliest attack in Nigeria this year killed 40 people.",  # a country: still there
     "Migrants seeking to reach Europe drowned on Tuesday."],
)
def test_world_area_without_a_ranking_keeps_its_role(nlp, sentence):
    found = _roles(nlp, sentence)
    assert all(role != "associated" for _, role in found), sorted(found)


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        ('"Police must not shoot protesters," said Jane Moyo, Southern Africa director at '
         "a rights group.", "Southern Africa"),
        ("A senior West Africa researcher said the killings in Conakry were shocking.",
         "West Africa"),
    ],
)
def test_world_area_naming_a_post_s_field_is_no_location(nlp, sentence, field):
    found = _roles(nlp, sentence)
    assert (field, "associated") in found, sorted(found)


def test_world_area_before_a_kind_word_stays_a_location(nlp):
    found = _roles(nlp, "Militants attacked a base in the West Africa region on Monday.")
    assert all(role == "location" for _, role in found), sorted(found)
