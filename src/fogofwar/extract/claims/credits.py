"""Dateline credits: the wire named in brackets before a story's first sentence.

"ISLAMABAD, Dec. 4 (Xinhua) -- Three policemen were killed …, rescue workers said." is the
rescue workers' claim as Xinhua passed it on to the outlet that printed the story. The credit
names the relay of the sentence it opens only; "(PNA/Xinhua)" names two, the last written
the first to hear it (Xinhua's copy as PNA carried it).
"""

from __future__ import annotations

import re

from ...clean.outlets import outlet_info
from ...resolve.date_pack import MONTH_WORD
from ...resolve.gazetteer import Entry, bears_whole, candidates
from ...resolve.ranking import weights
from ..lexicon import cue_lexicon

#: A region in brackets after a dateline's town: "YOLA (Adamawa, Nigeria), Nov 4 (NNN-XINHUA) —".
REGION = r"(?:[ \t]*\([A-Z][\w'’. ]{0,20}(?:,[ \t]*[A-Z][\w'’. ]{0,20})?\))?"
#: A dateline's town: a capitalised word and up to three more ("GAZA CITY", "Port Harcourt").
TOWN = r"[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3}"
#: A dateline place ("MAIDUGURI, Nigeria, Sept 3", "GULU, Uganda, Feb 09, 2004": a year
#: after the day is a third part), optional, then "(Credit)" or "(Credit/Credit)" and a dash,
#: at the opening of a paragraph.
CREDIT = re.compile(
    r"^[ \t]*(?:[a-z]?" + TOWN + REGION +
    r"(?:,[ \t]*[\w'’.]+(?:[ \t]+[\w'’.]+){0,2}){0,3}"
    r",?[ \t]*)?\((?P<credit>[A-Za-z][\w&.'’ ]{0,30}(?:[ \t]*[/-][ \t]*[A-Za-z][\w&.'’ ]{0,30})"
    r"{0,2})\)[ \t]*(?:[-—–]{1,2}|:)[ \t]*", re.MULTILINE)
#: A place, then a bracketed credit that carries a date, a dash after it or none: "Moscow,
#: (APP - UrduPoint / Pakistan Point News - 26th Aug, 2024) The Kremlin said …", "MOSCOW
#: (UrduPoint News / Sputnik - 04th January, 2023) The ministry said …", "DAVAO CITY,
#: Philippines (Mindanao Examiner / Dec. 5, 2010) – Rebels said …" (the place in parts).
DATED_CREDIT = re.compile(
    r"^[ \t]*" + TOWN +
    r"(?:,[ \t]*[A-Z][\w'’.]*(?:[ \t]+[\w'’.]+){0,2}){0,2},?[ \t]*"
    r"\((?P<credit>[A-Z][^()\n]{0,80}?\d{4})\)[ \t]*(?:[-—–]{1,2}[ \t]*)?", re.MULTILINE)
#: A place and a date, then a bracketed credit with no dash after it, before the first word of
#: the story: "Tehran, Sep 21 (IANS) Iranian border guards …", "Manila, June 27 (UNI) Seven …".
#: The date makes it a dateline whatever the credit names.
MONTH_CREDIT = re.compile(
    r"^[ \t]*" + TOWN + REGION +
    r"(?:,[ \t]*[A-Z][\w'’.]*){0,2},[ \t]*"
    + MONTH_WORD + r"[ \t]+\d{1,2}"
    r"(?:,?[ \t]+\d{4})?[ \t]*"
    r"\((?P<credit>[A-Z][\w&.'’ ]{0,30}(?:[ \t]*/[ \t]*[A-Z][\w&.'’ ]{0,30}){0,2})\)"
    r"[ \t]+(?=[A-Z0-9“\"])", re.MULTILINE)
#: A place, then the wire in brackets, then the date, before the story's first word with no
#: dash: "Kano (AFP) June 2, 2009 Ten gunmen …". Taken only when the wire is a known outlet.
CREDIT_THEN_DATE = re.compile(
    r"^[ \t]*" + TOWN + r"[ \t]*"
    r"\((?P<credit>[A-Z][\w&.'’ ]{0,30})\)[ \t]*"
    + MONTH_WORD + r"[ \t]+\d{1,2}"
    r"(?:,?[ \t]+\d{4})?[ \t]+(?=[A-Z0-9“\"])", re.MULTILINE)
