"""A speaker's denial of any dead, held by a negated event (round opened55): "the minister
claimed that no one had been killed" is read as a "killed" event that did not happen, carrying
the zero. What did not happen makes no incident, so the zero reached none, and the minister's
denial was no row of the incident the page tells, nor a dispute with the rights group's count.
The negation is the count: the claim's zero is its speaker's toll of the page's event. Names
and sentences are made up for these tests.
"""

from __future__ import annotations

from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.toll_claims import event_free_tolls

from .test_toll_claims import _figure, _rows, _with_toll_claim


def _denial(value: float, text: str) -> dict:
    """The page's report of the shooting, then a minister's sentence whose only event is a
    negated killing carrying the minister's count."""
    sentence = f"The interior minister, Paul Odera, claimed that {text} had been killed."
    art = _with_toll_claim(sentence, _figure(value, text), claimant="Paul Odera")
    art["events"].append({**art["events"][0], "id": "a:e9", "type": "ASSAULT",
                          "negated": True, "claim_id": "a:c1", "sentence": sentence,
                          "figures": [_figure(value, text)]})
    return art


def test_a_denial_of_any_dead_is_the_speakers_zero_row():
    art = _denial(0, "no one")
    assert [c["id"] for c in event_free_tolls(art)] == ["a:c1"]
    (inc,) = build_incidents([art])
    assert ("killed", "Paul Odera", 0, 0) in _rows(inc)


def test_a_nonzero_count_a_negation_carries_stays_the_negations():
    # "claimed that no 300 had been killed": the negation takes the count with it
    assert event_free_tolls(_denial(300, "300 people")) == []
