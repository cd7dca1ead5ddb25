"""The one interval convention for a reported figure, shared by reconcile and every export.

A figure carries value/low/high/approx as the figures parser found them. Reconcile compares
intervals to find contradictions and the CSV export sums them into fatalities; both must read a
figure the same way, or "at least 5" would be 5 in one place and open in another.

Convention (returns `(low, high)`, `high` None meaning open upwards, or None if no number):

- low and high given ("between 20 and 30", "hundreds": 200-999)  -> (low, high)
- only low given ("at least 5", "more than 800")                   -> (low, None)
- only high given ("up to 40")                                     -> (0, high)
- a bare exact value ("five")                                      -> (value, value)
- a bare approximate value ("nearly 1,000", "around 180,000")      -> value -/+ 10 %
"""

from __future__ import annotations

import math
import re
from functools import cache

from ..resolve.figure_base import pack as figures_pack
from ..words import alternation

#: Relative spread given to a bare approximate value ("nearly 1,000" -> 900-1,100).
APPROX_SPREAD = 0.1


def figure_interval(fig: dict) -> tuple[float, float | None] | None:
    """The interval a figure asserts, by the module's convention."""
    low, high, value = fig.get("low"), fig.get("high"), fig.get("value")
    if low is None and high is None:
        if value is None:
            return None
        spread = APPROX_SPREAD * float(value) if fig.get("approx") else 0.0
        return float(value) - spread, float(value) + spread
    return (float(low) if low is not None else 0.0,
            float(high) if high is not None else None)


def approx_value(fig: dict) -> float | None:
    """The value of a bare approximate figure ("about 12"), None for any other: the interval
    spans it -/+10 %, but a reader was told "about 12", not "10.8-13.2"."""
    if fig.get("approx") and fig.get("low") is None and fig.get("high") is None \
            and fig.get("value") is not None:
        return float(fig["value"])
    return None


def below_value(fig: dict) -> float | None:
    """The number a figure lies just short of ("nearly 300", "close to 500": the figures pack's
    `below` words, read as 270-300 for comparing), None for any other: the count its voice
    gave is 300, as "about 300" gives 300, and the 270 is a margin nobody said."""
    value, low, high = fig.get("value"), fig.get("low"), fig.get("high")
    if fig.get("approx") and value is not None and low is not None and high == value \
            and low < value:
        return float(value)
    return None


def format_figure(bounds: tuple[float, float | None], about: float | None = None) -> str:
    """How a figure reads: "about 12" for a bare approximate value, ">=about 93" for one read
    as a floor ("about 93 bodies were buried": no fewer dead), else `format_interval`. The
    -/+10 % margin is for comparing only: shown, its "83.7" is a count nobody gave."""
    if about is None:
        return format_interval(bounds)
    return f">=about {about:g}" if bounds[1] is None else f"about {about:g}"


def row_label(row: dict) -> str:
    """How an incident's figure row (summary.incident_figures) reads in every view: as
    `format_figure`, with the approximate value the row keeps ("about") when all its figures
    said "about N", and the group of the dead a row of one group counts ("12 militants")."""
    about = row.get("about")
    if about is None and row.get("approx") and row["high"] is not None:
        about = (row["low"] + row["high"]) / 2  # rows stored before "about" was kept
    # a row of a ceiling exports no low bound ("up to 40": summary.as_said); it reads "<=40"
    low = 0.0 if row["low"] is None else row["low"]
    label = format_figure((low, row["high"]), about)
    # a voice's row of one group of the dead beside its row of the others ("12 militants")
    return f"{label} {row['victims']}" if row.get("victims") else label


def intervals_clash(a: tuple[float, float | None], b: tuple[float, float | None]) -> bool:
    """True when the two intervals cannot both hold (they do not overlap)."""
    a_high = float("inf") if a[1] is None else a[1]
    b_high = float("inf") if b[1] is None else b[1]
    return a_high < b[0] or b_high < a[0]


