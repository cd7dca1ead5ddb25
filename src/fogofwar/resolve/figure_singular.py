"""A singular victim as a figure of 1: "A journalist ... was killed", "killed a senior commander".

Reporters give a toll of one as often with the article as with "one" ("A man was killed in an
Israeli drone strike"), and the sides dispute it the same way. But "a/an" is the commonest word
of English: "a soldier said", "a man who ...", "an attack" count nothing. So the article makes a
figure only when the noun phrase it opens names a person (a singular noun of the pack's people
or troops classes, one of `singular_victims.person_nouns`, or a nationality word) and that
person is the victim of a casualty predicate:

- its subject: "a journalist [for RIA Novosti] was killed", "a 48-year-old man was wounded",
  "A 17-year-old teenager also perished", "A man died" (a short post-modifier opened by
  "of", "for", "called" ... may stand between, never a clause of its own);
- its object: "forces killed a senior commander", "shot dead a civilian".

The figure follows the conventions of figures.py: value, low and high 1, exact; `Figure.text`
is the quantity phrase only, here the article ("a"/"an"), as it is "one" in "one man"; `counts`
is the person noun; the category is the predicate's (killed or injured), carried as the word
next to the number is ("14 dead").
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..annotate.packdata import actor_packs
from ..errors import PackError
from ..packs import load_pack, require, word_set
from .figure_base import (
    CLAUSE_END,
    NUMERIC,
    PACK,
    TOKEN,
    Raw,
    Tok,
    ends_sentence,
    match,
    match_ending,
    pack,
)

ARTICLES = ("a", "an")
#: Most words a victim's noun phrase may hold after the article ("a 76-year-old Azerbaijani
#: citizen": 76, year, old, Azerbaijani, citizen).
MAX_PHRASE = 7
SECTION = "singular_victims"


@cache
def victims() -> dict[str, Any]:
    """The `singular_victims` section of figures.yaml, as token-tuple lookups."""
    sec = require(load_pack(PACK), PACK, SECTION, dict)
    v: dict[str, Any] = {}
    for key in ("person_nouns", "postmodifiers", "gap_stops", "adverbs"):
        v[key] = word_set(sec, PACK, key, f"{SECTION}.")
    v["max_gap"] = require(sec, PACK, "max_gap", int)
    v["aux"] = _table({"aux": require(sec, PACK, "auxiliaries", list)})
    v["alone"] = _table({"killed": require(sec, PACK, "intransitives", list)})
    v["passive"] = _table(require(sec, PACK, "passives", dict))
    v["active"] = _table(require(sec, PACK, "transitives", dict))
    singular = {w for w, c in pack()["class"].items() if c in ("people", "troops")}
    plural = {w for w in singular if w.endswith(("s", "men", "people", "children"))}
    v["persons"] = (singular - plural) | v["person_nouns"] | {
        d.lower() for d in actor_packs().demonyms if not d.endswith("s")}
    return v


def _table(groups: dict[str, Any]) -> dict[tuple[str, ...], str]:
    """{phrase tokens: category} for a mapping of category to a list of phrases."""
    out: dict[tuple[str, ...], str] = {}
    for cat, words in groups.items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise PackError(f"{PACK}.yaml: {SECTION}.{cat} must be a list of words")
        out.update({tuple(t.lower() for t in TOKEN.findall(w)): cat for w in words})
    return out


def singular_victim(toks: list[Tok], i: int) -> Raw | None:
    """The figure of 1 the article at token i opens, when its person is a casualty's victim."""
    if toks[i].low not in ARTICLES:
        return _bare_victim(toks, i)
    if _listed(toks, i):
        return None
    head = _head(toks, i + 1)
    if head is None:
        return None
    category = _object_of(toks, i) or _subject_of(toks, head + 1)
    if category is None:
        return None
    raw = Raw(i, i, 1.0, 1.0, 1.0, False, word_one=True)
    raw.adjacent, raw.noun_end = category, head + 1
    raw.counts = None if _age(toks, head) else toks[head].low
    return raw


#: What may follow a headline's bare "<person> killed" ("Russian journalist killed by
#: shelling", "Child killed, two injured"): a phrase of cause, place or time, or the line's end.
HEADLINE_AFTER = ("by", "in", "at", "near", "during", "as", "after", "on", ",", ":", "-", "–")


def _bare_victim(toks: list[Tok], i: int) -> Raw | None:
    """A person named with no article, as headlines and titles do: the object of a casualty
    verb ("drone kills Pakistani Taliban leader", "has killed Taliban chief Mullah Fazlullah")
    or, opening a line, the subject of a bare participle ("Russian journalist killed by
    shelling"). The phrase must open with a capital or a person noun ("killed civilian
    protesters" is plural and names no one); the figure's text is the person noun."""
    t = toks[i]
    if not (t.text[0].isupper() or t.low in victims()["persons"]) or t.low in pack()["stop_words"]:
        return None
    head = _head(toks, i) or _titled_head(toks, i)
    if head is None:
        return None
    category = (_object_of(toks, i) if not _adjective_before(toks, i) else None) \
        or (_line_start(toks, i) and _bare_participle(toks, head + 1))
    if not category:
        return None
    raw = Raw(head, head, 1.0, 1.0, 1.0, False, word_one=True)
    raw.adjacent, raw.noun_end = category, head + 1
    raw.counts = toks[head].low
    return raw


#: Words before a participle that make it an adjective of the noun after it ("detained an
#: injured PJAK member": the member was injured earlier, nobody here wounded him; "another
#: wounded man died" counts no one injured).
DETERMINERS = (*ARTICLES, "the", "his", "her", "their", "its", "this", "that", "another")


