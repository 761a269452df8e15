"""Sites the offline gazetteers lack (a hospital, a camp, a district, a base, a palace) shown at
the town the text names with them, at `near` precision, for the reviewer to check.

"le camp de Gaulle, à Libreville", "South Hospital, the city's main facility", "the town's coke
plant", "Zamzam, a vast camp … south of El Fasher", "des débris sont tombés près du théâtre
Lounatcharski" (in a paragraph about Sevastopol). A site is named by a head word and a name
("théâtre Lounatcharski", "Kerem Shalom crossing", "base aérienne 101") or a fixed adjective
("palais présidentiel"). Its town is the one the text links it to ("à", "in", "south of", "the
city's") or names right before it ("the Kyiv Thermal Power Plant"), else the last town named
before it in its sentence (for a part of a town, shortly before it); never one named after it
("la chambre haute du Parlement russe… le traité signé à Pyongyang"). A village is placed only
where the text says where it is ("Novenke, a village … in Ukraine's Sumy region") or in the
one region the text was about just before (drawn as that region; with several, none), never at
a town merely named nearby. A part of a town in a sentence about "la capitale" ("Dans la capitale,
… sur la place de l'Indépendance") is in the capital the text names most. A site whose town the
text does not give is left out ("Biden hosted talks at Camp David").
"""

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

from geo.draft.mentions import PlaceMention
from geo.draft.place_words import after_a_word_of_place, capitals, stop_words
from geo.draft.tokens import Token, words
from geo.gazetteer import ResolvedPlace
from geo.names import name_key, word_set

_FRENCH_HEADS = word_set(
    "camp camps hôpital clinique quartier quartiers village villages localité localités hameau "
    "base caserne palais parlement pont jetée théâtre monument stade prison université collège "
    "école mosquée église cathédrale marché raffinerie dépôt gare barrage centrale usine aciérie "
    "complexe terminal ambassade consulat rue avenue boulevard esplanade place hôtel mémorial"
)
_ENGLISH_HEADS = word_set(
    "camp hospital clinic district neighbourhood neighborhood quarter village villages crossing "
    "checkpoint base barracks palace square bridge pier theatre theater monument stadium prison "
    "mosque cathedral refinery depot dam plant factory steelworks "
    "headquarters embassy consulate compound terminal street avenue boulevard hotel memorial"
)
# Words between an English site's name and its head ("Hmeimim air base").
_ENGLISH_INSIDE = word_set("military air naval nuclear army road railway rail")
# Sites often named after the country that gave them ("the Kuwaiti hospital", "the Saudi
# hospital"): that country is no party to what happens there.
_DONATED = word_set("hospital hospitals clinic camp")
_VILLAGES = word_set("village villages localité localités hameau")
# Parts of a town, which may take the town the text was last about ("le quartier de Litak",
# "le théâtre Lounatcharski"); any other site needs its town in its own sentence ("Camp David"
# is not in the last town named).
_TOWN_PARTS = word_set(
    "quartier quartiers district neighbourhood neighborhood quarter square jetée pier théâtre "
    "theatre theater hôpital hospital clinique clinic monument stade stadium gare prison collège "
    "école mosquée mosque église cathédrale cathedral marché rue avenue boulevard esplanade "
    "street place hôtel hotel"
)
# Words that may follow a French head before the name ("base aérienne 101", "quartier général
# de la flotte", "collège de police d'Embakasi").
_FRENCH_INSIDE = word_set(
    "de du des d la le les l aérienne avancée navale militaire général générale police réfugiés "
    "déplacés flotte russe ukrainienne française américaine mer nucléaire thermique "
    "hydroélectrique électrique"
)
# Adjectives that name a site with its head alone ("palais présidentiel").
_FIXED_ADJECTIVES = word_set(
    "présidentiel présidentielle national nationale municipal municipale presidential"
)
_APPOSED = re.compile(r",[ \u00a0](?:a|an|une?|the)[ \u00a0]", re.IGNORECASE)
# Words between a site and its town ("…, à Libreville", "… south of El Fasher", "…, dans le
# centre de Sébastopol").
_LINK = re.compile(
    r"^,?[ \u00a0]*(?:[^\s,.;:!?«»\"]+[ \u00a0]+){0,6}?(?:à|a|au|in|at|near|outside|of|de|du|"
    r"d['’]|dans|près de|non loin de|inside)[ \u00a0]*(?:l['’]|la |le |les |the )?"
    r"(?:[\w-]+['’]s[ \u00a0])?$",  # "in Ukraine's Sumy region"
    re.IGNORECASE,
)
# A clause between a site and a town ("…, et 400 à Ouallam", "…a ratifié le traité signé à"):
# no link.
_NOT_A_LINK = re.compile(
    r"\b(?:et|and|mais|but|while|tandis|whereas|puis|then|(?:a|ont) [\w-]+é(?:e|s|es)?|"
    r"(?:has|have|had) [\w-]+ed)\b",
    re.I,
)
# "the town's coke plant", "Avdiivka's main hospital": the words after the possessive
_OWNED = re.compile(
    r"(?:\b(?:the (?:city|town)|[A-Z][\w-]+)['’]s\s+)(?P<words>(?:[a-z-]+\s+){0,2})$"
)
_TOWN_WORD = re.compile(r"\b(?:the (?:city|town)|la ville|cette ville)\b", re.IGNORECASE)
_CAPITAL_WORD = re.compile(
    r"\b(?:the|la) capital(?:e)?\b(?! \w+(?:ise|ien|ienne|aine|ais|an|ese|i)\b)", re.I
)
_LOOK_BACK = 1200  # characters before a site where its town may be named
_LINK_REACH = 70  # characters after a site where its town may be named
_GAP = re.compile(r"^[ \u00a0\u202f]{1,2}$|^[ \u00a0\u202f]?[dl]['’]$", re.IGNORECASE)


