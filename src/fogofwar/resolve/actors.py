"""Actor mentions: pack actors, titled persons, metonymic capitals, unknown named actors.

The entity ruler already tagged pack names with their actor id; this module turns entities
into `Mention`s and fills what the ruler cannot know: a capital used as its government
("Ankara has sent"), a person known only by a title ("Russian Maj. Gen. X" -> RUS, MIL), a
demonym before a force noun ("Iranian troops") and an unknown person whose surname is a pack
person's ("Recept Tayip Erdogan").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..annotate.packdata import Actor, ActorPacks, actor_packs, place_words
from ..annotate.pipeline import doc_ents
from ..annotate.table import token_table
from ..records import Mention
from .gazetteer import exact_in
from .nonstate import class_nouns, is_non_state
from .place_candidates import foreign_seat
from .toponym_context import famous_place
from .toponym_words import toponym_words

#: Dependencies under which a capital names its government rather than a location.
ACTOR_DEPS = {"nsubj", "poss"}
TITLE_WINDOW = 8
#: Parts of speech that keep a title's phrase going leftwards (PART: possessive 's).
NOMINAL = {"PROPN", "NOUN", "ADJ", "DET", "PART", "NUM"}
#: Lowercase modifiers allowed between a demonym and its force noun.
FORCE_GAP = 2


def _from_actor(span: Span | None, actor: Actor, text: str = "", start: int = 0,
                end: int = 0) -> Mention:
    if span is not None:
        text, start, end = span.text, span.start_char, span.end_char
    return Mention(text=text, start=start, end=end, actor_id=actor.id, name=actor.name,
                   country=actor.country, sector=actor.sector, side=actor.side)


@cache
def _alias_index() -> dict[str, Actor]:
    """Casefolded name/alias -> actor; the first pack entry wins on collisions."""
    index: dict[str, Actor] = {}
    for actor in actor_packs().actors.values():
        for name in (actor.name, *actor.aliases):
            index.setdefault(name.casefold(), actor)
    return index


@cache
def _surnames() -> dict[str, Actor]:
    """Last word of each pack person's names -> person, for misspelt or partial names."""
    out: dict[str, Actor] = {}
    for actor in actor_packs().actors.values():
        if actor.kind == "PERSON":
            for name in (actor.name, *actor.aliases):
                out.setdefault(name.split()[-1], actor)
    return out


def lookup_actor(text: str) -> Mention | None:
    """Resolve a bare name ("TASS", "the Turkish Defense Ministry") to a pack actor."""
    name = re.sub(r"^(?:the|The)\s+", "", text.strip()).rstrip(".,;:'’s")
    actor = _alias_index().get(name.casefold()) or _alias_index().get(text.strip().casefold()) \
        or _alias_index().get(name.replace("\u2019", "'").casefold())
    return _from_actor(None, actor, text=text) if actor else None


def is_actor_use(span: Span) -> bool:
    """A place name used for its government: subject, possessor, agent, or modifier of a
    force noun ("Damascus troops")."""
    root = span.root
    if root.dep_ in ACTOR_DEPS:
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return True
    return root.dep_ == "compound" and root.head.lower_ in actor_packs().force_nouns


def _title_in(text: str, packs: ActorPacks) -> str | None:
    """The sector of the longest pack title among the words of `text`."""
    text = f" {text} "
    return next((packs.titles[t] for t in sorted(packs.titles, key=len, reverse=True)
                 if f" {t} " in text), None)


def _left_phrase(span: Span) -> Span:
    """The unbroken run of nominal words right before `span` ("Iran's religious leader"
    before "Ayatollah Khomeini"), up to TITLE_WINDOW words: a verb, preposition, conjunction
    or punctuation ends the name's phrase, so an earlier clause's demonym does not count."""
    lo = max(span.sent.start, span.start - TITLE_WINDOW)
    start = span.start
    while start > lo and span.doc[start - 1].pos_ in NOMINAL:
        start -= 1
    return span.doc[start:span.start]


