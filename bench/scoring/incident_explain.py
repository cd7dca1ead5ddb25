"""Why gold incidents did or did not form: the text behind ``bench/conflict.py --explain``.

For each gold incident of a dev split: the system incident that holds most of its articles,
the gold articles it joined, those that fell out, and for each of their events what kept it
apart from that incident (date window, place id, type, site, attacker side), then the
incident's figures, contradictions and revisions against the gold ones. Never run on the test
split: reading why a test incident failed is tuning on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from fogofwar.reconcile.incidents import date_window, event_group, type_groups
from fogofwar.reconcile.placenames import fold
from fogofwar.reconcile.sites import site_key, sites_match


def _place(p: dict | None) -> str:
    if not p:
        return "-"
    return (f"{p.get('name')}#{p.get('geonames_id')}/{p.get('precision')}"
            f"/{p.get('admin1') or p.get('country') or '?'}")


def _best(want: set[str], incidents: list[dict]) -> dict | None:
    cands = [i for i in incidents if want & set(i.get("articles", []))]
    return max(cands, default=None, key=lambda i: (len(want & set(i.get("articles", []))),
                                                   len(i.get("events", []))))


def _side(ev: dict) -> str | None:
    actor = ev.get("actor") or {}
    return actor.get("side") or actor.get("country")


def _group(ev: dict) -> str | None:
    """The type group reconcile joins the event in (ASSAULT and FIGHT are one), None for a
    statement type it never clusters (ACCUSE, REJECT, ...)."""
    groups = type_groups()
    return event_group(ev, groups) if ev.get("type") in groups else None


def _overlaps(day: str, precision: str | None, best: dict) -> bool:
    """Whether the days an event's date can mean meet the incident's span: a date known to
    its month ("last June", 2020-06-01/month) fits an incident of 15 June, as reconcile's
    date windows read it, not only a first of the month inside the span."""
    window = date_window(day, precision)
    first, last = window if window else (day[:10], day[:10])
    return (best.get("date_start") or "") <= str(last) and \
        str(first) <= (best.get("date_end") or "9999")


def _same_place(p: dict, others: list[dict | None]) -> bool:
    """Whether place `p` is one of `others`: the same gazetteer id, or, for a place no gazetteer
    holds (a site, a village), the same town or name it lies in, and a town is the one a site
    of `others` lies in (a site's missing id equals neither another site's nor a missing
    place's)."""
    if p.get("geonames_id") is not None and p["geonames_id"] in {
            (o or {}).get("geonames_id") for o in others}:
        return True
    if p.get("geonames_id") is not None and p.get("precision") != "town":
        return False
    towns = {fold(x) for o in others if o for x in (o.get("within"), o.get("name")) if x}
    return fold(p.get("within") or p.get("name") or "") in towns


def _apart(ev: dict, best: dict, best_events: list[dict]) -> list[str]:
    """The fields on which an event differs from every event of the best incident; the type
    only when its group differs from all of theirs (an ASSAULT joins a FIGHT incident)."""
    why = []
    if _group(ev) is None or _group(ev) not in {_group(e) for e in best_events}:
        why.append(f"type {ev.get('type')}!={best.get('type')}")
    day = ev.get("date")
    if day is None:
        why.append("date none")
    elif not _overlaps(day, ev.get("date_precision"), best):
        why.append(f"date {day}/{ev.get('date_precision')} outside "
                   f"{best.get('date_start')}..{best.get('date_end')}")
    if not ev.get("place"):
        why.append("place none")
    elif not _same_place(ev["place"], [e.get("place") for e in best_events]):
        why.append(f"place {_place(ev.get('place'))}")
    key = site_key(ev.get("place"))
    keys = {site_key(e.get("place")) for e in best_events} - {None}
    if key and keys and not any(sites_match(key, k) for k in keys):
        why.append(f"site {(ev.get('place') or {}).get('text')}")
    sides = {_side(e) for e in best_events} - {None}
    if _side(ev) and sides and _side(ev) not in sides:
        why.append(f"party {_side(ev)} vs {sorted(sides)}")
    return why


def _figures(gi: dict, best: dict | None, out: Callable[[str], None]) -> None:
    for f in gi.get("figures", []):
        out(f"    gold figure {f['category']} {f.get('low')}-{f.get('high')} "
            f"{f['claimant']!r} ({f.get('side')}, {f.get('article')})")
    for x in (best or {}).get("figures", []):
        if x.get("category") in ("killed", "injured", "missing", "captured"):
            out(f"    sys figure  {x['category']} {x.get('low')}-{x.get('high')} "
                f"{x.get('claimant')!r} ({x.get('side')})"
                + (f" also {x['spellings']!r}" if x.get("spellings") else ""))
    for kind in ("contradictions", "revisions"):
        gold = [(c["category"], c.get("claimants") or c.get("claimant")) for c in gi.get(kind, [])]
        found = [(c.get("category"), c.get("claimants") or c.get("values"))
                 for c in (best or {}).get(kind) or []]
        out(f"    gold {kind}: {gold}")
        out(f"    sys  {kind}: {found}")


def explain(gold_inc: list[dict], arts: dict[str, dict], incidents: list[dict],
            out: Callable[[str], None] = print,
            missed: Callable[[dict], list[tuple[str, dict, str]]] | None = None) -> None:
    """Print, per gold incident, who joined, who fell out and why (see module docstring); with
    `missed` (dispute_misses.incident_misses of the scored match), each gold dispute strict
    recall misses and why."""
    gold_of = {a["id"]: gid for gid, a in arts.items()}
    events = {e["id"]: e for a in arts.values() for e in a.get("events", [])}
    inc_of = {eid: inc for inc in incidents for eid in inc.get("events", [])}
    for gi in gold_inc:
        want = {arts[a]["id"] for a in gi["articles"] if a in arts}
        best = _best(want, incidents)
        joined = sorted(gold_of[a] for a in want & set((best or {}).get("articles", [])))
        out(f"{gi['id']} {gi.get('name')!r}: gold {gi.get('type')} {gi.get('place')} "
            f"{gi.get('date')}")
        if best:
            out(f"  best {best['id']} {best.get('type')} {_place(best.get('place'))} "
                f"{best.get('date_start')}..{best.get('date_end')} joined {joined}")
        best_events = [events[e] for e in (best or {}).get("events", []) if e in events]
        for gid in gi["articles"]:
            if gid in joined or gid not in arts:
                continue
            mentioned = arts[gid]["id"] in (best or {}).get("mentioned_in", [])
            out(f"  OUT {gid} published={arts[gid].get('published')}"
                + (" (only mentions it: its events there are background)" if mentioned else ""))
            for ev in arts[gid].get("events", []):
                inc = inc_of.get(ev["id"])
                where = f"in {inc['id']} ({len(inc.get('articles', []))} art)" if inc \
                    else "in no incident"
                why = _apart(ev, best, best_events) if best else []
                out(f"    {ev['id'].split(':', 1)[-1]} {ev.get('type')} {_place(ev.get('place'))}"
                    f" {ev.get('date')} {where}: {'; '.join(why) or 'no field differs'}"
                    f" | {(ev.get('sentence') or '')[:70]!r}")
        _figures(gi, best, out)
        for kind, g, why in missed(gi) if missed else ():
            names = g.get("claimants") or g.get("claimant")
            out(f"    missed {kind} {g.get('category')} {names!r}: {why}")
            if why == "figure_not_a_row":
                for line in _whereabouts(gi, g, arts, inc_of):
                    out(f"      {line}")


def _whereabouts(gi: dict, g: dict, arts: dict[str, dict],
                 inc_of: dict[str, dict]) -> Iterator[str]:
    """Where each gold figure of a missed dispute's voices went: the claims of its article with
    a figure of that value, their reading (claimant, category) and the incidents of their
    events (a claim of no event is a toll claim: reconcile anchors it to a report)."""
    names = g.get("claimants") or [g.get("claimant")]
    for f in gi.get("figures", []):
        if f["category"] != g["category"] or f["claimant"] not in names \
                or f.get("article") not in arts:
            continue
        value = f.get("low") if f.get("low") is not None else f.get("high")
        art = arts[f["article"]]
        found = []
        for c in art.get("claims", []):
            figs = [x for x in c.get("figures") or [] if value is not None and (
                x.get("low") or x.get("value") or 0) <= value <= (
                x.get("high") if x.get("high") is not None else float("inf"))
                and (x.get("low") or x.get("value")) is not None]
            if not figs:
                continue
            evs = [e for e in art.get("events", []) if e.get("claim_id") == c["id"]]
            homes = ", ".join(
                f"{e['id'].split(':', 1)[-1]} " + (
                    f"in {inc_of[e['id']]['id']} ({len(inc_of[e['id']].get('articles', []))} art)"
                    if e["id"] in inc_of else "in no incident")
                + (" background" if e.get("background") else "")
                + (" negated" if e.get("negated") else "") for e in evs) or "no event"
            who = (c.get("claimant") or {}).get("text") if isinstance(c.get("claimant"), dict) \
                else c.get("claimant")
            found.append(f"claim {c['id'].split(':', 1)[-1]} {who!r} "
                         f"{'/'.join(sorted({x.get('category') or '?' for x in figs}))}: {homes}")
        out = "; ".join(found) or "no claim gives it"
        yield f"{f['claimant']!r} {value} ({f['article']}): {out}"


def _kind(reason: str) -> str:
    """'date none' -> no_date, 'place none' -> no_place, 'place X#1/...' -> place: the field,
    not the value."""
    if reason in ("date none", "place none"):
        return "no_" + reason.split(" ", 1)[0]
    return reason.split(" ", 1)[0]


def apart_counts(gold_inc: list[dict], arts: dict[str, dict],
                 incidents: list[dict]) -> dict[str, int]:
    """How many gold articles fell out of their incident, counted by the field that kept them out.

    Counts only, safe for the test split: for each article missing from the best incident, the
    fields of `out_kinds`, each counted once.
    """
    why: dict[str, int] = {}
    for gi, gid, _ in articles_out(gold_inc, arts, incidents):
        for k in out_kinds(gi, gid, arts, incidents):
            why[k] = why.get(k, 0) + 1
    return dict(sorted(why.items()))


def articles_out(gold_inc: list[dict], arts: dict[str, dict],
                 incidents: list[dict]) -> Iterator[tuple[dict, str, dict | None]]:
    """Each gold article outside its incident's best match, as (gold incident, article id,
    best match or None): the one walk every count of why articles stayed out is taken over."""
    for gi in gold_inc:
        want = {arts[a]["id"] for a in gi["articles"] if a in arts}
        best = _best(want, incidents)
        joined = want & set((best or {}).get("articles", []))
        for gid in gi["articles"]:
            if gid in arts and arts[gid]["id"] not in joined:
                yield gi, gid, best


def out_kinds(gi: dict, gid: str, arts: dict[str, dict], incidents: list[dict]) -> list[str]:
    """The fields that keep gold article `gid` out of its incident's best match: those of its
    event that differs on the fewest (``no_event`` when the article gave no event,
    ``no_incident`` when none of the incident's articles joined any incident, ``background``
    when it is among the incident's ``mentioned_in``: its events there were all read as
    recalled, not reported; ``none`` when no field explains it)."""
    want = {arts[a]["id"] for a in gi["articles"] if a in arts}
    best = _best(want, incidents)
    events = {e["id"]: e for a in arts.values() for e in a.get("events", [])}
    best_events = [events[e] for e in (best or {}).get("events", []) if e in events]
    evs = arts[gid].get("events", [])
    if not best:
        return ["no_incident"]
    if arts[gid]["id"] in best.get("mentioned_in", []):
        return ["background"]  # in the incident, but only recalling it
    if not evs:
        return ["no_event"]
    return sorted({_kind(r) for r in min(
        (_apart(ev, best, best_events) for ev in evs), key=len)}) or ["none"]
