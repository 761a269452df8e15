"""Every entry of `data/seas.yaml` against the rules its header states, and the importer finding
water bodies' names in sentences.

Each check takes the entries and returns its problems, one line per fault naming the entry, so
that a test can run it on an entry broken on purpose (in a copy of the file) and see it fail.
"""

import json
from collections.abc import Callable, Sequence
from functools import cache
from itertools import combinations, pairwise
from pathlib import Path
from typing import Any

import pytest
import yaml

from geo.areas import AREAS_FILE, SEAS_FILE, AreaIndex, SeaEntry
from geo.draft.mentions import PlaceMention
from geo.draft.places import PlaceFinder
from geo.files import load_records
from geo.names import name_key
from geo.resolver import PlaceResolver
from tests.test_draft_places import Expected, _find, case

# The header's rule: 8 to 25 vertices (the fewest in the file are 8, the pydantic model's floor
# is 3).
FEWEST_VERTICES, MOST_VERTICES = 8, 25
# An edge along a pole's parallel may span the whole map: the Arctic Ocean's closing edge.
POLAR_LATITUDE = 89.9
# Kinds whose stand-in point may lie inside a region's outline: a lake is inside its country,
# and the Suez Canal is narrower than the simplified outlines of the regions it crosses.
INLAND_KINDS = ("lake", "canal")

Point = tuple[float, float]
Check = Callable[[Sequence[SeaEntry]], list[str]]


def load_seas(path: Path) -> list[SeaEntry]:
    """The entries of a seas file, read as `geo.areas.AreaIndex` reads them."""
    records, problems = load_records(path, "seas", SeaEntry, name_key="name", entry="sea")
    assert problems == [], problems
    return [sea for _, sea in records]


@cache
def region_outlines() -> tuple[tuple[str, tuple[float, ...], tuple[Point, ...]], ...]:
    """(name, bounding box, ring) of every ring of every region of `data/areas.json`, read as
    `geo.areas.AreaIndex` reads it: one JSON record a line, its `area` a list of rings."""
    outlines = []
    for line in AREAS_FILE.read_text(encoding="utf-8").splitlines():
        text = line.strip().rstrip(",")
        if not text.startswith("{"):
            continue
        record = json.loads(text)
        for ring in record["area"]:
            lats, lons = [lat for lat, _ in ring], [lon for _, lon in ring]
            box = (min(lats), max(lats), min(lons), max(lons))
            outlines.append((record["name"], box, tuple((lat, lon) for lat, lon in ring)))
    return tuple(outlines)


def inside(point: Point, ring: Sequence[Point]) -> bool:
    """Whether (lat, lon) lies inside the ring (ray casting along the parallel)."""
    lat, lon = point
    hit = False
    for (lat1, lon1), (lat2, lon2) in zip(ring, [*ring[1:], ring[0]], strict=True):
        if (lat1 > lat) != (lat2 > lat):
            crossing = lon1 + (lat - lat1) * (lon2 - lon1) / (lat2 - lat1)
            if lon < crossing:
                hit = not hit
    return hit


def _turn(a: Point, b: Point, c: Point) -> int:
    cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return (cross > 0) - (cross < 0)


