"""Loading actors and story files into validated `Story` objects, keeping what is valid.

A broken file never stops the others from loading, and a bad event never stops the rest of its
story: each is reported as a `Problem` naming the file, the event, the field and the value.
Files are only ever read.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from geo.errors import DataError, Problem, UnknownStoryError
from geo.files import entry_label, load_records, read_yaml, validation_problems
from geo.gazetteer import ResolvedPlace
from geo.model import Actor, Event, Mention, StoryMeta, event_rule_problems
from geo.paths import ACTORS_FILE, display_path, stories_dir
from geo.resolver import PlaceResolver

STORY_SUFFIXES = (".yaml", ".yml")
UNRESOLVED_MESSAGE = "place not found in any gazetteer"


@dataclass(frozen=True)
class Story:
    """A story's metadata, its valid events, and the places they name, resolved."""

    meta: StoryMeta
    events: tuple[Event, ...]
    places: Mapping[str, ResolvedPlace]
    file: Path
    mentions: tuple[Mention, ...] = ()

    @property
    def id(self) -> str:
        """The story's id (its slug)."""
        return self.meta.id

    def span(self) -> tuple[date, date]:
        """First and last day of the story's events (publication day when it has none)."""
        if not self.events:
            return (self.meta.published, self.meta.published)
        return (
            min(event.date_start for event in self.events),
            max(event.date_end for event in self.events),
        )

    def place_of(self, name: str) -> ResolvedPlace:
        """The resolved place for a name an event uses (every such name is resolved)."""
        return self.places[name]

    def actor_ids(self) -> list[str]:
        """Actors of the story's events, in order of first appearance."""
        return list(dict.fromkeys(event.actor for event in self.events))


@dataclass(frozen=True)
class Catalog:
    """Every story that loaded, the actors, and every problem found on the way."""

    stories: Mapping[str, Story]
    actors: Mapping[str, Actor]
    problems: tuple[Problem, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @property
    def default_story_id(self) -> str | None:
        """The most recently published story (ties: the smallest id), None with no story."""
        if not self.stories:
            return None
        newest = max(story.meta.published for story in self.stories.values())
        return min(story.id for story in self.stories.values() if story.meta.published == newest)

    def story(self, story_id: str) -> Story:
        """The story with this id; raises `UnknownStoryError` listing the known ones."""
        try:
            return self.stories[story_id]
        except KeyError:
            known = ", ".join(sorted(self.stories)) or "none"
            raise UnknownStoryError(f"no story with id {story_id!r} (known: {known})") from None


def load_actors(path: Path = ACTORS_FILE) -> tuple[dict[str, Actor], list[Problem]]:
    """Actors by id from an actors file, and a Problem for each bad entry (which is left out)."""
    records, problems = load_records(path, "actors", Actor, entry="actor")
    actors: dict[str, Actor] = {}
    for where, actor in records:
        if actor.id in actors:
            problems.append(
                Problem(display_path(path), "duplicate actor id", where, "id", actor.id, "actor")
            )
        else:
            actors[actor.id] = actor
    return actors, problems


def load_catalog(
    directory: Path | None = None,
    *,
    resolver: PlaceResolver,
    actors_file: Path = ACTORS_FILE,
) -> Catalog:
    """Load every story file of `directory` (default: `stories_dir()`), keeping what is valid."""
    directory = directory if directory is not None else stories_dir()
    actors, problems = load_actors(actors_file)
    problems.extend(resolver.gazetteer.problems)
    warnings: list[str] = []
    stories: dict[str, Story] = {}
    for path in story_files(directory, problems):
        story, file_problems = load_story_file(
            path, actors=actors, resolver=resolver, on_warning=warnings.append
        )
        problems.extend(file_problems)
        if story is None:
            continue
        if story.id in stories:
            first = display_path(stories[story.id].file)
            message = f"story id already used by {first}; this file is skipped"
            problems.append(Problem(display_path(path), message, None, "id", story.id))
            continue
        stories[story.id] = story
    return Catalog(stories, actors, tuple(problems), tuple(warnings))


def story_files(directory: Path, problems: list[Problem]) -> list[Path]:
    """The story files of a folder, sorted; a missing folder is reported, not raised."""
    if not directory.is_dir():
        problems.append(Problem(display_path(directory), "stories folder not found"))
        return []
    return sorted(
        path
        for path in directory.iterdir()
        if path.suffix in STORY_SUFFIXES and not path.name.startswith(".") and path.is_file()
    )


def load_story_file(
    path: Path,
    *,
    actors: Mapping[str, Actor],
    resolver: PlaceResolver,
    on_warning: Callable[[str], None] | None = None,
) -> tuple[Story | None, list[Problem]]:
    """One story and the problems found in it; the story is None when its metadata is unusable."""
    label = display_path(path)
    try:
        document = read_yaml(path)
    except DataError as error:
        return None, list(error.problems)
    if not isinstance(document, dict):
        return None, [Problem(label, "expected a mapping with story fields and `events:`")]

    raw_events = document.get("events")
    raw_mentions = document.get("mentions", [])
    meta_fields = {k: v for k, v in document.items() if k not in ("events", "mentions")}
    try:
        meta = StoryMeta.model_validate(meta_fields)
    except ValidationError as error:
        return None, validation_problems(error, label, None)

    problems: list[Problem] = []
    if not isinstance(raw_events, list):
        problems.append(Problem(label, "expected a list of events", None, "events", raw_events))
        raw_events = []

    prefer_countries = [actor.country for actor in actors.values() if actor.country]
    places: dict[str, ResolvedPlace] = {}

    def resolve(name: str, field_name: str, where: str, entry: str = "event") -> list[Problem]:
        """Resolve a place into `places`; the problem when no layer knows it."""
        if name not in places:
            place = resolver.resolve(name, prefer_countries=prefer_countries, on_warning=on_warning)
            if place is None:
                return [Problem(label, UNRESOLVED_MESSAGE, where, field_name, name, entry)]
            places[name] = place
        return []

    events: list[Event] = []
    seen_ids: set[str] = set()
    for index, raw in enumerate(raw_events, start=1):
        where = entry_label(raw, index)
        try:
            event = Event.model_validate(raw)
        except ValidationError as error:
            problems.extend(validation_problems(error, label, where))
            continue
        event_problems = [
            Problem(label, message, where, field_name, value)
            for field_name, value, message in event_rule_problems(event)
        ]
        event_problems.extend(_actor_problems(event, actors, label, where))
        if event.id in seen_ids:
            event_problems.append(
                Problem(label, "duplicate event id; this event is skipped", where, "id", event.id)
            )
        for field_name in ("place", "origin", "destination"):
            name = getattr(event, field_name)
            if name is not None:
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
    )
    return story, problems


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
            known = ", ".join(sorted(actors)) or "none loaded"
            problems.append(
                Problem(label, f"unknown actor (known: {known})", where, field_name, actor_id)
            )
    return problems
