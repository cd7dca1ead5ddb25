"""An event's date from its statement: a "since ..." date says when a state of affairs began,
not when the event happened (issue 14: "the RSF, which has been engaged in conflict with the
army since April 2023, attacked the village" was dated April 2023, not June 5, 2024)."""

from __future__ import annotations

from datetime import date

from .whole import dated_events as _events


def test_since_date_gives_way(nlp):
    text = ("On Wednesday, June 5, 2024, the Syrian Army, which has been engaged in fighting "
            "since April 2023, attacked the village of Wad Noura.")
    dates = [("June 5, 2024", date(2024, 6, 5), "day"), ("April 2023", date(2023, 4, 1), "month")]
    attack = next(e for e in _events(nlp, text, dates) if e.trigger == "attacked")
    assert (attack.date, attack.date_precision) == (date(2024, 6, 5), "day")


def test_since_date_alone_is_still_taken(nlp):
    text = "Since April 2023 the Syrian Army has shelled the village of Wad Noura."
    dates = [("April 2023", date(2023, 4, 1), "month")]
    shelled = next(e for e in _events(nlp, text, dates) if e.trigger == "shelled")
    assert shelled.date == date(2023, 4, 1)


def test_since_date_of_another_clause_is_not_the_events(nlp):
    text = ("The Syrian Army shelled the depot of the rebels, who have been smuggling fuel "
            "across the border since March 2019.")
    dates = [("March 2019", date(2019, 3, 1), "month")]
    shelled = next(e for e in _events(nlp, text, dates) if e.trigger == "shelled")
    assert shelled.date is None


def test_since_date_is_not_inherited_by_a_later_sentence(nlp):
    text = ("The Syrian Army has besieged the town since June 2018. "
            "The Syrian Army shelled the market of the town.")
    dates = [("June 2018", date(2018, 6, 1), "month")]
    shelled = next(e for e in _events(nlp, text, dates) if e.trigger == "shelled")
    assert shelled.date is None


def test_a_modifier_after_since_leaves_the_date_a_start():
    from fogofwar.resolve.dates import is_duration_start, resolve_dates

    for text in ("The militia has held the pass since late 2019.",
                 "The militia has held the pass since early June 2019.",
                 "The militia has held the pass since the end of 2019."):
        (ref,) = resolve_dates(text, None, None)
        assert is_duration_start(text, ref), text
    text = "The militia took the pass in late 2019."
    (ref,) = resolve_dates(text, None, None)
    assert not is_duration_start(text, ref)


def test_a_launch_set_off_after_a_noun_is_a_start():
    """Round undated20: "an operation against the rebels, launched on March 3" tells the day
    the operation began, not the day of what the page reports from it; a launch that is the
    sentence's own act ("The army launched the offensive on March 3") is that day's news."""
    from fogofwar.resolve.dates import is_duration_start, resolve_dates

    for text in ("The bodies were found in the hills during an offensive against the rebels, "
                 "launched on March 3.",
                 "Troops held the ridge in the campaign, which began on March 3."):
        (ref,) = resolve_dates(text, date(2022, 3, 7), "day")
        assert is_duration_start(text, ref), text
    for text in ("The army launched the offensive on March 3.",
                 "The offensive was launched on March 3 at dawn."):
        (ref,) = resolve_dates(text, date(2022, 3, 7), "day")
        assert not is_duration_start(text, ref), text


def test_a_launch_day_is_not_inherited_by_a_later_sentence(nlp):
    text = ("The bodies were found near the village during an operation of the Syrian Army, "
            "launched on March 3. The Syrian Army shelled the market of the town.")
    dates = [("March 3", date(2022, 3, 3), "day")]
    shelled = next(e for e in _events(nlp, text, dates) if e.trigger == "shelled")
    assert shelled.date is None


