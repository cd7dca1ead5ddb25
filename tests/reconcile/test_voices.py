"""An unsided claimant that is a shorter name of a sided one speaks for that side (reconcile/
voices.py), so one office's rising toll is a revision, not a dispute with itself. Names are
written for these tests, not taken from the dev set."""

from __future__ import annotations

import pytest

from fogofwar.present.export import validate
from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.claimant_names import with_fuller_names
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.voices import (
    fuller_names,
    inherited_sides,
    name_words,
    with_inherited_sides,
)

from .helpers import article, killed


def ref(claimant: str, side: str | None) -> EventRef:
    return EventRef({}, "a", "a", claimant, side, None, "violence")


def test_a_shorter_name_of_a_sided_office_takes_its_side():
    refs = [ref("Moldova's Chief Prosecutor's Office", "moldova"),
            ref("the Chief Prosecutor’s Office", None)]
    assert inherited_sides(refs) == {"the Chief Prosecutor’s Office": "moldova"}
    assert [r.side for r in with_inherited_sides(refs)] == ["moldova", "moldova"]


@pytest.mark.parametrize("sided, unsided", [
    ("Ukrainian army", "Ukrainian separatists"),      # adds a word of its own
    ("Israel", "News of Israel"),                     # only repeats the sided name
    ("Russia's defence ministry", "the health ministry"),  # shares a generic word only
])
def test_no_side_from_a_name_that_is_not_a_shorter_one(sided, unsided):
    assert inherited_sides([ref(sided, "x"), ref(unsided, None)]) == {}


def test_two_sides_sharing_the_name_decide_nothing():
    refs = [ref("Gaza municipality spokesman", "palestinian"),
            ref("COGAT Gaza coordinator", "israel"), ref("the Gaza office", None)]
    assert name_words("the Gaza office") == {"gaza"}
    assert inherited_sides(refs) == {}


def test_an_office_revising_its_toll_under_two_names_is_no_contradiction():
    first = article("a", "X", [{"figures": [killed(28, counts="people")]}],
                    claimant=("Moldova's Chief Prosecutor's Office", "moldova"),
                    published="2020-02-10")
    later = article("b", "Y", [{"figures": [killed(35, counts="people")]}],
                    claimant=("the Chief Prosecutor's Office", None), published="2020-02-11")
    (inc,) = build_incidents([first, later])
    validate(inc, "incident")
    assert inc["contradictions"] == []
    (rev,) = inc["revisions"]
    assert rev["values"] == ["28", "35"] and rev["side"] == "moldova"
    assert {f["side"] for f in inc["figures"]} == {"moldova"}


def test_a_surname_is_the_full_name_of_the_same_incident():
    refs = [ref("Dmytro Lunin", None), ref("Lunin", None), ref("Volodymyr Zelensky", "ukr"),
            ref("Zelensky", None)]
    assert fuller_names(refs) == {"Lunin": "Dmytro Lunin", "Zelensky": "Volodymyr Zelensky"}
    assert [(r.claimant, r.side) for r in with_fuller_names(refs)] == [
        ("Dmytro Lunin", None), ("Dmytro Lunin", None), ("Volodymyr Zelensky", "ukr"),
        ("Volodymyr Zelensky", "ukr")]


@pytest.mark.parametrize("names", [
    ["Hamas", "the Hamas-run health ministry"],        # the name must end the longer one
    ["the ministry", "Russia's defence ministry"],      # generic words only
    ["Lunin", "Dmytro Lunin", "Olga Lunin"],           # two fuller names: no telling which
    ["Ukraine", "State Emergency Service of Ukraine"],  # a body of a country is not the country
])
def test_no_fuller_name_where_the_ending_does_not_single_one_out(names):
    assert fuller_names([ref(n, None) for n in names]) == {}


def test_a_fuller_name_of_another_side_is_another_voice():
    assert fuller_names([ref("Smith", "a"), ref("John Smith", "b")]) == {}


