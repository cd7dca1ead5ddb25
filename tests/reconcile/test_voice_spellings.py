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
