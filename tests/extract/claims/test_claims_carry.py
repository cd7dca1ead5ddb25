"""Relays of a speaker's later statements (bench/data/conflict/README.md): a speaker who first
spoke through a medium ("told Reuters") keeps that medium as relay in later statements that name
no channel of their own ("He added …", a quote paragraph), forward only, for that speaker only,
and not past a statement of the speaker that names another channel. Sentences written for
these tests."""

from __future__ import annotations

from .helpers import cued_claims, the_claim_on

OUTLET = "Daily Sun"


def _cued(nlp, text, media=()):
    return cued_claims(nlp, text, OUTLET, media)


_on = the_claim_on


def test_he_added_keeps_the_medium_the_speaker_told(nlp):
    text = ("Colonel Imran Baig told Reuters that six guards were killed at the depot. He added "
            "that two trucks of fuel had burned out.")
    claims = _cued(nlp, text, ["Reuters"])
    assert _on(claims, "two trucks").chain == ["Colonel Imran Baig", "Reuters", OUTLET]


def test_a_quote_paragraph_keeps_the_medium_the_speaker_told(nlp):
    text = ("A farmer told Reuters that the jets came at dawn.\n\n"
            "“Nine of my neighbours were buried under the mosque wall.”")
    claims = _cued(nlp, text, ["Reuters"])
    assert _on(claims, "Nine of my").chain[1:] == ["Reuters", OUTLET]


def test_a_later_statement_naming_its_own_channel_keeps_none(nlp):
    text = ("Colonel Imran Baig told Reuters that six guards were killed at the depot. Later he "
            "told reporters at the airbase that the fire was out.")
    claims = _cued(nlp, text, ["Reuters"])
    assert _on(claims, "fire was out").chain == ["Colonel Imran Baig", OUTLET]


def test_no_carry_past_a_statement_on_another_channel(nlp):
    text = ("Colonel Imran Baig told Reuters that six guards were killed at the depot. In a "
            "statement on Sunday, he said the depot would reopen. He added that the fire "
            "was out.")
    claims = _cued(nlp, text, ["Reuters"])
    assert _on(claims, "fire was out").chain == ["Colonel Imran Baig", OUTLET]


def test_another_speaker_keeps_no_relay(nlp):
    text = ("Colonel Imran Baig told Reuters that six guards were killed at the depot. The "
            "provincial governor said that the road to the depot was closed.")
    claims = _cued(nlp, text, ["Reuters"])
    assert _on(claims, "road to the depot").chain == ["provincial governor", OUTLET]


def test_an_earlier_statement_takes_no_later_relay(nlp):
    text = ("Colonel Imran Baig said that six guards were killed at the depot. He later told "
            "Reuters that two trucks of fuel had burned out.")
    claims = _cued(nlp, text, ["Reuters"])
    assert _on(claims, "six guards").chain == ["Colonel Imran Baig", OUTLET]
    assert _on(claims, "two trucks").chain == ["Colonel Imran Baig", "Reuters", OUTLET]


def test_the_same_noun_taken_up_with_the_keeps_the_medium(nlp):
    text = ("A shepherd told Reuters that the drone hit the well.\n\n"
            "“Four of my goats died there,” the shepherd said, asking not to be named.")
    claims = _cued(nlp, text, ["Reuters"])
    assert _on(claims, "Four of my goats").chain[1:] == ["Reuters", OUTLET]


# Round c402-c409: a later, shorter naming of the speaker refers back to the speaker.

def test_a_surname_keeps_the_medium_the_full_name_told(nlp):
    text = ("Police Major Tomas Rellan told Reuters that four guards were killed at the dam. "
            "Rellan said two trucks had burned out.")
    claims = _cued(nlp, text, ["Reuters"])
    assert _on(claims, "two trucks").chain[1:] == ["Reuters", OUTLET]


def test_the_head_noun_taken_up_keeps_the_medium(nlp):
    text = ("The Kenyan-led border task force said on Monday that it had shot down a drone, "
            "Reuters reported. On Tuesday, the task force said it had destroyed two more.")
    claims = _cued(nlp, text, ["Reuters"])
    assert _on(claims, "two more").chain[1:] == ["Reuters", OUTLET]


def test_a_title_beside_the_name_taken_up_keeps_the_medium(nlp):
    text = ("Earlier, Mayor of Dalto district, Halima Oduya, had told Reuters that eleven "
            "shops burned. The mayor said that the market would stay shut.")
    claims = _cued(nlp, text, ["Reuters"])
    assert _on(claims, "market would stay shut").chain[1:] == ["Reuters", OUTLET]


def test_the_nearest_naming_decides_which_speaker(nlp):
    text = ("A security source told Reuters that three guards died at the gate. A medical "
            "source said the clinic was full. The source said the wounded were moved to Gulu.")
    claims = _cued(nlp, text, ["Reuters"])
    assert "Reuters" not in _on(claims, "wounded were moved").chain


def test_another_surname_keeps_no_relay(nlp):
    text = ("Police Major Tomas Rellan told Reuters that four guards were killed at the dam. "
            "Okello said two trucks had burned out.")
    claims = _cued(nlp, text, ["Reuters"])
    assert "Reuters" not in _on(claims, "two trucks").chain


def test_a_relay_cut_short_of_an_outlet_name_is_carried():
    from fogofwar.extract.claims.carry import _written_medium
    from fogofwar.records import Claim
    claim = Claim(id="x", sentence="Ivan Lozko told ITAR TASS news agency that two houses burned.",
                  start=0, end=60, quote=False, cue="told", hedge=None, claimant=None,
                  chain=["Ivan Lozko", "ITAR", OUTLET])
    assert _written_medium("ITAR", claim)
    assert not _written_medium("Lozko", claim)


def test_the_statement_taken_up_keeps_its_relays(nlp):
    # a document named again is no speaker of its own ("the statement" is the claimant), but
    # its later words came the way the statement's first words did (round c528-c535, as
    # round c496-c503 settled for c498's gold)
    text = ("The provincial council, in a statement, told Reuters that four guards were "
            "killed. The statement said the attackers fled north.")
    claims = _cued(nlp, text, ["Reuters"])
    assert _on(claims, "attackers fled").chain == ["statement", "Reuters", OUTLET]


def test_the_title_of_a_named_speaker_taken_up_keeps_the_medium(nlp):
    text = ("Army spokesman Colonel Idris Maka told Reuters that six rebels were killed. "
            "The spokesman said that the road to Mopti was open again.")
    claims = _cued(nlp, text, ["Reuters"])
    assert _on(claims, "road to Mopti").chain[1:] == ["Reuters", OUTLET]


def test_title_words():
    from fogofwar.extract.claims.namings import _title
    assert _title("rebel spokesman Sherzad Kamankar") == ["rebel", "spokesman"]
    assert _title("Baghdad Police Captain Ahmad Khalaf") == []
    assert _title("security sources") == []
