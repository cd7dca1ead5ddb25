"""A statement's day ("the monitor reported Friday") is not its event's day when the story
goes on to date the event itself, earlier; alone, it is still taken (round incidents24c)."""

from __future__ import annotations

from datetime import date

import pytest

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


@pytest.mark.parametrize("lead", ["", "on ", "late "])
def test_a_day_right_after_the_saying_verb_is_the_statements(nlp, lead):
    # "said Tuesday 9 were killed": the parse may hang the bare day on "killed", but it is the
    # day of the saying (also past the pack's statement_day_leads: "said on Tuesday", "said
    # late Tuesday"); the next paragraph's clash on Saturday is the killing's day, though
    # coded FIGHT where the killing is ASSAULT (the pack's statement_day_groups)
    text = (f"Provincial officials said {lead}Tuesday nine villagers and two guards were killed in "
            "unrest in the river town of Varosk.\n\nEighty people were injured on Saturday in "
            "clashes with the Syrian Army in Varosk.")
    dates = [("Tuesday", date(2021, 3, 16), "day"), ("Saturday", date(2021, 3, 13), "day")]
    events = _events(nlp, text, dates)
    killed = next(e for e in events if e.trigger == "killed")
    assert (killed.type, killed.date) == ("ASSAULT", date(2021, 3, 13))
    assert next(e for e in events if e.trigger == "injured").type == "FIGHT"


def test_a_later_report_of_another_kind_keeps_the_statement_day(nlp):
    # an arrest the story dates earlier is another act: the killing keeps the statement's day
    text = ("Provincial officials said Tuesday nine villagers were killed in unrest in "
            "Varosk.\n\nThe Syrian Army arrested 40 people on Saturday in Varosk.")
    dates = [("Tuesday", date(2021, 3, 16), "day"), ("Saturday", date(2021, 3, 13), "day")]
    killed = next(e for e in _events(nlp, text, dates) if e.trigger == "killed")
    assert killed.date == date(2021, 3, 16)


def test_a_day_months_before_the_statement_is_another_act(nlp):
    # the next paragraph recalls the war's first day: the strike keeps the statement's day
    text = ("On Thursday, officials said the Syrian Army shelled two schools in Varosk, "
            "killing 18 people.\n\nThe Syrian Army shelled Varosk on 2 March last year.")
    dates = [("Thursday", date(2021, 3, 18), "day"), ("2 March", date(2020, 3, 2), "day")]
    shelled = next(e for e in _events(nlp, text, dates) if e.trigger == "shelled")
    assert shelled.date == date(2021, 3, 18)
