"""Figures a page tells of an attack a claimant takes a stance on are the page's, not the
claimant's (round incidents23; reconcile/stance_tolls.py). Sentences written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.stance_tolls import denied_figures, stance_clause_figures


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


def _denial(sentence: str, claimant: str, cue: str, *figures: tuple[str, float]) -> dict:
    at = sentence.index(cue)
    return {"sentence": sentence, "start": 100, "hedge": "denied", "cue": cue,
            "cue_start": 100 + at, "cue_end": 100 + at + len(cue),
            "claimant": {"text": claimant, "start": 100 + sentence.index(claimant)},
            "figures": [{"text": t, "value": v} for t, v in figures]}


def test_a_denied_toll_is_not_the_deniers_count():
    claim = _denial("The border guard denies rebels killed 21 of its officers.",
                    "The border guard", "denies", ("21", 21))
    assert denied_figures(claim) == {"21"}


def test_a_denied_attack_told_with_its_toll_is_not_the_deniers_count():
    claim = _denial("The air force denied bombing the market in Tarsa, which left more than 70 "
                    "dead.", "The air force", "denied", ("more than 70", 70))
    assert denied_figures(claim) == {"more than 70"}


def test_a_toll_before_the_denial_is_the_accusers():
    claim = _denial("Militants claim 40 soldiers dead but the ministry denies",
                    "the ministry", "denies", ("40", 40))
    assert denied_figures(claim) == {"40"}


def test_the_deniers_own_statement_after_the_denial_is_its_count():
    claim = _denial("The militia denied the army's figure, saying just two of its men died.",
                    "The militia", "denied", ("two", 2))
    assert denied_figures(claim) == frozenset()
    claim = _denial("The governor rejected the report but admits that four guards were hurt.",
                    "The governor", "rejected", ("four", 4))
    assert denied_figures(claim) == frozenset()


def test_the_deniers_zero_is_its_word():
    claim = _denial("The army denied that any villagers were killed.", "The army", "denied",
                    ("any villagers were killed", 0))
    assert denied_figures(claim) == frozenset()


def test_a_negated_cue_is_no_denial():
    claim = _denial("The ministry did not confirm that 12 people died.", "The ministry",
                    "confirm", ("12", 12))
    assert denied_figures(claim) == frozenset()
