"""Actor mentions: pack actors, titled persons, metonymic capitals, unknown named actors.

The entity ruler already tagged pack names with their actor id; this module turns entities
into `Mention`s and fills what the ruler cannot know: a capital used as its government
("Ankara has sent"), a person known only by a title ("Russian Maj. Gen. X" -> RUS, MIL), a
demonym before a force noun ("Iranian troops") and an unknown person whose surname is a pack
person's ("Recept Tayip Erdogan").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from ..annotate.packdata import Actor, ActorPacks, actor_packs, place_words
from ..records import Mention
from .gazetteer import exact_in

#: Dependencies under which a capital names its government rather than a location.
ACTOR_DEPS = {"nsubj", "poss"}
TITLE_WINDOW = 8
#: Lowercase modifiers allowed between a demonym and its force noun.
FORCE_GAP = 2


def _from_actor(span: Span | None, actor: Actor, text: str = "", start: int = 0,
                end: int = 0) -> Mention:
    if span is not None:
        text, start, end = span.text, span.start_char, span.end_char
    return Mention(text=text, start=start, end=end, actor_id=actor.id, name=actor.name,
                   country=actor.country, sector=actor.sector, side=actor.side)


@cache
def _alias_index() -> dict[str, Actor]:
    """Casefolded name/alias -> actor; the first pack entry wins on collisions."""
    index: dict[str, Actor] = {}
    for actor in actor_packs().actors.values():
        for name in (actor.name, *actor.aliases):
            index.setdefault(name.casefold(), actor)
    return index


@cache
def _surnames() -> dict[str, Actor]:
    """Last word of each pack person's names -> person, for misspelt or partial names."""
    out: dict[str, Actor] = {}
    for actor in actor_packs().actors.values():
        if actor.kind == "PERSON":
            for name in (actor.name, *actor.aliases):
                out.setdefault(name.split()[-1], actor)
    return out


def lookup_actor(text: str) -> Mention | None:
    """Resolve a bare name ("TASS", "the Turkish Defense Ministry") to a pack actor."""
    name = re.sub(r"^(?:the|The)\s+", "", text.strip()).rstrip(".,;:'’s")
    actor = _alias_index().get(name.casefold()) or _alias_index().get(text.strip().casefold())
    return _from_actor(None, actor, text=text) if actor else None


def is_actor_use(span: Span) -> bool:
    """A place name used for its government: subject, possessor, agent, or modifier of a
    force noun ("Damascus troops")."""
    root = span.root
    if root.dep_ in ACTOR_DEPS:
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return True
    return root.dep_ == "compound" and root.head.lower_ in actor_packs().force_nouns


def _title_info(span: Span, packs: ActorPacks) -> tuple[str | None, str | None]:
    """(country, sector) from the words before a name: demonym, pack actor, title."""
    lo = max(span.sent.start, span.start - TITLE_WINDOW)
    window = span.doc[lo:span.start]
    text = f" {window.text} "
    sector = next((packs.titles[t] for t in sorted(packs.titles, key=len, reverse=True)
                   if f" {t} " in text), None)
    country = None
    for tok in reversed(window):
        if tok.text in packs.demonyms:
            country = packs.demonyms[tok.text]
            break
        actor = packs.actors.get(tok.ent_id_)
        if actor is not None:
            country = actor.country
            sector = sector or actor.sector
            break
    return country, sector


def _unknown(span: Span, packs: ActorPacks) -> Mention:
    """An actor no pack knows: country from a demonym inside the name ("Iraqi Security
    Forces") or before it, sector from a title before it."""
    country, sector = _title_info(span, packs)
    inner = next((packs.demonyms[t.text] for t in span if t.text in packs.demonyms), None)
    country = inner or country
    side = packs.state_sides.get(country) if country else None
    return Mention(text=span.text, start=span.start_char, end=span.end_char, country=country,
                   sector=sector, side=side)


