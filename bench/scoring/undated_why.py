"""What reconcile did with the undated reports of gold articles left out for ``no_date``.

``bench/conflict.py --why-undated`` counts, for each gold article outside its incident's best
match whose nearest event differs from it only... by having no date (``no_date`` among
`out_kinds`), one category of what the reconcile stage did with its undated reports. Counts
only (no article, text, place or figure): safe to print for the blind batches.

- ``no_event_of_type``: no undated event of the type group of the incident's best match;
- ``no_place_page_dated`` / ``_undated``: its undated events of that type carry no place at
  all (and the page has / has no date of its own);
- ``country_only``: placed no finer than the country (pass 6 reads admin1 or finer);
- ``in_other_incident``: its reports of that type joined an incident of other articles;
- ``page_dated_*``: the page has a date but these events none of their own: reconcile reads
  them in the look-back before the page's date (``_before_span``: the page predates the best
  match; ``_beyond_lookback``: it came out after the look-back; ``_in_reach``: neither, kept
  apart by something else); ``not_read_by_pass6``: undated page none of whose reports pass 6
  read (they sit with others of the page or are placed coarser than admin1);
- pass 6 (reconcile/similar.py, traced through FOGOFWAR_TRACE_UNDATED): ``no_candidate``
  split by where its place lies against the best match's (``_same_place``,
  ``_same_admin1``, ``_same_country``, ``_elsewhere``), ``named_day_denies`` (its sentence's
  day excludes every candidate), ``wording_margin`` (several candidates, the best not clearly
  ahead), ``wording_floor`` / ``wording_floor_rivals`` (best below the TF-IDF floor, alone or
  among rivals), ``joined_by_wording`` (it joined some incident that is not the best match).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from fogofwar.reconcile.incidents import settings
from scoring.incident_explain import _best, _group, articles_out, out_kinds


def traced(path: Path) -> dict[str, str]:
    """Article id -> the last outcome pass 6 traced for it."""
    out: dict[str, str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out[row["article"]] = row["outcome"]
    return out


def _where(evs: list[dict], best_events: list[dict]) -> str:
    """How near the article's nearest place comes to the best match's places."""
    def key(p: dict, *fields: str) -> tuple:
        return tuple(p.get(f) for f in fields)
    places = [e.get("place") or {} for e in evs]
    theirs = [e.get("place") or {} for e in best_events]
    for name, fields in (("same_place", ("geonames_id",)), ("same_admin1", ("country", "admin1")),
                         ("same_country", ("country",))):
        if any(key(p, *fields) == key(q, *fields) and all(key(p, *fields))
               for p in places for q in theirs):
            return name
    return "elsewhere"


def _page_day(art: dict, best: dict) -> str:
    """Where a dated page's date lies against the best match's span: reconcile reads its
    undated events in the look-back before it (`undated_lookback_days`)."""
    start, end = best.get("date_start") or "", best.get("date_end") or "9999"
    page = str(art["published"])[:10]
    if page < start:
        return "before_span"
    last = (date.fromisoformat(end[:10]) + timedelta(days=settings()["undated_lookback_days"])
            if len(end) >= 10 and end != "9999" else None)
    if last is not None and len(page) == 10 and date.fromisoformat(page) > last:
        return "beyond_lookback"
    return "in_reach"


def category(gi: dict, gid: str, arts: dict[str, dict], incidents: list[dict],
             trace: dict[str, str]) -> str:
    """The category (module docstring) of one article out for ``no_date``."""
    art = arts[gid]
    want = {arts[a]["id"] for a in gi["articles"] if a in arts}
    best = _best(want, incidents)
    events = {e["id"]: e for a in arts.values() for e in a.get("events", [])}
    best_events = [events[e] for e in best.get("events", []) if e in events]
    groups = {_group(e) for e in best_events} - {None}
    evs = [e for e in art.get("events", []) if e.get("date") is None and _group(e) in groups]
    if not evs:
        return "no_event_of_type"
    if not any((e.get("place") or {}).get("country") for e in evs):
        if art.get("published"):
            return "no_place_page_dated"
        return "no_place_page_undated" + (f"_{trace[art['id']]}" if art["id"] in trace else "")
    if all((e.get("place") or {}).get("precision") == "country" for e in evs):
        return "country_only"
    inc_of = {eid: inc for inc in incidents for eid in inc.get("events", [])}
    if all(len(set(inc_of[e["id"]].get("articles", [])) - {art["id"]}) > 0
           for e in evs if e["id"] in inc_of) and any(e["id"] in inc_of for e in evs):
        return "in_other_incident"
    outcome = trace.get(art["id"])
    if outcome is None and art.get("published"):
        return f"page_dated_{_page_day(art, best)}"
    if outcome is None:
        return "not_read_by_pass6"
    if outcome == "no_candidate":
        return f"no_candidate_{_where(evs, best_events)}"
    return outcome


def counts(gold_inc: list[dict], arts: dict[str, dict], incidents: list[dict],
           trace: dict[str, str],
           say: Callable[[str], None] | None = None) -> dict[str, int]:
    """Category -> how many articles out for ``no_date`` fall in it (counts only); with `say`
    (``--explain``, dev only), also each article and its category."""
    why: dict[str, int] = {}
    for gi, gid, best in articles_out(gold_inc, arts, incidents):
        if best and "no_date" in out_kinds(gi, gid, arts, incidents):
            k = category(gi, gid, arts, incidents, trace)
            why[k] = why.get(k, 0) + 1
            if say:
                say(f"UNDATED-WHY {gi['id']} {gid} {k}")
    return dict(sorted(why.items()))
