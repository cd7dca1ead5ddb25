"""Relays named in the claim's own sentence in shapes the rules missed (round relays19).

Sentences written for this test, read through the whole pipeline as in
`test_claims_relay_named18`: a medium put after its closing verb ("…, reports the AP") that
the parser hung on the speaker's verb as a second verb or a side clause; and, beside them,
words that name no relay: evidence cited, a toll a speaker gives; a second voice in a clause
on a noun that opens with a "that" the parser read as a mark; a state's body that speaks for
it; a description closed by a full name with no comma, after another speaker who spoke to a
medium; a norm something is done according to.
"""

from __future__ import annotations

import pytest

from .helpers import exported_claims
from .test_claims_relay_inventory import OUTLET, check_direct, check_relayed

#: key: (text, claimant words, relays in chain order, a figure the claim carries)
RELAYED = {
    # the medium after its verb closes a statement that has a channel and a "that" clause:
    # the parser makes "reports" a second verb of the speaker's, with its own subject
    "closing_reports_after_statement": ("A rebel spokesman, Ali Omar, said in a statement that "
                                        "3 hostages were freed near the border, reports the "
                                        "AP.", "Ali Omar", ["Associated Press"], 3),
    # ... or a side clause of the speaker's verb, the medium read as its object
    "closing_reported_as_object": ("The army said 12 soldiers were killed in the ambush, "
                                   "reported The Sydney Morning Herald.", "army",
                                   ["Sydney Morning Herald"], 12),
}

#: key: (text, claimant words, a figure the claim carries): no relay between claimant and outlet
DIRECT = {
    # evidence a speaker cites speaks for nobody: the speaker's own word
    "citing_evidence": ("The army said, citing evidence from the scene, that 14 houses were "
                        "burned.", "army", 14),
    # a toll the speaker gives is the speaker's own document, no voice relayed by them
    "according_to_toll": ("The raid on the outpost left 15 soldiers dead according to a "
                          "provisional toll, the army said on Twitter.", "army", 15),
    # a speaker put after a second verb that is no medium passes nothing on
    "closing_speaker_no_medium": ("Gunmen killed 8 villagers near the well on Monday, said the "
                                  "governor.", "governor", 8),
    # a state's presidency speaks for the state, which is then no link of the chain
    "presidency_for_state": ("France said 2 of its soldiers had died in the blast, according "
                             "to a statement by the French presidency.", "French presidency",
                             2),
    # a second voice in a clause on a noun inside the first speaker's words, opened by a "that"
    # the parser read as its mark: its own claim, which the first speaker does not pass on
    "that_clause_voice": ("The coalition said it carried out a raid in the north on Monday "
                          "that the Red Cross said hit a bus, killing 29.", "Red Cross", 29),
    "that_clause_voice_acl": ("The alliance said on Monday it had launched air strikes on "
                              "rebel targets in northern Syria that rebel-run media said had "
                              "hit a school, killing 7.", "rebel-run media", 7),
    # a description closed by a full name with no comma is that person, not the speaker
    # before who told a medium (whose relay would then be carried to it)
    "description_closed_by_name": ("“This is not true,” ministry spokesman Oleh Marchenko told "
                                   "CNN.\nEarlier on Sunday the head of the regional military "
                                   "administration Maxim Kozitsky claimed that at least 35 "
                                   "people had been killed.", "Kozitsky", 35),
    # a norm something is done according to is nobody who spoke
    "according_to_commandments": ("The rebels killed 4 elders, saying they ruled according to "
                                  "the Ten Commandments, the army said.", "army", 4),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    texts = {k: v[0] for k, v in {**RELAYED, **DIRECT}.items()}
    return exported_claims(tmp_path_factory.mktemp("named19"), texts, OUTLET)


@pytest.mark.parametrize("key", list(RELAYED))
def test_relay_named(exported, key):
    _, claimant, relays, figure = RELAYED[key]
    check_relayed(exported[key], claimant, relays, figure)


def test_closing_medium_makes_no_claim_of_its_own(exported):
    """The closing "reports the AP" joins the spokesman's claim; the AP claims nothing apart."""
    claims = exported["closing_reports_after_statement"]
    assert not any(c["chain"][0] in ("AP", "Associated Press") for c in claims), \
        [c["chain"] for c in claims]


@pytest.mark.parametrize("key", list(DIRECT))
def test_no_relay(exported, key):
    _, claimant, figure = DIRECT[key]
    check_direct(exported[key], claimant, figure)


def test_that_clause_voice_leaves_the_first_speaker_alone(exported):
    """The coalition's own words keep no relay: the Red Cross does not pass them on."""
    claims = [c for c in exported["that_clause_voice"] if "coalition" in c["chain"][0].lower()]
    assert claims and all(c["chain"][1:] == [OUTLET] for c in claims), \
        [c["chain"] for c in exported["that_clause_voice"]]
