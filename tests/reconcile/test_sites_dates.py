"""Sites as the strongest join key and dates inherited from the incident (issue 14), on
hand-made multi-article sets: one strike told by outlets of both sides, some of them undated,
placed coarsely, or spelling the site differently."""

from __future__ import annotations

import pytest

from fogofwar.present.export import validate
from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.sites import site_key, sites_match

from .helpers import (
    IDLIB_GOV,
    JISR,
    QAMISHLI,
    SARAQIB,
    SYRIA,
    TAFTANAZ,
    article,
    killed,
    mention,
    multi_claim_article,
    site,
)

RUSSIA = mention("Russian forces", "russia")
#: a report's sentence naming no day (one naming a day fits only the incident of that day)
NO_DAY = "Rescuers said dozens of people were pulled from the rubble of the hospital."
TURKEY = mention("Turkish troops", "turkey")


def undated(aid: str, outlet: str, events: list[dict], **kw) -> dict:
    """An article whose page gave no date, so nothing bounds its events' dates."""
    art = article(aid, outlet, [{"date": None, "date_precision": None, **e} for e in events],
                  **kw)
    art["published"] = None
    return art


def by_size(arts: list[dict]) -> list[dict]:
    incs = build_incidents(arts)
    for inc in incs:
        validate(inc, "incident")
    return incs


def test_two_spellings_of_one_hospital_join_across_a_coarse_and_a_wide_date():
    # "the Al-Ahli Arab Hospital" (town, day) and "al-Ahli hospital" placed only at the
    # governorate and dated "last week": the shared site joins them
    arts = [article("a", "X", [{"place": site("Al-Ahli Arab Hospital")}]),
            article("b", "Y", [{"place": {**site("al-Ahli hospital", IDLIB_GOV)},
                                "date": "2020-02-09", "date_precision": "week"}])]
    (inc,) = by_size(arts)
    assert inc["articles"] == ["a", "b"]


def unlocated(name: str, code: str = "HSP") -> dict:
    """A named site no town located (resolve/sites.py keeps its name and kind only)."""
    return {"text": name, "name": name, "geonames_id": None, "lat": None, "lon": None,
            "country": None, "admin1": None, "feature_code": code, "precision": None,
            "within": None}


def test_a_site_no_town_located_still_joins_the_reports_naming_it():
    # one outlet names the hospital and its town, another only the hospital
    arts = [article("a", "X", [{"place": site("Al-Awda Hospital")}]),
            article("b", "Y", [{"place": unlocated("al-Awda hospital")}])]
    (inc,) = by_size(arts)
    assert inc["articles"] == ["a", "b"]


def test_a_place_of_no_site_kind_is_no_site():
    assert site_key(unlocated("Al-Awda", code="PPL")) is None
    assert site_key(unlocated("al-Awda hospital")) is not None


@pytest.mark.parametrize(("a", "b", "same"), [
    (("Al-Ahli Arab Hospital", "HSP"), ("al-Ahli hospital", "HSP"), True),   # spelling, "Arab"
    (("Kramatorsk railway station", "RSTN"), ("Kramatorsk station", "RSTN"), True),
    (("Olenivka prison", "PRN"), ("Yelenovka prison", "PRN"), True),          # transliteration
    (("Al-Ahli Arab Hospital", "HSP"), ("al-Shifa hospital", "HSP"), False),  # another hospital
    (("Kramatorsk railway station", "RSTN"), ("Kramatorsk school", "SCH"), False),  # other kind
])
def test_site_names_match_across_spellings_not_across_sites(a, b, same):
    ka, kb = (site_key(site(n, code=c)) for n, c in (a, b))
    assert sites_match(ka, kb) is same


def test_an_undated_report_of_the_site_inherits_the_incidents_date():
    arts = [article("a", "X", [{"place": site("Al-Ahli Arab Hospital"),
                                "figures": [killed(471, counts="people")]}]),
            undated("b", "Y", [{"place": site("al-Ahli hospital"),
                                "figures": [killed(500, counts="people")]}])]
    (inc,) = by_size(arts)
    assert inc["date_start"] == "2020-02-10"
    assert inc["date_inherited"] == ["b:e0"]


