"""Assembling the sorted JSON records: unique ids, stored outlines and stand-in points."""

from __future__ import annotations

from collections import Counter
from typing import Any

from geo.build_areas.geometry import (
    point_in_polygon,
    point_in_ring,
    polylabel,
    scaled_area,
    stored_ring,
)
from geo.build_areas.model import Area
from geo.build_areas.names import drop_group_names, drop_neighbour_names
from geo.build_areas.naturalearth import (
    area_of_feature,
    country_of,
    district_areas,
    region_group_areas,
)
from geo.names import name_key

SECOND_PART_MIN_SHARE = 0.1  # a second part is kept when its area is >= 10 % of the largest


def finish(area: Area) -> dict[str, Any]:
    """Choose and simplify the stored parts and the stand-in point; the JSON record."""
    parts = sorted(area.parts, key=lambda polygon: -scaled_area(polygon[0]))
    kept = parts[:1]
    largest = scaled_area(parts[0][0])
    if len(parts) > 1 and scaled_area(parts[1][0]) >= SECOND_PART_MIN_SHARE * largest:
        kept.append(parts[1])
    stored = [stored_ring(polygon[0]) for polygon in kept]
    point = area.label
    if point is None or not (
        any(point_in_polygon(point, polygon) for polygon in kept)
        and any(point_in_ring((round(point[0], 3), round(point[1], 3)), ring) for ring in stored)
    ):
        point = polylabel([stored[0]])
        if not point_in_polygon(point, kept[0]):  # the outline's pole fell outside the source
            rings = [stored_ring(ring) for ring in kept[0]]
            point = polylabel(rings, 0.002)
    return {
        "id": area.id,
        "name": area.name,
        "name_fr": area.name_fr,
        "aliases": area.aliases,
        "kind": "region",
        "country": area.country,
        "lat": round(point[1], 3),
        "lon": round(point[0], 3),
        "area": [[[y, x] for x, y in ring] for ring in stored],
        "source": area.source,
    }


def build(features: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """All records, sorted."""
    per_country = Counter(country_of(f["properties"]) for f in features if f.get("geometry"))
    divided = frozenset(country for country, count in per_country.items() if count > 1)
    areas = [area for feature in features if (area := area_of_feature(feature, divided))]
    drop_neighbour_names(areas)
    areas.extend(district_areas(features))
    areas.extend(region_group_areas(features))
    drop_group_names(areas)
    identifiers = Counter(area.id for area in areas)
    for area in areas:  # Natural Earth gives some cities and their county the same ISO code
        if identifiers[area.id] > 1 and area.ne_code:
            area.id = area.ne_code
    identifiers = Counter(area.id for area in areas)
    if duplicated := sorted(i for i, n in identifiers.items() if n > 1):
        raise SystemExit(f"duplicate ids: {duplicated}")
    records = [finish(area) for area in areas]
    records.sort(key=lambda r: (r["kind"], r["country"], name_key(r["name"]), r["name"], r["id"]))
    return records
