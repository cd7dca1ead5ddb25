"""Local voices set against the state (round locals26): where a state's side speaks in an
incident, residents, witnesses and survivors take the side `local`, so their toll disputes the
state's, and chains with other local voices only. Names and sentences are made up; the
articles are at Saraqib, Syria, whose pack side is `syria_gov`."""

from __future__ import annotations

from fogofwar.reconcile.local_voices import is_local_voice, is_state_side

from .helpers import article
from .test_disputes import civilians, one

STATE = ("Idlib health directorate", "syria_gov")


def voice(aid: str, name: str, n: float, day: str = "2020-02-11", outlet: str = "Hill Courier",
          side: str | None = None) -> dict:
    """An article whose claimant the packs do not know (no actor id: no party)."""
    art = article(aid, outlet, [{"figures": [civilians(n)]}], claimant=(name, side),
                  published=day, text=f"{name} said {n:g} people died when shells hit Saraqib.")
    art["claims"][0]["claimant"]["actor_id"] = None
    return art


def state(aid: str, n: float, day: str = "2020-02-11") -> dict:
    return article(aid, "Plain Post", [{"figures": [civilians(n)]}], claimant=STATE,
                   published=day, text=f"The directorate counted {n:g} dead in Saraqib.")


def test_local_voice_names():
    assert is_local_voice("three eyewitnesses")
    assert is_local_voice("the victims' relatives")
    assert is_local_voice("a local council official")
    assert is_local_voice("the village head")
    assert not is_local_voice("the local police")
    assert not is_local_voice("district authorities")
    assert not is_local_voice("Farid Haddad")
    assert not is_local_voice("the victim's family")  # its own dead: a part of the toll


def test_state_sides_are_states_and_their_codes():
    assert is_state_side("syria_gov") and is_state_side("nga")
    assert not is_state_side("local") and not is_state_side("ttp") and not is_state_side(None)


def test_survivors_toll_disputes_the_states_own():
    inc = one([state("a", 30), voice("b", "two survivors", 70)])
    (c,) = inc["contradictions"]
    assert c["claimants"] == ["Idlib health directorate", "two survivors"]
    assert {f["side"] for f in inc["figures"]} == {"syria_gov", "local"}


def test_a_named_resident_stays_a_witness_of_his_side():
    # a person the text names only by his name is no local voice by his words
    inc = one([state("a", 30), voice("b", "Farid Haddad", 70)])
    assert inc["contradictions"] == []


def test_no_state_no_local_side():
    inc = one([voice("a", "two eyewitnesses", 20), voice("b", "Farid Haddad", 70)])
    assert {f["side"] for f in inc["figures"]} == {None}


def test_local_voices_chain_together_not_with_the_state():
    inc = one([state("a", 30, "2020-02-11"), voice("b", "two eyewitnesses", 45, "2020-02-11"),
               voice("c", "relatives of the dead", 60, "2020-02-12"),
               state("d", 35, "2020-02-12")])
    local = [r for r in inc["revisions"] if r["side"] == "local"]
    assert [r["values"] for r in local] == [["45", "60"]]
    assert all(set(r["claimants"]) <= {"Idlib health directorate"}
               for r in inc["revisions"] if r["side"] != "local")


def test_an_outlet_narrating_disputes_no_local_voice():
    narrated = article("b", "Plain Post", [{"figures": [civilians(90)]}], published="2020-02-11",
                       text="Ninety people were killed in Saraqib on Monday.")
    inc = one([state("a", 30), voice("c", "villagers", 45), narrated])
    pairs = {tuple(p["claimants"]) for c in inc["contradictions"] for p in c["pairs"]}
    assert all("villagers" not in p or "Idlib health directorate" in p for p in pairs)


def test_residents_counted_are_no_local_voice():
    # the outlet's own "hundreds of residents fled": the residents are counted, nobody speaks
    fled = article("b", "Plain Post", [{"figures": [{**civilians(300), "counts": "residents",
                                                     "category": "displaced"}]}],
                   published="2020-02-11", text="Hundreds of residents fled Saraqib on Monday.")
    inc = one([state("a", 30), fled])
    assert "local" not in {f["side"] for f in inc["figures"]}
    assert inc["contradictions"] == []


def test_locals_the_packs_key_as_civilians_are_a_local_voice():
    # "Locals said 70 people died": the mention is keyed by the packs' actor "civilians" (a
    # party by its actor id), written "locals": a local voice all the same
    art = article("b", "Hill Courier", [{"figures": [civilians(70)]}],
                  claimant=("civilians", None), published="2020-02-11",
                  text="Locals said 70 people died when shells hit Saraqib.")
    art["claims"][0]["claimant"]["text"] = "Locals"
    inc = one([state("a", 30), art])
    row = next(f for f in inc["figures"] if f["claimant"] == "civilians")
    assert row["side"] == "local" and row.get("spellings") == ["Locals"]
    (c,) = inc["contradictions"]
    assert c["claimants"] == ["Idlib health directorate", "civilians"]
