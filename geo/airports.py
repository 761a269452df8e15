"""Airports and air bases of the world, offline: the airportsdata package (MIT), some 28,000
fields with their ICAO code, name, city, country and coordinates.

A name resolves when it is an airport's whole name ("Nevatim Air Base", "Hostomel Airport"), or
its name without the generic words ("Ben Gurion airport", "aéroport Toussaint-Louverture", in
French spelling "aéroport Ben Gourion") when one airport has it, or one word of that name that
is no town's ("l'aéroport de Kavumu": Bukavu Kavumu Airport). `in_city` is the airport of a town
("l'aéroport de Kidal") when the town has one with an IATA code, or only one.
"""

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from geo.gazetteer import ResolvedPlace
from geo.names import french_spelling_variants, name_key, word_set

# Only a name or text with one of these words can name an airport (the index is read for them).
AIRPORT_WORDS = re.compile(
    r"airport|air\s*base|airfield|aerodrome|a[ée]roport|aérodrome|base\s+a[ée]rienne", re.I
)
# Words that make a field's name an airport's, not a place's: left out of the name's core.
GENERIC_WORDS = frozenset(
    map(
        name_key,
        word_set(
            "international airport air base airbase airfield aerodrome aérodrome aéroport "
            "aeroport regional military intl field station heliport aérienne aerienne naval"
        ),
    )
)


@dataclass(frozen=True, slots=True)
class Airport:
    """One field of airportsdata."""

    icao: str
    iata: str
    name: str
    city: str
    country: str
    lat: float
    lon: float

    def resolved(self, query: str) -> ResolvedPlace:
        return ResolvedPlace(
            query=query,
            name=self.name,
            lat=self.lat,
            lon=self.lon,
            country=self.country,
            source="airports",
            precision="exact",
            note=f"{self.name} ({self.icao}), {self.city or self.country}",
        )


def core_key(name: str) -> str:
    """The key of a name without its generic words ("Ben Gurion International Airport" →
    "bengurion")."""
    return "".join(key for word in name.split() if (key := name_key(word)) not in GENERIC_WORDS)


class AirportIndex:
    """Airports by whole name, by name without generic words and by city, read once."""

    def __init__(self) -> None:
        self._by_name: dict[str, Airport] = {}
        self._by_core: dict[str, list[Airport]] = {}
        self._by_word: dict[str, list[Airport]] = {}  # each word of a core ("kavumu")
        self._by_city: dict[str, list[Airport]] = {}
        source = resources.files("airportsdata").joinpath("airports.csv")
        with source.open("rb") as raw, io.TextIOWrapper(raw, "utf-8-sig", newline="") as stream:
            self._read(csv.DictReader(stream))

    def _read(self, rows: Iterable[dict[str, str]]) -> None:
        for row in rows:
            try:
                airport = Airport(
                    row["icao"],
                    row["iata"],
                    row["name"],
                    row["city"],
                    row["country"],
                    float(row["lat"]),
                    float(row["lon"]),
                )
            except (KeyError, ValueError):
                continue  # a row without coordinates locates nothing
            self._by_name.setdefault(name_key(airport.name), airport)
            if core := core_key(airport.name):
                self._by_core.setdefault(core, []).append(airport)
            for word in {name_key(w) for w in airport.name.split()} - GENERIC_WORDS:
                if len(word) > 3 and word != core:
                    self._by_word.setdefault(word, []).append(airport)
            if airport.city:
                self._by_city.setdefault(name_key(airport.city), []).append(airport)

    def lookup(self, name: str) -> ResolvedPlace | None:
        """The airport of this whole name ("Nevatim Air Base"), None for any other name."""
        airport = self._by_name.get(name_key(name))
        return airport.resolved(name) if airport else None

    def named(self, core: str, *, whole: bool = False) -> Airport | None:
        """The one airport whose name, without generic words, is `core` ("Toussaint
        Louverture", or in French spelling "Ben Gourion"), else (unless `whole`) whose name has
        `core` as one of its words ("Kavumu": "Bukavu Kavumu Airport"); of several so named, the
        one with an IATA code if only one has it."""
        key = core_key(core)
        variants = [key, *french_spelling_variants(key)] if key else []
        for variant in variants:
            if found := _one(self._by_core.get(variant, [])):
                return found
        # (not a town's name: "l'aéroport de Paris" is none of the airports named for Paris)
        words = [self._by_word.get(v, []) for v in variants if v not in self._by_city and not whole]
        return next((found for airports in words if (found := _one(airports))), None)

    def in_city(self, city: str) -> Airport | None:
        """The airport of a town, when it has one with an IATA code, or only one."""
        return _one(self._by_city.get(name_key(city), []))


def _one(airports: list[Airport]) -> Airport | None:
    if len(airports) == 1:
        return airports[0]
    served = [airport for airport in airports if airport.iata]
    return served[0] if len(served) == 1 else None
