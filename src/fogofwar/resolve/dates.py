"""Find date expressions in a sentence and resolve them against the publication date.

War reporting dates events relative to the day it is written ("on Monday", "a week ago",
"Feb. 3"), so an event's date is only as good as this resolution. The rules:

* A weekday ("on Monday") is its most recent occurrence on or before publication (the same day
  counts); "last Monday" is strictly before, "next Monday" strictly after.
* A month-day without a year ("Feb. 3") is what a report tells of: its most recent occurrence
  on or before publication ("on January 5" on a December page is that year's January). Only a
  future cue of its own clause (pack `future_cues`: "will meet on March 3", "talks scheduled
  for February") makes it the first occurrence on or after publication. A publication of month
  or year precision counts up to the end of its month or year, and a past date up to
  `grace_days` (pack, 7) after publication keeps its year: a page's date is often a day or two
  off (time zones, updates), while a year back is a different event. On a retrospective
  page, a full date told before it in another year ("the crackdown of June 5, 1989 ... the
  violence of June 3-4" on a page of 2017) gives its year instead, when it lies within
  `anchor_days` of that date and nearer than the publication's reading (`_told_years`).
* A month alone ("since December", "in mid-February", "the end of February") is month
  precision, its year chosen by the same rule; "last December" is strictly before the
  publication's month, "next March" strictly after; a month with a relative year ("in December
  last year") takes the year from publication, so a year-precision publication resolves it.
* Week precision means `value` is the Monday of that ISO week ("last week", "this week",
  "a week ago"). Month precision gives the first of the month, year precision 1 January.
* Spans ending at publication ("in recent days", "over the past two days", "the past month") are
  recognised but unresolved (value None, precision None): they are not a point in time.
* Without a publication date nothing relative resolves and no year is ever invented; only
  expressions that carry their own year ("in December 2016", "in 2011") get a value. With a
  publication date of month or year precision only expressions at that precision or coarser
  resolve.

Finding expressions is pattern code built from `dates.yaml`; no date parser guesses at free text.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from ..packs import require
from ..records import DateRef
from ..words import whole_words
from .date_pack import PACK, _alt, _pack, _safe_date, _usable, foreign_month_names, month_names
from .yearless import future_cued, month_after, month_day


def is_reporting_time(text: str, ref: DateRef, offset: int = 0) -> bool:
    """The date says when a count was made ("As of January 15, 21 killed"), not when the event
    happened: it follows one of the pack's `reporting_time_before` phrases; or when the story
    was filed (`is_opening_dateline`)."""
    before = " ".join(text[max(0, ref.start - offset - 40):ref.start - offset].lower().split())
    phrases = require(_pack(), PACK, "reporting_time_before", list)
    return any(before.endswith(p) for p in phrases) or is_opening_dateline(text, ref, offset)


def is_opening_dateline(text: str, ref: DateRef, offset: int = 0) -> bool:
    """The date opens its line and a dash follows it ("August 10, 2018 - Dozens were killed
    ... on Thursday"): the story's dateline, the day it was filed, not the day of what the
    sentence tells."""
    start, end = ref.start - offset, ref.end - offset
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \t\"'“") and bool(
        re.match(r"\s*[–—-]+\s", text[end:end + 6]))


def is_duration_start(text: str, ref: DateRef, offset: int = 0) -> bool:
    """The date says when a state of affairs began ("at war since April 2023"), not when the
    event in its sentence happened: it follows one of the pack's `duration_start_before`."""
    return _starts_at(text, ref.start - offset)


def is_ranked_since(text: str, ref: DateRef, offset: int = 0) -> bool:
    """The date right after "since" is what an event is ranked against ("the deadliest attack
    since 2015", "Deadliest Attack Since 2015" in a headline, "the worst fighting in the region
    since March"): a ranking word of the pack's `ranked_since` stands in the few words before
    "since". Read on the words, not the parse: a headline's capitals mislead the parser. Such
    a date is no start of a state the event goes on from; it dates no event of the phrase."""
    before = " ".join(text[max(0, ref.start - offset - 60):ref.start - offset].lower().split())
    words = re.findall(r"[\w'-]+", before)
    if not words or words[-1] != "since":
        return False
    for word in reversed(words[-7:-1]):
        if word in ranked_since_words():
            return True
        if word in _STATE_VERBS:  # "the most senior officer has been held since 2012"
            return False
    return False


@cache
def ranked_since_words() -> frozenset[str]:
    """The pack's `ranked_since` words ("deadliest", "worst"), read once: `is_ranked_since`
    runs for every date an event may take."""
    return frozenset(w.lower() for w in require(_pack(), PACK, "ranked_since", list))


#: Verbs of a state that "since" may measure: a ranking word before one ranks something else
#: ("The most senior officer has been held since March").
_STATE_VERBS = frozenset({"has", "have", "had", "been", "is", "are", "was", "were", "be"})


def _starts_at(text: str, start: int) -> bool:
    """A date written at `start` follows one of the pack's `duration_start_before` phrases
    ("since", ", launched on"): it is when something began."""
    before = " ".join(text[max(0, start - 30):start].lower().split())
    phrases = require(_pack(), PACK, "duration_start_before", list)
    return any(before.endswith(p) for p in phrases)


def calendar_clues(text: str, spoken: bool = True) -> tuple[set[tuple[int, int]], set[int]]:
    """What a text says of a date even with no year to resolve it against: the (month, day)
    pairs it names ("January 14", "14 January") and the weekdays (0 = Monday, "on Friday").
    An undated report can still be matched to an incident on the day these fit. A day
    something began on ("an operation ..., launched on Feb. 10", "since March 3") is no
    clue: the page reports what happened in it later; nor is the day of a mourning for the
    victims (`_aftermath_spans`), unless written possessive ("Friday's strike"). Ordinals count
    ("the May 3rd attack", "the 3rd of May"). With `spoken` False, nor is a day hung on a
    reporting verb ("officials said Monday", "reported Dec. 19": `_spoken_day`), unless written
    possessive ("officials said Monday's attack …" names the act's day)."""
    days: set[tuple[int, int]] = set()
    months = month_names()
    words = r"(?:" + "|".join(sorted(map(re.escape, months), key=len, reverse=True)) + r")"
    mourning = _aftermath_spans(text)
    for m in re.finditer(rf"\b({words})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b"
                         rf"|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({words})\b", text,
                         re.IGNORECASE):
        name, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if name[0].isupper() and 1 <= int(day) <= 31 and not _starts_at(text, m.start()) \
                and not _within(m.start(), mourning) \
                and (spoken or not _spoken_day(text, m.start(), m.end())):
            days.add((months[name.lower()], int(day)))
    weekdays = {n: d for d, names in _pack()["weekdays"].items() for n in names if len(n) > 3}
    named = re.finditer(r"\b([A-Z][a-z]+day)\b('s|’s)?", text)
    found = {weekdays[m.group(1).lower()] for m in named if m.group(1).lower() in weekdays
             and (m.group(2) or not _within(m.start(), mourning))
             and (spoken or m.group(2) or not _spoken_day(text, m.start(), m.end()))}
    return days, found


def _spoken_day(text: str, start: int, end: int) -> bool:
    """The day written at `start`..`end` hangs on a reporting verb of the pack's
    `spoken_day_verbs`: right after it ("officials said Monday", "the United Nations said on
    Monday") or right before it ("a U.N. agency on Monday said"): the day of the saying, not
    of what is said."""
    verbs = _spoken_verbs()
    before = " ".join(text[max(0, start - 30):start].lower().split())
    before = before[:-3] if before.endswith(" on") else before
    after = " ".join(text[end:end + 30].lower().split())
    return bool(verbs.search(before.split(" ")[-1] if before else "")) \
        or bool(verbs.match(after.split(" ")[0] if after else ""))


@cache
def _spoken_verbs() -> re.Pattern[str]:
    """The pack's `spoken_day_verbs` as one whole-word pattern."""
    words = require(_pack(), PACK, "spoken_day_verbs", list)
    return re.compile(rf"^(?:{_alt(words)})$")


def _aftermath_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of `text` that tell an act of mourning (pack `aftermath_words`):
    the days they name are the mourning's, not the attack's (see calendar_clues)."""
    cue, whom = _aftermath_patterns()
    spans, start = [], 0
    for end in [m.end() for m in re.finditer(r"[.!?](?=\s)|\n", text)] + [len(text)]:
        if cue.search(text, start, end) and whom.search(text, start, end):
            spans.append((start, end))
        start = end
    return spans


@cache
def _aftermath_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The mourning words and the words for whom it is held, each as one pattern (compiled
    once: every event's sentence is read with them)."""
    return tuple(whole_words(require(_pack(), PACK, key, list), re.IGNORECASE)
                 for key in ("aftermath_words", "aftermath_for"))


def mourning_day_only(sentence: str) -> bool:
    """Whether a sentence tells a mourning for the victims and names no other day
    (calendar_clues finds none): a date read from it is the mourning's ("People gather in Goma
    on Monday, May 6, to mourn the victims of the camp attack three days earlier"), not the
    day of the attack it recalls."""
    return bool(_aftermath_spans(sentence)) and calendar_clues(sentence) == (set(), set())


def is_aftermath_word(word: str) -> bool:
    """Whether a word tells an act of mourning (pack `aftermath_words`: "buried", "mourned")."""
    return _aftermath_patterns()[0].fullmatch(word) is not None


@cache
def reaction_verbs() -> frozenset[str]:
    """Lemmas of the pack's `reaction_verbs`: verbs of saying or reacting whose matter is an
    act already told ("blamed the massacre on ..."); the day they carry is theirs."""
    return frozenset(w.lower() for w in require(_pack(), PACK, "reaction_verbs", list))


@cache
def finding_verbs() -> frozenset[str]:
    """Lemmas of the pack's `finding_verbs`: the day they carry is when the dead were found
    ("the bodies were found shot yesterday"), not when they were killed."""
    return frozenset(w.lower() for w in require(_pack(), PACK, "finding_verbs", list))


def is_anniversary(ref: DateRef) -> bool:
    """Whether the date is an anniversary's count back ("the 45th anniversary", "32 years
    since"): the year of the act it names, which dates that act alone (see
    extract/events/context.anniversary_act), not the other acts of its sentence."""
    return _ANNIVERSARY.search(ref.text) is not None


_ANNIVERSARY = re.compile(r"anniversary$|years\s+since$", re.IGNORECASE)


def _within(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)


@cache
def _regex() -> re.Pattern[str]:
    """One pattern with a named group per kind of expression, tried left to right."""
    p = _pack()
    month = rf"(?P<mon>{_alt(month_names())})\.?"
    wday = _alt(n for names in p["weekdays"].values() for n in names)
    num = rf"(?:\d{{1,2}}|{_alt(k for k in p['numbers'])})"
    # a count of years back may reach a century ("103 years ago")
    num3 = rf"(?:\d{{1,3}}|{_alt(k for k in p['numbers'])})"
    nth = rf"(?:(?P<annd>\d{{1,3}})(?:st|nd|rd|th)|(?P<annw>{_alt(p['anniversary_ordinals'])}))"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    foreign = _alt(foreign_month_names())
    years = _alt(k for k, v in p["relative"].items() if v.get("unit") == "year")
    parts = [
        r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)",
        rf"(?P<md>{month}\s+{day}(?:\s*,\s*{year})?)(?![\d:])",
        rf"(?P<dm>(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_alt(month_names())})"
        rf"\.?(?:\s*,?\s*(?P<year2>(?:19|20)\d\d))?)",
        rf"(?P<my>(?P<mon3>{_alt(month_names())})\.?\s*,?\s+(?P<year3>(?:19|20)\d\d))(?!\d)",
        # French and Spanish: "3 mars 2024", "1er décembre", "27 de febrero de 1989" (a day,
        # "er"/"º" allowed, "de" between), and a lower-case month before its year ("décembre
        # 1944", "febrero de 1989"; see `_proper_case`)
        rf"(?P<fdm>(?P<fday>[0-3]?\d)(?:er|º|°)?\s+(?:de\s+)?(?P<fmon>{foreign})"
        rf"(?:\s+(?:de\s+|del\s+)?(?P<fyear>(?:19|20)\d\d))?)(?!\d)",
        rf"(?P<fmy>(?P<fmon2>{foreign})\s+(?:de\s+|del\s+)?(?P<fyear2>(?:19|20)\d\d))(?!\d)",
        # "the 45th anniversary", "32 years since": the act they count back to is that many
        # years before the day they are marked on (see `is_anniversary`)
        rf"(?P<ann>{nth}\s+anniversary|(?P<sincen>{num3})\s+years\s+since)",
        # "103 years ago today": the same day that many years back
        rf"(?P<ago>(?P<agon>{num3})\s+(?P<agou>{_alt(p['ago_units'])})\s+ago"
        r"(?:\s+(?P<agotoday>today))?)",
        # the same count back with "ago" before it (pack `ago_before`: "il y a 80 ans")
        rf"(?P<agob>(?:{_alt(p['ago_before'])})\s+(?P<agobn>{num3})\s+"
        rf"(?P<agobu>{_alt(p['ago_units'])}))",
        rf"(?P<past>(?:the\s+)?(?:past|last)\s+(?P<pastn>{num})\s+(?P<pastu>{_alt(p['past_units'])}))",
        rf"(?P<rel>{_alt(p['relative'])})",
        rf"(?P<wd>(?:(?P<wmod>{_alt(p['weekday_modifiers'])})\s+)?(?P<wday>{wday}))",
        rf"(?P<py>(?P<prep>{_alt(p['year_prepositions'])})(?:\s+|-)(?P<year4>(?:19|20)\d\d))"
        r"(?!\d|,\d)",  # "in 2019, militants ..." is a year; "in 2,019" or "2019,000" none
        # "the 1995 Srebrenica massacre", "an infamous 1981 massacre": a year naming a past
        # act (pack `year_named_acts`, up to three capitalised words between) is its date
        rf"(?P<yn>(?P<year5>(?:19|20)\d\d)(?=\s+(?:(?-i:[A-Z])[\w'.-]*\s+){{0,3}}"
        rf"(?:{_alt(p['year_named_acts'])})\b))",
        rf"(?P<pm>(?:(?:{_alt(p['year_prepositions'])}|end\s+of|the\s+end\s+of)(?:\s+|-))?"
        rf"(?P<mon4>{_alt(month_names())})\s+(?P<yrel>{years}))",
        rf"(?P<mm>(?P<mmod>last|next)\s+(?P<mon6>{_alt(month_names())}))(?!\.?\s*,?\s*\d)",
        rf"(?P<pm2>(?:{_alt(p['year_prepositions'])}|end\s+of|the\s+end\s+of)(?:\s+|-)"
        rf"(?P<mon5>{_alt(month_names())}))(?!\.?\s*,?\s*\d)",
    ]
    # Every part opens with a digit or one of these words: the lookahead of their first two
    # letters lets most words fail on one test instead of on each part's alternatives in turn
    # (same matches: no match can start where the lookahead fails).
    firsts = {*month_names(), *(n for names in p["weekdays"].values() for n in names),
              *p["numbers"], *p["relative"], *p["weekday_modifiers"], *p["year_prepositions"],
              *p["anniversary_ordinals"], *p["ago_before"], *foreign_month_names(), "the",
              "past", "last", "next", "end"}
    gate = r"(?=\d|" + _alt({str(w)[:2] for w in firsts}) + ")"
    return re.compile(r"(?<![\w])" + gate + "(?:" + "|".join(parts) + r")(?![\w])",
                      re.IGNORECASE)