def with_local_sites(
    text: str,
    places: list[PlaceMention],
    *,
    sentences: Sequence[tuple[int, int]],
    names: Sequence[tuple[int, int]],
    demonyms: Sequence[tuple[int, int]] = (),
    curated: Callable[[str], ResolvedPlace | None] = lambda _: None,
    towns: Callable[[str], ResolvedPlace | None] = lambda _: None,
) -> list[PlaceMention]:
    """`places` with the sites found in `text` added (each at its town) and the mentions
    inside a site's words dropped ("mer Noire" in "le quartier général de la flotte russe de
    la mer Noire"). `names` are the spans of actors, never a site's name, except `demonyms`
    naming a hospital or a camp ("the Kuwaiti hospital": a hospital in Rafah, Kuwait's gift).
    A site `curated` knows by its words ("la centrale de Zaporijjia") is that site; one named
    after a town of a country of `places` (`towns`) is in it ("le Parlement de Tobrouk")."""
    tokens = words(text)
    countries = {p.place.country for p in places}
    found: list[PlaceMention] = []
    taken: list[tuple[int, int]] = []  # (the words of sites found)
    for phrase in _phrases(text, tokens, names, demonyms):
        start, end = phrase.start, phrase.end
        if any(a < end and start < b for a, b in taken):
            continue
        taken.append((start, end))
        place = curated(text[start:end])
        if place is not None:  # the plant, not the town it is named after
            found.append(PlaceMention(start, end, text[start:end], place, "site"))
            continue
        if any(p.start == phrase.name_start for p in places):
            continue  # "le terminal de Rafah", "Rafah crossing": the town itself
        own = text[phrase.name_start : end] if phrase.name_start >= 0 else ""
        at = towns(own) if own[:1].isupper() else None
        if at is not None and at.precision == "exact" and at.country in countries:
            found.append(PlaceMention(phrase.name_start, end, own, at, "city"))
            continue
        inside = [p for p in places if start <= p.start and p.end <= end]
        if any(p.start < end and start < p.end for p in places if p not in inside):
            continue  # across a known place's name
        town = _town(text, phrase, places, sentences)
        if town is not None:
            site = text[start:end]
            found.append(
                PlaceMention(
                    start, end, site, town.place, "site", written=town.name, approximate=True
                )
            )
    if not found:
        return places
    kept = [p for p in places if not any(s.start <= p.start and p.end <= s.end for s in found)]
    return sorted([*kept, *found], key=lambda p: p.start)


