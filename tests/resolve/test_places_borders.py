"""Round places34: a small town read beyond the borders of every country a story names is no
answer even when the story has no other place; a village "in <country>'s <area>" is placed in
that area. Sentences of our own."""

from __future__ import annotations

from fogofwar.resolve import gazetteer
from fogofwar.resolve.places import resolve_places


def _places(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.text: (p.country, p.within) for p in resolve_places(nlp(text))}


def test_neighbours_come_from_the_country_table():
    assert "UA" in gazetteer.neighbours("RU")
    assert "PT" not in gazetteer.neighbours("ML")
    assert gazetteer.neighbours(None) == frozenset()


def test_a_town_beyond_every_named_border_is_no_answer(nlp):
    got = _places(nlp, "Malian soldiers and their foreign allies rounded up hundreds of men "
                       "in Moura over five days, a villager told us.")
    assert got["Moura"][0] != "PRT"


def test_a_village_in_a_countrys_area_takes_the_area(nlp):
    got = _places(nlp, "Jets struck a camp at Kharbela in Pakistan's north-western Khyber "
                       "Pakhtunkhwa province on Tuesday, officials said.")
    assert got["Kharbela"] == ("PAK", "Khyber Pakhtunkhwa")
    got = _places(nlp, "Troops shelled Moravka in Ukraine's southern Zaporizhzhia region, the "
                       "governor said.")
    assert got["Moravka"][0] == "UKR"
