"""Places named in an article: the gazetteers' names found in the text, with their offsets.

Names are matched longest first against the resolver's layers: the curated gazetteer,
landmarks, seas and regions, then GeoNames cities and countries. GeoNames knows hundreds of
thousands of names, many of them also first names or common words ("David", "Vladimir",
"Otan"), so a GeoNames-only match must look like a place: capitalised, not a stop word, not
inside a person's or organisation's name (spaCy's entities for French, the neighbouring words
for English), and a big city, a country, or a town after a locative word ("à", "near").
"Région de Koursk" names the region, not the city. Last, after a locative word no layer knows,
an airfield's own name ("at Belaya", `geo.draft.sites`) or a village of a country the article is
about (`geo.villages`). Parts of a country: `country_parts`.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from geo.airports import AIRPORT_WORDS, AirportIndex
from geo.draft.country_parts import part_of_country_at
from geo.draft.mentions import LONGEST_PLACE_NAME, Entity, PlaceMention
from geo.draft.namesakes import located_towns
from geo.draft.place_lists import LISTED_NAME, list_continuations, list_neighbours
from geo.draft.place_words import (
    ARABIC_NAME_GOES_ON,
    COMMON_NOUNS,
    FEATURE_BEFORE,
    FEATURE_TAILS,
    LOCATIVES,
    LOWER_HEADS,
    METRO,
    NAME_TAILS,
    ORGANISATION_HEADS,
    SITE_NAME_WORDS,
    TITLES,
    UNITS,
    VESSELS,
    after_a_word_of_place,
    after_locative,
    before_a_village,
    capitals,
    feature_names,
    inside_a_title,
    language_names,
    next_to_a_name,
    stop_words,
    up_to_a_locative,
)
from geo.draft.regions import area_by_short_name, broad, home_region, region_in_context
from geo.draft.sites import airfield_alone, airport_at
from geo.draft.tokens import Token, capitalised, in_a_span, spans, within_a_name, words
from geo.geonames import GeoNamesMatch
from geo.names import name_key, word_set
from geo.resolver import PlaceResolver
from geo.villages import VILLAGE_NOTE

_BIG_CITY = 100_000  # a GeoNames city this big is taken anywhere it is named
_SMALL_CITY = 5_000  # ...a smaller one only after a locative word
# Short words that may stand in lower case inside a name ("Corée du Nord", "Sea of Japan").
_CONNECTORS = word_set("de du des la le les d of the al el sur on upon am an der da do dos das del")
_LISTED = ("city", "region", "site")  # kinds of place a list of places goes on from
_PERSON_LABELS = frozenset({"PER", "PERSON", "ORG", "MISC"})
_NUMBERED = re.compile(r"\d(?:st|nd|rd|th|e|er)?\s+$")  # "16 Bihar battalion"


@dataclass(frozen=True)
class _Pass:
    """What a pass over the text knows: spans that are no place, the countries the article is
    about, words seen in people's names, and (lat, lon) points of its places."""

    blocked: list[tuple[int, int]]
    prefer: tuple[str, ...]
    name_words: set[str]
    near: tuple[tuple[str, tuple[float, float]], ...] = ()  # (name key, point)
    names: tuple[tuple[int, int], ...] = ()  # actors' names ("Front de libération de l'Azawad")
    airports: AirportIndex | None = None  # read only for a text that names an airport
    listed: frozenset[int] = frozenset()  # where words go on a list of places ("and Larnaca")
    features: frozenset[str] = frozenset()  # names of natural features ("récif de Scarborough")
    beside: frozenset[int] = frozenset()  # where words go on a list of any places ("and Chechnya")


