"""Toponyms the NER model missed, found by the words around a capitalised name.

A name counts only when the gazetteer knows it exactly AND its context asks for a place ("in
X", "near X", "the town of X", "X County", "X-based", "X, Somalia"): a gazetteer match alone
is not enough, since persons, call signs and holidays are place names somewhere too. Names the
model tagged as persons, works, dates, events or organisations are left alone unless a kind
word names the place kind ("the town of X", "X County"), and names after a personal title
("Ms Raggi") never count. The context words are the `toponyms` pack's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..annotate.packdata import actor_packs
from ..annotate.pipeline import doc_text
from ..annotate.table import token_table
from ..clean.outlets import outlet_info
from . import gazetteer, regions
from .dates import month_names
from .gazetteer_sources import abbreviations
from .toponym_words import ToponymWords, kind_phrase_len, toponym_words

#: Entity labels whose names are not places unless a kind word says so.
OTHER_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "DATE", "TIME",
                "NORP", "LANGUAGE", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"}
MAX_NAME_TOKENS = 4
_CALL_SIGN = re.compile(r"[A-Z]{3,4}(-(TV|FM|AM))?")


#: A capitalised name with an apostrophe inside ("Sana'a", "Ta'izz", "N'Djamena"): the tagger
#: reads it as an adverb or a name of its own, and str.istitle() as two words; a possessive
#: ("Army's") is none.
_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]*['\u2019](?!s\Z)[A-Za-z][a-z]*")


def apostrophe_name(text: str) -> bool:
    """Whether `text` is one capitalised name with an apostrophe inside ("Sana'a"): such a
    word counts as a capitalised proper noun whatever its tag, since the model tags "Sana'a"
    an adverb; the gazetteer and the context still decide whether it is a place."""
    return ("'" in text or "\u2019" in text) and _APOSTROPHE_NAME.fullmatch(text) is not None


def _capitalised(tok: Token, words: ToponymWords) -> bool:
    """A capitalised proper noun (or apostrophe name) not on the pack's never-a-place list."""
    return (((tok.is_title or (tok.is_upper and len(tok) > 1)) and tok.pos_ == "PROPN")
            or apostrophe_name(tok.text)) and tok.text not in words.not_places


def _runs(doc: Doc, covered: set[int], words: ToponymWords) -> Iterator[Span]:
    """Maximal runs of capitalised words (joined by "of"/"al-" style lowercase particles
    only when a capitalised word follows), outside the spans already found."""
    # each token's test once, read from the doc's token table (`_capitalised` on its columns):
    # a Token object per word and per look was most of this loop's cost
    table, nots = token_table(doc), words.not_places
    capital = [(((title or (upper and len(text) > 1)) and pos == "PROPN")
                or apostrophe_name(text)) and text not in nots
               for text, pos, title, upper in zip(table.text, table.pos, table.is_title,
                                                  table.is_upper, strict=True)]
    dash = [text == "-" for text in table.text]
    i, n = 0, len(capital)
    while i < n:
        if i in covered or not capital[i]:
            i += 1
            continue
        j = i + 1
        while j < n and j not in covered and j - i < MAX_NAME_TOKENS and (
                capital[j] or (dash[j] and j + 1 < n and capital[j + 1])):
            j += 1
        yield doc[i:j]
        i = j


def _kind_before(span: Span, words: ToponymWords) -> bool:
    """ "the town of X", "the province of X"."""
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in words.kind_of


def _settlement_of(span: Span, words: ToponymWords) -> bool:
    """ "the village of X", "the town of X": a settlement word before, which makes X a place
    whether or not a gazetteer knows it."""
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in words.settlement_words


#: Words that may stand between an appositive's article and its settlement word ("X, a small
#: Burkinabe town"): at most this many.
APPOSITIVE_GAP = 2
_APPOSITIVE_END = {"ADP", "PUNCT", "CCONJ", "SCONJ", "PRON", "VERB", "AUX", "SPACE"}


def _settlement_appositive(span: Span, words: ToponymWords) -> bool:
    """ "X, a town in Y", "X, a Burkinabe town": an appositive that calls the name a settlement
    makes it a place whether or not a gazetteer knows it, as "the town of X" does. The
    settlement word must end its noun phrase ("X, a village chief" is a person's title)."""
    doc, j = span.doc, span.end
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in ("a", "an"):
        return False
    if span.start > 0 and not doc[span.start - 1].whitespace_:
        return False  # the tail of a longer name ("Nourah" of "Wad al-Nourah")
    for k in range(j + 2, min(j + 3 + APPOSITIVE_GAP, len(doc))):
        tok = doc[k]
        if tok.lower_ in words.settlement_words:
            return k + 1 == len(doc) or doc[k + 1].pos_ in _APPOSITIVE_END
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP", "DET", "NUM"):
            return False
    return False


