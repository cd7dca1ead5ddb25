"""Which voices can dispute a toll (reconcile/disputes.py `disputing`, issue 14): two known
sides, or a side against a named source of no side; not one side's voices, not two sources of no
side, not a source named only by what it is, not an outlet narrating the toll a named source
gives or the same toll at another moment. Names and sentences are written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.disputes import named

from .helpers import article, killed
from .test_disputes import civilians, one

EASTLAND = ("Eastland interior ministry", "east")
WESTLAND = ("Westland army command", "west")


def militants(n: float, **kw) -> dict:
    return killed(n, counts="militants", **kw)


def pairs(inc: dict) -> list[tuple[str, ...]]:
    return sorted(tuple(p["claimants"]) for c in inc["contradictions"] for p in c["pairs"])


def test_two_voices_of_one_side_dispute_nothing():
    # a hospital's count of the bodies it received beside the ministry's toll, one article
    inc = one([article("a", "Daily Tide", [{"figures": [civilians(60)]}],
                       claimant=("Central Hospital of Eastland", "east")),
               article("b", "Daily Tide", [{"figures": [civilians(85)]}], claimant=EASTLAND)])
    assert inc["contradictions"] == []


def test_two_known_sides_dispute():
    inc = one([article("a", "X", [{"figures": [civilians(85)]}], claimant=EASTLAND),
               article("b", "Y", [{"figures": [civilians(3)]}], claimant=WESTLAND)])
    assert pairs(inc) == [("Westland army command", "Eastland interior ministry")]


def test_a_named_source_of_no_side_disputes_a_side_an_unnamed_one_does_not():
    for claimant, disputes in ((("Kelso Relief Mission", None), True),
                               (("an official", None), False), (("others", None), False)):
        inc = one([article("a", "X", [{"figures": [civilians(85)]}], claimant=EASTLAND,
                           published="2020-02-10"),
                   article("b", "Y", [{"figures": [civilians(20)]}], claimant=claimant,
                           published="2020-02-12")])
        assert bool(inc["contradictions"]) is disputes, claimant
    assert named("M23") and named("Kelso Relief Mission")
    assert not named("the latest data") and not named("the Minister of Internal Affairs of")


def test_an_outlet_narrating_what_a_named_source_gives_relays_it():
    # the outlet's "600" is the ministry's 600 of another report: no dispute with the mayor,
    # whose "no casualties" names no class (a 0 of civilians would not dispute 600 soldiers)
    inc = one([article("a", "X", [{"figures": [killed(600, low=600)]}], claimant=WESTLAND),
               article("b", "Y", [{"figures": [killed(600, low=600)]}]),
               article("c", "Z", [{"figures": [killed(0, high=0, counts=None)]}],
                       claimant=("Eastland city mayor", "east"))])
    assert pairs(inc) == [("Eastland city mayor", "Westland army command")]


def test_an_outlet_narrating_an_earlier_toll_is_no_dispute():
    # the outlet's 21 of the first day, the governor's 45 two days on: one toll rising
    inc = one([article("a", "X", [{"figures": [civilians(21)]}], published="2020-02-10"),
               article("b", "Y", [{"figures": [civilians(45)]}], claimant=EASTLAND,
                       published="2020-02-12")])
    assert inc["contradictions"] == []


def test_militants_against_civilians_across_sides_dispute_who_died():
    # "at least 19 militants among the dead" and "about 90 civilians": both counts could hold
    inc = one([article("a", "X", [{"figures": [militants(19, low=19)]}], claimant=WESTLAND),
               article("b", "Y", [{"figures": [civilians(90)]}], claimant=EASTLAND)])
    assert [c["category"] for c in inc["contradictions"]] == ["killed"]
    # one side's own two counts of two classes are two counts
    inc = one([article("a", "X", [{"figures": [militants(19, low=19)]}], claimant=WESTLAND),
               article("b", "Y", [{"figures": [civilians(90)]}],
                       claimant=("Westland press office", "west"))])
    assert inc["contradictions"] == []


def test_counts_of_missiles_are_not_disputed():
    three = {**killed(3, counts="missiles"), "category": "strikes"}
    seven = {**killed(7, counts="missiles"), "category": "strikes"}
    inc = one([article("a", "X", [{"figures": [three]}], claimant=EASTLAND),
               article("b", "Y", [{"figures": [seven]}], claimant=WESTLAND)])
    assert inc["contradictions"] == []


def test_a_named_source_of_no_side_is_its_own_voice_in_revisions():
    # a relief group's 30, then outlets' 50 and 70: the outlets' toll rose, the group's did not
    inc = one([article("a", "X", [{"figures": [civilians(30)]}],
                       claimant=("Kelso Relief Mission", None), published="2020-02-10"),
               article("b", "Y", [{"figures": [civilians(50)]}], published="2020-02-11"),
               article("c", "Z", [{"figures": [civilians(70)]}], published="2020-02-12")])
    assert [(r["claimants"], r["values"]) for r in inc["revisions"]] == [(["Y", "Z"],
                                                                           ["50", "70"])]


def test_a_wave_of_attacks_toll_is_no_incident_toll():
    from fogofwar.reconcile.incidents import is_running_total

    assert is_running_total("The strike on the depot was part of a broader assault on the "
                            "region, resulting in over 30 deaths.")
    assert is_running_total("Some 14 rebels were killed as troops waged raids across the country.")
    assert not is_running_total("Some 14 rebels were killed as troops raided the camp.")
    # the war's day count or start, a campaign of a year: the war's story, not the incident's
    assert is_running_total("Friday marks the 40th day of war between Eastland and the Front, "
                            "which began on March 2 after a raid which left 300 dead.")
    assert is_running_total("The Front has fired rockets for more than a year at border towns.")
    assert not is_running_total("On Friday the Front fired rockets at two border towns, "
                                "killing 3.")


def test_an_outlets_row_of_a_toll_a_named_source_gave_elsewhere_is_that_sources():
    inc = one([article("a", "Morning Ledger", [{"figures": [civilians(25)]}]),
               article("b", "Y", [{"figures": [civilians(25)]}],
                       claimant=("Eastland rail operator", "east"))])
    assert [f["claimant"] for f in inc["figures"]] == ["Eastland rail operator"]
    # an outlet's own toll of another value is no claimant's row either where a source gives
    # the category's toll (summary.incident_figures): it is the page's report, not a voice
    inc = one([article("a", "Morning Ledger", [{"figures": [civilians(31)]}]),
               article("b", "Y", [{"figures": [civilians(25)]}],
                       claimant=("Eastland rail operator", "east"))])
    assert [f["claimant"] for f in inc["figures"]] == ["Eastland rail operator"]


def strikes(n: float) -> dict:
    return {**killed(n, counts="missiles"), "category": "strikes"}


def test_counts_of_missiles_are_no_revision():
    # two reports counting two and three missiles count different things, not a rising toll
    inc = one([article("a", "X", [{"figures": [strikes(2)]}], claimant=EASTLAND,
                       published="2020-02-10"),
               article("b", "Y", [{"figures": [strikes(3)]}], claimant=EASTLAND,
                       published="2020-02-11")])
    assert inc["revisions"] == []
    inc = one([article("a", "X", [{"figures": [civilians(2)]}], claimant=EASTLAND,
                       published="2020-02-10"),
               article("b", "Y", [{"figures": [civilians(3)]}], claimant=EASTLAND,
                       published="2020-02-11")])
    assert [r["values"] for r in inc["revisions"]] == [["2", "3"]]


def test_hospital_sources_name_no_source():
    # "hospital sources said" and "medics said" say what the source is, not which one
    assert not named("hospital sources") and not named("medics")
    assert named("the Kelso General Hospital")


def medium(art: dict) -> dict:
    """The article's claimant made a news medium the outlets pack knows (sector MED)."""
    art["claims"][0]["claimant"]["sector"] = "MED"
    return art


