"""A toll a sentence tells as a rumour or as a report it calls false is no voice's count of
the incident (round rows51; reconcile/recalled_tolls.py
`rumoured_figures`, reconcile pack `rumoured_toll_patterns`). Sentences written for these
tests."""

from __future__ import annotations

from fogofwar.reconcile.recalled_tolls import rumoured_figures


def _figs(*texts: str) -> list[dict]:
    return [{"text": t} for t in texts]


def test_rumours_a_speaker_calls_false_are_not_his_toll():
    s = ('The provincial police chief told reporters: "The rumours of 400, 900 and 1,500 '
         'people dead at the camp are false."')
    assert rumoured_figures(s, _figs("400", "900", "1,500")) == {"400", "900", "1,500"}


def test_a_quoted_rumoured_toll_in_a_headline_is_no_ones_count():
    s = 'Army sets record straight on "1,200 dead" rumours after river crossing raid'
    assert rumoured_figures(s, _figs("1,200")) == {"1,200"}


def test_earlier_reports_called_false_keep_the_speakers_own_count():
    s = ("The inquiry said earlier reports of 60 or 90 deaths were plainly false and that "
         "at least 240 villagers had been killed.")
    assert rumoured_figures(s, _figs("60 or 90", "at least 240")) == {"60 or 90"}


def test_a_rumour_of_something_else_leaves_the_toll_alone():
    s = "Amid rumours of a mutiny in the garrison, soldiers killed 12 protesters on Friday."
    assert rumoured_figures(s, _figs("12")) == frozenset()
    s = "Rescuers said 31 people were killed and that rumours of looting were unfounded."
    assert rumoured_figures(s, _figs("31")) == frozenset()
