"""Issue 14: an undated report that names only the province ("a strike in the Kharkiv region on
Thursday": its village is in no gazetteer) joins the one incident of that province its weekday
fits, and none when two fit; a place named in a claim's attribution ("said at a briefing in
Moscow") places no event; an article's focus is where things happen, not who speaks."""

from __future__ import annotations

from fogofwar.reconcile.context import article_focus, said_at

from .helpers import IDLIB_GOV, NAYRAB, QAMISHLI, SARAQIB, TAFTANAZ, article
from .test_sites_dates import by_size, undated

THURSDAY = "The strike on Thursday killed 30 people."  # Feb 13, 2020 was a Thursday


def test_an_undated_province_report_joins_the_one_incident_its_weekday_fits():
    a = article("a", "X", [{"date": "2020-02-13"}], published="2020-02-14")
    b = undated("b", "Y", [{"place": IDLIB_GOV, "sentence": THURSDAY}], text=THURSDAY)
    (inc,) = by_size([a, b])
    assert inc["date_inherited"] == ["b:e0"]


def test_two_incidents_of_that_weekday_in_the_province_leave_it_alone():
    a = article("a", "X", [{"date": "2020-02-13"}], published="2020-02-14")
    c = article("c", "Z", [{"date": "2020-02-06", "place": TAFTANAZ}], published="2020-02-07")
    b = undated("b", "Y", [{"place": IDLIB_GOV, "sentence": THURSDAY}], text=THURSDAY)
    assert len(by_size([a, b, c])) == 3


def test_an_undated_report_of_another_province_does_not_join():
    a = article("a", "X", [{"date": "2020-02-13"}], published="2020-02-14")
    other = {**IDLIB_GOV, "admin1": "Al-Hasakah Governorate", "name": "Al-Hasakah"}
    b = undated("b", "Y", [{"place": other, "sentence": THURSDAY}], text=THURSDAY)
    assert len(by_size([a, b])) == 2


SAID = ('"Sixty officers were killed," spokesman Igor Konashenkov said at a briefing in '
        'Moscow.')
ADDED = "Sixty officers were killed, the spokesman said, adding that the strike hit Saraqib."


def _claim(text: str, source: str, cue: str) -> dict:
    s, c = text.index(source), text.index(cue)
    return {"start": 0, "end": len(text), "source": {"start": s, "end": s + len(source)},
            "cue_end": c + len(cue)}


def test_a_place_in_the_attribution_is_where_it_was_said():
    start = SAID.index("Moscow")
    ev = {"place": {**QAMISHLI, "text": "Moscow", "start": start, "end": start + 6}}
    assert said_at(ev, _claim(SAID, "spokesman", "said"), SAID)


def test_a_place_in_a_tail_naming_no_venue_is_the_events():
    text = '"Sixty officers were killed," the governor said of the strike on Saraqib.'
    start = text.index("Saraqib")
    ev = {"place": {**SARAQIB, "start": start, "end": start + 7}}
    assert not said_at(ev, _claim(text, "the governor", "said"), text)


def test_a_place_the_claim_goes_on_to_state_is_the_events():
    start = ADDED.index("Saraqib")
    ev = {"place": {**SARAQIB, "start": start, "end": start + 7}}
    assert not said_at(ev, _claim(ADDED, "the spokesman", "said"), ADDED)


def test_a_government_named_by_its_capital_is_no_focus():
    art = article("a", "X", [{}])
    kremlin = {**QAMISHLI, "text": "Kremlin", "role": "actor", "feature_code": "PPLC"}
    art["places"] = [{**SARAQIB, "role": "location"}, kremlin, kremlin]
    assert article_focus(art)["admin1"] == SARAQIB["admin1"]
    # a town's council speaking is still the town: "the Qamishli city council said"
    council = {**QAMISHLI, "text": "Qamishli", "role": "actor"}
    art["places"] = [{**SARAQIB, "role": "location"}, council, council]
    assert article_focus(art)["admin1"] == QAMISHLI["admin1"]


def test_an_articles_two_days_in_one_town_stay_two_incidents():
    # Tabi'in school (dev i03): one article tells Saturday's strike and, as background,
    # "on Thursday ... strikes hit two schools"; another report's day between them must not
    # chain the two into one incident
    one = article("a", "X", [{"date": "2020-02-08"}, {"date": "2020-02-10"}],
                  published="2020-02-10")
    one["events"][1]["sentence"] = one["text"] = "Another sentence of the article."
    one["claims"].append({**one["claims"][0], "id": "a:c1", "start": 0, "end": 10})
    one["events"][1]["claim_id"] = "a:c1"
    other = article("b", "Y", [{"date": "2020-02-09"}], published="2020-02-10")
    incs = by_size([one, other])
    assert len(incs) == 2
    assert not any({"a:e0", "a:e1"} <= set(i["events"]) for i in incs)


def test_one_articles_days_a_day_apart_still_join():
    # a strike late on Sunday reported as Monday's: one occurrence
    one = article("a", "X", [{"date": "2020-02-09"}], published="2020-02-10")
    other = article("b", "Y", [{"date": "2020-02-10"}], published="2020-02-10")
    assert len(by_size([one, other])) == 1


def test_a_village_no_gazetteer_knew_is_part_of_the_wording():
    from fogofwar.reconcile.context import article_words

    art = article("a", "X", [{}], text="A missile hit the cafe in Zorivka near Saraqib.")
    art["places"] = [{**SARAQIB, "start": 38}, {"text": "Zorivka", "name": None, "start": 28}]
    words = article_words(art)
    assert "zorivka" in words and "saraqib" not in words


def test_an_undated_weekday_report_joins_the_incident_of_its_very_town():
    # "on Thursday" fits both Thursdays; the report names Saraqib, where only one of them was
    a = article("a", "X", [{"date": "2020-02-13"}], published="2020-02-14")
    c = article("c", "Z", [{"date": "2020-02-06", "place": TAFTANAZ}], published="2020-02-07")
    b = undated("b", "Y", [{"place": SARAQIB, "sentence": THURSDAY}], text=THURSDAY)
    incs = by_size([a, b, c])
    assert len(incs) == 2
    (joined,) = [inc for inc in incs if inc["date_inherited"]]
    assert joined["date_inherited"] == ["b:e0"]
    assert joined["date_start"] == "2020-02-13"


def test_an_undated_weekday_report_between_two_other_towns_stays_alone():
    a = article("a", "X", [{"date": "2020-02-13"}], published="2020-02-14")
    c = article("c", "Z", [{"date": "2020-02-06", "place": TAFTANAZ}], published="2020-02-07")
    b = undated("b", "Y", [{"place": NAYRAB, "sentence": THURSDAY}], text=THURSDAY)
    assert len(by_size([a, b, c])) == 3


def test_where_a_group_is_based_is_no_focus():
    # "the New York-based watchdog said at least 20 protesters were shot in Syria": the page is
    # about the country; the watchdog's seat (role associated) must not give it an area
    art = article("a", "X", [{}])
    seat = {**QAMISHLI, "text": "New York", "role": "associated"}
    country = {"text": "Syria", "name": "Syria", "geonames_id": 163843, "country": "SYR",
               "admin1": None, "precision": "country", "role": "location"}
    art["places"] = [seat, country, seat]
    assert article_focus(art) is None
    # a town the page places things in still is: "in Saraqib ... the London-based group said"
    art["places"] = [{**SARAQIB, "role": "location"}, seat, seat]
    assert article_focus(art)["admin1"] == SARAQIB["admin1"]
