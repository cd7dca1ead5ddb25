"""A name of compass words alone ("North-West", "the Eastern Province", "Far North") left with
no reading is no unknown place to join reports by (unknown_places.unknown_key): every page of
a country may write it of any of its attacks. Names and sentences of our own."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.unknown_places import event_unknowns, unknown_key, unknown_names
from fogofwar.reconcile.unknown_recall import corpus_unknowns
from fogofwar.reconcile.village_sites import join_unknown_places

NIGER = {"text": "Niger", "name": "Niger", "lat": 17.6, "lon": 8.1, "country": "NER",
         "precision": "country", "role": "location"}


def _unknown(text: str, start: int | None = None) -> dict:
    return {"text": text, "name": None, "lat": None, "lon": None, "role": "location",
            **({"start": start} if start is not None else {})}


def test_a_name_of_compass_words_alone_is_no_key():
    for name in ("North-West", "North-west", "Northwest", "Western", "South", "Far East",
                 "Eastern Province", "Southwest State"):
        assert unknown_key(name) is None, name


def test_a_compass_word_before_a_proper_name_still_keys():
    assert unknown_key("North Tillakaina") is not None
    assert unknown_key("Tillakaina") is not None
    assert unknown_key("Westerbork") is not None  # a compass word only inside a word


def test_a_page_s_unread_compass_area_is_no_unknown_name_but_its_camp_is():
    text = "Gunmen attacked a camp at Tillakaina in North-West Niger on Monday."
    places = [_unknown("Tillakaina", text.index("Tillakaina")),
              _unknown("North-West", text.index("North-West")), NIGER]
    names = unknown_names({"text": text, "places": places})
    assert names == {"Tillakaina": unknown_key("Tillakaina")}
    ev = {"sentence": text}
    assert event_unknowns(ev, NIGER, names, "NER") == {("NER", unknown_key("Tillakaina"))}


def _report(aid: str, day: date | None, sentence: str, area: str) -> EventRef:
    text = f"{sentence}\n"
    places = [_unknown(area, text.index(area)), NIGER]
    names = unknown_names({"text": text, "places": places})
    ev = {"id": aid, "sentence": sentence}
    return EventRef(ev, aid, aid, aid, None, (day, day) if day else None, "violence", NIGER,
                    unknown=event_unknowns(ev, NIGER, names, "NER"))


def test_an_undated_report_in_the_same_compass_area_joins_no_dated_attack():
    # one page's air strike in the north-west on a known day, another page's undated clash
    # between soldiers and a sect in the north-west: the area ties them no more than the
    # country does
    refs = [_report("a", date(2021, 3, 7), "Jets bombed a market in North-West Niger.",
                    "North-West"),
            _report("b", None, "Soldiers clashed with a sect in North-west Niger.",
                    "North-west")]
    forest = Forest(2)
    join_unknown_places(refs, forest)
    assert forest.find(0) != forest.find(1) and not refs[1].date_inherited
    # the same two pages naming one camp no gazetteer knows still join by it
    refs = [_report("a", date(2021, 3, 7), "Jets bombed a camp at Tillakaina in Niger.",
                    "Tillakaina"),
            _report("b", None, "Soldiers clashed with a sect at Tilakayna in Niger.",
                    "Tilakayna")]
    forest = Forest(2)
    join_unknown_places(refs, forest)
    assert forest.find(0) == forest.find(1) and refs[1].date_inherited


def test_the_corpus_recalls_no_compass_area_as_an_unknown_place():
    pages = [[_unknown("North-West"), _unknown("Tillakaina"), NIGER]]
    assert set(corpus_unknowns(pages)) == {"Tillakaina"}
