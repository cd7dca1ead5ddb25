"""`--workers N` stores exactly what `--workers 1` stores (issue 16).

The demo corpus plus a few reshuffled copies of it (new ids, same outlets), in batches of three
so that two workers really share the work, ingested once on one process and once on two; the
article and incident exports must be byte-identical.
"""

from __future__ import annotations

import io
from importlib import resources
from pathlib import Path

import orjson
import pytest

from fogofwar.benchmark import synthetic_documents
from fogofwar.pipeline import ingest
from fogofwar.present.export import export_records
from fogofwar.store import Store


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("more")
    extra = folder / "more.jsonl"
    with extra.open("wb") as fh:
        for doc in list(synthetic_documents(9))[5:]:  # the first five are the demo files as is
            fh.write(orjson.dumps({"text": doc.text, "outlet": f"Outlet {doc.source[-1]}",
                                   "published": "2020-02-12"}) + b"\n")
    return [str(resources.files("fogofwar") / "data" / "demo"), str(extra)]


def _exports(corpus: list[str], db: Path, workers: int) -> tuple[bytes, bytes, int]:
    url = f"sqlite:///{db}"
    with Store(url) as store:
        summary = ingest(corpus, store, batch_size=3, workers=workers)
    out = []
    for what in ("articles", "incidents"):
        buf = io.BytesIO()
        export_records(url, what, "jsonl", buf)
        out.append(buf.getvalue())
    return out[0], out[1], summary.stored


def test_two_workers_store_what_one_stores(corpus, tmp_path):
    one = _exports(corpus, tmp_path / "one.db", workers=1)
    two = _exports(corpus, tmp_path / "two.db", workers=2)
    assert one[2] == 9  # five demo articles and four reshuffled copies
    assert one[1].count(b"\n") > 0  # incidents were made, so their ids are compared too
    assert two == one
