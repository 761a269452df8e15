"""What a mark says: the click popup and hover title of each event, as escaped HTML.

Every string from a story or data file goes through `escape_text` before it reaches folium
(../shared/NOTES.md, "Folium and untrusted text").
"""

from collections.abc import Mapping

import folium

from geo import vocabulary
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
from geo.map.symbology import actor_color, text_color_on
from geo.model import Actor, Event
from geo.safe_html import escape_text
from geo.stories import Story

POPUP_MAX_WIDTH = 380


def _place_line(place: ResolvedPlace, text: str | None) -> str:
    """'Seoul (“Séoul” in the source)' as escaped HTML; `text` is the spelling in the source."""
    if text is None:
        spelled = "not named in the source"
    elif text == place.query:
        spelled = "named in the source"
    else:
        spelled = f"“{escape_text(text)}” in the source"
    return f"{escape_text(place.name)} ({spelled})"


def _where(event: Event, story: Story) -> str:
    if event.is_movement:
        origin, destination = story.ends_of(event)
        return (
            f"From {_place_line(origin, event.origin_text)} "
            f"to {_place_line(destination, event.destination_text)}"
        )
    where = _place_line(story.location_of(event), event.place_text)
    if event.place_text is None:
        where += ": shown at the actor's seat"
    return where


def status_badge(event: Event, actors: Mapping[str, Actor]) -> str:
    """The status as a coloured badge ('CLAIMED BY SOUTH KOREA'), escaped HTML."""
    color = vocabulary.STATUSES[event.status].color or "#bababa"
    return (
        f'<span class="nm-badge" style="background:{escape_text(color)};'
        f'color:{text_color_on(color)}">{escape_text(status_label(event, actors))}</span>'
    )


def popup_html(event: Event, story: Story, actors: Mapping[str, Actor]) -> str:
    """The click popup: date, actors, kind, status badge, summary, quote, place and source."""
    color = escape_text(actor_color(actors, event.actor))
    who = escape_text(actor_name(actors, event.actor))
    if event.counterpart:
        who += " → " + escape_text(actor_name(actors, event.counterpart))
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
        f"{status_badge(event, actors)}{troops}"
        f'<p class="nm-summary">{escape_text(event.summary)}</p>'
        f'<blockquote class="nm-quote" lang="{escape_text(story.meta.language)}">'
        f"{escape_text(event.quote)}</blockquote>"
        f'<div class="nm-where">{_where(event, story)} · '
        f"{escape_text(event.geo_precision)} precision</div>"
        f'<div class="nm-source">Source: {escape_text(event.source)}, '
        f"{escape_text(format_day(event.source_date))}{link}</div></div>"
    )


def region_popup_html(place: ResolvedPlace, events: list[Event]) -> str:
    """The popup of a region's area: what the area is, why it is drawn there, its events."""
    listed = "".join(f"<li>{escape_text(event.summary)}</li>" for event in events)
    return (
        f'<div class="nm-popup nm-region"><div class="nm-head">{escape_text(place.name)}'
        f" · area (region precision)</div><p>{escape_text(place.note)}</p>"
        f"<ul>{listed}</ul></div>"
    )


def popup(html: str) -> folium.Popup:
    """A folium popup for HTML built (and escaped) by this module. A popup that opens near an
    edge pans the map until it clears the zoom and layer buttons (top) and the attribution
    (bottom)."""
    return folium.Popup(
        html,
        max_width=POPUP_MAX_WIDTH,
        lazy=True,
        autoPanPaddingTopLeft=(50, 60),
        autoPanPaddingBottomRight=(10, 30),
    )


def event_popup(event: Event, story: Story, actors: Mapping[str, Actor]) -> folium.Popup:
    """The click popup of an event."""
    return popup(popup_html(event, story, actors))


def tooltip(text: str) -> folium.Tooltip:
    """A hover title for plain (unescaped) text."""
    return folium.Tooltip(escape_text(text), sticky=True)


def event_tooltip(event: Event, actors: Mapping[str, Actor]) -> folium.Tooltip:
    """The hover title of an event: 'South Korea → Russia: summons, 21 Oct 2024'."""
    return tooltip(event_title(event, actors))


def place_tooltip(place: ResolvedPlace) -> str:
    """What hovering a place end or area says about its precision."""
    if place.precision == "country":
        return f"{place.name}: country level only, the point stands for the whole country"
    if place.precision == "region":
        return f"{place.name}: an area, not a point"
    return place.name
