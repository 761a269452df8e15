"""The layered place resolver: curated gazetteer, landmarks, airports, named areas, offline
GeoNames, then optional Nominatim. The large offline layers are built only when a name needs
them."""

import logging
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Generic, Protocol, TypeVar

from geo.airports import AIRPORT_WORDS, AirportIndex
from geo.areas import AreaIndex
from geo.borders import border_place
from geo.errors import GeocodingServiceError, Problem
from geo.gazetteer import Gazetteer, ResolvedPlace
from geo.geodesy import convex_hull, km
from geo.geonames import GeoNamesIndex
from geo.landmarks import LandmarkIndex
from geo.names import name_key
from geo.parts import PART_ADJECTIVES, in_part
from geo.paths import GAZETTEER_FILE
from geo.villages import VillageIndex

logger = logging.getLogger(__name__)
_SHADOW_KM = 1_000  # a town of another name this far from a region of the name is not it

Index = TypeVar("Index")


class OnlineGeocoder(Protocol):
    """An online service: `lookup` returns None for "not found" and raises
    `GeocodingServiceError` when the service fails."""

    def lookup(self, name: str) -> ResolvedPlace | None: ...


class _Lazy(Generic[Index]):
    """An index built by `factory` the first time it is needed, once for every thread."""

    def __init__(self, factory: Callable[[], Index] | None) -> None:
        self._factory = factory
        self._index: Index | None = None
        self._lock = threading.Lock()

    @property
    def built(self) -> bool:
        return self._index is not None

    def get(self) -> Index | None:
        if self._factory is None:
            return None
        with self._lock:
            if self._index is None:
                self._index = self._factory()
            return self._index


