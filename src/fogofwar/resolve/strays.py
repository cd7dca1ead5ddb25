"""Readings that lie in a country the document never goes to.

A story set in Mozambique that names "Palma" means the coastal town the gazetteer lacks, not
Palma de Mallorca; "Kani" in a Myanmar story is no town in Japan, "Gulf" is no province of
Papua New Guinea. When most of a document's places lie in one country, a town or area picked
in another country, one the story does not name, far from every other place of the story and
not widely known, is far more often a local place the gazetteer lacks, a cut name or a common
word than the real thing: no answer is better than a point on another continent.

Never judged a stray: countries, continents and seas (their names are rarely anything else);
famous towns ("Geneva" in a story about Afghan talks); places of a million people or more
("Florida", "Taichung"); large capitals written in full
("Kigali", "Juba": a government's seat stands for it); places near the story's others
("Majdal Shams" in a story about northern Israel); places in any country the story names in
any role ("Kursk" where "Russia said" or "Russian troops" is written); names used as actors
("the White House said"); and any reading in a story whose places lie in no one country more
than another ("Maiduguri" beside a misread "Borno State"), or in only one ("Bakhmut" alone).

Measured on the conflict set's dev split before the rule was written: 81 of 90 readings in a
country neither named nor the story's main one were wrong (bench/data/conflict/README.md,
round places16).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import gazetteer
from .gazetteer import Entry
from .place_candidates import RGN_CODES
from .placenames import ascii_words
from .ranking import Signals, broad, coheres, famous, kind_words, own_key, spelled_as, weights
from .toponym_words import toponym_words


def named_countries(chosen: Sequence[Entry | None]) -> frozenset[str]:
    """Countries the document names in any role: as a place, an actor ("Russia said") or a
    nationality ("Ukrainian troops")."""
    return frozenset(e.country for e in chosen if e is not None and broad(e) and e.country)


def home_country(where: Sequence[Entry | None], keys: Sequence[str], key: str,
                 named: frozenset[str] = frozenset()) -> str | None:
    """The country most of the document's located places lie in, counted by distinct name
    (not the toponym `key` itself, which must not vote for its own reading): at least two
    names, and more than any other country has. Failing that, the one country the document
    names (`named`, in any role), when another of its located places lies there: "Burkina
    Faso's security forces ... the village of Karma ... the village in Yatenga province" is
    set in Burkina Faso though Yatenga is its only other place; or, when it names several,
    the one of them where all its other located places lie: "Turkey's jets ... a cave in
    Duhok province, northern Iraq ... the Kara region" is set in Iraq, not in Togo's Kara."""
    by_country: dict[str, set[str]] = {}
    for e, k in zip(where, keys, strict=True):
        if e is not None and k != key and not broad(e) and e.country:
            by_country.setdefault(e.country, set()).add(k)
    ranked = sorted((len(v) for v in by_country.values()), reverse=True)
    if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        only = next(iter(named)) if len(named) == 1 else None
        if only is None and len(by_country) == 1:
            only = next(iter(by_country))
        return only if only in by_country and only in named else None
    return next(c for c, v in by_country.items() if len(v) == ranked[0])


def shielded(given: frozenset[str], named: frozenset[str], home: str | None) -> frozenset[str]:
    """Countries whose readings are never strays: those the document names in any role, and
    the caller's `given` focus countries, unless the document is set in a `home` outside them.
    The caller's focus is a default for texts that say nothing (the conflict pack's Syria);
    a story set in Burkina Faso that never names Syria means no Syrian town by "Karma" (an
    alternate name of Maharda, Hama) any more than it means one of another country."""
    return named if home is not None and home not in given else given | named


def stray(e: Entry | None, name: str, home: str | None, about: frozenset[str],
          sig: Signals, named: frozenset[str] = frozenset(), want: str | None = None,
          placed: frozenset[str] = frozenset(),
          settings: frozenset[str] = frozenset()) -> bool:
    """Whether location reading `e` of toponym `name` is a stray: `e` lies neither in the
    document's `home` country nor in any country of `about` (the caller's, and those the
    document names), nor near its other places (`sig`), nor is widely known. A document with
    no home country judges only small towns (`stray_unhomed_population`), and only when it
    names some country (`named`, in any role) and has other located places (`sig.points`) or
    names a country as a place where things happen (`placed`: "killed in Burkina Faso") or
    the reading lies beyond the borders of every country it is set in (`settings`,
    `beyond_borders`): a story about Turkey and Iraq does not go to a village in Hungary,
    nor does "the town of Solhan" in a story about an attack in Burkina Faso go to Turkey's
    Solhan, nor "Moura" alone in a story set in Mali ("Malian troops ... the Malian army") to
    Portugal, but "Bakhmut" alone in a story that names only Russia, as an actor or a
    nationality, stays, and so does "Beit Lahia" beside "the Indonesian Hospital". Fame shields
    no reading of another kind than the one the text asks for (`want`, a kind word's feature
    code): "the al Jadida district area" in a story set in Mosul is a district, not the famous
    Moroccan town El Jadida. An area named by compass words alone (`compass_name`) abroad is
    a stray whatever its population, in any document with a home or a named country, unless
    another of its places lies in that country: "Western Kazakhstan" cut before the country's
    name is no region of Uganda, but "North West" beside "Limpopo" is South Africa's."""
    if e is None or not e.country or broad(e) or e.fcode in RGN_CODES:
        return False
    if e.country == home or e.country in about:
        return False
    if e.fclass == "A" and compass_name(name) and (home is not None or named) and \
            e.country not in {c for c, _ in sig.areas}:
        return True  # "Western" read as Uganda's region on a page that is not about Uganda
    w = weights()
    # a word of three letters or fewer that is not the entry's own name ("La" for Louisiana,
    # "In" for Indiana, "Lun" for Lusaka: codes and abbreviations) borrows no size or fame
    coded = len(ascii_words(name).replace(" ", "")) <= _CODE_LETTERS and not spelled_as(
        e.name, name)
    if home is None and (not named or (
            e.population >= w.stray_unhomed_population and not coded) or not (
            sig.points or placed or beyond_borders(e, settings))):
        return False  # no main country: only a small town, among other places, abroad
    if not coded and (e.population >= w.stray_known_population or (
            e.fcode == "PPLC" and e.population >= w.stray_capital_population
            and spelled_as(e.name, name))):
        return False
    known = famous(e, "") and (want is None or e.fcode == want) and not coded
    return not known and not coheres(e, sig, w.coherence_km)


