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
from geo.readers.acled_rows import KEYS, REQUIRED, EventRows, csv_rows

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


_PLAIN_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # ACLED's ids, lowercased, are slugs
_OPTIONAL = ("actor2", "admin1", "notes", "source", "timestamp")  # "" when a file lacks them


class _BadCell(ValueError):
    def __init__(self, column: str, value: str, reason: str) -> None:
        super().__init__(reason)
        self.column, self.value, self.reason = column, value, reason


def _checked(column: str, text: str, parse: Callable[[str], Any]) -> Any:
    try:
        return parse(text)
    except ValueError as error:
        raise _BadCell(column, text, str(error)) from None


Place = tuple[str, str, float, float]  # (name, the text naming it, latitude, longitude)
_PLACE, _SOURCE_DATE = KEYS.index("place"), KEYS.index("source_date")


class _Rows:
    """An export's rows → events. ACLED repeats most of its values (a day, a place, a source,
    a code): each distinct one is parsed, checked and built once, and shared by its rows."""

    def __init__(self, header: list[str], properties: list[str], names: ActorNames) -> None:
        self.at = {column: index for index, column in enumerate(header)}
        self.names = names
        self.property_at = [self.at[key] for key in properties]
        self.spans: dict[tuple[str, str], tuple[str, str, str]] = {}
        self.places: dict[tuple[str, ...], Place] = {}
        self.types: dict[tuple[str, str], tuple[str, str, str, str]] = {}
        self.precisions: dict[str, str] = {}
        self.sources: dict[str, str] = {}
        self.days: dict[tuple[str, str], str] = {}
        self.status: str = codes()["status"]

    def event(self, cells: list[str]) -> tuple[tuple[Any, ...], tuple[str | None, ...], Place]:
        """(the event's values in the order of `KEYS`, its properties' values, its place) for
        one row; raises `_BadCell` for the first cell that is wrong."""
        at = self.at
        day, precision = cells[at["event_date"]], cells[at["time_precision"]]
        first, last, time_precision = self.spans.get((day, precision)) or self._span(day, precision)
        geo = cells[at["geo_precision"]]
        geo_precision = self.precisions.get(geo) or self._geo_precision(geo)
        where = tuple(
            cells[at[key]] for key in ("location", "admin1", "country", "latitude", "longitude")
        )
        place = self.places.get(where) or self._place(where)
        for column in ("event_id_cnty", "actor1"):
            if not cells[at[column]].strip():
                raise _BadCell(column, cells[at[column]], "empty")
        kind = (cells[at["sub_event_type"]], cells[at["event_type"]])
        named, layer, kind_id, typed = self.types.get(kind) or self._type(*kind)
        actor1, other = cells[at["actor1"]].strip(), cells[at["actor2"]].strip()
        actor = self.names.id_of(actor1)
        counterpart = self.names.id_of(other) if other else None
        summary = f"{named}: {actor1}{f' and {other}' if other else ''}, {place[1]}"
        event_id = cells[at["event_id_cnty"]].strip().lower()
        if not _PLAIN_ID.fullmatch(event_id):
            event_id = slug(event_id)
        notes = cells[at["notes"]].strip()
        source = cells[at["source"]]
        stamp = (cells[at["timestamp"]], last)
        values = (
            event_id[:100] or "event",
            first,
            last,
            time_precision,
            layer,
            kind_id,
            actor,
            counterpart if counterpart != actor else None,
            place[0],
            place[1],
            geo_precision,
            self.status,
            sys.intern(summary),
            notes or typed,
            self.sources.get(source) or self._source(source),
            self.days.get(stamp) or self._source_day(*stamp),
        )
        # Properties are kept as they are, one copy of each repeated value (a region, a year).
        kept = tuple(sys.intern(cells[index].strip()) or None for index in self.property_at)
        return values, kept, place

    def _span(self, day: str, precision: str) -> tuple[str, str, str]:
        parsed = _checked("event_date", day, _day)
        table = codes()["time_precision"]
        coded = _checked("time_precision", precision, lambda text: _code(text, table))
        first, last, time_precision = _span(parsed, coded)
        span = (sys.intern(first.isoformat()), sys.intern(last.isoformat()), time_precision)
        self.spans[(day, precision)] = span
        return span

    def _geo_precision(self, text: str) -> str:
        table = codes()["geo_precision"]
        precision: str = _checked("geo_precision", text, lambda text: _code(text, table))
        self.precisions[text] = precision
        return precision

    def _place(self, cells: tuple[str, ...]) -> Place:
        location, admin1, country = (cell.strip() for cell in cells[:3])
        if not location:
            raise _BadCell("location", cells[0], "empty")
        latitude = _checked("latitude", cells[3], lambda text: _coordinate(text, 90))
        longitude = _checked("longitude", cells[4], lambda text: _coordinate(text, 180))
        name = ", ".join(part for part in (location, admin1, country) if part)
        place = (sys.intern(name), sys.intern(location), latitude, longitude)
        self.places[cells] = place
        return place

    def _type(self, sub_cell: str, type_cell: str) -> tuple[str, str, str, str]:
        """(the type's name, layer, kind, the text quoted for a row without notes)."""
        table = codes()
        sub_type, event_type = sub_cell.strip(), type_cell.strip()
        coded = table["sub_event_type"].get(sub_type)
        if coded is None and event_type in table["event_type"]:
            coded = {"layer": table["event_type"][event_type], "kind": "other_development"}
        if coded is None:
            raise _BadCell("sub_event_type", sub_type, "not an ACLED event type (data/acled.yaml)")
        found = (sub_type or event_type, coded["layer"], coded["kind"], f"{event_type}; {sub_type}")
        self.types[(sub_cell, type_cell)] = found
        return found

    def _source(self, text: str) -> str:
        source = sys.intern(f"ACLED, from: {text.strip() or 'unnamed sources'}")
        self.sources[text] = source
        return source

    def _source_day(self, stamp: str, fallback: str) -> str:
        """The day ACLED published the row (its `timestamp`, seconds since 1970), else
        `fallback` (the event's last day)."""
        try:
            day = datetime.fromtimestamp(int(stamp), tz=UTC).date().isoformat()
        except (ValueError, OverflowError, OSError):
            day = fallback
        self.days[(stamp, fallback)] = sys.intern(day)
        return self.days[(stamp, fallback)]


