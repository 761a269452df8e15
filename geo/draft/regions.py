"""Regions named in an article: with a region word ("région de Koursk", "Kursk region", "l'État
Shan"), by a short name alone ("l'Extrême-Orient russe", "on Gotland"), or by a name a town
abroad shares ("le Tigré" in an article about Ethiopia is Tigray, not Tigre in Argentina)."""

import re
from collections.abc import Sequence

from geo.areas import AreaIndex
from geo.draft.mentions import PlaceMention
from geo.draft.place_words import (
    GENERIC_REGION_NAMES,
    REGION_AFTER,
    REGION_BEFORE,
    REGIONS_AFTER,
    REGIONS_BEFORE,
    TITLES,
    VESSELS,
    after_locative,
    next_to_a_name,
    stop_words,
)
from geo.draft.tokens import Token
from geo.geodesy import km
from geo.geonames import NEAR_KM
from geo.names import name_key


def region_in_context(
    areas: AreaIndex | None,
    text: str,
    span: tuple[int, int],
    candidate: str,
    prefer: tuple[str, ...],
    near: Sequence[tuple[float, float]],
) -> PlaceMention | None:
    """ "région de Koursk", "Kursk region": the region, its text including the words; of
    same-name regions, one in `prefer` holding most of the article's places (`near`)."""
    if areas is None:
        return None
    start, end = span
    before = REGION_BEFORE.search(text[max(0, start - 40) : start])
    after = REGION_AFTER.match(text[end : end + 16])
    # one of several under a plural head ("les régions de Koursk et de Belgorod"): the name
    several = REGIONS_BEFORE.search(text[max(0, start - 120) : start])
    several = several or REGIONS_AFTER.match(text[end : end + 80])
    if not (before or after or several):
        return None
    region = areas.region(candidate, prefer_countries=prefer, near=near)
    if region is None:
        return None
    if before:
        start -= len(before.group())
    if after:
        end += after.end()
    written = areas.written_name(region.name, region.country)
    return PlaceMention(start, end, text[start:end], region, "region", written=written)


_POINTS = re.compile(r"(?i:nord|sud|est|ouest|north|south|east|west|[-\s])+")
_WORLD_CITY = 1_000_000  # a city this large is meant over a region of its name ("Vienne")
# "Nord-Kivu", "Sud-Kivu": a point of the compass and a name, which is no town nor a person
_COMPASS = re.compile(r"(?:Nord|Sud|North|South)-(?!(?:Est|Ouest|East|West)\b)[A-ZÀ-Ý]")


def area_by_short_name(
    areas: AreaIndex | None,
    tokens: list[Token],
    index: int,
    count: int,
    candidate: str,
    prefer: tuple[str, ...],
    listed: bool = False,
) -> PlaceMention | None:
    """A region named without a region word: several words long ("l'Extrême-Orient
    russe"), or one capitalised word after a locative ("the island of Gotland", "fighters from
    Chechnya") or in a list of places (`listed`: "Yemen and Chechnya"), or of no state ("le
    Somaliland"), when no town has that name."""
    place = areas.lookup(candidate, short_names=True, prefer_countries=prefer) if areas else None
    if place is None:
        return None
    # (a territory of no state's, "le Somaliland", "Kashmir", needs no locative)
    if (
        count == 1
        and not (
            (
                after_locative(tokens, index)
                or listed
                # (a region of a country the article is about, not "le Nord-Est du pays")
                or (place.country in ("", *prefer) and not _POINTS.fullmatch(candidate))
                or _COMPASS.match(candidate)
            )
            # not a ship's or a person's name ("the aircraft carrier Liaoning")
            and not (index and tokens[index - 1].text.casefold() in TITLES | VESSELS)
            and candidate[:1].isupper()
            and not candidate.isupper()
            and name_key(candidate) not in stop_words() | GENERIC_REGION_NAMES
            and not next_to_a_name(tokens, index)
        )
    ):
        return None
    start, end = tokens[index].start, tokens[index + count - 1].end
    return PlaceMention(start, end, candidate, place, "region")


def home_region(
    areas: AreaIndex | None, mention: PlaceMention, prefer: tuple[str, ...], population: int
) -> PlaceMention:
    """A town abroad, or the region of a country the article is about that has its name ("le
    Tigré", with Addis-Abeba and Ethiopian forces: Tigray, not Tigre in Argentina); a city
    of a million stays ("Vienne" is Vienna, not the French département)."""
    if areas is None or mention.place.country in prefer or population >= _WORLD_CITY:
        return mention
    region = areas.home_region(mention.text, prefer)
    if region is None:
        return mention
    written = areas.written_name(region.name, region.country)
    return PlaceMention(mention.start, mention.end, mention.text, region, "region", written=written)


def broad(mention: PlaceMention) -> bool:
    """Whether a region reaches further than `NEAR_KM` from its centre ("le sud de l'Inde"):
    too broad for its centre to tell which of two towns of a name is meant, or whether a town
    known by another name is the one."""
    return any(km(mention.place.location, point) > NEAR_KM for point in mention.place.area)
