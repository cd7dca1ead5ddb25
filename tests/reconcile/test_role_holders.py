"""A bare role claimant is the one named claimant another page of the incident gives that
role (reconcile/role_holders.py)."""

from __future__ import annotations

from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.role_holders import role_holders


def _ref(claimant: str, source: str | None = None, side: str | None = None,
         page: str = "a") -> EventRef:
    return EventRef({}, page, page, claimant, side, None, "g", source_text=source or claimant)


def test_a_bare_role_is_the_person_another_page_says_holds_it():
    refs = [_ref("Oleh Synyehubov", "Oleh Synyehubov, the governor of the Kharkiv region",
                 "ukraine"),
            _ref("Kharkiv governor"), _ref("the governor"), _ref("Ukrainian official")]
    assert role_holders(refs) == {"Kharkiv governor": "Oleh Synyehubov",
                                  "the governor": "Oleh Synyehubov"}


def test_a_role_two_people_hold_or_of_another_place_stays():
    two = [_ref("Oleh Synyehubov", "Oleh Synyehubov, governor of the Kharkiv region"),
           _ref("Vadym Filashkin", "Vadym Filashkin, governor of the Donetsk region"),
           _ref("the governor"), _ref("Donetsk governor"), _ref("Odesa governor")]
    assert role_holders(two) == {"Donetsk governor": "Vadym Filashkin"}


def test_two_spellings_of_the_holder_are_one_holder():
    refs = [_ref("Maxim Kozitsky", "Maxim Kozitsky, the head of the Lviv region"),
            _ref("Maksym Kozytskyy", "Maksym Kozytskyy, head of the Lviv regional military "
                 "administration", "ukraine"),
            _ref("Lviv head")]
    assert role_holders(refs) == {"Lviv head": "Maksym Kozytskyy"}


def test_the_body_a_person_speaks_for_is_not_that_person():
    # "spokesperson of the Border Guard": the guard is the owner of the role, not the role
    refs = [_ref("Andriy Demchenko", "Andriy Demchenko, spokesperson of the State Border Guard"),
            _ref("State Border Guard"), _ref("local spokesperson"),
            _ref("Border Guard spokesperson")]
    assert role_holders(refs) == {"Border Guard spokesperson": "Andriy Demchenko"}


def test_a_title_before_the_name_is_the_role():
    refs = [_ref("Ihor Terekhov", "Kharkiv Mayor Ihor Terekhov"), _ref("the mayor")]
    assert role_holders(refs) == {"the mayor": "Ihor Terekhov"}


def test_only_the_word_before_the_name_is_its_role():
    refs = [_ref("Olena Ivanova", "Navy spokesperson Olena Ivanova"), _ref("Navy")]
    assert role_holders(refs) == {}


def test_a_body_a_country_owns_is_no_role_of_the_country():
    refs = [_ref("Chad", "Chad's government"), _ref("the government")]
    assert role_holders(refs) == {}


def test_of_two_spellings_the_one_its_own_page_gives_is_kept():
    refs = [_ref("Maxim Kozitsky", "Maxim Kozitsky, the head of the Lviv region", page="b"),
            _ref("Maksym Kozytskyy", "Maksym Kozytskyy, head of the Lviv region", "ukraine"),
            _ref("Lviv head", page="b")]
    assert role_holders(refs) == {"Lviv head": "Maxim Kozitsky"}


def test_a_plural_role_is_no_one_holder():
    # "Survivors said 40 were buried" on one page, "Survivor Amadou Kone" on another: several
    # people speak, not the one survivor a page names (round disputes24)
    refs = [_ref("Amadou Kone", "Survivor Amadou Kone"), _ref("Survivors"),
            _ref("the survivor")]
    assert role_holders(refs) == {"the survivor": "Amadou Kone"}


def test_a_role_spelt_otherwise_with_its_states_demonym_is_the_holder():
    refs = [_ref("Mirela Vanko", "Interior Minister Mirela Vanko", "alb", "a1"),
            _ref("Albanian interior minister", side="alb", page="a2")]
    assert role_holders(refs) == {"Albanian interior minister": "Mirela Vanko"}
    refs = [_ref("Tomas Brel", "Defence Minister Tomas Brel", "cze", "a1"),
            _ref("the Czech defense minister", side="cze", page="a2")]
    assert role_holders(refs) == {"the Czech defense minister": "Tomas Brel"}


def test_a_role_of_another_side_stays_though_its_words_fold():
    refs = [_ref("Tomas Brel", "Defence Minister Tomas Brel", "cze", "a1"),
            _ref("the Slovak defense minister", side="svk", page="a2")]
    assert role_holders(refs) == {}
