"""Documents named with the one who wrote them (round chains40): a "by" agent of a participle
that made the document ("a tally published by the doctors' union", "pictures reviewed by a
university lab", "a count carried out by the observatory", "a statement issued by the army")
is the claimant, not a relay; a medium that carried, published, reviewed or obtained the
document ("a memo reviewed by the AP", "published by the state news agency SANA", "a video
obtained by Reuters") still relays it. Each text was written for these tests and goes through
the whole pipeline as an article of the fictional "Daily Sun". A picture or recording says
nothing: the medium that published or aired it, or reported what it showed, is the claimant
("Images published by local media showed …").
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
    "obtained_medium": ("A memo obtained by Reuters said that 12 soldiers were killed in the "
                        "raid."),
    "carried_medium": ("Eleven guards were killed, according to a statement carried by the Saba "
                       "news agency."),
    "witnesses_in_video": ("Four witnesses, who spoke at the hospital in a video obtained by "
                           "Reuters, said 12 soldiers were killed."),
    "images_published": ("Images published by local media showed that 14 houses were burned "
                         "in the village."),
    "pictures_reported": ("Pictures from the town on social media showed 14 burned houses near "
                          "the station, the AP reports."),
    "footage_aired": ("Fourteen houses were burned in the village, according to footage aired "
                      "by state television."),
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
    ("images_published", "14 houses", "local media"),
    ("pictures_reported", "14 burned houses", "Associated Press"),
    ("footage_aired", "Fourteen houses", "state television"),
])
def test_a_picture_says_nothing_who_published_it_speaks(exported, key, words, medium):
    claim = claim_on(exported[key], words)
    assert claim["chain"] == [medium, OUTLET]


@pytest.mark.parametrize(("key", "words", "medium"), [
    ("published_medium", "nine soldiers", "SANA"),
    ("reviewed_medium", "12 soldiers", "Associated Press"),
    ("obtained_medium", "12 soldiers", "Reuters"),
    ("witnesses_in_video", "12 soldiers", "Reuters"),
    ("carried_medium", "Eleven guards", "Saba"),
    ("framed_statement", "14 soldiers", "Site Intelligence Group"),
])
def test_a_medium_that_passed_a_document_on_relays_it(exported, key, words, medium):
    claim = claim_on(exported[key], words)
    assert len(claim["chain"]) == 3
    assert medium in claim["chain"][1]
    assert claim["chain"][-1] == OUTLET
