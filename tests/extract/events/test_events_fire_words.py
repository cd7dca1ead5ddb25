"""Trigger words for arson and exchanges of fire: "burned houses", "set ablaze", "exchanged
fire", "caught in the crossfire". Whole-pipeline runs on invented sentences; a fire that is
only burning, or a flag burned in a protest, is no assault."""

from __future__ import annotations

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def types(text: str) -> set[str]:
    art = Article(id="f1", source="test", text=text, outlet="Test Wire")
    return {e.type for e in analyse_batch([art])[0].events
            if not e.negated and not e.hypothetical}


@pytest.mark.parametrize("text,kind", [
    ("The gunmen also burned some farmlands and houses in the village, residents said.",
     "ASSAULT"),
    ("Raiders set the market stalls ablaze before fleeing, police said.", "ASSAULT"),
    ("Border guards and the rebel fighters exchanged fire near the crossing on Sunday.",
     "FIGHT"),
])
def test_arson_and_exchanges_of_fire_are_events(text, kind):
    assert kind in types(text)


@pytest.mark.parametrize("text", [
    "Protesters burned tyres and a flag outside the embassy on Friday.",
    "Videos showed a fire burning in a damaged warehouse as smoke rose above it.",
])
def test_burning_that_strikes_nobody_is_no_assault(text):
    assert "ASSAULT" not in types(text)
