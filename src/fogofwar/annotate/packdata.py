"""Actor and place packs, validated once and shared by the ruler and the resolvers.

The entity ruler (annotate) and the actor/place resolvers (resolve) must agree on ids and
names, so both read the packs through this module rather than each parsing YAML its own way.
A malformed pack fails here with the file and key named.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from typing import Any

from .. import config
from ..clean.outlets import Outlet, outlets
from ..errors import PackError
from ..packs import has_pack, load_pack, require

GLOBAL_PACK = "actors_global"
#: Armed non-state actors of every region (UCDP/ACLED's most coded), loaded beside the global
#: pack when present; no sides: a conflict pack entry with the same id overrides it.
ARMED_PACK = "actors_armed"
ARMED_TYPES = frozenset({"jihadist", "insurgent", "separatist", "militia", "gang", "pmc",
                         "paramilitary", "rebel"})
PLACES_PACK = "places_supplement"
#: Environment variable naming the conflict packs to load, comma-separated ("syria2020,other").
PACKS_ENV = "FOGOFWAR_PACKS"
KINDS = {"ORG", "PERSON", "GPE", "NORP"}
PLACE_FIELDS = ("name", "lat", "lon", "feature_code", "country")
ISO3 = re.compile(r"[A-Z]{3}")

log = logging.getLogger(__name__)


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
    seat_spellings: tuple[str, ...] = ()  # states: other spellings of the seat ("Kiev")
    role: str | None = None
    state_owned: bool = False
    type: str | None = None  # armed groups: jihadist, insurgent, separatist, militia, ...
    operates_in: tuple[str, ...] = ()  # armed groups: ISO3 codes of where they fight
    governs: str | None = None  # armed groups: ISO3 of the land they are the authority of
    #: A conflict pack's actor: the pack's focus countries (ISO2), the land its generic
    #: aliases ("rebels", "government forces") name this actor in (resolve/conflict_land).
    land: tuple[str, ...] = ()


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
    sides: frozenset[str] = frozenset()
    conflicts: tuple[str, ...] = ()
    partner_prepositions: frozenset[str] = frozenset()
    role_nouns: dict[str, str] = field(default_factory=dict)  # noun -> sector

    @cached_property
    def title_sizes(self) -> tuple[int, ...]:
        """The word counts of the titles, longest first: the resolver tries each size right
        before every person it names, so they are counted once per pack, not per person."""
        return tuple(sorted({len(t.split()) for t in self.titles}, reverse=True))


@dataclass
class _Conflict:
    """The conflict packs' settings, merged; what `_actor` needs to check and fill sides."""

    sides: set[str] = field(default_factory=set)
    state_sides: dict[str, str] = field(default_factory=dict)
    demonym_sides: dict[str, str] = field(default_factory=dict)
    actor_sides: dict[str, str] = field(default_factory=dict)
    focus: list[str] = field(default_factory=list)


def conflict_names(explicit: str | Sequence[str] | None = None) -> tuple[str, ...]:
    """The conflict packs to load: the argument, else FOGOFWAR_PACKS, else the default."""
    if explicit is None:
        explicit = os.environ.get(PACKS_ENV) or config.DEFAULT_CONFLICT
    names = explicit.split(",") if isinstance(explicit, str) else list(explicit)
    names = [n.strip() for n in names if n.strip()]
    if not names:
        raise PackError(f"{PACKS_ENV} names no conflict pack")
    return tuple(dict.fromkeys(names))


def _strings(raw: dict[str, Any], key: str, where: str) -> list[str]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
        raise PackError(f"{where}: key '{key}' must be a list of strings")
    return value


def _check_side(side: Any, conflict: _Conflict, where: str) -> None:
    if side is not None and side not in conflict.sides:
        raise PackError(f"{where}: unknown side '{side}' (loaded conflict packs declare "
                        f"{sorted(conflict.sides)})")


def _actor(raw: Any, pack: str, i: int, conflict: _Conflict, sectors: set[str]) -> Actor:
    where = f"{pack}.yaml: actors[{i}]"
    if not isinstance(raw, dict):
        raise PackError(f"{where} must be a mapping")
    for key in ("id", "name", "kind"):
        if not isinstance(raw.get(key), str):
            raise PackError(f"{where}: key '{key}' must be a string")
    where = f"{where} ({raw['id']})"
    if raw["kind"] not in KINDS:
        raise PackError(f"{where}: kind '{raw['kind']}' is not one of {sorted(KINDS)}")
    if raw.get("sector") is not None and raw["sector"] not in sectors:
        raise PackError(f"{where}: sector '{raw['sector']}' is not one of {sorted(sectors)}")
    country = raw.get("country")
    if country is not None and not (isinstance(country, str) and ISO3.fullmatch(country)):
        raise PackError(f"{where}: country '{country}' is not an ISO 3166 alpha-3 code")
    _check_side(raw.get("side"), conflict, where)
    armed = _armed_keys(raw, where)
    side = raw.get("side") or conflict.actor_sides.get(raw["id"])
    # States, and outlets their state owns or that follow its line, take the state's side.
    state_like = raw["kind"] == "GPE" or raw.get("state_owned") or raw.get("state_aligned")
    if side is None and state_like and country:
        side = conflict.state_sides.get(country)
    return Actor(
        id=raw["id"], name=raw["name"], kind=raw["kind"], country=country,
        sector=raw.get("sector"), side=side, aliases=tuple(_strings(raw, "aliases", where)),
        seat=raw.get("seat"), seat_spellings=tuple(_strings(raw, "seat_spellings", where)),
        role=raw.get("role"),
        state_owned=bool(raw.get("state_owned", False)), **armed,
    )


