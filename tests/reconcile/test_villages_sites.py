"""Issue 14, round incidents12: villages read at their province, a site named after its town
but placed elsewhere, a site's dated reports in two incidents, and a country-level report
choosing between a day and a month (late.py). Hand-made articles; the dev cases they stand
for are named in each test."""

from __future__ import annotations

from fogofwar.present.export import validate
from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.sites import is_village, village_key

from .helpers import IDLIB_GOV, QAMISHLI, SARAQIB, SYRIA, TAFTANAZ, article, mention, site

RUSSIA = mention("Russian forces", "russia")
#: a namesake abroad of a town the text names beside a site ("Kala" read as Qala, Azerbaijan)
ABROAD = {**SARAQIB, "text": "Kala", "name": "Qala", "geonames_id": 3, "lat": 40.44,
          "lon": 50.17, "country": "AZ", "admin1": "Baki"}


def village(name: str, province: dict = IDLIB_GOV) -> dict:
    """A village no gazetteer holds, placed in its province by the text (resolve's `within`)."""
    return {**province, "text": name, "name": name, "geonames_id": None, "within": province["name"]}


def undated(aid: str, outlet: str, events: list[dict], **kw) -> dict:
    art = article(aid, outlet, [{"date": None, "date_precision": None, **e} for e in events],
                  **kw)
    art["published"] = None
    return art


def incidents(arts: list[dict]) -> list[dict]:
    incs = build_incidents(arts)
    for inc in incs:
        validate(inc, "incident")
    return incs


def test_a_village_read_at_its_province_is_keyed_by_its_own_name():
    assert is_village(village("Kishishe"))
    assert village_key(village("Kishishe")) == ("village", village_key(village("Kishishe"))[1])
    assert village_key(village("Kishishe"))[1] != village_key(village("Bambo"))[1]
    assert not is_village(IDLIB_GOV)                       # the province itself
    assert not is_village({**IDLIB_GOV, "within": IDLIB_GOV["name"]})
    assert not is_village(SARAQIB)                         # a gazetteer town
    assert village_key(SARAQIB) is None


def test_reports_of_one_village_on_overlapping_days_and_an_undated_one_make_one_incident():
    # i26: Kishishe read at North Kivu; one report dated to the day, one to its week (each
    # left alone by the province passes), and an undated report naming only the village
    arts = [article("a", "X", [{"place": village("Kishishe")}]),
            article("b", "Y", [{"place": village("Kishishe"), "date": "2020-02-09",
                                "date_precision": "week"}]),
            undated("c", "Z", [{"place": village("Kishishe"), "sentence": "A massacre."}])]
    (inc,) = incidents(arts)
    assert inc["articles"] == ["a", "b", "c"]
    assert inc["date_inherited"] == ["c:e0"]


def test_reports_of_two_villages_of_one_province_stay_apart():
    arts = [article("a", "X", [{"place": village("Kishishe")}]),
            undated("c", "Z", [{"place": village("Bambo"), "sentence": "A massacre."}],
                    text="A massacre in Bambo.")]
    assert len(incidents(arts)) == 2


def test_reports_of_one_village_a_month_apart_stay_apart():
    arts = [article("a", "X", [{"place": village("Kishishe")}]),
            article("b", "Y", [{"place": village("Kishishe"), "date": "2020-03-12"}],
                    published="2020-03-12")]
    assert len(incidents(arts)) == 2


def test_a_site_named_after_its_town_but_placed_far_away_still_joins_that_towns_site():
    # i31: "the Rann IDP camp ... in Kala-Balge" was placed at a namesake of Kala abroad;
    # the undated "camp in Rann" is the same camp
    arts = [article("a", "X", [{"place": site("Taftanaz IDP camp", ABROAD, "CMP")}]),
            undated("b", "Y", [{"place": site("Taftanaz camp", TAFTANAZ, "CMP"),
                                "sentence": "The camp was bombed."}])]
    (inc,) = incidents(arts)
    assert inc["date_inherited"] == ["b:e0"]


def test_a_site_named_after_a_town_but_read_in_another_province_keeps_its_reading():
    arts = [article("a", "X", [{"place": site("Taftanaz IDP camp", QAMISHLI, "CMP")}]),
            undated("b", "Y", [{"place": site("Taftanaz camp", TAFTANAZ, "CMP"),
                                "sentence": "The camp was bombed."}],
                    text="The camp was bombed.")]
    assert len(incidents(arts)) == 2


def test_a_site_far_away_whose_name_holds_no_town_of_the_other_stays_apart():
    arts = [article("a", "X", [{"place": site("Awda IDP camp", ABROAD, "CMP")}]),
            undated("b", "Y", [{"place": site("Taftanaz Awda camp", TAFTANAZ, "CMP"),
                                "sentence": "The camp was bombed."}])]
    assert len(incidents(arts)) == 2


