"""Readers: one per story file format, each turning a file into a plain story document.

A story document is what a story file says before it is checked: a mapping of the story's
fields (`id`, `title`, ...) with `events` (a list of mappings) and optional `mentions`.
`geo.stories.build_story` validates any document the same way, whatever format it came from.
A reader raises `DataError` naming the file when it cannot give a document; it never lets
another exception out. A new format is one module here and one row in `READERS`.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from geo.readers import yaml_story

StoryDocument = dict[str, Any]
Reader = Callable[[Path], StoryDocument]

# File suffix → reader. Files with other suffixes in the stories folder are ignored.
READERS: dict[str, Reader] = {
    ".yaml": yaml_story.read_story,
    ".yml": yaml_story.read_story,
}


def reader_for(path: Path) -> Reader | None:
    """The reader of a story file, by its suffix (None: not a story file)."""
    return READERS.get(path.suffix.lower())
