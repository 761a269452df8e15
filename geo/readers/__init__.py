"""Readers: one per story file format, each turning a file into a plain story document.

A story document is what a story file says before it is checked: a mapping of the story's
fields (`id`, `title`, ...) with `events` (a list of mappings), and optional `mentions` and
`places` (places with their coordinates, which need no geocoding). `geo.stories.build_story`
validates any document the same way, whatever format it came from. A reader gets the file and
the known actors (to name actors by id), and returns the document with a problem for each part
of the file it left out; it raises `DataError` naming the file when it cannot give a document,
and never lets another exception out. A new format is one module here and one row in
`READERS`.
"""

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from geo.errors import Problem
from geo.model import Actor
from geo.readers import acled, yaml_story

StoryDocument = dict[str, Any]
Reader = Callable[[Path, Mapping[str, Actor]], tuple[StoryDocument, list[Problem]]]

# File suffix → reader. Files with other suffixes in the stories folder are ignored.
READERS: dict[str, Reader] = {
    ".yaml": yaml_story.read_story,
    ".yml": yaml_story.read_story,
    ".csv": acled.read_acled,
}


def reader_for(path: Path) -> Reader | None:
    """The reader of a story file, by its suffix (None: not a story file)."""
    return READERS.get(path.suffix.lower())


def companion_files(path: Path) -> list[Path]:
    """Files read with a story file besides itself (a CSV story's sidecar YAML)."""
    return [acled.sidecar(path)] if path.suffix.lower() == ".csv" else []
