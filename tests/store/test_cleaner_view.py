"""The store-backed Cleaner (store/cleaner_view.py) links the same copies and learns the same
boilerplate as the in-memory one, whatever the batches, within a run and across runs."""

from __future__ import annotations

from dataclasses import replace

import pytest

from fogofwar.clean import Cleaner
from fogofwar.ingest import iter_documents
from fogofwar.records import Analysis, Document
from fogofwar.store import Store

FOOTER = "Our newsroom works from Gaziantep with reporters across the province."
STORY = ("{actor} struck {town} on February {day}, killing {n} civilians, local activists said. "
         "Rescue teams searched the rubble of {town} through the night and into the morning.")
TOWNS = ("Saraqib", "Ariha", "Taftanaz", "Sarmin", "Binnish", "Atarib")


def corpus() -> list[Document]:
    """Stories of two outlets with a shared footer, syndicated copies (another outlet, a line
    added) and a repeat of one story under its own outlet (same id)."""
    docs = []
    for i, town in enumerate(TOWNS):
        body = STORY.format(actor="Russian warplanes" if i % 2 else "Government artillery",
                            town=town, day=i + 3, n=i + 2)
        outlet = "Idlib Monitor" if i % 2 else "Levant Wire"
        docs.append(Document(source=f"s{i}", text=f"{body}\n\n{FOOTER}", outlet=outlet))
        if i % 3 == 1:
            docs.append(Document(source=f"c{i}", text=f"{body}\n\nFiled at noon.",
                                 outlet="Hama Daily"))
    docs.append(replace(docs[0], source="again"))
    return docs


def in_memory(docs: list[Document], size: int) -> list[tuple]:
    cleaner = Cleaner()
    out = []
    for i in range(0, len(docs), size):
        out += [(a.id, a.duplicate_of, a.text) for a in cleaner.clean_batch(docs[i:i + size])]
    return out


def store_backed(store: Store, docs: list[Document], size: int) -> list[tuple]:
    """As the pipeline does it: clean a batch, write its new articles, clean the next."""
    cleaner = Cleaner(stored=store.cleaner_view())
    out = []
    for i in range(0, len(docs), size):
        for a in cleaner.clean_batch(docs[i:i + size]):
            out.append((a.id, a.duplicate_of, a.text))
            store.write(Analysis(a))
    return out


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'fow.db'}")
    yield s
    s.close()


@pytest.mark.parametrize("size", [1, 3, 32])
def test_store_backed_cleaner_gives_what_the_in_memory_one_gives(store, size):
    docs = corpus()
    expected = in_memory(docs, size)
    assert store_backed(store, docs, size) == expected
    links = {aid: dup for aid, dup, _ in expected}
    assert sum(dup is not None for dup in links.values()) >= 1  # a syndicated copy linked
    assert sum(FOOTER not in text for _, _, text in expected) >= 3  # footer learned


def test_a_later_run_links_to_articles_stored_by_an_earlier_one(store):
    docs = corpus()
    store_backed(store, docs[:2], 2)
    lines, prints = store.cleaner_state()
    expected = Cleaner(lines, prints).clean_batch(docs[2:])
    got = Cleaner(stored=store.cleaner_view()).clean_batch(docs[2:])
    assert [(a.id, a.duplicate_of, a.text) for a in got] == \
        [(a.id, a.duplicate_of, a.text) for a in expected]
    assert any(a.duplicate_of for a in got)


def test_articles_stored_before_the_band_table_are_indexed_on_the_next_run(store):
    docs = corpus()
    store_backed(store, docs[:2], 2)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM article_bands")
    assert store.cleaner_view().index_fingerprints() == 0  # the view indexed them on creation
    copy = Cleaner(stored=store.cleaner_view()).clean_batch(
        [replace(docs[1], source="copy", outlet="Hama Daily")])[0]
    assert copy.duplicate_of is not None


def test_demo_exports_are_the_same_whatever_the_batch_size(tmp_path):
    # batch size 1 settles the pending articles after every document; 64 never does
    from importlib import resources
    from pathlib import Path

    from fogofwar.pipeline import ingest

    folder = Path(str(resources.files("fogofwar") / "data" / "demo"))
    exports = []
    for size in (1, 64):
        with Store(f"sqlite:///{tmp_path / f'b{size}.db'}") as s:
            ingest([folder], s, batch_size=size)
            arts = [{k: v for k, v in a.items()} for a in s.iter_articles()]
            exports.append((arts, list(s.iter_incidents())))
    assert exports[0] == exports[1]
    assert exports[0][1]  # the demo has incidents
    assert len(list(iter_documents([folder]))) == len(exports[0][0])


def test_stored_ids_and_line_counts_across_query_chunks(store, monkeypatch):
    from fogofwar.clean.learned import line_key
    from fogofwar.store import cleaner_view

    monkeypatch.setattr(cleaner_view, "CHUNK", 2)  # several queries for a handful of ids
    written = store_backed(store, corpus(), 4)
    view = store.cleaner_view()
    ids = [aid for aid, _, _ in written]
    asked = ["nope-1", *ids, "nope-2"]
    assert view.stored_ids(asked) == set(ids)
    assert view.stored_ids([]) == set()
    footer, other = line_key(FOOTER), line_key("A line no article has.")
    counts = view.line_counts("Idlib Monitor", [other, footer, other])
    assert counts == {footer: 3}  # the three Idlib Monitor stories end with the footer
    assert view.line_counts("Hama Daily", [footer]) == {}
