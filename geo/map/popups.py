"""What a mark says: the click popup and hover title of each event, as escaped HTML.

Every string from a story or data file goes through `escape_text` before it reaches folium
(../shared/NOTES.md, "Folium and untrusted text").
"""

from collections.abc import Sequence

import folium
from branca.element import Element
from jinja2 import Template

from geo import vocabulary
from geo.gazetteer import ResolvedPlace
from geo.i18n import Words
from geo.links import event_url
from geo.map.symbology import actor_color, text_color_on
from geo.model import Event
from geo.safe_html import escape_text
from geo.stories import Story

POPUP_MAX_WIDTH = 380


def _place_line(place: ResolvedPlace, text: str | None, words: Words) -> str:
    """'Seoul (“Séoul” in the source)' as escaped HTML; `text` is the spelling in the source."""
    if text is None:
        spelled = escape_text(words("popup.not_named"))
    elif text == place.query:
        spelled = escape_text(words("popup.named"))
    else:
        spelled = escape_text(words("popup.spelled", text=text))
    return f"{escape_text(place.name)} ({spelled})"


def _where(event: Event, story: Story, words: Words) -> str:
    if event.is_movement:
        origin, destination = story.ends_of(event)
        # (French elides before a vowel: "D'Israel à…", not "De Israel à…")
        vowel = origin.name[:1].casefold() in "aeiouyàâéèêîôû"
        return words.html(
            "popup.from_to_vowel" if vowel else "popup.from_to",
            origin=_place_line(origin, event.origin_text, words),
            destination=_place_line(destination, event.destination_text, words),
        )
    where = _place_line(story.location_of(event), event.place_text, words)
    if event.place_text is None:
        where += escape_text(words("popup.at_seat"))
    return where


def status_badge(event: Event, words: Words) -> str:
    """The status as a coloured badge ('CLAIMED BY SOUTH KOREA'), escaped HTML."""
    color = vocabulary.STATUSES[event.status].color or "#bababa"
    return (
        f'<span class="nm-badge" style="background:{escape_text(color)};'
        f'color:{text_color_on(color)}">{escape_text(words.status(event))}</span>'
    )


def _properties(event: Event, words: Words) -> str:
    """What a data file says of the event beyond its fields: reported fatalities in a line of
    their own, every property (column name, value as written) in a folded list."""
    if not event.properties:
        return ""
    fatalities = event.properties.get("fatalities", "")
    line = (
        f'<div class="nm-fatalities">'
        f"{escape_text(words.count('popup.fatalities', int(fatalities)))}</div>"
        if fatalities.isdigit() and int(fatalities) > 0
        else ""
    )
    rows = "".join(
        f"<dt>{escape_text(name.replace('_', ' '))}</dt><dd>{escape_text(value)}</dd>"
        for name, value in event.properties.items()
    )
    return (
        f'{line}<details class="nm-properties"><summary>'
        f"{escape_text(words('popup.properties'))}</summary><dl>{rows}</dl></details>"
    )


def popup_html(event: Event, story: Story, words: Words, link: str = "") -> str:
    """The click popup: date, actors, kind, status badge, summary, quote, place and source, and
    with `link` (the view's share link) a link to the view opened on this event."""
    color = escape_text(actor_color(words.actors, event.actor))
    who = escape_text(words.actor(event.actor))
    if event.counterpart:
        who += " → " + escape_text(words.actor(event.counterpart))
    troops = (
        f'<div class="nm-troops-line">'
        f"{escape_text(words.count('popup.troops', event.troops))}</div>"
        if event.troops
        else ""
    )
    url = event.source_url or story.meta.url
    source = escape_text(event.source)
    if url:  # the source links out when its address is known
        source = (
            f'<a href="{escape_text(url)}" target="_blank" rel="noopener noreferrer">{source}</a>'
        )
    precision = words.term(vocabulary.GEO_PRECISIONS, event.geo_precision)
    # In a new tab: the map's frame may not navigate the app's page.
    event_link = (
        f'<a class="nm-event-link" href="{escape_text(event_url(link, event.id))}" '
        f'target="_blank" rel="noopener">{escape_text(words("popup.link"))}</a>'
        if link
        else ""
    )
    return (
        f'<div class="nm-popup" data-event="{escape_text(event.id)}">'
        f'<div class="nm-head">{escape_text(words.kind(event.kind))} · '
        f"{escape_text(words.span(event))}</div>"
        f'<div class="nm-actors"><span class="nm-swatch" style="background:{color}"></span>'
        f"{who}</div>"
        f"{status_badge(event, words)}{troops}"
        f'<p class="nm-summary" lang="en">{escape_text(event.summary)}</p>'
        f'<blockquote class="nm-quote" lang="{escape_text(story.meta.language)}">'
        f"{escape_text(event.quote)}</blockquote>"
        f'<div class="nm-where">{_where(event, story, words)} · '
        f"{escape_text(words('popup.precision', precision=precision.lower()))}</div>"
        f'<div class="nm-source">{escape_text(words("popup.source"))} {source}, '
        f"{escape_text(words.day(event.source_date))}</div>{_properties(event, words)}"
        f"{event_link}</div>"
    )


def region_popup_html(place: ResolvedPlace, events: Sequence[Event], words: Words) -> str:
    """The popup of a region's area: what the area is, why it is drawn there, its events."""
    listed = "".join(f'<li lang="en">{escape_text(event.summary)}</li>' for event in events)
    return (
        f'<div class="nm-popup nm-region"><div class="nm-head">{escape_text(place.name)}'
        f" · {escape_text(words('popup.area'))}</div><p>{escape_text(place.note)}</p>"
        f"<ul>{listed}</ul></div>"
    )


class _PopupHtml(Element):
    """A popup's HTML as built here, as it is: folium wraps a string in a `<div>` named with
    a random id, so the same layers would render to a different script at each rerun, and the
    map page would redraw them (closing an open popup) when nothing on the map changed."""

    _template = Template("{{ this.html }}")

    def __init__(self, html: str) -> None:
        super().__init__()
        self._name = "PopupHtml"
        self.html = html


def popup(html: str) -> folium.Popup:
    """A folium popup for HTML built (and escaped) by this module. A popup that opens near an
    edge pans the map until it clears the zoom and layer buttons (top) and the attribution
    (bottom)."""
    return folium.Popup(
        _PopupHtml(html),
        max_width=POPUP_MAX_WIDTH,
        lazy=True,
        autoPanPaddingTopLeft=(50, 60),
        autoPanPaddingBottomRight=(10, 30),
    )


def event_popup(event: Event, story: Story, words: Words, link: str = "") -> folium.Popup:
    """The click popup of an event (linking to it in the view of `link`, when given)."""
    return popup(popup_html(event, story, words, link))


def tooltip(text: str) -> folium.Tooltip:
    """A hover title for plain (unescaped) text."""
    return folium.Tooltip(escape_text(text), sticky=True)


def event_tooltip(event: Event, words: Words) -> folium.Tooltip:
    """The hover title of an event: 'South Korea → Russia: summons, 21 Oct 2024'."""
    return tooltip(words.event_title(event))


def place_tooltip(place: ResolvedPlace, words: Words) -> str:
    """What hovering a place end or area says about its precision."""
    if place.precision in ("country", "region"):
        return words(f"popup.{place.precision}_place", name=place.name)
    return place.name
