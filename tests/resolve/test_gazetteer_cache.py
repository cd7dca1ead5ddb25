"""The remembered candidate lookup gives what a fresh lookup gives, and follows the settings
that choose the gazetteer file."""

from pathlib import Path

import pytest

from fogofwar.resolve import gazetteer
from fogofwar.resolve.gazetteer import candidates, load_geonames

SAMPLE = Path(__file__).parent / "fixtures" / "SY_sample.txt"


@pytest.mark.parametrize("name", ["Idlib", "Saraqeb", "Taftanazi", "Aleppo", "", "Qqqqqqqq"])
def test_remembered_candidates_equal_a_fresh_lookup(name):
    db = str(gazetteer.ensure())
    fresh = list(gazetteer._candidates.__wrapped__(name, 6, 90, db))
    assert candidates(name) == fresh
    assert candidates(name) == fresh  # the second call is served from memory


def test_each_call_gets_its_own_list():
    first = candidates("Idlib")
    assert first
    first.clear()
    assert candidates("Idlib")


def test_lookup_follows_the_gazetteer_variable(monkeypatch, tmp_path):
    db = tmp_path / "own.sqlite"
    load_geonames(SAMPLE, db=db)
    assert 9000001 not in [e.geonameid for e, _ in candidates("Neirab")]
    monkeypatch.setenv("FOGOFWAR_GAZETTEER", str(db))
    assert [e.geonameid for e, _ in candidates("Neirab")] == [9000001]
    monkeypatch.delenv("FOGOFWAR_GAZETTEER")
    assert 9000001 not in [e.geonameid for e, _ in candidates("Neirab")]
