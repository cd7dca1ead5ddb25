"""An unknown place one article found and another wrote untagged (unknown_recall.py): the
second's reports are keyed by it too and join the first's. Names and sentences of our own."""

from __future__ import annotations

from fogofwar.reconcile.incidents import event_refs
from fogofwar.reconcile.summary import build_incidents
from fogofwar.reconcile.unknown_places import unknown_key, unknown_names
from fogofwar.reconcile.unknown_recall import corpus_unknowns, recalled, recalled_countries

from .helpers import article

NIGER = {"text": "Niger", "name": "Niger", "geonames_id": 2440476, "lat": 17.6, "lon": 8.1,
         "country": "NER", "admin1": None, "feature_code": "PCLI", "precision": "country",
         "within": None, "role": "location"}
TAHOUA = {"text": "Tahoua", "name": "Tahoua", "geonames_id": 2439376, "lat": 14.9, "lon": 5.3,
          "country": "NER", "admin1": "Tahoua", "feature_code": "PPLA", "precision": "town",
          "within": None, "role": "location"}


def _unknown(text: str, start: int = 0) -> dict:
    return {"text": text, "start": start, "end": start + len(text), "name": None,
            "geonames_id": None, "lat": None, "lon": None, "country": None, "admin1": None,
            "feature_code": None, "precision": None, "within": None, "role": "location"}


def _at(text: str, place: dict) -> dict:
    start = text.index(place["text"])
    return {**place, "start": start, "end": start + len(place["text"])}


def test_the_corpus_unknowns_are_names_no_page_reads():
    names = corpus_unknowns([[NIGER, _unknown("Kelubo village")],
                             [_unknown("Tahoua")], [TAHOUA], [_unknown("the Kingdom")],
                             [_unknown("Ab")]])
    # the kind word is dropped; a name read elsewhere, one after "the", one too short is none
    assert set(names) == {"Kelubo"}
    assert names["Kelubo"] == {"NER"}


def test_a_page_writing_an_unknown_name_gets_the_mention():
    text = ("Officials said that Kelubo massacre left eleven dead. Later the Kelubo attack "
            "was denied. Kelubo Radio said nothing. The Kelubo said more. In Kelubo, calm.")
    art = recalled({"text": text, "places": [], "actors": []}, {"Kelubo": frozenset({"NER"})})
    added = [(p["text"], text[p["start"]:p["end"]]) for p in art["places"]]
    # "Kelubo massacre" (no "the"), "the Kelubo attack" (a news noun after it) and
    # "In Kelubo," are; not inside "Kelubo Radio", not "the Kelubo" before a verb, not a
    # sentence's first word
    assert added == [("Kelubo", "Kelubo"), ("Kelubo attack", "Kelubo attack"),
                     ("Kelubo", "Kelubo")]
    assert text.index("In Kelubo") + 3 == art["places"][-1]["start"]
    assert set(unknown_names(art).values()) == {unknown_key("Kelubo")}
    assert recalled_countries(art) == {"NER"}


def test_no_mention_where_the_page_reads_the_name_already():
    text = "Fighters loyal to Kelubo attacked Tahoua."
    actor = {"text": "Kelubo", "start": 18, "end": 24, "actor_id": "kelubo", "name": "Kelubo"}
    art = {"text": text, "places": [_at(text, TAHOUA)], "actors": [actor]}
    assert recalled(art, {"Kelubo": frozenset({"NER"})}) is art


def test_a_report_of_the_village_on_a_page_about_a_town_joins_the_village_s_reports():
    found = "Gunmen killed eleven people in Kelubo village in Niger on Tuesday."
    told = "Officials in Tahoua said that Kelubo massacre was the work of bandits."
    village = _unknown("Kelubo village", found.index("Kelubo"))
    first = article("a1", "Outlet One", [{"place": village, "sentence": found}], text=found,
                    published="2021-03-10")
    first["places"] = [village, _at(found, NIGER)]
    first["events"][0]["date"] = "2021-03-09"
    second = article("a2", "Outlet Two", [{"place": None, "sentence": told}], text=told,
                     published="2021-03-10")
    second["places"] = [_at(told, TAHOUA)]
    second["events"][0]["date"] = "2021-03-09"
    # placed at Tahoua by its page's focus, the report is keyed by the village its sentence
    # names once the corpus knows it
    assert not next(event_refs([second])).unknown
    incidents = build_incidents([first, second])
    assert [sorted(i["articles"]) for i in incidents] == [["a1", "a2"]]
