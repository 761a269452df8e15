"""The changing part of the map: one feature group per layer of the vocabulary, the places named
without events, and the view update, for the filtered events."""

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

import folium

from geo import vocabulary
from geo.gazetteer import ResolvedPlace
from geo.map.elements import ViewUpdate
from geo.map.movements import MovementDrawing, draw_movement
from geo.map.placement import Placement, placements, spider
from geo.map.popups import (
    event_popup,
    event_tooltip,
    place_tooltip,
    popup,
    region_popup_html,
    tooltip,
)
from geo.map.symbology import MARKER_SIZE, NEUTRAL, actor_color, marker_svg
from geo.model import Actor, Event
from geo.safe_html import escape_text
from geo.stories import Story

MENTIONS_LAYER = "Other places named"
VIEW_GROUP = "view"


def _event_marker(
    event: Event, placement: Placement, story: Story, actors: Mapping[str, Actor]
) -> folium.Marker:
    dx, dy = placement.offset
    half = MARKER_SIZE // 2
    icon = folium.DivIcon(
        html=(
            f'<div class="nm-marker" data-event="{escape_text(event.id)}" '
            f'data-layer="{escape_text(event.layer)}">'
            f"{marker_svg(event.kind, actor_color(actors, event.actor), event.status)}</div>"
        ),
        icon_size=(MARKER_SIZE, MARKER_SIZE),
        icon_anchor=(half - dx, half - dy),
        popup_anchor=(dx, dy - half),
        class_name="nm-marker-icon",
    )
    icon.options["tooltipAnchor"] = (dx + half, dy)
    return folium.Marker(
        placement.place.location,
        icon=icon,
        tooltip=event_tooltip(event, actors),
        popup=event_popup(event, story, actors),
    )


def _region_area(place: ResolvedPlace, events: list[Event]) -> folium.Polygon:
    return folium.Polygon(
        list(place.area),
        color=NEUTRAL,
        weight=1.5,
        dash_array="6 6",
        fill=True,
        fill_color="#b15928",
        fill_opacity=0.12,
        tooltip=tooltip(place_tooltip(place)),
        popup=popup(region_popup_html(place, events)),
        class_name="nm-region-area",
    )


@dataclass(frozen=True)
class LayerDrawing:
    """The filtered events as map elements, before they are put into feature groups."""

    markers: dict[str, folium.Marker]  # single-place events' markers, by event id
    movements: dict[str, MovementDrawing]  # movements, by event id
    spiders: list[tuple[str, folium.Marker]]  # (layer, legs from a place to its markers)
    areas: list[tuple[str, folium.Polygon]]  # (layer, a region named by its events)
    event_layers: dict[str, str]  # event id → layer id
    fit_points: list[tuple[float, float]]  # what the view fits

    def elements(self, layer: str) -> list[folium.Element]:
        """Every element of one layer, in drawing order: areas under legs under lines."""
        drawn: list[folium.Element] = [area for in_layer, area in self.areas if in_layer == layer]
        drawn += [legs for in_layer, legs in self.spiders if in_layer == layer]
        for event_id, movement in self.movements.items():
            if self.event_layers[event_id] == layer:
                drawn += movement.elements
        drawn += [m for event_id, m in self.markers.items() if self.event_layers[event_id] == layer]
        return drawn


def draw_events(story: Story, events: list[Event], actors: Mapping[str, Actor]) -> LayerDrawing:
    """The map elements of these (filtered) events, and the points the view should fit."""
    placed = placements(events, story)
    markers: dict[str, folium.Marker] = {}
    movements: dict[str, MovementDrawing] = {}
    fit_points: list[tuple[float, float]] = []
    regions: dict[tuple[str, str], list[Event]] = defaultdict(list)
    spread: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for event in events:
        if event.is_movement:
            movement = draw_movement(event, story, actors, len(movements))
            movements[event.id] = movement
            path = movement.path
            fit_points.extend([*path[:: max(1, len(path) // 8)], path[-1]])
        else:
            placement = placed[event.id]
            markers[event.id] = _event_marker(event, placement, story, actors)
            fit_points.append(placement.place.location)
            spread[(event.layer, placement.place.query)].append(placement.offset)
        for name in event.place_names:
            if story.place_of(name).precision == "region":
                regions[(event.layer, name)].append(event)
    spiders = [
        (layer, spider(story.place_of(name), offsets))
        for (layer, name), offsets in spread.items()
        if len(offsets) > 1
    ]
    areas = []
    for (layer, name), region_events in regions.items():
        place = story.place_of(name)
        areas.append((layer, _region_area(place, region_events)))
        fit_points.extend(place.area)
    event_layers = {event.id: event.layer for event in events}
    return LayerDrawing(markers, movements, spiders, areas, event_layers, fit_points)


def build_layers(
    story: Story, events: list[Event], actors: Mapping[str, Actor], *, fit_token: int = 0
) -> list[folium.FeatureGroup]:
    """The map's layers for these (filtered) events, as `feature_group_to_add`: one group per
    layer of `vocabulary.LAYERS` (in its order), the other places named, and the view update
    (not listed in the layer control)."""
    drawing = draw_events(story, events, actors)
    groups = []
    for term in vocabulary.LAYERS:
        group = folium.FeatureGroup(name=term.name_en, control=True)
        for element in drawing.elements(term.id):
            element.add_to(group)
        groups.append(group)
    view = folium.FeatureGroup(name=VIEW_GROUP, control=False)
    ViewUpdate(drawing.fit_points, fit_token).add_to(view)
    return [*groups, _mentions_group(story, events), view]


def _mentions_group(story: Story, events: list[Event]) -> folium.FeatureGroup:
    """Reference points for places the source names where none of the shown events happens
    (e.g. Vladivostok, named to situate Ussuriysk): a grey dot and the name, no event. Listed
    in the layer control only for stories that have such mentions."""
    shown = {name for event in events for name in event.place_names}
    group = folium.FeatureGroup(name=MENTIONS_LAYER, control=bool(story.mentions))
    for mention in story.mentions:
        if mention.place in shown:
            continue
        place = story.place_of(mention.place)
        text = f"{place.name}: named in the source (“{mention.place_text}”), no event shown here"
        if mention.note:
            text += f". {mention.note}"
        icon = folium.DivIcon(
            html=(
                '<div class="nm-mention"><span class="nm-mention-dot"></span>'
                f"{escape_text(place.name)}</div>"
            ),
            icon_size=(140, 16),
            icon_anchor=(5, 8),
            class_name="nm-mention-icon",
        )
        folium.Marker(place.location, icon=icon, tooltip=tooltip(text)).add_to(group)
    return group


def build_layer_control() -> folium.LayerControl:
    """The layer control listing the base maps and the event layers: folded into a button at the
    top right (it opens on hover or tap), so it never covers a mark or a popup."""
    return folium.LayerControl(position="topright", collapsed=True)
