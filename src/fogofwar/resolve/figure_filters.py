"""Numbers a page holds that count nothing: dates and clock times, ages and durations, years
and spans of years, model names, capitalised number words in names, and a bare "one" that
picks somebody out. figures.py reads every quantity; these rules say which are no figure, so
that a tally never takes "at about 4 a.m." or "from 1990 to 2000" for people.
"""

from __future__ import annotations

import re
from functools import cache

from ..words import alternation
from .date_pack import foreign_month_names
from .dates import month_names
from .figure_base import NUMERIC, Raw, Tok, ends_sentence, match_ending, pack
from .figure_category import governing, states_toll
from .figure_singular import victims

#: Dates ("3/2/2020"), clock times ("10:30", "about 4 a.m.", "9.20 pm"), long digit runs
#: (image names, phone numbers, ids) and two numbers joined by a slash ("a 7/11 shop", "the
#: 9/11 attacks", "24/7", a day and month "3/2"): a page holds them but they count nothing.
NOT_FIGURES = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}"
                          r"|\b\d{1,2}(?:[.:]\d{2})?\s?[aApP]\.?\s?[mM]\b\.?|\d{9,}"
                          r"|(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")

#: A citation mark glued to the word or stop before it, as a page copied from a wiki keeps
#: them ("… to interfere.[9]", "in irrigation ditches[1].", "Sirnak massacre,[3][4][5]"): a
#: footnote's number, no count ("killed [9] people", set apart, is read as written).
CITATION_MARK = re.compile(r"(?<=[^\s\[(])\[\d{1,3}\]")

#: A clock hour and its minutes written with a stop ("20.00", "7.45"), alone or as a span
#: ("10.30 to 12.00"); `clock_spans` reads it as a time only after a word of time.
_CLOCK = r"(?:[01]?\d|2[0-3])\.[0-5]\d"


@cache
def _clock_times() -> re.Pattern[str]:
    """Clock times written with a stop after a word of time (figures pack
    `clock_prepositions`: "clashes broke out around 20.00", "at 12.00 local time"), unless a
    unit or scale follows ("by 12.50 percent", "about 20.00 million")."""
    p = pack()
    words = alternation(p["clock_prepositions"], longest_first=True).replace("\\ ", r"\s+")
    after = sorted({*p["units"], *p["scales"], *p["small_scales"]}, key=len, reverse=True)
    unit = "|".join(re.escape(w) + (r"\b" if w[-1:].isalnum() else "") for w in after)
    return re.compile(rf"(?i)(?<!\w)(?:{words})\s+{_CLOCK}"
                      rf"(?:\s*(?:-|–|to|and)\s*{_CLOCK})?(?![\d.,]*\d)(?!\s*(?:{unit}))")


def clock_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes a clock time with a stop after a word of time, or a citation mark
    (`CITATION_MARK`): numbers there count nothing."""
    return [m.span() for pattern in (_clock_times(), CITATION_MARK)
            for m in pattern.finditer(text)]


#: Most a person's age given after the name ("N Michael, 33, and M Khaba, 23") can be.
MAX_AGE = 110


def duration_or_age(toks: list[Tok], raw: Raw) -> bool:
    """ "a 48-year-old man", "the 14-month-old invasion", "a three-day truce": a number
    hyphened to a unit of time describes the noun after it; "N Michael, 33," gives an age."""
    k = raw.last + 1
    if k + 1 < len(toks) and toks[k].text == "-" and toks[k].start == toks[raw.last].end \
            and toks[k + 1].low in pack()["excluded_counts"] | pack()["size_words"]:
        return True  # "a nine-story building", "a 35-acre swamp": a size, no count either
    before = toks[raw.first - 2:raw.first] if raw.first >= 2 else []
    after = toks[k].low if k < len(toks) else ""
    return (raw.first == raw.last and len(before) == 2 and before[1].text == ","
            and before[0].text[:1].isupper() and before[0].text.isalpha()
            and after in (",", ")", "and", ".") and (raw.value or 0) <= MAX_AGE)


def age_before(toks: list[Tok], first: int) -> bool:
    """ "aged between 18 and 65", "under the age of 15", "as young as 9", "ranged in age from
    3 to 79": the number after these words is an age (figures pack `age_before`)."""
    return first > 0 and match_ending(toks, first - 1, pack()["age_before"])[0] > 0


def is_date_or_time(toks: list[Tok], raw: Raw) -> bool:
    """ "Feb. 3", "10 February", "10 am", "10:30": calendar and clock numbers are not counts."""
    months = month_names()
    before = [t for t in toks[max(0, raw.first - 2):raw.first] if t.text != "."]
    k = raw.last + 1
    after = toks[k] if k < len(toks) else None
    if before and before[-1].low in months and before[-1].text[0].isupper():
        return True
    if _dated_year(toks, raw, months):
        return True
    if after is not None and after.low in months and after.text[0].isupper():
        return True
    if _foreign_day(toks, k):
        return True
    return after is not None and after.text == ":" and _clock(toks, k)


def _foreign_day(toks: list[Tok], k: int) -> bool:
    """A French or Spanish month name follows at `k`, "de" allowed between ("jeudi 16
    octobre", "el 27 de febrero"): the number is the day of a date (dates pack
    `foreign_months`, read by resolve/dates), not a count."""
    if k < len(toks) and toks[k].low == "de":
        k += 1
    return k < len(toks) and toks[k].low in foreign_month_names()


