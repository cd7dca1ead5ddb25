"""Load and validate the YAML data packs shipped in `fogofwar/data/packs`.

Domain knowledge (actors, cues, hedges, triggers, boilerplate, outlets) lives in these packs so
that a new conflict is a new file, not a code change. A malformed pack fails at load with the
file and key named, not later with a KeyError deep inside a stage.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from .errors import PackError


def _ref(name: str):
    return resources.files("fogofwar") / "data" / "packs" / f"{name}.yaml"


def has_pack(name: str) -> bool:
    """Whether a pack ships with this install (optional packs load only when present)."""
    return _ref(name).is_file()


def pack_text(name: str) -> str:
    ref = _ref(name)
    if not ref.is_file():
        raise PackError(f"data pack '{name}.yaml' not found in fogofwar/data/packs")
    return ref.read_text(encoding="utf-8")


#: libyaml's parser, where PyYAML was built with it: 8x faster on the shipped packs, which
#: it reads to the same data (tests/test_packs_yaml.py); packs load inside the first ingest.
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def parse_yaml(text: str) -> Any:
    """YAML with libyaml when available, else PyYAML's pure parser; text libyaml refuses is
    read again by PyYAML, so an error is reported exactly as before (its message names the
    line) and nothing libyaml rejects is lost."""
    if _FAST_LOADER is not None:
        try:
            return yaml.load(text, Loader=_FAST_LOADER)  # noqa: S506 - CSafeLoader is safe
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


@cache
def load_pack(name: str) -> dict[str, Any]:
    """Parse a pack once per process; packs are read-only after load."""
    try:
        data = parse_yaml(pack_text(name))
    except yaml.YAMLError as exc:
        raise PackError(f"{name}.yaml: invalid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise PackError(f"{name}.yaml: top level must be a mapping")
    return data


def require(pack: dict[str, Any], name: str, key: str, kind: type) -> Any:
    """Fetch `key` from a pack, checking its type, so errors name the file and key."""
    if key not in pack:
        raise PackError(f"{name}.yaml: missing key '{key}'")
    value = pack[key]
    if not isinstance(value, kind):
        raise PackError(f"{name}.yaml: key '{key}' must be a {kind.__name__}")
    return value


def word_set(section: dict[str, Any], name: str, key: str, where: str = "") -> frozenset[str]:
    """A list of words under `key`, lower-cased, for membership tests; a missing key, a
    non-list or a non-string entry is a PackError naming the file and key (`where` is the
    path of the section inside the pack, e.g. "types.ASSAULT.")."""
    values = require(section, name, key, list)
    if not all(isinstance(v, str) for v in values):
        raise PackError(f"{name}.yaml: every entry of '{where}{key}' must be a string")
    return frozenset(v.lower() for v in values)


@cache
def pack_words(name: str, key: str) -> frozenset[str]:
    """`word_set` of a top-level key of pack `name`, read once per process: the one reader
    behind the stages' word lists (reconcile's titles, nouns and phrases)."""
    return word_set(load_pack(name), name, key)
