"""Error analysis for the clean stage on the conflict-news set (issue 13): outlet, title and
date accuracy, boilerplate recall and body lines wrongly removed, on the `dev` split only.

Runs the clean stage alone (no spaCy), so it takes seconds; `bench/conflict.py` scores the
whole pipeline. Usage:

    python tools/score_clean.py bench/data/conflict [more folders] [-v]

Each folder holds `gold*.jsonl` and `articles/` as described in its README. `-v` prints what
each article got wrong.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from fogofwar.clean import Cleaner
from fogofwar.clean.outlets import outlet_info
from fogofwar.records import Document

WIDTH = {"day": 10, "month": 7, "year": 4}


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def key(text: str | None) -> str:
    return re.sub(r"\W+", " ", (text or "").casefold()).strip().removeprefix("the ")


def same_outlet(got: str | None, gold: str | None) -> bool:
    if got is None or gold is None:
        return got is gold
    info = outlet_info(got)
    return key(got) == key(gold) or (info is not None and info is outlet_info(gold))


def load(folders: list[Path], split: str) -> list[tuple[dict, str]]:
    out = []
    for folder in folders:
        for gold in sorted(folder.glob("gold*.jsonl")):
            for line in gold.open(encoding="utf-8"):
                record = json.loads(line)
                if record["split"] == split:
                    out.append((record, (folder / record["file"]).read_text(encoding="utf-8")))
    return out


def score(gold: dict, text: str, article, verbose: bool) -> dict:
    removed = [norm(r) for r in article.removed]
    struck = [norm(b) for b in gold["boilerplate"]]
    body = [norm(line) for line in text.splitlines() if norm(line)]
    pool, found = list(removed), 0
    for line in struck:
        if line in pool:
            pool.remove(line)
            found += 1
        if line in body:
            body.remove(line)
    wrong = [line for line in pool if line in body]
    published = (article.published.isoformat()[:WIDTH[article.published_precision]]
                 if article.published else None)
    got = {"outlet": same_outlet(article.outlet, gold["outlet"]),
           "title": key(article.title) == key(gold["title"]),
           "date": published == gold["published"]}
    if verbose and (not all(got.values()) or wrong or found < len(struck)):
        print(f"{gold['id']}: {got} outlet={article.outlet!r} title={article.title!r} "
              f"published={published} from {article.published_from!r}")
        for line in wrong:
            print("   wrongly removed:", line[:100])
        for line in struck:
            if line not in removed:
                print("   missed:", line[:100])
    return {**got, "struck": len(struck), "found": found, "body": len(body),
            "wrong": len(wrong)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--split", default="dev")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    items = load(args.folders, args.split)
    articles = Cleaner().clean_batch([Document(source=g["id"], text=t, url=g.get("url"))
                                      for g, t in items])
    rows = [score(g, t, a, args.verbose) for (g, t), a in zip(items, articles, strict=True)]
    n = max(1, len(rows))
    total = {k: sum(r[k] for r in rows) for k in ("struck", "found", "body", "wrong")}
    print(json.dumps({
        "split": args.split, "articles": len(rows),
        "outlet_accuracy": round(sum(r["outlet"] for r in rows) / n, 3),
        "title_accuracy": round(sum(r["title"] for r in rows) / n, 3),
        "date_accuracy": round(sum(r["date"] for r in rows) / n, 3),
        "boilerplate_recall": round(total["found"] / max(1, total["struck"]), 3),
        "boilerplate_lines": total["struck"],
        "body_lines_wrongly_removed": round(total["wrong"] / max(1, total["body"]), 4),
        "body_lines": total["body"]}))


if __name__ == "__main__":
    main()
