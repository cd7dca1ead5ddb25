"""Why gold revisions and contradictions were missed (strict sense), as counts of categories.

For each gold revision or contradiction that `incident_precision.strict_recall` does not find,
one category, first that holds:

- ``no_incident``: no system incident holds any of the gold incident's articles;
- ``article_out``: an article of a gold figure the dispute rests on is not in the best-matched
  system incident;
- ``figure_not_a_row``: one of the dispute's figures (a revision's first or last value; a
  contradiction's side) is no casualty row of the incident (no row of its category and
  interval, or of that side);
- ``other_voice``: both figures are rows, but no one voice (a revision: the gold claimant's
  name or side) holds both (a revision's figures split between claimants or sides);
- ``refused_*``: the rows are there under the gold voice(s) but no dispute is listed; the
  suffix says what the rows show: ``same_article`` (both values from one article only),
  ``unsided`` (a contradiction whose clashing rows each pair a voice the pipeline gave no
  side: it read the two as no dispute of two sides, whatever the pages' dates),
  ``same_day`` / ``undated`` (the articles' dates equal or unknown), ``overlap`` (the rows'
  intervals overlap, read as one toll), ``listed_other_voice`` (a dispute of the category is
  listed, between other voices), else ``other``.

Counts only: no name, figure or text, so safe to print for blind batches.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .incident_precision import Same, Sides, _pair_fits, _pairs, _revision_fits


def _holds(row: dict, value: float) -> bool:
    high = row.get("high")
    return (row.get("low") or 0) <= value <= (float("inf") if high is None else high)


def _value(v) -> float | None:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _days(rows: list[dict], dates: dict[str, str | None]) -> set:
    return {dates.get(a) for r in rows for a in r.get("articles", [])}


def _refused(rows_a: list[dict], rows_b: list[dict], listed: bool,
             dates: dict[str, str | None], unsided: bool = False) -> str:
    arts_a = {a for r in rows_a for a in r.get("articles", [])}
    arts_b = {a for r in rows_b for a in r.get("articles", [])}
    if listed:
        return "refused_listed_other_voice"
    if arts_a and arts_a == arts_b and len(arts_a) == 1:
        return "refused_same_article"
    if unsided:
        return "refused_unsided"
    da, db = _days(rows_a, dates), _days(rows_b, dates)
    if None in da or None in db:
        return "refused_undated"
    if da == db and len(da) == 1:
        return "refused_same_day"
    return "refused_other"


def _gold_articles(gi: dict, cat: str, names: Iterable[str], same: Same) -> set[str]:
    names = [n for n in names if n]
    return {f["article"] for f in gi.get("figures", []) if f.get("article")
            and f["category"] == cat and any(same(n, f["claimant"]) for n in names)}


def revision_miss(gi: dict, best: dict | None, g: dict, sides: Sides | None,
                  sys_id: dict[str, str], dates: dict[str, str | None], same: Same) -> str:
    if not best or sides is None:
        return "no_incident"
    have = set(best.get("articles", []))
    need = _gold_articles(gi, g["category"], [g.get("claimant") or ""], same)
    if any(sys_id.get(a) not in have for a in need):
        return "article_out"
    values = [v for v in map(_value, g.get("values") or []) if v is not None]
    rows = [r for r in best.get("figures", []) if r.get("category") == g["category"]]
    if len(values) < 2:
        return "gold_values_unread"
    first, last = values[0], values[-1]
    at = {v: [r for r in rows if _holds(r, v)] for v in (first, last)}
    if not at[first] or not at[last]:
        return "figure_not_a_row"

    def voiced(r: dict) -> bool:
        names = (r.get("claimant") or "", *r.get("spellings", []))
        return any(same(g.get("claimant"), n) for n in names) or (
            g.get("side") is not None and sides.of(r.get("claimant") or "", r.get("side"))
            == g.get("side"))
    va, vb = [r for r in at[first] if voiced(r)], [r for r in at[last] if voiced(r)]
    if not va or not vb:
        return "other_voice"
    listed = any(r.get("category") == g["category"] for r in best.get("revisions") or [])
    return _refused(va, vb, listed, dates)


def contradiction_miss(gi: dict, best: dict | None, g: dict, sides: Sides | None,
                       sys_id: dict[str, str], dates: dict[str, str | None], same: Same) -> str:
    if not best or sides is None:
        return "no_incident"
    have = set(best.get("articles", []))
    need = _gold_articles(gi, g["category"], g.get("claimants") or [], same)
    if any(sys_id.get(a) not in have for a in need):
        return "article_out"
    want = sorted(s for s in (g.get("sides") or []) if s) or sorted(
        s for s in (sides.of(x) for x in g.get("claimants", [])) if s)
    rows = [r for r in best.get("figures", []) if r.get("category") == g["category"]]
    by_side = {s: [r for r in rows if sides.of(r.get("claimant") or "", r.get("side")) == s]
               for s in want}
    if len(want) < 2 or not all(by_side.values()):
        named = {s: [r for r in rows if any(
            same(n, r.get("claimant") or "", *r.get("spellings", []))
            for n, ns in zip(g.get("claimants", []), g.get("sides") or [None] * 2, strict=False)
            if ns == s)] for s in want}
        if len(want) >= 2 and all(named.values()):
            return "other_voice"
        return "figure_not_a_row"
    a, b = (by_side[s] for s in want[:2])
    clashing = [(x, y) for x in a for y in b if _clash(x, y)]
    if not clashing:
        return "refused_overlap"
    listed = any(c.get("category") == g["category"] for c in best.get("contradictions") or [])
    unsided = all(x.get("side") is None or y.get("side") is None for x, y in clashing)
    return _refused(a, b, listed, dates, unsided)


def _clash(x: dict, y: dict) -> bool:
    hx = float("inf") if x.get("high") is None else x["high"]
    hy = float("inf") if y.get("high") is None else y["high"]
    return hx < (y.get("low") or 0) or hy < (x.get("low") or 0)


def incident_misses(gi: dict, best: dict | None, arts: dict[str, dict],
                    same: Same) -> list[tuple[str, dict, str]]:
    """(kind, gold dispute, category above) for each gold revision or contradiction of `gi`
    that strict recall misses in `best`, its best-matched system incident."""
    sys_id = {gid: a["id"] for gid, a in arts.items()}
    dates = {a["id"]: a.get("published") for a in arts.values()}
    sides = Sides(gi, best, same) if best else None
    out = []
    for g in gi.get("revisions", []):
        if sides and any(_revision_fits(g, r, sides) for r in best.get("revisions") or []):
            continue
        out.append(("revision", g, revision_miss(gi, best, g, sides, sys_id, dates, same)))
    for g in gi.get("contradictions", []):
        if sides and any(_pair_fits(g, c, p, sides) for c in best.get("contradictions") or []
                         for p in _pairs(c)):
            continue
        out.append(("contradiction", g,
                    contradiction_miss(gi, best, g, sides, sys_id, dates, same)))
    return out


def misses(matches: Iterable[tuple[dict, dict | None]], arts: dict[str, dict],
           same: Same) -> dict[str, dict[str, int]]:
    """{"revisions": Counter, "contradictions": Counter} of the categories above."""
    out = {"revisions": Counter(), "contradictions": Counter()}
    for gi, best in matches:
        for kind, _, why in incident_misses(gi, best, arts, same):
            out[kind + "s"][why] += 1
    return {k: dict(sorted(v.items())) for k, v in out.items()}
