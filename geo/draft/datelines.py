"""A wire story's datelines ("KYIV, June 3 (Reuters) -"): where and when a story was filed,
and the town it names, a place of the article though none of its events'."""

import re

from geo.draft.mentions import PlaceMention
from geo.resolver import PlaceResolver

# A wire story's dateline opening a paragraph, where and when it was filed, not where nor when
# its events are: "Kiev (AFP) –", "KYIV, June 3 (Reuters) -", "RAFAH, Gaza Strip -" (capitals).
_FILED_TOWN = r"(?:(?:[A-ZÀ-Ý][\w'’.-]*|de|du|la|el|al)[^\S\n]+){0,3}[A-ZÀ-Ý][\w'’.-]*"
_FILED_CAPITALS = r"[A-ZÀ-Ý]{2,}(?:[ '’.-][A-ZÀ-Ý]{2,}){0,3}"
_FILED_AREA = r"(?:,[^\S\n]*(?:[A-ZÀ-Ý][\w'’.-]*[^\S\n]*){1,3})?"
_FILED_DAY = r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}(?:er)?\s+[a-zéû]{3,9}))?"
_AGENCY = (
    r"\((?P<agency>AFP|AP|Reuters|Bloomberg|dpa|DPA|ANSA|EFE|Xinhua|TASS|Yonhap|UPI|Belga|"
    r"ATS|Kyodo|Anadolu|Interfax|Ukrinform|PAP)\)"
)
_FILED_DATE = r"(?:[^\S\n]*\([^()\n]{2,30}\))?,[^\S\n]*\d{1,2}(?:er)? [a-zéû]{3,9} \d{4}"
DATELINE = re.compile(  # (no agency after capitals or a whole date, "Bukavu, 17 mai 2025 –")
    rf"^[^\S\n]*(?:{_FILED_TOWN}{_FILED_AREA}{_FILED_DAY}[^\S\n]*(?=\()|{_FILED_TOWN}{_FILED_DATE}|"
    rf"{_FILED_CAPITALS}{_FILED_AREA}{_FILED_DAY})(?:[^\S\n]*{_AGENCY})?[^\S\n]*[—–-][^\S\n]",
    re.MULTILINE,
)

_TOWN = re.compile(r"[^,(—–\n]*[^\s,(—–-]")


def filed_places(
    text: str, resolver: PlaceResolver, known: list[PlaceMention]
) -> list[PlaceMention]:
    """The towns the datelines of `text` name ("MANILA —", "Kiev (AFP) –") that `known` does not
    hold, as places of the article: where it was filed."""
    found = []
    for line in DATELINE.finditer(text):
        town = _TOWN.match(text, line.start() + len(line[0]) - len(line[0].lstrip()))
        if town is None or any(p.start <= town.start() < p.end for p in known):
            continue
        place = resolver.resolve(town[0].title() if town[0].isupper() else town[0])
        if place is not None and place.precision == "exact":
            found.append(PlaceMention(town.start(), town.end(), town[0], place, "city"))
    return found
