"""Find reported quantities in a sentence: value with bounds, what is counted, and a category.

Figures are what the sides dispute ("40 militants were also killed", "hundreds of Syrian
personnel"), so each keeps the bounds its wording implies rather than one made-up number. The
conventions for value/low/high/approx are documented at the top of `figures.yaml`; in short
`value` is the conservative figure and `low <= value <= high` always holds (None = unbounded).

How it works: the sentence is cut into tokens; at each token a modifier ("at least", "nearly"),
a quantity (digits, number words, "hundreds of thousands", "several thousand") and an optional
range end ("2-4", "between 2,500 and 3,000") are read. Numbers that are years, dates, times,
ordinals, model or road names ("M5", "Leopard 2A4", "Rashideen 4") or durations ("two days") are
dropped. The counted noun is the head of the words after the number ("5 injured Turkish soldiers"
-> "soldiers"), borrowed from a neighbour when the text leaves it implicit ("five others",
"5 killed and 5 injured Turkish soldiers", "the number of Turkish troops ... is between ...").
The category comes from the noun's class and the nearest casualty word in the same clause.
`Figure.text` is the quantity phrase only ("more than 800"), not the noun.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..errors import PackError
from ..packs import load_pack, require
from ..records import Figure
from .dates import month_names

log = logging.getLogger(__name__)

PACK = "figures"
_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+(?:['’][A-Za-z]+)*\d*|\S")
_NUMERIC = re.compile(r"\d[\d,]*(?:\.\d+)?$")
_CLAUSE_END = {",", ";", ":", ".", "!", "?", "(", ")", "–", "—", "•", '"', "“", "”"}
_SENTENCE_END = {";", ".", "!", "?"}
_NOT_FIGURES = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}")
_DETERMINERS = {"our", "the", "their", "its", "these", "those", "his", "her", "them", "whom"}


@dataclass
class _Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass
class _Raw:
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


def _phrases(words: list[Any], key: str) -> dict[tuple[str, ...], str]:
    if not all(isinstance(w, str) for w in words):
        raise PackError(f"{PACK}.yaml: every entry of '{key}' must be a string")
    return {tuple(t.lower() for t in _TOKEN.findall(w)): w for w in words}


@cache
def _pack() -> dict[str, Any]:
    """Load figures.yaml once and turn its lists into token-tuple lookups."""
    raw = load_pack(PACK)
    p: dict[str, Any] = {}
    for key in ("number_words", "small_scales", "scales", "vague_plurals", "vague_multipliers",
                "modifiers", "units", "noun_classes", "casualty_words"):
        p[key] = require(raw, PACK, key, dict)
    for key in ("range_joiners", "excluded_counts", "year_prepositions", "partitives",
                "anaphors", "stop_words", "aid_context", "aid_nouns"):
        p[key] = {w.lower() for w in _phrases(require(raw, PACK, key, list), key).values()}
    for key in ("vague_plurals", "vague_multipliers"):
        for word, b in p[key].items():
            if not isinstance(b, dict) or not {"low", "high"} <= b.keys() or b["low"] > b["high"]:
                raise PackError(f"{PACK}.yaml: {key}.{word} needs low <= high")
    p["mod"] = {ph: kind for kind, ws in p["modifiers"].items()
                for ph in _phrases(ws, f"modifiers.{kind}")}
    p["unit"] = {ph: p["units"][w] for ph, w in _phrases(list(p["units"]), "units").items()}
    p["mult"] = {ph: p["vague_multipliers"][w] for ph, w in
                 _phrases(list(p["vague_multipliers"]), "vague_multipliers").items()}
    p["class"] = {w.lower(): c for c, ws in p["noun_classes"].items() for w in ws}
    p["casualty"] = {ph: c for c, ws in p["casualty_words"].items()
                     for ph in _phrases(ws, f"casualty_words.{c}")}
    p["aid_ctx"] = _phrases(sorted(p["aid_context"]), "aid_context")
    return p


def _match(toks: list[_Tok], i: int, table: dict[tuple[str, ...], Any]) -> tuple[int, Any]:
    """Longest phrase of `table` starting at token i: (number of tokens, its value)."""
    for n in range(4, 0, -1):
        key = tuple(t.low for t in toks[i:i + n])
        if len(key) == n and key in table:
            return n, table[key]
    return 0, None


def parse_figures(text: str, offset: int = 0) -> list[Figure]:
    """Every reported quantity in `text` (one sentence), positions shifted by `offset`."""
    toks = [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    blocked = [m.span() for m in _NOT_FIGURES.finditer(text)]
    raws: list[_Raw] = []
    i = 0
    while i < len(toks):
        raw = _read(toks, i, text, blocked)
        if raw is None:
            i += 1
            continue
        raws.append(raw)
        i = raw.last + 1
    _borrow_counts(toks, raws)
    kept = [r for r in raws if _keep(toks, r)]
    return [_figure(text, toks, kept, k, offset) for k in range(len(kept))]


def _read(toks: list[_Tok], i: int, text: str, blocked: list[tuple[int, int]]) -> _Raw | None:
    """Read modifier + quantity (+ range end) at token i, or None when no figure starts here."""
    p = _pack()
    between = toks[i].low == "between"
    n_mod, kind = (1, "range") if between else _match(toks, i, p["mod"])
    if toks[i].low == "from":
        n_mod, kind = 1, "range"
    q = _quantity(toks, i + n_mod)
    if q is None or _glued_before(text, toks[q[0]].start):
        return None
    first_q, last, low, high, approx, one = q
    if any(s <= toks[first_q].start < e for s, e in blocked):
        return None
    j = last + 1
    joiners = {"and"} if between else p["range_joiners"]
    q2 = _quantity(toks, j + 1) if j < len(toks) and toks[j].low in joiners else None
    if q2 is not None and low == high and q2[2] == q2[3] and q2[2] >= low:
        last, high, approx = q2[1], q2[3], True
    elif kind == "range":
        n_mod, kind = 0, None
    raw = _Raw(i, last, low, low, high, approx, word_one=one)
    raw.first = i if n_mod else first_q
    _apply_modifier(raw, kind)
    return _after(toks, text, raw)


def _glued_before(text: str, start: int) -> bool:
    """ "M5", "A4": a number written onto a word or a decimal is part of a name or code."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_/.")


