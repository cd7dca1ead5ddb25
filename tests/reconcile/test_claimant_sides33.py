"""Sides of international bodies' voices and of state officers (round sides33).

- an officer, source or envoy of an international body (the UN and its missions, the Red
  Cross and Red Crescent, rights and aid groups: reconcile pack `international_bodies`),
  named in the claimant, the title right before it or an appositive after it, speaks for no
  state, whatever state the page places or its title names (a side a pack gives the body
  stays; since sides39 the body's own side of the reconcile pack's `international_body_sides`
  otherwise); a state's delegate to the body (its state named before the body) keeps its state;
- a state named right before an officer gives its side only through words of one title
  phrase ("the Pakistani army's spokesman"), not as the place another phrase describes ("the
  southern Lebanese town of Qana, Defence Minister X"); a state's body the packs know in that
  phrase ("IDF Head of Operations") gives its state;
- an appositive naming a state's body by a role noun ("a US military spokesman") gives that
  state when it names the state, none when it names only a place ("a White Army leader in
  Nasir"); after "according to X," the words are the sentence's, no description of X.

Sentences and names are our own.
"""

from __future__ import annotations

import pytest

from fogofwar.reconcile.claimant_sides import claimant_side, international_voice
from fogofwar.reconcile.titles import country_before, described_country


def _at(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def page(text: str, places=(), actors=()) -> dict:
    """An exported article: its text, places (needle, ISO3, role) and actors (needle, ISO3,
    sector, actor id)."""
    out = {"text": text, "places": [], "actors": [], "claims": []}
    for needle, country, role in places:
        start, end = _at(text, needle)
        out["places"].append({"text": needle, "start": start, "end": end, "country": country,
                              "role": role})
    for needle, country, sector, actor_id in actors:
        start, end = _at(text, needle)
        out["actors"].append({"text": needle, "start": start, "end": end, "country": country,
                              "sector": sector, "actor_id": actor_id, "side": None})
    return out


def speaker(art: dict, needle: str, **fields) -> dict:
    start, end = _at(art["text"], needle)
    return {"text": needle, "start": start, "end": end, "actor_id": None, "country": None,
            "sector": None, "side": None, **fields}


@pytest.mark.parametrize(("text", "needle", "fields", "body"), [
    ("Shelling hit Taiz on Monday. UN envoy to Yemen Martin Holt said 40 people died.",
     "Martin Holt", {"sector": "GOV"}, "un"),
    ("Shelling hit Taiz. Head of the UN observer team in Yemen Colonel Lars Eklund said "
     "that 40 bodies were counted.", "Colonel Lars Eklund",
     {"sector": "MIL", "country": "YEM", "side": "yem"}, "un"),
    ("Shelling hit Taiz. Lars Eklund, the chief of the UN observer team, said that 40 bodies "
     "were counted.", "Lars Eklund", {}, "un"),
    ("Shelling hit Taiz. Red Cross sources said 12 children had died.", "Red Cross sources",
     {"country": "CHE"}, "icrc"),
    ("Shelling hit Taiz. Yemen's Red Crescent said 12 children had died.",
     "Yemen's Red Crescent", {}, "red_crescent"),
    ("Shelling hit Taiz, according to ICRC spokeswoman Anna Berg.", "Anna Berg",
     {"sector": "GOV"}, "icrc"),
])
def test_an_international_bodys_voice_speaks_for_the_body(text, needle, fields, body):
    art = page(text, places=[("Yemen", "YEM", "location")] if "Yemen" in text else ())
    m = speaker(art, needle, **fields)
    assert international_voice(m, art) == body
    # no state's side: the body's own where the pack gives one (sides39), a Red Crescent
    # society none (its land's witness)
    assert claimant_side(m, art) == (None if body == "red_crescent" else body)


def test_a_side_a_pack_gives_the_body_stays():
    art = page("Shelling hit Taiz. The UN said 40 people died.")
    m = speaker(art, "UN", actor_id="un", sector="IGO", side="un")
    assert international_voice(m, art) == "un"
    assert claimant_side(m, art) == "un"


@pytest.mark.parametrize(("text", "needle", "places"), [
    # a state's delegate to the body: the state named before the body
    ("Yemen's UN ambassador Ali Saleh said 40 people died.", "Ali Saleh",
     [("Yemen", "YEM", "actor")]),
    # the body as a modifier of a state's body
    ("Shelling hit Taiz. The UN-backed government said 40 people died.",
     "The UN-backed government", []),
    # the body in another clause before the speaker
    ("The strike was condemned by the UN, and Defence Minister Ali Saleh said 40 died.",
     "Defence Minister Ali Saleh", []),
])
def test_no_international_voice(text, needle, places):
    art = page(text, places=places)
    assert international_voice(speaker(art, needle, sector="GOV"), art) is None


def test_a_state_before_an_officer_in_another_phrase_is_no_side_of_his():
    text = ("Hours after a strike killed 20 people in the southern Lebanese town of Khiam, "
            "Defence Minister Amos Bar said the campaign would go on.")
    art = page(text, places=[("Lebanese", "LBN", "demonym"), ("Khiam", "LBN", "location")])
    assert country_before(speaker(art, "Defence Minister Amos Bar", sector="GOV"), art) is None


@pytest.mark.parametrize(("text", "needle", "places", "actors", "code"), [
    ("Two posts were hit, the Pakistani army's spokesman, Lt Gen Omar Aziz, said.",
     "Lt Gen Omar Aziz", [("Pakistani", "PAK", "demonym")], [], "PAK"),
    ("Rockets fell on the town, IDF Head of Operations Major General Ron Tal said.",
     "Major General Ron Tal", [], [("IDF", "ISR", "MIL", "isr_idf")], "ISR"),
])
def test_a_state_in_the_officers_title_phrase(text, needle, places, actors, code):
    art = page(text, places=places, actors=actors)
    assert country_before(speaker(art, needle, sector="MIL"), art) == code


@pytest.mark.parametrize(("text", "needle", "places", "code"), [
    ("Colonel Greg Hale, a US military spokesman, said two inquiries were open.",
     "Colonel Greg Hale", [("US", "USA", "demonym")], "USA"),
    ("Ter Gatluak, a White Army leader in Nasir, said 30 men died.", "Ter Gatluak",
     [("Nasir", "SSD", "location")], None),
    ("Jon Ode, an army spokesman in Nasir, said 30 men died.", "Jon Ode",
     [("Nasir", "SSD", "location")], None),
    ("According to the families, the Kenyan soldiers were on their way home.",
     "the families", [("Kenyan", "KEN", "demonym")], None),
])
def test_an_appositive_naming_a_states_body(text, needle, places, code):
    art = page(text, places=places)
    assert described_country(speaker(art, needle), art) == code


@pytest.mark.parametrize(("text", "body"), [
    ("Gunmen killed 30 villagers, Amnesty International Nigeria said.", "amnesty"),
    ("Gunmen killed 30 villagers, Amnesty International and Nigeria said.", None),
])
def test_a_state_named_right_after_a_body_is_its_branch(text, body):
    art = page(text, places=[("Nigeria", "NGA", "actor")])
    m = speaker(art, "Nigeria", actor_id="nga", country="NGA", sector="GOV", side="nga")
    assert international_voice(m, art) == body
