"""bench/scoring/dispute_misses.py: each gold dispute strict recall misses gets one category."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import conflict  # noqa: E402
from scoring.dispute_misses import misses  # noqa: E402

GOLD = {"id": "i1", "articles": ["g1", "g2"],
        "figures": [{"claimant": "the Eastland army", "side": "east", "category": "killed",
                     "low": 12, "high": 12, "article": "g1"},
                    {"claimant": "Westland rescuers", "side": "west", "category": "killed",
                     "low": 2, "high": 2, "article": "g1"},
                    {"claimant": "the Eastland army", "side": "east", "category": "killed",
                     "low": 20, "high": 20, "article": "g2"}],
        "contradictions": [{"category": "killed", "claimants": ["the Eastland army",
                                                                 "Westland rescuers"],
                            "sides": ["east", "west"]}],
        "revisions": [{"claimant": "the Eastland army", "side": "east", "category": "killed",
                       "values": [12, 20]}]}
ARTS = {"g1": {"id": "s1", "published": "2031-05-02"}, "g2": {"id": "s2", "published": None}}


def row(claimant, side, low, high, *articles):
    return {"category": "killed", "claimant": claimant, "side": side, "low": low,
            "high": high, "articles": list(articles)}


def test_no_incident_and_article_out():
    assert misses([(GOLD, None)], ARTS, conflict.same_name) == {
        "revisions": {"no_incident": 1}, "contradictions": {"no_incident": 1}}
    best = {"id": "x", "articles": ["s1"], "figures": [row("Eastland army", "e", 12, 12, "s1")]}
    got = misses([(GOLD, best)], ARTS, conflict.same_name)
    assert got["revisions"] == {"article_out": 1}


def test_missing_row_and_refused_undated():
    best = {"id": "x", "articles": ["s1", "s2"],
            "figures": [row("Eastland army", "e", 12, 12, "s1")]}
    got = misses([(GOLD, best)], ARTS, conflict.same_name)
    assert got == {"revisions": {"figure_not_a_row": 1},
                   "contradictions": {"figure_not_a_row": 1}}
    best["figures"] += [row("Eastland army", "e", 20, 20, "s2"),
                        row("Westland rescuers", "w", 2, 2, "s1")]
    got = misses([(GOLD, best)], ARTS, conflict.same_name)
    assert got == {"revisions": {"refused_undated": 1},
                   "contradictions": {"refused_undated": 1}}


def test_found_disputes_are_no_misses():
    best = {"id": "x", "articles": ["s1", "s2"],
            "figures": [row("Eastland army", "e", 12, 20, "s1", "s2"),
                        row("Westland rescuers", "w", 2, 2, "s1")],
            "contradictions": [{"category": "killed", "claimants": ["Eastland army",
                                                                     "Westland rescuers"]}],
            "revisions": [{"category": "killed", "claimant": "Eastland army", "side": "e"}]}
    assert misses([(GOLD, best)], ARTS, conflict.same_name) == {
        "revisions": {}, "contradictions": {}}


def test_refused_unsided_before_undated():
    # the rows are there and clash, but the Westland voice was given no side: the pipeline read
    # no dispute of two sides, whatever the pages' dates say
    best = {"id": "x", "articles": ["s1", "s2"],
            "figures": [row("Eastland army", "e", 12, 12, "s1"),
                        row("Eastland army", "e", 20, 20, "s2"),
                        row("Westland rescuers", None, 2, 2, "s2")]}
    got = misses([(GOLD, best)], ARTS, conflict.same_name)
    assert got["contradictions"] == {"refused_unsided": 1}
    best["figures"][2] = row("Westland rescuers", "w", 2, 2, "s2")
    got = misses([(GOLD, best)], ARTS, conflict.same_name)
    assert got["contradictions"] == {"refused_undated": 1}
