"""The legend beside the map: actor colours, marker shapes, line styles, statuses, vague places.

It is drawn outside the map, so it never hides a mark; its styles are `static/app/legend.css`.
"""

import base64
from collections.abc import Mapping

from geo import vocabulary
from geo.formatting import actor_name
from geo.map.assets import LEGEND_CSS, static_text
from geo.map.symbology import NEUTRAL, actor_color, line_weight, marker_svg
from geo.model import Actor
from geo.safe_html import escape_text
from geo.stories import Story

_SAMPLE_TROOPS = 12_000  # the width shown for "wider: more troops"


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


def _small_marker(kind: str, status: str) -> str:
    return marker_svg(kind, "#777777", status, size=14)


def legend_html(story: Story, actors: Mapping[str, Actor]) -> str:
    """The legend for this story: its actors, the kinds of its single-place events, line
    styles, every status and the vague places; with its styles."""
    actor_rows = [
        _legend_row(
            f'<svg width="12" height="12"><rect width="12" height="12" rx="3" '
            f'fill="{actor_color(actors, actor_id)}"/></svg>',
            actor_name(actors, actor_id),
        )
        for actor_id in story.actor_ids()
    ]
    used_kinds = {event.kind for event in story.events if not event.is_movement}
    kind_rows = [
        _legend_row(_small_marker(term.id, "confirmed"), term.name_en)
        for term in sorted(vocabulary.KINDS, key=lambda term: term.name_en)
        if term.id in used_kinds
    ]
    line_rows = [
        _legend_row(_line_symbol(NEUTRAL, 3, None), "Reported"),
        _legend_row(_line_symbol(NEUTRAL, 3, "6 5"), "Planned or unconfirmed"),
        _legend_row(_line_symbol(NEUTRAL, line_weight(_SAMPLE_TROOPS), None), "Wider: more troops"),
    ]
    status_rows = [
        _legend_row(_small_marker("statement", term.id), term.name_en)
        for term in vocabulary.STATUSES
    ]
    vague_rows = [
        _legend_row(
            '<svg width="14" height="14"><rect x="1" y="1" width="12" height="12" '
            f'fill="#b15928" fill-opacity=".15" stroke="{NEUTRAL}" stroke-dasharray="3 2"/></svg>',
            "Region (area)",
        ),
        _legend_row(
            f'<svg width="14" height="14"><circle cx="7" cy="7" r="5.5" fill="none" '
            f'stroke="{NEUTRAL}" stroke-width="1.5" stroke-dasharray="3 2"/></svg>',
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
    styles = f"<style>{static_text(LEGEND_CSS)}</style>"
    return f'{styles}<div class="nm-legend"><h3>Legend</h3>{body}{hint}</div>'
