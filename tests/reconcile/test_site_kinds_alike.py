"""Issue 14, round tolls17: one aerodrome named an airport in one report and an airfield or an
airstrip in another is one site (sites pack `kinds_alike`), so an article's reports of one
attack there are not split between two incidents by the word each sentence used. Hand-made
places and articles; the dev case is i41 (Manda Bay)."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.sites import site_key, sites_match

from .helpers import IDLIB_GOV, SARAQIB, TAFTANAZ, article, site


def test_an_airstrip_an_airfield_and_an_airport_of_one_name_are_one_site():
    strip = site_key(site("Taftanaz Airstrip", TAFTANAZ, "AIRP"))
    field = site_key(site("Taftanaz North airfield", TAFTANAZ, "AIRF"))
    base = site_key(site("Taftanaz air base", TAFTANAZ, "AIRB"))
    assert strip is not None and field is not None and base is not None
    assert sites_match(strip, field) and sites_match(field, base)


def test_an_airfield_and_a_hospital_of_one_name_stay_two_kinds():
    field = site_key(site("Taftanaz airfield", TAFTANAZ, "AIRF"))
    clinic = site_key(site("Taftanaz hospital", TAFTANAZ, "HSP"))
    assert field is not None and clinic is not None and not sites_match(field, clinic)


def test_two_aerodromes_of_other_names_stay_apart():
    assert not sites_match(site_key(site("Taftanaz airport", TAFTANAZ, "AIRP")),
                           site_key(site("Abu al-Duhur airfield", TAFTANAZ, "AIRF")))


def test_reports_calling_one_aerodrome_an_airstrip_and_an_airfield_make_one_incident():
    # the undated report has only the site to go on
    arts = [article("a", "X", [{"place": site("Qaryat airstrip", SARAQIB, "AIRP"),
                                "sentence": "Gunmen stormed the Qaryat airstrip at dawn."}]),
            undated("b", "Y", [{"place": site("Qaryat Hills airfield", TAFTANAZ, "AIRF"),
                                "sentence": "The airfield was stormed."}],
                    text="The airfield was stormed.")]
    (inc,) = build_incidents(arts)
    assert set(inc["articles"]) == {"a", "b"}


def undated(aid: str, outlet: str, events: list[dict], **kw) -> dict:
    art = article(aid, outlet, [{"date": None, "date_precision": None, **e} for e in events],
                  **kw)
    art["published"] = None
    return art


def bare_site(name: str, code: str = "AIRF") -> dict:
    """A site no gazetteer located: its name and kind only."""
    return {"text": name, "start": 0, "end": len(name), "name": name, "geonames_id": None,
            "lat": None, "lon": None, "country": None, "admin1": None, "feature_code": code,
            "precision": None, "within": None, "role": "location"}


def village(name: str) -> dict:
    """A village no gazetteer holds, placed in its province by the text."""
    return {**IDLIB_GOV, "text": name, "name": name, "geonames_id": None,
            "within": IDLIB_GOV["name"]}


def test_a_site_named_after_its_village_joins_the_villages_reports_of_that_day():
    arts = [article("a", "X", [{"place": village("Tell Qaryat"),
                                "sentence": "Gunmen attacked Tell Qaryat before dawn."}]),
            article("b", "Y", [{"place": bare_site("Tell Qaryat airfield"),
                                "sentence": "The Tell Qaryat airfield was attacked."}])]
    (inc,) = build_incidents(arts)
    assert set(inc["articles"]) == {"a", "b"}


def test_a_site_named_after_another_village_or_another_day_stays_apart():
    other = [article("a", "X", [{"place": village("Tell Qaryat")}]),
             article("b", "Y", [{"place": bare_site("Tell Hamra airfield")}])]
    assert len(build_incidents(other)) == 2
    later = [article("a", "X", [{"place": village("Tell Qaryat")}]),
             article("b", "Y", [{"place": bare_site("Tell Qaryat airfield"),
                                 "date": "2020-02-20"}])]
    assert len(build_incidents(later)) == 2
