"""Shared by the events tests that run invented sentences through the whole pipeline, as one
article of a fictional wire."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article

#: Event types of material acts (what the rounds' rules are about, beside statements).
MATERIAL = ("ASSAULT", "FIGHT", "SEIZE", "COERCE", "MOBILIZE", "RETREAT", "PROTEST", "AID")


def pipeline_events(text: str) -> list:
    """The events of `text` analysed as one article of "Test Wire"."""
    art = Article(id="t1", source="test", text=text, outlet="Test Wire")
    return analyse_batch([art])[0].events
