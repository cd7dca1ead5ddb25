"""An office followed by a named person set off by commas gives the person as the speaker
(issue 14, round sides22): "said the UN human rights commissioner, Lea Marten," is Marten's
claim, as the gold and a reader name it; the office alone stays the speaker where no person
follows. An event's noun ("the massacre") is never a speaker, though a headline's parse may
make it the subject of a cue verb. Texts were written for these tests and go through the
whole pipeline as articles of the fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "holder": ("At least 40 villagers were killed in the raid, said the United Nations High "
               "Commissioner for Refugees, Lea Marten, in a statement on Monday."),
    "event_noun": "Tamali massacre in the village of oru ngo reports 40 dead",
    "office": ("At least 40 villagers were killed in the raid, said the United Nations High "
               "Commissioner for Refugees in a statement on Monday."),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_claims(tmp_path_factory.mktemp("office_holder"), TEXTS, OUTLET)


def test_an_office_then_its_holder_gives_the_holder_as_speaker(claims):
    claim = claim_on(claims["holder"], "villagers were killed")
    assert claimant_text(claim) == "Lea Marten"


def test_an_office_with_no_holder_named_stays_the_speaker(claims):
    claim = claim_on(claims["office"], "villagers were killed")
    assert "Commissioner" in claimant_text(claim) or "United Nations" in claimant_text(claim)


def test_an_event_noun_is_no_speaker(claims):
    assert not any("massacre" in claimant_text(c) for c in claims["event_noun"])
