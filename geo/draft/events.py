"""Draft events from one sentence: what happened, who did it, where, when, how sure, how many.

A sentence becomes an event only when it has an event's words (`geo.draft.lexicon`) and names an
actor (or follows a sentence that did). Everything a draft says comes from the sentence or is
flagged for the reviewer: a date carried from an earlier sentence, a place that is the actor's
seat, a number from a claim.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from geo.draft.actors import ActorMention
from geo.draft.dates import DateMention
from geo.draft.lexicon import (
    ATTRIBUTION,
    ATTRIBUTION_WINDOW,
    DENIED,
    DIPLOMACY_KINDS,
    MILITARY,
    QUOTE_OPENERS,
    SENDING,
    SPEECH,
    STRONG_DIPLOMACY,
    SUBORDINATE,
    TROOP_KINDS,
    UNCONFIRMED,
    first_kind,
    plain,
    troop_numbers,
)
from geo.draft.places import PlaceMention

_TO = re.compile(
    r"(?:\b(?:à|au|aux|en|vers|dans|jusqu'(?:à|au|en)|sur|to|into|toward|towards|in|at|inside|"
    r"onto|near|près de|around|autour de)\s+(?:l'|la |le |les |the )?)$",
    re.IGNORECASE,
)
_FROM = re.compile(
    r"(?:\b(?:de|du|des|depuis|from|out of|quitté|left|quittant|leaving)\s+"
    r"(?:l'|la |le |les |the )?)$",
    re.IGNORECASE,
)

FLAG_DATE_CARRIED = "date carried from an earlier sentence"
FLAG_DATE_PUBLISHED = "the text gives no date: dated to the publication day"
FLAG_SEAT = "place is the actor's seat (the text names none)"
FLAG_ORIGIN_SEAT = "origin is the actor's country (the text names none)"
FLAG_ACTOR_CARRIED = "actor carried from the previous sentence"
FLAG_NUMBER_CLAIMED = "number from a claim"
FLAG_NO_ORIGIN = "the movement has no origin"
FLAG_NO_PLACE = "no place, and the actor has no seat"
# Each flag's message key (flag.<key> in data/i18n): the review table shows flags in the
# reader's language; story files keep them in English.
FLAG_KEYS = {
    FLAG_DATE_CARRIED: "date_carried",
    FLAG_DATE_PUBLISHED: "date_published",
    FLAG_SEAT: "seat",
    FLAG_ORIGIN_SEAT: "origin_seat",
    FLAG_ACTOR_CARRIED: "actor_carried",
    FLAG_NUMBER_CLAIMED: "number_claimed",
    FLAG_NO_ORIGIN: "no_origin",
    FLAG_NO_PLACE: "no_place",
}


@dataclass
class Draft:
    """One draft event: the event's fields (as in a story file) and what the reviewer must
    check. `start`/`end` are the quote's offsets in the article's text."""

    start: int
    end: int
    quote: str
    date_start: date
    date_end: date
    time_precision: str
    layer: str
    kind: str
    actor: str
    counterpart: str | None
    place: PlaceMention | None
    origin: PlaceMention | None
    destination: PlaceMention | None
    troops: int | None
    status: str
    claimed_by: str | None
    flags: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article and what was found in it, offsets relative to the article."""

    start: int
    end: int
    text: str
    actors: list[ActorMention]
    places: list[PlaceMention]
    dates: list[DateMention]


@dataclass(frozen=True)
class Kinds:
    """What a sentence is about: a troop event and/or a diplomatic act, and where their words
    are (offsets in the sentence)."""

    troops: tuple[str, int] | None
    diplomacy: tuple[str, int] | None
    speech: int | None = None  # "X a déclaré que…": where the reporting words are


def classify(text: str) -> Kinds:
    """The events a sentence's words make.

    A strong diplomatic act (summons, call, visit, agreement, video) decides the sentence; so
    does a quotation, which is a statement. Otherwise troops are concerned when a military
    word and a troop verb occur; in "X a déclaré que Y a envoyé…" the troop event is claimed by
    X.
    """
    words = plain(text)
    diplomacy = first_kind(DIPLOMACY_KINDS, words)
    troops = first_kind(TROOP_KINDS, words) if MILITARY.search(words) else None
    quoted = words.lstrip()[:1] in QUOTE_OPENERS
    if diplomacy and (diplomacy[0] in STRONG_DIPLOMACY or quoted or troops is None):
        return Kinds(None, diplomacy)
    if troops is None:
        return Kinds(None, None)
    speech = SPEECH.search(words)
    reported = (
        speech is not None
        and speech.start() < troops[1]
        and SUBORDINATE.search(words, speech.end(), troops[1]) is not None
    )
    if reported and speech is not None:
        return Kinds(troops, None, speech.start())
    return Kinds(troops, None)


def _attribution_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in ATTRIBUTION_WINDOW.finditer(plain(text))]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _status(text: str, layer: str, claimant: str | None) -> str:
    words = plain(text)
    if layer == "troops" and DENIED.search(words):
        return "denied"
    if layer == "troops" and UNCONFIRMED.search(words):
        return "unconfirmed"
    if layer == "troops" and (claimant is not None or ATTRIBUTION.search(words)):
        return "claimed"
    return "confirmed"


