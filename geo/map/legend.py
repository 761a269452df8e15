"""The legend beside the map: actor colours, marker shapes, line styles, statuses, vague places.

It is drawn outside the map, so it never hides a mark; its styles are `static/app/legend.css`.
"""

import base64
from collections.abc import Sequence

from geo import vocabulary
from geo.actors import actor_code
from geo.columns import EventSet
from geo.i18n import Words
from geo.map.assets import LEGEND_CSS, static_text
from geo.map.bulk import in_bulk
from geo.map.symbology import (
    NEUTRAL,
    actor_color,
    dash_pattern,
    line_weight,
    marker_svg,
    text_color_on,
)
from geo.model import Event
from geo.safe_html import escape_text
from geo.stories import Story

_SAMPLE_TROOPS = 12_000  # the width shown for "wider: more troops"


def _image(svg: str) -> str:
    """An SVG as an <img>: Streamlit's HTML sanitiser drops inline <svg>."""
    if "xmlns=" not in svg:
        svg = svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    source = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    return f'<img alt="" src="{source}">'


def _legend_row(symbols: str | list[str], text: str) -> str:
    """One legend line: its symbols (SVG) and its text."""
    images = "".join(_image(svg) for svg in ([symbols] if isinstance(symbols, str) else symbols))
    return f'<div class="nm-row">{images}<span>{escape_text(text)}</span></div>'


def _line_symbol(color: str, weight: float, dash: str | None) -> str:
    dash_attribute = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<svg width="34" height="12"><line x1="1" y1="6" x2="33" y2="6" stroke="{color}" '
        f'stroke-width="{weight}"{dash_attribute}/></svg>'
    )


def _small_marker(kind: str, status: str) -> str:
    return marker_svg(kind, "#777777", status, size=14)


def _actor_symbol(color: str, code: str) -> str:
    ink = text_color_on(color)
    return (
        f'<svg width="22" height="14"><rect width="22" height="14" rx="3" fill="{color}"/>'
        f'<text x="11" y="7.5" text-anchor="middle" dominant-baseline="central" '
        f'font-family="system-ui, sans-serif" font-size="8" font-weight="700" fill="{ink}">'
        f"{escape_text(code)}</text></svg>"
    )


def legend_html(
    story: Story,
    events: Sequence[Event],
    words: Words,
    *,
    hint: bool = True,
    context: EventSet | None = None,
) -> str:
    """The legend of what the map shows for these (filtered) events, and nothing else: their
    actors (colour and code), the kinds of their single-place events, how sure they are
    (outlines and lines; every status when no event is shown), their vague places and the
    background data shown (`context`); with its styles, in the reader's language; with
    `hint`, a note on the layer control and the sidebar."""
    actors = words.actors
    shown = EventSet.of(story, events).shown
    actor_rows = [
        _legend_row(
            _actor_symbol(actor_color(actors, actor_id), actor_code(actors[actor_id])),
            words.actor(actor_id),
        )
        for actor_id in shown.actors
        if actor_id in actors
    ]
    kind_rows = [
        _legend_row(_small_marker(term.id, "confirmed"), term.name(words.language))
        for term in sorted(vocabulary.KINDS, key=lambda term: term.name(words.language))
        if term.id in shown.single_kinds
    ]
    statuses = shown.statuses or {term.id for term in vocabulary.STATUSES}
    status_rows = [
        _legend_row(
            [
                _small_marker("statement", term.id),
                _line_symbol(NEUTRAL, 3, dash_pattern(term.id, 3)),
            ],
            term.name(words.language),
        )
        for term in vocabulary.STATUSES
        if term.id in statuses
    ]
    if shown.planned_movements:
        status_rows.append(
            _legend_row(_line_symbol(NEUTRAL, 3, dash_pattern("plan", 3)), words("legend.planned"))
        )
    if shown.troop_movements:
        status_rows.append(
            _legend_row(
                _line_symbol(NEUTRAL, line_weight(_SAMPLE_TROOPS), None), words("legend.wider")
            )
        )
    vague_rows = []
    if shown.regions:
        vague_rows.append(
            _legend_row(
                '<svg width="14" height="14"><rect x="1" y="1" width="12" height="12" '
                f'fill="#b15928" fill-opacity=".15" stroke="{NEUTRAL}" stroke-dasharray="3 2"/>'
                "</svg>",
                words("legend.region"),
            )
        )
    if shown.country_ends:
        vague_rows.append(
            _legend_row(
                f'<svg width="14" height="14"><circle cx="7" cy="7" r="5.5" fill="none" '
                f'stroke="{NEUTRAL}" stroke-width="1.5" stroke-dasharray="3 2"/></svg>',
                words("legend.country"),
            )
        )
    if story.mentions:
        vague_rows.append(
            _legend_row(
                '<svg width="14" height="14"><circle cx="7" cy="7" r="3.5" fill="#fff" '
                'stroke="#777" stroke-width="1.5"/></svg>',
                words("legend.mention"),
            )
        )
    layer_rows = []
    if in_bulk(shown.singles):
        # Drawn in bulk: dots in the actor's colour ringed in the layer's, no shapes.
        kind_rows = []
        layer_rows = [
            _legend_row(
                f'<svg width="14" height="14"><circle cx="7" cy="7" r="5" fill="#fff" '
                f'stroke="{escape_text(term.color or NEUTRAL)}" stroke-width="3"/></svg>',
                term.name(words.language),
            )
            for term in vocabulary.LAYERS
            if term.id in shown.layers
        ]
    context_rows = []
    if context is not None:
        title = context.story.meta.title
        context_rows.append(
            _legend_row(
                '<svg width="14" height="14"><circle cx="7" cy="7" r="5" fill="#999" '
                'fill-opacity=".5" stroke="#777" stroke-width="2" stroke-opacity=".6"/></svg>',
                words.count("legend.context_row", len(context), title=title),
            )
        )
    sections = [
        (words("legend.actors"), actor_rows),
        (words("legend.layers"), layer_rows),
        (words("legend.kinds"), kind_rows),
        (words("legend.statuses"), status_rows),
        (words("legend.places"), vague_rows),
        (words("legend.context"), context_rows),
    ]
    body = "".join(
        f"<h4>{escape_text(title)}</h4>{''.join(rows)}" for title, rows in sections if rows
    )
    note = f"<p>{escape_text(words('legend.hint'))}</p>" if hint else ""
    styles = f"<style>{static_text(LEGEND_CSS)}</style>"
    title = escape_text(words("legend.title"))
    return f'{styles}<div class="nm-legend"><h3>{title}</h3>{body}{note}</div>'
