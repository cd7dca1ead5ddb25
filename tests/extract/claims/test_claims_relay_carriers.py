"""Relay styles the conflict dev set met only in its c230-c249 round (issue 11): statements on
or carried on a medium, a medium quoting a report that names its speaker, "said this" pointing
back, bare and closing credits, "Confirming … to", place labels before a colon, "according to"
a norm, a medium citing a document, a medium framing a speaker's verb, "citing" beside
"according to". Sentences written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.extract import extract_claims
from fogofwar.extract.claims.credits import dateline_relays

from ..conftest import article, mention


def _cued(nlp, text, mentions=(), outlet="Daily Sun"):
    return [c for c in extract_claims(nlp(text), article(text, outlet), list(mentions))
            if not c.narrator]


def _medium(text, name, nth=0):
    return mention(text, name, name.lower().replace(" ", ""), name, None, "MED", nth=nth)


@pytest.mark.parametrize("text, relay", [
    ("The spokesman denied in a statement on Gulf Press Agency that the port was hit.",
     "Gulf Press Agency"),
    ("The colonel said in a statement carried on Saudi state media that 2 drones were downed.",
     "Saudi state media"),
])
def test_a_statement_on_a_medium_is_relayed_by_it(nlp, text, relay):
    (claim,) = _cued(nlp, text)
    assert claim.chain[1] == relay and len(claim.chain) == 3


@pytest.mark.parametrize("text", [
    "The ministry said in a statement on Telegram that 12 soldiers died.",
    "\"This will be avenged,\" the ministry said in a statement on social media.",
    "The army said in a statement on its website that 3 soldiers died.",
])
def test_a_statement_on_a_platform_has_no_relay(nlp, text):
    (claim,) = _cued(nlp, text)
    assert len(claim.chain) == 2


def test_a_medium_quoting_a_report_names_its_speaker_first(nlp):
    text = ("“The mayor of Tilva said four guards were killed in a clash,” the television "
            "reported.")
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["mayor", "television", "Daily Sun"]


def test_a_pronoun_inside_a_quote_a_medium_reports_names_nobody_new(nlp):
    text = "“They said 5 people died,” the newspaper reported."
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["newspaper", "Daily Sun"]


@pytest.mark.parametrize("second", [
    "Anna Petrenko, head of the district administration, said this on Telegram.",
    "Anna Petrenko, head of the district administration, wrote about this on Facebook.",
])
def test_said_this_names_the_speaker_of_the_narration_before(nlp, second):
    text = f"Four people were killed in the shelling of the market.\n\n{second}"
    claims = _cued(nlp, text, [mention(text, "Anna Petrenko")])
    assert [c.chain[0] for c in claims] == ["Anna Petrenko", "Anna Petrenko"]
    assert claims[0].sentence.startswith("Four people were killed")


def test_said_this_is_a_tragedy_does_not_point_back(nlp):
    text = "Four people were killed in the shelling.\n\nThe mayor said this was a tragedy."
    claims = _cued(nlp, text)
    assert [c.chain[0] for c in claims] == ["mayor"]


@pytest.mark.parametrize("text, outlet, relays", [
    ("(MENAFN- UkrinForm) In the south, a man was killed, the governor said.", "MENAFN",
     ["UkrinForm"]),
    ("(Xinhua) Police said three people died.", "Daily Sun", ["Xinhua"]),
    ("(Update) Police said three people died.", "Daily Sun", []),
])
def test_a_bare_credit_of_known_outlets_opens_a_paragraph(text, outlet, relays):
    assert dateline_relays(text, text.index(")") + 2, outlet) == relays


def test_a_closing_credit_relays_its_own_sentence_only():
    text = "Five were killed, police said. \"We have no more news,\" the major said. (dpa)"
    assert dateline_relays(text, text.index("\"We"), "Daily Sun") == ["dpa"]
    assert dateline_relays(text, 0, "Daily Sun") == []


def test_a_closing_bracket_that_names_no_outlet_is_no_credit():
    text = "The town was shelled at night, the mayor said. (file photo)"
    assert dateline_relays(text, 0, "Daily Sun") == []


def test_confirming_to_a_medium_relays(nlp):
    text = ("Confirming the incident to the Nigerian news agency in Gusau, the police "
            "spokesman said 23 people were killed.")
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["police spokesman", "Nigerian news agency", "Daily Sun"]


@pytest.mark.parametrize("text", [
    "Islamabad: Pakistani troops today killed 17 militants in the valley.",
    "Nairobi: At least 51 people were killed in an airstrike on Tuesday.",
])
def test_a_place_before_a_colon_is_no_speaker(nlp, text):
    assert _cued(nlp, text) == []


def test_according_to_a_norm_names_no_source(nlp):
    text = "The two victims were buried in the village according to Islamic rites."
    assert _cued(nlp, text) == []


def test_a_participle_read_as_clausal_subject_gives_its_noun(nlp):
    text = ("Agents sent to the village in the mountain district Friday confirmed the death of "
            "the rebel leader.")
    (claim,) = _cued(nlp, text)
    assert claim.chain[0] == "Agents"
    # under another speaker's verb the agents are the officials' words, no voice of the
    # chain (round chainsp22, as the dev gold gives "The officials say agents … confirmed")
    (claim,) = _cued(nlp, "The officials say " + text[0].lower() + text[1:])
    assert claim.chain[0] == "officials"


@pytest.mark.parametrize("text, first", [
    ("The official news agency IRNA reported, citing a military statement, that 20 fighters "
     "were killed.", "military statement"),
    ("According to a report by Tasnim that cited the provincial governor, three guards were "
     "killed.", "provincial governor"),
])
def test_a_medium_citing_names_who_spoke_first(nlp, text, first):
    name = "IRNA" if "IRNA" in text else "Tasnim"
    (claim,) = _cued(nlp, text, [_medium(text, name)])
    assert claim.chain == [first, name, "Daily Sun"]


def test_a_medium_framing_a_speakers_verb_relays_it(nlp):
    text = "Five soldiers were killed, the army said, Reuters reported."
    (claim,) = _cued(nlp, text, [_medium(text, "Reuters")])
    assert claim.chain == ["army", "Reuters", "Daily Sun"]


def test_citing_beside_according_to_a_medium_is_one_claim(nlp):
    text = "According to state media, citing the health ministry, 30 people were killed."
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["health ministry", "state media", "Daily Sun"]


def test_quoting_beside_a_mediums_verb_is_one_claim(nlp):
    text = "Dawn reported, quoting police sources, that 8 militants were killed."
    (claim,) = _cued(nlp, text, [_medium(text, "Dawn")])
    assert claim.chain == ["police sources", "Dawn", "Daily Sun"]


def test_a_name_after_the_carriers_description_is_the_carrier(nlp):
    text = ("In a statement carried by the state news agency SANA, the ministry said 9 soldiers "
            "died.")
    (claim,) = _cued(nlp, text, [_medium(text, "SANA")])
    assert claim.chain == ["ministry", "SANA", "Daily Sun"]


def test_a_medium_after_its_verb_may_be_followed_by_citing(nlp):
    text = "Twenty people were killed, reported Anadolu Agency, quoting local officials."
    (claim,) = _cued(nlp, text, [_medium(text, "Anadolu Agency")])
    assert claim.chain == ["local officials", "Anadolu Agency", "Daily Sun"]


def test_a_medium_signing_a_headline_relays_its_speaker(nlp):
    text = "Russia says 30 Ukrainian soldiers killed in Kursk - TASS"
    (claim,) = _cued(nlp, text, [_medium(text, "TASS")])
    assert claim.chain == ["Russia", "TASS", "Daily Sun"]


def test_a_person_signing_a_line_is_no_relay(nlp):
    text = "Coalition says 5 drones downed - official"
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["Coalition", "Daily Sun"]


def test_a_medium_introducing_a_quoted_paragraph_relays_its_speaker(nlp):
    text = ("The BBC says:\n\n\"Four other people were killed in the strike, including two "
            "guards, intelligence sources say.")
    claims = _cued(nlp, text, [_medium(text, "BBC")])
    assert claims[-1].chain == ["intelligence sources", "BBC", "Daily Sun"]


def test_a_person_introducing_a_paragraph_is_no_relay(nlp):
    text = "The minister says:\n\n\"We killed 40 of them,\" the commander said."
    claims = _cued(nlp, text)
    assert claims[-1].chain == ["commander", "Daily Sun"]


def test_a_description_naming_its_person_gives_the_name(nlp):
    text = ("The rebels were meeting in a school when the jets struck, said a farmer of the "
            "district who identified himself as Min Thu. “Nine people were burned,” he told "
            "Radio Free Asia.")
    claims = _cued(nlp, text, [_medium(text, "Radio Free Asia")])
    assert claims[-1].chain == ["Min Thu", "Radio Free Asia", "Daily Sun"]


def test_a_place_named_in_a_clause_names_no_speaker(nlp):
    text = "A resident of the village that locals call Green Hill said 4 people died."
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["resident", "Daily Sun"]
