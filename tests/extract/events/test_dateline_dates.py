"""A full date opening a line before a dash is the story's dateline, not its event's date
(issue 14: a copy opening "<Month> <day>, <year> - Dozens ... were killed ... on Thursday" dated
the strike to the filing day and split the page's report from the others of that Thursday)."""

from __future__ import annotations

from datetime import date

from fogofwar.records import DateRef
from fogofwar.resolve.dates import is_opening_dateline

from .test_event_dates import _events


def _ref(text, phrase):
    return DateRef(phrase, text.find(phrase), text.find(phrase) + len(phrase), None, "day")


def test_the_dateline_is_no_events_date(nlp):
    text = ("March 6, 2021 - The Syrian Army shelled the village of Tell Abyad on Friday, "
            "killing four farmers.")
    dates = [("March 6, 2021", date(2021, 3, 6), "day"), ("Friday", date(2021, 3, 5), "day")]
    shelled = next(e for e in _events(nlp, text, dates) if e.trigger == "shelled")
    assert shelled.date == date(2021, 3, 5)


def test_which_dates_are_datelines():
    text = "Title line\nMarch 6, 2021 — The army shelled the village on March 5, 2021 - a Friday."
    assert is_opening_dateline(text, _ref(text, "March 6, 2021"))
    assert not is_opening_dateline(text, _ref(text, "March 5, 2021"))  # inside the sentence
    plain = "March 6, 2021 was the day the army shelled the village."
    assert not is_opening_dateline(plain, _ref(plain, "March 6, 2021"))  # no dash: the event's
