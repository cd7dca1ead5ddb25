"""A toll a picture or a scene shows has no voice of its own (reconcile/speakers.py, the
reconcile pack's `no_speaker_heads`): "One video showed 14 dead children", "footage of the
aftermath of the raid showed some 40 bodies", "reads a sign outside a church". The claim's
next link speaks, the outlet when none does, and an outlet narrating beside a named source's
toll lists no row of its own. Sentences and names are written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.present.export import validate
from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.incidents import claim_source
from fogofwar.reconcile.speakers import names_no_speaker

from .helpers import article, killed


@pytest.mark.parametrize("link", [
    "One video", "Video footage", "aftermath", "the aftermath", "Images", "a photo",
    "a sign", "The discrepancy",
])
def test_a_picture_or_a_scene_names_no_speaker(link):
    assert names_no_speaker(link)


@pytest.mark.parametrize("link", [
    "the photographer", "a video journalist", "the local residents", "Business Day",
])
def test_people_and_outlets_still_speak(link):
    assert not names_no_speaker(link)


def test_a_toll_hung_on_footage_is_the_outlets():
    text = ("Video footage, apparently of the aftermath of the raid, showed some 40 dead "
            "bodies lined up under blankets inside a school.")
    art = article("a", "Wire", [{"figures": [killed(40, counts="bodies", approx=True)]}],
                  claimant=("aftermath", None), text=text)
    assert claim_source(art["claims"][0], art) == ("Wire", None)


def test_a_video_beside_a_named_sources_toll_lists_no_row():
    shown = article("a", "Wire", [{"figures": [killed(14, counts="children")]}],
                    claimant=("One video", None),
                    text="One video showed 14 dead children lined up on a floor in Nayrab.")
    named = article("b", "Post", [{"figures": [killed(9, counts="people")]}],
                    claimant=("the civil defence", None),
                    text="Nine people were killed in Nayrab, the civil defence said.")
    (inc,) = build_incidents([shown, named])
    validate(inc, "incident")
    assert [f["claimant"] for f in inc["figures"]] == ["the civil defence"]
    assert inc["contradictions"] == []
