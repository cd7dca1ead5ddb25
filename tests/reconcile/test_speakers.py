"""Who speaks in a claim chain, and figures an outlet only relays (reconcile/speakers.py).
Sentences and names are written for these tests, not taken from the dev set."""

from __future__ import annotations

import pytest

from fogofwar.present.export import validate
from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.incidents import claim_source
from fogofwar.reconcile.speakers import names_no_speaker, speaking_link

from .helpers import article, killed


@pytest.mark.parametrize("link, silent", [
    ("Two guided missiles", True), ("the attack", True), ("Telegram", True),
    ("Artillery shelling", True), ("the regional fire service", False), ("Oleh Kiper", False),
])
def test_a_weapon_an_attack_or_a_platform_names_no_speaker(link, silent):
    assert names_no_speaker(link) is silent


def test_the_first_speaking_link_of_a_chain():
    assert speaking_link(["Four rockets", "the fire service", "Wire"]) == 1
    assert speaking_link(["the fire service", "Wire"]) == 0
    assert speaking_link(["Telegram", "Wire"]) == 1  # nobody before the outlet: narration


def test_a_claim_hung_on_a_weapon_is_the_next_links():
    text = "Four rockets hit the depot in Nayrab, killing 7 people, the regional fire service said."
    art = article("a", "Wire", [{"figures": [killed(7, counts="people")]}],
                  claimant=("Four rockets", "x"), text=text)
    art["claims"][0]["chain"] = ["Four rockets", "the regional fire service", "Wire"]
    assert claim_source(art["claims"][0], art) == ("the regional fire service", None)
    art["claims"][0]["chain"] = ["Four rockets", "Wire"]
    assert claim_source(art["claims"][0], art) == ("Wire", None)


def test_an_outlet_relaying_a_named_sources_toll_has_no_row_of_its_own():
    art = article("a", "Wire", [{"figures": [killed(9, counts="people")]}],
                  text="A drone strike on the depot in Nayrab killed 9 people on Monday.")
    art["claims"][0]["figures"] = [killed(9, counts="people")]
    named = {**art["claims"][0], "id": "a:c1", "chain": ["the fire service", "Wire"],
             "figures": [killed(9, counts="people")],
             "sentence": "Nine people were killed, the fire service said."}
    art["claims"].append(named)
    art["events"].append({**art["events"][0], "id": "a:e1", "claim_id": "a:c1",
                          "sentence": named["sentence"]})
    (inc,) = build_incidents([art])
    validate(inc, "incident")
    assert [f["claimant"] for f in inc["figures"]] == ["the fire service"]


def test_an_outlets_own_toll_stays_its_own():
    art = article("a", "Wire", [{"figures": [killed(9, counts="people")]}],
                  text="A drone strike on the depot in Nayrab killed 9 people on Monday.")
    (inc,) = build_incidents([art])
    assert [f["claimant"] for f in inc["figures"]] == ["Wire"]


def test_children_counted_as_kids_are_part_of_the_toll():
    text = "Eleven people were killed, among them four kids, the mayor said."
    art = article("a", "Wire", [{"figures": [killed(11, counts="people"),
                                             killed(4, counts="kids")]}],
                  claimant=("the mayor", None), text=text)
    (inc,) = build_incidents([art])
    (row,) = inc["figures"]
    assert (row["low"], row["high"]) == (11, 11)


def _two_claims(head_role: str, body_chain: list[str], body_text: str) -> dict:
    art = article("a", "Wire", [{"figures": [killed(6, counts="people")]}],
                  claimant=(head_role, None), text="Blast kills 6 at depot - " + head_role)
    body = {**art["claims"][0], "id": "a:c1", "chain": body_chain,
            "claimant": {**art["claims"][0]["claimant"], "text": body_text},
            "sentence": f"Six people died, {body_text} said."}
    art["claims"].append(body)
    art["events"].append({**art["events"][0], "id": "a:e1", "claim_id": "a:c1",
                          "sentence": body["sentence"]})
    return art


def test_a_role_in_the_headline_is_the_named_holder_of_the_body():
    art = _two_claims("mayor", ["Ivan Petrenko", "Wire"], "the city's mayor Ivan Petrenko")
    assert claim_source(art["claims"][0], art)[0] == "Ivan Petrenko"
    (inc,) = build_incidents([art])
    assert {f["claimant"] for f in inc["figures"]} == {"Ivan Petrenko"}


def test_a_role_no_named_source_holds_stays_as_it_is():
    art = _two_claims("mayor", ["Ivan Petrenko", "Wire"], "the police chief Ivan Petrenko")
    assert claim_source(art["claims"][0], art)[0] == "mayor"


def test_a_narrated_toll_a_named_source_states_elsewhere_is_that_sources_report():
    art = article("a", "Wire", [{"figures": [killed(14, counts="people")]}],
                  text="Shelling of the market in Nayrab killed 14 people on Monday.")
    art["claims"][0]["figures"] = [killed(14, counts="people")]
    art["claims"].append({**art["claims"][0], "id": "a:c1", "chain": ["Dr Amal Haddad", "Wire"],
                          "figures": [killed(14, counts="people")],
                          "sentence": "The toll was 14, said Dr Amal Haddad."})
    (inc,) = build_incidents([art])  # the doctor's claim has no event of its own
    assert [f["claimant"] for f in inc["figures"]] == ["Dr Amal Haddad"]


