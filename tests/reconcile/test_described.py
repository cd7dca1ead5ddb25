"""A claimant described by a noun alone ("the charity said") is the body its page named last
before it (reconcile/described.py): its voice in revisions and disputes, while its figure row
keeps the name as written. Sentences are written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.described import described_body, description_noun, written_as
from fogofwar.reconcile.incidents import claim_source

TEXT = ("Relief Without Frontiers said four of its nurses died when shells hit the clinic in "
        "Obo. Local police said two soldiers were hurt. Later the charity said six had died.")


def mention(text: str, **kw) -> dict:
    at = TEXT.find(text) if text in TEXT else TEXT.rfind(text.split()[-1])
    return {"text": text, "start": at, "end": at + len(text), "actor_id": None, "name": None,
            "country": None, "sector": None, "side": None, **kw}


def article(*actors: dict) -> dict:
    return {"id": "a", "text": TEXT, "actors": list(actors), "places": [], "claims": []}


NGO = mention("Relief Without Frontiers", actor_id="rwf", name="Relief Without Frontiers",
              sector="NGO")
POLICE = mention("Local police", sector="POL", country="CAF")
CHARITY = mention("the charity")


def test_a_described_charity_is_the_last_named_body_of_its_kind():
    art = article(NGO, POLICE)
    assert description_noun(CHARITY) == "charity"
    assert described_body(CHARITY, art) is NGO  # the police, named later, are no charity
    claim = {"chain": ["charity"], "claimant": CHARITY}
    assert claim_source(claim, art)[0] == "Relief Without Frontiers"
    assert written_as(claim, "Relief Without Frontiers", art) == "charity"


def test_a_description_takes_a_body_whose_name_ends_with_it():
    text = "Russia's Investigative Committee said three died. Hours later, the committee said four."
    committee = {"text": "Investigative Committee", "start": 9, "end": 32, "sector": None,
                 "actor_id": None, "name": None}
    described = {"text": "the committee", "start": text.find("the committee"),
                 "end": text.find("the committee") + 13, "actor_id": None, "name": None}
    art = {"text": text, "actors": [committee], "places": [], "claims": []}
    assert described_body(described, art) is committee


def test_no_body_where_none_fits_or_the_claimant_is_named():
    assert described_body(CHARITY, article(POLICE)) is None  # no NGO named before it
    assert described_body(mention("Relief Without Frontiers", name="Relief Without Frontiers"),
                          article(NGO)) is None  # a name, not a description
    assert description_noun(mention("the aid charities of Obo")) is None  # more than a noun
    before = mention("the charity")
    late = dict(NGO, start=before["start"] + 40, end=before["start"] + 64)
    assert described_body(before, article(late)) is None  # named only after it


def test_a_name_cut_at_a_function_word_is_completed_from_its_sentence():
    from fogofwar.reconcile.described import completed_name
    text = "The Minister for the Northern Provinces of Obo said nine died; the Union of said so."
    cut = {"text": "The Minister for the", "start": 0, "end": 20}
    art = {"text": text}
    assert completed_name("The Minister for the", cut, art) == \
        "The Minister for the Northern Provinces of Obo"
    union = {"text": "the Union of", "start": text.find("the Union"),
             "end": text.find("the Union") + 12}
    assert completed_name("the Union of", union, art) == "the Union of"  # nothing capitalised
    whole = {"text": "The Minister", "start": 0, "end": 12}
    assert completed_name("The Minister", whole, art) == "The Minister"  # not cut
