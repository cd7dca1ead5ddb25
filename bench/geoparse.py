"""Geoparsing benchmark on TR-News and GeoWebNews.

Two tasks per gold set:
1. resolution: gold toponym spans are given (turned into spans of the spaCy doc); the resolver
   ranks candidates. Figures: accuracy@161 km, mean and median error km, and AUC of error
   (Gritta et al. 2018: area under log(1+error) normalised by log(1+20039), lower is better).
   An unresolved toponym counts as the maximum error, 20039 km, and is counted separately.
2. full geoparsing: the pipeline's own toponyms (spaCy + actor filter + resolver) against the
   gold spans. Recognition P/R/F1 under two matching rules: `exact` (same start and end) and
   `overlap` (any character in common, each gold span matched at most once); accuracy@161 on the
   correctly recognised (overlap-matched) toponyms.

3. end to end, as a user gets it (`--mode export`): the gold texts are written as JSONL and run
   through `fogofwar ingest` then `fogofwar export --what articles`; a gold toponym is found
   when an exported place (any role) overlaps it, and placed when that place lies within
   161 km. Figures: found, placed of found, and end to end (placed over all gold toponyms).
   A record's date goes in only when ingest can parse it, so no article is lost to it; its
   title goes in as the title (the gold toponyms are in the body).

Gold spans: TR-News, every toponym with a gaztag lat/lon (offsets repaired by finding the phrase
within +-10 characters of the given start, per its README). GeoWebNews, toponyms with a
non-empty latitude (literal and associative toponyms, including adjectival modifiers such as
"Irish"), for both tasks. No focus countries are given: the conflict pack must not matter here.

Run: python bench/geoparse.py [--limit N] [--set tr-news|geowebnews] [--mode export|spans]
"""

from __future__ import annotations

import difflib
import json
import math
import shutil
import statistics
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from common import emit, eval_dir, parser, prf
from fogofwar.geodesy import distance_km

MAX_KM = 20039.0
ACC_KM = 161.0
WINDOW = 10


@dataclass(frozen=True)
class Gold:
    """One gold toponym: character span and coordinates."""

    start: int
    end: int
    text: str
    lat: float
    lon: float
    geonameid: int | None = None


@dataclass(frozen=True)
class GoldDoc:
    text: str
    toponyms: tuple[Gold, ...]
    published: str | None = None
    title: str | None = None


def fix_offset(text: str, phrase: str, start: int, window: int = WINDOW) -> int | None:
    """The start of `phrase` nearest to the given start within +-window, or None."""
    for delta in sorted(range(-window, window + 1), key=abs):
        s = start + delta
        if s >= 0 and text[s:s + len(phrase)] == phrase:
            return s
    return None


def _float(node: ET.Element | None, tag: str) -> float | None:
    raw = (node.findtext(tag) or "").strip() if node is not None else ""
    return float(raw) if raw else None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


def load_trnews(path: Path) -> list[GoldDoc]:
    docs = []
    for art in ET.parse(path).getroot():
        text = art.findtext("text") or ""
        gold = []
        for t in art.find("toponyms") or ():
            phrase, tag = (t.findtext("phrase") or "").strip(), t.find("gaztag")
            lat, lon = _float(tag, "lat"), _float(tag, "lon")
            start = fix_offset(text, phrase, int(t.findtext("start") or -99))
            if lat is not None and lon is not None and start is not None and phrase:
                gold.append(Gold(start, start + len(phrase), phrase, lat, lon,
                                 _int(tag.get("geonameid") if tag is not None else None)))
        docs.append(GoldDoc(text, tuple(gold), (art.findtext("dltime") or "").strip() or None,
                            (art.findtext("title") or "").strip() or None))
    return docs


def load_gwn(path: Path) -> list[GoldDoc]:
    docs = []
    for art in ET.parse(path).getroot():
        text = art.findtext("text") or ""
        gold = []
        for t in art.find("toponyms") or ():
            lat, lon = _float(t, "latitude"), _float(t, "longitude")
            name = (t.findtext("extractedName") or "").strip()
            start = fix_offset(text, name, int(t.findtext("start") or -99), window=2)
            if lat is not None and lon is not None and start is not None and name:
                gold.append(Gold(start, start + len(name), name, lat, lon,
                                 _int(t.findtext("geonamesID"))))
        docs.append(GoldDoc(text, tuple(gold), None, (art.findtext("title") or "").strip() or None))
    return docs


def auc(errors: Sequence[float]) -> float:
    """Gritta et al.'s AUC: mean of log(1+err)/log(1+20039) (the area under the sorted,
    normalised log-error curve with unit width), 0 perfect, 1 worst."""
    if not errors:
        return 0.0
    scale = math.log(1 + MAX_KM)
    return sum(math.log(1 + min(e, MAX_KM)) / scale for e in errors) / len(errors)


