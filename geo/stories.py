"""Building validated `Story` objects from story documents, and the catalog of a folder.

Data flows one way: a reader (`geo.readers`) turns each file into a plain document,
`build_story` validates it into a `Story`. A broken file never stops the others from loading,
and a bad event never stops the rest of its story: each is reported as a `Problem` naming the
file, the event, the field and the value. Files are only ever read.
"""

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from geo.errors import DataError, Problem, UnknownStoryError
from geo.files import entry_label, load_records, validation_problems
from geo.gazetteer import ResolvedPlace
from geo.model import Actor, Event, Mention, StoryMeta, event_rule_problems
from geo.paths import ACTORS_FILE, GAZETTEER_FILE, display_path, stories_dir
from geo.readers import READERS, reader_for
from geo.resolver import PlaceResolver

UNRESOLVED_MESSAGE = "place not found in any gazetteer"

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

    def default_story(self) -> Story:
        """The default story; raises `UnknownStoryError` when no story loaded."""
        return self.story(self.default_story_id or "")

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
    files, file_problems = story_files(directory)
    problems.extend(file_problems)
    for path in files:
        story, story_problems = load_story_file(
            path, actors=actors, resolver=resolver, on_warning=warnings.append
        )
        problems.extend(story_problems)
        if story is None:
            continue
        if story.id in stories:
            first = display_path(stories[story.id].file)
            message = f"story id already used by {first}; this file is skipped"
            problems.append(Problem(display_path(path), message, None, "id", story.id))
            continue
        stories[story.id] = story
    return Catalog(stories, actors, tuple(problems), tuple(warnings))


def story_files(directory: Path) -> tuple[list[Path], list[Problem]]:
    """The story files of a folder, sorted, and a problem for each one that is not read.

    A story file is a regular file with a reader's suffix whose name does not start with a
    dot. A symbolic link is followed only when its target is inside the folder: a link out of
    it could make a visitor-facing problem list show another file's content. A missing folder
    is a problem, not an exception.
    """
    if not directory.is_dir():
        return [], [Problem(display_path(directory), "stories folder not found")]
    folder = directory.resolve()
    files: list[Path] = []
    problems: list[Problem] = []
    for path in sorted(directory.iterdir()):
        if path.name.startswith(".") or reader_for(path) is None:
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(folder):
            message = "a link to a file outside the stories folder: not followed"
            problems.append(Problem(display_path(path), message))
            continue
        if path.is_file():
            files.append(path)
    return files, problems


def catalog_signature(directory: Path) -> tuple[tuple[str, int | None, int | None], ...]:
    """Names, modification times and sizes of every file the catalog reads (the actors, the
    gazetteer and the story files), so that an edited file is loaded again."""
    files, _ = story_files(directory)
    signature: list[tuple[str, int | None, int | None]] = []
    for path in [ACTORS_FILE, GAZETTEER_FILE, *files]:
        try:
            stat = path.stat()
            signature.append((str(path), stat.st_mtime_ns, stat.st_size))
        except OSError:
            signature.append((str(path), None, None))
    return tuple(signature)


def load_story_file(
    path: Path,
    *,
    actors: Mapping[str, Actor],
    resolver: PlaceResolver,
    on_warning: Callable[[str], None] | None = None,
) -> tuple[Story | None, list[Problem]]:
    """One story file read by its format's reader, then built; the story is None when the file
    cannot be read or its metadata is unusable. No failure of one file escapes as an exception."""
    label = display_path(path)
    reader = reader_for(path)
    if reader is None:
        return None, [Problem(label, f"not a story file format (known: {', '.join(READERS)})")]
    try:
        document = reader(path)
        return build_story(
            document, path=path, actors=actors, resolver=resolver, on_warning=on_warning
        )
    except DataError as error:
        return None, list(error.problems)
    except Exception as error:  # one bad file must never stop the others: named, logged
        logger.exception("unexpected failure while loading %s", label)
        return None, [Problem(label, f"could not be loaded ({type(error).__name__})")]


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
    unresolved: list[UnresolvedPlace] = []

    def resolve(name: str, field_name: str, where: str, entry: str = "event") -> list[Problem]:
        """Resolve a place into `places`; the problem when no layer knows it."""
        if name not in places:
            place = resolver.resolve(name, prefer_countries=prefer_countries, on_warning=on_warning)
            if place is None:
                unresolved.append(UnresolvedPlace(name, field_name, where, entry))
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