def resolve_dates(text: str, published: date | None, precision: str | None = "day",
                  offset: int = 0) -> list[DateRef]:
    """Every date expression in `text`, resolved against `published` where that is sound.

    `offset` is added to the character positions so a sentence's refs point into its article.
    With no publication date, a month-day without a year ("on February 13") takes its year from
    a full date the same text gives ("Saturday, February 15, 2020") when one lies within the
    pack's `anchor_days` of it (see `_anchored`), unless it is the start of a state ("since
    March 15"); nothing else resolves without a reference.
    """
    refs: list[DateRef] = []
    open_days: list[tuple[int, int, int]] = []  # (index in refs, month, day) with no year
    yearless: list[tuple[int, int, int]] = []  # the same, given a year by publication
    weekdays: dict[int, int] = {}  # index in refs -> the weekday a weekday expression names
    for m in _regex().finditer(text):
        if not _proper_case(m) or (m.group("yn") and _counted(text, m.start())):
            continue
        if m.group("wd"):
            weekdays[len(refs)] = _weekday_number(m.group("wday"))
        try:
            value, prec = _resolve(m, published, precision)
        except OverflowError:  # a publication date at the edge of the calendar
            value, prec = None, None
        prec = prec if value is not None else None
        start, end = _span(m)
        day = int(m.group("day") or m.group("day2") or m.group("fday") or 0)
        if m.group("dm") and (opened := _range_start(m, published, precision)) is not None:
            start, day, value = opened  # "from 19 to 24 January": the stretch's first day
            prec = "day" if value is not None else None
        if (m.group("md") or m.group("dm") or m.group("fdm")) \
                and not (_year_of(m) or m.group("fyear")):
            month = _month_of(m)
            (open_days if value is None else yearless).append((len(refs), month, day))
        refs.append(DateRef(text=text[start:end], start=start + offset, end=end + offset,
                            value=value, precision=prec))
        if m.group("md"):
            more = _more_days(text, m, published, precision, offset, _year_of(m))
            month = month_names()[m.group("mon").lower()]
            open_days += [(len(refs) + i, month, int(r.text)) for i, r in enumerate(more)
                          if r.value is None and r.text.isdigit()]
            yearless += [(len(refs) + i, month, int(r.text)) for i, r in enumerate(more)
                         if r.value is not None and r.text.isdigit()]
            refs.extend(more)
    if published is None and open_days:
        anchors = _anchors(text)
        for index, month, day in open_days:
            ref = refs[index]
            # the day a state began ("since March 15") may lie years before the days the
            # report gives: it takes no year from them
            if is_duration_start(text, ref, offset):
                continue
            if (value := _anchored(month, day, anchors)) is not None:
                refs[index] = DateRef(text=ref.text, start=ref.start, end=ref.end, value=value,
                                      precision="day")
    if published is not None and yearless:
        refs = _told_years(text, refs, yearless, offset)
    refs = _stretch_ends(text, refs, weekdays, offset)
    return _apposed_days(text, _weekday_stretches(text, refs, weekdays, offset), weekdays,
                         offset)


