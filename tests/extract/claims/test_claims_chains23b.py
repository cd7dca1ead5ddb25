"""Chains missed on a second fresh batch of relayed reporting (round chains23b): a medium's
reporter whose name the tagger left untyped, a described member of a group that told a
medium, a closing attribution read as a clause joined with no conjunction, the author of a
statement a medium carried, and a medium citing sources under a verb of its own. Each text
was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from fogofwar.extract.claims.namings import described_member

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "reporter_untyped": ("Al Jazeera’s Sara Khairat Saud, who is in the West Bank, said that "
                         "witnesses at the camp heard a jet."),
    "described_member": ("Gunmen raided a market in the north, killing at least eight traders, "
                         "police and hospital sources told AFP on Monday. Up to 20 may have "
                         "died, a police source said. Another witness said three died."),
    "unjoined_closing": ("A drone strike has killed six farmers in the occupied border district "
                         "town of Rutshuru, the Goma-based health ministry announced shortly "
                         "after news broke of a truce deal in Doha, AFP reports."),
    "statement_author": ("Six rebels were killed in a raid near the river, the army said in a "
                         "statement on Sunday. The raid began at dawn, the statement added, "
                         "Anadolu reported. \"The area is now secure,\" the army said."),
    "medium_citing": "The Tolo channel aired the footage late on Friday, quoting a provincial "
                     "official who said nine guards were missing.",
    "body_citing": "The army shelled the ridge on Friday, citing intelligence reports of "
                   "forty fighters there.",
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("chains23b"), TEXTS, OUTLET)


def test_a_mediums_reporter_with_an_untyped_name_is_relayed_by_it(exported):
    claim = claim_on(exported["reporter_untyped"], "heard a jet")
    assert "Saud" in claim["chain"][0] and "Al Jazeera" in claim["chain"][1:-1]


def test_a_described_member_of_a_group_keeps_its_medium(exported):
    assert "AFP" in claim_on(exported["described_member"], "Up to 20")["chain"][1:]
    assert "AFP" not in claim_on(exported["described_member"], "Another witness")["chain"]


def test_a_closing_attribution_joined_with_no_conjunction_keeps_the_frame(exported):
    claim = claim_on(exported["unjoined_closing"], "six farmers")
    assert "ministry" in claim["chain"][0] and "AFP" in claim["chain"][1:]


def test_a_carried_statements_author_keeps_its_medium(exported):
    claim = claim_on(exported["statement_author"], "now secure")
    assert claim["chain"][0] == "army" or "army" in claim["chain"][0]
    assert any("Anadolu" in name for name in claim["chain"][1:])


def test_a_medium_citing_under_a_verb_of_its_own_relays(exported):
    claim = claim_on(exported["medium_citing"], "nine guards")
    assert "official" in claim["chain"][0] and "Tolo" in claim["chain"][1]


def test_a_body_citing_relays_nothing(exported):
    claim = claim_on(exported["body_citing"], "forty fighters")
    assert len(claim["chain"]) == 2


@pytest.mark.parametrize("group, before, after, expected", [
    ("security and local sources", "said ", "a security source said", True),
    ("security and local sources", "died, a ", "security source said", True),
    ("Residents", "", "a local resident said", False),
    ("security sources", "", "another security source said", False),
    ("police and hospital sources", "", "the police source said", False),
])
def test_described_member(group, before, after, expected):
    assert described_member(group, before, after) is expected
