"""Which spans of a doc name places, and what their words say about the kind of place.

Separate from ranking because finding a toponym ("is this a place at all?") and choosing its
reading ("which Idlib?") fail in different ways and are measured separately (recognition vs
resolution in bench/geoparse.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..annotate.packdata import actor_packs
from ..annotate.pipeline import doc_ents
from ..annotate.table import token_table
from ..records import Mention
from . import gazetteer
from .ranking import kind_words
from .regions import feature
from .toponym_context import (
    abbreviations_after_towns,
    context_toponyms,
    famous_place,
    furniture,
    not_a_place,
    town_at_home,
    well_known_entries,
    worded_as_place,
)
from .toponym_persons import not_a_named_place, person_words
from .toponym_things import named_thing
from .toponym_words import toponym_words, trailing_kind_phrase

PLACE_LABELS = {"GPE", "LOC", "FAC"}
CONTEXT_BEFORE, CONTEXT_AFTER = 3, 2


def context_code(span: Span) -> str | None:
    """The feature code that words just before or after the name ask for, if any. A kind word
    right after the name binds tightest ("a city in Zhejiang province" asks for the province);
    one that belongs to another name does not count: capitalised before the name ("Sioux
    City, Iowa") unless "of" follows it ("the City of Turkey"), or followed by "of" after it
    ("the Hunan city of Yueyang": Hunan holds the city, it is not one); nor does one before a
    preposition of place before the name ("a village in Mozambique", "a town near Mosul": the
    kind is the unnamed place's, the name is where it lies; "the city of Aleppo" still asks)."""
    words = kind_words()
    doc = span.doc
    phrase = _phrase_code(span, words)
    if phrase:
        return phrase
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    after = [t for t in doc[span.end:min(sent.end, span.end + CONTEXT_AFTER)]
             if not _followed_by_of(t)]
    before = [t for t in doc[max(sent.start, span.start - CONTEXT_BEFORE):span.start]
              if t.is_lower or _followed_by_of(t)]
    cut = [k for k, t in enumerate(before) if t.pos_ == "ADP" and t.lower_ != "of"]
    if cut:
        before = before[cut[-1] + 1:]
    adjacent = after[:1] if after and after[0].i == span.end else []
    window = adjacent + before + after + list(span)
    return next((words[t.lower_] for t in window if t.lower_ in words), None)


def _phrase_code(span: Span, words: dict[str, str]) -> str | None:
    """The feature code of a kind phrase of several words ending the name or right after it
    ("Igabi Local Government Area", "Numan local government area": ADM2): it binds tightest."""
    inside = [t.lower_ for t in span]
    after = [t.lower_ for t in span.doc[span.end:span.end + 3]]
    for n in (3, 2):
        for tail in ((" ".join(inside[-n:]) if len(inside) > n else ""), " ".join(after[:n])):
            if tail in words:
                return words[tail]
    return None


def _followed_by_of(tok: Token) -> bool:
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"


def core_name(span: Span) -> str:
    """The name without a leading article, possessive or trailing kind word or phrase ("Idlib
    province", "Turkey's", "Bungudu Local Government Area")."""
    words = kind_words()
    toks = [t for t in span if t.lower_ != "the"]
    while toks and toks[-1].lower_ in ("'s", "’s", "'", "’"):
        toks.pop()
    del toks[len(toks) - trailing_kind_phrase([t.lower_ for t in toks], toponym_words()):]
    while len(toks) > 1 and toks[-1].lower_ in words:
        toks.pop()
    return span.doc[toks[0].i:toks[-1].i + 1].text if toks else span.text


#: Labels the model gives well-known towns it does not know as places ("Kramatorsk" and
#: "Kursk" as products, "Kisangani" and "Mombasa" as nationalities, cities as persons).
MISREAD_LABELS = ("PERSON", "ORG", "PRODUCT", "NORP", "WORK_OF_ART", "EVENT")


def find_toponyms(doc: Doc, actors: Sequence[Mention] = ()) -> list[Span]:
    """Place-labelled ents not used as actors, plus unlabelled-as-place ents that exactly name
    a place in the conflict's focus countries ("Khan Sheikhoun" tagged PERSON by spaCy).

    Demonyms are not places here: "Turkish troops" says who, not where."""
    packs = actor_packs()
    # an unknown actor with no country may be a place the model mis-tagged ("Edmonton")
    taken = {(m.start, m.end) for m in actors if m.actor_id or m.country}
    states = [(m.start, m.end) for m in actors if m.country]
    spans, misread = [], []
    for ent in doc_ents(doc):
        if (ent.start_char, ent.end_char) in taken or ent.text in packs.demonyms or any(
                s <= ent.start_char and ent.end_char <= e for s, e in states):
            continue
        if uncapitalised(ent.text):
            continue
        if ent.label_ in PLACE_LABELS:
            actor = packs.actors.get(ent.ent_id_)
            if not not_a_place(ent) and (actor is None or actor.kind == "GPE"):
                # a news agency the ruler tagged ("SANA") is no place
                spans.extend(possessive_parts(ent))
        elif ent.label_ in MISREAD_LABELS and not ent.ent_id_:
            misread.append(ent)
    spans += [e for e in misread if famous_place(e) or gazetteer.exact_in(
        e.text, packs.focus_countries)]
    spans.sort(key=lambda s: s.start)
    named = {(m.start, m.end) for m in actors if m.actor_id}
    spans = spans + _listed_with(spans, named)
    spans = spans + context_toponyms(doc, _covered(doc, spans, actors), {s.start for s in spans})
    spans = spans + _misread_at_home(spans, misread, actors)
    spans = joined_leads(doc, abbreviations_after_towns(doc, spans))
    spans = joined_halves(doc, spans)
    spans = joined_particles(doc, spans)
    persons = person_words(doc, spans)  # "Nina Kozyr" ... "his wife Nina": not Neenah
    # page furniture and credits, whichever path found them ("(XINHUA)" after a dateline),
    # and makes, media, days and outlets ("Katyusha rockets", "Palm Sunday")
    lone = toponym_words().lone_articles
    return sorted((s for s in spans if not not_a_named_place(s, persons)
                   and not furniture(s) and not named_thing(s) and s.text not in lone),
                  key=lambda s: s.start)


_POSSESSIVES = frozenset({"'s", "’s"})


def uncapitalised(text: str) -> bool:
    """Words with no capital letter at all: the English model reading Spanish or French prose
    tags function words as places or peoples ("la", "han", "sobre", "el monte"), which then
    resolve to namesakes (Louisiana, a Syrian hamlet); a toponym a page means is written with a
    capital, even in a slug or hashtag's company ("the Gaza Strip", "eSwatini")."""
    return not any(ch.isupper() for ch in text)


def possessive_parts(ent: Span) -> list[Span]:
    """A place name the model read across a possessive as one ("Assam’s Tinsukia", "Douala’s
    Wouri": it does so with a curly apostrophe where it splits "Assam's Tinsukia") is two
    names: the owner and the place it holds, each with the entity's label. The owner must
    be a name the gazetteer has, and no saint's: "St Edmund’s Catholic Primary School" is one
    school's name."""
    doc = ent.doc
    cut = next((t.i for t in ent[1:-1] if t.lower_ in _POSSESSIVES), None)
    if cut is None or ent[0].lower_.rstrip(".") in toponym_words().saint_words \
            or not gazetteer.candidates(core_name(doc[ent.start:cut]), fuzzy_min_len=99):
        return [ent]
    return [Span(doc, ent.start, cut, label=ent.label_),
            Span(doc, cut + 1, ent.end, label=ent.label_)]


def _misread_at_home(spans: list[Span], misread: Sequence[Span],
                     actors: Sequence[Mention]) -> list[Span]:
    """Misread names no other path took that are worded as places and name a place exactly in
    a country the story names (see `story_countries`), or that are, as written, the name of a
    sizeable town there (`town_at_home`)."""
    home = story_countries(spans, actors)
    covered = {i for s in spans for i in range(s.start, s.end)}
    return [e for e in misread if covered.isdisjoint(range(e.start, e.end))
            and (worded_as_place(e) and gazetteer.exact_in(e.text, home)
                 or town_at_home(e, home))]


def story_countries(spans: Sequence[Span], actors: Sequence[Mention] = ()) -> frozenset[str]:
    """Countries (ISO2) the document names outright: a place-tagged name that is exactly a
    country or one of its first-level areas ("Borno State", "Ukraine"), or an actor's country
    ("Ukrainian troops", "Russia said"). A name the model misread as a person or organisation,
    worded as a place ("attacked Gamboru town", "26 km from Bakhmut"), that is exactly a place
    in one of them is that place: the story goes there. Without such words a person's name
    that a village shares ("Tymoshenko said") stays a person."""
    out = {e.country for s in spans for e in well_known_entries(s, own_name=True)
           if e.fcode in ("PCLI", "ADM1") and e.country}
    out.update(filter(None, (gazetteer.iso2(m.country) for m in actors)))
    return frozenset(out)


def _covered(doc: Doc, spans: Sequence[Span], actors: Sequence[Mention]) -> set[int]:
    """Token indices already taken by a toponym, an actor mention, an entity tagged with a pack
    actor, or a demonym."""
    out = {i for s in spans for i in range(s.start, s.end)}
    for m in actors:
        if not (m.actor_id or m.country):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    demonyms = actor_packs().demonyms
    out.update(i for i, text in enumerate(token_table(doc).text) if text in demonyms)
    return out


LIST_DEPS = {"conj", "appos"}


def _name_around(tok) -> Span:
    """The proper name a token heads: its compound words before, a number after ("Rashideen 4")."""
    start = min([tok.i] + [c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
    end = max([tok.i] + [c.i for c in tok.rights if c.dep_ == "nummod" and c.i == tok.i + 1])
    return tok.doc[start:end + 1]


def _listed_with(spans: list[Span], taken: set[tuple[int, int]]) -> list[Span]:
    """Proper names coordinated with a place ("in Khan Sheikhoun, Habibat, Ahrash, Abidin and
    Kafr Nabeel"): a list that names places names places throughout, even where the model
    tagged a village as a person or nothing. Pack actors and demonyms are never added; an
    unknown "person" the model saw there is a village (the pipeline drops that mention)."""
    packs = actor_packs()
    covered = {i for s in spans for i in range(s.start, s.end)}
    known = {t.i for e in doc_ents(spans[0].doc) if e.ent_id_ or e.label_ in ("NORP", "DATE")
             for t in e} if spans else set()
    found: list[Span] = []
    todo = [s.root for s in spans]
    seen = set(t.i for t in todo)
    while todo:
        tok = todo.pop()
        for nb in [*tok.children, tok.head]:
            linked = (nb.dep_ in LIST_DEPS and nb.head == tok) or (
                tok.dep_ in LIST_DEPS and nb == tok.head)
            if not linked or nb.i in seen or nb.pos_ != "PROPN":
                continue
            seen.add(nb.i)
            todo.append(nb)
            name = _name_around(nb)
            if (covered.isdisjoint(range(name.start, name.end)) and nb.i not in known
                    and (name.start_char, name.end_char) not in taken
                    and name.text not in packs.demonyms):
                found.append(name)
                covered.update(range(name.start, name.end))
    return found


def joined_leads(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names the model cut after their first word, made whole: "Port" and "Sudan", "West"
    and "Azerbaijan", "Gulf" (of) "Aden". A landform or compass word (pack `landform_words`,
    `compass_words`) written in capitals, as a span of its own or just before one, begins
    the longest following name of up to three capitalised words the gazetteer knows exactly,
    or that the places pack names as a lake, sea or region after a country ("Lake Chad").
    Where it knows none ("Lake Kainji"), a landform word alone is no place ("Lake" is no Lake
    County) and the name after it stands as found; a compass word alone stays, being the
    name of regions ("the North" of Cameroon)."""
    words = toponym_words()
    leads = words.landform_words | words.compass_words
    out: list[Span] = []
    taken: set[int] = set()
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not taken.isdisjoint(range(s.start, s.end)):
            continue
        whole = _lead_whole(doc, s, leads, taken)
        if whole is None and len(s) == 1 and _lead(s[0], words.landform_words):
            continue
        whole = whole or s
        out.append(whole)
        taken.update(range(whole.start, whole.end))
    return out


def _lead(tok: Token, leads: frozenset[str]) -> bool:
    return tok.lower_ in leads and tok.text[:1].isupper()


def _lead_whole(doc: Doc, s: Span, leads: frozenset[str], taken: set[int]) -> Span | None:
    """The longest known name a lead word begins that covers span `s`: the lead is `s`
    itself (one word) or the word just before it."""
    if len(s) == 1 and _lead(s[0], leads):
        start, first = s.start, s.end
    elif s.start > 0 and s.start - 1 not in taken and _lead(doc[s.start - 1], leads):
        start, first = s.start - 1, s.start
    else:
        return None
    if first < len(doc) and doc[first].lower_ == "of":
        first += 1
    best = None
    for end in range(first + 1, min(len(doc), first + 3) + 1):
        if not doc[end - 1].text[:1].isupper():
            break
        if end >= s.end and (_known(doc[start:end].text) or _country_feature(
                doc[start:end].text, doc[first:end].text)):
            best = doc[start:end]
    return best


def _known(name: str) -> bool:
    """Whether the gazetteer has the name exactly (not by a near spelling)."""
    return any(score == 100 for _, score in gazetteer.candidates(name))


def _country_feature(whole: str, rest: str) -> bool:
    """Whether `whole` is a lake, sea or region the places pack names after a country
    (`rest`): "Lake Chad" read as Chad places a lakeside raid some 600 km off, at the
    country's middle. (A gulf named after a port town, "Gulf of Aden", is left as read: as the
    town it keeps its page in the country the port lies in, which reconcile reads.)"""
    return feature(whole) is not None and any(
        score == 100 and e.fcode.startswith("PCL") for e, score in gazetteer.candidates(rest))


#: Words joining the two halves of one area's name ("Sistan and Baluchestan", "Jammu &
#: Kashmir", "Trinidad and Tobago").
_HALF_JOINS = frozenset({"and", "&"})


def joined_halves(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names of one area written as two names joined by "and" that the model cut in two
    ("Sistan" and "Baluchestan province", "Kohgiluyeh" and "Boyer-Ahmad"), made whole: a
    place span after "and" whose capitalised word or two before it, with the "and", make
    (bare of a trailing kind word) exactly the name of a country or an admin area the
    gazetteer has. Two places listed together ("Aleppo and Idlib") name no such area and
    stay apart."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: s.start):
        join = s.start - 1
        if join < 1 or doc[join].lower_ not in _HALF_JOINS:
            out.append(s)
            continue
        # a name of several words just before the "and" is left as the model read it: its
        # last word and the name after it are not the area ("Azad Jammu" and "Kashmir" are
        # not India's Jammu and Kashmir; read whole as Pakistan's area, its Line of Control
        # moved out of the Jammu and Kashmir incident of its page)
        before = [o.start for o in out if o.end == join]
        if before and before[0] < join - 1:
            out.append(s)
            continue
        starts = before or [k for k in (join - 1, join - 2)
                            if k >= 0 and all(t.text[:1].isupper() for t in doc[k:join])]
        whole = next((doc[k:s.end] for k in starts if _area_named(core_name(doc[k:s.end]))),
                     None)
        if whole is None or any(o.start < whole.start < o.end for o in out):
            out.append(s)
            continue
        out = [o for o in out if o.end <= whole.start]
        out.append(whole)
    return out


def joined_particles(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names with a lower-case particle inside that the model cut at the particle, made whole:
    "Mocimboa" (da Praia), "Norte de" "Santander", "Khan al" "Sheeh", "Maguindanao" (del)
    "Sur province". A toponym with a particle (pack `place_particles`) on one side and one or
    two capitalised words past it becomes the longest such run (with a place span that
    begins or ends there) whose name, bare of a trailing kind word, the gazetteer has
    exactly as a place or an area; the spans it covers give way. The cut halves read alone
    are other places ("Praia" is Cape Verde's capital, "Santander" another department)."""
    particles = toponym_words().place_particles
    ends = {s.start: s.end for s in spans}
    starts = {s.end: s.start for s in spans}
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and out[-1].end > s.start:
            continue  # covered by a name made whole just before
        whole = _particle_whole(doc, s, particles, ends, starts)
        if whole is not None:
            out = [o for o in out if o.end <= whole.start]
        out.append(whole or s)
    return out


def _capitalised(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens start..end lie in the doc and each opens with a capital: the words a
    particle may join to a toponym ("Norte" before "de", "Praia" after "da")."""
    return 0 <= start < end <= len(doc) and all(t.text[:1].isupper() for t in doc[start:end])


def _particle_whole(doc: Doc, s: Span, particles: frozenset[str], ends: dict[int, int],
                    starts: dict[int, int]) -> Span | None:
    """The longest run around `s` joined over a particle that names a place (see above)."""
    lefts, rights = [s.start], [s.end]
    k = s.start - 1
    if k >= 1 and doc[k].lower_ in particles and doc[k].is_lower:
        lefts += ([starts[k]] if k in starts else []) + [
            b for b in (k - 1, k - 2) if _capitalised(doc, b, k)]
    k = s.end
    if k + 1 < len(doc) and doc[k].lower_ in particles and doc[k].is_lower:
        rights += ([ends[k + 1]] if k + 1 in ends else []) + [
            e for e in (k + 2, k + 3) if _capitalised(doc, k + 1, e)]
    best = None
    for a in lefts:
        for b in rights:
            if (a, b) == (s.start, s.end) or (best is not None and b - a <= len(best)):
                continue
            if _place_named(core_name(doc[a:b])):
                best = doc[a:b]
    return best


def _place_named(name: str) -> bool:
    """Whether `name` is exactly the name of a populated place or an area in the gazetteer."""
    return any(score == 100 and e.fclass in ("P", "A") for e, score in gazetteer.candidates(name))


def _area_named(name: str) -> bool:
    """Whether `name` is exactly the name of a country or admin area in the gazetteer."""
    return any(score == 100 and (e.fcode.startswith(("PCL", "ADM")))
               for e, score in gazetteer.candidates(name))
