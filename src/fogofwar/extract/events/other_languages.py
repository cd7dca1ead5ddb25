"""Events in sentences written in French or Spanish, found by word patterns.

The parser is English: on "Des gendarmes ont tiré sur des tirailleurs" or "los militares
dispararon contra los manifestantes" it builds no clause a trigger, an actor or a target can be
read from, and the English triggers it does find there are accidents of spelling ("Sin
embargo" read as a SANCTION). A statement the claims pass reads as French or Spanish
(`reads_other_language`) takes its triggers from the events pack's `other_languages` forms
instead, its doer and its victims from the words around the trigger ("tués par X", "X ont
tiré", "contra X"), and its place only from a place a preposition of place opens ("au
Sénégal", "en Colombia"). English statements never read as French or Spanish, so their
events are as they were.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span

from ...packs import load_pack, require
from ...records import Mention, Place
from ...resolve.places import resolve_spans
from ..claims.other_languages import (
    named_span,
    other_languages,
    reads_other_language,
    spaced_alternation,
)
from .triggers import Trigger

#: a word (letters, apostrophes and hyphens inside) or a number
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d+)*")
#: what ends the words an act's doer or victims may be read from: a sentence's or a
#: quotation's mark (a comma may part a list of places before "en contra de")
_END = re.compile(r"[;:!?«»\"“”()\[\]\n]|\.(?!\d)")
#: a clause's mark: a doer before the verb is read back to it
_CLAUSE = re.compile(r"[;:!?«»\"“”()\[\]\n]|[,.](?!\d)")
#: how far past the trigger a doer's or a victim's preposition may stand
_REACH = 80
#: an elided article, preposition or pronoun glued to a word ("l'attaque", "qu’un")
_ELIDED = re.compile(r"^(?:l|d|qu|j|n|s|c)['’](?=\w)")
#: a name: capitalised words, joined by "de"/"del"/"la" ("Sénégal", "Côte d'Ivoire",
#: "San José del Guaviare")
_CAPITALISED = re.compile(r"(?<![\w'’-])[^\W\d_](?<![a-zà-ÿ])[\w'’-]*"
                          r"(?:\s+(?:(?:de|del|la|las|los)\s+|d['’])?[^\W\d_](?<![a-zà-ÿ])[\w'’-]*)*")
#: how many lower-case words may stand between a preposition of place and its place
_BETWEEN = 4
#: the auxiliaries of a passive between victims and participle ("ont été tués", "fueron
#: asesinados")
_PASSIVE_AUX = frozenset({"été", "ont", "a", "sont", "est", "furent", "fut", "avaient",
                          "sido", "han", "ha", "fueron", "fue", "habían", "son"})


@dataclass(frozen=True)
class EventPatterns:
    types: dict[str, str]  # written form -> PLOVER type
    verbs: frozenset[str]  # the forms that are verbs (the rest are nouns)
    agent: re.Pattern[str]  # "par X", "por parte de X"
    target: re.Pattern[str]  # "contre X", "en contra de X"
    passive: frozenset[str]  # participles whose victims precede them
    auxiliaries: frozenset[str]
    place_preps: tuple[tuple[str, ...], ...]  # each preposition of place, as its words
    stops: frozenset[str]
    nobody: frozenset[str]
    definite: frozenset[str]
    max_words: int


@cache
def event_patterns() -> EventPatterns:
    """The events pack's `other_languages` section, as patterns."""
    sec = require(load_pack("events"), "events", "other_languages", dict)

    def words(key: str) -> list[str]:
        return [str(w).lower() for w in require(sec, "events.other_languages", key, list)]

    types = require(sec, "events.other_languages", "types", dict)
    forms = {(str(f).lower(), str(kind), part) for kind, entry in types.items()
             for part in ("verbs", "nouns")
             for f in require(entry, f"events.other_languages.types.{kind}", part, list)}
    return EventPatterns(
        types={f: kind for f, kind, _ in forms},
        verbs=frozenset(f for f, _, part in forms if part == "verbs"),
        agent=re.compile(rf"(?<![\w'’])(?:{spaced_alternation(words('agent_preps'))})\s+", re.I),
        target=re.compile(rf"(?<![\w'’])(?:{spaced_alternation(words('target_preps'))})\s+", re.I),
        passive=frozenset(words("passive_forms")),
        auxiliaries=frozenset(words("auxiliaries")),
        place_preps=tuple(tuple(p.split()) for p in words("place_preps")),
        stops=frozenset(words("stops")),
        nobody=frozenset(words("nobody")),
        definite=frozenset(words("definite")),
        max_words=int(require(sec, "events.other_languages", "max_words", int)),
    )


