"""Troop numbers as a text writes them: "12 000 soldats", "10,000 North Korean soldiers", "un
millier de soldats", and the counts that split one ("dont 8 000 vers Koursk"); never
percentages, millions, years, the day of a date or the number of a model ("F-35 fighters").
"""

import re
from dataclasses import dataclass

from geo.draft.lexicon import plain

_FLAGS = re.IGNORECASE | re.UNICODE
# (not a model's designation: "F-35 fighters", "Su-25", "S-400", "A400M")
_NUMBER = r"(?<![^\W\d_]-)(?<![^\W_])(?P<number>\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+)"
_TROOPS = (
    r"(?:(?:[\w'-]+[ \u00a0\u202f]+){0,2})?"
    r"(?:soldats|militaires|hommes|combattants|membres des forces|troupes|mercenaires|"
    r"soldiers|troops|servicemen|service members|personnel|fighters|special forces|"
    r"commandos|marines|paratroopers|reservists|réservistes|policiers|police officers|"
    r"policemen|gendarmes|casques bleus|peacekeepers)"
)
TROOP_NUMBER = re.compile(_NUMBER + r"[ \u00a0\u202f]+" + _TROOPS, _FLAGS)
# A number in words ("un millier de soldats", "deux mille hommes", "a thousand troops"): a
# count, then a thousand or a hundred (the plural "des milliers" counts nothing).
_FRENCH_COUNTS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")
_ENGLISH_COUNTS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
NUMBER_WORDS = {
    **{word: value for value, word in enumerate(_FRENCH_COUNTS, 1)},
    **{word: value for value, word in enumerate(_ENGLISH_COUNTS, 1)},
    **{"une": 1, "a": 1, "douze": 12, "twelve": 12, "quinze": 15, "fifteen": 15},
    **{"vingt": 20, "twenty": 20},
}
_SCALES = {"millier": 1000, "milliers": 1000, "mille": 1000, "thousand": 1000}
_SCALES |= {"centaine": 100, "centaines": 100, "cent": 100, "hundred": 100}
TROOP_WORDS = re.compile(
    rf"\b(?P<number>(?P<count>{'|'.join(NUMBER_WORDS)})[ \u00a0\u202f]+"
    rf"(?P<scale>{'|'.join(_SCALES)}))"
    rf"(?:[ \u00a0\u202f]+de[ \u00a0\u202f]+|[ \u00a0\u202f]+d'|[ \u00a0\u202f]+){_TROOPS}",
    _FLAGS,
)


_CASUALTIES = re.compile(
    r"[ \u00a0\u202f]+(?:[\w'-]+[ \u00a0\u202f]+){0,4}(?:killed|wounded|injured|hurt|dead|died|"
    r"captured|missing|tués|blessés|morts|capturés|disparus|faits prisonniers)\b",
    _FLAGS,
)


_KILLING = re.compile(
    r"\b(?:tué\w*|tuant|blessé\w*|killed|killing|wounded|wounding|captured|capturé\w*|"
    # "put its own losses at 79 servicemen", "a chiffré ses pertes à 30 soldats"
    r"(?:losses|pertes|casualties|death toll|bilan)(?:[ \u00a0\u202f]+[\w'-]+){0,3}"
    r"[ \u00a0\u202f]+(?:at|à|of|de))"
    r"[ \u00a0\u202f]+(?:(?:au moins|plus de|près de|quelque|environ|at least|more than|"
    r"nearly|some|about|over)[ \u00a0\u202f]+)?$",
    _FLAGS,
)


# The part of a death toll ("1 300 morts, dont quelque 480 membres des forces de sécurité").
_TOLL_PART = re.compile(
    r"\b(?:morts|tués|victimes|killed|dead|deaths|blessés|wounded)\b[^.;]{0,30}"
    r"\b(?:dont|including|among them|parmi eux)[ \u00a0\u202f]+(?:(?:quelque|environ|près de|"
    r"au moins|some|about|nearly|at least)[ \u00a0\u202f]+)?$",
    _FLAGS,
)


# A day of a date ("took Adwa on October 22 after Tigrayan fighters…", "le 22 octobre, des
# soldats…"): no count.
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
)
_MONTH_BEFORE = re.compile(_MONTHS + r"[ \u00a0\u202f]+$", _FLAGS)
_MONTH_AFTER = re.compile(r"[ \u00a0\u202f]+" + _MONTHS + r"\b", _FLAGS)


