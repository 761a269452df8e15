"""Big stories on the map: beyond `BULK_THRESHOLD` single-place events, the map draws them in
bulk. Every single-place event of the story goes to the browser once, packed as binary
columns (`packed`: where, when, who and what as numbers, no text), which the app's page
keeps (dashboard.bulk); each run then sends only which of them the view shows (`shown_bits`,
one bit an event) and the words to draw them with. static/app/bulk.js clusters (Supercluster)
and draws them, one element for them all instead of one per event: discs that count the
events of a place and ring them by layer, splitting as the reader zooms in, then a dot per
event (its actor's colour, ringed in its layer's). A dot's popup shows its title at once and
asks the app for the rest, which comes back as the usual popup HTML
(`geo.map.popups.popup_html`, escaped in one place) through dashboard.position.

The packed columns, little-endian: a 32-byte header (`key`, 16 ASCII hex digits naming the
data; the number of events n; the number of places p; the format's version), then the
places' latitude and longitude (float32 × p each), then per event its place (uint32, an index
in the places), first day (uint32, days after the story's first), actor and counterpart
(int32, indexes in the story's actors, -1 for none), layer and kind (uint8, indexes in the
story's layers and the vocabulary's kinds)."""

import base64
import hashlib
import struct
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from branca.element import MacroElement
from jinja2 import Template

from geo import vocabulary
from geo.columns import EventColumns, EventSet
from geo.i18n import Words
from geo.map.symbology import actor_color
from geo.model import Event
from geo.stories import Story

# Single-place events shown above which the map draws them in bulk (clustered in the browser).
BULK_THRESHOLD = 200
# Events the map page lists under the map: a big story's map knows these by id, so that a
# list line and its dot outline each other and a line opens its dot's card.
LISTED = 200
PACKED_VERSION = 1
_HEADER = struct.Struct("<16sIII4x")


def in_bulk(singles: int) -> bool:
    """Whether the map draws this many shown single-place events in bulk."""
    return singles > BULK_THRESHOLD


def drawn_in_bulk(story: Story, events: Sequence[Event]) -> bool:
    """Whether the map draws these (shown) events of `story` in bulk: more single-place events
    than `BULK_THRESHOLD`."""
    return in_bulk(EventSet.of(story, events).shown.singles)


def packed(story: Story) -> bytes:
    """Every single-place event of `story` as binary columns (the layout above), made once."""
    return _packed(story.columns, story.layer_ids())


@lru_cache(maxsize=4)
def _packed(columns: EventColumns, layer_ids: tuple[str, ...]) -> bytes:
    rows = columns.singles
    span = columns.span()
    first = span[0].toordinal() if span else 0
    layer_codes = np.array(
        [layer_ids.index(layer) if layer in layer_ids else 0 for layer in vocabulary.LAYERS.ids],
        dtype=np.uint8,
    )
    body = b"".join(
        array.tobytes()
        for array in (
            columns.place_lat.astype("<f4"),
            columns.place_lon.astype("<f4"),
            columns.place[rows].astype("<u4"),
            (columns.start[rows] - first).astype("<u4"),
            columns.actor[rows].astype("<i4"),
            columns.counterpart[rows].astype("<i4"),
            layer_codes[columns.layer[rows]],
            columns.kind[rows].astype(np.uint8),
        )
    )
    key = hashlib.blake2b(body, digest_size=8).hexdigest().encode()
    header = _HEADER.pack(key, len(rows), len(columns.place_names), PACKED_VERSION)
    return header + body


def packed_key(data: bytes) -> str:
    """The key a packed payload names itself by."""
    return data[:16].decode()


def packed_index(story: Story, event_id: str) -> int:
    """The index of an event among `packed`'s (-1: not a single-place event of the story)."""
    return _packed_at(story.columns.singles, story.columns.row_of.get(event_id, -1))


def _packed_at(singles: npt.NDArray[np.int64], row: int) -> int:
    at = int(np.searchsorted(singles, row))  # the packed events are the singles, in row order
    return at if at < len(singles) and singles[at] == row else -1


def shown_bits(events: EventSet) -> str:
    """Which of the packed events these events show: one bit an event, in the packed order
    (least significant bit first), in base64."""
    singles = events.story.columns.singles
    bits = np.zeros(len(singles), dtype=np.bool_)
    bits[np.searchsorted(singles, events.singles)] = True  # the packed events: in row order
    return base64.b64encode(np.packbits(bits, bitorder="little").tobytes()).decode()


def bulk_box(events: EventSet) -> list[tuple[float, float]]:
    """The corners of the box of these events' single places (none without such events)."""
    columns = events.story.columns
    places = np.unique(columns.place[events.singles])
    if not len(places):
        return []
    lats, lons = columns.place_lat[places], columns.place_lon[places]
    return [(float(lats.min()), float(lons.min())), (float(lats.max()), float(lons.max()))]


class BulkEvents(MacroElement):
    """The events of `packed`, drawn by `newsmap.bulk` into the feature group this element is
    added to (one out of the layer control: the control's layers show and hide its events).
    `source` names the packed data the page keeps (`{"key"}`) or carries it (`{"key",
    "inline"}`, base64, for a page of its own); `shown` is `shown_bits`. Text reaches the page
    as JSON (HTML-safe) and the script puts it into the page as text, never as HTML."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        newsmap.bulk({{ this._parent.get_name() }}, {{ this.source|tojson }},
                     {{ this.shown|tojson }}, {{ this.texts|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, source: dict[str, str], shown: str, texts: dict[str, object]) -> None:
        super().__init__()
        self._name = "BulkEvents"
        self.source = source
        self.shown = shown
        self.texts = texts


def listed_events(events: EventSet) -> dict[str, int]:
    """The packed index, by id, of the single-place events among the first `LISTED` of these
    (those the map page lists)."""
    story = events.story
    return {
        story.events[row].id: at
        for row in events.rows[:LISTED].tolist()
        if (at := _packed_at(story.columns.singles, row)) >= 0
    }


def bulk_texts(story: Story, words: Words, focus: str = "") -> dict[str, object]:
    """What the bulk events say and show: each layer's name (as the layer control shows it) and
    colour, each kind's name, each actor's name and colour (in the order of the story's
    columns), the story's first day and the reader's locale (to say a day), the cluster and
    list labels, and the packed index of the event `focus` (-1: none)."""
    columns = story.columns
    return {
        "layers": [
            {"name": term.name(words.language), "color": term.color or "#555555"}
            for term in (vocabulary.LAYERS[layer] for layer in story.layer_ids())
        ],
        "kinds": [term.name(words.language).lower() for term in vocabulary.KINDS],
        "actors": [
            {"name": words.actor(actor), "color": actor_color(words.actors, actor)}
            for actor in columns.actor_ids
        ],
        "first": story.span()[0].isoformat(),
        "locale": str(words.locale).replace("_", "-"),
        # The script fills {count} and {layers} ("120 Battles, 40 Strikes and explosions").
        "cluster": words("map.bulk.cluster", count="{count}", layers="{layers}"),
        "more": words("map.bulk.more", count="{count}"),
        "loading": words("map.bulk.loading"),
        "focus": {"id": focus, "at": packed_index(story, focus)},
    }
