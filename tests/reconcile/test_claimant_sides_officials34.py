"""Officials of another state than the page's land (round officials34).

- an office one state alone holds ("Secretary of State", "Joint Chiefs of Staff": reconcile
  pack `state_office_titles`) names the state of an officer the page names no state for,
  before the land the page's places lie in; the British "Secretary of State for Defence" is
  no such title;
- a short name of a body ("the MOD", "the military department") stands for the last body the
  page named whose name holds its full form ("Defence Ministry": pack `body_short_names`).

Sentences and names are our own.
"""

from __future__ import annotations

from fogofwar.reconcile.claimant_sides import claimant_side, country_side, office_country
from fogofwar.reconcile.described import described_body, description_noun

from .test_claimant_sides33 import page, speaker

PLACES = [("Aleppo", "SYR", "location"), ("Idlib", "SYR", "location")]


def test_a_secretary_of_state_serves_his_state_not_the_land_of_the_strike():
    art = page("Shells fell on Aleppo and Idlib. Gas killed at least 300 people, Secretary of "
               "State Tom Hale said on Friday.", places=PLACES)
    m = speaker(art, "Secretary of State Tom Hale", sector="GOV")
    assert office_country(m, art) == "USA"
    assert claimant_side(m, art) == country_side("USA")


def test_an_office_in_the_title_before_an_officer_names_his_state():
    art = page("Missiles hit two bases in Aleppo and Idlib. No soldier was hurt, Joint Chiefs "
               "of Staff Gen. Ray Moss said.", places=PLACES)
    m = speaker(art, "Gen. Ray Moss", sector="MIL")
    assert claimant_side(m, art) == country_side("USA")


def test_no_office_of_one_state_leaves_the_land_of_the_page():
    art = page("Shells fell on Aleppo and Idlib. The Secretary of State for Defence Ann Ross "
               "said 30 people died. Defence Minister Ali Sami said 12 died.", places=PLACES)
    british = speaker(art, "Ann Ross", sector="GOV")
    assert office_country(british, art) is None  # the British form names no one state
    local = speaker(art, "Defence Minister Ali Sami", sector="GOV")
    assert office_country(local, art) is None
    assert claimant_side(local, art) == country_side("SYR")


def test_a_state_named_before_the_office_comes_first():
    art = page("Shells fell on Aleppo and Idlib. Vatican Secretary of State Carlo Neri said 30 "
               "people died.", places=[*PLACES, ("Vatican", "VAT", "demonym")])
    m = speaker(art, "Carlo Neri", sector="GOV")
    assert claimant_side(m, art) == country_side("VAT")


def _body(text: str, needle: str, **fields) -> dict:
    at = text.find(needle)
    return {"text": needle, "start": at, "end": at + len(needle), "actor_id": None,
            "name": None, "country": None, "sector": None, "side": None, **fields}


def test_a_short_name_stands_for_the_body_whose_full_name_holds_it():
    text = ("The Kurland Defence Ministry said 40 soldiers died near Vesk. Police said two "
            "were hurt. Later the MOD said 50 had died, and the military department added "
            "that 12 were missing.")
    ministry = _body(text, "Kurland Defence Ministry", sector="MIL", country="KUR",
                     actor_id="kur_mod")
    police = _body(text, "Police", sector="MIL", country="KUR")
    art = {"text": text, "actors": [ministry, police], "places": [], "claims": []}
    mod, dept = _body(text, "the MOD"), _body(text, "the military department")
    assert description_noun(mod) == "mod" and description_noun(dept) == "military department"
    assert described_body(mod, art) is ministry  # not the police named after it
    assert described_body(dept, art) is ministry


def test_a_short_name_with_no_body_of_its_kind_before_it_stands_for_none():
    text = "Police said two were hurt in Vesk. Later the MOD said 50 had died."
    art = {"text": text, "actors": [_body(text, "Police", sector="MIL", country="KUR")],
           "places": [], "claims": []}
    assert described_body(_body(text, "the MOD"), art) is None


def test_activists_named_by_a_demonym_speak_for_the_opposition():
    art = page("Shells fell on Aleppo and Idlib. Syrian activists said 90 people died. Syrian "
               "officials said 12 died.", places=PLACES)
    activists = speaker(art, "Syrian activists", country="SYR", side="syr")
    officials = speaker(art, "Syrian officials", country="SYR", side="syr", sector="GOV")
    assert claimant_side(activists, art) == "opposition"
    assert claimant_side(officials, art) == "syr"  # a state's officials stay its voice


def test_a_cabinet_secretary_with_an_apostrophe_in_his_name_serves_the_land():
    from fogofwar.reconcile.titles import titled_country
    art = page("Gunmen hit Lamu and Garissa. On Monday, Interior CS Joel Kamau’a said no "
               "soldier died.", places=[("Lamu", "KEN", "location"),
                                        ("Garissa", "KEN", "location")])
    m = speaker(art, "CS Joel Kamau’a")
    assert titled_country(m["text"], art) == "KEN"
    assert claimant_side(m, art) == country_side("KEN")
