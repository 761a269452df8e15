"""Actors named in an article: names, demonyms, capitals, institutions and people.

Every known actor is found by its English and French names and its aliases (`data/actors.yaml`,
and every country's names). An alias written in lower case in the data ("nord-coréen",
"russe") is found in any case; others only capitalised, so that "turkey" the bird or "chad"
the verb are not Turkey or Chad.
"""

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from geo.actors import country_palette_colour, slug
from geo.draft.mentions import PlaceMention
from geo.draft.place_words import after_a_word_of_place, stop_words
from geo.draft.tokens import spans, words
from geo.model import Actor
from geo.names import name_key, word_set

_LONGEST_NAME = 10  # words ("Organisation pour la sécurité et la coopération en Europe")
_ARTICLE = re.compile(r"^(?:l['’]|d['’]|le |la |les |the )", re.IGNORECASE)


@dataclass(frozen=True)
class ActorMention:
    """An actor named in the text: offsets, verbatim text, the actor's id, and whether the words
    are a lower-case alias (a demonym, which may modify a noun: "l'ambassadeur russe")."""

    start: int
    end: int
    text: str
    actor: str
    any_case: bool  # the alias is a lower-case word (a demonym) that may modify a noun
    group: bool = False  # the actor is an armed group ("les talibans"): its name is a force's


class Mentioned:
    """Actor mentions (in order) found by where they are: those named in a stretch of the text,
    at most the last `RECENT` (an article may be long; a paragraph names far fewer)."""

    RECENT = 64

    def __init__(self, mentions: Sequence[ActorMention]) -> None:
        self.mentions = list(mentions)
        self.starts = [m.start for m in self.mentions]

    def acting(self, text: str, persons: set[int]) -> "Mentioned":
        """Those that may act: not a country named as where ("la base aérienne de Niamey"),
        but a person (`persons`: where people's full names start)."""
        return Mentioned(
            [
                m
                for m in self.mentions
                if not after_a_word_of_place(text, m.start, m.end) or m.start in persons
            ]
        )

    def between(self, first: int, last: int, most: int | None = RECENT) -> list[ActorMention]:
        """The mentions that start at `first` or after and before `last`: the last `most`."""
        low, high = bisect_left(self.starts, first), bisect_left(self.starts, last)
        return self.mentions[low if most is None else max(low, high - most) : high]


def _as_acronym(written: str, key: str) -> bool:
    """Whether text written this way may be an acronym: in capitals (UN), or capitalised and
    three letters or more when it is no common word ("l’Otan", "l’Onu"; never "Un", "Us")."""
    if written.replace(".", "").isupper():
        return True
    return len(key) >= 3 and written[:1].isupper() and key not in stop_words()


class ActorFinder:
    """Finds the actors a text names. An acronym (NATO, ONU, NIS) is found only in capitals, so
    that "un" or "nis" in a sentence are not the UN or South Korea's intelligence service."""

    def __init__(self, actors: Mapping[str, Actor]) -> None:
        self._capitalised: dict[str, str] = {}
        self._any_case: dict[str, str] = {}
        self._groups = {actor.id for actor in actors.values() if actor.armed}
        acronyms: set[str] = set()
        words: set[str] = set()  # keys also written as a word ("Otan" beside "OTAN")
        for actor in actors.values():
            for written in (actor.name_en, actor.name_fr, *actor.aliases):
                # "l'Élysée", "the Kremlin": the article is not part of the name in a text.
                spelling = _ARTICLE.sub("", written)
                key = name_key(spelling)
                if not key:
                    continue
                table = self._any_case if spelling[:1].islower() else self._capitalised
                table.setdefault(key, actor.id)
                is_acronym = len(spelling) > 1 and spelling.replace(".", "").isupper()
                (acronyms if is_acronym else words).add(key)
        self._acronyms = acronyms - words

    def find(self, text: str) -> list[ActorMention]:
        """Every actor named in `text`, in order, longest names first."""
        tokens = words(text)
        found: list[ActorMention] = []
        index = 0
        while index < len(tokens):
            matched = 1
            for start, end, count in spans(text, tokens, index, _LONGEST_NAME):
                key = name_key(text[start:end])
                written = text[start:end]
                acronym_ok = key not in self._acronyms or (
                    _as_acronym(written, key) and " " not in written  # ("US a": not USA)
                )
                actor = self._capitalised.get(key) if text[start].isupper() and acronym_ok else None
                any_case = actor is None and key in self._any_case
                if any_case:
                    actor = self._any_case[key]
                if actor is not None:
                    group = actor in self._groups
                    found.append(ActorMention(start, end, text[start:end], actor, any_case, group))
                    matched = count
                    break
            index += matched
        return found


