"""A run of killings told as one act: "went on a rampage", "a killing spree", "embarked on an
orgy of murder" (round opened54). Before, "rampage" and "spree" were no trigger and "embark" no
light verb, so a page telling a massacre only so had no event of it. A spree of spending, a
strike or a war one "went" to are no such run. Whole-pipeline runs on invented sentences."""

from __future__ import annotations

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def types(text: str) -> set[str]:
    art = Article(id="r1", source="test", text=text, outlet="Test Wire")
    return {e.type for e in analyse_batch([art])[0].events
            if not e.negated and not e.hypothetical}


@pytest.mark.parametrize("text", [
    "Gunmen went on a killing spree in the hill village, leaving 20 dead.",
    "The sailors went on a rampage in the harbour town after the funeral.",
    "The militiamen embarked on an orgy of murder and looting in the refugee camp.",
])
def test_a_run_of_killings_is_an_assault(text: str) -> None:
    assert "ASSAULT" in types(text)


@pytest.mark.parametrize("text", [
    "Tourists went on a spending spree in the capital's markets.",
    "The two kingdoms went to war over the river in 1860.",
])
def test_a_run_of_something_else_is_no_assault(text: str) -> None:
    assert not types(text) & {"ASSAULT", "FIGHT"}
