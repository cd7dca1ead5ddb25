"""Whose voice a claimant is on a war no pack gives sides for (issue 14, round sides22): a
state's offices (police, the gendarmerie, the public prosecutor) speak for the land of the page;
a named civil body ("the ... Collective") and the spokesman of a named armed group speak for
themselves, so their tolls dispute the state's; a witness's count of one family's dead is a
part of the toll, which disputes no one. Names and sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.claimant_sides import (
    civil_body,
    described_civil,
    described_group_side,
    home_body_side,
    is_party,
    side_named_within,
)
from fogofwar.reconcile.disputes import disputing
from fogofwar.reconcile.incidents import EventRef, event_refs
from fogofwar.reconcile.stated_figures import Stated
from fogofwar.reconcile.toll_claims import is_part

from .helpers import SARAQIB, article, multi_claim_article
from .test_disputes import civilians, one

PAGE = {"places": [{"text": "Tamali", "country": "MLI", "role": "location"},
                   {"text": "Gao", "country": "MLI", "role": "location"}]}


def _body(text: str) -> dict:
    return {"text": text, "actor_id": None, "sector": None, "side": None, "country": None}


def test_a_state_office_named_by_no_country_speaks_for_the_land_of_the_page():
    for said in ("police", "the gendarmerie", "the public prosecutor", "the prosecutor"):
        assert home_body_side(_body(said), PAGE) == "mli"
    # a word naming whose office it is, other than "public", still leaves it unsided here
    assert home_body_side(_body("the regional prosecutor"), PAGE) is None


def test_a_named_civil_body_is_a_party_of_its_own():
    assert civil_body("the Collective for Justice in Tamali")
    assert civil_body("Sahel Rights Coalition")
    assert not civil_body("a local collective of farmers")  # a description, not a name
    assert not civil_body("Hamid Tarrab")


def _stated(claimant: str, side: str | None, n: float, party: bool = False,
            sentence: str = "", text: str = "") -> Stated:
    ref = EventRef({"sentence": sentence}, claimant, claimant, claimant, side, None, "violence",
                   place=SARAQIB, party=party)
    return Stated(ref, "killed", (n, n), (None, None), (date(2020, 2, 11), 0),
                  part=is_part(sentence, text))


def test_a_civil_body_disputes_the_toll_of_the_state_of_its_land():
    state = _stated("the prosecutor", "syria_gov", 30)
    body = _stated("Collective for Justice", None, 120, party=True)
    resident = _stated("Hamid Tarrab", None, 120)
    assert disputing(body, state, home="syria_gov")
    assert not disputing(resident, state, home="syria_gov")  # a witness of the land


def test_a_civil_bodys_toll_disputes_the_states_in_an_incident():
    text = "The Collective for Justice counted 120 dead in the village."
    art = article("a", "Plain Post", [{"figures": [civilians(120)]}], text=text,
                  claimant=("Collective for Justice", None))
    art["claims"][0]["claimant"]["actor_id"] = None
    state = article("b", "Hill Courier", [{"figures": [civilians(30)]}],
                    claimant=("Idlib health directorate", "syria_gov"))
    inc = one([art, state])
    assert [p["claimants"] for c in inc["contradictions"] for p in c["pairs"]] == [
        ["Idlib health directorate", "Collective for Justice"]]


def test_a_civil_bodys_toll_a_page_narrates_stays_its_own_voice():
    # the outlet narrates the collective's count: the collective's voice (a party), not the
    # outlet's claim's, whose claimant is no one
    art = multi_claim_article("a", "Plain Post", [
        ("The village lost 120 people.", None, [{"figures": [civilians(120)]}]),
        ("The Collective for Justice said it counted 120 dead.",
         ("Collective for Justice", None), [])])
    art["claims"][1]["figures"] = [civilians(120)]
    art["claims"][1]["claimant"]["actor_id"] = None
    (ref,) = event_refs([art])
    assert (ref.claimant, ref.party, ref.media) == ("Collective for Justice", True, False)


def test_a_spokesman_described_as_an_armed_groups_speaks_for_it():
    text = ("In a statement, Omar Haddani, the spokesman for the Pakistani Taliban, said "
            "40 people died.")
    m = {**_body("Omar Haddani"), "start": 16, "end": 28}
    assert described_group_side(m, {"text": text}) == "ttp"
    plain = "In a statement, Omar Haddani, the teacher at the school, said 40 people died."
    assert described_group_side(m, {"text": plain}) is None


def test_one_familys_dead_are_a_part_of_the_toll_and_dispute_no_one():
    sentence = "A farmer told us the strike killed 9 members of one family."
    told = _stated("Hamid Tarrab", None, 9, sentence=sentence, text="9")
    assert told.part
    other = "A farmer told us the strike killed 9 people in the market."
    assert not _stated("Hamid Tarrab", None, 9, sentence=other, text="9").part
    assert is_part("Two more died in another house nearby.", "Two")


def test_an_igos_officer_is_a_party_not_a_witness():
    # "the UN commissioner, Lea Marten, said": the person carries the office's sector
    assert is_party({"text": "Lea Marten", "actor_id": None, "sector": "IGO"})
    assert not is_party({"text": "Lea Marten", "actor_id": None, "sector": None})


def test_a_civil_body_described_by_its_land_speaks_for_no_state():
    # "Tamali ngo says ..." as a lower-cased slug headline gives it; the place names where it
    # works, not whose voice it is, so it takes no side from it and speaks for itself
    page = {"places": [{"text": "Mali", "country": "MLI", "role": "location",
                        "start": 0, "end": 4}]}
    ngo = {**_body("Mali ngo"), "start": 0, "end": 8}
    agency = {**_body("Mali civil defence"), "start": 0, "end": 18}
    assert side_named_within(ngo, page) is None
    assert is_party(ngo)
    assert side_named_within(agency, page) == "mli"  # a state's body named by its land
    assert described_civil("a local human rights group")
    assert not described_civil("the rebel group")
    assert not is_party(agency)
