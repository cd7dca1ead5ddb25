"""Pass 0: several verbs of one report are one occurrence, and its figures count once."""

from __future__ import annotations

import pytest

from fogofwar.reconcile import build_incidents

from .helpers import (
    IDLIB_GOV,
    JISR,
    MINISTRY,
    QAMISHLI,
    SARAQIB,
    article,
    killed,
    multi_claim_article,
    unpaired,
)

# Quoted from the Zero Hedge piece of 11 February 2020 (Daily Sabah's tally of the retaliation).
SABAH = ("Turkey\u2019s Daily Sabah reported that in response to the alleged death of Turkish "
         "soldiers, 115 regime targets have been struck, 101 regime soldiers have been "
         "neutralized")
TARGETS = {"text": "115", "value": 115, "low": None, "high": None, "approx": False,
           "counts": "targets", "category": "targets"}
UNPLACED = {"place": None, "date": None, "date_precision": None}


def sizes(arts: list[dict]) -> list[int]:
    return sorted((len(i["events"]) for i in build_incidents(arts)), reverse=True)


def sabah(events: list[dict]) -> dict:
    return article("a", "Zero Hedge", events, claimant=("Daily Sabah", "turkey"), text=SABAH)


def test_verbs_of_one_sentence_are_one_incident_with_figures_once():
    # "struck", "neutralized", "hit": three FIGHT/ASSAULT events of one claim, each carrying the
    # sentence's figures; they were three single-source incidents each saying "killed 101"
    figs = [killed(101), TARGETS]
    arts = [sabah([{**UNPLACED, "type": t, "figures": figs}
                   for t in ("FIGHT", "FIGHT", "ASSAULT")])]
    (inc,) = build_incidents(arts)
    assert len(inc["events"]) == 3
    rows = [(f["category"], f["claimant"], f["low"], f["high"]) for f in inc["figures"]]
    assert rows == [("killed", "Daily Sabah", 101, 101), ("targets", "Daily Sabah", 115, 115)]
    assert inc["contradictions"] == [] and inc["corroboration"] == "single-source"


@pytest.mark.parametrize("second, expected", [
    ({"type": "FIGHT"}, [2]),                          # compatible type, same place and day
    ({"type": "MOBILIZE"}, [1, 1]),                    # a build-up is not the shelling
    ({"place": QAMISHLI}, [1, 1]),                     # one sentence, two places 400 km apart
    ({"date": "2020-02-03"}, [1, 1]),                  # one sentence, two different days
    ({"actor": {"text": "US", "start": 0, "end": 2, "actor_id": "us", "name": "US",
                "country": None, "sector": None, "side": "usa"},
      "target": {"text": "SDF", "start": 0, "end": 3, "actor_id": "sdf", "name": "SDF",
                 "country": None, "sector": None, "side": "sdf"}}, [1, 1]),  # disjoint parties
])
def test_one_claim_joins_unless_type_place_date_or_parties_disagree(second, expected):
    syria_turkey = {"actor": {"text": "Syrian regime", "start": 0, "end": 13, "actor_id": "sy",
                              "name": "Syrian regime", "country": None, "sector": None,
                              "side": "syria_gov"},
                    "target": {"text": "Turkish troops", "start": 0, "end": 14,
                               "actor_id": "tr", "name": "Turkish troops", "country": None,
                               "sector": None, "side": "turkey"}}
    arts = [article("a", "Zero Hedge", [syria_turkey, {**syria_turkey, **second}],
                    claimant=("Turkish Defense Ministry", "turkey"), text=MINISTRY)]
    assert sizes(arts) == expected


def test_ministry_quote_counts_its_figure_once_against_another_claimant():
    # "killed" and "shelling" in the ministry's quote both carry "five"; SANA says six. The
    # incident lists the ministry's 5 once and the clash 5 vs 6, not a 5 vs 5 self-clash
    arts = [article("a", "Zero Hedge", [{"figures": [killed(5, counts="troops")]},
                                        {"type": "FIGHT", "figures": [killed(5, counts="troops")]}],
                    claimant=("Turkish Defense Ministry", "turkey"), text=MINISTRY),
            article("b", "SANA", [{"figures": [killed(6)]}], claimant=("SANA", "syria_gov"))]
    (inc,) = build_incidents(arts)
    ministry = [f for f in inc["figures"] if f["claimant"] == "Turkish Defense Ministry"]
    assert [(f["low"], f["high"], f["articles"]) for f in ministry] == [(5, 5, ["a"])]
    assert unpaired(inc["contradictions"]) == [{"category": "killed", "values": ["5", "6"],
                                      "claimants": ["SANA", "Turkish Defense Ministry"]}]


ATTACK = "On February 10, militants attacked positions of pro-government forces near Saraqib."
FIVE = "At least 5 Turkish personnel were killed near Saraqib on February 10."


@pytest.mark.parametrize("sep, place2, expected", [
    (" ", IDLIB_GOV, [2, 1, 1]),       # one paragraph, both "Idlib" on 10 Feb: one occurrence
    ("\n", IDLIB_GOV, [1, 1, 1, 1]),   # other paragraphs: nothing ties them
    (" ", QAMISHLI, [1, 1, 1, 1]),     # one paragraph, but another place
])
def test_same_paragraph_same_place_and_day(sep, place2, expected):
    # two strikes on 10 Feb (Saraqib, Jisr al-Shughur) make a bare "Idlib" ambiguous; only the
    # paragraph tells that the article's two Idlib reports are one occurrence
    art = multi_claim_article("a", "South Front", [(ATTACK, None, [{"place": IDLIB_GOV}]),
                                                   (FIVE, None, [{"place": place2}])], sep=sep)
    others = [article("b", "X", [{}]), article("c", "Y", [{"place": JISR}])]
    assert sizes([art, *others]) == expected


def test_same_paragraph_alone_does_not_join_events_placed_only_by_the_article():
    # two undated, unplaced events in one paragraph but different claims: nothing says they
    # are one occurrence (the article's focus is not evidence)
    art = multi_claim_article("a", "South Front", [(ATTACK, None, [UNPLACED]),
                                                   (FIVE, None, [UNPLACED])], sep=" ")
    art["places"] = [SARAQIB]  # gives the article a focus (Idlib, admin1)
    assert sizes([art]) == [1, 1]
