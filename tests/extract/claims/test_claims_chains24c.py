"""Relays told through a medium's named reporter (round chains24c): "told <Medium>
correspondent <Name>" names the medium, whose reporter heard the words, as the one told,
also when the parser makes the reporter's name the object and the staff noun its compound,
and the medium a compound of that compound; a name with no staff noun stays the one told.
Each text was written for these tests and goes through the whole pipeline as an article of
the fictional "Daily Sun".
"""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "name_object": ("Two farmers told BBC Somalia correspondent Ahmed Farah that six guards "
                    "were shot near the bridge. The gunmen burned the truck, they added."),
    "staff_object": ("A nurse told Al Jazeera correspondent Omar Haddad that nine patients "
                     "were moved from the ward."),
    "no_staff": ("A nurse told Omar Haddad that nine patients were moved from the ward."),
    "title_of_order": ("Chief of police in Lasqoray district Yusuf Dirie told Radio Kulmiye "
                       "that the raid began at night. The boat had no lights, said the police "
                       "chief who added that four smugglers were held."),
    "other_title": ("Chief of police in Lasqoray district Yusuf Dirie told Radio Kulmiye "
                    "that the raid began at night. The boat had no lights, said the port "
                    "chief who added that four smugglers were held."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("chains24c"), TEXTS, OUTLET)


def test_a_medium_before_its_reporters_name_is_the_relay(exported):
    chain = claim_on(exported["name_object"], "six guards")["chain"]
    assert "BBC" in " ".join(chain[1:-1])


def test_the_medium_carries_to_the_same_speakers_next_words(exported):
    chain = claim_on(exported["name_object"], "burned the truck")["chain"]
    assert "BBC" in " ".join(chain[1:-1])


def test_a_staff_noun_as_object_names_its_medium(exported):
    chain = claim_on(exported["staff_object"], "nine patients")["chain"]
    assert "Jazeera" in " ".join(chain[1:-1])


def test_a_bare_name_told_is_no_medium(exported):
    chain = claim_on(exported["no_staff"], "nine patients")["chain"]
    assert "Jazeera" not in " ".join(chain) and "BBC" not in " ".join(chain)


def test_a_title_in_its_of_order_is_the_same_speaker(exported):
    chain = claim_on(exported["title_of_order"], "four smugglers")["chain"]
    assert "Kulmiye" in " ".join(chain[1:-1])


def test_another_title_keeps_nothing(exported):
    chain = claim_on(exported["other_title"], "four smugglers")["chain"]
    assert "Kulmiye" not in " ".join(chain)
