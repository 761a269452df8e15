"""Places named in an article: the gazetteers' names found in the text, with their offsets.

Names are matched longest first against the resolver's layers: the curated gazetteer,
landmarks, seas and regions, then GeoNames cities and countries. GeoNames knows hundreds of
thousands of names, many of them also first names or common words ("David", "Vladimir",
"Otan"), so a GeoNames-only match must look like a place: capitalised, not a stop word, not
inside a person's or organisation's name (spaCy's entities for French, the neighbouring words
for English), and a big city, a country, or a town after a locative word ("à", "near").
"Région de Koursk", "Kursk region" or "oblast de Koursk" name the region, not the city.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from geo.draft.tokens import Token, spans, words
from geo.gazetteer import ResolvedPlace
from geo.names import name_key, word_set
from geo.resolver import PlaceResolver

_LONGEST_NAME = 6  # words
_BIG_CITY = 100_000  # a GeoNames city this big is taken anywhere it is named
_SMALL_CITY = 5_000  # ...a smaller one only after a locative word
_LOCATIVES = word_set(
    "à a au aux en dans près vers de du des depuis sur jusqu jusqu’ in at near to toward towards "
    "from outside around into across via of captured recaptured seized entered reached took "
    "retook shelled struck hit besieged attacked bombed liberated evacuated"
)
# Words that may start a sea's or region's name in lower case ("mer Noire", "oblast de ...").
_LOWER_HEADS = word_set("mer golfe détroit canal océan baie oblast région province kraï république")
_REGION_BEFORE = re.compile(
    r"(?:(?:(?:région|oblast|province|kraï|république|district|gouvernorat|"
    r"préfecture|territoire)(?: russe| ukrainienne| frontalière| voisine)? (?:de |du |d['’]))"
    r"|(?:(?:the )?(?:region|province|oblast) of ))$",
    re.IGNORECASE,
)
# Short words that may stand uncapitalised inside a place's name ("Corée du Nord", "Sea of
# Japan", "Rostov-sur-le-Don").
_CONNECTORS = word_set("de du des la le les d of the al el sur on upon am an der")
_REGION_AFTER = re.compile(
    r"^[ \u00a0](?:region|oblast|province|krai|governorate|prefecture)\b", re.IGNORECASE
)
_PERSON_LABELS = frozenset({"PER", "PERSON", "ORG", "MISC"})


@dataclass(frozen=True)
class Entity:
    """A named entity found by NER: offsets and label (PER, ORG, LOC, MISC)."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text: `text` is verbatim (the story's `place_text`), `name` the
    name to write as the event's place (it resolves back to `place`)."""

    start: int
    end: int
    text: str
    place: ResolvedPlace
    kind: str  # city, country, region, sea, landmark, area
    stands_for: str | None = None  # landmarks: the actor they stand for
    written: str | None = None  # the name to write when it is not the place's name

    @property
    def name(self) -> str:
        """The name to write in a story file (it resolves back to the place)."""
        return self.written or self.place.name


@cache
def stop_words() -> frozenset[str]:
    """French and English function words, months, weekdays and titles, as name keys: words that
    are never a place (or an acronym) on their own."""
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH

    months = (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
        "january february march april may june july august september october november december"
    )
    days = "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday "
    days += "thursday friday saturday sunday"
    titles = (
        "président president ministre minister général general union republic république "
        "kingdom royaume federation fédération army armée navy ministry ministère council "
        "conseil parliament parlement government gouvernement command"
    )
    extra = word_set(f"{months} {days} {titles}")
    return frozenset(name_key(word) for word in (*FRENCH, *ENGLISH, *extra))


