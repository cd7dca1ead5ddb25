"""A demand of a thing, or a charge that is a rush or an indictment, is no report (issue 14,
stop 43): "as marchers poured in to demand new elections", "farmers demand land reform" state
no fact, nor do "miners who charged a line of officers" (read as accusing, the mine's owner
named before them became the toll's source, the authorities who gave it its relay); the toll
beside them is not theirs (cues pack `verbs_needing_clause`: demand, charge). A demand or a
charge with a clause or a quotation still reports what it says. Sentences written for these
tests."""

from __future__ import annotations

from pathlib import Path

from tests.extract.claims.helpers import exported_claims

HEAD = "LAGOS, May 3 — Troops fired on the crowd on Monday.\n\n"
TEXTS = {
    "purpose": HEAD + "At least 14 people were killed on Friday as marchers poured into the "
                      "capital to demand new elections.",
    "headline": HEAD + "Nine dead as farmers demand land reform.",
    "object": HEAD + "Relatives of the 9 dead demanded an inquiry on Saturday.",
    "clause": HEAD + "The union demanded that the 30 detained workers be freed.",
    "quoted": HEAD + "The party demanded: \"Release the 12 students now.\"",
    "rush": HEAD + "Police officers killed more than 30 striking miners at a Varco Holdings "
                   "copper mine who charged a line of officers, authorities said today.",
    "accused": HEAD + "The opposition charged that 40 people were killed in the raid.",
    "charged": HEAD + "\"They shot 12 of our men,\" the group charged.",
}


def _claimants(tmp_path: Path) -> dict[str, set[str]]:
    claims = exported_claims(tmp_path, TEXTS, "Daily Sun")
    return {k: {(c.get("claimant") or {}).get("text") for c in v if c.get("figures")}
            for k, v in claims.items()}


def test_a_demand_of_a_thing_gives_the_toll_to_no_demander(tmp_path: Path):
    got = _claimants(tmp_path)
    assert "marchers" not in got["purpose"]
    assert "farmers" not in got["headline"]
    assert "Relatives" not in got["object"]


def test_a_demand_with_a_clause_or_a_quotation_still_reports(tmp_path: Path):
    got = _claimants(tmp_path)
    assert "union" in got["clause"]
    assert "party" in got["quoted"]


def test_a_charge_at_the_police_is_no_report_of_the_toll(tmp_path: Path):
    claims = exported_claims(tmp_path, TEXTS, "Daily Sun")
    chains = [c["chain"] for c in claims["rush"] if c.get("figures")]
    assert chains and all("Varco Holdings" not in chain for chain in chains)
    assert any(chain[0] == "authorities" for chain in chains)


def test_a_charge_with_a_clause_or_a_quotation_still_reports(tmp_path: Path):
    got = _claimants(tmp_path)
    assert "opposition" in got["accused"]
    assert "group" in got["charged"]
