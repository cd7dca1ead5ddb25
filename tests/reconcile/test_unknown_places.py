"""Reports of a village or camp no gazetteer knows and no text puts in a province: keyed by
its spelling family and the page's country (unknown_places.py), joined in pass 7b
(village_sites.join_unknown_places). Names and sentences of our own."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.placenames import family_key
from fogofwar.reconcile.unknown_places import (
    event_unknowns,
    feature_names,
    page_countries,
    page_country,
    unknown_key,
    unknown_names,
)
from fogofwar.reconcile.village_sites import join_unknown_places

NIGER = {"text": "Niger", "name": "Niger", "lat": 17.6, "lon": 8.1, "country": "NER",
         "precision": "country", "role": "location"}
TAHOUA = {"text": "Tahoua", "name": "Tahoua", "lat": 14.9, "lon": 5.3, "country": "NER",
          "admin1": "Tahoua", "precision": "town", "role": "location"}


def _unknown(text: str) -> dict:
    return {"text": text, "name": None, "lat": None, "lon": None, "role": "location"}


def _page(*places: dict) -> dict:
    return {"places": list(places)}


def test_spellings_of_one_camp_share_a_key_and_its_kind_word_is_dropped():
    keys = {unknown_key(t) for t in ("Tillakaina", "Tilakayna", "Tillakaina base")}
    assert len(keys) == 1 and None not in keys
    assert unknown_key("Indelimane") != unknown_key("Tillakaina")


def test_a_short_name_is_keyed_by_its_spelling():
    # "Tilia" has too short a skeleton ("tl") to join spellings by; written alike it still joins
    assert unknown_key("Tilia") == unknown_key("Tilia base") == "=tilia"
    assert unknown_key("Tilya") != unknown_key("Tilia")
    assert unknown_key("Tal") is None  # too short even as written


def test_the_page_country_counts_every_role_and_needs_a_leader():
    nigerien = {"text": "Nigerien", "country": "NER", "role": "demonym"}
    mali = {"text": "Mali", "country": "MLI", "role": "actor"}
    assert page_country(_page(NIGER, nigerien, mali)) == "NER"
    assert page_country(_page(NIGER, mali)) is None


def test_an_unknown_place_is_keyed_where_the_page_s_places_lie_and_where_all_its_words_do():
    # an attack in Niger told from "a Malian report" thrice: keyed in Niger and in Mali
    mali = {"text": "Mali", "country": "MLI", "role": "location"}
    malian = {"text": "Malian", "country": "MLI", "role": "demonym"}
    art = _page(NIGER, TAHOUA, mali, malian, malian, malian, _unknown("Tillakaina"))
    assert page_countries(art) == {"NER", "MLI"}
    ev = {"sentence": "Gunmen attacked an army camp in Tillakaina."}
    assert event_unknowns(ev, None, unknown_names(art), page_countries(art)) == {
        ("NER", unknown_key("Tillakaina")), ("MLI", unknown_key("Tillakaina"))}
    assert page_countries(_page(NIGER, malian)) == {"NER"}


def test_an_event_at_its_country_is_keyed_by_the_unknown_places_its_sentence_names():
    art = _page(NIGER, _unknown("Tillakaina"), _unknown("Indelimane"), TAHOUA)
    names = unknown_names(art)
    assert set(names) == {"Tillakaina", "Indelimane"}
    ev = {"sentence": "Gunmen attacked army camps in Tillakaina and Indelimane in Niger."}
    assert event_unknowns(ev, NIGER, names, "NER") == {
        ("NER", unknown_key("Tillakaina")), ("NER", unknown_key("Indelimane"))}
    # a report at a town of its own, or on a page of no leading country, is keyed by nothing
    assert event_unknowns(ev, TAHOUA, names, "NER") == frozenset()
    assert event_unknowns(ev, NIGER, names, None) == frozenset()
    # a name only inside another word is not named
    assert event_unknowns({"sentence": "Indelimaneville was calm."}, None, names, "NER") == \
        frozenset()


def _ref(aid: str, day: date | None, keys: set[str], place: dict | None = None) -> EventRef:
    return EventRef({"id": aid, "sentence": "Gunmen attacked the army camp."}, aid, aid, aid,
                    None, (day, day) if day else None, "violence", place,
                    unknown=frozenset(("NER", unknown_key(k)) for k in keys))


def test_dated_reports_of_one_camp_join_and_an_undated_one_follows():
    refs = [_ref("a", date(2019, 12, 10), {"Tillakaina"}, NIGER),
            _ref("b", date(2019, 12, 10), {"Tilakayna", "Indelimane"}),
            _ref("c", None, {"Indelimane"}),
            _ref("d", date(2019, 12, 20), {"Tillakaina"}),  # another attack ten days on
            _ref("e", None, {"Sanam"})]  # a camp no dated report names
    forest = Forest(len(refs))
    join_unknown_places(refs, forest)
    roots = [forest.find(i) for i in range(len(refs))]
    assert roots[0] == roots[1] == roots[2]
    assert roots[3] != roots[0] and roots[4] not in (roots[0], roots[3])
    assert refs[2].date_inherited and not refs[4].date_inherited


def test_an_undated_report_whose_camp_two_incidents_hold_stays_alone():
    refs = [_ref("a", date(2019, 12, 10), {"Tillakaina"}),
            _ref("b", date(2020, 1, 9), {"Tillakaina"}),
            _ref("c", None, {"Tilakayna"})]
    forest = Forest(3)
    join_unknown_places(refs, forest)
    assert forest.find(2) not in (forest.find(0), forest.find(1))


def test_an_undated_report_joins_the_incident_more_pages_tell_of_its_camp():
    # two pages report the attack on the 10th, a third page alone dates a report the 9th
    refs = [_ref("a", date(2019, 12, 10), {"Tillakaina"}),
            _ref("b", date(2019, 12, 10), {"Tilakayna"}),
            _ref("c", date(2019, 12, 9), {"Tillakaina"}),
            _ref("d", None, {"Tillakaina"})]
    forest = Forest(4)
    join_unknown_places(refs, forest)
    assert forest.find(3) == forest.find(0) == forest.find(1) != forest.find(2)
    assert refs[3].date_inherited


def test_names_after_the_are_no_villages_but_a_base_named_after_one_is():
    text = "Drones flew toward the Kingdom. The colonel of the Tillakaina base was taken."
    kingdom = {**_unknown("Kingdom"), "start": text.index("Kingdom")}
    base = {**_unknown("Tillakaina base"), "start": text.index("Tillakaina")}
    assert unknown_names({"text": text, "places": [kingdom, base]}) == {
        "Tillakaina base": unknown_key("Tillakaina")}


def test_a_recalled_mention_dated_by_another_clause_leaves_the_reported_attack_alone():
    # a page recalling "the attack at Tillakaina, the deadliest since the coup of January
    # 2021" dates it by the coup: no second incident there for an undated page to weigh
    recalled = _ref("r", date(2021, 1, 15), {"Tillakaina"})
    recalled.background = True
    refs = [_ref("a", date(2024, 8, 24), {"Tillakaina"}), recalled,
            _ref("u", None, {"Tilakayna"})]
    forest = Forest(3)
    join_unknown_places(refs, forest)
    assert forest.find(2) == forest.find(0) != forest.find(1)
    assert refs[2].date_inherited


def test_one_article_s_own_dated_reports_are_not_joined_here():
    refs = [_ref("a", date(2019, 12, 10), {"Tillakaina"}),
            _ref("a", date(2019, 12, 10), {"Tillakaina"})]
    forest = Forest(2)
    join_unknown_places(refs, forest)
    assert forest.find(0) != forest.find(1)


def test_an_undated_report_naming_another_weekday_stays_apart():
    # the incident's reports are of Tuesday 10 Dec 2019; an undated page of an attack on the
    # same camp "on Friday" is another attack (a Monday, the day before, would still fit)
    def undated(aid: str, weekday: int) -> EventRef:
        return EventRef({"id": aid, "sentence": "Gunmen attacked the army camp."}, aid, aid,
                        aid, None, None, "violence", None,
                        article_weekdays=frozenset({weekday}),
                        unknown=frozenset({("NER", unknown_key("Tillakaina"))}))
    refs = [_ref("a", date(2019, 12, 10), {"Tillakaina"}), undated("f", 4), undated("m", 0)]
    forest = Forest(3)
    join_unknown_places(refs, forest)
    assert forest.find(1) != forest.find(0) and forest.find(2) == forest.find(0)


def _at(text: str, name: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return {**_unknown(name), "start": start}


def test_a_natural_feature_is_a_key_though_written_after_the():
    text = ("Troops clashed in the Sarwan Valley overnight. Boats sank in Sarwan river. "
            "Officials named the Sarwan clash the worst in years. Trucks drove toward the Kingdom.")
    places = [_at(text, "the Sarwan Valley"), _at(text, "Sarwan", 1), _at(text, "Sarwan", 2),
              _at(text, "Kingdom")]
    names = feature_names({"text": text, "places": places})
    # the feature word in the mention or right after it makes a feature; the page's bare
    # mention of the same family ("the Sarwan clash") is the feature too; "the Kingdom" is not
    assert names == {"the Sarwan Valley": unknown_key("Sarwan"), "Sarwan": unknown_key("Sarwan")}
    # a name the page never calls a feature is none
    text2 = "Gunmen attacked the Sarwan market."
    assert feature_names({"text": text2, "places": [_at(text2, "Sarwan")]}) == {}


def test_a_feature_key_does_not_depend_on_the_page_country():
    features = {"the Sarvan Valley": unknown_key("Sarvan")}
    ev = {"sentence": "Four soldiers died in the Sarvan Valley last June."}
    # either side's page, or one with no leading country, keys the report alike
    for country in ("IND", "CHN", None):
        assert event_unknowns(ev, None, {}, country, features) == {("", unknown_key("Sarvan"))}
    # a report at a town of its own takes no key
    assert event_unknowns(ev, TAHOUA, {}, "IND", features) == frozenset()


def test_w_before_a_vowel_is_read_as_v():
    assert family_key("Sarwan") == family_key("Sarvan")
    assert family_key("Sewastopol") == family_key("Sevastopol")
    assert family_key("Sarwan") != family_key("Saran")
