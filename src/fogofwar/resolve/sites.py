"""Named sites as places: "the Al-Ahli Arab Hospital in Gaza City", "Kramatorsk railway station".

The site is what every report of an incident shares: outlets of opposite sides may disagree on
the toll and on who fired, and may spell the town three ways, but they name the same hospital,
station or prison. Each site becomes a place mention of precision `site`, located at the town it
is in, with that town's name in `within`. The town is read from the text, in this order:

1. a town right after it ("the market in Kostiantynivka", "the prison near the village of Y")
   or right before it as a possessive ("Gaza City's al-Shifa hospital");
2. a town inside the site's own name ("Kramatorsk railway station");
3. the site's name looked up as a town of a country the document already names ("Olenivka
   prison" where the model did not tag Olenivka);
4. the nearest town in the same sentence, but not a dateline's filing town;
5. the site's name looked up as a first-level area ("the Crimea bridge"), located there.

A site with no town keeps its name (reconcile can still join on it) but no coordinates.
Unnamed sites ("a market in Y") are named after their town ("Y market"); a later bare "the
hospital" refers to the last named site of that kind in the article. Vocabulary in `sites.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from ..annotate.packdata import actor_packs
from ..annotate.pipeline import doc_text
from ..errors import PackError
from ..packs import load_pack, require
from ..records import Place
from ..words import alternation
from .date_pack import MONTH_WORD
from .enclosed_namesakes import placed_in_area
from .gazetteer import iso2, neighbours
from .places import resolve_spans

PACK = "sites"
_NAME_WORD = r"(?:(?:[Aa]l|[Ee]l|[Aa]d|[Aa]n|[Aa]r|[Aa]s|[Aa]sh|[Aa]z)[-‐’'][^\S\n]?)?[A-Z][\w’'-]*"
#: the space between a site's words: a line break at most, never a blank line, so no name runs
#: from a headline or paragraph into the next ("Strike on a camp" then a "GAZA" dateline)
_SP = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"
_POSSESSIVE = re.compile(r"(?:'s|’s)\s+$")
#: the most characters between a name a site is tied to and the area after it ("X in Y district")
_AREA_GAP = 5
#: a place owning the town after a site's tie ("in Afghanistan's Kunduz", "in Syria's Idlib")
_OWNER = re.compile(r"(?:^|\s+)[\w-]+(?:'s|’s)$")
#: "the market in the Donetsk region town of X": the province only qualifies the town after it
_TOWN_OF_PROVINCE = re.compile(r"\s+(?:town|city|village|settlement|district)\b")
#: at most this many words name whom a site is for between its kind and its tie
_PURPOSE_WORDS = 3
#: a paragraph's opening dateline: a town, a day or area after a comma, the agency in brackets,
#: then a spaced dash, a colon or the agency between slashes ("MOSCOW, May 3. /TASS/.")
_FILED = re.compile(r"\s*[A-Z][\w'\u2019.\- ]{1,30}(?:,[^.\n:]{1,40}?)?(?:\s*\([^)\n]{1,40}\))?"
                    r"(?:\s+(?:-|--|\u2013|\u2014)\s|\s*:|\.\s*/[^/\n]{1,30}/)")
#: a town followed by a day and a colon, dash, bracketed agency or slash is a dateline wherever
#: it stands ("... kicker London, Dec 24: At least ...", glued after a caption or a store label)
_DATED_LINE = re.compile(
    r",\s*" + MONTH_WORD + r"\s+\d{1,2}"
    r"(?:,?\s+\d{4})?\.?\s*(?::|\(|/|-{1,2}\s|\u2013|\u2014)")
_AFTER_NAME = re.compile(r"(?P<gap>[\s,a-z]{0,40}?\s)(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)")


@dataclass(frozen=True)
class SitePack:
    kinds: dict[str, str]
    modifiers: frozenset[str]
    not_names: frozenset[str]
    town_after: tuple[str, ...]
    tails: frozenset[str]
    purposes: frozenset[str]
    referent: re.Pattern[str]
    generic: frozenset[str]
    named: re.Pattern[str]
    kind_first: re.Pattern[str]
    unnamed: re.Pattern[str]
    coast_names: frozenset[str]
    coast_kinds: frozenset[str]
    members: frozenset[str]


@cache
def site_pack() -> SitePack:
    """The sites pack, validated, with its patterns compiled once."""
    raw = load_pack(PACK)
    kinds = {k.lower(): v for k, v in require(raw, PACK, "kinds", dict).items()}
    if not all(isinstance(v, str) for v in kinds.values()):
        raise PackError(f"{PACK}.yaml: every kind needs a feature code string")
    lists = {key: [str(w) for w in require(raw, PACK, key, list)]
             for key in ("modifiers", "not_names", "town_after", "generic_words", "kind_tails",
                         "purpose_words", "referent_words", "unnamed_determiners",
                         "coast_names", "coast_kinds", "member_nouns")}
    kind_alt = alternation(kinds, longest_first=True)
    mods = alternation(lists["modifiers"])
    referents = alternation(lists["referent_words"])
    titled = alternation((k.title() for k in kinds), longest_first=True)
    named = re.compile(rf"\b(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,4}})"
                       rf"(?P<mods>(?:{_SP}(?i:{mods}))*){_SP}(?P<kind>(?i:{kind_alt}))(?P<plural>s)?\b")
    kind_first = re.compile(rf"\b(?P<kind>{titled}){_SP}of{_SP}(?:the{_SP})?"
                            rf"(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,3}})")
    adjectives = rf"(?:[a-z'’-]+{_SP}){{0,2}}?"
    determiners = "|".join(rf"(?i:{re.escape(w)})" for w in lists["unnamed_determiners"])
    unnamed = re.compile(rf"\b(?:{determiners}){_SP}(?P<mods>{adjectives}(?:(?:{mods}){_SP})*)"
                         rf"(?P<kind>(?i:{kind_alt}))\b"
                         rf"(?:{_SP}(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD})?))?")
    return SitePack(kinds, frozenset(m.lower() for m in lists["modifiers"]),
                    frozenset(lists["not_names"]),
                    tuple(sorted((t.lower() for t in lists["town_after"]), key=len, reverse=True)),
                    frozenset(w.lower() for w in lists["kind_tails"]),
                    frozenset(w.lower() for w in lists["purpose_words"]),
                    re.compile(rf"\b[Tt]he\s+(?:{referents})\b"),
                    frozenset(w.lower() for w in lists["generic_words"]), named, kind_first,
                    unnamed, frozenset(w.lower() for w in lists["coast_names"]),
                    frozenset(lists["coast_kinds"]),
                    frozenset(w.lower() for w in lists["member_nouns"]))


@dataclass
class _Found:
    start: int
    end: int
    name: str | None  # the proper name part, None for an unnamed site
    kind: str


def _named(text: str) -> list[_Found]:
    """Proper name + kind ("Al-Ahli Arab Hospital") and kind + of + name ("Church of St X")."""
    p = site_pack()
    out = []
    for m in p.named.finditer(text):
        if _members_after(text, m.end()):
            continue
        words = m.group("name").split()
        owner = max((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), default=-1)
        words = words[owner + 1:]  # "Gaza City's al-Shifa hospital": the town owns the site
        while words and words[0] in p.not_names:
            words = words[1:]
        if not words or _coast(words, m.group("kind")):
            continue
        if m.group("kind").islower() and all(w in actor_packs().demonyms for w in words):
            out.append(_Found(m.start("kind"), m.end(), None, m.group("kind").lower()))
            continue  # "a Thai gas station" is unnamed ("Indonesian Hospital" is a name)
        start = m.start("name") + m.group("name").index(words[0])
        out.append(_Found(start, m.end(), " ".join(words), m.group("kind").lower()))
        if m.group("plural"):
            out.extend(_coordinated(text, start, m.group("kind").lower()))
    for m in p.kind_first.finditer(text):
        if m.group("name").split()[0] not in p.not_names:
            out.append(_Found(m.start(), m.end(), m.group("name"), m.group("kind").lower()))
    return out


#: The word right after a site's kind, past spaces on its line.
_NEXT_WORD = re.compile(r"[^\S\n]+([a-z]+)")


def _members_after(text: str, end: int) -> bool:
    """Whether the kind word ending at `end` names whose people follow, not a place: "Chonnam
    National University students", "53 Tamil school girls", "the university students" (the
    pack's `member_nouns`). Who they are is no site the event happened at: the page placed its
    massacre at the university its victims came from, while the other pages named the town."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) in site_pack().members


