"""Compile regex lists from packs, failing with the file and key named."""

from __future__ import annotations

import re
from typing import Any

from ..errors import PackError


def compile_pattern(value: Any, pack: str, key: str) -> re.Pattern[str]:
    if not isinstance(value, str) or not value:
        raise PackError(f"{pack}.yaml: {key} must be a non-empty string (a regex)")
    try:
        return re.compile(value)
    except re.error as exc:
        raise PackError(f"{pack}.yaml: {key}: invalid regex: {exc}") from None


def named_patterns(entries: list, pack: str, key: str) -> list[tuple[str, re.Pattern[str]]]:
    """[(name, compiled)] from a list of {name, pattern} mappings."""
    compiled = []
    for i, entry in enumerate(entries):
        where = f"{key}[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise PackError(f"{pack}.yaml: {where} must be a mapping with a 'name' string")
        pattern = compile_pattern(entry.get("pattern"), pack, f"{where}.pattern")
        compiled.append((entry["name"], pattern))
    return compiled
