"""A news medium named by its kind is a reporter, not a witness of its land (issue 14, stop
37): on one page, "Kestrel radio said about 60 were killed" beside the home directorate's 20
is a dispute, where a resident of no side giving the same 60 is one of the people the
directorate speaks for and disputes nothing (test_dispute_witnesses.py). A body whose name ends
in "agency" is no medium by that word, nor is a bare "radio". Names and sentences are written
for these tests; the articles are at Saraqib, Syria, whose pack side is `syria_gov`."""

from __future__ import annotations

from fogofwar.reconcile.speakers import is_medium

from .helpers import article
from .test_disputes import civilians, one

HOME = ("Idlib health directorate", "syria_gov")


def unsided(aid: str, name: str, n: float) -> dict:
    """An article whose claimant the packs do not know (no actor id) and give no side."""
    art = article(aid, "Hill Courier", [{"figures": [civilians(n)]}], claimant=(name, None))
    art["claims"][0]["claimant"]["actor_id"] = None
    art["claims"][0]["claimant"]["sector"] = None
    return art


def pairs(inc: dict) -> list[tuple[str, ...]]:
    return sorted(tuple(p["claimants"]) for c in inc["contradictions"] for p in c["pairs"])


def one_page(name: str) -> dict:
    """One page: the directorate's 20 dead, then `name`'s "about 60" (no side, no actor id)."""
    art = article("a", "Hill Courier", [{"figures": [civilians(20)]}], claimant=HOME)
    other = unsided("b", name, 60)
    claim, event = other["claims"][0], other["events"][0]
    claim["id"] = event["claim_id"] = "a:c1"
    event["id"] = "a:e1"
    art["claims"].append(claim)
    art["events"].append(event)
    return art


def test_a_medium_named_by_its_kind_disputes_the_home_sides_toll():
    inc = one([one_page("Kestrel radio")])
    assert pairs(inc) == [("Idlib health directorate", "Kestrel radio")]


def test_a_resident_of_no_side_still_disputes_nothing_at_home():
    assert one([one_page("Hamid Tarrab")])["contradictions"] == []


def test_which_names_are_media_by_their_last_words():
    for text in ("Kestrel radio", "a private television channel", "the Tamra TV station"):
        assert is_medium({"text": text}), text
    for text in ("the UN refugee agency", "the civil defence agency", "radio", "Hamid Tarrab"):
        assert not is_medium({"text": text}), text
