"""Entity-ruler patterns built from the actor and place packs.

The small spaCy model misses or mislabels most names this domain depends on (TASS, HTS,
Kupschishin, Hmeimim), so pack names are matched exactly before the statistical NER runs.
Each actor pattern carries the actor id, so `ent.ent_id_` links the span to its pack entry.
"""

from __future__ import annotations

from typing import Any

from .packdata import ActorPacks, actor_packs, supplement_places

PLACE_LABELS = {"ADM1": "GPE", "PPL": "GPE", "PCLI": "GPE", "RGN": "LOC", "ROAD": "FAC",
                "AIRB": "FAC"}


def _variants(alias: str) -> list[str]:
    """A lowercase generic term also appears capitalised at a sentence start; a name with an
    apostrophe is also printed with the typographic one ("Lord’s Resistance Army")."""
    forms = [alias, alias[:1].upper() + alias[1:]] if alias[:1].islower() else [alias]
    return [*forms, *(f.replace("'", "\u2019") for f in forms if "'" in f)]


def actor_patterns(packs: ActorPacks) -> list[dict[str, Any]]:
    """One phrase pattern per actor name and alias, labelled by the actor's kind."""
    patterns = []
    for actor in packs.actors.values():
        for name in {actor.name, *actor.aliases}:
            for text in _variants(name):
                patterns.append({"label": actor.kind, "pattern": text, "id": actor.id})
    return patterns


def place_patterns() -> list[dict[str, Any]]:
    """Supplement place names; no id, as the place resolver ranks candidates itself."""
    patterns = []
    for row in supplement_places():
        label = PLACE_LABELS.get(row["feature_code"], "LOC")
        for name in {row["name"], *(row.get("alternatenames") or [])}:
            patterns.append({"label": label, "pattern": name})
    return patterns


def all_patterns() -> list[dict[str, Any]]:
    """Actor patterns first: where an actor and a place share a surface form, spaCy's ruler
    keeps the longest match and, for equal spans, the first pattern."""
    return actor_patterns(actor_packs()) + place_patterns()
