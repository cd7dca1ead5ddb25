"""Relays named in the claim's own sentence in shapes the rules missed (round relays18).

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
}

#: key: (text, claimant words, a figure the claim carries): no relay between claimant and outlet
DIRECT = {
    # a person who saw something is no medium that carried a document
    "seen_by_witnesses": ("A convoy seen by witnesses near the bridge was hit, and the governor "
                          "said 5 trucks burned.", "governor", 5),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    texts = {k: v[0] for k, v in {**RELAYED, **DIRECT}.items()}
    return exported_claims(tmp_path_factory.mktemp("named18"), texts, OUTLET)


@pytest.mark.parametrize("key", list(RELAYED))
def test_relay_named(exported, key):
    _, claimant, relays, figure = RELAYED[key]
    check_relayed(exported[key], claimant, relays, figure)


def test_seen_by_witnesses_no_relay(exported):
    _, claimant, figure = DIRECT["seen_by_witnesses"]
    check_direct(exported["seen_by_witnesses"], claimant, figure)