def _kind_after(span: Span, words: ToponymWords) -> bool:
    doc, j = span.doc, span.end
    return j < len(doc) and (doc[j].lower_ in words.kind_after or _phrase_after(span, words) > 0)


#: Labels of a name that is no place whatever act noun follows it: a people ("Tutsi
#: massacre"), a day ("Monday massacre"), a count.
_NOT_NAMING_ACT = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL"})


def _named_act_after(span: Span, words: ToponymWords) -> bool:
    """ "the Uludere massacre", "Srebrenica killings": a lower-case noun of a killing named
    after its place right after the name. Strong as a kind word is (the model tags such names
    as organisations or persons), since a killing is named after its place far more often than
    after anything else a gazetteer holds; a people or a day before it is no place, nor is a
    name a place bears only under the gazetteer's lossy key ("Hutu killings" is no Hutou), nor
    the tail of a longer capitalised name ("Lai" of "the My Lai massacre"), nor a word of two
    letters (a French article: "Un massacre", "Le massacre")."""
    doc, i, j = span.doc, span.start, span.end
    if len(span.text) <= 2 or (i > 0 and doc[i - 1].is_title and doc[i - 1].lower_ != "the"):
        return False
    return j < len(doc) and doc[j].is_lower and doc[j].lower_ in words.named_act_nouns \
        and not {t.ent_type_ for t in span} & _NOT_NAMING_ACT and any(
            gazetteer.bears_whole(e, span.text)
            for e, _ in gazetteer.candidates(span.text, fuzzy_min_len=99))


def _phrase_after(span: Span, words: ToponymWords) -> int:
    """Tokens of a kind phrase right after the name ("Numan local government area"), or 0."""
    doc, j = span.doc, span.end
    return kind_phrase_len([t.lower_ for t in doc[j:j + 3]], words)


