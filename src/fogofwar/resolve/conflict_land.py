"""A conflict pack's generic aliases hold only on its own land.

A conflict pack names its parties by proper names ("HTS", "SAA", "Syrian Democratic Forces")
and by the common nouns its pages use for them ("rebels", "opposition", "regime", "government
forces", "militants"). A proper name is unique: it is that party wherever it is read. A common
noun is that party only on a page of that conflict: an Uzbek page's "opposition activists" or a
Sahel page's "government forces" are not Syria's rebels or army, and the pack's side given them
there made them a voice of another war. So a mention read by a generic alias (one written in
lower case in the pack) of a sided conflict-pack actor keeps its pack reading only where the
page's locations lie in that conflict's land (the pack's focus countries, or the actor's own
country); elsewhere it is kept as an actor of the alias's sector, with no pack id, country or
side, as an actor no pack names. A page that places nothing keeps the pack's reading.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..annotate.packdata import Actor, actor_packs
from ..records import Mention, Place
from .gazetteer import iso3


def generic_alias(text: str, actor: Actor) -> bool:
    """Whether `text` is one of the actor's names the pack writes all in lower case (common
    nouns: "rebels", "government forces"; not "al-Qaeda"), read in any case ("Rebels said")."""
    key = " ".join(text.split()).casefold()
    return any(n == n.lower() and n.casefold() == key for n in (actor.name, *actor.aliases))


def actor_land(actor: Actor) -> frozenset[str]:
    """The countries (ISO3, as places carry them) a conflict-pack actor's generic aliases name
    it in: its pack's focus countries and its own country."""
    return frozenset(filter(None, (*map(iso3, actor.land), actor.country)))


def out_of_land(mention: Mention, land: frozenset[str]) -> bool:
    """Whether a mention is a sided conflict pack actor's generic alias on a page whose
    locations (`land`, ISO3; empty: the page locates nothing) lie outside that conflict."""
    actor = actor_packs().actors.get(mention.actor_id) if mention.actor_id else None
    return (bool(land) and actor is not None and bool(actor.land) and actor.side is not None
            and generic_alias(mention.text, actor) and land.isdisjoint(actor_land(actor)))


def page_land(places: Iterable[Place]) -> frozenset[str]:
    """The countries (ISO3) of a page's resolved locations; where it resolves none, those of
    the places it names as actors or nationalities ("Iranian border guards", "Tehran said")."""
    placed = [p for p in places if p.country]
    return frozenset(p.country for p in placed if p.role == "location") \
        or frozenset(p.country for p in placed)


def in_land(mentions: Sequence[Mention], places: Iterable[Place]) -> list[Mention]:
    """The mentions, each conflict-pack generic alias read out of its land turned into an
    actor of its sector only (see the module docstring)."""
    land = page_land(places)
    packs = actor_packs()
    return [Mention(text=m.text, start=m.start, end=m.end,
                    sector=packs.actors[m.actor_id].sector)
            if m.actor_id and out_of_land(m, land) else m for m in mentions]