def _adjective_before(toks: list[Tok], i: int) -> bool:
    n, _ = match_ending(toks, i - 1, victims()["active"]) if i > 0 else (0, None)
    return bool(n) and i - n - 1 >= 0 and toks[i - n - 1].low in DETERMINERS


def _titled_head(toks: list[Tok], i: int) -> int | None:
    """ "Taliban chief Mullah Fazlullah": the person noun a name follows, as a title. A stop
    word ends the title ("killed Sunday night when the Nigerian Army ...": "Nigerian" there
    titles no one the verb killed)."""
    persons, stops, k = victims()["persons"], pack()["stop_words"], i
    while k < len(toks) and k - i < MAX_PHRASE and toks[k].text[0].isalnum() \
            and toks[k].low not in persons:
        if toks[k].low in stops:
            return None
        k += 1
    if k >= len(toks) or toks[k].low not in persons or k + 1 >= len(toks) \
            or not toks[k + 1].text[0].isupper():
        return None
    return k


def _line_start(toks: list[Tok], i: int) -> bool:
    return i == 0 or ends_sentence(toks, i - 1)


def _bare_participle(toks: list[Tok], k: int) -> str | None:
    """ "killed by …", "wounded in …": a participle with no auxiliary, then a cause, a place or
    the end: the category it gives its bare subject."""
    n, category = match(toks, k, victims()["passive"])
    if not n:
        return None
    nxt = toks[k + n] if k + n < len(toks) else None
    return category if nxt is None or nxt.low in HEADLINE_AFTER else None


def _listed(toks: list[Tok], i: int) -> bool:
    """ "Five rangers and a soldier were killed": a person listed after a figure shares its
    predicate, and the toll is the figure's, as a reader (and the gold) takes it; "15 people,
    including a woman, were killed" picks one of a toll out and adds nobody to it."""
    if i > 0 and match_ending(toks, i - 1, pack()["subset"])[0]:
        return True
    n = match_ending(toks, i - 1, pack()["coordinators"])[0] if i > 0 else 0
    if not n:
        return False
    numbers = pack()["number_words"]
    for k in range(i - n - 1, max(-1, i - n - 8), -1):
        t = toks[k]
        if t.text in CLAUSE_END or match(toks, k, pack()["casualty"])[0]:
            return False
        if NUMERIC.match(t.text) or t.low in numbers:
            return True
    return False


def _age(toks: list[Tok], k: int) -> bool:
    """ "a 9-year-old was killed": an age alone names a person."""
    return k >= 2 and toks[k].low == "old" and toks[k - 2].low in ("year", "years")


def _head(toks: list[Tok], k: int) -> int | None:
    """The token of the person noun ending the noun phrase that starts at k, or None when the
    phrase names no person ("an attack", "a spokesman")."""
    stops = pack()["stop_words"]
    persons = victims()["persons"]
    last = None
    end = min(len(toks), k + MAX_PHRASE + 8)  # hyphens ("17-year-old") are tokens too
    words = 0
    while k < end and words < MAX_PHRASE:
        t = toks[k]
        if t.text == "-" and last is not None and k + 1 < len(toks) \
                and toks[k + 1].start == t.end:
            k += 1
            continue
        if not t.text[0].isalnum() or t.low in stops or _predicate_at(toks, k):
            break
        last, words, k = k, words + 1, k + 1
    if last is None or (toks[last].low not in persons and not _age(toks, last)):
        return None
    return last


def _predicate_at(toks: list[Tok], k: int) -> bool:
    """A casualty verb or a post-modifier's first word at k: the noun phrase ended before."""
    v = victims()
    return toks[k].low in v["postmodifiers"] or any(
        match(toks, k, v[key])[0] for key in ("active", "passive", "alone"))


def _object_of(toks: list[Tok], i: int) -> str | None:
    """ "killed a senior commander": the category of the verb right before the article; a
    verb opening its sentence ("Killing a peacekeeper is a war crime") speaks of no event:
    it comes first, after a sentence's end, or capitalised (after a quote or a line break)."""
    n, category = match_ending(toks, i - 1, victims()["active"]) if i > 0 else (0, None)
    if not n or i - n == 0 or ends_sentence(toks, i - n - 1) or toks[i - n].text[0].isupper():
        return None
    return category


def _subject_of(toks: list[Tok], k: int) -> str | None:
    """ "[for RIA Novosti] [also] was [also] killed": the category of the casualty predicate
    the person is the subject of, reading past a short post-modifier and adverbs."""
    v = victims()
    k = _past_postmodifier(toks, k)
    k = _past_adverbs(toks, k)
    n, _ = match(toks, k, v["alone"])
    if n:
        return "killed"
    n, _ = match(toks, k, v["aux"])
    if not n:
        return None
    k = _past_adverbs(toks, k + n)
    return match(toks, k, v["passive"])[1]


def _past_postmodifier(toks: list[Tok], k: int) -> int:
    """The token after "for Russia's RIA Novosti" / "of Popular Mobilization Forces (PMF)" when
    one opens at k, else k; a phrase holding a clause of its own ("who", "said") is none."""
    v = victims()
    if k >= len(toks) or toks[k].low not in v["postmodifiers"]:
        return k
    j, depth = k + 1, 0
    while j < len(toks) and j - k <= v["max_gap"]:
        t = toks[j]
        if t.text == "(":
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
        elif t.low in v["gap_stops"] or (t.text in CLAUSE_END and not depth):
            return k
        elif not depth and (match(toks, j, v["aux"])[0] or match(toks, j, v["alone"])[0]):
            return j
        j += 1
    return k


def _past_adverbs(toks: list[Tok], k: int) -> int:
    while k < len(toks) and toks[k].low in victims()["adverbs"]:
        k += 1
    return k
