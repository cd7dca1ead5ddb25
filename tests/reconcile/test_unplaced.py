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
