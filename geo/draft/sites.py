"""Airports and air bases named in an article, with the words used: "l'aéroport international
Toussaint-Louverture", "la base aérienne de Nevatim", "the Nevatim air base", "Hostomel
airport", "Kidal airport" (a town's own airport). Each is found in `geo.airports`; a phrase naming
no known airport is left to the other layers (the town alone, say). A site named again by its own
name alone ("s'est posé à La Tontouta") is the same site.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import NamedTuple

from geo.airports import Airport, AirportIndex
from geo.draft.mentions import PlaceMention
from geo.draft.tokens import Token, in_a_span, spans


class Site(NamedTuple):
    """An airport named in a text: the words' offsets, the words, the airport."""

    start: int
    end: int
    text: str
    airport: Airport

    def mention(self) -> PlaceMention:
        return PlaceMention(
            self.start, self.end, self.text, self.airport.resolved(self.text), "site"
        )


# "aéroport", "aérodrome", "base aérienne" … then "international", then "de"/"d'"/"du".
_FRENCH_HEADS = {"aéroport", "aérodrome", "aeroport"}
_FRENCH_FILLERS = {"international", "internationale", "militaire", "de", "du", "d"}
_ENGLISH_HEADS = {"airport", "airfield", "aerodrome", "airbase"}
_LONGEST = 4  # words of an airport's own name
_CALENDAR = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
    r"décembre|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche)",
    re.IGNORECASE,
)


def airfield_alone(
    text: str,
    tokens: list[Token],
    index: int,
    airports: AirportIndex | None,
    countries: Sequence[str],
    *,
    blocked: Sequence[tuple[int, int]] = (),
) -> Site | None:
    """In a text about airfields, the airfield whose own name alone starts at `tokens[index]`,
    in one of `countries` ("struck bombers at Belaya … and Dyagilevo": Belaya Air Base,
    Dyagilevo Air Base); None for a word of a longer name ("Pearl Harbor")."""
    if airports is None or not tokens[index].text[:1].isupper():
        return None
    if index and _in_a_name(text, tokens, index):
        return None
    for start, end, count in spans(text, tokens, index, _LONGEST - 1):
        after = index + count
        if in_a_span(start, end, blocked) or (
            after < len(tokens) and _in_a_name(text, tokens, after)
        ):
            continue
        if _CALENDAR.fullmatch(text[start:end]):
            continue  # "in May": no "May Airport"
        # (its whole name: "Russian brutality" is no "Russian Mission Airport")
        airport = airports.named(text[start:end], whole=True)
        if airport is not None and airport.country in countries:
            return Site(start, end, text[start:end], airport)
    return None


