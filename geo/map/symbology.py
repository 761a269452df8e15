"""How events look: marker shapes by kind, outlines by status, line widths and dashes, colours.

Kinds name a shape in `geo.vocabulary.KINDS`; `SHAPES` draws each shape. Statuses are drawn by
`MARKER_STATUS_STYLES` (marker outline) and `line_dash` (movement lines).
"""

import math
from collections.abc import Mapping

from geo import vocabulary
from geo.model import Actor, Event

MARKER_SIZE = 26
NEUTRAL = "#4d4d4d"

# Marker outline per shape name, as SVG in a 26 × 26 box.
SHAPES = {
    "circle": '<circle cx="13" cy="13" r="10"/>',
    "triangle-down": '<polygon points="2.5,4 23.5,4 13,23.5"/>',
    "square": '<rect x="3.5" y="3.5" width="19" height="19" rx="2"/>',
    "diamond": '<polygon points="13,1.5 24.5,13 13,24.5 1.5,13"/>',
    "triangle": '<polygon points="13,2.5 23.5,22 2.5,22"/>',
    "pentagon": '<polygon points="13,2 23.5,9.7 19.5,22.5 6.5,22.5 2.5,9.7"/>',
    "hexagon": '<polygon points="7,3 19,3 24.5,13 19,23 7,23 1.5,13"/>',
    "play": '<polygon points="4,2.5 24,13 4,23.5"/>',
    "star": (
        '<polygon points="13,1.5 16,9.5 24.5,9.8 17.8,15 20.2,23.5 13,18.6 5.8,23.5 8.2,15 '
        '1.5,9.8 10,9.5"/>'
    ),
    "cross": '<polygon points="9,2 17,2 17,9 24,9 24,17 17,17 17,24 9,24 9,17 2,17 2,9 9,9"/>',
    "chevron": '<polygon points="2,4 16,4 24,13 16,22 2,22"/>',
    "ring": '<circle cx="13" cy="13" r="9" fill="#ffffff" stroke-width="4"/>',
}
# Shapes whose colour is their outline (drawn hollow).
HOLLOW_SHAPES = frozenset({"ring"})

# How sure a mark is, as outline and opacity. Lines: reported solid, planned/unconfirmed dashed.
MARKER_STATUS_STYLES = {
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
_DEFAULT_STATUS_STYLE = MARKER_STATUS_STYLES["claimed"]


def _style_attributes(style: Mapping[str, str]) -> str:
    return " ".join(f'{name}="{value}"' for name, value in style.items())


def marker_svg(
    kind: str, color: str, status: str, *, size: int = MARKER_SIZE, code: str = ""
) -> str:
    """The SVG of a marker: shape by kind, fill by actor colour, outline by status, and the
    actor's code written in it (colour is never the only cue)."""
    shape_name = vocabulary.KINDS[kind].shape or "circle"
    style = dict(MARKER_STATUS_STYLES.get(status, _DEFAULT_STATUS_STYLE))
    if shape_name in HOLLOW_SHAPES:
        style["stroke"] = color
        style.pop("stroke-width", None)
    cross = (
        '<path d="M6 6 L20 20 M20 6 L6 20" stroke="#1a1a1a" stroke-width="2"/>'
        if status == "denied"
        else ""
    )
    ink = color if shape_name in HOLLOW_SHAPES else text_color_on(color)
    label = (
        f'<text x="13" y="13.5" text-anchor="middle" dominant-baseline="central" '
        f'font-family="system-ui, sans-serif" font-size="{8 if len(code) < 3 else 6.5}" '
        f'font-weight="700" fill="{ink}">{code}</text>'
        if code and status != "denied"
        else ""
    )
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 26 26" '
        f'xmlns="http://www.w3.org/2000/svg" aria-hidden="true">'
        f'<g fill="{color}" {_style_attributes(style)}>'
        f"{SHAPES[shape_name]}</g>{label}{cross}</svg>"
    )


def line_weight(troops: int | None) -> float:
    """Line width in pixels, growing with the square root of the troop count (2 to 14)."""
    if not troops:
        return 2.5
    return round(min(14.0, 2.0 + math.sqrt(troops) / 12), 1)


def line_dash(event: Event) -> str | None:
    """Leaflet dashArray, by how sure the movement is: confirmed solid, claimed long dashes,
    unconfirmed short dashes, denied dots; a plan (not yet done) dash and dot, whatever its
    status. Dashes scale with the line's width so that wide lines still read as dashed."""
    return dash_pattern("plan" if event.kind == "plan" else event.status, line_weight(event.troops))


def dash_pattern(style: str, weight: float) -> str | None:
    """The dash pattern of a line style (a status, or "plan") at a width, for maps and legend."""
    if style == "plan":
        return f"{max(12, 2.4 * weight):g} {max(5, weight):g} {weight:g} {max(5, weight):g}"
    if style == "claimed":
        return f"{max(12, 2.4 * weight):g} {max(6, 1.2 * weight):g}"
    if style == "unconfirmed":
        return f"{max(5, weight):g} {max(5, weight):g}"
    if style == "denied":
        return f"{weight:g} {2.5 * weight:g}"
    return None


def actor_color(actors: Mapping[str, Actor], actor_id: str) -> str:
    """The actor's colour, neutral grey for an unknown actor."""
    actor = actors.get(actor_id)
    return actor.color if actor else NEUTRAL


def text_color_on(background: str) -> str:
    """Black or white, whichever reads better on a "#rrggbb" background (WCAG luminance)."""
    channels = [int(background[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#111111" if luminance > 0.18 else "#ffffff"
