"""Fill an event's missing place and date from the discourse around it.

The events stage already gives an event the place and date its paragraph narrated *before* it
and flags them (`place_inherited`, `date_inherited`, stored). What is left here, and relies on
those flags, is what extract cannot know when it codes an event: a place or date the paragraph
states only *after* it ("Five soldiers were killed. The shelling hit Saraqib on Monday"), taken
only from an event that states it itself (never one it inherited), and the article's focus.

Reports set the scene once: "On February 10, militants launched an attack near Saraqib. [...]
At least 5 Turkish personnel were reportedly killed in the retaliatory strikes." The second
sentence has neither place nor date, but its paragraph does. An event without a place or date
takes it from the nearest event *in the same paragraph* that states one (the preceding one
first, since the scene is usually set before it is described); only values an event states
itself are passed on, so nothing is inherited twice.

When the paragraph gives no place either, the article's focus can stand in, but only at admin1
precision and only when one admin area clearly dominates the article: such a coarse place joins
an incident only when that is unambiguous (see cluster.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import cache

from ..packs import load_pack, require
from ..resolve.dates import calendar_clues, mourning_day_only
from ..resolve.place_roles import ASSOCIATED
from ..tally import sole_leader

_BREAK = re.compile(r"\n+")
_WORD = re.compile(r"[^\W\d_]{3,}")


@cache
def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # the word list only, no model

    return frozenset(STOP_WORDS)


def article_words(art: dict, site_codes: frozenset[str] = frozenset()) -> frozenset[str]:
    """Lower-cased content words of an article's title and text that say what happened: stop
    words and the words of its place and actor mentions left out (where and who are compared
    on their own; two reports of different attacks on one town by one group share those), but
    the names of sites (precision `site` or a feature code in `site_codes`) kept, and those of
    places no gazetteer knew ("the village of Hroza"): nothing else compares them."""
    text = f"{art.get('title') or ''}\n{art.get('text') or ''}".lower()
    names = {w for p in art.get("places", []) if p.get("precision") != "site"
             and p.get("feature_code") not in site_codes and p.get("name")
             for w in _WORD.findall((p.get("text") or "").lower())}
    names |= {w for m in art.get("actors", [])
              for w in _WORD.findall((m.get("text") or "").lower())}
    return frozenset(w for w in _WORD.findall(text) if w not in stop_words() and w not in names)


def title_and_lead(art: dict, chars: int) -> str:
    """An article's title and its opening paragraph (at most `chars` characters of it): where
    an article says what it is about, before background and earlier events come in."""
    lead = (art.get("text") or "").strip()[:chars].split("\n\n", 1)[0]
    return f"{art.get('title') or ''}\n{lead}"


def paragraph_index(text: str, offset: int) -> int:
    """Which paragraph (line block) of `text` the offset falls in."""
    return len(_BREAK.findall(text, 0, max(0, offset)))


def _nearest(items: list[tuple[int, dict]], i: int, key) -> object | None:
    """The value `key` gives for the nearest other item, searching backwards first."""
    for j in [*range(i - 1, -1, -1), *range(i + 1, len(items))]:
        value = key(items[j][1])
        if value is not None:
            return value
    return None


#: At most this many words after the cue are the attribution's own ("at a press briefing in
#: Moscow"); a longer tail is the statement itself, told after its source.
TAIL_WORDS = 10
_GOES_ON = re.compile(r"\b(?:that|adding|added|as)\b|[;:]")


def said_at(ev: dict, claim: dict | None, text: str) -> bool:
    """Whether the event's place is where its claim was made, not where the event happened:
    '"... up to 50 officers were destroyed," spokesman Igor Konashenkov said at a press
    briefing in Moscow'. In a claim whose statement comes before its source, a place in the
    short tail after the cue belongs to the attribution when the tail names a venue (the
    pack's `attribution_venues`) or the place is a capital, unless the claim goes on past the
    cue ("said, adding that ...", "said that ..."); '," the governor said of the strike on
    Kupiansk' keeps Kupiansk."""
    place = ev.get("place") or {}
    source = (claim or {}).get("source") or {}
    cue = (claim or {}).get("cue_end")
    if claim is None or place.get("start") is None or cue is None or source.get("start") is None:
        return False
    if not cue <= place["start"] < claim["end"]:
        return False
    tail = text[cue:claim["end"]]
    if len(tail.split()) > TAIL_WORDS or source["start"] - claim["start"] <= len(tail):
        return False  # "Gaza - Officials said on Feb 29 Israeli fire ... near Gaza City"
    if _GOES_ON.search(text, cue, place["start"]):
        return False
    words = set(_WORD.findall(tail.lower()))
    venue = any(set(v.split()) <= words for v in attribution_venues())
    return venue or place.get("feature_code") == "PPLC"


@cache
def attribution_venues() -> tuple[str, ...]:
    """Words that make an attribution tail say where a claim was made (reconcile pack)."""
    return tuple(w.lower() for w in require(load_pack("reconcile"), "reconcile",
                                            "attribution_venues", list))


def paragraph_context(art: dict, claims: dict[str, dict]) -> dict[str, tuple]:
    """event id -> (place, (date, precision) | None, "paragraph") for events that inherit (a
    place its claim's attribution names, `said_at`, counts as none)."""
    text = art.get("text") or ""
    by_para: dict[int, list[tuple[int, dict]]] = {}
    for seq, ev in enumerate(art.get("events", [])):
        claim = claims.get(ev.get("claim_id") or "")
        if claim is None:
            continue
        para = paragraph_index(text, claim["start"])
        by_para.setdefault(para, []).append((claim["start"] * 1000 + seq, ev))
    out: dict[str, tuple] = {}
    for items in by_para.values():
        items.sort(key=lambda x: x[0])
        def own(e: dict) -> dict | None:
            """The event's place, unless an attribution names it (in the event's own claim or,
            for a place extract carried over, in the claim where it stands)."""
            start = (e.get("place") or {}).get("start")
            held = [c for c in claims.values() if start is not None
                    and c["start"] <= start < c["end"]]
            said = any(said_at(e, c, text) for c in held)
            return None if said else e.get("place")

        for i, (_, ev) in enumerate(items):
            place, when = own(ev), None
            if place is None:
                place = _nearest(items, i, lambda e: None if e.get("place_inherited")
                                 else own(e))
            if not ev.get("date"):
                when = _nearest(items, i, lambda e: (e["date"], e.get("date_precision"))
                                if e.get("date") and not e.get("date_inherited") else None)
                if when is not None and not fits_own_day(ev.get("sentence") or "", when):
                    when = None
            if place is not ev.get("place") or when is not None:
                out[ev["id"]] = (place, when, "paragraph")
    return out


def fits_own_day(sentence: str, when: tuple) -> bool:
    """Whether a neighbour's date may stand for an event whose sentence names its own day
    ("Saturday's strike", "on March 3"): only a date of that very day does. A paragraph's
    background date ("the town fell in the summer of 2022") must not move the strike there;
    left undated, the event can still join by its day clue (late.join_undated)."""
    months_days, weekdays = calendar_clues(sentence)
    if not (months_days or weekdays):
        return True
    day, precision = when
    if precision not in (None, "day") or not day or len(day) < 10:
        return False
    try:
        d = date.fromisoformat(day[:10])
    except ValueError:
        return False
    return (d.month, d.day) in months_days if months_days else d.weekday() in weekdays


def news_days(events: Iterable[dict], window: tuple[date, date] | None,
              group_of: Callable[[dict], str | None]) -> dict[str, date]:
    """Per type group: the one day a dated article's own reports of that group give to the day
    within its publication window (`window`: the look-back before publication), when they give
    exactly one ("Last night, the Houthis fired a salvo at the capital" on a page of the 26th):
    the day its news is about. Its reports of that group that state no day and inherit none
    from their paragraph ("fragments of one missile landed inside Riyadh") tell that day, not
    any of the look-back's days. A day outside the window is background ("since 2015") and
    leaves the rule as it is; two days inside it say the article tells several days."""
    if window is None:
        return {}
    days: dict[str, set[date]] = {}
    for ev in events:
        group = group_of(ev)
        if group is None or ev.get("date_precision") != "day" or ev.get("date_inherited") \
                or not ev.get("date") or ev.get("negated") or ev.get("hypothetical") \
                or mourning_day_only(ev.get("sentence") or ""):
            continue  # a mourning's day is no day of the news it mourns
        try:
            day = date.fromisoformat(ev["date"][:10])
        except ValueError:
            continue
        if window[0] <= day <= window[1]:
            days.setdefault(group, set()).add(day)
    return {g: next(iter(d)) for g, d in days.items() if len(d) == 1}


def lookback(published: date | None, last_day: date | None, days: int) -> tuple[date, date] | None:
    """The days before publication an undated report of the page may lie in (never after)."""
    if published is None:
        return None
    return published - timedelta(days=days), max(published, last_day or published)


def main_site(art: dict) -> dict | None:
    """The named site an article is about: the only site it names (by name), if it names one
    and places it."""
    sites = {(p.get("name"), p.get("within")): p for p in art.get("places", [])
             if p.get("precision") == "site" and p.get("lat") is not None}
    return next(iter(sites.values())) if len(sites) == 1 else None


def main_town(art: dict, area: tuple[str, str]) -> dict | None:
    """The town an article is about: one town named at least twice and more than all other
    towns of its dominant area together ("Dnipro" four times in a report on one strike)."""
    towns: Counter[tuple] = Counter()
    sample: dict[tuple, dict] = {}
    for p in art.get("places", []):
        if p.get("precision") in ("town", "point") and (p.get("country"), p.get("admin1")) == area:
            key = (p.get("geonames_id") or p.get("name"), p.get("lat"), p.get("lon"))
            towns[key] += 1
            sample.setdefault(key, p)
    if not towns:
        return None
    (key, n), rest = towns.most_common(1)[0], sum(towns.values()) - towns.most_common(1)[0][1]
    return sample[key] if n >= 2 and n > rest else None


def article_focus(art: dict) -> dict | None:
    """The place an article is about, for events whose paragraph names none: the one site it
    names (`main_site`), else its main town when one dominates (`main_town`), else an
    admin1-precision place for the admin area that dominates the article, if one does.

    Counted over the article's resolved place mentions at town, point or admin1 precision
    (not a capital standing for its government: "the Kremlin said"; not a place in a "-based"
    or "-backed" compound, role `associated`: "the London-based rights group said" tells where
    the group sits, not what the page is about);
    the top area must be strictly ahead of the next, otherwise there is no focus. A place
    from the focus never anchors an incident (cluster.is_anchor).
    """
    counts: Counter[tuple[str, str]] = Counter()
    sample: dict[tuple[str, str], dict] = {}
    for p in art.get("places", []):
        if p.get("precision") not in ("point", "town", "admin1") or p.get("role") == ASSOCIATED \
                or (p.get("role") == "actor" and p.get("feature_code") == "PPLC"):
            continue  # "the Kremlin said" names who speaks; "Mariupol city council" does not
        if not p.get("admin1") or not p.get("country"):
            continue
        key = (p["country"], p["admin1"])
        counts[key] += 1
        if key not in sample or p.get("precision") == "admin1":
            sample[key] = p
    site = main_site(art)
    if site is not None:
        return site
    leader = sole_leader(counts)
    if leader is None:
        return None
    town = main_town(art, leader)
    if town is not None:
        return town
    base = sample[leader]
    if base.get("precision") == "admin1":
        return base
    return {**base, "text": base["admin1"], "name": base["admin1"], "geonames_id": None,
            "feature_code": "ADM1", "precision": "admin1"}
