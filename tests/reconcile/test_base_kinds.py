"""An air base is a military base (sites pack `kinds_alike`): a page that calls the base it
names a "military base" and the gazetteer's "airbase" of other pages report one site, so a
page that only the site ties to the others is not left out of their incident (dev i74: a
later page's "Asad military base" beside "Ain al-Assad airbase"). And a name word whose
consonant skeleton is one letter ("Bay" -> b) tells no site beside other words: it is part of
too many names.
Hand-made places and sentences."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.sites import site_key, sites_match

from .helpers import SARAQIB, TAFTANAZ, article, site
from .test_site_kinds_alike import bare_site, undated


def test_a_military_base_and_an_air_base_of_one_name_are_one_site():
    base = site_key(site("Tiyas military base", TAFTANAZ, "INSM"))
    air = site_key(site("Ain Tiyas airbase", TAFTANAZ, "AIRB"))
    assert base is not None and air is not None and sites_match(base, air)


def test_a_military_base_of_another_name_stays_apart():
    assert not sites_match(site_key(site("Tiyas military base", TAFTANAZ, "INSM")),
                           site_key(site("Shayrat airbase", TAFTANAZ, "AIRB")))


def test_a_later_pages_military_base_joins_the_air_base_incident_of_that_day():
    arts = [article("a", "X", [{"place": site("Ain Tiyas airbase", TAFTANAZ, "AIRB"),
                                "sentence": "Rockets hit the Ain Tiyas airbase overnight."}]),
            article("b", "Y", [{"place": bare_site("Tiyas military base", "INSM"),
                                "sentence": "Doctors treated 40 troops from the Tiyas military "
                                            "base after the February 10 barrage."}],
                    published="2020-03-02")]
    (inc,) = build_incidents(arts)
    assert set(inc["articles"]) == {"a", "b"}


def test_a_one_letter_name_word_tells_no_site_beside_others():
    bay = site_key(site("Bay base", SARAQIB, "INSM"))
    assert bay is not None and not sites_match(bay, site_key(site("Abu Zuhur air base",
                                                                  TAFTANAZ, "AIRB")))
    assert not sites_match(bay, site_key(site("Manda Bay airfield", TAFTANAZ, "AIRF")))
    arts = [article("a", "X", [{"place": site("Abu Zuhur air base", TAFTANAZ, "AIRB"),
                                "sentence": "Jets struck the Abu Zuhur air base."}]),
            undated("b", "Y", [{"place": bare_site("Bay base", "INSM"),
                                "sentence": "Gunmen overran the Bay base."}],
                    text="Gunmen overran the Bay base.")]
    assert len(build_incidents(arts)) == 2
