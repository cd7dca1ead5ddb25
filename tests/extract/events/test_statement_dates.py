"""A statement's day ("the monitor reported Friday") is not its event's day when the story
goes on to date the event itself, earlier; alone, it is still taken (round incidents24c)."""

from __future__ import annotations

from datetime import date

from .whole import dated_events as _events


def test_statement_day_gives_way_to_the_events_own(nlp):
    text = ("The Syrian Army shot dead some 40 farmers over three days, a monitor reported "
            "Friday.\n\nThe Syrian Army killed them between June 2 and 4 near the village "
            "of Kafr Ain.")
    dates = [("Friday", date(2019, 6, 14), "day"), ("June 2", date(2019, 6, 2), "day")]
    shot = next(e for e in _events(nlp, text, dates) if e.trigger == "shot")
    assert shot.date == date(2019, 6, 2)


def test_statement_day_alone_is_still_taken(nlp):
    text = "The Syrian Army shelled the market of Kafr Ain, a local official said on Friday."
    dates = [("Friday", date(2019, 6, 14), "day")]
    shelled = next(e for e in _events(nlp, text, dates) if e.trigger == "shelled")
    assert shelled.date == date(2019, 6, 14)
