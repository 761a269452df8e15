"""Folium map building: a base map that stays the same for a story, and the layers that change.

streamlit-folium identifies its component by the base map's script, so the base map depends on
the story only; the filtered events travel as feature groups (`feature_group_to_add`) and the
map's zoom and pan survive filter changes (../shared/NOTES.md, "streamlit-folium").

Every string from a story or data file goes through `escape_text` before it reaches folium.
"""

import base64
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import folium
from branca.element import MacroElement
from jinja2 import Template

from geo.formatting import (
    actor_name,
    event_title,
    format_day,
    format_span,
    kind_label,
    status_label,
    troops_label,
)
from geo.gazetteer import ResolvedPlace
from geo.geodesy import geodesic_path, point_along, screen_angle
from geo.model import Actor, Event
from geo.safe_html import escape_text
from geo.stories import Story

LAYER_NAMES = {"troops": "Troop movements", "diplomacy": "Diplomatic actions"}
MENTIONS_LAYER = "Other places named"
MAP_HEIGHT = 620
MARKER_SIZE = 26
_NEUTRAL = "#4d4d4d"
# Troop numbers sit above the marks so they stay readable where marks crowd (they take no
# clicks, so a mark under a number can still be clicked); under tooltips (650) and popups.
_LABEL_PANE = "nm-labels"

# The map's scripts, styles and offline outlines are served by the app itself from static/
# (server.enableStaticServing), so the map needs no CDN. The map frame is streamlit-folium's
# component page, <app>/component/streamlit_folium.st_folium/index.html, so "../../app/static/"
# is the app's static folder wherever the app is mounted (at / locally, under /~/+/ on
# Community Cloud). static/vendor/README.md says where each file comes from.
STATIC_URL = "../../app/static/"
VENDORED_JS = [
    ("leaflet", "vendor/leaflet-1.9.3/leaflet.js"),
    ("jquery", "vendor/jquery-3.7.1/jquery.min.js"),  # folium's popups build their HTML with it
    ("topojson", "vendor/topojson-client-3.1.0/topojson-client.min.js"),
]
VENDORED_CSS = [("leaflet_css", "vendor/leaflet-1.9.3/leaflet.css")]
OFFLINE_OUTLINES = "vendor/world-atlas-2.0.2/countries-50m.json"

# Marker outline per kind, as SVG in a 26 × 26 box.
_SHAPES = {
    "statement": '<circle cx="13" cy="13" r="10"/>',
    "response": '<polygon points="2.5,4 23.5,4 13,23.5"/>',
    "summons": '<rect x="3.5" y="3.5" width="19" height="19" rx="2"/>',
    "agreement": '<polygon points="13,1.5 24.5,13 13,24.5 1.5,13"/>',
    "visit": '<polygon points="13,2.5 23.5,22 2.5,22"/>',
    "call": '<polygon points="13,2 23.5,9.7 19.5,22.5 6.5,22.5 2.5,9.7"/>',
    "intelligence_report": '<polygon points="7,3 19,3 24.5,13 19,23 7,23 1.5,13"/>',
    "video_release": '<polygon points="4,2.5 24,13 4,23.5"/>',
    "deployment": (
        '<polygon points="13,1.5 16,9.5 24.5,9.8 17.8,15 20.2,23.5 13,18.6 5.8,23.5 8.2,15 '
        '1.5,9.8 10,9.5"/>'
    ),
    "training": '<polygon points="9,2 17,2 17,9 24,9 24,17 17,17 17,24 9,24 9,17 2,17 2,9 9,9"/>',
    "transport": '<polygon points="2,4 16,4 24,13 16,22 2,22"/>',
    "plan": '<circle cx="13" cy="13" r="9" fill="#ffffff" stroke-width="4"/>',
}

# How sure a mark is, as outline and opacity. Lines: reported solid, planned/unconfirmed dashed.
_STATUS_STYLES = {
    "confirmed": {"stroke": "#ffffff", "stroke-width": "2", "fill-opacity": "1"},
    "claimed": {
        "stroke": "#1a1a1a",
        "stroke-width": "1.6",
        "stroke-dasharray": "3 2",
        "fill-opacity": "0.85",
    },
    "unconfirmed": {
        "stroke": "#1a1a1a",
        "stroke-width": "1.6",
        "stroke-dasharray": "1 2",
        "fill-opacity": "0.5",
    },
    "denied": {"stroke": "#1a1a1a", "stroke-width": "1.2", "fill-opacity": "0.3"},
}


