"""Incidents from small hand-made event sets: clustering, contradictions, corroboration."""

from __future__ import annotations

import pytest

from fogofwar.reconcile import build_incidents, outlet_framing
from fogofwar.reconcile.incidents import places_compatible

SARAQIB = {"text": "Saraqib", "start": 0, "end": 7, "name": "Saraqib", "geonames_id": 164816,
           "lat": 35.864, "lon": 36.806, "country": "SY", "admin1": "Idlib",
           "feature_code": "PPL", "precision": "town"}
TAFTANAZ = {**SARAQIB, "text": "Taftanaz", "name": "Taftanaz", "geonames_id": 163345,
            "lat": 35.998, "lon": 36.786}
IDLIB_GOV = {**SARAQIB, "text": "Idlib province", "name": "Idlib", "geonames_id": 169388,
             "lat": 35.75, "lon": 36.58, "feature_code": "ADM1", "precision": "admin1"}
QAMISHLI = {**SARAQIB, "text": "Qamishli", "name": "Qamishli", "geonames_id": 173576,
            "lat": 37.05, "lon": 41.23, "admin1": "Al-Hasakah"}
SYRIA = {**SARAQIB, "text": "Syria", "name": "Syria", "lat": 35.0, "lon": 38.0,
         "admin1": None, "feature_code": "PCLI", "precision": "country"}


def killed(n: int, low: float | None = None, high: float | None = None,
           text: str = "") -> dict:
    return {"text": text or f"{n} killed", "value": n, "low": low, "high": high,
            "approx": False, "counts": "soldiers", "category": "killed"}


def mention(name: str, side: str | None) -> dict:
    return {"text": name, "start": 0, "end": len(name), "actor_id": name.lower(), "name": name,
            "country": None, "sector": None, "side": side}


def article(aid: str, outlet: str, events: list[dict], *, claimant: tuple[str, str] | None = None,
            published: str = "2020-02-11", duplicate_of: str | None = None,
            original_outlet: str | None = None) -> dict:
    outlets = [original_outlet, outlet] if original_outlet else [outlet]
    chain = outlets if claimant is None else [claimant[0], *outlets]
    claim = {"id": f"{aid}:c0", "sentence": "s", "start": 0, "end": 1, "quote": False,
             "cue": None, "hedge": None, "chain": chain, "figures": [],
             "claimant": None if claimant is None else mention(*claimant)}
    evs = []
    for i, ev in enumerate(events):
        evs.append({"id": f"{aid}:e{i}", "type": "ASSAULT", "mode": None, "actor": None,
                    "target": None, "place": SARAQIB, "date": "2020-02-10",
                    "date_precision": "day", "figures": [], "claim_id": claim["id"],
                    "sentence": "s", "negated": False, "hypothetical": False, **ev})
    return {"id": aid, "outlet": outlet, "original_outlet": original_outlet,
            "published": published, "duplicate_of": duplicate_of, "text": "",
            "actors": [], "claims": [claim], "events": evs}


def test_same_place_and_day_across_articles_is_one_incident():
    arts = [article("a", "Zero Hedge", [{"figures": [killed(5)]}]),
            article("b", "South Front", [{"figures": [killed(5)]}])]
    incs = build_incidents(arts)
    assert len(incs) == 1
    assert incs[0]["articles"] == ["a", "b"]


def test_nearby_towns_join_but_distant_ones_do_not():
    # Taftanaz is ~15 km from Saraqib; Qamishli ~400 km away
    arts = [article("a", "X", [{}]), article("b", "Y", [{"place": TAFTANAZ}]),
            article("c", "Z", [{"place": QAMISHLI}])]
    sizes = sorted(len(i["articles"]) for i in build_incidents(arts))
    assert sizes == [1, 2]


def test_admin1_place_joins_a_town_inside_it_and_country_joins_nothing():
    assert places_compatible(IDLIB_GOV, SARAQIB)
    assert not places_compatible(IDLIB_GOV, QAMISHLI)
    assert not places_compatible(SYRIA, SARAQIB)


def test_dates_a_week_apart_are_different_incidents():
    arts = [article("a", "X", [{"date": "2020-02-03"}]), article("b", "Y", [{}])]
    assert len(build_incidents(arts)) == 2


def test_undated_event_falls_in_the_week_before_publication():
    arts = [article("a", "X", [{"date": None, "date_precision": None}], published="2020-02-11"),
            article("b", "Y", [{}])]
    assert len(build_incidents(arts)) == 1