def _force_noun_after(span: Span, packs: ActorPacks) -> int | None:
    """Index of the force noun right after a demonym, over at most FORCE_GAP lowercase
    modifiers ("Iraqi security forces", "Russian special forces"); None if there is none."""
    doc = span.doc
    for i in range(span.end, min(span.end + FORCE_GAP + 1, len(doc))):
        if doc[i].lower_ in packs.force_nouns:
            return i
        if not (doc[i].is_lower and doc[i].pos_ in ("ADJ", "NOUN")):
            return None
    return None


def _force_phrase(span: Span, packs: ActorPacks) -> Mention | None:
    """A demonym before a force noun ("Iranian troops"): that state's military."""
    last = _force_noun_after(span, packs)
    if last is None:
        return None
    country = packs.demonyms.get(span.text)
    side = packs.state_sides.get(country) if country else packs.demonym_sides.get(span.text)
    doc, nxt = span.doc, span.doc[last]
    return Mention(text=doc[span.start:nxt.i + 1].text, start=span.start_char,
                   end=nxt.idx + len(nxt.text), country=country, sector="MIL", side=side)


def _people(span: Span, packs: ActorPacks) -> Mention | None:
    """A plural demonym noun ("Syrians", "Iraqis") names that country's people: an actor with
    the country but no sector or side, since a people is not its government."""
    if len(span) != 1 or span.root.tag_ not in ("NNS", "NNPS"):
        return None
    return Mention(text=span.text, start=span.start_char, end=span.end_char,
                   country=packs.demonyms[span.text])


def _is_location(ent: Span) -> bool:
    """A state's name is a place after a locative preposition ("in western Syria", also
    "in Iraq and Syria" through the conjunction) or as the object of a preposition that
    modifies a noun ("the border with Jordan", "refugees from Syria"): an actor is what acts,
    is acted on or owns, not where a thing lies or comes from; a partner preposition keeps
    it an actor ("talks with Russia", "attacks by Turkey")."""
    root = ent.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in place_words()[1]:
        return True
    partner = prep.lower_ in actor_packs().partner_prepositions  # "talks with Russia"
    return not partner and prep.head.pos_ in ("NOUN", "PROPN")


def _given_names(ent: Span, packs: ActorPacks) -> Span:
    """Extend a pack person's span left over given names the ruler did not know
    ("Recept Tayip" before "Erdogan"): capitalised proper nouns, not titles or demonyms. Only a
    bare surname is extended, by at most two words: a known full name needs no help."""
    doc, start = ent.doc, ent.start
    if len(ent) > 1:
        return ent
    titles = {w for t in packs.titles for w in t.split()}
    while start > max(ent.sent.start, ent.start - 2):
        tok = doc[start - 1]
        if (tok.pos_ != "PROPN" or not tok.is_title or tok.ent_type_ or tok.text in titles
                or tok.text in packs.demonyms or tok.text.endswith(".")):
            break
        start -= 1
    return doc[start:ent.end]


def _mention(ent: Span, packs: ActorPacks) -> Mention | None:
    actor = packs.actors.get(ent.ent_id_)
    if actor is not None and actor.kind == "PERSON":
        return _from_actor(_given_names(ent, packs), actor)
    if actor is not None:
        if actor.kind == "GPE" and _is_location(ent):
            return None
        return _from_actor(ent, actor)
    if ent.label_ in ("PERSON", "ORG") and exact_in(ent.text, packs.focus_countries):
        return None  # a village spaCy took for a name; resolve_places takes it
    if ent.label_ in ("GPE", "PERSON") and ent.text in packs.seats and is_actor_use(ent):
        return _from_actor(ent, packs.actors[packs.seats[ent.text]])
    if ent.label_ == "PERSON":
        person = _surnames().get(ent[-1].text)
        return _from_actor(ent, person) if person else _unknown(ent, packs)
    if ent.label_ == "NORP" and ent[0].text.rstrip("-") in packs.demonyms:
        return _force_phrase(ent, packs) or _people(ent, packs)
    if ent.label_ in ("ORG", "NORP"):
        return _unknown(ent, packs)
    return None


def resolve_actors(doc: Doc) -> list[Mention]:
    """One Mention per actor mention in the doc, in text order."""
    packs = actor_packs()
    return [m for ent in doc.ents if (m := _mention(ent, packs)) is not None]