def _style_attributes(style: Mapping[str, str]) -> str:
    return " ".join(f'{name}="{value}"' for name, value in style.items())


def marker_svg(kind: str, color: str, status: str) -> str:
    """The SVG of a marker: shape by kind, fill by actor colour, outline by status."""
    shape = _SHAPES[kind]
    style = dict(_STATUS_STYLES[status])
    if kind == "plan":  # a ring: the colour is the outline
        style["stroke"] = color
        style.pop("stroke-width", None)
    cross = (
        '<path d="M6 6 L20 20 M20 6 L6 20" stroke="#1a1a1a" stroke-width="2"/>'
        if status == "denied"
        else ""
    )
    return (
        f'<svg width="{MARKER_SIZE}" height="{MARKER_SIZE}" viewBox="0 0 26 26" '
        f'xmlns="http://www.w3.org/2000/svg"><g fill="{color}" {_style_attributes(style)}>'
        f"{shape}</g>{cross}</svg>"
    )


def line_weight(troops: int | None) -> float:
    """Line width in pixels, growing with the square root of the troop count (2 to 14)."""
    if not troops:
        return 2.5
    return round(min(14.0, 2.0 + math.sqrt(troops) / 12), 1)


def line_dash(event: Event) -> str | None:
    """Leaflet dashArray: reported movements solid, planned or unconfirmed dashed, denied dotted.

    Dashes scale with the line's width so that wide lines still read as dashed.
    """
    weight = line_weight(event.troops)
    if event.status == "denied":
        return f"{weight:g} {2.5 * weight:g}"
    if event.kind == "plan" or event.status == "unconfirmed":
        return f"{max(10, 2.2 * weight):g} {max(7, 1.4 * weight):g}"
    return None


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


def _actor_color(actors: Mapping[str, Actor], actor_id: str) -> str:
    actor = actors.get(actor_id)
    return actor.color if actor else _NEUTRAL


def _place_line(story: Story, name: str, text: str | None) -> str:
    """'Seoul (“Séoul” in the source) · exact' as escaped HTML."""
    place = story.place_of(name)
    if text is None:
        spelled = "not named in the source"
    elif text == name:
        spelled = "named in the source"
    else:
        spelled = f"“{escape_text(text)}” in the source"
    return f"{escape_text(place.name)} ({spelled})"


def popup_html(event: Event, story: Story, actors: Mapping[str, Actor]) -> str:
    """The click popup: date, actors, kind, status badge, summary, quote, place and source."""
    color = escape_text(_actor_color(actors, event.actor))
    who = escape_text(actor_name(actors, event.actor))
    if event.counterpart:
        who += " → " + escape_text(actor_name(actors, event.counterpart))
    if event.is_movement:
        where = (
            f"From {_place_line(story, event.origin, event.origin_text)} "  # type: ignore[arg-type]
            f"to {_place_line(story, event.destination, event.destination_text)}"  # type: ignore[arg-type]
        )
    else:
        where = _place_line(story, event.place, event.place_text)  # type: ignore[arg-type]
        if event.place_text is None:
            where += ": shown at the actor's seat"
    troops = (
        f'<div class="nm-troops-line">{troops_label(event.troops)} troops</div>'
        if event.troops
        else ""
    )
    link = ""
    if event.source_url:
        link = (
            f' · <a href="{escape_text(event.source_url)}" target="_blank" '
            'rel="noopener noreferrer">article</a>'
        )
    return (
        f'<div class="nm-popup" data-event="{escape_text(event.id)}">'
        f'<div class="nm-head">{escape_text(kind_label(event.kind))} · '
        f"{escape_text(format_span(event))}</div>"
        f'<div class="nm-actors"><span class="nm-swatch" style="background:{color}"></span>'
        f"{who}</div>"
        f'<span class="nm-badge nm-status-{escape_text(event.status)}">'
        f"{escape_text(status_label(event, actors))}</span>{troops}"
        f'<p class="nm-summary">{escape_text(event.summary)}</p>'
        f'<blockquote class="nm-quote" lang="{escape_text(story.meta.language)}">'
        f"{escape_text(event.quote)}</blockquote>"
        f'<div class="nm-where">{where} · {escape_text(event.geo_precision)} precision</div>'
        f'<div class="nm-source">Source: {escape_text(event.source)}, '
        f"{escape_text(format_day(event.source_date))}{link}</div></div>"
    )


