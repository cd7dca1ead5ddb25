"""One table of a parsed document's token attributes, read once and kept with the doc.

Every `doc[i]` and every step of `for tok in span` builds a new Cython `Token` object, and
each `tok.lemma_` or `tok.dep_` looks its string up again; the extraction passes scan every
token of every statement several times (about two million look-ups per hundred articles), yet
only a few tokens per sentence are ever of interest. A pass reads the table to pick those few
and builds `Token` objects for them alone, so what the rules decide stays the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_SPACE,
    IS_TITLE,
    IS_UPPER,
    LEMMA,
    LOWER,
    ORTH,
    POS,
    SPACY,
    TAG,
)
from spacy.tokens import Doc

_KEY = "fogofwar_tokens"


@dataclass(frozen=True, slots=True)
class TokenTable:
    """Token attributes by token index, as plain Python lists (strings as spaCy gives them,
    except `lemma`, lower-cased, the form every rule compares)."""

    text: list[str]
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    ent_type: list[str]
    whitespace: list[str]
    is_space: list[bool]
    head: list[int]
    #: `Token.is_title`, `Token.is_upper` and `Token.idx` (the token's character offset)
    is_title: list[bool]
    is_upper: list[bool]
    idx: list[int]


def token_table(doc: Doc) -> TokenTable:
    """The doc's token table, built on first use in one walk over its tokens, then kept in
    `doc.user_data` (a doc is not changed once parsed, so it stays valid)."""
    table = doc.user_data.get(_KEY)
    if table is None:
        table = doc.user_data[_KEY] = _build(doc)
    return table


#: The string-valued attributes, in TokenTable's order (lemma lower-cased after).
_STRING_ATTRS = (ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE)


def _build(doc: Doc) -> TokenTable:
    """The table from spaCy's array export: one C walk gives every token's string ids, each
    distinct id is turned into its string once (a doc has a few thousand: its words and a
    hundred tags and labels), where asking every `Token` for nine attributes built a Token
    object and looked each string up again (the same strings: `Token.text` is its ORTH,
    `lemma_` its LEMMA, `pos_` the POS symbol's name, `whitespace_` " " when SPACY is set)."""
    if not len(doc):
        return TokenTable([], [], [], [], [], [], [], [], [], [], [], [], [])
    strings = doc.vocab.strings
    ids = doc.to_array(list(_STRING_ATTRS)).T.tolist()
    names = {h: strings[h] for h in set().union(*ids)}
    text, lower, lemma, pos, tag, dep, ent = ([names[h] for h in col] for col in ids)
    lemma = [w.lower() for w in lemma]
    # HEAD comes as an offset from the token, stored unsigned: read it back as signed
    offsets = doc.to_array(HEAD).astype("int64").tolist()
    heads = [i + off for i, off in enumerate(offsets)]
    # the lexeme flags and offsets as spaCy's own array export reads them for each token
    spacy, space, title, upper, idx = doc.to_array([SPACY, IS_SPACE, IS_TITLE, IS_UPPER,
                                                    IDX]).T.tolist()
    return TokenTable(text, lower, lemma, pos, tag, dep, ent, [" " if v else "" for v in spacy],
                      [bool(v) for v in space], heads, [bool(v) for v in title],
                      [bool(v) for v in upper], idx)
