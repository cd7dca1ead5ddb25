"""The `toponyms` pack: contexts that make a capitalised span a place, and words that tell a
toponym's role. Validated once per process; see the pack's header for each key."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..errors import PackError
from ..packs import load_pack

PACK = "toponyms"
KEYS = ("before", "kind_of", "kind_after", "hyphen_after", "associated_words", "not_places",
        "person_titles", "call_sign_letters", "institution_words", "compass_words",
        "person_roles", "speech_verbs", "saint_words", "settlement_words", "landform_words",
        "relation_nouns", "area_words", "resident_nouns", "kind_phrases",
        "language_words", "tongue_words", "make_nouns", "medium_nouns", "day_words",
        "day_ends", "country_codes", "capital_nouns", "government_nouns", "name_particles",
        "place_particles", "ranking_words", "field_nouns", "named_act_nouns", "lone_articles")


@dataclass(frozen=True)
class ToponymWords:
    """The pack's word lists (lower-cased where matching is case-blind)."""

    before: frozenset[str]
    kind_of: frozenset[str]
    kind_after: frozenset[str]
    hyphen_after: frozenset[str]
    associated_words: frozenset[str]
    not_places: frozenset[str]
    person_titles: frozenset[str]
    call_sign_letters: frozenset[str]
    institution_words: frozenset[str]
    compass_words: frozenset[str]
    person_roles: frozenset[str]
    speech_verbs: frozenset[str]
    saint_words: frozenset[str]
    settlement_words: frozenset[str]
    landform_words: frozenset[str]
    relation_nouns: frozenset[str]
    area_words: frozenset[str]
    resident_nouns: frozenset[str]
    kind_phrases: frozenset[str]
    language_words: frozenset[str]
    tongue_words: frozenset[str]
    make_nouns: frozenset[str]
    medium_nouns: frozenset[str]
    day_words: frozenset[str]
    day_ends: frozenset[str]
    country_codes: frozenset[str]
    capital_nouns: frozenset[str]
    government_nouns: frozenset[str]
    name_particles: frozenset[str]
    place_particles: frozenset[str]
    ranking_words: frozenset[str]
    field_nouns: frozenset[str]
    named_act_nouns: frozenset[str]
    lone_articles: frozenset[str]
    famous_population: int
    institution_population: int
    home_town_population: int


def _words(pack: dict, key: str) -> list[str]:
    value = pack.get(key)
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise PackError(f"{PACK}.yaml: {key} must be a list of words")
    return value


@cache
def toponym_words() -> ToponymWords:
    """Read and check the pack."""
    pack = load_pack(PACK)
    raw = {k: _words(pack, k) for k in KEYS}
    cased = ("not_places", "lone_articles", "person_titles", "call_sign_letters", "day_words",
             "day_ends", "country_codes", "government_nouns")
    sizes = {}
    for key in ("famous_population", "institution_population", "home_town_population"):
        value = pack.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise PackError(f"{PACK}.yaml: {key} must be a whole number")
        sizes[key] = value
    return ToponymWords(**{k: frozenset(v if k in cased else (w.lower() for w in v))
                           for k, v in raw.items()}, **sizes)


def kind_phrase_len(lowers: list[str], words: ToponymWords) -> int:
    """How many of `lowers` (lower-cased words, in text order) a kind phrase of the pack (one
    to three words) opens with, longest first ("local government area" before "local
    government"); 0 for none."""
    for n in range(min(len(lowers), 3), 0, -1):
        if " ".join(lowers[:n]) in words.kind_phrases:
            return n
    return 0


def trailing_kind_phrase(lowers: list[str], words: ToponymWords) -> int:
    """How many of the last words of `lowers` are a kind phrase of the pack ("Bungudu Local
    Government Area" ends with three); 0 for none, or when the phrase is all there is."""
    for n in range(min(len(lowers) - 1, 3), 0, -1):
        if " ".join(lowers[-n:]) in words.kind_phrases:
            return n
    return 0
