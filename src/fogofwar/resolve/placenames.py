"""Place-name folding: the lossy lookup key the gazetteer indexes every name under.

Transliterations of Arabic names differ in vowels, articles, doubled letters and Kh/H
(Saraqeb/Saraqib, Khmeimim/Hmeimim, Khan Sheikhoun/Khan Shaykhun), so names are compared by a
key that deliberately loses those differences; ranking, not lookup, tells the places apart.
The rules are data (pack `places_supplement`, key `transliteration`) so a new conflict's
spelling habits are a pack edit; `rules_digest()` lets the gazetteer rebuild when they change.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from ..errors import PackError
from ..packs import load_pack, require
from ..words import alternation

PACK = "places_supplement"
_MARKS = re.compile(r"['’‘`ʿʾ‛ʻ]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLES = re.compile(r"(.)\1+")
#: Latin letters that carry no separable accent, so NFKD leaves them whole and the ASCII
#: filter would drop them: Turkish dotless i ("Şırnak" must key as "sirnak", not "srnak"),
#: Polish ł, Vietnamese and Croatian đ, Nordic ø and æ, Azerbaijani ə (lower case: the text
#: is case-folded first).
_UNMARKED = str.maketrans({"ı": "i", "ł": "l", "đ": "d", "ð": "d", "ø": "o", "æ": "ae",
                           "œ": "oe", "þ": "th", "ħ": "h", "ŧ": "t", "ŀ": "l", "ə": "e",
                           "ŋ": "ng", "ɨ": "i", "ƒ": "f"})


@dataclass(frozen=True)
class FoldRules:
    """Compiled transliteration rules."""

    articles: re.Pattern[str]
    endings: tuple[tuple[str, str], ...]
    replacements: tuple[tuple[str, str], ...]


def _pairs(raw: object, key: str) -> tuple[tuple[str, str], ...]:
    where = f"{PACK}.yaml: transliteration.{key}"
    if not isinstance(raw, list):
        raise PackError(f"{where} must be a list of [from, to] pairs")
    out = []
    for i, pair in enumerate(raw):
        if not (isinstance(pair, list) and len(pair) == 2
                and all(isinstance(s, str) for s in pair) and pair[0]):
            raise PackError(f"{where}[{i}] must be a pair of strings [from, to], from non-empty")
        out.append((pair[0], pair[1]))
    return tuple(out)


@cache
def fold_rules() -> FoldRules:
    """The pack's transliteration rules, validated (a bad pack names file and key)."""
    conf = require(load_pack(PACK), PACK, "transliteration", dict)
    articles = conf.get("articles")
    if not isinstance(articles, list) or not all(isinstance(a, str) and a for a in articles):
        raise PackError(f"{PACK}.yaml: transliteration.articles must be a list of words")
    leading = alternation(articles, longest_first=True)
    return FoldRules(
        articles=re.compile(rf"\b(?:{leading})\s+") if articles else re.compile(r"(?!)"),
        endings=_pairs(conf.get("endings", []), "endings"),
        replacements=_pairs(conf.get("replacements", []), "replacements"),
    )


VARIANTS_PACK = "toponyms"


@cache
def variant_rules() -> tuple[tuple[tuple[re.Pattern[str], str], ...], int]:
    """The `toponyms` pack's spelling variants and their minimum name length, validated. They
    live outside `places_supplement` because they change lookups, not the gazetteer's rows
    (whose file name carries that pack's digest)."""
    conf = load_pack(VARIANTS_PACK)
    where = f"{VARIANTS_PACK}.yaml: spelling_variants"
    rules = []
    for i, pair in enumerate(conf.get("spelling_variants", [])):
        if not (isinstance(pair, list) and len(pair) == 2
                and all(isinstance(x, str) for x in pair) and pair[0]):
            raise PackError(f"{where}[{i}] must be a pair of strings [pattern, replacement]")
        try:
            rules.append((re.compile(pair[0]), pair[1]))
        except re.error as exc:
            raise PackError(f"{where}[{i}]: bad pattern {pair[0]!r}: {exc}") from exc
    least = conf.get("variant_min_len", 5)
    if not isinstance(least, int) or isinstance(least, bool) or least < 1:
        raise PackError(f"{VARIANTS_PACK}.yaml: variant_min_len must be a positive whole number")
    return tuple(rules), least