def test_a_narrated_event_with_a_toll_of_its_own_keeps_the_relayed_one_too():
    # the ministry's sentence formed no event here: had the outlet's event lost its relayed 7,
    # no row of the incident would hold it
    text = "Artillery fire on the post near Nayrab killed 7 soldiers and 2 drivers on Monday."
    art = article("a", "Wire", [{"figures": [killed(7, counts="soldiers"),
                                             killed(2, counts="drivers")]}], text=text)
    art["claims"][0]["figures"] = [killed(7, counts="soldiers"), killed(2, counts="drivers")]
    art["claims"].append({**art["claims"][0], "id": "a:c1", "chain": ["the ministry", "Wire"],
                          "figures": [killed(7, counts="soldiers")],
                          "sentence": "Seven of our soldiers died, the ministry said."})
    (inc,) = build_incidents([art])
    # the ministry's claim, with no event of its own, states its toll (toll_claims.py), and
    # the outlet's narrated row is none beside it (summary.incident_figures)
    (row,) = inc["figures"]
    assert row["claimant"] == "the ministry" and row["category"] == "killed"
    assert (row["low"], row["high"]) == (7, 7)  # the 7 is still counted


def test_a_relayed_part_of_a_toll_stays_a_part_of_the_sources_toll():
    text = "Shelling of the market in Nayrab killed 14 people, among them 5 children."
    art = article("a", "Wire", [{"figures": [killed(5, counts="children")]}], text=text)
    art["claims"][0]["figures"] = [killed(5, counts="children")]
    said = "Fourteen people were killed, five of them children, said Dr Amal Haddad."
    art["claims"].append({**art["claims"][0], "id": "a:c1", "chain": ["Dr Amal Haddad", "Wire"],
                          "figures": [killed(14, counts="people"), killed(5, counts="children")],
                          "sentence": said})
    art["events"].append({**art["events"][0], "id": "a:e1", "claim_id": "a:c1", "sentence": said,
                          "figures": [killed(14, counts="people"),
                                      killed(5, counts="children")]})
    (inc,) = build_incidents([art])
    (row,) = inc["figures"]
    assert (row["claimant"], row["low"], row["high"]) == ("Dr Amal Haddad", 14, 14)


def test_a_role_named_in_the_sources_own_sentence_and_its_surname_is_one_source():
    art = _two_claims("mayor", ["Ivan Petrenko", "Wire"], "Ivan Petrenko")
    art["claims"][1]["sentence"] = "Six people died, the town's mayor Ivan Petrenko said."
    art["claims"].append({**art["claims"][1], "id": "a:c2", "chain": ["Petrenko", "Wire"],
                          "claimant": {**art["claims"][1]["claimant"], "text": "Petrenko"},
                          "sentence": "Petrenko, the mayor of the town, said 9 were hurt."})
    assert claim_source(art["claims"][0], art)[0] == "Ivan Petrenko"


def test_an_outlets_vague_headline_toll_beside_a_named_count_leaves_its_row():
    dozens = {**killed(24, low=24, high=99, counts="people", approx=True), "text": "Dozens"}
    art = article("a", "Wire", [{"figures": [dozens]}],
                  text="Dozens of people dead after drones hit the depot in Nayrab")
    art["claims"][0]["figures"] = [dozens]
    named = {**art["claims"][0], "id": "a:c1", "chain": ["the fire service", "Wire"],
             "figures": [killed(17, counts="people")],
             "sentence": "Seventeen people were killed, the fire service said."}
    art["claims"].append(named)
    art["events"].append({**art["events"][0], "id": "a:e1", "claim_id": "a:c1",
                          "figures": [killed(17, counts="people")],
                          "sentence": named["sentence"]})
    (inc,) = build_incidents([art])
    assert [f["claimant"] for f in inc["figures"]] == ["the fire service"]
    # with no named count beside it, the outlet's "dozens" stays its own row
    alone = article("b", "Wire", [{"figures": [dozens]}],
                    text="Dozens of people dead after drones hit the depot in Nayrab")
    (inc,) = build_incidents([alone])
    assert [f["claimant"] for f in inc["figures"]] == ["Wire"]


def test_a_claim_hung_on_an_operation_is_the_next_links():
    # round pairs19: "the Ridgeline Express rescue operation ended with 27 hostages killed,
    # the army said" is the army's toll, not one the operation states
    assert names_no_speaker("the Ridgeline Express rescue operation")
    assert names_no_speaker("military operations")
    assert not names_no_speaker("the operations room of the Northland army")
    text = ("The Ridgeline Express rescue operation ended with 27 hostages killed, the "
            "Northland army said.")
    art = article("a", "Wire", [{"figures": [killed(27, counts="hostages")]}],
                  claimant=("the Ridgeline Express rescue operation", None), text=text)
    art["claims"][0]["chain"] = ["the Ridgeline Express rescue operation", "the Northland army",
                                 "Wire"]
    assert claim_source(art["claims"][0], art) == ("the Northland army", None)


def _held_in_sentence(head_role: str, name: str, sentence: str) -> dict:
    """A headline claim by a bare role and a body claim whose named source stands at the
    sentence's start, with the mention's offsets set (the claim starts at 100)."""
    art = _two_claims(head_role, [name, "Wire"], name)
    body = art["claims"][1]
    body["sentence"], body["start"] = sentence, 100
    body["claimant"] = {**body["claimant"], "text": name, "start": 100,
                        "end": 100 + len(name)}
    return art


def test_a_role_told_beside_the_name_is_that_sources():
    art = _held_in_sentence("the governor", "Ivan Petrenko",
                            "Ivan Petrenko, the governor of the region, said six people died.")
    assert claim_source(art["claims"][0], art)[0] == "Ivan Petrenko"


def test_a_role_told_far_from_the_name_is_no_role_of_that_source():
    # the governor's words stand in another phrase of the farmer's sentence
    art = _held_in_sentence("the governor", "Ivan Petrenko",
                            "Ivan Petrenko said six people died when the shells fell on the "
                            "square in front of the office of the regional governor.")
    assert claim_source(art["claims"][0], art)[0] == "the governor"