#: A stretch's opening word before its first day: with it, "and" joins a stretch's two ends
#: ("between March 9 and March 29"); without it, two days ("on March 3 and March 5").
_BETWEEN = re.compile(r"\bbetween\s*$", re.IGNORECASE)


def _stretch_ends(text: str, refs: list[DateRef], weekdays: dict[int, int],
                  offset: int) -> list[DateRef]:
    """The last day of a stretch written as two days ("From Dec. 8 to Dec. 21", "between Nov.
    15 and 18", "on June 3-4") takes its first day's value: a report dates an incident that
    lasted days by the day it began, as `_range_start` reads "from 19 to 24 January", where
    an event nearer the last day would take it and fall days after the other pages' date.
    Only days of the month, at most the pack's `stretch_max_days` apart, first before last;
    "and" joins a stretch only after "between" (`_BETWEEN`)."""
    out, limit = list(refs), require(_pack(), PACK, "stretch_max_days", int)
    for index in range(len(refs) - 1):
        first, last = refs[index], refs[index + 1]
        if index in weekdays or index + 1 in weekdays or first.precision != "day" \
                or last.precision != "day" or first.value is None or last.value is None \
                or not 0 < (last.value - first.value).days <= limit:
            continue
        joiner = _STRETCH_JOIN.fullmatch(text, first.end - offset, last.start - offset)
        if joiner is None or (joiner.group(0).strip().lower() == "and" and _BETWEEN.search(
                text, max(0, first.start - offset - 12), first.start - offset) is None):
            continue
        out[index + 1] = DateRef(text=last.text, start=last.start, end=last.end,
                                 value=first.value, precision="day")
    return out


