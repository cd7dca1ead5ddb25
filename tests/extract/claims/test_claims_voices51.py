"""Round voices51: words before a report noun that the tagger took for a name ("Sketchy
reports reaching the capital indicated …") are no speaker, and a civil body named after its
land ("The Malawi Human Rights NGO Forum said …") is that body, not the land's state.
Sentences and names are our own."""

from __future__ import annotations

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article

LEAD = ("Colonel Ramos said there was no firm count yet. But based on accounts of soldiers "
        "sent to the site, some of the dead were burned, said Ramos.\n\n")


def _claimants(text: str) -> list[tuple[str | None, str | None]]:
    art = analyse_batch([Article(id="s1", source="test", text=text, outlet="Test Wire")])[0]
    return [(c.claimant.text, c.claimant.sector) for c in art.claims
            if c.claimant and not c.narrator]


@pytest.mark.parametrize(("sentence", "word"), [
    ("Sketchy reports reaching the provincial capital indicated that some of the villagers "
     "were shot while others were beaten.", "Sketchy"),
    ("Conflicting reports reaching the capital suggested that 12 villagers were shot.",
     "Conflicting"),
])
def test_an_adjective_read_as_a_name_before_reports_is_no_speaker(sentence, word):
    said = _claimants(LEAD + sentence)
    assert (word, None) not in said
    assert any(text.startswith(word + " reports") for text, _ in said), said


def test_a_named_author_of_reports_still_speaks():
    said = _claimants("Troops fired on marchers on Monday.\n\nUN reports said 12 people were "
                      "killed in the town.")
    assert any("UN" in text for text, _ in said), said


@pytest.mark.parametrize("sentence", [
    "The Malawi Human Rights NGO Forum said six marchers were killed, while police said two "
    "died.",
    "The Mali Rights Group Network said 30 villagers were killed in the raid on Tuesday.",
])
def test_a_civil_body_named_after_its_land_is_no_state(sentence):
    said = _claimants("Police fired on marchers on Monday.\n\n" + sentence)
    assert not [s for s in said if s[1] == "GOV" and "Forum" not in s[0]
                and "Network" not in s[0] and s[0] != "police"], said
    assert any(("Forum" in t or "Network" in t) for t, _ in said), said
