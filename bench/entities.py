"""Actor and place recognition on re3d (Dstl defence-domain entities), as span F1 per type.

Gold: re3d entity rows with confidence >= 0.5 (lower rows are rejected alternative types).
What counts as a fogofwar prediction of each re3d type, from the real pipeline pieces
(`annotate.load_nlp` -> `resolve_actors` -> `resolve_places`, plus `resolve_dates` and
`parse_figures` on the raw text):

- Person: an actor mention whose pack actor is a PERSON, or an unresolved mention that contains
  a spaCy PERSON entity (its span may include the title, "Foreign Secretary Philip Hammond"),
  or that starts with a capitalised pack title ("Gen. Votel", which the model may type ORG).
- Organisation: every other actor mention: pack ORG/NORP actors, states and capitals used as
  actors ("Syria has accused"), demonym + force noun ("Iraqi forces"), unknown ORG/NORP spans.
- Location: every resolved place span.
- Nationality: a spaCy NORP entity that no actor mention or place covers ("Syrian", "Yazidi").
- Temporal: every DateRef (no publication date is known, so only the spans are scored).
- Quantity: every Figure.

Exact matching needs identical offsets; overlap matching pairs each prediction with at most
one unmatched gold span of the same type that shares a character. re3d also tags pronouns
("we", "he") as Person/Organisation; fogofwar does not resolve pronouns, which caps recall.

    python bench/entities.py [--limit N] [--eval-dir DIR]
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from common import emit, eval_dir, parser, prf

MIN_CONFIDENCE = 0.5
ENTITY_TYPES = ("Person", "Organisation", "Location", "Nationality")
EXTRA_TYPES = ("Temporal", "Quantity")
TYPES = ENTITY_TYPES + EXTRA_TYPES


class Span(NamedTuple):
    doc: str
    start: int
    end: int
    type: str


def _jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def load_re3d(root: Path, limit: int | None = None) -> tuple[dict[str, str], set[Span]]:
    """(document id -> text, gold spans of the scored types), documents in folder order."""
    texts: dict[str, str] = {}
    for folder in sorted(p for p in root.iterdir() if (p / "documents.json").is_file()):
        for row in _jsonl(folder / "documents.json"):
            texts.setdefault(row["_id"], row["text"])
    if limit is not None:
        texts = dict(list(texts.items())[:limit])
    gold = {Span(r["documentId"], r["begin"], r["end"], r["type"])
            for folder in root.iterdir() if (folder / "entities.json").is_file()
            for r in _jsonl(folder / "entities.json")
            if r["confidence"] >= MIN_CONFIDENCE and r["type"] in TYPES
            and r["documentId"] in texts}
    return texts, gold


def match(gold: Iterable[Span], pred: Iterable[Span], overlap: bool) -> dict[str, Counter]:
    """Per type, counts of tp/fp/fn; each gold span is matched at most once."""
    open_gold: dict[tuple[str, str], list[Span]] = defaultdict(list)
    for g in sorted(set(gold)):
        open_gold[(g.doc, g.type)].append(g)
    counts: dict[str, Counter] = defaultdict(Counter)
    for p in sorted(set(pred)):
        pool = open_gold[(p.doc, p.type)]
        hit = next((g for g in pool if (g.start < p.end and p.start < g.end if overlap
                                        else (g.start, g.end) == (p.start, p.end))), None)
        if hit is None:
            counts[p.type]["fp"] += 1
        else:
            pool.remove(hit)
            counts[p.type]["tp"] += 1
    for (_, kind), left in open_gold.items():
        counts[kind]["fn"] += len(left)
    return counts


def summarise(counts: dict[str, Counter], types: Iterable[str]) -> dict:
    """P/R/F1 per type and micro-averaged over the entity types."""
    out = {t: prf(counts[t]["tp"], counts[t]["fp"], counts[t]["fn"]) for t in types}
    total = Counter()
    for t in ENTITY_TYPES:
        total.update(counts[t])
    out["micro"] = prf(total["tp"], total["fp"], total["fn"])
    return out


def _titled(text: str, titles: dict[str, str]) -> bool:
    """A name after a title is a person's even when the model typed it ORG ("Gen. Votel")."""
    return any(text.startswith(f"{t} ") for t in titles if t[:1].isupper())


def predict(doc_id: str, text: str) -> set[Span]:
    """fogofwar's spans for one document, typed as re3d types (see the module docstring)."""
    from fogofwar.annotate import load_nlp
    from fogofwar.annotate.packdata import actor_packs
    from fogofwar.resolve import parse_figures, resolve_actors, resolve_dates, resolve_places

    doc = load_nlp()(text)
    actors = resolve_actors(doc)
    places = resolve_places(doc, actors)
    packs = actor_packs()
    persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    spans = set()
    for m in actors:
        actor = packs.actors.get(m.actor_id or "")
        is_person = actor.kind == "PERSON" if actor else (any(
            m.start <= s and t <= m.end for s, t in persons)  # a titled person's span
            or _titled(m.text, packs.titles))
        spans.add(Span(doc_id, m.start, m.end, "Person" if is_person else "Organisation"))
    spans |= {Span(doc_id, p.start, p.end, "Location") for p in places}
    taken = [(m.start, m.end) for m in actors] + [(p.start, p.end) for p in places]
    spans |= {Span(doc_id, e.start_char, e.end_char, "Nationality") for e in doc.ents
              if e.label_ == "NORP"
              and not any(s < e.end_char and e.start_char < t for s, t in taken)}
    spans |= {Span(doc_id, d.start, d.end, "Temporal") for d in resolve_dates(text, None)}
    spans |= {Span(doc_id, f.start, f.end, "Quantity") for f in parse_figures(text)}
    return spans


def run(root: Path, limit: int | None) -> dict:
    texts, gold = load_re3d(root, limit)
    pred: set[Span] = set()
    for doc_id, text in texts.items():
        pred |= predict(doc_id, text)
    return {
        "documents": len(texts), "gold_spans": len(gold), "min_confidence": MIN_CONFIDENCE,
        "exact": summarise(match(gold, pred, overlap=False), TYPES),
        "overlap": summarise(match(gold, pred, overlap=True), TYPES),
    }


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    root = eval_dir(args.eval_dir) / "re3d"
    emit("entities-re3d", lambda: run(root, args.limit))


if __name__ == "__main__":
    main()
