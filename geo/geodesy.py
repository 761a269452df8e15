"""Geodesic paths for movement lines and arrow directions on a Web Mercator map, distances, and
planar helpers for outlines (convex hull, points inside).

Coordinates are (lat, lon) in degrees. Distances come from geographiclib (WGS84), which geopy
already depends on.
"""

import math
from collections.abc import Sequence
from functools import lru_cache

from geographiclib.geodesic import Geodesic

from geo.build_areas.geometry import point_in_ring

_STEP_METRES = 50_000
_MAX_POINTS = 200


@lru_cache(maxsize=4096)
def geodesic_path(
    start: tuple[float, float], end: tuple[float, float]
) -> tuple[tuple[float, float], ...]:
    """Points along the shortest path on the ellipsoid from `start` to `end`, ends included,
    computed once per pair of points (many movements share their ends).

    Longitudes are unwrapped (they may leave [-180, 180]) so that the line never jumps across
    the map at the antimeridian.
    """
    line = Geodesic.WGS84.InverseLine(start[0], start[1], end[0], end[1])
    count = max(2, min(_MAX_POINTS, math.ceil(line.s13 / _STEP_METRES) + 1))
    points: list[tuple[float, float]] = []
    for index in range(count):
        position = line.Position(
            line.s13 * index / (count - 1),
            Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.LONG_UNROLL,
        )
        points.append((position["lat2"], position["lon2"]))
    return tuple(points)


def _mercator_y(lat: float) -> float:
    clamped = max(-85.0, min(85.0, lat))
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(clamped) / 2)))


def screen_angle(start: tuple[float, float], end: tuple[float, float]) -> float:
    """Direction from `start` to `end` as drawn on a Web Mercator map, in degrees clockwise from
    east (the CSS rotation of a right-pointing arrow). Mercator keeps angles, so this holds at
    every zoom."""
    dx = end[1] - start[1]
    dy = _mercator_y(end[0]) - _mercator_y(start[0])
    return math.degrees(math.atan2(-dy, dx))


def point_along(path: Sequence[tuple[float, float]], fraction: float) -> tuple[float, float]:
    """The point at `fraction` (0 to 1) of a densified path, by point count: close enough to
    place a label."""
    return path[round(fraction * (len(path) - 1))]


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres between two (lat, lon) points (a sphere: enough to
    tell near from far)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def convex_hull(points: Sequence[tuple[float, ...]]) -> tuple[tuple[float, float], ...]:
    """The convex hull of (lat, lon) points (Andrew's monotone chain), counter-clockwise."""
    ordered = sorted({(lat, lon) for lat, lon in points})

    def half(sequence: list[tuple[float, float]]) -> list[tuple[float, float]]:
        chain: list[tuple[float, float]] = []
        for point in sequence:
            while len(chain) >= 2 and _turn(chain[-2], chain[-1], point) <= 0:
                chain.pop()
            chain.append(point)
        return chain[:-1]

    return tuple(half(ordered) + half(ordered[::-1]))


def _turn(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def count_inside(area: Sequence[tuple[float, float]], points: Sequence[tuple[float, float]]) -> int:
    """How many of `points` lie inside the outline `area` (both as lat, lon; even-odd rule)."""
    ring = [*area, *area[:1]]
    return sum(point_in_ring(point, ring) for point in points) if len(ring) > 3 else 0