def _coast(words: list[str], kind: str) -> bool:
    """Whether the name is a sea's before a port's kind ("Black Sea port", "Baltic port"): it
    describes the port town, it names no facility (pack `coast_names`, `coast_kinds`)."""
    p = site_pack()
    return words[-1].lower() in p.coast_names and p.kinds[kind.lower()] in p.coast_kinds


#: "the Mugunga and Lac Vert displacement camps": a name joined by "and" (or a comma) to the
#: name of a plural kind word is a site of that kind too.
_COORDINATED = re.compile(rf"({_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,3}})"
                          rf"[^\S\n]*(?:,|{_SP}and|[^\S\n]*&){_SP}$")


def _coordinated(text: str, start: int, kind: str) -> list[_Found]:
    """The site named before "and" in "the X and Y camps" (Y's match starting at `start`),
    of Y's kind; none when that name is a determiner or pronoun (pack `not_names`)."""
    m = _COORDINATED.search(text, max(0, start - 80), start)
    if m is None or m.group(1).split()[0] in site_pack().not_names:
        return []
    return [_Found(m.start(1), m.end(1), m.group(1), kind)]


def _unnamed(text: str, taken: list[_Found]) -> list[_Found]:
    """ "the railway station", "a busy market": named later from their town or an earlier
    site; "the shopping mall Amstor": named by the name after the kind."""
    spans = [(f.start, f.end) for f in taken]
    out = []
    for m in site_pack().unnamed.finditer(text):
        s = m.start("mods") if m.group("mods") else m.start("kind")
        name = m.group("name")
        if name and name.split()[0] in site_pack().not_names:
            name = None
        end = m.end() if name else m.end("kind")
        if not name and _members_after(text, end):
            continue
        if not any(a <= s < b or a < end <= b for a, b in spans):
            # "the shopping mall Amstor in Kremenchuk": a name after the kind names the site
            out.append(_Found(s, end, name, m.group("kind").lower()))
    return out


