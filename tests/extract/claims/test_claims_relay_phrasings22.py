"""Relay phrasings of wire and state media the chain readers had missed (round chainsr22):
"according to X as cited by Y", "according to X, speaking to Y", "X said, citing the
gendarmerie", "a report by Y cited X as saying", a closing "in an interview published by Y",
"in a Reuters interview", "in a broadcast by Y", and a note after a statement ("He was speaking
to Y."). Each text was written for these tests and goes through the whole pipeline as an
article of the fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claims_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "acc_as_cited": ("Nine guards died at the depot, according to the ministry as cited by "
                     "Interfax."),
    "acc_as_reported": ("Nine guards died at the depot, according to the ministry, as reported "
                        "by Interfax."),
    "acc_as_quoted_front": "According to the ministry, as quoted by Interfax, nine guards died.",
    "acc_speaking_to": ("Nine guards died at the depot, according to the mayor, speaking to "
                        "Interfax."),
    "citing_gendarmerie": "Nine guards died at the depot, the mayor said, citing the gendarmerie.",
    "report_by_cited": ("A report by Interfax cited the mayor as saying that nine guards died at "
                        "the depot."),
    "quoted_statement_from": ("Interfax quoted a statement from the ministry as saying that "
                              "nine guards died at the depot."),
    "note_speaking_to": ("The mayor said nine guards died at the depot. He was speaking to "
                         "Interfax."),
    "note_remarks_carried": ("The mayor said nine guards died at the depot.\n\nHis remarks were "
                             "carried by Interfax."),
    "note_made_in_interview": ("The mayor said nine guards died at the depot. He made the "
                               "comments in an interview with Interfax."),
    "note_speaking_to_crowd": ("The mayor said nine guards died at the depot. He was speaking "
                               "to a crowd of mourners."),
    "note_new_statement": ("The mayor said nine guards died at the depot. He told Interfax "
                           "that two more were missing."),
    "interview_published_after": ("The mayor said nine guards died at the depot in an interview "
                                  "published by the Interfax agency on Sunday."),
    "attack_reported_after": ("The mayor said nine guards died in an attack reported by Interfax "
                              "on Sunday."),
    "named_interview": "The mayor said in a BBC interview that nine guards died at the depot.",
    "television_interview": ("The mayor said in a television interview that nine guards died at "
                             "the depot."),
    "during_interview_with": ("During an interview with Interfax, the mayor said nine guards died "
                              "at the depot."),
    "broadcast_by": "In a broadcast by Al Jazeera, the mayor said nine guards died at the depot.",
    "said_on_national_tv": ("The mayor said on national television that nine guards died at the "
                            "depot."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("phrasings22"), TEXTS, OUTLET)


@pytest.mark.parametrize("key", ["acc_as_cited", "acc_as_reported"])
def test_an_as_clause_after_according_to_relays_its_source(exported, key):
    (claim,) = claims_on(exported[key], "Nine guards")  # no second claim of Interfax's own
    assert claim["chain"] == ["ministry", "Interfax", OUTLET]


def test_an_as_clause_after_an_opening_according_to_relays_its_source(exported):
    (claim,) = claims_on(exported["acc_as_quoted_front"], "nine guards")
    assert claim["chain"] == ["ministry", "Interfax", OUTLET]


def test_the_source_of_according_to_speaking_to_a_medium(exported):
    (claim,) = claims_on(exported["acc_speaking_to"], "Nine guards")
    assert claim["chain"] == ["mayor", "Interfax", OUTLET]


def test_a_cited_gendarmerie_spoke_first(exported):
    (claim,) = claims_on(exported["citing_gendarmerie"], "Nine guards")
    assert claim["chain"] == ["gendarmerie", "mayor", OUTLET]


def test_a_report_by_a_medium_quoting_a_speaker(exported):
    (claim,) = claims_on(exported["report_by_cited"], "nine guards")
    assert claim["chain"] == ["mayor", "Interfax", OUTLET]


def test_a_closing_interview_carried_by_a_medium(exported):
    (claim,) = claims_on(exported["interview_published_after"], "nine guards")
    assert claim["chain"] == ["mayor", "Interfax", OUTLET]


def test_an_attack_reported_by_a_medium_is_no_relay_of_the_speaker(exported):
    (claim,) = claims_on(exported["attack_reported_after"], "nine guards")
    assert claim["chain"] == ["mayor", OUTLET]


def test_a_medium_named_before_interview(exported):
    (claim,) = claims_on(exported["named_interview"], "nine guards")
    assert claim["chain"] == ["mayor", "BBC", OUTLET]


def test_a_television_interview_names_no_medium(exported):
    (claim,) = claims_on(exported["television_interview"], "nine guards")
    assert claim["chain"] == ["mayor", OUTLET]


def test_during_an_interview_with_a_medium(exported):
    (claim,) = claims_on(exported["during_interview_with"], "nine guards")
    assert claim["chain"] == ["mayor", "Interfax", OUTLET]


def test_a_broadcast_by_a_medium(exported):
    (claim,) = claims_on(exported["broadcast_by"], "nine guards")
    assert claim["chain"] == ["mayor", "Al Jazeera", OUTLET]


def test_said_on_national_television_is_the_speakers_own_channel(exported):
    (claim,) = claims_on(exported["said_on_national_tv"], "nine guards")
    assert claim["chain"] == ["mayor", OUTLET]


def test_a_quoted_statement_is_its_authors(exported):
    (claim,) = claims_on(exported["quoted_statement_from"], "nine guards")
    assert claim["chain"] == ["ministry", "Interfax", OUTLET]


@pytest.mark.parametrize("key", ["note_speaking_to", "note_remarks_carried",
                                 "note_made_in_interview"])
def test_a_note_after_a_statement_names_its_relay(exported, key):
    claim = claims_on(exported[key], "nine guards")[0]
    assert claim["chain"] == ["mayor", "Interfax", OUTLET]


def test_a_note_naming_no_medium_adds_no_relay(exported):
    claim = claims_on(exported["note_speaking_to_crowd"], "nine guards")[0]
    assert claim["chain"] == ["mayor", OUTLET]


def test_a_new_statement_to_a_medium_is_no_note_on_the_one_before(exported):
    claim = claims_on(exported["note_new_statement"], "nine guards")[0]
    assert claim["chain"] == ["mayor", OUTLET]
