"""One sentence, several events: a troop event per count or per place of a list it gives, the
same diplomatic act by two subjects joined before a plural verb, and an agreement or talks
between two sides, one event for each side.
"""

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from geo.draft.drafts import Draft, Sentence
from geo.draft.lexicon import plain
from geo.draft.mentions import PlaceMention
from geo.draft.numbers import troop_parts
from geo.draft.where import listed_with

# Two subjects joined before a plural verb: "X, …, et Y, …, ont condamné", "X and Y have…".
_JOINT_SUBJECT = re.compile(r"^[^;:.«»\"]*?\s(?:et|and)\s", re.IGNORECASE)
_LISTED = re.compile(r",\s*(?:l'|la |le |les |the )?", re.IGNORECASE)  # "le Mali, le Burkina…"
_PLURAL_AUXILIARY = re.compile(r"(?:ont|sont|avaient|have|had|were|are)\b", re.IGNORECASE)
_SIDE_BY_SIDE = re.compile(r"\s(?:et|and)\s", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|entre)\s+(?:l'|la |le |les |the )?$", re.IGNORECASE)
_PLURAL_VERB = re.compile(
    r"\b(?:ont|sont|avaient|have|had|were|are)\s+(?:(?:\w+\s+){0,3})$", re.IGNORECASE
)


def joint_acts(sentence: Sentence, draft: Draft, trigger: int) -> list[Draft]:
    """The same act by a second subject joined to the first ("Le président de la Commission
    de l'Union africaine, …, et le secrétaire général de l'ONU, …, ont condamné le putsch"):
    one draft each, when the verb is plural. `draft` itself is amended: the other subject is
    neither its place nor its counterpart."""
    text, offset = plain(sentence.text), sentence.start
    subjects = [m for m in sentence.actors if m.end - offset <= trigger]
    # ("Qatar and Kuwait welcomed…", "Washington et Moscou appellent…": the verb right after
    # two names joined by "and" is theirs)
    side_by_side = len(subjects) >= 2 and bool(
        _SIDE_BY_SIDE.fullmatch(text[subjects[-2].end - offset : subjects[-1].start - offset])
        and not text[subjects[-1].end - offset : trigger].strip()
        # (not "a ceasefire between Israel and Iran came into force": one act of the two)
        and not _BETWEEN.search(text, 0, subjects[-2].start - offset)
    )
    plural = _PLURAL_VERB.search(text[:trigger]) or _PLURAL_AUXILIARY.match(text, trigger)
    if not (plural or side_by_side):  # ("ont annoncé": the words of speech start at "ont")
        return []
    for index, (first, second) in enumerate(pairwise(subjects)):
        between = text[first.end - offset : second.start - offset]
        if (
            not _JOINT_SUBJECT.match(between + " ")
            or draft.actor not in (first.actor, second.actor)
            or first.actor == second.actor
        ):
            continue
        # "le Mali, le Burkina Faso et le Niger ont annoncé": every name of the list
        joined = [first, second]
        while index > 0 and _LISTED.fullmatch(
            text[subjects[index - 1].end - offset : joined[0].start - offset]
        ):
            index -= 1
            joined.insert(0, subjects[index])
        # "France and Britain have condemned…": neither subject is where the other acted; a
        # capital named for its government is where its own act was ("Washington et Moscou")
        named = draft.place is not None and draft.place.start in {m.start for m in joined}
        place = None if named else draft.place
        own = next(m for m in joined if m.actor == draft.actor)
        draft.place = _named_at(sentence, own.start) or place
        others: dict[str, PlaceMention | None] = {}
        for subject in joined:
            if subject.actor != draft.actor and subject.actor not in others:
                others[subject.actor] = _named_at(sentence, subject.start) or place
        if draft.counterpart in others:
            draft.counterpart = None
        return [
            replace(draft, actor=actor, place=where, flags=list(draft.flags))
            for actor, where in others.items()
        ]
    return []


# Two or three sides as one subject: "les deux pays", "the two ministers", "both armies".
_SIDES = re.compile(
    r"\b(?:(?:the|les|des|ces)\s+(?P<n>two|deux|three|trois)\s+|both\s+)(?:countries|pays|"
    r"sides|parties|camps|governments|gouvernements|ministers|ministres|presidents|présidents|"
    r"leaders|dirigeants|armies|armées|delegations|délégations|neighbours|neighbors|voisins)\b",
    re.IGNORECASE,
)
# ("un accord entre A et B", "la déclaration signée par A, B et C", "signed by A and B")
_BETWEEN_SIDES = re.compile(
    r"\b(?:between|entre)\s|\b(?:sign\w+|conclu\w*)\s+(?:[\w-]+\s+){0,2}?(?:par|by)\s",
    re.IGNORECASE,
)
_NEXT_SIDE = re.compile(r"[^;:.]{0,60}$")  # (the words between two sides of a list)
_AND = re.compile(r"\s(?:and|et)\s", re.IGNORECASE)
_TWO_SIDED = frozenset({"agreement", "call", "visit"})


def both_sides(
    sentence: Sentence, draft: Draft, trigger: int, earlier: Sequence[tuple[str, str]]
) -> list[Draft]:
    """An agreement, call or talks of two sides, one event for each ("Un cessez-le-feu entre
    Israël et l'Iran", "the two ministers agreed", "les trois pays avaient signé"): the
    sides named after "between", else, for "the two …" before the act's words, the actors
    the sentence names, else the countries' actors named last before it (`earlier`, in order,
    with their countries). `draft` is the first side's; the others are returned."""
    if draft.kind not in _TWO_SIDED:
        return []
    text, offset = plain(sentence.text), sentence.start
    sides: list[str] = []
    for between in _BETWEEN_SIDES.finditer(text):
        after = [m for m in sentence.actors if 0 <= m.start - offset - between.end() < 120]
        run = after[:1]  # the sides listed ("A, B et C"), whatever words name each
        for mention in after[1:]:
            if not _NEXT_SIDE.fullmatch(text[run[-1].end - offset : mention.start - offset]):
                break
            run.append(mention)
        last = next((m for m in run if m.actor == run[-1].actor), None)
        if (
            last
            and len({m.actor for m in run}) >= 2
            and _AND.search(text, run[0].end - offset, last.start - offset + 1)
        ):
            sides = list(dict.fromkeys(m.actor for m in run))
            if draft.place is not None and draft.place.start in {m.start for m in run}:
                draft.place = None  # (the sides are no place of their agreement)
            break
    many = _SIDES.search(text, 0, trigger) if not sides and draft.kind != "visit" else None
    if (
        many is not None
        and len({m.actor for m in sentence.actors if many.end() <= m.start - offset < trigger}) == 1
    ):  # ("Allié des deux pays, Moscou a…": Moscow's act)
        many = None
    if many is not None:
        count = 3 if (many["n"] or "").casefold() in ("three", "trois") else 2
        named = list(dict.fromkeys(m.actor for m in sentence.actors))
        recent = list(dict.fromkeys(a for a, country in reversed(earlier) if country))
        sides = named if len(named) >= count else recent[:count]
        sides = sides[:count] if len(sides) >= count else []
    if len(set(sides)) < 2:
        return []
    if draft.actor not in sides:
        draft.actor = sides[0]
    others = [side for side in dict.fromkeys(sides) if side != draft.actor]
    if draft.counterpart in sides:
        draft.counterpart = None
    return [
        replace(draft, actor=side, counterpart=None, flags=list(draft.flags)) for side in others
    ]


def _named_at(sentence: Sentence, start: int) -> PlaceMention | None:
    """The place a subject's words name, if they are one ("Washington", not "France")."""
    return next((p for p in sentence.places if p.start == start and p.kind != "country"), None)


# "y" before a verb ("y seraient stationnés", "s'y trouvent"), "there" after one: the place the
# sentence before named.
THERE = re.compile(
    r"(?:\b|')y\s+(?:sont|seraient|serait|est|ont|a|avaient|avait|étaient|était|"
    r"restent|reste|demeurent|trouvent|trouve|comptent|compte)\b|"
    r"\b(?:stationed|deployed|based) there\b",
    re.IGNORECASE,
)


# The items of a list after a colon, and an item that only says where the one before is.
_ITEM_END = re.compile(r",\s+|;\s+|\s+(?:et|and|ainsi que|as well as)\s+", re.IGNORECASE)
_WHERE_ITEM = re.compile(r"(?:dans|près|non loin|in|near|au|à|en)\b", re.IGNORECASE)


def _targets(sentence: Sentence, place: PlaceMention) -> list[PlaceMention]:
    """The places a list after a country and a colon names in it, the last of each item ("…
    frappé une centaine de cibles en Iran : le site de Natanz, dans la province d'Ispahan, des
    bâtiments de Téhéran…": Natanz, Téhéran), when it names two or more and `place` (the
    event's) is that country or one of them; else none."""
    text, offset = plain(sentence.text), sentence.start
    for country in (p for p in sentence.places if p.kind == "country"):
        if (colon := re.match(r"\s*:\s*", text[country.end - offset :])) is None:
            continue
        start, found = country.end - offset + colon.end(), []
        ends = list(_ITEM_END.finditer(text, start))
        for begin, end in zip(
            [start, *(m.end() for m in ends)], [*(m.start() for m in ends), len(text)], strict=True
        ):
            named = [
                p
                for p in sentence.places
                if begin <= p.start - offset < end
                and p.kind != "country"
                and p.place.country == country.place.country
            ]
            if named and not _WHERE_ITEM.match(text, begin):
                found.append(named[-1])
        if len(found) > 1 and (place is country or place in found):
            return found
    return []


# Troops of two states named together: "les troupes rwandaises et mozambicaines", "Russian
# and Belarusian troops" (the two names joined, a word of troops right before or after them)
_JOINED = re.compile(r"\s+(?:et|and)\s+")
_TROOP_NOUN_AFTER = re.compile(r"\s+(?:troops|forces|soldiers|units|jets|warplanes)\b", re.I)
_TROOP_NOUN_BEFORE = re.compile(
    r"\b(?:troupes|forces|soldats|militaires|unités|armées|avions)\s+$", re.IGNORECASE
)


def split(sentence: Sentence, draft: Draft) -> list[Draft]:
    """A troop event per count of a sentence that gives several, each where the place after
    its count says ("10 000 soldats en Russie, dont 8 000 vers Koursk"); else one per place
    of the list that names its place or destination ("ont touché Tel-Aviv et Haïfa"); else
    the event. Each again for the troops of a second state named with the actor's."""
    found = _split(sentence, draft)
    text, offset = sentence.text, sentence.start
    for first, second in pairwise(sentence.actors):
        if (
            _JOINED.fullmatch(text[first.end - offset : second.start - offset])
            and draft.actor in (first.actor, second.actor)
            and first.actor != second.actor
            and (
                _TROOP_NOUN_AFTER.match(text, second.end - offset)
                or _TROOP_NOUN_BEFORE.search(text, 0, first.start - offset)
                or _TROOP_NOUN_BEFORE.match(first.text.split()[0] + " ")  # ("forces russes")
            )
        ):
            other = second.actor if draft.actor == first.actor else first.actor
            # (each state's event: the other is no counterpart of its own)
            kept = [replace(d, counterpart=None) if d.counterpart == other else d for d in found]
            return [*kept, *(replace(d, actor=other, flags=list(d.flags)) for d in kept)]
    return found


def _split(sentence: Sentence, draft: Draft) -> list[Draft]:
    parts = troop_parts(sentence.text)
    if len(parts) < 2 and draft.place is not None and (targets := _targets(sentence, draft.place)):
        return [replace(draft, flags=list(draft.flags), place=place) for place in targets]
    if len(parts) < 2:
        text, offset, places = sentence.text, sentence.start, sentence.places
        if draft.destination is not None:
            return [
                replace(draft, flags=list(draft.flags), destination=place)
                for place in listed_with(text, offset, places, draft.destination)
            ]
        if draft.place is not None:
            # "…on positions near Sotk, Vardenis and Goris, inside Armenia": the towns listed
            country = draft.place.place.country if draft.place.kind == "country" else None
            inside = next(
                (p for p in places if p.kind != "country" and p.place.country == country), None
            )
            run = listed_with(text, offset, places, inside) if inside else []
            return [
                replace(draft, flags=list(draft.flags), place=place)
                for place in (
                    run if len(run) > 1 else listed_with(text, offset, places, draft.place)
                )
            ]
        return [draft]
    found: list[Draft] = []
    for index, part in enumerate(parts):
        end = parts[index + 1].start if index + 1 < len(parts) else len(sentence.text)
        place = next(
            (p for p in sentence.places if part.end <= p.start - sentence.start < end), None
        )
        there = THERE.search(sentence.text, parts[index - 1].end, part.start) if index else None
        if place is None and there and found:  # "y ont un millier…": where the count before was
            place = found[-1].destination or found[-1].place
        where = (
            {"destination": place or draft.destination}
            if draft.destination
            else {"place": place or draft.place}
        )
        # "…au Niger ; les États-Unis y ont un millier de militaires": a clause of its own
        # after a semicolon names whose troops they are
        clause = sentence.text.rfind(";", parts[index - 1].end if index else 0, part.start)
        own = [m for m in sentence.actors if 0 <= clause < m.start - sentence.start < part.start]
        actor = own[-1].actor if own else draft.actor
        found.append(
            replace(draft, troops=part.value, actor=actor, flags=list(draft.flags), **where)
        )
    return found
