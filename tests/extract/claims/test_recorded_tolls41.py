"""A toll a source records is that source's (issue 14, stop 41): a verb of recording a count
("documented 140 deaths", "counted between 40 and 50 bodies") or of putting a record out whose
"of"/"on" phrase counts the dead ("published the names of 23 people killed", "released a report
on the killings of 80 civilians") reports a toll, its subject the source (cues pack
`recording_verbs`, `record_issuing_verbs`, `record_nouns`, `casualty_words`). Before, such a
sentence held no cue, so its figure had no claimant and became no row of its source. A record
of nobody harmed ("recorded a victory", "released 23 hostages", "published photos of the
market") reports nothing.

Each text was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_claims, figure_values

OUTLET = "Daily Sun"

TEXTS = {
    "documented": "The commission documented 140 deaths in the district after the raid.",
    "counted_range": "In the evening, a local reporter counted between 40 and 50 bodies near the "
                     "river.",
    "counted_participle": "A rights group counted 57 villagers killed in the attack.",
    "names": "The monitoring group has published the names of 23 people killed that night.",
    "report_on": "The mission released a report on the killings of over 80 civilians in Korvan.",
    "list": "The ministry compiled a list of 64 dead.",
    "victory": "Troops recorded a major victory near the border on Sunday.",
    "hostages": "The rebels released 23 hostages on Monday after talks.",
    "photos": "The agency published photos of the ruined market in Korvan.",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_claims(tmp_path_factory.mktemp("recorded41"), TEXTS, OUTLET)


@pytest.mark.parametrize(("key", "figure", "speaker", "value"), [
    ("documented", "140", "commission", 140.0),
    ("counted_range", "between 40", "local reporter", 40.0),
    ("counted_participle", "57", "rights group", 57.0),
    ("names", "23", "monitoring group", 23.0),
    ("report_on", "80", "mission", 80.0),
    ("list", "64", "ministry", 64.0),
])
def test_a_recorded_count_of_the_dead_is_its_recorders_toll(claims, key, figure, speaker,
                                                           value):
    claim = claim_on(claims[key], figure)
    assert claimant_text(claim) == speaker
    assert value in figure_values(claim)


@pytest.mark.parametrize("key", ["victory", "hostages", "photos"])
def test_a_record_of_nobody_harmed_reports_nothing(claims, key):
    assert not any(claimant_text(c) for c in claims[key])


NESTED = {
    "said_counted": "General Tarvo Kesk, head of the observer mission, said a UN team had "
                    "counted 92 bodies at the farm.",
    "said_compiled": "An opposition leader said on Tuesday her party had compiled a list of 745 "
                     "people killed by troops.",
}


@pytest.fixture(scope="module")
def nested(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_claims(tmp_path_factory.mktemp("nested41"), NESTED, OUTLET)


@pytest.mark.parametrize(("key", "figure", "speaker"), [
    ("said_counted", "92", "General Tarvo Kesk"),
    ("said_compiled", "745", "opposition"),
])
def test_a_count_a_speaker_reports_stays_the_speakers(nested, key, figure, speaker):
    claim = claim_on(nested[key], figure)
    assert speaker in claimant_text(claim)
    assert "team" not in claimant_text(claim) and "party" not in claimant_text(claim)