@dataclass(frozen=True)
class TroopNumber:
    """A number of troops as the text writes it: offsets and value."""

    start: int
    end: int
    value: int


def troop_numbers(text: str) -> list[TroopNumber]:
    """Troop numbers written before a word for soldiers, in digits ("12 000 soldats") or in
    words ("un millier de soldats")."""
    found = []
    words = plain(text)
    for match in _numbers(words):
        between = match.group()[match.end("number") - match.start() :].casefold()
        if re.search(r"percent|pour\s?cent|%|million|milliard|billion|thousand", between):
            continue  # "50 percent of troops", "2 million soldiers": not a troop count
        if (
            _CASUALTIES.match(words, match.end())
            or _KILLING.search(words, 0, match.start())
            or _TOLL_PART.search(words, max(0, match.start() - 80), match.start())
        ):  # "4,000 troops had been killed", "tué plus de 60 militaires": losses
            continue
        day = match.start("number")
        if len(match.group("number")) <= 2 and (
            _MONTH_BEFORE.search(words, max(0, day - 12), day)
            or _MONTH_AFTER.match(words, match.end("number"))
        ):
            continue  # "on October 22 after Tigrayan fighters…": the day of a date
        value = _value(match)
        a_year = match.group("number").isdigit() and 1900 <= value <= 2100  # "en 2024 soldats…"
        if 0 < value <= 10_000_000 and not a_year:
            found.append(TroopNumber(match.start("number"), match.end("number"), value))
    return found


def _numbers(words: str) -> list[re.Match[str]]:
    """The troop numbers in digits and in words of a text, in order (a number's digits never
    start another: "le 3 mai 300 soldats" is 300 after the day)."""
    found, position = [], 0
    while (match := TROOP_NUMBER.search(words, position)) is not None:
        found.append(match)
        position = match.end("number")
    found += TROOP_WORDS.finditer(words)
    return sorted(found, key=lambda match: match.start())


def _value(match: re.Match[str]) -> int:
    if match.re is TROOP_WORDS:
        count, scale = match.group("count").casefold(), match.group("scale").casefold()
        return NUMBER_WORDS[count] * _SCALES[scale]
    digits = re.sub(r"\D", "", match.group("number"))
    return int(digits) if digits else 0


# After a first troop number, the counts that split it ("dont jusqu'à 8 000 vers Koursk",
# "including 3,000 in Kursk", ": 1 000 à Niamey et 400 à Ouallam"): a number with no unit.
_PART = re.compile(
    r"(?:\bdont|\bincluding|\bof whom|\bamong them|:|\bet|\band|,)\s+"
    r"(?:(?:jusqu'à|up to|environ|about|some|quelque|près de|nearly|around)\s+)?"
    + _NUMBER
    # and where they went ("8 000 acheminés vers", "3,000 to"): a count with no place is no part
    + r"(?=[ \u00a0\u202f]+(?:[\w'-]+[ \u00a0\u202f]+){0,2}(?:à|au|aux|en|vers|dans|près|"
    r"to|in|into|near|at|toward|towards)\b)"
    r"(?![\d \u00a0\u202f]*(?:%|km|kilom|ans\b|years|morts|tués|blessés|killed|wounded|dead|"
    r"civil|habitants|people|personnes|chars|tanks|avions|aircraft|navires|ships|drones|"
    r"missiles|véhicules|vehicles|villages|localités|settlements|square|carrés|heures|hours|"
    r"hélicoptères|helicopters|obusiers|howitzers|pièces|pieces|canons|guns|artillery|"
    r"artillerie|blindés|armoured|armored))",
    _FLAGS,
)


def troop_parts(text: str) -> list[TroopNumber]:
    """The troop numbers of a sentence and, after the first, the counts that split it: one
    event each ("10 000 soldats … en Russie, dont 8 000 … vers Koursk")."""
    numbers = troop_numbers(text)
    if not numbers:
        return []
    parts = {number.start: number for number in numbers}
    for match in _PART.finditer(plain(text), numbers[0].end):
        digits = re.sub(r"\D", "", match.group("number"))
        value = int(digits)
        if 10 <= value <= 10_000_000 and not 1900 <= value <= 2100:
            parts.setdefault(
                match.start("number"),
                TroopNumber(match.start("number"), match.end("number"), value),
            )
    return [parts[start] for start in sorted(parts)]
