"""The border between two countries, from their first-level regions' outlines (`geo.areas`):
the runs of one country's outline vertices within a few kilometres of the other's, joined along
the border, drawn as a thin band (an area, like a region) with the line's middle point as its
stand-in.

Both outlines are simplified from the same Natural Earth file, so neighbours' vertices meet
within `NEAR_KM`. Where a border runs in separate stretches (a third country between, a sea,
an exclave), the longest is drawn.
"""

import math
from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise

from geo.gazetteer import ResolvedPlace
from geo.geodesy import km

Point = tuple[float, float]
Ring = Sequence[Point]
NEAR_KM = 5.0  # a vertex this close to the neighbour's outline is on the border
_HALF_WIDTH_KM = 3.0  # the band drawn: a line a few kilometres wide
_CELL = 0.25  # degrees: the grid that finds a neighbour's edges near a point
_KM_PER_DEGREE = 111.2


class _Edges:
    """The edges of some outlines by cell of `_CELL` degrees, to find those near a point."""

    def __init__(self, rings: Sequence[Ring]) -> None:
        self._cells: dict[tuple[int, int], list[tuple[Point, Point]]] = defaultdict(list)
        margin = NEAR_KM / _KM_PER_DEGREE * 3  # (degrees of longitude shrink to the poles)
        for ring in rings:
            for a, b in pairwise([*ring, ring[0]]):
                low = _cell((min(a[0], b[0]) - margin, min(a[1], b[1]) - margin))
                high = _cell((max(a[0], b[0]) + margin, max(a[1], b[1]) + margin))
                for row in range(low[0], high[0] + 1):
                    for column in range(low[1], high[1] + 1):
                        self._cells[(row, column)].append((a, b))

    def near(self, point: Point) -> bool:
        """Whether `point` is within `NEAR_KM` of one of the edges (a flat approximation)."""
        scale = math.cos(math.radians(point[0])) * _KM_PER_DEGREE
        x, y = point[1] * scale, point[0] * _KM_PER_DEGREE
        for (lat_a, lon_a), (lat_b, lon_b) in self._cells.get(_cell(point), ()):
            ax, ay = lon_a * scale, lat_a * _KM_PER_DEGREE
            dx, dy = lon_b * scale - ax, lat_b * _KM_PER_DEGREE - ay
            length = dx * dx + dy * dy
            t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length))
            if math.hypot(x - ax - t * dx, y - ay - t * dy) <= NEAR_KM:
                return True
        return False


def _cell(point: Point) -> tuple[int, int]:
    return (math.floor(point[0] / _CELL), math.floor(point[1] / _CELL))


def border_line(ours: Sequence[Ring], theirs: Sequence[Ring]) -> list[Point]:
    """The border of the country outlined by `ours` with the one outlined by `theirs`, in order
    along it: the runs of consecutive vertices of `ours` within `NEAR_KM` of an edge of
    `theirs` (and the middles of the edges between them), joined end to end where they meet,
    the longest."""
    near = _Edges(theirs)
    runs: list[list[Point]] = []
    for ring in ours:
        points = list(ring[:-1] if len(ring) > 1 and ring[0] == ring[-1] else ring)
        on = [near.near(point) for point in points]
        if all(on):  # (an enclave: the whole outline)
            runs.append([*points, points[0]])
            continue
        start = on.index(False)  # (a run may go round the ring's first vertex)
        run: list[Point] = []
        for index in range(start, start + len(points) + 1):
            point = points[index % len(points)]
            # (an edge between two border vertices is the border's only if its middle is too)
            middle = ((run[-1][0] + point[0]) / 2, (run[-1][1] + point[1]) / 2) if run else None
            if not on[index % len(points)] or (middle and not near.near(middle)):
                runs.extend([run] if len(run) > 1 else [])
                run = []
            if on[index % len(points)]:
                run.append(point)
    return max(_joined(runs), key=_length, default=[])


def _joined(runs: list[list[Point]]) -> list[list[Point]]:
    """`runs` joined where one ends within `NEAR_KM` of another's end (the border of one region
    of a country goes on in the next region's outline)."""
    lines = [list(run) for run in runs]
    joined = True
    while joined:
        joined = False
        for i, j in ((i, j) for i in range(len(lines)) for j in range(len(lines)) if i != j):
            a, b = lines[i], lines[j]
            for first, second in ((a, b), (a, b[::-1]), (a[::-1], b), (a[::-1], b[::-1])):
                if km(first[-1], second[0]) <= NEAR_KM:
                    lines[i] = first + second[1:]
                    del lines[j]
                    joined = True
                    break
            if joined:
                break
    return lines


def _length(line: Sequence[Point]) -> float:
    return sum(km(a, b) for a, b in pairwise(line))


def band(line: Sequence[Point], half_width_km: float = _HALF_WIDTH_KM) -> tuple[Point, ...]:
    """An outline `half_width_km` either side of `line`: the line drawn as a thin area."""
    left, right = [], []
    for index, (lat, lon) in enumerate(line):
        before, after = line[max(index - 1, 0)], line[min(index + 1, len(line) - 1)]
        scale = max(math.cos(math.radians(lat)), 0.01)
        east = (after[1] - before[1]) * scale
        north = after[0] - before[0]
        size = math.hypot(east, north) or 1.0
        # the normal to the line's direction, in degrees of latitude and longitude
        d_lat = east / size * half_width_km / _KM_PER_DEGREE
        d_lon = -north / size * half_width_km / _KM_PER_DEGREE / scale
        left.append((round(lat + d_lat, 4), round(lon + d_lon, 4)))
        right.append((round(lat - d_lat, 4), round(lon - d_lon, 4)))
    return tuple(left + right[::-1])


def border_place(
    ours: Sequence[Ring], theirs: Sequence[Ring], *, name: str, query: str
) -> ResolvedPlace | None:
    """The border between two countries whose regions' outlines are `ours` and `theirs`, as a
    place called `name`; None when they share no border."""
    line = max(border_line(ours, theirs), border_line(theirs, ours), key=_length)
    if not line:
        return None
    half, walked = _length(line) / 2, 0.0
    middle = line[-1]
    for a, b in pairwise(line):
        walked += km(a, b)
        if walked >= half:
            middle = b
            break
    note = (
        f"The {name}: the points of the two countries' first-level region outlines (Natural "
        f"Earth, simplified) within {NEAR_KM:g} km of each other, drawn as a band "
        f"{2 * _HALF_WIDTH_KM:g} km wide (approximate); the point is its middle."
    )
    return ResolvedPlace(
        query=query,
        name=name,
        lat=middle[0],
        lon=middle[1],
        country="",
        source="naturalearth",
        precision="region",
        area=band(line),
        note=note,
    )
