"""Documents named with the one who wrote them (round chains40): a "by" agent of a participle
that made the document ("a tally published by the doctors' union", "pictures reviewed by a
university lab", "a count carried out by the observatory", "a statement issued by the army")
is the claimant, not a relay; a medium that carried, published, reviewed or obtained the
document ("a memo reviewed by the AP", "published by the state news agency SANA", "a video
obtained by Reuters") still relays it. Each text was written for these tests and goes through
the whole pipeline as an article of the fictional "Daily Sun".
"""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_apart

OUTLET = "Daily Sun"

TEXTS = {
    "carried_out": ("Forty people were killed in the raid, according to a count carried out by "
                    "the Civil Rights Observatory."),
    "published_body": ("A new tally published on Monday by the Doctors' Union said the toll had "
                       "risen to 52."),
    "reviewed_lab": ("Satellite pictures reviewed by the Harvard Conflict Lab showed that 30 homes "
                     "were destroyed in the village."),
    "issued_subject": "A statement issued by the army said nine soldiers died in the ambush.",
    "published_medium": ("A statement published by the state news agency SANA said nine soldiers "
                         "died in the ambush."),
    "reviewed_medium": "A memo reviewed by the AP said 12 soldiers died in the raid.",
    "obtained_medium": "A video obtained by Reuters showed that 12 soldiers were killed.",
    "carried_medium": ("Eleven guards were killed, according to a statement carried by the Saba "
                       "news agency."),
    "framed_statement": ("The rebel group said in a statement published by the Site Intelligence "
                         "Group that it killed 14 soldiers."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_apart(lambda key: tmp_path_factory.mktemp(key), TEXTS, OUTLET)


@pytest.mark.parametrize(("key", "words", "author"), [
    ("carried_out", "Forty people", "Civil Rights Observatory"),
    ("published_body", "risen to 52", "Doctors' Union"),
    ("reviewed_lab", "30 homes", "Harvard Conflict Lab"),
    ("issued_subject", "nine soldiers", "army"),
])
def test_the_author_of_a_document_is_its_claimant(exported, key, words, author):
    claim = claim_on(exported[key], words)
    assert author in claim["chain"][0]
    assert claim["chain"][1:] == [OUTLET]


@pytest.mark.parametrize(("key", "words", "medium"), [
    ("published_medium", "nine soldiers", "SANA"),
    ("reviewed_medium", "12 soldiers", "Associated Press"),
    ("obtained_medium", "12 soldiers", "Reuters"),
    ("carried_medium", "Eleven guards", "Saba"),
    ("framed_statement", "14 soldiers", "Site Intelligence Group"),
])
def test_a_medium_that_passed_a_document_on_relays_it(exported, key, words, medium):
    claim = claim_on(exported[key], words)
    assert len(claim["chain"]) == 3
    assert medium in claim["chain"][1]
    assert claim["chain"][-1] == OUTLET
