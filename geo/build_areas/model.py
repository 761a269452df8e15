"""The Area record being built from Natural Earth features, before it is written out."""

from __future__ import annotations

from dataclasses import dataclass

from geo.build_areas.geometry import Point, Ring


@dataclass
class Area:
    """One area being built; `parts` are Natural Earth polygons: [outer ring, *holes]."""

    id: str
    name: str
    name_fr: str
    aliases: list[str]
    country: str
    label: Point | None
    parts: list[list[Ring]]
    source: str
    group: str = ""  # the REGION_GROUPS key of the region it belongs to
    ne_code: str = ""  # Natural Earth's adm1_code, unique
    stems: frozenset[str] = frozenset()  # normalised own short names ("kursk", "koursk")