def _title_info(span: Span, packs: ActorPacks) -> tuple[str | None, str | None]:
    """(country, sector) from the words before a name: demonym, pack actor, title. Only the
    words of the name's own phrase count ("Russia's UN envoy X"), not an earlier phrase's
    ("the German chancellor met President Reagan" is no German)."""
    window = _left_phrase(span)
    sector = _title_in(window.text, packs)
    country = None
    for tok in reversed(window):
        if tok.text in packs.demonyms:
            country = packs.demonyms[tok.text]
            break
        actor = packs.actors.get(tok.ent_id_)
        if actor is not None:
            if not _medium_under_state_title(actor, sector):
                country = actor.country
                sector = sector or actor.sector
            break
    return country, sector


#: Sectors of a title no medium's staff hold: a spokesman's or an officer's.
STATE_TITLE_SECTORS = ("GOV", "MIL")


def _medium_under_state_title(actor: Actor, sector: str | None) -> bool:
    """Whether a medium's name is read before a state's or a force's title ("AFP spokesman
    Lieutenant Colonel X"): a news agency has no colonels, so the letters name another body
    (the Armed Forces of the Philippines), and the agency's country is no country of his."""
    return actor.sector == "MED" and sector in STATE_TITLE_SECTORS


def _unknown(span: Span, packs: ActorPacks) -> Mention:
    """An actor no pack knows: country from a demonym inside the name ("Iraqi Security
    Forces") or before it, sector from a title before it."""
    country, sector = _title_info(span, packs)
    sector = _title_in(span.text, packs) or sector
    inner = next((packs.demonyms[t.text] for t in span if t.text in packs.demonyms), None)
    country = inner or country
    side = packs.state_sides.get(country) if country and not is_non_state(
        span.text, sector) else None  # "Ukrainian separatists" are not Ukraine's side
    return Mention(text=span.text, start=span.start_char, end=span.end_char, country=country,
                   sector=sector, side=side)


def _role_noun_after(span: Span, packs: ActorPacks) -> int | None:
    """Index of the role noun right after a demonym, over at most FORCE_GAP lowercase
    modifiers ("Iraqi security forces", "Hungarian officials", "the Kenyan government");
    None if there is none."""
    doc = span.doc
    for i in range(span.end, min(span.end + FORCE_GAP + 1, len(doc))):
        if doc[i].lower_ in packs.role_nouns and doc[i].pos_ in ("NOUN", "PROPN"):
            return i
        if not (doc[i].is_lower and doc[i].pos_ in ("ADJ", "NOUN")):
            return None
    return None


def _side(country: str | None, sector: str | None, demonym: str,
          packs: ActorPacks) -> str | None:
    """A state's side goes to its government and forces only: its rebels, people or press
    are not its belligerent; a stateless people's side (Kurdish) goes with its name."""
    if country is None:
        return packs.demonym_sides.get(demonym)
    return packs.state_sides.get(country) if sector in ("GOV", "MIL") else None


def _role_phrase(span: Span, packs: ActorPacks) -> Mention | None:
    """A demonym before a role noun ("Iranian troops", "Ugandan police", "Hungarian
    officials"): an actor of that state, its sector the role noun's."""
    last = _role_noun_after(span, packs)
    if last is None:
        return None
    doc, nxt = span.doc, span.doc[last]
    country = packs.demonyms.get(span.text)
    sector = packs.role_nouns[nxt.lower_]
    return Mention(text=doc[span.start:nxt.i + 1].text, start=span.start_char,
                   end=nxt.idx + len(nxt.text), country=country, sector=sector,
                   side=_side(country, sector, span.text, packs))


def _role_of_state(ent: Span, actor: Actor, packs: ActorPacks) -> Mention | None:
    """A state after "of" under a role noun or title ("the Prime Minister of Japan", "the
    government of Uganda"): the whole phrase is that state's actor, though `_is_location`
    reads the bare name as a place."""
    prep = ent.root.head
    noun = prep.head
    if prep.lower_ != "of" or ent.root.dep_ != "pobj" or noun is prep:
        return None
    sector = packs.role_nouns.get(noun.lower_) or _title_sector(noun, packs)
    if sector is None:
        return None
    start = next((t for t in noun.subtree if t.dep_ != "det"), noun)
    doc = ent.doc
    phrase = doc[start.i:ent.end]
    side = actor.side if sector in ("GOV", "MIL") else None
    return Mention(text=phrase.text, start=phrase.start_char, end=phrase.end_char,
                   actor_id=actor.id, name=actor.name, country=actor.country, sector=sector,
                   side=side)


