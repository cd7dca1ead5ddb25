"""Find reported quantities in a sentence: value with bounds, what is counted, and a category.

Figures are what the sides dispute ("40 militants were also killed", "hundreds of Syrian
personnel"), so each keeps the bounds its wording implies rather than one made-up number.

What value / low / high / approx mean, per form (low <= value <= high always holds; None is
"no bound"; `value` is the conservative figure a tally would use). The pack's numbers are in
figures.yaml; reconcile and export read figures by these conventions.

  form                        example                   value    low      high     approx
  exact                       "seven", "15", "a dozen"  n        n        n        False
  approx: about/some/around   "some 400,000"            n        None     None     True
  approx + range              "an estimated 100 to 300" a        a        b        True
  below: nearly/almost        "nearly 1,000"            n        n-10%    n        True
      (the pack's `below_spread`: "nearly 100" lies just short of 100, not anywhere in 0-100)
  at_least: at least          "at least seven"          n        n        None     False
  more_than: more than/over   "more than 800"           n        n        None     True
      (low is n, not n+1: reporters round, "more than 800" is rarely 801)
  up_to: up to/as many as     "up to 40 percent"        n        None     n        True
  range: between/from/"2-4"   "between 2,500 and 3,000" a        a        b        True
  vague plural                "dozens", "hundreds of"   low      pack     pack     True
      ("dozens" 24..99, "hundreds" 200..999: the literal minimum of the plural, not ACLED's
      coding floor; "hundreds of thousands" 200,000..999,999)
  vague multiplier            "several thousand"        3000     3000     9999     True
  modifier + vague form       "over a dozen"            the modifier's rule on the vague
                              value ("over a dozen": 12, low 12, high None, approx True)

`counts` is the head noun of what is counted ("5 injured Turkish soldiers" -> "soldiers"), the
unit ("km2", "%") for a measurement, or None when the text never says. `category` is decided
in figure_category.py.

How it works: the sentence is cut into tokens; at each token a modifier ("at least", "nearly"),
a quantity (digits, number words, "hundreds of thousands", "several thousand") and an optional
range end ("2-4", "between 2,500 and 3,000") are read. Numbers that are years, dates, times,
ordinals, model or road names ("M5", "Leopard 2A4", "Rashideen 4") or durations ("two days") are
dropped (figure_filters.py). The counted noun is the head of the words after the number
("5 injured Turkish soldiers" -> "soldiers"), borrowed from a neighbour when the text leaves
it implicit ("five others", "5 killed and 5 injured Turkish soldiers", "killed 10 militants,
wounded 15", "the number of Turkish troops ... is between ..."). `Figure.text` is the
quantity phrase only ("more than 800"), not the noun. The text may be a whole article: context
is read within one sentence.
A singular victim ("A journalist ... was killed") is a figure of 1 read by figure_singular.py.
"""

from __future__ import annotations

import logging
import math
from functools import cache

from ..packs import load_pack
from ..records import Figure
from .figure_base import (
    DOT_GROUPED,
    GROUPING,
    NUMERIC,
    Raw,
    Tok,
    ends_sentence,
    match,
    pack,
    tokenize,
    unit_words,
)
from .figure_category import FATES, categorise, governing
from .figure_filters import (
    NOT_FIGURES,
    age_before,
    clock_spans,
    duration_or_age,
    is_date_or_time,
    keep,
    loose_one,
)
from .figure_singular import singular_victim
from .figure_zero import zero_toll

log = logging.getLogger(__name__)

_DETERMINERS = {"our", "the", "their", "its", "these", "those", "his", "her", "them", "whom"}


def parse_figures(text: str, offset: int = 0) -> list[Figure]:
    """Every reported quantity in `text` (a sentence or an article), positions shifted by
    `offset`."""
    toks = tokenize(text)
    blocked = [m.span() for m in NOT_FIGURES.finditer(text)] + clock_spans(text)
    raws: list[Raw] = []
    i = 0
    starters = _starters()
    while i < len(toks):
        may_start = toks[i].low in starters or NUMERIC.match(toks[i].text)
        raw = zero_toll(toks, i) or (may_start and _read(toks, i, text, blocked)) \
            or singular_victim(toks, i)
        if raw is None:
            i += 1
            continue
        if age_before(toks, raw.first):  # "aged between 18 and 65": an age range, no count
            i = raw.last + 1
            continue
        raws.append(raw)
        i = raw.last + 1
    _borrow_counts(toks, raws)
    kept = [r for r in raws if keep(toks, r, text)]
    _fill_elided(toks, kept)
    cats = categorise(toks, kept)
    return [_figure(text, toks, r, c, offset) for r, c in zip(kept, cats, strict=True)
            if c in FATES or not loose_one(toks, r)]


