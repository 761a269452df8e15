"""A story's events as columns (numpy arrays, one row per event, built once per story) and
`EventSet`, the events a view shows as rows of them: the filters, the legend, the map's bulk
layer and the counted timeline ask their questions of whole columns, so that a rerun over
100,000 events does no work per event in Python."""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, overload

import numpy as np
import numpy.typing as npt

from geo import vocabulary
from geo.model import Event

if TYPE_CHECKING:
    from geo.stories import Story

Rows = npt.NDArray[np.int64]
Mask = npt.NDArray[np.bool_]
NONE = -1  # no counterpart, no single place


def _codes(values: Sequence[str], table: Sequence[str]) -> npt.NDArray[np.int32]:
    index = {value: code for code, value in enumerate(table)}
    return np.fromiter((index[value] for value in values), dtype=np.int32, count=len(values))


class EventColumns:
    """The events of a story as arrays, in the story's order (row i is `story.events[i]`):
    first and last day (proleptic ordinals), actor and counterpart (codes in `actor_ids`,
    `NONE` for no counterpart), layer, kind and status (codes in the vocabulary's ids), the
    single place (a code in `place_names`, `NONE` for a movement) and its coordinates, and
    flags the legend needs (a movement; a place drawn as a region; a movement's end that is a
    whole country; a movement with a troop number). `singles` lists the rows of the
    single-place events, in the story's order."""

    def __init__(self, story: "Story") -> None:
        events = story.events
        self.count = len(events)
        self.start = np.fromiter((e.date_start.toordinal() for e in events), np.int32, self.count)
        self.end = np.fromiter((e.date_end.toordinal() for e in events), np.int32, self.count)
        named = dict.fromkeys(
            name for e in events for name in (e.actor, e.counterpart) if name is not None
        )
        self.actor_ids: tuple[str, ...] = tuple(named)
        self.actor = _codes([e.actor for e in events], self.actor_ids)
        others = {name: code for code, name in enumerate(self.actor_ids)}
        self.counterpart = np.fromiter(
            (NONE if e.counterpart is None else others[e.counterpart] for e in events),
            np.int32,
            self.count,
        )
        self.layer = _codes([e.layer for e in events], vocabulary.LAYERS.ids)
        self.kind = _codes([e.kind for e in events], vocabulary.KINDS.ids)
        self.status = _codes([e.status for e in events], vocabulary.STATUSES.ids)
        self.movement = np.fromiter((e.origin is not None for e in events), np.bool_, self.count)
        self.place_names: tuple[str, ...] = tuple(
            dict.fromkeys(e.place for e in events if e.place is not None)
        )
        places = {name: code for code, name in enumerate(self.place_names)}
        self.place = np.fromiter(
            (NONE if e.place is None else places[e.place] for e in events), np.int32, self.count
        )
        located = [story.place_of(name) for name in self.place_names]
        self.place_lat = np.array([place.lat for place in located], dtype=np.float64)
        self.place_lon = np.array([place.lon for place in located], dtype=np.float64)

        def precise(event: Event, precision: str) -> bool:
            return any(story.place_of(name).precision == precision for name in event.place_names)

        self.region = np.fromiter((precise(e, "region") for e in events), np.bool_, self.count)
        self.country_end = self.movement & np.fromiter(
            (precise(e, "country") for e in events), np.bool_, self.count
        )
        self.troops = self.movement & np.fromiter(
            (bool(e.troops) for e in events), np.bool_, self.count
        )
        # Every row in date order: by first day, then last day, then the story's order.
        self.by_date: Rows = np.lexsort((self.end, self.start)).astype(np.int64)
        self.row_of = {event.id: row for row, event in enumerate(events)}
        self.singles: Rows = np.flatnonzero(~self.movement).astype(np.int64)

    def span(self) -> tuple[date, date] | None:
        """First and last day of the events (None without events)."""
        if not self.count:
            return None
        return date.fromordinal(int(self.start.min())), date.fromordinal(int(self.end.max()))

    @cached_property
    def acting_order(self) -> tuple[str, ...]:
        """The actors of the events, in order of first appearance."""
        return tuple(self.acting(np.arange(self.count)))

    @cached_property
    def layers(self) -> frozenset[str]:
        """The layers of the events."""
        return self.used(self.layer, vocabulary.LAYERS.ids)

    def acting(self, rows: Rows) -> list[str]:
        """The actors of these rows' events, in order of first appearance."""
        codes = self.actor[rows]
        _, first = np.unique(codes, return_index=True)
        return [self.actor_ids[code] for code in codes[np.sort(first)]]

    def used(self, codes: npt.NDArray[np.int32], table: Sequence[str]) -> frozenset[str]:
        """The values of `table` that these codes use."""
        return frozenset(table[code] for code in np.unique(codes))