def _ends(
    sentence: Sentence, places: list[PlaceMention]
) -> tuple[PlaceMention | None, PlaceMention | None]:
    """(origin, destination) from the words before each place: "de X" / "vers Y"."""
    origin = destination = None
    for mention in places:
        before = plain(
            sentence.text[
                max(0, mention.start - sentence.start - 30) : mention.start - sentence.start
            ]
        )
        if _FROM.search(before) and origin is None:
            origin = mention
        elif _TO.search(before):
            destination = mention
    return origin, destination


def _actor_for(
    sentence: Sentence,
    trigger: int,
    layer: str,
    window: list[tuple[int, int]],
) -> ActorMention | None:
    """Who acts: for troops, the actor named last before the event's words (their subject);
    for a quotation, the one named after it (the speaker); else the first one named. Actors
    named in an attribution ("selon X") are claimants, not actors."""
    offset = sentence.start
    speakers = [m for m in sentence.actors if not _inside(m.start - offset, window)]
    if not speakers:
        return None
    if layer == "troops":
        before = [m for m in speakers if m.end - offset <= trigger]
        return before[-1] if before else speakers[0]
    text = sentence.text.lstrip()
    if text[:1] in QUOTE_OPENERS:
        closing = max(text.rfind(mark) for mark in '»”"')
        closing += len(sentence.text) - len(text)
        after = [m for m in speakers if m.start - offset > closing]
        if after:
            return after[0]
    return speakers[0]


def _when(sentence: Sentence, carried: DateMention | None, flags: list[str]) -> DateMention | None:
    if sentence.dates:
        return sentence.dates[0]
    if carried is not None:
        flags.append(FLAG_DATE_CARRIED)
        return carried
    flags.append(FLAG_DATE_PUBLISHED)
    return None


def draft_from(
    sentence: Sentence,
    *,
    previous_actor: str | None,
    carried: DateMention | None,
    published: date,
) -> list[Draft]:
    """The draft events of a sentence (none, one, or a statement and the troop event it
    reports)."""
    kinds = classify(sentence.text)
    drafts = []
    if kinds.diplomacy is not None:
        drafts.append(("diplomacy", *kinds.diplomacy))
    if kinds.troops is not None:
        drafts.append(("troops", *kinds.troops))
    speaker = None
    if kinds.speech is not None:  # the reporting words' subject: the actor named before them
        named = [m for m in sentence.actors if m.end - sentence.start <= kinds.speech]
        speaker = named[-1].actor if named else None
    found = []
    for layer, kind, trigger in drafts:
        draft = _draft(sentence, layer, kind, trigger, previous_actor, carried, published, speaker)
        if draft is not None:
            found.append(draft)
    return found


def _draft(
    sentence: Sentence,
    layer: str,
    kind: str,
    trigger: int,
    previous_actor: str | None,
    carried: DateMention | None,
    published: date,
    speaker: str | None,
) -> Draft | None:
    """One event of a sentence. `speaker` is who made the statement reporting it, if any."""
    window = _attribution_spans(sentence.text)
    offset = sentence.start
    claimants = [m.actor for m in sentence.actors if _inside(m.start - offset, window)]
    flags: list[str] = []
    chosen = _actor_for(sentence, trigger, layer, window)
    actor = chosen.actor if chosen else None
    stands_for = [p.stands_for for p in sentence.places if p.stands_for]
    if actor is None and stands_for:
        actor = stands_for[0]
    if actor is None and previous_actor is not None:
        actor = previous_actor
        flags.append(FLAG_ACTOR_CARRIED)
    if actor is None:
        return None
    if speaker is not None and speaker != actor:
        claimants.insert(0, speaker)
    claimed_by = next((claimant for claimant in claimants if claimant != actor), None)
    others = [m.actor for m in sentence.actors if m.actor not in (actor, claimed_by)]
    counterpart = others[0] if others else None
    status = _status(sentence.text, layer, claimed_by)
    text = plain(sentence.text)
    numbers = troop_numbers(sentence.text) if layer == "troops" else []
    troops = numbers[0].value if numbers else None
    if troops is not None and status == "claimed":
        flags.append(FLAG_NUMBER_CLAIMED)
    when = _when(sentence, carried, flags)
    places = [p for p in sentence.places if p.kind != "landmark" or layer == "diplomacy"]
    origin, destination = _ends(sentence, places)
    place = None
    sending = layer == "troops" and (kind in ("transport", "plan") or SENDING.search(text))
    if not sending or destination is None:
        # One place: where it happened ("à Oussouriisk"), else the first place named that is
        # not the actor itself ("la Corée du Nord a…" names the actor, not where).
        own = {m.start for m in sentence.actors if m.actor == actor}
        place = destination or next(
            (p for p in places if p is not origin and p.start not in own), origin
        )
        origin = destination = None
    return Draft(
        start=sentence.start,
        end=sentence.end,
        quote=sentence.text,
        date_start=when.first if when else published,
        date_end=when.last if when else published,
        time_precision=when.precision if when else "day",
        layer=layer,
        kind=kind,
        actor=actor,
        counterpart=counterpart,
        place=place,
        origin=origin,
        destination=destination,
        troops=troops,
        status=status,
        claimed_by=claimed_by if status != "confirmed" else None,
        flags=flags,
    )
