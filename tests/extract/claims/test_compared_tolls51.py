"""A toll a speaker compares his own with is the other voice's (stop 51): "80 dead, far higher
than the 10 deaths reported by the governor" gives the 10 to the governor, not the exile group
(extract/claims/compared_tolls.py). Before, every figure of the sentence was the speaker's, so
the compared figure widened or stood for his toll and the other voice had no claim. A figure
the speaker himself gave before ("the 30 it reported on Sunday") stays his.

Each text was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claimant_text, claims_on, exported_apart

OUTLET = "Daily Sun"

TEXTS = {
    "by_agent": "The exile group said 80 people were killed in Varno, a figure far higher than "
                "the 10 deaths reported by the governor.",
    "listed_by": "The doctors thought that the toll in Varno may have been much lower than the "
                 "516 listed by the army.",
    "count_of": "The opposition said 60 people were killed in Varno, a toll much higher than the "
                "government's count of three.",
    "relative": "He said the toll in Varno was far higher than the three that the interior "
                "minister mentioned on Monday.",
    "own_earlier": "The army said 45 people were killed in Varno, more than the 30 it reported "
                   "on Sunday.",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_apart(lambda key: tmp_path_factory.mktemp(f"compared51-{key}"), TEXTS,
                          OUTLET)


def _holders(claims: list[dict], value: float) -> list[str]:
    return [claimant_text(c) for c in claims if claimant_text(c)
            and any(f["low"] == value for f in c.get("figures", []))]


@pytest.mark.parametrize(("key", "value", "owner", "speaker"), [
    ("by_agent", 10.0, "governor", "exile group"),
    ("listed_by", 516.0, "army", "doctors"),
    ("count_of", 3.0, "government", "opposition"),
    ("relative", 3.0, "interior minister", "He"),
])
def test_a_compared_toll_is_the_other_voices(claims, key, value, owner, speaker):
    claims_on(claims[key], "than")
    holders = _holders(claims[key], value)
    assert any(owner in h for h in holders), holders
    assert not any(speaker in h for h in holders), holders


def test_the_speakers_own_toll_stays_his(claims):
    holders = _holders(claims["by_agent"], 80.0)
    assert holders and all("exile group" in h for h in holders)
    holders = _holders(claims["count_of"], 60.0)
    assert holders and all("opposition" in h for h in holders)


def test_a_figure_the_speaker_gave_before_stays_his(claims):
    assert "army" in _holders(claims["own_earlier"], 45.0)
    assert not any(h != "army" for h in _holders(claims["own_earlier"], 30.0))
