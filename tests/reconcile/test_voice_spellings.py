"""One claimant spelt two ways (reconcile/voices.py `same_voice`): two romanisations of a name
are one voice revising its toll, two names that only share a consonant skeleton are not.
Names and figures are made up for these tests."""

from __future__ import annotations

from fogofwar.reconcile.voices import same_voice

from .helpers import article, killed
from .test_disputes import one


def test_two_romanisations_of_a_name_are_one_voice():
    assert same_voice("Rustam Khalilov", "Rustam Halilov")
    assert same_voice("Aleksei Zhukovsky", "Alexey Zhukovskiy")
    assert same_voice("the mayor, Nadir Bashir", "mayor Nadir Basheer")
    assert not same_voice("Omar Hassan", "Amir Hussein")  # one skeleton, two men
    assert not same_voice("Homs", "Hamas")  # too short a skeleton to tell


def test_a_toll_raised_under_another_spelling_is_a_revision():
    # "Rustam Khalilov, a local elder, said 14 died"; the next day "Rustam Halilov" said 19
    inc = one([article("a", "Steppe Wire", [{"figures": [killed(14, counts="villagers")]}],
                       claimant=("Rustam Khalilov", None), published="2022-03-01"),
               article("b", "Mountain Daily", [{"figures": [killed(19, counts="villagers")]}],
                       claimant=("Rustam Halilov", None), published="2022-03-02")])
    assert [r["values"] for r in inc["revisions"]] == [["14", "19"]]


def test_one_claimant_spelt_two_ways_is_one_figure_row():
    # "Aleksei Zhukovsky said 40 were wounded"; a later report: "Alexey Zhukovskiy ... 40"
    wounded = {**killed(40, counts="people"), "category": "injured"}
    inc = one([article("a", "Steppe Wire", [{"figures": [wounded]}],
                       claimant=("Aleksei Zhukovsky", None), published="2022-03-01"),
               article("b", "Mountain Daily", [{"figures": [wounded]}],
                       claimant=("Alexey Zhukovskiy", None), published="2022-03-02")])
    (row,) = [f for f in inc["figures"] if f["category"] == "injured"]
    assert row["claimant"] == "Aleksei Zhukovsky"
    assert row["spellings"] == ["Alexey Zhukovskiy"]
    assert row["articles"] == ["a", "b"]


def test_a_row_named_one_way_lists_no_spellings():
    inc = one([article("a", "Steppe Wire", [{"figures": [killed(12, counts="villagers")]}],
                       claimant=("Rustam Khalilov", None))])
    assert all("spellings" not in f for f in inc["figures"])


def test_a_name_and_a_body_named_after_it_stay_two_rows():
    # "Vostrelandia" said 30 villagers died; "Vostrelandia Army" said 12 soldiers
    inc = one([article("a", "Steppe Wire", [{"figures": [killed(30, counts="villagers")]}],
                       claimant=("Vostrelandia", "rur"), published="2022-03-01"),
               article("b", "Mountain Daily", [{"figures": [killed(12, counts="soldiers")]}],
                       claimant=("Vostrelandia Army", "rur"), published="2022-03-02")])
    names = sorted(f["claimant"] for f in inc["figures"] if f["category"] == "killed")
    assert names == ["Vostrelandia", "Vostrelandia Army"]
    assert all("spellings" not in f for f in inc["figures"])


def test_a_name_written_in_two_cases_is_one_row():
    # "the Defence Council said 9 died"; a later report: "Defence council ... 9"
    inc = one([article("a", "Steppe Wire", [{"figures": [killed(9, counts="villagers")]}],
                       claimant=("Defence council", None), published="2022-03-01"),
               article("b", "Mountain Daily", [{"figures": [killed(9, counts="villagers")]}],
                       claimant=("Defence Council", None), published="2022-03-02")])
    (row,) = [f for f in inc["figures"] if f["category"] == "killed"]
    assert row["claimant"] == "Defence Council"