def _apply_modifier(raw: _Raw, kind: str | None) -> None:
    """Turn "nearly", "at least", "up to" ... into bounds, per the conventions in the pack."""
    if kind == "approx":
        raw.low = raw.high = None
        raw.approx = True
    elif kind == "below":
        raw.low, raw.high, raw.approx = None, raw.value, True
    elif kind == "at_least":
        raw.high = None
    elif kind == "more_than":
        raw.high, raw.approx = None, True
    elif kind == "up_to":
        raw.low, raw.high, raw.approx = None, raw.high if raw.high is not None else raw.value, True


def _quantity(toks: list[_Tok], i: int) -> tuple[int, int, float, float, bool, bool] | None:
    """(first, last, low, high, approx, written_one) of the quantity starting at token i."""
    p = _pack()
    if i >= len(toks):
        return None
    n, mult = _match(toks, i, p["mult"])
    if n and i + n < len(toks) and toks[i + n].low in p["scales"] | p["small_scales"]:
        scale = (p["scales"] | p["small_scales"])[toks[i + n].low]
        return i, i + n, mult["low"] * scale, mult["high"] * scale + scale - 1, True, False
    if toks[i].low in p["vague_plurals"]:
        return _vague(toks, i)
    if _NUMERIC.match(toks[i].text):
        value, last = float(toks[i].text.replace(",", "")), i
        if last + 1 < len(toks) and toks[last + 1].low in p["scales"]:
            last += 1
            value *= p["scales"][toks[last].low]
        return i, last, value, value, False, False
    return _words(toks, i)


def _vague(toks: list[_Tok], i: int) -> tuple[int, int, float, float, bool, bool]:
    """ "hundreds", "hundreds of thousands": bounds from the pack, combined by the second unit."""
    plurals = _pack()["vague_plurals"]
    b = plurals[toks[i].low]
    if i + 2 < len(toks) and toks[i + 1].low == "of" and toks[i + 2].low in plurals:
        unit = plurals[toks[i + 2].low].get("unit", 1)
        return i, i + 2, b["low"] * unit, b["high"] * unit + unit - 1, True, False
    return i, i, b["low"], b["high"], True, False


