"""Store: round trip, idempotent re-ingest, atomic writes, bad URLs, cleaner state, ordering."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from fogofwar.errors import StoreError
from fogofwar.present.export import validate
from fogofwar.records import Mention, Place, SourceSpan
from fogofwar.store import Store, open_store
from fogofwar.store.engine import normalise_url
from fogofwar.store.search import FTS_TABLE as FTS
from fogofwar.store.tables import metadata

from .samples import tass_analysis, zerohedge_analysis


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'fow.db'}")
    yield s
    s.close()


def test_round_trip_is_field_by_field_equal(store):
    an = zerohedge_analysis()
    assert store.write(an) is True
    [got] = list(store.iter_articles())
    a = an.article
    expected_article = {
        "id": a.id, "source": a.source, "url": a.url, "outlet": a.outlet,
        "original_outlet": None, "title": a.title, "byline": a.byline,
        "published": "2020-02-05", "published_precision": "day", "text": a.text,
        "removed": ["Via Zerohedge"], "duplicate_of": None,
        "removed_rules": ["signature"], "published_from": "metadata",
    }
    for key, value in expected_article.items():
        assert got[key] == value, key
    assert got["actors"] == [m.to_dict() for m in an.actors]
    assert got["places"] == [{**p.to_dict(), "in_title": False} for p in an.places]
    assert got["claims"] == [{**c.to_dict(), "narrator": c.narrator} for c in an.claims]
    assert got["events"] == [e.to_dict() for e in an.events]
    # the narrator flag and the relayed chain survive
    assert [c["narrator"] for c in got["claims"]] == [True, False, False]
    assert got["claims"][2]["chain"] == ["Daily Sabah", "Zero Hedge"]
    assert got["events"][0]["place"]["geonames_id"] == 169388
    assert got["events"][2]["place"] is None and got["events"][2]["actor"] is None
    assert set(got) == set(expected_article) | {"actors", "places", "claims", "events"}


def test_provenance_flags_and_cue_offsets_survive(store):
    # an event whose place came from its paragraph, and a claim whose cue is located, must read
    # back marked so: the export is how an analyst tells "said" from "inferred"
    an = zerohedge_analysis()
    an.events[2] = replace(an.events[2], place=an.events[0].place, place_inherited=True,
                           date_inherited=True)
    an.claims[1] = replace(an.claims[1], cue_start=10, cue_end=14)
    store.write(an)
    [got] = list(store.iter_articles())
    assert got["events"][2]["place_inherited"] is True
    assert got["events"][2]["date_inherited"] is True
    assert got["events"][0]["place_inherited"] is False
    assert (got["claims"][1]["cue_start"], got["claims"][1]["cue_end"]) == (10, 14)
    assert got["claims"][0]["cue_start"] is None
    validate(got, "article")


def test_place_roles_survive_and_validate(store):
    # issue 12: a demonym is a place mention with its role; the event keeps its location
    an = zerohedge_analysis()
    start = an.article.text.index("Turkish")
    an.places.append(Place("Turkish", start, start + 7, "Turkey", 298795, 39.0, 35.0, "TUR",
                           None, "PCLI", "country", role="demonym"))
    store.write(an)
    [got] = list(store.iter_articles())
    assert [p["role"] for p in got["places"]] == ["location", "demonym"]
    assert got["events"][0]["place"]["role"] == "location"


def test_a_headline_place_survives_flagged_and_validates(store):
    # schema 1.7: the headline's places follow the body's, offsets into the title
    an = zerohedge_analysis()
    an.article = replace(an.article, title="Shelling kills three in Idlib")
    start = an.article.title.index("Idlib")
    an.places.append(Place("Idlib", start, start + 5, "Idlib", 169388, 35.93062, 36.63393, "SY",
                           "09", "PPLA", "town", in_title=True))
    store.write(an)
    [got] = list(store.iter_articles())
    assert [p["in_title"] for p in got["places"]] == [False] * (len(an.places) - 1) + [True]
    assert got["title"][got["places"][-1]["start"]:got["places"][-1]["end"]] == "Idlib"
    assert all("in_title" not in e["place"] for e in got["events"] if e["place"])
    assert [p["in_title"] for p in next(store.iter_article_places())] == [
        p["in_title"] for p in got["places"]]
    validate(got, "article")


def test_claim_source_relays_and_actor_class_survive(store):
    # issue 11: the source as written, the relays and an unknown actor's class read back as
    # written, and the export still validates (schema 1.2)
    an = zerohedge_analysis()
    an.claims[1] = replace(an.claims[1], source=SourceSpan("he", 3, 5),
                           relays=[SourceSpan("TASS", 20, 24)])
    gunmen = Mention("Gunmen", 0, 6, sector="REB", actor_class="unidentified_armed_group")
    an.events[0] = replace(an.events[0], actor=gunmen)
    store.write(an)
    [got] = list(store.iter_articles())
    assert got["claims"][1]["source"] == {"text": "he", "start": 3, "end": 5}
    assert got["claims"][1]["relays"] == [{"text": "TASS", "start": 20, "end": 24}]
    assert got["claims"][0]["source"] is None and got["claims"][0]["relays"] == []
    assert got["events"][0]["actor"]["class"] == "unidentified_armed_group"
    validate(got, "article")


def test_exported_articles_validate_against_schema(store):
    store.write(zerohedge_analysis())
    store.write(tass_analysis())
    arts = list(store.iter_articles())
    assert len(arts) == 2
    for art in arts:
        validate(art, "article")


def test_same_claim_ids_in_two_articles_are_kept_apart(store):
    # claim ids are per article: both samples have a claim "c1"
    store.write(zerohedge_analysis())
    store.write(tass_analysis())
    by_id = {a["id"]: a for a in store.iter_articles()}
    assert by_id["art-002"]["claims"][0]["sentence"].startswith("Turkey dramatically")
    assert by_id["art-001"]["claims"][0]["sentence"].startswith("Russian Maj. Gen.")
    assert by_id["art-001"]["claims"][0]["figures"][0]["approx"] is True


def test_writing_twice_is_a_no_op(store):
    assert store.write(zerohedge_analysis()) is True
    before = store.counts()
    assert before == {"articles": 1, "claims": 3, "events": 3, "actors": 5, "places": 1}
    assert store.write(zerohedge_analysis()) is False
    assert store.counts() == before
    assert store.has_article("art-002") and not store.has_article("art-001")


def test_failed_write_leaves_nothing_of_that_article(store):
    store.write(tass_analysis())
    an = zerohedge_analysis()
    # the last claim's chain cannot be serialised: the article row is inserted before it fails
    an.claims[2].chain.append(object())
    with pytest.raises(StoreError) as err:
        store.write(an)
    assert "art-002" in str(err.value) and "\n" not in str(err.value)
    assert not store.has_article("art-002")
    assert store.counts() == {"articles": 1, "claims": 1, "events": 0, "actors": 1, "places": 0}
    lines, prints = store.cleaner_state()
    assert [aid for aid, _ in prints] == ["art-001"]
    assert lines == {}  # art-001 has no outlet, and art-002's lines were rolled back


@pytest.mark.parametrize("url, fragment", [
    ("nosuchdb://x", "unsupported database"),                    # unknown dialect
    ("sqlite:////nonexistent/dir/x.db", "does not exist"),        # missing directory
    ("not a url at all", "bad database URL"),                     # unparseable
    ("mysql://u@localhost/db", "unsupported database 'mysql'"),   # dialect we do not support
])
def test_bad_url_is_one_line_store_error(url, fragment):
    with pytest.raises(StoreError) as err:
        Store(url)
    message = str(err.value)
    assert fragment in message and "\n" not in message


@pytest.mark.parametrize("make, fragment", [
    (lambda p: p.mkdir(), "cannot open database"),                   # a directory, not a file
    (lambda p: p.write_text("Via Zerohedge\n"), "file is not a database"),  # a text file
])
def test_unopenable_file_is_store_error(tmp_path, make, fragment):
    path = tmp_path / "x.db"
    make(path)
    with pytest.raises(StoreError) as err:
        Store(f"sqlite:///{path}")
    assert fragment in str(err.value) and "\n" not in str(err.value)


def test_unreachable_server_error_hides_password():
    # port 1 on loopback refuses; the message names the URL without its password
    with pytest.raises(StoreError) as err:
        Store("postgresql://bob:secret@127.0.0.1:1/fogofwar")
    message = str(err.value)
    assert "cannot open database" in message and "secret" not in message and "bob:***" in message
    assert "\n" not in message


@pytest.mark.parametrize("url, expected", [
    # plain postgresql URLs get the psycopg 3 driver
    ("postgresql://u@h:5432/db", "postgresql+psycopg://u@h:5432/db"),
    ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
    # an explicit driver and SQLite are left alone
    ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
    ("sqlite:///fogofwar.db", "sqlite:///fogofwar.db"),
])
def test_normalise_url(url, expected):
    assert normalise_url(url) == expected


def test_cleaner_state_counts_lines_per_outlet_and_lists_fingerprints(store):
    zh = zerohedge_analysis()
    store.write(zh)
    second = replace(zh.article, id="art-000", published=date(2020, 2, 1),
                     line_keys=["via zerohedge", "read also", "read also"], fingerprint=[1])
    store.write(replace(zh, article=second))
    gr = replace(zh.article, id="art-004", outlet="Global Research", line_keys=["read also"],
                 duplicate_of="art-000", published=date(2020, 1, 1), fingerprint=[9])
    store.write(replace(zh, article=gr))
    store.write(tass_analysis(line_keys=["unknown outlet line"]))
    lines, prints = store.cleaner_state()
    # a line counts articles, not occurrences; outlets are kept apart; no outlet, no lines;
    # a linked copy counts nothing, as in the Cleaner's own counts (else a run resumed after
    # a kill would learn differently from one uninterrupted run)
    assert lines == {"Zero Hedge": {"via zerohedge": 2, "read also": 2}}
    # originals by date first, then the linked copy, whatever its date
    assert prints == [("art-001", [11, 12]), ("art-000", [1]), ("art-002", [7, 3, 2**32 - 1]),
                      ("art-004", [9])]


def test_iter_articles_orders_by_published_then_id_unknown_last(store):
    zh = zerohedge_analysis()
    for aid, published, precision in [("b", date(2020, 2, 1), "month"), ("a", None, None),
                                      ("c", date(2020, 2, 1), "day"), ("d", date(2019, 1, 1),
                                                                       "year")]:
        store.write(replace(zh, article=replace(zh.article, id=aid, published=published,
                                                published_precision=precision)))
    got = [(a["id"], a["published"]) for a in store.iter_articles()]
    # precision decides the shape of the date: year "2019", month "2020-02", day "2020-02-01"
    assert got == [("d", "2019"), ("b", "2020-02"), ("c", "2020-02-01"), ("a", None)]


def test_iter_articles_streams_across_pages(store, monkeypatch):
    monkeypatch.setattr("fogofwar.store.read.PAGE", 2)
    zh = zerohedge_analysis()
    for i in range(5):
        store.write(replace(zh, article=replace(zh.article, id=f"art-{i}")))
    arts = list(store.iter_articles())
    assert [a["id"] for a in arts] == [f"art-{i}" for i in range(5)]
    # children of each page are attached to the right article
    assert all(len(a["claims"]) == 3 and len(a["events"]) == 3 for a in arts)


def test_migrated_schema_matches_table_metadata(store):
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    # the full-text index (migration 0008) is dialect-specific, so not in tables.py
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith(FTS))]
    assert diff == []


def test_sqlite_uses_wal_and_foreign_keys(store):
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_reopening_keeps_data_and_does_not_remigrate(tmp_path):
    url = f"sqlite:///{tmp_path / 'again.db'}"
    with open_store(url) as s:
        s.write(zerohedge_analysis())
    with open_store(url) as s:
        assert s.counts()["articles"] == 1
        assert s.write(zerohedge_analysis()) is False


def test_open_store_uses_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("FOGOFWAR_DB", f"sqlite:///{tmp_path / 'env.db'}")
    with open_store() as s:
        assert s.url.endswith("env.db")
    assert (tmp_path / "env.db").exists()
