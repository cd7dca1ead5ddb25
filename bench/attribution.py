"""Attribution benchmark on PolNeAR (dev): source, cue and content span F1, and pairing.

PolNeAR annotates attribution relations in 2016 US election news in brat standoff: a Source
span, a Cue span and a Content span tied by an `E` line. Some documents carry two annotation
files (two annotators); this benchmark scores ONE file per document, the first by file name,
so that no document counts twice.

Each non-narrator claim of fogofwar is a predicted attribution: its cue spans, its source
phrases as written, and its content span (fogofwar.extract.claims.extract_claim_spans).
Figures: exact and overlap span F1 for each of source, cue and content (one-to-one greedy
matching), and pairing accuracy: of the gold attributions whose content some claim overlaps,
how many have that claim's claimant span overlapping the gold source.

With `--from-export` the texts go through what a user runs instead: `fogofwar ingest` into a
fresh SQLite store, then `fogofwar export --what articles`, and each exported claim is scored
from its fields: `source` and `relays` (the source and intermediaries as written; from
schema 1.5 the outer voice of the report as written, as PolNeAR's univocal relations mark it,
see `written_sources`),
`cue_start`/`cue_end`, and `start`/`end` (the claim, as content). Ingest cleans the text, so
exported offsets are mapped back onto the gold text through the longest matching blocks of the
two texts (difflib); a span whose ends fall in text that cleaning removed is dropped. Only a
claim's first cue is exported. An export older than schema 1.2 has no `source`; its claimant
mention (the resolved actor's offsets) is scored instead.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from common import emit, eval_dir, parser, prf

Span = tuple[int, int]
Fragments = tuple[Span, ...]
KINDS = ("Source", "Cue", "Content")


@dataclass
class GoldAttribution:
    content: Fragments
    cue: Fragments
    source: Fragments | None


@dataclass
class Predicted:
    content: Span
    cues: list[Span] = field(default_factory=list)
    sources: list[Span] = field(default_factory=list)


def parse_ann(text: str) -> list[GoldAttribution]:
    """The attribution relations of one brat file; spans may have several fragments."""
    spans: dict[str, Fragments] = {}
    relations: list[dict[str, str]] = []
    for line in text.splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            _, _, offsets = cols[1].partition(" ")
            frags = tuple(tuple(int(x) for x in part.split()) for part in offsets.split(";"))
            spans[cols[0]] = frags  # type: ignore[assignment]
        elif line.startswith("E") and len(cols) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in cols[1].split()))
    gold = []
    for rel in relations:
        if "Content" not in rel or "Cue" not in rel:
            continue
        source = spans.get(rel["Source"]) if "Source" in rel else None
        gold.append(GoldAttribution(spans[rel["Content"]], spans[rel["Cue"]], source))
    return gold


def _overlaps(span: Span, frags: Fragments) -> bool:
    return any(span[0] < end and span[1] > start for start, end in frags)


def _extent(frags: Fragments) -> Span:
    return min(s for s, _ in frags), max(e for _, e in frags)


def match_spans(gold: Sequence[Fragments], pred: Iterable[Span], exact: bool) -> tuple[int,
                                                                                      int, int]:
    """Greedy one-to-one matching: (tp, fp, fn). Exact compares the outer extent."""
    unmatched = list(dict.fromkeys(gold))
    tp = fp = 0
    for span in dict.fromkeys(pred):
        hit = next((g for g in unmatched
                    if (_extent(g) == span if exact else _overlaps(span, g))), None)
        if hit is None:
            fp += 1
        else:
            unmatched.remove(hit)
            tp += 1
    return tp, fp, len(unmatched)


def pairing(gold: Sequence[GoldAttribution], pred: Sequence[Predicted]) -> tuple[int, int]:
    """(correct, matched): gold attributions with a source whose content a claim overlaps,
    and of those, how many such claims name a source overlapping the gold source."""
    correct = matched = 0
    for g in gold:
        if g.source is None:
            continue
        hits = [p for p in pred if _overlaps(p.content, g.content)]
        if not hits:
            continue
        matched += 1
        correct += any(p.sources and _overlaps(p.sources[0], g.source) for p in hits)
    return correct, matched


def score(docs: Iterable[tuple[list[GoldAttribution], list[Predicted]]]) -> dict:
    """Summed counts over documents, turned into P/R/F1 per span kind and mode."""
    counts = {f"{k.lower()}_{m}": [0, 0, 0] for k in KINDS for m in ("exact", "overlap")}
    pair = [0, 0]
    for gold, pred in docs:
        sets = {"Source": ([g.source for g in gold if g.source],
                           [s for p in pred for s in p.sources]),
                "Cue": ([g.cue for g in gold], [c for p in pred for c in p.cues]),
                "Content": ([g.content for g in gold], [p.content for p in pred])}
        for kind, (g_spans, p_spans) in sets.items():
            for mode in ("exact", "overlap"):
                found = match_spans(g_spans, p_spans, mode == "exact")
                key = f"{kind.lower()}_{mode}"
                counts[key] = [a + b for a, b in zip(counts[key], found, strict=True)]
        c, m = pairing(gold, pred)
        pair = [pair[0] + c, pair[1] + m]
    result = {key: prf(*vals) for key, vals in counts.items()}
    result["pairing"] = {"accuracy": round(pair[0] / pair[1], 3) if pair[1] else 0.0,
                         "correct": pair[0], "matched": pair[1]}
    return result


def one_file_per_doc(folder: Path) -> list[Path]:
    """The first annotation file (by name) of each document."""
    chosen: dict[str, Path] = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        chosen.setdefault(path.stem.rsplit("_", 1)[0], path)
    return list(chosen.values())


def predict(text: str, nlp) -> list[Predicted]:
    from fogofwar.extract.claims import extract_claim_spans
    from fogofwar.records import Article
    from fogofwar.resolve import resolve_actors

    doc = nlp(text)
    article = Article(id="bench", source="polnear", text=text, outlet=None)
    pairs = extract_claim_spans(doc, article, resolve_actors(doc))
    return [Predicted(s.content, s.cues, s.sources) for c, s in pairs if not c.narrator]


def run(folder: Path, limit: int | None) -> dict:
    from fogofwar.annotate import load_nlp

    nlp = load_nlp()
    files = one_file_per_doc(folder)[:limit]
    docs = []
    for path in files:
        text = (folder / "text" / f"{path.stem.rsplit('_', 1)[0]}.txt").read_text("utf-8")
        docs.append((parse_ann(path.read_text("utf-8")), predict(text, nlp)))
    gold_n = sum(len(g) for g, _ in docs)
    return {"documents": len(docs), "gold_attributions": gold_n,
            "predicted_claims": sum(len(p) for _, p in docs),
            "annotation_choice": "first file per document", **score(docs)}


def to_raw(pos: int, clean_starts: list[int], shifts: list[int], sizes: list[int]) -> int | None:
    """The raw offset of a cleaned offset, or None when cleaning removed that character."""
    k = bisect_right(clean_starts, pos) - 1
    if k < 0 or pos > clean_starts[k] + sizes[k]:
        return None
    return pos + shifts[k]


def exported_claims(article: dict, raw: str) -> list[Predicted]:
    """The non-narrator claims of one exported article, as spans of the gold text."""
    matcher = difflib.SequenceMatcher(None, article["text"], raw, autojunk=False)
    blocks = [(a, b, n) for a, b, n in matcher.get_matching_blocks() if n]
    starts, shifts, sizes = [a for a, _, _ in blocks], [b - a for a, b, _ in blocks], \
        [n for _, _, n in blocks]

    def span(start: int | None, end: int | None) -> Span | None:
        if start is None or end is None:
            return None
        lo, hi = to_raw(start, starts, shifts, sizes), to_raw(end, starts, shifts, sizes)
        return (lo, hi) if lo is not None and hi is not None and hi > lo else None

    out = []
    for claim in article["claims"]:
        if claim.get("narrator") or claim["cue"] is None and claim["claimant"] is None:
            continue
        content = span(claim["start"], claim["end"])
        if content is None:
            continue
        # exports before schema 1.2 carry no `source`: their claimant mention is scored
        source = claim["source"] or {} if "source" in claim else claim["claimant"] or {}
        cue = span(claim["cue_start"], claim["cue_end"])
        sources = [span(s.get("start"), s.get("end")) for s in written_sources(claim, source)]
        out.append(Predicted(content, [cue] if cue else [], [s for s in sources if s]))
    return out


def written_sources(claim: dict, source: dict) -> list[dict]:
    """The voices PolNeAR would mark as a claim's source. Its relations are univocal (a
    nested report lies inside the outer one's content), so the source as written is the
    outermost voice of the claim: the last relay that speaks with a cue of its own there
    (schema 1.5 `kind` "voice": "according to Reuters, X said" is Reuters'), else the
    claim's source; a relay that only heard the speaker ("X told Reuters") or is written
    elsewhere is no source of the sentence. Exports before 1.5 have no `kind`: their
    source and every relay are scored."""
    relays = claim.get("relays", [])
    if any("kind" not in r for r in relays):
        return [source, *relays]
    voices = [r for r in relays if r["kind"] == "voice"]
    return [*(voices[-1:] or [source]), *(r for r in relays if r["kind"] == "beside")]


def _fogofwar(*args: str) -> None:
    """Run the CLI as a user would; stop with its stderr if it fails."""
    exe = shutil.which("fogofwar") or sys.exit("error: the fogofwar command is not installed")
    done = subprocess.run([exe, *args], capture_output=True,
                          text=True, env=os.environ.copy())
    if done.returncode:
        sys.exit(f"error: fogofwar {args[0]} failed: {done.stderr.strip()[-500:]}")


def run_export(folder: Path, limit: int | None) -> dict:
    """Ingest the dev texts with the CLI, export them, score the exported claims."""
    files = one_file_per_doc(folder)[:limit]
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "texts"
        texts.mkdir()
        raws = {}
        for path in files:
            name = path.stem.rsplit("_", 1)[0]
            raws[name] = (folder / "text" / f"{name}.txt").read_text("utf-8")
            (texts / f"{name}.txt").write_text(raws[name], "utf-8")
        db = f"sqlite:///{tmp}/bench.db"
        _fogofwar("ingest", str(texts), "--db", db)
        _fogofwar("export", "--what", "articles", "--db", db, "-o", f"{tmp}/articles.jsonl")
        lines = Path(f"{tmp}/articles.jsonl").read_text("utf-8").splitlines()
    exported = {Path(a["source"]).stem: a for a in map(json.loads, lines)}
    docs = []
    for path in files:
        name = path.stem.rsplit("_", 1)[0]
        article = exported.get(name)
        pred = exported_claims(article, raws[name]) if article else []
        docs.append((parse_ann(path.read_text("utf-8")), pred))
    return {"mode": "export", "documents": len(docs), "exported_articles": len(exported),
            "gold_attributions": sum(len(g) for g, _ in docs),
            "predicted_claims": sum(len(p) for _, p in docs),
            "annotation_choice": "first file per document", **score(docs)}


if __name__ == "__main__":
    ap = parser(__doc__.splitlines()[0])
    ap.add_argument("--from-export", action="store_true",
                    help="score what `fogofwar ingest` + `export` give, not the library call")
    args = ap.parse_args()
    folder = eval_dir(args.eval_dir) / "polnear-dev"
    if args.from_export:
        emit("attribution", lambda: run_export(folder, args.limit))
    else:
        emit("attribution", lambda: run(folder, args.limit))