def _country_possessive(span: Span) -> bool:
    """ "Yemen's Hodeidah", "Burkina Faso's Djibo", "Punjab's Amritsar": a name after the
    possessive of a country or a first-level area that the gazetteer knows in that country or
    that area."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].lower_ not in ("'s", "’s"):
        return False
    for n in (2, 1):
        if i - 1 - n < 0:
            continue
        if _lies_in(span.text, doc[i - 1 - n:i - 1].text):
            return True
    return False


def _area_after(span: Span, words: ToponymWords) -> bool:
    """ "Uludere in Sirnak province", "Tinsukia in Assam": a name followed by "in" and a
    first-level area (a kind word may follow it) that the gazetteer knows it in. The area
    the text puts it in confirms the reading whatever label the model gave the name (a town
    after "mayor of" is often tagged an organisation)."""
    doc, j = span.doc, span.end
    if j + 1 >= len(doc) or doc[j].lower_ != "in":
        return False
    start = j + 1 + (doc[j + 1].lower_ == "the")
    for n in (2, 1):
        area = doc[start:start + n]
        if len(area) == n and all(t.is_title for t in area) and (
                start + n == len(doc) or not doc[start + n].is_title) \
                and _lies_in(span.text, area.text, areas_only=True):
            return True
    return False


def _lies_in(name: str, owner: str, areas_only: bool = False) -> bool:
    """Whether the gazetteer knows `name` inside the country (unless `areas_only`) or the
    first-level area that `owner` names exactly."""
    holders = {(e.country, None if e.fcode == "PCLI" else e.admin1)
               for e, _ in gazetteer.candidates(owner, fuzzy_min_len=99)
               if e.fcode == "ADM1" or (e.fcode == "PCLI" and not areas_only)}
    if not holders:
        return False
    return any((e.country, None) in holders or (e.country, e.admin1) in holders
               for e, _ in gazetteer.candidates(name, fuzzy_min_len=99) if e.fcode != "ADM1")


def _weak_context(span: Span, words: ToponymWords, found_starts: set[int]) -> bool:
    """A preposition before, "-based" after, or ", <place>" after."""
    doc, i, j = span.doc, span.start, span.end
    if i >= 1 and doc[i - 1].lower_ in words.before and doc[i - 1].is_lower:
        return True
    return j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ in words.hyphen_after


def worded_as_place(span: Span) -> bool:
    """Words around the name make it a place: a preposition of place before ("from X", "in
    X"), a kind word after ("X district", "X town", "X village") or "the town of" before."""
    words = toponym_words()
    doc, j = span.doc, span.end
    after = j < len(doc) and doc[j].lower_ in words.settlement_words
    return (_weak_context(span, words, set()) or _kind_after(span, words) or after
            or _kind_before(span, words))


def _qualified(span: Span, found_starts: set[int]) -> bool:
    """ "X, Somalia", "X, Alta.": a place or an area abbreviation after a comma."""
    doc, j = span.doc, span.end
    return j + 1 < len(doc) and doc[j].text == "," and (
        j + 1 in found_starts or _abbreviation_at(doc, j + 1) is not None)


def _excluded(span: Span, words: ToponymWords, strong: bool) -> bool:
    """Persons (after a title), call signs, and names the model gave another label."""
    doc = span.doc
    if span.start >= 1 and doc[span.start - 1].text in words.person_titles:
        return True
    if _CALL_SIGN.fullmatch(span.text) and span.text[0] in words.call_sign_letters:
        return True
    labels = {t.ent_type_ for t in span if t.ent_type_}
    return bool(labels & OTHER_LABELS) and not strong


def not_a_place(span: Span) -> bool:
    """A name the model tagged as a place that is a person ("Ms Raggi", a title inside or
    before it), a broadcast call sign ("WKYT"), a holiday or weekday ("Easter"), a page's
    furniture ("FOTO", "UTC") or a news outlet written in capitals or as its address, as
    datelines and photo credits write them ("(XINHUA)", "PANA", "REPUBLIKA.CO.ID")."""
    words, doc = toponym_words(), span.doc
    if span[0].text in words.person_titles or furniture(span):
        return True
    if not span.text[-1].isalnum() and span.text[-1] not in ".)":
        return True  # a prefix cut from its word ("Pro-", "Neo-")
    if span.start >= 1 and doc[span.start - 1].text in words.person_titles:
        return True
    return bool(_CALL_SIGN.fullmatch(span.text)) and span.text[0] in words.call_sign_letters


#: A web address as a page credits itself ("REPUBLIKA.CO.ID", "www.example.org"): a label of
#: three or more letters, then dotted labels, the last one a top-level domain's letters.
_ADDRESS = re.compile(r"(?:www\.)?[A-Za-z0-9-]{3,}(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,6}")


def furniture(span: Span) -> bool:
    """A word of the page, not of the story: a listed never-place word ("FOTO", "UTC",
    "Easter"), a credit (`_outlet_as_credited`) or a social-media handle ("@AmnestyKenya":
    an account that posted, named by a place's letters at most)."""
    return span.text in toponym_words().not_places or _outlet_as_credited(span.text) \
        or _handle(span)


def _handle(span: Span) -> bool:
    """The span is, or ends, an "@" handle: its text or the character before it is "@"."""
    text = span.doc.text
    return span.text.startswith("@") or (span.start_char > 0
                                         and text[span.start_char - 1] == "@")


def _outlet_as_credited(text: str) -> bool:
    """A web address, or a known outlet's name in capitals: how credits and datelines write
    the agency ("-XINHUA"), not how a story names a place. Title-case names are left to the
    actor ruler, which knows which outlets' names hold a place."""
    name = text.strip("-\u2013\u2014 ")
    # two capitals are an area's abbreviation as often as a wire's ("AP": Andhra Pradesh)
    return bool(_ADDRESS.fullmatch(name)) or (
        name.isupper() and len(name) > 2 and outlet_info(name) is not None)


def famous_place(ent: Span) -> bool:
    """A name the model tagged as a person or organisation that is exactly the name of a
    country, a first-level area or a city of `famous_population` or more ("Edmonton's economy",
    "Red Deer" tagged ORG), or, as written, a sea, region or island the places pack names
    (`features`: "Mindanao", "Nagorno-Karabakh" tagged ORG): read as the place unless a title
    stands before it or a proper noun follows it (a person's given name: "Jordan Peterson" is
    one entity, "Jordan said" is not caught here, being the country, which the actor resolver
    already reads as the state)."""
    return standalone_name(ent) and (well_known_as_written(ent)
                                     or regions.feature(ent.text) is not None)


def standalone_name(ent: Span) -> bool:
    """A name that may stand for a place: no title or other no-place sign (`not_a_place`), no
    proper noun after it (a person's given name: "Jordan Peterson") and no "the" before it
    ("the Centre", a government; "the Union")."""
    doc = ent.doc
    if not_a_place(ent) or (ent.end < len(doc) and doc[ent.end].pos_ == "PROPN"):
        return False
    return not (ent.start > 0 and doc[ent.start - 1].lower_ == "the")


def town_at_home(ent: Span, home: frozenset[str]) -> bool:
    """A misread name (tagged as a person or organisation) that is, spelled as written, the
    own or alternate name of a town of `home_town_population` or more in a country the story
    names: "Russian forces shelled Bakhmut" (Bakhmut tagged ORG) in a story about Ukraine.
    Smaller namesakes (villages named after people) still need place wording."""
    least = toponym_words().home_town_population
    return standalone_name(ent) and any(
        e.fclass == "P" and e.population >= least and gazetteer.bears_whole(e, ent.text)
        for e in gazetteer.exact_in(ent.text, home))


def well_known_as_written(span: Span) -> bool:
    """`well_known` by a name the place bears as written, not through the lossy key alone
    ("Bell" folds as Belém and Billings do: a person's surname is no famous city)."""
    return any(gazetteer.bears(e, span.text) for e in well_known_entries(span))


def names_more(span: Span) -> bool:
    """Whether a span holds words beside a place name: a compass word first ("North London"),
    an institution word ("Kentucky State Police") or a nationality word ("Syrian government")."""
    words = toponym_words()
    return span[0].lower_ in words.compass_words or any(
        t.lower_ in words.institution_words or t.text in actor_packs().demonyms for t in span)


def well_known(span: Span, own_name: bool = False) -> bool:
    """Exactly the name of a country, a first-level area or a city of `famous_population`; a
    name led by a compass word only as a country ("South Africa"): Cameroon's "Far North" and
    Zambia's "Southern" province are not what "Far North Queensland" is about. `own_name`:
    the place's own name, not one of its alternate names ("UN" is no name of Norman)."""
    return bool(well_known_entries(span, own_name))


def well_known_entries(span: Span, own_name: bool = False) -> list[gazetteer.Entry]:
    """The entries that make `span` well known (see `well_known`): a caller that needs more
    of the place (its spelling) must ask it of these, not of an obscure namesake ("Abu" is
    well known only as Turku's old name Åbo under the lossy key; Ābu, India, is spelled so
    but is no famous place)."""
    words, key = toponym_words(), gazetteer.fold(span.text)
    codes = ("PCLI",) if span[0].lower_ in words.compass_words else ("PCLI", "ADM1")
    return [e for e, _ in gazetteer.candidates(span.text, fuzzy_min_len=99)
            if (e.fcode in codes or (e.fclass == "P" and e.population >= words.famous_population
                                     and codes != ("PCLI",)))
            and (not own_name or gazetteer.fold(e.name) == key)]


def _institution_context(span: Span, words: ToponymWords) -> bool:
    """An institution word after the name ("London police", "Danbury police"), or "of" after
    an institution's capitalised name before it ("University of Michigan", "Government of
    Alberta")."""
    doc, i, j = span.doc, span.start, span.end
    if j < len(doc) and doc[j].lower_ in words.institution_words:
        return True
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].is_title