@dataclass(frozen=True)
class Shown:
    """What a set of events shows, as the legend says it: the actors in order of first
    appearance, the layers, the kinds of single-place events, the statuses, and whether any
    place is a region, any movement ends on a country, is planned or counts troops."""

    actors: tuple[str, ...]
    layers: frozenset[str]
    single_kinds: frozenset[str]
    statuses: frozenset[str]
    singles: int
    regions: bool
    country_ends: bool
    planned_movements: bool
    troop_movements: bool


class EventSet(Sequence[Event]):
    """Some events of a story, as row numbers in its columns (in the order they are shown): a
    sequence of `Event`s, made only when asked for one by one, and whole-column answers."""

    def __init__(self, story: "Story", rows: Rows) -> None:
        self.story = story
        self.rows = rows

    @classmethod
    def of(cls, story: "Story", events: "Sequence[Event]") -> "EventSet":
        """These events of `story` (an `EventSet` as it is; others found by id)."""
        if isinstance(events, EventSet):
            return events
        row_of = story.columns.row_of
        rows = np.fromiter((row_of[event.id] for event in events), np.int64, len(events))
        return cls(story, rows)

    @cached_property
    def _events(self) -> list[Event]:
        return list(map(self.story.events.__getitem__, self.rows.tolist()))

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> list[Event]: ...

    def __getitem__(self, index: int | slice) -> Event | list[Event]:
        if isinstance(index, slice):
            return [self.story.events[row] for row in self.rows[index].tolist()]
        return self.story.events[int(self.rows[index])]

    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EventSet):
            return other.story is self.story and np.array_equal(other.rows, self.rows)
        return isinstance(other, Sequence) and list(self) == list(other)

    def row(self, event_id: str) -> int | None:
        """The row of one of these events, by id (None when it is not one of them)."""
        row = self.story.columns.row_of.get(event_id)
        return row if row is not None and bool(np.isin(row, self.rows)) else None

    def key(self) -> bytes:
        """These rows as bytes: a cache key for what depends on which events are shown."""
        return self.rows.tobytes()

    @cached_property
    def singles(self) -> Rows:
        """The rows of the single-place events among these."""
        return self.rows[~self.story.columns.movement[self.rows]]

    @cached_property
    def movements(self) -> list[Event]:
        """The movements among these events."""
        moving = self.rows[self.story.columns.movement[self.rows]]
        return [self.story.events[row] for row in moving.tolist()]

    @cached_property
    def shown(self) -> Shown:
        """What these events show (for the legend)."""
        columns, rows = self.story.columns, self.rows
        moving = columns.movement[rows]
        kinds = columns.kind[rows]
        plan = vocabulary.KINDS.ids.index("plan")
        return Shown(
            actors=tuple(columns.acting(rows)),
            layers=columns.used(columns.layer[rows], vocabulary.LAYERS.ids),
            single_kinds=columns.used(kinds[~moving], vocabulary.KINDS.ids),
            statuses=columns.used(columns.status[rows], vocabulary.STATUSES.ids),
            singles=int((~moving).sum()),
            regions=bool(columns.region[rows].any()),
            country_ends=bool(columns.country_end[rows].any()),
            planned_movements=bool((moving & (kinds == plan)).any()),
            troop_movements=bool(columns.troops[rows].any()),
        )