def test_a_date_inside_a_since_comparison_is_another_events(nlp):
    """Issue 14 (round incdate28): "the deepest raid since the last war in 1971" compares the
    raid with the war; 1971 is the war's year, not the raid's, on an undated page."""
    text = ("The air raid on the camp near the border was the largest attack carried out by "
            "the Syrian Army since the end of its war with the rebels in 1991.")
    dates = [("1991", date(1991, 1, 1), "year")]
    events = _events(nlp, text, dates)
    assert events and all(e.date is None for e in events if e.trigger in ("raid", "attack"))


def test_a_date_inside_a_since_comparison_is_not_inherited(nlp):
    text = ("The shelling of the port was the heaviest since the first war of the Syrian Army "
            "with the rebels in 1991. The army shelled the market of the town.")
    dates = [("1991", date(1991, 1, 1), "year")]
    shelled = next(e for e in _events(nlp, text, dates) if e.trigger == "shelled")
    assert shelled.date is None


def test_the_day_of_the_verb_above_a_set_off_trigger_is_not_its(nlp):
    """Issue 14 (round incdate28): "One of the soldiers killed was buried on Monday": the
    burial's day, not the killing's; "the soldiers killed on Friday" keep their own day."""
    text = "One of the soldiers killed by the Syrian Army was buried on Monday."
    dates = [("Monday", date(2024, 3, 4), "day")]
    killed = next(e for e in _events(nlp, text, dates) if e.trigger == "killed")
    assert killed.date is None
    text = "The soldiers killed by the Syrian Army on Friday were buried in the village."
    dates = [("Friday", date(2024, 3, 1), "day")]
    killed = next(e for e in _events(nlp, text, dates) if e.trigger == "killed")
    assert killed.date == date(2024, 3, 1)


def test_the_date_of_a_compared_event_is_not_continued(nlp):
    """Round incdate28: the war a "since" phrase compares the raid with keeps its own year,
    but the next sentence's strike of the undated page does not take it."""
    text = ("The raid was the deepest launched by the Syrian Army since the last of its wars "
            "with the rebels in 1991. The Syrian Army said the jets hit a training camp.")
    dates = [("1991", date(1991, 1, 1), "year")]
    events = _events(nlp, text, dates)
    hit = next(e for e in events if e.trigger == "hit")
    assert hit.date is None
    wars = next((e for e in events if e.trigger == "wars"), None)
    assert wars is None or wars.background


def test_a_clause_after_since_keeps_its_date_for_the_event(nlp):
    """Round incdate28: "since taking the town last week" is no compared event: the state's
    start, which the statement's event may still take (a noun object is compared)."""
    from fogofwar.extract.events.context import compared_since
    from fogofwar.records import DateRef

    for text, phrase, compared in (
            ("The Syrian Army has been close to seizing the pass since taking the town last "
             "week.", "last week", False),
            ("The raid was the deepest launched by the Syrian Army since the last of its wars "
             "with the rebels in 1991.", "1991", True)):
        doc = nlp(text)
        start = text.index(phrase)
        ref = DateRef(text=phrase, start=start, end=start + len(phrase), value=None,
                      precision=None)
        assert (compared_since(ref, doc) is not None) is compared, text


def test_a_date_right_after_a_ranking_since_dates_no_event(nlp):
    """Round bgdate30: "the deadliest since March 2014" ranks the clash against March 2014;
    a date right after "since" is a state's start only when nothing is ranked."""
    text = ("The clash of the Syrian Army with rebels near the river was the deadliest since "
            "March 2014, when rebels killed nine guards at a checkpoint.")
    dates = [("March 2014", date(2014, 3, 1), "month")]
    clash = next(e for e in _events(nlp, text, dates) if e.trigger == "clash")
    assert clash.date is None


def test_a_date_right_after_since_the_first_time_dates_no_event(nlp):
    text = "The Syrian Army shelled the airport for the first time since 2016, a monitor said."
    dates = [("2016", date(2016, 1, 1), "year")]
    shelled = next(e for e in _events(nlp, text, dates) if e.trigger == "shelled")
    assert shelled.date is None


