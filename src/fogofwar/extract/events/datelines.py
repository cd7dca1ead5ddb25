"""Datelines inside a sentence ("KABUL, Afghanistan (Reuters) - Gunmen killed ..."): the
parser often makes the dateline's place or agency the subject, or a modifier of it, so the
argument finders look past the dash that ends it. A dash counts when it stands apart
(" - ", " \u2014 "), never inside a word ("Russian-backed").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TypeVar

from spacy.tokens import Token

from ...annotate.table import token_table
from ...records import Mention, Place
from ...resolve.place_roles import LOCATION
from ...resolve.toponym_words import toponym_words

T = TypeVar("T")
NOUNS = ("NOUN", "PROPN")
#: Dashes that end a dateline ("KABUL (Reuters) - ...").
DASHES = ("-", "--", "\u2013", "\u2014")


def past_dateline(subj: Token | None, verb: Token) -> Token | None:
    """The subject after a dateline the parser took for it ("KANO, Nigeria (Reuters) -
    Gunmen killed": Gunmen): the first phrase head after the last dash before the verb, in
    the subject's phrase or a subject of its own."""
    if subj is None or subj.i > verb.i:
        return subj
    dashes = [t.i for t in verb.doc[subj.i:verb.i] if spaced_dash(t)]
    if not dashes:
        return subj
    after = [t for t in subj.subtree if dashes[-1] < t.i < verb.i and t.pos_ in NOUNS
             and not (dashes[-1] < t.head.i < verb.i)]
    # or a second subject the parser hung from the verb past the dash ("PORT-AU-PRINCE,
    # Haiti — Gunmen invaded": the dateline's town and "Gunmen" both subjects)
    after = after or [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                      and dashes[-1] < c.i < verb.i]
    return after[0] if after else subj


def after_dateline(head: Token) -> bool:
    """A common noun capitalised as the first word after a dateline's dash ("Haiti —
    Gunmen invaded"), which the model may read as a name or a place."""
    return head.pos_ == "PROPN" and head.is_title and head.i > 0 and spaced_dash(
        head.doc[head.i - 1])


def spaced_dash(tok: Token) -> bool:
    """A dash standing apart (" - ", " — "), as after a dateline; not "Russian-backed"."""
    return tok.text in DASHES and bool(tok.whitespace_) and tok.i > 0 and bool(
        tok.doc[tok.i - 1].whitespace_)


def dash_between(found: Mention, head: Token) -> bool:
    """A dash between a mention and the head after it: the mention is in a dateline."""
    if found.end > head.idx:
        return False
    # the tokens between, by their offsets in the doc's token table (in text order), and the
    # dash test on its columns: a walk over every Token of the doc per mention before
    table = token_table(head.doc)
    text, space = table.text, table.whitespace
    return any(text[i] in DASHES and space[i] and i > 0 and space[i - 1]
               for i in range(bisect_left(table.idx, found.end),
                              bisect_left(table.idx, head.idx)))


def in_dateline(start: int, end: int, tok: Token) -> bool:
    """Whether a span ending before the trigger is cut off from it by a dateline's dash:
    "MANILA, Philippines (AP) -- Abu Sayyaf extremists killed": the filing place, not
    where it happened."""
    return end <= tok.idx and any(spaced_dash(t) for t in tok.sent if end <= t.idx < tok.idx)


#: A dateline at the head of a paragraph: a short run without a full stop (but the one of a
#: month cut short before its day, "DAMASCUS, Jan. 8 (Xinhua) -- ..."), then a dash; or
#: a town in capitals and a day, then a wire's credit between slashes ("MOSCOW, May 3. /TASS/.").
_HEAD = re.compile(r"(?:[^.\n]|\.(?=\s\d)){0,80}?\s(?:-|--|\u2013|\u2014)\s"
                   r"|[A-Z][A-Z'\u2019.\- ]*[A-Z],[^.\n]{1,40}\.\s*/[^/\n]{1,30}/\.?\s")


def opens_dateline(start: int, text: str) -> bool:
    """Whether a place at `start` sits in the dateline opening its paragraph ("MANILA,
    Philippines (AP) -- ...", "MOSCOW, May 3. /TASS/. ..."), where it names the filing
    place: no event inherits it."""
    para = text.rfind("\n", 0, start) + 1
    head = _HEAD.match(text, para)
    return head is not None and start < head.end() and start - para < 40


#: A paragraph's opening dateline in capitals, ended by a colon or a dash, spaced or not:
#: "SANAA, June 19: ...", "RAFAH, May 27 (BBC): ...", "MOGADISHU (Somaliguardian) –At ...".
_FILED = re.compile(r"[A-Z][A-Z'\u2019.\- ]+[A-Z](?:,[^:\n()\u2013\u2014]{1,40}?)?"
                    r"(?:\s*\([^)\n]{1,40}\))?\s*(?::|--?|\u2013|\u2014)")


def filed_at(found: Mention, tok: Token) -> bool:
    """Whether a mention sits in the capitalised dateline opening its paragraph ("SANAA, June
    19: Eleven people ... were killed", "MOGADISHU (Somaliguardian) –At least 8 people"):
    the filing town or the outlet that filed, never what the act struck."""
    text = tok.doc.text
    para = text.rfind("\n", 0, found.start) + 1
    head = _FILED.match(text, para)
    return head is not None and found.end <= head.end() and found.end <= tok.idx


#: A paragraph's opening dateline in title case or capitals ended by a colon: "New Delhi: At
#: least 20 soldiers ...", "Islamabad, Pakistan (AP): ...". One to four capitalised words,
#: a country after a comma, an agency in brackets, the colon spaced or not ("Lima : ..."); or
#: with the day after a comma ("KANO, Mar 6: ...", "Damascus, Aug 8 : ..."), ended by a colon,
#: a spaced dash or, after an agency in brackets, by nothing ("Islamabad, Aug 31 (Xinhua)
#: Fifteen militants ..."). A story filed from both sides' capitals joins the two by a slash
#: ("Kabul/Islamabad, Mar 3 : ...").
_ONE = r"(?:[A-Z][\w'\u2019.\-]*\s){0,3}[A-Z][\w'\u2019.\-]*"
_NAME = rf"{_ONE}(?:\s?/\s?{_ONE})?"
_AGENCY = r"\s?\([^)\n]{1,40}\)"
_TITLED = re.compile(
    rf"\s*{_NAME}(?:,\s(?:[A-Z][\w'\u2019.\-]*\s?){{1,3}})?(?:{_AGENCY})?\s?:\s"
    rf"|\s*{_NAME},\s[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}}"
    rf"(?:{_AGENCY}(?:\s?(?::|--?|\u2013|\u2014))?|\s?(?::|--?|\u2013|\u2014))\s")


def headed_at(start: int, end: int, text: str) -> bool:
    """Whether a place at start..end sits in the colon-ended dateline opening its paragraph
    ("New Delhi: At least 20 Indian soldiers were killed in ... Galwan valley"): the town
    the news was filed from."""
    para = text.rfind("\n", 0, start) + 1
    head = _TITLED.match(text, para)
    return head is not None and end <= head.end() - 2


def past_filing_place(items: list[T], text: str) -> list[T]:
    """The places of a statement less those of its colon-ended dateline, when the statement
    names another place finer than a country, or places it in a country as a location that
    is not the dateline's ("LIBREVILLE: ... killed in clashes in the Central African
    Republic") or in a part of the dateline's own ("KANO, Mar 6: Gunmen killed 16 people in a
    village in northwestern Nigeria"): the capital a report was filed from is where the news
    came in, the valley, village or region it names is where it happened, a village no
    gazetteer holds too when a locative word leads it ("in Tell Gharbiyah"). A dateline that is
    the statement's only place stays (a strike on the capital, reported from it), and so does
    one the statement names again ("RAFAH, May 27: ... a camp in Rafah's west")."""
    filed = [x for x in items if isinstance(x, Place) and (
        headed_at(x.start, x.end, text) or is_dateline(x, text))]
    if not filed:
        return items
    rest = [x for x in items if x not in filed]
    towns = {f.geonames_id for f in filed if isinstance(f, Place) and f.geonames_id is not None}
    if any(isinstance(x, Place) and x.geonames_id in towns for x in rest):
        return items
    if any(isinstance(x, Place) and (x.precision not in (None, "country") or _region_of_country(
            x, {f.country for f in filed if isinstance(f, Place)}, text) or _located_unknown(
            x, text)) for x in rest):
        return rest
    return items


def _located_unknown(place: Place, text: str) -> bool:
    """A place no gazetteer holds that the statement names as where something happened, after
    a locative word ("BAGHDAD: Gunmen shot dead 12 men in Tell Gharbiyah"): a village the
    filing town's news is about, not the town."""
    if place.geonames_id is not None or place.precision is not None or place.role != LOCATION:
        return False
    before = text[max(0, place.start - 30):place.start].split()
    return bool(before) and before[-1] in toponym_words().before


def _region_of_country(place: Place, filed: set[str | None], text: str) -> bool:
    """A country named as where something happened, either not the dateline's country
    (`filed`) or led by a compass word ("in northern Mozambique", "north-east Nigeria")."""
    if place.role != LOCATION or place.precision != "country" or not place.country:
        return False
    before = text[max(0, place.start - 30):place.start].split()
    word = before[-1].casefold().replace("-", "") if before else ""
    return place.country not in filed or word in toponym_words().compass_words


def is_dateline(place: Place, text: str) -> bool:
    """Whether a place is the dateline opening its paragraph, in any of the forms above:
    "BANGKOK: ...", "SANAA, June 19: ...", "MANILA (AP) -- ...", "New Delhi: ..."."""
    para = text.rfind("\n", 0, place.start) + 1
    if text[para:place.start].strip():
        return False
    head = _FILED.match(text, para)
    return (head is not None and place.end <= head.end()) or opens_dateline(
        place.start, text) or headed_at(place.start, place.end, text)


def filed_abroad(places: Sequence[Place], text: str) -> list[Place]:
    """The dateline places of a story filed from a bureau abroad ("BANGKOK: Myanmar military
    air strikes on a concert ... killed 50" and then only Myanmar's towns and state): the
    dateline's country is named nowhere else on the page, in any role, while a place finer
    than a country in another country is named as a location. Such a dateline is where the
    wire sits, never where the story happened, even when a sentence names no other place. A
    story naming the dateline's country again ("KYIV: ... Ukrainian officials said") keeps
    it: a strike on the capital, filed from it."""
    filed = [p for p in places if p.country and is_dateline(p, text)]
    rest = [p for p in places if p not in filed]
    return [p for p in filed
            if not any(o.country == p.country for o in rest)
            and any(o.role == "location" and o.country and o.precision not in (None, "country")
                    for o in rest)]