def _told_years(text: str, refs: list[DateRef], yearless: list[tuple[int, int, int]],
                offset: int) -> list[DateRef]:
    """A month-day without a year that a full date written before it in the same text puts in
    another year takes that year, when it lies within the pack's `anchor_days` of it ("the
    crackdown of June 5, 1989 ... the violence unleashed on June 3-4" on a page of 2017; "On
    December 16, 1989, thousands took to the streets ... 65 deaths on December 17" on a page
    of 2010): a retrospective page tells its days in the year it has just named, where counting
    back from publication puts them in the page's own year. A date the publication's year
    keeps nearer than any such full date, a state's start ("since March 15") and a future
    ("will meet on June 3") stay as read."""
    out, anchors = list(refs), _anchors_at(text)
    for index, month, day in yearless:
        ref = refs[index]
        before = [day_ for at, day_ in anchors if at < ref.start - offset]
        if not before or is_duration_start(text, ref, offset) \
                or future_cued(text, ref.start - offset, ref.end - offset):
            continue
        value = _anchored(month, day, before)
        if value is not None and ref.value is not None and value.year != ref.value.year:
            out[index] = DateRef(text=ref.text, start=ref.start, end=ref.end, value=value,
                                 precision="day")
    return out


#: What joins a stretch's first day to its last, days of the month or weekdays ("19 to 24
#: January", "12th-14th December", "from Monday to Wednesday", "between Tuesday and Thursday").
_STRETCH_JOINER = r"(?:-|–|—|to|until|till|through|and)"