def test_an_undated_report_meets_an_incident_through_a_report_that_inherited_its_date():
    # i31: the dated report's camp was misplaced, so the undated "Tuesday's bombing" in Rann
    # had no dated report near it; the undated "camp in Rann", tied by the site, dates it
    arts = [article("a", "X", [{"place": site("Taftanaz IDP camp", ABROAD, "CMP"),
                                "date": "2020-02-11"}]),
            undated("b", "Y", [{"place": site("Taftanaz camp", TAFTANAZ, "CMP"),
                                "sentence": "The camp was bombed."}]),
            undated("c", "Z", [{"place": TAFTANAZ,
                                "sentence": "Tuesday's bombing killed many."}])]
    (inc,) = incidents(arts)
    assert inc["articles"] == ["a", "b", "c"]
    assert sorted(inc["date_inherited"]) == ["b:e0", "c:e0"]


def test_without_the_inherited_report_the_misplaced_site_leaves_the_town_report_alone():
    arts = [article("a", "X", [{"place": site("Taftanaz IDP camp", ABROAD, "CMP"),
                                "date": "2020-02-11"}]),
            undated("c", "Z", [{"place": TAFTANAZ,
                                "sentence": "Tuesday's bombing killed many."}])]
    assert len(incidents(arts)) == 2


def test_an_undated_site_report_prefers_the_incident_naming_the_site_in_its_own_sentence():
    # i14: the port's dated reports sat in two incidents, one only because a background
    # sentence ("the Houthis began attacking ships in October 2023") took the port from its
    # paragraph; the undated report of the strike joins the other
    port = site("Ras Isa port", SARAQIB, "PRT")
    arts = [article("a", "X", [{"place": port}]),
            article("c", "Z", [{"place": port, "place_inherited": True, "date": "2020-01-20",
                                "sentence": "Attacks began in January."}],
                    text="Attacks began in January."),
            undated("b", "Y", [{"place": site("Ras Issa port", SARAQIB, "PRT"),
                                "sentence": "The port was struck."}],
                    text="The port was struck.")]
    incs = incidents(arts)
    main = next(i for i in incs if "a" in i["articles"])
    assert main["articles"] == ["a", "b"]


def test_a_country_level_report_of_the_day_prefers_the_incident_dated_to_that_day():
    # i19: the Saada strike of the day against the Ras Isa strike dated only "in April"
    arts = [article("a", "X", [{"actor": RUSSIA}]),
            article("b", "Y", [{"actor": RUSSIA, "place": QAMISHLI, "date": "2020-02-01",
                                "date_precision": "month"}]),
            article("c", "W", [{"place": SYRIA, "actor": RUSSIA,
                                "sentence": "A strike in Syria."}], text="A strike in Syria.")]
    incs = incidents(arts)
    main = next(i for i in incs if "a" in i["articles"])
    assert main["articles"] == ["a", "c"]


def _told_beside(lead: str):
    """An undated article: its lead (the first 400 characters, `lead`), then a sentence of
    fighting with no day of its own, then one of "Tuesday's bombing", which ties the article
    to the Tuesday strike at Taftanaz."""
    from .helpers import multi_claim_article

    filler = " ".join(["Aid workers were trying to help."] * 12)
    art = multi_claim_article("b", "Y", [
        (lead + " " + filler, None, []),
        ("Fighters attacked the camp.", None, [{"place": TAFTANAZ}]),
        ("Tuesday's bombing killed many.", None, [{"place": TAFTANAZ}])])
    for ev in art["events"]:
        ev["date"] = ev["date_precision"] = None
    art["published"] = None
    return [article("a", "X", [{"place": TAFTANAZ, "date": "2020-02-11"}]), art]


def test_an_article_whose_lead_names_another_day_keeps_its_other_reports_out():
    # i31: "a fresh calamity almost hit the camp on Thursday night, 48 hours after its
    # accidental bombing": the article's Thursday battle is not the Tuesday strike
    incs = incidents(_told_beside("On Thursday night, fighters came back to Taftanaz."))
    main = next(i for i in incs if "a" in i["articles"])
    assert main["date_inherited"] == ["b:c2e0"]


def test_an_article_whose_lead_names_no_other_day_brings_its_other_reports_along():
    incs = incidents(_told_beside("Fighters came back to Taftanaz."))
    main = next(i for i in incs if "a" in i["articles"])
    assert sorted(main["date_inherited"]) == ["b:c1e0", "b:c2e0"]
