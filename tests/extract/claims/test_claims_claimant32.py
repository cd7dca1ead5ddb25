"""Relays named inside the speaker's own description (round claimant32, chains missed because
the relay named in the sentence was absent):

- "said Karim, one of six farmers from the village who spoke to Reuters": a relative clause of
  talking anywhere in the speaker's description (the parser may hang it on any noun there)
  names the medium spoken to, as "a witness speaking with Reuters" does; a person talked to
  ("a driver who spoke to his brother") relays nothing;
- "Amina, a nurse whom AFP met at the hospital, said": a medium meeting or reaching the one
  described, as the subject of a relative clause, heard the speaker; soldiers questioning the
  one described relay nothing;
- "remarked that …", "…, he remarked": a reporting verb (with what was said, as "observe":
  "remarked on the weather" reports nothing), so the speaker it names is the one a later "he
  remarked" goes back to, not a speaker before (whose relay would go on with the words).

Sentences written for these tests."""

from __future__ import annotations

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "spoke": "KABUL, March 3 — Fighting went on in the province on Monday.\n\n"
             "\u201cThe shells hit the school first,\u201d said Karim, one of six farmers from "
             "the village who spoke to Reuters after the attack.",
    "met": "KABUL, March 3 — Fighting went on in the province on Monday.\n\n"
           "Amina, a nurse whom AFP met at the district hospital on Friday, said that nine "
           "people had been killed.",
    "questioned": "KABUL, March 3 — Fighting went on in the province on Monday.\n\n"
                  "Rahul, a shopkeeper whom soldiers questioned at the checkpoint, said two "
                  "houses had burned down.",
    "brother": "KABUL, March 3 — Fighting went on in the province on Monday.\n\n"
               "Omar, a driver who spoke to his brother by phone, said the road was closed.",
}


def test_a_medium_spoken_to_in_the_speakers_description_relays(tmp_path):
    claims = exported_claims(tmp_path, TEXTS, OUTLET)
    assert claim_on(claims["spoke"], "shells hit")["chain"] == ["Karim", "Reuters", OUTLET]


def test_a_medium_that_met_the_one_described_relays(tmp_path):
    claims = exported_claims(tmp_path, TEXTS, OUTLET)
    assert claim_on(claims["met"], "nine people")["chain"] == ["Amina", "AFP", OUTLET]


def test_no_relay_from_others_in_the_description(tmp_path):
    claims = exported_claims(tmp_path, TEXTS, OUTLET)
    assert claim_on(claims["questioned"], "two houses")["chain"] == ["Rahul", OUTLET]
    assert claim_on(claims["brother"], "road was closed")["chain"] == ["Omar", OUTLET]


REMARKS = {
    "remarked": "KABUL, March 3 — Fighting went on in the province on Monday.\n\n"
                "Amina, a nurse whom AFP met at the district hospital on Friday, said that "
                "nine people had been killed.\n\n"
                "Police spokesman Colonel Rashid Omari remarked that a policeman was also "
                "killed at the checkpoint.\n\n"
                "Two trucks were burned near the checkpoint, he remarked.",
    "weather": "KABUL, March 3 — The minister remarked on the weather before the meeting.",
}


def test_remarked_is_a_reporting_verb_with_what_was_said(tmp_path):
    claims = exported_claims(tmp_path, REMARKS, OUTLET)
    assert claim_on(claims["remarked"], "policeman")["chain"] == ["Colonel Rashid Omari", OUTLET]
    assert claim_on(claims["remarked"], "Two trucks")["chain"] == ["Colonel Rashid Omari", OUTLET]
    assert not [c for c in claims["weather"] if "weather" in c["sentence"]]