# A name then its acronym in brackets: "le Cadre stratégique permanent (CSP)", "the Rapid
# Support Forces (RSF)". The name is read back from the brackets (see `defined_actors`).
_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][A-Z0-9-]{1,9})\)")
_NAME_WORD = re.compile(r"[\w'’-]+$")
_CONNECTOR = word_set("de du des d of for and et pour la le les l the")
_DETERMINER = word_set("le la les l the un une a an ce cette")
_BODY_HEADS = word_set(
    "communauté community organisation organization alliance union mouvement movement "
    "coalition autorité authority mission"
)


def defined_actors(text: str, finder: ActorFinder, known: Mapping[str, Actor]) -> dict[str, Actor]:
    """Organisations an article defines by name and acronym ("le Cadre stratégique permanent
    (CSP)") that no known actor is: actors of the story, by the acronym's id."""
    found: dict[str, Actor] = {}
    for match in _ACRONYM.finditer(text):
        acronym = match["acronym"]
        name = _name_before(text, match.start(), acronym)
        actor_id = slug(acronym)
        if (
            name is None
            or actor_id in known
            or actor_id in found
            or _a_states(name, finder)  # "Forces armées maliennes (FAMA)": Mali's
        ):
            continue
        found[actor_id] = Actor(
            id=actor_id,
            name_en=name,
            name_fr=name,
            color=country_palette_colour(actor_id),
            aliases=[acronym],
        )
    for match in _ARMED_GROUP.finditer(text):  # "the Baloch Liberation Army", no acronym
        name = _ARTICLE.sub("", match[0])  # ("The Arakan Army")
        actor_id, named = slug(name), bool(finder.find(name))
        named = named or name in (actor.name_en for actor in found.values())  # ("… (FLA)")
        unit = _NUMBERED.search(text, max(0, match.start() - 40), match.start())
        if actor_id in known or actor_id in found or named or unit or _no_name(name.split()):
            continue
        initials = "".join(w[0] for w in name.split() if w[0].isupper())  # "the BLA" later
        aliases = [initials] if re.search(rf"\b{initials}\b", text) else []
        found[actor_id] = Actor(
            id=actor_id,
            name_en=name,
            name_fr=name,
            color=country_palette_colour(actor_id),
            aliases=aliases,
        )
    return found


_GENERIC = word_set(
    "national nationale liberation libération people's popular populaire royal army armée front "
    "brigade brigades militia mouvement"
)


def _no_name(words: list[str]) -> bool:
    """Whether a group's name has no word of its own ("the National Army": some state's)."""
    generic = stop_words() | _GENERIC
    return len(words) < 2 or all(name_key(w) in generic or w.casefold() in generic for w in words)


# An armed group's name: capitalised words and the group's head word ("Baloch Liberation
# Army", "Arakan Army"; not a unit after its number: "the 3rd Separate Assault Army"), or the
# head word then words with one capitalised ("Armée de libération du Baloutchistan").
_NUMBERED = re.compile(r"\d(?:st|nd|rd|th|e)?\s+(?:[A-ZÀ-Ý][\w-]*\s+)*$")
_ARMED_GROUP = re.compile(
    r"\b(?-i:(?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}(?:Liberation\s+)?(?:Army|Front|Militia))\b|"
    r"\b(?-i:(?:Armée|Front|Mouvement)(?:\s+(?:de|du|des|d['’]|l['’]|la|pour|populaire|national|"
    r"islamique|[a-zé]+ion)){1,5}\s*[A-ZÀ-Ý][\w'’-]+)"
)


# The words of a state's own forces or bodies around its name ("Forces armées maliennes"), not
# those of a group named after a country ("Forces démocratiques syriennes": the SDF).
_STATE_BODY = word_set(
    "forces armées armée nationale national armed army police gendarmerie garde guard défense "
    "defence defense ministère ministry"
)


def _a_states(name: str, finder: ActorFinder) -> bool:
    """Whether a name defined with an acronym is a known actor's own body: it names the actor,
    and its other words are those of a state's forces or ministries."""
    named = finder.find(name)
    if not named:
        return False
    rest = name
    for mention in sorted(named, key=lambda m: m.start, reverse=True):
        rest = rest[: mention.start] + rest[mention.end :]
    return all(word.casefold() in _STATE_BODY | _CONNECTOR for word in re.findall(r"[\w-]+", rest))


_ELIDED = re.compile(r"^[dlDL]['’](?=\w)")


def _name_before(text: str, end: int, acronym: str) -> str | None:
    """The capitalised name that ends at `end` and whose initials the acronym follows."""
    words = text[max(0, end - 120) : end].split()
    heads: str | None = None
    for count in range(1, min(len(words), 8) + 1):
        name_words = words[-count:]
        first = _ELIDED.sub("", name_words[0].lstrip('«“"('))  # "l'Alliance des États du Sahel"
        if not _NAME_WORD.match(first) or not first[:1].isupper():
            continue
        if first.casefold().rstrip("'’") in _DETERMINER:
            continue
        if any(w[-1:] in ",.;:)" for w in name_words[:-1]):
            break
        if _abbreviates(acronym, [first, *name_words[1:]]):
            return " ".join([first, *name_words[1:]])
        if heads is None and first.casefold() in _BODY_HEADS:
            heads = " ".join([first, *name_words[1:]])
    # An acronym of the name in another language: "la Communauté de développement de l'Afrique
    # australe (SADC)" (the shortest name opening with a body's head word).
    return heads


