"""Selecting events by date span, actor, layer and status: one rule for the map and the export,
asked of whole columns (`geo.columns`)."""

from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from geo import vocabulary
from geo.columns import EventSet, Mask, Rows
from geo.stories import Story


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


def _among(codes: np.ndarray, table: tuple[str, ...], chosen: frozenset[str] | None) -> Mask:
    if chosen is None:
        return np.ones(len(codes), np.bool_)
    wanted = [code for code, value in enumerate(table) if value in chosen]
    return np.isin(codes, np.array(wanted, dtype=codes.dtype))


def _kept(story: Story, event_filter: EventFilter, rows: Rows) -> Mask:
    """Which of these rows of the story's events the filter keeps."""
    columns = story.columns
    keep = _among(columns.actor[rows], columns.actor_ids, event_filter.actors)
    keep &= _among(columns.layer[rows], vocabulary.LAYERS.ids, event_filter.layers)
    keep &= _among(columns.status[rows], vocabulary.STATUSES.ids, event_filter.statuses)
    if event_filter.start is not None:
        keep &= columns.end[rows] >= event_filter.start.toordinal()
    if event_filter.end is not None:
        keep &= columns.start[rows] <= event_filter.end.toordinal()
    return keep


def filter_events(story: Story, event_filter: EventFilter) -> EventSet:
    """The events of `story` that match, in date order (by first day, then last day; events
    with the same dates keep their order in the story file)."""
    rows = story.columns.by_date
    return EventSet(story, rows[_kept(story, event_filter, rows)])


def left_out(story: Story, event_filter: EventFilter, event_id: str) -> bool:
    """Whether the filter leaves out this event of the story (False for an unknown id)."""
    row = story.columns.row_of.get(event_id)
    return row is not None and not _kept(story, event_filter, np.array([row]))[0]


def context_events(story: Story, event_filter: EventFilter) -> EventSet | None:
    """The events of the story's `context` data the view shows (None without one): those of
    its days and statuses, of the story's actors the filter keeps, and of every actor the
    story does not name (the sidebar lists only the story's); all its layers."""
    context = story.context
    if context is None:
        return None
    actors = event_filter.actors
    if actors is not None:
        actors = actors | (frozenset(context.columns.actor_ids) - frozenset(story.actor_ids()))
    return filter_events(context, replace(event_filter, actors=actors, layers=None))


def with_event(events: EventSet, event_id: str) -> EventSet:
    """The view's events, and the event a link opened it on (one of the story's) even when the
    filters leave it out, in date order as `filter_events` gives them."""
    row = events.story.columns.row_of.get(event_id)
    if row is None or events.row(event_id) is not None:
        return events
    columns = events.story.columns
    rows = np.append(events.rows, row)
    order = np.lexsort((rows, columns.end[rows], columns.start[rows]))
    return EventSet(events.story, rows[order])