def _overlaps(place: Place, start: int, end: int) -> bool:
    return place.start < end and start < place.end


def _is_town(p: Place) -> bool:
    """A town, or a village no gazetteer holds that the text puts in its district ("Ban Phue,
    Kantharalak district": named as written, placed at the district, places.area_place). A
    village placed only at its province is not: the province's point is too far from it."""
    return p.lat is not None and (p.precision in ("town", "point") or (
        p.within is not None and p.name == p.text and p.precision == "admin2"))


def _is_province(p: Place) -> bool:
    return p.precision == "admin1" and p.lat is not None


def _connects(gap: str) -> bool:
    """Whether the words between a site and a town tie them ("in", "in the northern city of"),
    after a noun of the kind's own ("the prison site in X")."""
    gap = re.sub(r"\s+", " ", gap.strip().lower().removesuffix("the").strip())
    # "the clinic in Afghanistan's Kunduz city": the country owning the town is no gap
    gap = _OWNER.sub("", gap)
    first, _, rest = gap.partition(" ")
    if first in site_pack().tails:
        gap = rest.strip()
        first, _, rest = gap.partition(" ")
    if first in site_pack().purposes:
        return _purpose_then_tie(rest.split())
    return gap in ("", ",") or gap in site_pack().town_after


def _purpose_then_tie(words: list[str]) -> bool:
    """Whether the words after a purpose word ("for") are up to `_PURPOSE_WORDS` words of
    whom the site is for and then a tie ("a detention center for [African] migrants in X",
    "a camp for displaced people near Y"); a count ("for 20 years in") is no purpose."""
    for k in range(1, min(_PURPOSE_WORDS, len(words) - 1) + 1):
        if all(w.isalpha() for w in words[:k]) and " ".join(words[k:]) in site_pack().town_after:
            return True
    return False


