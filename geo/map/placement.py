"""Where marks sit: events at one place spread on a ring around it, with thin legs to the point."""

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import folium

from geo.gazetteer import ResolvedPlace
from geo.map.symbology import MARKER_SIZE
from geo.model import Event
from geo.stories import Story


def ring_offsets(count: int) -> list[tuple[int, int]]:
    """Pixel offsets that spread `count` markers of one place on a ring (first at the top)."""
    if count <= 1:
        return [(0, 0)] * count
    radius = max(18.0, count * (MARKER_SIZE + 4) / (2 * math.pi))
    return [
        (
            round(radius * math.sin(2 * math.pi * index / count)),
            round(-radius * math.cos(2 * math.pi * index / count)),
        )
        for index in range(count)
    ]


@dataclass(frozen=True)
class Placement:
    """Where a single-place event's marker sits: its place and its pixel offset on the ring."""

    place: ResolvedPlace
    offset: tuple[int, int]


def placements(events: Iterable[Event], story: Story) -> dict[str, Placement]:
    """Ring offsets for single-place events by event id, shared across layers so that no two
    marks overlap (in date order around the ring, the first at the top)."""
    by_place: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.place is not None:
            by_place[event.place].append(event)
    result = {}
    for name, located in by_place.items():
        located.sort(key=lambda e: (e.date_start, e.id))
        for event, offset in zip(located, ring_offsets(len(located)), strict=True):
            result[event.id] = Placement(story.place_of(name), offset)
    return result


def spider(place: ResolvedPlace, offsets: list[tuple[int, int]]) -> folium.Marker:
    """Thin legs from a place's true point to its spread-out markers, and a dot on the point."""
    reach = max(max(abs(dx), abs(dy)) for dx, dy in offsets) + 2
    size = 2 * reach
    legs = "".join(
        f'<line x1="{reach}" y1="{reach}" x2="{reach + dx}" y2="{reach + dy}"/>'
        for dx, dy in offsets
    )
    svg = (
        f'<svg width="{size}" height="{size}" xmlns="http://www.w3.org/2000/svg">'
        f'<g stroke="#333" stroke-width="1.2" opacity="0.7">{legs}</g>'
        f'<circle cx="{reach}" cy="{reach}" r="3" fill="#333"/></svg>'
    )
    icon = folium.DivIcon(
        html=svg, icon_size=(size, size), icon_anchor=(reach, reach), class_name="nm-spider"
    )
    return folium.Marker(place.location, icon=icon, interactive=False, z_index_offset=-1000)