#: A day that opens a stretch written before a day-month ("from 19 to 24 January", "the
#: 12th-14th December clash", "on 9 and 10 August"): a number, not part of a longer one or
#: of a figure ("1,5"), then a word or dash that joins it to the day after.
_RANGE_OPEN = re.compile(rf"(?<![\w,.])([0-3]?\d)(?:st|nd|rd|th)?\s*{_STRETCH_JOINER}\s*$",
                         re.IGNORECASE)


def _range_start(m: re.Match[str], published: date | None,
                 precision: str | None) -> tuple[int, int, date | None] | None:
    """(start offset, day, value) of the first day of a stretch whose last day the day-month
    match `m` is ("from 19 to 24 January 2024" read as 19 January 2024): a report dates an
    incident that lasted days by the day it began, as other pages of it do ("the clashes
    began on 19 January"), where the last day alone would put it days after them. The first
    day takes the last's month and year; one not before the last day is no stretch's
    opening ("24 to 19 January") and gives None."""
    text = m.string
    found = _RANGE_OPEN.search(text, max(0, m.start() - 16), m.start())
    if found is None:
        return None
    first, last = int(found.group(1)), int(m.group("day2"))
    if not 1 <= first < last:
        return None
    year = m.group("year2")
    try:
        value = month_day(month_names()[m.group("mon2").lower()], first, year and int(year),
                          published, precision, future_cued(text, found.start(1), m.end()))
    except OverflowError:
        value = None
    return found.start(1), first, value