def _town_after(doc: Doc, end: int, towns: Sequence[Place], countries: set[str],
                areas: Sequence[Place] = ()) -> Place | None:
    """The town the words after the site tie it to; a capitalised name there that the toponym
    finder missed ("a market in Kostiantynivka", tagged ORG) is looked up too, beside the
    place after it (`areas`: "a station in Ban Phue in Kantharalak district" is the district's
    Ban Phue, not a namesake elsewhere; enclosed_namesakes)."""
    text = doc_text(doc)
    tied = _tied_after(text, end, towns)
    if tied is not None:
        return tied
    m = _AFTER_NAME.match(text, end)
    if m and _connects(m.group("gap")) and m.group("gap").strip():
        return _lookup(doc, m.start("name"), m.end("name"), countries, areas=areas)
    return None


def _tied_after(text: str, end: int, places: Sequence[Place]) -> Place | None:
    """The first of `places` that the words right after a site's end tie it to."""
    p = site_pack()
    gap_max = (max(len(t) for t in p.town_after) + 8 + max(map(len, p.tails))
               + 12 * _PURPOSE_WORDS)
    return next((t for t in places if end <= t.start <= end + gap_max
                 and _connects(text[end:t.start])), None)


def _lookup(doc: Doc, start: int, end: int, countries: set[str],
            province: bool = False, areas: Sequence[Place] = ()) -> Place | None:
    """A name resolved as a town (or, with `province`, a first-level area), if it is one in a
    country the document names (any country when it names none); resolved beside the first
    of `areas` right after it, which may say where it lies."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or not span.text.strip():
        return None
    text = doc_text(doc)
    after = next((a for a in areas if end <= a.start <= end + _AREA_GAP
                  and text[end:a.start].strip(" ,").lower() in ("", "in")), None)
    (place,) = resolve_spans(doc, [span])
    if after is not None:
        place = placed_in_area(place, after) or place
    ok = (_is_town(place) or (province and _is_province(place))) and (
        not countries or place.country in countries
        or _country_named(doc_text(doc), place.country))
    return place if ok else None


def _country_named(text: str, iso3: str | None) -> bool:
    """The text names the country by name or demonym ("the Ukrainian city of Kremenchuk"),
    though the toponym finder took no place of it."""
    if not iso3:
        return False
    packs = actor_packs()
    words = [w for w, code in packs.demonyms.items() if code == iso3]
    words += [a.name for a in packs.actors.values() if a.country == iso3 and a.kind == "GPE"]
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words if w)


def _town_before(text: str, start: int, towns: Sequence[Place]) -> Place | None:
    for t in towns:
        if t.end <= start and start - t.end <= 12:
            between = text[t.end:start]
            if _POSSESSIVE.match(between) or re.fullmatch(r"(?:'s|’s)\s+(?:the\s+)?", between):
                return t
            # the toponym span may carry the possessive itself ("Gaza City's")
            if re.search(r"(?:'s|’s)$", text[t.start:t.end]) and re.fullmatch(
                    r"\s+(?:the\s+)?", between):
                return t
    return None


def _filed_at(text: str, town: Place) -> bool:
    """Whether a town sits in the dateline opening its paragraph ("MOSCOW, Feb 28. /TASS/.",
    "Kyiv, 8 May (AP) - ...", its agency read as a town too): the filing place, not where a
    site of the sentence is."""
    para = text.rfind("\n", 0, town.start) + 1
    head = _FILED.match(text, para)
    return (head is not None and town.end <= head.end()) or _DATED_LINE.match(
        text, town.end) is not None


def _sentence_town(doc: Doc, start: int, towns: Sequence[Place]) -> Place | None:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    sent, text = span.sent, doc_text(doc)
    near = [t for t in towns if sent.start_char <= t.start and t.end <= sent.end_char
            and not _filed_at(text, t)]
    return min(near, key=lambda t: abs(t.start - start)) if near else None


def _town_of_name(doc: Doc, f: _Found, countries: set[str],
                  province: bool = False) -> Place | None:
    """The site's proper name looked up as a town (or, with `province`, a first-level area:
    "the Crimea bridge") of a country the document names."""
    if not f.name:
        return None
    words = [w for w in f.name.split() if w.lower().strip("’'") not in site_pack().generic]
    if len(words) != 1:
        return None
    start = f.start + f.name.index(words[0])
    return _lookup(doc, start, start + len(words[0]), countries, province)


def _town(doc: Doc, f: _Found, places: Sequence[Place], countries: set[str]) -> Place | None:
    """The town the site is in (see module docstring); an unnamed site ("the base") only takes
    a town the text ties to it, never just one in the same sentence."""
    towns = [p for p in places if _is_town(p)]
    # a town-like word inside the site's name ("Independence" of "Independence Square") counts
    # in a country the rest of the text names, not by its own mention
    others = {p.country for p in places if p.country and not _overlaps(p, f.start, f.end)}
    towns = [t for t in towns if not (f.start <= t.start and t.end <= f.end)
             or _named_elsewhere(doc, t, others)]
    inside = [t for t in towns if f.start <= t.start and t.end <= f.end]
    # a town the text ties the site to ("X's al-Shifa hospital", "the station in X") beats a
    # town-like word inside the site's own name, which may be the facility's name ("Shifa")
    tied = (_town_after(doc, f.end, towns, countries, places)
            or _town_before(doc_text(doc), f.start, towns) or (inside[0] if inside else None))
    if tied is None:
        # no town tied: a province the words after tie it to ("a prison center in X province")
        # locates it at that precision, which is still the key its reports share
        text = doc_text(doc)
        tied = _tied_after(text, f.end, [p for p in places if _is_province(p)
                                         and not _TOWN_OF_PROVINCE.match(text, p.end)])
    if tied is not None or f.name is None:
        return tied
    # last, a site named after its province and tied to no town ("Russia's Crimea bridge") is
    # located at that province, which is still the key its reports share
    return _town_of_name(doc, f, others) or _sentence_town(doc, f.start, towns) \
        or _town_of_name(doc, f, others, province=True)


def _named_elsewhere(doc: Doc, town: Place, others: set[str]) -> bool:
    """Whether a town-like word inside a site's name lies in or beside a country the rest of
    the text names (`others`: the countries of places outside the site; or by name or demonym),
    or the text names no country else: "Independence Square" on a page about Kyiv is no square
    of Independence, Missouri; "Pokrovsk railway station" beside "Russian forces" is."""
    if not others or town.country in others or _country_named(doc_text(doc), town.country):
        return True
    near = neighbours(iso2(town.country))
    return any(iso2(c) in near for c in others)


def site_name(f: _Found, town: Place | None, text: str) -> str | None:
    """The site's name as exported: its proper name and kind as written, or "<town> <kind>"."""
    if f.name and text[f.start:f.end].endswith(f.name) and not text[f.start:f.end].startswith(
            f.name):
        return f"{f.name} {f.kind}"  # "the shopping mall Amstor" -> "Amstor shopping mall"
    if f.name:
        return text[f.start:f.end]
    return f"{town.name} {f.kind}" if town and town.name else None