def format_interval(bounds: tuple[float, float | None]) -> str:
    """"5", "5-6", ">=5" or "<=40": how a contradiction lists the values in conflict. An
    interval open downwards ("up to 40": 0-40 by the convention) reads "<=40", never "0-40",
    which would look like a claimant saying "none"."""
    low, high = _whole(bounds)
    if high is None:
        return f">={low:g}"
    if low == 0 < high:
        return f"<={high:g}"
    return f"{low:g}" if low == high else f"{low:g}-{high:g}"


def _whole(bounds: tuple[float, float | None]) -> tuple[float, float | None]:
    """The bounds as counts of people or things can be: whole, rounded into the interval (a
    floor of 83.7 is no fewer than 84), since a fraction is a number nobody gave; to the
    nearest whole where no whole number lies inside."""
    low, high = bounds
    up = float(math.ceil(round(low, 6)))
    if high is None:
        return up, None
    down = float(math.floor(round(high, 6)))
    return (up, down) if up <= down else (float(round(low)), float(round(high)))


def merge_intervals(a: tuple[float, float | None],
                    b: tuple[float, float | None]) -> tuple[float, float | None]:
    """One claimant's two figures for one category as one row. Where both can hold and one
    only sets a ceiling or both set the same floor, what both say together ("up to 100" and
    "at least 90" -> 90-100; "at least 19" and "19" -> 19): the span would have been 0 and up,
    a bogus "0+" for a claimant who never said fewer than 90. A bounded figure inside another
    bounded one ("about 12" and "12") is the tighter. Figures with different floors (a toll
    revised from "at least 16" to "at least 19", or from 21 to 45) keep their span, 16+ and
    21-45: the row shows every value the claimant gave, the revision lists the steps."""
    if not intervals_clash(a, b):
        highs = [h for h in (a[1], b[1]) if h is not None]
        overlap = (max(a[0], b[0]), min(highs) if highs else None)
        if ceiling_only(a) or ceiling_only(b) or a[0] == b[0]:
            return overlap
        if a[1] is not None and b[1] is not None and (
                overlap == (a[0], a[1]) or overlap == (b[0], b[1])):
            return overlap  # nested: the inner one
    high = None if None in (a[1], b[1]) else max(a[1], b[1])  # type: ignore[type-var]
    return min(a[0], b[0]), high


def ceiling_only(bounds: tuple[float, float | None]) -> bool:
    """ "Up to 40": open below (0 by the convention), bounded above."""
    return bounds[0] == 0 and bounds[1] is not None and bounds[1] > 0


@cache
def vague_plurals() -> frozenset[str]:
    """The vague plural words of the figures pack ("dozens", "hundreds", "scores"), as the
    figure reader loads and checks them."""
    return frozenset(w.lower() for w in figures_pack()["vague_plurals"])


_WORDS = re.compile(r"[a-z]+")


def is_vague(fig: dict) -> bool:
    """The figure is a vague plural ("dozens", "hundreds of") or a vague multiple of a scale
    ("several hundred", "a few thousand", "several dozen": `_vague_multiple`): the order of a
    toll, not a count."""
    text = (fig.get("text") or "").lower()
    return bool(set(_WORDS.findall(text)) & vague_plurals()) or bool(_vague_multiple().search(text))


@cache
def _vague_multiple() -> re.Pattern[str]:
    """A vague multiplier of the figures pack before a scale word ("several hundred", "a few
    thousand", "a couple of dozen"): the figure reader gives it a range of the scale's order,
    as it does "hundreds", and a witness saying "several hundred were killed" no more counts
    the dead than one saying "hundreds" does."""
    pack = figures_pack()
    scales = [*pack.get("small_scales", {}), *pack.get("scales", {})]
    return re.compile(rf"\b(?:{alternation(pack['vague_multipliers'], longest_first=True)})"
                      rf"\s+(?:{alternation(scales, longest_first=True)})\b")
