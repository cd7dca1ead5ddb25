"""Date ablation of the conflict dev set: do reports with no date still join their incident?

Held-back pages of gold incidents fall out because the page carries no date (no metadata, no
dated URL, no date line): their events get no date and reconcile must place them by type,
place, site and party alone. The dev set has few such pages, so ``bench/conflict.py --undate R``
makes them: for each gold incident of the split (k-th in file order) with n >= 2 articles the
gold dates (the page states its date), so that one still dates it, it takes away the date of
one of those, number (k + R) mod n, and ingests the whole split once. An article the page
leaves undated already is never chosen: taking nothing away measures nothing. What is taken
away is what a scrape of the page without its metadata would lack:

- the URL's date (the path and query lose every digit; the host and the slug's words stay);
- the page's date lines, i.e. lines the gold lists as boilerplate that state a date ("AA |
  04.06.2019 - 13:49", "Published February 28, 2020"). The story's own lines are kept as
  found, datelines ("KYIV, June 4 (Reuters) -") and "on Friday" included.

``--undate R --no-clue`` is stricter: it also takes from every line of the page what dates it
to the day (`unday`), as a page with no date anywhere would read: the dateline at the story's
head ("KYIV, June 4 (Reuters) -" keeps "KYIV, (Reuters) -"; "June 4, 2019 —" goes), absolute
dates naming the day ("on 4 June", "June 4", "Jun. 4, 2019", "04.06.2019", "2019-06-04"), and a
line left with nothing but a weekday or punctuation. Weekday words ("on Friday"), months
without a day ("in June") and the rest of the text are kept.

An ablated article the system still dates (from a line of its story) is counted apart from one
it leaves undated, and of those the ones whose story still names a weekday or a month (a clue
a reader could date it by) apart from those with none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from urllib.parse import urlsplit

from fogofwar.clean.datelines import date_from_url
from fogofwar.ingest.dateforms import _ISO, _NUMERIC, _names, has_date

#: A weekday or month name: the story gives a reader a clue to its date.
_CLUE = re.compile(
    r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(january|february|march|april|may|june|"
    r"july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|"
    r"nov|dec)\b\.?\s*\d|\b\d{1,2}\s+(january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b", re.IGNORECASE)


@cache
def _day_date() -> re.Pattern[str]:
    """An absolute date naming the day, with the 'on' before it: month names from the dates
    pack, the year optional (numeric dates: dateforms' own patterns, applied apart)."""
    names = sorted(_names("months"), key=len, reverse=True)
    month = "(?:" + "|".join(map(re.escape, names)) + r")\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:,?\s+\d{4})?"
    return re.compile(
        rf"(?:\bon\s+(?:the\s+)?)?(?:\b{month}\s+{day}\b{year}|\b{day}\s+(?:of\s+)?{month}"
        rf"(?![a-z]){year})", re.IGNORECASE)


#: What a line is left with when it only dated the page: weekdays, 'on', punctuation.
_HOLLOW = re.compile(r"(?:[\W_]|\b(?:on|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)*",
                     re.IGNORECASE)


def unday(text: str) -> str:
    """The text with every absolute date naming a day taken out (`--no-clue`): datelines lose
    their date, a line that was only a date goes, weekdays and the rest stay."""
    lines = []
    for line in text.splitlines():
        cut = _NUMERIC.sub("", _ISO.sub("", _day_date().sub("", line)))
        if cut != line:
            cut = re.sub(r"[ \t]{2,}", " ", cut)
            cut = re.sub(r",\s*,", ",", re.sub(r"\s+([,.;:])", r"\1", cut)).strip()
            if _HOLLOW.fullmatch(cut):
                continue
        lines.append(cut)
    return "\n".join(lines) + "\n"


def chosen(gold_inc: list[dict], rotation: int, dated: set[str]) -> dict[str, str]:
    """Article id -> gold incident id: the one article per incident (of two or more the gold
    dates, `dated`) whose date is taken away in this rotation."""
    out: dict[str, str] = {}
    for k, gi in enumerate(gold_inc):
        arts = [a for a in gi["articles"] if a in dated]
        if len(arts) >= 2:
            out[arts[(k + rotation) % len(arts)]] = gi["id"]
    return out


def undated_url(url: str | None) -> str | None:
    """The URL with no date in it: every digit of its path and query dropped (the host and the
    slug's words kept, so the outlet and title can still be read); only the host if a date
    still reads."""
    if not url:
        return url
    parts = urlsplit(url)
    path = re.sub(r"/{2,}", "/", re.sub(r"\d", "", parts.path))
    out = f"{parts.scheme}://{parts.netloc}{path}"
    return out if date_from_url(out) is None else f"{parts.scheme}://{parts.netloc}/"


def undated_text(text: str, boilerplate: list[str]) -> str:
    """The page without its date lines: boilerplate lines (as the gold lists them) that state a
    date. Every other line, the story's datelines included, is kept as found."""
    dated = {line.strip() for line in boilerplate if has_date(line)}
    return "\n".join(line for line in text.splitlines() if line.strip() not in dated) + "\n"


def has_clue(text: str, boilerplate: list[str]) -> bool:
    """Whether the story (the page less its boilerplate lines) names a weekday or a month."""
    skip = {line.strip() for line in boilerplate}
    return any(_CLUE.search(line) for line in text.splitlines() if line.strip() not in skip)


def score(chosen_ids: dict[str, str], gold_inc: list[dict], arts: dict[str, dict],
          incidents: list[dict], clue: dict[str, bool],
          out_kinds: Callable[[dict, str], list[str]]) -> dict:
    """How many ablated articles joined their gold incident's best match (the system incident
    holding most of the incident's other articles), split by whether the system still dated
    the page and whether its story names a day; the fields that kept the others out."""
    by_id = {gi["id"]: gi for gi in gold_inc}
    rows = {"dated_by_story": [0, 0], "undated_with_clue": [0, 0], "undated_no_clue": [0, 0]}
    why: dict[str, int] = {}
    for gid, inc_id in chosen_ids.items():
        art = arts.get(gid)
        if art is None:
            continue
        others = {arts[a]["id"] for a in by_id[inc_id]["articles"] if a != gid and a in arts}
        cands = [i for i in incidents if others & set(i.get("articles", []))]
        best = max(cands, default=None, key=lambda i: (len(others & set(i["articles"])),
                                                       len(i.get("events", []))))
        joined = bool(best) and art["id"] in best.get("articles", [])
        kind = "dated_by_story" if art.get("published") else (
            "undated_with_clue" if clue.get(gid) else "undated_no_clue")
        rows[kind][0] += joined
        rows[kind][1] += 1
        if not joined:
            for k in out_kinds(by_id[inc_id], gid):
                why[k] = why.get(k, 0) + 1
    joined = sum(v[0] for v in rows.values())
    total = sum(v[1] for v in rows.values())
    return {"ablated": total, "joined": joined,
            "undated_joined": rows["undated_with_clue"][0] + rows["undated_no_clue"][0],
            "undated": rows["undated_with_clue"][1] + rows["undated_no_clue"][1],
            **{k: f"{v[0]}/{v[1]}" for k, v in rows.items()},
            "out_because": dict(sorted(why.items()))}