#: A dateline town written in capitals, the wire in brackets, then the story's first word with
#: no dash (a page that dropped the wire's dash): "KABUL (AP) One official said …", "GAZA CITY,
#: Gaza Strip (AP) Rescuers …". Taken only when the wire is a known outlet.
CAPS_CREDIT = re.compile(
    r"^[ \t]*[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3}"
    r"(?:,[ \t]*[A-Z][\w'’.]*(?:[ \t]+[\w'’.]+){0,2}){0,2}[ \t]*"
    r"\((?P<credit>[A-Za-z][\w&.'’ ]{0,30})\)[ \t]+(?=[A-Z0-9“\"])", re.MULTILINE)
#: A dateline that is only a date ("June 2, 2009 (KANO) —"): its bracket holds the place.
DATE_ONLY = re.compile(
    r"^[ \t]*" + MONTH_WORD + r"[ \t]+\d{1,2}"
    r"(?:,?[ \t]+\d{4})?[ \t]*\(")
#: A place and date, then the wire between slashes: "DONETSK, February 5. /TASS/. Two …".
SLASH_CREDIT = re.compile(
    r"^[ \t]*" + TOWN + r",[^/\n]{0,30}"
    r"/(?P<credit>[A-Z][\w&.'’ -]{1,30})/\.?[ \t]*", re.MULTILINE)
#: A bracketed credit opening a paragraph with no dash after it, "(MENAFN- UkrinForm) In
#: Kherson region, …" or, as blogs credit the paper they copy, "[Dawn] Security forces …", or
#: closing one, "…, Major Murad said. (dpa)": taken only when every name in it is a known
#: outlet, since brackets at those places hold other things too.
BARE_CREDIT = re.compile(r"^[ \t]*[(\[](?P<credit>[A-Z][\w&.'’ /-]{1,40})[)\]][ \t]+(?=[A-Z])",
                         re.MULTILINE)
END_CREDIT = re.compile(r"[.!?][\"”’']?[ \t]*\((?P<credit>[A-Za-z][\w&.'’ /-]{1,40})\)[ \t]*$",
                        re.MULTILINE)
#: A dateline whose last part is the wire, no brackets, then a dash: "DONETSK, Ukraine, Jul 18,
#: 2015, SPA -- Ukraine and …", "Riyadh, Feb 17, 2020, SPA --". Taken only when the name is a
#: known outlet, since a dateline's parts are places and dates too.
DASH_CREDIT = re.compile(
    r"^[ \t]*" + TOWN + r"(?:,[ \t]*[^,\n—–]{1,30}?){1,6},[ \t]*"
    r"(?P<credit>[A-Z][\w&.'’ ]{0,30}?)[ \t]*(?:--|—|–)[ \t]*", re.MULTILINE)
#: A dateline with no brackets whose wire follows a spaced dash and ends with a full stop or
#: another dash: "MOSCOW, May 4 - RIA Novosti. Rwandan authorities …", "Syria - Nile News
#: Agency - The government …". Taken only when the name is a known outlet or names a medium
#: ("agency", "radio"), since a dash in a paragraph's first words sets off other things too
#: ("Africa - Mali - …", "Editor in chief — X. …").
DASHED_WIRE = re.compile(
    r"^[ \t]*" + TOWN + r"(?:,[ \t]*[\w'’.]+(?:[ \t]+[\w'’.]+){0,2}){0,3}"
    r"[ \t]+[-—–]{1,2}[ \t]+(?P<credit>[A-Z][\w&'’ ]{1,40}?)(?:\.|[ \t]+[-—–]{1,2})[ \t]+"
    r"(?=[A-Z0-9“\"])", re.MULTILINE)
#: A dateline on a line of its own whose wire follows a spaced dash, no brackets: "Khartoum -
#: AFP", "GAZA CITY, May 4 — Reuters". Taken only when the name is a known outlet.
LINE_DASH_CREDIT = re.compile(
    r"^[ \t]*" + TOWN + r"(?:,[ \t]*[\w'’.]+(?:[ \t]+[\w'’.]+){0,2}){0,3}"
    r"[ \t]+[-—–]{1,2}[ \t]+(?P<credit>[A-Z][\w&'’ ]{1,40}?)[ \t]*$", re.MULTILINE)
#: A dash credit closing a paragraph (searched in the text after a claim, to its line's end):
#: "- Bernama", "— AFP", "—(KNO)"; the wire signing the copy (carry.py).
PARAGRAPH_DASH_CREDIT = re.compile(
    r"(?<!\w)[-—–]{1,2}[ \t]*\(?(?P<credit>[A-Z][\w&.'’ -]{0,40}?)\)?[ \t]*$")