def test_one_governor_under_two_names_gives_one_row_of_figures():
    first = article("a", "X", [{"figures": [killed(10, counts="people")]}],
                    claimant=("Dmytro Lunin", None), published="2020-02-10")
    later = article("b", "Y", [{"figures": [killed(19, counts="people")]}],
                    claimant=("Lunin", None), published="2020-02-11")
    (inc,) = build_incidents([first, later])
    validate(inc, "incident")
    assert {f["claimant"] for f in inc["figures"]} == {"Dmytro Lunin"}
    (rev,) = inc["revisions"]
    assert rev["values"] == ["10", "19"]


def test_a_claimant_sided_in_one_report_is_sided_in_all():
    refs = [ref("Governor Ana Ruiz", "east"), ref("Governor Ana Ruiz", None)]
    assert inherited_sides(refs) == {"Governor Ana Ruiz": "east"}


def test_a_body_named_by_generic_words_takes_the_side_of_the_body_holding_them():
    refs = [ref("Eastland's Emergency Situations Ministry", "east"),
            ref("the Ministry of Emergency Situations", None), ref("the ministry", None),
            ref("the Ministry of Emergencies", None), ref("the health ministry", None)]
    # plurals folded ("Emergencies"); one generic word, or a word the sided name lacks, is none
    assert inherited_sides(refs) == {"the Ministry of Emergency Situations": "east",
                                     "the Ministry of Emergencies": "east"}


def test_nested_fuller_names_and_titles_are_one_voice():
    refs = [ref("Ruiz", None), ref("Ana Ruiz", None), ref("Governor Ana Ruiz", "east")]
    assert fuller_names(refs) == {"Ruiz": "Governor Ana Ruiz", "Ana Ruiz": "Governor Ana Ruiz"}
    refs = [ref("spokesman Omar Haddad", None), ref("spokesperson Omar Haddad", None),
            ref("Haddad", None)]
    names = fuller_names(refs)
    assert set(names.values()) == {"spokesperson Omar Haddad"} and len(names) == 2


def test_owner_variants_of_one_body_key_to_its_bare_name():
    from fogofwar.reconcile.voices import variant_names
    refs = [ref("Kenya's Anti-Graft Commission", "ken"), ref("KE Anti-Graft commission", None),
            ref("the Kenyan anti-graft commission", "ken"), ref("Anti-Graft Commission", "ken"),
            ref("the anti-graft commission", None)]
    names = variant_names(refs)
    assert set(names) == {"Kenya's Anti-Graft Commission", "KE Anti-Graft commission",
                          "the Kenyan anti-graft commission", "the anti-graft commission"}
    assert set(names.values()) == {"Anti-Graft Commission"}
    assert {r.claimant for r in with_fuller_names(refs)} == {"Anti-Graft Commission"}


@pytest.mark.parametrize("bare, other, side", [
    ("Anti-Graft Commission", "Dr Mwangi's Anti-Graft Commission watchdog", "ken"),  # not ending
    ("Anti-Graft Commission", "Nairobi Anti-Graft Commission", "ken"),  # a place, not an owner
    ("Anti-Graft Commission", "Somalia's Anti-Graft Commission", "som"),  # another side
    ("the commission", "Kenya's commission", "ken"),  # the bare name is generic words only
])
def test_no_variant_of_another_body(bare, other, side):
    from fogofwar.reconcile.voices import variant_names
    assert variant_names([ref(bare, "ken"), ref(other, side)]) == {}


def test_a_name_spelt_otherwise_takes_the_side_of_its_sided_spelling():
    refs = [ref("Minister Hamid al-Mutawali", "east"), ref("Hamid Al-Motawali", None),
            ref("Omar Kassem", None)]
    # one person romanised two ways is one voice; another name stays unsided
    assert inherited_sides(refs) == {"Hamid Al-Motawali": "east"}
    two = [ref("Hamid al-Mutawali", "east"), ref("Hamid al-Mutawalli", "west"),
           ref("Hamid Al-Motawali", None)]
    assert inherited_sides(two) == {}