# A popup that opens near an edge pans the map until it clears the zoom buttons and the layer
# button (top) and the attribution (bottom).
_POPUP_OPTIONS = {
    "max_width": 380,
    "lazy": True,
    "autoPanPaddingTopLeft": (50, 60),
    "autoPanPaddingBottomRight": (10, 30),
}


def _popup(event: Event, story: Story, actors: Mapping[str, Actor]) -> folium.Popup:
    return folium.Popup(popup_html(event, story, actors), **_POPUP_OPTIONS)


def _tooltip(text: str) -> folium.Tooltip:
    return folium.Tooltip(escape_text(text), sticky=True)


@dataclass(frozen=True)
class _Placement:
    """Where a single-place event's marker sits: its place and its offset on the ring."""

    place: ResolvedPlace
    offset: tuple[int, int]


def _placements(events: Iterable[Event], story: Story) -> dict[str, _Placement]:
    """Ring offsets for single-place events, shared across layers so no two marks overlap."""
    by_place: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if not event.is_movement:
            by_place[event.place].append(event)  # type: ignore[index]
    placements = {}
    for name, located in by_place.items():
        located.sort(key=lambda e: (e.date_start, e.id))
        for event, offset in zip(located, ring_offsets(len(located)), strict=True):
            placements[event.id] = _Placement(story.place_of(name), offset)
    return placements


