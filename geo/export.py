"""Export a story's events as GeoJSON (RFC 7946) or CSV, filtered: `python -m geo.export`.

Usage: python -m geo.export [--story ID] [--format geojson|csv] [--start YYYY-MM-DD]
       [--end YYYY-MM-DD] [--actor ID ...] [--layer ID ...] [--status ID ...] [--out FILE]

Prints the default (most recent) story as GeoJSON on stdout. --out writes a file instead and
refuses to replace an existing one unless --force is given. Exit status 2 on bad arguments.
"""

import argparse
import csv
import io
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any, get_args

from geo.errors import GeoError
from geo.filtering import EventFilter, filter_events
from geo.model import EVENT_FIELDS, Event, Layer, Status
from geo.stories import Story

FORMATS = ("geojson", "csv")
COORDINATE_COLUMNS = (
    "lat",
    "lon",
    "origin_lat",
    "origin_lon",
    "destination_lat",
    "destination_lon",
)
CSV_COLUMNS = EVENT_FIELDS + COORDINATE_COLUMNS


def event_properties(event: Event) -> dict[str, Any]:
    """Every event field as JSON-ready values (dates as ISO strings, absent values as None)."""
    return event.model_dump(mode="json")


def to_geojson(story: Story, events: list[Event]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of `events`.

    This is the one place where (lat, lon) flips to GeoJSON's [lon, lat]. Single-place events
    are Points; movements are LineStrings from origin to destination.
    """

    def position(name: str) -> list[float]:
        place = story.place_of(name)
        return [place.lon, place.lat]

    features = []
    for event in events:
        if event.is_movement:
            geometry = {
                "type": "LineString",
                "coordinates": [position(event.origin), position(event.destination)],  # type: ignore[arg-type]
            }
        else:
            geometry = {"type": "Point", "coordinates": position(event.place)}  # type: ignore[arg-type]
        features.append(
            {
                "type": "Feature",
                "id": event.id,
                "geometry": geometry,
                "properties": event_properties(event),
            }
        )
    return {
        "type": "FeatureCollection",
        "story": story.meta.model_dump(mode="json"),
        "features": features,
    }


def to_geojson_text(story: Story, events: list[Event]) -> str:
    """`to_geojson` serialised as UTF-8 JSON text."""
    return json.dumps(to_geojson(story, events), ensure_ascii=False, indent=2) + "\n"


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula (=, +, -, @...) gets a leading apostrophe
    (OWASP's advice against CSV injection); numbers and other text are unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def to_csv_text(story: Story, events: list[Event]) -> str:
    """One CSV row per event: every event field, then coordinates (origin and destination for
    movements). Text that starts like a formula is prefixed with an apostrophe."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in events:
        row = {
            key: "" if value is None else spreadsheet_safe(value)
            for key, value in event_properties(event).items()
        }
        for prefix, name in (
            ("", event.place),
            ("origin_", event.origin),
            ("destination_", event.destination),
        ):
            if name is not None:
                place = story.place_of(name)
                row[f"{prefix}lat"], row[f"{prefix}lon"] = place.lat, place.lon
        writer.writerow(row)
    return buffer.getvalue()


def export_text(story: Story, events: list[Event], export_format: str) -> str:
    """The export of `events` in `export_format` ("geojson" or "csv")."""
    if export_format == "csv":
        return to_csv_text(story, events)
    return to_geojson_text(story, events)


def write_new_file(path: Path, text: str, *, force: bool = False) -> None:
    """Write `text` to `path` atomically; raises FileExistsError unless `force`."""
    if path.exists() and not force:
        raise FileExistsError(f"{path} already exists (use --force to replace it)")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
        stream.write(text)
    os.replace(temporary, path)


def _iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    """The export command's argument parser."""
    parser = argparse.ArgumentParser(
        prog="python -m geo.export", description="Export a story's events as GeoJSON or CSV."
    )
    parser.add_argument("--story", help="story id (default: the most recent story)")
    parser.add_argument("--format", choices=FORMATS, default="geojson", dest="export_format")
    parser.add_argument("--start", type=_iso_day, help="keep events ending on or after this day")
    parser.add_argument("--end", type=_iso_day, help="keep events starting on or before this day")
    parser.add_argument("--actor", nargs="+", action="extend", help="keep these actors' events")
    parser.add_argument("--layer", nargs="+", action="extend", choices=get_args(Layer))
    parser.add_argument("--status", nargs="+", action="extend", choices=get_args(Status))
    parser.add_argument("--out", type=Path, help="write to this file instead of stdout")
    parser.add_argument("--force", action="store_true", help="replace --out if it exists")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    from geo.cli import load_default_catalog, pick_story

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.start and args.end and args.end < args.start:
        parser.error(f"--end {args.end} is before --start {args.start}")
    try:
        catalog = load_default_catalog()
        story = pick_story(catalog, args.story)
    except GeoError as error:
        parser.exit(2, f"error: {error}\n")
    unknown = sorted(set(args.actor or ()) - set(catalog.actors))
    if unknown:
        parser.error(
            f"unknown actor {', '.join(unknown)} (known: {', '.join(sorted(catalog.actors))})"
        )
    event_filter = EventFilter(
        start=args.start,
        end=args.end,
        actors=frozenset(args.actor) if args.actor else None,
        layers=frozenset(args.layer) if args.layer else None,
        statuses=frozenset(args.status) if args.status else None,
    )
    events = filter_events(story.events, event_filter)
    text = export_text(story, events, args.export_format)
    if args.out is None:
        sys.stdout.write(text)
    else:
        try:
            write_new_file(args.out, text, force=args.force)
        except OSError as error:
            parser.exit(2, f"error: {error}\n")
        print(f"wrote {len(events)} events to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