def test_an_undated_report_fitting_two_incidents_at_the_site_joins_neither():
    arts = [article("a", "X", [{"place": site("Al-Ahli Arab Hospital")}]),
            article("c", "Z", [{"place": site("Al-Ahli Arab Hospital"), "date": "2020-02-20"}]),
            undated("b", "Y", [{"place": site("Ahli hospital"), "sentence": NO_DAY}])]
    incs = by_size(arts)
    assert len(incs) == 3 and all(i["date_inherited"] == [] for i in incs)


def test_same_site_a_month_apart_is_two_incidents():
    arts = [article("a", "X", [{"place": site("Al-Ahli Arab Hospital")}]),
            article("b", "Y", [{"place": site("al-Ahli hospital"), "date": "2020-03-12"}],
                    published="2020-03-12")]
    assert len(by_size(arts)) == 2


def test_an_undated_report_sharing_party_and_victims_joins_nearby():
    arts = [article("a", "X", [{"actor": RUSSIA, "target": TURKEY, "figures": [killed(5)]}]),
            undated("b", "Y", [{"place": TAFTANAZ, "actor": RUSSIA, "target": TURKEY,
                                "figures": [killed(7)], "sentence": "An attack."}])]
    (inc,) = by_size(arts)
    assert inc["date_inherited"] == ["b:e0"] and inc["date_start"] == "2020-02-10"


def test_an_undated_report_naming_the_day_joins_without_parties():
    # "the February 10 attack", with no year to resolve it: the month and day fit
    arts = [article("a", "X", [{}]),
            undated("b", "Y", [{"place": TAFTANAZ,
                                "sentence": "The February 10 attack near Taftanaz."}])]
    (inc,) = by_size(arts)
    assert inc["date_inherited"] == ["b:e0"]


def test_an_undated_report_at_a_site_no_dated_report_names_joins_by_its_town():
    # the undated report names a street the dated ones do not: its town and day still fit
    arts = [article("a", "X", [{}]),
            undated("b", "Y", [{"place": site("al-Rashid Street", TAFTANAZ, "ST"),
                                "sentence": "The February 10 attack on al-Rashid Street."}])]
    (inc,) = by_size(arts)
    assert inc["date_inherited"] == ["b:e0"]


def test_an_undated_report_at_a_site_a_dated_report_names_is_left_to_the_site_pass():
    # two dated incidents at one hospital: the site pass reads the day the undated report's
    # own sentence names (round undated15), which rules out the March strike: it joins the
    # February one; naming no day, it fits both and joins neither
    hosp = site("Al-Awda Hospital")
    arts = [article("a", "X", [{"place": hosp}]),
            article("c", "Z", [{"place": hosp, "date": "2020-03-20"}], published="2020-03-21"),
            undated("b", "Y", [{"place": hosp, "sentence": "The February 10 attack."}])]
    incs = by_size(arts)
    assert len(incs) == 2 and any({"a", "b"} <= set(i["articles"]) for i in incs)
    arts[2] = undated("b", "Y", [{"place": hosp, "sentence": NO_DAY}])
    assert len(by_size(arts)) == 3


@pytest.mark.parametrize("undated_event", [
    {"place": SARAQIB, "sentence": "An attack."},                    # only the town shared
    {"place": SARAQIB, "actor": RUSSIA, "sentence": "An attack."},   # a party, no victims
    {"place": SARAQIB, "sentence": "The March 3 attack."},   # another day
])
def test_an_undated_report_with_too_little_in_common_stays_alone(undated_event):
    # its article names no day either (an article whose lead names the day would join)
    arts = [article("a", "X", [{"actor": RUSSIA, "target": TURKEY, "figures": [killed(5)]}]),
            undated("b", "Y", [undated_event], text="An attack near Saraqib.")]
    assert len(by_size(arts)) == 2


def test_a_report_of_the_site_ingested_later_joins_the_stored_incident(tmp_path):
    from fogofwar.reconcile import update_incidents
    from fogofwar.store import open_store

    from .helpers import to_analysis

    store = open_store(f"sqlite:///{tmp_path}/s.db")
    dated = article("a", "X", [{"place": site("Al-Ahli Arab Hospital")}])
    store.write(to_analysis(dated))
    update_incidents(store)
    late = undated("b", "Y", [{"place": site("al-Ahli hospital")}])
    late["published"] = "2020-02-11"  # the event has no date of its own, only a look-back
    store.write(to_analysis(late))
    update_incidents(store)
    (inc,) = list(store.iter_incidents())
    assert inc["articles"] == ["a", "b"]
    store.close()


