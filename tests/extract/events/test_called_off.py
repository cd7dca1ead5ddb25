"""A phrasal verb's particle wins over a preposition after it: "called off the offensive on
Monday" concedes, "called on the rebels to withdraw" requests. Through the whole pipeline;
sentences written for this test."""

from __future__ import annotations

import json

from fogofwar.pipeline import ingest
from fogofwar.store import open_store

TEXTS = ["The rebels called off the offensive on Monday after talks with the army.",
         "The governor called on the rebels to withdraw from the town on Monday."]


def _types(tmp_path) -> list[set[str]]:
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps({"text": t, "outlet": "Daily Sun"}) for t in TEXTS),
                    encoding="utf-8")
    store = open_store(f"sqlite:///{tmp_path}/s.db")
    ingest([path], store)
    arts = sorted(store.iter_articles(), key=lambda a: int(a["source"].rsplit("#L", 1)[-1]))
    store.close()
    return [{e["type"] for e in a["events"]} for a in arts]


def test_called_off_is_no_call_on(tmp_path):
    called_off, called_on = _types(tmp_path)
    assert "CONCEDE" in called_off and "REQUEST" not in called_off
    assert "REQUEST" in called_on
