"""One table of a parsed document's token attributes, read once and kept with the doc.

Every `doc[i]` and every step of `for tok in span` builds a new Cython `Token` object, and
each `tok.lemma_` or `tok.dep_` looks its string up again; the extraction passes scan every
token of every statement several times (about two million look-ups per hundred articles), yet
only a few tokens per sentence are ever of interest. A pass reads the table to pick those few
and builds `Token` objects for them alone, so what the rules decide stays the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import HEAD, IDX, IS_TITLE, IS_UPPER
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


def _build(doc: Doc) -> TokenTable:
    rows = [(t.text, t.lower_, t.lemma_.lower(), t.pos_, t.tag_, t.dep_, t.ent_type_,
             t.whitespace_, t.is_space) for t in doc]
    if not rows:
        return TokenTable([], [], [], [], [], [], [], [], [], [], [], [], [])
    # HEAD comes as an offset from the token, stored unsigned: read it back as signed
    offsets = doc.to_array(HEAD).astype("int64").tolist()
    heads = [i + off for i, off in enumerate(offsets)]
    # the lexeme flags and offsets as spaCy's own array export reads them for each token
    title, upper, idx = doc.to_array([IS_TITLE, IS_UPPER, IDX]).T.tolist()
    return TokenTable(*(list(col) for col in zip(*rows, strict=True)), heads,
                      [bool(v) for v in title], [bool(v) for v in upper], idx)
