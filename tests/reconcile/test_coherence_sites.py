"""A named site follows its town's corpus reading only where a town of that name would: one
transliteration family can hold two real towns ("Kerch" in Crimea and "Karachi" share the
skeleton "krch"), and a bridge at the first is no site at the second. Invented towns of
invented countries; each test has a site that must keep its place and one that must move."""

from __future__ import annotations

from fogofwar.reconcile.coherence import coherent, toponym_key

from .helpers import article

TORVA = {"text": "Torva", "start": 0, "end": 5, "name": "Torva", "geonames_id": 900001,
         "lat": 24.9, "lon": 67.0, "country": "BBB", "admin1": "Lowland",
         "feature_code": "PPL", "precision": "town", "within": None}
TARVO = {**TORVA, "text": "Tarvo", "name": "Tarvo", "geonames_id": 900002, "lat": 45.3,
         "lon": 36.5, "country": "AAA", "admin1": "Upland"}
BBB_CAPITAL = {**TORVA, "text": "Belport", "name": "Belport", "geonames_id": 900003,
               "lat": 33.7, "lon": 73.0}
AAA_CAPITAL = {**TARVO, "text": "Amstad", "name": "Amstad", "geonames_id": 900004,
               "lat": 50.4, "lon": 30.5}
AAA_SEA = {**TARVO, "text": "Amber Strait", "name": "Amber Strait", "geonames_id": 900005,
           "lat": 45.2, "lon": 36.6}


def bridge(within: dict) -> dict:
    """The Tarvo bridge, placed at the town it was read in."""
    return {**within, "text": "Tarvo bridge", "name": None, "geonames_id": None,
            "feature_code": "BDG", "precision": "site", "within": within["name"]}


def told(aid: str, site_or_town: dict, others: list[dict]) -> dict:
    art = article(aid, "Wire " + aid, [{"place": site_or_town}])
    art["places"] = [site_or_town, *others]
    return art


def _corpus(last: dict) -> list[dict]:
    """Three stories of Torva (country BBB) and `last`."""
    return [told(a, TORVA, [BBB_CAPITAL]) for a in ("a", "b", "c")] + [last]


def test_one_family_holds_both_towns():
    assert toponym_key("Tarvo") == toponym_key("Torva")


def test_a_site_in_a_story_about_its_own_country_keeps_its_place():
    last = told("d", bridge(TARVO), [TARVO, AAA_CAPITAL, AAA_SEA])
    out = coherent(_corpus(last))[-1]
    assert out["places"][0]["country"] == "AAA"
    assert (out["events"][0]["place"]["lat"], out["events"][0]["place"]["lon"]) == (45.3, 36.5)
    assert out["places"][1]["country"] == "AAA"  # the town itself kept its reading already


def test_a_site_in_a_story_about_the_corpus_reading_country_follows_it():
    last = told("d", bridge(TARVO), [TARVO, BBB_CAPITAL, {**BBB_CAPITAL, "text": "Belmar",
                                                          "name": "Belmar"}])
    out = coherent(_corpus(last))[-1]
    assert out["places"][0]["country"] == "BBB"
    assert out["places"][0]["within"] == "Torva"
