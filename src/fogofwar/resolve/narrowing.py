"""A toponym span no gazetteer name matches, narrowed to the well-known place or nationality
word inside it ("Kentucky" in "Kentucky State Police", "Syrian" in "Syrian government").
Split from `places`, which resolves the spans this returns."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from . import gazetteer, local_sites, ranking, regions
from .place_roles import DEMONYM, LOCATION, demonym_words
from .toponym_context import names_more, well_known, well_known_entries
from .toponyms import core_name


def inner_places(spans: Sequence[Span], readings: Sequence[bool]) -> tuple[list[Span],
                                                                            list[bool]]:
    """Each given span, or for one no gazetteer name matches, the well-known place or
    nationality word inside it, which is where it lies ("Dubai World Trade Centre", "Cavan
    Institute", "Manila Cathedral": the span stays the toponym, its point is the place's)."""
    out, reads = [], []
    for s, d in zip(spans, readings, strict=True):
        piece, role = narrowed(s, LOCATION, any_words=True)
        out.append(piece)
        reads.append(d or role == DEMONYM)
    return out, reads


def narrowed(span: Span, role: str, any_words: bool = False) -> tuple[Span, str]:
    """A span no gazetteer name matches, narrowed to the place inside it ("Kentucky" in
    "Kentucky State Police", "Queensland" in "Far North Queensland", "Syrian" in "Syrian
    government"): the longest part that is a nationality word or a well-known place
    (toponym_context.well_known). Only a span with words that say it names more than a place
    (a compass word first, a nationality word, an institution word) is narrowed; an unknown
    village ("Muhayat Khas") stays whole. `any_words`: narrow whatever words the span holds
    (a span already taken as a toponym). Otherwise the span as it is."""
    said = names_more(span)
    if len(span) < 2 or span.text in demonym_words() or not (any_words or said) or \
            regions.region(core_name(span)) or regions.region_of_demonym(span.text) or \
            regions.feature(core_name(span)) or \
            gazetteer.candidates(core_name(span), fuzzy_min_len=99) or \
            gazetteer.candidates(span.text, fuzzy_min_len=99):
        return span, role
    for n in range(len(span) - 1, 0, -1):
        for i in range(span.start, span.end - n + 1):
            piece = span.doc[i:i + n]
            if local_sites.names_no_place(piece, span):
                continue
            if piece.text in demonym_words():
                return piece, DEMONYM
            if piece[0].is_alpha and piece[0].text[0].isupper() and well_known(piece) and (
                    said or _spelled_place(piece)):
                return piece, role
    return span, role


def _spelled_place(piece: Span) -> bool:
    """Whether a well-known place bears exactly this name, not just its lossy key: with no
    word saying the span names more than a place, a part of an unknown name ("Khas" in
    "Muhayat Khas", folded like Ha'il) must not stand for it. The well-known place itself
    must bear the name: "Abu" in "Abu Shouk" is well known only as Turku's old name (Åbo)
    and spelled so only by an obscure town in India, so it stands for nothing."""
    return any(ranking.spelled_as(e.name, piece.text) for e in well_known_entries(piece))