#: A hyphen right after a capitalised word and before another: "AFP-Xinhua" joins two wires.
JOINED_WIRES = re.compile(r"(?<![\w-])[A-Z][\w.'’]*(?=-[A-Z])")
#: A part of a credit that is its date ("26th Aug, 2024", "04th January, 2023").
DATE_PART = re.compile(r"\d")
#: A sentence end between the credit and a claim: the claim is no longer the credited one.
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[\"“‘(]?[A-Z]")


def dateline_relays(text: str, start: int, outlet: str | None) -> list[str]:
    """The relays a dateline credit names for a claim starting at `start`, in chain order
    (first to hear the claim first); none when the claim is not in the credited sentence.
    The page's own outlet is never its own relay."""
    found = _credit_at(text, start)
    return _relays(found.group("credit"), outlet or "") if found is not None else []


def credit_only_relays(text: str, start: int, end: int, outlet: str | None) -> list[str]:
    """The relays of a claim (`start`-`end`) that only its dateline or end credit names:
    "BANGUI (AFP) — …, their families told AFP" names AFP in its own words too, so AFP is a
    relay the speaker spoke to, not the credit's alone (a credit relays its sentence only)."""
    found = _credit_at(text, start)
    if found is None:
        return []
    cut_from, cut_to = max(found.start(), start), min(found.end(), end)
    rest = text[start:cut_from] + " " + text[cut_to:end] if cut_from < cut_to \
        else text[start:end]
    return [r for r in _relays(found.group("credit"), outlet or "")
            if not re.search(r"(?<![\w-])" + re.escape(r) + r"(?![\w-])", rest, re.IGNORECASE)]


def _credit_at(text: str, start: int) -> re.Match[str] | None:
    """The dateline credit opening the paragraph of a claim starting at `start`, or the end
    credit closing its line, when the claim is in the credited sentence."""
    para = text.rfind("\n", 0, start) + 1
    match = _not_region(_not_place(_lower_known(CREDIT.match(text, para)))) \
        or DATED_CREDIT.match(text, para) \
        or SLASH_CREDIT.match(text, para) or MONTH_CREDIT.match(text, para) \
        or _known(BARE_CREDIT.match(text, para)) or _known(DASH_CREDIT.match(text, para)) \
        or _known(CREDIT_THEN_DATE.match(text, para)) or _known(CAPS_CREDIT.match(text, para)) \
        or _credit_line_before(text, para) \
        or _medium(DASHED_WIRE.match(text, para))
    if match is not None and not SENTENCE_END.search(text, match.end(), start + 1):
        return match
    end = text.find("\n", start)
    closing = _known(END_CREDIT.search(text, start, len(text) if end < 0 else end))
    if closing is not None and not SENTENCE_END.search(text, start + 1, closing.start() + 1):
        return closing
    return None


def _lower_known(match: re.Match[str] | None) -> re.Match[str] | None:
    """"Beirut, May 23, (dpa/GNA) – …": a wire that writes its name in lower case opens a
    credit too, but brackets holding a lower-case word are mostly no credit ("(file) —"), so
    each lower-case part must be an outlet the pack knows."""
    if match is None:
        return None
    parts = credit_parts(match.group("credit"))
    return match if all(p[0].isupper() or outlet_info(p) is not None for p in parts) else None


def _credit_line_before(text: str, para: int) -> re.Match[str] | None:
    """"DAMASCUS, Syria (AP) —" or "Khartoum - AFP" on a line of its own, blank lines, then
    the story's first sentence: a dateline the page broke off its paragraph still opens that
    sentence."""
    before = text[:para].rstrip()
    if not before:
        return None
    line = before.rfind("\n") + 1
    match = _lower_known(CREDIT.match(text, line)) or _known(LINE_DASH_CREDIT.match(text, line))
    return match if match is not None and match.end() >= len(before) else None


def _not_place(match: re.Match[str] | None) -> re.Match[str] | None:
    """"July 3, 2009 (KANO) — …": a bracket after a dateline that is only a date holds the
    dateline's town, not a wire, unless it names a known outlet."""
    if match is None or not DATE_ONLY.match(match.string, match.start()):
        return match
    return _known(match)


