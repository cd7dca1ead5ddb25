"""A land's political opposition named by the words before it, its party's spokesman, and the
civil groups that count a crackdown's dead beside it (round opened36): the opposition is no
witness of its land and no state's officer, and its count and the rights groups' are each a
count against the state's, not against each other. Names and sentences are written for these
tests."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.claimant_sides import OPPOSITION, claimant_side
from fogofwar.reconcile.disputes import Stated, disputing
from fogofwar.reconcile.incidents import EventRef

TEXT = ("Four people were shot dead when police broke up a fuel march in Ndola, the main "
        "opposition UPN party said. \"Three of them died in Ndola,\" UPN spokesman Kaunda Mweemba "
        "told AFP. Police spokesman Esther Lungu said two people died. "
        "The ZRA board said the march was illegal. ZRA spokesman Tom Phiri said so.")
PAGE = {"text": TEXT, "places": [{"text": "Ndola", "country": "ZMB", "role": "location",
                                  "start": TEXT.index("Ndola"),
                                  "end": TEXT.index("Ndola") + len("Ndola")}]}


def _said(words: str, sector: str | None = None, nth: int = 0) -> dict:
    at = -1
    for _ in range(nth + 1):
        at = TEXT.index(words, at + 1)
    return {"text": words, "start": at, "end": at + len(words), "actor_id": None,
            "sector": sector, "side": None, "country": None}


PAGE["actors"] = [_said("UPN", "REB"), _said("spokesman Kaunda Mweemba", "GOV"),
                  _said("spokesman Esther Lungu", "GOV"), _said("ZRA"),
                  _said("spokesman Tom Phiri", "GOV")]


def test_a_party_the_words_before_it_call_the_opposition_speaks_for_the_opposition():
    assert claimant_side(_said("UPN", "REB"), PAGE) == OPPOSITION


def test_the_oppositions_spokesman_speaks_for_it_not_for_the_state():
    assert claimant_side(_said("spokesman Kaunda Mweemba", "GOV"), PAGE) == OPPOSITION


def test_a_police_spokesman_and_another_bodys_stay_the_states():
    assert claimant_side(_said("spokesman Esther Lungu", "GOV"), PAGE) == "zmb"
    assert claimant_side(_said("spokesman Tom Phiri", "GOV"), PAGE) == "zmb"


def _stated(claimant: str, side: str | None, n: float, floor: bool = False) -> Stated:
    ref = EventRef({}, claimant, claimant, claimant, side, None, "violence")
    return Stated(ref, "killed", (n, None if floor else n), (None, None), (date(2019, 1, 15), 0))


def test_rights_groups_and_the_opposition_count_against_the_state_not_each_other():
    opposition = _stated("UPN", OPPOSITION, 3)
    groups = _stated("coalition of Zambian human rights groups", None, 12, floor=True)
    league = _stated("Ndola Rights League", None, 12, floor=True)
    state = _stated("spokesman Esther Lungu", "zmb", 3)
    assert not disputing(groups, opposition) and not disputing(league, opposition)
    assert disputing(groups, state) and disputing(league, state)
    assert disputing(opposition, _stated("spokesman Esther Lungu", "zmb", 1))


def test_a_voice_of_no_side_counts_the_crackdowns_dead_beside_the_opposition():
    # round disputes47: "the head doctor, Maria Tembo, confirmed that five had died from
    # gunshots" beside the opposition coalition's "dozens more were killed", a protest leader's
    # 25 beside the indigenous organisations' 40: each counts the state's victims by its own
    # reach and day, and disputes the state's count, not the other's
    upn = _stated("UPN", OPPOSITION, 30, floor=True)
    for name in ("Maria Tembo", "Indigenous organizations", "leaders", "medic"):
        voice = _stated(name, None, 5)
        assert not disputing(voice, upn) and not disputing(upn, voice)
        assert disputing(voice, _stated("spokesman Esther Lungu", "zmb", 40))


def test_a_state_officer_or_a_medium_of_no_side_still_disputes_the_opposition():
    # "the kingdom's health minister said three died" beside the opposition's count: the
    # state's voice, its side unread; "other major media organizations have reported at least
    # four": a reporter of the toll, no fellow counter of the victims
    upn = _stated("UPN", OPPOSITION, 1)
    for name in ("kingdom's health minister", "Interior Minister Chanda Kalaba",
                 "Other major media organizations"):
        assert disputing(_stated(name, None, 3), upn)



def test_a_named_movement_is_a_party_that_disputes_its_states_toll():
    # round opened37: "the Brotherhood" / "the Movement" counting a crackdown's dead speak
    # for themselves, not as witnesses of their land whose toll disputes none of its state's
    from fogofwar.reconcile.claimant_sides import is_party
    for name in ("the Reform Brotherhood", "Islamic Renewal Movement"):
        assert is_party({"text": name, "actor_id": None, "sector": None})
    assert not is_party({"text": "a movement of farmers", "actor_id": None, "sector": None})
    state = _stated("spokesman Esther Lungu", "zmb", 40)
    ref = EventRef({}, "the Reform Brotherhood", "the Reform Brotherhood",
                   "the Reform Brotherhood", None, None, "violence", party=True)
    movement = Stated(ref, "killed", (900, 900), (None, None), (date(2019, 1, 15), 0))
    assert disputing(movement, state, home="zmb")
