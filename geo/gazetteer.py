"""Resolved places and the curated gazetteer (`data/gazetteer.yaml`), the first geocoding layer."""

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from geo.errors import Problem
from geo.files import load_records
from geo.names import french_spelling_variants, name_key
from geo.paths import display_path

PlaceSource = Literal["curated", "naturalearth", "geonames", "airports", "nominatim", "story"]
PlacePrecision = Literal["exact", "region", "country"]

Latitude = Annotated[float, Field(ge=-90, le=90)]
Longitude = Annotated[float, Field(ge=-180, le=180)]


@dataclass(frozen=True)
class ResolvedPlace:
    """A place name resolved to coordinates, with where the answer came from and how precise.

    `area` is the outline of a region as (lat, lon) vertices, empty for points and countries;
    `lat`/`lon` is then a stand-in point inside it.
    """

    query: str
    name: str
    lat: float
    lon: float
    country: str
    source: PlaceSource
    precision: PlacePrecision
    area: tuple[tuple[float, float], ...] = ()
    note: str = ""

    @property
    def location(self) -> tuple[float, float]:
        """(lat, lon) of the place, or of its stand-in point."""
        return (self.lat, self.lon)


class GazetteerEntry(BaseModel):
    """One hand-resolved place of `data/gazetteer.yaml`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    country: Annotated[str, StringConstraints(pattern=r"^(?:[A-Z]{2})?$")] = ""  # "": several
    lat: Latitude
    lon: Longitude
    precision: PlacePrecision
    aliases: list[Annotated[str, StringConstraints(min_length=1, max_length=200)]] = []
    note: str = ""
    area: list[tuple[Latitude, Longitude]] = []


class Gazetteer:
    """Hand-checked places looked up by name or alias, ignoring case, accents and punctuation."""

    def __init__(
        self, entries: list[GazetteerEntry], problems: list[Problem] | None = None
    ) -> None:
        self.entries = tuple(entries)
        self.problems = tuple(problems or ())
        self._by_key: dict[str, GazetteerEntry] = {}
        for entry in self.entries:
            for spelling in (entry.name, *entry.aliases):
                self._by_key.setdefault(name_key(spelling), entry)

    @classmethod
    def from_file(cls, path: Path) -> "Gazetteer":
        """Load a gazetteer file, keeping the valid entries; `problems` names every bad one."""
        records, problems = load_records(
            path, "places", GazetteerEntry, name_key="name", entry="place"
        )
        label = display_path(path)
        entries: list[GazetteerEntry] = []
        owners: dict[str, str] = {}
        for where, entry in records:
            entry_problems = _entry_problems(entry, label, where, owners)
            problems.extend(entry_problems)
            if not entry_problems:
                entries.append(entry)
        return cls(entries, problems)

    def lookup(self, name: str) -> ResolvedPlace | None:
        """The entry whose name or alias matches `name`, or None."""
        key = name_key(name)
        entry = self._by_key.get(key)
        for variant in french_spelling_variants(key):
            if entry is not None:
                break
            entry = self._by_key.get(variant)
        if entry is None:
            return None
        return ResolvedPlace(
            query=name,
            name=entry.name,
            lat=entry.lat,
            lon=entry.lon,
            country=entry.country,
            source="curated",
            precision=entry.precision,
            area=tuple(entry.area),
            note=entry.note,
        )


def _entry_problems(
    entry: GazetteerEntry, label: str, where: str, owners: dict[str, str]
) -> list[Problem]:
    """Rules across an entry's fields and across entries (each spelling names one place)."""
    problems = []
    if entry.precision == "region" and len(entry.area) < 3:
        message = "a region needs an `area` of at least 3 points"
        problems.append(Problem(label, message, where, "area", entry.area, "place"))
    if entry.precision != "region" and entry.area:
        problems.append(
            Problem(label, "only regions have an `area`", where, "area", entry.area, "place")
        )
    if not entry.country and entry.precision != "region":
        message = "only a region may span several countries (and leave `country` out)"
        problems.append(Problem(label, message, where, "country", entry.country, "place"))
    for spelling in (entry.name, *entry.aliases):
        owner = owners.setdefault(name_key(spelling), entry.name)
        if owner != entry.name:
            message = f"this spelling already names {owner!r}"
            problems.append(Problem(label, message, where, "aliases", spelling, "place"))
    return problems
