"""Building a validated `Story` from a story document (see `geo.readers`).

A bad event never stops the rest of its story: each is reported as a `Problem` naming the
file, the event, the field and the value, and left out.
"""

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from geo import vocabulary
from geo.actors import known_actors, with_story_colours
from geo.columns import EventColumns
from geo.errors import Problem, worded_problem
from geo.files import entry_label, validation_problems
from geo.gazetteer import ResolvedPlace
from geo.model import (
    Actor,
    Event,
    Mention,
    StoryMeta,
    StoryPlace,
    event_rule_problems,
    validate_event,
)
from geo.paths import display_path
from geo.resolver import PlaceResolver

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class UnresolvedPlace:
    """A place name that no geocoding layer knew: the event (or mention) that uses it is left
    out, and the Places page lists the name."""

    name: str
    field: str
    where: str  # the entry's label, e.g. "'lost-event' (#2)"
    entry: str = "event"  # "event" or "mention"


@dataclass(frozen=True)
class Story:
    """A story's metadata, its valid events, and the places they name, resolved."""

    meta: StoryMeta
    events: tuple[Event, ...]
    places: Mapping[str, ResolvedPlace]
    file: Path
    mentions: tuple[Mention, ...] = ()
    unresolved: tuple[UnresolvedPlace, ...] = ()
    actors: Mapping[str, Actor] = field(default_factory=dict)  # every actor it may name
    # The data file its `context:` names, loaded as a story of its own, drawn under its events.
    context: "Story | None" = field(default=None, repr=False, compare=False)

    @property
    def id(self) -> str:
        """The story's id (its slug)."""
        return self.meta.id

    @cached_property
    def columns(self) -> EventColumns:
        """The events as columns, made once (see `geo.columns`)."""
        return EventColumns(self)

    def span(self) -> tuple[date, date]:
        """First and last day of the story's events (publication day when it has none)."""
        return self.columns.span() or (self.meta.published, self.meta.published)

    def place_of(self, name: str) -> ResolvedPlace:
        """The resolved place for a name an event uses (every such name is resolved)."""
        return self.places[name]

    def location_of(self, event: Event) -> ResolvedPlace:
        """Where a single-place event happened; raises ValueError for a movement."""
        if event.place is None:
            raise ValueError(f"event {event.id!r} is a movement, not a single-place event")
        return self.places[event.place]

    def ends_of(self, event: Event) -> tuple[ResolvedPlace, ResolvedPlace]:
        """(origin, destination) of a movement; raises ValueError for a single-place event."""
        if event.origin is None or event.destination is None:
            raise ValueError(f"event {event.id!r} is not a movement")
        return self.places[event.origin], self.places[event.destination]

    def layer_ids(self) -> tuple[str, ...]:
        """The layers of the story's events, in the vocabulary's order."""
        return tuple(layer for layer in vocabulary.LAYERS.ids if layer in self.columns.layers)

    def actor_ids(self) -> list[str]:
        """Actors of the story's events, in order of first appearance."""
        return list(self.columns.acting_order)


