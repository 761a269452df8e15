"""The junta an article speaks of: "la junte", "the junta", "les militaires au pouvoir" with no
nationality beside them stand for the state whose coup the article told of last ("Au Niger, les
militaires ont pris le pouvoir… Lundi, la junte a accusé Paris": Niger's junta, not France)."""

import re
from collections.abc import Mapping

from geo.draft.actors import ActorMention, group_mentions

_FLAGS = re.IGNORECASE
_JUNTA = re.compile(
    r"\b(?:la|cette|the|this|les|ces)\s+(?P<word>junte|junta|putschistes|putschists|"
    r"militaires au pouvoir|military rulers|coup leaders)\b",
    _FLAGS,
)
# What tells of a coup, and so of the state it took ("le coup d'État qui a renversé Mohamed
# Bazoum, la crise nigérienne…", "Myanmar's military seized power")
_COUP = re.compile(
    r"\b(?:coup d['’][ée]tat|coup|putsch|(?:a|ont|avait|avaient) pris le pouvoir|seized power|"
    r"took power|(?:a|ont|avait|avaient) renversé|overthrew|ousted)\b",
    _FLAGS,
)
# What may come between the word and a name that says whose junta it is
_BESIDE = re.compile(
    r"\s*|\s+(?:du|de la|de|d['’]|des|of|in|at|au pouvoir (?:à|au|en))"
    r"(?:\s+(?:colonel|général|capitaine|general|captain|lieutenant-colonel))?\s*",
    _FLAGS,
)
_JUST_BEFORE = re.compile(r",\s*")  # ("Au Niger, la junte…")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    after = _SENTENCE_END.search(text, at)
    return (starts[-1] if starts else 0), (after.start() if after else len(text))


def _coup_state(
    text: str, mentions: list[ActorMention], countries: Mapping[str, str], before: int
) -> str | None:
    """The state named nearest the words of the last coup told before `before` (the end of
    the sentence of the words "la junte": "Les militaires au pouvoir depuis le coup d'État…")."""
    state = None
    for coup in _COUP.finditer(text, 0, before):
        start, end = _sentence_around(text, coup.start())
        named = [
            m for m in mentions if start <= m.start < min(end, before) and countries.get(m.actor)
        ]
        if named:
            state = min(named, key=lambda m: abs(m.start - coup.start())).actor
    return state


def junta_mentions(
    text: str, mentions: list[ActorMention], countries: Mapping[str, str]
) -> list[ActorMention]:
    """`mentions` with "la junte", "the junta"… named alone standing for the junta the text
    named last ("la junte birmane"), else for the state whose coup it told of last
    (`countries`: actor id → country code, "" for no state), in order."""
    added, named = [], []  # (named: the actors of juntas named so far)
    for found in _JUNTA.finditer(text):
        start, end = found.span("word")
        beside = [
            m
            for m in mentions
            if (m.start < end and start < m.end)
            or (m.start >= end and _BESIDE.fullmatch(text, end, m.start))
        ]
        if beside:  # "la junte malienne", "la junte du colonel Goïta": named there
            named.append(beside[0].actor)
            continue
        opening, closing = _sentence_around(text, start)
        here = [
            m
            for m in mentions
            if opening <= m.start < start
            and countries.get(m.actor)
            and _JUST_BEFORE.fullmatch(text, m.end, found.start())
        ]  # "Au Niger, la junte…"
        state = here[-1].actor if here else named[-1] if named else None
        state = state or _coup_state(text, mentions, countries, closing)
        if state is not None:
            added.append(ActorMention(start, end, text[start:end], state, False))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def with_groups(
    text: str, mentions: list[ActorMention], countries: Mapping[str, str]
) -> list[ActorMention]:
    """`mentions` with the groups named by a word alone: "les rebelles" (`group_mentions`),
    "la junte" (`junta_mentions`)."""
    return junta_mentions(text, group_mentions(text, mentions), countries)