class PlaceResolver:
    """Resolves place names layer by layer. A layer given as None is left out (tests)."""

    def __init__(
        self,
        *,
        gazetteer: Gazetteer,
        geonames: Callable[[], GeoNamesIndex] | None = GeoNamesIndex,
        areas: Callable[[], AreaIndex] | None = AreaIndex,
        landmarks: Callable[[], LandmarkIndex] | None = LandmarkIndex,
        airports: Callable[[], AirportIndex] | None = AirportIndex,
        villages: Callable[[], VillageIndex] | None = VillageIndex,
        online: OnlineGeocoder | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.online = online
        self._geonames = _Lazy(geonames)
        self._areas = _Lazy(areas)
        self._landmarks = _Lazy(landmarks)
        self._airports = _Lazy(airports)
        self._villages = _Lazy(villages)
        self._borders: dict[tuple[str, str], ResolvedPlace | None] = {}

    @property
    def geonames_loaded(self) -> bool:
        """Whether the (large) GeoNames index has been built."""
        return self._geonames.built

    def geonames(self) -> GeoNamesIndex | None:
        """The GeoNames index (built now if needed), None when this resolver has none."""
        return self._geonames.get()

    def areas(self) -> AreaIndex | None:
        """The regions and seas (read now if needed), None when this resolver has none."""
        return self._areas.get()

    def landmarks(self) -> LandmarkIndex | None:
        """The landmarks (read now if needed), None when this resolver has none."""
        return self._landmarks.get()

    def airports(self) -> AirportIndex | None:
        """The airports (read now if needed), None when this resolver has none."""
        return self._airports.get()

    def villages(self) -> VillageIndex | None:
        """The villages (read now if needed; never used by `resolve`: see `geo.villages`),
        None when this resolver has none."""
        return self._villages.get()

    def problems(self) -> list[Problem]:
        """Bad entries of the data files of every layer read so far (each left out)."""
        found = list(self.gazetteer.problems)
        for layer in (self._areas, self._landmarks):
            index = layer.get() if layer.built else None
            if index is not None:
                found.extend(index.problems)
        return found

    def resolve(
        self,
        name: str,
        *,
        prefer_countries: Iterable[str] = (),
        on_warning: Callable[[str], None] | None = None,
    ) -> ResolvedPlace | None:
        """The place `name` stands for, or None when no layer knows it.

        Order: the curated gazetteer, landmarks, airports by whole name ("Nevatim Air Base"),
        seas and regions by full name ("Kursk Oblast"), GeoNames cities and countries, regions
        by short name, then online. When the online layer fails, the offline answer (None)
        stands and `on_warning` (default: the log) hears why.
        """
        if not name.strip():
            return None
        prefer_countries = tuple(prefer_countries)
        place = self.gazetteer.lookup(name)
        landmarks = self.landmarks() if place is None else None
        if landmarks is not None:
            place = landmarks.lookup(name)
        airports = self.airports() if place is None and AIRPORT_WORDS.search(name) else None
        if airports is not None:
            place = airports.lookup(name)
        areas = self.areas() if place is None else None
        if areas is not None:
            place = areas.lookup(name)
        geonames = self.geonames() if place is None else None
        if geonames is not None:
            place = geonames.lookup(name, prefer_countries=prefer_countries)
            place = place and (self.shadowing(name, place) or place)
        if place is None and areas is not None:
            place = areas.lookup(name, short_names=True, prefer_countries=prefer_countries)
        if place is None and (part := _WRITTEN_PART.match(name.strip())):
            place = self.part_of_country(_PARTS[part.group(1)], part.group(2), query=name)
        if place is None and (border := _WRITTEN_BORDER.match(name.strip())):
            place = self._border_written(border["pair"] or border["pair2"] or border["fr"], name)
        if place is None and self.online is not None:
            try:
                place = self.online.lookup(name)
            except GeocodingServiceError as error:
                (on_warning or logger.warning)(
                    f"Online geocoding failed, so {name!r} stays unresolved: {error}"
                )
        return place

    def shadowing(self, name: str, town: ResolvedPlace) -> ResolvedPlace | None:
        """The region a GeoNames town found for `name` by another of its names stands in front
        of: one written exactly so, far away ("Bali", one of Paris's names in GeoNames, is the
        Indonesian province; "Missouri", one of Bozeman's, the state); else None. ("Bâle"
        stays Basel: Burkina Faso's province is Balé.)"""
        if town.precision != "exact" or name_key(town.name) == name_key(name):
            return None
        areas = self.areas()
        region = areas.lookup(name, short_names=True) if areas else None
        far = (
            region is not None
            and region.name.casefold() == name.strip().casefold()
            and km(region.location, town.location) > _SHADOW_KM
        )
        return region if far else None

    def border(self, first: str, second: str, *, query: str) -> ResolvedPlace | None:
        """The border between the countries named `first` and `second`, as a region named
        "Israel–Lebanon border" (`geo.borders`); None when either is no country or they share
        no border."""
        countries = [self._country(name) for name in (first, second)]
        areas = self.areas()
        if areas is None or None in countries or countries[0] == countries[1]:
            return None
        first_place, second_place = (c for c in countries if c is not None)
        pair = (first_place.country, second_place.country)
        if pair not in self._borders:
            ours, theirs = (areas.outlines(country) for country in pair)
            name = border_name(first_place.name, second_place.name)
            self._borders[pair] = border_place(ours, theirs, name=name, query=query)
        place = self._borders[pair]
        return replace(place, query=query) if place is not None else None

    def _border_written(self, pair: str, query: str) -> ResolvedPlace | None:
        """The border `pair` names: two countries joined by a dash ("Israel–Lebanon",
        "Guinea-Bissau-Senegal": each dash is tried), "and" or "et" ("Israël et le Liban")."""
        splits = [(m.start(), m.end()) for m in re.finditer(r"\s*[-–—]\s*|\s+(?:and|et)\s+", pair)]
        for start, end in splits:
            first, second = pair[:start], re.sub(r"^(?:the|le|la|les|l['’])\s*", "", pair[end:])
            place = self.border(first, second, query=query) if first and second else None
            if place is not None:
                return place
        return None

    def _country(self, name: str) -> ResolvedPlace | None:
        place = self._curated_or_geonames(name)
        return place if place is not None and place.precision == "country" else None

    def _curated_or_geonames(self, name: str) -> ResolvedPlace | None:
        place = self.gazetteer.lookup(name)
        geonames = self.geonames() if place is None else None
        return geonames.lookup(name) if geonames is not None else place

    def part_of_country(self, part: str, country: str, *, query: str) -> ResolvedPlace | None:
        """A part ("north", "south-east": `geo.areas.PARTS`) of the country named `country`, as
        a region named "northern Norway", or of a region ("eastern Ladakh"); None when
        `country` names neither."""
        place = self._curated_or_geonames(country)
        areas = self.areas()
        if areas is None:
            return None
        if place is None and country[:1].isupper():  # (a town's centre is the town)
            region = areas.lookup(country) or areas.lookup(country, short_names=True)
            sea = region is not None and areas.is_sea(region.name)  # ("the southern Caribbean")
            return _part_of_region(region, part, query) if region and not sea else None
        if place is None or place.precision != "country":
            return None
        name = f"{PART_ADJECTIVES[part]} {place.name}"
        region = areas.lookup(name)  # "northern Israel": Israel's Northern District, if named so
        if region is not None and region.country == place.country:
            return replace(region, query=query)
        return areas.part_of_country(place.country, part, query=query, name=name)


def _part_of_region(region: ResolvedPlace, part: str, query: str) -> ResolvedPlace | None:
    """A part of a first-level region ("eastern Ladakh"): the points of its outline in that
    third of its span, outlined by their convex hull, at their mean."""
    points = list(region.area)
    chosen = [point for point in points if in_part(point, points, part)]
    if region.precision != "region" or len(chosen) < 3:
        return None
    note = (
        f"The {part} of {region.name}: the points of its outline in the {part} third of its "
        "span, outlined by their convex hull (approximate)."
    )
    return ResolvedPlace(
        query=query,
        name=f"{PART_ADJECTIVES[part]} {region.name}",
        lat=sum(lat for lat, _ in chosen) / len(chosen),
        lon=sum(lon for _, lon in chosen) / len(chosen),
        country=region.country,
        source=region.source,
        precision="region",
        area=convex_hull(chosen),
        note=note,
    )


_PARTS = {adjective: part for part, adjective in PART_ADJECTIVES.items()}
_WRITTEN_PART = re.compile(rf"^({'|'.join(_PARTS)}) (\S.*)$")
# "Israel–Lebanon border" (as the importer writes it), "Israel-Lebanon border", "the border
# between Israel and Lebanon", "frontière Israël–Liban", "frontière entre Israël et le Liban"
_WRITTEN_BORDER = re.compile(
    r"^(?:the\s+)?(?:(?P<pair>\S.*\S)\s+border|border\s+between\s+(?:the\s+)?(?P<pair2>\S.*\S)|"
    r"(?:la\s+)?frontière\s+(?:entre\s+(?:le\s+|la\s+|les\s+|l['’]\s*)?)?(?P<fr>\S.*\S))$",
    re.IGNORECASE,
)


def border_name(first: str, second: str) -> str:
    """How a border is written in a story file: "Israel–Lebanon border" (an en dash)."""
    return f"{first}–{second} border"


def default_resolver(*, online: OnlineGeocoder | None = None) -> PlaceResolver:
    """The project's resolver: the curated gazetteer, the other offline layers on demand, and
    `online` if given."""
    return PlaceResolver(gazetteer=Gazetteer.from_file(GAZETTEER_FILE), online=online)
