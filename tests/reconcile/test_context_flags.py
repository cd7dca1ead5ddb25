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


TOLL = "The toll from Saturday's strike on the market rose to 12."
FELL = "The town fell to the rebels in the summer of 2022."


UNDATED = {"place": SARAQIB, "date": None, "date_precision": None}


def _filled_date(second: tuple[str, dict]) -> object:
    art = multi_claim_article("a", "X", [(TOLL, None, [UNDATED]),
                                         (second[0], None, [second[1]])],
                              published=None, sep=" ")
    filled = paragraph_context(art, {c["id"]: c for c in art["claims"]})
    return filled.get("a:c0e0", (None, None))[1]


def test_a_background_year_does_not_date_a_strike_that_names_its_own_day():
    assert _filled_date((FELL, {"type": "SEIZE", "place": SARAQIB,
                                                    "date": "2022-01-01",
                                                    "date_precision": "year"})) is None


def test_a_neighbour_dated_on_that_very_weekday_still_dates_it():
    # 2024-02-03 was a Saturday.
    when = _filled_date(("Rescuers worked at the market on 3 February.",
                                             {"place": SARAQIB, "date": "2024-02-03",
                                              "date_precision": "day"}))
    assert when == ("2024-02-03", "day")


def test_a_neighbour_on_another_weekday_does_not():
    # 2024-02-04 was a Sunday.
    assert _filled_date(("Rescuers worked at the market on 4 February.",
                                             {"place": SARAQIB, "date": "2024-02-04",
                                              "date_precision": "day"})) is None


def test_a_sentence_without_a_day_of_its_own_inherits_as_before():
    art = multi_claim_article("a", "X", [(KILLED, None, [UNDATED]),
                                         (FELL, None, [{"place": SARAQIB, "date": "2022-01-01",
                                                        "date_precision": "year"}])],
                              published=None, sep=" ")
    filled = paragraph_context(art, {c["id"]: c for c in art["claims"]})
    assert filled["a:c0e0"][1] == ("2022-01-01", "year")