def _not_region(match: re.Match[str] | None) -> re.Match[str] | None:
    """"Bosaso (Somalia) – A bomber …", "Goma (North Kivu) — …": a bracket after a dateline's
    town that names a country or a province, and no outlet the pack knows, places the town;
    it credits no wire. So does a bracket naming a city ("(Nairobi) – …", as rights groups
    date their releases): a wire's name is no city of that size."""
    if match is None or any(outlet_info(p) is not None
                            for p in credit_parts(match.group("credit"))):
        return match
    credit = match.group("credit").strip()
    return None if any(_dateline_place(e) and bears_whole(e, credit)
                       for e, _ in candidates(credit, fuzzy_min_len=99)) else match


def _dateline_place(e: Entry) -> bool:
    """A country, a province, or a city big enough to date a story from (the `places` pack's
    `dateline_city_population`): the places a dateline's brackets hold instead of a wire."""
    return e.fcode.startswith(("PCL", "ADM1")) or (
        e.fclass == "P" and e.population >= weights().dateline_city_population)


def _known(match: re.Match[str] | None) -> re.Match[str] | None:
    """A bare credit whose every part names an outlet the pack knows."""
    if match is None:
        return None
    parts = credit_parts(match.group("credit"))
    return match if parts and all(outlet_info(p) is not None for p in parts) else None


def _medium(match: re.Match[str] | None) -> re.Match[str] | None:
    """A credit that is one name, an outlet the pack knows or a name with a media noun in it
    ("Nile News Agency")."""
    if match is None:
        return None
    credit = match.group("credit")
    words = {w.lower() for w in re.findall(r"[\w'’]+", credit)}
    return match if outlet_info(credit) is not None or words & cue_lexicon().media_nouns \
        else None


def _relays(credit: str, outlet: str) -> list[str]:
    """The wires a credit names, first to hear first: its parts ("PNA/Xinhua", "APP -
    UrduPoint / Pakistan Point News - 26th Aug, 2024") without the date and without the page's
    own names and co-brands."""
    parts = credit_parts(credit)
    return [p for p in reversed(parts) if not _is_outlet(p, outlet)
            and (not DATE_PART.search(p) or _wire_with_digits(p))]


def credit_parts(credit: str) -> list[str]:
    """The names of a credit, split at slashes and spaced hyphens ("MENAFN- UkrinForm")."""
    return [p.strip() for whole in re.split(r"\s*-\s+|\s+-\s*|/", credit)
            for p in _joined(whole) if p.strip()]


def _joined(credit: str) -> list[str]:
    """A credit part split where a hyphen joins two names: "AFP-Xinhua" is two wires, but
    "Zaman al-Wasl" and "Al-Masdar" are one name (a lowercase or two-letter particle before
    the hyphen is part of it, unless written in capitals as an acronym, "AP-AFP")."""
    parts, start = [], 0
    for match in JOINED_WIRES.finditer(credit):
        word = match.group()
        if len(word) >= 3 or word.isupper():
            parts.append(credit[start:match.end()])
            start = match.end() + 1
    return [*parts, credit[start:]]


def _wire_with_digits(part: str) -> bool:
    """A name with a digit that is no date ("France 24", "Channel 12"): kept."""
    return not re.search(r"\d{4}|\d(?:st|nd|rd|th)\b", part) \
        and bool(re.search(r"[A-Za-z]{3}", part))


def _is_outlet(credit: str, outlet: str) -> bool:
    """Whether a credit names the page's own outlet: its name, a word of it ("AFP" on
    "France 24 - AFP"), or its initials ("YPA" on Yemen Press Agency)."""
    words = re.findall(r"[\w'’]+", outlet.lower())
    initials = "".join(w[0] for w in words)
    credit = credit.lower()
    if credit in (outlet.lower(), initials) or credit in words:
        return True
    generic = cue_lexicon().outlet_generic_words
    compact = "".join(w for w in words if w not in generic)  # "UrduPoint News", "Pakistan
    # Point News" on UrduPoint: the page's own name and its co-brand
    own = [w for w in re.findall(r"[\w'’]+", credit) if w not in generic and len(w) >= 4]
    return bool(compact) and any(w in compact or compact in w for w in own)


def credit_end(text: str, pos: int) -> int | None:
    """Where the dateline credit ends when `pos` falls inside one ("NEWSROOM (ADV) – …"):
    the parser often makes the dateline the subject of the first sentence's verb."""
    para = text.rfind("\n", 0, pos) + 1
    match = _lower_known(CREDIT.match(text, para)) or MONTH_CREDIT.match(text, para) \
        or _known(DASH_CREDIT.match(text, para)) or _known(CAPS_CREDIT.match(text, para))
    return match.end() if match is not None and pos < match.end() else None