def test_a_state_since_a_date_still_takes_it(nlp):
    text = "The Syrian Army has besieged the town since 2016, a monitor said."
    dates = [("2016", date(2016, 1, 1), "year")]
    besieged = next(e for e in _events(nlp, text, dates) if e.trigger == "besieged")
    assert besieged.date is not None


def test_a_year_in_a_ranked_since_clause_dates_no_event(nlp):
    """Round evdate33: "the deadliest attack since violence erupted in the country in 2015"
    measures the attack from 2015; the year is the clause's, not the attack's day."""
    text = ("The Syrian Army killed about 40 villagers near the river, the deadliest attack "
            "since fighting broke out in the region in 2016, a monitor said.")
    dates = [("2016", date(2016, 1, 1), "year")]
    events = _events(nlp, text, dates)
    killed = next(e for e in events if e.trigger == "killed")
    assert killed.date is None


def test_a_year_in_a_since_clause_against_a_perfect_dates_no_event(nlp):
    text = "The Syrian Army has shelled the market of the town since the rebels took it in March."
    dates = [("March", date(2016, 3, 1), "month")]
    shelled = next(e for e in _events(nlp, text, dates) if e.trigger == "shelled")
    assert shelled.date is None


def test_a_causal_since_clause_keeps_its_date(nlp):
    """A "since" that gives a reason sets no span: its date may still be the news's day."""
    text = "Since the rebels left the town in March 2016, the Syrian Army shelled its market."
    dates = [("March 2016", date(2016, 3, 1), "month")]
    shelled = next(e for e in _events(nlp, text, dates) if e.trigger == "shelled")
    assert shelled.date == date(2016, 3, 1)


def test_a_since_clause_date_is_not_inherited_by_a_later_sentence(nlp):
    text = ("The Syrian Army killed about 40 villagers, the deadliest attack since fighting "
            "broke out in the region in 2016. The Syrian Army shelled the market of the town.")
    dates = [("2016", date(2016, 1, 1), "year")]
    shelled = next(e for e in _events(nlp, text, dates) if e.trigger == "shelled")
    assert shelled.date is None


def test_a_known_act_below_a_reaction_verb_does_not_take_its_day(nlp):
    """Round dates52: "The governor blamed the bombing on the rebels on March 9" dates the
    blaming; the bombing, an act the reader knows ("the", a possessive), came before."""
    for text, trigger in (
            ("The governor blamed the Syrian Army's bombing of the market on the rebels on "
             "March 9, 2019.", "bombing"),
            ("The governor broke his silence on March 9, 2019 on the Syrian Army's shelling of "
             "the village.", "shelling"),
            ("The governor said on March 9, 2019 that rebels were behind the ambush of the "
             "Syrian Army's convoy.", "ambush")):
        events = _events(nlp, text, [("March 9, 2019", date(2019, 3, 9), "day")])
        act = next(e for e in events if e.trigger == trigger)
        assert act.date is None, text


def test_an_act_told_as_news_keeps_the_day_of_its_report(nlp):
    """An act the sentence tells as its news ("carried out an airstrike") keeps the saying's
    day (the narrow "said on Monday" form, measured in dates.yaml `spoken_day_verbs`)."""
    text = ("The governor said on March 9, 2019 that the Syrian Army carried out an airstrike "
            "on the village.")
    events = _events(nlp, text, [("March 9, 2019", date(2019, 3, 9), "day")])
    strike = next(e for e in events if e.trigger == "airstrike")
    assert strike.date == date(2019, 3, 9)


def test_a_known_act_spoken_of_inherits_no_earlier_date(nlp):
    """Its own sentence's day is the reaction's; an earlier sentence's day (a photo caption's)
    is no better a guess at the act's."""
    text = ("Troops stand at a checkpoint near Idlib on March 2, 2019. The governor blamed "
            "the Syrian Army's bombing of the market on the rebels on March 9, 2019.")
    dates = [("March 2, 2019", date(2019, 3, 2), "day"),
             ("March 9, 2019", date(2019, 3, 9), "day")]
    bombing = next(e for e in _events(nlp, text, dates) if e.trigger == "bombing")
    assert bombing.date is None
