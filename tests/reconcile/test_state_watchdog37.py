"""A state's own rights watchdog (round opened37): a national human rights commission, a public
defender's or ombudsman's office counts the dead of its state's forces' operation against the
state's toll; read as the state's voice its count was the state's revision, read as a witness
of the land it disputed nothing. Names and sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.claimant_sides import WATCHDOG, claimant_side, state_watchdog
from fogofwar.reconcile.disputes import Stated, disputing
from fogofwar.reconcile.incidents import EventRef

TEXT = ("Police said 30 suspects were killed in the raid on Vila Nova. Peru's National Human "
        "Rights Commission said 70 died, and the regional public defender's office put the "
        "toll at 75. The Interior Ministry said the raid was lawful.")
PAGE = {"text": TEXT, "places": [{"text": "Vila Nova", "country": "PER", "role": "location",
                                  "start": TEXT.index("Vila Nova"),
                                  "end": TEXT.index("Vila Nova") + len("Vila Nova")}]}


def _said(words: str, country: str | None = None, side: str | None = None) -> dict:
    at = TEXT.index(words)
    return {"text": words, "start": at, "end": at + len(words), "actor_id": None,
            "sector": "GOV" if country else None, "side": side, "country": country}


def test_a_states_rights_watchdog_speaks_for_no_state():
    commission = _said("Peru's National Human Rights Commission", "PER", "per")
    assert claimant_side(commission, PAGE) == WATCHDOG
    assert claimant_side(_said("the regional public defender's office"), PAGE) == WATCHDOG


def test_the_states_own_bodies_stay_the_states():
    assert claimant_side(_said("Police"), PAGE) == "per"
    assert not state_watchdog({"text": "The Interior Ministry"})
    assert not state_watchdog({"text": "the commission of inquiry"})
    # a pack-known body keeps its pack's reading
    assert not state_watchdog({"text": "Human Rights Commission", "actor_id": "nhrc"})


def _stated(claimant: str, side: str | None, n: float) -> Stated:
    ref = EventRef({}, claimant, claimant, claimant, side, None, "violence")
    return Stated(ref, "killed", (n, n), (None, None), (date(2021, 3, 2), 0))


def test_the_watchdogs_count_disputes_the_states():
    assert disputing(_stated("National Human Rights Commission", WATCHDOG, 70),
                     _stated("Police", "per", 30), home="per")


def test_residents_count_does_not_dispute_the_watchdogs():
    # both count the victims of the state's forces: their counts differ by reach, and each
    # one's dispute is with the state
    from fogofwar.reconcile.local_voices import LOCAL
    residents = _stated("residents", LOCAL, 40)
    assert not disputing(residents, _stated("the public defender's office", WATCHDOG, 120))
    assert disputing(residents, _stated("Police", "per", 12))


OFFICERS = ("The National Human Rights Commission of Peru said 70 died in the raid on Vila Nova. "
            "The commission's president Ana Quispe said police moved the bodies. "
            "Commission ombudsman Raul Torres said 70 were shot. Torres said more may have died. "
            "The army's spokesman Jorge Paz said 30 died.")
OFFICER_PAGE = {"text": OFFICERS, "places": [{"text": "Vila Nova", "country": "PER",
                                              "role": "location"}]}


def _officer(words: str, nth: int = 0) -> dict:
    at = -1
    for _ in range(nth + 1):
        at = OFFICERS.index(words, at + 1)
    return {"text": words, "start": at, "end": at + len(words), "actor_id": None,
            "sector": None, "side": None, "country": None}


def test_the_watchdogs_officers_speak_for_it():
    assert claimant_side(_officer("Ana Quispe"), OFFICER_PAGE) == WATCHDOG
    assert claimant_side(_officer("Raul Torres"), OFFICER_PAGE) == WATCHDOG
    assert claimant_side(_officer("Torres", nth=1), OFFICER_PAGE) == WATCHDOG
    assert claimant_side(_officer("Jorge Paz"), OFFICER_PAGE) != WATCHDOG


def test_a_watchdog_named_only_in_the_headline_owns_its_presidents_words():
    text = "The commission's president Ana Quispe said police killed 70 in Vila Nova."
    page = {"title": "Peru's Human Rights Commission says police killed 70", "text": text,
            "places": [{"text": "Vila Nova", "country": "PER", "role": "location"}]}
    at = text.index("Ana Quispe")
    said = {"text": "Ana Quispe", "start": at, "end": at + 10, "actor_id": None,
            "sector": None, "side": None, "country": None}
    assert claimant_side(said, page) == WATCHDOG
    assert claimant_side(said, {**page, "title": "Police raid in Vila Nova"}) != WATCHDOG


def test_a_witness_of_the_land_does_not_dispute_its_watchdog():
    witness = _stated("Maria Lopes", None, 5)  # a named witness of no side, of Peru
    assert not disputing(witness, _stated("the Ombudsman", WATCHDOG, 70), home="per")
