"""The junta an article speaks of: "la junte", "the junta", "les militaires au pouvoir" with no
nationality beside them stand for the state whose coup the article told of last ("Au Niger, les
militaires ont pris le pouvoir… Lundi, la junte a accusé Paris": Niger's junta, not France)."""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping

from geo.draft.actors import ActorMention, Mentioned, group_mentions

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
_LONGEST_NAME = 200  # characters: a name that holds the word starts no further before it
_NEAR = 60  # characters after the word where a name may say whose junta it is


class _Sentences:
    """Where the sentences of a text begin and end, found once (a pasted text may be long)."""

    def __init__(self, text: str) -> None:
        found = list(_SENTENCE_END.finditer(text))
        self.starts = [0, *(m.end() for m in found)]
        self.ends = [*(m.start() for m in found), len(text)]

    def around(self, at: int) -> tuple[int, int]:
        index = bisect_right(self.starts, at) - 1
        return self.starts[index], self.ends[bisect_left(self.ends, at)]


def _coup_states(
    text: str, mentioned: Mentioned, countries: Mapping[str, str], sentences: _Sentences
) -> tuple[list[int], list[str | None]]:
    """Where each coup is told, and the state of the last coup told up to there whose sentence
    names a state: the one named nearest the words of the coup ("le coup d'État qui a renversé
    Mohamed Bazoum, la crise nigérienne…")."""
    places: list[int] = []
    states: list[str | None] = []
    state = None
    for coup in _COUP.finditer(text):
        start, end = sentences.around(coup.start())
        named = [m for m in mentioned.between(start, end) if countries.get(m.actor)]
        if named:
            state = min(named, key=lambda m: abs(m.start - coup.start())).actor
        places.append(coup.start())
        states.append(state)
    return places, states


def junta_mentions(
    text: str, mentions: list[ActorMention], countries: Mapping[str, str]
) -> list[ActorMention]:
    """`mentions` (in order) with "la junte", "the junta"… named alone standing for the junta
    the text named last ("la junte birmane"), else for the state named at the start of its
    sentence ("Au Niger, la junte…"), else for the state whose coup the text told of last, up
    to the end of its sentence ("Les militaires au pouvoir depuis le coup d'État…")
    (`countries`: actor id → country code, "" for no state), in order."""
    found = list(_JUNTA.finditer(text))
    if not found:
        return mentions
    sentences = _Sentences(text)
    mentioned = Mentioned(mentions)
    coups, coup_states = _coup_states(text, mentioned, countries, sentences)
    added, named = [], []  # (named: the actors of juntas named so far)
    for junta in found:
        start, end = junta.span("word")
        beside = [
            m
            for m in mentioned.between(start - _LONGEST_NAME, end + _NEAR)
            if (m.start < end and start < m.end)
            or (m.start >= end and _BESIDE.fullmatch(text, end, m.start))
        ]
        if beside:  # "la junte malienne", "la junte du colonel Goïta": named there
            named.append(beside[0].actor)
            continue
        opening, closing = sentences.around(start)
        here = [
            m
            for m in mentioned.between(opening, start)
            if countries.get(m.actor) and _JUST_BEFORE.fullmatch(text, m.end, junta.start())
        ]
        state = here[-1].actor if here else named[-1] if named else None
        told = bisect_left(coups, closing) - 1  # (the last coup told up to the sentence's end)
        state = state or (coup_states[told] if told >= 0 else None)
        if state is not None:
            added.append(ActorMention(start, end, text[start:end], state, False))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def with_groups(
    text: str, mentions: list[ActorMention], countries: Mapping[str, str]
) -> list[ActorMention]:
    """`mentions` with the groups named by a word alone: "les rebelles" (`group_mentions`),
    "la junte" (`junta_mentions`)."""
    return junta_mentions(text, group_mentions(text, mentions), countries)
