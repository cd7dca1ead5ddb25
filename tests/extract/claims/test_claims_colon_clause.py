"""A line ending in a colon that is a whole clause of the writer's introduces what follows
itself; an actor inside it is no speaker label. A heading without a verb, or a clause that
speaks or publishes, still names its source. Sentences written for these tests."""

from __future__ import annotations

from fogofwar.extract import extract_claims

from ..conftest import article

OUTLET = "Daily Sun"


def _intro(nlp, line):
    text = f"{line}\n\nNine cranes are idle."
    claims = extract_claims(nlp(text), article(text, OUTLET), [])
    (claim,) = [c for c in claims if c.sentence == line]
    return claim


def test_a_writers_clause_before_a_colon_is_narration(nlp):
    claim = _intro(nlp, "The harbour budget falls far below the level the council promised:")
    assert claim.narrator and claim.chain == [OUTLET]


def test_a_heading_or_a_spoken_clause_keeps_its_source(nlp):
    assert _intro(nlp, "Ministry of Ports on the storm damage:").chain[0] == "Ministry"
    assert _intro(nlp, "Governor Orla Venn made the following comment:").chain[0] \
        == "Governor Orla Venn"
