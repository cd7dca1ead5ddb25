"""FIGHT or ASSAULT by the victims a sentence names outside the target the parse gives:
people of no known kind counted beside named civilians, civilians named in an apposition or
an "including" phrase of a strike's toll, and a paragraph's capitalised dateline, which names
the filing town or outlet, never what was struck. Whole-pipeline runs on invented sentences
in wire-copy register."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def events(text: str):
    art = Article(id="s1", source="test", text=text, outlet="Test Wire")
    return [e for e in analyse_batch([art])[0].events if e.type in ("FIGHT", "ASSAULT")]


def test_others_counted_beside_civilians_were_civilians():
    # "25 others" names no kind: the figures ("nine civilians") do, not the army's sector
    found = events("The doctors' group said the army committed a dreadful act in the region, "
                   "resulting in the deaths of nine civilians, while injuring 25 others.")
    hurt = [e for e in found if e.target is not None and "others" in e.target.text]
    assert hurt and all(e.type == "ASSAULT" for e in hurt)


def test_others_counted_beside_soldiers_were_soldiers():
    found = events("The doctors' group said the rebels committed a dreadful act at the base, "
                   "resulting in the deaths of nine soldiers, while injuring 25 others.")
    hurt = [e for e in found if e.target is not None and "others" in e.target.text]
    assert hurt and all(e.type == "FIGHT" for e in hurt)
