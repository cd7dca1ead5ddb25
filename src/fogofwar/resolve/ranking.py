"""Scores gazetteer candidates for one toponym from the signals its document gives.

A toponym's reading is rarely decided by one signal: "Georgia" is the country in a story about
Tbilisi and the state in one about Atlanta; "Idlib" is the governorate unless "city" follows.
So each signal adds points and the highest total wins, with the weights kept in the `places`
pack where they can be tuned without touching code.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from ..annotate.packdata import place_words
from ..errors import PackError
from ..packs import load_pack, require
from . import gazetteer
from .gazetteer import Entry
from .gazetteer_sources import abbreviations
from .placenames import ascii_words

PACK = "places"
BONUSES = ("context", "focus", "coherence", "same_area", "named_area", "fuzzy_per_point",
           "alternate_name", "capital", "famous")


@dataclass(frozen=True)
class Weights:
    """The ranking weights, validated from the pack."""

    features: tuple[tuple[str, float], ...]
    town_per_log10_pop: float
    unknown_population: float
    bonus: dict[str, float]
    coherence_km: float
    famous_alt_names: float
    famous_area_population: float
    famous_area_ratio: float
    stray_capital_population: float
    stray_known_population: float
    dateline_city_population: float
    stray_unhomed_population: float
    setting_demonyms: float
    demonyms: dict[str, str]
    kind_words: dict[str, str]
    country_aliases: dict[str, str]
    first_word_forms: dict[str, str]


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PackError(f"{PACK}.yaml: {where} must be a number")
    return float(value)


@cache
def weights() -> Weights:
    """Read and check the `places` pack once per process."""
    pack = load_pack(PACK)
    feats = require(pack, PACK, "feature_weights", dict)
    bonus = require(pack, PACK, "bonus", dict)
    for key in BONUSES:
        if key not in bonus:
            raise PackError(f"{PACK}.yaml: bonus: missing key '{key}'")
    tables = {key: require(pack, PACK, key, dict)
              for key in ("demonyms", "kind_words", "country_aliases", "first_word_forms")}
    for key, table in tables.items():
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
            raise PackError(f"{PACK}.yaml: {key} must map strings to strings")
    # Longer prefixes first, so "PCLI" could be given its own weight beside "PCL".
    ordered = sorted(feats.items(), key=lambda kv: -len(str(kv[0])))
    return Weights(
        features=tuple((str(k), _number(v, f"feature_weights.{k}")) for k, v in ordered),
        town_per_log10_pop=_number(pack.get("town_per_log10_pop"), "town_per_log10_pop"),
        unknown_population=_number(pack.get("unknown_population"), "unknown_population"),
        bonus={k: _number(bonus[k], f"bonus.{k}") for k in BONUSES},
        coherence_km=_number(pack.get("coherence_km"), "coherence_km"),
        famous_alt_names=_number(pack.get("famous_alt_names"), "famous_alt_names"),
        famous_area_population=_number(pack.get("famous_area_population"),
                                       "famous_area_population"),
        famous_area_ratio=_number(pack.get("famous_area_ratio"), "famous_area_ratio"),
        stray_capital_population=_number(pack.get("stray_capital_population"),
                                         "stray_capital_population"),
        stray_known_population=_number(pack.get("stray_known_population"),
                                       "stray_known_population"),
        dateline_city_population=_number(pack.get("dateline_city_population"),
                                         "dateline_city_population"),
        stray_unhomed_population=_number(pack.get("stray_unhomed_population"),
                                         "stray_unhomed_population"),
        setting_demonyms=_number(pack.get("setting_demonyms"), "setting_demonyms"),
        demonyms=dict(tables["demonyms"]),
        kind_words={k.lower(): v for k, v in tables["kind_words"].items()},
        country_aliases=dict(tables["country_aliases"]),
        first_word_forms={k.lower(): v for k, v in tables["first_word_forms"].items()},
    )


def broad(e: Entry) -> bool:
    """A country or continent: too big for its point to say where a story is."""
    return e.fcode.startswith("PCL") or e.fcode == "CONT"


def base_score(e: Entry) -> float:
    """Prior for a candidate before any context: its kind, or a town's size."""
    w = weights()
    for prefix, value in w.features:
        if e.fcode.startswith(prefix):
            return value
    capital = w.bonus["capital"] if e.fcode == "PPLC" else 0.0
    if e.population > 0:
        return math.log10(e.population) * w.town_per_log10_pop + capital
    return w.unknown_population + capital


