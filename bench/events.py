"""PLOVER event coding against plover-gsr: event type and source/target actor country.

Scoring, one gold sentence at a time:
- Gold types are PLOVER 0.5b1; they are mapped to current PLOVER (DEMAND -> REQUEST, and, as in
  the CAMEO2PLOVER-2021 table shipped with the gold set, DISAPPROVE and INVESTIGATE -> ACCUSE).
- The system's answer for a sentence is its *main* event: of the events extracted, the one whose
  trigger is highest in the dependency tree (fewest steps to the root), ties to the earliest.
  A sentence with no event counts as wrong (predicted type "NONE").
- Type accuracy = correct main types / sentences; macro-F1 over gold types from the same
  predictions (NONE counts as a false negative for the gold type only).
- Actor country accuracy is over sentences whose gold source (target) has an ISO3-like code:
  correct when the main event's actor (target) country is one of the gold codes.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable

from common import emit, eval_dir, parser

TYPE_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
CODE = re.compile(r"^[A-Z]{3}$")
NON_COUNTRY = {"IGO", "NGO", "MNC", "REB", "INS", "UNK"}


def gold_type(raw: str) -> str:
    """A gold event type in current PLOVER terms."""
    return TYPE_MAP.get(raw, raw)


def gold_codes(actors: object) -> set[str]:
    """Country-like codes of a gold source/target field (a list of dicts, or '' when none)."""
    if not isinstance(actors, list):
        return set()
    return {a["code"] for a in actors if isinstance(a, dict) and CODE.match(a.get("code") or "")
            and a["code"] not in NON_COUNTRY}


def macro_f1(pairs: Iterable[tuple[str, str]]) -> float:
    """Macro-F1 over the gold labels from (gold, predicted) pairs."""
    pairs = list(pairs)
    labels = {g for g, _ in pairs}
    scores = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        denom = 2 * tp + fp + fn
        scores.append(2 * tp / denom if denom else 0.0)
    return round(sum(scores) / len(scores), 3) if scores else 0.0


def country_hit(mention, gold: set[str]) -> bool:
    return mention is not None and mention.country in gold


def load_records(folder, limit: int | None) -> list[dict]:
    records = json.loads((folder / "plover-gsr" / "PLOVER_GSR_CAMEO.json").read_text())
    coded = [r for r in records if r.get("event") and r.get("text")]
    return coded[:limit] if limit else coded


def code(records: list[dict]) -> list[tuple[dict, object]]:
    """Run the whole fogofwar analysis on each gold sentence; pair it with its main event."""
    from fogofwar.annotate import annotate
    from fogofwar.extract.events.coding import main_event
    from fogofwar.pipeline import analyze
    from fogofwar.records import Article

    out = []
    texts = [r["text"].strip() for r in records]
    for rec, text, doc in zip(records, texts, annotate(texts), strict=True):
        art = Article(id=rec["id"], source="plover-gsr", text=text)
        events = analyze(art, doc).events
        out.append((rec, main_event(events, doc)))
    return out


def score(coded: list[tuple[dict, object]]) -> dict:
    pairs = [(gold_type(r["event"]), ev.type if ev else "NONE") for r, ev in coded]
    src = [(gold_codes(r.get("source")), ev.actor if ev else None) for r, ev in coded]
    tar = [(gold_codes(r.get("target")), ev.target if ev else None) for r, ev in coded]
    src = [(g, m) for g, m in src if g]
    tar = [(g, m) for g, m in tar if g]
    errors = Counter(f"{g}->{p}" for g, p in pairs if g != p)
    return {
        "sentences": len(pairs),
        "type_accuracy": round(sum(g == p for g, p in pairs) / len(pairs), 3) if pairs else 0.0,
        "type_macro_f1": macro_f1(pairs),
        "no_event": sum(p == "NONE" for _, p in pairs),
        "source_country_accuracy": round(sum(country_hit(m, g) for g, m in src) / len(src), 3)
        if src else 0.0,
        "source_scored": len(src),
        "target_country_accuracy": round(sum(country_hit(m, g) for g, m in tar) / len(tar), 3)
        if tar else 0.0,
        "target_scored": len(tar),
        "top_confusions": dict(errors.most_common(12)),
    }


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    folder = eval_dir(args.eval_dir)
    records = load_records(folder, args.limit)
    emit("events", lambda: score(code(records)))


if __name__ == "__main__":
    main()
