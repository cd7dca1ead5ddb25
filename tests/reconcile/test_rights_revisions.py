"""A side made of bodies and people that each count on their own (the rights side of watchdogs
and rights groups, claimant_sides.WATCHDOG; the local side of residents and witnesses,
local_voices.py) revises a toll only within one of its claimants
(revision_rules.one_rights_voice, one_local_voice): two rights groups' counts, or one
witness's and other witnesses', are two counts, not one toll rising. The side is kept for
contradictions: each still disputes the state's toll. Names and sentences are made up; the
articles are at Saraqib, Syria, whose pack side is `syria_gov`."""

from __future__ import annotations

from fogofwar.reconcile.revision_rules import one_local_voice, one_rights_voice

from .test_disputes import one
from .test_local_side import state, voice


def _revised(inc: dict, side: str) -> list[list[str]]:
    return [r["values"] for r in inc["revisions"] if r["side"] == side]


def _pairs(inc: dict) -> set[tuple[str, ...]]:
    return {tuple(sorted(p["claimants"])) for c in inc["contradictions"] for p in c["pairs"]}


def test_one_rights_group_then_several_make_no_revision():
    # "A local human rights group said 60 people were shot." / next day: "Human rights groups
    # put the toll at 90."
    inc = one([state("a", 40, "2020-02-11"),
               voice("b", "a local human rights group", 60, "2020-02-11"),
               voice("c", "human rights groups", 90, "2020-02-12")])
    assert {f["side"] for f in inc["figures"]} >= {"rights"}
    assert _revised(inc, "rights") == []
    # each group still disputes the directorate's 40, and not the other group's count
    assert _pairs(inc) == {("Idlib health directorate", "a local human rights group"),
                           ("Idlib health directorate", "human rights groups")}


def test_two_named_rights_leagues_make_no_revision():
    inc = one([state("a", 40, "2020-02-11"),
               voice("b", "the Orlan Human Rights League", 60, "2020-02-11"),
               voice("c", "the Vessa Human Rights League", 90, "2020-02-12")])
    assert _revised(inc, "rights") == []


def test_one_rights_group_raising_its_count_still_revises():
    # "A rights group counted 60 dead." / next day: "A local human rights group said the toll
    # had risen to 90."
    inc = one([state("a", 40, "2020-02-11"),
               voice("b", "a rights group", 60, "2020-02-11"),
               voice("c", "a local human rights group", 90, "2020-02-12")])
    assert _revised(inc, "rights") == [["60", "90"]]


def test_one_witness_then_other_witnesses_make_no_revision():
    # "A witness said 60 were hurt." / next day: "Other witnesses spoke of about 900."
    inc = one([state("a", 40, "2020-02-11"),
               voice("b", "a witness", 60, "2020-02-11"),
               voice("c", "other witnesses", 900, "2020-02-12")])
    assert {f["side"] for f in inc["figures"]} >= {"local"}
    assert _revised(inc, "local") == []
    assert ("Idlib health directorate", "other witnesses") in _pairs(inc)


def test_rights_voices_are_one_body_by_name_or_description():
    assert one_rights_voice("the Orlan Human Rights League", "Orlan Human Rights League")
    assert one_rights_voice("the National Human Rights Commission", "the commission")
    assert one_rights_voice("a rights group", "a local human rights group")
    assert one_rights_voice("the Orlan Human Rights League", "the rights group")
    assert not one_rights_voice("human rights groups", "a local human rights group")
    assert not one_rights_voice("the Orlan Human Rights League", "the Vessa Human Rights League")
    assert not one_rights_voice("Ana Morel", "the National Human Rights Commission")
    assert not one_rights_voice("the Orlan Human Rights League", "human rights groups")


def test_one_person_of_the_place_is_a_voice_of_his_own():
    assert not one_local_voice("a witness", "witnesses")
    assert not one_local_voice("an elderly resident", "residents of the quarter")
    assert one_local_voice("a witness", "a witness")
    assert one_local_voice("a community leader", "survivors")  # a leader speaks for them
    assert one_local_voice("a local official", "local officials")  # an office, not a person