def _abbreviates(acronym: str, name_words: list[str]) -> bool:
    """Whether `acronym` is the initials of the name's words ("RSF"), or, from its first
    initial, letters and digits of the name in order ("KFOR": Kosovo Force; "M23": Mouvement du
    23 mars; "JNIM": Jama'at Nusrat al-Islam wal-Muslimin)."""
    letters = acronym.replace("-", "").casefold()
    initials = "".join(w[0] for w in name_words if w.casefold().rstrip("'’") not in _CONNECTOR)
    if initials.casefold() == letters:
        return True
    if len(letters) < 3 or name_words[0][0].casefold() != letters[0]:
        return False
    rest = iter(" ".join(name_words)[1:].casefold())
    return all(char in rest for char in letters[1:])


# Words for an armed group that the article names once with its name ("les rebelles houthis",
# "the M23 rebels") and then without ("Les rebelles démentent…", "the rebels said").
_GROUP = re.compile(
    r"\b(?P<word>rebelles?|rebels?|insurgés|insurgents|(?:d)?jihadistes|jihadists|militants|"
    r"paramilitaires|paramilitaries|putschistes|mutins|mutineers|miliciens|militiamen)\b",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(r"\b(?:les|des|ces|the|these)\s+$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?»”\"]\s+|\n\s*)$")  # "Rebels announced…"
_GROUP_REACH = 2000  # characters back where the group's name may be


def group_mentions(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """`mentions` with "les rebelles", "the rebels"… standing for the group the article last
    named with that word ("des rebelles houthis", "Houthi rebels", "les rebelles du M23"), in
    order. A group word with a name beside it is that name's mention already."""
    named: list[tuple[int, str, str]] = []  # (offset, word, actor) of "rebelles houthis"
    added: list[ActorMention] = []
    for found in _GROUP.finditer(text):
        word = found["word"].casefold().rstrip("s")
        start, end = found.start("word"), found.end("word")
        # "rebelles du M23", "M23 rebels", "les rebelles houthis" (an alias itself)
        beside = [m for m in mentions if m.start - end <= 8 and start - m.end <= 3]
        if beside:
            named.append((start, word, beside[0].actor))
            continue
        last = [actor for at, said, actor in named if said == word and start - at < _GROUP_REACH]
        opens = text[start].isupper() and _SENTENCE_START.search(text, max(0, start - 3), start)
        if last and (opens or _DETERMINER_BEFORE.search(text, max(0, start - 8), start)):
            added.append(ActorMention(start, end, text[start:end], last[-1], False))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def people_named_again(
    text: str, mentions: list[ActorMention], people: frozenset[str] | set[str]
) -> list[ActorMention]:
    """`mentions` with a person the text named in full ("President Yoon Suk Yeol") found by one
    word of the name elsewhere ("Yoon declared…"), in order: a word of four letters or more that
    is no common word and that no other person named in the text shares ("Kim" of Kim Jong Un
    and Kim Yong-hyun is neither's)."""
    owners: dict[str, set[str]] = {}
    for mention in mentions:
        if name_key(mention.text) not in people or " " not in mention.text.strip():
            continue
        for word in re.findall(r"[A-ZÀ-Ý][\w-]+", mention.text):
            if len(word) >= 4 and name_key(word) not in stop_words():
                owners.setdefault(word, set()).add(mention.actor)
    taken = [(m.start, m.end) for m in mentions]
    added = []
    for word, actors in owners.items():
        if len(actors) != 1:
            continue
        # (also before the full name: a headline's "Marcos says…" over "Ferdinand Marcos Jr")
        for again in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
            start, end = again.span()
            if not any(a < end and start < b for a, b in taken):
                added.append(ActorMention(start, end, word, next(iter(actors)), False))
                taken.append((start, end))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def outside_place_names(
    actors: list[ActorMention], places: Sequence[PlaceMention]
) -> list[ActorMention]:
    """The actor mentions that are no word of a place's name: "the Kuwaiti hospital" (a site
    shown at its town) is no act of Kuwait's, nor are "the Gulf of Guinea", "Lake Chad" or
    "Northern Ireland" any act of Guinea's, Chad's or Ireland's."""
    sites = [(p.start, p.end) for p in places if p.approximate]
    waters = [(p.start, p.end) for p in places if p.kind in ("sea", "region", "area")]
    return [
        m
        for m in actors
        if not any(a == m.start and m.end < b for a, b in sites)
        and not any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in waters)
    ]
