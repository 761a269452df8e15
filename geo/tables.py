"""The tables of the Events and Places pages, as pandas DataFrames."""

from collections import defaultdict
from collections.abc import Iterable, Mapping

import pandas as pd

from geo.errors import Problem
from geo.formatting import actor_name, format_span, kind_label, status_label
from geo.map_layers import LAYER_NAMES
from geo.model import Actor, Event
from geo.paths import display_path
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
        origin = story.place_of(event.origin).name  # type: ignore[arg-type]
        destination = story.place_of(event.destination).name  # type: ignore[arg-type]
        return f"{origin} → {destination}"
    return story.place_of(event.place).name  # type: ignore[arg-type]


def events_table(story: Story, events: list[Event], actors: Mapping[str, Actor]) -> pd.DataFrame:
    """One readable row per event, in the order given (date order, from `filter_events`)."""
    rows = [
        {
            "When": format_span(event),
            "Layer": LAYER_NAMES[event.layer],
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
        for field in ("place", "origin", "destination"):
            name = getattr(event, field)
            if name is not None:
                counts[name] += 1
    return counts


def places_table(story: Story, problems: list[Problem], shown: list[Event]) -> pd.DataFrame:
    """Every place of the story: its spellings in the source, how and where it resolved, how
    many of its events are `shown` (those passing the filters) and in the story, and (flagged
    "UNRESOLVED") the names no geocoder knew, from the loading problems."""
    spellings: dict[str, set[str]] = defaultdict(set)
    for event in story.events:
        for field in ("place", "origin", "destination"):
            name = getattr(event, field)
            if name is not None:
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
    for problem in problems:
        unresolved = problem.message.startswith(UNRESOLVED_MESSAGE)
        if unresolved and problem.file == display_path(story.file):
            rows.append(
                {
                    "Spelling in the source": str(problem.value),
                    "Resolved name": "UNRESOLVED",
                    "Geocoder": "none",
                    "Precision": "",
                    "Events shown": 0,
                    "Events in the story": 0,
                    "Note": f"Event {problem.event}: {problem.message}; the event is not shown.",
                }
            )
    return pd.DataFrame(rows, columns=list(PLACE_COLUMNS))
