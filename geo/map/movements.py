"""Troop movements: a geodesic line per movement, its arrowhead, ends and troop-number label."""

from collections.abc import Sequence
from dataclasses import dataclass

import folium

from geo.gazetteer import ResolvedPlace
from geo.geodesy import geodesic_path, point_along, screen_angle
from geo.i18n import Words
from geo.map.popups import event_popup, event_tooltip, place_tooltip, tooltip
from geo.map.symbology import actor_color, line_dash, line_weight
from geo.model import Event
from geo.safe_html import escape_text
from geo.stories import Story

# Troop numbers sit above the marks so they stay readable where marks crowd (they take no
# clicks, so a mark under a number can still be clicked); under tooltips (650) and popups.
LABEL_PANE = "nm-labels"
LABEL_PANE_Z_INDEX = 640
# Where along its line each successive movement puts its label, so labels of lines that share
# a stretch do not sit on top of one another.
_LABEL_POSITIONS = (0.5, 0.3, 0.7, 0.4, 0.6)


def _endpoint(place: ResolvedPlace, color: str, words: Words, event: Event) -> folium.CircleMarker:
    if place.precision == "country":
        return folium.CircleMarker(
            place.location,
            radius=16,
            color=color,
            weight=2,
            dash_array="4 4",
            fill=False,
            tooltip=tooltip(place_tooltip(place, words)),
            class_name=f"nm-country nm-end-{event.id}",
        )
    return folium.CircleMarker(
        place.location,
        radius=4,
        color=color,
        weight=2,
        fill=True,
        fill_color="#ffffff",
        fill_opacity=1,
        tooltip=tooltip(place_tooltip(place, words)),
        class_name=f"nm-end nm-end-{event.id}",
    )


def _arrowhead(event: Event, path: Sequence[tuple[float, float]], color: str) -> folium.Marker:
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


def troop_label_text(event: Event, troops: int, words: Words) -> str:
    """'12,000 planned · claimed by South Korea': the number, and how sure it is."""
    text = words.count("movement.planned" if event.kind == "plan" else "movement.troops", troops)
    if event.status != "confirmed":
        label = words.status(event)
        text += f" · {label[:1].lower()}{label[1:]}"
    return text


def _troop_label(
    event: Event, text: str, position: tuple[float, float], color: str
) -> folium.Marker:
    width = max(60, 7 * len(text) + 20)
    icon = folium.DivIcon(
        html=(
            f'<div class="nm-troop-label-box" style="width:{width}px">'
            f'<span class="nm-troop-label" data-event="{escape_text(event.id)}" '
            f'style="border-color:{color}">{escape_text(text)}</span></div>'
        ),
        icon_size=(width, 22),
        icon_anchor=(width // 2, 11),
        class_name="nm-label-icon",
    )
    return folium.Marker(position, icon=icon, interactive=False, pane=LABEL_PANE)


@dataclass(frozen=True)
class MovementDrawing:
    """One movement as map elements, and the geodesic path it follows (for fitting the view)."""

    line: folium.PolyLine
    hit_line: folium.PolyLine
    ends: tuple[folium.CircleMarker, folium.CircleMarker]
    arrowhead: folium.Marker
    label: folium.Marker | None
    path: Sequence[tuple[float, float]]

    @property
    def elements(self) -> list[folium.Element]:
        """Every element, in drawing order."""
        parts: list[folium.Element] = [self.line, self.hit_line, *self.ends, self.arrowhead]
        return parts + ([self.label] if self.label is not None else [])


def draw_movement(
    event: Event, story: Story, words: Words, label_slot: int = 0, link: str = ""
) -> MovementDrawing:
    """One movement: its line, a wide invisible twin that takes hovers and clicks, its ends,
    its arrowhead and its troop-number label. `label_slot` is the movement's rank among those
    drawn, which spreads their labels; with `link` its popup links to it in that view."""
    origin, destination = story.ends_of(event)
    color = actor_color(words.actors, event.actor)
    path = geodesic_path(origin.location, destination.location)
    dash = line_dash(event)
    line = folium.PolyLine(
        path,
        color=color,
        weight=line_weight(event.troops),
        opacity=0.9 if event.status in ("confirmed", "claimed") else 0.6,
        dash_array=dash,
        line_cap="butt" if dash else "round",
        class_name=f"nm-line nm-line-{event.id}",
    )
    hit_line = folium.PolyLine(
        path,
        color=color,
        weight=18,
        opacity=0.001,
        tooltip=event_tooltip(event, words),
        popup=event_popup(event, story, words, link),
        class_name=f"nm-hit nm-hit-{event.id}",
    )
    label = None
    if event.troops:
        fraction = _LABEL_POSITIONS[label_slot % len(_LABEL_POSITIONS)]
        text = troop_label_text(event, event.troops, words)
        label = _troop_label(event, text, point_along(path, fraction), color)
    return MovementDrawing(
        line=line,
        hit_line=hit_line,
        ends=(_endpoint(origin, color, words, event), _endpoint(destination, color, words, event)),
        arrowhead=_arrowhead(event, path, color),
        label=label,
        path=path,
    )
