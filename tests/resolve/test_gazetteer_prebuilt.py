"""The default gazetteer ships prebuilt, so a fresh install unpacks it instead of building it
(issue 16: cold demo within 30 s)."""

from __future__ import annotations

import sqlite3

from fogofwar.resolve import gazetteer, gazetteer_write
from fogofwar.resolve import gazetteer_prebuilt as prebuilt
from fogofwar.resolve.gazetteer_prebuilt import pack, shipped, unpack


def test_the_package_ships_the_current_default_gazetteer():
    # fails after a change to the gazetteer's content or VERSION until the copy is rebuilt
    assert shipped(gazetteer.default_name()) is not None, \
        "the shipped gazetteer is stale: run python tools/build_gazetteer.py"


def test_a_fresh_cache_unpacks_instead_of_building(tmp_path, monkeypatch):
    monkeypatch.setenv("FOGOFWAR_CACHE", str(tmp_path))
    monkeypatch.delenv("FOGOFWAR_GAZETTEER", raising=False)

    def no_build(path):
        raise AssertionError("built although a prebuilt copy ships")

    monkeypatch.setattr(gazetteer_write, "build", no_build)
    path = gazetteer.ensure()
    assert path == tmp_path / gazetteer.default_name()
    with sqlite3.connect(path) as con:
        # Damascus (GeoNames 170654) is in every build of the default gazetteer
        assert con.execute("SELECT name FROM places WHERE geonameid = 170654").fetchone() == \
            ("Damascus",)


def test_pack_and_unpack_round_trip(tmp_path, monkeypatch):
    built = tmp_path / "built.sqlite"
    with sqlite3.connect(built) as con:
        con.execute("CREATE TABLE t (x)")
        con.execute("INSERT INTO t VALUES (42)")
    folder = tmp_path / "ship"
    (folder).mkdir()
    (folder / "gazetteer-0-stale.sqlite.xz").write_bytes(b"old")
    target = pack(built, "gazetteer-9-abc.sqlite", folder)
    assert [p.name for p in folder.iterdir()] == [target.name]  # the stale copy is gone
    monkeypatch.setattr(prebuilt, "shipped_folder", lambda: folder)
    assert unpack(tmp_path / "cache" / "g.sqlite", "gazetteer-9-abc.sqlite")
    with sqlite3.connect(tmp_path / "cache" / "g.sqlite") as con:
        assert con.execute("SELECT x FROM t").fetchone() == (42,)


def test_nothing_shipped_under_another_name(tmp_path):
    assert not unpack(tmp_path / "g.sqlite", "gazetteer-0-none.sqlite")
    assert not (tmp_path / "g.sqlite").exists()
