"""The ACLED reader: an ACLED CSV export (one row per event) → a story document.

ACLED's codes become this project's through `data/acled.yaml`; its actor names become actor
ids through the shared list's names and aliases (every country is an actor), and a name the
list lacks becomes an actor of the story. Each row's coordinates are a place of the story, so
nothing is geocoded. A row that cannot be an event is named (its line, column and value) and
skipped; the rest loads. An optional sidecar `NAME.yaml` beside `NAME.csv` gives the story's
title, outlet, summary, caveats, url and publication day.
"""

import hashlib
import re
import sys
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from geo.actors import country_palette_colour, slug
from geo.errors import DataError, Problem
from geo.files import read_yaml
from geo.model import Actor
from geo.names import name_key
from geo.paths import ACLED_FILE, display_path
from geo.readers.acled_rows import REQUIRED, EventRows, csv_rows

# Columns the event's fields are built from (not repeated among its properties).
_USED = {*REQUIRED, "actor2", "notes", "source", "timestamp"} - {"event_type", "country"}
SIDECAR_FIELDS = ("title", "outlet", "summary", "caveats", "url", "published", "language")
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y")
_YEARS = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)\s*$")  # "Military Forces of Russia (2000-)"
_FORCES_OF = re.compile(
    r"^(?:(?:Military|Police|Naval|Air|Armed|Security) Forces|Government)"
    r" of (.+)$",
    re.IGNORECASE,
)


@cache
def codes() -> dict[str, Any]:
    """`data/acled.yaml`: ACLED's codes → this project's vocabulary."""
    table: dict[str, Any] = read_yaml(ACLED_FILE)
    return table


def sidecar(path: Path) -> Path:
    """The optional YAML file of a CSV story's metadata: `NAME.yaml` beside `NAME.csv`."""
    return path.with_suffix(".yaml")


class ActorNames:
    """ACLED actor names → actor ids: the known actors by any of their names (ignoring case,
    accents and ACLED's year ranges), "Military Forces of X" as country X, and the others as
    actors of the story, made once per name."""

    def __init__(self, actors: Mapping[str, Actor]) -> None:
        self.by_key: dict[str, str] = {}
        for actor in actors.values():
            for name in (actor.id, actor.name_en, actor.name_fr, *actor.aliases):
                self.by_key.setdefault(name_key(name), actor.id)
        self.known = set(actors)
        self.made: dict[str, Actor] = {}
        self.ids: dict[str, str] = {}  # names already seen

    def id_of(self, name: str) -> str:
        """The id of the actor ACLED names `name` (made a story actor when unknown)."""
        if name not in self.ids:
            self.ids[name] = self._id_of(name)
        return self.ids[name]

    def _id_of(self, name: str) -> str:
        bare = _YEARS.sub("", name).strip()
        forces = _FORCES_OF.match(bare)
        for candidate in (bare, forces.group(1) if forces else None):
            found = candidate and self.by_key.get(name_key(candidate))
            if found:
                return found
        actor_id = slug(name)[:100].strip("-")
        if not actor_id or actor_id in self.known:  # no latin letters, or a known id's twin
            digest = hashlib.sha256(name.encode()).hexdigest()[:8]
            actor_id = f"{actor_id[:90].strip('-') or 'actor'}-{digest}"
        if actor_id not in self.made:
            self.made[actor_id] = Actor(
                id=actor_id,
                name_en=name,
                name_fr=name,
                color=country_palette_colour(actor_id),
            )
        return actor_id


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        pass
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise ValueError("expected a date such as 2024-10-18 or 18 October 2024")


def _code(text: str, table: Mapping[int, Any]) -> Any:
    try:
        return table[int(text)]
    except (ValueError, KeyError):
        raise ValueError(f"expected one of {', '.join(map(str, table))}") from None


def _coordinate(text: str, limit: float) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError("expected a number") from None
    if not -limit <= value <= limit:
        raise ValueError(f"expected a number from {-limit:g} to {limit:g}")
    return value


def _span(day: date, precision: Mapping[str, Any]) -> tuple[date, date, str]:
    if precision["precision"] == "month":
        first = day.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return first, last, "month"
    width = timedelta(days=int(precision.get("days", 0)))
    return day - width, day + width, "day"


def _source_day(row: Mapping[str, str], fallback: date) -> date:
    """The day ACLED published the row (its `timestamp`, seconds since 1970), else `fallback`."""
    try:
        return datetime.fromtimestamp(int(row.get("timestamp") or ""), tz=UTC).date()
    except (ValueError, OverflowError, OSError):
        return fallback


_PLAIN_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # ACLED's ids, lowercased, are slugs


def _parsed(row: Mapping[str, str], column: str, parse: Callable[[str], Any]) -> Any:
    try:
        return parse(row[column])
    except ValueError as error:
        raise _BadCell(column, row[column], str(error)) from None