def _known(span: Span, words: ToponymWords) -> bool:
    """The name is exactly an admin area or a town of `institution_population` or more: what
    an institution is named after ("Kentucky State Police", "Glasgow Police Department")."""
    return any(e.fclass == "A" or e.population >= words.institution_population
               for e, _ in gazetteer.candidates(span.text, fuzzy_min_len=99))


def _pieces(run: Span, words: ToponymWords) -> Iterator[Span]:
    """Names inside a run of capitalised words that an institution is named after: the words
    before an institution word ("Kentucky" in "Kentucky State Police", "Laurel County" in
    "Laurel County Detention Center"), or after a broadcaster's call letters ("CBC Toronto")."""
    for k in range(len(run) - 1, 0, -1):  # longest first: "Laurel County", then "Laurel"
        if run[k].lower_ in words.institution_words:
            yield run[:k]
    if len(run) > 1 and run[0].is_upper and len(run[0]) <= 4:
        yield run[1:]


def _phrase_inside(run: Span, words: ToponymWords) -> tuple[int, int]:
    """(offset, length) of a kind phrase that opens after the run's first word, or (0, 0). It
    may reach past the run, which stops at a word never a place ("Government")."""
    doc = run.doc
    for k in range(1, len(run)):
        n = kind_phrase_len([t.lower_ for t in doc[run.start + k:run.start + k + 3]], words)
        if n:
            return k, n
    return 0, 0