def other_language_triggers(span: Span) -> list[Trigger] | None:
    """The triggers of a French or Spanish statement by the pack's written forms, in text
    order; None when the statement is not such (the English triggers then apply)."""
    if not reads_other_language(span.text):
        return None
    types = event_patterns().types
    return [Trigger(tok, types[form], tok.text) for tok in span
            if (form := written_form(tok.lower_)) in types]


def written_form(word: str) -> str:
    """A word less an elided article or preposition the English tokenizer leaves on it
    ("l'attaque", "d’affrontements"): the form the pack lists."""
    return _ELIDED.sub("", word, count=1)


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))


def _phrase_after(text: str, start: int) -> tuple[int, int] | None:
    """The words from `start` up to a function word of the pack's `stops`, a clause's mark
    or the pack's `max_words`: "les autorités coloniales il y a 80 ans" is "les autorités
    coloniales". A pronoun names nobody."""
    pats, lex = event_patterns(), other_languages()
    stop = _CLAUSE.search(text, start)
    found = []
    for w in _words(text, start, stop.start() if stop else len(text)):
        low = w.group().lower()
        if found and (low in pats.stops or w.group().isdigit()):
            break
        found.append(w)
        if len(found) >= pats.max_words:
            break
    if not found or found[0].group().lower() in lex.pronouns | pats.stops:
        return None
    return found[0].start(), found[-1].end()


def _after(pattern: re.Pattern[str], text: str, end: int) -> tuple[int, int] | None:
    """The phrase a preposition opens within `_REACH` characters after a trigger's end,
    inside its sentence."""
    stop = _END.search(text, end)
    limit = min(end + _REACH, stop.start() if stop else len(text))
    m = pattern.search(text, end, limit)
    return _phrase_after(text, m.end()) if m else None


def _victims_before(text: str, start: int) -> tuple[int, int] | None:
    """Who a passive participle tells of, just before it ("des tirailleurs tués", "12
    soldats ont été tués"): up to three words back, past the passive's auxiliaries, to a
    function word or a clause's mark."""
    pats = event_patterns()
    clause = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
    words = _words(text, clause, start)
    while words and words[-1].group().lower() in _PASSIVE_AUX:
        words.pop()
    taken: list[re.Match[str]] = []
    for w in reversed(words):
        low = w.group().lower()
        if low in pats.stops or low in other_languages().pronouns or len(taken) == 3:
            break
        taken.insert(0, w)
        if low in other_languages().determiners:
            break
    return (taken[0].start(), taken[-1].end()) if taken else None


def _doer_before(text: str, start: int) -> tuple[int, int] | None:
    """Who did an act told by an active verb: the words before it, past an auxiliary, back
    to a clause's mark or a function word ("… quand des gendarmes français ont tiré", "los
    militares dispararon"), as a speaker is read."""
    pats = event_patterns()
    clause = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
    words = _words(text, clause, start)
    if words and words[-1].group().lower() in pats.auxiliaries:
        words.pop()
    for i in range(len(words) - 1, -1, -1):
        if words[i].group().lower() in pats.stops:  # "… quand des gendarmes ont tiré"
            words = words[i + 1:]
            break
    nobody = other_languages().pronouns | pats.nobody
    if not words or any(w.group().lower() in nobody for w in words):
        return None  # "Nadie sabe quiénes dispararon": no one named
    return named_span(text, words[0].start(), words[-1].end(), first=True)


def _mention(text: str, found: tuple[int, int] | None,
             mentions: Sequence[Mention]) -> Mention | None:
    """The page's mention of a known actor inside the words found, else the words themselves
    (a phrase of no class, as an English event's unclassed target is kept)."""
    if found is None:
        return None
    start, end = found
    known = [m for m in mentions if start <= m.start and m.end <= end
             and (m.actor_id or m.actor_class)]
    if known:
        return max(known, key=lambda m: m.end - m.start)
    return Mention(text=text[start:end], start=start, end=end)


