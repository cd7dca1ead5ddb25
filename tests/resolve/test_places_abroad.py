"""Places read in another country than the page's (round abroad39): a compass word before a
country's name is a direction, not Uganda's or Zambia's region of that name; a name the page
reads inside its own country elsewhere is that place wherever it stands bare; Kurdistan on a
page about Iraq is Iraq's autonomous region. Sentences of our own."""

from __future__ import annotations

import pytest

from fogofwar.resolve.places import resolve_places
from fogofwar.resolve.strays import compass_name


def _countries(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.country) for p in resolve_places(nlp(text)) if p.role == "location"]


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Floods cut roads to villages in Western Tajikistan on Monday, officials in Dushanbe said.",
     "Western", "TJK"),
    ("Drones struck a fuel depot in Eastern Ukraine overnight, Ukrainian officials said.",
     "Eastern", "UKR"),
    ("Gunmen kidnapped forty pupils in North-West Nigeria, Nigerian police said on Friday.",
     "North-West", "NGA"),
])
def test_a_compass_word_before_a_country_is_no_region_abroad(nlp, text, word, country):
    got = [c for t, c in _countries(nlp, text) if t == word]
    assert got and all(c in (None, country) for c in got)


def test_a_compass_region_of_the_pages_own_country_stays(nlp):
    text = ("Heavy rain flooded farms in the Southern Province of Zambia, and roads near "
            "Livingstone were closed.")
    assert ("the Southern Province", "ZMB") in _countries(nlp, text)


def test_a_bare_name_is_the_namesake_the_page_reads_inside_its_country(nlp):
    text = ("Militia fighters raid Beni\n\nADF fighters attacked Beni overnight, and the army "
            "said the eastern city of Beni was calm again by morning. Soldiers in Congo and "
            "Uganda pursued them.")
    got = [c for t, c in _countries(nlp, text) if t == "Beni"]
    assert got == ["COD"] * len(got) and len(got) == 3


@pytest.mark.parametrize(("text", "country"), [
    ("Iraqi troops and Peshmerga fighters met near Kirkuk, on the edge of the autonomous "
     "region of Kurdistan, Iraqi officials said.", "IRQ"),
    ("Protesters in Sanandaj, the capital of Kurdistan province, clashed with Iranian police.",
     "IRN"),
])
def test_kurdistan_is_the_region_of_the_pages_country(nlp, text, country):
    got = [c for t, c in _countries(nlp, text) if t.startswith("Kurdistan")]
    assert got == [country]


@pytest.mark.parametrize(("name", "expected"), [
    ("Western", True), ("North-West", True), ("the Eastern Province", True), ("Far North", True),
    ("West Bank", False), ("Northern Ireland", False), ("South Sudan", False),
])
def test_compass_name(name, expected):
    assert compass_name(name) is expected


def test_a_compass_region_beside_another_place_of_its_country_stays(nlp):
    text = ("Farmers in North West and Limpopo lost cattle to the drought, the Saudi-funded "
            "charity said.")
    got = [c for t, c in _countries(nlp, text) if t == "North West"]
    assert got == ["ZAF"]
