"""Forms met in round precision19 (false events on the whole dev set): a fight for a cause or
for a life, which tells a struggle or a rescue, not a clash. Whole-pipeline runs on invented
sentences in wire-copy register."""

from __future__ import annotations

from .whole import MATERIAL
from .whole import pipeline_events as _events


def _fights(text: str) -> list:
    return [e for e in _events(text) if e.type in ("FIGHT", "ASSAULT")]


def test_rebels_fighting_for_independence_tell_no_clash():
    assert not _fights("The Front, whose fighters say they are fighting for independence for "
                       "the two northern provinces, rejected the offer on Monday.")


def test_a_group_fighting_for_a_share_of_wealth_tells_no_clash():
    assert not _fights("Several armed groups say they are fighting for a larger share of the "
                       "region's oil revenue.")


def test_medics_fighting_for_lives_tell_no_clash():
    found = _events("Doctors at the district hospital were fighting for the lives of four "
                    "wounded children, the governor said.")
    assert not [e for e in found if e.type in MATERIAL and e.type == "FIGHT"]


def test_a_fight_for_two_days_stays_a_clash():
    assert [e for e in _fights("Soldiers fought for two days with the rebels near Kauda, the "
                               "army said on Monday.") if e.type == "FIGHT"]


def test_a_fight_for_control_of_a_town_stays_a_clash():
    assert [e for e in _fights("Government troops and the militia fought for control of the "
                               "town of Goz Beida on Sunday, residents said.")
            if e.type == "FIGHT"]
