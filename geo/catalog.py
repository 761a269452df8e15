"""The catalog: every story of a folder, loaded by its format's reader and validated.

A broken file never stops the others from loading: each failure is a `Problem` naming the
file. Files are only ever read.
"""

import gc
import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from geo.actors import known_actors
from geo.errors import DataError, Problem, UnknownStoryError
from geo.files import load_records
from geo.model import Actor
from geo.paths import ACLED_FILE, ACTORS_FILE, GAZETTEER_FILE, display_path, stories_dir
from geo.readers import READERS, companion_files, reader_for
from geo.resolver import PlaceResolver
from geo.stories import Story, build_story

logger = logging.getLogger(__name__)


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
    actors, actor_problems = load_actors(actors_file)
    problems: list[Problem] = []
    warnings: list[str] = []
    stories: dict[str, Story] = {}
    files, file_problems = story_files(directory)
    problems.extend(file_problems)
    for path in files:
        with _collector_paused():
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
    _link_contexts(stories, problems)
    # The data files' problems first (the layers a story needed are read by now), then stories'.
    problems = actor_problems + resolver.problems() + problems
    return Catalog(stories, actors, tuple(problems), tuple(warnings))


def _link_contexts(stories: dict[str, Story], problems: list[Problem]) -> None:
    """Give each story that names a `context:` file that file's story (a data file loaded from
    the same folder, which never has a context of its own: its sidecar has no such field); a
    name that is no loaded data file is a problem of the story, which loads without it."""
    by_file = {story.file: story for story in stories.values()}
    for story in list(stories.values()):
        name = story.meta.context
        if name is None:
            continue
        found = by_file.get(story.file.parent / name)
        if found is None:
            reason = "no data file of that name loaded from the story's folder"
            problems.append(Problem(display_path(story.file), reason, None, "context", name))
            continue
        stories[story.id] = replace(story, context=found)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused: a data file makes millions of objects without
    cycles, and the collector's passes over them took a tenth of a big file's load."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def story_files(directory: Path) -> tuple[list[Path], list[Problem]]:
    """The story files of a folder, sorted, and a problem for each one that is not read.

    A story file is a regular file with a reader's suffix whose name does not start with a
    dot and that is not read with another (a CSV story's sidecar YAML). A symbolic link is
    followed only when its target is inside the folder: a link out of it could make a
    visitor-facing problem list show another file's content. A missing folder is a problem,
    not an exception.
    """
    if not directory.is_dir():
        return [], [Problem(display_path(directory), "stories folder not found")]
    folder = directory.resolve()
    files: list[Path] = []
    problems: list[Problem] = []
    entries = sorted(directory.iterdir())
    companions = {companion for path in entries for companion in companion_files(path)}
    for path in entries:
        if path.name.startswith(".") or reader_for(path) is None or path in companions:
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
    read = [ACTORS_FILE, GAZETTEER_FILE, ACLED_FILE, *files]
    read += [companion for path in files for companion in companion_files(path)]
    for path in read:
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
        document, read_problems = reader(path, known_actors(actors))
        story, problems = build_story(
            document, path=path, actors=actors, resolver=resolver, on_warning=on_warning
        )
        return story, read_problems + problems
    except DataError as error:
        return None, list(error.problems)
    except Exception as error:  # one bad file must never stop the others: named, logged
        logger.exception("unexpected failure while loading %s", label)
        return None, [Problem(label, f"could not be loaded ({type(error).__name__})")]