def _words(toks: list[_Tok], i: int) -> tuple[int, int, float, float, bool, bool] | None:
    """A number in words ("twenty-five", "three hundred and fifty", "a dozen", "three million")."""
    p = _pack()
    small, big, words = p["small_scales"], p["scales"], p["number_words"]
    j, total, current, last, prev = i, 0.0, 0.0, None, None
    if toks[i].low in ("a", "an") and i + 1 < len(toks) and toks[i + 1].low in small | big:
        current, j, prev = 1.0, i + 1, "unit"
    while j < len(toks):
        w = toks[j].low
        if w in words and prev in (None, "scale", "and") or (
                w in words and prev == "tens" and words[w] < 10):
            current += words[w]
            prev = "tens" if words[w] >= 20 and words[w] % 10 == 0 else "unit"
        elif w in small and prev not in (None, "and"):
            current, prev = max(current, 1) * small[w], "scale"
        elif w in big and prev not in (None, "and"):
            total, current, prev = total + max(current, 1) * big[w], 0.0, "scale"
        elif w in ("-", "and") and prev in ("tens", "scale") and j + 1 < len(toks) \
                and toks[j + 1].low in words:
            prev = "and" if w == "and" else prev
        else:
            break
        if prev != "and" and w != "-":
            last = j
        j += 1
    if last is None:
        return None
    value = total + current
    return i, last, value, value, False, value == 1


def _after(toks: list[_Tok], text: str, raw: _Raw) -> _Raw | None:
    """Read what follows the quantity: a unit, or the counted noun; drop dates and times."""
    p = _pack()
    k = raw.last + 1
    end = toks[raw.last].end
    glued = k < len(toks) and toks[k].start == end and toks[k].text[0].isalnum()
    n, unit = _match(toks, k, p["unit"])
    if n and (glued or toks[k].text[0].isalpha() or toks[k].text == "%"):
        raw.unit, raw.last = unit, k + n - 1
        return raw
    if glued or _is_date_or_time(toks, raw):
        return None
    _read_noun(toks, k, raw)
    return raw


def _is_date_or_time(toks: list[_Tok], raw: _Raw) -> bool:
    """ "Feb. 3", "10 February", "10 am", "10:30": calendar and clock numbers are not counts."""
    months = month_names()
    before = [t for t in toks[max(0, raw.first - 2):raw.first] if t.text != "."]
    k = raw.last + 1
    after = toks[k] if k < len(toks) else None
    if before and before[-1].low in months and before[-1].text[0].isupper():
        return True
    if after is not None and after.low in months and after.text[0].isupper():
        return True
    return after is not None and after.text == ":"


def _read_noun(toks: list[_Tok], k: int, raw: _Raw) -> None:
    """Find the counted noun after token k (skipping "of our", casualty words, numbers)."""
    p = _pack()
    if k < len(toks) and toks[k].low == "of":
        k += 1
        while k < len(toks) and (toks[k].low in _DETERMINERS or _NUMERIC.match(toks[k].text)):
            k += 1
    n, cat = _match(toks, k, p["casualty"])
    if n and toks[k].low not in p["class"]:
        raw.adjacent, k = cat, k + n
        if k < len(toks) and toks[k].low == "and":
            raw.noun_end = k
            return
    words, k = _noun_run(toks, k)
    if words and words[-1].lower() in p["partitives"] and k < len(toks) and toks[k].low == "of":
        more, k2 = _noun_run(toks, k + 1)
        if more:
            words, k = more, k2
    raw.noun_end = k
    if words:
        raw.counts = _head(words)
        raw.anaphor = raw.counts.lower() in p["anaphors"]


def _noun_run(toks: list[_Tok], k: int) -> tuple[list[str], int]:
    """Consecutive content words (hyphenated ones joined); the head is the last of them."""
    p = _pack()
    while k < len(toks) and toks[k].low in _DETERMINERS:
        k += 1
    words: list[str] = []
    while k < len(toks) and len(words) < 5:
        t = toks[k]
        if t.text == "-" and words and k + 1 < len(toks) and toks[k + 1].start == t.end:
            words[-1] += "-" + toks[k + 1].text
            k += 2
            continue
        if not t.text[0].isalpha() or t.low in p["stop_words"]:
            break
        if words and (t.low.endswith(("ed", "ing")) and t.low not in p["class"]):
            break
        if words and t.low not in p["class"] and _match(toks, k, p["casualty"])[0]:
            break
        words.append(t.text)
        k += 1
    return words, k


def _head(words: list[str]) -> str:
    """The last known noun of the run ("Turkish soldiers became" -> "soldiers"), else its last
    word; kept as written if it is an acronym ("IDPs"), else lower case."""
    p = _pack()
    known = p["class"].keys() | p["excluded_counts"]
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    w = next((x for x in reversed(pairs) if x.lower() in known), None) \
        or next((x for x in reversed(words) if x.lower() in known), words[-1])
    return w if any(c.isupper() for c in w[1:]) else w.lower()


