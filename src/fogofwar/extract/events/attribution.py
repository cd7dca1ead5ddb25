"""Places that belong to a claim's source, not to what the claim reports.

"... killed 52 people, according to President Zelenskyy and other top officials in Kyiv",
"the London-based monitor said", "he told AFP in Libreville by phone": a national capital (the
government's seat) or an "X-based" place in the source phrase, or right after it ("in X"),
says where the speaker sits, not where the strike fell. Such a place is kept out of the event's
own arguments; the event takes the place its sentence or paragraph narrates instead, and the
speaker's place only when the text gives it no other and the page names the seat's country
elsewhere (`seats_at_home`; extractor.py). A regional official's area
("Odesa's military spokesperson", "the governor of Kharkiv region") stays: it is the
jurisdiction the official speaks for, where the event most likely fell.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from spacy.tokens import Doc

from ...records import Claim, Place
from ...resolve.gazetteer import iso3
from ...words import alternation
from ..lexicon import cue_lexicon

#: A place written as a speaker's base: "London-based", "Kyiv-based".
_BASED = re.compile(r"\s*-\s*based\b", re.I)
#: GeoNames feature code of a country's capital, the seat of its government.
CAPITAL = "PPLC"


#: Participles that say where a body sits ("an affiliate based in Mali", "troops stationed in
#: Niger"), not what it does there ("the coalition fighting the rebels in Yemen").
_SEATED = frozenset({"base", "station", "headquarter", "exile", "locate"})
#: "in" right before a place: "the government-in-exile in India", "rights groups in Britain".
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$", re.I)


def _seat(place: Place, text: str, doc: Doc | None = None) -> bool:
    """Whether a place in a source phrase names where the speaker sits: the capital, a base
    ("X-based"), or a country the source is "in" ("the exiled government in India said",
    "activists in Turkey said"): a country is where the group sits, not the area it speaks
    for, as a province or town is ("police in Kherson said"). With the parse, the "in" must
    hang from the source's noun phrase, through nouns or a participle of where one sits
    (`_SEATED`: "an affiliate based in Mali"): in "the coalition fighting the rebels in
    Yemen said" it is where the fighting is."""
    if place.feature_code == CAPITAL or _BASED.match(text, place.end):
        return True
    if place.precision != "country" or not _IN_BEFORE.search(
            text[max(0, place.start - 12):place.start]):
        return False
    span = doc.char_span(place.start, place.end, alignment_mode="expand") if doc else None
    if span is None:
        return doc is None
    tok = span.root.head
    if tok.lower_ != "in":
        return False
    # compare token indices: spaCy makes a new Token object on every access, so an identity
    # test never sees the root as its own head and the walk would never end there
    while tok.head.i != tok.i and tok.dep_ not in ("nsubj", "nsubjpass", "pobj", "appos"):
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() not in _SEATED:
            return False
    return True


def attribution_places(places: Sequence[Place], claims: Sequence[Claim], text: str,
                       headline: bool = False, doc: Doc | None = None) -> list[Place]:
    """The speakers' seats (`_seat`) lying inside a claim's source phrase (cue and source
    span) of this text; headline claims count only for the headline, body claims only for
    the body."""
    spans = []
    for c in claims:
        if c.in_title != headline or c.source is None:
            continue
        lo = min(c.source.start, c.cue_start if c.cue_start is not None else c.source.start)
        hi = max(c.source.end, c.cue_end if c.cue_end is not None else c.source.end)
        here = [r for r in c.relays  # a relay written elsewhere (carried from "told TASS" in
                if min(lo, c.start) <= r.start and r.end <= max(hi, c.end)]  # an earlier line)
        lo = min([lo, *(r.start for r in here)])  # "IRNA quoted X": the relay is written first
        hi = max([hi, *(r.end for r in here)])
        spans.append((lo, hi))
    return [p for p in places if _seat(p, text, doc)
            and any(lo <= p.start and p.end <= hi or _said_in(text, hi, p) for lo, hi in spans)]


@cache
def _said_in_pattern() -> re.Pattern[str]:
    """What joins a source phrase to the place it was said in: "told AFP in Libreville" (the
    relay's name between, capitalised), "said from Kyiv", and the channel it went by between
    ("told AFP by phone from Libreville", "said in a telephone interview from Juba": a noun
    of the cues pack's `interview_nouns` or `calling_verbs`, after one of a few words)."""
    lex = cue_lexicon()
    channels = alternation(sorted(lex.interview_nouns | lex.calling_verbs))
    return re.compile(r"\s+(?:(?:the\s+)?[A-Z][\w.&-]*\s+){0,3}"
                      rf"(?:(?:by|via|over|on|in)\s+(?:the\s+|an?\s+)?(?:\w+\s+)?"
                      rf"(?:{channels})s?\s+)?(?:in|from)\s+(?:the\s+)?")


def _said_in(text: str, end: int, place: Place) -> bool:
    """The place follows the source phrase ending at `end` as where it was said ("Atonfack
    told AFP in Libreville by phone", "told AFP by phone from Libreville")."""
    m = _said_in_pattern().match(text, end)
    return m is not None and m.end() == place.start


def seats_at_home(seats: Sequence[Place], places: Sequence[Place],
                  actor_countries: Iterable[str | None] = ()) -> list[Place]:
    """The speakers' seats that may stand in for an event's place: those in a country another
    place of the page lies in ("the Northwest Region") or an actor it names is of ("Cameroon's
    army", "Azerbaijan's defence ministry"), or all when the page names no other place (the
    seat is all it says). A seat abroad ("the colonel told AFP in Libreville by phone", on a
    page all about Cameroon) is where the wire reached the speaker, no hint of where the event
    fell (round place29b: of 17 dev events placed at a seat, 4 agree with the gold's place,
    all at home; the one abroad did not)."""
    # a gazetteer place's country is written in two letters, an actor's state in three
    located = {iso3(p.country) for p in places if p not in seats and p.country}
    if not located:
        return list(seats)
    others = located | {iso3(c) for c in actor_countries if c}
    return [s for s in seats if iso3(s.country) in others]
