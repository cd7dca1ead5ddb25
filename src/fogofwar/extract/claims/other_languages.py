"""Claims in sentences written in French or Spanish, found by word patterns.

The annotating model is English: on "Selon le ministère, 12 soldats ont été tués" or "El vocero
dijo que 40 personas murieron" it tags the verbs as nouns and builds no clause, so no cue is
read and the sentence (often with its toll) is lost to narration, or dropped. A sentence whose
stop words are mostly French or Spanish (pack `other_languages`) is read by patterns instead:
a preposition of source ("selon X", "según X", "de acuerdo con X"), a verb of saying with its
speaker before it ("X a déclaré", "X dijo") or inverted after a comma or quotation ("…,
précise X", "…», afirmó X"). An English sentence never reads as French or Spanish, so English
pages keep their claims as they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...packs import load_pack, require
from ...words import alternation

#: what closes a speaker's words: a clause's punctuation or a quotation mark
_CLOSE = r"[,.;:!?()\[\]«»\"“”\n]"
#: a run of words up to the next such mark
_UNTIL_CLOSE = "[^" + _CLOSE[1:-1] + "]+"
#: a word (letters, apostrophes and hyphens inside)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+")
_MAX_WORDS = 12  # a speaker's name and description, not a clause


@dataclass(frozen=True)
class OtherLanguages:
    stop_words: frozenset[str]
    english: frozenset[str]
    prepositions: re.Pattern[str]
    before_verb: re.Pattern[str]  # "X a déclaré", "X dijo"
    after_verb: re.Pattern[str]  # "…, précise X"
    determiners: frozenset[str]
    pronouns: frozenset[str]


def spaced_alternation(words: list[str]) -> str:
    """Longest first, so "de acuerdo con" wins over a shorter form; a space within a form
    matches any run of white space."""
    return alternation(words, longest_first=True).replace(r"\ ", r"\s+")


@cache
def other_languages() -> OtherLanguages:
    """The cues pack's `other_languages` section, as patterns."""
    sec = require(load_pack("cues"), "cues", "other_languages", dict)

    def words(key: str) -> list[str]:
        return [str(w).lower() for w in require(sec, "cues.other_languages", key, list)]

    verbs, aux = spaced_alternation(words("verbs")), spaced_alternation(words("auxiliaries"))
    return OtherLanguages(
        stop_words=frozenset(words("stop_words")),
        english=frozenset(words("english_stop_words")),
        prepositions=re.compile(rf"(?<![\w'’])(?:{spaced_alternation(words('prepositions'))})\s+"
                                rf"({_UNTIL_CLOSE})", re.I),
        before_verb=re.compile(rf"({_UNTIL_CLOSE}?),?\s+(?:(?:{aux})\s+)?"
                               rf"(?:{verbs})(?![\w])", re.I),
        after_verb=re.compile(rf"{_CLOSE}\s*(?:(?:{aux})\s+)?(?:{verbs})\s+"
                              rf"({_UNTIL_CLOSE})", re.I),
        determiners=frozenset(words("determiners")),
        pronouns=frozenset(words("pronouns")),
    )


def reads_other_language(text: str) -> bool:
    """A sentence in French or Spanish: at least three of its words are those languages' stop
    words, and more than twice as many as English ones (a French name or quotation in an
    English sentence leaves it English)."""
    lex = other_languages()
    low = [w.lower() for w in _WORD.findall(text)]
    other = sum(w in lex.stop_words for w in low)
    return other >= 3 and other > 2 * sum(w in lex.english for w in low)


def named_span(text: str, start: int, end: int, *, first: bool) -> tuple[int, int] | None:
    """The speaker's span within text[start:end], trimmed; None when it is a pronoun, empty or
    too long to be a name (also the doer of an act the event patterns read). `first`: the
    speaker must open with a determiner or a capital
    ("précise le responsable", "Juan Pérez afirmó"), not a clause or an auxiliary ("affirme
    que …", "… » ont longtemps dénoncé")."""
    lex = other_languages()
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    s, e = start + lead, start + len(piece.rstrip())
    words = _WORD.findall(text[s:e])
    if not words or len(words) > _MAX_WORDS or words[0].lower() in lex.pronouns:
        return None
    if first and not (words[0][0].isupper() or words[0].lower() in lex.determiners
                      or text[s:s + 2].lower() in ("l'", "l’")):
        return None
    return s, e


def other_language_speaker(text: str) -> tuple[int, int] | None:
    """Where a French or Spanish sentence names who spoke (character offsets into text), or
    None when it names nobody by the pack's patterns or is not such a sentence."""
    if not reads_other_language(text):
        return None
    lex = other_languages()
    m = lex.prepositions.search(text)
    if m:
        return named_span(text, m.start(1), m.end(1), first=False)
    m = lex.after_verb.search(text)
    if m and (found := named_span(text, m.start(1), m.end(1), first=True)):
        return found
    m = lex.before_verb.search(text)
    if m:
        return named_span(text, m.start(1), m.end(1), first=True)
    return None
