"""The changing part of the map: one feature group per layer of the story, the places named
without events, and the view update, for the filtered events."""

import base64
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import folium

from geo import vocabulary
from geo.actors import actor_code
from geo.columns import EventSet
from geo.gazetteer import ResolvedPlace
from geo.i18n import Words
from geo.map.bulk import (
    BulkEvents,
    bulk_box,
    bulk_texts,
    in_bulk,
    listed_events,
    packed,
    packed_key,
    shown_bits,
)
from geo.map.elements import ViewUpdate
from geo.map.legend import legend_html
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
from geo.model import Event
from geo.safe_html import escape_text
from geo.stories import Story

VIEW_GROUP = "view"
BULK_GROUP = "events in bulk"  # a big story's single-place events (not in the layer control)
# Places named without an event lie under the event marks (600), over the lines (400).
MENTION_PANE = "nm-mentions"
MENTION_PANE_Z_INDEX = 550
# Regions' areas lie under everything else, a story's background data included (static/app/
# bulk.js draws it at 350), so that it stays within reach over an area.
AREA_PANE = "nm-areas"
AREA_PANE_Z_INDEX = 340


def _event_marker(
    event: Event, placement: Placement, story: Story, words: Words, link: str
) -> folium.Marker:
    dx, dy = placement.offset
    half = MARKER_SIZE // 2
    icon = folium.DivIcon(
        html=(
            f'<div class="nm-marker" data-event="{escape_text(event.id)}" '
            f'data-layer="{escape_text(event.layer)}">'
            f"{_marker(event, words)}</div>"
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
        tooltip=event_tooltip(event, words),
        popup=event_popup(event, story, words, link),
    )


def _marker(event: Event, words: Words) -> str:
    actor = words.actors.get(event.actor)
    code = actor_code(actor) if actor else ""
    return marker_svg(event.kind, actor_color(words.actors, event.actor), event.status, code=code)


def _region_area(place: ResolvedPlace, events: Sequence[Event], words: Words) -> folium.Polygon:
    area = folium.Polygon(
        list(place.area),
        color=NEUTRAL,
        weight=1.5,
        dash_array="6 6",
        fill=True,
        fill_color="#b15928",
        fill_opacity=0.12,
        tooltip=tooltip(place_tooltip(place, words)),
        popup=popup(region_popup_html(place, events, words)),
        class_name="nm-region-area",
    )
    area.options["pane"] = AREA_PANE  # (folium's path options leave a pane out)
    return area


@dataclass(frozen=True)
class LayerDrawing:
    """The filtered events as map elements, before they are put into feature groups."""

    markers: dict[str, folium.Marker]  # single-place events' markers, by event id
    movements: dict[str, MovementDrawing]  # movements, by event id
    spiders: list[tuple[str, folium.Marker]]  # (layer, legs from a place to its markers)
    areas: list[tuple[str, folium.Polygon]]  # (layer, a region named by its events)
    event_layers: dict[str, str]  # event id → layer id
    fit_points: list[tuple[float, float]]  # what the view fits
    names: list[tuple[str, folium.Marker]]  # (layer, the name of a place of its events)

    def elements(self, layer: str) -> list[folium.Element]:
        """Every element of one layer, in drawing order: areas under legs under lines."""
        drawn: list[folium.Element] = [area for in_layer, area in self.areas if in_layer == layer]
        drawn += [legs for in_layer, legs in self.spiders if in_layer == layer]
        for event_id, movement in self.movements.items():
            if self.event_layers[event_id] == layer:
                drawn += movement.elements
        drawn += [m for event_id, m in self.markers.items() if self.event_layers[event_id] == layer]
        drawn += [name for in_layer, name in self.names if in_layer == layer]
        return drawn


def _place_name(place: ResolvedPlace) -> folium.Marker:
    """A place's name beside it, under the marks; the map shows it where there is room for it
    (newsmap.declutter hides a name that would cover a mark, a number or another name)."""
    icon = folium.DivIcon(
        html=f'<span class="nm-place-name">{escape_text(place.name)}</span>',
        icon_size=(160, 14),
        icon_anchor=(-(MARKER_SIZE // 2 + 3), 7),
        class_name="nm-name-icon",
    )
    return folium.Marker(place.location, icon=icon, interactive=False, pane=MENTION_PANE)


def draw_events(
    story: Story, events: Sequence[Event], words: Words, link: str = ""
) -> LayerDrawing:
    """The map elements of these (filtered) events, and the points the view should fit; with
    `link` (the view's share link), each popup links to its event in that view."""
    placed = placements(events, story)
    markers: dict[str, folium.Marker] = {}
    movements: dict[str, MovementDrawing] = {}
    fit_points: list[tuple[float, float]] = []
    regions: dict[tuple[str, str], list[Event]] = defaultdict(list)
    spread: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for event in events:
        if event.is_movement:
            movement = draw_movement(event, story, words, len(movements), link)
            movements[event.id] = movement
            path = movement.path
            fit_points.extend([*path[:: max(1, len(path) // 8)], path[-1]])
        else:
            placement = placed[event.id]
            markers[event.id] = _event_marker(event, placement, story, words, link)
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
        areas.append((layer, _region_area(place, region_events, words)))
        fit_points.extend(place.area)
    event_layers = {event.id: event.layer for event in events}
    named = {
        (event.layer, story.place_of(name).query): story.place_of(name)
        for event in events
        for name in event.place_names
        if story.place_of(name).precision != "region"  # an area shows its name on hover
    }
    names = [(layer, _place_name(place)) for (layer, _), place in named.items()]
    return LayerDrawing(markers, movements, spiders, areas, event_layers, fit_points, names)


def build_layers(
    story: Story,
    events: Sequence[Event],
    words: Words,
    *,
    fit_token: int = 0,
    focus: str = "",
    link: str = "",
    at: date | None = None,
    bulk_inline: bool = False,
    context: EventSet | None = None,
) -> list[folium.FeatureGroup]:
    """The map's layers for these (filtered) events, as `feature_group_to_add`: one group per
    layer of the story (in the vocabulary's order, whatever the filters), the other places
    named, and the view update (not listed in the layer control), which opens the event
    `focus` and the playback on the day `at`; with `link` (the view's share link) each popup
    links to its event in that view. A big story's events drawn in bulk come from the data its
    page keeps (dashboard.bulk), or with `bulk_inline` in the map itself (a page of its own);
    so do the `context` events (those of the story's background data the view shows)."""
    shown = EventSet.of(story, events)
    bulk = in_bulk(shown.shown.singles)
    drawn = shown.movements if bulk else list(shown)
    drawing = draw_events(story, drawn, words, link)
    groups = []
    for term in (vocabulary.LAYERS[layer] for layer in story.layer_ids()):
        group = folium.FeatureGroup(name=term.name(words.language), control=True)
        for element in drawing.elements(term.id):
            element.add_to(group)
        groups.append(group)
    if bulk:  # one group out of the layer control, which shows and hides its events by layer
        groups.append(_bulk_group(shown, words, BULK_GROUP, focus=focus, inline=bulk_inline))
        # the view fits the corners of the bulk events' box, not every point
        drawing.fit_points.extend(bulk_box(shown))
    if context is not None:  # drawn first: under the story's events
        title = context.story.meta.title
        name = words.count("map.context_layer", len(context), title=title)
        groups.insert(0, _bulk_group(context, words, name, inline=bulk_inline, background=True))
    view = folium.FeatureGroup(name=VIEW_GROUP, control=False)
    legend = legend_html(story, shown, words, context=context)
    # Playback shows and hides marks by day (bulk.js plays its events back by their first day).
    days = {e.id: (e.date_start.isoformat(), e.date_end.isoformat()) for e in drawn}
    ViewUpdate(
        drawing.fit_points,
        fit_token,
        legend,
        words("legend.title"),
        focus,
        days,
        at.isoformat() if at else "",
    ).add_to(view)
    return [*groups, _mentions_group(story, shown, words), view]


def _bulk_group(
    events: EventSet,
    words: Words,
    name: str,
    *,
    focus: str = "",
    inline: bool,
    background: bool = False,
) -> folium.FeatureGroup:
    """A group of events drawn in bulk (`geo.map.bulk`): a big story's own, out of the layer
    control (its layers show and hide them), or a story's `background` data, which the
    control lists and which is drawn faded, under the story's marks."""
    story = events.story
    group = folium.FeatureGroup(name=name, control=background)
    data = packed(story)
    source = {"key": packed_key(data)}
    if inline:
        source["inline"] = base64.b64encode(data).decode()
    texts = bulk_texts(story, Words(words.language, story.actors), focus)  # its actors' names
    texts["background"] = background
    texts["listed"] = {} if background else listed_events(events)
    BulkEvents(source, shown_bits(events), texts).add_to(group)
    return group


def _mentions_group(story: Story, events: EventSet, words: Words) -> folium.FeatureGroup:
    """Reference points for places the source names where none of the shown events happens
    (e.g. Vladivostok, named to situate Ussuriysk): a grey dot and the name, no event. Listed
    in the layer control only for stories that have such mentions."""
    shown: set[str] = set()
    if story.mentions:
        columns = story.columns
        shown = {columns.place_names[code] for code in set(columns.place[events.singles])}
        shown.update(name for event in events.movements for name in event.place_names)
    group = folium.FeatureGroup(name=words("map.mentions_layer"), control=bool(story.mentions))
    for mention in story.mentions:
        if mention.place in shown:
            continue
        place = story.place_of(mention.place)
        text = words("popup.mention", name=place.name, text=mention.place_text)
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
        folium.Marker(place.location, icon=icon, tooltip=tooltip(text), pane=MENTION_PANE).add_to(
            group
        )
    return group


def build_layer_control() -> folium.LayerControl:
    """The layer control listing the base maps and the event layers: folded into a button at the
    top right (it opens on hover or tap), so it never covers a mark or a popup."""
    return folium.LayerControl(position="topright", collapsed=True)