def _armed_keys(raw: dict[str, Any], where: str) -> dict[str, Any]:
    """The armed-group keys `type`, `operates_in` and `governs`, checked."""
    kind = raw.get("type")
    if kind is not None and kind not in ARMED_TYPES:
        raise PackError(f"{where}: type '{kind}' is not one of {sorted(ARMED_TYPES)}")
    places = _strings(raw, "operates_in", where)
    bad = [c for c in places if not ISO3.fullmatch(c)]
    if bad:
        raise PackError(f"{where}: operates_in '{bad[0]}' is not an ISO 3166 alpha-3 code")
    governs = raw.get("governs")
    if governs is not None and not (isinstance(governs, str) and ISO3.fullmatch(governs)):
        raise PackError(f"{where}: governs '{governs}' is not an ISO 3166 alpha-3 code")
    return {"type": kind, "operates_in": tuple(places), "governs": governs}


def _state(raw: Any, i: int, demonyms: dict[str, str | None],
           templates: list[str]) -> dict[str, Any]:
    """A `states` entry as an actor mapping (id = lowercase ISO3, kind GPE, sector GOV), with
    aliases from `state_alias_templates` ("Government of {name}"); its demonyms are added to
    `demonyms`, a demonym two states claim being an error."""
    where = f"{GLOBAL_PACK}.yaml: states[{i}]"
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise PackError(f"{where} must be a mapping with a string 'name'")
    iso3 = raw.get("iso3")
    if not (isinstance(iso3, str) and ISO3.fullmatch(iso3)):
        raise PackError(f"{where} ({raw['name']}): key 'iso3' must be an ISO alpha-3 code")
    for word in _strings(raw, "demonyms", f"{where} ({iso3})"):
        if word in demonyms and demonyms[word] != iso3:
            raise PackError(f"{where} ({iso3}): demonym '{word}' already names "
                            f"{demonyms[word]}")
        demonyms[word] = iso3
    aliases = _strings(raw, "aliases", f"{where} ({iso3})")
    aliases += [t.format(name=raw["name"]) for t in templates]
    return {"id": iso3.lower(), "name": raw["name"], "kind": "GPE", "country": iso3,
            "sector": "GOV", "aliases": aliases, "seat": raw.get("seat"),
            "seat_spellings": _strings(raw, "seat_spellings", f"{where} ({iso3})")}


def _mapping(pack: dict[str, Any], name: str, key: str) -> dict[str, Any]:
    return require(pack, name, key, dict) if key in pack else {}


def _merge(target: dict[str, str], extra: dict[str, Any], where: str) -> None:
    """Add a conflict pack's mapping; an entry another loaded pack maps differently keeps
    the first pack's value (packs are listed in priority order), with a warning."""
    for key, value in extra.items():
        if target.setdefault(str(key), value) != value:
            log.warning("%s: '%s' -> '%s' ignored; an earlier pack gives '%s'",
                        where, key, value, target[key])


def _conflict(names: tuple[str, ...]) -> _Conflict:
    """Merge the conflict packs' sides and mappings, checking every side is declared."""
    merged = _Conflict()
    for name in names:
        pack = load_pack(name)
        merged.sides.update(require(pack, name, "sides", list))
        for key in ("state_sides", "demonym_sides", "actor_sides"):
            mapping = _mapping(pack, name, key)
            for k, side in mapping.items():
                if side not in pack["sides"]:
                    raise PackError(f"{name}.yaml: {key}['{k}']: unknown side '{side}' "
                                    f"(not in this pack's sides)")
            _merge(getattr(merged, key), mapping, f"{name}.yaml: {key}")
        merged.focus.extend(pack.get("focus_countries") or ())
    return merged


def _media_actor(outlet: Outlet) -> dict[str, Any]:
    """An outlet with an id as an actor mapping: outlets.yaml is the one list of media."""
    return {"id": outlet.id, "name": outlet.name, "kind": "ORG", "country": outlet.country,
            "sector": "MED", "aliases": list(outlet.aliases),
            "state_owned": bool(outlet.state_owned),
            "state_aligned": bool(outlet.state_aligned)}


