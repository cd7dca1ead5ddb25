"""A row keyed by the person (or fuller name) reconcile read a role as keeps the role its page
wrote among its spellings (reconcile/described.renamed_role, claimant_names.with_fuller_names,
summary.incident_figures). Names and sentences are made up."""

from __future__ import annotations

from fogofwar.reconcile.claimant_names import with_fuller_names
from fogofwar.reconcile.described import renamed_role
from fogofwar.reconcile.incidents import EventRef

from .helpers import article
from .test_disputes import civilians, one


def _claim(*chain: str) -> dict:
    return {"chain": list(chain), "claimant": {"text": chain[0]}, "figures": []}


def test_a_role_keyed_by_its_holder_is_kept():
    assert renamed_role(_claim("Minister", "Hill Courier"), "Amira Saleh") == "Minister"
    assert renamed_role(_claim("the military", "Hill Courier"), "Northland Army") \
        == "the military"


def test_no_role_no_renaming():
    assert renamed_role(_claim("Minister", "Hill Courier"), "Minister") is None
    assert renamed_role(_claim("Amira Saleh", "Hill Courier"), "Amira Salih") is None
    assert renamed_role(_claim("US", "Hill Courier"), "Northland Army") is None  # too short
    assert renamed_role(_claim("news channel", "Hill Courier"), "Amira Saleh") is None
    assert renamed_role(None, "Amira Saleh") is None


def _ref(claimant: str, source: str | None = None, page: str = "a") -> EventRef:
    return EventRef({}, page, page, claimant, None, None, "g", source_text=source or claimant)


def test_a_voice_read_under_its_fuller_name_keeps_the_name_it_had():
    refs = with_fuller_names([
        _ref("Amira Saleh", "Amira Saleh, the governor of the northern province"),
        _ref("the governor", page="b")])
    by_page = {r.article_id: r for r in refs}
    assert by_page["b"].claimant == "Amira Saleh"
    assert by_page["b"].renamed_from == "the governor"
    assert by_page["a"].renamed_from is None


def test_the_row_lists_the_role_among_its_spellings():
    named = article("a", "Plain Post", [{"figures": [civilians(30)]}],
                    claimant=("Amira Saleh", None),
                    text="Amira Saleh, the governor of Idlib, said 30 people died in Saraqib.")
    named["claims"][0]["source"] = {"text": "Amira Saleh, the governor of Idlib"}
    bare = article("b", "Hill Courier", [{"figures": [civilians(30)]}],
                   claimant=("the governor", None),
                   text="The governor said 30 people died in Saraqib.")
    for art in (named, bare):
        art["claims"][0]["claimant"]["actor_id"] = None
    inc = one([named, bare])
    (row,) = [f for f in inc["figures"] if f["category"] == "killed"]
    assert row["claimant"] == "Amira Saleh"
    assert "the governor" in row.get("spellings", [])
