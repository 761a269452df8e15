"""A town named in a list of another country's towns, thousands of kilometres from them, is a
namesake GeoNames knows, not the place meant ("à Mueda, à Mocímboa da Praia et à Palma": not
Palma de Mallorca): better unresolved than put on another continent."""

import re

from geo.draft.mentions import PlaceMention
from geo.draft.place_words import capitals
from geo.geodesy import km
from geo.names import name_key
from geo.resolver import PlaceResolver

FAR_KM = 3_000
_MILLION = 1_000_000
# What joins two items of a list of places ("Mueda, à Mocímboa da Praia et à Palma").
_JOINT = re.compile(
    r"^(?:,\s*(?:(?:et|and|ou|or)\s+)?|\s+(?:et|and|ou|or)\s+)(?:(?:à|au|aux|in|at|to)\s+)?$",
    re.IGNORECASE,
)


def without_far_namesakes(
    text: str, places: list[PlaceMention], resolver: PlaceResolver
) -> list[PlaceMention]:
    """`places` less the GeoNames towns listed next to towns of one other country, over
    `FAR_KM` from them all; a capital or a city of a million always stays."""
    kept = []
    for index, place in enumerate(places):
        around = [places[index - 1]] if index else []
        around += places[index + 1 : index + 2]
        listed = [
            other
            for other in around
            if _JOINT.match(text[min(other.end, place.end) : max(other.start, place.start)])
        ]
        countries = {other.place.country for other in listed if other.kind == "city"}
        if (
            place.kind == "city"
            and place.place.source == "geonames"
            and len(countries) == 1
            and place.place.country not in countries
            and all(km(o.place.location, place.place.location) > FAR_KM for o in listed)
            and not _known(place, resolver)
        ):
            continue
        kept.append(place)
    return kept


def _known(place: PlaceMention, resolver: PlaceResolver) -> bool:
    """A capital, or a city of a million people."""
    if name_key(place.place.name) in capitals():
        return True
    geonames = resolver.geonames()
    found = geonames.match(place.place.name) if geonames else None
    return found is not None and found.population >= _MILLION