def summarize(errors: Sequence[float | None]) -> dict:
    """Resolution figures; None (unresolved) counts as the maximum error."""
    errs = [MAX_KM if e is None else e for e in errors]
    if not errs:
        return {"n": 0}
    return {"n": len(errs), "unresolved": sum(e is None for e in errors),
            "acc161": round(sum(e <= ACC_KM for e in errs) / len(errs), 3),
            "mean_km": round(statistics.fmean(errs), 1),
            "median_km": round(statistics.median(errs), 1), "auc": round(auc(errs), 3)}


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match_spans(pred: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]],
                exact: bool) -> list[tuple[int, int]]:
    """Pairs (pred index, gold index), each side used at most once, in text order."""
    used: set[int] = set()
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if j not in used and (p == g if exact else overlaps(p, g)):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def _error(place, g: Gold) -> float | None:
    if place.lat is None or place.lon is None:
        return None
    return distance_km((place.lat, place.lon), (g.lat, g.lon))


def _resolution(doc, gd: GoldDoc, resolve_spans) -> list[float | None]:
    """Errors of the resolver on the gold spans of one doc (None: unresolved)."""
    spans, golds, errors = [], [], []
    for g in gd.toponyms:
        span = doc.char_span(g.start, g.end, alignment_mode="expand")
        if span is None:
            errors.append(None)
            continue
        spans.append(span)
        golds.append(g)
    places = resolve_spans(doc, spans, focus=(), demonyms=True)
    return errors + [_error(p, g) for p, g in zip(places, golds, strict=True)]


def same_id_hits(doc, gd: GoldDoc, resolve_spans) -> tuple[int, int]:
    """(hits, scored) over gold spans with a GeoNames id: a hit is the gold's own GeoNames
    entry, or any point within 161 km. A secondary figure: a country or province resolved to
    the right GeoNames entry is right whatever point a gazetteer gives it."""
    pairs = [(doc.char_span(g.start, g.end, alignment_mode="expand"), g)
             for g in gd.toponyms if g.geonameid]
    pairs = [(sp, g) for sp, g in pairs if sp is not None]
    places = resolve_spans(doc, [sp for sp, _ in pairs], focus=(), demonyms=True)
    hits = 0
    for p, (_, g) in zip(places, pairs, strict=True):
        err = _error(p, g)
        hits += p.geonames_id == g.geonameid or (err is not None and err <= ACC_KM)
    scored = sum(g.geonameid is not None for g in gd.toponyms)
    return hits, scored


def _recognition(places, gd: GoldDoc, counts: dict) -> list[float | None]:
    """Add one doc's recognition counts; errors of the overlap-matched toponyms."""
    pred = [(p.start, p.end) for p in places]
    gold = [(g.start, g.end) for g in gd.toponyms]
    errors: list[float | None] = []
    for rule, c in counts.items():
        pairs = match_spans(pred, gold, exact=rule == "exact")
        c[0] += len(pairs)
        c[1] += len(pred) - len(pairs)
        c[2] += len(gold) - len(pairs)
        if rule == "overlap":
            errors = [_error(places[i], gd.toponyms[j]) for i, j in pairs]
    return errors


def score_set(nlp, docs: Sequence[GoldDoc]) -> dict:
    """Both tasks over one gold set, parsing each text once."""
    from fogofwar.resolve.actors import resolve_actors
    from fogofwar.resolve.places import resolve_places, resolve_spans

    counts = {"exact": [0, 0, 0], "overlap": [0, 0, 0]}
    given: list[float | None] = []
    found: list[float | None] = []
    hits = scored = 0
    for gd, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        given += _resolution(doc, gd, resolve_spans)
        h, n = same_id_hits(doc, gd, resolve_spans)
        hits, scored = hits + h, scored + n
        found += _recognition(resolve_places(doc, resolve_actors(doc)), gd, counts)
    return {"docs": len(docs), "resolution_gold_spans": summarize(given),
            "resolution_same_id_or_161km": {"n": scored,
                                            "acc": round(hits / scored, 3) if scored else 0.0},
            "geoparsing": {"recognition_exact": prf(*counts["exact"]),
                           "recognition_overlap": prf(*counts["overlap"]),
                           "resolution_of_recognised": summarize(found)}}


def _published(raw: str | None) -> str | None:
    """The gold record's date if ingest accepts it, else None (the article must not be lost)."""
    from fogofwar.errors import FogofwarError
    from fogofwar.ingest import parse_published

    if not raw:
        return None
    try:
        parse_published(raw)
    except FogofwarError:
        return None
    return raw


def _cli() -> list[str]:
    """The `fogofwar` command of this interpreter's environment."""
    here = Path(sys.executable).with_name("fogofwar")
    return [str(here)] if here.exists() else [shutil.which("fogofwar") or "fogofwar"]