@cache
def _starters() -> frozenset[str]:
    """The words at which `_read` can find a figure, besides a numeral: "between", "from", the
    first words of a modifier ("at least") or multiplier ("dozens of") phrase, vague plurals,
    number words, and "a"/"an" ("a dozen"). `_read` ran on every token (61k calls per 100
    articles) to find about one figure in sixty; elsewhere it returns None at once. Built once
    from the pack, which `pack()` itself loads once."""
    p = pack()
    words = {"between", "from", "a", "an", *p["vague_plurals"], *p["number_words"]}
    words |= {k[0] for table in (p["mod"], p["mult"]) for k in table if k}
    return frozenset(words)


def _read(toks: list[Tok], i: int, text: str, blocked: list[tuple[int, int]]) -> Raw | None:
    """Read modifier + quantity (+ range end) at token i, or None when no figure starts here."""
    p = pack()
    between = toks[i].low == "between"
    n_mod, kind = (1, "range") if between else match(toks, i, p["mod"])
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
    raw = Raw(i, last, low, low, high, approx, word_one=one)
    raw.first = i if n_mod else first_q
    _apply_modifier(raw, kind)
    return _after(toks, text, raw)


def _glued_before(text: str, start: int) -> bool:
    """ "M5", "A4", "X-22": a number written onto a word (or after a word and a hyphen) or a
    decimal is part of a name or code."""
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        return True  # a model: "X-22", "Tu-22M3", "S-300"
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_/.")


def _apply_modifier(raw: Raw, kind: str | None) -> None:
    """Turn "nearly", "at least", "up to" ... into bounds, per the conventions in the pack."""
    if kind == "approx" and raw.low != raw.high:
        raw.approx = True  # "an estimated 100 to 300": the range keeps its ends
    elif kind == "approx":
        raw.low = raw.high = None
        raw.approx = True
    elif kind == "below":
        low = math.floor(raw.value * (1 - pack()["below_spread"]))
        raw.low, raw.high, raw.approx = float(min(low, raw.value)), raw.value, True
    elif kind == "at_least":
        raw.high = None
    elif kind == "more_than":
        raw.high, raw.approx = None, True
    elif kind == "up_to":
        raw.low, raw.high, raw.approx = None, raw.high if raw.high is not None else raw.value, True


def _quantity(toks: list[Tok], i: int) -> tuple[int, int, float, float, bool, bool] | None:
    """(first, last, low, high, approx, written_one) of the quantity starting at token i."""
    p = pack()
    if i >= len(toks):
        return None
    n, mult = match(toks, i, p["mult"])
    if n and i + n < len(toks) and toks[i + n].low in p["scales"] | p["small_scales"]:
        scale = (p["scales"] | p["small_scales"])[toks[i + n].low]
        return i, i + n, mult["low"] * scale, mult["high"] * scale + scale - 1, True, False
    if toks[i].low in p["vague_plurals"]:
        return _vague(toks, i)
    if NUMERIC.match(toks[i].text):
        value, last = _numeral(toks, i), i
        if last + 1 < len(toks) and toks[last + 1].low in p["scales"]:
            last += 1
            value *= p["scales"][toks[last].low]
        return i, last, value, value, False, False
    if toks[i].low == "half" and i + 1 < len(toks) and toks[i + 1].low in ("a", "an"):
        return _words(toks, i + 1)  # "at least half a dozen"
    return _words(toks, i)


def _numeral(toks: list[Tok], i: int) -> float:
    """A numeral's value. Thousands grouped by a stop ("5.000", "1.500"), as Spanish, French
    and many other languages write them, are thousands; not before a scale word or a unit,
    where the stop is a decimal one ("1.500 million", "2.500 km"), nor with a stop already
    read as a grouping comma's partner ("4,000.500")."""
    text = toks[i].text
    after = toks[i + 1].low if i + 1 < len(toks) else ""
    if DOT_GROUPED.fullmatch(text) and after not in pack()["scales"] \
            and after not in unit_words() and after != "%":
        return float(text.replace(".", ""))
    return float(GROUPING.sub("", text))


