"""Named sites as join keys: two reports name one hospital, station or prison.

A site place (precision `site`, from resolve/sites.py) is compared by the content words of its
name: folded (case, accents, "al-"/"el-" and apostrophes dropped) and without kind words,
modifiers and the pack's generic words, so "Al-Ahli Arab Hospital" and "al-Ahli hospital" are
both {ahli}, and "Kramatorsk railway station" and "the railway station in Kramatorsk" (named
after its town) are both {kramatorsk}. Two sites match when their kinds agree and one's words
contain the other's. Folding through transliteration families ("Olenivka"/"Yelenovka") is
`placenames.family_key`.

A village no gazetteer knows, which the text places in its province ("Kishishe, in North
Kivu": precision admin1, no GeoNames id, its own name) is keyed the same way (`village_key`,
kind `VILLAGE`): its name is what every report of a massacre there shares, while its province
alone would tie it to every other report of that province. The undated pass reads it
(village_joins.join_villages), not the site pass: a village is no facility, and its reports
still join the town-level reports around it in the passes between.
"""

from __future__ import annotations

import re
from functools import cache

from ..packs import load_pack, require
from .placenames import family_key, fold

SiteKey = tuple[str, frozenset[str]]
#: the kind of a village read at its province (see the module docstring)
VILLAGE = "village"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def _dropped() -> frozenset[str]:
    pack = load_pack("sites")
    words: set[str] = set()
    for phrase in require(pack, "sites", "kinds", dict):
        words.update(phrase.lower().split())
    for key in ("modifiers", "generic_words", "compared_kind_words"):
        words.update(w.lower() for w in require(pack, "sites", key, list))
    return frozenset(words)


@cache
def site_codes() -> frozenset[str]:
    """The feature codes the sites pack gives its kinds: a place with one is a named site even
    when no town located it ("the Nabulsi roundabout" alone), and can still be joined on."""
    return frozenset(str(c) for c in require(load_pack("sites"), "sites", "kinds", dict).values())


def _tokens(name: str) -> frozenset[str]:
    out = set()
    for w in _WORD.findall(name.lower()):
        w = re.sub(r"^(?:al|el|ad|an|ar|as|ash|az)[-‐’']", "", w).replace("’", "'")
        w = w.removesuffix("'s")
        if w and w not in _dropped():
            out.add(family_key(w))
    # a word of one letter's skeleton ("Bay": b, "Abu": b) is part of too many names to tell
    # one site by beside other words ("Manda Bay airfield": mnd); alone it is all there is
    return frozenset(k for k in out if len(k) > 1) or frozenset(out)


def site_key(place: dict | None) -> SiteKey | None:
    """(kind, name words) of a site place (its feature code, one for codes of one kind: an
    airport's and an airfield's are one, `kind_of`); None for any other place."""
    if not place or place.get("precision") != "site" \
            and place.get("feature_code") not in site_codes():
        return None
    words = _tokens(place.get("name") or "")
    return (kind_of(place.get("feature_code") or ""), words) if words else None


def village_key(place: dict | None) -> SiteKey | None:
    """(VILLAGE, name words) of a village read at the place it lies in (`is_village`), else
    None."""
    if not place or not is_village(place):
        return None
    words = _tokens(place.get("name") or "")
    return (VILLAGE, words) if words else None


#: precisions a village no gazetteer holds is read at: the province, district or town the text
#: put it in (resolve/enclosing)
VILLAGE_AT = frozenset({"admin1", "admin2", "town"})


def is_village(place: dict) -> bool:
    """A place read at the precision of the place the text put it in (its province, district
    or a town near it, resolve's `within`) under a name of its own that no gazetteer holds: a
    village, not that place itself. One village is put in its district on one page ("the
    village of Karma in Yatenga province") and at its town on another ("Karma, a village 15
    km from Ouahigouya"): its name is what the reports share."""
    name, within = place.get("name"), place.get("within")
    return bool(place.get("precision") in VILLAGE_AT and place.get("geonames_id") is None
                and name and within
                and fold(name) not in {fold(within), fold(place.get("admin1") or "")})


@cache
def _kind_groups() -> dict[str, str]:
    """Feature code -> the first code of its group in the pack's `kinds_alike` (an airport,
    an airfield and an air base are one aerodrome named several ways)."""
    out: dict[str, str] = {}
    for group in require(load_pack("sites"), "sites", "kinds_alike", list):
        for code in group:
            out[str(code)] = str(group[0])
    return out


def kind_of(code: str) -> str:
    """The kind a feature code names for joining: its group's first code (`kinds_alike`)."""
    return _kind_groups().get(code, code)


@cache
def _kind_words() -> tuple[str, ...]:
    return tuple(sorted((k.lower() for k in require(load_pack("sites"), "sites", "kinds", dict)),
                        key=len, reverse=True))


def kind_word(place: dict | None) -> str | None:
    """The kind word a site's name ends with ("Sa'dah prison" -> "prison", "the Saada
    detention center" -> "detention center"): two sites of one town named after it are told
    apart by it when nothing else does (site_joins._site_roots), though one site may be called by
    several (that is no bar to joining them)."""
    name = ((place or {}).get("name") or "").lower()
    return next((k for k in _kind_words() if name.endswith(" " + k) or name == k), None)


def sites_match(a: SiteKey, b: SiteKey) -> bool:
    """Same kind, and one name's words contain the other's."""
    return a[0] == b[0] and (a[1] <= b[1] or b[1] <= a[1])


#: A word of a village's name: capitalised, or an Arabic article joined to one ("al-Noura")
_NAME_WORD = r"(?:[A-Z][\w'’-]*|(?:al|el|ad|ar|as|ash|at|az|ed|en|er|es|et|ez)-[A-Z][\w'’-]*)"
#: "Pa Zi Gyi village", "Pazigyi Village": capitalised words right before a village word
_BEFORE = re.compile(rf"((?:{_NAME_WORD}\s+){{1,3}})(?i:village|hamlet)\b")
#: "the village of Kishishe", "the village of Wad al-Noura"
_AFTER = re.compile(rf"(?i:village|hamlet)\s+of\s+((?:{_NAME_WORD}\s?){{1,3}})")
#: "Wad al-Nourah, a village in Gezira state", "Kuru, a small hamlet"
_APPOSED = re.compile(rf"((?:{_NAME_WORD}\s+){{0,2}}{_NAME_WORD}),\s+an?\s+(?:[a-z]+\s+)?"
                      r"(?i:village|hamlet)\b")
#: a final "h" after a vowel is spelled or left out alike ("Nourah", "Noura")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")


def named_villages(text: str, stop: frozenset[str]) -> frozenset[str]:
    """The names a text gives villages, folded and glued: a village's name is written with
    spaces in one report and run together in another ("Pa Zi Gyi", "Pazi Gyi", "Pazigyi"),
    and no gazetteer may know it. Words of `stop` leading the name ("In Pazigyi village") are
    left out, and so are names of fewer than four letters."""
    out = set()
    for m in [*_BEFORE.finditer(text), *_AFTER.finditer(text), *_APPOSED.finditer(text)]:
        words = m.group(1).split()
        while words and words[0].lower() in stop:
            words = words[1:]
        glued = fold("".join(words))
        glued = _FINAL_H.sub("", "".join(ch for ch in glued if ch.isalpha()))
        if len(glued) >= 4:
            out.add(glued)
    return frozenset(out)
