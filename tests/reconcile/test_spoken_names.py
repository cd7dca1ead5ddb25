"""A figure row keeps the claimant's name as its page wrote it among its `spellings` when the
packs key the claimant by another name (issue 14): a reader, and a reader's search, meet
"the Marsh Brigades" where the row says "Marsh Liberation Front". Names written for these
tests."""

from __future__ import annotations

from fogofwar.reconcile.described import spoken_as

from .helpers import article, killed
from .test_disputes import one


def written(art: dict, text: str) -> dict:
    """The article with its claim's claimant mention written as `text`."""
    (claim,) = art["claims"]
    claim["claimant"] = {**claim["claimant"], "text": text, "end": len(text)}
    return art


def test_a_row_keeps_the_name_the_page_wrote():
    inc = one([written(article("a", "X", [{"figures": [killed(14, counts="people")]}],
                               claimant=("Marsh Liberation Front", "marsh")),
                       "Marsh Brigades")])
    (row,) = inc["figures"]
    assert row["claimant"] == "Marsh Liberation Front"
    assert row["spellings"] == ["Marsh Brigades"]


def test_a_generic_or_equal_mention_adds_no_spelling():
    claim = {"chain": ["Marsh Liberation Front", "X"], "start": 0,
             "claimant": {"text": "the group", "start": 0}, "figures": []}
    assert spoken_as(claim, "Marsh Liberation Front") is None
    claim["claimant"]["text"] = "Marsh Liberation Front"
    assert spoken_as(claim, "Marsh Liberation Front") is None
    claim["claimant"]["text"] = "Marsh Brigades"
    assert spoken_as(claim, "Marsh Liberation Front") == "Marsh Brigades"


def test_a_role_whose_source_names_its_holder_is_keyed_by_the_holder():
    from fogofwar.reconcile.described import role_in_source

    def src(text: str) -> dict:
        return {"source": {"text": text}}

    assert role_in_source("the Interior Minister of", src(
        "the Interior Minister of Kelso, Anna Petrova")) \
        == "Interior Minister of Kelso, Anna Petrova"
    assert role_in_source("Deputy Head", src(
        "Deputy Head of the Governor's Office Ivo Marek")) \
        == "Deputy Head of the Governor's Office Ivo Marek"
    # a body served, a place, two sources or no holder: the role stays as it is
    for role, text in (("press service", "the press service of the Ministry of Ports"),
                       ("Health authorities", "Health authorities in Upper Kelso"),
                       ("spokesman", "a spokesman and Ivo Marek"),
                       ("agency", "the agency")):
        assert role_in_source(role, src(text)) == role, text


def test_a_described_bodys_row_keeps_the_bodys_name_among_its_spellings():
    text = "Relief Without Frontiers ran the clinic. Nine staff died, the charity said."
    art = article("a", "X", [{"figures": [killed(9, counts="staff")]}],
                  claimant=("charity", None), text=text)
    art["actors"] = [{"text": "Relief Without Frontiers", "start": 0, "end": 24,
                      "actor_id": None, "name": None, "sector": "NGO", "country": None}]
    (claim,) = art["claims"]
    at = text.index("the charity")
    claim["claimant"] = {"text": "the charity", "start": at, "end": at + 11,
                         "actor_id": None, "name": None, "sector": None, "country": None,
                         "side": None}
    (row,) = one([art])["figures"]
    assert (row["claimant"], row["spellings"]) == ("charity", ["Relief Without Frontiers"])
