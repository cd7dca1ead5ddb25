"""Forms met in round precision19 (false events on the whole dev set): a fight for a cause or
for a life, which tells a struggle or a rescue, not a clash; one occurrence told by two
triggers of a sentence. Whole-pipeline runs on invented sentences in wire-copy register."""

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


def test_an_attack_told_twice_in_its_sentence_is_one_event():
    # "stormed ... and started shooting": one occurrence; the shooting names nothing new
    found = [e for e in _events("Bandits stormed the village of Kauda on Monday and started "
                                "shooting, residents said.") if e.type in ("ASSAULT", "FIGHT")]
    assert len(found) == 1
    assert found[0].actor.text == "Bandits" and found[0].target is not None


def test_a_second_trigger_naming_another_victim_is_kept():
    # the export keeps each victim the sentence names ("the market", "seven traders")
    found = [e for e in _events("Militiamen attacked the market in Goma on Monday, killing "
                                "seven traders, the governor said.")
             if e.type in ("ASSAULT", "FIGHT")]
    assert {e.target.text for e in found if e.target} >= {"market", "seven traders"}


def test_two_occurrences_with_their_own_tolls_stay_two():
    # one doer, two tolls: "a car bomb killed five" is another occurrence than "killed three"
    text = ("Gunmen killed three farmers in Kauda on Monday, while a car bomb killed five "
            "traders in Tima on Tuesday, police said.")
    found = [e for e in _events(text) if e.type == "ASSAULT"]
    assert len(found) == 2
    assert {f.value for e in found for f in e.figures} == {3.0, 5.0}


def test_care_for_the_wounded_is_no_aid():
    for text in ("Paramedics and doctors are providing medical assistance to the injured at "
                 "the scene, the mayor said.",
                 "The 40 people wounded in the attack are being provided with the necessary "
                 "assistance, the governor said.",
                 "The Red Cross said it had delivered emergency supplies to the district "
                 "hospital on Monday."):
        assert not [e for e in _events(text) if e.type == "AID"], text


def test_an_escort_is_no_aid():
    found = _events("The soldiers were in a convoy providing security for trucks hauling food "
                    "to the camp, officials said.")
    assert not [e for e in found if e.type == "AID"]


def test_food_aid_delivered_to_the_displaced_stays_aid():
    found = _events("The United Nations delivered food aid to 20,000 displaced people in the "
                    "camp on Monday.")
    assert [e for e in found if e.type == "AID"]
