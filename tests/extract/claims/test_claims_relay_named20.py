"""Relays named in the claim's own sentence in shapes the rules missed (round relays20).

Sentences written for this test, read through the whole pipeline as in
`test_claims_relay_named19`: a statement "made available to" a medium; "shared with" a medium;
"Speaking to Dawn" (an outlet the pack knows by an everyday word); "was quoted saying by"
(no "as"); a group's own agency named with "via its" inside the clause it speaks; wires joined
by a hyphen in a closing dash credit ("– Nampa-AP"), which relay their own sentence only; a
medium written as one lower-case word, its web name ("reported malaymail"); a medium closing a
sentence after another speaker put after its verb ("…, said a witness, …, reported X"); and a
paragraph that ends on its medium with no full stop. Beside them, words that name no relay: a
statement made available to reporters, a road something went "via", the earlier sentences of
a paragraph a joined credit closes.
"""

from __future__ import annotations

import pytest

from fogofwar.clean.outlets import outlet_by_web_name

from .helpers import claim_on, exported_claims
from .test_claims_relay_inventory import OUTLET, check_direct, check_relayed

#: key: (text, claimant words, relays in chain order, a figure the claim carries)
RELAYED = {
    # the medium hangs from the verb's complement: "made available to Xinhua"
    "made_available_to": ("The cattle were returned to 40 herders, the police spokesman, Musa "
                          "Danjuma, said in a statement made available to Xinhua.", "Danjuma",
                          ["Xinhua"], 40),
    # a bare participle after the passive "quoted", with no "as"
    "quoted_saying_by": ("“Our jets destroyed 35 trucks near the river,” an army officer was "
                         "quoted saying by the Mali News Agency.", "army officer",
                         ["Mali News Agency"], 35),
    # the group's own agency in the clause it speaks, under a wire's report of it
    "via_its_agency_nested": ("Reuters reports that the militant group said it shot down 3 "
                              "drones via its Amaq news agency.", "militant group",
                              ["Amaq", "Reuters"], 3),
    # two wires joined by a hyphen closing the paragraph: the last written heard first
    "joined_wires_credit": ("Police arrested 14 suspects in the raid, the governor said. "
                            "– Nampa-AP", "governor", ["AP", "Nampa"], 14),
    # a medium written as its web name, in lower case, put after its verb
    "web_name_closing": ("The rebels shot down 2 helicopters over the hills, the army admitted, "
                         "reported malaymail.", "army", ["malaymail"], 2),
    # the parser makes the first speaker the subject of the medium's verb put after it
    "closing_after_inverted_speaker": ("Gunmen burned 16 houses in the village, said a farmer, a "
                                       "member of the local council, reported The Sydney "
                                       "Morning Herald.", "farmer",
                                       ["Sydney Morning Herald"], 16),
    # "shared with" a medium, like "said to": the medium heard it
    "shared_with_medium": ("The district commander shared with the BBC that 23 bodies had "
                           "been found near the bridge.", "district commander", ["BBC"], 23),
    # an opening "Speaking to" an outlet the pack knows by an everyday word
    "speaking_to_everyday_name": ("Speaking to Dawn, the deputy commissioner said 13 "
                                  "militants were killed in the raid.", "deputy commissioner",
                                  ["Dawn"], 13),
    # the paragraph ends on its medium with no full stop before the next one
    "medium_before_paragraph_break": ("According to officials, 7 fishermen were rescued off the "
                                      "coast, reports Xinhua news agency\n\nLagos, Sep 3 (AFP) "
                                      "The navy said the search went on.", "officials",
                                      ["Xinhua"], 7),
}

#: key: (text, claimant words, a figure the claim carries): no relay between claimant and outlet
DIRECT = {
    # reporters are an audience, no medium
    "made_available_to_reporters": ("The army said in a statement made available to reporters "
                                    "that 12 soldiers were wounded.", "army", 12),
    # a body a speaker shared something with is no medium
    "shared_with_body": ("The minister shared with parliament that 8 herders had gone missing "
                         "in the hills.", "minister", 8),
    # sharing something with nobody named tells nothing: the officials speak, not the nations
    "share_without_with": ("Seven allied nations would also share aerial reconnaissance "
                           "information and work to build joint battalions, officials said.",
                           "officials", 7),
    # a road something was sent through is no channel of the speaker's
    "via_road_below": ("The governor said 30 trucks of food had arrived via the coastal road.",
                       "governor", 30),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    texts = {k: v[0] for k, v in {**RELAYED, **DIRECT}.items()}
    texts["joined_credit_earlier_sentence"] = (
        "The army said 9 rebels were captured near the dam. Police arrested 14 suspects in the "
        "raid, the governor said. – Nampa-AP")
    return exported_claims(tmp_path_factory.mktemp("named20"), texts, OUTLET)


@pytest.mark.parametrize("key", list(RELAYED))
def test_relay_named(exported, key):
    _, claimant, relays, figure = RELAYED[key]
    check_relayed(exported[key], claimant, relays, figure)


@pytest.mark.parametrize("key", list(DIRECT))
def test_no_relay(exported, key):
    _, claimant, figure = DIRECT[key]
    check_direct(exported[key], claimant, figure)


def test_joined_credit_relays_its_own_sentence_only(exported):
    """A closing credit relays the sentence it stands in, as a dateline credit does: the
    army's sentence before it keeps no relay, the governor's gets both wires."""
    claims = exported["joined_credit_earlier_sentence"]
    assert claim_on(claims, "9 rebels")["chain"][1:] == [OUTLET]
    check_relayed(claims, "governor", ["AP", "Nampa"], 14)


def test_web_name_is_a_multiword_name_run_together():
    """"malaymail" is Malay Mail's name run together; a one-word name ("nation") and words in
    capitals or with digits are no web name."""
    assert outlet_by_web_name("malaymail").name == "Malay Mail"
    assert outlet_by_web_name("sydneymorningherald") is not None
    assert outlet_by_web_name("nation") is None
    assert outlet_by_web_name("Malaymail") is None
    assert outlet_by_web_name("reported") is None


def test_sharing_with_nobody_is_no_report(exported):
    """"nations would share … information" tells nobody: the nations make no claim of their
    own beside the officials' (a "share" cue needs the "with" phrase of who was told)."""
    claims = exported["share_without_with"]
    assert not any("nations" in c["chain"][0].lower() for c in claims), \
        [c["chain"] for c in claims]
