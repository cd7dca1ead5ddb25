"""A toll of none as a figure of 0: "there had been no casualties", "no one was killed".

A side that denies a toll ("the mayor said there were no casualties") disputes the other
side's figure as plainly as a number would, so the denial is a figure: value, low and high 0,
exact, its category the phrase's (killed or injured, from the pack's `zero_tolls`). Saying that
nothing is known yet is no toll: "no casualties were reported", "no immediate reports of
casualties" (the phrase must follow "no" at once, and a reporting verb after it undoes it).

Past the pack's fixed phrases, the general form is read from the words' roles (`_general`): a
negator ("no", "not a single", "none of our", "without"), up to two words naming whom, and
either a casualty noun ("no civilian casualties", "without any loss of life") or past
auxiliaries and a casualty verb ("no government soldier was killed or wounded", "no life was
lost", "none of our soldiers was hurt"); or a denial of an existential toll ("denied there had
been casualties"). The victim named ("civilian", "soldier", a demonym) is the figure's counted
noun, so reconcile sets a side's 0 civilians against the other's civilians only. A negator
after a modal or a purpose ("would be no casualties", "to ensure no civilians were hurt") is
a hope, not a toll.
"""

from __future__ import annotations

from functools import cache

from ..packs import load_pack, require
from .figure_base import PACK, Raw, Tok, match, pack
from .figure_singular import _table

SECTION = "zero_tolls"

#: Negators after which a fate verb may follow with no person between ("none was hurt",
#: "nobody died", "not one was killed"); "no" and "zero" need a noun ("no civilian").
_BARE = ("none", "nobody", "one")


@cache
def _zero() -> dict:
    sec = require(load_pack(PACK), PACK, SECTION, dict)
    phrases = {k: v for k, v in sec.items() if k in ("killed", "injured")}
    unreported = require(sec, PACK, "unreported", list)
    words = {k: frozenset(w.lower() for w in require(sec, PACK, k, list))
             for k in ("denials", "life_nouns", "not_modifiers", "not_after", "partitive",
                       "determiners", "modals", "clause_marks")}
    return {"phrases": _table(phrases),
            "unreported": _table({"x": unreported}),
            "auxiliaries": frozenset(require(sec, PACK, "auxiliaries", list)),
            "negators": _table({"x": require(sec, PACK, "negators", list)}),
            "nouns": _table(require(sec, PACK, "nouns", dict)),
            "verbs": _table(require(sec, PACK, "verbs", dict)), **words}


def zero_toll(toks: list[Tok], i: int) -> Raw | None:
    """The figure of 0 a denial phrase at token i states ("no casualties"), else None."""
    z = _zero()
    if _hoped(toks, i, z):
        return None
    n, category = match(toks, i, z["phrases"])
    if not n:
        return _general(toks, i, z)
    if _unreported(toks, i + n, z):
        return None  # "no casualties were reported": nothing known yet, no toll
    return _raw(i, i + n - 1, category, _among(toks, i + n, z))


def _raw(first: int, last: int, category: str, counts: str | None) -> Raw:
    raw = Raw(first, last, 0.0, 0.0, 0.0, False)
    raw.adjacent, raw.noun_end, raw.counts = category, last + 1, counts
    return raw


def _hoped(toks: list[Tok], i: int, z: dict) -> bool:
    """A modal, purpose or condition word within three words before: no report. A modal
    with a clause mark after it governs the saying verb, not the toll ("I can say that no
    one died")."""
    for k in range(max(0, i - 3), i):
        if toks[k].low not in z["not_after"]:
            continue
        if toks[k].low in z["modals"] \
                and any(t.low in z["clause_marks"] for t in toks[k + 1:i]):
            continue
        return True
    return False


def _unreported(toks: list[Tok], k: int, z: dict, bare: bool = False) -> bool:
    """Auxiliaries then a reporting word after the phrase ("were reported"; `bare`: also
    with none, "no injured reported")."""
    start = k
    while k < len(toks) and toks[k].low in z["auxiliaries"]:
        k += 1
    return (bare or k > start) and bool(match(toks, k, z["unreported"])[0])