def other_language_arguments(trig: Trigger, mentions: Sequence[Mention]
                             ) -> tuple[Mention | None, Mention | None]:
    """Actor and target of a French or Spanish trigger by the words around it: a doer after
    "par"/"por" or (an active verb's) before it, victims before a passive participle, after
    "contre"/"contra", or (an active verb's) after it."""
    pats = event_patterns()
    tok = trig.token
    text, start, end = tok.doc.text, tok.idx, tok.idx + len(tok.text)
    low = written_form(tok.lower_)
    actor = _after(pats.agent, text, end)
    target = _after(pats.target, text, end)
    if low in pats.passive:
        target = target or _victims_before(text, start)
    elif low in pats.verbs:
        actor = actor or _doer_before(text, start)
        if target is None and _opens_object(text, end):
            target = _phrase_after(text, end + 1)
    return _mention(text, actor, mentions), _mention(text, target, mentions)


def _opens_object(text: str, end: int) -> bool:
    """A verb's object follows it: the next word is a determiner or a count ("ont tué 12
    soldats", "mataron a los"), not a preposition or a clause's mark."""
    nxt = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    return nxt is not None and (nxt.group().isdigit()
                                or nxt.group().lower() in other_languages().determiners)


def opened_place(text: str, place: Place) -> bool:
    """A place a preposition of place opens in its clause, straight or through a few
    lower-case words ("au Sénégal", "dans la région de Mopti", "au camp de Thiaroye"), so an
    act told in the same sentence may be at it."""
    clause = max((m.end() for m in _END.finditer(text, 0, place.start)), default=0)
    words = [w.group() for w in _words(text, clause, place.start)]
    for back in range(_BETWEEN + 1):
        between = words[len(words) - back:] if back else []
        if any(not w.islower() for w in between):
            return False
        head = [w.lower() for w in words[:len(words) - back]]
        if any(tuple(head[len(head) - len(p):]) == p for p in event_patterns().place_preps
               if len(head) >= len(p)):
            return True
    return False


def told_before(trig: Trigger) -> bool:
    """A noun trigger behind a definite determiner ("le massacre", "la represión", "ce
    bombardement"): the act told again, as "the attack" is (`generic.refers_back`), which a
    page's earlier telling of it stands for when it adds nothing."""
    tok = trig.token
    if written_form(tok.lower_) in event_patterns().verbs:
        return False
    if tok.lower_[:2] in ("l'", "l’"):  # "l'attaque"
        return True
    text = tok.doc.text
    if text[tok.idx - 2:tok.idx].lower() in ("l'", "l’"):
        return True
    before = _words(text, max(0, tok.idx - 12), tok.idx)
    return bool(before) and before[-1].group().lower() in event_patterns().definite


def opened_places(doc: Doc, places: Sequence[Place], location: str) -> list[Place]:
    """The places the English role reader took for a party or an association ("au
    Sénégal", read as the country that acts) that a French or Spanish sentence opens with a
    preposition of place: there they are where something happened, as `location`."""
    text = doc.text
    found = []
    for p in places:
        if p.role == location or p.geonames_id is None:
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None and reads_other_language(span.sent.text) and opened_place(text, p):
            found.append(replace(p, role=location))
    return found


def preposition_spans(doc: Doc, places: Sequence[Place]) -> list[Span]:
    """The capitalised words a preposition of place opens in a French or Spanish sentence
    ("en 1944 au Sénégal", "dans la ville de Kayes") that the English toponym reader left
    unread (it tags few names in these languages): spans for the gazetteer to resolve."""
    text = doc.text
    taken = [(p.start, p.end) for p in places]
    spans = []
    for sent in doc.sents:
        if not reads_other_language(sent.text):
            continue
        for m in _CAPITALISED.finditer(text, sent.start_char, sent.end_char):
            start, end = m.start(), m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            place = Place(m.group(), start, end)
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and opened_place(text, place):
                spans.append(span)
    return spans



def other_language_places(doc: Doc, places: Sequence[Place], location: str) -> list[Place]:
    """Where French or Spanish sentences say something happened, beside the English reader's
    locations: the places it gave another role that a preposition of place opens
    (`opened_places`) and the names such a preposition opens that it did not read at all
    (`preposition_spans`), those the gazetteer knows."""
    found = [p for p in resolve_spans(doc, preposition_spans(doc, places))
             if p.geonames_id is not None]
    return [*opened_places(doc, places, location), *found]
