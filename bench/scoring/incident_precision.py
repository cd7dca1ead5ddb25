"""Precision of an incident's disputes and per-claimant figures, on gold incidents only.

`bench/conflict.py` scores recall of contradictions and revisions by category alone: a gold
incident with a `killed` contradiction is found when its best-matched system incident lists any
`killed` contradiction, even one that sets one side's voices against each other. What a user
reads is every dispute the system lists, so this counts the system's disputes that match no gold
dispute of the gold incident whose best match the system incident is (system incidents that are
no gold incident's best match are not counted: the gold says nothing about them).

- **contradiction pairs**: each pair of clashing figures a system contradiction lists (`pairs`;
  its claimants when it lists none) is right when a gold contradiction of the incident has its
  category and its two claimants are of the gold contradiction's two sides.
- **revisions**: each system revision is right when a gold revision has its category and its
  voice is the gold revision's (a claimant of the revision matches the gold claimant's name, or
  the revision is of the gold revision's side).
- **figures per claimant**: each casualty row (killed, injured, missing, captured) is right when
  a gold figure has its category, a matching claimant name (the row's claimant or one of its
  other `spellings`) and an overlapping interval, as the recall figure matches them. The gold
  lists the figures its annotators judged the incident's, so this is a floor: a right row the
  gold left out counts as wrong. Overlap is lenient: a row merged from a part and the whole
  ("8 or more" from a voice's 155 and its "eight guards") overlaps almost any gold figure, so
  `exact` also counts the right rows whose interval is a gold figure's own (the same low and
  high), the rows a user can quote as they stand.

**Strict recall** (`strict_recall`) turns the two dispute tests round: a gold contradiction is
found when the system incident lists a pair of its category that sets the gold contradiction's
two sides against each other (as a right pair above), and a gold revision when a system revision
is right for it (as above). It is what a user gets of each gold dispute, where the recall of
`bench/conflict.py` credits any dispute of the category.

Sides: the gold names sides its own way ("ukraine") and the system its way ("ukr"), so a system
claimant's gold side is read from the gold claimants: its system side stands for the gold side
that the gold claimants matching that side's system claimants have most (per incident), or the
gold side of its very name when no gold claimant's name matches one of them, and a
claimant with no side takes the one gold side of the gold claimants its name matches (none when
they have two). Names match as the recall figures match them (`conflict.same_name`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

Same = Callable[..., bool]
CASUALTY = ("killed", "injured", "missing", "captured")


def _named(gi: dict) -> Iterable[tuple[str, str | None]]:
    """(claimant, side) of every claimant the gold incident names."""
    for f in gi.get("figures", []):
        yield f["claimant"], f.get("side")
    for c in gi.get("contradictions", []):
        yield from zip(c.get("claimants", []), c.get("sides") or [None] * 2, strict=False)
    for r in gi.get("revisions", []):
        yield r.get("claimant") or "", r.get("side")


class Sides:
    """System claimant -> gold side, for one gold incident and its best-matched system one."""

    def __init__(self, gi: dict, best: dict, same: Same) -> None:
        self.same = same
        self.named = [(n, s) for n, s in _named(gi) if n and s]
        self.system_side = {name: x.get("side") for x in best.get("figures", [])
                            for name in (x.get("claimant"), *x.get("spellings", []))
                            if x.get("side")}
        votes: dict[str, Counter] = defaultdict(Counter)
        for claimant, side in self.system_side.items():
            for name, gold_side in self.named:
                if same(name, claimant):
                    votes[side][gold_side] += 1
        self.side_map = {s: c.most_common(1)[0][0] for s, c in votes.items()}

    def of(self, claimant: str, side: str | None = None) -> str | None:
        side = side or self.system_side.get(claimant)
        if side in self.side_map:
            return self.side_map[side]
        if side in {s for _, s in self.named}:
            # a system side of the gold side's own name ("m23") that no gold claimant's name
            # voted for (the gold calls M23 "the rebel group") stands for that gold side
            return side
        found = {s for name, s in self.named if self.same(name, claimant)}
        return found.pop() if len(found) == 1 else None


def _pairs(c: dict) -> list[list[str]]:
    pairs = [p.get("claimants") or [] for p in c.get("pairs") or []]
    return pairs or [c.get("claimants") or []]


def contradiction_pairs(gi: dict, best: dict, sides: Sides) -> tuple[int, int]:
    """(right, listed) system contradiction pairs (see module)."""
    ok = n = 0
    for c in best.get("contradictions") or []:
        for pair in _pairs(c):
            n += 1
            ok += any(_pair_fits(g, c, pair, sides) for g in gi.get("contradictions", []))
    return ok, n


def _pair_fits(g: dict, c: dict, pair: list[str], sides: Sides) -> bool:
    got = {sides.of(x) for x in pair}
    return g["category"] == c.get("category") and len(got) == 2 and None not in got \
        and got == _gold_pair_sides(g, sides)


def _gold_pair_sides(g: dict, sides: Sides) -> set[str | None]:
    if g.get("sides"):
        return set(g["sides"])
    return {sides.of(x) for x in g.get("claimants", [])}


def revisions_right(gi: dict, best: dict, sides: Sides) -> tuple[int, int]:
    """(right, listed) system revisions (see module)."""
    ok = n = 0
    for r in best.get("revisions") or []:
        n += 1
        ok += any(_revision_fits(g, r, sides) for g in gi.get("revisions", []))
    return ok, n


def _revision_fits(g: dict, r: dict, sides: Sides) -> bool:
    names = r.get("claimants") or [r.get("claimant") or ""]
    return g["category"] == r.get("category") and (
        any(sides.same(g.get("claimant"), x) for x in names)
        or (g.get("side") is not None and g.get("side") in (
            {sides.of(x) for x in names} | {sides.of(names[-1], r.get("side"))})))


def strict_recall(matches: Iterable[tuple[dict, dict | None]], same: Same) -> dict:
    """Gold contradictions and revisions the system lists as such (see module): each value is
    {"recall", "found", "gold"}."""
    totals = {"contradictions": [0, 0], "revisions": [0, 0]}
    for gi, best in matches:
        sides = Sides(gi, best, same) if best else None
        for g in gi.get("contradictions", []):
            totals["contradictions"][1] += 1
            totals["contradictions"][0] += bool(sides) and any(
                _pair_fits(g, c, pair, sides) for c in best.get("contradictions") or []
                for pair in _pairs(c))
        for g in gi.get("revisions", []):
            totals["revisions"][1] += 1
            totals["revisions"][0] += bool(sides) and any(
                _revision_fits(g, r, sides) for r in best.get("revisions") or [])
    return {k: {"recall": round(ok / n, 3) if n else None, "found": ok, "gold": n}
            for k, (ok, n) in totals.items()}


def figures_right(gi: dict, best: dict, same: Same) -> tuple[int, int, int]:
    """(right, listed, exact) casualty rows of the system incident (see module)."""
    ok = n = exact = 0
    for x in best.get("figures", []):
        if x.get("category") not in CASUALTY:
            continue
        n += 1
        voiced = [f for f in gi.get("figures", []) if f["category"] == x["category"]
                  and same(f["claimant"], x.get("claimant"), *x.get("spellings", []))]
        ok += any((x.get("low") or 0) <= (f.get("high") or f.get("low") or 0)
                  and (f.get("low") or 0) <= (x.get("high") if x.get("high") is not None
                                               else float("inf"))
                  for f in voiced)
        exact += any((x.get("low"), x.get("high")) == (f.get("low"), f.get("high"))
                     for f in voiced)
    return ok, n, exact


def precision(matches: Iterable[tuple[dict, dict | None]], same: Same) -> dict:
    """Precision of contradiction pairs, revisions and casualty figure rows over (gold incident,
    best-matched system incident) pairs; a system incident that is the best match of two gold
    incidents is counted once, against the first. Each value is {"precision", "right",
    "listed"}; the figures' also has "exact" (right rows whose interval is a gold figure's)."""
    totals = {"contradiction_pairs": [0, 0], "revisions": [0, 0], "figures": [0, 0]}
    exact = 0
    seen: set[str] = set()
    for gi, best in matches:
        if not best or best.get("id") in seen:
            continue
        seen.add(best.get("id"))
        sides = Sides(gi, best, same)
        rows_ok, rows_n, rows_exact = figures_right(gi, best, same)
        exact += rows_exact
        for key, (ok, n) in (("contradiction_pairs", contradiction_pairs(gi, best, sides)),
                             ("revisions", revisions_right(gi, best, sides)),
                             ("figures", (rows_ok, rows_n))):
            totals[key][0] += ok
            totals[key][1] += n
    out = {k: {"precision": round(ok / n, 3) if n else None, "right": ok, "listed": n}
           for k, (ok, n) in totals.items()}
    out["figures"]["exact"] = exact
    return out
