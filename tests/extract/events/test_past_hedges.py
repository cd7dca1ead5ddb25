"""A hedged past toll is no hypothetical event (issue 14, round sides22): "as many as 30 people
may have been killed" tells a toll its speaker is unsure of, which the incident's figures and
disputes need; "could have been killed" and "will be attacked" stay hypothetical. Sentences are
written for these tests."""

from __future__ import annotations

from .whole import pipeline_events


def _told(text: str) -> list:
    return [e for e in pipeline_events(text) if e.figures or e.type in ("ASSAULT", "FIGHT")]


def test_may_have_been_killed_is_a_hedged_past_toll():
    found = _told("At least 30 villagers may have been killed in the raid on Tamali, the "
                  "mission said on Monday.")
    assert found and not any(e.hypothetical for e in found)
    assert any(f.value == 30 for e in found for f in e.figures)


def test_could_have_been_killed_and_a_future_attack_stay_hypothetical():
    for text in ("Dozens more could have been killed in the raid on Tamali, the mission said.",
                 "The rebels may attack Tamali again next week, the mission said."):
        found = _told(text)
        assert found and all(e.hypothetical for e in found), text