def _in_a_name(text: str, tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] and the word before it are capitalised words of one name."""
    before = tokens[index - 1]
    gap = text[before.end : tokens[index].start]
    return gap in (" ", "\u00a0") and before.text[:1].isupper() and tokens[index].text[:1].isupper()


def airport_at(
    text: str, tokens: list[Token], index: int, airports: AirportIndex
) -> tuple[Site | None, int]:
    """The airport a phrase starting at `tokens[index]` names, and the tokens it uses; or
    (None, 0)."""
    french = _french(text, tokens, index, airports)
    return french if french[0] is not None else _english(text, tokens, index, airports)


def _french(
    text: str, tokens: list[Token], index: int, airports: AirportIndex
) -> tuple[Site | None, int]:
    head = tokens[index].text.casefold()
    after = index + 1
    if head == "base" and after < len(tokens) and tokens[after].text.casefold() == "aérienne":
        after += 1
    elif head not in _FRENCH_HEADS:
        return None, 0
    while after < len(tokens) and tokens[after].text.casefold() in _FRENCH_FILLERS:
        after += 1
    if after >= len(tokens) or not tokens[after].text[:1].isupper():
        return None, 0
    for _, end, count in spans(text, tokens, after, _LONGEST):
        name = text[tokens[after].start : end]
        found = airports.named(name) or airports.in_city(name)
        if found is not None:
            start = tokens[index].start
            return Site(start, end, text[start:end], found), after + count - index
    last = after  # a name no index has: the airport of the town named next, if any
    while last < len(tokens) and last - after < _LONGEST and tokens[last].text[:1].isupper():
        last += 1
    if (found := _of_its_town(text, tokens[last - 1].end, airports)) is not None:
        start, end = tokens[index].start, tokens[last - 1].end
        return Site(start, end, text[start:end], found), last - index
    return None, 0


# "l'aéroport international Modibo-Keïta, à Sénou", "Diori Hamani airport in Niamey"
_TOWN_NEXT = re.compile(r",? (?:de |du |d[’']|à |in |at |near )(?P<town>[A-ZÀ-Ý][\w’'-]+)")


def _a_proper_name(words: str) -> bool:
    """Whether `words` are all capitalised, the first no article ("The Hamani airport")."""
    first, *_ = words.split()
    return first not in ("The", "A", "An") and all(w[:1].isupper() for w in words.split())


def _of_its_town(text: str, end: int, airports: AirportIndex) -> Airport | None:
    """The airport of the town named right after an airport's name that no index has (an
    airport named after a person)."""
    town = _TOWN_NEXT.match(text, end)
    return airports.in_city(town["town"]) if town else None


def _english(
    text: str, tokens: list[Token], index: int, airports: AirportIndex
) -> tuple[Site | None, int]:
    if not tokens[index].text[:1].isupper():
        return None, 0
    for start, end, count in spans(text, tokens, index, _LONGEST):
        last = index + count
        words = [token.text.casefold() for token in tokens[last : last + 3]]
        if words[:1] == ["international"]:
            words, last = words[1:], last + 1
        heads = (
            2
            if words[:2] == ["air", "base"]
            else int(words[:1] != [] and words[0] in _ENGLISH_HEADS)
        )
        if not heads:
            continue
        end = tokens[last + heads - 1].end
        name = text[start : tokens[index + count - 1].end]
        found = airports.named(name) or airports.in_city(name)
        if found is None and _a_proper_name(name):
            found = _of_its_town(text, end, airports)
        if found is not None:
            return Site(start, end, text[start:end], found), last + heads - index
    return None, 0


# "its international airport", "son aéroport": the airport of the town named before
_ITS_AIRPORT = re.compile(
    r"\b(?:its|their|son|leur)\s+(?:(?:main|international|military)\s+)?(?:airport|aéroport)"
    r"(?:\s+(?:international|militaire))?\b",
    re.IGNORECASE,
)


def own_airports(
    text: str,
    places: list[PlaceMention],
    sentences: Sequence[tuple[int, int]],
    airports: Callable[[], AirportIndex | None],
) -> list[PlaceMention]:
    """`places` with the airports named by their town's pronoun ("they held most of Aleppo as
    well as its international airport": Aleppo's), the town the last one named before in the
    sentence; `airports` is read only when the text has such words."""
    found: list[PlaceMention] = []
    for phrase in _ITS_AIRPORT.finditer(text):
        start, end = phrase.span()
        first = next((a for a, b in sentences if a <= start < b), start)
        towns = [p for p in places if p.kind == "city" and first <= p.start < start]
        index = airports() if towns else None
        airport = index.in_city(towns[-1].place.name) if index else None
        if airport is not None and not any(p.start < end and start < p.end for p in places):
            found.append(
                PlaceMention(start, end, phrase.group(), airport.resolved(phrase.group()), "site")
            )
    return sorted([*places, *found], key=lambda p: p.start) if found else places


# A site's own name: two capitalised words or more ("La Tontouta" in "l'aéroport international
# de La Tontouta", "Ben Gurion" in "Ben Gurion airport", "Kerem Shalom").
_OWN_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:[ \u00a0]+[A-ZÀ-Ý][\w'’-]*)+")


def named_again(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """`places` with the later mentions of an airport or a site by its own name alone ("s'est
    posé à La Tontouta", after "l'aéroport international de La Tontouta"), each the same place,
    in order, where no other mention is."""
    found: list[PlaceMention] = []
    taken = [(p.start, p.end) for p in places]
    for site in (p for p in places if p.kind == "site"):
        for own in _OWN_NAME.finditer(site.text):
            name = own.group()
            for again in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                start, end = again.span()
                if start >= site.end and not any(a < end and start < b for a, b in taken):
                    found.append(replace(site, start=start, end=end, text=name))
                    taken.append((start, end))
    return sorted([*places, *found], key=lambda p: p.start) if found else places