def _title_sector(noun, packs: ActorPacks) -> str | None:
    """The sector of a title ending in `noun`, with its compounds ("Prime Minister")."""
    words = [t.text for t in noun.lefts if t.dep_ == "compound"] + [noun.text]
    for size in range(len(words), 0, -1):
        title = " ".join(words[-size:])
        if title in packs.titles:
            return packs.titles[title]
    return None


def _with_title(span: Span, packs: ActorPacks) -> Span:
    """Extend a person's span left over the title that states its role ("Foreign Secretary
    Philip Hammond", "Russian Foreign Minister Sergei Lavrov"): the longest pack title
    right before it, then one demonym before that title."""
    doc, start = span.doc, span.start
    sizes = packs.title_sizes
    lo = span.sent.start
    size = next((n for n in sizes if start - n >= lo
                 and doc[start - n:start].text in packs.titles), 0)
    if not size:
        return span
    start -= size
    if start > lo and doc[start - 1].text in packs.demonyms:
        start -= 1
    return doc[start:span.end]


def _people(span: Span, packs: ActorPacks) -> Mention | None:
    """A plural demonym noun ("Syrians", "Iraqis") names that country's people: an actor with
    the country but no sector or side, since a people is not its government."""
    if len(span) != 1 or span.root.tag_ not in ("NNS", "NNPS"):
        return None
    return Mention(text=span.text, start=span.start_char, end=span.end_char,
                   country=packs.demonyms[span.text])


def _is_location(ent: Span) -> bool:
    """A state's name is a place after a locative preposition ("in western Syria", also
    "in Iraq and Syria" through the conjunction) or as the object of a preposition that
    modifies a noun ("the border with Jordan", "refugees from Syria"): an actor is what acts,
    is acted on or owns, not where a thing lies or comes from; a partner preposition keeps
    it an actor ("talks with Russia", "attacks by Turkey"). A possessive after a compass word
    ("in northern Iraq's Kara region") says where the area it owns lies: a part of the
    state, not its government."""
    root = ent.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ == "poss" or ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS":
        return ent.start > 0 and ent.doc[ent.start - 1].lower_ in toponym_words().compass_words
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in place_words()[1]:
        return True
    partner = prep.lower_ in actor_packs().partner_prepositions  # "talks with Russia"
    return not partner and prep.head.pos_ in ("NOUN", "PROPN")


def _given_names(ent: Span, packs: ActorPacks) -> Span:
    """Extend a pack person's span left over given names the ruler did not know
    ("Recept Tayip" before "Erdogan"): capitalised proper nouns, not titles or demonyms. Only a
    bare surname is extended, by at most two words: a known full name needs no help."""
    doc, start = ent.doc, ent.start
    if len(ent) > 1:
        return ent
    titles = {w for t in packs.titles for w in t.split()}
    while start > max(ent.sent.start, ent.start - 2):
        tok = doc[start - 1]
        if (tok.pos_ != "PROPN" or not tok.is_title or tok.ent_type_ or tok.text in titles
                or tok.text in packs.demonyms or tok.text.endswith(".")):
            break
        start -= 1
    return doc[start:ent.end]


def _name_word(tok: Token, packs: ActorPacks, titles: frozenset[str]) -> bool:
    """A capitalised proper noun that may be a word of a person's name: no title, honorific,
    role, demonym or abbreviation ("Chief", "Lt", "Spokesman", "Afghan", "Gen."), and on the
    name's own line."""
    return (tok.pos_ == "PROPN" and tok.is_title and tok.text not in titles
            and tok.lower_ not in toponym_words().person_roles
            and tok.text not in packs.demonyms and not tok.text.endswith(".")
            and "\n" not in tok.whitespace_)


