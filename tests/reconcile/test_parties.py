"""Pass 4: agreeing parties and victims join coarse reports of one clash, and only one."""

from __future__ import annotations

import pytest

from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.claimant_sides import mention_side

from .helpers import IDLIB_GOV, SARAQIB, article, killed, mention, multi_claim_article, unpaired

# Quoted from the Zero Hedge piece of 11 February 2020.
FEB3 = ("Turkey dramatically reinforced its forces across the border since Syrian troops killed "
        "five Turkish soldiers and a civilian in Idlib on Feb. 3")
WEEK_AGO = ("A week ago, six Turkish troops were killed by Syrian artillery fire in an incident "
            "that Russia said was a result of miscommunication.")
SYRIA_ON_TURKEY = {"actor": mention("Syrian troops", "syria_gov"),
                   "target": mention("Turkish soldiers", "turkey")}


def feb3(**extra) -> dict:
    return {**SYRIA_ON_TURKEY, "place": IDLIB_GOV, "date": "2020-02-03",
            "figures": [killed(5, counts="Turkish soldiers")], **extra}


def week_ago(**extra) -> dict:
    return {**SYRIA_ON_TURKEY, "type": "FIGHT", "place": IDLIB_GOV, "date": "2020-02-03",
            "date_precision": "week", "figures": [killed(6, counts="Turkish troops")], **extra}


def zerohedge(first: dict, second: dict) -> dict:
    return multi_claim_article("zh", "Zero Hedge", [(FEB3, None, [first]),
                                                    (WEEK_AGO, ("Russia", "russia"), [second])])


def sizes(arts: list[dict]) -> list[int]:
    return sorted((len(i["events"]) for i in build_incidents(arts)), reverse=True)


def test_feb3_shelling_and_a_week_ago_join_and_show_five_vs_six():
    (inc,) = build_incidents([zerohedge(feb3(), week_ago())])
    assert unpaired(inc["contradictions"]) == [{"category": "killed", "values": ["5", "6"],
                                      "claimants": ["Russia", "Zero Hedge"]}]
    assert (inc["date_start"], inc["date_end"]) == ("2020-02-03", "2020-02-03")


def test_feb10_shelling_stays_apart_from_feb3():
    # the regression the old over-merge caused: the 10 Feb shelling near Saraqib, same parties
    # and victims, lies outside the week-ago window (3-9 Feb) and a week after 3 Feb
    feb10 = article("sf", "South Front", [{**SYRIA_ON_TURKEY, "place": SARAQIB,
                                           "figures": [killed(5, counts="troops")]}])
    incs = build_incidents([zerohedge(feb3(), week_ago()), feb10])
    spans = sorted((i["date_start"], len(i["events"])) for i in incs)
    assert spans == [("2020-02-03", 2), ("2020-02-10", 1)]


def test_a_window_overlapping_two_clashes_joins_neither():
    # "a week ago" read as 4-10 Feb overlaps both the 3 Feb (here 4 Feb) and 10 Feb shellings
    # in Idlib: ambiguous, so it stays alone
    feb10 = article("sf", "South Front", [feb3(date="2020-02-10")])
    arts = [zerohedge(feb3(date="2020-02-04"), week_ago(date="2020-02-04")), feb10]
    assert sizes(arts) == [1, 1, 1]


@pytest.mark.parametrize("change", [
    {"target": None},                                           # target side unknown
    {"actor": mention("Turkish army", "turkey"),
     "target": mention("Syrian troops", "syria_gov")},          # the other direction
    {"figures": [killed(6, counts="civilians")]},               # other victims
    {"figures": []},                                            # no victims stated
    {"place": {**IDLIB_GOV, "name": "Aleppo Governorate",
               "admin1": "Aleppo Governorate"}},                # another governorate
    {"date": "2020-01-20"},                                     # a week before: no overlap
])
def test_no_join_without_full_agreement(change):
    assert sizes([zerohedge(feb3(), week_ago(**change))]) == [1, 1]


@pytest.mark.parametrize(("m", "party"), [
    ({"text": "Donetsk separatists", "actor_id": "dpr_forces", "country": "UKR",
      "sector": "MIL"}, "dpr_forces"),
    ({"text": "Anglophone separatists", "actor_id": "ambazonia", "country": "CMR",
      "sector": "REB"}, "ambazonia"),
    ({"text": "Ukrainian rebels", "actor_id": None, "country": "UKR", "sector": None}, None),
])
def test_separatists_and_rebels_take_no_side_from_their_country(m, party):
    # a named group is its own party (round disputes17), an unnamed one of no known party
    assert mention_side({**m, "side": None}) == party


def test_a_states_officials_take_its_side():
    m = {"text": "Ukrainian officials", "actor_id": None, "country": "UKR", "sector": "GOV",
         "side": None}
    assert mention_side(m) is not None


def test_a_rebels_toll_and_the_states_are_two_voices_not_a_revision():
    # "Ukrainian separatists" named inside the claimant used to give it Ukraine's side, so
    # their 12 and the Ukrainian army's 5 read as one side revising its count
    text = "Ukrainian separatists said 12 were killed."
    sep = multi_claim_article("b", "X", [(text, None, [{"figures": [killed(12)]}])],
                              published="2020-02-12")
    sep["claims"][0]["chain"] = ["Ukrainian separatists", "X"]
    sep["claims"][0]["claimant"] = {**mention("Ukrainian separatists", None), "country": "UKR"}
    army = article("a", "Y", [{"figures": [killed(5)]}], claimant=("Ukrainian army", "ukr"))
    (inc,) = build_incidents([army, sep])
    assert inc["revisions"] == []
    assert [c["claimants"] for c in inc["contradictions"]] == [
        ["Ukrainian army", "Ukrainian separatists"]]
