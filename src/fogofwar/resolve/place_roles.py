"""Toponyms that are not locations: place names standing for a government, and nationality words.

Every toponym is a place mention with a role (DESIGN.md): `location` (where something is or
happens), `actor` (a place name standing for its government: "Moscow said", "Turkey's
offensive"), `demonym` (a nationality word: "Russian troops", "Syrians") and `associated` (a
place name or demonym in a compound that ties a thing to it without placing it there:
"Turkish-backed", "a US-led coalition"). All are geocoded and exported; events and incidents use
locations only. Actor mentions (resolve/actors.py) already decided which names act; this module
only finds those of them that are place names, and the nationality words of the actor packs and
of the `places` pack.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..annotate.packdata import actor_packs
from ..annotate.pipeline import doc_ents
from ..annotate.table import token_table
from ..records import Mention
from . import gazetteer, regions
from .ranking import weights
from .toponym_context import well_known
from .toponym_words import toponym_words

LOCATION, ACTOR, DEMONYM, ASSOCIATED = "location", "actor", "demonym", "associated"
ROLES = (LOCATION, ACTOR, DEMONYM, ASSOCIATED)
PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: Longest demonym looked up, in tokens ("Papua New Guinean").
MAX_DEMONYM_TOKENS = 3


@cache
def demonym_words() -> frozenset[str]:
    """Nationality words of the actor packs and of the places pack."""
    return frozenset(actor_packs().demonyms) | frozenset(weights().demonyms)


@cache
def region_adjectives() -> frozenset[str]:
    """Adjectives of several words that stand for a world region (places pack
    `region_demonyms`: "Central Asian", "Southeast Asian"): looked up longest first with the
    nationality words, they are the region, not the continent their last word names ("Asian"
    alone read Asia for "Central Asian states")."""
    return frozenset(w for w in regions.region_tables()[1] if " " in w)


def associated_suffix(doc: Doc, end: int, words: frozenset[str] | None = None) -> bool:
    """Whether the tokens after `end` make the name part of a compound that ties something to
    it ("-backed", "-led"): the words come from the toponyms pack (`associated_words`, or
    `words` when given)."""
    if end + 1 >= len(doc) or doc[end].text not in ("-", "–", "‐", "‑"):
        return False
    return doc[end + 1].lower_ in (toponym_words().associated_words if words is None else words)


def _inside(span: Span, mentions: Sequence[Mention]) -> Mention | None:
    return next((m for m in mentions
                 if m.start <= span.start_char and span.end_char <= m.end), None)


def actor_toponyms(doc: Doc, actors: Sequence[Mention], covered: set[int]) -> list[Span]:
    """Entities that are (or sit inside) an actor mention with a country and name a place:
    place-labelled ones ("Japan" in "the Prime Minister of Japan"), a state the ruler tagged,
    or a state's seat whatever the model's label ("Ankara said", often tagged PERSON)."""
    packs, out = actor_packs(), []
    for ent in doc_ents(doc):
        state = packs.actors.get(ent.ent_id_)
        if not covered.isdisjoint(range(ent.start, ent.end)) or (
                ent.text in demonym_words() and state is None):
            continue  # "US" is both a state the ruler tags and a demonym ("US troops")
        mention = _inside(ent, actors)
        alias = ent.text in weights().country_aliases  # "EU": a union, placed at Europe
        if mention is None or not (mention.country or alias):
            continue
        if (ent.label_ in PLACE_LABELS or ent.text in packs.seats
                or alias
                or (state is not None and state.kind == "GPE")):
            out.append(ent)
    return out


def demonym_toponyms(doc: Doc, covered: set[int]) -> list[tuple[Span, str]]:
    """Nationality words not already part of a toponym, longest first ("South Korean" before
    "Korean"), each with its role: `associated` in a "-backed" compound, else `demonym`."""
    words, out, i = demonym_words() | region_adjectives(), [], 0
    # span texts from the tokens' own strings (the doc's token table): a Span per position
    # and length was most of the cost of this loop (profiled on 60 news articles)
    table = token_table(doc)
    texts = table.text
    spaced = [text + space for text, space in zip(texts, table.whitespace, strict=True)]
    # only a capitalised token can start one, so the phrase look-ups are skipped elsewhere
    capital = [title or upper for title, upper in zip(table.is_title, table.is_upper,
                                                      strict=True)]
    while i < len(doc):
        if not capital[i]:
            i += 1
            continue
        hit = next((n for n in range(MAX_DEMONYM_TOKENS, 0, -1)
                    if i + n <= len(doc)
                    and "".join(spaced[i:i + n - 1]) + texts[i + n - 1] in words), 0)
        if hit and covered.isdisjoint(range(i, i + hit)) and not _language(doc[i:i + hit]):
            role = ASSOCIATED if associated_suffix(doc, i + hit) else DEMONYM
            out.append((doc[i:i + hit], role))
            i += hit
        else:
            i += 1
    return out


def _language(span: Span) -> bool:
    """A nationality word the model read as a language and written as one names a tongue, not
    a people or a state: no place (round places25: "English" was England on 10 dev pages of 8
    outlets, none in the gold). Written as one: the object of a preposition ("known as Iscap in
    English") or tied to a word about language (pack `language_words`: "English-speaking
    regions", "an English-language daily"). Whatever its label, one written right before a
    word of the pack's `tongue_words`, hyphened or not ("the English speaking part", "is
    French-speaking"), is a tongue: the parse of such a phrase is often wrong. Elsewhere the
    model's label is not enough: "the English city of Salisbury", "two Spanish and one Irish"
    are nationalities."""
    if _before_tongue_word(span):
        return True
    if not all(t.ent_type_ == "LANGUAGE" for t in span):
        return False
    root = span.root
    return root.dep_ == "pobj" or root.head.lower_ in toponym_words().language_words


def _before_tongue_word(span: Span) -> bool:
    """Whether the word right after the span, past one hyphen, is one of the pack's
    `tongue_words` ("English speaking", "French-language")."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text in ("-", "\u2013") and not span[-1].whitespace_:
        i += 1
    return i < len(doc) and doc[i].lower_ in toponym_words().tongue_words


#: Entity labels of names that may carry a place's name without being the place.
NAMED_THINGS = {"ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"}


def embedded_toponyms(doc: Doc, covered: set[int]) -> list[Span]:
    """The place a name starts with ("Texas" in "the Texas Rangers", "California" in
    "California Chrome"): a country, a first-level area or a famous city (toponym_context), tied
    to the thing named, not where anything happens."""
    out, packs = [], actor_packs()
    for ent in doc_ents(doc):
        start = ent.start + (ent[0].lower_ == "the")
        if ent.label_ not in NAMED_THINGS or ent.end - start < 2 or ent.ent_id_ in packs.actors:
            continue  # a pack actor's own name ("SANA news agency") carries no place
        for n in (3, 2, 1):
            piece = doc[start:start + n]
            if start + n < ent.end and covered.isdisjoint(range(piece.start, piece.end)) \
                    and piece[-1].is_alpha and well_known(piece, own_name=True):
                out.append(piece)
                break
    return out


def role_toponyms(doc: Doc, actors: Sequence[Mention],
                  located: Sequence[Span]) -> list[tuple[Span, str]]:
    """Toponyms beside the located ones, each with its role, in text order."""
    covered = {i for s in located for i in range(s.start, s.end)}
    found = [(s, ACTOR) for s in actor_toponyms(doc, actors, covered)]
    covered |= {i for s, _ in found for i in range(s.start, s.end)}
    found += demonym_toponyms(doc, covered)
    covered |= {i for s, _ in found for i in range(s.start, s.end)}
    found += [(s, ASSOCIATED) for s in embedded_toponyms(doc, covered)]
    return sorted(found, key=lambda f: f[0].start)


def related_state(span: Span) -> bool:
    """Whether a well-known place follows "<noun of relation> of" ("a staunch ally of Riyadh",
    "the proxies of Iran", `relation_nouns`): it stands for its government, and an event told
    in that sentence ("launched a war against Yemen ..., a staunch ally of Riyadh") is not there."""
    doc, i = span.doc, span.start
    if i >= 1 and doc[i - 1].lower_ == "the":
        i -= 1
    return i >= 2 and doc[i - 1].lower_ == "of" \
        and doc[i - 2].lower_ in toponym_words().relation_nouns and well_known(span, own_name=True)


def names_government(span: Span) -> bool:
    """Whether the toponym modifies a government noun right after it ("the Kabul government",
    "the Damascus regime", `government_nouns`): it names that government, not a place. Only a
    well-known place by its own name (a capital, a country, a first-level area): a leader's
    surname before the noun ("the Garcia government") also matches a small namesake town
    abroad, and read as an actor it made that foreign state a party to its own state's tolls."""
    doc, j = span.doc, span.end
    return j < len(doc) and doc[j].lower_ in toponym_words().government_nouns \
        and span.root.dep_ in ("compound", "amod", "nmod") and well_known(span, own_name=True)


def location_role(span: Span) -> str:
    """A located toponym in a "-backed" compound is associated, not where anything is; so is
    one in a "-based" or "-bound" compound (`hyphen_after`: "the London-based rights group
    said", "the Quetta-bound train was seized"), which says where an organisation sits or a
    vehicle was heading, not where the event it is named beside happened; one after "ally of"
    or before a government noun stands for its government; a continent or world region a
    superlative ranks something in (`ranked_in`) or a post's field (`field_of`) is associated
    too."""
    if associated_suffix(span.doc, span.end) or associated_suffix(
            span.doc, span.end, toponym_words().hyphen_after) or ranked_in(span) \
            or field_of(span):
        return ASSOCIATED
    return ACTOR if related_state(span) or names_government(span) else LOCATION


#: fine tags of a superlative adjective or adverb ("worst", "most")
_SUPERLATIVE = frozenset({"JJS", "RBS"})
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
#: how many prepositional phrases a ranked field may hang below its superlative ("the biggest
#: massacre of civilians in the contemporary history of Latin America": two)
_MAX_HOPS = 3


def world_area(text: str) -> bool:
    """Whether `text` names a continent ("Europe") or a world region ("Latin America",
    "the Balkans"), possessive or article aside."""
    name = text.strip()
    for end in _POSSESSIVE:
        if name.endswith(end):
            name = name[:-len(end)]
            break
    name = name[4:] if name.lower().startswith("the ") else name
    if not name:
        return False
    return name in regions.region_tables()[0] or any(
        e.fcode == "CONT" for e, _ in gazetteer.candidates(name, fuzzy_min_len=99))


def _ranks(tok: Token) -> bool:
    """Whether `tok` is a superlative or a ranking word of the pack ("worst", "most",
    "last"), or carries one as its modifier ("the worst atrocity", "the most repressive")."""
    if _ranking(tok):
        return True
    return any(c.dep_ in ("amod", "advmod") and (
        _ranking(c) or any(g.dep_ == "advmod" and g.tag_ in _SUPERLATIVE for g in c.children))
        for c in tok.children)


def _ranking(tok: Token) -> bool:
    """A superlative by its tag, by its "-iest" ending (the tagger reads "bloodiest" as a
    plain adjective now and then) or a ranking word of the pack."""
    return tok.tag_ in _SUPERLATIVE or tok.lower_ in toponym_words().ranking_words or (
        tok.pos_ == "ADJ" and tok.lower_.endswith("iest"))


def ranked_in(span: Span) -> bool:
    """Whether a continent or world region is the field a superlative ranks a thing in, not
    where the thing is: the owner of a ranked noun ("Europe's worst massacre since World War
    II", "Asia's longest modern war", "Africa's last absolute monarchy") or the object of a
    phrase hanging from one ("the worst atrocity in Europe since", "the biggest massacre of
    civilians in the contemporary history of Latin America", "among the most repressive in
    Africa"). Events told in such a sentence happened at its other places (round places47:
    a massacre set in Europe, Latin America or Asia left its page out of its incident)."""
    if not world_area(span.text):
        return False
    doc, i = span.doc, span.end
    if span[-1].text not in _POSSESSIVE:
        i = i + 1 if i < len(doc) and doc[i].text in _POSSESSIVE else len(doc)
    if i < len(doc) and _ranks(doc[i]):
        return True  # the owner of a ranked noun: "Europe's worst", "Asia's longest"
    tok = span.root
    for _ in range(_MAX_HOPS):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return False
        tok = tok.head.head
        if _ranks(tok):
            return True
    return False


def field_of(span: Span) -> bool:
    """Whether a continent or world region names the field of a post or an office right
    after it (pack `field_nouns`: "Southern Africa director at Human Rights Watch", "senior
    West Africa researcher", "Al Qaeda's West Africa affiliate"): whoever holds it speaks or
    acts from anywhere, and the region is not where the event told beside it happened (round
    places47: such regions were the place of a toll's event on 4 open dev pages)."""
    doc, j = span.doc, span.end
    return j < len(doc) and doc[j].lower_ in toponym_words().field_nouns \
        and doc[j].tag_ in ("NN", "NNS") and world_area(span.text)