def _event_marker(
    event: Event, placement: _Placement, story: Story, actors: Mapping[str, Actor]
) -> folium.Marker:
    dx, dy = placement.offset
    half = MARKER_SIZE // 2
    icon = folium.DivIcon(
        html=(
            f'<div class="nm-marker" data-event="{escape_text(event.id)}" '
            f'data-layer="{escape_text(event.layer)}">'
            f"{marker_svg(event.kind, _actor_color(actors, event.actor), event.status)}</div>"
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
        tooltip=_tooltip(event_title(event, actors)),
        popup=_popup(event, story, actors),
    )


def _spider(place: ResolvedPlace, offsets: list[tuple[int, int]]) -> folium.Marker:
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


def _place_tooltip(place: ResolvedPlace) -> str:
    if place.precision == "country":
        return f"{place.name}: country level only, the point stands for the whole country"
    if place.precision == "region":
        return f"{place.name}: an area, not a point"
    return place.name


def _endpoint(place: ResolvedPlace, color: str) -> folium.CircleMarker:
    if place.precision == "country":
        return folium.CircleMarker(
            place.location,
            radius=16,
            color=color,
            weight=2,
            dash_array="4 4",
            fill=False,
            tooltip=_tooltip(_place_tooltip(place)),
            class_name="nm-country",
        )
    return folium.CircleMarker(
        place.location,
        radius=4,
        color=color,
        weight=2,
        fill=True,
        fill_color="#ffffff",
        fill_opacity=1,
        tooltip=_tooltip(_place_tooltip(place)),
    )


def _region_area(place: ResolvedPlace, events: list[Event]) -> folium.Polygon:
    listed = "".join(f"<li>{escape_text(event.summary)}</li>" for event in events)
    html = (
        f'<div class="nm-popup nm-region"><div class="nm-head">{escape_text(place.name)}'
        f" · area (region precision)</div><p>{escape_text(place.note)}</p>"
        f"<ul>{listed}</ul></div>"
    )
    return folium.Polygon(
        list(place.area),
        color=_NEUTRAL,
        weight=1.5,
        dash_array="6 6",
        fill=True,
        fill_color="#b15928",
        fill_opacity=0.12,
        tooltip=_tooltip(_place_tooltip(place)),
        popup=folium.Popup(html, **_POPUP_OPTIONS),
        class_name="nm-region-area",
    )


def _arrowhead(event: Event, path: list[tuple[float, float]], color: str) -> folium.Marker:
    angle = screen_angle(path[-2], path[-1])
    svg = (
        f'<svg width="22" height="22" viewBox="0 0 22 22" style="transform: rotate({angle:.1f}deg)"'
        f' xmlns="http://www.w3.org/2000/svg"><polygon points="2,3 21,11 2,19 7,11" '
        f'fill="{color}" stroke="#ffffff" stroke-width="1.2"/></svg>'
    )
    icon = folium.DivIcon(
        html=f'<div class="nm-arrow" data-event="{escape_text(event.id)}">{svg}</div>',
        icon_size=(22, 22),
        icon_anchor=(11, 11),
        class_name="nm-arrow-icon",
    )
    return folium.Marker(path[-1], icon=icon, interactive=False)


def _troop_label(event: Event, position: tuple[float, float], color: str) -> folium.Marker:
    text = troops_label(event.troops) + (" planned" if event.kind == "plan" else "")  # type: ignore[arg-type]
    icon = folium.DivIcon(
        html=(
            f'<div class="nm-troop-label-box"><span class="nm-troop-label" '
            f'data-event="{escape_text(event.id)}" style="border-color:{color}">'
            f"{escape_text(text)}</span></div>"
        ),
        icon_size=(110, 22),
        icon_anchor=(55, 11),
        class_name="nm-label-icon",
    )
    return folium.Marker(position, icon=icon, interactive=False, pane=_LABEL_PANE)


_LABEL_POSITIONS = (0.5, 0.3, 0.7, 0.4, 0.6)


def _movement(
    event: Event,
    story: Story,
    actors: Mapping[str, Actor],
    group: folium.FeatureGroup,
    label_slot: int = 0,
) -> list[tuple[float, float]]:
    """Draw one movement into `group`; returns its path (for fitting the view)."""
    origin = story.place_of(event.origin)  # type: ignore[arg-type]
    destination = story.place_of(event.destination)  # type: ignore[arg-type]
    color = _actor_color(actors, event.actor)
    path = geodesic_path(origin.location, destination.location)
    folium.PolyLine(
        path,
        color=color,
        weight=line_weight(event.troops),
        opacity=0.9 if event.status in ("confirmed", "claimed") else 0.6,
        dash_array=line_dash(event),
        line_cap="butt" if line_dash(event) else "round",
        class_name=f"nm-line nm-line-{event.id}",
    ).add_to(group)
    # A wide invisible twin makes thin lines easy to hover and click.
    folium.PolyLine(
        path,
        color=color,
        weight=18,
        opacity=0.001,
        tooltip=_tooltip(event_title(event, actors)),
        popup=_popup(event, story, actors),
        class_name=f"nm-hit nm-hit-{event.id}",
    ).add_to(group)
    _endpoint(origin, color).add_to(group)
    _endpoint(destination, color).add_to(group)
    _arrowhead(event, path, color).add_to(group)
    if event.troops:
        fraction = _LABEL_POSITIONS[label_slot % len(_LABEL_POSITIONS)]
        _troop_label(event, point_along(path, fraction), color).add_to(group)
    return path


class _ViewUpdate(MacroElement):
    """Runs after each layer update: keeps layers the user unticked hidden, and fits the view to
    the events when asked (first view, "Fit" button) or when none of them is in view."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        setTimeout(function () {
            var map = window.map;
            if (!map) { return; }
            var state = window.__newsmap = window.__newsmap || {hidden: {}};
            if (window.layer_control && window.layer_control._layers) {
                window.layer_control._layers.forEach(function (entry) {
                    if (entry.overlay && state.hidden[entry.name] && map.hasLayer(entry.layer)) {
                        map.removeLayer(entry.layer);
                    }
                });
            }
            var points = {{ this.points_json }};
            var forced = state.fitToken !== {{ this.fit_token }};
            state.fitToken = {{ this.fit_token }};
            if (!points.length) { return; }
            var view = map.getBounds();
            var anyVisible = points.some(function (p) { return view.contains(p); });
            if (forced || !anyVisible) {
                // More room on the right: reference labels and troop labels extend that way.
                map.fitBounds(L.latLngBounds(points), {
                    paddingTopLeft: [40, 40],
                    paddingBottomRight: [90, 40],
                    maxZoom: 6,
                    animate: !forced
                });
            }
        }, 0);
        {% endmacro %}
        """
    )

    def __init__(self, points: list[tuple[float, float]], fit_token: int) -> None:
        super().__init__()
        self._name = "ViewUpdate"
        self.points_json = "[" + ",".join(f"[{lat:.4f},{lon:.4f}]" for lat, lon in points) + "]"
        self.fit_token = int(fit_token)