def wants(e: Entry, want: str | None) -> bool:
    """Whether a candidate is the kind of place a context word asks for."""
    if not want:
        return False
    return (e.fcode == want or (want == "PPL" and e.fclass == "P")
            or (want == "AIRB" and e.fcode == "AIRP"))


@dataclass(frozen=True)
class Signals:
    """What the document says about where it is: focus countries, and the points and
    first-level areas (country, admin1 code) of its other places (resolved on a first pass)."""

    focus: frozenset[str] = frozenset()
    points: tuple[tuple[float, float], ...] = ()
    areas: frozenset[tuple[str, str]] = frozenset()
    within: Entry | None = None  # the area a qualifier names: "London, Ont.", "Paris, Texas"
    named: frozenset[tuple[str, str]] = frozenset()  # first-level areas the doc names itself


def inside(e: Entry, area: Entry | None) -> bool:
    """Whether a candidate lies in a country or first-level area (by codes, not points)."""
    if area is None or broad(e) or e.geonameid == area.geonameid or e.country != area.country:
        return False
    return area.fcode.startswith("PCL") or (area.fcode == "ADM1" and e.admin1 == area.admin1)


def outside(e: Entry, fuzzy: float, area: Entry) -> bool:
    """Whether a candidate is ruled out by the area that qualifies its toponym ("Town, State"):
    a near spelling anywhere outside it, or a town outside a first-level area ("Holliday,
    Missouri" is not Holliday, Texas). Countries stay: "Russia, the U.S. and Britain" is a
    list, not a qualifier; so do famous towns: "Kharkiv, Odesa and Dnipro" lists cities, and
    Odesa read as its province must not rule Kharkiv out."""
    if broad(e) or inside(e, area):
        return False
    return fuzzy < 100 or (area.fcode == "ADM1" and e.fclass == "P" and not famous(e, ""))


def coheres(e: Entry, sig: Signals, km: float) -> bool:
    """Whether a candidate lies near the doc's other places: within `km` of one, or in the
    same first-level area as one. The area test matters for big areas, whose centre point can
    lie far from every town in them ("Quebec" the province, in a story about Montreal)."""
    if broad(e):
        return False
    if e.admin1 and (e.country, e.admin1) in sig.areas:
        return True
    return any(gazetteer.distance_km((e.lat, e.lon), p) < km for p in sig.points)


def same_area(e: Entry, sig: Signals) -> bool:
    """Whether a candidate lies in the first-level area of another place of the doc: local
    news names the county seat and the next town over, so a namesake there is the one meant
    ("London" beside St. Thomas, Ontario; "Columbia" in a Missouri story)."""
    return not broad(e) and bool(e.admin1) and (e.country, e.admin1) in sig.areas


def kind_words() -> dict[str, str]:
    """Words naming a kind of place (-> feature code): the conflict pack's and general ones."""
    return {**place_words()[0], **weights().kind_words}


@cache
def abbreviation_keys() -> frozenset[str]:
    """Folded abbreviations of first-level areas ("man" for "Man.", "ky" for "KY")."""
    return frozenset(gazetteer.fold(a) for forms in abbreviations().values() for a in forms)


def spelled_as(own: str, name: str) -> bool:
    """Whether `name` is spelled as the entry name `own`, up to case, accents, punctuation and
    a leading "The": a stricter test than the folded key, which makes Columbia of Colombia."""
    words = ascii_words(own).split()
    return bool(name) and " ".join(words[1:] if words[:1] == ["the"] else words) == \
        ascii_words(name)


