"""Claimants chosen by the structure around the speaker's title and the reporting verb (round
claimant27): a person's name set off by commas beside the title the parser made the speaker,
and a speaker put after its verb. Sentences written for these tests."""

from __future__ import annotations

from fogofwar.extract.claims.cue_sources import titled_person

from .helpers import claim_on, cued_claims, exported_claims, the_claim_on

OUTLET = "Daily Sun"


def _cued(nlp, text, media=()):
    return cued_claims(nlp, text, OUTLET, media)


def test_a_name_after_a_title_and_its_body_is_the_speaker(tmp_path):
    text = ("According to Chairman, Gwadabawa LGA, Aliyu Usman, 30 people were killed in the "
            "raid on the market.\n\nHe said 12 houses were burned.")
    claims = exported_claims(tmp_path, {"a": text}, OUTLET)["a"]
    assert claim_on(claims, "30 people")["chain"][0] == "Aliyu Usman"
    assert claim_on(claims, "12 houses")["chain"][0] == "Aliyu Usman"


def test_a_ranked_name_after_a_long_title_is_the_speaker(nlp):
    text = ("The clash lasted three hours, leaving 20 of the attackers dead, according to the "
            "commanding officer of 5 Battalion of the Ghana Army, Lt. Col. Kwame Mensah.")
    (claim,) = _cued(nlp, text)
    assert claim.chain[0].endswith("Kwame Mensah")


def test_a_title_set_off_after_a_misread_name_gives_the_name(tmp_path):
    text = ("Later on Friday Oleg Petrov, the Russian-installed acting mayor of Kherson, said "
            "three people were killed in the shelling of a market.")
    (claim,) = exported_claims(tmp_path, {"a": text}, OUTLET)["a"]
    assert claim["chain"][0] == "Oleg Petrov"


def test_a_title_with_no_name_set_off_stays_the_speaker(nlp):
    text = ("According to the district chairman, 30 people were killed in the raid on the "
            "market, and 12 houses were burned.")
    (claim,) = _cued(nlp, text)
    assert claim.chain[0] == "district chairman"


def test_a_name_that_is_the_verbs_subject_is_no_title_holder(nlp):
    doc = nlp("According to the provincial governor, Musa Danladi, a driver, was killed when "
              "gunmen stopped the bus near the bridge.")
    governor = next(t for t in doc if t.text == "governor")
    assert titled_person(governor) is None


def test_a_name_beside_a_title_and_a_subject_of_its_own_is_the_title_holder(nlp):
    doc = nlp("According to the provincial governor, Musa Danladi, nine people were killed when "
              "gunmen stopped the bus near the bridge.")
    governor = next(t for t in doc if t.text == "governor")
    assert titled_person(governor).text == "Danladi"


def test_a_medium_put_after_its_verb_speaks_not_the_agent_before_it(nlp):
    text = "Six rebels were killed by the army near the dam, reported Xinhua."
    (claim,) = _cued(nlp, text, ["Xinhua"])
    assert claim.chain == ["Xinhua", OUTLET]


def test_a_medium_after_its_verb_and_before_citing_speaks(nlp):
    text = "Six rebels were killed by the army near the dam, reported Xinhua citing the report."
    claims = _cued(nlp, text, ["Xinhua"])
    assert "army" not in the_claim_on(claims, "Six rebels").chain


def test_a_passive_agent_is_still_no_speaker_before_its_own_speaker(nlp):
    text = "Two soldiers were killed by militants near the dam, the army said."
    (claim,) = _cued(nlp, text)
    assert claimant_text_of(claim) == "army"


def claimant_text_of(claim) -> str:
    return claim.claimant.text if claim.claimant else ""
