"""A page's outlet of no side narrating a toll that lies within the tolls the sides give (from
the least to the greatest) disputes neither side: it tells one side's toll at some moment, and
the sides are already set against each other (reconcile/moments.among_sided, round pairs19).
Names and figures are written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from fogofwar.reconcile.disputes import Stated, disputing
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.moments import among_sided, sided_values

from .helpers import article
from .test_disputes import civilians, one


def _stated(aid: str, claimant: str, side: str | None, low: float, high: float | None,
            narrated: bool = False) -> Stated:
    ref = EventRef({}, aid, aid, claimant, side, None, "violence")
    if narrated:
        ref = replace(ref, narrated=True)
    return Stated(ref, "killed", (low, high), (None, None), (date(2021, 5, 3), 0))


def test_an_outlet_writing_more_than_a_hundred_beside_the_sides_tolls_disputes_no_side():
    army = _stated("a", "the Northland army", "north", 19, 19)
    ministry = _stated("b", "the Southland health ministry", "south", 90, 110)
    outlet = _stated("c", "Valley Courier", None, 100, None, narrated=True)
    sided = sided_values([army, ministry, outlet])
    assert among_sided(outlet, sided)
    assert not disputing(outlet, army, sided=sided)
    # the sides still dispute each other
    assert disputing(army, ministry, sided=sided)


def test_an_outlet_telling_a_toll_between_one_sides_earlier_and_later_counts_disputes_nothing():
    first = _stated("a", "spokesman Omar Haddad", "south", 20, 20)
    later = _stated("b", "the Southland health ministry", "south", 70, None)
    outlet = _stated("c", "Valley Courier", None, 38, 38, narrated=True)
    sided = sided_values([first, later, outlet])
    assert not disputing(outlet, first, sided=sided)


def test_an_outlets_figure_outside_every_sides_toll_still_disputes():
    first = _stated("a", "spokesman Omar Haddad", "south", 20, 20)
    later = _stated("b", "the Southland health ministry", "south", 30, 30)
    # on the page that gives the spokesman's 20: no toll at another moment
    outlet = _stated("a", "Valley Courier", None, 200, 200, narrated=True)
    sided = sided_values([first, later, outlet])
    assert not among_sided(outlet, sided)
    assert disputing(outlet, first, sided=sided)


def _outlets_and_sides(second_outlet_toll: float) -> dict:
    north = article("a", "Plain Post", [{"figures": [civilians(20)]}],
                    claimant=("Northland army", "north"), published="2020-02-10")
    south = article("b", "Hill Courier", [{"figures": [civilians(90)]}],
                    claimant=("Southland health ministry", "south"), published="2020-02-11")
    first = article("c", "Valley Courier", [{"figures": [civilians(40)]}],
                    published="2020-02-10")
    later = article("d", "Coast Herald", [{"figures": [civilians(second_outlet_toll)]}],
                    published="2020-02-11")
    return one([north, south, first, later])


def test_outlets_retelling_tolls_between_the_sides_make_no_revision_of_their_own():
    inc = _outlets_and_sides(60)
    assert not any({"Valley Courier", "Coast Herald"} & set(r["claimants"])
                   for r in inc["revisions"])
    # the sides' own dispute is still listed
    assert any(set(c["claimants"]) >= {"Northland army", "Southland health ministry"}
               for c in inc["contradictions"])


def test_outlets_toll_rising_past_every_sides_toll_is_still_their_revision():
    inc = _outlets_and_sides(150)
    assert any({"Valley Courier", "Coast Herald"} <= set(r["claimants"])
               for r in inc["revisions"])


def test_a_state_owned_medium_disputes_no_toll_of_its_own_state():
    from fogofwar.reconcile.claimant_sides import country_side, owner_side

    # the outlets pack knows Xinhua as China's state-owned agency; a wire agency is owned by none
    xinhua = {"text": "Xinhua", "actor_id": "xinhua", "sector": "MED", "country": "CHN"}
    assert owner_side(xinhua) == country_side("CHN")
    assert owner_side({"text": "Reuters", "actor_id": "reuters", "sector": "MED"}) is None
    assert owner_side({**xinhua, "sector": "GOV"}) is None
    china, other = country_side("CHN"), "southland"
    # the state's count, given days after the agency's higher one (no toll that rose)
    state = replace(_stated("a", "the Eastland defence ministry", china, 4, 4),
                    when=(date(2021, 5, 6), 0))
    # a later, lower count of the other side (no toll the agency's could have risen from)
    rival = replace(_stated("b", "General Tarn of Southland", other, 1, 1),
                    when=(date(2021, 5, 6), 0))
    agency = replace(_stated("c", "Xinhua", None, 5, 5),
                     ref=replace(EventRef({}, "c", "c", "Xinhua", None, None, "violence"),
                                 media=True, owner=china))
    # "five killed, the agency reported" beside its state's four: no dispute between them;
    # against the other side's count the agency still disputes, as any medium does
    assert not disputing(agency, state)
    assert disputing(agency, rival)
    assert disputing(state, rival)


def _two_outlets(first_day: str | None, second_day: str | None) -> dict:
    first = article("c", "Valley Courier", [{"figures": [civilians(40)]}], published=first_day)
    later = article("d", "Coast Herald", [{"figures": [civilians(60)]}], published=second_day)
    return one([first, later])


def _outlets_revise(inc: dict) -> bool:
    return any({"Valley Courier", "Coast Herald"} <= set(r["claimants"])
               for r in inc["revisions"])


def test_two_outlets_narrating_on_two_days_step_one_toll():
    assert _outlets_revise(_two_outlets("2020-02-10", "2020-02-11"))


def test_two_outlets_narrating_on_one_day_or_undated_make_no_revision():
    # which outlet knew its toll first is unknown: two reports of the toll, not its rise
    assert not _outlets_revise(_two_outlets("2020-02-11", "2020-02-11"))
    assert not _outlets_revise(_two_outlets("2020-02-10", None))
    # nor is it a dispute: outlets narrating are no party to the toll
    assert not _two_outlets("2020-02-10", None)["contradictions"]
