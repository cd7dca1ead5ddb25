"""Classes of the gold-span misses of bench/geoparse.py (resolution with gold spans given).

A miss is a gold toponym placed more than 161 km from its gold point, or not placed at all.
The misses that are the gold's own GeoNames entry at another point (`same_entry`: country and
province points that are not GeoNames' own) are counted apart; the others are classed:

- `unresolved_no_candidate`: the gazetteer has no entry under the name looked up;
- `unresolved_filtered`: it has some, but ranking took none (near or loose spellings outside
  the story's focus countries, demonyms of no country);
- `namesake`: the gold entry was a candidate, another of the same feature level won;
- `wrong_level`: the gold entry was a candidate, one of another level won (town vs first- or
  second-level area vs country);
- `wrong_span`: the gold entry is not a candidate of the name looked up but is one of the span's
  whole text or of one of its words (a kind word, a narrowed span, a possessive);
- `gold_not_candidate`: the gold entry is in the gazetteer but not filed under the name;
- `gold_absent`: the gold entry is not in the gazetteer at all (a second-level area without
  towns, a village under 500 people, a building); `near_candidate`: not in it, but a candidate
  lay within 161 km and lost;
- `no_gold_id`: the gold gives a point and no GeoNames id.

Prints counts per class and set, and with --examples N that many examples per class (to the
terminal only: gold text is never written into the project).

Run: python bench/geoparse_misses.py [--examples N] [--set tr-news|geowebnews] [--limit N]
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict

from common import eval_dir, parser
from geoparse import ACC_KM, SETS, Gold, GoldDoc, _error

LEVELS = (("country", ("PCL", "CONT")), ("admin1", ("ADM1", "RGN")), ("admin2", ("ADM2",)))


def level(fcode: str, fclass: str) -> str:
    """Coarse feature level of an entry: country, admin1, admin2, town or other."""
    for name, prefixes in LEVELS:
        if fcode.startswith(prefixes):
            return name
    return "town" if fclass == "P" else "other"


def gold_entry(geonameid: int | None):
    """The gazetteer's row for the gold's GeoNames id, or None."""
    from fogofwar.resolve import gazetteer

    if not geonameid:
        return None
    row = gazetteer.connection().execute(
        "SELECT name, fclass, fcode, country FROM places WHERE geonameid = ?",
        (geonameid,)).fetchone()
    return row


def _ids(cands) -> set[int]:
    return {e.geonameid for e, _ in cands}


def classify(doc, span, g: Gold, place) -> tuple[str, str]:
    """(class, detail) of one missed gold span."""
    from fogofwar.resolve import gazetteer, places
    from fogofwar.resolve.toponyms import core_name

    inner = places._inner_places([span], [True])[0][0]
    cands = places._candidates(inner, True)
    chosen = f"{place.name}/{place.feature_code}/{place.country}" if place.name else "-"
    looked = core_name(inner)
    if place.lat is None:
        return ("unresolved_filtered" if cands else "unresolved_no_candidate",
                f"looked up {looked!r}; {len(cands)} cands")
    row = gold_entry(g.geonameid)
    if g.geonameid is None:
        return "no_gold_id", chosen
    if row is None:
        near = any(_error(e, g) is not None and _error(e, g) <= ACC_KM for e, _ in cands)
        return ("near_candidate" if near else "gold_absent"), f"chosen {chosen}"
    gold_desc = f"gold {row[0]}/{row[2]}/{row[3]}"
    if g.geonameid in _ids(cands):
        same = level(row[2], row[1]) == level(place.feature_code or "",
                                              "P" if place.precision == "town" else "")
        return ("namesake" if same else "wrong_level"), f"{gold_desc}; chosen {chosen}"
    others = [span.text, *(t.text for t in span if t.is_alpha and t.text[0].isupper())]
    if any(g.geonameid in _ids(gazetteer.candidates(o, fuzzy_min_len=99)) for o in others):
        return "wrong_span", f"looked up {looked!r}; {gold_desc}; chosen {chosen}"
    return "gold_not_candidate", f"looked up {looked!r}; {gold_desc}; chosen {chosen}"


def misses(nlp, docs: list[GoldDoc]):
    """(class, gold text, detail, context) for every gold-span miss of one set."""
    from fogofwar.resolve.places import resolve_spans

    for gd, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        pairs = [(doc.char_span(g.start, g.end, alignment_mode="expand"), g)
                 for g in gd.toponyms]
        pairs = [(s, g) for s, g in pairs if s is not None]
        placed = resolve_spans(doc, [s for s, _ in pairs], focus=(), demonyms=True)
        for p, (s, g) in zip(placed, pairs, strict=True):
            err = _error(p, g)
            if err is not None and err <= ACC_KM:
                continue
            if g.geonameid is not None and p.geonames_id == g.geonameid:
                yield "same_entry", g.text, f"{err:.0f} km", ""
                continue
            cls, detail = classify(doc, s, g, p)
            ctx = gd.text[max(0, g.start - 50):g.end + 30].replace("\n", " ")
            yield cls, g.text, detail, ctx


def main() -> None:
    ap = parser(__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), action="append")
    ap.add_argument("--examples", type=int, default=0, help="examples printed per class")
    args = ap.parse_args()
    from fogofwar.annotate import load_nlp

    nlp, root, out = load_nlp(), eval_dir(args.eval_dir), {}
    for name in args.set or sorted(SETS):
        docs = SETS[name][1](root / SETS[name][0])[:args.limit]
        counts: Counter[str] = Counter()
        shown: dict[str, list] = defaultdict(list)
        for cls, text, detail, ctx in misses(nlp, docs):
            counts[cls] += 1
            shown[cls].append((text, detail, ctx))
        out[name] = dict(counts.most_common())
        for cls, rows in shown.items():
            for text, detail, ctx in rows[:args.examples]:
                print(f"{name} {cls}: {text!r} {detail} | {ctx}")
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
