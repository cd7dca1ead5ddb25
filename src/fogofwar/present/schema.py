"""The export JSON Schemas shipped in `fogofwar/data/schemas`, loaded and checked.

The schemas are the stable contract for anyone reading fogofwar's exports; tests validate every
export against them so the code cannot drift from the contract unnoticed. The incident schema
reuses the article schema's Place and Figure definitions through a shared registry.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

KINDS = ("article", "incident", "outlet", "event", "claim")


@cache
def load_schema(kind: str) -> dict:
    """The parsed schema for `kind` (article | incident | outlet | event | claim)."""
    if kind not in KINDS:
        raise ValueError(f"unknown schema kind {kind!r}: expected one of {', '.join(KINDS)}")
    ref = resources.files("fogofwar") / "data" / "schemas" / f"{kind}.schema.json"
    return json.loads(ref.read_text(encoding="utf-8"))


@cache
def _registry() -> Registry:
    resources_ = [(load_schema(k)["$id"], Resource.from_contents(load_schema(k))) for k in KINDS]
    return Registry().with_resources(resources_)


@cache
def validator(kind: str) -> Draft202012Validator:
    return Draft202012Validator(load_schema(kind), registry=_registry())


def validate(record: dict, kind: str) -> None:
    """Raise jsonschema.ValidationError (the most relevant one) if `record` breaks the schema."""
    validator(kind).validate(record)