def find_sites(doc: Doc, places: Sequence[Place]) -> list[Place]:
    """Every site mention in the doc, located at its town (see module docstring)."""
    text = doc_text(doc)
    named = _named(text)
    countries = {p.country for p in places if p.country}
    found = sorted(named + _unnamed(text, named), key=lambda f: f.start)
    out: list[Place] = []
    last: dict[str, Place] = {}
    # a first mention the text does not place yet ("a prison run by the rebels") is the site a
    # later sentence places ("the prison site in the northern city of X"): reports open vaguely
    waiting: dict[str, list[_Found]] = {}
    referents = _referents(text, places)

    def refer(before: int) -> None:
        """"the site in X" before `before` places the one kind of site still unplaced."""
        while referents and referents[0][0] < before:
            _, at = referents.pop(0)
            if len(waiting) == 1:
                code, (first, *rest) = waiting.popitem()
                place = _site_place(first, at, text)
                out.extend([place, *(_copy(place, w, text) for w in rest)])
                last[code] = place

    for f, town in zip(found, _towns(doc, found, places, countries), strict=True):
        refer(f.start)
        code = site_pack().kinds[f.kind]
        if f.name is None and town is None:
            earlier = last.get(code)
            if earlier is not None:
                out.append(_copy(earlier, f, text))
            else:
                waiting.setdefault(code, []).append(f)
            continue
        place = _site_place(f, town, text)
        if place.name:
            out.extend(_copy(place, w, text) for w in waiting.pop(code, []))
            out.append(place)
            last[place.feature_code or ""] = place
    refer(len(text))
    return sorted(out, key=lambda p: p.start)