def build_layers(
    story: Story, events: list[Event], actors: Mapping[str, Actor], *, fit_token: int = 0
) -> list[folium.FeatureGroup]:
    """The changing part of the map for these (filtered) events, as `feature_group_to_add`:
    [troop movements, diplomatic actions, other places named, view (fits it; not listed)]."""
    groups = {
        layer: folium.FeatureGroup(name=name, control=True) for layer, name in LAYER_NAMES.items()
    }
    fit_points: list[tuple[float, float]] = []
    placements = _placements(events, story)
    regions: dict[str, dict[str, list[Event]]] = defaultdict(lambda: defaultdict(list))
    movements_drawn = 0
    for event in events:
        group = groups[event.layer]
        if event.is_movement:
            path = _movement(event, story, actors, group, movements_drawn)
            movements_drawn += 1
            fit_points.extend([*path[:: max(1, len(path) // 8)], path[-1]])
        else:
            placement = placements[event.id]
            _event_marker(event, placement, story, actors).add_to(group)
            fit_points.append(placement.place.location)
        for name in event.place_names:
            if story.place_of(name).precision == "region":
                regions[event.layer][name].append(event)

    for layer, group in groups.items():
        by_place: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for event in events:
            if event.layer == layer and not event.is_movement:
                by_place[event.place].append(placements[event.id].offset)  # type: ignore[index]
        for name, offsets in by_place.items():
            if len(offsets) > 1:
                _spider(story.place_of(name), offsets).add_to(group)
        for name, region_events in regions[layer].items():
            place = story.place_of(name)
            _region_area(place, region_events).add_to(group)
            fit_points.extend(place.area)

    view = folium.FeatureGroup(name="view", control=False)
    _ViewUpdate(fit_points, fit_token).add_to(view)
    return [*groups.values(), _mentions_group(story, events), view]


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
        tooltip = f"{place.name}: named in the source (“{mention.place_text}”), no event shown here"
        if mention.note:
            tooltip += f". {mention.note}"
        icon = folium.DivIcon(
            html=(
                '<div class="nm-mention"><span class="nm-mention-dot"></span>'
                f"{escape_text(place.name)}</div>"
            ),
            icon_size=(140, 16),
            icon_anchor=(5, 8),
            class_name="nm-mention-icon",
        )
        folium.Marker(place.location, icon=icon, tooltip=_tooltip(tooltip)).add_to(group)
    return group


def build_layer_control() -> folium.LayerControl:
    """The layer control listing the base maps and the event layers: folded into a button at the
    top right (it opens on hover or tap), so it never covers a mark or a popup."""
    return folium.LayerControl(position="topright", collapsed=True)


_MAP_CSS = """
<style>
.leaflet-container.nm-offline { background: #dfe8ee; }  /* sea, under the offline outlines */
.nm-offline-note { background: rgba(255,255,255,.9); padding: 2px 6px; border-radius: 3px;
  font: 12px/16px system-ui, sans-serif; color: #333; }
/* Muted tiles so that the story's colours stand out. */
.leaflet-tile-pane { filter: grayscale(0.75) brightness(1.04) contrast(0.9); }
.nm-marker-icon, .nm-arrow-icon, .nm-label-icon, .nm-spider, .nm-mention-icon {
  background: none; border: none; }
.nm-mention { font: italic 11px/16px system-ui, sans-serif; color: #555; white-space: nowrap;
  text-shadow: 0 0 2px #fff, 0 0 2px #fff; }
.nm-mention-dot { display: inline-block; width: 7px; height: 7px; border-radius: 50%;
  background: #fff; border: 1.5px solid #777; margin: 0 4px 0 1px; vertical-align: -1px; }
.nm-marker { width: 26px; height: 26px; filter: drop-shadow(0 1px 1.5px rgba(0,0,0,.45)); }
.nm-marker:hover { transform: scale(1.2); }
.nm-spider, .nm-label-icon, .nm-arrow-icon { pointer-events: none; }  /* never hide a mark */
.nm-troop-label-box { width: 110px; text-align: center; }
.nm-troop-label { display: inline-block; background: rgba(255,255,255,.92); border: 2px solid;
  border-radius: 10px; padding: 0 6px; font: 600 12px/16px system-ui, sans-serif; color: #111;
  white-space: nowrap; }
.leaflet-popup-content { max-width: calc(100vw - 100px); }  /* narrow maps */
.nm-popup { font: 13px/1.4 system-ui, sans-serif; color: #111; max-width: 360px;
  max-height: 380px; overflow-y: auto; }
/* Story text may carry right-to-left marks: each field sets its own direction, alone. */
.nm-popup .nm-summary, .nm-popup .nm-quote, .nm-popup .nm-where, .nm-popup .nm-source,
.nm-popup li { unicode-bidi: plaintext; }
.nm-popup .nm-head { font-weight: 700; margin-bottom: 4px; }
.nm-popup .nm-actors { margin-bottom: 4px; }
.nm-popup .nm-swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px;
  margin-right: 6px; vertical-align: baseline; }
.nm-popup .nm-summary { margin: 6px 0; }
.nm-popup .nm-quote { margin: 6px 0; padding: 4px 8px; border-left: 3px solid #999;
  background: #f5f5f5; font-style: italic; overflow-wrap: anywhere; max-height: 12em;
  overflow-y: auto; }
.nm-popup .nm-where, .nm-popup .nm-source, .nm-popup .nm-troops-line { color: #444;
  font-size: 12px; }
.nm-popup p, .nm-popup li { overflow-wrap: anywhere; }
.nm-badge { display: inline-block; border-radius: 9px; padding: 0 8px; font-size: 11px;
  font-weight: 700; text-transform: uppercase; letter-spacing: .03em; }
.nm-status-confirmed { background: #1b7837; color: #fff; }
.nm-status-claimed { background: #f1a340; color: #111; }
.nm-status-unconfirmed { background: #bababa; color: #111; }
.nm-status-denied { background: #762a83; color: #fff; }
</style>
"""


class _MapAssets(MacroElement):
    """Styles for markers, popups and legend, and the listener that remembers which layers the
    user unticked (so a filter change does not show them again)."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}{{ this.css }}{% endmacro %}
        {% macro script(this, kwargs) %}
        window.__newsmap = window.__newsmap || {hidden: {}};
        document.addEventListener("change", function (event) {
            var input = event.target;
            if (!input.classList || !input.classList.contains("leaflet-control-layers-selector")
                || input.type !== "checkbox") { return; }
            var label = input.nextElementSibling;
            var name = label ? label.textContent.trim() : "";
            if (name) { window.__newsmap.hidden[name] = !input.checked; }
        }, true);
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "MapAssets"
        self.css = _MAP_CSS


class _OfflineOutlines(MacroElement):
    """Country outlines under the tiles, loaded from the app the first time a tile fails (no
    network, blocked or rate-limited tile server): where tiles load they cover the outlines,
    where they do not the outlines show. After each round of tile loading a note says how many
    tiles failed; it goes away once a round loads them all."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var tiles = {{ this.tiles.get_name() }};
            var outlines = "none";  // none | loading | drawn | failed
            var failure = "";
            var round = {loaded: 0, failed: 0};
            var noteBox = null;
            // Leaflet does not cut lines at the antimeridian: a ring that steps from 180° to
            // -180° would be drawn across the whole world, so each step stays under 180°.
            function unwrap(ring) {
                var shift = 0, previous = null;
                return ring.map(function (point) {
                    var lon = point[0] + shift;
                    if (previous !== null && lon - previous > 180) { shift -= 360; lon -= 360; }
                    if (previous !== null && previous - lon > 180) { shift += 360; lon += 360; }
                    previous = lon;
                    return [lon, point[1]];
                });
            }
            function shifted(ring, by) {
                return by ? ring.map(function (point) { return [point[0] + by, point[1]]; }) : ring;
            }
            // One polygon: the outer ring is brought back to start within -180..180 (an island
            // just past the antimeridian then sits beside its mainland), holes go with it.
            function placePolygon(polygon) {
                var rings = polygon.map(unwrap);
                var outer = rings[0];
                var west = Infinity;
                outer.forEach(function (point) { west = Math.min(west, point[0]); });
                var by = west < -180 ? 360 : (west >= 180 ? -360 : 0);
                outer = shifted(outer, by);
                return [outer].concat(rings.slice(1).map(function (hole) {
                    var turns = Math.round((outer[0][0] - hole[0][0]) / 360);
                    return shifted(hole, turns * 360);
                }));
            }
            function countries(topology) {
                var collection = topojson.feature(topology, topology.objects.countries);
                collection.features = collection.features.filter(function (country) {
                    return country.geometry && country.properties.name !== "Antarctica";
                });
                collection.features.forEach(function (country) {
                    var geometry = country.geometry;
                    geometry.coordinates = geometry.type === "Polygon"
                        ? placePolygon(geometry.coordinates)
                        : geometry.coordinates.map(placePolygon);
                });
                return collection;
            }
            function setNote(text) {
                if (!noteBox) {
                    var control = L.control({position: "bottomleft"});
                    control.onAdd = function () {
                        noteBox = L.DomUtil.create("div", "nm-offline-note");
                        return noteBox;
                    };
                    control.addTo(map);
                }
                noteBox.textContent = text;
                noteBox.style.display = text ? "" : "none";
            }
            function report() {
                if (outlines === "failed") {
                    setNote("Map tiles and the offline outlines could not load (" + failure + ").");
                } else if (outlines === "drawn" && round.failed === 0) {
                    setNote("");
                } else if (outlines === "drawn" && round.loaded === 0) {
                    setNote("Map tiles could not load: country outlines (Natural Earth) are "
                            + "shown instead.");
                } else if (outlines === "drawn") {
                    setNote(round.failed + " of " + (round.failed + round.loaded) + " map tiles "
                            + "could not load: country outlines (Natural Earth) show where "
                            + "they are missing.");
                }
            }
            function draw(topology) {
                var pane = map.createPane("nm-outlines");
                pane.style.zIndex = 150;  /* under the tiles (200), over the sea colour */
                L.geoJSON(countries(topology), {
                    pane: "nm-outlines", interactive: false,
                    style: {color: "#8c8c8c", weight: 0.8, fillColor: "#f4f3ee", fillOpacity: 1},
                }).addTo(map);
                map.getContainer().classList.add("nm-offline");
                map.attributionControl.addAttribution("Outlines: Natural Earth");
                outlines = "drawn";
                report();
            }
            function loadOutlines() {
                if (outlines !== "none") { return; }
                outlines = "loading";
                fetch({{ this.url|tojson }})
                    .then(function (answer) {
                        if (!answer.ok) { throw new Error("HTTP " + answer.status); }
                        return answer.json();
                    })
                    .then(draw, function (error) {  // only the download; a drawing bug surfaces
                        outlines = "failed";
                        failure = String(error);
                        report();
                    });
            }
            tiles.on("loading", function () { round = {loaded: 0, failed: 0}; });
            tiles.on("tileload", function () { round.loaded += 1; });
            tiles.on("tileerror", function () { round.failed += 1; loadOutlines(); });
            tiles.on("load", report);
        })();
        {% endmacro %}
        """
    )

    def __init__(self, tiles: folium.TileLayer, url: str) -> None:
        super().__init__()
        self._name = "OfflineOutlines"
        self.tiles = tiles
        self.url = url


def _legend_row(symbol_svg: str, text: str) -> str:
    """One legend line; the symbol is an <img> of its SVG, as Streamlit's HTML sanitiser drops
    inline <svg>."""
    svg = (
        symbol_svg
        if "xmlns=" in symbol_svg
        else symbol_svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    )
    source = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    return f'<div class="nm-row"><img alt="" src="{source}"><span>{escape_text(text)}</span></div>'


def _line_symbol(color: str, weight: float, dash: str | None) -> str:
    dash_attribute = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<svg width="24" height="12"><line x1="1" y1="6" x2="23" y2="6" stroke="{color}" '
        f'stroke-width="{weight}"{dash_attribute}/></svg>'
    )


_LEGEND_CSS = """<style>
.nm-legend { font: 12px/1.35 "Source Sans", system-ui, sans-serif; color: #111; }
.nm-legend h3 { font-size: 14px; margin: 0 0 2px; padding: 0; }
.nm-legend h4 { margin: 8px 0 2px; padding: 0; font-size: 12px; color: #555; font-weight: 600; }
.nm-legend .nm-row { display: flex; align-items: center; gap: 6px; }
.nm-legend .nm-row img { flex: none; }
.nm-legend .nm-row span { min-width: 0; overflow-wrap: break-word; }
@media (max-width: 1000px) {  /* the legend column gets narrow: smaller text keeps words whole */
  .nm-legend, .nm-legend h4, .nm-legend p { font-size: 10.5px; }
  .nm-legend .nm-row { gap: 3px; }
}
.nm-legend p { margin: 8px 0 0; color: #555; font-size: 12px; line-height: 1.35; }
</style>"""


def _small_marker(kind: str, status: str) -> str:
    return marker_svg(kind, "#777777", status).replace(
        'width="26" height="26"', 'width="14" height="14"'
    )


def legend_html(story: Story, actors: Mapping[str, Actor]) -> str:
    """The legend shown beside the map (outside it, so that it never hides a mark): actor
    colours, marker shapes, line styles, statuses and vague places, for this story."""
    actor_rows = [
        _legend_row(
            f'<svg width="12" height="12"><rect width="12" height="12" rx="3" '
            f'fill="{_actor_color(actors, actor_id)}"/></svg>',
            actor_name(actors, actor_id),
        )
        for actor_id in story.actor_ids()
    ]
    kinds = sorted({event.kind for event in story.events if not event.is_movement})
    kind_rows = [_legend_row(_small_marker(kind, "confirmed"), kind_label(kind)) for kind in kinds]
    line_rows = [
        _legend_row(_line_symbol(_NEUTRAL, 3, None), "Reported"),
        _legend_row(_line_symbol(_NEUTRAL, 3, "6 5"), "Planned or unconfirmed"),
        _legend_row(_line_symbol(_NEUTRAL, line_weight(12000), None), "Wider: more troops"),
    ]
    status_rows = [
        _legend_row(_small_marker("statement", status), status.capitalize())
        for status in ("confirmed", "claimed", "unconfirmed", "denied")
    ]
    vague_rows = [
        _legend_row(
            '<svg width="14" height="14"><rect x="1" y="1" width="12" height="12" '
            f'fill="#b15928" fill-opacity=".15" stroke="{_NEUTRAL}" stroke-dasharray="3 2"/></svg>',
            "Region (area)",
        ),
        _legend_row(
            f'<svg width="14" height="14"><circle cx="7" cy="7" r="5.5" fill="none" '
            f'stroke="{_NEUTRAL}" stroke-width="1.5" stroke-dasharray="3 2"/></svg>',
            "Country only",
        ),
    ]
    if story.mentions:
        vague_rows.append(
            _legend_row(
                '<svg width="14" height="14"><circle cx="7" cy="7" r="3.5" fill="#fff" '
                'stroke="#777" stroke-width="1.5"/></svg>',
                "Named, no event here",
            )
        )
    sections = [
        ("Actor (colour)", actor_rows),
        ("Kind (shape)", kind_rows),
        ("Troop movements", line_rows),
        ("How sure (outline)", status_rows),
        ("Places", vague_rows),
    ]
    body = "".join(f"<h4>{title}</h4>{''.join(rows)}" for title, rows in sections)
    hint = (
        "<p>The layers button at the map's top right hides a layer from view only; the "
        "sidebar's filters also change the counts, the other pages and the share link.</p>"
    )
    return f'{_LEGEND_CSS}<div class="nm-legend"><h3>Legend</h3>{body}{hint}</div>'


def story_center(story: Story) -> tuple[float, float]:
    """The middle of the box around every place of the story (where the map opens, before the
    layers fit the view to the events)."""
    points = [place.location for place in story.places.values()] or [(0.0, 0.0)]
    lats = [lat for lat, _ in points]
    lons = [lon for _, lon in points]
    return ((min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2)


def build_base_map(story: Story, actors: Mapping[str, Actor]) -> folium.Map:
    """The map that stays the same while filters change: tiles, styles, behaviour.

    Only the app's own copies of Leaflet, jQuery and topojson-client are loaded (folium's
    Bootstrap and icon fonts are not used here). Where OpenStreetMap tiles cannot load, country
    outlines from Natural Earth show through instead (`_OfflineOutlines`).
    """
    base = folium.Map(
        location=list(story_center(story)),
        zoom_start=3,
        tiles=None,
        control_scale=True,
        min_zoom=2,
        world_copy_jump=True,
        zoom_snap=0.25,
        zoom_delta=0.5,
    )
    base.default_js = [(name, STATIC_URL + path) for name, path in VENDORED_JS]
    base.default_css = [(name, STATIC_URL + path) for name, path in VENDORED_CSS]
    tiles = folium.TileLayer("OpenStreetMap", name="OpenStreetMap").add_to(base)
    _OfflineOutlines(tiles, STATIC_URL + OFFLINE_OUTLINES).add_to(base)
    folium.map.CustomPane(_LABEL_PANE, z_index=640, pointer_events=False).add_to(base)
    # No fit_bounds here: its animated zoom could finish after, and undo, the fit to the
    # filtered events that the layers' view update makes on first display.
    _MapAssets().add_to(base)
    return base
