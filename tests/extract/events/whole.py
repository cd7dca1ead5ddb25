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


def done_events(text: str) -> list:
    """The material events of `text` that it tells as done: neither negated nor hypothetical."""
    return [e for e in pipeline_events(text) if e.type in MATERIAL
            and not e.negated and not e.hypothetical]


def raid_article(*lines: str) -> str:
    """An article: a headline and a body paragraph on a raid, then the given lines as
    paragraphs, so the lines are read as a story's later sentences."""
    return "\n\n".join(["Militants raid border post in the east",
                        "Militants raided a border post near Dorvel on Monday, killing three "
                        "guards, officials said.", *lines])
