"""The tables of the Events and Places pages, as pandas DataFrames."""

from collections import defaultdict
from collections.abc import Iterable, Mapping

import pandas as pd

from geo import vocabulary
from geo.formatting import actor_name, format_span, kind_label, status_label
from geo.model import Actor, Event
from geo.stories import UNRESOLVED_MESSAGE, Story

EVENT_COLUMNS = (
    "When",
    "Layer",
    "Kind",
    "Actor",
    "Counterpart",
    "Where",
    "Troops",
    "Status",
    "Summary",
    "Quote",
    "Source",
    "id",
)
PLACE_COLUMNS = (
    "Spelling in the source",
    "Resolved name",
    "Latitude",
    "Longitude",
    "Country",
    "Geocoder",
    "Precision",
    "Events shown",
    "Events in the story",
    "Note",
)


def _where(event: Event, story: Story) -> str:
    if event.is_movement:
        origin, destination = story.ends_of(event)
        return f"{origin.name} → {destination.name}"
    return story.location_of(event).name


def events_table(story: Story, events: list[Event], actors: Mapping[str, Actor]) -> pd.DataFrame:
    """One readable row per event, in the order given (date order, from `filter_events`)."""
    rows = [
        {
            "When": format_span(event),
            "Layer": vocabulary.LAYERS.name(event.layer),
            "Kind": kind_label(event.kind),
            "Actor": actor_name(actors, event.actor),
            "Counterpart": actor_name(actors, event.counterpart),
            "Where": _where(event, story),
            "Troops": event.troops,
            "Status": status_label(event, actors),
            "Summary": event.summary,
            "Quote": event.quote,
            "Source": f"{event.source}, {event.source_date.isoformat()}",
            "id": event.id,
        }
        for event in events
    ]
    frame = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    frame["Troops"] = frame["Troops"].astype("Int64")
    return frame


def _place_counts(events: Iterable[Event]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for event in events:
        for _, name in event.place_field_names():
            counts[name] += 1
    return counts


def places_table(story: Story, shown: list[Event]) -> pd.DataFrame:
    """Every place of the story: its spellings in the source, how and where it resolved, how
    many of its events are `shown` (those passing the filters) and in the story, and (flagged
    "UNRESOLVED") the names no geocoder knew."""
    spellings: dict[str, set[str]] = defaultdict(set)
    for event in story.events:
        for field, name in event.place_field_names():
            text = getattr(event, f"{field}_text")
            spellings[name].add(text if text is not None else "(not named)")
    counts, shown_counts = _place_counts(story.events), _place_counts(shown)
    for mention in story.mentions:
        spellings[mention.place].discard("(not named)")
        spellings[mention.place].add(mention.place_text)
    notes = {mention.place: mention.note for mention in story.mentions}
    rows = []
    for name in sorted(story.places):
        place = story.places[name]
        rows.append(
            {
                "Spelling in the source": ", ".join(sorted(spellings[name])),
                "Resolved name": place.name,
                "Latitude": place.lat,
                "Longitude": place.lon,
                "Country": place.country,
                "Geocoder": place.source,
                "Precision": place.precision,
                "Events shown": shown_counts[name],
                "Events in the story": counts[name],
                "Note": " ".join(filter(None, (notes.get(name, ""), place.note))),
            }
        )
    for unresolved in story.unresolved:
        rows.append(
            {
                "Spelling in the source": unresolved.name,
                "Resolved name": "UNRESOLVED",
                "Geocoder": "none",
                "Precision": "",
                "Events shown": 0,
                "Events in the story": 0,
                "Note": f"{unresolved.entry.capitalize()} {unresolved.where}: "
                f"{UNRESOLVED_MESSAGE}; the {unresolved.entry} is not shown.",
            }
        )
    return pd.DataFrame(rows, columns=list(PLACE_COLUMNS))
