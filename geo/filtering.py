"""Selecting events by date span, actor, layer and status: one rule for the map and the export."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from geo.model import Event


@dataclass(frozen=True)
class EventFilter:
    """What to keep. None means "no restriction"; an empty set keeps nothing.

    An event is kept when its span [date_start, date_end] overlaps [start, end] and its actor,
    layer and status are among those given.
    """

    start: date | None = None
    end: date | None = None
    actors: frozenset[str] | None = None
    layers: frozenset[str] | None = None
    statuses: frozenset[str] | None = None

    def matches(self, event: Event) -> bool:
        """Whether `event` passes every criterion."""
        return (
            (self.start is None or event.date_end >= self.start)
            and (self.end is None or event.date_start <= self.end)
            and (self.actors is None or event.actor in self.actors)
            and (self.layers is None or event.layer in self.layers)
            and (self.statuses is None or event.status in self.statuses)
        )


def filter_events(events: Iterable[Event], event_filter: EventFilter) -> list[Event]:
    """The events that match, in date order (by first day, then last day; events with the same
    dates keep their order in the story file)."""
    kept = [event for event in events if event_filter.matches(event)]
    return sorted(kept, key=lambda event: (event.date_start, event.date_end))


def with_event(events: list[Event], story_events: Iterable[Event], event_id: str) -> list[Event]:
    """The view's events, and the event a link opened it on (one of `story_events`) even when
    the filters leave it out, in date order as `filter_events` gives them."""
    if not event_id or any(event.id == event_id for event in events):
        return events
    linked = [event for event in story_events if event.id == event_id]
    return sorted([*events, *linked], key=lambda event: (event.date_start, event.date_end))
