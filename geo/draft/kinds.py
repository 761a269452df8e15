"""What a sentence tells: a troop event, a diplomatic act, or both, and where their words are.

A strong diplomatic act (summons, call, visit, agreement, video) decides the sentence; so does a
quotation, which is a statement. Otherwise troops are concerned when a military word and a troop
verb occur, or a number of troops. Reported speech ("X a déclaré que Y a envoyé…", "X said Y
sent…") makes a troop event claimed by X; a statement whose object is the troops' act ("a
dénoncé les frappes russes"), or that demands or foresees it, stays a statement. A fronted phrase
of circumstance ("After meeting X,") is not the sentence's event.
"""

from dataclasses import dataclass

from geo.draft.lexicon import (
    DEMAND,
    DIPLOMACY_KINDS,
    MILITARY,
    MODAL,
    QUOTE_OPENERS,
    SPEECH,
    STRONG_DIPLOMACY,
    SUBORDINATE,
    TROOP_KINDS,
    first_kind,
    plain,
    scene_masked,
    troop_numbers,
)


@dataclass(frozen=True)
class Kinds:
    """What a sentence is about: a troop event and/or a diplomatic act, and where their words
    are (offsets in the sentence)."""

    troops: tuple[str, int] | None
    diplomacy: tuple[str, int] | None
    speech: int | None = None  # "X a déclaré que…": where the reporting words are


def classify(text: str) -> Kinds:
    """The events a sentence's words make (see the module's docstring)."""
    words = plain(text)
    scene = scene_masked(words)  # "Speaking at a meeting…, Putin said": the saying is the event
    diplomacy = first_kind(DIPLOMACY_KINDS, scene) or first_kind(DIPLOMACY_KINDS, words)
    troops = first_kind(TROOP_KINDS, scene) or first_kind(TROOP_KINDS, words)
    troops = troops if MILITARY.search(words) else None
    counted = troops is None and MILITARY.search(words) and troop_numbers(text)
    if counted:
        troops = ("deployment", troop_numbers(text)[0].start)  # "a évoqué 300 soldats"
    quoted = words.lstrip()[:1] in QUOTE_OPENERS
    if diplomacy and (diplomacy[0] in STRONG_DIPLOMACY or quoted or troops is None):
        return Kinds(None, diplomacy)
    if (
        diplomacy
        and troops
        and diplomacy[0] == "statement"
        and diplomacy[1] < troops[1]
        and (DEMAND.match(words, diplomacy[1]) or MODAL.search(words, diplomacy[1]))
    ):
        return Kinds(None, diplomacy)  # "demanded that the RSF end…", "said … would be…"
    if (
        diplomacy
        and troops
        and diplomacy[0] == "statement"
        and diplomacy[1] < troops[1]
        and not counted
        and not SUBORDINATE.search(words, diplomacy[1], troops[1])
        and not SPEECH.search(words, 0, troops[1])
    ):
        return Kinds(None, diplomacy)  # "a dénoncé les frappes russes": what was said is the act
    if troops is None:
        return Kinds(None, None)
    speech = SPEECH.search(words)
    # "X a déclaré que Y a envoyé…", "X said Y sent…" (English may leave out "that").
    reported = speech is not None and speech.start() < troops[1]
    if reported and speech is not None:
        return Kinds(troops, None, speech.start())
    return Kinds(troops, None)
