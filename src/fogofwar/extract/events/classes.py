"""Generic actor classes: what a phrase no pack names is ("gunmen", "security forces").

War reports name most actors by kind, not by name: "gunmen stormed a hotel", "five soldiers
were killed". Dropping such arguments loses most events outside the conflicts the packs know,
so an event keeps the phrase with a class from `actor_classes.yaml` (its head noun decides),
the class's sector, and whether it is armed (which decides what "the group" can refer to).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Token

from ...annotate.packdata import actor_packs
from ...errors import PackError
from ...packs import load_pack, require, word_set

NAME = "actor_classes"


@dataclass(frozen=True)
class ActorClass:
    id: str
    sector: str | None
    armed: bool
    state: bool


@dataclass(frozen=True)
class ClassPack:
    by_noun: dict[str, ActorClass]
    references: frozenset[str]
    pronouns: frozenset[str]
    responsibility_nouns: frozenset[str]
    responsibility_verbs: frozenset[str]
    partitives: frozenset[str] = frozenset()
    light_objects: frozenset[str] = frozenset()
    speaker_is_actor: frozenset[str] = frozenset()
    blame_verbs: frozenset[str] = frozenset()
    blame_preps: frozenset[str] = frozenset()
    armed_modifiers: frozenset[str] = frozenset()
    armed_class: ActorClass | None = None
    carriers: frozenset[str] = frozenset()
    held_class: ActorClass | None = None
    captive_words: frozenset[str] = frozenset()
    suspect_words: frozenset[str] = frozenset()


def _words(raw: dict[str, Any], key: str, where: str) -> frozenset[str]:
    return word_set(raw, NAME, key, where)


def _entry(raw: Any, i: int, sectors: frozenset[str]) -> tuple[ActorClass, frozenset[str]]:
    where = f"classes[{i}]."
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise PackError(f"{NAME}.yaml: classes[{i}] must be a mapping with a string 'id'")
    sector = raw.get("sector", "missing")
    if sector is not None and sector not in sectors:
        raise PackError(f"{NAME}.yaml: classes[{i}] ({raw['id']}): sector '{sector}' is not "
                        f"null or one of {sorted(sectors)}")
    flags = []
    for key in ("armed", "state"):
        if not isinstance(raw.get(key), bool):
            raise PackError(f"{NAME}.yaml: classes[{i}] ({raw['id']}): '{key}' must be "
                            f"true or false")
        flags.append(raw[key])
    return ActorClass(raw["id"], sector, *flags), _words(raw, "nouns", where)


@cache
def class_pack() -> ClassPack:
    """The classes pack, validated; the first class listing a noun owns it."""
    pack = load_pack(NAME)
    sectors = frozenset(require(load_pack("actors_global"), "actors_global", "sectors", dict))
    by_noun: dict[str, ActorClass] = {}
    by_id: dict[str, ActorClass] = {}
    for i, raw in enumerate(require(pack, NAME, "classes", list)):
        cls, nouns = _entry(raw, i, sectors)
        by_id[cls.id] = cls
        for noun in nouns:
            by_noun.setdefault(noun, cls)
    armed_id = require(pack, NAME, "armed_class", str)
    held_id = require(pack, NAME, "held_class", str)
    for key, value in (("armed_class", armed_id), ("held_class", held_id)):
        if value not in by_id:
            raise PackError(f"{NAME}.yaml: {key} '{value}' is not a class id")
    return ClassPack(by_noun, _words(pack, "references", ""), _words(pack, "pronouns", ""),
                     _words(pack, "responsibility_nouns", ""),
                     _words(pack, "responsibility_verbs", ""), _words(pack, "partitives", ""),
                     _words(pack, "light_objects", ""),
                     _words(pack, "speaker_is_actor", ""), _words(pack, "blame_verbs", ""),
                     _words(pack, "blame_preps", ""), _words(pack, "armed_modifiers", ""),
                     by_id[armed_id], _words(pack, "carriers", ""), by_id[held_id],
                     _words(pack, "captive_words", ""), _words(pack, "suspect_words", ""))


def of_object(head: Token) -> Token | None:
    """The noun after "of" on a head ("one of the missiles", "members of the security forces",
    "a number of army posts"): what a partitive or a carrier counts."""
    return next((g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"), None)


def class_of(head: Token) -> ActorClass | None:
    """The class of a noun phrase by its head, trying "security forces" before "forces";
    "members of the security forces" takes the class of what it is part of, and a civilian
    noun an arming modifier qualifies ("armed individuals") the pack's armed class."""
    pack = class_pack()
    if head.lower_ in pack.partitives:
        part = of_object(head)
        if part is None:  # "eight security forces members": the class of what they are of
            part = next((c for c in reversed(list(head.lefts)) if c.dep_ == "compound"), None)
        return class_of(part) if part is not None else None
    if head.lower_ in pack.carriers:  # "two cars of ISIS militants"
        part = of_object(head)
        if part is not None and (cls := class_of(part)) is not None:
            return cls
    by_noun = pack.by_noun
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.dep_ in ("compound", "amod") and before.head.i == head.i:
        two = f"{before.lower_} {head.lower_}"
        if two in by_noun:
            return by_noun[two]
    found = by_noun.get(head.lower_) or by_noun.get(head.lemma_.lower())
    if found is not None and found is pack.held_class:
        return found  # "214 army hostages": whose they were, not armed men
    if (found is not None and found.sector is not None or head.pos_ == "PROPN") and any(
            c.dep_ in ("amod", "acl") and c.lower_ in pack.captive_words for c in head.children):
        return pack.held_class  # "its soldiers captured by the rebels", "the kidnapped Turks"
    if found is not None and found.sector == "CVL" and any(
            c.dep_ == "amod" and c.lower_ in pack.armed_modifiers or c.dep_ in ("acl", "amod")
            and c.lower_ in pack.suspect_words for c in head.children):
        return pack.armed_class  # "more than 30 armed individuals", "12 people suspected
    # of terrorist activities" are no civilians as the report tells them
    if found is not None and found.sector == "CVL":
        service = _armed_compound(head, by_noun)
        return service or found
    return found


def _armed_compound(head: Token, by_noun: dict[str, ActorClass]) -> ActorClass | None:
    """The armed class a compound before a civilian noun names: "three army intelligence
    men", "two police men" are of the army and the police, not civilians."""
    for mod in head.lefts:
        cls = by_noun.get(mod.lower_) if mod.dep_ == "compound" else None
        if cls is not None and cls.sector in ("MIL", "REB"):
            return cls
    return None


def class_of_text(text: str) -> ActorClass | None:
    """The class of a bare phrase ("the militants"), by its last one or two words."""
    words = text.lower().split()
    by_noun = class_pack().by_noun
    for size in (2, 1):
        if len(words) >= size and " ".join(words[-size:]) in by_noun:
            return by_noun[" ".join(words[-size:])]
    return None


def demonym_country(tokens) -> str | None:
    """The country a demonym among the words gives ("Pakistani soldiers" -> PAK)."""
    demonyms = actor_packs().demonyms
    return next((demonyms[t.text] for t in tokens if demonyms.get(t.text)), None)


def class_by_id(class_id: str | None) -> ActorClass | None:
    """The class a mention's exported `class` names, or None."""
    return next((c for c in class_pack().by_noun.values() if c.id == class_id), None)


def class_sector(class_id: str | None) -> str | None:
    """The sector of a mention's class ("military" -> MIL), or None."""
    cls = class_by_id(class_id)
    return cls.sector if cls is not None else None