@cache
def own_key(name: str) -> str:
    """Folded own name of an entry without a leading "The" or a trailing kind word
    ("Idlib Governorate", "Sichuan Sheng", "The Netherlands")."""
    words = name.split()
    if len(words) > 1 and words[0].lower() == "the":
        words.pop(0)
    while len(words) > 1 and words[-1].lower() in kind_words():
        words.pop()
    return name_key(" ".join(words))


@cache
def name_key(name: str) -> str:
    """A name's folded key with its first word in one written form (pack `first_word_forms`):
    "St. Petersburg" is Saint Petersburg's own name, not an alternate one, as "Mt. Hood" is
    Mount Hood's."""
    first, _, rest = name.partition(" ")
    form = weights().first_word_forms.get(first.lower()) if rest else None
    return gazetteer.fold(f"{form} {rest}" if form else name)


def famous(e: Entry, key: str) -> bool:
    """Whether a town is widely known, so that it beats an obscure namesake: many alternate
    names ("Gaza" is Gaza City before Mozambique's Gaza province), though not against the area
    of the same name it lies in ("Quebec")."""
    w = weights()
    return e.fclass == "P" and e.alt_count >= w.famous_alt_names and \
        own_key(e.admin1_name or "") != key


def outshines(e: Entry, cands: Sequence[tuple[Entry, float]], key: str) -> bool:
    """Whether a first-level area is so much bigger than every town of its name (`key`, the
    folded name) that the name means the area: "California" the state (39 million people in
    its towns), not California, Maryland (12,000), even in a story whose other places lie
    near Maryland. Not "Washington" or "New York", whose cities are a large part of their
    states. Towns that bear the name only as an alternate name do not count, and an area so
    named only by an alternate name (Nineveh for Nīnawá) outshines nothing."""
    w = weights()
    return bool(key) and e.fcode == "ADM1" and own_key(e.name) == key and \
        e.population >= w.famous_area_population and all(
        e.population >= w.famous_area_ratio * c.population for c, _ in cands
        if c.fclass == "P" and own_key(c.name) == key)


def code_of(e: Entry, key: str) -> bool:
    """Whether `key` is a country's own ISO code ("US", "UK" as written in capitals: the
    gazetteer takes a code only so written), which is no mere alternate name either: "US" in a
    story set in Russia is the United States, not a Russian town that has "US" among its
    alternate names (as "Man." is Manitoba's abbreviation, exempt the same way)."""
    return e.fcode.startswith("PCL") and key in (
        gazetteer.fold(e.country), gazetteer.fold(gazetteer.iso3(e.country) or ""))


def bare_county(e: Entry, want: str | None, key: str) -> bool:
    """Whether a second-level area whose own name carries a kind word ("Washington County",
    "Ohio County") is reached by its bare name with no kind word in the text: the bare name is
    indexed so that "Henry County" finds it after "County" is stripped, but a bare
    "Washington" or "Ohio" names the capital or the state, as an alternate name would."""
    return e.fcode.startswith("ADM2") and want != "ADM2" and name_key(e.name) != key


def short_form(own: str, name: str) -> bool:
    """Whether `name` is the leading words of the entry name `own`, as news shortens
    "Newcastle upon Tyne" or "Frankfurt am Main": such a short form is no mere alternate name."""
    words = ascii_words(name)
    return bool(words) and ascii_words(own).startswith(words + " ")


