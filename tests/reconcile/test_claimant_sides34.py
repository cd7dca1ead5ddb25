"""Sides of claimants (round sides34).

- the full stop of an abbreviated title ("Brig. Gen.") or an initial ("U.N.") ends no sentence
  when the words before a speaker are read for his state or body;
- an officer named with no state takes the state another mention of the same person on the
  page gives him ("U.S. Army Colonel X") before the country the page's places mostly lie in;
- a named armed group is found as a claimant's words spell it (parentheses dropped, a plural
  last word: "CPI (Maoists) zonal committee");
- an unnamed armed class alone as a claimant ("the rebels said") speaks for the one named
  armed group its page names, where that group belongs to the page's land;
- a claimant named as the opposition takes the side "opposition" where no pack side holds.

Sentences and names are our own.
"""

from __future__ import annotations

from fogofwar.reconcile.claimant_sides import (
    OPPOSITION,
    claimant_side,
    country_side,
    group_party,
    international_voice,
    lone_group_side,
    opposition_side,
)
from fogofwar.reconcile.titles import person_country, words_before
from fogofwar.resolve.nonstate import group_named

from .test_claimant_sides33 import page, speaker


def test_an_abbreviated_title_does_not_end_the_words_before_a_speaker():
    art = page("Jets struck Marib and Sirwah. Saudi military spokesman Brig. Gen. Fahd Nasser "
               "said 12 fighters died.",
               places=[("Marib", "YEM", "location"), ("Sirwah", "YEM", "location"),
                       ("Saudi", "SAU", "demonym")])
    m = speaker(art, "Gen. Fahd Nasser", sector="MIL")
    assert words_before(m, art).startswith("Saudi military spokesman Brig.")
    assert claimant_side(m, art) == country_side("SAU")  # not Yemen's, where the page is


def test_a_sentence_still_ends_at_a_full_stop_after_a_word():
    art = page("Kenyan troops moved in. Colonel Ali Baro said 9 died.")
    assert words_before(speaker(art, "Colonel Ali Baro"), art) == ""


def test_an_initial_does_not_hide_the_body_before_an_envoy():
    art = page("Fighting hit Kibu. A U.N. statement quoted special envoy Omar Delo as saying "
               "30 people died.", places=[("Kibu", "COD", "location")])
    m = speaker(art, "special envoy Omar Delo", sector="GOV")
    assert international_voice(m, art) == "un"
    assert claimant_side(m, art) == "un"  # the body's own side (sides39), not Congo's


def test_an_officer_takes_the_state_another_mention_of_him_names():
    text = ("Colonel Dan Reyes said 20 people died in Tikrit and Samarra. Later, U.S. Army "
            "Colonel Dan Reyes said the strike had been a mistake.")
    art = page(text, places=[("Tikrit", "IRQ", "location"), ("Samarra", "IRQ", "location"),
                             ("U.S.", "USA", "actor")])
    m = speaker(art, "Colonel Dan Reyes", sector="MIL")
    assert person_country(m, art) == "USA"
    assert claimant_side(m, art) == country_side("USA")


def test_an_officer_with_no_state_named_anywhere_keeps_the_pages_land():
    art = page("Colonel Dan Reyes said 20 people died in Tikrit and Samarra.",
               places=[("Tikrit", "IRQ", "location"), ("Samarra", "IRQ", "location")])
    m = speaker(art, "Colonel Dan Reyes", sector="MIL")
    assert person_country(m, art) is None
    assert claimant_side(m, art) == country_side("IRQ")


def test_a_group_is_found_as_a_claimants_words_spell_it():
    assert group_named("CPI (Maoists) eastern zonal committee") == "cpi_maoist"
    assert group_named("the CPI Maoist spokesperson") == "cpi_maoist"
    assert group_named("Communist Party of India (Maoist)") == "cpi_maoist"
    assert group_named("the district committee") is None


def _rebels_page(home: str, town: str, group_text: str, group_id: str) -> dict:
    art = page(f"Fighting hit {town} and its port. The {group_text} stormed a base. The rebels "
               "said 40 soldiers died.",
               places=[(town, home, "location"), ("port", home, "location")])
    start = art["text"].index(group_text)
    art["actors"].append({"text": group_text, "start": start, "end": start + len(group_text),
                          "actor_id": group_id, "country": None, "sector": "REB"})
    return art


def test_lone_rebels_speak_for_the_one_group_their_page_names():
    art = _rebels_page("YEM", "Hodeidah", "Houthis", "houthis")
    m = speaker(art, "rebels")
    assert lone_group_side(m, art) == group_party("houthis")
    assert claimant_side(m, art) == group_party("houthis")


def test_lone_rebels_take_no_group_of_another_land_or_of_two():
    art = _rebels_page("PAK", "Mingora", "Taliban", "taliban")  # the Taliban govern elsewhere
    assert lone_group_side(speaker(art, "rebels"), art) is None
    two = _rebels_page("YEM", "Hodeidah", "Houthis", "houthis")
    two["actors"].append({"text": "AQAP", "start": 0, "end": 0, "actor_id": "aqap",
                          "country": None, "sector": "REB"})
    assert lone_group_side(speaker(two, "rebels"), two) is None
    # a body of any kind ("the group said") is no armed class's voice
    assert lone_group_side(speaker(art, "port"), art) is None


def test_the_opposition_is_a_side_where_no_pack_gives_one():
    art = page("Troops fired on crowds in Osh and Uzgen. Opposition activists said 300 died.",
               places=[("Osh", "KGZ", "location"), ("Uzgen", "KGZ", "location")])
    m = speaker(art, "Opposition activists", country="SYR", side="opposition")
    assert opposition_side(m) == OPPOSITION
    assert claimant_side(m, art) == OPPOSITION
    ngo = speaker(art, "Opposition activists", sector="NGO")
    assert opposition_side(ngo) is None
    assert opposition_side(speaker(art, "Troops")) is None
