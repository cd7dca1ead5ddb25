"""Named military operations as a join key: one campaign of strikes on several towns.

"Operation Sindoor" struck nine sites in two provinces in one night; one report names
Bahawalpur, another Muzaffarabad and Kotli, a third only "Pakistan". Their places are too far
apart to join by distance and too many to share an admin area, but every report names the
operation. A report's operation is the one its own sentence names, else the one its article's
title and opening paragraph name when they name exactly one (the article is about it). Reports
of one operation and type group join when their date windows lie within INCIDENT_MAX_DAYS of
each other (an undated one joins the only incident of its operation;
operation_joins.join_operations).
The words that introduce a name and the words that are never one are in the reconcile pack.
"""

from __future__ import annotations

import re
from functools import cache

from ..packs import load_pack, require
from ..resolve import gazetteer
from ..resolve.place_roles import demonym_words
from ..words import alternation
from .context import title_and_lead

#: How much of an article's opening paragraph is read for the operation it is about.
LEAD_CHARS = 600

_NAME_WORD = r"[A-Z][\w’'.]*(?:-[\w’']+)*"


@cache
def _pattern() -> re.Pattern[str]:
    words = require(load_pack("reconcile"), "reconcile", "operation_words", list)
    alt = alternation(words, longest_first=True)
    return re.compile(rf"(?i:\b(?:{alt}))\s+(?:[\"“‘']([A-Z][^\"”’'\n]{{1,40}})[\"”’']"
                      rf"|({_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,3}}))")


@cache
def _intro_words() -> frozenset[str]:
    return frozenset(w.lower() for w in require(load_pack("reconcile"), "reconcile",
                                                "operation_words", list))


@cache
def _not_names() -> frozenset[str]:
    return frozenset(w.lower() for w in require(load_pack("reconcile"), "reconcile",
                                                "not_operation_names", list))


@cache
def _act_pattern() -> re.Pattern[str]:
    """A past act named by what precedes its noun ("the My Lai massacre", "the 1995 Srebrenica
    genocide"): the reconcile pack's `named_act_words`, after one to four capitalised words."""
    words = require(load_pack("reconcile"), "reconcile", "named_act_words", list)
    return re.compile(rf"({_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,3}})\s+"
                      rf"(?i:{alternation(words, longest_first=True)})\b")


@cache
def _not_act_name(name: str) -> bool:
    """A country or a nationality ("the Congo massacre", "a Bosnian genocide") names where or
    whose, not which act: many acts share it."""
    if name in demonym_words():
        return True
    return any(e.fcode.startswith("PCL") and gazetteer.bears(e, name)
               for e, _ in gazetteer.candidates(name, fuzzy_min_len=99))


def act_names(text: str | None) -> frozenset[str]:
    """The folded names of past acts a text gives by the name before their noun ("the My Lai
    massacre" -> "act:mylai"); a leading article or calendar word and a possessive are not the
    name, a country or nationality is none."""
    out = set()
    for m in _act_pattern().finditer(text or ""):
        words = [w for w in re.split(r"[ -]", m.group(1)) if w]
        owner = [i for i, w in enumerate(words) if re.search(r"[’']s$", w)]
        words = words[owner[-1] + 1:] if owner else words  # "Syria's Houla massacre"
        while words and words[0].lower().strip(".") in _not_names():
            words.pop(0)  # "The My Lai massacre": the name is "My Lai"
        name = " ".join(words)
        if not words or _not_act_name(name):
            continue  # "Saturday's massacre", "the Congo massacre"
        out.add("act:" + fold(name))
    return frozenset(out)


def fold(name: str) -> str:
    """"Bunyan-um-Marsoos" and "Bunyan um Marsoos" alike: lower case, letters and digits."""
    return re.sub(r"[\W_]+", "", name.lower())


def operation_names(text: str | None) -> frozenset[str]:
    """The folded operation names a text gives ("Operation Sindoor" -> "sindoor")."""
    out = set()
    for m in _pattern().finditer(text or ""):
        words = [w for w in re.split(r"[ -]", m.group(1) or m.group(2)) if w]
        while words and words[0].lower() in _intro_words():
            words.pop(0)  # "dubbed Operation Iron Wall": the name is "Iron Wall"
        while words and words[-1].lower().strip(".") in _not_names():
            words.pop()  # "Operation Sindoor on Wednesday": the name stops before the day
        if words and words[0].lower() not in _not_names():
            out.add(fold(" ".join(words)))
    return frozenset(out) | act_names(text)


def article_operation(art: dict) -> str | None:
    """The one operation an article's title and opening paragraph name, if exactly one."""
    names = operation_names(title_and_lead(art, LEAD_CHARS))
    return next(iter(names)) if len(names) == 1 else None


def event_operation(ev: dict, article_op: str | None) -> str | None:
    """The operation a report is of: its sentence's one named operation, else its article's."""
    own = operation_names(ev.get("sentence"))
    if own:
        return next(iter(own)) if len(own) == 1 else None
    return article_op
