""""Reportedly" after a medium's relayed report goes on with that report: "Al Arabiya
reported, citing local sources, that … . Four guards also reportedly died." is the local
sources' word through the medium, while after a speaker who spoke to nobody, or with no figure,
the sentence stays the writer's. Each text was written for these tests and goes through the
whole pipeline as an article of the fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "relayed": ("Radio Meridian reported on Tuesday, citing tribal sources, that a supply convoy "
                "was struck near the Halvan crossing. Four guards travelling with the convoy "
                "also reportedly died in the strike."),
    "unrelayed": ("The governor said a supply convoy was struck near the Halvan crossing. Four "
                  "guards travelling with the convoy also reportedly died in the strike."),
    "no_figure": ("Radio Meridian reported on Tuesday, citing tribal sources, that a supply "
                  "convoy was struck near the Halvan crossing. The guards reportedly fled into "
                  "the hills."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("report_adverb"), TEXTS, OUTLET)


def test_reportedly_goes_on_with_the_relayed_report(exported):
    claim = claim_on(exported["relayed"], "Four guards")
    assert claim["chain"] == ["tribal sources", "Radio Meridian", OUTLET], claim["chain"]


def test_reportedly_after_an_unrelayed_speaker_stays_the_writers(exported):
    assert not any("Four guards" in c["sentence"] for c in exported["unrelayed"]), \
        [c["chain"] for c in exported["unrelayed"]]


def test_reportedly_without_a_figure_stays_the_writers(exported):
    assert not any("fled" in c["sentence"] for c in exported["no_figure"]), \
        [c["chain"] for c in exported["no_figure"]]
