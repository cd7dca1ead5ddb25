"""A state's record of a toll named by no country speaks for the land's state (round
voices45). Sentences and places are our own.

"According to official figures, 40 soldiers were killed", "Latest official reports put the
death toll at 90", "The official toll puts the number injured at 300": the count is the
state's, of the state the page's places mostly lie in (`home_body_side`, reconcile pack
`official_record_nouns`, `official_record_times`). Left unsided it counted as a witness of
the land, and disputed no one's toll. A record with other words ("official results", "an
official source", "unofficial figures") or one a country names is not read so.
"""

from __future__ import annotations

import pytest

from fogofwar.reconcile.claimant_sides import claimant_side, country_side

from .test_claimant_sides33 import page, speaker

PLACES = [("Kot", "NER", "location"), ("Lora", "NER", "location")]


@pytest.mark.parametrize(("text", "needle"), [
    ("Gunmen stormed a base near Kot and Lora. According to official figures, 40 soldiers "
     "were killed.", "official figures"),
    ("Clashes spread from Kot to Lora. Latest official reports put the death toll at 90.",
     "Latest official reports"),
    ("Clashes spread from Kot to Lora. The official toll puts the number injured at 300.",
     "official toll"),
])
def test_an_official_record_takes_the_lands_state(text, needle):
    art = page(text, places=PLACES)
    assert claimant_side(speaker(art, needle), art) == country_side("NER")


@pytest.mark.parametrize("needle", ["official results", "official source", "unofficial figures"])
def test_other_words_are_no_states_record(needle):
    art = page(f"Clashes spread from Kot to Lora. The {needle} gave 90 dead.", places=PLACES)
    assert claimant_side(speaker(art, needle), art) is None