class PlaceFinder:
    """Finds the places an article names, using a resolver's layers."""

    def __init__(self, resolver: PlaceResolver, *, geonames: bool = True) -> None:
        self._resolver = resolver
        self._use_geonames = geonames
        self._heads = LOWER_HEADS | (lm.lower_heads if (lm := resolver.landmarks()) else set())

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
        # The French model takes many Ukrainian towns for people ("vers Pokrovsk"): one word
        # right after a word of place is not blocked, nor a capital or a city of a million alone
        # ("par N'Djamena") unless a name follows it, nor an event's ("l'attentat de Kerman").
        blocked = [
            up_to_a_locative(text, e.start, e.end)
            for e in entities
            if e.label in _PERSON_LABELS
            and not text[e.start].islower()
            and not after_a_word_of_place(text, e.start, e.end)
            and not self._a_city_alone(text, e.start, e.end)
        ]
        blocked += list(names := tuple(masked))
        # Two passes: the article's countries make its small towns likely, a word of a longer
        # name ("Lai Ching-te") is a name alone ("Lai said"), a shared name the town near others.
        name_words: set[str] = set()
        airports = self._resolver.airports() if AIRPORT_WORDS.search(text) else None
        first = self._scan(
            text, tokens, _Pass(blocked, prefer_countries, name_words, (), names, airports)
        )
        # "ont visé Kharkiv, Odessa et Dnipro": the model's "Odessa et Dnipro jeudi" is no name
        listed = list_continuations(text, [(m.start, m.end) for m in first if m.kind in _LISTED])
        blocked = [b for b in blocked if b[0] not in listed and b[1] not in listed]
        countries = {m.place.country for m in first if m.place.note != VILLAGE_NOTE} - {""}
        prefer = tuple(sorted({*prefer_countries, *countries}))
        # Places that tell where the story is: towns and regions, not capitals ("Moscow said…"
        # says nothing of where a "Kaliningrad" is), nor a region too broad to tell.
        near = tuple(
            (name_key(m.text), m.place.location)
            for m in first
            if m.kind in ("city", "region")
            and name_key(m.place.name) not in capitals()
            and not broad(m)
            and m.place.note != VILLAGE_NOTE  # a village is itself a guess
        )
        features = feature_names(text)
        beside = list_continuations(text, [(m.start, m.end) for m in first])
        scan = _Pass(blocked, prefer, name_words, near, names, airports, listed, features, beside)
        return located_towns(text, first, self._scan(text, tokens, scan))

    def _scan(self, text: str, tokens: list[Token], scan: _Pass) -> list[PlaceMention]:
        found: list[PlaceMention] = []
        index = 0
        while index < len(tokens):
            mention, used = self._match_at(text, tokens, index, scan)
            found += [mention] if mention is not None else []
            index += max(used, 1)
        return found

    def _a_city_alone(self, text: str, start: int, end: int) -> bool:  # (see `find`)
        if re.match(r"\s+[A-ZÀ-Ý]", text[end:]):
            return False
        found = g.match(text[start:end]) if (g := self._resolver.geonames()) else None
        return name_key(text[start:end]) in capitals() or (
            found is not None
            and found.place.precision == "exact"
            and (found.population >= 1_000_000 or name_key(found.place.name) in capitals())
        )

    def _match_at(
        self, text: str, tokens: list[Token], index: int, scan: _Pass
    ) -> tuple[PlaceMention | None, int]:
        part = part_of_country_at(self._resolver, text, tokens, index)
        if part[0] is not None:
            return part
        site, used = airport_at(text, tokens, index, scan.airports) if scan.airports else (None, 0)
        if site is not None:  # "l'aéroport international Toussaint-Louverture"
            return site.mention(), used
        areas, near = self._resolver.areas(), (scan.prefer, [point for _, point in scan.near])
        for start, end, count in spans(text, tokens, index, LONGEST_PLACE_NAME):
            candidate = text[start:end]
            if all(name_key(t.text) in stop_words() for t in tokens[index : index + count]):
                continue  # "À la demande de…": no name at all
            first_word, lower_start = tokens[index].text, not capitalised(tokens[index].text)
            if lower_start and (first_word.casefold() not in self._heads or count == 1):
                continue  # "mer Noire", "siège de l'OTAN" (a landmark only): a head and a name
            landmark, span = lower_start and first_word.casefold() not in LOWER_HEADS, (start, end)
            mention = None if landmark else region_in_context(areas, text, span, candidate, *near)
            if mention is None and not within_a_name(start, end, scan.names):
                mention = self._curated(candidate, start, end, lower_start, landmark)
            blocked = in_a_span(start, end, scan.blocked)
            feature = FEATURE_BEFORE.search(text, max(0, start - 30), start)  # "récif de X"
            if mention is None and not (
                lower_start or feature or in_a_span(start, end, scan.names)
            ):
                mention = self._from_geonames(tokens, index, count, candidate, scan)
                # a country in an entity is a place ("ministre du Qatar"), not a name's ("Arnez
                keep = mention and mention.kind == "country" and not next_to_a_name(tokens, index)
                mention = None if blocked and not keep else mention  # Salvador")
            if mention is None and not blocked:
                beside = tokens[index].start in scan.beside
                mention = area_by_short_name(
                    areas, tokens, index, count, candidate, scan.prefer, beside
                )
            capital = mention is not None and name_key(mention.place.name) in capitals()
            if mention is not None and not capital and inside_a_title(text, tokens, index):
                return None, count  # "Voice of America", "the Court of Justice": a name
            following = tokens[index + count].text if index + count < len(tokens) else ""
            if mention is not None and following.casefold() in NAME_TAILS and following.istitle():
                return None, count + 1  # "The New York Times": a newspaper; "Africa Corps"
            if mention is not None and following.casefold() in UNITS:
                numbered = _NUMBERED.search(text[max(0, start - 8) : start])
                if numbered or following.istitle():  # "16 Bihar battalion", "Azov Regiment"
                    return None, count + 1
            tail = following.casefold() in FEATURE_TAILS and following[:1].isupper()
            tail = tail or ARABIC_NAME_GOES_ON.match(text, end) is not None  # ("Ras al-Ain")
            if mention is not None and tail and mention.place.source == "geonames":
                return None, count + 1  # "Scarborough Shoal", "the Jordan Valley"
            if mention is not None:
                return mention, count
        return self._village_at(text, tokens, index, scan)

    def _village_at(
        self, text: str, tokens: list[Token], index: int, scan: _Pass
    ) -> tuple[PlaceMention | None, int]:
        """The weakest layers, when no other knows a name: an airfield's own name or a village,
        after a locative word, in a list of places or of villages ("Ducos, Montravel ou Kaméré")."""
        after_a_locative = before_a_village(tokens, index)  # ("à Kaala-Gomen", "in the X area")
        if not capitalised(tokens[index].text) or inside_a_title(text, tokens, index):
            return None, 1  # "de la Côte d'Ivoire": not the village La Côte; "Court of Justice"
        if FEATURE_BEFORE.search(text, max(0, tokens[index].start - 30), tokens[index].start):
            return None, 1
        in_a_list = self._in_a_list_of_villages(text, tokens[index].start, scan)
        if not (after_a_locative or tokens[index].start in scan.listed or in_a_list):
            return None, 1
        blocked = scan.names if in_a_list else [*scan.blocked, *scan.names]
        base = airfield_alone(text, tokens, index, scan.airports, scan.prefer, blocked=blocked)
        if base is not None:  # "at Belaya in the Irkutsk region": the air base
            return base.mention(), len(words(base.text))
        for start, end, count in spans(text, tokens, index, LONGEST_PLACE_NAME):
            if not in_a_span(start, end, blocked):
                following = tokens[index + count].text if index + count < len(tokens) else ""
                if following.casefold() not in NAME_TAILS:
                    village = self._from_geonames(tokens, index, count, text[start:end], scan, True)
                    if village is not None:
                        return village, count
        return None, 1

    def _in_a_list_of_villages(self, text: str, start: int, scan: _Pass) -> bool:
        """Whether the name at `start` is listed next to another village of the same country
        the article is about ("Ducos, Montravel ou Kaméré": each of the three)."""
        name = LISTED_NAME.match(text, start)
        wanted = name and scan.prefer and self._use_geonames
        villages = self._resolver.villages() if wanted else None
        near = [point for _, point in scan.near]
        here = villages.match(name.group(), scan.prefer, near) if villages and name else None
        if villages is None or here is None:
            return False  # (most names are no village: the list is read only for one)
        return any(
            (other := villages.match(neighbour, scan.prefer, near)) is not None
            and other.country == here.country
            for neighbour in list_neighbours(text, start)
        )

    def _curated(
        self, candidate: str, start: int, end: int, lower: bool, landmark_only: bool = False
    ) -> PlaceMention | None:
        """The hand-made layers: gazetteer, landmarks, seas and regions by full name."""
        place = self._resolver.gazetteer.lookup(candidate)  # ("pays de Galles": a head word)
        if place is not None and not landmark_only:
            kind = {"exact": "city", "country": "country"}.get(place.precision, "area")
            if kind == "city" and {w.casefold() for w in place.name.split()} & SITE_NAME_WORDS:
                kind = "site"
            return PlaceMention(start, end, candidate, place, kind)
        landmarks = self._resolver.landmarks()
        landmark = (
            (landmarks.written_lower if lower else landmarks.get)(candidate) if landmarks else None
        )
        if landmark is not None and landmarks is not None:
            place = landmarks.lookup(candidate)
            if place is not None:
                return PlaceMention(start, end, candidate, place, "landmark", landmark.stands_for)
        areas = self._resolver.areas()
        place = areas.lookup(candidate) if areas and not landmark_only else None
        if place is not None and areas is not None:
            kind = "sea" if areas.is_sea(candidate) else "region"
            return PlaceMention(start, end, candidate, place, kind)
        return None

    def _from_geonames(
        self,
        tokens: list[Token],
        index: int,
        count: int,
        candidate: str,
        scan: _Pass,
        villages: bool = False,
    ) -> PlaceMention | None:
        """A GeoNames town or country (or village: `geo.villages`), when it looks like one (see
        the module's docstring). `scan.name_words` collects words seen in people's names."""
        geonames = self._resolver.geonames() if self._use_geonames else None
        prefer, name_words = scan.prefer, scan.name_words
        key = name_key(candidate)
        near = list(dict.fromkeys(point for other, point in scan.near if other != key))
        if villages:  # (GeoNames knows no town of the name: `_village_at` runs after it)
            village_index = self._resolver.villages() if geonames else None
            village = village_index.match(candidate, prefer, near) if village_index else None
            found = GeoNamesMatch(village, 0, 1) if village else None
        elif geonames is not None:
            found = geonames.match(candidate, prefer_countries=prefer, near=near)
        else:
            return None
        if found is None or (
            count > 1 and name_key(tokens[index + count - 1].text) in stop_words()
        ):
            return None  # "Le Rwanda a": a spelling rule ("aa" is "a") must not take in the verb
        place, population = found.place, found.population
        start, end = tokens[index].start, tokens[index + count - 1].end
        if region := self._resolver.shadowing(candidate, place):  # "Bali": not Paris
            return PlaceMention(start, end, candidate, region, "region")
        if place.precision == "country":
            return PlaceMention(start, end, candidate, place, "country")
        words_of_name = tokens[index : index + count]
        if index > 0 and tokens[index - 1].text.casefold().rstrip(".") in TITLES | VESSELS:
            name_words.add(candidate)  # (and "Abiy said", after "Prime Minister Abiy Ahmed")
            return None  # "Senior Captain Li Xi", "le général Oligui": a person; a ship
        if any(
            not capitalised(token.text) and token.text.casefold() not in _CONNECTORS
            for token in words_of_name
        ):
            return None  # "Il a", "In a": words of a sentence, not a name
        if count == 1 and next_to_a_name(tokens, index):
            name_words.add(candidate)
            return None
        locative = index > 0 and tokens[index - 1].text.casefold() in LOCATIVES
        locative = locative or {tokens[index].start, end} & scan.listed != set()
        metro = index > 0 and tokens[index - 1].text.casefold() in METRO
        locative = locative or (metro and after_locative(tokens, index - 1))  # "dans le Grand"
        # "the Munich Security Conference… met Harris in Munich": a city again after "in"
        city_again = locative and population >= _BIG_CITY
        if candidate in name_words and not city_again:
            return None  # a person's or a ship's name met before ("the Huang Pu" again)
        own_key = name_key(place.name)
        if count == 1 and (
            key in stop_words()
            # "Thai jets": not Alor Setar (one of its names); "l'Observatoire syrien": no town
            or (key in language_names() and (villages or key != own_key))
            or candidate.casefold() in ORGANISATION_HEADS
            or (candidate.casefold() in COMMON_NOUNS and not (locative and key == own_key))
            or (len(candidate) > 1 and candidate.isupper())  # an acronym: NATO, AIEA, KBS
            or (len(candidate) <= 2 and not locative)  # "Lu à la télévision": a word
        ):
            return None
        if key in scan.features and population < _BIG_CITY:
            return None  # "au large de Scarborough" after "le récif de Scarborough"
        nearby = place.country in prefer  # in a country the article is about
        # (a village's context was vetted by `_village_at`: "à Kaala-Gomen")
        small_ok = villages or ((locative or nearby) and population >= _SMALL_CITY)
        if population < _BIG_CITY and not small_ok:
            return None
        town = PlaceMention(start, end, candidate, place, "city")
        return home_region(self._resolver.areas(), town, prefer, population)
