"""Paragraph context in reconcile relies on the events stage's stored flags (issue 14): it fills
only what extract could not (a place stated after the event), and never passes on a place an
event itself only inherited."""

from __future__ import annotations

from fogofwar.reconcile.context import paragraph_context

from .helpers import SARAQIB, TAFTANAZ, multi_claim_article

KILLED = "Five soldiers were killed."
SHELLING = "The shelling hit Saraqib on Monday."


def test_a_place_stated_later_in_the_paragraph_is_filled():
    art = multi_claim_article("a", "X", [(KILLED, None, [{"place": None}]),
                                         (SHELLING, None, [{"place": SARAQIB}])], sep=" ")
    filled = paragraph_context(art, {c["id"]: c for c in art["claims"]})
    assert filled["a:c0e0"][0]["name"] == "Saraqib"


def test_an_inherited_place_is_not_passed_on_again():
    art = multi_claim_article("a", "X", [(KILLED, None, [{"place": None}]),
                                         (SHELLING, None, [{"place": TAFTANAZ,
                                                            "place_inherited": True}])],
                              sep=" ")
    filled = paragraph_context(art, {c["id"]: c for c in art["claims"]})
    assert "a:c0e0" not in filled