def run_export(docs: Sequence[GoldDoc], work: Path) -> dict[str, dict]:
    """Ingest the gold texts as JSONL through the CLI, export articles; url -> article."""
    src, db, out = work / "gold.jsonl", f"sqlite:///{work / 'bench.db'}", work / "articles.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i, d in enumerate(docs):
            rec = {"text": d.text, "url": f"https://gold.example/{i}"}
            if d.title:  # as a user with metadata gives it; else the first line may be taken
                rec["title"] = d.title
            if _published(d.published):
                rec["published"] = d.published
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for cmd in (["ingest", str(src), "--db", db],
                ["export", "--what", "articles", "--format", "jsonl", "-o", str(out), "--db", db]):
        run = subprocess.run(_cli() + cmd, capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"error: fogofwar {cmd[0]} failed: {run.stderr.strip().splitlines()[-1:]}")
    with out.open(encoding="utf-8") as fh:
        return {a["url"]: a for a in map(json.loads, fh)}


def offset_map(old: str, new: str) -> Callable[[int], int | None]:
    """Where a character of the gold text sits in the exported (cleaned) text, or None when
    cleaning removed it."""
    if old == new:
        return lambda i: i
    where: dict[int, int] = {}
    for a, b, n in difflib.SequenceMatcher(None, old, new, autojunk=False).get_matching_blocks():
        where.update((a + k, b + k) for k in range(n))
    return where.get


def score_export_doc(gd: GoldDoc, art: dict | None, counts: list[int],
                     errors: list[float | None]) -> None:
    """Add one article's end-to-end counts: [gold, found, placed, placed or the gold's own
    GeoNames entry]; errors of found ones."""
    counts[0] += len(gd.toponyms)
    if art is None:
        return
    move = offset_map(gd.text, art["text"])
    # a headline's places (articles 1.7) have their offsets in the title; the gold is the body's
    places = [(p["start"], p["end"], p) for p in art["places"] if not p.get("in_title")]
    used: set[int] = set()
    for g in gd.toponyms:
        s, e = move(g.start), move(g.end - 1)
        if s is None or e is None:
            continue
        hit = next((k for k, (ps, pe, _) in enumerate(places)
                    if k not in used and overlaps((ps, pe), (s, e + 1))), None)
        if hit is None:
            continue
        used.add(hit)
        p = places[hit][2]
        err = None if p.get("lat") is None else distance_km((p["lat"], p["lon"]), (g.lat, g.lon))
        counts[1] += 1
        counts[2] += err is not None and err <= ACC_KM
        counts[3] += (err is not None and err <= ACC_KM) or (
            g.geonameid is not None and p.get("geonames_id") == g.geonameid)
        errors.append(err)


def score_export(docs: Sequence[GoldDoc]) -> dict:
    """End-to-end figures: what `ingest` then `export` gives for the gold toponyms."""
    with tempfile.TemporaryDirectory() as tmp:
        arts = run_export(docs, Path(tmp))
    counts, errors = [0, 0, 0, 0], []
    for i, gd in enumerate(docs):
        score_export_doc(gd, arts.get(f"https://gold.example/{i}"), counts, errors)
    gold, found, placed, same = counts
    return {"articles_exported": len(arts), "gold": gold, "found": found, "placed": placed,
            "found_rate": round(found / gold, 3) if gold else 0.0,
            "placed_of_found": round(placed / found, 3) if found else 0.0,
            "end_to_end": round(placed / gold, 3) if gold else 0.0,
            "end_to_end_same_id_or_161km": round(same / gold, 3) if gold else 0.0,
            "resolution_of_found": summarize(errors)}


SETS = {"tr-news": ("tr-news/TR-News.xml", load_trnews),
        "geowebnews": ("geowebnews/GWN.xml", load_gwn)}


def main() -> None:
    ap = parser(__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), action="append",
                    help="gold set(s) to run (default: both)")
    ap.add_argument("--mode", choices=("export", "spans"), action="append",
                    help="export: end to end through ingest and export; spans: resolution "
                         "with gold spans and in-process geoparsing (default: both)")
    args = ap.parse_args()
    root = eval_dir(args.eval_dir)
    modes = args.mode or ["export", "spans"]

    def run() -> dict:
        out: dict = {}
        for name in args.set or sorted(SETS):
            docs = SETS[name][1](root / SETS[name][0])[:args.limit]
            out[name] = score_export(docs) if "export" in modes else {}
            if "spans" in modes:
                from fogofwar.annotate import load_nlp

                out[name] = {"end_to_end_export": out[name], **score_set(load_nlp(), docs)}
            else:
                out[name] = {"end_to_end_export": out[name]}
        return out

    emit("geoparse", run)


if __name__ == "__main__":
    main()
