"""Check that the fast entity decode (annotate.fast_ner) gives spaCy's entities on every text.

Each text goes through the annotating pipeline up to the entity recognizer once (the entity
ruler's preset entities included); two copies of each batch then go through the recognizer's
`pipe`, one with spaCy's greedy decode and one with the fast one, sharing one model, and every
token's ENT_IOB, ENT_TYPE, ENT_KB_ID and ENT_ID and every doc's entity list are compared.
The texts: the news texts of the gold-set folder (`scale.eval_texts`, 402) and the dev
articles of the conflict set as found (the test split is never read). Also prints the CPU
seconds of each decode's `pipe` over the same batches (taken in turn, batch by batch).

    python bench/fast_ner_check.py            # all: a few minutes
    python bench/fast_ner_check.py --limit 50
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.pipeline import EntityRecognizer

from common import REPO, emit, eval_dir, parser
from fogofwar.annotate import load_nlp
from fogofwar.annotate.fast_ner import FastEntityRecognizer, share
from scale import eval_texts

CONFLICT = REPO / "bench" / "data" / "conflict"
ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]


def dev_articles(folder: Path) -> list[str]:
    """The conflict set's dev articles, in gold.jsonl order (test articles are not opened)."""
    texts = []
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line) if line.strip() else {}
        if record.get("split") == "dev":
            texts.append((folder / record["file"]).read_text(encoding="utf-8"))
    return texts


def main() -> None:
    ap = parser(__doc__.splitlines()[0])
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    folder = eval_dir(args.eval_dir)

    def run() -> dict:
        nlp = load_nlp()
        fast = nlp.get_pipe("ner")
        if not isinstance(fast, FastEntityRecognizer):
            raise SystemExit("error: the fast entity decode is not installed "
                             "(FOGOFWAR_FAST_NER=0?)")
        spacy_ner = share(EntityRecognizer, fast)
        corpora = {"eval_texts": eval_texts(folder),
                   "conflict_dev": dev_articles(CONFLICT)}
        out: dict = {"corpora": {}}
        cpu = {"spacy": 0.0, "fast": 0.0}
        for name, texts in corpora.items():
            texts = texts[:args.limit] if args.limit else texts
            docs = tokens = ents = diff_docs = diff_tokens = 0
            for i in range(0, len(texts), args.batch_size):
                with nlp.select_pipes(disable=["ner"]):
                    batch = list(nlp.pipe(texts[i:i + args.batch_size],
                                          batch_size=args.batch_size))
                results = {}
                for label, ner in (("spacy", spacy_ner), ("fast", fast)):
                    copies = [doc.copy() for doc in batch]
                    start = time.process_time()
                    list(ner.pipe(copies, batch_size=args.batch_size))
                    cpu[label] += time.process_time() - start
                    results[label] = copies
                for a, b in zip(results["spacy"], results["fast"], strict=True):
                    docs += 1
                    tokens += len(a)
                    ents += len(a.ents)
                    rows = (a.to_array(ATTRS) != b.to_array(ATTRS)).any(axis=1)
                    same_ents = ([(e.start, e.end, e.label, e.kb_id, e.id) for e in a.ents]
                                 == [(e.start, e.end, e.label, e.kb_id, e.id) for e in b.ents])
                    diff_tokens += int(rows.sum())
                    diff_docs += int(rows.any() or not same_ents)
            out["corpora"][name] = {"docs": docs, "tokens": tokens, "entities": ents,
                                    "docs_differing": diff_docs,
                                    "tokens_differing": diff_tokens}
        out["docs_differing"] = sum(c["docs_differing"] for c in out["corpora"].values())
        out["ner_pipe_cpu_seconds"] = {k: round(v, 2) for k, v in cpu.items()}
        return out

    emit("fast_ner_check", run)


if __name__ == "__main__":
    main()