def _vague(toks: list[Tok], i: int) -> tuple[int, int, float, float, bool, bool]:
    """ "hundreds", "hundreds of thousands": bounds from the pack, combined by the second unit."""
    plurals = pack()["vague_plurals"]
    b = plurals[toks[i].low]
    if i + 2 < len(toks) and toks[i + 1].low == "of" and toks[i + 2].low in plurals:
        unit = plurals[toks[i + 2].low].get("unit", 1)
        return i, i + 2, b["low"] * unit, b["high"] * unit + unit - 1, True, False
    return i, i, b["low"], b["high"], True, False


def _words(toks: list[Tok], i: int) -> tuple[int, int, float, float, bool, bool] | None:
    """A number in words ("twenty-five", "three hundred and fifty", "a dozen", "three million")."""
    p = pack()
    small, big, words = p["small_scales"], p["scales"], p["number_words"]
    j, total, current, last, prev = i, 0.0, 0.0, None, None
    start, share = i, 1.0
    if toks[i].low in ("a", "an") and i + 1 < len(toks) and toks[i + 1].low in small | big:
        current, j, prev = 1.0, i + 1, "unit"
        if i > 0 and toks[i - 1].low == "half":  # "half a dozen": six
            start, share = i - 1, 0.5
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
    value = (total + current) * share
    return start, last, value, value, False, value == 1


def _after(toks: list[Tok], text: str, raw: Raw) -> Raw | None:
    """Read what follows the quantity: a unit, or the counted noun; drop dates and times."""
    p = pack()
    k = raw.last + 1
    end = toks[raw.last].end
    glued = k < len(toks) and toks[k].start == end and toks[k].text[0].isalnum()
    n, unit = match(toks, k, p["unit"])
    if n and (glued or toks[k].text[0].isalpha() or toks[k].text == "%"):
        raw.unit, raw.last = unit, k + n - 1
        return raw
    if glued or is_date_or_time(toks, raw) or duration_or_age(toks, raw):
        return None
    _read_noun(toks, k, raw)
    return raw


def _read_noun(toks: list[Tok], k: int, raw: Raw) -> None:
    """Find the counted noun after token k (skipping "of our", casualty words, numbers)."""
    p = pack()
    if k < len(toks) and toks[k].low == "of":
        k += 1
        while k < len(toks) and (toks[k].low in _DETERMINERS or NUMERIC.match(toks[k].text)):
            k += 1
    n, cat = match(toks, k, p["casualty"])
    if n and toks[k].low not in p["class"]:
        raw.adjacent, k = cat, k + n
        if k < len(toks) and toks[k].low == "and":
            raw.noun_end = k
            return
    if k + 1 < len(toks) and toks[k].low == "more" and toks[k + 1].low in p["class"]:
        k += 1  # "one more woman was killed": the woman is counted, "more" adds her to a toll
    words, k = _noun_run(toks, k)
    if words and words[-1].lower() in p["partitives"] and k < len(toks) and toks[k].low == "of":
        more, k2 = _noun_run(toks, k + 1)
        if more:
            words, k = more, k2
    if words and words[-1].lower() not in p["class"] and k + 1 < len(toks) \
            and toks[k].low == "and":
        more, k2 = _noun_run(toks, k + 1)  # "19 Hamas and Islamic Jihad militants"
        # not a run that opens with a count of its own ("one service member and two
        # contractors"): that is the next figure, with its own noun
        if more and more[-1].lower() in p["class"] and more[0].lower() not in p["number_words"]:
            words, k = more, k2
    raw.noun_end = k
    if words:
        raw.counts = _head(words)
        raw.anaphor = raw.counts.lower() in p["anaphors"]


def _noun_run(toks: list[Tok], k: int) -> tuple[list[str], int]:
    """Consecutive content words (hyphenated ones joined); the head is the last of them."""
    p = pack()
    while k < len(toks) and toks[k].low in _DETERMINERS:
        k += 1
    words: list[str] = []
    while k < len(toks) and len(words) < 5:
        t = toks[k]
        if t.text == "-" and words and k + 1 < len(toks) and toks[k + 1].start == t.end:
            words[-1] += "-" + toks[k + 1].text
            k += 2
            continue
        if words and _acronym_aside(toks, k):
            k += 3  # "four New People's Army (NPA) fighters": the name's acronym, then its noun
            continue
        if not t.text[0].isalpha() or t.low in p["stop_words"]:
            break
        if words and (t.low.endswith(("ed", "ing")) and t.low not in p["class"]):
            break
        if words and t.low not in p["class"] and match(toks, k, p["casualty"])[0]:
            break
        words.append(t.text)
        k += 1
    return words, k


