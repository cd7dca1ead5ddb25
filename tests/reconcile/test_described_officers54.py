"""A named person the page calls, in an appositive right after his name, by a state's office
that names no place speaks for the page's land (reconcile/state_body_sides.py:
`described_officer_side`). Sentences are our own."""

from __future__ import annotations

from fogofwar.reconcile.claimant_sides import claimant_side
from fogofwar.reconcile.state_body_sides import land_basis

from .helpers import sides_mention as _mention
from .helpers import sides_page as _page


def test_a_person_described_as_a_spokesman_for_the_police_is_the_lands():
    art = _page("Town, Friday: Peter Odera, a spokesman for the police, said 12 died.")
    assert claimant_side(_mention(art, "Peter Odera"), art) == "ken"


def test_a_person_described_as_the_spokeswoman_of_the_governors_office_is_the_lands():
    art = _page("Town, Friday: 30 died, said Mary Atieno, spokeswoman for the county "
                "governor's office.")
    assert claimant_side(_mention(art, "Mary Atieno"), art) == "ken"


def test_a_minister_so_described_is_the_lands_as_a_land_side():
    art = _page("Town, Friday: John Kamau, the health minister, told state radio 9 died.")
    side = claimant_side(_mention(art, "John Kamau"), art)
    assert side == "ken"
    assert land_basis(side) == "land"


def test_a_union_or_party_officer_is_no_states():
    art = _page("Town, Friday: Ali Hassan, president of the traders' union, said 7 died.")
    assert claimant_side(_mention(art, "Ali Hassan"), art) is None
    art = _page("Town, Friday: Ann Wekesa, a deputy of the opposition, said 70 died.")
    assert claimant_side(_mention(art, "Ann Wekesa"), art) != "ken"


def test_a_rebel_officer_is_no_states():
    art = _page("Town, Friday: Tom Kip, deputy spokesman of the rebels' council, said 5 died.")
    assert claimant_side(_mention(art, "Tom Kip"), art) != "ken"


def test_a_past_office_in_a_relative_clause_is_no_states():
    art = _page("Town, Friday: Tom Kip, who was governor until last year, said 5 died.")
    assert claimant_side(_mention(art, "Tom Kip"), art) is None


def test_a_description_with_no_office_gives_no_side():
    art = _page("Town, Friday: Tom Kip, a shopkeeper near the market, said 5 died.")
    assert claimant_side(_mention(art, "Tom Kip"), art) is None
