"""Why a gold article fell out of its incident on the site or the place: categories, counts only.

`articles_out_because` (incident_explain.out_kinds) says *which field* keeps an article out;
this says *how* the field differs, without naming anything, so it is safe to print for blind
batches and the test split: for each gold article out for ``site`` or ``place``, its event
nearest the best incident (the one differing on fewest fields) is set against that incident's
events and put in one category:

- ``site:one_only`` / ``site:incident_only``: the article's event is at a named site and no
  event of the incident is, or the other way round; ``+as_actor`` when the side without a site
  has the other's site name among its actor mentions (the site read as an organisation);
- ``site:same``: both name a site and the sites match (sites.sites_match): the site is no cause;
- ``site:generic``: one site has no name words left ("the hospital", "a school");
- ``site:town_inside``: the names differ by the town's name ("Kunduz hospital" / "the MSF
  hospital"): one's words hold a town the other's site lies in;
- ``site:other_kind``: both named, of different kinds (a school and a shelter);
- ``site:some_words`` / ``site:no_words``: same kind, names sharing some words / none;
- ``site:other_town``: as the above but the two sites lie in towns resolved differently;
- ``no_place:*``, for an article out with its nearest report placed nowhere (and no site or
  place difference): see `_unplaced`;
- ``place:*`` (no site on either side): ``other_town`` (two towns of one province),
  ``other_admin1``, ``other_country``, ``coarser`` / ``finer`` (a province or country against a
  town), ``unknown`` (a place no gazetteer holds), ``none`` (no place).
"""

from __future__ import annotations

from fogofwar.reconcile.placenames import family_key, fold
from fogofwar.reconcile.sites import _tokens, site_key, sites_match

from .incident_explain import _apart, _same_place, articles_out, out_kinds

_FINE = ("site", "point", "town")


def _is_site(p: dict | None) -> bool:
    return bool(p) and (p.get("precision") == "site" or site_key(p) is not None)


def _as_actor(site: dict, art: dict) -> bool:
    """Whether one of `art`'s actor mentions holds every name word of `site`."""
    words = _tokens(site.get("name") or "")
    return bool(words) and any(words <= _tokens(m.get("text") or "")
                               for m in art.get("actors", []))


def _unsited(p: dict | None, sites: list[dict], places: list[dict]) -> str:
    """Where a report at no site stands against an incident's sites: ``no_place`` (placed
    nowhere: a site's missing place id then hides the place from `_apart`), ``site_town`` (at
    the town a site lies in), ``same_place`` (at another of the incident's places), else
    ``elsewhere``."""
    if not p or not p.get("name"):
        return "no_place"
    if fold(p["name"]) in {fold(s.get("within") or "") for s in sites}:
        return "site_town"
    if p.get("geonames_id") is not None and p.get("geonames_id") in {
            o.get("geonames_id") for o in places}:
        return "same_place"
    return "elsewhere"


def _unplaced(art: dict, best_events: list[dict], art_of: dict[str, dict]) -> str:
    """Why a page whose nearest report is placed nowhere had no place to give it: the page
    names one of the incident's places (``page_names_place``) or names it only as an actor
    (``place_as_actor``), holds one of its sites' names in an actor mention
    (``site_as_actor``), names other places only (``page_elsewhere``) or none
    (``page_unplaced``)."""
    places = [e.get("place") for e in best_events if e.get("place")]
    mine = [p for p in art.get("places", []) if p.get("role", "location") == "location"]
    as_actor = [p for p in art.get("places", []) if p.get("role") == "actor"]
    if any(_same_place(p, places) for p in mine):
        return "no_place:page_names_place"
    if any(_same_place(p, places) for p in as_actor):
        return "no_place:place_as_actor"
    if any(_as_actor(s, art) for s in places if _is_site(s)):
        return "no_place:site_as_actor"
    return "no_place:page_elsewhere" if mine else "no_place:page_unplaced"


def _site_category(p: dict, others: list[dict]) -> str:
    """How a site `p` differs from the incident's sites `others` (all site places)."""
    key = site_key(p)
    keys = [k for k in (site_key(o) for o in others) if k is not None]
    if key is not None and any(sites_match(key, k) for k in keys):
        return "site:same"
    if key is None or not keys:
        return "site:generic"
    towns = {fold(o.get("within") or "") for o in others} - {""}
    town = fold(p.get("within") or "")
    if town and towns and town not in towns:
        return "site:other_town"
    inside = {family_key(t) for t in towns | {town} if t}
    if any((key[1] - k[1]) & inside or (k[1] - key[1]) & inside for k in keys):
        return "site:town_inside"
    same_kind = [k for k in keys if k[0] == key[0]]
    if not same_kind:
        return "site:other_kind"
    return "site:some_words" if any(key[1] & k[1] for k in same_kind) else "site:no_words"


def _place_category(p: dict | None, others: list[dict]) -> str:
    if not p:
        return "place:none"
    if p.get("geonames_id") is None:
        return "place:unknown"
    fine = p.get("precision") in _FINE
    fine_others = [o for o in others if o.get("precision") in _FINE]
    if fine and not fine_others:
        return "place:finer"
    if not fine and fine_others:
        return "place:coarser"
    if p.get("country") and p.get("country") not in {o.get("country") for o in others}:
        return "place:other_country"
    if p.get("admin1") not in {o.get("admin1") for o in others}:
        return "place:other_admin1"
    return "place:other_town"


def out_categories(gold_inc: list[dict], arts: dict[str, dict],
                   incidents: list[dict]) -> dict[str, int]:
    """Counts of the categories above over the gold articles out for ``site`` or ``place``."""
    events = {e["id"]: e for a in arts.values() for e in a.get("events", [])}
    art_of = {e["id"]: a for a in arts.values() for e in a.get("events", [])}
    counts: dict[str, int] = {}
    for gi, gid, best in articles_out(gold_inc, arts, incidents):
        if not best:
            continue
        best_events = [events[e] for e in best.get("events", []) if e in events]
        kinds = out_kinds(gi, gid, arts, incidents)
        if "no_place" in kinds and "site" not in kinds and "place" not in kinds:
            cat = _unplaced(arts[gid], best_events, art_of)
            counts[cat] = counts.get(cat, 0) + 1
            continue
        if "site" not in kinds and "place" not in kinds:
            continue
        ev = min(arts[gid].get("events", []), key=lambda e: len(_apart(e, best, best_events)))
        p = ev.get("place") or None
        places = [e.get("place") for e in best_events if e.get("place")]
        sites = [o for o in places if _is_site(o)]
        if _is_site(p) and sites:
            cat = _site_category(p, sites)
        elif _is_site(p):
            cat = "site:one_only" + ("+as_actor" if any(
                _as_actor(p, art_of[e["id"]]) for e in best_events) else "")
        elif sites:
            cat = "site:incident_only+" + _unsited(p, sites, places) + ("+as_actor" if any(
                _as_actor(s, arts[gid]) for s in sites) else "")
        else:
            cat = _place_category(p, places)
        if "place" in kinds and cat.startswith("site"):
            cat += "+place_id"
        counts[cat] = counts.get(cat, 0) + 1
    return dict(sorted(counts.items()))
