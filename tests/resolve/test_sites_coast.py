"""A sea's name before a port's kind word describes a port town, it names no facility (round
twogold37): "Turkey's Black Sea port of X" is the town X. As a site ("Black Sea port"), every
report of any incident in any town a report calls so shared one site, and an undated report of
one strike joined the only incident "at" it, another strike. Sentences are our own."""

from __future__ import annotations

import pytest

from fogofwar.resolve.sites import site_pack

from .test_sites_vague import sites


@pytest.mark.parametrize("text", [
    "Drones struck near Russia's Black Sea port of Novorossiysk on Sunday, officials said.",
    "Warships shelled the Red Sea port city of Port Sudan overnight.",
    "A blast hit the Baltic port of Klaipeda late on Monday.",
    "Missiles were fired at the Black Sea naval base of Sevastopol before dawn.",
])
def test_a_sea_port_of_a_town_is_no_site(nlp, text):
    assert sites(nlp, text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("Shells fell on the Zarqa military base overnight.", "INSM"),
    ("A drone hit the Red Sea Hotel in Hurghada on Friday.", "HTL"),
])
def test_other_sites_keep_their_names(nlp, text, code):
    found = sites(nlp, text)
    assert [f for _, _, f in found] == [code]


def test_the_pack_lists_the_kinds_it_describes_towns_by():
    assert {"PRT", "INSM"} <= site_pack().coast_kinds and "sea" in site_pack().coast_names