def _dated_year(toks: list[Tok], raw: Raw, months) -> bool:
    """ "May 4, 2019": a year after a month and its day closes the date; whatever noun
    follows ("May 4, 2019 attacks followed") is not what it counts."""
    trail = [t for t in toks[max(0, raw.first - 4):raw.first] if t.text != "."][-3:]
    if raw.first != raw.last or len(trail) < 3 or not _year(toks[raw.first].text):
        return False
    month, day, comma = trail
    return (comma.text == "," and day.text.isdigit() and len(day.text) <= 2
            and month.low in months and month.text[0].isupper())


def _clock(toks: list[Tok], colon: int) -> bool:
    """ "10:30" is a time; "kills 90: officials" is a toll before a headline's source."""
    nxt = toks[colon + 1] if colon + 1 < len(toks) else None
    return nxt is None or nxt.text[:1].isdigit()


def keep(toks: list[Tok], r: Raw, source: str = "") -> bool:
    """Drop years, durations, names with numbers, and a bare "one" that counts nothing known."""
    p = pack()
    counts = (r.counts or "").lower()
    if counts in p["excluded_counts"]:
        return False
    if loose_one(toks, r) and counts not in victims()["persons"]:
        return False  # "one of them", "one day"; "one peacekeeper" waits for its category
    prev = toks[r.first - 1] if r.first > 0 else None
    if r.word_one and prev is not None and prev.low == "no":
        return False  # "no one": a pronoun, never a count of one (a hoped "no one was hurt")
    single = r.first == r.last and r.low == r.high
    text = toks[r.first].text
    if single and _year(text) and not states_toll(toks, r):  # ("toll nearing 2000": a toll)
        if r.counts is None or (prev is not None and prev.low in p["year_prepositions"]):
            return False
    numbers = [t.text for t in toks[r.first:r.last + 1] if NUMERIC.match(t.text)]
    if len(numbers) == 2 and all(map(_year, numbers)) and r.low != r.high:
        return False  # "from 1990 to 2000", "between 2015 and 2019": a span of years
    starts_sentence = r.first < 2 or ends_sentence(toks, r.first - 2) or (
        prev is not None and "\n" in source[prev.end:toks[r.first].start])  # a line's start
    if text[0].isupper() and prev is not None and prev.text[0].isalpha() \
            and text.lower() in p["number_words"] and not starts_sentence:
        return False  # "Zero Hedge", "Three Kingdoms": a capitalised number word mid-sentence
    if single and NUMERIC.match(text) and formation_name(toks, r):
        return False  # "the 31 Assam Rifles", "3 Battalion Nigerian Army": a unit's name
    if single and r.counts is None and r.unit is None and r.adjacent is None and prev \
            and prev.text[0].isupper() and prev.low not in p["stop_words"] and not starts_sentence \
            and not governing(toks, r) and not states_toll(toks, r):
        return False  # "Boeing 737"; but a title-case headline's "Strikes Kill 19" is a toll,
        # as is "Death Toll ... Reaches 21"
    return True


def _year(text: str) -> bool:
    return re.fullmatch(r"1[89]\d\d|20\d\d|2100", text) is not None


def loose_one(toks: list[Tok], r: Raw) -> bool:
    """A "one" that counts no known class and no casualty word governs: a person noun's "one"
    ("one peacekeeper was killed") is kept only if its category turns out a casualty, since
    "met one resident" counts nothing a reader would tally."""
    return r.word_one and pack()["class"].get((r.counts or "").lower()) in (None, "places") \
        and not _one_harmed(toks, r)


def _one_harmed(toks: list[Tok], r: Raw) -> bool:
    """A "one" that a casualty word counts ("kills one, wounds six", "one dead", "one
    fatality") is a toll of one, though it names no known class; "one of the injured" picks
    somebody out and counts nothing."""
    nxt = toks[r.last + 1].low if r.last + 1 < len(toks) else ""
    if nxt == "of":
        return False
    return bool((r.counts or "").lower() in pack()["implied"] or r.adjacent
                or governing(toks, r))


#: Most capitalised words a formation's name runs to after its number ("31 Assam Rifles",
#: "3 Battalion Nigerian Army").
FORMATION_WORDS = 3


def formation_name(toks: list[Tok], r: Raw) -> bool:
    """Whether a bare number opens a formation's name ("the 31 Assam Rifles", "3 Battalion
    Nigerian Army", "Army's 44 RR", "the 444 Brigade"): capitalised words follow it, one of them
    a formation word (figures pack `formation_words`), and what the number counts, if anything,
    is one of those words and no person ("31 Assam Rifles Soldiers" counts the soldiers)."""
    run = []
    for tok in toks[r.last + 1:r.last + 1 + FORMATION_WORDS]:
        if not tok.text[:1].isupper():
            break
        run.append(tok.low)
    if not set(run) & pack()["formation_words"]:
        return False
    counts = (r.counts or "").lower()
    persons = victims()["persons"]
    return not counts or (counts in run and counts not in persons
                          and counts.removesuffix("s") not in persons)
