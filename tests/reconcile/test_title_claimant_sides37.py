"""A headline's claimant ("Nine soldiers killed in ambush: Chadian governor") has offsets into
the title, not the page's text: the side its own words name is read from them (a place the body
resolved that they spell, "Chadian"), never from the body's place that happens to lie at the same
offsets ("near Niger's border"), which had given the governor Niger's side (round urldates37).
Sentences are written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.claimant_sides import claimant_side, side_named_within

TITLE = "Nine soldiers killed in ambush: Chadian governor"
TEXT = ("Gunmen ambushed an army patrol near Niger's border on Sunday, the Chadian army said. "
        "Nine soldiers died, the governor of the Lac province told reporters.")


def _place(text: str, country: str, role: str) -> dict:
    at = TEXT.index(text)
    return {"text": text, "name": text, "country": country, "role": role, "start": at,
            "end": at + len(text)}


PAGE = {"text": TEXT, "title": TITLE,
        "places": [_place("Niger", "NER", "location"),
                   _place("Chadian", "TCD", "demonym")]}


def _headline(words: str) -> dict:
    at = TITLE.index(words)
    return {"text": words, "start": at, "end": at + len(words), "actor_id": None,
            "sector": None, "side": None, "country": None}


def test_the_offsets_land_on_a_body_place_of_another_state():
    m = _headline("Chadian governor")
    # the accident the rule guards against: the title's offsets cover the body's "Niger"
    assert TEXT[m["start"]:m["end"]] != m["text"]
    assert any(p["start"] < m["end"] and m["start"] < p["end"] <= m["end"]
               for p in PAGE["places"] if p["country"] == "NER")


def test_a_headline_claimant_takes_the_side_its_own_words_name():
    m = _headline("Chadian governor")
    assert side_named_within(m, PAGE) == "tcd"
    assert claimant_side(m, PAGE) == "tcd"


def test_a_headline_claimant_naming_no_place_takes_none_from_the_body():
    page = {**PAGE, "places": [p for p in PAGE["places"] if p["country"] == "NER"]}
    assert side_named_within(_headline("Chadian governor"), page) is None


def test_a_headline_claimant_naming_two_states_takes_neither():
    title = "Nine soldiers killed: Chadian-Niger force"
    m = {"text": "Chadian-Niger force", "start": title.index("Chadian"),
         "end": len(title), "actor_id": None, "sector": None, "side": None, "country": None}
    assert side_named_within(m, {**PAGE, "title": title}) is None


def test_a_body_mention_still_reads_its_offsets():
    at = TEXT.index("Chadian army")
    m = {"text": "Chadian army", "start": at, "end": at + len("Chadian army"),
         "actor_id": None, "sector": None, "side": None, "country": None}
    assert side_named_within(m, PAGE) == "tcd"


def test_a_location_read_as_another_name_says_no_state():
    # the body's "Lac" as the page resolved it, and the same word keyed to a region elsewhere
    title = "Nine soldiers killed: Lac governor"
    m = {"text": "Lac governor", "start": title.index("Lac"), "end": len(title),
         "actor_id": None, "sector": None, "side": None, "country": None}
    lac = {"text": "Lac", "role": "location", "start": TEXT.index("Lac"),
           "end": TEXT.index("Lac") + 3}
    page = {**PAGE, "title": title}
    assert side_named_within(m, {**page, "places": [{**lac, "name": "Lac", "country": "TCD"}]}) \
        == "tcd"
    assert side_named_within(m, {**page, "places": [{**lac, "name": "Diffa Region",
                                                      "country": "NER"}]}) is None
