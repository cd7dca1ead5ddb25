"""An inquiry speaks with its maker's voice (stop 51): "an investigation by the group X said
…", "the commission's inquiry has confirmed …" give the toll to X, as "a report by X said"
does (extract/claims/sources.inquiry_author). Before, the inquiry (cues pack `finding_nouns`)
was the source itself, a document no one speaks as, and the toll had no claimant. An inquiry's
"of"/"into" phrase names what was inquired into, never its maker.

Each text was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_apart, figure_values

OUTLET = "Daily Sun"

TEXTS = {
    "by_confirmed": "An investigation by Peace Watch has confirmed that the army killed at "
                    "least 12 protesters in Korvan.",
    "by_said": "A detailed inquiry by the rights group Lantern said at least 40 villagers were "
               "killed in the raid on Tamsa.",
    "possessor": "The Harlow Commission's investigation has confirmed that 31 miners died in "
                 "the blast at Orvik.",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_apart(lambda key: tmp_path_factory.mktemp(f"inquiry51-{key}"), TEXTS,
                          OUTLET)


@pytest.mark.parametrize(("key", "figure", "maker", "value"), [
    ("by_confirmed", "12", "Peace Watch", 12.0),
    ("by_said", "40", "Lantern", 40.0),
    ("possessor", "31", "Harlow Commission", 31.0),
])
def test_an_inquirys_toll_is_its_makers(claims, key, figure, maker, value):
    claim = claim_on(claims[key], figure)
    assert maker in claimant_text(claim)
    assert value in figure_values(claim)


OBJECTS = {
    "survey_of": "A survey of residents in Tamsa found that 20 people died in the floods.",
    "inquiry_into": "An inquiry into the army has confirmed that 9 recruits died in training.",
}


@pytest.fixture(scope="module")
def objects(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_apart(lambda key: tmp_path_factory.mktemp(f"inquiry51o-{key}"), OBJECTS,
                          OUTLET)


@pytest.mark.parametrize(("key", "inquired"), [("survey_of", "residents"),
                                               ("inquiry_into", "army")])
def test_what_an_inquiry_looks_into_is_not_its_maker(objects, key, inquired):
    assert not any(inquired in claimant_text(c) for c in objects[key])