def test_incompatible_types_do_not_merge_but_assault_and_fight_do():
    arts = [article("a", "X", [{"type": "CONSULT"}]), article("b", "Y", [{"type": "FIGHT"}]),
            article("c", "Z", [{}])]
    incs = build_incidents(arts)
    # CONSULT is a statement type, not clustered at all
    assert [len(i["events"]) for i in incs] == [2]


def test_hypothetical_and_negated_events_make_no_incident():
    arts = [article("a", "X", [{"hypothetical": True}, {"negated": True}])]
    assert build_incidents(arts) == []


def test_five_versus_six_is_a_contradiction_with_both_values():
    arts = [article("a", "Zero Hedge", [{"figures": [killed(5)]}, {"figures": [killed(6)]}])]
    (inc,) = build_incidents(arts)
    assert inc["contradictions"] == [
        {"category": "killed", "values": ["5", "6"], "claimants": ["Zero Hedge"]}]


@pytest.mark.parametrize("a,b", [
    (killed(5, low=5), killed(14)),            # "at least 5" is compatible with 14
    ({**killed(1000), "approx": True}, killed(980)),   # "nearly 1,000" vs 980
    (killed(2750, low=2500, high=3000), killed(2600)),  # inside a range
])
def test_compatible_figures_are_not_contradictions(a, b):
    arts = [article("a", "X", [{"figures": [a]}, {"figures": [b]}])]
    assert build_incidents(arts)[0]["contradictions"] == []


def test_figures_are_kept_per_claimant_with_bounds_and_articles():
    arts = [article("a", "Zero Hedge", [{"figures": [killed(5)]}],
                    claimant=("Turkish Defence Ministry", "turkey")),
            article("b", "South Front", [{"figures": [killed(5, low=5)]}])]
    (inc,) = build_incidents(arts)
    rows = {(f["claimant"], f["category"]): f for f in inc["figures"]}
    assert rows[("Turkish Defence Ministry", "killed")]["low"] == 5
    assert rows[("Turkish Defence Ministry", "killed")]["high"] == 5
    assert rows[("Turkish Defence Ministry", "killed")]["side"] == "turkey"
    assert rows[("South Front", "killed")]["high"] is None  # "at least": open upwards
    assert rows[("South Front", "killed")]["articles"] == ["b"]


def test_corroboration_single_same_and_cross_side():
    one = [article("a", "X", [{}], claimant=("Turkish MoD", "turkey"))]
    assert build_incidents(one)[0]["corroboration"] == "single-source"
    same = one + [article("b", "Y", [{}], claimant=("Anadolu", "turkey"))]
    assert build_incidents(same)[0]["corroboration"] == "same-side"
    cross = one + [article("c", "Z", [{}], claimant=("SANA", "syria_gov"))]
    assert build_incidents(cross)[0]["corroboration"] == "cross-side"


def test_syndicated_copies_count_once_for_corroboration():
    # b is a linked copy of a: the same outlet voice twice is still a single source
    arts = [article("a", "South Front", [{}]),
            article("b", "South Front", [{}], duplicate_of="a")]
    (inc,) = build_incidents(arts)
    assert len(inc["articles"]) == 2
    assert inc["corroboration"] == "single-source"


def test_incident_ids_are_stable_under_reordering():
    arts = [article("a", "X", [{}]), article("b", "Y", [{}])]
    assert build_incidents(arts)[0]["id"] == build_incidents(arts[::-1])[0]["id"]


def test_framing_credits_reposts_to_the_author_and_keeps_scare_quotes():
    text = "The ‘Assad regime’ fled. The Syrian Army advanced."
    art = article("a", "Global Research", [], original_outlet="South Front")
    art["text"] = text
    art["actors"] = [
        {"text": "Assad regime", "start": 5, "end": 17, "actor_id": "syr-gov", "name": "Syria",
         "country": "SYR", "sector": "GOV", "side": "syria_gov"},
        {"text": "Syrian Army", "start": 30, "end": 41, "actor_id": "syr-army", "name": "SAA",
         "country": "SYR", "sector": "MIL", "side": "syria_gov"}]
    (row,) = outlet_framing([art])
    assert row["outlet"] == "South Front"
    assert row["terms"] == {"‘Assad regime’": 1, "Syrian Army": 1}
    assert row["labels"]["syr-gov"] == {"‘Assad regime’": 1}


def test_a_repost_and_its_original_are_one_voice():
    # the same South Front text read on Global Research and on South Front, not near-identical
    arts = [article("a", "South Front", [{}]),
            article("b", "Global Research", [{}], original_outlet="South Front")]
    assert build_incidents(arts)[0]["corroboration"] == "single-source"
