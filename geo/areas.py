"""Named areas looked up by name: first-level regions of every country (`data/areas.json`,
Natural Earth) and seas, gulfs and straits (`data/seas.yaml`, outlines drawn by hand).

A region's short name is often a city's too ("Kursk", "Donetsk"): `lookup` answers short names
only when asked (`short_names=True`), so that the resolver can try cities first; `region`
answers any name of a region, for text that says it means the region ("la région de Koursk").
Region outlines are parsed from the file only when a region is asked for.
"""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from babel import Locale
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from geo.errors import Problem
from geo.files import load_records
from geo.gazetteer import Latitude, Longitude, ResolvedPlace
from geo.names import name_key, word_set
from geo.paths import DATA_DIR, display_path

AREAS_FILE = DATA_DIR / "areas.json"
SEAS_FILE = DATA_DIR / "seas.yaml"
# Words that make a region's name a full name ("Kursk Oblast", "oblast de Koursk"); without
# one ("Seoul", "Gyeonggi") the name is short: a city of that name comes first.
_REGION_WORDS = word_set(
    "oblast oblasti region région province krai kraï kray republic république okrug district "
    "state état governorate gouvernorat prefecture préfecture county comté"
)
_SEA_NOTE = "Approximate outline drawn by hand for this project."
_COUNTRY_NAMES: dict[str, str] = dict(Locale.parse("en").territories)

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class SeaEntry(BaseModel):
    """One sea, gulf, strait or canal of `data/seas.yaml`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Name
    name_fr: Name
    aliases: list[Name] = []
    kind: Literal["sea", "gulf", "strait", "canal", "bay"]
    lat: Latitude
    lon: Longitude
    area: list[tuple[Latitude, Longitude]] = Field(min_length=3)
    note: str = ""


@dataclass(frozen=True)
class _Region:
    line: int  # the record's line in data/areas.json
    name: str
    country: str
    full_name: str | None  # a spelling that names this region alone ("Kursk Oblast")


def _is_full_name(spelling: str) -> bool:
    words = {word.casefold() for word in spelling.replace("-", " ").split()}
    return bool(words & _REGION_WORDS)


class AreaIndex:
    """Regions and seas by name; `problems` names bad entries of the files (left out)."""

    def __init__(self, regions_file: Path = AREAS_FILE, seas_file: Path = SEAS_FILE) -> None:
        self._regions_file = regions_file
        self._lines: list[str] = []
        self._full: dict[str, _Region] = {}
        self._short: dict[str, list[_Region]] = {}
        self._seas: dict[str, SeaEntry] = {}
        self.problems: list[Problem] = []
        self._read_regions(regions_file)
        self._read_seas(seas_file)

    def _read_regions(self, path: Path) -> None:
        try:
            self._lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            self.problems.append(Problem(display_path(path), f"cannot be read ({error})"))
            return
        for number, line in enumerate(self._lines):
            text = line.strip().rstrip(",")
            if not text.startswith("{"):
                continue
            record = json.loads(text)
            country = record.get("country", "")
            spellings = (record["name"], record["name_fr"], *record.get("aliases", []))
            # "Misiones, Argentina": a full name for every region of a country, for regions
            # whose every name is short (and shared: Misiones is in Argentina and Paraguay).
            qualified = f"{record['name']}, {_COUNTRY_NAMES.get(country, country)}"
            full = next((s for s in spellings if _is_full_name(s)), qualified if country else None)
            region = _Region(number, record["name"], country, full)
            if country:
                self._full.setdefault(name_key(qualified), region)
            for spelling in spellings:
                if _is_full_name(spelling):
                    self._full.setdefault(name_key(spelling), region)
                else:
                    self._short.setdefault(name_key(spelling), []).append(region)

    def _read_seas(self, path: Path) -> None:
        if not path.exists():
            return
        records, problems = load_records(path, "seas", SeaEntry, name_key="name", entry="sea")
        self.problems.extend(problems)
        for _, sea in records:
            for spelling in (sea.name, sea.name_fr, *sea.aliases):
                self._seas.setdefault(name_key(spelling), sea)

    def lookup(
        self, name: str, *, short_names: bool = False, prefer_countries: tuple[str, ...] = ()
    ) -> ResolvedPlace | None:
        """A sea or region called `name`; a region's short name ("Kursk") only when
        `short_names`, and only when it names one region, or one in `prefer_countries`."""
        key = name_key(name)
        sea = self._seas.get(key)
        if sea is not None:
            return _sea_place(name, sea)
        region = self._full.get(key)
        if region is None and short_names:
            shorts = self._short.get(key, [])
            preferred = [r for r in shorts if r.country in prefer_countries]
            candidates = shorts if len(shorts) == 1 else preferred
            region = candidates[0] if len(candidates) == 1 else None
        return self._region_place(name, region) if region else None

    def region(self, name: str, *, prefer_countries: tuple[str, ...] = ()) -> ResolvedPlace | None:
        """The region `name` stands for, by any of its names (for "la région de X", "X Oblast");
        among same-name regions, one in `prefer_countries`."""
        key = name_key(name)
        found = self._full.get(key)
        if found is None:
            shorts = self._short.get(key, [])
            preferred = [region for region in shorts if region.country in prefer_countries]
            found = next(iter(preferred or shorts), None)
        return self._region_place(name, found) if found else None

    def written_name(self, name: str) -> str:
        """How to write a region in a story file so that it resolves to that region alone: its
        full name when it has one ("province de Misiones", not the ambiguous "Misiones")."""
        key = name_key(name)
        for region in [self._full.get(key), *self._short.get(key, [])]:
            if region is not None and region.name == name and region.full_name:
                return region.full_name
        return name

    def is_sea(self, name: str) -> bool:
        """Whether `name` is one of the seas, gulfs or straits."""
        return name_key(name) in self._seas

    def _region_place(self, query: str, region: _Region) -> ResolvedPlace:
        record: dict[str, Any] = json.loads(self._lines[region.line].strip().rstrip(","))
        outline = max(record["area"], key=len)
        return ResolvedPlace(
            query=query,
            name=record["name"],
            lat=record["lat"],
            lon=record["lon"],
            country=record.get("country", ""),
            source="naturalearth",
            precision="region",
            area=tuple((lat, lon) for lat, lon in outline),
            note=f"First-level region; outline simplified from {record['source']}.",
        )


def _sea_place(query: str, sea: SeaEntry) -> ResolvedPlace:
    return ResolvedPlace(
        query=query,
        name=sea.name,
        lat=sea.lat,
        lon=sea.lon,
        country="",
        source="curated",
        precision="region",
        area=tuple(sea.area),
        note=sea.note or _SEA_NOTE,
    )
