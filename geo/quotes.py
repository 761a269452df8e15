"""Check that every quote of a story is verbatim in its source text: `python -m geo.quotes`.

Usage: python -m geo.quotes SOURCE.txt [--story ID]

A quote may join excerpts of one passage with " […] "; each excerpt must appear in the source.
Whitespace is compared loosely (a non-breaking space matches a space); every other character,
apostrophes and guillemets included, must match exactly. Exit 1 when any quote is not found.
"""

import argparse
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from geo.errors import GeoError
from geo.model import Event
from geo.stories import Story

EXCERPT_JOINER = " […] "
_SPACES = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def quote_excerpts(quote: str) -> list[str]:
    """The excerpts a quote is made of, whitespace normalised."""
    return [_squash(part) for part in quote.split(EXCERPT_JOINER) if part.strip()]


def missing_excerpts(events: Iterable[Event], source_text: str) -> list[tuple[str, str]]:
    """(event id, excerpt) for every quote excerpt not found verbatim in `source_text`."""
    haystack = _squash(source_text)
    return [
        (event.id, excerpt)
        for event in events
        for excerpt in quote_excerpts(event.quote)
        if excerpt not in haystack
    ]


def missing_spellings(story: Story, source_text: str) -> list[tuple[str, str]]:
    """(where, spelling) for every place spelling (`*_text`, mentions) not found in the source."""
    haystack = _squash(source_text)
    spellings = [
        (event.id, text)
        for event in story.events
        for text in (event.place_text, event.origin_text, event.destination_text)
        if text is not None
    ]
    spellings += [(f"mention of {m.place}", m.place_text) for m in story.mentions]
    return [(where, text) for where, text in spellings if _squash(text) not in haystack]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    from geo.cli import load_default_catalog, pick_story

    parser = argparse.ArgumentParser(
        prog="python -m geo.quotes", description=__doc__.split("\n")[0]
    )
    parser.add_argument("source", type=Path, help="the source article as a UTF-8 text file")
    parser.add_argument("--story", help="story id (default: the most recent story)")
    args = parser.parse_args(argv)
    try:
        source_text = args.source.read_text(encoding="utf-8")
        story = pick_story(load_default_catalog(), args.story)
    except (OSError, UnicodeDecodeError, GeoError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    missing = missing_excerpts(story.events, source_text)
    for event_id, excerpt in missing:
        print(f"{story.id}: event {event_id!r}: quote not in source: {excerpt!r}", file=sys.stderr)
    misspelt = missing_spellings(story, source_text)
    for where, text in misspelt:
        print(f"{story.id}: {where}: place spelling not in source: {text!r}", file=sys.stderr)
    checked = sum(len(quote_excerpts(event.quote)) for event in story.events)
    print(f"{checked - len(missing)} of {checked} quote excerpts found verbatim in {args.source}")
    print(f"{len(misspelt)} place spellings missing from the source")
    return 1 if missing or misspelt else 0


if __name__ == "__main__":
    sys.exit(main())
