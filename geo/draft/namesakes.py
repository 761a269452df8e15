"""A town named in a list of another country's towns, thousands of kilometres from them, is a
namesake GeoNames knows, not the place meant ("à Mueda, à Mocímboa da Praia et à Palma": not
Palma de Mallorca): better unresolved than put on another continent. A town the text locates in
its own country ("à Mamallapuram, dans le sud de l'Inde") is the one meant."""

import re
from collections.abc import Sequence
from dataclasses import replace

from geo.draft.mentions import PlaceMention
from geo.draft.place_words import capital_names, capitals
from geo.geodesy import km
from geo.names import name_key
from geo.resolver import PlaceResolver

FAR_KM = 3_000
_MILLION = 1_000_000
# What locates a town in a country or a part of one: "X, dans le sud de l'Inde", "X, en Inde".
_LOCATED_IN = re.compile(r"^,\s+(?:dans|en|au|aux|in)\b[^,;.]{0,25}$", re.IGNORECASE)
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


def in_named_countries(
    places: list[PlaceMention], sentences: Sequence[tuple[int, int]], resolver: PlaceResolver
) -> list[PlaceMention]:
    """`places`, with a GeoNames town that has a namesake in a country its sentence names (and
    not its own) moved there: "Costa Rica said China, through its embassy in San José, …" is
    San José, Costa Rica, not San Jose, California. A capital or a city of a million stays."""
    geonames = resolver.geonames()
    moved = []
    for place in places:
        if geonames is None or place.kind != "city" or place.place.source != "geonames":
            moved.append(place)
            continue
        first, last = next(((a, b) for a, b in sentences if a <= place.start < b), (0, 0))
        around = [p for p in places if first <= p.start < last and p is not place]
        if place.place.country not in {p.place.country for p in around} and not _known(
            place, resolver, own=True
        ):
            for code in sorted({p.place.country for p in around if p.kind == "country"}):
                found = geonames.match(place.text, prefer_countries=(code,))
                if found is not None and found.place.country == code:
                    place = replace(place, place=found.place)
                    break
        moved.append(place)
    return moved


def _known(place: PlaceMention, resolver: PlaceResolver, own: bool = False) -> bool:
    """A capital (`own`: its country's, not San Jose, California), or a city of a million."""
    if own and name_key(capital_names().get(place.place.country, "")) == name_key(place.name):
        return True
    if not own and name_key(place.place.name) in capitals():
        return True
    geonames = resolver.geonames()
    found = geonames.match(place.place.name) if geonames else None
    return found is not None and found.population >= _MILLION


def located_towns(
    text: str, first: list[PlaceMention], found: list[PlaceMention]
) -> list[PlaceMention]:
    """`found`, with the towns of `first` (an earlier look, before the article's other places
    made a town known by another of its names doubtful) that the words right after them locate
    in their own country ("à Mamallapuram, dans le sud de l'Inde")."""
    starts = {mention.start for mention in found}
    located = [
        town
        for town in first
        if town.kind == "city"
        and town.start not in starts
        and any(
            other.start > town.end
            and other.place.country == town.place.country
            and _LOCATED_IN.match(text[town.end : other.start])
            for other in found
        )
    ]
    overlaps = [m for m in found if any(m.start < t.end and t.start < m.end for t in located)]
    return sorted([*(m for m in found if m not in overlaps), *located], key=lambda m: m.start)