def _person(tok: Tok) -> bool:
    """A word naming a class of people: a pack noun of people or troops."""
    return pack()["class"].get(tok.low) in ("people", "troops")


def _general(toks: list[Tok], i: int, z: dict) -> Raw | None:
    """Negator + whom + casualty noun or fate verb, or a denial verb + "there was" + noun."""
    if toks[i].low in z["denials"]:
        return _denied(toks, i, z)
    n, _ = match(toks, i, z["negators"])
    if not n or (i and toks[i].text[:1].isupper() and toks[i - 1].text[:1].isupper()):
        return None  # a name's word: "Doctors Without Borders"
    j = i + n
    neg_last = toks[j - 1].low
    if neg_last == "none" and j + 1 < len(toks) and toks[j].low in z["partitive"]:
        j += 1  # "none of our soldiers"
        j += toks[j].low in z["determiners"]
    head: list[int] = []
    stop = pack()["stop_words"]
    while j < len(toks):
        k, category = match(toks, j, z["nouns"])
        if k:
            if any(toks[h].low in z["not_modifiers"] for h in head) \
                    or _unreported(toks, j + k, z, bare=True):
                return None
            return _raw(i, j + k - 1, category, _whom(toks, head) or _among(toks, j + k, z))
        if neg_last != "without" and (head or neg_last in _BARE):
            verb = _fate(toks, j, head, z)
            if verb:
                return _raw(i, verb[0], verb[1], _whom(toks, head, verb=True))
        if len(head) == 2 or not toks[j].text[:1].isalpha() or toks[j].low in stop \
                or toks[j].low in z["auxiliaries"] or toks[j].low in z["determiners"]:
            return None
        head.append(j)
        j += 1
    return None


def _fate(toks: list[Tok], j: int, head: list[int], z: dict) -> tuple[int, str] | None:
    """(last token, category) of past auxiliaries and a fate verb at j ("was killed",
    "lost their lives"; "lost" alone only after a life: "no life was lost")."""
    k = j
    while k < len(toks) and toks[k].low in z["auxiliaries"]:
        k += 1
    n, category = match(toks, k, z["verbs"])
    if not n:
        return None
    if n == 1 and toks[k].low == "lost" and not (head and toks[head[-1]].low in z["life_nouns"]):
        return None
    return k + n - 1, category


def _whom(toks: list[Tok], head: list[int], verb: bool = False) -> str | None:
    """The counted noun: the last word naming people ("civilian", "soldier"); before a fate
    verb (`verb`) the last word, whatever it is ("no policeman was hurt"), but a life. A
    nation's people ("no Kenyan lost their lives") are soldiers and civilians alike: no class,
    so the denial disputes any toll of the incident."""
    for h in reversed(head):
        low = toks[h].low
        if low in ("one", "body") or low in _zero()["life_nouns"] \
                or (toks[h].text[:1].isupper() and pack()["class"].get(low) is None):
            return None
        if verb or _person(toks[h]):
            return low
    return None


def _among(toks: list[Tok], k: int, z: dict) -> str | None:
    """The class a toll of none names after its noun ("no casualties among our troops"),
    else None: "no casualties" denies any toll, whoever its victims."""
    if k + 1 >= len(toks) or toks[k].low != "among":
        return None
    k += 1 + (toks[k + 1].low in z["determiners"])
    return toks[k].low if k < len(toks) and _person(toks[k]) else None


def _denied(toks: list[Tok], i: int, z: dict) -> Raw | None:
    """ "denied (that) there had been (any) casualties"."""
    j = i + 1
    j += j < len(toks) and toks[j].low == "that"
    if j >= len(toks) or toks[j].low != "there":
        return None
    j += 1
    while j < len(toks) and (toks[j].low in z["auxiliaries"] or toks[j].low == "any"):
        j += 1
    k, category = match(toks, j, z["nouns"])
    if not k:
        return None
    return _raw(i, j + k - 1, category, None)
