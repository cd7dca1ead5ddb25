"""Places the toponym finder missed, from the corpus (issue 14): an event placed only at its
country, or nowhere, takes the town its own sentence names when the corpus resolved that town
(or a transliteration of it) elsewhere."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.unplaced import corpus_places

from .helpers import SARAQIB, SYRIA, article

TOWN = {**SARAQIB, "text": "Kremenchuk", "name": "Kremenchuk", "geonames_id": 704147,
        "lat": 49.07, "lon": 33.41, "country": "UKR", "admin1": "Poltava"}
UKRAINE = {**SYRIA, "text": "Ukraine", "name": "Ukraine", "country": "UKR"}


def told(aid: str, place: dict | None, sentence: str, places: list[dict]) -> dict:
    art = article(aid, aid.upper(), [{"place": place, "sentence": sentence}], text=sentence)
    art["places"] = places
    return art


def test_a_country_placed_event_takes_the_town_its_sentence_names():
    arts = [told("a", TOWN, "A missile hit a mall in Kremenchuk.", [TOWN]),
            told("b", UKRAINE, "In the city of Kremenchug, a strike hit a mall.", [UKRAINE])]
    fixed = corpus_places(arts)
    assert fixed[1]["events"][0]["place"]["name"] == "Kremenchuk"
    assert fixed[1]["events"][0]["place"]["text"] == "Kremenchug"
    assert len(build_incidents(arts)) == 1


def test_a_town_outside_the_events_country_is_not_taken():
    arts = [told("a", TOWN, "A missile hit a mall in Kremenchuk.", [TOWN]),
            told("b", SYRIA, "Officials compared it with Kremenchuk.", [SYRIA])]
    assert corpus_places(arts)[1]["events"][0]["place"]["country"] == SYRIA["country"]


#: A village no gazetteer knows, located at the state its text puts it in (resolve/places.py).
VILLAGE = {**SARAQIB, "text": "Wad Al-Noura", "name": "Wad Al-Noura", "geonames_id": None,
           "lat": 14.67, "lon": 33.22, "country": "SDN", "admin1": "Gezira",
           "feature_code": None, "precision": "admin1", "within": "Gezira"}


def test_an_unplaced_event_takes_a_village_the_corpus_located_by_its_area():
    # one report located the village at its state; another names it ("Wad al-Noura", its
    # Arabic article in lower case) in an event left with no place
    arts = [told("a", VILLAGE, "The RSF attacked Wad Al-Noura in Gezira state.", [VILLAGE]),
            told("b", None, "The RSF attacked the central village of Wad al-Noura.", [])]
    place = corpus_places(arts)[1]["events"][0]["place"]
    assert (place["name"], place["text"]) == ("Wad Al-Noura", "Wad al-Noura")


def test_an_area_is_no_village():
    gezira = {**VILLAGE, "text": "Gezira", "name": "Gezira", "feature_code": "ADM1",
              "within": None}
    arts = [told("a", gezira, "Fighting in Gezira state.", [gezira]),
            told("b", None, "Shelling hit Gezira again.", [])]
    assert corpus_places(arts)[1]["events"][0]["place"] is None


HORLIVKA = {**TOWN, "text": "Horlivka", "name": "Horlivka", "geonames_id": 707753,
            "lat": 48.3, "lon": 38.05, "admin1": "Donetska oblast"}
DONETSK = {**TOWN, "text": "Donetsk", "name": "Donetsk", "geonames_id": 709717,
           "lat": 48.02, "lon": 37.8, "admin1": "Donetska oblast"}


def borrowing(place: dict, sentence: str) -> dict:
    """An article whose event took its town from the sentence before (`place_inherited`)."""
    art = told("b", place, sentence, [DONETSK])
    art["events"][0]["place_inherited"] = True
    return art


def test_a_borrowed_town_yields_to_the_town_the_events_own_sentence_names():
    # "shells hit a bus stop in a suburb of Donetsk. The strike in Horlivka killed four":
    # the second sentence's event took Donetsk from the first; its own words say Horlivka
    arts = [told("a", HORLIVKA, "Shelling hit Horlivka's centre.", [HORLIVKA]),
            borrowing(DONETSK, "The strike in Horlivka killed four people at a bus stop.")]
    assert corpus_places(arts)[1]["events"][0]["place"]["name"] == "Horlivka"


def test_a_town_the_event_names_itself_is_kept():
    arts = [told("a", HORLIVKA, "Shelling hit Horlivka's centre.", [HORLIVKA]),
            told("b", DONETSK, "Refugees from Horlivka reached Donetsk after the strike.",
                 [DONETSK])]
    assert corpus_places(arts)[1]["events"][0]["place"]["name"] == "Donetsk"


def test_a_borrowed_town_keeps_its_place_against_a_town_of_another_province():
    arts = [told("a", TOWN, "A missile hit a mall in Kremenchuk.", [TOWN]),
            borrowing(DONETSK, "The strike was the worst since Kremenchuk.")]
    assert corpus_places(arts)[1]["events"][0]["place"]["name"] == "Donetsk"