def test_a_news_medium_named_as_source_reports_a_toll_it_is_no_party():
    # "the Kelso Wire news service said 40 died" beside the ministry's 35 of another page: the
    # medium reports the toll known when it wrote, it does not dispute the ministry's
    inc = one([article("a", "X", [{"figures": [civilians(35)]}], claimant=EASTLAND),
               medium(article("b", "Y", [{"figures": [civilians(40)]}],
                              claimant=("Kelso Wire", None)))])
    assert inc["contradictions"] == []
    # the same name as a source of its own (no medium) still disputes the side's toll
    inc = one([article("a", "X", [{"figures": [civilians(35)]}], claimant=EASTLAND,
                       published="2020-02-12"),
               article("b", "Y", [{"figures": [civilians(80)]}],
                       claimant=("Kelso Relief Mission", None), published="2020-02-10")])
    assert pairs(inc) == [("Eastland interior ministry", "Kelso Relief Mission")]


def casualties(n: float, **kw) -> dict:
    return {**killed(n, counts="casualties", **kw), "category": "other"}


def test_a_count_of_casualties_caps_the_dead():
    # "casualties were in the dozens" (24-99) says the dead were fewer than the other side's 115
    inc = one([article("a", "X", [{"figures": [civilians(115)]}], claimant=EASTLAND),
               article("b", "Y", [{"figures": [casualties(24, low=24, high=99)]}],
                       claimant=WESTLAND)])
    assert pairs(inc) == [("Westland army command", "Eastland interior ministry")]
    # 120 casualties hold 40 dead; at least 40 casualties cap nothing; no revision either way
    for fig in (casualties(120, low=120, high=120), casualties(40, low=40)):
        inc = one([article("a", "X", [{"figures": [civilians(40)]}], claimant=EASTLAND),
                   article("b", "Y", [{"figures": [fig]}], claimant=WESTLAND)])
        assert inc["contradictions"] == [] and inc["revisions"] == []


