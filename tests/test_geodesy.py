"""distance_km, written for speed, computes exactly what the plain haversine formula does."""

import math

from hypothesis import given
from hypothesis import strategies as st

from fogofwar.geodesy import EARTH_RADIUS_KM, distance_km

LAT = st.floats(min_value=-90, max_value=90, allow_nan=False)
LON = st.floats(min_value=-180, max_value=180, allow_nan=False)


def plain(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


@given(LAT, LON, LAT, LON)
def test_same_value_as_the_plain_formula(lat1, lon1, lat2, lon2):
    assert distance_km((lat1, lon1), (lat2, lon2)) == plain((lat1, lon1), (lat2, lon2))


def test_known_distances():
    assert distance_km((0.0, 0.0), (0.0, 0.0)) == 0.0
    assert distance_km((0.0, 0.0), (0.0, 180.0)) == math.pi * EARTH_RADIUS_KM  # antipodes
    assert 290 < distance_km((51.5, -0.13), (48.86, 2.35)) < 350  # London-Paris