#: Longest word `stray` reads as a code or abbreviation when the entry's own name is another.
_CODE_LETTERS = 3


def compass_name(name: str) -> bool:
    """Whether a toponym is made of compass words alone, with or without a kind word ("Western",
    "North-West", "the Eastern Province", "Far North"): the name of regions in many countries
    and a mere direction in many more sentences ("Western forces", "Eastern Ukraine" cut before
    the country's name). Such an area is no answer in a country the page neither names nor is
    set in (`stray`), however many people live there: its population says nothing about
    whether the page means it."""
    words = [w for w in re.split(r"[\s\-]+", ascii_words(name)) if w and w != "the"]
    while len(words) > 1 and words[-1] in kind_words():
        words.pop()
    compass = toponym_words().compass_words
    return bool(words) and all(w in compass for w in words)


def settings_named(chosen: Sequence[Entry | None], roles: Sequence[str],
                   demonym: str) -> frozenset[str]:
    """Countries a document names as a place or an actor, or by a nationality word (role
    `demonym`) at least the places pack's `setting_demonyms` times ("Malian troops ... the
    Malian army": set in Mali): the countries `beyond_borders` reads."""
    counts: dict[str, int] = {}
    out = set()
    for e, r in zip(chosen, roles, strict=True):
        if e is None or not broad(e) or not e.country:
            continue
        if r != demonym:
            out.add(e.country)
        counts[e.country] = counts.get(e.country, 0) + 1
    least = weights().setting_demonyms
    return frozenset(out | {c for c, n in counts.items() if n >= least})


def beyond_borders(e: Entry, settings: frozenset[str]) -> bool:
    """Whether reading `e` lies in a country that neither is one of the document's settings
    (`settings_named`) nor borders one: "Moura" in a story that names only Mali ("Malian
    troops", "the Malian army") is no Portuguese town, where "Bakhmut" in one that names only
    Russia may well be Ukraine's."""
    return bool(settings) and e.country not in settings and not any(
        e.country in gazetteer.neighbours(c) for c in settings)


def in_named_country(chosen: Sequence[Entry | None], cands: Sequence[Sequence[tuple[Entry, float]]],
                     roles: Sequence[str], location: str) -> list[Entry | None]:
    """Each admin-area location reading in a country the document never names, swapped for an
    area of the same name and kind in a country it names (in any role), when only one named
    country has such an area: "Cameroon's army ... Cameroon's Northwest Region" is Cameroon's
    North-West, not South Africa's, which ranked first on its larger population because the
    country was named only as an actor.
    Admin areas only: their names ("North-West", "Far North", "Central") recur across
    countries with nothing else to tell them apart, where a town has its own signals."""
    named = named_countries(chosen)
    out = list(chosen)
    for i, (e, r) in enumerate(zip(chosen, roles, strict=True)):
        if e is None or r != location or e.fclass != "A" or broad(e) or e.country in named:
            continue
        twins = [c for c, score in cands[i] if score == 100 and c.fcode == e.fcode
                 and c.country in named and own_key(c.name) == own_key(e.name)]
        if len({c.country for c in twins}) == 1:  # two named countries with one: no telling
            out[i] = max(twins, key=lambda c: c.population)
    return out


def read_inside(chosen: Sequence[Entry | None], cands: Sequence[Sequence[tuple[Entry, float]]],
                keys: Sequence[str], roles: Sequence[str], location: str) -> list[Entry | None]:
    """Each location reading in a country the document never names, swapped for the reading
    another mention of the same name (`keys`) got in a country it names, when there is one
    such reading and it is among this mention's exact candidates: "the eastern city of Beni"
    read as Congo's town tells which Beni the bare "Beni" of the headline and the dateline
    is, not Bolivia's El Beni. One sense per discourse, as `discourse.one_sense` reads a
    qualified name, for the namesake the page's own country holds."""
    named = named_countries(chosen)
    senses: dict[str, dict[int, Entry]] = {}
    for e, k, r in zip(chosen, keys, roles, strict=True):
        if r == location and e is not None and not broad(e) and e.country in named:
            senses.setdefault(k, {})[e.geonameid] = e
    out = list(chosen)
    for i, (e, r) in enumerate(zip(chosen, roles, strict=True)):
        sense = senses.get(keys[i], {})
        if r != location or e is None or broad(e) or e.country in named or len(sense) != 1:
            continue
        f = next(iter(sense.values()))
        if any(c.geonameid == f.geonameid and s == 100 for c, s in cands[i]):
            out[i] = f
    return out
