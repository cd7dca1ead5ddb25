"""Wrong contradiction pairs (round pairs49): a count of dead told as more beside a toll told
elsewhere ("14 more guardsmen") is an increment, not a rival count of that toll; a state's 0
naming no class ("no casualties") beside another voice's count of attackers killed denies no
enemy dead. Names and sentences are written for these tests; the articles are at Saraqib,
Syria, whose pack side is `syria_gov`."""

from __future__ import annotations

from fogofwar.reconcile.local_voices import is_state_side
from fogofwar.reconcile.stated_figures import _part
from fogofwar.reconcile.toll_claims import adds_to_toll

from .helpers import article, killed
from .test_disputes import civilians, one

HOME = ("Idlib health directorate", "syria_gov")
ABROAD = ("Ankara defence office", "turkey")
REBELS = ("Ridge Front", "opposition")


def _page(aid: str, claimant: tuple[str, str | None], sentence: str, fig: dict) -> dict:
    return article(aid, "Hill Courier", [{"figures": [fig]}], claimant=claimant, text=sentence)


def test_a_count_told_as_more_adds_to_a_toll():
    assert adds_to_toll("Mortar fire took the lives of 14 more guardsmen near the pass.", "14")
    assert adds_to_toll("Rescuers said 3 additional bodies lay under the roof.", "3")
    assert not adds_to_toll("More than 40 guardsmen died near the pass.", "More than 40")
    assert not adds_to_toll("Officials counted 40 or more dead.", "40")
    assert not adds_to_toll("The office said 40 guardsmen died.", "40")


def test_only_the_dead_told_as_more_are_an_increment():
    # "two died and 32 more were hurt": the 32 are every hurt, not more of some toll
    sentence = "Two villagers died and 32 more were hurt in the blast."
    assert not _part(sentence, {"text": "32", "category": "injured"})
    assert _part("The blast took 6 more lives at the post.", {"text": "6", "category": "killed"})


def test_more_dead_beside_another_sides_toll_dispute_nothing():
    toll = _page("a", HOME, "Shelling killed 30 people in the market, the directorate said.",
                 civilians(30))
    more = _page("b", ABROAD, "The office said the shelling took 6 more soldiers at the post.",
                 killed(6))
    assert one([toll, more])["contradictions"] == []
    # the same count told as the post's dead is the office's count of the strike's dead
    whole = _page("b", ABROAD, "The office said the shelling killed 6 soldiers at the post.",
                  killed(6))
    assert one([toll, whole])["contradictions"] != []


def test_a_states_denial_disputes_no_count_of_attackers_killed():
    assert is_state_side("turkey")
    denial = _page("a", ABROAD, "The office said there were no casualties at the base.",
                   killed(0, counts=None))
    attackers = _page("b", REBELS, "Five attackers were killed at the base, the front said.",
                      killed(5, counts="attackers"))
    assert one([denial, attackers])["contradictions"] == []
    # its denial still disputes a count of its soldiers killed
    soldiers = _page("b", REBELS, "Five soldiers were killed at the base, the front said.",
                     killed(5))
    assert one([denial, soldiers])["contradictions"] != []


def test_an_armed_groups_denial_still_disputes_its_men_killed():
    denial = _page("a", REBELS, "The front said there were no casualties at the base.",
                   killed(0, counts=None))
    militants = _page("b", ABROAD, "Five militants were killed at the base, the office said.",
                      killed(5, counts="militants"))
    assert one([denial, militants])["contradictions"] != []
