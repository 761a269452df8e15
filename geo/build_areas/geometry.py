"""Planar geometry on (lon, lat) rings: areas, point in polygon, simplification, poles, unions."""

from __future__ import annotations

import heapq
import itertools
import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

Point = tuple[float, float]  # (lon, lat), as in GeoJSON
Ring = list[Point]  # closed: first point == last point

TOLERANCE_SHARE = 0.025  # Douglas–Peucker tolerance, as a share of the part's size (sqrt of area)
MIN_TOLERANCE = 0.003  # degrees (~300 m)
MAX_TOLERANCE = 0.08  # degrees (~9 km)
MAX_POINTS = 160  # per stored ring; the tolerance grows until a ring fits


def signed_area(ring: Ring) -> float:
    """Shoelace area in square degrees: positive when counter-clockwise."""
    total = 0.0
    for (x1, y1), (x2, y2) in itertools.pairwise(ring):
        total += x1 * y2 - x2 * y1
    return total / 2


def scaled_area(ring: Ring) -> float:
    """Unsigned area in square degrees of latitude (longitudes shrunk by cos(latitude))."""
    mean_lat = sum(y for _, y in ring) / len(ring)
    return abs(signed_area(ring)) * math.cos(math.radians(mean_lat))


def polygons_of(geometry: dict[str, Any]) -> list[list[Ring]]:
    """Polygons of a GeoJSON Polygon/MultiPolygon as lists of (lon, lat) rings."""
    raw = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    polygons = []
    for polygon in raw:
        rings = [[(float(x), float(y)) for x, y in ring] for ring in polygon]
        rings = [ring for ring in rings if len(ring) >= 4]
        if rings:
            polygons.append(rings)
    return polygons


def point_in_ring(point: Point, ring: Ring) -> bool:
    """Even-odd rule."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in itertools.pairwise(ring):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def point_in_polygon(point: Point, polygon: list[Ring]) -> bool:
    """Inside the outer ring and outside every hole."""
    return point_in_ring(point, polygon[0]) and not any(
        point_in_ring(point, hole) for hole in polygon[1:]
    )


def _segment_distance_sq(p: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx or dy:
        t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)
        if t > 1:
            ax, ay = bx, by
        elif t > 0:
            ax, ay = ax + dx * t, ay + dy * t
    return (px - ax) ** 2 + (py - ay) ** 2


def _douglas_peucker(points: list[Point], tolerance: float) -> list[Point]:
    """Simplify an open line; points are in a plane (already scaled)."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    tolerance_sq = tolerance * tolerance
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, 0
        for i in range(first + 1, last):
            distance = _segment_distance_sq(points[i], points[first], points[last])
            if distance > worst:
                worst, index = distance, i
        if worst > tolerance_sq:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def simplify_ring(ring: Ring, tolerance: float) -> Ring:
    """Douglas–Peucker on a closed ring, longitudes scaled by cos(mean latitude)."""
    scale = math.cos(math.radians(sum(y for _, y in ring) / len(ring))) or 1e-6
    scaled = [(x * scale, y) for x, y in ring[:-1]]
    # Split the ring at the vertex farthest from the first one, simplify both halves.
    far = max(
        range(len(scaled)), key=lambda i: _segment_distance_sq(scaled[i], scaled[0], scaled[0])
    )
    if far == 0:
        return ring
    first = _douglas_peucker(scaled[: far + 1], tolerance)
    second = _douglas_peucker([*scaled[far:], scaled[0]], tolerance)
    simplified = [*first, *second[1:]]
    return [(x / scale, y) for x, y in simplified]


def rounded(ring: Ring) -> Ring:
    """Vertices rounded to 3 decimals, repeated ones dropped, closed."""
    out: Ring = []
    for x, y in ring:
        point = (round(x, 3), round(y, 3))
        if not out or out[-1] != point:
            out.append(point)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def stored_ring(ring: Ring) -> Ring:
    """The simplified, rounded outline kept in the data file."""
    size = math.sqrt(scaled_area(ring))
    tolerance = min(MAX_TOLERANCE, max(MIN_TOLERANCE, size * TOLERANCE_SHARE))
    while True:
        simplified = rounded(simplify_ring(ring, tolerance))
        if len(simplified) <= MAX_POINTS:
            break
        tolerance *= 1.3
    if len(simplified) < 4 or signed_area(simplified) == 0:
        simplified = rounded(ring) if len(rounded(ring)) <= MAX_POINTS else simplified
    if len(simplified) < 4:  # too small to survive rounding: its bounding box
        xs, ys = [x for x, _ in ring], [y for _, y in ring]
        west, east = round(min(xs), 3), round(max(xs), 3)
        south, north = round(min(ys), 3), round(max(ys), 3)
        east = east if east > west else west + 0.001
        north = north if north > south else south + 0.001
        simplified = [(west, south), (east, south), (east, north), (west, north), (west, south)]
    return simplified


