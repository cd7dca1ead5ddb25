"""Partitive speakers (round voices42): a quantifier or numeral naming some members of a group
is no voice of its own; the group is.

- "residents, one of whom told Reuters that …": the relative pronoun after "of" stands for the
  noun the phrase hangs on, whether the parser makes the clause a relative clause or hangs its
  verb on the main one;
- "one of the medics said …", "several of the doctors said …": the member named with its group,
  the whole phrase, not the bare "one";
- a quantifier with no group after it ("one said", "two were hurt") is left as it was.

Sentences written for these tests."""

from __future__ import annotations

from .helpers import claim_on, claimant_text, exported_claims

OUTLET = "Daily Sun"
HEAD = "LAGOS, May 3 — Troops fired on the crowd on Monday.\n\n"

TEXTS = {
    "relative": HEAD + "The mayor's account was disputed by residents, one of whom told "
                       "Reuters that at least 15 people died.",
    "hung": HEAD + "The army's account differs from that of residents, one of whom told the "
                   "BBC that he counted at least 20 bodies.",
    "two": HEAD + "The convoy was hit near the bridge, said the sources, two of whom said "
                  "eight soldiers were killed.",
    "member": HEAD + "At least 12 people were killed, said one of the medics at the clinic.",
    "several": HEAD + "Several of the doctors said 40 bodies had arrived at the hospital.",
    "bare": HEAD + "Two nurses spoke to the paper. One said nine people had been shot.",
    "counted": HEAD + "One witness said six people had been shot.",
}


def test_a_relative_partitive_speaks_for_its_group(tmp_path):
    claims = exported_claims(tmp_path, TEXTS, OUTLET)
    rel = claim_on(claims["relative"], "at least 15")
    assert claimant_text(rel) == "residents"
    assert rel["chain"] == ["residents", "Reuters", OUTLET]
    hung = claim_on(claims["hung"], "at least 20")
    assert claimant_text(hung) == "residents"
    assert hung["chain"][0] == "residents"
    assert claimant_text(claim_on(claims["two"], "eight soldiers")) == "sources"


def test_a_member_is_named_with_its_group(tmp_path):
    claims = exported_claims(tmp_path, TEXTS, OUTLET)
    assert claimant_text(claim_on(claims["member"], "At least 12")) == "one of the medics"
    assert claimant_text(claim_on(claims["several"], "40 bodies")) == "Several of the doctors"


def test_a_quantifier_with_no_group_is_left(tmp_path):
    claims = exported_claims(tmp_path, TEXTS, OUTLET)
    assert claimant_text(claim_on(claims["bare"], "nine people")) == "One"
    assert claimant_text(claim_on(claims["counted"], "six people")) == "One witness"


DESCRIBED = {
    "monitor": "ADEN, May 3 — Air strikes hit the port on Monday.\n\n"
               "London-based war monitor the Yemen Observatory for Civil Rights said 14 people "
               "were killed.",
    "charity": "ADEN, May 3 — Air strikes hit the port on Monday.\n\n"
               "The international charity, Save the Children Fund, has said that 30 children "
               "were killed.",
    "group": "ADEN, May 3 — Air strikes hit the port on Monday.\n\n"
             "The regional rights group, Human Rights Defenders Network (HRDN), said 20 people "
             "died.",
    "person": "ADEN, May 3 — Air strikes hit the port on Monday.\n\n"
              "A local official, Ahmed Musa Kante, said 15 civilians were killed.",
    "cited": "ADEN, May 3 — Air strikes hit the port on Monday.\n\n"
             "The agency, citing hospital staff, said nine people died.",
}


def test_a_description_followed_by_its_name_is_the_name(tmp_path):
    """The description says what the speaker is, the name after it who: the name speaks."""
    claims = exported_claims(tmp_path, DESCRIBED, OUTLET)
    assert claimant_text(claim_on(claims["monitor"], "14 people")) == \
        "Yemen Observatory for Civil Rights"
    assert claimant_text(claim_on(claims["charity"], "30 children")) == "Save the Children Fund"
    assert claimant_text(claim_on(claims["group"], "20 people")) == \
        "Human Rights Defenders Network"
    assert claimant_text(claim_on(claims["person"], "15 civilians")) == "Ahmed Musa Kante"


def test_a_description_with_no_name_after_it_stays(tmp_path):
    claims = exported_claims(tmp_path, DESCRIBED, OUTLET)
    assert claimant_text(claim_on(claims["cited"], "nine people")) == "agency"


RUN_IN = {
    "dateline": "Dakar - Officials said nine people died in the clashes.",
    "place": "Timbuktu - Mali's army said nine attackers were killed.",
    "heading": "Troops deployed in the north * Regional health chief says dozens wounded\n\n"
               "The regional health chief said at least 30 people were killed.",
    "hyphen": "A Red Cross-run clinic said 14 people were treated.",
}


def test_a_dateline_or_heading_run_into_the_speaker_is_cut(tmp_path):
    """"Dakar - Officials said": the dateline before a spaced dash is no part of the speaker's
    name, nor a heading's first line before a bullet."""
    claims = exported_claims(tmp_path, RUN_IN, OUTLET)
    assert claimant_text(claim_on(claims["dateline"], "nine people")) == "Officials"
    assert claimant_text(claim_on(claims["place"], "nine attackers")) == "Mali's army"
    assert claimant_text(claim_on(claims["heading"], "dozens wounded")) == \
        "Regional health chief"
    assert "Red Cross" in claimant_text(claim_on(claims["hyphen"], "14 people"))
