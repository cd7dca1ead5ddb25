"""What the default gazetteer's sources add: area centre points, press abbreviations of
first-level areas, continents and national capitals. Name in, gazetteer row out."""

import pytest

from fogofwar.errors import PackError
from fogofwar.resolve import gazetteer, gazetteer_sources
from fogofwar.resolve.gazetteer import distance_km


def _rows(name):
    return [e for e, score in gazetteer.candidates(name) if score == 100]


@pytest.mark.parametrize(
    ("name", "area", "country"),
    [
        ("Ky.", "Kentucky", "US"),  # AP-style abbreviation (us package)
        ("Calif.", "California", "US"),  # AP-style abbreviation
        ("KY", "Kentucky", "US"),  # postal code = ISO 3166-2 suffix
        ("B.C.", "British Columbia", "CA"),  # Canadian Press abbreviation (pack)
        ("Ont.", "Ontario", "CA"),  # Canadian Press abbreviation (pack)
        ("D.C.", "District of Columbia", "US"),  # the federal district's abbreviation
    ],
)
def test_admin1_abbreviations(name, area, country):
    hits = [e for e in _rows(name) if e.fcode == "ADM1"]
    assert any(e.name == area and e.country == country for e in hits), hits


@pytest.mark.parametrize(
    ("name", "lat", "lon", "km"),
    [
        # centre points, not the median of towns (which sat in the populated south-east)
        ("Queensland", -20.0, 145.0, 300),
        ("Texas", 31.25, -99.25, 150),
        ("Manitoba", 55.0, -97.0, 100),
    ],
)
def test_admin1_points_are_area_centres(name, lat, lon, km):
    area = next(e for e in _rows(name) if e.fcode == "ADM1")
    assert distance_km((area.lat, area.lon), (lat, lon)) < km, area


@pytest.mark.parametrize(
    ("name", "country"),
    [
        # GeoNames first-level areas that ISO 3166-2 files under a region (level 2) ...
        ("Duhok", "IQ"), ("Erbil", "IQ"), ("Sulaymaniyah", "IQ"),
        # ... or gives no level at all (its level-1 rows are GeoNames' second level)
        ("Leinster", "IE"), ("Southern Region", "MW"),
        # a name whose own spelling keys only with its dotless i read as i
        ("Sirnak", "TR"),
    ],
)
def test_every_geonames_first_level_area_is_a_row(name, country):
    assert any(e.fcode == "ADM1" and e.country == country for e in _rows(name)), _rows(name)


def test_letters_without_a_separable_accent_fold_to_their_base():
    from fogofwar.resolve.placenames import ascii_words

    assert ascii_words("Kırşehir") == "kirsehir"
    assert ascii_words("Białystok") == "bialystok"
    assert ascii_words("Đồng Nai") == "dong nai"
    assert ascii_words("Ærøskøbing") == "aeroskobing"


@pytest.mark.parametrize(
    ("name", "geonames_id"),
    [("Europe", 6255148), ("Africa", 6255146), ("South America", 6255150)],
)
def test_continents_are_rows(name, geonames_id):
    assert any(e.geonameid == geonames_id and e.fcode == "CONT" for e in _rows(name))


@pytest.mark.parametrize(
    ("name", "country"),
    [("Washington", "US"), ("Ottawa", "CA"), ("Damascus", "SY"), ("London", "GB")],
)
def test_national_capitals_are_marked(name, country):
    capitals = [e for e in _rows(name) if e.fcode == "PPLC"]
    assert [e.country for e in capitals] == [country], capitals


def test_only_capitals_are_marked():
    # London, Ontario and Paris, Texas are towns, not capitals
    assert all(e.fcode == "PPL" for e in _rows("London") if e.country != "GB")
    assert all(e.fcode == "PPL" for e in _rows("Paris") if e.country == "US")


@pytest.mark.parametrize(
    ("conf", "message"),
    [
        ({"postal_code_countries": "US"}, "postal_code_countries"),
        ({"by_iso": {"CA-BC": "B.C."}}, "by_iso"),
    ],
)
def test_bad_abbreviation_pack_names_the_key(monkeypatch, conf, message):
    monkeypatch.setattr(gazetteer_sources, "load_pack",
                        lambda name: {"admin1_abbreviations": conf})
    gazetteer_sources.abbreviations.cache_clear()
    try:
        with pytest.raises(PackError, match=f"places_supplement.yaml: .*{message}"):
            gazetteer_sources.abbreviations()
    finally:
        gazetteer_sources.abbreviations.cache_clear()


def test_ring_centre_of_a_square_near_the_equator():
    area, (lat, lon) = gazetteer_sources.ring_centre([(10, 0), (12, 0), (12, 2), (10, 2), (10, 0)])
    assert area == pytest.approx(4, rel=0.01)
    assert (lat, lon) == (pytest.approx(1, abs=0.01), pytest.approx(11, abs=0.01))


def test_mainland_centre_is_the_largest_polygon():
    small_far_island = [[[(170, 50), (171, 50), (171, 51), (170, 51), (170, 50)]]]
    big_square = [[[(-100, 30), (-90, 30), (-90, 40), (-100, 40), (-100, 30)]]]
    shape = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "MultiPolygon",
                                         "coordinates": small_far_island + big_square}}]}
    lat, lon = gazetteer_sources.mainland_centre(shape)
    assert 34 < lat < 36 and -96 < lon < -94
    assert gazetteer_sources.mainland_centre({"features": []}) is None
    assert gazetteer_sources.mainland_centre(None) is None


def test_country_points_across_the_antimeridian_keep_the_stated_point():
    assert gazetteer_sources._midpoint((-17.8, 178.0), [-18.0, -179.0]) == (-18.0, -179.0)
    assert gazetteer_sources._midpoint((40.0, -100.0), [38, -96]) == (39.0, -98.0)
    assert gazetteer_sources._midpoint(None, [38, -96]) == (38.0, -96.0)


def test_a_country_lies_near_the_middle_of_its_main_territory():
    # the geographic centre of the contiguous United States (near Lebanon, Kansas): the
    # midpoint of the two package estimates lies nearer to it than countryinfo's 38 N 97 W
    us = next(e for e in _rows("United States") if e.fcode == "PCLI")
    centre = (39.83, -98.58)
    assert distance_km((us.lat, us.lon), centre) < distance_km((38.0, -97.0), centre)


def test_an_archipelago_has_no_mainland_centre():
    """Islands of which none holds half the outline's area (Indonesia, whose largest island is
    Borneo) give no mainland: the country's stated point stands alone."""
    def square(x, y, size):
        return [[(x, y), (x + size, y), (x + size, y + size), (x, y + size), (x, y)]]
    shape = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": [
            square(110, 0, 4), square(118, -4, 3), square(125, -6, 3), square(100, 0, 2)]}}]}
    assert gazetteer_sources.mainland_centre(shape) is None
    assert gazetteer_sources._midpoint(gazetteer_sources.mainland_centre(shape), [-5, 120]) \
        == (-5.0, 120.0)
