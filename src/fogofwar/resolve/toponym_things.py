"""Names that the text shows to be things, not places, whatever the model or the gazetteer
reads: a make ("Katyusha rockets", "F-4 jets"), a named day ("Palm Sunday", "Independence Day")
or a known news outlet ("shared with Addis Standard"). The words are the `toponyms` pack's
(make_nouns, medium_nouns, day_words, day_ends); outlets are the outlets pack's. The pack
names no media nouns for now ("Sham FM radio", "news agency TT" would be media): a medium's
name taken out of the places becomes an unknown actor mention that the claims stage names as
a relay in place of the whole described medium (see the pack's note).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..clean.outlets import outlet_info
from .toponym_context import well_known, well_known_as_written
from .toponym_words import ToponymWords, toponym_words

#: Dependency labels of a name that qualifies the noun after it ("Katyusha rockets").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
#: How many words may stand between a name and the make noun it qualifies ("Kalibr sea-based
#: missiles", "Lana news agency").
MAKE_GAP = 3


def named_thing(span: Span) -> bool:
    """Whether the text shows the name to be a make, a medium, a day or an outlet. A country,
    first-level area or famous city before a make noun is whose it is ("US drones were
    flying"): still the place."""
    words = toponym_words()
    return ((_make(span, words) and not well_known_as_written(span)) or _medium_before(span, words)
            or _day(span, words) or _outlet(span))


def _make(span: Span, words: ToponymWords) -> bool:
    """The name qualifies a lower-case make noun right after it, or one a few words on that
    the parse hangs it from ("Katyusha rockets", "Kalibr sea-based missiles"), and that noun
    heads its phrase: "the Kharkiv missile strike" and "the Kharkiv tank plant" name a place."""
    doc, root = span.doc, span.root
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and _make_noun(nxt, words):
        return _heads(nxt, words)
    head = root.head
    return (root.dep_ in MODIFIER_DEPS and _make_noun(head, words)
            and 0 <= head.i - span.end < MAKE_GAP and _heads(head, words))


def _make_noun(tok: Token, words: ToponymWords) -> bool:
    return tok.lower_ in words.make_nouns and (tok.is_lower or tok.is_upper)


def _heads(tok: Token, words: ToponymWords) -> bool:
    """No lower-case noun but another make noun follows the make noun ("radio broadcaster"
    goes on; "missile strike" is a strike)."""
    doc, i = tok.doc, tok.i
    while i + 1 < len(doc) and _make_noun(doc[i + 1], words):
        i += 1
    return not (i + 1 < len(doc) and doc[i + 1].is_lower and doc[i + 1].pos_ == "NOUN")


def _medium_before(span: Span, words: ToponymWords) -> bool:
    """A medium's kind noun right before the name ("news agency TT", "state TV SANA")."""
    if span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return prev.lower_ in words.medium_nouns and prev.pos_ in ("NOUN", "PROPN")


def _day(span: Span, words: ToponymWords) -> bool:
    """A named day: a day word ends the name or follows it ("Independence Day"), or a name of
    several words ends in a weekday or feast ("Palm Sunday", "Good Friday"); not "Tsafe Local
    Government", though "Government" is never a place either."""
    doc = span.doc
    after = doc[span.end].text if span.end < len(doc) else ""
    return (span[-1].text in words.day_words or after in words.day_words
            or (len(span) > 1 and span[-1].text in words.day_ends))


def _outlet(span: Span) -> bool:
    """Exactly a known outlet's name ("Addis Standard"), unless it is also a country, a
    first-level area or a famous city as written; a name of one word only as the pack writes
    it ("the tropical Atlantic" is no The Atlantic)."""
    text = span.text[4:] if span.text.lower().startswith("the ") else span.text
    outlet = outlet_info(text)
    return outlet is not None and not well_known(span) and (
        len(text.split()) > 1 or text in (outlet.name, *outlet.aliases))