#: The rest of a stretch written after its month, up to the year that closes it: "January
#: 19-20, 1990", "September 16th and 18th 1982", "November 26 to 28, 2016" (the joiner, the
#: last day, the year; no figure or longer number after the year).
_STRETCH_YEAR = re.compile(rf"\s*{_STRETCH_JOINER}\s*([0-3]?\d)(?:st|nd|rd|th)?\s*,?\s*"
                           r"((?:19|20)\d\d)(?!\w|,\d)", re.IGNORECASE)


def _year_of(m: re.Match[str]) -> str | None:
    """The year a month-day or day-month match is written with; for a month-day opening a
    stretch ("January 19-20, 1990") the year after the stretch's last day: a report writes
    the year once, after the whole stretch, and the first day belongs to it as much as the
    last (read without it, a retrospective page's "January 19-20, 1990" fell in the page's
    own year). A last day not after the first is no stretch ("March 30 to 2, 2015")."""
    year = m.group("year") or m.group("year2")
    if year or not m.group("md"):
        return year
    tail = _STRETCH_YEAR.match(m.string, m.end())
    if tail is None or not int(m.group("day")) < int(tail.group(1)) <= 31:
        return None
    return tail.group(2)


def _counted(text: str, start: int) -> bool:
    """A number at `start` follows a word that makes it a count (pack `count_before`: "more
    than 1950 killings", "at least 2000 killings"), not a year naming the act."""
    before = " ".join(text[max(0, start - 30):start].lower().split())
    return any(before == w or before.endswith(" " + w)
               for w in require(_pack(), PACK, "count_before", list))


#: What may stand between a weekday and the date that names its day ("Thursday, April 17",
#: "Friday 7 March 2025", "Monday (May 6)").
_APPOSED = re.compile(r"\s*[,(]?\s*")


def _weekday_number(name: str) -> int:
    """The ISO weekday (0 = Monday) a weekday's spelling names."""
    return next(d for d, names in _pack()["weekdays"].items()
                if name.lower() in [n.lower() for n in names])


def _apposed_days(text: str, refs: list[DateRef], weekdays: dict[int, int],
                  offset: int) -> list[DateRef]:
    """A weekday followed at once by a full day that falls on it ("on Thursday, April 17,
    2025") means that day: the date beside it says which of its occurrences, where counting
    back from the publication date would pick the latest one (a week or months off) or, on a
    page with no date, none. A day that falls on another weekday leaves both as read."""
    out = list(refs)
    for index, wanted in weekdays.items():
        if index + 1 >= len(refs):
            continue
        ref, named = refs[index], refs[index + 1]
        if named.value is None or named.precision != "day" or index + 1 in weekdays:
            continue
        if _APPOSED.fullmatch(text, ref.end - offset, named.start - offset) is None:
            continue
        if named.value.weekday() == wanted:
            out[index] = DateRef(text=ref.text, start=ref.start, end=ref.end,
                                 value=named.value, precision="day")
    return out


