"""Who speaks (round voices44), sentences written for these tests:

- a state named only to say where the place a speaker is at lies ("the imam of a besieged
  mosque in the Nigeria capital") is no speaker: the person is (referents.state_placed);
  read as the state, his count of the dead became the toll of the state he accuses;
- a verb of reporting with a state of harm right after it and no object ("16 villagers
  reported dead", "20 confirmed dead") is a passive with its auxiliary dropped: the harmed
  report nothing (reporting_verbs.reported_state); the source named elsewhere in the
  sentence ("according to local monitors") speaks.
"""

from __future__ import annotations

from .helpers import claim_on, claimant_text, exported_apart

OUTLET = "Daily Sun"
HEAD = "Soldiers stormed the compound on Monday.\n\n"

TEXTS = {
    "capital": HEAD + "The imam at a besieged mosque in the Nigeria capital said 14 of his "
                      "students had been killed.",
    "mosque": HEAD + "The imam of a mosque in Nigeria said 14 of his students had been killed.",
    "headline": "16 villagers reported dead after army raid in Kayin\n\n"
                "Soldiers raided the village on Monday, residents said.",
    "according": HEAD + "At least 12 villagers reported killed in the raid, according to "
                        "local monitors.",
    "confirmed": "20 confirmed dead in Mandalay crackdown\n\n"
                 "Soldiers fired on protesters on Monday, residents said.",
    "object": HEAD + "The army reported 12 militants dead after the raid.",
    "gerund": HEAD + "The army reported killing 12 militants in the raid.",
}


def _claims(tmp_path_factory):
    return exported_apart(tmp_path_factory.mktemp, TEXTS, OUTLET)


def test_a_state_placing_a_speakers_post_is_not_the_speaker(tmp_path_factory):
    claims = _claims(tmp_path_factory)
    capital = claim_on(claims["capital"], "14 of his")
    assert "imam" in claimant_text(capital)
    assert (capital["claimant"] or {}).get("actor_id") is None
    assert capital["chain"][0] != "Nigeria"
    mosque = claim_on(claims["mosque"], "14 of his")
    assert "imam" in claimant_text(mosque)


def test_the_harmed_reported_in_a_dropped_passive_do_not_speak(tmp_path_factory):
    claims = _claims(tmp_path_factory)
    assert not [c for c in claims["headline"] if claimant_text(c) == "villagers"]
    assert not [c for c in claims["confirmed"] if claimant_text(c) == "20"]
    according = claim_on(claims["according"], "At least 12")
    assert claimant_text(according) == "local monitors"
    assert according["chain"] == ["local monitors", OUTLET]


def test_a_reporter_with_an_object_or_its_own_act_still_speaks(tmp_path_factory):
    claims = _claims(tmp_path_factory)
    assert claimant_text(claim_on(claims["object"], "12 militants")) == "army"
    assert claimant_text(claim_on(claims["gerund"], "12 militants")) == "army"
