"""A page's section label ending in a colon ("The News:", "All about the topic:") opens a list
of links or tags, no statement: its noun is no source (round chainsp22)."""

from __future__ import annotations

import pytest

from fogofwar.extract import extract_claims

from ..conftest import article


@pytest.mark.parametrize("label", ["The News:", "All about the topic:", "Topics:"])
def test_a_section_label_names_no_source(nlp, label):
    text = (f"Four soldiers died in the raid on the depot, the army said.\n\n{label}\n\n"
            "The convoy was hit near the bridge on Monday morning by three rockets.")
    claims = extract_claims(nlp(text), article(text, "Daily Sun"), [])
    assert all(c.narrator or c.chain[0].lower() not in ("news", "topic", "topics")
               for c in claims), [c.chain for c in claims]