def read_acled(path: Path, actors: Mapping[str, Actor]) -> tuple[dict[str, Any], list[Problem]]:
    """The story document of an ACLED CSV export, and a problem per row left out."""
    label = display_path(path)
    names = ActorNames(actors)
    header, lines = csv_rows(path, label, _OPTIONAL)
    # The columns kept as they are: those the event does not use (an optional column the
    # file lacks is empty in every row, so no event has it).
    properties = [key for key in header if key and key not in _USED]
    rows = _Rows(header, properties, names)
    events = EventRows(properties)
    places: dict[str, Place] = {}
    problems: list[Problem] = []
    published = ""
    for line, cells in lines:
        try:
            values, kept, place = rows.event(cells)
        except _BadCell as bad:
            problems.append(Problem(label, bad.reason, str(line), bad.column, bad.value, "line"))
            continue
        known = places.setdefault(place[0], place)
        if known[2:] != place[2:]:
            # ACLED names two points alike: each keeps its own coordinates.
            name = f"{place[0]} ({place[2]}, {place[3]})"
            places.setdefault(name, (name, *place[1:]))
            values = (*values[:_PLACE], name, *values[_PLACE + 1 :])
        events.append(values, kept)
        published = max(published, values[_SOURCE_DATE])
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
    document["places"] = [
        {"name": name, "lat": lat, "lon": lon} for name, _, lat, lon in places.values()
    ]
    document["events"] = events
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
