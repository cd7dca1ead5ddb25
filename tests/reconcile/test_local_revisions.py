"""Two local voices are one voice revising its toll only when they are one group or both the
people where it happened (reconcile/revision_rules.one_local_voice): "local officials" and
"residents and community leaders" counting apart are no revision of each other; witnesses then
survivors are. Names and sentences are made up; the articles are at Saraqib, Syria,
whose pack side is `syria_gov`."""

from __future__ import annotations

from .test_disputes import one
from .test_local_side import state, voice


def _local(inc: dict) -> list[list[str]]:
    return [r["values"] for r in inc["revisions"] if r["side"] == "local"]


def test_two_differently_named_local_groups_make_no_revision():
    # "More than 120 died, local officials said." / next day: "Residents and community
    # leaders counted 170 bodies."
    inc = one([state("a", 40, "2020-02-11"),
               voice("b", "Local officials", 120, "2020-02-11"),
               voice("c", "residents and community leaders", 170, "2020-02-12")])
    assert {f["side"] for f in inc["figures"]} >= {"local"}
    assert _local(inc) == []


def test_one_local_group_raising_its_count_still_revises():
    inc = one([state("a", 40, "2020-02-11"),
               voice("b", "local officials", 120, "2020-02-11"),
               voice("c", "a local official", 170, "2020-02-12")])
    assert _local(inc) == [["120", "170"]]


def test_the_same_ministry_raising_its_toll_still_revises():
    inc = one([state("a", 30, "2020-02-11"), state("b", 45, "2020-02-12")])
    assert [r["values"] for r in inc["revisions"]] == [["30", "45"]]


def test_local_voices_are_one_voice_by_head_or_name():
    from fogofwar.reconcile.revision_rules import one_local_voice
    assert one_local_voice("two eyewitnesses", "witnesses")
    # one survivor is a voice of his own, not the survivors' (revision_rules._lone_person)
    assert not one_local_voice("survivors of the blast", "a survivor")
    assert one_local_voice("survivors of the blast", "survivors")
    assert one_local_voice("residents", "residents and local officials")  # one names the other
    assert not one_local_voice("local officials", "residents and community leaders")
    assert one_local_voice("two witnesses", "survivors")  # the people's own voices
    assert not one_local_voice("local sources", "a local official")
    assert not one_local_voice("council officials", "villagers")


def test_witnesses_then_survivors_are_the_peoples_toll_rising():
    inc = one([state("a", 40, "2020-02-11"),
               voice("b", "two witnesses", 60, "2020-02-11"),
               voice("c", "survivors", 75, "2020-02-12")])
    assert _local(inc) == [["60", "75"]]
