"""One voice, one side; a voice is not its own contradiction (issue 14, round sides41): a
ministry's undersecretary is a state's official, a civil body named after its land's doctors
takes no state side from their demonym, one body's words in another order carry its side, a
count with no keeper is no voice, and a named source's two figures on one page dispute
nothing. Sentences are our own."""

from __future__ import annotations

from fogofwar.present.export import validate
from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.claimant_sides import claimant_side
from fogofwar.reconcile.incidents import claim_source

from .helpers import article, killed, multi_claim_article
from .helpers import sides_mention as _mention
from .helpers import sides_page as _page


def one(arts: list[dict]) -> dict:
    (inc,) = build_incidents(arts)
    validate(inc, "incident")
    return inc


def test_an_undersecretary_of_a_ministry_speaks_for_the_pages_state():
    art = _page("Town, Friday: Undersecretary of Health Amos Kiprono said 12 people died "
                "in the clashes.")
    assert claimant_side(_mention(art, "Amos Kiprono"), art) == "ken"


def test_a_civil_body_named_after_its_lands_doctors_takes_no_state_side():
    # the resolver gives the mention the country of its demonym ("Kenyan")
    art = _page("Town, Friday: 40 marchers died, the Central Committee of Kenyan Doctors "
                "said, and the Kenyan Doctors' Union said more were hurt.")
    assert claimant_side(_mention(art, "the Central Committee of Kenyan Doctors",
                                  country="KEN"), art) is None
    assert claimant_side(_mention(art, "the Kenyan Doctors' Union", country="KEN"), art) \
        is None


def test_a_state_body_named_by_its_demonym_keeps_the_states_side():
    art = _page("Town, Friday: 12 died, the Kenyan Health Ministry said.")
    assert claimant_side(_mention(art, "the Kenyan Health Ministry", country="KEN"), art) \
        == "ken"


def test_one_bodys_words_in_another_order_carry_its_side():
    # one report: "the Central Committee of Eastland Doctors" (no side read); the next: "the
    # Eastland Doctors' Central Committee, a group associated with the protesters"
    inc = one([article("a", "Steppe Wire", [{"figures": [killed(35, low=35, counts="people")]}],
                       claimant=("the Central Committee of Eastland Doctors", None),
                       published="2022-03-01"),
               article("b", "Mountain Daily", [{"figures": [killed(40, counts="people")]}],
                       claimant=("the Eastland Doctors' Central Committee", "opposition"),
                       published="2022-03-02")])
    sides = {f["claimant"]: f["side"] for f in inc["figures"] if f["category"] == "killed"}
    assert sides == {"the Central Committee of Eastland Doctors": "opposition",
                     "the Eastland Doctors' Central Committee": "opposition"}
    assert inc["contradictions"] == []


def test_a_body_of_other_words_takes_no_side_from_it():
    # "the Eastland Doctors' Union" is another body than "the Central Committee of Eastland
    # Doctors": a word of its own ("union") and none of the committee's ("central")
    inc = one([article("a", "Steppe Wire", [{"figures": [killed(35, counts="people")]}],
                       claimant=("the Eastland Doctors' Union", None), published="2022-03-01"),
               article("b", "Mountain Daily", [{"figures": [killed(3, counts="people")]}],
                       claimant=("the Central Committee of Eastland Doctors", "opposition"),
                       published="2022-03-02")])
    sides = {f["claimant"]: f["side"] for f in inc["figures"] if f["category"] == "killed"}
    assert sides["the Eastland Doctors' Union"] is None


def _toll_claim(text: str, head: str) -> tuple[dict, dict]:
    art = {**_page(text), "outlet": "Morning Ledger"}
    m = _mention(art, head)
    claim = {"chain": [head, "Morning Ledger"], "claimant": m, "figures": [],
             "sentence": text, "start": 0}
    return claim, art


def test_a_count_with_no_keeper_is_no_voice():
    claim, art = _toll_claim("More than 35 dead after police break up the march: new toll",
                             "new toll")
    assert claim_source(claim, art) == ("Morning Ledger", None)


def test_a_count_is_its_keepers_when_the_keeper_follows():
    claim, art = _toll_claim("The toll rose to 121, according to figures released on "
                             "Monday by state authorities.", "figures")
    assert claim_source(claim, art) == ("state authorities", "ken")


def test_a_count_that_names_its_keeper_stays_a_voice():
    claim, art = _toll_claim("The official toll stood at 44.", "The official toll")
    assert claim_source(claim, art)[0] == "The official toll"


def test_a_named_sources_two_figures_on_one_page_are_no_contradiction():
    # "Amos Kiprono said 61 died"; "Kiprono also said yesterday 52 had been killed"
    art = multi_claim_article("a", "Morning Ledger", [
        ("Amos Kiprono said 61 people died.", ("Amos Kiprono", None),
         [{"figures": [killed(61, counts="people")]}]),
        ("Amos Kiprono also said yesterday that 52 people had been killed.",
         ("Amos Kiprono", None), [{"figures": [killed(52, counts="people")]}])])
    inc = one([art])
    assert inc["contradictions"] == []
