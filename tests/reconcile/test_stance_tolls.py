"""Figures a page tells of an attack a claimant takes a stance on are the page's, not the
claimant's (round incidents23; reconcile/stance_tolls.py). Sentences written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.stance_tolls import stance_clause_figures


def _claim(sentence: str, claimant: str, *figures: str) -> dict:
    return {"sentence": sentence, "start": 100,
            "claimant": {"text": claimant, "start": 100 + sentence.index(claimant)},
            "figures": [{"text": f} for f in figures]}


def test_a_relative_clause_on_a_condemned_attack_is_the_pages():
    claim = _claim("The interior ministry condemned the shelling, which killed 14 farmers.",
                   "The interior ministry", "14")
    assert stance_clause_figures(claim) == {"14"}


def test_a_where_clause_after_expressed_concern_is_the_pages():
    claim = _claim("Human Rights Watch expressed deep concern over the raid on Lamu, where "
                   "gunmen shot dead over 30 villagers.", "Human Rights Watch", "over 30")
    assert stance_clause_figures(claim) == {"over 30"}


def test_a_saying_verb_in_the_clause_keeps_the_figure_the_claimants():
    claim = _claim("The ministry condemned the shelling, which it said killed 14 farmers.",
                   "The ministry", "14")
    assert stance_clause_figures(claim) == frozenset()


def test_a_toll_the_claimant_states_itself_is_kept():
    claim = _claim("The ministry said the shelling killed 14 farmers and condemned it.",
                   "The ministry", "14")
    assert stance_clause_figures(claim) == frozenset()
