"""A report dated only by a mourning for its victims takes no day from it (round incidents23;
reconcile/incidents.event_window, context.news_days). Sentences written for this test."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.context import news_days
from fogofwar.reconcile.incidents import event_window

MOURNING = ("Relatives gathered on Sunday, June 2, to mourn the victims of the shelling of the "
            "market days earlier.")


def test_a_mourning_sentence_gives_its_event_no_day():
    ev = {"date": "2024-06-02", "date_precision": "day", "sentence": MOURNING}
    window = event_window(ev, date(2024, 6, 4))
    assert window is not None and window != (date(2024, 6, 2), date(2024, 6, 2))
    assert window[0] < date(2024, 6, 2)


def test_a_plain_report_keeps_its_day():
    ev = {"date": "2024-06-02", "date_precision": "day",
          "sentence": "Shells hit the market on Sunday, killing six traders."}
    assert event_window(ev, date(2024, 6, 4)) == (date(2024, 6, 2), date(2024, 6, 2))


def test_a_mourning_day_is_no_news_day():
    ev = {"type": "ASSAULT", "date": "2024-06-02", "date_precision": "day",
          "sentence": MOURNING}
    window = (date(2024, 5, 28), date(2024, 6, 4))
    assert news_days([ev], window, lambda e: "violence") == {}