def _take(run: Span, words: ToponymWords, found_starts: set[int]) -> Span | None:
    """The run (with a kind word after it) if its context makes it a place the gazetteer
    knows, else an institution's place name inside it, else None."""
    at, phrase = _phrase_inside(run, words)
    if phrase:  # "Bungudu Local Government Area": the kind phrase says a place is meant
        name = run[:at]
        return run.doc[run.start:run.start + at + phrase] if not _excluded(
            name, words, True) and gazetteer.candidates(name.text, fuzzy_min_len=99) else None
    strong = (_kind_before(run, words) or _kind_after(run, words)
              or _qualified(run, found_starts) or _country_possessive(run)
              or _area_after(run, words) or _named_act_after(run, words))
    if (strong or _weak_context(run, words, found_starts)) and not _excluded(
            run, words, strong) and gazetteer.candidates(run.text, fuzzy_min_len=99):
        kind = max(_phrase_after(run, words), 1) if _kind_after(run, words) else 0
        return run.doc[run.start:run.end + kind]
    if (_settlement_of(run, words) or _settlement_appositive(run, words)) \
            and not _excluded(run, words, True):
        return run  # "the village of Kishishe", "Kishishe, a village": a place no gazetteer has
    # an institution is named after its place whatever label the model gave the whole name
    pieces = ([run] if _institution_context(run, words) else []) + list(_pieces(run, words))
    return next((p for p in pieces if not _excluded(p, words, True) and _known(p, words)),
                None)


def context_toponyms(doc: Doc, covered: set[int], found_starts: set[int]) -> list[Span]:
    """Capitalised names in a place context that the gazetteer knows, with a kind word after
    them kept in the span ("Allamakee County"), the place names institutions carry, the names
    listed before a plural kind word and the place opening a dateline."""
    words = toponym_words()
    found = [s for run in _runs(doc, covered, words)
             if (s := _take(run, words, found_starts)) is not None]
    taken = covered | {i for s in found for i in range(s.start, s.end)}
    listed = listed_before_kind(doc, taken, words)
    taken |= {i for s in listed for i in range(s.start, s.end)}
    return found + listed + datelines(doc, taken)


def _plural_kinds(words: ToponymWords) -> frozenset[str]:
    """Plurals of the kind words that follow a name ("regions", "provinces", "counties")."""
    return frozenset(w[:-1] + "ies" if w.endswith("y") else w + "s"
                     for w in words.kind_after if not w.endswith("s"))


def _name_before(doc: Doc, end: int, words: ToponymWords) -> Span | None:
    """The capitalised name ending right before token `end` ("Ivano-Frankivsk"), if any."""
    start = end
    while start > 0 and end - start < MAX_NAME_TOKENS and (
            _capitalised(doc[start - 1], words) or (
                doc[start - 1].text == "-" and start - 1 > 0 and start < end
                and _capitalised(doc[start - 2], words))):
        start -= 1
    return doc[start:end] if start < end else None


def _list_before(doc: Doc, end: int, words: ToponymWords) -> list[Span]:
    """The names of a list "A, B and C" (or "A, B, and C") ending right before token `end`."""
    names: list[Span] = []
    while (name := _name_before(doc, end, words)) is not None:
        names.append(name)
        end = name.start
        if end >= 1 and doc[end - 1].lower_ == "and":
            end -= 1 + (end >= 2 and doc[end - 2].text == ",")
        elif end >= 1 and doc[end - 1].text == "," and len(names) == 1:
            return []  # "X, Y regions" without "and" is no list ("Kyiv, Kharkiv region")
        elif end >= 1 and doc[end - 1].text == ",":
            end -= 1
        else:
            break
    return names if len(names) >= 2 else []


