"""Round places34: a small town read beyond the borders of every country a story names is no
answer even when the story has no other place. Sentences of our own."""

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
                       "in Moura over five days, a villager told us. The Malian army denied "
                       "any abuse.")
    assert got["Moura"][0] != "PRT"


def test_a_nationality_word_once_sets_no_story(nlp):
    from fogofwar.resolve.place_roles import DEMONYM, LOCATION
    from fogofwar.resolve.strays import settings_named

    mali = next(e for e, s in gazetteer.candidates("Mali") if e.fcode.startswith("PCL"))
    assert settings_named([mali], [DEMONYM], DEMONYM) == frozenset()
    assert settings_named([mali, mali], [DEMONYM, DEMONYM], DEMONYM) == {"ML"}
    assert settings_named([mali], [LOCATION], DEMONYM) == {"ML"}
    # "the Qatari Hospital" names no setting: the town stays where it is
    got = _places(nlp, "Tanks shelled the Qatari Hospital in Khan Younis overnight.")
    assert got["Khan Younis"][0] == "PSE"
