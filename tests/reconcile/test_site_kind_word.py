"""Round sites18: two sites of one town named after it ("Saraqib prison" of one year, "the
Saraqib detention center" of another) have one key; an undated report that fits both picks
the one whose dated reports call the site by its own kind word, and one site called by two
words still joins. Hand-made places and articles."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.sites import kind_word

from .helpers import SARAQIB, article, site
from .test_site_kinds_alike import undated


def test_the_kind_word_a_site_name_ends_with():
    assert kind_word(site("Saraqib prison", SARAQIB, "PRN")) == "prison"
    assert kind_word(site("Saraqib detention center", SARAQIB, "PRN")) == "detention center"
    assert kind_word(None) is None


def incidents_of(arts: list[dict]) -> list[set[str]]:
    return sorted((set(i["articles"]) for i in build_incidents(arts)), key=sorted)


def test_an_undated_report_joins_the_site_called_by_its_word():
    arts = [article("a", "X", [{"place": site("Saraqib prison", SARAQIB, "PRN"),
                                "date": "2020-02-10"}]),
            article("b", "Y", [{"place": site("Saraqib detention center", SARAQIB, "PRN"),
                                "date": "2023-05-02"}], published="2023-05-02"),
            undated("c", "Z", [{"place": site("Saraqib prison", SARAQIB, "PRN"),
                                "sentence": "The prison was struck."}],
                    text="The prison was struck.")]
    assert {"a", "c"} in incidents_of(arts)


def test_one_site_called_a_prison_and_a_detention_center_still_joins():
    arts = [article("a", "X", [{"place": site("Saraqib detention center", SARAQIB, "PRN")}]),
            undated("c", "Z", [{"place": site("Saraqib prison", SARAQIB, "PRN"),
                                "sentence": "The prison was struck."}],
                    text="The prison was struck.")]
    assert {"a", "c"} in incidents_of(arts)
