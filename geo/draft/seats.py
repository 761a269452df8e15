"""A state's institutions named without their town ("le palais présidentiel", "the presidential
palace", "le Parlement kényan", "Kenya's parliament", "the National Assembly"): shown at the
capital of the country the text ties them to, at `near` precision, for the reviewer to check.

The town is a capital of that country the sentence names ("the National Assembly in
Seoul"), else the capital of the country the words name ("kényan", "Kenya's"), else of the
country the text has named most before them (not far back). An institution of no country ("le
Parlement européen", "the European Parliament") or of none the text names is left out. A phrase
another layer placed (a landmark, a site at its town) keeps that place. A capital named by its
country ("the Kenyan capital", "la capitale tchadienne", "Ukraine's capital") is that town.
"""

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from geo.draft.actors import ActorMention
from geo.draft.mentions import PlaceMention
from geo.draft.place_words import capital_names, capitals
from geo.gazetteer import ResolvedPlace
from geo.names import name_key
from geo.resolver import PlaceResolver

_INSTITUTION = re.compile(
    r"(?:\b(?P<owner>[A-Z][\w-]+)['’]s\s+)?\b(?:"
    r"palais\s+présidentiel|presidential\s+palace|"
    r"(?i:parlement|parliament)(?:\s+(?P<adjective>[a-zé]+))?|"
    r"Assemblée\s+nationale|National\s+Assembly|House\s+of\s+Commons|Chambre\s+des\s+communes)\b"
)
_LOOK_BACK = 1500  # characters before the words where their country may be named
_NOT_A_STATE = re.compile(r"\b(?:European|Pan-African|Arab)\s+$")


def with_seats(
    text: str,
    places: list[PlaceMention],
    actors: Sequence[ActorMention],
    sentences: Sequence[tuple[int, int]],
    countries: Mapping[str, str],
    capital_of: Callable[[str], ResolvedPlace | None],
) -> list[PlaceMention]:
    """`places` with the institutions of `text` added at their country's capital. `sentences`
    are the text's sentence spans, `countries` gives each actor's country code, `capital_of` a
    country code's capital."""
    found = []
    for match in _INSTITUTION.finditer(text):
        start, end = match.span()
        if any(p.start < end and start < p.end for p in places) or _NOT_A_STATE.search(
            text[max(0, start - 20) : start]
        ):
            continue
        if any(  # "le Parlement de Tobrouk": that town's
            re.fullmatch(r"\s*(?:(?:de|du|of)\s+|d['’])?", text[end : p.start])
            for p in places
            if end <= p.start <= end + 5
        ):
            continue
        sentence = next(((a, b) for a, b in sentences if a <= start < b), (start, end))
        named = [
            p.place
            for p in places
            if sentence[0] <= p.start < sentence[1]
            and p.kind == "city"
            and name_key(p.place.name) in capitals()
        ]
        country, said = _country(match, actors, countries)
        # ("À Paris, la ministre a annoncé devant l'Assemblée nationale": the sentence's capital,
        # whichever country the text named most)
        named = [p for p in named if p.country == country or not (said and country)]
        capital = named[0] if named else capital_of(country) if country else None
        if capital is not None:
            words = text[start:end]
            found.append(
                PlaceMention(
                    start, end, words, capital, "site", written=capital.name, approximate=True
                )
            )
    return sorted([*places, *found], key=lambda p: p.start) if found else places


# A capital named by its country's adjective or name: "la capitale tchadienne", "the Kenyan
# capital", "Ukraine's capital" (not "la capitale économique", "the regional capital")
_CAPITAL = re.compile(
    r"\b(?:(?P<bare>(?i:la\s+capitale)|the\s+capital)(?:\s+[a-zà-ÿ-]+)?|the\s+[A-Z][\w-]+\s+capital|"
    r"[A-Z][\w-]+['’]s\s+capital)(?!\s+(?:city|region|district)\b)\b"
)
# "la capitale de la région", "the capital of North Darfur": another town's title, not a place
_OF = re.compile(r"\s+(?:de|du|des|d['’]|of|économique|politique|régionale|provinciale)\b", re.I)


def with_capitals(
    text: str,
    places: list[PlaceMention],
    actors: Sequence[ActorMention],
    sentences: Sequence[tuple[int, int]],
    countries: Mapping[str, str],
    capital_of: Callable[[str], ResolvedPlace | None],
) -> list[PlaceMention]:
    """`places` with the capitals `text` names by their country ("the Kenyan capital":
    Nairobi; "Ukraine's capital", "Ukraine" staying a place too), or alone, of the country
    whose places its sentence, else the text, named most before ("Au Burkina Faso, … dans
    les rues de la capitale"), but not where the sentence names that town too ("à N'Djamena,
    la capitale tchadienne")."""
    found = []
    for match in _CAPITAL.finditer(text):
        start, end = match.span()
        owner = [m for m in actors if start <= m.start and m.end <= end and countries.get(m.actor)]
        capital = capital_of(countries[owner[0].actor]) if owner else None
        first, last = next(((a, b) for a, b in sentences if a <= start < b), (start, end))
        if capital is None and match["bare"] and not _OF.match(text, match.end("bare")):
            end = match.end("bare")  # ("la capitale paralysée par la grève": the capital)
            code = _named_most(
                [q.place.country for q in places if first <= q.start < start]
                or [q.place.country for q in places if q.start < start]
            )  # (the country of the places its sentence, else the text, named)
            capital = capital_of(code) if code else None
        if capital is not None and not any(
            (p.start < end and start < p.end and p.kind != "country")  # ("Ukraine's capital")
            or (p.place.name == capital.name and first <= p.start < last)
            for p in places
        ):
            mention = PlaceMention(start, end, text[start:end], capital, "city")
            found.append(replace(mention, written=capital.name))
    return sorted([*places, *found], key=lambda p: p.start) if found else places


def _country(
    match: re.Match[str], actors: Sequence[ActorMention], countries: Mapping[str, str]
) -> tuple[str, bool]:
    """The country an institution's words name or follow, and whether its words name it; ""
    when none, or when they name something that is no country ("le Parlement européen")."""
    start, end = match.span()
    own = [
        m
        for m in actors
        if start <= m.start and m.end <= end and countries.get(m.actor)  # "kényan", "Kenya's"
    ]
    if own:
        return countries[own[0].actor], True
    if match["owner"] or match["adjective"]:
        return "", True  # "le Parlement européen", "Europe's parliament"
    before = [
        countries[m.actor]
        for m in actors
        if start - _LOOK_BACK <= m.start and m.end <= start and countries.get(m.actor)
    ]
    return _named_most(before), False


def _named_most(codes: Sequence[str]) -> str:
    """The country code named most in `codes` (in text order), of as many the one named last;
    "" when none."""
    counts = Counter(codes)
    return max(reversed(codes), key=lambda code: counts[code]) if codes else ""


def capital_place(resolver: PlaceResolver, country: str) -> ResolvedPlace | None:
    """The capital city of a country code (GeoNames' country table), resolved."""
    name = capital_names().get(country)
    place = resolver.resolve(name, prefer_countries=(country,)) if name else None
    return place if place is not None and place.country == country else None
