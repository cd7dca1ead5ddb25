"""Figures of different victim classes stay apart within one voice, a vague plural is no step
of a revision when a count of its order follows, and a claim's claimant mention that is the
people its own figure counts is not its speaker (issue 14). Sentences written for these tests.
"""

from __future__ import annotations

from fogofwar.reconcile.evidence import comparable
from fogofwar.reconcile.speakers import claim_speaker, counted_people

from .helpers import article, killed
from .test_disputes import civilians, one

NORTH = ("Northland defence ministry", "north")
SOUTH = ("Southland relief office", "south")


def militants(n: float, **kw) -> dict:
    return killed(n, counts="militants", **kw)


def test_one_voice_counting_militants_and_civilians_counts_two_groups():
    assert comparable(("militants", None), ("civilians", None))
    assert not comparable(("militants", None), ("civilians", None), one_voice=True)
    # the ministry's 12 captives found dead on day one and its 40 insurgents killed in the
    # raid on day two are two groups of people: no toll rose from 12 to 40
    inc = one([article("a", "X", [{"figures": [civilians(12)]}], claimant=NORTH,
                       published="2020-02-10"),
               article("b", "Y", [{"figures": [militants(40)]}], claimant=NORTH,
                       published="2020-02-11")])
    assert inc["revisions"] == [] and inc["contradictions"] == []


def test_two_sides_naming_one_strikes_dead_militants_and_civilians_still_dispute():
    inc = one([article("a", "X", [{"figures": [militants(15)]}], claimant=NORTH),
               article("b", "Y", [{"figures": [civilians(70)]}], claimant=SOUTH)])
    assert [c["values"] for c in inc["contradictions"]] == [["15", "70"]]


def dozens() -> dict:
    return {**civilians(24, low=24, high=99, approx=True), "text": "dozens"}


def test_a_count_within_an_earlier_dozens_is_no_revision_one_past_it_is():
    for later, rose in ((civilians(61), False), (civilians(130, low=130), True)):
        inc = one([article("a", "X", [{"figures": [dozens()]}], claimant=SOUTH,
                           published="2020-02-10"),
                   article("b", "Y", [{"figures": [later]}], claimant=SOUTH,
                           published="2020-02-11")])
        assert bool(inc["revisions"]) is rose, later


def claim(sentence: str, mention: str, figures: list[tuple[str, str]], chain: list[str]) -> dict:
    return {"sentence": sentence, "start": 100, "chain": chain,
            "claimant": {"text": mention, "start": 100 + sentence.index(mention)},
            "figures": [{"text": t, "counts": c, "category": "killed"} for t, c in figures]}


def test_a_claimant_that_is_the_counted_dead_is_not_the_speaker():
    victims = claim("More than 30 Westlanders died in the blast, according to the Southland "
                    "relief office.", "Westlanders", [("More than 30", "westlanders")],
                    ["Westlanders", "Southland relief office", "Daily Tide"])
    assert counted_people(victims) and claim_speaker(victims) == 1
    # a count of speakers beside a count of the dead, and a speaker before the figure
    speakers = claim("A cleric gave 40 deaths and two porters said 90 died.", "two porters",
                     [("40", "porters"), ("90", "people")], ["two porters", "Daily Tide"])
    before = claim("Westlanders said 30 people died.", "Westlanders", [("30", "people")],
                   ["Westlanders", "Daily Tide"])
    assert not counted_people(speakers) and not counted_people(before)
    assert claim_speaker(before) == 0
