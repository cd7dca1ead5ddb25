"""Shared by the events tests that run invented sentences through the whole pipeline, as one
article of a fictional wire."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.extract import extract_claims, extract_events
from fogofwar.records import Article, DateRef

from ..conftest import article, mention

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


def dated_events(nlp, text: str, dates) -> list:
    """The events of `text` with the Syrian Army as its one actor and `dates` (text, date,
    precision) as its date mentions: the date rules alone, without the resolver's reading."""
    doc, art = nlp(text), article(text)
    mentions = [mention(text, "Syrian Army", "SYR_MIL", "Syrian Army", "SYR", "MIL")]
    refs = [DateRef(d, text.find(d), text.find(d) + len(d), v, p) for d, v, p in dates]
    claims = extract_claims(doc, art, mentions, ())
    return extract_events(doc, art, claims, mentions, [], refs, ())
