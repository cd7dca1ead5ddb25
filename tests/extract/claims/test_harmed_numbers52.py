"""A verb that needs a clause reports a toll when its object is a bare number told as dead or
hurt by its own participle (stop 52): "US intelligence estimates 40-60 killed", "officials
estimate 25 wounded". Before, only a counted noun ("estimated 40 deaths") made "estimate" a
report, so such a headline's toll was the narrator's. A number of things ("estimated 40 tonnes
of debris") still reports nothing.

Each text was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claimant_text, exported_apart

OUTLET = "Daily Sun"

TEXTS = {
    "headline": "US intelligence estimates 40-60 killed in market blast",
    "wounded": "Officials estimate 25 wounded in the market blast.",
    "tonnes": "The engineers estimated 40 tonnes of debris at the market.",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_apart(lambda key: tmp_path_factory.mktemp(f"harmed52-{key}"), TEXTS, OUTLET)


@pytest.mark.parametrize(("key", "value", "speaker"), [
    ("headline", 40.0, "US"),
    ("wounded", 25.0, "Officials"),
])
def test_an_estimate_of_a_number_told_dead_or_hurt_is_a_toll(claims, key, value, speaker):
    holders = [claimant_text(c) for c in claims[key]
               if any(f["low"] == value for f in c.get("figures", []))]
    assert holders and all(speaker in h for h in holders), claims[key]


def test_an_estimate_of_things_reports_nothing(claims):
    assert not [c for c in claims["tonnes"] if claimant_text(c)]