class _Phrase(NamedTuple):
    """A site's words: their offsets, where its own name starts, where the words that may link
    it to its town start, and its head word."""

    start: int
    end: int
    name_start: int
    link_from: int
    head: str  # its head word, casefolded: what it is

    @property
    def village(self) -> bool:
        return self.head in _VILLAGES


def _phrases(
    text: str,
    tokens: list[Token],
    names: Sequence[tuple[int, int]],
    demonyms: Sequence[tuple[int, int]],
) -> list[_Phrase]:
    """The words of every site named in the text, in order."""

    def named(token: Token) -> bool:  # a word of a name that is no actor's or person's
        return token.text[:1].isupper() and not any(a <= token.start < b for a, b in names)

    found: list[_Phrase] = []
    for index, token in enumerate(tokens):
        word = token.text.casefold()
        instead = word == "place" and text[: token.start].endswith("à la ")  # (not a square)
        if word in _FRENCH_HEADS and not instead:
            found.extend(_french(text, tokens, index, named))
        given = word in _DONATED and index > 0
        given = given and any(a <= tokens[index - 1].start < b for a, b in demonyms)
        if word in _DONATED and given and tokens[index - 1].text[:1].isupper():
            found.append(_Phrase(tokens[index - 1].start, token.end, -1, token.end, word))
        elif word in _ENGLISH_HEADS:
            found.extend(_english(text, tokens, index, named))
        if text.startswith(",", token.end) and _APPOSED.match(text, token.end):
            found.extend(_apposed(tokens, index, named))
    return found


def _joined(text: str, tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] follows tokens[index - 1] with only a space or an elision."""
    return index > 0 and bool(_GAP.match(text[tokens[index - 1].end : tokens[index].start]))


def _french(
    text: str,
    tokens: list[Token],
    index: int,
    named: Callable[[Token], bool],
) -> list[_Phrase]:
    """ "le camp de Gaulle", "la jetée de Soukharnaïa Balka", "le palais présidentiel", "la
    base aérienne 101", "les villages de Melovoï et Podol"."""
    head = tokens[index]
    village = head.text.casefold() in _VILLAGES
    end = name_start = None
    position = index + 1
    while position < len(tokens) and position - index <= 9 and _joined(text, tokens, position):
        token = tokens[position]
        word = token.text.casefold()
        if named(token):
            name_start = token.start if name_start is None else name_start
            end = token.end
        elif position == index + 1 and word in _FIXED_ADJECTIVES:
            end = token.end  # "palais présidentiel" (not "le Parlement turc": Turkey's, anywhere)
        elif word == "et" and village and end == tokens[position - 1].end:
            pass
        elif word not in _FRENCH_INSIDE:
            break
        position += 1
    number = re.match(r"[ \u00a0]\d+\b", text[tokens[position - 1].end :])
    if number and position - 1 > index:
        end = tokens[position - 1].end + number.end()
    if end is None:
        return []
    return [_Phrase(head.start, end, name_start or -1, end, head.text.casefold())]


def _english(
    text: str, tokens: list[Token], index: int, named: Callable[[Token], bool]
) -> list[_Phrase]:
    """ "Zamzam camp", "the Abu Shouk camp", "South Hospital", "the town's coke plant", "the
    presidential palace", "the villages of Melovoy and Podol"."""
    head = tokens[index]
    village = head.text.casefold() in ("village", "villages")
    first = index
    while first > 0 and index - first < 2 and tokens[first - 1].text in _ENGLISH_INSIDE:
        first -= 1  # "Saydnaya military prison", "Hmeimim air base"
    inner = first
    while first > 0 and inner - first < 3 and named(tokens[first - 1]):
        if not _joined(text, tokens, first) or "-" in text[tokens[first - 1].end : head.start]:
            break
        first -= 1
    while first < inner and name_key(tokens[first].text) in stop_words():
        first += 1  # "The", "In"
    if first < inner:
        name_start = tokens[first].start
        return [_Phrase(name_start, head.end, name_start, head.end, head.text.casefold())]
    before = text[max(0, head.start - 40) : head.start]
    if index > 0 and tokens[index - 1].text.casefold() in _FIXED_ADJECTIVES:
        start = tokens[index - 1].start
        return [_Phrase(start, head.end, -1, head.end, head.text.casefold())]
    owned = _OWNED.search(before)
    if owned:
        start = head.start - len(owned.group("words"))
        return [_Phrase(start, head.end, -1, head.end, head.text.casefold())]
    of = index + 1 < len(tokens) and tokens[index + 1].text == "of"
    position, end = index + 2, None
    while of and position < len(tokens) and named(tokens[position]):
        end = tokens[position].end  # "the village of Robotyne", "…of Melovoy and Podol"
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        gap = text[tokens[position].end : following.start] if following else ""
        joined = following is not None and _GAP.match(gap)
        listed = village and following is not None and re.fullmatch(r",\s*|\s+and\s+", gap)
        if following is not None and following.text == "and" and village:
            position += 2
        elif joined or listed:
            position += 1
        else:
            break
    if end is None:
        return []
    return [_Phrase(head.start, end, tokens[index + 2].start, end, head.text.casefold())]