def _referents(text: str, places: Sequence[Place]) -> list[tuple[int, Place]]:
    """Where a bare "the site", "the facility" the words after tie to a town or province ("were
    detained at the site in Saada province"): a report that opened on an unplaced site ("an
    airstrike on a detention center for migrants in Yemen") places it there."""
    towns = [p for p in places if _is_town(p) or _is_province(p)]
    out = []
    for m in site_pack().referent.finditer(text):
        at = _tied_after(text, m.end(), towns)
        if at is not None:
            out.append((m.start(), at))
    return out


def _copy(site: Place, f: _Found, text: str) -> Place:
    """Another mention of `site`, at f."""
    return Place(**{**site.__dict__, "text": text[f.start:f.end], "start": f.start, "end": f.end})


def _towns(doc: Doc, found: Sequence[_Found], places: Sequence[Place],
           countries: set[str]) -> list[Place | None]:
    """Each site's town. A town-like word inside a site's name that the text puts elsewhere
    ("Nabulsi roundabout west of Gaza": Nabulsi is the roundabout's name, not Nablus) is no
    town for the other sites of the sentence either, so they are located again without it."""
    towns = [_town(doc, f, places, countries) for f in found]
    misread = [p for p in places if _is_town(p) and any(
        f.start <= p.start and p.end <= f.end and t is not None and t.name != p.name
        for f, t in zip(found, towns, strict=True))]
    if not misread:
        return towns
    rest = [p for p in places if not any(p is m for m in misread)]
    return [_town(doc, f, rest, countries) for f in found]


def _site_place(f: _Found, town: Place | None, text: str) -> Place:
    place = Place(text=text[f.start:f.end], start=f.start, end=f.end,
                  name=site_name(f, town, text), feature_code=site_pack().kinds[f.kind])
    if town is not None:
        place.lat, place.lon, place.country = town.lat, town.lon, town.country
        place.admin1, place.within, place.precision = town.admin1, town.name, "site"
    return place


def with_sites(doc: Doc, places: Sequence[Place]) -> list[Place]:
    """The doc's places with its sites added; a toponym span inside a site's name that is not
    a town ("Al-Ahli", a facility the model tagged and the gazetteer could not place) is
    replaced by the site."""
    sites = find_sites(doc, places)
    # a town inside a site's name stays a place only when it is the site's town ("Pokrovsk
    # railway station"), not in "Gaza City's al-Shifa hospital" ("Shifa" names the hospital)
    kept = [p for p in places
            if not any(_overlaps(p, s.start, s.end) and not (_is_town(p) and p.name == s.within)
                       for s in sites)]
    return sorted([*kept, *sites], key=lambda p: (p.start, p.end))
