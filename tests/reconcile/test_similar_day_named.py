"""An undated report whose text names a day joins by its wording no incident on another day
(issue 14, reconcile/similar.py): a page on a market strike "on Monday" read like the reports of
a Thursday's strike in the same province and was joined to it."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents

from .helpers import article, multi_claim_article
from .test_similar import CONVOY_AGAIN, dated_pair, incident_of, undated

# 10 February 2020, the convoy's day in `dated_pair`, was a Monday
ON_MONDAY = CONVOY_AGAIN.replace("came under fire", "came under fire on Monday")
ON_THURSDAY = CONVOY_AGAIN.replace("came under fire", "came under fire on Thursday")


def test_an_undated_report_of_the_incidents_weekday_joins_it():
    incs = build_incidents([*dated_pair(), undated("later", ON_MONDAY)])
    assert incident_of(incs, "later") == ["convoy", "later"]


def test_an_undated_report_of_another_weekday_joins_none():
    incs = build_incidents([*dated_pair(), undated("later", ON_THURSDAY)])
    assert incident_of(incs, "later") == ["later"]


def test_a_page_dated_the_day_after_still_fits_the_named_day():
    # the strike's day is told by a report published the next day: a Monday is still in reach
    arts = [article("convoy", "A", [{"date": "2020-02-11"}], text=CONVOY_AGAIN.replace(
                "came under fire", "came under fire yesterday"), published="2020-02-11"),
            dated_pair()[1]]
    incs = build_incidents([*arts, undated("later", ON_MONDAY)])
    assert incident_of(incs, "later") == ["convoy", "later"]


def test_a_report_naming_no_day_is_read_as_before():
    incs = build_incidents([*dated_pair(), undated("later", CONVOY_AGAIN)])
    assert incident_of(incs, "later") == ["convoy", "later"]


def test_a_day_only_the_pages_lead_names_is_no_bar():
    # the lead tells when a side spoke ("said on Thursday"); the report's own sentence names none
    lead = undated("later", "The army said on Thursday that it had opened an inquiry.")
    lead["events"][0]["sentence"] = CONVOY_AGAIN
    lead["text"] = lead["text"] + " " + CONVOY_AGAIN
    incs = build_incidents([*dated_pair(), lead])
    assert incident_of(incs, "later") == ["convoy", "later"]


def test_once_the_page_picked_its_incident_its_other_days_follow():
    # one report names no day and picks the convoy; another names the day investigators came
    undated_event = {"date": None, "date_precision": None}
    later = ("Investigators searched the roundabout on Friday for the shells that killed the "
             "people carrying flour from the aid trucks.")
    art = multi_claim_article("later", "C", [(CONVOY_AGAIN, None, [undated_event]),
                                             (later, None, [undated_event])])
    art["published"] = None
    incs = build_incidents([*dated_pair(), art])
    (inc,) = [i for i in incs if "later" in i["articles"]]
    assert set(inc["events"]) >= {"later:c0e0", "later:c1e0"}


# the day the survivors spoke, three days after the Monday's convoy: no day of the act
SAID_THURSDAY = CONVOY_AGAIN.replace("massacre said.", "massacre said on Thursday.")
TOLD_THURSDAY = CONVOY_AGAIN.replace("survivors of the convoy massacre said.",
                                     "the radio reported Feb. 13.")


def test_the_day_a_report_was_spoken_is_no_bar():
    for text in (SAID_THURSDAY, TOLD_THURSDAY):
        incs = build_incidents([*dated_pair(), undated("later", text)])
        assert incident_of(incs, "later") == ["convoy", "later"]
