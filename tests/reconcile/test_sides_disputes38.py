"""Voices left with no side, so their tolls disputed no one (issue 14, round disputes38): a
party's spokesman introduced by his role alone at the head of a sentence ("Spokesman John X
said"), right after the party spoke; a state's officials named by their kind alone ("officials
said") or its "state government" on a page of one land's events; the leader of a protest the
state put down; students where they study. And a local voice sets no count against the
opposition's, both counting the state's victims. Names and sentences are our own."""

from __future__ import annotations

from fogofwar.reconcile.claimant_sides import (
    OPPOSITION,
    claimant_side,
    home_body_side,
    home_ministry_side,
    opposition_side,
    party_role_side,
    unnamed_officials,
)
from fogofwar.reconcile.local_voices import is_local_voice

from .helpers import article
from .helpers import sides_mention as _mention
from .helpers import sides_page as _page
from .test_disputes import civilians, one

ONE_LAND = {"text": "", "places": [
    {"text": "Adama", "country": "ETH", "role": "location"},
    {"text": "Jimma", "country": "ETH", "role": "location"},
    {"text": "Ethiopian", "country": "ETH", "role": "demonym"}]}

TWO_STATES = {"text": "", "places": [
    {"text": "Kherson", "country": "UKR", "role": "location"},
    {"text": "Mykolaiv", "country": "UKR", "role": "location"},
    {"text": "Russian", "country": "RUS", "role": "demonym"},
    {"text": "Moscow", "country": "RUS", "role": "actor"}]}


def _said(text: str) -> dict:
    return {"text": text, "actor_id": None, "name": None, "country": None, "sector": None,
            "side": None}


def test_a_role_heading_the_sentence_is_the_party_that_spoke_before():
    art = _page("Town, Friday: the dead numbered 40, the opposition party Umoja said.\n\n"
                "Spokesman Peter Odera blamed the police for the shooting.\n\n"
                "Odera said nine more were missing.")
    _mention(art, "opposition party Umoja")
    assert party_role_side(_mention(art, "Peter Odera"), art) == OPPOSITION
    assert claimant_side(_mention(art, "Odera", nth=1), art) == OPPOSITION


def test_a_role_with_an_owner_before_it_takes_no_party_from_the_voice_before():
    art = _page("Town, Friday: the dead numbered 40, the opposition party Umoja said.\n\n"
                "Police spokesman Peter Odera said only 12 died.")
    _mention(art, "opposition party Umoja")
    assert party_role_side(_mention(art, "Peter Odera"), art) is None


def test_officials_named_by_their_kind_alone_are_read_as_such():
    for said in ("officials", "the officials", "government officials", "an official",
                 "senior security officials", "regional officials", "a security source",
                 "three unnamed security sources"):
        assert unnamed_officials(said), said
    for said in ("local officials", "hospital officials", "UN officials", "sources",
                 "officials of the rebel council", "the government", "medical sources",
                 "security forces"):
        assert not unnamed_officials(said), said


def test_unnamed_officials_speak_for_the_one_land_of_the_page():
    assert home_ministry_side(_said("officials"), ONE_LAND) == "eth"
    assert home_ministry_side(_said("government officials"), ONE_LAND) == "eth"
    assert home_ministry_side(_said("two security sources"), ONE_LAND) == "eth"
    # a page naming a second state as a party: whose officials they are is not said
    assert home_ministry_side(_said("officials"), TWO_STATES) is None
    assert home_ministry_side({**_said("officials"), "sector": "IGO"}, ONE_LAND) is None
    # towns alone, the land never named: a gazetteer may have put them in the wrong state
    towns_only = {"text": "", "places": [p for p in ONE_LAND["places"]
                                         if p["role"] == "location"]}
    assert home_ministry_side(_said("officials"), towns_only) is None
    assert home_ministry_side(_said("the Health Ministry"), towns_only) == "eth"


def test_a_state_government_is_the_lands_own():
    assert home_body_side(_said("state government"), ONE_LAND) == "eth"
    assert home_body_side(_said("the state police"), ONE_LAND) == "eth"
    assert home_body_side(_said("state media"), ONE_LAND) is None


def test_a_protest_leader_speaks_for_the_opposition():
    assert opposition_side(_said("one protest leader")) == OPPOSITION
    assert opposition_side(_said("the protesters")) == OPPOSITION
    assert opposition_side(_said("the farmers' union")) is None
    assert opposition_side({**_said("protest organisers"), "sector": "NGO"}) is None


def test_students_where_they_study_are_local_voices():
    assert is_local_voice("students")
    assert is_local_voice("a student source")
    assert not is_local_voice("the teachers' union")


STATE = ("Idlib health directorate", "syria_gov")


def _voice(aid: str, name: str, n: float, side: str | None = None) -> dict:
    art = article(aid, "Hill Courier", [{"figures": [civilians(n)]}], claimant=(name, side),
                  published="2020-02-11", text=f"{name} said {n:g} people died in Saraqib.")
    art["claims"][0]["claimant"]["actor_id"] = None
    return art


def test_a_local_voice_disputes_the_state_but_not_the_opposition():
    state = article("a", "Plain Post", [{"figures": [civilians(30)]}], claimant=STATE,
                    published="2020-02-11", text="The directorate counted 30 dead in Saraqib.")
    inc = one([state, _voice("b", "two survivors", 70),
               _voice("c", "opposition activists", 120, OPPOSITION)])
    pairs = {tuple(p["claimants"]) for c in inc["contradictions"] for p in c["pairs"]}
    assert ("Idlib health directorate", "two survivors") in pairs
    assert not any({"two survivors", "opposition activists"} == set(p) for p in pairs)


def test_bare_officials_on_a_page_of_a_rights_watchdog_speak_for_no_one():
    """A page quoting a state's public defender: its "officials" may be the defender's, who
    count the state's victims against it, so they take no side; the same page without the
    watchdog gives them the land's."""
    watchdog = {**ONE_LAND, "text": "The regional public defender's office said the toll of the "
                "raid had risen to 41, officials said."}
    plain = {**ONE_LAND, "text": "The toll of the raid had risen to 41, officials said."}
    assert home_ministry_side(_said("officials"), watchdog) is None
    assert home_ministry_side(_said("officials"), plain) == "eth"
