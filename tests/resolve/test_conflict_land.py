"""A conflict pack's generic aliases ("rebels", "opposition", "militants") name its parties only
on pages of its own land; its proper names ("HTS") hold anywhere."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.annotate.packdata import actor_packs
from fogofwar.records import Article, Mention, Place
from fogofwar.resolve.conflict_land import generic_alias, in_land


def _actors(text: str) -> dict[str, Mention]:
    art = Article(id="l", source="test", title=None, text=text, outlet="Test Wire")
    return {m.text: m for m in analyse_batch([art])[0].actors}


def test_another_lands_opposition_is_not_the_conflicts_rebels():
    found = _actors("Opposition activists in Tashkent said police detained 40 protesters in "
                    "Uzbekistan on Sunday, and the opposition called for new elections.")
    opposition = found["opposition"]
    assert opposition.actor_id is None and opposition.side is None
    assert opposition.country is None and opposition.sector == "REB"


def test_the_conflicts_own_pages_keep_the_pack_reading():
    found = _actors("Rebels shelled a government checkpoint near Saraqib in Idlib province, "
                    "Syria, on Monday, the opposition said.")
    assert found["opposition"].actor_id == "rebels"
    assert found["opposition"].side == "opposition"


def test_a_generic_militants_elsewhere_takes_no_conflict_side():
    found = _actors("Militants attacked a police post in Maiduguri in northeastern Nigeria on "
                    "Friday, killing six officers, the army said.")
    militants = next(m for t, m in found.items() if t.lower() == "militants")
    assert militants.actor_id is None and militants.side is None


def test_a_proper_name_holds_on_any_page():
    found = _actors("HTS fighters were seen near Mosul in Iraq last week, a local official "
                    "said.")
    assert found["HTS"].actor_id == "hts" and found["HTS"].side == "jihadist"


def test_only_lower_case_aliases_are_generic():
    actors = actor_packs().actors
    assert generic_alias("Rebels", actors["rebels"])
    assert generic_alias("government forces", actors["syr_army"])
    assert not generic_alias("Syrian rebels", actors["rebels"])
    assert not generic_alias("al-Qaeda", actors["alqaeda"])


def test_a_page_that_locates_nothing_keeps_the_pack_reading():
    rebels = Mention(text="rebels", start=0, end=6, actor_id="rebels", country="SYR",
                     sector="REB", side="opposition")
    assert in_land([rebels], []) == [rebels]
    there = Place(text="Kabul", start=20, end=25, country="AFG", role="location")
    assert in_land([rebels], [there])[0].actor_id is None
    syrian = Place(text="Syrian", start=30, end=36, country="SYR", role="demonym")
    assert in_land([rebels], [there, syrian])[0].actor_id is None  # located in Afghanistan
    assert in_land([rebels], [syrian]) == [rebels]  # locates nothing: its nationalities
    afghan = Place(text="Afghan", start=20, end=26, country="AFG", role="demonym")
    assert in_land([rebels], [afghan])[0].actor_id is None
