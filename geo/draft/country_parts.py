"""A part of a country named in an article: "northern Norway", "le nord de la Norvège"."""

import re
from collections import Counter

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


# "la chute du Nord", "la ville du Nord-Est", "dans le Sud": a part of the country the article
# is about; not "la Corée du Nord", "l'Afrique du Nord", "la mer du Nord", "les pays du Sud",
# "le nord de…" (above), "Nord-Kivu", "Nord Stream"
_BARE_PART = re.compile(
    r"(?P<before>[\w'’-]+)\s+(?:le|du|au|dans\s+le)\s+(?P<part>Nord|Sud)(?:-(?P<side>Est|Ouest))?"
    r"\b(?!-|\s+(?:de|du|des|d['’])\b|\s+[A-ZÀ-Ý]|\s+global)"
)
_NOT_BEFORE = frozenset(["pays", "mer", "pôle", "cap", "hémisphère", "axe"])


def bare_parts(
    text: str, places: list[PlaceMention], resolver: PlaceResolver
) -> list[PlaceMention]:
    """`places` with the parts of a country named without it ("la ville du Nord-Est": the
    north-east of the country most of the article's places are in, named itself), in French."""
    named = {p.place.country: p.place.name for p in places if p.kind == "country"}
    codes = Counter(p.place.country for p in places if p.place.country in named)
    if not codes:  # (the country its places are in, towns too: "Kidal, Gao" are Mali's)
        return places
    country = named[codes.most_common(1)[0][0]]
    found = []
    for match in _BARE_PART.finditer(text):
        before = re.split(r"['’]", match["before"])[-1]  # ("l'Afrique du Nord": Afrique)
        if before[:1].isupper() or before.casefold() in _NOT_BEFORE:
            continue
        part = f"{match['part']}-{match['side']}" if match["side"] else match["part"]
        start, end = match.start("part"), match.end()
        if any(p.start < end and start < p.end for p in places):
            continue
        place = resolver.part_of_country(
            _FRENCH_PARTS[part.casefold()], country, query=text[start:end]
        )
        if place is not None:
            found.append(
                PlaceMention(start, end, text[start:end], place, "region", written=place.name)
            )
    return sorted([*places, *found], key=lambda p: p.start) if found else places