@cache
def _title_words() -> frozenset[str]:
    """The words of the packs' titles and the honorifics before a name ("Lt", "Dr", "Mr")."""
    return frozenset(w for t in actor_packs().titles for w in t.split()) \
        | toponym_words().person_titles


def _namesake(span: Span, packs: ActorPacks) -> Span | None:
    """A pack person's name that the parse makes the first words of a longer name ("Asad" in
    "Deputy Police Chief Asad Ullah Khogyani", "Abdul Asad Rahimi"): its last word is a
    compound of a later proper noun, with only name words between. The name is another
    person's, the whole of it (None when the name stands alone)."""
    doc, last = span.doc, span[-1]
    head = last.head
    if last.dep_ != "compound" or head.i < span.end or head.i >= span.sent.end \
            or _headline(span.sent):
        return None
    words = doc[span.end:head.i + 1]
    if not all(_name_word(t, packs, _title_words()) and not t.ent_id_
               and t.ent_type_ in ("", "PERSON") for t in words):
        return None
    return doc[span.start:head.i + 1]


def _given_before(ent: Span, packs: ActorPacks) -> Span:
    """A person's name the model cut at a particle ("Abu Musab" for "Abdiasis Abu Musab",
    "Abdel Gabbar" for "Soliman Abdel Gabbar"; toponyms pack `name_particles`): the untagged
    name word right before it, which the parse makes a compound of the name, joins it."""
    doc, start = ent.doc, ent.start
    first = ent[0].lower_.split("-")[0]
    if first not in toponym_words().name_particles or start <= ent.sent.start \
            or _headline(ent.sent):
        return ent
    tok = doc[start - 1]
    if tok.ent_type_ or tok.dep_ != "compound" or not start <= tok.head.i < ent.end \
            or not _name_word(tok, packs, _title_words()):
        return ent
    return Span(doc, start - 1, ent.end, "PERSON")


def _headline(sent: Span) -> bool:
    """(Nearly) every word of the sentence capitalised ("Russian Strikes Kill Four"): the parse
    of a headline makes proper nouns of its verbs, so no name is extended there."""
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _whole_name(ent: Span) -> Span:
    """A person's name as the parse has it, where the model cut it short: a surname it did
    not tag ("CS Fred" before "Matiang'i", whose compound modifier "Fred" is) joins the name.
    A title word at its start stays, as titles stay in claimants' names ("Lt Gen Omar X")."""
    doc, start, end = ent.doc, ent.start, ent.end
    if end < ent.sent.end:
        last, after = doc[end - 1], doc[end]
        if (last.dep_ == "compound" and last.head.i == end and after.pos_ == "PROPN"
                and after.text[:1].isupper() and not after.ent_type_
                and "\n" not in last.whitespace_ and not _headline(ent.sent)
                and after.text not in actor_packs().titles  # "Rostov Governor"
                and not (after.text.endswith("s") and after.text[:-1].isupper())):  # "LGAs"
            end += 1
    return ent if end == ent.end else Span(doc, start, end, "PERSON")


@cache
def _country_names(country: str) -> tuple[str, ...]:
    """The words that name a country on a page: its name and aliases, demonyms and seat."""
    packs = actor_packs()
    states = [a for a in packs.actors.values() if a.kind == "GPE" and a.country == country]
    names = {n for a in states for n in (a.name, *a.aliases) if n[:1].isupper()}
    names |= {d for d, c in packs.demonyms.items() if c == country}
    names |= {s for s, a in packs.seats.items() if a in {x.id for x in states}}
    return tuple(sorted(names))


def _elsewhere(ent: Span, actor: Actor) -> bool:
    """A conflict pack's generic phrase for one country's actor ("government forces" for the
    Syrian army, "rebels") on a page that names that country nowhere: the phrase is some other
    country's force: kept as an actor of the sector, with no pack id, country or side."""
    words = ent.text.lower().split()
    if not actor.country or not words or words[-1] not in class_nouns():
        return False
    if not any(a[:1].islower() and a.casefold() == ent.text.casefold() for a in actor.aliases):
        return False
    text = ent.doc.text
    return not any(re.search(rf"\b{re.escape(n)}\b", text) for n in _country_names(actor.country))