def _raw_actors(glob: dict[str, Any], names: tuple[str, ...],
                demonyms: dict[str, str | None]) -> list[tuple[str, int, Any]]:
    """(pack, index, raw entry) for every actor: global states, global actors, conflicts."""
    states = require(glob, GLOBAL_PACK, "states", list)
    templates = require(glob, GLOBAL_PACK, "state_alias_templates", list)
    out = [(GLOBAL_PACK, i, _state(raw, i, demonyms, templates))
           for i, raw in enumerate(states)]
    out += [(GLOBAL_PACK, i, raw)
            for i, raw in enumerate(require(glob, GLOBAL_PACK, "actors", list))]
    out += [("outlets", i, _media_actor(o)) for i, o in enumerate(outlets()) if o.id]
    if has_pack(ARMED_PACK):
        armed = require(load_pack(ARMED_PACK), ARMED_PACK, "actors", list)
        for i, raw in enumerate(armed):
            if isinstance(raw, dict) and raw.get("side") is not None:
                raise PackError(f"{ARMED_PACK}.yaml: actors[{i}] ({raw.get('id')}): no "
                                f"'side' here; a conflict pack gives sides")
        out += [(ARMED_PACK, i, raw) for i, raw in enumerate(armed)]
    for name in names:
        out += [(name, i, raw) for i, raw in enumerate(require(load_pack(name), name,
                                                               "actors", list))]
    return out


@cache
def actor_packs(conflicts: str | tuple[str, ...] | None = None) -> ActorPacks:
    """Merge the global actor pack with the conflict packs (FOGOFWAR_PACKS if None)."""
    names = conflict_names(conflicts)
    glob = load_pack(GLOBAL_PACK)
    sectors = set(require(glob, GLOBAL_PACK, "sectors", dict))
    conflict = _conflict(names)
    demonyms: dict[str, str | None] = {}
    actors: dict[str, Actor] = {}
    origin: dict[str, str] = {}
    for name, i, raw in _raw_actors(glob, names, demonyms):
        actor = _actor(raw, name, i, conflict, sectors)
        if name in names:
            actor = replace(actor, land=tuple(load_pack(name).get("focus_countries") or ()))
        if actor.id in actors:
            if origin[actor.id] != ARMED_PACK or name in (GLOBAL_PACK, ARMED_PACK):
                raise PackError(f"{name}.yaml: actors[{i}]: duplicate id '{actor.id}'")
            actor = _override(actors[actor.id], actor)
        actors[actor.id] = actor
        origin[actor.id] = name
    for key in conflict.actor_sides:
        if key not in actors:
            raise PackError(f"actor_sides: unknown actor id '{key}' in {', '.join(names)}")
    demonyms.update(require(glob, GLOBAL_PACK, "demonyms", dict))
    titles = require(glob, GLOBAL_PACK, "titles", dict)
    roles = _sector_map(glob, "role_nouns", sectors)
    return ActorPacks(
        actors=actors, demonyms=demonyms, demonym_sides=conflict.demonym_sides,
        titles={str(k): str(v) for k, v in titles.items()},
        force_nouns=frozenset(require(glob, GLOBAL_PACK, "force_nouns", list)),
        state_sides=conflict.state_sides,
        seats={s: a.id for a in actors.values()
               for s in ([a.seat] if a.seat else []) + list(a.seat_spellings)},
        focus_countries=tuple(dict.fromkeys(conflict.focus)),
        sides=frozenset(conflict.sides), conflicts=names,
        partner_prepositions=frozenset(
            require(glob, GLOBAL_PACK, "partner_prepositions", list)),
        role_nouns=roles,
    )


def _override(armed: Actor, local: Actor) -> Actor:
    """A conflict pack's entry for a global armed group: its name, sector and side win; the
    global entry's aliases, type, country and operating countries fill what it leaves out."""
    aliases = tuple(dict.fromkeys((*local.aliases, *armed.aliases, armed.name)))
    return replace(local, aliases=tuple(a for a in aliases if a != local.name),
                   country=local.country or armed.country, type=local.type or armed.type,
                   operates_in=local.operates_in or armed.operates_in,
                   governs=local.governs or armed.governs)


def _sector_map(glob: dict[str, Any], key: str, sectors: set[str]) -> dict[str, str]:
    """A word -> sector mapping of the global pack, every sector one the pack declares."""
    out = {str(k): str(v) for k, v in require(glob, GLOBAL_PACK, key, dict).items()}
    for word, sector in out.items():
        if sector not in sectors:
            raise PackError(f"{GLOBAL_PACK}.yaml: {key}['{word}']: sector '{sector}' is not "
                            f"one of {sorted(sectors)}")
    return out


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