@cache
def rules_digest() -> str:
    """Short hash of the folding rules: keys built under other rules are stale."""
    r = fold_rules()
    text = repr((r.articles.pattern, r.endings, r.replacements))
    return hashlib.sha1(text.encode()).hexdigest()[:8]


@lru_cache(maxsize=65536)
def ascii_words(name: str) -> str:
    """Lower-case ASCII words: accents and ayn/hamza marks dropped, punctuation to spaces.
    Remembered (bounded): ranking and the gazetteer ask it about the same few thousand
    candidate names over and over (33k calls on 100 articles, half of them repeats)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return _NON_ALNUM.sub(" ", _MARKS.sub("", text.translate(_UNMARKED))).strip()


def _ending(word: str, endings: tuple[tuple[str, str], ...]) -> str:
    for old, new in endings:
        if word.endswith(old) and len(word) > len(old) + 1:
            return word[: -len(old)] + new
    return word


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lossy lookup key: accents, case, articles, vowel spellings, Kh/H, doubles, spaces."""
    rules = fold_rules()
    text = rules.articles.sub("", ascii_words(name) + " ").strip()
    text = " ".join(_ending(w, rules.endings) for w in text.split())
    for old, new in rules.replacements:
        text = text.replace(old, new)
    return _DOUBLES.sub(r"\1", text).replace(" ", "")


@cache
def _designators() -> tuple[frozenset[str], frozenset[str]]:
    """The `toponyms` pack's administrative designators ("respublika", "oblast", ...) and
    what stripping them may leave that is no name (`admin_bare_stopwords`)."""
    words = load_pack(VARIANTS_PACK).get("admin_designators", [])
    if not (isinstance(words, list) and all(isinstance(w, str) and w for w in words)):
        raise PackError(f"{VARIANTS_PACK}.yaml: admin_designators must be a list of words")
    stop = load_pack(VARIANTS_PACK).get("admin_bare_stopwords", [])
    if not (isinstance(stop, list) and all(isinstance(w, str) and w for w in stop)):
        raise PackError(f"{VARIANTS_PACK}.yaml: admin_bare_stopwords must be a list of words")
    return frozenset(ascii_words(w) for w in words), frozenset(ascii_words(w) for w in stop)


@lru_cache(maxsize=16384)
def bare_names(name: str) -> tuple[str, ...]:
    """An area's name without its administrative designators (pack `admin_designators`), as
    news copy writes it: "Dagestan, Respublika", "Dagestan Republic" and "Republic of
    Dagestan" are "dagestan" (lower-case ASCII words); none when nothing is stripped or
    nothing would be left. A comma form keeps the side that is not all designators."""
    des, stop = _designators()
    parts = [ascii_words(p).split() for p in name.split(",")]
    if len(parts) == 2 and all(w in des for w in parts[1]) and parts[1]:
        words = parts[0]
    elif len(parts) == 2 and all(w in des for w in parts[0]) and parts[0]:
        words = parts[1]
    elif len(parts) == 1:
        words = parts[0]
    else:
        return ()
    if len(words) > 2 and words[0] in des and words[1] == "of":
        words = words[2:]
    while len(words) > 1 and words[-1] in des:
        words = words[:-1]
    while len(words) > 1 and words[0] in des:
        words = words[1:]
    bare = " ".join(words)
    if not bare or any(c.isdigit() for c in bare) or all(
            w in stop or w in des or len(w) < 3 for w in words):
        return ()
    return (bare,) if bare != ascii_words(name) else ()


@lru_cache(maxsize=16384)
def variants(name: str) -> tuple[str, ...]:
    """Other spellings of `name` under the pack's variant rules, one rule applied, then two
    (Yelenovka -> Olenovka -> Olenivka), nearest first; none for names shorter than
    `variant_min_len` letters, whose variants too often name some other place."""
    rules, least = variant_rules()
    base = ascii_words(name)
    if len(base.replace(" ", "")) < least:
        return ()
    out: dict[str, None] = {}
    for i, (pat, repl) in enumerate(rules):
        one = pat.sub(repl, base)
        if one != base:
            out.setdefault(one)
        for pat2, repl2 in rules[i + 1:]:
            two = pat2.sub(repl2, one)
            if two not in (one, base):
                out.setdefault(two)
    return tuple(out)
