"""Resolve place names from the command line: `python -m geo.geocode NAME [NAME ...]`.

Usage: python -m geo.geocode NAME [NAME ...] [--json] [--online]

One line per name. --json prints one JSON object per line with query, name, lat, lon, country,
source and precision (null for an unresolved name). --online adds OpenStreetMap Nominatim after
the offline layers (also enabled by NOMINATIM_ENABLED=1). Exit 1 when any name is unresolved;
the unresolved names are listed on stderr.
"""

import argparse
import json
import sys

from geo.errors import SettingsError
from geo.gazetteer import ResolvedPlace
from geo.nominatim import NominatimGeocoder, NominatimSettings
from geo.paths import geocode_cache_file
from geo.resolver import default_resolver

JSON_FIELDS = ("query", "name", "lat", "lon", "country", "source", "precision")


def describe(query: str, place: ResolvedPlace | None) -> str:
    """One human-readable line for a lookup."""
    if place is None:
        return f"{query}: not found"
    country = f", {place.country}" if place.country else ""
    return (
        f"{query} → {place.name}{country} ({place.lat:.5f}, {place.lon:.5f}) "
        f"[{place.source}, {place.precision}]"
    )


def as_json(query: str, place: ResolvedPlace | None) -> str:
    """One JSON line for a lookup (fields null when unresolved)."""
    values = {field: getattr(place, field, None) for field in JSON_FIELDS}
    values["query"] = query
    return json.dumps(values, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m geo.geocode", description="Resolve place names to coordinates."
    )
    parser.add_argument("names", nargs="+", metavar="NAME")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--online", action="store_true", help="also ask Nominatim (OSM)")
    args = parser.parse_args(argv)

    try:
        settings = NominatimSettings.from_env()
    except SettingsError as error:
        parser.exit(2, f"error: {error}\n")
    online = None
    if args.online or settings.enabled:
        online = NominatimGeocoder(settings, cache_file=geocode_cache_file())
    resolver = default_resolver(online=online)

    def warn(message: str) -> None:
        print(f"warning: {message}", file=sys.stderr)

    unresolved = []
    for name in args.names:
        place = resolver.resolve(name, on_warning=warn)
        if place is None:
            unresolved.append(name)
        print(as_json(name, place) if args.json else describe(name, place))
    if unresolved:
        print(f"unresolved: {', '.join(unresolved)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
