"""The page's own outlet spelt another way is no relay (round chainsp22).

The dev gold never counts the page's own outlet as an intermediary ("told Rudaw" on Rudaw);
a page often names itself with or without its common nouns, or spaced another way."""

from __future__ import annotations

import pytest

from fogofwar.extract import extract_claims
from fogofwar.extract.claims.own_outlet import names_page_outlet

from ..conftest import article, mention


@pytest.mark.parametrize("outlet, relay", [
    ("Koro News", "Koro News Agency"),
    ("Tala TV", "Tala Digital Media"),
    ("Birdwatchpost", "Bird Watch Post"),
])
def test_the_pages_own_outlet_relays_nothing(nlp, outlet, relay):
    text = f"A district official told {relay} that four strikes hit the depot on Sunday."
    mentions = [mention(text, relay, None, relay, None, "MED")]
    (claim,) = [c for c in extract_claims(nlp(text), article(text, outlet), mentions)
                if not c.narrator]
    assert claim.chain == ["district official", outlet]


@pytest.mark.parametrize("relay, outlet", [
    ("Israel Radio", "Times of Israel"), ("France 24", "France Info"), ("AP", "APA")])
def test_another_outlet_sharing_a_word_still_relays(relay, outlet):
    assert not names_page_outlet(relay, [outlet])
