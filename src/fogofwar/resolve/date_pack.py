"""The dates pack (`dates.yaml`), loaded and checked once, and the small calendar helpers that
resolve/dates.py and resolve/yearless.py share."""

from __future__ import annotations

import logging
from datetime import date
from functools import cache
from typing import Any

from ..errors import PackError
from ..packs import load_pack, require
from ..words import alternation

log = logging.getLogger(__name__)

PACK = "dates"
#: A month's name as datelines and credits write it, in English, cut or whole, with an
#: optional dot ("Dec.", "Sept", "December"): their regexes match it where no parse runs
#: (resolve.sites, extract.claims.credits).
MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@cache
def _pack() -> dict[str, Any]:
    """Load and validate dates.yaml once; a malformed entry fails here, naming the key."""
    pack = load_pack(PACK)
    for key in ("months", "weekdays", "relative", "ago_units", "past_units", "numbers",
                "weekday_modifiers"):
        require(pack, PACK, key, dict)
    require(pack, PACK, "year_prepositions", list)
    require(pack, PACK, "ago_before", list)
    require(pack, PACK, "future_cues", list)
    require(pack, PACK, "anniversary_ordinals", dict)
    require(pack, PACK, "grace_days", int)
    require(pack, PACK, "clause_breaks", list)
    require(pack, PACK, "anchor_days", int)
    for phrase, rule in pack["relative"].items():
        if not isinstance(rule, dict) or rule.get("unit") not in (None, *_RANK):
            raise PackError(f"{PACK}.yaml: relative '{phrase}' needs unit day|week|month|year|null")
        if not isinstance(rule.get("shift", 0), int):
            raise PackError(f"{PACK}.yaml: relative '{phrase}' shift must be an integer")
    for key in ("months", "weekdays"):
        for num, names in pack[key].items():
            if not isinstance(num, int) or not isinstance(names, list) or not names:
                raise PackError(f"{PACK}.yaml: {key} entry '{num}' must map a number to names")
    return pack


def month_names() -> dict[str, int]:
    """Every month spelling (lower case) -> month number; figures uses it to skip dates."""
    return {n.lower(): m for m, names in _pack()["months"].items() for n in names}


def foreign_month_names() -> dict[str, int]:
    """Every French and Spanish month spelling (lower case, pack `foreign_months`) -> month
    number: the FR/ES pages write "le 3 mars", "el 27 de febrero de 1989"."""
    return {n.lower(): m for m, names in _pack().get("foreign_months", {}).items()
            for n in names}


def _alt(words: Any) -> str:
    """A regex alternation, longest first so "earlier this week" beats "this week"."""
    return alternation(words, longest_first=True)


def _usable(published: date | None, precision: str | None, unit: str) -> bool:
    """A reference only resolves expressions at least as coarse as its own precision."""
    if published is None or precision not in _RANK:
        return False
    return _RANK[unit] >= _RANK[precision]


def _safe_date(year: int, month: int, day: int) -> date | None:
    """date() that says None to "February 30" instead of raising: such text is not a date."""
    try:
        return date(year, month, day)
    except ValueError:
        log.debug("not a calendar date: %s-%s-%s", year, month, day)
        return None
