"""Actor and place packs, validated once and shared by the ruler and the resolvers.

The entity ruler (annotate) and the actor/place resolvers (resolve) must agree on ids and
names, so both read the packs through this module rather than each parsing YAML its own way.
A malformed pack fails here with the file and key named.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .. import config
from ..errors import PackError
from ..packs import load_pack, require

GLOBAL_PACK = "actors_global"
PLACES_PACK = "places_supplement"
KINDS = {"ORG", "PERSON", "GPE", "NORP"}
PLACE_FIELDS = ("name", "lat", "lon", "feature_code", "country")


@dataclass(frozen=True)
class Actor:
    """One pack actor; `side` already merged from the conflict pack."""

    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    side: str | None
    aliases: tuple[str, ...] = ()
    seat: str | None = None
    role: str | None = None
    state_owned: bool = False


@dataclass(frozen=True)
class ActorPacks:
    """Everything the actor resolver needs, indexed for lookups."""

    actors: dict[str, Actor]
    demonyms: dict[str, str | None]
    demonym_sides: dict[str, str]
    titles: dict[str, str]
    force_nouns: frozenset[str]
    state_sides: dict[str, str]
    seats: dict[str, str] = field(default_factory=dict)  # seat name -> actor id
    focus_countries: tuple[str, ...] = ()


def _actor(raw: Any, pack: str, i: int, sides: dict[str, str], extra: dict[str, str]) -> Actor:
    where = f"{pack}.yaml: actors[{i}]"
    if not isinstance(raw, dict):
        raise PackError(f"{where} must be a mapping")
    for key in ("id", "name", "kind"):
        if not isinstance(raw.get(key), str):
            raise PackError(f"{where}: key '{key}' must be a string")
    if raw["kind"] not in KINDS:
        raise PackError(f"{where}: kind '{raw['kind']}' is not one of {sorted(KINDS)}")
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise PackError(f"{where} ({raw['id']}): key 'aliases' must be a list of strings")
    country = raw.get("country")
    side = raw.get("side") or extra.get(raw["id"])
    # States, and outlets their state owns, take the state's side in the conflict.
    if side is None and (raw["kind"] == "GPE" or raw.get("state_owned")) and country:
        side = sides.get(country)
    return Actor(
        id=raw["id"], name=raw["name"], kind=raw["kind"], country=country,
        sector=raw.get("sector"), side=side, aliases=tuple(aliases), seat=raw.get("seat"),
        role=raw.get("role"), state_owned=bool(raw.get("state_owned", False)),
    )


def _mapping(pack: dict[str, Any], name: str, key: str) -> dict[str, Any]:
    return require(pack, name, key, dict) if key in pack else {}


@cache
def actor_packs(conflict: str | None = None) -> ActorPacks:
    """Merge the global actor pack with one conflict pack (config default if None)."""
    conflict = conflict or config.DEFAULT_CONFLICT
    glob, conf = load_pack(GLOBAL_PACK), load_pack(conflict)
    state_sides = _mapping(conf, conflict, "state_sides")
    extra = _mapping(conf, conflict, "actor_sides")
    actors: dict[str, Actor] = {}
    for name, pack in ((GLOBAL_PACK, glob), (conflict, conf)):
        for i, raw in enumerate(require(pack, name, "actors", list)):
            actor = _actor(raw, name, i, state_sides, extra)
            if actor.id in actors:
                raise PackError(f"{name}.yaml: actors[{i}]: duplicate id '{actor.id}'")
            actors[actor.id] = actor
    titles = require(glob, GLOBAL_PACK, "titles", dict)
    return ActorPacks(
        actors=actors,
        demonyms=require(glob, GLOBAL_PACK, "demonyms", dict),
        demonym_sides=_mapping(conf, conflict, "demonym_sides"),
        titles={str(k): str(v) for k, v in titles.items()},
        force_nouns=frozenset(require(glob, GLOBAL_PACK, "force_nouns", list)),
        state_sides=state_sides,
        seats={a.seat: a.id for a in actors.values() if a.seat},
        focus_countries=tuple(conf.get("focus_countries") or ()),
    )


@cache
def place_words() -> tuple[dict[str, str], frozenset[str]]:
    """(context word -> feature code, locative prepositions) from the places pack."""
    pack = load_pack(PLACES_PACK)
    words = require(pack, PLACES_PACK, "context_words", dict)
    preps = require(pack, PLACES_PACK, "locative_prepositions", list)
    return {str(k): str(v) for k, v in words.items()}, frozenset(preps)


@cache
def supplement_places() -> tuple[dict[str, Any], ...]:
    """The supplement's place entries, checked for the fields the gazetteer needs."""
    rows = require(load_pack(PLACES_PACK), PLACES_PACK, "places", list)
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            raise PackError(f"{PLACES_PACK}.yaml: places[{i}] must be a mapping")
        for key in PLACE_FIELDS:
            if row.get(key) is None:
                raise PackError(f"{PLACES_PACK}.yaml: places[{i}]: missing key '{key}'")
        if not row.get("source"):
            raise PackError(f"{PLACES_PACK}.yaml: places[{i}] ({row['name']}): missing 'source'")
    return tuple(rows)
