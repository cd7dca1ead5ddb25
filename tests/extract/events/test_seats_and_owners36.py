"""Round outs36: where an event happened, against two places its sentence names for other
reasons. A country a source sits "in" ("the exiled council in Norway said") is where the
speaker is, not where the killing it reports fell; a state written as the owner of an area
after a compass word ("in northern Iraq's Kara region") is a part of that state, a place, not
its government, and the area it holds places the event more finely than the state. Sentences
of our own."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def _analysed(text: str):
    return analyse_batch([Article(id="s1", source="test", text=text, outlet="Test Wire")])[0]


def _violent_places(text: str) -> list[str | None]:
    return [e.place.text if e.place else None for e in _analysed(text).events
            if e.type in ("FIGHT", "ASSAULT")]


def test_a_country_the_source_sits_in_does_not_place_the_killing():
    found = _violent_places("Exiles count the dead\n\nThe Karen council in Norway said on Friday "
                            "that at least 14 villagers had been killed in clashes with "
                            "soldiers.")
    assert found and "Norway" not in found


def test_a_country_the_event_happened_in_still_places_it():
    # "in" under the event, not under the source: the place stays
    found = _violent_places("Clashes kill villagers\n\nAt least 14 villagers were killed in "
                            "clashes with soldiers in Myanmar on Friday, the council said.")
    assert "Myanmar" in found


def test_a_possessive_after_a_compass_word_is_a_place_not_a_government():
    art = _analysed("Army strikes rebel camps\n\nThe army struck rebel camps in northern "
                    "Syria's Idlib province on Sunday, officials said.")
    roles = {p.text: p.role for p in art.places}
    assert roles.get("Syria") == "location"
    # the province it holds is the finer place
    assert {e.place.text for e in art.events if e.type in ("FIGHT", "ASSAULT") and e.place} \
        == {"Idlib province"}


def test_a_possessive_without_a_compass_word_stays_an_actor():
    art = _analysed("Talks stall\n\nSyria's army struck rebel camps near Idlib on Sunday.")
    assert {p.text: p.role for p in art.places}.get("Syria") == "actor"


def test_an_area_no_gazetteer_holds_is_still_the_events_place():
    # its name is what other pages of the incident write: the owner does not replace it
    found = _violent_places("Jets strike camps\n\nTurkish jets bombed rebel camps in northern "
                            "Iraq's Zorvakh region on Sunday, officials said.")
    assert found and "Iraq" not in found and any("Zorvakh" in (p or "") for p in found)


def test_a_surname_a_big_city_bears_is_the_person_who_speaks():
    art = _analysed("Commandos killed in clash\n\nInterior Secretary Mar Roxas called the "
                    "clash a tragedy.\n\nRoxas praised the commandos who died trying to capture "
                    "a bombing suspect.\n\nAnother suspect escaped, according to Roxas, who "
                    "flew south with the defense secretary.")
    assert "Roxas" not in {p.text for p in art.places}
    assert all(e.place is None or e.place.text != "Roxas" for e in art.events)


def test_a_big_city_that_only_shares_a_surname_stays_a_place():
    art = _analysed("Market attacked\n\nRetired general Peter Lagos opened a school on "
                    "Sunday.\n\nGunmen attacked a market in Lagos on Monday, killing four "
                    "traders.")
    assert "Lagos" in {p.text for p in art.places if p.role == "location"}


def test_a_city_before_a_government_noun_names_the_government():
    art = _analysed("Riot probed\n\nThe Kabul government must change its policy towards the "
                    "province, the commission said.\n\nDuring a ceremony, four soldiers entered "
                    "the university library. Students beat up the soldiers. Troops opened fire "
                    "on the crowd.")
    assert {p.text: p.role for p in art.places}.get("Kabul") == "actor"
    assert all(e.place is None or e.place.text != "Kabul" for e in art.events)


def test_a_leaders_surname_before_a_government_noun_names_no_foreign_state():
    art = _analysed("Miners clash with police\n\nStrikers blocked the road near Cusco for a "
                    "month. The Garcia government said that 12 police officers were killed.")
    assert "MEX" not in {p.country for p in art.places if p.role == "actor"}


def test_a_city_the_government_acts_in_stays_a_place():
    art = _analysed("Protest broken up\n\nPolice fired tear gas at protesters in Kabul on "
                    "Sunday, the government said.")
    assert {p.text: p.role for p in art.places}.get("Kabul") == "location"


def test_a_country_the_source_fights_in_is_no_seat():
    # "in" under the participle: where the coalition fights, not where it sits
    art = _analysed("Border town shelled\n\nThe coalition fighting the rebels in Yemen said "
                    "its jets killed 30 fighters on Sunday.\n\nRebel shells later hit Jizan, "
                    "killing two.")
    assert {e.place.text for e in art.events if e.trigger == "killed" and e.place} == {"Yemen"}


def test_a_named_site_an_area_owns_is_finer_than_the_area():
    found = _violent_places("Camp struck\n\nAt least 40 people were killed in air strikes on "
                            "Gaza's Jabalia refugee camp on Tuesday.")
    assert found and all(p and "Jabalia" in p for p in found)


def test_a_country_after_in_under_a_verbless_root_ends_the_walk():
    # the parse's root is a noun ("groups"): the walk up from "in" reaches it and must stop
    # there (the first version compared tokens by identity and never ended on such a line)
    art = _analysed("Rights groups in Britain\n\nRights groups in Britain.\n\nAt least 14 "
                    "villagers were killed in clashes in Myanmar on Friday.")
    assert "Myanmar" in {e.place.text for e in art.events if e.place}
