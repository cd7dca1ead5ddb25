"""Great-circle distance, shared by place ranking, incident clustering and the geoparse bench.

A module of its own, with no dependencies, so reconcile and present can measure distances
without importing the gazetteer (and with it spaCy-era resolve packages).
"""

from __future__ import annotations

from math import asin, cos, radians, sin, sqrt

EARTH_RADIUS_KM = 6371.0


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Haversine distance between two (lat, lon) points in degrees; the clamp keeps float
    rounding on antipodal points from leaving asin's domain. (Written without `map` and
    with the math functions bound here: ranking and clustering call it hundreds of thousands
    of times; the arithmetic, and so every result, is the same.)"""
    lat1, lon1, lat2, lon2 = radians(a[0]), radians(a[1]), radians(b[0]), radians(b[1])
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * asin(sqrt(h if h < 1.0 else 1.0))
