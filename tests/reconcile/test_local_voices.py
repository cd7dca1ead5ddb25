"""People of the place named only by what they are ("two witnesses", "survivors",
"villagers") are no named source (round disputes24): like residents and outlets narrating,
they relay one climbing toll between them, so a toll that rises from the witnesses' count one
day to the survivors' the next is a revision. Names and figures are made up."""

from __future__ import annotations

from fogofwar.reconcile.tolls import named

from .helpers import article, killed
from .test_disputes import one


def test_speakers_named_by_their_count_or_kind_name_no_source():
    assert not named("two witnesses")
    assert not named("Survivors")
    assert not named("several villagers")
    assert named("Amadou Kone")


def test_witnesses_then_survivors_raising_the_toll_is_a_revision():
    inc = one([article("a", "Sahel Wire", [{"figures": [killed(40, counts="villagers")]}],
                       claimant=("two witnesses", None), published="2023-05-01"),
               article("b", "Plateau Daily", [{"figures": [killed(55, counts="villagers")]}],
                       claimant=("Survivors", None), published="2023-05-02")])
    assert [r["values"] for r in inc["revisions"]] == [["40", "55"]]