def _borrow_counts(toks: list[_Tok], raws: list[_Raw]) -> None:
    """Fill in a counted noun the text leaves implicit, from a neighbour or "number of"."""
    for a, b in zip(reversed(raws[:-1]), reversed(raws[1:]), strict=True):
        if a.counts is None and a.adjacent and a.noun_end == b.first - 1:
            a.counts = b.counts
    for r in raws:
        if r.counts is None and r.unit is None:
            r.counts = _number_of(toks, r.first)
    for prev, r in zip(raws, raws[1:], strict=False):
        if r.anaphor and prev.counts and not prev.anaphor:
            r.counts, r.anaphor = prev.counts, False


def _number_of(toks: list[_Tok], first: int) -> str | None:
    """ "the number of Turkish troops ... is now between 2,500 and 3,000" -> "troops"."""
    k = first - 1
    while k > 0 and toks[k].text not in _SENTENCE_END:
        if toks[k - 1].low == "number" and toks[k].low == "of":
            words, _ = _noun_run(toks, k + 1)
            return _head(words) if words else None
        k -= 1
    return None


def _keep(toks: list[_Tok], r: _Raw) -> bool:
    """Drop years, durations, names with numbers, and a bare "one" that counts nothing known."""
    p = _pack()
    counts = (r.counts or "").lower()
    if counts in p["excluded_counts"]:
        return False
    if r.word_one and p["class"].get(counts) in (None, "places"):
        return False
    prev = toks[r.first - 1] if r.first > 0 else None
    single = r.first == r.last and r.low == r.high
    text = toks[r.first].text
    if single and re.fullmatch(r"1[89]\d\d|20\d\d|2100", text):
        if r.counts is None or (prev is not None and prev.low in p["year_prepositions"]):
            return False
    starts_sentence = r.first < 2 or toks[r.first - 2].text in _SENTENCE_END
    if text[0].isupper() and prev is not None and prev.text[0].isalpha() \
            and text.lower() in p["number_words"]:
        return False  # "Zero Hedge", "Three Kingdoms": a capitalised number word mid-sentence
    if single and r.counts is None and r.unit is None and r.adjacent is None and prev \
            and prev.text[0].isupper() and prev.low not in p["stop_words"] and not starts_sentence:
        return False
    return True


def _figure(text: str, toks: list[_Tok], kept: list[_Raw], n: int, offset: int) -> Figure:
    r = kept[n]
    start, end = toks[r.first].start, toks[r.last].end
    counts = r.unit or r.counts
    return Figure(text=text[start:end], value=r.value, low=r.low, high=r.high,
                  approx=r.approx, counts=counts, category=_category(toks, kept, n),
                  start=start + offset, end=end + offset)


def _category(toks: list[_Tok], kept: list[_Raw], n: int) -> str:
    """Category from the counted noun's class and the nearest casualty word in the clause."""
    p = _pack()
    r = kept[n]
    if r.unit:
        return "other"
    cls = p["class"].get((r.counts or "").lower())
    if cls in ("targets", "strikes"):
        return cls
    if cls == "places":
        return "other"
    casualty = r.adjacent or _casualty_near(toks, kept, n)
    if cls == "equipment":
        if casualty == "captured":
            return "captured"
        aid = (r.counts or "").lower() in p["aid_nouns"] and _aid_context(toks)
        return "aid" if aid else "equipment"
    if casualty:
        return casualty
    return {"troops": "troops", "displaced": "displaced"}.get(cls or "", "other")


def _casualty_near(toks: list[_Tok], kept: list[_Raw], n: int) -> str | None:
    """First casualty word after the figure in its clause, else the nearest one before it."""
    p = _pack()
    r = kept[n]
    stop = kept[n + 1].first if n + 1 < len(kept) else len(toks)
    k = max(r.noun_end, r.last + 1)
    limit = min(stop, k + 12)
    while k < limit and toks[k].text not in _CLAUSE_END:
        hit, cat = _match(toks, k, p["casualty"])
        if hit:
            return cat
        k += 1
    floor = kept[n - 1].last + 1 if n else 0
    k = r.first - 1
    while k >= max(floor, r.first - 8) and toks[k].text not in _CLAUSE_END:
        hit, cat = _match(toks, k, p["casualty"])
        if hit:
            return cat
        k -= 1
    return None


def _aid_context(toks: list[_Tok]) -> bool:
    """Trucks in a sentence about humanitarian aid or the UN carry aid, not troops."""
    table = _pack()["aid_ctx"]
    return any(_match(toks, k, table)[0] for k in range(len(toks)))