def test_a_statement_with_its_own_dead_is_read_by_them():
    # "200 casualties, 50 of them dead": the statement's toll is its 50 dead
    inc = one([article("a", "X", [{"figures": [casualties(200, low=200, high=200),
                                                civilians(50)]}], claimant=WESTLAND),
               article("b", "Y", [{"figures": [civilians(50)]}], claimant=EASTLAND)])
    assert inc["contradictions"] == []


def test_a_count_of_bodies_is_a_floor_of_the_dead():
    # "the hospital received 60 bodies" beside the other side's 85: at least 60, no dispute
    bodies = killed(60, counts="bodies")
    inc = one([article("a", "X", [{"figures": [bodies]}], claimant=("Kelso Relief Mission", None)),
               article("b", "Y", [{"figures": [civilians(85)]}], claimant=EASTLAND)])
    assert inc["contradictions"] == []
    # a higher count of bodies still disputes a lower toll
    inc = one([article("a", "X", [{"figures": [killed(90, counts="bodies")]}],
                       claimant=("Kelso Relief Mission", None)),
               article("b", "Y", [{"figures": [civilians(20)]}], claimant=EASTLAND)])
    assert pairs(inc) == [("Eastland interior ministry", "Kelso Relief Mission")]


def test_a_toll_under_an_earlier_cap_is_no_revision():
    # "up to 100" then "about 100" from one side: the second says what the first allowed
    up_to = killed(100, low=0, high=100, counts="people")
    inc = one([article("a", "X", [{"figures": [up_to]}], claimant=EASTLAND,
                       published="2020-02-10"),
               article("b", "Y", [{"figures": [killed(100, approx=True, counts="people")]}],
                       claimant=EASTLAND, published="2020-02-11")])
    assert inc["revisions"] == []
    # past the cap it moved
    inc = one([article("a", "X", [{"figures": [up_to]}], claimant=EASTLAND,
                       published="2020-02-10"),
               article("b", "Y", [{"figures": [civilians(130)]}], claimant=EASTLAND,
                       published="2020-02-11")])
    assert [r["values"] for r in inc["revisions"]] == [["<=100", "130"]]


def test_a_page_narrating_a_lower_count_beside_a_sides_toll_tells_a_part():
    # one page: the ministry's 40 dead, and in its own words "three died at the depot"
    page = article("a", "Morning Ledger", [{"figures": [civilians(40)]}], claimant=EASTLAND)
    own = article("a", "Morning Ledger", [{"figures": [civilians(3)]}])
    page["claims"].append({**own["claims"][0], "id": "a:c1", "start": 100})
    page["events"].append({**own["events"][0], "id": "a:e9", "claim_id": "a:c1"})
    other = article("b", "Y", [{"figures": [civilians(5)]}], claimant=WESTLAND)
    inc = one([page, other])
    assert pairs(inc) == [("Westland army command", "Eastland interior ministry")]
    # a higher count in the page's own words beside the side's still disputes it
    page["events"][-1]["figures"] = [civilians(32, low=32)]
    page["events"][0]["figures"] = [civilians(5)]
    inc = one([page])
    assert pairs(inc) == [("Eastland interior ministry", "Morning Ledger")]


def two_statements(outlet: str, first: dict, second: dict) -> dict:
    """One page narrating two figures in two statements of its own."""
    page = article("a", outlet, [{"figures": [first]}])
    page["claims"].append({**page["claims"][0], "id": "a:c1", "start": 100})
    page["events"].append({**page["events"][0], "id": "a:e9", "claim_id": "a:c1",
                           "figures": [second]})
    return page


def test_one_voice_giving_a_toll_and_a_part_of_it_on_one_page_disputes_nothing():
    # a page narrating "at least 21 died" and "three died at the camp": a toll and a part
    inc = one([two_statements("Morning Ledger", civilians(21, low=21), civilians(3))])
    assert inc["contradictions"] == []
    # "five" and "six" for one clash are still two values at once (the seeds)
    inc = one([two_statements("Morning Ledger", civilians(5), civilians(6))])
    assert [c["values"] for c in inc["contradictions"]] == [["5", "6"]]


def test_a_body_named_with_its_country_speaks_for_it_though_the_place_runs_over():
    # the place "The Eastland Republic's" starts before the claimant "Eastland Republic's
    # armed forces" (the tagger kept "The"): still the country the claimant names
    from fogofwar.reconcile.claimant_sides import country_side as _country_side
    from fogofwar.reconcile.incidents import claim_source

    text = "The Eastland Republic's armed forces said 50 civilians were killed."
    who = {"text": "Eastland Republic's armed forces", "start": 4, "end": 36, "actor_id": None,
           "name": None, "country": None, "sector": None, "side": None}
    art = {"outlet": "X", "text": text, "claims": [],
           "places": [{"text": "The Eastland Republic's", "start": 0, "end": 23,
                       "country": "COD"}]}
    claim = {"chain": [who["text"], "X"], "claimant": who, "start": 0}
    assert claim_source(claim, art) == (who["text"], _country_side("COD"))
