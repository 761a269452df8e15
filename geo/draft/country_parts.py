"""A part of a country named in an article: "northern Norway", "le nord de la Norvège"."""

import re

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