def _mention(ent: Span, packs: ActorPacks) -> Mention | None:
    actor = packs.actors.get(ent.ent_id_)
    if actor is not None and actor.kind == "GPE" and foreign_seat(ent.text, ent):
        return None  # "the Russian White House": a building in Moscow, not Washington's voice
    if actor is not None and _elsewhere(ent, actor):
        return Mention(text=ent.text, start=ent.start_char, end=ent.end_char,
                       sector=actor.sector)
    if actor is not None and actor.kind == "PERSON":
        namesake = _namesake(_given_names(ent, packs), packs)
        if namesake is not None:  # "Asad Ullah Khogyani": another man of the alias's name
            return _unknown(_with_title(namesake, packs), packs)
        return _from_actor(_with_title(_given_names(ent, packs), packs), actor)
    if actor is not None:
        if actor.kind == "GPE" and _is_location(ent):
            return _role_of_state(ent, actor, packs)
        return _from_actor(ent, actor)
    if ent.text in packs.demonyms and (role := _role_phrase(ent, packs)) is not None:
        return role  # "Ugandan police" with "Ugandan" mistagged GPE or ORG
    if ent.label_ in ("PERSON", "ORG") and exact_in(ent.text, packs.focus_countries):
        return None  # a village spaCy took for a name; resolve_places takes it
    if ent.label_ in ("GPE", "PERSON") and ent.text in packs.seats and is_actor_use(ent):
        return _from_actor(ent, packs.actors[packs.seats[ent.text]])
    if ent.label_ == "PERSON":
        ent = _given_before(_whole_name(ent), packs)
        person = _surnames().get(ent[-1].text)
        span = _with_title(ent, packs)
        return _from_actor(span, person) if person else _unknown(span, packs)
    if ent.label_ == "NORP" and ent[0].text.rstrip("-") in packs.demonyms:
        return _role_phrase(ent, packs) or _people(ent, packs)
    if ent.label_ == "ORG" and _placed(ent):
        return None  # "in Pakistan's northwest Khyber Pakhtunkhwa province": resolve_places
    if ent.label_ in ("ORG", "NORP"):
        return _unknown(_with_title(ent, packs), packs)  # "Gen. Votel" tagged ORG
    return None


def _placed(ent: Span) -> bool:
    """A well-known place the model tagged an organisation where the words around it place
    something ("in X", "X province", "the X region"): the country a possessive before it
    gives ("Pakistan's") is where the place lies, not whose organisation it is."""
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    words = toponym_words()
    return (before in words.before or before in words.compass_words or before == "of"
            or after in words.kind_after) and famous_place(ent)


def resolve_actors(doc: Doc) -> list[Mention]:
    """One Mention per actor mention in the doc, in text order."""
    packs = actor_packs()
    found = [m for ent in doc_ents(doc) if (m := _mention(ent, packs)) is not None]
    found += _untagged_roles(doc, packs)
    return sorted(_outermost(found), key=lambda m: m.start)


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Drop a mention inside a longer one: a person's span taken over its title ("Russian
    Maj. Gen. Viktor Kupschishin") swallows the demonym-title fragment the model tagged."""
    return [m for m in mentions
            if not any(o.start <= m.start and m.end <= o.end and (o.start, o.end)
                       != (m.start, m.end) for o in mentions)]


def _untagged_roles(doc: Doc, packs: ActorPacks) -> list[Mention]:
    """Demonym + role noun phrases where the model tagged no entity on the demonym
    ("Ugandan police" often goes untagged); tagged ones are handled per entity."""
    out, table = [], token_table(doc)
    for i, text in enumerate(table.text):
        if table.ent_type[i] or text not in packs.demonyms or not table.is_title[i]:
            continue
        mention = _role_phrase(doc[i:i + 1], packs)
        if mention is not None:
            out.append(mention)
    return out
