"""Tokens, the figure being read, and the figures pack: what figures.py and figure_category.py
share, kept apart so that neither module has to import the other's internals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..errors import PackError
from ..packs import load_pack, require

PACK = "figures"
#: Numbers grouped by commas ("4,000") or, as French and many African outlets write them, by
#: spaces ("4 000", "29 683"); a space-grouped number stops before a further digit or decimal.
TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])"
    r"|(?<![\d,.])\d{1,3}(?:\.\d{3}){2,}(?![\d.]?\d)"  # "1.500.000": one number
    r"|\d+(?:\.\d+)?|[A-Za-z]+(?:['’][A-Za-z]+)*\d*|\S")
NUMERIC = re.compile(r"\d[\d, \u00a0\u202f]*(?:\.\d+)?$|\d{1,3}(?:\.\d{3})+$")
GROUPING = re.compile(r"[, \u00a0\u202f]")
#: Thousands grouped by stops ("5.000", "1.500.000"): read as thousands by figures._numeral.
DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
CLAUSE_END = {",", ";", ":", ".", "!", "?", "(", ")", "–", "—", "•", '"', "“", "”"}
SENTENCE_END = {";", ".", "!", "?", "•"}


@dataclass(slots=True)  # slots: an article is tens of thousands of these, made and read often
class Tok:
    text: str
    start: int
    end: int
    #: the lower-cased text, computed once: phrase lookups read it millions of times
    low: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.low = self.text.lower()


@dataclass
class Raw:
    """A figure while it is being read: token span, bounds, and what the text says around it."""

    first: int  # first token (modifier included)
    last: int  # last token of the quantity, inclusive
    value: float
    low: float | None
    high: float | None
    approx: bool
    word_one: bool = False  # written as "one"/"a": only kept when it clearly counts something
    unit: str | None = None
    counts: str | None = None
    anaphor: bool = False
    adjacent: str | None = None  # casualty word right after the number ("14 dead")
    noun_end: int = 0  # token after the counted noun phrase


#: An initialism written with stops ("U.S.", "U.N."), and the word after it.
INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}(?=\s+([A-Za-z]+))")


def tokenize(text: str) -> list[Tok]:
    """The text's tokens; an initialism written with stops before a word ("13 U.S. troops were
    killed") is one word, its stops no clause's end, so that the noun after it is the one
    counted; not before a number word ("... at the U.S. Two people were hurt"), where its last
    stop may end the sentence."""
    joined = [(m.start(), m.end()) for m in INITIALISM.finditer(text)
              if m.group(1).lower() not in pack()["number_words"]]
    if not joined:
        return [Tok(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
    toks: list[Tok] = []
    spans = iter(joined)
    span = next(spans, None)
    for m in TOKEN.finditer(text):
        while span is not None and m.start() >= span[1]:
            span = next(spans, None)
        if span is not None and span[0] <= m.start() < span[1]:
            if m.start() == span[0]:
                toks.append(Tok(text[span[0]:span[1]], span[0], span[1]))
            continue
        toks.append(Tok(m.group(), m.start(), m.end()))
    return toks


def _phrases(words: list[Any], key: str) -> dict[tuple[str, ...], str]:
    if not all(isinstance(w, str) for w in words):
        raise PackError(f"{PACK}.yaml: every entry of '{key}' must be a string")
    return {tuple(t.lower() for t in TOKEN.findall(w)): w for w in words}


@cache
def pack() -> dict[str, Any]:
    """Load figures.yaml once and turn its lists into token-tuple lookups."""
    raw = load_pack(PACK)
    p: dict[str, Any] = {}
    for key in ("number_words", "small_scales", "scales", "vague_plurals", "vague_multipliers",
                "modifiers", "units", "noun_classes", "casualty_words", "implied_category"):
        p[key] = require(raw, PACK, key, dict)
    for key in ("range_joiners", "excluded_counts", "year_prepositions", "partitives",
                "anaphors", "stop_words", "aid_context", "aid_nouns", "subset_markers",
                "elided_noun_before", "earlier_markers", "toll_predicates", "size_words",
                "clock_prepositions", "formation_words", "restating_nouns",
                "restating_negators", "setting_verbs", "set_nouns"):
        p[key] = {w.lower() for w in _phrases(require(raw, PACK, key, list), key).values()}
    for key in ("vague_plurals", "vague_multipliers"):
        for word, b in p[key].items():
            if not isinstance(b, dict) or not {"low", "high"} <= b.keys() or b["low"] > b["high"]:
                raise PackError(f"{PACK}.yaml: {key}.{word} needs low <= high")
    for key in ("noun_classes", "casualty_words", "modifiers", "implied_category"):
        for name, words in p[key].items():
            if not isinstance(words, list):
                raise PackError(f"{PACK}.yaml: {key}.{name} must be a list of words")
    p["below_spread"] = require(raw, PACK, "below_spread", (int, float))
    if not 0 <= p["below_spread"] < 1:
        raise PackError(f"{PACK}.yaml: below_spread must be in [0, 1)")
    p["mod"] = {ph: kind for kind, ws in p["modifiers"].items()
                for ph in _phrases(ws, f"modifiers.{kind}")}
    p["unit"] = {ph: p["units"][w] for ph, w in _phrases(list(p["units"]), "units").items()}
    p["mult"] = {ph: p["vague_multipliers"][w] for ph, w in
                 _phrases(list(p["vague_multipliers"]), "vague_multipliers").items()}
    p["class"] = {w.lower(): c for c, ws in p["noun_classes"].items() for w in ws}
    p["casualty"] = {ph: c for c, ws in p["casualty_words"].items()
                     for ph in _phrases(ws, f"casualty_words.{c}")}
    p["aid_ctx"] = _phrases(sorted(p["aid_context"]), "aid_context")
    # an earlier value ("up from 30") is read like a part: it takes the whole's category
    p["subset"] = _phrases(sorted(p["subset_markers"] | p["earlier_markers"]), "subset_markers")
    p["partitive_aside"] = _phrases(require(raw, PACK, "partitive_asides", list),
                                    "partitive_asides")
    p["toll_pred"] = _phrases(sorted(p["toll_predicates"]), "toll_predicates")
    toll_at = require(raw, PACK, "toll_at", dict)
    p["toll_at"] = {ph: c for c in ("killed", "injured")
                    for ph in _phrases(require(toll_at, PACK, c, list), f"toll_at.{c}")}
    p["toll_at_dets"] = {w.lower() for w in require(toll_at, PACK, "determiners", list)}
    p["toll_at_fill"] = _phrases(require(toll_at, PACK, "fillers", list), "toll_at.fillers")
    p["coordinators"] = _phrases(require(raw, PACK, "coordinators", list), "coordinators")
    p["age_before"] = _phrases(require(raw, PACK, "age_before", list), "age_before")
    p["not_tolls"] = _phrases(require(raw, PACK, "not_tolls_before", list), "not_tolls_before")
    p["body_before"] = _phrases(require(raw, PACK, "body_counts_before", list),
                                "body_counts_before")
    p["body_after"] = {w.lower() for w in require(raw, PACK, "body_counts_after", list)}
    p["burial"] = _phrases(require(raw, PACK, "burial_verbs", list), "burial_verbs")
    p["implied"] = {w.lower(): c for c, ws in p["implied_category"].items() for w in ws}
    p["shelters"] = {w.lower() for w in _phrases(require(raw, PACK, "shelter_nouns", list),
                                                 "shelter_nouns").values()}
    return p


def match(toks: list[Tok], i: int, table: dict[tuple[str, ...], Any]) -> tuple[int, Any]:
    """Longest phrase of `table` starting at token i: (number of tokens, its value)."""
    if i >= len(toks):
        return 0, None
    firsts = _FIRSTS.get(id(table))  # _first_words inlined: called for every token
    if firsts is None or firsts[0] is not table:
        firsts = (table, _first_words(table))
    if toks[i].low not in firsts[1]:
        return 0, None
    for n in range(4, 0, -1):
        key = tuple(t.low for t in toks[i:i + n])
        if len(key) == n and key in table:
            return n, table[key]
    return 0, None


_FIRSTS: dict[int, tuple[dict, frozenset[str]]] = {}


def _first_words(table: dict[tuple[str, ...], Any]) -> frozenset[str]:
    """The words the table's phrases start with (kept per table: the pack's tables live as
    long as the process, and the table is held so that its id cannot be reused)."""
    cached = _FIRSTS.get(id(table))
    if cached is None or cached[0] is not table:
        cached = (table, frozenset(k[0] for k in table if k))
        _FIRSTS[id(table)] = cached
    return cached[1]


def match_ending(toks: list[Tok], k: int, table: dict[tuple[str, ...], Any]) -> tuple[int, Any]:
    """Longest phrase of `table` ending at token k inclusive: (number of tokens, its value)."""
    for n in range(4, 0, -1):
        if k - n + 1 < 0:
            continue
        key = tuple(t.low for t in toks[k - n + 1:k + 1])
        if key in table:
            return n, table[key]
    return 0, None


def ends_sentence(toks: list[Tok], k: int) -> bool:
    """Token k closes a sentence; the "." of "i.e." or "U.N." (after a single letter) and a
    "." before a lower-case word do not."""
    if toks[k].text not in SENTENCE_END:
        return False
    if toks[k].text != ".":
        return True
    abbrev = k > 0 and len(toks[k - 1].text) == 1 and toks[k - 1].text.isalpha()
    lower_next = k + 1 < len(toks) and toks[k + 1].text[0].islower()
    return not (abbrev or lower_next)


def sentence_bounds(toks: list[Tok], i: int) -> tuple[int, int]:
    """Token range [lo, hi) of the sentence holding token i; parse_figures may get a whole
    article, and context words (aid, "number of") must come from the figure's own sentence."""
    lo = i
    while lo > 0 and not ends_sentence(toks, lo - 1):
        lo -= 1
    hi = i
    while hi < len(toks) and not ends_sentence(toks, hi):
        hi += 1
    return lo, hi


@cache
def unit_words() -> frozenset[str]:
    """The one-word units of the pack ("kilometres", "km", "miles", "percent")."""
    return frozenset(k[0] for k in pack()["unit"] if len(k) == 1)


#: Kilometres in one of each unit of distance the figures pack names.
_KM_IN = {"km": 1.0, "miles": 1.609}


@cache
def distance_units() -> dict[str, float]:
    """The one-word units of a stated distance ("km", "kilometres", "miles") and the kilometres
    in one: the place resolver reads "30 km outside the capital" and "20 miles north of Goma"
    as lying away from the place named, with the same words as the figure parser."""
    return {k[0]: _KM_IN[u] for k, u in pack()["unit"].items() if len(k) == 1 and u in _KM_IN}


@cache
def count_nouns() -> frozenset[str]:
    """Nouns that count what their "of" phrase names ("thousands of lives", "a dozen of")."""
    return frozenset({*pack()["vague_plurals"], *pack()["scales"], "dozen", "hundred"})


@cache  # read once per statement by the event extractor
def measures() -> frozenset[str]:
    """The units a figure can be written in (km, miles, %): such a figure measures a distance
    or a share; it counts no one an event harmed or moved."""
    return frozenset(pack()["unit"].values())
