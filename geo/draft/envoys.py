"""Actors named beside an envoy who do not speak through it: "Britain's UN ambassador" is
Britain's, "Iran's mission to the UN" and "l'ambassadeur de France auprès de l'ONU" are not the
UN's (the host of the mission)."""

import re
from collections.abc import Sequence
from itertools import pairwise

from geo.draft.actors import ActorMention
from geo.draft.lexicon import plain

_FLAGS = re.IGNORECASE | re.UNICODE
_POSSESSIVE = re.compile(r"'s\s+")
_ENVOY = re.compile(
    r"\s+(?:deputy\s+|permanent\s+)?(?:ambassador|envoy|representative|delegate|delegation|"
    r"mission|embassy|office|spokes(?:man|woman|person))",
    _FLAGS,
)
_ENVOY_TO = re.compile(
    r"\b(?:ambassador|envoy|representative|delegate|delegation|mission|embassy|ambassadeur|"
    r"ambassadrice|envoyée?|représentante?|délégation|ambassade)\s+(?:permanente?\s+)?"
    r"(?:(?:de|du|des|d')\s*[\w-]+\s+)?"
    r"(?:to|at|auprès\s+(?:de|du|des)|à|au|aux)\s+(?:the\s+|l'|la\s+|le\s+|les\s+)?$",
    _FLAGS,
)


def not_the_envoys(text: str, offset: int, actors: Sequence[ActorMention]) -> set[int]:
    """The starts of the mentions of `actors` (in `text`, a sentence at `offset`) that name
    whom an envoy belongs to or is sent to, not who acts ("Yemen's Houthi rebels" are the
    Houthis, though)."""
    words = plain(text)
    owned = {
        b.start
        for a, b in pairwise(actors)
        if _POSSESSIVE.fullmatch(words[a.end - offset : b.start - offset])
        and _ENVOY.match(words[b.end - offset : b.end - offset + 40])
    }
    hosts = {
        b.start
        for b in actors[1:]
        if _ENVOY_TO.search(words[max(0, b.start - offset - 80) : b.start - offset])
    }
    return owned | hosts
