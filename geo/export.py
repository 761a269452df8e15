"""Export a story's events as GeoJSON (RFC 7946) or CSV, filtered: `python -m geo.export`.

Usage: python -m geo.export [--story ID] [--format geojson|csv] [--start YYYY-MM-DD]
       [--end YYYY-MM-DD] [--actor ID ...] [--layer ID ...] [--status ID ...] [--out FILE]

Prints the default (most recent) story as GeoJSON on stdout. --out writes a file instead and
refuses to replace an existing one unless --force is given. Exit status 2 on bad arguments.
CSV files (--out, and the Events page's downloads) start with a UTF-8 byte order mark, which
spreadsheets such as Excel need to read accents and non-Latin names right.
"""

import argparse
import contextlib
import csv
import io
import json
import os
import stat
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from geo import vocabulary
from geo.errors import GeoError
from geo.filtering import EventFilter, filter_events
from geo.model import EVENT_FIELDS, Event, event_values
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
    return event_values(event)


def to_geojson(story: Story, events: Sequence[Event]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of `events`.

    This is the one place where (lat, lon) flips to GeoJSON's [lon, lat]. Single-place events
    are Points; movements are LineStrings from origin to destination.
    """

    def position(name: str) -> list[float]:
        place = story.place_of(name)
        return [place.lon, place.lat]

    features = []
    for event in events:
        geometry: dict[str, Any]
        if event.is_movement:
            geometry = {
                "type": "LineString",
                "coordinates": [position(name) for name in event.place_names],
            }
        else:
            geometry = {"type": "Point", "coordinates": position(*event.place_names)}
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


def to_geojson_text(story: Story, events: Sequence[Event]) -> str:
    """`to_geojson` serialised as UTF-8 JSON text."""
    return json.dumps(to_geojson(story, events), ensure_ascii=False, indent=2) + "\n"


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula (=, +, -, @...) gets a leading apostrophe
    (OWASP's advice against CSV injection); numbers and other text are unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def to_csv_text(story: Story, events: Sequence[Event]) -> str:
    """One CSV row per event: every event field (its properties as a JSON object, empty when
    it has none), then coordinates (origin and destination for movements). Text that starts
    like a formula is prefixed with an apostrophe."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in events:
        row = {
            key: "" if value is None else spreadsheet_safe(value)
            for key, value in event_properties(event).items()
            if key != "properties"
        }
        if event.properties:
            row["properties"] = json.dumps(event.properties, ensure_ascii=False)
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


BYTE_ORDER_MARK = "\ufeff"


def export_text(
    story: Story, events: Sequence[Event], export_format: str, *, for_file: bool = False
) -> str:
    """The export of `events` in `export_format` ("geojson" or "csv"); `for_file` starts a CSV
    with a byte order mark (for spreadsheets), not a stream (for other programs)."""
    if export_format == "csv":
        return (BYTE_ORDER_MARK if for_file else "") + to_csv_text(story, events)
    return to_geojson_text(story, events)


def write_new_file(path: Path, text: str, *, force: bool = False) -> None:
    """Write `text` to `path` atomically (a reader never sees half a file).

    Raises `FileExistsError` when `path` exists and `force` is not given, and `OSError` with a
    message naming the path when it cannot be written: `path` exists but is not a regular file
    (a folder, a device, a pipe, a link), or its folder is a file. A replaced file keeps its
    permissions; a new one gets the usual ones (the umask's). Nothing is left behind on failure.
    """
    try:
        existing = os.lstat(path)
    except FileNotFoundError:
        existing = None
    except NotADirectoryError:
        raise _not_a_folder(path) from None
    if existing is not None:
        if not stat.S_ISREG(existing.st_mode):
            raise OSError(f"{path} exists and is not a regular file: it is never replaced")
        if not force:
            raise FileExistsError(f"{path} already exists (use --force to replace it)")
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise _not_a_folder(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise _not_a_folder(path) from None
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask()
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _not_a_folder(path: Path) -> OSError:
    blocking = next((p for p in path.parents if p.exists() and not p.is_dir()), path.parent)
    return OSError(f"cannot write {path}: {blocking} is a file, not a folder")


def _umask() -> int:
    """The process's umask: from /proc on Linux (no change, safe with threads), else by setting
    it and setting it back at once."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    current = os.umask(0o022)
    os.umask(current)
    return current


def iso_day(text: str) -> date:
    """An argparse type: a YYYY-MM-DD day (also used by `python -m geo.draft`)."""
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
    parser.add_argument("--start", type=iso_day, help="keep events ending on or after this day")
    parser.add_argument("--end", type=iso_day, help="keep events starting on or before this day")
    parser.add_argument("--actor", nargs="+", action="extend", help="keep these actors' events")
    parser.add_argument("--layer", nargs="+", action="extend", choices=vocabulary.LAYERS.ids)
    parser.add_argument("--status", nargs="+", action="extend", choices=vocabulary.STATUSES.ids)
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
    unknown = sorted(set(args.actor or ()) - set(story.actors))
    if unknown:
        used = sorted({event.actor for event in story.events})
        parser.error(f"unknown actor {', '.join(unknown)} (this story's: {', '.join(used)})")
    event_filter = EventFilter(
        start=args.start,
        end=args.end,
        actors=frozenset(args.actor) if args.actor else None,
        layers=frozenset(args.layer) if args.layer else None,
        statuses=frozenset(args.status) if args.status else None,
    )
    events = filter_events(story, event_filter)
    text = export_text(story, events, args.export_format, for_file=args.out is not None)
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