class PlaceFinder:
    """Finds the places an article names, using a resolver's layers."""

    def __init__(self, resolver: PlaceResolver, *, geonames: bool = True) -> None:
        self._resolver = resolver
        self._use_geonames = geonames

    def find(
        self,
        text: str,
        *,
        entities: Sequence[Entity] = (),
        masked: Iterable[tuple[int, int]] = (),
        prefer_countries: tuple[str, ...] = (),
    ) -> list[PlaceMention]:
        """Every place named in `text`, in order. `entities` are NER results (French);
        `masked` spans (people's names known to the actor list) are never places."""
        tokens = words(text)
        blocked = [(e.start, e.end) for e in entities if e.label in _PERSON_LABELS]
        blocked += list(masked)
        # Two passes: the countries the article's places are in make its small towns likely,
        # and a word seen in a longer name ("Lai Ching-te") is a name when alone ("Lai said").
        name_words: set[str] = set()
        first = self._scan(text, tokens, blocked, prefer_countries, name_words)
        countries = {m.place.country for m in first if m.place.country}
        prefer = tuple(sorted({*prefer_countries, *countries}))
        return self._scan(text, tokens, blocked, prefer, name_words)

    def _scan(
        self,
        text: str,
        tokens: list[Token],
        blocked: list[tuple[int, int]],
        prefer_countries: tuple[str, ...],
        name_words: set[str],
    ) -> list[PlaceMention]:
        found: list[PlaceMention] = []
        index = 0
        while index < len(tokens):
            mention, used = self._match_at(
                text, tokens, index, blocked, prefer_countries, name_words
            )
            if mention is not None:
                found.append(mention)
            index += max(used, 1)
        return found

    def _match_at(
        self,
        text: str,
        tokens: list[Token],
        index: int,
        blocked: list[tuple[int, int]],
        prefer_countries: tuple[str, ...],
        name_words: set[str],
    ) -> tuple[PlaceMention | None, int]:
        for start, end, count in spans(text, tokens, index, _LONGEST_NAME):
            candidate = text[start:end]
            first_word = tokens[index].text
            lower_start = first_word[:1].islower()
            if lower_start and (first_word.casefold() not in _LOWER_HEADS or count == 1):
                continue  # "mer Noire", "oblast de Donetsk": a head word and a name
            mention = self._region_in_context(text, start, end, candidate, prefer_countries)
            mention = mention or self._curated(candidate, start, end, lower_start)
            if mention is None and not lower_start and not _inside(start, end, blocked):
                mention = self._from_geonames(
                    tokens, index, count, candidate, prefer_countries, name_words
                )
            if mention is None and count > 1 and not _inside(start, end, blocked):
                mention = self._area_by_short_name(candidate, start, end)
            if mention is not None:
                return mention, count
        return None, 1

    def _region_in_context(
        self, text: str, start: int, end: int, candidate: str, prefer: tuple[str, ...]
    ) -> PlaceMention | None:
        """ "région de Koursk", "Kursk region": the region, its text including the words."""
        areas = self._resolver.areas()
        if areas is None:
            return None
        before = _REGION_BEFORE.search(text[max(0, start - 40) : start])
        after = _REGION_AFTER.match(text[end : end + 16])
        if not before and not after:
            return None
        region = areas.region(candidate, prefer_countries=prefer)
        if region is None:
            return None
        if before:
            start -= len(before.group())
        if after:
            end += after.end()
        written = areas.written_name(region.name)
        return PlaceMention(start, end, text[start:end], region, "region", written=written)

    def _curated(
        self, candidate: str, start: int, end: int, lower_start: bool
    ) -> PlaceMention | None:
        """The hand-made layers: gazetteer, landmarks, seas and regions by full name."""
        place = None if lower_start else self._resolver.gazetteer.lookup(candidate)
        if place is not None:
            kind = {"exact": "city", "country": "country"}.get(place.precision, "area")
            return PlaceMention(start, end, candidate, place, kind)
        landmarks = self._resolver.landmarks()
        landmark = landmarks.get(candidate) if landmarks and not lower_start else None
        if landmark is not None and landmarks is not None:
            place = landmarks.lookup(candidate)
            if place is not None:
                return PlaceMention(start, end, candidate, place, "landmark", landmark.stands_for)
        areas = self._resolver.areas()
        place = areas.lookup(candidate) if areas else None
        if place is not None and areas is not None:
            kind = "sea" if areas.is_sea(candidate) else "region"
            return PlaceMention(start, end, candidate, place, kind)
        return None

    def _area_by_short_name(self, candidate: str, start: int, end: int) -> PlaceMention | None:
        """A region named without a region word ("l'Extrême-Orient russe"), several words long."""
        areas = self._resolver.areas()
        place = areas.lookup(candidate, short_names=True) if areas else None
        return PlaceMention(start, end, candidate, place, "region") if place else None

    def _from_geonames(
        self,
        tokens: list[Token],
        index: int,
        count: int,
        candidate: str,
        prefer: tuple[str, ...],
        name_words: set[str],
    ) -> PlaceMention | None:
        """A GeoNames town or country, when it looks like one (see the module's docstring).
        `name_words` collects words seen as part of people's names, for the next pass."""
        geonames = self._resolver.geonames() if self._use_geonames else None
        found = geonames.match(candidate, prefer_countries=prefer) if geonames else None
        if found is None:
            return None
        place = found.place
        start, end = tokens[index].start, tokens[index + count - 1].end
        if place.precision == "country":
            return PlaceMention(start, end, candidate, place, "country")
        words_of_name = tokens[index : index + count]
        if any(
            not token.text[:1].isupper() and token.text.casefold() not in _CONNECTORS
            for token in words_of_name
        ):
            return None  # "Il a", "In a": words of a sentence, not a name
        if count == 1 and _next_to_a_name(tokens, index):
            name_words.add(candidate)
            return None
        if count == 1 and (
            name_key(candidate) in stop_words()
            or candidate in name_words
            or (len(candidate) > 1 and candidate.isupper())  # an acronym: NATO, AIEA, KBS
        ):
            return None
        locative = index > 0 and tokens[index - 1].text.casefold() in _LOCATIVES
        nearby = place.country in prefer  # in a country the article is about
        small_ok = (locative or nearby) and found.population >= _SMALL_CITY
        if found.population < _BIG_CITY and not small_ok:
            return None
        return PlaceMention(start, end, candidate, place, "city")


def _inside(start: int, end: int, blocked: list[tuple[int, int]]) -> bool:
    return any(low <= start and end <= high for low, high in blocked)


def _next_to_a_name(tokens: list[Token], index: int) -> bool:
    """Whether a capitalised word joins this one into a longer name ("David Lammy",
    "Kim Jong Un"): a first name, not a place."""

    def capitalised(position: int) -> bool:
        return 0 <= position < len(tokens) and tokens[position].text[:1].isupper()

    following = capitalised(index + 1) and tokens[index + 1].start - tokens[index].end <= 1
    preceding = capitalised(index - 1) and tokens[index].start - tokens[index - 1].end <= 1
    return following or preceding