def score(e: Entry, fuzzy: float, want: str | None, sig: Signals, key: str = "",
          local: bool = True, renowned: bool = False, short: bool = False) -> float:
    """Total score of one candidate; see the pack for what each term means. `key` is the
    toponym's folded name: a candidate matched only through one of its alternate names (an
    old or foreign name, "Dar el Beida" = White House for Casablanca) ranks below one whose
    own name it is. `local`: whether a namesake in the doc's own areas may gain (not when the
    name is a country's: "Mexico" in a story with Missouri towns is still the country; nor
    when the name is only the candidate's alternate name: Piqua, Ohio, once Washington, is not
    the "Washington" of a story about Ohio towns).
    `renowned`: an area that outshines its namesake towns (see `outshines`); `short`: the
    name is the leading words of a famous town's own name (`short_form`). A country's name
    followed by a country ("Russia, the U.S. and Britain") is a list, not "Town, Area"."""
    w = weights()
    total = base_score(e) - (100 - fuzzy) * w.bonus["fuzzy_per_point"]
    if key and fuzzy == 100 and (own_key(e.name) != key or bare_county(e, want, key)) \
            and not short:
        if not (e.fcode == "ADM1" and key in abbreviation_keys()) and not code_of(e, key):
            total += w.bonus["alternate_name"]
            local = False  # an old or foreign name: local news calls its towns by their own
    elif famous(e, key) or renowned:
        total += w.bonus["famous"]
    if wants(e, want):
        total += w.bonus["context"]
    if e.country in sig.focus:
        total += w.bonus["focus"]
    if coheres(e, sig, w.coherence_km):
        total += w.bonus["coherence"]
    if local and same_area(e, sig):
        total += w.bonus["same_area"]
    if local and e.fcode != "ADM1" and (e.country, e.admin1) in sig.named:
        total += w.bonus["named_area"]
    if inside(e, sig.within) and (local or not broad(sig.within)):
        total += w.bonus["context"]  # a country's name before another country is a list
    return total


def townless_area(e: Entry) -> bool:
    """A second-level area with no cities500 town, placed at its first-level area's point
    (population 0; gazetteer_layers.admin2_rows): a row so rough and obscure that it never
    outranks a namesake in a country the story is about ("Odessa region" in a Ukraine story is
    Odesa's, not Saskatchewan's town-less Odessa district, whatever kind word is near)."""
    return e.fcode == "ADM2" and e.population == 0


def best(cands: Sequence[tuple[Entry, float]], want: str | None,
         sig: Signals = Signals(), name: str = "") -> Entry | None:
    """The highest-scoring candidate for toponym `name`; ties go to the larger population
    (stable, explainable). An area that outshines its namesake towns keeps the local signal
    its own towns give it ("Borno State" beside Maiduguri); the towns lose theirs. A near
    spelling outside the area that qualifies the toponym is no candidate at all: the place is
    one the gazetteer lacks, and is then placed in that area (`enclosing`); so is a town
    outside the first-level area that qualifies it (`outside`). A town-less second-level area
    outside the focus countries is no candidate when any candidate lies in them
    (`townless_area`)."""
    if sig.within is not None:  # "Holliday, Missouri" is no town outside Missouri
        cands = [c for c in cands if not outside(c[0], c[1], sig.within)]
    if any(e.country in sig.focus for e, _ in cands):
        cands = [c for c in cands if not townless_area(c[0]) or c[0].country in sig.focus]
    if not cands:
        return None
    key = name_key(name) if name else ""
    local = not any(broad(e) and spelled_as(e.name, name) for e, _ in cands)
    bright = {e.geonameid for e, _ in cands if outshines(e, cands, key)}

    def rank(c: tuple[Entry, float]) -> tuple[float, int]:
        shines = c[0].geonameid in bright
        return (score(c[0], c[1], want, sig, key, local and (shines or not bright), shines,
                      famous(c[0], "") and short_form(c[0].name, name)), c[0].population)

    return max(cands, key=rank)[0]


def doc_focus(first: Sequence[Entry | None], names: Sequence[str],
              given: Iterable[str] = ()) -> frozenset[str]:
    """Countries a document is about: the caller's, those it names, and the one where most of
    its other places lie. Naming a country is the strongest hint a news story gives of its
    setting. Places are counted by distinct name and only a country holding at least two
    counts, so that one ambiguous name repeated ("London" four times) cannot vote for itself."""
    focus = set(given) | {e.country for e in first if e is not None and e.fcode.startswith("PCL")}
    by_country: dict[str, set[str]] = {}
    for e, name in zip(first, names, strict=True):
        if e is not None and not broad(e):
            by_country.setdefault(e.country, set()).add(gazetteer.fold(name))
    ranked = sorted(((len(v), c) for c, v in by_country.items()), reverse=True)
    if ranked and ranked[0][0] >= 2 and (len(ranked) == 1 or ranked[1][0] < ranked[0][0]):
        focus.add(ranked[0][1])
    return frozenset(focus)
