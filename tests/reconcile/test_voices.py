"""An unsided claimant that is a shorter name of a sided one speaks for that side (reconcile/
voices.py), so one office's rising toll is a revision, not a dispute with itself. Names are
written for these tests, not taken from the dev set."""

from __future__ import annotations

import pytest

from fogofwar.present.export import validate
from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.voices import inherited_sides, name_words, with_inherited_sides

from .helpers import article, killed


def ref(claimant: str, side: str | None) -> EventRef:
    return EventRef({}, "a", "a", claimant, side, None, "violence")


def test_a_shorter_name_of_a_sided_office_takes_its_side():
    refs = [ref("Moldova's Chief Prosecutor's Office", "moldova"),
            ref("the Chief Prosecutor’s Office", None)]
    assert inherited_sides(refs) == {"the Chief Prosecutor’s Office": "moldova"}
    assert [r.side for r in with_inherited_sides(refs)] == ["moldova", "moldova"]


@pytest.mark.parametrize("sided, unsided", [
    ("Ukrainian army", "Ukrainian separatists"),      # adds a word of its own
    ("Israel", "News of Israel"),                     # only repeats the sided name
    ("Russia's defence ministry", "the health ministry"),  # shares a generic word only
])
def test_no_side_from_a_name_that_is_not_a_shorter_one(sided, unsided):
    assert inherited_sides([ref(sided, "x"), ref(unsided, None)]) == {}


def test_two_sides_sharing_the_name_decide_nothing():
    refs = [ref("Gaza municipality spokesman", "palestinian"),
            ref("COGAT Gaza coordinator", "israel"), ref("the Gaza office", None)]
    assert name_words("the Gaza office") == {"gaza"}
    assert inherited_sides(refs) == {}


def test_an_office_revising_its_toll_under_two_names_is_no_contradiction():
    first = article("a", "X", [{"figures": [killed(28, counts="people")]}],
                    claimant=("Moldova's Chief Prosecutor's Office", "moldova"),
                    published="2020-02-10")
    later = article("b", "Y", [{"figures": [killed(35, counts="people")]}],
                    claimant=("the Chief Prosecutor's Office", None), published="2020-02-11")
    (inc,) = build_incidents([first, later])
    validate(inc, "incident")
    assert inc["contradictions"] == []
    (rev,) = inc["revisions"]
    assert rev["values"] == ["28", "35"] and rev["side"] == "moldova"
    assert {f["side"] for f in inc["figures"]} == {"moldova"}
