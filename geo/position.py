"""Where the reader is in a story on the map, as the map reports it to the app: the day its
playback shows and the event it stepped to, kept to what the story and the view can show."""

from collections.abc import Mapping
from datetime import date
from typing import Any

from geo.links import AT_PARAM, EVENT_PARAM
from geo.stories import Story
from geo.view import View

BACKGROUND = "background"  # an event of the story's background data, which links do not carry


def day_in_view(day: date | None, view: View) -> date | None:
    """The map's playback day `day` when it falls in the view's dates; None otherwise."""
    return day if day is not None and view.start <= day <= view.end else None


def reported_position(value: object, story: Story) -> dict[str, Any]:
    """What the map reported of where the reader is, `{"at": ISO day or "", "event": id or
    "", "bulk": n, "background": true or false}` (any part may be missing; "bulk" is the
    index of a big story's event as the map packs them, `geo.map.bulk.packed`, of its
    background data's with "background"), as the parts `story` can show: "at", the playback
    day (None: the whole period), "event", an event id ("" for none), and "background", the
    id of an event of its background data. A part that is not text (or a whole number), not
    a day of the story or not one of its events is left out."""
    reported = value if isinstance(value, Mapping) else {}
    position: dict[str, Any] = {}
    at, event = reported.get(AT_PARAM), reported.get(EVENT_PARAM)
    if at == "":
        position[AT_PARAM] = None
    elif isinstance(at, str):
        try:
            day = date.fromisoformat(at)
        except ValueError:
            day = None
        first, last = story.span()
        if day is not None and first <= day <= last:
            position[AT_PARAM] = day
    if isinstance(event, str) and (not event or event in story.columns.row_of):
        position[EVENT_PARAM] = event
    bulk = reported.get("bulk")
    packed_by = story.context if reported.get("background") is True else story
    if type(bulk) is int and packed_by is not None and 0 <= bulk < len(packed_by.columns.singles):
        event_id = packed_by.events[int(packed_by.columns.singles[bulk])].id
        position[BACKGROUND if packed_by is not story else EVENT_PARAM] = event_id
    return position
