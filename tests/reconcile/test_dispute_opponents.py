"""A voice the page names as the state's opponents is no witness of its land (moments.witness,
`opposes_state`): an opposition figure's toll disputes the state's own, where a resident's of
the same place would not. Names and sentences are written for these tests; the articles are at
Saraqib, Syria, whose pack side is `syria_gov`."""

from __future__ import annotations

from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.moments import opposes_state

from .helpers import article
from .test_dispute_witnesses import HOME, pairs, witness
from .test_disputes import civilians, one


def _state(n: float) -> dict:
    return article("b", "Plain Post", [{"figures": [civilians(n)]}], claimant=HOME,
                   published="2020-02-11")


def test_opposition_campaigners_dispute_their_own_states_toll():
    # the campaigners count 300 dead where the directorate counts 40: their word against it
    inc = one([witness("a", "opposition campaigners", 300, published="2020-02-11"),
               _state(40)])
    assert pairs(inc) == [("Idlib health directorate", "opposition campaigners")]


def test_a_named_leader_written_as_the_oppositions_disputes_the_state():
    # "Dara Velmin, who leads the banned opposition Green Dawn party, said 300 had died"
    art = witness("a", "Dara Velmin", 300, published="2020-02-11")
    art["claims"][0]["source"] = {"text": "Dara Velmin, who leads the banned opposition "
                                          "Green Dawn party"}
    inc = one([art, _state(40)])
    assert pairs(inc) == [("Idlib health directorate", "Dara Velmin")]


def test_a_resident_of_the_same_place_still_disputes_nothing():
    inc = one([witness("a", "Hamid Tarrab", 300, published="2020-02-11"), _state(40)])
    assert inc["contradictions"] == []


def test_opposes_state_reads_the_name_and_the_written_source():
    def ref(name: str, source: str | None = None) -> EventRef:
        return EventRef({}, "a", "a", name, None, None, "violence", source_text=source)
    assert opposes_state(ref("exiled dissidents"))
    assert opposes_state(ref("Sami Orel", "Sami Orel, an anti-government blogger"))
    assert not opposes_state(ref("Sami Orel", "Sami Orel, a shopkeeper in the market"))
    assert not opposes_state(ref("the provincial governor"))


def test_a_government_in_exile_disputes_the_states_toll():
    # "the Varnish Council, the region's exiled government, said 300 had died": a government
    # in exile opposes the state it fled; it is no witness of its land
    art = witness("a", "Varnish Council", 300, published="2020-02-11")
    art["claims"][0]["source"] = {"text": "the Varnish Council, the region's exiled government"}
    inc = one([art, _state(40)])
    assert pairs(inc) == [("Idlib health directorate", "Varnish Council")]


def test_exile_words_name_the_states_opponents():
    def ref(name: str, source: str | None = None) -> EventRef:
        return EventRef({}, "a", "a", name, None, None, "violence", source_text=source)
    assert opposes_state(ref("Ruritanian", "the Ruritanian government-in-exile in Vienna"))
    assert opposes_state(ref("Ruritanian exile groups"))
    assert opposes_state(ref("Exiled Ruritanians"))
    assert opposes_state(ref("Mara Voss", "Mara Voss, a spokeswoman for exiles in Vienna"))
    assert not opposes_state(ref("Mara Voss", "Mara Voss, a spokeswoman for the city council"))
