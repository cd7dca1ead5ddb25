"""Whether a claimant speaks for a non-state armed group (reconcile/armed_voice.py). Sentences
written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.armed_voice import armed_voice

PAGE = {"text": "Rebel warlord Arslan Dudayev said on Friday his men held the pass. "
                "Police chief Omar Khalid denied it. Militant commander Yusuf Bakri agreed."}


def test_a_group_or_a_man_the_page_calls_a_groups_voice_is_armed():
    assert armed_voice({"text": "the rebels"}, "the rebels", PAGE)
    assert armed_voice({"text": "he"}, "Arslan Dudayev", PAGE)  # "warlord X"
    assert armed_voice({"text": "Bakri"}, "Yusuf Bakri", PAGE)  # "militant commander X"


def test_a_states_officer_or_a_monitor_is_not():
    assert not armed_voice({"text": "Omar Khalid"}, "Omar Khalid", PAGE)
    assert not armed_voice({"text": "the group", "sector": "NGO"}, "Human Rights Watch", PAGE)
