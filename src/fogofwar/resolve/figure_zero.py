"""A toll of none as a figure of 0: "there had been no casualties", "no one was killed".

A side that denies a toll ("the mayor said there were no casualties") disputes the other
side's figure as plainly as a number would, so the denial is a figure: value, low and high 0,
exact, its category the phrase's (killed or injured, from the pack's `zero_tolls`). Saying that
nothing is known yet is no toll: "no casualties were reported", "no immediate reports of
casualties" (the phrase must follow "no" at once, and a reporting verb after it undoes it).
"""

from __future__ import annotations

from functools import cache

from ..packs import load_pack, require
from .figure_base import PACK, Raw, Tok, match
from .figure_singular import _table

SECTION = "zero_tolls"


@cache
def _zero() -> dict:
    sec = require(load_pack(PACK), PACK, SECTION, dict)
    phrases = {k: v for k, v in sec.items() if k in ("killed", "injured")}
    unreported = require(sec, PACK, "unreported", list)
    return {"phrases": _table(phrases),
            "unreported": _table({"x": unreported}),
            "auxiliaries": frozenset(require(sec, PACK, "auxiliaries", list))}


def zero_toll(toks: list[Tok], i: int) -> Raw | None:
    """The figure of 0 a denial phrase at token i states ("no casualties"), else None."""
    z = _zero()
    n, category = match(toks, i, z["phrases"])
    if not n:
        return None
    k = i + n
    while k < len(toks) and toks[k].low in z["auxiliaries"]:
        k += 1
    if k > i + n and match(toks, k, z["unreported"])[0]:
        return None  # "no casualties were reported": nothing known yet, no toll
    raw = Raw(i, i + n - 1, 0.0, 0.0, 0.0, False)
    raw.adjacent, raw.noun_end = category, i + n
    raw.counts = toks[i + 1].low if toks[i + 1].low not in ("one", "body") else None
    return raw