def _ring_distance(point: Point, rings: list[Ring]) -> float:
    """Signed distance to the rings' edges: positive inside (even-odd), negative outside."""
    inside = False
    best = math.inf
    for ring in rings:
        if point_in_ring(point, ring):
            inside = not inside
        for a, b in itertools.pairwise(ring):
            best = min(best, _segment_distance_sq(point, a, b))
    return (1 if inside else -1) * math.sqrt(best)


def polylabel(rings: list[Ring], precision_share: float = 0.01) -> Point:
    """Pole of inaccessibility (Mapbox's polylabel), in a plane with longitudes scaled."""
    outer = rings[0]
    scale = math.cos(math.radians(sum(y for _, y in outer) / len(outer))) or 1e-6
    plane = [[(x * scale, y) for x, y in ring] for ring in rings]
    xs, ys = [x for x, _ in plane[0]], [y for _, y in plane[0]]
    west, south, east, north = min(xs), min(ys), max(xs), max(ys)
    cell = min(east - west, north - south)
    if cell == 0:
        return outer[0]
    precision = max(cell, max(east - west, north - south)) * precision_share
    half = cell / 2
    heap: list[tuple[float, int, float, float, float, float]] = []
    counter = 0

    def push(cx: float, cy: float, h: float) -> None:
        nonlocal counter
        distance = _ring_distance((cx, cy), plane)
        bound = distance + h * math.sqrt(2)
        heapq.heappush(heap, (-bound, counter, cx, cy, h, distance))
        counter += 1

    x = west
    while x < east:
        y = south
        while y < north:
            push(x + half, y + half, half)
            y += cell
        x += cell
    # Candidates to beat: the outer ring's centroid and the bounding box's centre.
    area = signed_area(plane[0])
    best: tuple[Point, float] = ((west, south), -math.inf)
    candidates = [((west + east) / 2, (south + north) / 2)]
    if area:
        cross = [(a, b, a[0] * b[1] - b[0] * a[1]) for a, b in itertools.pairwise(plane[0])]
        cx = sum((a[0] + b[0]) * c for a, b, c in cross) / (6 * area)
        cy = sum((a[1] + b[1]) * c for a, b, c in cross) / (6 * area)
        candidates.append((cx, cy))
    for candidate in candidates:
        distance = _ring_distance(candidate, plane)
        if distance > best[1]:
            best = (candidate, distance)
    while heap:
        negative_bound, _, cx, cy, h, distance = heapq.heappop(heap)
        if distance > best[1]:
            best = ((cx, cy), distance)
        if -negative_bound - best[1] <= precision:
            continue
        h /= 2
        for dx in (-h, h):
            for dy in (-h, h):
                push(cx + dx, cy + dy, h)
    (px, py), _ = best
    return (px / scale, py)


def union_outer_rings(polygons: Iterable[list[Ring]]) -> list[Ring]:
    """Outer rings of the union of edge-matched polygons (shared edges cancel out).

    Natural Earth's admin-1 polygons share their borders vertex for vertex, so a border between
    two members appears once in each direction once outer rings run counter-clockwise and holes
    clockwise; what is left after removing those pairs is the union's boundary.
    """
    edges: set[tuple[Point, Point]] = set()
    for polygon in polygons:
        for index, ring in enumerate(polygon):
            area = signed_area(ring)
            if (index == 0 and area < 0) or (index > 0 and area > 0):
                ring = ring[::-1]
            for a, b in itertools.pairwise(ring):
                if a != b:
                    edges.add((a, b))
    boundary = sorted(edge for edge in edges if (edge[1], edge[0]) not in edges)
    following: dict[Point, list[Point]] = defaultdict(list)
    for a, b in boundary:
        following[a].append(b)
    used: set[tuple[Point, Point]] = set()
    rings: list[Ring] = []
    for start in boundary:
        if start in used:
            continue
        ring = [start[0]]
        edge = start
        while edge not in used:
            used.add(edge)
            ring.append(edge[1])
            candidates = [b for b in following[edge[1]] if (edge[1], b) not in used]
            if not candidates:
                break
            edge = (edge[1], candidates[0])
        if len(ring) >= 4 and ring[0] == ring[-1] and signed_area(ring) > 0:
            rings.append(ring)
    return rings
