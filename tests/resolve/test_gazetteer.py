"""Gazetteer: name folding, candidate generation and the GeoNames dump loader."""

import zipfile

import pytest

from fogofwar.errors import InputError
from fogofwar.resolve.gazetteer import candidates, fold, load_geonames


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Saraqeb", "Saraqib"),              # e/i vowel spelling
        ("Khmeimim", "Hmeimim"),             # Kh/H
        ("Khan Sheikhoun", "Khan Shaykhun"), # ou/u, ei/ay, Kh
        ("Khan-Sheikhoun", "Khan Sheikhoun"),  # hyphen vs space
        ("Ar-Raqqah", "Raqqa"),              # article prefix, double letter, final -ah
        ("Ḩamāh", "Hama"),                   # accents stripped
    ],
)
def test_fold_equates_transliterations(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize(("a", "b"), [("Idlib", "Aleppo"), ("Saraqib", "Sarmin")])
def test_fold_keeps_different_names_apart(a, b):
    assert fold(a) != fold(b)


@pytest.mark.parametrize(
    ("name", "geonames_id"),
    [
        ("Saraqeb", 164816),          # Saraqib, a cities500 alternate spelling
        ("Khan Sheikhoun", 168325),   # Khan Shaykhun
        ("Kafr Nabeel", 168661),      # Kafranbel via its alternate "Kafr nabel"
        ("Qamishli", 173377),         # Al Qamishli
        ("Idlib", 169387),            # the supplement's Idlib Governorate is a candidate
    ],
)
def test_default_gazetteer_candidates(name, geonames_id):
    assert geonames_id in {e.geonameid for e, _ in candidates(name)}


def test_fuzzy_candidates_for_long_names():
    # a misspelling with no exact key ("Taftanazi") still finds Taftanaz by near match (< 100)
    near = candidates("Taftanazi")
    assert any(e.geonameid == 163799 and s < 100 for e, s in near)
    # short names get no fuzzy candidates: too many near neighbours
    assert candidates("Idlibx", fuzzy_min_len=7) == []


def _row(gid, name, alts, lat, lon, fcode, admin1, pop):
    fields = [str(gid), name, name, alts, str(lat), str(lon), "P" if fcode[0] == "P" else "A",
              fcode, "SY", "", admin1, "", "", "", str(pop), "", "300", "Asia/Damascus",
              "2020-01-01"]
    return "\t".join(fields) + "\n"


def test_load_geonames_zip_replaces_rows_by_id(tmp_path):
    # a tiny SY.zip in GeoNames format; loading twice must not duplicate, and a changed row
    # replaces the old one (names included)
    db = tmp_path / "g.sqlite"
    lines = (_row(9000001, "Nayrab", "Al-Nayrab,Neirab", 35.85, 36.75, "PPL", "12", 0)
             + _row(9000002, "Muhafazat Idlib", "Idlib Governorate", 35.8, 36.6, "ADM1", "12",
                    1500000))
    dump = tmp_path / "SY.zip"
    with zipfile.ZipFile(dump, "w") as zf:
        zf.writestr("SY.txt", lines)
        zf.writestr("readme.txt", "not data")
    seen = []
    assert load_geonames(dump, db=db, progress=seen.append) == 2
    assert seen[-1] == 2
    assert load_geonames(dump, db=db) == 2
    hits = candidates("Neirab", path=db)
    assert [(e.geonameid, e.admin1_name) for e, _ in hits] == [(9000001, "Muhafazat Idlib")]
    txt = tmp_path / "SY.txt"
    txt.write_text(_row(9000001, "Nerab", "", 35.86, 36.74, "PPL", "12", 0), encoding="utf-8")
    assert load_geonames(txt, db=db) == 1
    assert candidates("Neirab", path=db) == []
    assert [e.name for e, _ in candidates("Nerab", path=db)] == ["Nerab"]


def test_load_geonames_rejects_bad_rows(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("1\tonly three\tcolumns\n", encoding="utf-8")
    with pytest.raises(InputError, match="19 tab-separated"):
        load_geonames(bad, db=tmp_path / "g.sqlite")