#: Two weekdays joined into one stretch ("from Monday to Wednesday", "between Tuesday and
#: Thursday", "the Saturday-Sunday clashes"): the joiner between them.
_STRETCH_JOIN = re.compile(rf"\s*{_STRETCH_JOINER}\s*", re.IGNORECASE)


def _weekday_stretches(text: str, refs: list[DateRef], weekdays: dict[int, int],
                       offset: int) -> list[DateRef]:
    """A weekday joined to the next one ("from Monday to Wednesday") comes before it: each
    read alone as its latest occurrence, a page of a Monday would put that Monday after the
    Wednesday before it, a stretch running backwards; the first day is then the week
    before's."""
    out = list(refs)
    for index in sorted(weekdays):
        if index + 1 not in weekdays or index + 1 >= len(out):
            continue
        first, last = out[index], out[index + 1]
        if first.value is None or last.value is None or first.precision != "day" \
                or _STRETCH_JOIN.fullmatch(text, first.end - offset, last.start - offset) is None:
            continue
        value = first.value
        while value > last.value:
            value -= timedelta(days=7)
        out[index] = DateRef(text=first.text, start=first.start, end=first.end, value=value,
                             precision="day")
    return out


def _anchors(text: str) -> list[date]:
    """The days the text states in full, year included ("February 15, 2020", "2020-02-15")."""
    return [day for _, day in _anchors_at(text)]


def _anchors_at(text: str) -> tuple[tuple[int, date], ...]:
    """(offset, day) of each day the text states in full, year included."""
    days = []
    for m in _regex().finditer(text):
        if _proper_case(m) and (m.group("iso") or m.group("year") or m.group("year2")
                                or m.group("fyear")):
            value, prec = _resolve(m, None, None)
            if value is not None and prec == "day":
                days.append((m.start(), value))
    return tuple(days)


def _anchored(month: int, day: int, anchors: list[date]) -> date | None:
    """The month-day in the year that puts it nearest a full date of the same text, when that
    is within `anchor_days` of it: "on February 14" beside "February 15, 2020" is 2020's."""
    limit = _pack()["anchor_days"]
    near = [(abs((value - anchor).days), value) for anchor in anchors
            for year in (anchor.year - 1, anchor.year, anchor.year + 1)
            if (value := _safe_date(year, month, day)) is not None]
    near = [x for x in near if x[0] <= limit]
    return min(near)[1] if near else None


def _span(m: re.Match[str]) -> tuple[int, int]:
    """The span to report: a year after a preposition keeps only the year, "in 2011" -> "2011"."""
    if m.group("py"):
        return m.span("year4")
    return m.span()


def _proper_case(m: re.Match[str]) -> bool:
    """Month and weekday names are capitalised in English; "may", "sat", "sun" otherwise are not.
    A French or Spanish month before a year with no day is lower case, as those languages
    write it: "Mars 2020" is no date."""
    for g in ("mon", "mon2", "mon3", "mon4", "mon5", "mon6", "wday"):
        word = m.group(g)
        if word is not None and not word[0].isupper():
            return False
    return not (m.group("fmon2") or "x")[0].isupper()


def _month_of(m: re.Match[str]) -> int:
    """The month number of a day-month match, English or French/Spanish."""
    if m.group("fmon"):
        return foreign_month_names()[m.group("fmon").lower()]
    return month_names()[(m.group("mon") or m.group("mon2")).lower()]


def _more_days(text: str, m: re.Match[str], published: date | None, precision: str | None,
               offset: int, year: str | None = None) -> list[DateRef]:
    """ "February 10 and 12": further bare days after a month-day share its month (and the
    year written after the last of them, `year`: "January 19-20, 1990")."""
    refs = []
    month = month_names()[m.group("mon").lower()]
    # a number followed by a word other than a connector counts something ("January 15, 21
    # people were killed"), it is no further day
    more = re.compile(r"\s*(?:(?:and|or|&|-|–)\s*(\d{1,2})(?![\w:]|[,.]\d)|,\s*(\d{1,2})"
                      r"(?![\w:]|[,.]\d)(?!\s+(?!(?:and|or|to|in|at|on|of|near|through|until|"
                      r"when)\b)[A-Za-z]))")
    pos = m.end()
    while (d := more.match(text, pos)) is not None:
        group = 1 if d.group(1) else 2
        s, e = d.span(group)
        try:
            value = month_day(month, int(d.group(group)), year and int(year), published,
                              precision, future_cued(text, m.start(), s))
        except OverflowError:
            value = None
        refs.append(DateRef(text=text[s:e], start=s + offset, end=e + offset, value=value,
                            precision="day" if value else None))
        pos = d.end()
    return refs


