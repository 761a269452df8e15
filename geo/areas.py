"""Named areas looked up by name: first-level regions of every country (`data/areas.json`,
Natural Earth) and seas, gulfs and straits (`data/seas.yaml`, outlines drawn by hand).

A region's short name is often a city's too ("Kursk", "Donetsk"): `lookup` answers short names
only when asked (`short_names=True`), so that the resolver can try cities first; `region`
answers any name of a region, for text that says it means the region ("la région de Koursk").
Region outlines are parsed from the file only when a region is asked for. `part_of_country`
draws a part of a country ("northern Norway") from the country's regions.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from babel import Locale
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from geo.errors import Problem
from geo.files import load_records
from geo.gazetteer import Latitude, Longitude, ResolvedPlace
from geo.geodesy import convex_hull, count_inside, km
from geo.names import (
    ARABIC_ARTICLE_COUNTRIES,
    french_spelling_variants,
    name_key,
    other_spellings,
    without_arabic_article,
    word_set,
)
from geo.parts import PARTS, in_part
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

_TOUCHING = 0.5  # degrees: outlines' boxes this close touch (outlines are simplified)

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class SeaEntry(BaseModel):
    """One sea, gulf, strait, canal, bay, lake or ocean of `data/seas.yaml`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Name
    name_fr: Name
    aliases: list[Name] = []
    kind: Literal["sea", "gulf", "strait", "canal", "bay", "lake", "ocean"]
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
        # The lines of each country's own first-level regions (not the merged ones).
        self._by_country: dict[str, list[int]] = {}
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
            names = (record["name"], record["name_fr"], *record.get("aliases", []))
            if country in ARABIC_ARTICLE_COUNTRIES:  # ("Anbar province": Al Anbar)
                names += tuple(without_arabic_article(name) for name in names)
            spellings = (*names, *(other for name in names for other in other_spellings(name)))
            # "Misiones, Argentina": a full name for every region of a country, for regions
            # whose every name is short (and shared: Misiones is in Argentina and Paraguay).
            qualified = f"{record['name']}, {_COUNTRY_NAMES.get(country, country)}"
            full = next((s for s in spellings if _is_full_name(s)), qualified if country else None)
            region = _Region(number, record["name"], country, full)
            if country and "merged" not in record.get("source", ""):
                self._by_country.setdefault(country, []).append(number)
            if country:
                self._full.setdefault(name_key(qualified), region)
            for spelling in spellings:
                if _is_full_name(spelling):
                    self._full.setdefault(name_key(spelling), region)
                    continue
                same_name = self._short.setdefault(name_key(spelling), [])
                if region not in same_name:  # "Gotland" is its English and French name
                    same_name.append(region)

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
        generic = {name_key(word) for word in name.split()} <= _GENERIC
        if region is None and short_names and not generic:  # ("National Park": no one park)
            shorts = self._short.get(key, [])
            preferred = [r for r in shorts if r.country in prefer_countries]
            candidates = shorts if len(shorts) == 1 else preferred
            region = candidates[0] if len(candidates) == 1 else None
        return self._region_place(name, region) if region else None

    def region(
        self,
        name: str,
        *,
        prefer_countries: tuple[str, ...] = (),
        near: Sequence[tuple[float, float]] = (),
    ) -> ResolvedPlace | None:
        """The region `name` stands for, by any of its names (for "la région de X", "X Oblast");
        among same-name regions, one in `prefer_countries`, and of several there the one holding
        most points of `near` (lat, lon: "Bahawalpur, dans la province du Pendjab" is Pakistan's
        Punjab in an article naming Indian towns too), or else nearest one of them."""
        key = name_key(name)
        found = self._full.get(key)
        if found is not None:
            return self._region_place(name, found)
        # (in French or another spelling: "l'oblast de Louhansk", "la région de Hiraan")
        spellings = (key, *french_spelling_variants(key))
        shorts = next((self._short[k] for k in spellings if k in self._short), [])

        def fit(item: tuple[_Region, ResolvedPlace]) -> tuple[int, bool, float]:
            region, place = item
            nearest = min((km(place.location, point) for point in near), default=0.0)
            # then an oblast over a city that is a region of its own ("the Kyiv region")
            oblast = region.full_name is not None and _is_full_name(region.full_name)
            return count_inside(place.area, near), oblast, -nearest

        regions = [r for r in shorts if r.country in prefer_countries] or shorts
        places = [(region, self._region_place(name, region)) for region in regions]
        return max(places, key=fit, default=(None, None))[1]

    def home_region(self, name: str, countries: tuple[str, ...]) -> ResolvedPlace | None:
        """The one region called `name` by a short name in `countries` ("Tigré" in an article
        about Ethiopia is Tigray, not Tigre in Argentina), or None."""
        found = [r for r in self._short.get(name_key(name), []) if r.country in countries]
        return self._region_place(name, found[0]) if len(found) == 1 else None

    def written_name(self, name: str, country: str = "") -> str:
        """How to write a region (of `country`, when given) in a story file so that it
        resolves to that region alone: its full name when it has one ("province de Misiones",
        not the ambiguous "Misiones")."""
        key = name_key(name)
        for region in [self._full.get(key), *self._short.get(key, [])]:
            mine = region is not None and (not country or region.country == country)
            if region is not None and mine and region.name == name and region.full_name:
                return region.full_name
        return name

    def part_of_country(
        self, country: str, part: str, *, query: str, name: str
    ) -> ResolvedPlace | None:
        """A part of a country ("north", "south-east", "centre": see `PARTS`) as a region: the
        regions of its main landmass (its first-level regions joined by touching outlines, the
        largest group) whose points lie in that third of their span, outlined by their convex
        hull, at the chosen region point nearest their mean. None for an unknown part or a
        country of fewer than three regions."""
        records = self._records(country) if part in PARTS else []
        records = _mainland(records) if len(records) >= 3 else []
        points = [(record["lat"], record["lon"]) for record in records]
        chosen = [r for r, p in zip(records, points, strict=True) if in_part(p, points, part)]
        if not chosen:
            return None
        mean_lat = sum(record["lat"] for record in chosen) / len(chosen)
        mean_lon = sum(record["lon"] for record in chosen) / len(chosen)
        middle = min(chosen, key=lambda r: (r["lat"] - mean_lat) ** 2 + (r["lon"] - mean_lon) ** 2)
        names = ", ".join(sorted(record["name"] for record in chosen))
        note = (
            f"The {part} of the country: its first-level regions whose points lie in the {part} "
            f"third of its main landmass ({names}), outlined by their convex hull (approximate: "
            "it may take in sea or a neighbour's land)."
        )
        outline = [tuple(point) for record in chosen for point in max(record["area"], key=len)]
        return ResolvedPlace(
            query=query,
            name=name,
            lat=middle["lat"],
            lon=middle["lon"],
            country=country,
            source="naturalearth",
            precision="region",
            area=convex_hull(outline),
            note=note,
        )

    def _records(self, country: str) -> list[dict[str, Any]]:
        return [
            json.loads(self._lines[n].strip().rstrip(","))
            for n in self._by_country.get(country, [])
        ]

    def outlines(self, country: str) -> list[list[tuple[float, float]]]:
        """The outlines (rings of vertices) of a country's first-level regions."""
        return [[(p[0], p[1]) for p in ring] for r in self._records(country) for ring in r["area"]]

    def is_sea(self, name: str) -> bool:
        """Whether `name` is one of the water bodies of `data/seas.yaml` (seas, gulfs, straits,
        canals, bays, lakes and oceans)."""
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


# Words that name a kind of area, not one: a short name made of them alone names none.
_GENERIC = word_set(
    "national park reserve autonomous region district federal capital special territory province "
    "state city county municipality area zone island islands la le capitale région territoire"
)


def _mainland(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The largest group of regions joined by touching outlines (bounding boxes within
    `_TOUCHING` degrees): a country without its far islands and overseas territories."""
    boxes = []
    for record in records:
        ring = max(record["area"], key=len)
        lats, lons = [lat for lat, _ in ring], [lon for _, lon in ring]
        boxes.append((min(lats), max(lats), min(lons), max(lons)))
    unseen = set(range(len(records)))
    groups: list[list[int]] = []
    while unseen:
        group, stack = [], [unseen.pop()]
        while stack:
            current = stack.pop()
            group.append(current)
            near = {other for other in unseen if _touch(boxes[current], boxes[other])}
            unseen -= near
            stack.extend(near)
        groups.append(group)
    largest = max(groups, key=len)
    return [records[index] for index in sorted(largest)]


def _touch(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return (
        a[0] - _TOUCHING <= b[1]
        and b[0] - _TOUCHING <= a[1]
        and a[2] - _TOUCHING <= b[3]
        and b[2] - _TOUCHING <= a[3]
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