def build_story(
    document: Mapping[str, Any],
    *,
    path: Path,
    actors: Mapping[str, Actor],
    resolver: PlaceResolver,
    on_warning: Callable[[str], None] | None = None,
) -> tuple[Story | None, list[Problem]]:
    """Validate a story document into a `Story` and the problems found in it.

    Invalid events and mentions are left out and reported; names no gazetteer knows become
    `Story.unresolved`. The story is None when its metadata is unusable. `path` is the file
    the document came from (named in messages).
    """
    label = display_path(path)
    raw_events = document.get("events")
    raw_mentions = document.get("mentions", [])
    meta_fields = {k: v for k, v in document.items() if k not in ("events", "mentions", "places")}
    try:
        meta = StoryMeta.model_validate(meta_fields)
    except ValidationError as error:
        return None, validation_problems(error, label, None)

    problems: list[Problem] = []
    actors = _story_actors(meta, known_actors(actors), label, problems)
    if not isinstance(raw_events, Sequence) or isinstance(raw_events, (str, bytes)):
        problems.append(Problem(label, "expected a list of events", None, "events", raw_events))
        raw_events = []
    places: dict[str, ResolvedPlace] = _given_places(document.get("places", []), label, problems)
    unresolved: list[UnresolvedPlace] = []
    preferred: list[str] = []

    def prefer_countries() -> list[str]:
        """Same-name places: prefer those in the countries of the story's own actors (found
        when a name is first resolved: a data file gives every place)."""
        if not preferred:
            named = [raw.get("actor") for raw in raw_events if isinstance(raw, dict)]
            acting = [actors[name] for name in named if isinstance(name, str) and name in actors]
            preferred.extend(sorted({actor.country for actor in acting if actor.country}))
            preferred.append("")  # found, even when none
        return [country for country in preferred if country]

    def resolve(name: str, field_name: str, where: str, entry: str = "event") -> list[Problem]:
        """Resolve a place into `places`; the problem when no layer knows it."""
        if name not in places:
            place = resolver.resolve(
                name, prefer_countries=prefer_countries(), on_warning=on_warning
            )
            if place is None:
                unresolved.append(UnresolvedPlace(name, field_name, where, entry))
                return [
                    worded_problem(
                        label, "problem.unresolved_place", where, field_name, name, entry
                    )
                ]
            places[name] = place
        return []

    events: list[Event] = []
    seen_ids: set[str] = set()
    for index, raw in enumerate(raw_events, start=1):
        where = entry_label(raw, index)
        try:
            event = validate_event(raw)
        except ValidationError as error:
            problems.extend(validation_problems(error, label, where))
            continue
        event_problems = [
            worded_problem(label, key, where, field_name, value, **values)
            for field_name, value, key, values in event_rule_problems(event)
        ]
        event_problems.extend(_actor_problems(event, actors, label, where))
        if event.id in seen_ids:
            event_problems.append(
                Problem(label, "duplicate event id; this event is skipped", where, "id", event.id)
            )
        for field_name, name in event.place_field_names():
            event_problems.extend(resolve(name, field_name, where))
        problems.extend(event_problems)
        if not event_problems:
            events.append(event)
            seen_ids.add(event.id)
    mentions = _load_mentions(raw_mentions, label, problems, resolve)
    used = {name for event in events for name in event.place_names}
    used.update(mention.place for mention in mentions)
    story = Story(
        meta=meta,
        events=tuple(events),
        places={name: place for name, place in places.items() if name in used},
        file=path,
        mentions=tuple(mentions),
        unresolved=tuple(unresolved),
        actors=with_story_colours(actors, _acting_order(events)),
    )
    return story, problems


def _given_places(raw: Any, label: str, problems: list[Problem]) -> dict[str, ResolvedPlace]:
    """The places a story document gives with coordinates, by name (see `StoryPlace`)."""
    if not isinstance(raw, list):
        problems.append(Problem(label, "expected a list of places", None, "places", raw))
        return {}
    given: dict[str, ResolvedPlace] = {}
    for index, entry in enumerate(raw, start=1):
        where = entry_label(entry, index, key="name")
        try:
            place = StoryPlace.model_validate(entry)
        except ValidationError as error:
            problems.extend(
                replace(p, entry="place") for p in validation_problems(error, label, where)
            )
            continue
        given[place.name] = ResolvedPlace(
            query=place.name,
            name=place.name,
            lat=place.lat,
            lon=place.lon,
            country=place.country or "",
            source="story",
            precision="exact",
        )
    return given


def _acting_order(events: list[Event]) -> list[str]:
    """The story's actors in the order they first appear: actor, counterpart, claimant."""
    named = [(e.actor, e.counterpart, e.claimed_by) for e in events]
    return [actor for trio in named for actor in trio if actor is not None]


def _story_actors(
    meta: StoryMeta, known: dict[str, Actor], label: str, problems: list[Problem]
) -> dict[str, Actor]:
    """The actors a story may name: every known one and those it declares."""
    actors = dict(known)
    for index, actor in enumerate(meta.actors, start=1):
        if actor.id in actors:
            message = "already an actor (data/actors.yaml or a country): the known one is used"
            problems.append(Problem(label, message, f"#{index}", "id", actor.id, "actor"))
        else:
            actors[actor.id] = actor
    return actors


def _load_mentions(
    raw_mentions: Any,
    label: str,
    problems: list[Problem],
    resolve: Callable[[str, str, str, str], list[Problem]],
) -> list[Mention]:
    """The story's `mentions:`, each resolved; bad ones are reported and left out."""
    if not isinstance(raw_mentions, list):
        problems.append(
            Problem(label, "expected a list of mentions", None, "mentions", raw_mentions)
        )
        return []
    mentions = []
    for index, raw in enumerate(raw_mentions, start=1):
        where = f"#{index}"
        try:
            mention = Mention.model_validate(raw)
        except ValidationError as error:
            problems.extend(
                replace(problem, entry="mention")
                for problem in validation_problems(error, label, where)
            )
            continue
        found = resolve(mention.place, "place", where, "mention")
        problems.extend(found)
        if not found:
            mentions.append(mention)
    return mentions


def _actor_problems(
    event: Event, actors: Mapping[str, Actor], label: str, where: str
) -> list[Problem]:
    problems = []
    for field_name in ("actor", "counterpart", "claimed_by"):
        actor_id = getattr(event, field_name)
        if actor_id is not None and actor_id not in actors:
            problems.append(
                worded_problem(label, "problem.unknown_actor", where, field_name, actor_id)
            )
    return problems
