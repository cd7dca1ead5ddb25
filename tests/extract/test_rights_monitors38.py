"""A rights monitor named after its land is the monitor, not that land's state (round opened38)."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def _claimants(text: str) -> list[tuple[str | None, str | None]]:
    art = analyse_batch([Article(id="s1", source="test", text=text, outlet="Test Wire")])[0]
    return [(c.claimant.text, c.claimant.sector) for c in art.claims if c.claimant]


def test_iran_human_rights_is_an_ngo_not_irans_government():
    said = _claimants("Unrest in the east\n\nGuards shot at marchers in Khash on Friday. Iran "
                      "Human Rights said 17 people were killed, while the governor said six "
                      "died.")
    assert ("Iran Human Rights", "NGO") in said
    assert ("Iran", "GOV") not in said
