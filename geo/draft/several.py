"""One sentence, several events: a troop event per count or per place of a list it gives, and
the same diplomatic act by two subjects joined before a plural verb.
"""

import re
from dataclasses import replace
from itertools import pairwise

from geo.draft.drafts import Draft, Sentence
from geo.draft.lexicon import plain
from geo.draft.numbers import troop_parts
from geo.draft.where import listed_with

# Two subjects joined before a plural verb: "X, …, et Y, …, ont condamné", "X and Y have…".
_JOINT_SUBJECT = re.compile(r"^[^;:.«»\"]*?\s(?:et|and)\s", re.IGNORECASE)
_PLURAL_VERB = re.compile(
    r"\b(?:ont|sont|avaient|have|had|were|are)\s+(?:(?:\w+\s+){0,3})$", re.IGNORECASE
)


def joint_acts(sentence: Sentence, draft: Draft, trigger: int) -> list[Draft]:
    """The same act by a second subject joined to the first ("Le président de la Commission
    de l'Union africaine, …, et le secrétaire général de l'ONU, …, ont condamné le putsch"):
    one draft each, when the verb is plural. `draft` itself is amended: the other subject is
    neither its place nor its counterpart."""
    text, offset = plain(sentence.text), sentence.start
    if not _PLURAL_VERB.search(text[:trigger]):
        return []
    subjects = [m for m in sentence.actors if m.end - offset <= trigger]
    for first, second in pairwise(subjects):
        between = text[first.end - offset : second.start - offset]
        if (
            not _JOINT_SUBJECT.match(between + " ")
            or draft.actor not in (first.actor, second.actor)
            or first.actor == second.actor
        ):
            continue
        other = second.actor if first.actor == draft.actor else first.actor
        # "France and Britain have condemned…": neither subject is where the other acted
        named = draft.place is not None and draft.place.start in (first.start, second.start)
        place = None if named else draft.place
        draft.place = place
        if draft.counterpart == other:
            draft.counterpart = None
        return [replace(draft, actor=other, place=place, flags=list(draft.flags))]
    return []


def split(sentence: Sentence, draft: Draft) -> list[Draft]:
    """A troop event per count of a sentence that gives several, each where the place after
    its count says ("10 000 soldats en Russie, dont 8 000 vers Koursk"); else one per place
    of the list that names its place or destination ("ont touché Tel-Aviv et Haïfa"); else
    the event."""
    parts = troop_parts(sentence.text)
    if len(parts) < 2:
        text, offset, places = sentence.text, sentence.start, sentence.places
        if draft.destination is not None:
            return [
                replace(draft, flags=list(draft.flags), destination=place)
                for place in listed_with(text, offset, places, draft.destination)
            ]
        if draft.place is not None:
            return [
                replace(draft, flags=list(draft.flags), place=place)
                for place in listed_with(text, offset, places, draft.place)
            ]
        return [draft]
    found = []
    for index, part in enumerate(parts):
        end = parts[index + 1].start if index + 1 < len(parts) else len(sentence.text)
        place = next(
            (p for p in sentence.places if part.end <= p.start - sentence.start < end), None
        )
        where = (
            {"destination": place or draft.destination}
            if draft.destination
            else {"place": place or draft.place}
        )
        found.append(replace(draft, troops=part.value, flags=list(draft.flags), **where))
    return found
