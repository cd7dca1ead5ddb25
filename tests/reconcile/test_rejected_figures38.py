"""A figure the claimant calls false is not his claim (reconcile/stance_tolls.rejected_figures):
"Forty dead is a lie," a farmer says of the official toll, which is the toll he rejects, not his
own count. Sentences written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.stance_tolls import rejected_figures

from .test_stance_tolls import _claim


def test_a_toll_called_a_lie_is_not_the_speakers():
    claim = _claim("\u201cForty dead is a lie,\u201d said Ato Meru, a farmer at the dam.",
                   "Ato Meru", "Forty")
    assert rejected_figures(claim) == {"Forty"}


def test_a_figure_called_exaggerated_or_propaganda_is_not_the_speakers():
    claim = _claim("The 300 figure is exaggerated, the district chief told reporters.",
                   "the district chief", "300")
    assert rejected_figures(claim) == {"300"}
    claim = _claim("Those 90 deaths are pure propaganda, the militia's spokesman said.",
                   "the militia's spokesman", "90")
    assert rejected_figures(claim) == {"90"}


def test_a_toll_the_speaker_gives_as_true_is_kept():
    claim = _claim("At least 60 people died, and the earlier report of ten was false, the "
                   "mayor said.", "the mayor", "At least 60", "ten")
    assert rejected_figures(claim) == {"ten"}
    claim = _claim("Forty people were killed when the dam broke, said Ato Meru.", "Ato Meru",
                   "Forty")
    assert rejected_figures(claim) == frozenset()