def _acronym_aside(toks: list[Tok], k: int) -> bool:
    """ "(NPA)" at k inside a noun run: a bracketed acronym of the name just read."""
    return (k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")"
            and toks[k + 1].text.isalnum() and toks[k + 1].text.isupper())


def _head(words: list[str]) -> str:
    """The last known noun of the run ("Turkish soldiers became" -> "soldiers"), else its last
    word; kept as written if it is an acronym ("IDPs"), else lower case."""
    p = pack()
    known = p["class"].keys() | p["excluded_counts"]
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    w = next((x for x in reversed(pairs) if x.lower() in known), None) \
        or next((x for x in reversed(words) if x.lower() in known), words[-1])
    return w if any(c.isupper() for c in w[1:]) else w.lower()


def _borrow_counts(toks: list[Tok], raws: list[Raw]) -> None:
    """Fill in a counted noun the text leaves implicit, from a neighbour or "number of"."""
    for a, b in zip(reversed(raws[:-1]), reversed(raws[1:]), strict=True):
        if a.counts is None and a.adjacent and a.noun_end == b.first - 1:
            a.counts = b.counts
    for r in raws:
        if r.counts is None and r.unit is None:
            r.counts = _number_of(toks, r.first) or _subject_of(toks, r.first)
    for prev, r in zip(raws, raws[1:], strict=False):
        if r.anaphor and prev.counts and not prev.anaphor:
            r.counts, r.anaphor = prev.counts, False


def _number_of(toks: list[Tok], first: int) -> str | None:
    """ "the number of Turkish troops ... is now between 2,500 and 3,000" -> "troops"."""
    k = first - 1
    while k > 0 and not ends_sentence(toks, k):
        if toks[k - 1].low == "number" and toks[k].low == "of":
            words, _ = _noun_run(toks, k + 1)
            return _head(words) if words else None
        k -= 1
    return None


@cache
def _subjects() -> tuple[frozenset[str], frozenset[str]]:
    """(nouns, linking words) of the pack's `predicate_subjects`."""
    table = load_pack("figures").get("predicate_subjects") or {}
    return (frozenset(w.lower() for w in table.get("nouns") or ()),
            frozenset(w.lower() for w in table.get("links") or ()))


def _subject_of(toks: list[Tok], first: int) -> str | None:
    """ "casualties were in the dozens", "the dead numbered 40": a figure standing as the
    predicate of a subject that says what is counted counts it (the pack's
    `predicate_subjects`); only linking words, one or more, may stand between them."""
    nouns, links = _subjects()
    k = first - 1
    while k >= 0 and first - k <= 6:
        low = toks[k].low
        if low in nouns:  # a verb right before it ("injured 12") is no subject
            return low if k < first - 1 else None
        if low not in links:
            return None
        k -= 1
    return None


def _fill_elided(toks: list[Tok], kept: list[Raw]) -> None:
    """ "killed 10 militants, wounded 15", "Two soldiers were captured and three are missing":
    a bare number that a casualty word governs counts what the figure before it in the same
    sentence counts, when that is people (or, as a verb's object, anything)."""
    p = pack()
    for n, r in enumerate(kept):
        if r.counts or r.unit:
            continue
        verb = governing(toks, r)
        nxt = toks[r.last + 1].low if r.last + 1 < len(toks) else ""
        if not (verb or r.adjacent or nxt in p["elided_noun_before"]):
            continue
        for prev in reversed(kept[:n]):
            if any(ends_sentence(toks, k) for k in range(prev.last, r.first)):
                break
            if prev.counts and not prev.unit:
                people = p["class"].get(prev.counts.lower()) in ("people", "troops", "displaced")
                if people or verb:
                    r.counts = prev.counts
                break


def _figure(text: str, toks: list[Tok], r: Raw, category: str, offset: int) -> Figure:
    start, end = toks[r.first].start, toks[r.last].end
    return Figure(text=text[start:end], value=r.value, low=r.low, high=r.high,
                  approx=r.approx, counts=r.unit or r.counts, category=category,
                  start=start + offset, end=end + offset)