def test_a_running_war_total_joins_no_incident():
    text = "Israel's campaign in Gaza has killed at least 39,699 people, the ministry said."
    arts = [article("a", "X", [{"figures": [killed(19)]}]),
            article("b", "Y", [{"figures": [killed(39699, low=39699, counts="people")],
                                "sentence": text}])]
    (inc,) = by_size(arts)
    assert inc["articles"] == ["a"]


def test_the_articles_main_town_places_a_placeless_toll():
    from fogofwar.reconcile.context import article_focus

    art = article("a", "X", [{}])
    art["places"] = [SARAQIB, SARAQIB, TAFTANAZ]
    assert article_focus(art)["name"] == "Saraqib"
    art["places"] = [SARAQIB, TAFTANAZ]  # no town dominates: the area
    assert article_focus(art)["precision"] == "admin1"


def test_an_undated_articles_other_reports_follow_the_one_tied_to_an_incident():
    from .helpers import multi_claim_article

    late = multi_claim_article("b", "Y", [
        ("The February 10 attack near Taftanaz.", None, [{"place": TAFTANAZ}]),
        ("Five people were killed.", None, [{"place": TAFTANAZ}])])
    for ev in late["events"]:
        ev["date"] = ev["date_precision"] = None
    late["published"] = None
    (inc,) = by_size([article("a", "X", [{}]), late])
    assert inc["date_inherited"] == ["b:c0e0", "b:c1e0"]


def test_an_article_naming_one_site_places_its_placeless_tolls_there():
    from fogofwar.reconcile.context import article_focus

    art = article("a", "X", [{}])
    art["places"] = [site("Amstor mall", code="MALL"), SARAQIB, TAFTANAZ]
    assert article_focus(art)["name"] == "Amstor mall"
    art["places"].append(site("Central station", code="RSTN"))  # two sites: no single focus
    assert article_focus(art)["precision"] != "site"


def test_an_undated_report_joins_on_the_day_its_articles_lead_names():
    # the Majdal Shams names article (dev i09): "the children who died on July 27" opens the
    # article; the toll sentence itself names no day
    lead = "The names of the children who died on February 10 in Taftanaz were released.\n\n"
    b = undated("b", "Y", [{"place": TAFTANAZ, "sentence": "Twelve children were killed."}])
    b["text"] = lead + "Twelve children were killed."
    (inc,) = by_size([article("a", "X", [{}]), b])
    assert inc["date_inherited"] == ["b:e0"]


@pytest.mark.parametrize("text", [
    # a day named only past the lead is background more often than the event's day
    "Twelve children were killed.\n\nThe war began on February 10.",
    # a lead naming two days does not say which is the event's
    "Children who died on February 10 or February 12 were named.\n\nTwelve were killed.",
])
def test_an_article_day_out_of_the_lead_or_ambiguous_is_no_clue(text):
    b = undated("b", "Y", [{"place": TAFTANAZ, "sentence": "Twelve children were killed."}])
    b["text"] = text
    assert len(by_size([article("a", "X", [{}]), b])) == 2


def test_an_undated_report_naming_the_weekday_joins_an_incident_dated_only_by_its_window():
    # the Lysychansk bakery (dev i10): the only dated report's window is Feb 8-11 (no day
    # of its own); "on Saturday" fits its one Saturday, Feb 8, 2020
    wide = article("a", "X", [{"date": None, "date_precision": None}], published="2020-02-11")
    b = undated("b", "Y", [{"place": TAFTANAZ, "sentence": "The attack on Saturday."}],
                text="The attack on Saturday.")
    (inc,) = by_size([wide, b])
    assert inc["date_inherited"] == ["b:e0"]


def test_one_site_misplaced_at_its_provinces_capital_still_joins():
    # "the Chaplino station in the Dnepropetrovsk region": one outlet's site was placed at the
    # region's capital (45 km off), the other's at its town; one province, one name, one day
    arts = [article("a", "X", [{"place": site("Saraqib railway station", code="RSTN")}]),
            article("b", "Y", [{"place": site("Saraqib railway station", JISR, "RSTN")}])]
    (inc,) = by_size(arts)
    assert inc["articles"] == ["a", "b"]


