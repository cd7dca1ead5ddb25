"""A voice the page describes, right after naming it, as tied to the state's opponents speaks as
the opposition (claimant_sides.described_opponent; issue 14, round opened40): "a nurse who works
with the opposition said", "the Teachers' Relief Board, a group associated with the protesters,
said". Names and sentences are written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.claimant_sides import OPPOSITION, claimant_side, described_opponent


def _page(text: str, name: str, country: str | None = None) -> tuple[dict, dict]:
    start = text.index(name)
    m = {"text": name, "start": start, "end": start + len(name), "actor_id": None,
         "name": None, "country": country, "sector": None, "side": None}
    return m, {"text": text, "claims": [], "places": [], "actors": [m]}


def test_a_relative_clause_tying_the_voice_to_the_opposition():
    m, art = _page("Forty marchers were shot dead near the square, a nurse who works with the "
                   "opposition said on Friday.", "nurse")
    assert described_opponent(m, art) and claimant_side(m, art) == OPPOSITION


def test_an_apposition_tying_a_body_to_the_protesters_outweighs_its_demonym():
    # the demonym alone made it the state's voice
    text = ("The Corvanian Teachers' Relief Board, a group associated with the protesters, "
            "said 52 bodies were found.")
    m, art = _page(text, "The Corvanian Teachers' Relief Board", country="SYR")
    assert claimant_side(m, art) == OPPOSITION


def test_no_tie_or_a_denied_one_leaves_the_voice_as_it_was():
    m, art = _page("A nurse at the clinic said forty marchers were shot dead.", "nurse")
    assert not described_opponent(m, art) and claimant_side(m, art) is None
    m, art = _page("Looters, a gang not associated with the protesters, said nothing.",
                   "Looters")
    assert not described_opponent(m, art)


def test_a_pack_actor_keeps_the_packs_reading():
    m, art = _page("The Red Ridge Brigade, a group allied with the opposition, said 9 died.",
                   "The Red Ridge Brigade")
    m["actor_id"] = "red_ridge"
    assert not described_opponent(m, art)


def test_the_oppositions_protesters_and_the_states_people_are_one_toll_in_dispute():
    # "60 protesters" by the opposition against "35 people" by the state: the same dead
    from fogofwar.reconcile.evidence import victim

    from .helpers import article, killed
    from .test_dispute_witnesses import pairs
    from .test_disputes import one
    assert victim(killed(60, counts="protesters"), {})[0] == "civilians"
    inc = one([article("a", "Hill Courier", [{"figures": [killed(60, counts="protesters")]}],
                       claimant=("Mara Oyelu", OPPOSITION), published="2020-02-11"),
               article("b", "Plain Post", [{"figures": [killed(35, counts="people")]}],
                       claimant=("Idlib health directorate", "syria_gov"),
                       published="2020-02-11")])
    assert pairs(inc) == [("Idlib health directorate", "Mara Oyelu")]
