"""What the command-line tools share: loading the catalog and choosing a story, with messages."""

import sys

from geo.catalog import Catalog, load_catalog
from geo.errors import UnknownStoryError
from geo.resolver import PlaceResolver, default_resolver
from geo.stories import Story


def load_default_catalog(resolver: PlaceResolver | None = None) -> Catalog:
    """The stories of `data/stories/` (or `$STORIES_DIR`); problems are printed to stderr."""
    catalog = load_catalog(resolver=resolver or default_resolver())
    for problem in catalog.problems:
        print(f"warning: {problem}", file=sys.stderr)
    for warning in catalog.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return catalog


def pick_story(catalog: Catalog, story_id: str | None) -> Story:
    """The story asked for, or the default one; raises `UnknownStoryError`."""
    chosen = story_id or catalog.default_story_id
    if chosen is None:
        raise UnknownStoryError("no story could be loaded")
    return catalog.story(chosen)