def test_one_site_name_in_two_provinces_out_of_reach_stays_apart():
    far = {**JISR, "admin1": "Hama Governorate"}
    arts = [article("a", "X", [{"place": site("Saraqib railway station", code="RSTN")}]),
            article("b", "Y", [{"place": site("Saraqib railway station", far, "RSTN")}])]
    assert sorted(len(i["articles"]) for i in by_size(arts)) == [1, 1]


def test_an_undated_articles_sentence_of_two_events_follows_it_into_the_incident():
    # the undated article's site report ties it to the incident; its next sentence tells the
    # strike through two verbs (one occurrence, joined to each other first): they follow too
    undated_ev = {"date": None, "date_precision": None, "place": SARAQIB}
    art = multi_claim_article("b", "Y", [
        ("A missile hit the al-Ahli hospital.", None,
         [{**undated_ev, "place": site("al-Ahli hospital")}]),
        ("Rescuers said 68 were killed and 47 wounded in the attack on the town.",
         ("Rescuers", None), [undated_ev, undated_ev])])
    art["published"] = None
    arts = [article("a", "X", [{"place": site("Al-Ahli Arab Hospital")}]), art]
    (inc,) = by_size(arts)
    assert set(inc["events"]) == {"a:e0", "b:c0e0", "b:c1e0", "b:c1e1"}


def test_undated_reports_of_one_site_no_dated_report_names_join_each_other():
    # i22 (Kremenchuk mall): three outlets, no date on any page; "the shopping mall in
    # Kremenchuk" in each is one strike told three times, not three incidents
    arts = [undated("a", "X", [{"place": site("Kremenchuk mall", code="MALL"),
                                "sentence": "A missile hit the mall."}]),
            undated("b", "Y", [{"place": site("Kremenchuk shopping center", code="MALL"),
                                "sentence": "The mall burned."}]),
            undated("c", "Z", [{"place": site("Kremenchuk shopping mall", code="MALL"),
                                "sentence": "Rockets struck it."}])]
    (inc,) = by_size(arts)
    assert inc["articles"] == ["a", "b", "c"] and inc["date_start"] is None


def test_undated_reports_of_two_sites_stay_apart():
    arts = [undated("a", "X", [{"place": site("Kremenchuk mall", code="MALL"),
                                "sentence": "A missile hit the mall."}]),
            undated("b", "Y", [{"place": site("Amstor mall", code="MALL"),
                                "sentence": "The mall burned."}])]
    assert len(by_size(arts)) == 2


def _country_report(aid: str, day: str = "2020-02-10", actor: dict = RUSSIA) -> dict:
    return article(aid, "W", [{"place": SYRIA, "actor": actor, "date": day,
                               "sentence": "A strike in Syria."}], text="A strike in Syria.")


def test_a_country_level_report_of_the_day_joins_the_one_incident_naming_its_attacker():
    # i19: "Saada, Yemen - A US airstrike on a detention center" was placed at Yemen only;
    # the Saada incident of that day, where another report names the US, is its incident
    arts = [article("a", "X", [{}]),
            undated("b", "Y", [{"place": SARAQIB, "actor": RUSSIA, "sentence": "It struck."}]),
            _country_report("c")]
    incs = by_size(arts)
    main = next(i for i in incs if "a" in i["articles"])
    assert "c" in main["articles"]


@pytest.mark.parametrize("other", [
    _country_report("c", day="2020-02-14"),   # another day
    _country_report("c", actor=TURKEY),       # another attacker
])
def test_a_country_level_report_of_another_day_or_attacker_stays_alone(other):
    arts = [article("a", "X", [{"actor": RUSSIA}]), other]
    assert all(i["articles"] != ["a", "c"] for i in by_size(arts))


def test_a_country_level_report_fitting_two_incidents_joins_neither():
    arts = [article("a", "X", [{"actor": RUSSIA}]),
            article("b", "Y", [{"actor": RUSSIA, "place": QAMISHLI}]),
            _country_report("c")]
    assert any(i["articles"] == ["c"] for i in by_size(arts))


def test_an_undated_report_on_a_page_dated_to_the_month_may_lie_late_in_that_month():
    # i14: a page dated "2025-04" telling the strike of 17 April; its undated events were
    # bounded by 1 April, so they could join nothing later in the month
    arts = [article("a", "X", [{"date": "2020-02-20"}], published="2020-02-20"),
            article("b", "Y", [{"date": None, "date_precision": None}], published="2020-02")]
    arts[1]["published_precision"] = "month"
    (inc,) = by_size(arts)
    assert inc["articles"] == ["a", "b"]


