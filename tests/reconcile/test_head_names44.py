"""A body's name cut to its head noun on second mention (round voices44): "the Observatory"
after "the Syrian Observatory for Human Rights", "the League" after "the Togolese League of
Human Rights" is the same voice, one row (voices._names, fuller_names). Names written for
these tests."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.claimant_names import with_fuller_names
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.voices import fuller_names


def ref(claimant: str, side: str | None) -> EventRef:
    return EventRef({}, "a", "a", claimant, side, None, "violence")


def test_the_head_noun_of_a_body_named_before_a_preposition_is_that_body():
    refs = [ref("the Observatory", None), ref("Sahel Observatory for Human Rights", None)]
    assert fuller_names(refs) == {"the Observatory": "Sahel Observatory for Human Rights"}
    assert {r.claimant for r in with_fuller_names(refs)} == {
        "Sahel Observatory for Human Rights"}


def test_a_head_with_its_modifier_is_the_body_too():
    refs = [ref("Observatory", None), ref("the Sahel Observatory", None),
            ref("Sahel Observatory for Human Rights", None)]
    assert set(fuller_names(refs).values()) == {"Sahel Observatory for Human Rights"}


@pytest.mark.parametrize("names", [
    # two bodies with that head: no telling which
    ["the League", "the League of Free Voters", "the Patriotic League for Renewal"],
    # the head is a generic word ("ministry"): no name of its own
    ["the Ministry", "Ministry of Mines"],
    # the short name stands after the preposition: what the body is for, not the body
    ["Human Rights", "Sahel Observatory for Human Rights"],
])
def test_no_head_name_where_it_does_not_single_one_body_out(names):
    assert fuller_names([ref(n, None) for n in names]) == {}
