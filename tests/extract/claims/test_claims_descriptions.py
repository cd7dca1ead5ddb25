"""Which speaker a description or a subject means (issue 11, round c488-c495 of
bench/data/conflict/README.md): a description that names its own person after a comma is that
person, not the last speaker it describes; "the group" takes up a named armed group whatever
its name, and "the army" never a rebel group whose name holds the word; a name with a
typographic apostrophe is the pack's group; a place closing a subject's prepositional phrase
is no second subject; "it will threaten the talks" and "the air force responded using drones"
inside a quotation (verbs that report only with a clause, with none) are no speakers, the
quotation stays its speaker's; "the minister" means a name whose title, cut off the mention,
holds the noun. Each text was written for these tests and goes through the
whole pipeline as an article of the fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_claims, figure_values

OUTLET = "Daily Sun"

TEXTS = {
    "description_naming_its_person": (
        "Army spokesman Major Dan Obote said the rebels killed three farmers. He said the "
        "army lacked troops. The army spokesman for Gulu, Lieutenant Peter Okello, said "
        "patrols had been increased after 40 people fled."),
    "the_group_after_a_named_group": (
        "The Kurdistan Workers\u2019 Party claimed the attack on the convoy. In a statement, "
        "the group said 9 soldiers were killed."),
    "the_group_after_an_unknown_group": (
        "The Delta Freedom Fighters denied the attack on Monday. In a statement, the group "
        "said it had blown up two pipelines and killed 6 soldiers."),
    "the_army_after_a_rebel_army": (
        "Fighters of the Lord\u2019s Resistance Army attacked the village of Kora, killing 12 "
        "people, officials said. In a statement on Monday, the army said it killed 15 rebel "
        "fighters."),
    "officials_in_a_place": (
        "Separatist officials in the regional capital Karsk say four have been killed today "
        "in mortar attacks."),
    "person_after_a_description": (
        "Around 300 people were held in the camp, the camp\u2019s director Amadou Sissoko "
        "said."),
    "threaten_without_a_statement": (
        "\u201cThey were not our men. We do not know who did it,\u201d rebel leader Paul "
        "Mbeki told AFP.\n\n\u201cIt is serious but I do not think that it will threaten "
        "the peace talks due next month.\u201d The rebels threatened to attack the capital."),
    "responded_inside_a_quotation": (
        "According to the news site Sahel Info, \u201cafter clashes near the border, the air "
        "force responded using three drones\u201d. A protester shouted: \u201cWe will not "
        "leave!\u201d"),
    "title_cut_off_the_name": (
        "Peruvian Defense Minister Antero Flores Araoz said on Saturday the attackers used "
        "dynamite, killing 11 soldiers. Flores Araoz told reporters that the area was "
        "remote.\n\n\u201cMost of the soldiers fell over a cliff,\u201d the minister said. "
        "The defense minister said 2 helicopters had been sent."),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_claims(tmp_path_factory.mktemp("descriptions"), TEXTS, OUTLET)


def test_description_naming_its_person_is_that_person(claims):
    earlier = claim_on(claims["description_naming_its_person"], "lacked troops")
    later = claim_on(claims["description_naming_its_person"], "patrols had been increased")
    assert claimant_text(earlier) == "Major Dan Obote"
    assert claimant_text(later) == "Lieutenant Peter Okello"
    assert 40 in figure_values(later)


def test_the_group_takes_up_a_named_armed_group(claims):
    claim = claim_on(claims["the_group_after_a_named_group"], "9 soldiers")
    assert (claim.get("claimant") or {}).get("name") == "Kurdistan Workers' Party"


def test_the_group_takes_up_a_group_no_pack_knows(claims):
    claim = claim_on(claims["the_group_after_an_unknown_group"], "two pipelines")
    assert claimant_text(claim) == "The Delta Freedom Fighters"


def test_typographic_apostrophe_name_is_the_pack_group(claims):
    claim = claim_on(claims["the_group_after_a_named_group"], "claimed the attack")
    assert (claim.get("claimant") or {}).get("sector") == "REB"


def test_the_army_is_no_rebel_group_named_army(claims):
    claim = claim_on(claims["the_army_after_a_rebel_army"], "15 rebel fighters")
    assert "Resistance" not in claimant_text(claim)
    assert all("Resistance" not in name for name in claim["chain"])


def test_place_closing_a_subjects_phrase_is_no_speaker(claims):
    claim = claim_on(claims["officials_in_a_place"], "four have been killed")
    assert claimant_text(claim) == "Separatist officials"


def test_person_after_a_description_stays_the_speaker(claims):
    claim = claim_on(claims["person_after_a_description"], "300 people")
    assert claimant_text(claim) == "Amadou Sissoko"


def test_threatening_a_thing_is_no_statement(claims):
    quoted = claim_on(claims["threaten_without_a_statement"], "threaten the peace talks")
    assert claimant_text(quoted) == "Paul Mbeki"
    assert quoted["chain"][:2] == ["Paul Mbeki", "AFP"]
    threat = claim_on(claims["threaten_without_a_statement"], "threatened to attack")
    assert claimant_text(threat) == "rebels"


def test_verb_needing_a_clause_inside_a_quotation_reports_nothing(claims):
    quoted = claim_on(claims["responded_inside_a_quotation"], "three drones")
    assert claimant_text(quoted) == "Sahel Info"
    assert 3 in figure_values(quoted)
    shout = claim_on(claims["responded_inside_a_quotation"], "We will not leave")
    assert claimant_text(shout) == "protester"


def test_the_minister_means_the_name_titled_minister(claims):
    quoted = claim_on(claims["title_cut_off_the_name"], "fell over a cliff")
    later = claim_on(claims["title_cut_off_the_name"], "2 helicopters")
    assert "Araoz" in claimant_text(quoted)
    assert "Araoz" in claimant_text(later)