def test_a_weekday_alone_does_not_pick_another_towns_incident_over_its_own_towns():
    # i23: an undated Rafah report "on Sunday" joined a Sunday hospital strike in Gaza City
    # months later, because the Rafah incident's main day was the Monday most reports gave
    own_town = article("a", "X", [{"place": TAFTANAZ, "date": "2020-02-11"}],
                       published="2020-02-11")  # a Tuesday
    elsewhere = article("c", "Z", [{"date": "2020-06-14"}], published="2020-06-14")  # Sunday
    b = undated("b", "Y", [{"place": TAFTANAZ, "sentence": "The attack on Sunday."}],
                text="The attack on Sunday.")
    incs = by_size([own_town, elsewhere, b])
    assert all(not ({"b", "c"} <= set(i["articles"])) for i in incs)


def test_a_country_level_report_of_the_day_does_not_join_an_incident_dated_to_its_month():
    # a strike at a town dated only "in February" is the one candidate, but a day inside its
    # month-wide window says nothing of which day it was: the report stays alone
    month = article("a", "X", [{"actor": RUSSIA, "date": "2020-02-01",
                                "date_precision": "month"}])
    arts = [month, _country_report("c")]
    assert any(i["articles"] == ["c"] for i in by_size(arts))
    day = article("a", "X", [{"actor": RUSSIA}])  # the same strike dated to the day joins it
    assert any(set(i["articles"]) == {"a", "c"} for i in by_size([day, _country_report("c")]))


def test_an_undated_report_at_a_site_takes_no_year_from_a_report_there():
    # "a migrant centre struck in 2022": a year says nothing of which of the site's strikes an
    # undated report tells; a month (with its look-back) still dates it
    for precision, joined in (("year", False), ("month", True)):
        arts = [article("a", "X", [{"place": site("Taftanaz prison", TAFTANAZ, "PRN"),
                                    "date": "2020-01-01", "date_precision": precision}]),
                undated("b", "Y", [{"place": site("Taftanaz prison", TAFTANAZ, "PRN"),
                                    "sentence": NO_DAY}])]
        assert any(set(i["articles"]) == {"a", "b"} for i in by_size(arts)) is joined


ATTACK = "Gunmen stormed the town on February 10, officials said."
PRISON = "The gunmen also raided the Taftanaz prison, guards said."


def _tied_page(aid: str, outlet: str) -> dict:
    """An undated page whose province-wide report of February 10 ties it to the incident, and
    whose report at a site in that province gives no date."""
    art = multi_claim_article(aid, outlet, [
        (ATTACK, None, [{"place": IDLIB_GOV}]),
        (PRISON, None, [{"place": site("Taftanaz prison", TAFTANAZ, "PRN")}])])
    for ev in art["events"]:
        ev["date"] = ev["date_precision"] = None
    art["published"] = None
    return art


def test_undated_site_reports_of_two_pages_tied_to_one_incident_follow_them():
    dated = article("a", "X", [{"place": IDLIB_GOV}], text=ATTACK)
    incs = by_size([dated, _tied_page("b", "Y"), _tied_page("c", "Z")])
    main = next(i for i in incs if "a" in i["articles"])
    assert {"b:c1e0", "c:c1e0"} <= set(main["events"]), incs


def test_an_undated_page_is_no_older_than_its_removed_photo_captions():
    # the page's own pictures are dated 2025: its report at the prison is no report of the 2022
    # strike there, though the site and the wording agree; with no caption it would join
    for caption, joined in (("Rescuers at the Taftanaz prison, Syria, April 28, 2025.", False),
                            (None, True)):
        later = undated("b", "Y", [{"place": site("Taftanaz prison", TAFTANAZ, "PRN"),
                                    "sentence": NO_DAY}])
        if caption:
            later["removed"], later["removed_rules"] = [caption], ["caption_dated"]
        arts = [article("a", "X", [{"place": site("Taftanaz prison", TAFTANAZ, "PRN"),
                                    "date": "2022-01-21", "date_precision": "day"}],
                        published="2022-01-22"),
                later]
        assert any(set(i["articles"]) == {"a", "b"} for i in by_size(arts)) is joined