def _apposed(tokens: list[Token], index: int, named: Callable[[Token], bool]) -> list[_Phrase]:
    """ "Zamzam, a vast camp for displaced people", "Novenke, a village across the border":
    the name before the comma, its head within the next few words."""
    name = tokens[index]
    if not named(name) or name_key(name.text) in stop_words():
        return []
    for token in tokens[index + 1 : index + 7]:
        word = token.text.casefold()
        if word in _ENGLISH_HEADS or word in _FRENCH_HEADS:
            return [_Phrase(name.start, name.end, name.start, token.end, word)]
    return []


def _town(
    text: str,
    phrase: _Phrase,
    places: list[PlaceMention],
    sentences: Sequence[tuple[int, int]],
) -> PlaceMention | None:
    """The town (or region) a site is at: the one the text links it to or names right before
    it, the city it calls "the city", else (not for a village) the last town named before it in
    its sentence (shortly before it, for a part of a town)."""
    first, last = next(((a, b) for a, b in sentences if a <= phrase.start < b), (0, len(text)))
    named = [
        p
        for p in places
        if p.kind in ("city", "site") and p.place.precision == "exact" and not p.approximate
    ]
    for place in named:
        if re.fullmatch(r"(?:['’]s)?[ \u00a0]", text[place.end : phrase.start]):
            return place  # "Avdiivka's coke plant", "the Kyiv Thermal Power Plant"
    towns = [
        p
        for p in named
        # a capital stands for its government ("installé par Moscou"), not after "à" ("à Bamako");
        # a site named before is no town another site is in
        if p.kind == "city"
        and (
            name_key(p.place.name) not in capitals() or after_a_word_of_place(text, p.start, p.end)
        )
    ]
    # ("the Mazzeh district of Damascus": a capital linked by "of" is where the site is)
    linked = [p for p in (*named, *(p for p in places if p.kind == "region"))]
    for place in sorted(linked, key=lambda p: p.start):
        if phrase.link_from <= place.start < min(last, phrase.link_from + _LINK_REACH):
            gap = text[phrase.link_from : place.start]
            if _LINK.match(gap) and not _NOT_A_LINK.search(gap):
                return place
            break
    before = [p for p in towns if p.end <= phrase.start]
    around = text[max(first, phrase.start - 40) : min(last, phrase.end + 60)]
    cities = [p for p in named if p.end <= phrase.start]  # a capital is "the city" too
    if cities and _TOWN_WORD.search(around):
        return cities[-1]  # "the town's coke plant", "on the northern edge of the city"
    if _CAPITAL_WORD.search(text[first:last]):  # "Dans la capitale, … sur la place de…": the
        named_capitals = [p for p in cities if name_key(p.place.name) in capitals()]  # one
        counts = Counter(p.place.name for p in named_capitals)  # the text names most
        return max(reversed(named_capitals), key=lambda p: counts[p.place.name], default=None)
    if phrase.village:  # a village: somewhere in the one region the text was about
        reach = phrase.start - _LOOK_BACK
        regions = [p for p in places if p.kind == "region" and reach <= p.end <= phrase.start]
        return regions[-1] if len({p.place.name for p in regions}) == 1 else None
    reach = phrase.start - _LOOK_BACK if phrase.head in _TOWN_PARTS else first
    if before and before[-1].start >= reach:
        return before[-1]
    return None
