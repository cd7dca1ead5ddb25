"""A voice's row is the toll it gives now where the words tell its other counts as earlier
steps of it (round rows53; reconcile/summary.py `earlier_steps`). Sentences written for these
tests."""

from __future__ import annotations

from .helpers import article, killed, multi_claim_article
from .test_disputes import one

BUREAU = ("Northland relief bureau", "north")


def _rows(inc: dict) -> list[tuple[str, float | None, float | None, str | None]]:
    return sorted((f["claimant"], f["low"], f["high"], f.get("victims"))
                  for f in inc["figures"] if f["category"] == "killed")


def test_a_count_the_voice_says_it_raised_is_its_row():
    # Monday's page gives the bureau's 20; Wednesday's says its toll "has risen to 74": the
    # row is 74, not 20-74, a span the bureau never gave
    inc = one([
        multi_claim_article("a", "Lake Courier", [
            ("The bureau said 20 people died when the depot was shelled.",
             BUREAU, [{"figures": [killed(20, counts="people")]}])], published="2020-02-10"),
        multi_claim_article("b", "Hill Times", [
            ("The toll of the depot shelling has risen to 74, the bureau said.",
             BUREAU, [{"figures": [killed(74, counts="people")]}])], published="2020-02-12")])
    assert _rows(inc) == [("Northland relief bureau", 74.0, 74.0, None)]


def test_a_count_told_as_the_voices_earlier_one_gives_way():
    inc = one([
        multi_claim_article("a", "Lake Courier", [
            ("The bureau had earlier put the toll at 12, before more bodies were found.",
             BUREAU, [{"figures": [killed(12, counts="people")]}]),
            ("The bureau now counts 31 people killed in the shelling of the depot.",
             BUREAU, [{"figures": [killed(31, counts="people")]}])])])
    assert _rows(inc) == [("Northland relief bureau", 31.0, 31.0, None)]


def test_two_pages_no_word_orders_still_span():
    # a day apart, no word says the larger count revises the smaller: two counts of perhaps
    # two groups ("in the town", "in the district"), kept as the span the voice gave
    inc = one([
        article("a", "Lake Courier", [{"figures": [killed(40, counts="people")]}],
                claimant=BUREAU, published="2020-02-10"),
        article("b", "Hill Times", [{"figures": [killed(57, counts="people")]}],
                claimant=BUREAU, published="2020-02-12")])
    assert _rows(inc) == [("Northland relief bureau", 40.0, 57.0, None)]
