"""Great-circle distance, shared by place ranking, incident clustering and the geoparse bench.

A module of its own, with no dependencies, so reconcile and present can measure distances
without importing the gazetteer (and with it spaCy-era resolve packages).
"""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Haversine distance between two (lat, lon) points in degrees; the clamp keeps float
    rounding on antipodal points from leaving asin's domain."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))