def _event(
    row: Mapping[str, str], names: ActorNames, properties: list[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The event of one row and its place (`properties`: the columns kept as they are);
    raises `_BadCell` for the first cell that is wrong."""
    table = codes()
    day = _parsed(row, "event_date", _day)
    precision = _parsed(row, "time_precision", lambda text: _code(text, table["time_precision"]))
    geo_precision = _parsed(row, "geo_precision", lambda text: _code(text, table["geo_precision"]))
    latitude = _parsed(row, "latitude", lambda text: _coordinate(text, 90))
    longitude = _parsed(row, "longitude", lambda text: _coordinate(text, 180))
    for column in ("event_id_cnty", "actor1", "location"):
        if not row[column].strip():
            raise _BadCell(column, row[column], "empty")
    sub_type, event_type = row["sub_event_type"].strip(), row["event_type"].strip()
    coded = table["sub_event_type"].get(sub_type)
    if coded is None and event_type in table["event_type"]:
        coded = {"layer": table["event_type"][event_type], "kind": "other_development"}
    if coded is None:
        raise _BadCell("sub_event_type", sub_type, "not an ACLED event type (data/acled.yaml)")
    first, last, time_precision = _span(day, precision)
    location, country = row["location"].strip(), row["country"].strip()
    admin1 = row.get("admin1", "").strip()
    place = ", ".join(part for part in (location, admin1, country) if part)
    actor1 = row["actor1"].strip()
    actor = names.id_of(actor1)
    other = row.get("actor2", "").strip()
    counterpart = names.id_of(other) if other else None
    notes = row.get("notes", "").strip()
    summary = f"{sub_type or event_type}: {actor1}"
    summary += f" and {other}" if other else ""
    summary += f", {location}"
    event_id = row["event_id_cnty"].strip().lower()
    if not _PLAIN_ID.fullmatch(event_id):
        event_id = slug(event_id)
    # ACLED repeats most of its values (a region, a code, a year): one copy of each is kept.
    kept = {key: sys.intern(value) for key in properties if (value := row[key].strip())}
    event = {
        "id": event_id[:100] or "event",
        "date_start": sys.intern(first.isoformat()),
        "date_end": sys.intern(last.isoformat()),
        "time_precision": time_precision,
        "layer": coded["layer"],
        "kind": coded["kind"],
        "actor": actor,
        "counterpart": counterpart if counterpart != actor else None,
        "place": sys.intern(place),
        "place_text": sys.intern(location),
        "geo_precision": geo_precision,
        "status": table["status"],
        "summary": sys.intern(summary),
        "quote": notes or f"{event_type}; {sub_type}",
        "source": sys.intern(f"ACLED, from: {row.get('source', '').strip() or 'unnamed sources'}"),
        "source_date": sys.intern(_source_day(row, last).isoformat()),
        "properties": kept,
    }
    where = {"name": place, "lat": latitude, "lon": longitude}
    return event, where


class _BadCell(ValueError):
    def __init__(self, column: str, value: str, reason: str) -> None:
        super().__init__(reason)
        self.column, self.value, self.reason = column, value, reason


def read_acled(path: Path, actors: Mapping[str, Actor]) -> tuple[dict[str, Any], list[Problem]]:
    """The story document of an ACLED CSV export, and a problem per row left out."""
    label = display_path(path)
    names = ActorNames(actors)
    events: EventRows | None = None
    places: dict[str, dict[str, Any]] = {}
    problems: list[Problem] = []
    properties: list[str] = []
    published = ""
    for line, row in csv_rows(path, label):
        if events is None:  # the columns kept as they are: those the event does not use
            properties = [key for key in row if key and key not in _USED]
            events = EventRows(properties)
        try:
            event, place = _event(row, names, properties)
        except _BadCell as bad:
            problems.append(Problem(label, bad.reason, str(line), bad.column, bad.value, "line"))
            continue
        known = places.setdefault(place["name"], place)
        if (known["lat"], known["lon"]) != (place["lat"], place["lon"]):
            # ACLED names two points alike: each keeps its own coordinates.
            place = {**place, "name": f"{place['name']} ({place['lat']}, {place['lon']})"}
            places.setdefault(place["name"], place)
            event["place"] = place["name"]
        events.append(event)
        published = max(published, event["source_date"])
    document: dict[str, Any] = {
        "id": slug(path.stem)[:100] or "acled",
        "title": f"ACLED events: {path.stem}",
        "outlet": "ACLED",
        "published": published or date.today().isoformat(),
        "language": "en",
        "url": "https://acleddata.com",
    }
    document.update(_sidecar_fields(path, problems))
    declared = document.get("actors")
    made = [actor.model_dump() for actor in names.made.values()]
    document["actors"] = [*declared, *made] if isinstance(declared, list) else made
    document["places"] = list(places.values())
    document["events"] = events if events is not None else []
    return document, problems


def _sidecar_fields(path: Path, problems: list[Problem]) -> dict[str, Any]:
    """The story fields the sidecar gives (a broken sidecar is a problem; the data still loads)."""
    extra = sidecar(path)
    if not extra.is_file():
        return {}
    try:
        fields = read_yaml(extra)
    except DataError as error:
        problems.extend(error.problems)
        return {}
    if not isinstance(fields, dict):
        problems.append(Problem(display_path(extra), "expected a mapping of story fields"))
        return {}
    unknown = sorted(set(fields) - {*SIDECAR_FIELDS, "actors"})
    if unknown:
        problems.append(
            Problem(display_path(extra), f"not a story field: {', '.join(map(str, unknown))}")
        )
    return {key: value for key, value in fields.items() if key in (*SIDECAR_FIELDS, "actors")}
