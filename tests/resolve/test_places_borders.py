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


def test_the_head_of_a_longer_name_is_not_that_place(nlp):
    # "Delta" and "Plateau" are Nigerian states: the Nile's delta and a plateau are not
    got = _places(nlp, "Gunmen attacked a checkpoint in Egypt's Nile Delta and the army "
                       "pursued them, officials said.")
    assert got["Nile Delta"][0] != "NGA"
    got = _places(nlp, "Both armies moved tanks onto the Karakoram Plateau, Indian officials "
                       "said.")
    assert all(country != "NGA" for country, _ in got.values())


def test_a_lake_or_a_compass_word_may_lead_the_place(nlp):
    from fogofwar.resolve.narrowing import _head_of_longer_name
    doc = nlp("Boats crossed Lake Chad and reached Northern Cameroon.")
    assert not _head_of_longer_name(doc[3:4], doc[2:4])  # "Chad" of "Lake Chad"
    assert not _head_of_longer_name(doc[7:8], doc[6:8])  # "Cameroon" of "Northern Cameroon"
    doc = nlp("Troops crossed the Nile Delta.")
    assert _head_of_longer_name(doc[4:5], doc[3:5])