def _resolve(m: re.Match[str], published: date | None,
             precision: str | None) -> tuple[date | None, str | None]:
    """Dispatch on the group that matched; each branch returns (value, precision)."""
    names = month_names()
    g = m.group
    if g("iso"):
        return _safe_date(*map(int, g("iso").split("-"))), "day"
    if g("md") or g("dm") or g("fdm"):
        year = _year_of(m) or g("fyear")
        value = month_day(_month_of(m), int(g("day") or g("day2") or g("fday")),
                          year and int(year), published, precision,
                          future_cued(m.string, *m.span()))
        return value, "day" if value else None
    if g("my"):
        return date(int(g("year3")), names[g("mon3").lower()], 1), "month"
    if g("fmy"):
        return date(int(g("fyear2")), foreign_month_names()[g("fmon2").lower()], 1), "month"
    if g("py"):
        return date(int(g("year4")), 1, 1), "year"
    if g("yn"):
        return date(int(g("year5")), 1, 1), "year"
    if g("pm"):
        rule = _pack()["relative"][_norm(g("yrel"))]
        year, _ = _relative("year", rule.get("shift", 0), published, precision)
        return (year.replace(month=names[g("mon4").lower()]), "month") if year else (None, None)
    if g("pm2"):
        value = month_day(names[g("mon5").lower()], 1, None, published, precision,
                          future_cued(m.string, *m.span()), whole_month=True)
        return value, "month" if value else None
    if g("mm"):
        return month_after(m, published, precision)
    if g("ann"):
        n = int(g("annd")) if g("annd") else (
            _pack()["anniversary_ordinals"][_norm(g("annw"))] if g("annw") else _number(
                g("sincen")))
        return _relative("year", -n if n else None, published, precision)
    if g("ago"):
        n = _number(g("agon"))
        unit = _pack()["ago_units"][g("agou").lower()]
        if g("agotoday") and unit == "year" and n and _usable(published, precision, "day"):
            assert published is not None
            value = _safe_date(published.year - n, published.month, published.day)
            return value, "day" if value else None
        return _relative(unit, -n if n else None, published, precision)
    if g("agob"):
        n = _number(g("agobn"))
        return _relative(_pack()["ago_units"][g("agobu").lower()], -n if n else None,
                         published, precision)
    if g("past"):
        return None, None
    if g("rel"):
        rule = _pack()["relative"][_norm(g("rel"))]
        return _relative(rule["unit"], rule.get("shift", 0), published, precision)
    return _weekday(m, published, precision)


def _norm(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.lower())


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _pack()["numbers"].get(_norm(word))


def _relative(unit: str | None, shift: int | None, published: date | None,
              precision: str | None) -> tuple[date | None, str | None]:
    """Shift the publication date by whole units and truncate to that unit's precision."""
    if unit is None or shift is None or not _usable(published, precision, unit):
        return None, None
    assert published is not None
    if unit == "day":
        return published + timedelta(days=shift), "day"
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        return monday + timedelta(weeks=shift), "week"
    if unit == "month":
        months = published.year * 12 + published.month - 1 + shift
        return _safe_date(months // 12, months % 12 + 1, 1), "month"
    return _safe_date(published.year + shift, 1, 1), "year"


def _weekday(m: re.Match[str], published: date | None,
             precision: str | None) -> tuple[date | None, str | None]:
    """The weekday's occurrence relative to publication; "on"/none means on or before."""
    if not _usable(published, precision, "day"):
        return None, None
    assert published is not None
    p = _pack()
    wanted = _weekday_number(m.group("wday"))
    mode = p["weekday_modifiers"].get(_norm(m.group("wmod") or "on"), "on_or_before")
    back = (published.weekday() - wanted) % 7
    if mode == "after":
        return published + timedelta(days=(7 - back) if back else 7), "day"
    if mode == "before" and back == 0:
        back = 7
    return published - timedelta(days=back), "day"
