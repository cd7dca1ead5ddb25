"""Names the text itself shows to be persons, and abbreviations it defines (issues 12, 14).

A gazetteer match alone does not make a place: "Nina" is an alternate name of Neenah,
Wisconsin, yet in "his wife Nina" (after "Nina Kozyr" was named) she is a person. The text
says so in three ways: a role noun stands right before the name ("his wife Florence": a
person unless the name is a country's), the name is a given name or surname of a person it
names in full, or a speech verb follows it ("Bell added"). In the last two, a place the world
knows by that name (a country, a first-level area, a big city) is kept: "Kharkiv Governor
Oleh Syniehubov" tagged as one person must not unmake Kharkiv.

An abbreviation the text defines ("Khyber Pakhtunkhwa (KP)", "KP (Khyber Pakhtunkhwa)") means
its long name there, not whatever the gazetteer files under the letters (North Korea's code).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from ..annotate.pipeline import doc_ents
from ..annotate.table import token_table
from . import gazetteer
from .toponym_context import well_known_as_written
from .toponym_words import ToponymWords, toponym_words

MAX_LONG_TOKENS = 6
_CONNECTORS = frozenset({"of", "and", "for", "the", "&", "-"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _name_tokens(span: Span) -> list[Token]:
    """The span's words without a leading "the" or a trailing possessive."""
    toks = [t for t in span if t.lower_ != "the"]
    while toks and toks[-1].text in _POSSESSIVE:
        toks.pop()
    return toks


def person_words(doc: Doc, places: Sequence[Span]) -> frozenset[str]:
    """Given names and surnames of persons named in full (a PERSON entity of two capitalised
    words or more) that are not themselves among the places found ("Khan Sheikhoun" tagged
    as a person is a village)."""
    placed = {(s.start, s.end) for s in places}
    return frozenset(t.text for ent, words in _full_names(doc)
                     if (ent.start, ent.end) not in placed for t in words)


def _full_names(doc: Doc) -> Iterator[tuple[Span, list[Token]]]:
    """Each person the page names in full (a PERSON entity of two capitalised words or more)
    with its words: what `person_words` and `_surname_on_page` read a person from."""
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON":
            continue
        words = [t for t in _name_tokens(ent) if t.is_alpha]
        if len(words) >= 2 and all(t.is_title for t in words):
            yield ent, words


def is_person(span: Span, persons: frozenset[str], words: ToponymWords | None = None) -> bool:
    """Whether the text shows this one-word name to be a person (see the module doc)."""
    words = words or toponym_words()
    toks, doc = _name_tokens(span), span.doc
    if not toks:
        return False
    core = doc[toks[0].i:toks[-1].i + 1]
    last = toks[-1].i
    said = last + 1 < len(doc) and doc[last + 1].lemma_.lower() in words.speech_verbs
    if _role_before(span, words):  # "his wife Florence": only a country outweighs that
        return not _country_named(core.text)
    named = len(toks) == 1 and (toks[0].text in persons or said)
    if named and toks[0].text in persons and _surname_on_page(toks[0]) \
            and _speaks_somewhere(toks[0], words):
        # "Interior Secretary Mar Roxas ... according to Roxas, who flew south": the surname
        # of a person named in full, speaking as one, is that person even when a big city
        # bears it, in every bare mention of the page (one sense per discourse); a country
        # ("Jordan said") still speaks as its state
        return not _country_named(core.text)
    return named and not well_known_as_written(core)


def _country_named(name: str) -> bool:
    """Whether a country bears the name as written (a gazetteer entry of a PCL code)."""
    return any(e.fcode.startswith("PCL") and gazetteer.bears(e, name)
               for e, _ in gazetteer.candidates(name, fuzzy_min_len=99))


