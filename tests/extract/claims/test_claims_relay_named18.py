"""Relays named in the claim's own sentence in shapes the rules missed (round relays18).

Sentences written for this test, read through the whole pipeline as in
`test_claims_relay_named17`: a document a medium saw, a medium described after an outlet the
pack knows, a closing speaker the parser made an apposition, a heading run into the sentence
as the one told; the second table holds the precision cases beside them.
"""

from __future__ import annotations

import pytest

from .helpers import exported_claims
from .test_claims_relay_inventory import OUTLET, check_direct, check_relayed

#: key: (text, claimant words, relays in chain order, a figure the claim carries)
RELAYED = {
    # a document a medium saw: the document speaks, the medium that saw it relays it
    "report_seen_by": ("A police report seen by Reuters said 9 people were killed in the "
                       "blast at the bus depot.", "police report", ["Reuters"], 9),
    "memo_seen_by_the_ap": ("An army memo seen by the AP said 17 soldiers were wounded in the "
                            "clash near the dam.", "memo", ["Associated Press"], 17),
    "letter_reviewed_by": ("A letter reviewed by AFP said 40 families had fled the valley.",
                           "letter", ["AFP"], 40),
    # and the document's later words, with no channel of their own, keep that medium
    "report_seen_by_carried": ("Blast in the town\n\nA hospital report seen by Reuters said the "
                               "ward was full.\n\nThe report said 26 patients were moved to "
                               "the capital.", "report", ["Reuters"], 26),
    # a medium described after a name the outlets pack knows: "the paper", "this newspaper"
    # mean that outlet, though it was no voice (its verb no cue) or not a mention
    "told_the_paper": ("Raid on the compound\n\nThe Guardian likewise named one of the dead "
                       "as Karim.\n\nVillagers told the paper that 12 houses were burned in "
                       "the raid.", "Villagers", ["The Guardian"], 12),
    "told_this_newspaper": ("Fire at the depot\n\nPREMIUM TIMES gathered that the blaze lasted "
                            "for hours.\n\nA guard, Musa Bello, told this newspaper that 14 "
                            "trucks were burned.", "Musa Bello", ["Premium Times"], 14),
    "cited_by_the_paper": ("Strike on the market\n\nAn inquiry published by The New York Times "
                           "on Monday pointed at a stray missile. Experts cited by the paper "
                           "said 8 craters were found.", "Experts", ["New York Times"], 8),
    # a closing "…, officials today told X" whose speaker the parser hung as an apposition
    # on the noun before the comma, the verb joined to the first with no "and": the
    # apposition speaks (not the first verb's subject), and the one told relays it
    "closing_told_appos": ("Insurgents overran an army outpost in eastern Congo late Friday "
                           "in a raid that took the lives of at least nine soldiers, local "
                           "officials today told Agence-France Presse.", "local officials",
                           ["Agence-France Presse"], 9),
    # a heading in capitals on its own line, which the parser runs into the next sentence as
    # the one told: the medium after the verb is told, and the speaker's next words keep it
    "told_after_heading": ("Siege of the station\n\nThe army said the siege was over.\n\n"
                           "SUICIDE VESTS\n\nDeputy Defence Minister Omar Khan told Geo "
                           "television on Wednesday that 12 gunmen were wearing suicide vests. "
                           "He said 70 attackers had stormed the station.", "Omar Khan",
                           ["Geo"], 12),
}

#: key: (text, claimant words, a figure the claim carries): no relay between claimant and outlet
DIRECT = {
    # a person who saw something is no medium that carried a document
    "seen_by_witnesses": ("A convoy seen by witnesses near the bridge was hit, and the governor "
                          "said 5 trucks burned.", "governor", 5),
    # a second verb joined with "and" keeps the first verb's subject, past an apposition
    "and_said_after_appos": ("Rebels seized the fuel depot near the river, a vital store, and "
                             "said 40 guards had fled.", "Rebels", 40),
    # "this newspaper" with no outlet named before it: nothing to point back at, no name made up
    "this_newspaper_unnamed": ("Ambush on the ridge\n\nA farmer told this newspaper that 6 "
                               "herders were shot on the ridge.", "farmer", None),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    texts = {k: v[0] for k, v in {**RELAYED, **DIRECT}.items()}
    return exported_claims(tmp_path_factory.mktemp("named18"), texts, OUTLET)


@pytest.mark.parametrize("key", list(RELAYED))
def test_relay_named(exported, key):
    _, claimant, relays, figure = RELAYED[key]
    check_relayed(exported[key], claimant, relays, figure)


def test_heading_is_no_recipient_and_the_relay_carries(exported):
    check_relayed(exported["told_after_heading"], "Omar Khan", ["Geo"], 70)


def test_seen_by_witnesses_no_relay(exported):
    _, claimant, figure = DIRECT["seen_by_witnesses"]
    check_direct(exported["seen_by_witnesses"], claimant, figure)


def test_and_said_after_appos_keeps_its_subject(exported):
    _, claimant, figure = DIRECT["and_said_after_appos"]
    check_direct(exported["and_said_after_appos"], claimant, figure)


def test_this_newspaper_unnamed_names_no_outlet(exported):
    """The claim keeps the description it was told ("newspaper"), no outlet named elsewhere."""
    claims = [c for c in exported["this_newspaper_unnamed"] if "farmer" in
              ((c.get("claimant") or {}).get("text") or "")]
    assert claims, exported["this_newspaper_unnamed"]
    assert all(len(c["chain"]) <= 3 and all(x in ("newspaper", OUTLET) for x in c["chain"][1:])
               for c in claims), [c["chain"] for c in claims]
