"""One toponym, one place across a corpus (issue 14): a name misread in one article takes the
reading the corpus supports, unless the article's own places say it means the other one, and
transliteration families (Yelenovka/Olenivka) read together. Hand-made sets; coordinates are
the GeoNames points of the places named."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.coherence import coherent, toponym_key

from .helpers import article

GAZA = {"text": "Gaza", "start": 0, "end": 4, "name": "Gaza", "geonames_id": 281133,
        "lat": 31.50, "lon": 34.47, "country": "PSE", "admin1": "Gaza Strip",
        "feature_code": "PPL", "precision": "town", "within": None}
GAZA_MZ = {**GAZA, "name": "Gaza", "geonames_id": 1045110, "lat": -23.33, "lon": 32.53,
           "country": "MOZ", "admin1": "Gaza", "feature_code": "ADM1", "precision": "admin1"}
ISRAEL = {**GAZA, "text": "Israel", "name": "Israel", "geonames_id": 294640, "lat": 31.5,
          "lon": 34.75, "country": "ISR", "admin1": None, "feature_code": "PCLI",
          "precision": "country"}
PALESTINE = {**ISRAEL, "text": "Palestinian territories", "name": "Palestine",
             "country": "PSE"}
MAPUTO = {**GAZA, "text": "Maputo", "name": "Maputo", "lat": -25.97, "lon": 32.58,
          "country": "MOZ", "admin1": "Maputo City"}
OLENIVKA = {**GAZA, "text": "Olenivka", "name": "Olenivka", "geonames_id": 700000,
            "lat": 47.84, "lon": 37.70, "country": "UKR", "admin1": "Donetsk"}
SEVAN = {**GAZA, "text": "Yelenovka", "name": "Sevan", "geonames_id": 616629, "lat": 40.55,
         "lon": 44.95, "country": "ARM", "admin1": "Gegharkunik"}
DONETSK = {**OLENIVKA, "text": "Donetsk", "name": "Donetsk", "lat": 48.02, "lon": 37.80}
UKRAINE = {**ISRAEL, "text": "Ukraine", "name": "Ukraine", "country": "UKR"}


def told(aid: str, outlet: str, place: dict, others: list[dict]) -> dict:
    art = article(aid, outlet, [{"place": place}])
    art["places"] = [place, *others]
    return art


def test_a_name_misread_in_one_article_takes_the_corpus_reading_and_joins():
    arts = [told("a", "X", GAZA, [ISRAEL]), told("b", "Y", GAZA, [PALESTINE]),
            told("c", "Z", GAZA_MZ, [ISRAEL])]
    fixed = coherent(arts)
    assert fixed[2]["events"][0]["place"]["country"] == "PSE"
    assert fixed[0] is arts[0]  # nothing to change: passed on as it is
    (inc,) = build_incidents(arts)
    assert inc["articles"] == ["a", "b", "c"]


def test_an_article_whose_own_places_say_otherwise_keeps_its_reading():
    arts = [told("a", "X", GAZA, [ISRAEL]), told("b", "Y", GAZA, [PALESTINE]),
            told("m", "Z", GAZA_MZ, [MAPUTO])]
    assert coherent(arts)[2]["events"][0]["place"]["country"] == "MOZ"


def test_transliterations_read_together_and_an_unresolved_mention_is_filled():
    assert toponym_key("Yelenovka") == toponym_key("Olenivka")
    # Ukrainian h for Russian g (issue 14: "the village of Groza" and "Hroza")
    assert toponym_key("Groza") == toponym_key("Hroza")
    assert toponym_key("Gorlovka") == toponym_key("Horlivka")
    assert toponym_key("Kiev") != toponym_key("Riga")
    unresolved = {**OLENIVKA, **{k: None for k in ("name", "geonames_id", "lat", "lon",
                                                   "country", "admin1", "feature_code",
                                                   "precision")}}
    arts = [told("a", "X", OLENIVKA, [DONETSK]), told("b", "Y", OLENIVKA, [UKRAINE]),
            told("r", "TASS", SEVAN, [DONETSK]), told("u", "Z", unresolved, [UKRAINE])]
    fixed = coherent(arts)
    assert fixed[2]["events"][0]["place"]["name"] == "Olenivka"
    assert fixed[2]["events"][0]["place"]["text"] == "Yelenovka"  # the text stays as written
    assert fixed[3]["events"][0]["place"]["lat"] == OLENIVKA["lat"]
    assert len(build_incidents(arts)) == 1


def test_a_headline_s_places_leave_the_readings_and_the_joins_as_the_body_s():
    # articles 1.7 export the headline's places too (in_title, offsets into the title);
    # incidents are joined on the body's alone, as before: a headline naming "Maputo" does
    # not make the body's "Gaza" the Mozambican province
    head = {**MAPUTO, "in_title": True}
    arts = [told("a", "X", GAZA, [ISRAEL]), told("b", "Y", GAZA, [PALESTINE]),
            told("c", "Z", GAZA_MZ, [ISRAEL, head])]
    (inc,) = build_incidents(arts)
    assert inc["articles"] == ["a", "b", "c"]
    assert arts[2]["places"][-1] is head  # the article itself keeps it