def _speaks_somewhere(tok: Token, words: ToponymWords) -> bool:
    """Whether some bare mention of the word on the page is a person speaking: a speech verb
    after it ("Roxas said"), a relative "who" after its comma ("Roxas, who flew south") or
    "according to" before it."""
    doc = tok.doc
    for t in doc:
        if t.text != tok.text or (t.i + 1 < len(doc) and doc[t.i + 1].is_title):
            continue  # "Roxas City" is not the bare name
        i, j = t.i, t.i + 1
        said = j < len(doc) and doc[j].lemma_.lower() in words.speech_verbs
        who = j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "who"
        according = i >= 2 and doc[i - 2].lower_ == "according" and doc[i - 1].lower_ == "to"
        if said or who or according:
            return True
    return False


def _surname_on_page(tok: Token) -> bool:
    """Whether a person the page names in full (a PERSON entity of two capitalised words or
    more) ends with this word: a surname, not a place name that opens a title ("Kharkiv
    Governor Oleh Syniehubov")."""
    return any(words[-1].text == tok.text and ent.start != tok.i
               for ent, words in _full_names(tok.doc))


def _role_before(span: Span, words: ToponymWords) -> bool:
    """A lower-case role noun right before the name ("his wife Nina")."""
    doc, i = span.doc, span.start
    return i >= 1 and doc[i - 1].is_lower and doc[i - 1].lower_ in words.person_roles


def _initials_fit(abbr: str, long: Span) -> bool:
    """The abbreviation's letters, in order, among the long name's, the first one leading it
    ("KP" in Khyber Pakhtunkhwa, "ISIS" in Islamic State of Iraq and Syria)."""
    letters, text = abbr.lower(), long.text.lower()
    if not text.startswith(letters[0]):
        return False
    pos = 0
    for ch in letters:
        pos = text.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _long_before(doc: Doc, end: int, abbr: str) -> Span | None:
    """The longest capitalised name ending right before token `end` that `abbr` abbreviates."""
    best, start = None, end
    while start > 0 and end - start < MAX_LONG_TOKENS and (
            doc[start - 1].is_title or doc[start - 1].lower_ in _CONNECTORS):
        start -= 1
        if doc[start].is_title and _initials_fit(abbr, doc[start:end]):
            best = doc[start:end]
    return best


def _is_abbr(tok: Token) -> bool:
    return tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 6


def defined_abbreviations(doc: Doc) -> dict[str, Span]:
    """Abbreviations the text defines, each with its long name: "Long Name (ABBR)" or
    "ABBR (Long Name)". Worked out once per doc."""
    cached = doc.user_data.get("defined_abbreviations")
    if cached is not None:
        return cached
    out: dict[str, Span] = {}
    texts = token_table(doc).text  # brackets found in the table: no Token per word
    for i in range(1, len(doc) - 1):
        if texts[i] != "(":
            continue
        tok = doc[i]
        inner, close = doc[tok.i + 1], tok.i + 2
        if _is_abbr(inner) and close < len(doc) and doc[close].text == ")":
            long = _long_before(doc, tok.i, inner.text)
        elif _is_abbr(doc[tok.i - 1]):
            ends = [t.i for t in doc[tok.i + 1:tok.i + 2 + MAX_LONG_TOKENS] if t.text == ")"]
            long = doc[tok.i + 1:ends[0]] if ends else None
            inner = doc[tok.i - 1]
            long = long if long is not None and _initials_fit(inner.text, long) else None
        else:
            continue
        if long is not None:
            out.setdefault(inner.text, long)
    doc.user_data["defined_abbreviations"] = out
    return out


def defined_long_name(span: Span) -> Span | None:
    """The long name the text defines for this span's abbreviation, if it defines one."""
    toks = _name_tokens(span)
    if len(toks) != 1:
        return None
    return defined_abbreviations(span.doc).get(toks[0].text)


def not_a_named_place(span: Span, persons: frozenset[str]) -> bool:
    """A span the text shows is no place: a person's name, or an abbreviation it defines for
    a long name the gazetteer does not know (an agency, a mission)."""
    long = defined_long_name(span)
    if long is not None:
        return not gazetteer.candidates(long.text, fuzzy_min_len=99)
    return is_person(span, persons)
