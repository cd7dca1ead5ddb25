"""What one figure says of a toll, read for disputes (disputes.py): a count of bodies is a
floor of the dead, a count of casualties their ceiling, a statement may say it revises an
earlier figure, and a source's name may say which source it is or only what kind."""

from __future__ import annotations

import re
from functools import cache

from ..packs import load_pack, require
from ..words import alternation
from .voices import generic_words

_TOKEN = re.compile(r"[^\W_]{2,}")
_STOP = frozenset(("of", "in", "on", "at", "to", "by", "an", "as", "s"))


def _any_of(phrases: list[str] | tuple[str, ...]) -> str:
    """A regex source matching any of the pack's phrases, lower case, as whole words."""
    return r"\b(?:" + alternation(w.lower() for w in phrases) + r")\b"


@cache
def revision_cues() -> tuple[str, ...]:
    """Phrases that say a statement revises an earlier figure, lower case, from the pack."""
    return tuple(w.lower() for w in require(load_pack("reconcile"), "reconcile",
                                            "revision_cues", list))


@cache
def _cue_pattern(key: str) -> re.Pattern[str]:
    """The reconcile pack's phrase list `key` as whole words, compiled once."""
    return re.compile(_any_of(require(load_pack("reconcile"), "reconcile", key, list)))


def earlier_count_pattern() -> re.Pattern[str]:
    """The pack's `earlier_count_cues` as whole words ("police earlier put the toll at 54")."""
    return _cue_pattern("earlier_count_cues")


def first_count_pattern() -> re.Pattern[str]:
    """The pack's `first_count_cues` as whole words ("initial reports put the toll at 500")."""
    return _cue_pattern("first_count_cues")


def revision_cue_pattern() -> re.Pattern[str]:
    """The pack's `revision_cues` as whole words: "up from" in "rose to 50, up from 30", not
    in "the group from which"."""
    return _cue_pattern("revision_cues")


@cache
def raised_to_pattern() -> re.Pattern[str]:
    """A verb that moves a toll (the pack's `toll_raised_verbs`) and, within the clause after
    it, "to" and the number it was moved to ("raised the death toll to 55", "rose to at least
    55"): group 1 is the number as written."""
    verbs = require(load_pack("reconcile"), "reconcile", "toll_raised_verbs", list)
    return re.compile(_any_of(verbs) + r"[^.;:]{0,60}?\bto\s+(?:(?:at least|about|around|"
                      r"nearly|almost|more than|over)\s+)?(\d[\d,]*)\b")


@cache
def floor_counts() -> frozenset[str]:
    """Counted words whose figure is a floor of the dead (the pack's `floor_counts`)."""
    return frozenset(w.lower() for w in require(load_pack("reconcile"), "reconcile",
                                                "floor_counts", list))


def is_floor(fig: dict) -> bool:
    """A count of bodies ("the hospital received 70 bodies", "12 bodies were recovered"): at
    least that many dead, so it clashes with no higher toll."""
    words = (fig.get("counts") or "").lower().split()
    return bool(words) and words[-1] in floor_counts()


def casualty_ceiling(fig: dict, bounds: tuple[float, float | None]) -> float | None:
    """A count of casualties ("casualties were in the dozens", "fewer than 100 casualties")
    counts the dead and the wounded together: the dead are no more than its ceiling, so a
    side's "dozens" of casualties disputes the other side's 115 dead. None for any other
    figure, or one with no ceiling ("at least 40 casualties")."""
    if (fig.get("counts") or "").lower() != "casualties":
        return None
    return bounds[1]


@cache
def unnamed_words() -> frozenset[str]:
    """Words that name no source ("others", "latest data"), lower case, from the pack."""
    return frozenset(w.lower() for w in require(load_pack("reconcile"), "reconcile",
                                                "unnamed_source_words", list))


def named(claimant: str) -> bool:
    """The claimant's name says which source it is, not only what kind ("M23", "Maleel", not
    "an official", "the agency", "others"): a word of it is no generic name word."""
    words = set(_TOKEN.findall(claimant.lower().replace("\u2019", "'")))
    return bool(words - generic_words() - unnamed_words() - _STOP)


@cache
def pronoun_voices() -> frozenset[str]:
    """Pronouns of several voices ("both", "others"), lower case, from the pack."""
    return frozenset(w.lower() for w in require(load_pack("reconcile"), "reconcile",
                                                "pronoun_voices", list))


def pronoun_voice(claimant: str) -> bool:
    """The claimant's name is only a pronoun of several voices ("both", "the others"): voices
    named elsewhere, not one."""
    words = set(_TOKEN.findall(claimant.lower().replace("\u2019", "'"))) - _STOP - {"the"}
    return bool(words) and words <= pronoun_voices()


def toll_size(bounds: tuple[float, float | None]) -> float:
    """How large a toll a figure gives: its lower bound, or for one open below ("up to 60")
    its upper, so that "two commanders and up to 60 officers" is a toll of up to 60, and
    "dozens died ... at least 51 people" one of at least 51."""
    low, high = bounds
    return high if low == 0 and high is not None else low


def moved(a: tuple[float, float | None], b: tuple[float, float | None]) -> bool:
    """The value moved: another lower bound ("30" -> "50", "at least 30" -> "at least 40"), or
    another upper bound when both have one; "at least 5" -> "5" says the same."""
    return a[0] != b[0] or (a[1] is not None and b[1] is not None and a[1] != b[1])


def ceiling_of(bounds: tuple[float, float | None]) -> float:
    return float("inf") if bounds[1] is None else bounds[1]
