"""Relays of a speaker's later statements when the page takes a two-word name up by its first
word and never writes the last word alone (round carry24, bench/data/conflict/README.md,
"Relays of a speaker's later statements"). Sentences written for these tests."""

from __future__ import annotations

from fogofwar.extract.claims.namings import page_given_name

from .helpers import cued_claims, the_claim_on

OUTLET = "Daily Sun"


def test_a_two_word_name_taken_up_by_its_first_word_keeps_the_medium(nlp):
    text = ("Tesfaye Alemu, a regional commander, told Reuters that nine trucks were burned. "
            "The road has been closed since May.\n\n"
            "“We will hold the bridge,” Tesfaye said.")
    claims = cued_claims(nlp, text, OUTLET, ("Reuters",))
    assert the_claim_on(claims, "hold the bridge").chain[1:] == ["Reuters", OUTLET]


def test_the_first_word_is_not_the_speaker_when_the_page_writes_the_last_word_alone():
    page = "Omar Haddad told Reuters … Haddad said … Omar said …"
    assert not page_given_name("Omar Haddad", "Omar", page)
    assert page_given_name("Omar Haddad", "Omar", "Omar Haddad told Reuters … Omar said …")
    assert not page_given_name("spokesman Omar Haddad Ali", "Omar", "x")  # (three words: the
    # older rule's)

