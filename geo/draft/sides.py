"""The other side of an act, never its actor: the side struck ("said it had hit 40 Russian
aircraft") or that suffered losses ("infligé de lourdes pertes aux mercenaires russes"), the one
told, blamed or bordered ("told Indian television", "a accusé Israël", "its border with
Belarus"), the envoy summoned ("a convoqué le chargé d'affaires iranien"); and who struck a
place when the sentence does not say (`striker`)."""

import re

from geo.draft.drafts import Before, Sentence
from geo.draft.lexicon import plain
from geo.draft.struck import STRUCK

_FLAGS = re.IGNORECASE | re.UNICODE
_TOWARDS = re.compile(
    # ("its border crossings with Belarus", "sa frontière commune avec"; who was "told": not who
    r"\b(?:(?:frontières?|borders?)(?:\s+[\w-]+)?|près|proche|loin|near|close to|towards?|vers|"
    r"en direction|told|(?:ambassador|envoy)\s+to)"  # spoke; "Its ambassador to the Philippines")
    r"(?:\s+(?:de|du|des|d'|avec|with|of|to))?\s*(?:l'|la\s+|le\s+|les\s+|the\s+)?$",
    _FLAGS,
)
# "said it had hit 40 Russian aircraft", "visé la banlieue sud de Beyrouth": the side struck
_STRUCK_SIDE = re.compile(
    r"\b(?:hit|struck|targeted|destroyed|downed|shot down|attacked|bombed|shelled|boarded|"
    r"rammed|intercepted|seized|arraisonné|éperonné|intercepté|saisi|frappé|visé|"
    r"détruit|abattu|attaqué|bombardé|touché|ciblé)\w*\s+(?:(?:more than|over|at least|some|"
    r"about|nearly|the|several|dozens of|plus de|au moins|quelque|environ|des|les|la|le|l'|"
    r"plusieurs|\d[\d,.]*)\s*)*(?:(?:[\w-]+\s+){1,3}(?:de|du|des|d'|of)\s*(?:la |le |l'|the )?)?$",
    _FLAGS,
)
# "about a third of Russia's strategic bombers were hit": the subject of a strike in the passive
_PASSIVE_STRUCK = re.compile(
    r"(?:(?!\b(?:and|when|while|after|et|quand|lorsque|puis)\b)[^,;.]){0,50}?"
    r"\b(?:was|were|has been|have been|had been|a été|ont été|avait été|avaient été)"
    r"\s+(?:\w+\s+)?(?:hit|struck|destroyed|damaged|targeted|downed|touchée?s?|détruite?s?|"
    r"visée?s?|frappée?s?|endommagée?s?)\b",
    _FLAGS,
)
# "a convoqué le chargé d'affaires iranien", "summoned the Russian ambassador": the envoy's side
_SUMMONED = re.compile(
    r"\b(?:convoqu|summon|expuls|expel)\w*\s+(?:(?:l'|la|le|les|the|its|son|sa|ses|leur)\s*)?"
    r"(?:(?:ambassad\w+|chargée?\s+d'affaires|diplomates?|envoy|emissar\w+)"
    r"(?:\s+(?:de|du|des|d'|of))?\s*(?:l'|la\s+|le\s+|les\s+|the\s+)?)?$",
    _FLAGS,
)


# "infligé de « lourdes pertes » aux mercenaires russes", "inflicted heavy losses on Russian…"
_LOSSES_TO = re.compile(
    r"\b(?:inflig|inflict|caus)\w*\b[^,;.]{0,40}?\s(?:aux?|à|on|upon)\s+(?:[\w-]+\s+)?$", _FLAGS
)


# "a accusé Israël", "condemned Russia": for a statement, the side blamed
_BLAMED = re.compile(
    r"\b(?:accus|blam|condamn|condemn|dénonc|denounc)\w*\s+(?:(?:l'|la |le |les |the )\s*)?$",
    _FLAGS,
)


def other_side(text: str, start: int, end: int, layer: str) -> bool:
    """Whether the actor named at `start`..`end` of a sentence is the other side of its act."""
    return bool(
        _TOWARDS.search(plain(text[max(0, start - 40) : start]))
        or _STRUCK_SIDE.search(plain(text[max(0, start - 50) : start]))
        or _SUMMONED.search(plain(text[max(0, start - 50) : start]))
        or _LOSSES_TO.search(plain(text[max(0, start - 70) : start]))
        or (layer == "troops" and _PASSIVE_STRUCK.match(plain(text), end))
        or (layer == "diplomacy" and _BLAMED.search(plain(text[max(0, start - 30) : start])))
    )


_STRIKE = re.compile(r"\b(?:hit|struck|frapp\w+|touch[ée]\w*|bombard\w+|shell\w*|pilonn\w+)\b")


def striker(sentence: Sentence, before: Before, actor: str | None) -> str | None:
    """Who struck a place when the sentence does not say ("A drone hit a building in Sumy"):
    not the side whose country the place is in, which the actor carried from before may be
    (Ukraine's air force, named last), but the last actor named before who is not of it, in
    its paragraph or else since the paragraph before began."""
    text = plain(sentence.text)
    struck = [p.place.country for p in sentence.places if p.place.country and p.kind != "country"]
    countries = dict(before.recent + before.earlier)
    if not struck or not (_STRIKE.search(text) or STRUCK.search(text)):
        return actor
    if actor is None or countries.get(actor, "") != struck[0]:
        return actor
    others = [a for a, country in before.earlier if country != struck[0]]
    others = others or [a for a, country in before.recent if country != struck[0]]
    return others[-1] if others else actor