def _within(a: Point, b: Point, c: Point) -> bool:
    """Whether c, on the line through a and b, lies on the segment a-b."""
    return min(a[0], b[0]) <= c[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= c[1] <= max(a[1], b[1])


def _touch(a: Point, b: Point, c: Point, d: Point) -> bool:
    """Whether the segments a-b and c-d cross or touch."""
    turns = _turn(a, b, c), _turn(a, b, d), _turn(c, d, a), _turn(c, d, b)
    if turns[0] * turns[1] < 0 and turns[2] * turns[3] < 0:
        return True
    ends = ((a, b, c), (a, b, d), (c, d, a), (c, d, b))
    return any(turn == 0 and _within(*end) for turn, end in zip(turns, ends, strict=True))


def vertex_count_problems(entries: Sequence[SeaEntry]) -> list[str]:
    return [
        f"{sea.name}: {len(sea.area)} vertices, not {FEWEST_VERTICES} to {MOST_VERTICES}"
        for sea in entries
        if not FEWEST_VERTICES <= len(sea.area) <= MOST_VERTICES
    ]


def crossing_problems(entries: Sequence[SeaEntry]) -> list[str]:
    """Outlines that are no simple polygon: a repeated vertex, an edge folding back on the one
    before it, or two edges that are not neighbours crossing or touching."""
    problems = []
    for sea in entries:
        ring = list(sea.area)
        if len(set(ring)) < len(ring):
            problems.append(f"{sea.name}: a vertex is repeated")
            continue
        edges = list(zip(ring, [*ring[1:], ring[0]], strict=True))
        for (a, b), (_, c) in pairwise([*edges, edges[0]]):
            dot = (a[0] - b[0]) * (c[0] - b[0]) + (a[1] - b[1]) * (c[1] - b[1])
            if _turn(a, b, c) == 0 and dot > 0:
                problems.append(f"{sea.name}: the edges at {b} fold back")
        for (i, first), (j, second) in combinations(enumerate(edges), 2):
            if j - i > 1 and not (i == 0 and j == len(edges) - 1) and _touch(*first, *second):
                problems.append(f"{sea.name}: edges {first} and {second} cross")
    return problems


def point_problems(entries: Sequence[SeaEntry]) -> list[str]:
    return [
        f"{sea.name}: the stand-in point ({sea.lat}, {sea.lon}) is outside the outline"
        for sea in entries
        if not inside((sea.lat, sea.lon), sea.area)
    ]


def span_problems(entries: Sequence[SeaEntry]) -> list[str]:
    """Coordinates out of range, and edges spanning more than 180° of longitude (an outline
    crossing the antimeridian), except along a pole's parallel."""
    problems = []
    for sea in entries:
        for lat, lon in [(sea.lat, sea.lon), *sea.area]:
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                problems.append(f"{sea.name}: ({lat}, {lon}) is out of range")
        for a, b in zip(sea.area, [*sea.area[1:], sea.area[0]], strict=True):
            polar = min(abs(a[0]), abs(b[0])) >= POLAR_LATITUDE
            if abs(a[1] - b[1]) > 180 and not polar:
                problems.append(f"{sea.name}: the edge {a}-{b} spans more than 180° of longitude")
    return problems


def name_problems(entries: Sequence[SeaEntry]) -> list[str]:
    """Names, French names and aliases that two entries share once case, accents and
    punctuation are ignored (`geo.names.name_key`)."""
    owners: dict[str, str] = {}
    problems = []
    for sea in entries:
        for spelling in {name_key(s): s for s in (sea.name, sea.name_fr, *sea.aliases)}.values():
            owner = owners.setdefault(name_key(spelling), sea.name)
            if owner != sea.name:
                problems.append(f"{sea.name}: {spelling!r} also names {owner}")
    return problems


def land_problems(entries: Sequence[SeaEntry]) -> list[str]:
    """Stand-in points inside a first-level region's outline (on land), except for lakes and
    canals."""
    problems = []
    for sea in entries:
        if sea.kind in INLAND_KINDS:
            continue
        for region, (south, north, west, east), ring in region_outlines():
            in_box = south <= sea.lat <= north and west <= sea.lon <= east
            if in_box and inside((sea.lat, sea.lon), ring):
                problems.append(f"{sea.name}: the stand-in point is in {region}")
    return problems


CHECKS: dict[str, Check] = {
    "vertices": vertex_count_problems,
    "simple": crossing_problems,
    "point inside": point_problems,
    "span": span_problems,
    "names": name_problems,
    "on water": land_problems,
}


@pytest.fixture(scope="module")
def entries() -> list[SeaEntry]:
    return load_seas(SEAS_FILE)


def test_the_project_reads_the_file_without_problems(entries: list[SeaEntry]) -> None:
    assert AreaIndex(seas_file=SEAS_FILE).problems == []
    assert len(entries) == len(yaml.safe_load(SEAS_FILE.read_text(encoding="utf-8"))["seas"])


@pytest.mark.parametrize("check", CHECKS)
def test_every_entry_keeps_the_rules(entries: list[SeaEntry], check: str) -> None:
    assert CHECKS[check](entries) == []


def _broken_copy(tmp_path: Path, name: str, change: Callable[[dict[str, Any]], None]) -> Path:
    """A copy of `data/seas.yaml` with the entry `name` changed."""
    document = yaml.safe_load(SEAS_FILE.read_text(encoding="utf-8"))
    entry = next(raw for raw in document["seas"] if raw["name"] == name)
    change(entry)
    path = tmp_path / "seas.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return path


def _more_vertices(entry: dict[str, Any]) -> None:
    """A vertex in the middle of every edge: the same outline, with twice the vertices."""
    area = entry["area"]
    middles = [[(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] for a, b in pairwise([*area, area[0]])]
    entry["area"] = [point for pair in zip(area, middles, strict=True) for point in pair]


def _reversed_stretch(entry: dict[str, Any]) -> None:
    area = entry["area"]  # "2-opt" backwards: two edges cross
    entry["area"] = area[:5] + area[5:15][::-1] + area[15:]


BREAKAGES = {
    "vertices": ("Black Sea", _more_vertices),
    "simple": ("Black Sea", _reversed_stretch),
    "point inside": ("Black Sea", lambda entry: entry.update(lat=35.0, lon=30.0)),
    "span": ("Black Sea", lambda entry: entry["area"].__setitem__(0, [46.65, -150.0])),
    "names": ("Sea of Azov", lambda entry: entry["aliases"].append("BLACK SEA")),
    "on water": ("Black Sea", lambda entry: entry.update(lat=50.45, lon=30.52)),  # Kyiv
}


@pytest.mark.parametrize("check", CHECKS)
def test_each_check_reports_a_broken_entry(tmp_path: Path, check: str) -> None:
    name, change = BREAKAGES[check]
    problems = CHECKS[check](load_seas(_broken_copy(tmp_path, name, change)))
    assert problems and all(problem.startswith(name) for problem in problems), problems


def test_a_lake_is_on_land_only_as_a_lake(tmp_path: Path) -> None:
    """The Dead Sea's point is inside a region's outline: allowed for a lake only."""
    path = _broken_copy(tmp_path, "Dead Sea", lambda entry: entry.update(kind="sea"))
    assert land_problems(load_seas(path)) == ["Dead Sea: the stand-in point is in Madaba"]


def test_the_reader_refuses_coordinates_out_of_range(tmp_path: Path) -> None:
    path = _broken_copy(tmp_path, "Black Sea", lambda entry: entry.update(lat=95.0))
    problems = AreaIndex(seas_file=path).problems
    assert [(problem.event, problem.field) for problem in problems] == [("'Black Sea' (#1)", "lat")]


@pytest.fixture(scope="module")
def finder(resolver: PlaceResolver) -> PlaceFinder:
    """The finder with every layer (the session's resolver: GeoNames is built once)."""
    return PlaceFinder(resolver)


def _check(mentions: Sequence[PlaceMention], expected: Expected) -> None:
    """Stricter than the place tests' check: the very words, and only water bodies."""
    found = [(m.text, m.name, m.kind) for m in mentions]
    assert [(m.text, m.name) for m in mentions] == expected, found
    assert {m.kind for m in mentions} <= {"sea"}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        case(
            "Thai gunboats patrolled the Gulf of Thailand.",
            ("Gulf of Thailand", "Gulf of Thailand"),
        ),
        case(
            "Un navire a été arraisonné dans le golfe de Guinée.",
            ("golfe de Guinée", "Gulf of Guinea"),
        ),
        case(
            "Le Pacifique Sud est agité par la crise calédonienne.",
            ("Pacifique Sud", "South Pacific Ocean"),
        ),
        case("Un missile est tombé dans le Pacifique.", ("Pacifique", "Pacific Ocean")),
        case("Un chalutier a coulé dans l’océan Indien.", ("océan Indien", "Indian Ocean")),
        case(
            "Russian submarines are active in the North Atlantic.",
            ("North Atlantic", "North Atlantic Ocean"),
        ),
        case(
            "Des migrants ont péri dans le canal de Sicile.",
            ("canal de Sicile", "Strait of Sicily"),
        ),
        case(
            "A Russian frigate sailed through the Skagerrak and the Kattegat.",
            ("Skagerrak", "Skagerrak"),
            ("Kattegat", "Kattegat"),
        ),
        case("Des exercices ont eu lieu en mer Blanche.", ("mer Blanche", "White Sea")),
        case("Des navires croisent dans le golfe de Syrte.", ("golfe de Syrte", "Gulf of Sidra")),
        case("Warships entered the Gulf of Sirte.", ("Gulf of Sirte", "Gulf of Sidra")),
        case("La mer Morte recule chaque année.", ("mer Morte", "Dead Sea")),
        case("Rockets fell into the Sea of Galilee.", ("Sea of Galilee", "Sea of Galilee")),
        case("Boko Haram fighters attacked islands on Lake Chad.", ("Lake Chad", "Lake Chad")),
        case("Fighting reached the shores of Lake Kivu.", ("Lake Kivu", "Lake Kivu")),
        # "lac" starts a French name in lower case, like "mer" or "golfe": not the country Chad
        case("Des pêcheurs ont été tués sur le lac Tchad.", ("lac Tchad", "Lake Chad")),
        case(
            "Des roquettes sont tombées dans le lac de Tibériade.",
            ("lac de Tibériade", "Sea of Galilee"),
        ),
        case("Les combats ont atteint le lac Kivu.", ("lac Kivu", "Lake Kivu")),
    ],
)
def test_the_importer_finds_water_bodies(
    finder: PlaceFinder, text: str, expected: Expected
) -> None:
    _check(_find(finder, text), expected)


@pytest.mark.parametrize(
    "text",
    [
        # "Atlantic" alone is no alias: it starts the names of a think tank and a magazine,
        "The Atlantic Council said the strike was a warning.",
        # "Atlantique" alone neither: it is a department of Benin;
        "Au Bénin, des pluies ont touché Ouidah, dans l’Atlantique.",
        # nor the names of countries, cities or regions on a lake's shore.
        "Victoria and Chad were mentioned.",
        "Les combats font rage au Nord-Kivu.",
    ],
)
def test_names_that_mostly_mean_something_else_are_no_water_body(
    finder: PlaceFinder, text: str
) -> None:
    assert [m.text for m in _find(finder, text) if m.kind == "sea"] == []