def listed_before_kind(doc: Doc, covered: set[int], words: ToponymWords) -> list[Span]:
    """Names listed before a plural kind word ("the Kherson, Khmelnytskyi and Mykolaiv
    regions", "Kayah and Karen states"): the kind word names the place kind of every name in
    the list, whatever the model tagged them. Each must be a name the gazetteer knows."""
    plurals, out = _plural_kinds(words), []
    for i, lower in enumerate(token_table(doc).lower):
        if lower in plurals and i > 0:
            out += [n for n in reversed(_list_before(doc, i, words))
                    if covered.isdisjoint(range(n.start, n.end))
                    and not _excluded(n, words, True)
                    and gazetteer.candidates(n.text, fuzzy_min_len=99)]
    return out


#: What ends a dateline's place: a comma, a colon, a dash or the agency in brackets.
_PARAGRAPH = re.compile(r"(?:^|\n)\s*")
_DATELINE_END = frozenset({",", ":", "(", "-", "--", "\u2013", "\u2014"})


def datelines(doc: Doc, covered: set[int]) -> list[Span]:
    """The place opening a paragraph as its dateline ("BEIRUT: ...", "SANAA, June 19: ...",
    "Maputo \u2014 ..."): a name in capitals before a comma, colon, dash or bracket, or a
    capitalised one before a colon or a spaced dash, that the gazetteer knows exactly."""
    text, out, table = doc_text(doc), [], token_table(doc)
    heads = {m.end() for m in _PARAGRAPH.finditer(text)}
    for i, idx in enumerate(table.idx):
        if idx not in heads or i in covered or not table.text[i][:1].isupper():
            continue
        tok = doc[i]
        end = tok.i + 1
        while end < len(doc) and end - tok.i < MAX_NAME_TOKENS and doc[end].text[:1].isupper() \
                and doc[end].is_alpha:
            end += 1
        span = doc[tok.i:end]
        after = doc[end] if end < len(doc) else None
        caps = all(t.is_upper for t in span if t.is_alpha) and len(span.text) > 2
        if after is None or covered.intersection(range(span.start, span.end)) or not (
                (caps and after.text in _DATELINE_END)
                or (after.text in _DATELINE_END - {",", "("} and after.whitespace_)
                or (after.text == "," and _dated(doc, end + 1) and (  # not "Smith, May 3"
                    tok.ent_type_ not in ("PERSON", "ORG") or well_known_as_written(span)))):
            continue
        if gazetteer.candidates(span.text, fuzzy_min_len=99):
            out.append(span)
    return out


def _dated(doc: Doc, i: int) -> bool:
    """Whether a month and a day start at token i ("Imphal, May 22 (IANS)", "Lagos, Jan. 5"):
    after a paragraph's first name and a comma they make the name a dateline's place."""
    j = i + 1 + (i + 1 < len(doc) and doc[i + 1].text == ".")
    return j < len(doc) and doc[i].text[:1].isupper() and doc[i].lower_.rstrip(".") in \
        month_names() and doc[j].like_num


def is_abbreviation(text: str) -> bool:
    """Whether a toponym's text is an abbreviation of a first-level area ("Alta.", "KY")."""
    return text in _abbreviations()


@cache
def _abbreviations() -> frozenset[str]:
    """Abbreviations of first-level areas ("Ky.", "KY", "Alta.", "B.C."); AP style spells
    short names out ("Hawaii", "Texas"): those are names, not abbreviations."""
    return frozenset(a for forms in abbreviations().values() for a in forms
                     if a.isupper() or "." in a)


def _abbreviation_at(doc: Doc, i: int) -> Span | None:
    """The abbreviation starting at token i ("Alta." may be one token or "Alta" + ".")."""
    for n in (2, 1):
        if i + n <= len(doc) and doc[i:i + n].text in _abbreviations():
            return doc[i:i + n]
    return None


def abbreviations_after_towns(doc: Doc, spans: list[Span]) -> list[Span]:
    """A state or province abbreviation is a place only after a town and a comma ("Wainwright,
    Alta.", "LOUISVILLE, KY"), or when it carries two dots or more ("B.C.", "P.E.I."): alone,
    "Kan." is not Kano and "Man." is not Manitoba. Adds those after towns that the model missed
    and drops the others."""
    ends = {s.end for s in spans}
    kept = [s for s in spans if s.text not in _abbreviations() or s.text.count(".") >= 2
            or (s.start >= 2 and doc[s.start - 1].text == "," and s.start - 1 in ends)]
    taken = {i for s in kept for i in range(s.start, s.end)}
    for end in ends:
        if end < len(doc) and doc[end].text == ",":
            found = _abbreviation_at(doc, end + 1)
            if found is not None and taken.isdisjoint(range(found.start, found.end)):
                kept.append(found)
    return kept
