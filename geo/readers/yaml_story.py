"""The YAML story reader: a human-edited story file → a story document."""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from geo.errors import DataError, Problem
from geo.files import read_yaml
from geo.model import Actor
from geo.paths import display_path

_SHAPES = {dict: "a mapping", list: "a list", str: "text", type(None): "an empty file"}


def read_story(path: Path, actors: Mapping[str, Actor]) -> tuple[dict[str, Any], list[Problem]]:
    """The story document of a YAML file (its actors are ids already: `actors` is not needed);
    raises `DataError` when the file is not one.

    A file that is not a mapping with an `events:` key is refused without showing any of its
    values: it may be some other file that landed in the folder (a settings file, say), and
    problems are shown to every visitor.
    """
    document = read_yaml(path)
    if not isinstance(document, dict) or "events" not in document:
        shape = _SHAPES.get(type(document), "a single value")
        raise DataError(
            [
                Problem(
                    display_path(path),
                    f"not a story file: expected a mapping with story fields and `events:` "
                    f"(found {shape}{' without `events:`' if shape == 'a mapping' else ''}; "
                    "its values are not shown)",
                )
            ]
        )
    return document, []
