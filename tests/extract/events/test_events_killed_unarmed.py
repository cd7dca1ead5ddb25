"""A close killing (shot dead, gunned down, executed) of a person named only by name, of
people named only as victims or a family, or of an official is one-sided: an ASSAULT though a
force did it (round events25, `sites.killed_unarmed`). A victim of a known armed kind, a name
in apposition to an armed kind or a command title, and a killing by a means of war (a drone)
keep the other rules' type. Invented sentences, whole pipeline."""

from __future__ import annotations

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def types(text: str) -> list[str]:
    art = Article(id="s1", source="test", text=text, outlet="Test Wire")
    return [e.type for e in analyse_batch([art])[0].events if e.type in ("FIGHT", "ASSAULT")]


@pytest.mark.parametrize("text,kind", [
    # a person named by name, shot by a force
    ("Police officers shot dead Tomas Varga outside his shop in the northern town on Sunday, "
     "his brother said.", "ASSAULT"),
    # people named only as victims
    ("Soldiers shot the victims in the head as they went from house to house, a witness said.",
     "ASSAULT"),
    # an official
    ("A senior provincial official was gunned down by two men on a motorbike in the capital "
     "on Tuesday, police said.", "ASSAULT"),
    # an official's title in apposition leaves the killing one-sided
    ("Abdi Nur, the deputy mayor of the town, was shot dead in his car on Monday, police "
     "said.", "ASSAULT"),
    # an armed kind in apposition keeps the fight
    ("Abdi Nur, a police officer, was shot dead in his car on Monday, officials said.",
     "FIGHT"),
    # "the militia's leader" may lead fighters: the name alone does not make him unarmed
    ("Last year army commandos killed the militia's leader, Omar Wardi, near the border.",
     "FIGHT"),
    # armed victims
    ("Troops killed eight rebels in a clash near the border on Monday, the army said.",
     "FIGHT"),
    # a means of war fixed the type
    ("An Israeli drone killed Hamas commander Yusuf Ali in Gaza on Monday, the army said.",
     "FIGHT"),
])
def test_who_was_killed_at_close_range_decides(text, kind):
    found = types(text)
    assert found and all(t == kind for t in found)
