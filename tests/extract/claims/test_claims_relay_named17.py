"""Relays named in the claim's own sentence in shapes the rules missed (round c596-c603).

Each sentence was written for this test (not copied from any article) and is ingested through
the whole pipeline as an article of the fictional "Daily Sun", as in
`test_claims_relay_inventory`: the exported claim carrying the figure must name the expected
claimant and exactly the expected relays, in chain order, between the claimant and the outlet.
No two texts share a paragraph (ingest drops a paragraph repeated across the corpus). The
second table holds the precision cases beside each new shape.
"""

from __future__ import annotations

import pytest

from .helpers import exported_claims
from .test_claims_relay_inventory import OUTLET, check_direct, check_relayed

#: key: (text, claimant words, relays in chain order, a figure the claim carries)
RELAYED = {
    # a medium's verb closing the sentence, with who it cites, after a speaker's statement
    # and a participle of that speaker ("adding that …"), hung by the parser on the speaker's
    # verb as a clause of its own
    "closing_reported_citing": ("Four guards were killed at the depot, the interior ministry "
                                "said in a statement on Friday, adding that the fire was out, "
                                "Kabar reported citing Sputnik.", "interior ministry",
                                ["Sputnik", "Kabar"], 4),
    # and the statement's later words keep both relays, the closing medium no pack knows
    # named by its verb ("Kabar reported")
    "closing_reported_carried": ("Two medics were wounded near the bridge, the health office "
                                 "said in a statement, Kabar reported citing Sputnik.\n\n"
                                 "“Nine ambulances were sent to the bridge,” the statement "
                                 "said.", "statement", ["Sputnik", "Kabar"], 9),
    # a denial whose object is an authorless report with a content clause ("quashed rumours
    # that …", "rejected claims that …"): the denier speaks, heard by whom he spoke to
    "speaking_to_quashed": ("Speaking to Mehr news agency on Friday, the commander quashed "
                            "rumours that 12 of his fighters were killed in the raid.",
                            "commander", ["Mehr"], 12),
    "speaking_to_rejected_claims": ("Talking to Geo News, the district officer rejected "
                                    "claims that 70 houses were burned in the village.",
                                    "district officer", ["Geo News"], 70),
    # whom a speaker talked with, hung by the parser on "anonymity"
    "spoke_on_anonymity_with": ("A driver who spoke on condition of anonymity with Reuters "
                                "said 15 trucks were stopped at the crossing.", "driver",
                                ["Reuters"], 15),
    # a medium described ("the newspaper", "the platform") after it was named
    "spoke_with_the_platform": ("Flood in the valley\n\nA nurse who spoke with Punch on "
                                "condition of anonymity said the clinic was closed.\n\nA "
                                "teacher who also spoke on condition of anonymity with the "
                                "platform said 23 pupils were missing.", "teacher", ["Punch"],
                                23),
    "spoke_with_the_newspaper": ("Storm on the coast\n\nA fisherman who spoke with Vanguard "
                                 "said the harbour was shut.\n\nA trader who spoke with the "
                                 "newspaper said 31 boats sank in the storm.", "trader",
                                 ["Vanguard"], 31),
    # a speaker who passes another's words on, after speaking to a medium: the claim goes on
    # through that medium
    "cited_after_told": ("Clash at the dam\n\nColonel Karim Hadi told the local Alsumaria TV "
                         "on Monday that the dam was secured.\n\nHe cited army reports as "
                         "saying 90 suspects were arrested.", "army reports",
                         ["Karim Hadi", "Alsumaria"], 90),
}

#: key: (text, claimant words, a figure the claim carries): no relay between claimant and outlet
DIRECT = {
    # a medium's clause of its own after the speaker's verb, with an object: its own
    # statement, no relay of the speaker's
    "closing_clause_with_object": ("Six soldiers died in the ambush, the army said, while "
                                   "Reuters reported 9 deaths.", "Reuters", 9),
    # a denial of nothing said ("rejected the deal") reports nothing; the figure's claim is
    # the next speaker's
    "quash_without_clause": ("The council quashed the deal, and the mayor said 3 officials "
                             "resigned.", "mayor", 3),
    # the speaker spoke to a medium before, but names a channel of its own now
    "cited_in_statement": ("Clash at the lake\n\nMajor Omar Bello told the local Radio Lake "
                           "on Sunday that the road was open.\n\nIn a statement on Tuesday, "
                           "he cited police records as saying 18 guns were seized.",
                           "police records", 18),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    texts = {k: v[0] for k, v in {**RELAYED, **DIRECT}.items()}
    return exported_claims(tmp_path_factory.mktemp("named17"), texts, OUTLET)


@pytest.mark.parametrize("key", list(RELAYED))
def test_relay_named(exported, key):
    _, claimant, relays, figure = RELAYED[key]
    check_relayed(exported[key], claimant, relays, figure)


@pytest.mark.parametrize("key", list(DIRECT))
def test_no_relay(exported, key):
    _, claimant, figure = DIRECT[key]
    if key == "cited_in_statement":
        # the speaker passes the words on, and no medium after him
        claims = [c for c in exported[key] if any(f["low"] == figure
                                                   for f in c.get("figures", []))]
        assert claims and all("Radio Lake" not in c["chain"] and "Lake" not in c["chain"]
                              for c in claims), claims
        return
    check_direct(exported[key], claimant, figure)
