"""Shared by the claims tests that read claims as a user gets them, through ingest and the store."""

from __future__ import annotations

import json
from pathlib import Path

from fogofwar.extract import extract_claims
from fogofwar.pipeline import ingest
from fogofwar.records import Claim
from fogofwar.store import open_store

from ..conftest import article, mention


def exported_claims(root: Path, texts: dict[str, str], outlet: str) -> dict[str, list[dict]]:
    """Each text's stored claims (narration left out), by its key: the texts are written as
    one JSONL corpus under `root`, ingested into a SQLite store there and read back."""
    path = root / "articles.jsonl"
    keys = list(texts)
    path.write_text("\n".join(json.dumps({"text": texts[k], "outlet": outlet}) for k in keys),
                    encoding="utf-8")
    store = open_store(f"sqlite:///{root}/s.db")
    ingest([path], store)
    by_line = {int(a["source"].rsplit("#L", 1)[-1]): a for a in store.iter_articles()}
    store.close()
    return {k: [c for c in by_line[i + 1]["claims"] if not c.get("narrator")]
            for i, k in enumerate(keys)}


def exported_apart(new_dir, texts: dict[str, str], outlet: str) -> dict[str, list[dict]]:
    """`exported_claims` of each text in a store of its own (`new_dir(key)` gives its folder,
    e.g. pytest's `tmp_path_factory.mktemp`): texts that share lines in one corpus would have
    those lines struck as boilerplate."""
    found: dict[str, list[dict]] = {}
    for key, text in texts.items():
        found.update(exported_claims(new_dir(key), {key: text}, outlet))
    return found


def claimant_text(claim: dict) -> str:
    """The claimant mention as the claim's own sentence writes it ("" when none)."""
    return (claim.get("claimant") or {}).get("text") or ""


def figure_values(claim: dict) -> set[float]:
    """The low ends of a claim's figures (a point figure's value)."""
    return {f["low"] for f in claim.get("figures", [])}


def claims_on(claims: list[dict], words: str) -> list[dict]:
    """The claims whose sentence holds `words`; none fails the test, showing the sentences and
    chains there were."""
    found = [c for c in claims if words in c["sentence"]]
    assert found, [(c["sentence"], c["chain"]) for c in claims]
    return found


def claim_on(claims: list[dict], words: str) -> dict:
    """The first claim whose sentence holds `words` (see `claims_on`)."""
    return claims_on(claims, words)[0]


def cued_claims(nlp, text: str, outlet: str, media=()) -> list[Claim]:
    """The non-narrator claims extracted from `text` published by `outlet`, with each name in
    `media` given as a medium mention (so relays are read as the pipeline reads them)."""
    mentions = [mention(text, name, name.lower(), name, None, "MED") for name in media]
    return [c for c in extract_claims(nlp(text), article(text, outlet), mentions)
            if not c.narrator]


def the_claim_on(claims: list[Claim], words: str) -> Claim:
    """The one claim whose sentence holds `words` (two or none fail the test)."""
    (claim,) = [c for c in claims if words in c.sentence]
    return claim
