"""bench/scoring/incident_precision.py: a system dispute counts as right only when it sets the
gold dispute's sides against each other (recall matches on the category alone)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import conflict  # noqa: E402
from scoring.incident_precision import precision  # noqa: E402

GOLD = {"id": "i1", "articles": ["g1"],
        "figures": [{"claimant": "the Northland army", "side": "north", "category": "killed",
                     "low": 40, "high": 40},
                    {"claimant": "Southland health ministry", "side": "south",
                     "category": "killed", "low": 3, "high": 3},
                    {"claimant": "mayor Ana Lopez", "side": "south", "category": "killed",
                     "low": 3, "high": 5}],
        "contradictions": [{"category": "killed", "claimants": ["the Northland army",
                                                                 "Southland health ministry"],
                            "sides": ["north", "south"]}],
        "revisions": [{"claimant": "mayor Ana Lopez", "side": "south", "category": "killed",
                       "values": [3, 5]}]}


def _system(pairs: list[list[str]], revisions: list[dict]) -> dict:
    return {"id": "x", "articles": ["s1"],
            "figures": [{"category": "killed", "claimant": "Northland army", "side": "nth",
                         "low": 40, "high": 40},
                        {"category": "killed", "claimant": "health ministry", "side": "sth",
                         "low": 3, "high": 3},
                        {"category": "killed", "claimant": "Lopez", "side": None,
                         "low": 3, "high": 5},
                        {"category": "killed", "claimant": "Daily Planet", "side": None,
                         "low": 900, "high": None}],
            "contradictions": [{"category": "killed", "values": [],
                                "claimants": sorted({c for p in pairs for c in p}),
                                "pairs": [{"values": [], "claimants": p} for p in pairs]}]
            if pairs else [],
            "revisions": revisions}


def test_pairs_of_the_gold_sides_are_right_others_not():
    pairs = [["health ministry", "Northland army"],  # the gold's sides (system labels mapped)
             ["Lopez", "Northland army"],  # a south voice by name against the north: right
             ["health ministry", "Lopez"],  # one side's voices against each other
             ["Daily Planet", "Northland army"]]  # an outlet of no side
    got = precision([(GOLD, _system(pairs, []))], conflict.same_name)
    assert got["contradiction_pairs"] == {"precision": 0.5, "right": 2, "listed": 4}


def test_revision_of_the_gold_voice_by_name_or_side():
    revisions = [{"category": "killed", "claimant": "Lopez", "claimants": ["Lopez"],
                  "side": None},
                 {"category": "killed", "claimant": "health ministry",
                  "claimants": ["health ministry"], "side": "sth"},
                 {"category": "killed", "claimant": "Daily Planet",
                  "claimants": ["Daily Planet"], "side": None},
                 {"category": "injured", "claimant": "Lopez", "claimants": ["Lopez"],
                  "side": None}]
    got = precision([(GOLD, _system([], revisions))], conflict.same_name)
    assert got["revisions"] == {"precision": 0.5, "right": 2, "listed": 4}


def test_figure_rows_and_a_best_match_counted_once():
    system = _system([], [])
    got = precision([(GOLD, system), (GOLD, system), (GOLD, None)], conflict.same_name)
    # the outlet's 900+ is no gold voice's; the three right rows are the gold's own intervals
    assert got["figures"] == {"precision": 0.75, "right": 3, "listed": 4, "exact": 3}
    assert got["contradiction_pairs"]["precision"] is None  # none listed


def test_score_incidents_reports_precision():
    gold_inc = [GOLD]
    arts = {"g1": {"id": "s1"}}
    score = conflict.score_incidents(gold_inc, arts, [_system([["Lopez", "Northland army"]],
                                                                [])])
    assert score["contradictions"] == 1.0
    assert score["precision"]["contradiction_pairs"]["precision"] == 1.0


def test_a_system_side_named_as_the_gold_side_stands_for_it_without_a_name_match():
    # the gold names Southland's voice by what it is ("the rebel command"), the system by its
    # name ("Southern Front") with the gold's own side label: the pair is the gold's sides
    gold = {**GOLD, "figures": [*GOLD["figures"],
                                {"claimant": "the rebel command", "side": "front",
                                 "category": "killed", "low": 8, "high": 8}],
            "contradictions": [{"category": "killed", "sides": ["north", "front"],
                                "claimants": ["the Northland army", "the rebel command"]}]}
    system = _system([["Southern Front", "Northland army"]], [])
    system["figures"].append({"category": "killed", "claimant": "Southern Front",
                              "side": "front", "low": 8, "high": 8})
    got = precision([(gold, system)], conflict.same_name)
    assert got["contradiction_pairs"] == {"precision": 1.0, "right": 1, "listed": 1}


def test_strict_recall_needs_the_gold_sides_and_voice():
    one_side = _system([["health ministry", "Lopez"]],  # the south against itself
                       [{"category": "killed", "claimant": "Daily Planet",
                         "claimants": ["Daily Planet"], "side": None}])
    got = conflict.score_incidents([GOLD], {"g1": {"id": "s1"}}, [one_side])
    assert got["contradictions"] == 1.0 and got["revisions"] == 1.0  # by category alone
    assert got["strict_recall"] == {"contradictions": {"recall": 0.0, "found": 0, "gold": 1},
                                    "revisions": {"recall": 0.0, "found": 0, "gold": 1}}
    right = _system([["Lopez", "Northland army"]],
                    [{"category": "killed", "claimant": "Lopez", "claimants": ["Lopez"],
                      "side": None}])
    got = conflict.score_incidents([GOLD], {"g1": {"id": "s1"}}, [right])
    assert got["strict_recall"]["contradictions"]["found"] == 1
    assert got["strict_recall"]["revisions"]["found"] == 1


def test_a_wide_row_overlapping_a_gold_figure_is_right_but_not_exact():
    """A voice's row merged from a part and the whole ("8 or more" from its 155 and "eight
    guards") overlaps the gold's 155, so overlap calls it right; only a row holding the gold's
    own interval is exact."""
    system = _system([], [])
    system["figures"][0] = {**system["figures"][0], "low": 8, "high": None}  # army: 8 or more
    got = precision([(GOLD, system)], conflict.same_name)
    assert (got["figures"]["right"], got["figures"]["listed"]) == (3, 4)
    assert got["figures"]["exact"] == 2
