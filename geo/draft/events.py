"""Draft events from one sentence: what happened, who did it, where, when, how sure, how many.

A sentence becomes an event only when it has an event's words (`geo.draft.kinds`) and names an
actor (or follows a sentence that did). Everything a draft says comes from the sentence or is
flagged for the reviewer: a date carried from an earlier sentence, a place that is the actor's
seat, a number from a claim.
"""

import re

from geo.draft.agents import (
    IN_A_CAPITAL,
    PRONOUN,
    actor_for,
    armed,
    attribution_spans,
    group_acts,
    inside,
    inverted,
    named_speaker,
    referred_to,
    speakers_of,
    subject_after_scene,
    titled,
)
from geo.draft.asides import aside_spans
from geo.draft.claim_words import ATTRIBUTION, DENIED, UNCONFIRMED
from geo.draft.clauses import army_unnamed, denied, state_aside
from geo.draft.drafts import (
    FLAG_ACTOR_CARRIED,
    FLAG_DATE_CARRIED,
    FLAG_DATE_PUBLISHED,
    FLAG_NUMBER_CLAIMED,
    FLAG_PLACE_CARRIED,
    Before,
    Draft,
    Sentence,
)
from geo.draft.kinds import classify, reported
from geo.draft.lexicon import DOCUMENT_SAYS, MILITARY, QUOTE_OPENERS, SENDING, plain
from geo.draft.numbers import troop_numbers
from geo.draft.several import THERE, both_sides, joint_acts, split
from geo.draft.sides import striker
from geo.draft.tenses import PAST_AUXILIARY
from geo.draft.when import (
    act_dates,
    event_date,
    in_present,
    long_ago,
    ongoing,
    planned_now,
    told_as_planned,
)
from geo.draft.where import (
    background,
    before_the_cause,
    elsewhere,
    ends,
    in_quoted_words,
    of_a_person,
    of_history,
    place_struck,
    said_from,
    spoken_of,
)


def _status(text: str, layer: str, claimant: str | None) -> str:
    words = plain(text)
    if layer == "troops" and DENIED.search(words):
        return "denied"
    if layer == "troops" and UNCONFIRMED.search(words):
        return "unconfirmed"
    if layer == "troops" and (claimant is not None or ATTRIBUTION.search(words)):
        return "claimed"
    return "confirmed"


_THAT = re.compile(r"\b(?:that|que|qu')", re.IGNORECASE)


def draft_from(sentence: Sentence, before: Before) -> list[Draft]:
    """The draft events of a sentence (none, one, or a statement and the troop event it
    reports)."""
    kinds = classify(sentence.text, group_acts(sentence, before))
    drafts = []
    if kinds.diplomacy is not None:
        drafts.append(("diplomacy", *kinds.diplomacy))
    if kinds.also is not None:
        drafts.append(("diplomacy", *kinds.also))
    if kinds.troops is not None:
        drafts.append(("troops", *kinds.troops))
    speaker = None
    if kinds.speech is not None:  # the reporting words' subject: the actor named before them
        asides = aside_spans(sentence.text)  # "X, coalition … du Mali, a affirmé": X
        named = [
            m
            for m in sentence.actors
            if m.end - sentence.start <= kinds.speech
            and not inside(m.start - sentence.start, asides)
        ]
        speaker = named[-1].actor if named else None
    found: list[Draft] = []
    for layer, kind, trigger in drafts:
        draft = _draft(sentence, layer, kind, trigger, before, speaker, kinds.speech)
        said = reported(sentence.text, kinds.speech)
        if draft and layer == "troops" and draft.actor == speaker and said is not None:
            # "L'AIEA a fait état de frappes…": not the reporter's strikes; its report is the act
            draft = _draft(sentence, "diplomacy", "statement", said, before, None, None)
        if draft is not None and not any(
            (d.layer, d.kind, d.actor) == (layer, kind, draft.actor) for d in found
        ):  # (a second clause of the same actor's act is that act)
            found.extend(split(sentence, draft) if layer == "troops" else [draft])
            if layer == "diplomacy":
                found.extend(
                    joint_acts(sentence, draft, trigger)
                    or both_sides(sentence, draft, trigger, before.earlier)
                )
    return found


def _draft(
    sentence: Sentence,
    layer: str,
    kind: str,
    trigger: int,
    before: Before,
    speaker: str | None,
    speech: int | None,
) -> Draft | None:
    """One event of a sentence. `speaker` is who made the statement reporting it, if any, and
    `speech` where its words are (a statement in the present dates the event it reports)."""
    window = attribution_spans(sentence.text)
    offset = sentence.start
    sentence = before_the_cause(sentence, trigger)  # ("…, in retaliation for an attack in…")
    claimants = [m.actor for m in sentence.actors if inside(m.start - offset, window)]
    flags: list[str] = []
    # Places quoted ("« … en Ukraine », a-t-il ajouté") tell nothing of who speaks.
    quoted = sentence.text.lstrip()[:1] in QUOTE_OPENERS
    chosen = actor_for(sentence.text, offset, sentence.actors, trigger, layer)
    actor = chosen.actor if chosen else None
    named = chosen is not None and armed(sentence.text, offset, chosen)
    if (
        layer == "diplomacy"
        and chosen is not None
        and chosen.start - offset > trigger
        and not inverted(sentence.text, offset, chosen, trigger)
        and not subject_after_scene(sentence.text, offset, chosen, trigger)
        and not quoted  # "« … », a déclaré X": X
    ):  # "The spokesman said the move… Taiwan's…": not Taiwan, but who spoke before
        actor = before.actor
        if actor is not None:
            flags.append(FLAG_ACTOR_CARRIED)
    opened_in = IN_A_CAPITAL.match(sentence.text) and sentence.place_actors
    if layer == "diplomacy" and opened_in and chosen and chosen.start - offset > trigger:
        actor = opened_in[0]  # "In Tehran, the spokesman welcomed the end of Israel's…": Iran
    pronoun = PRONOUN.search(plain(sentence.text[:trigger]))
    if pronoun and layer == "diplomacy" and (before.actor or before.named) not in (None, actor):
        actor = before.actor or before.named  # "Mercredi, à Doha, il a appelé le Hamas…"
        flags.append(FLAG_ACTOR_CARRIED)
    elif pronoun and layer == "troops" and (chosen is None or chosen.start - offset > trigger):
        actor = before.named or actor  # "it launched 127 missiles at Ukrainian regions"
        flags += [FLAG_ACTOR_CARRIED] if before.named else []
    if layer == "troops" and not named and (referred := referred_to(sentence.text, before)):
        actor = referred  # "Ces soldats ont été transportés…", "Le mouvement affirme…"
        flags.append(FLAG_ACTOR_CARRIED)
    stands_for = [p.stands_for for p in sentence.places if p.stands_for and not quoted]
    if actor is None and stands_for:
        actor = stands_for[0]
    if actor is None and layer == "diplomacy" and sentence.place_actors and not quoted:
        actor = sentence.place_actors[0]
    # "Sébastopol a été frappée…": by the troops named before, else by the actor
    side = before.army if army_unnamed(sentence.text[:trigger]) else before.troops
    carried = (side if layer == "troops" else None) or before.actor
    if actor is None and carried and not named_speaker(sentence.text, trigger, layer):
        actor = carried
        flags.append(FLAG_ACTOR_CARRIED)
    if actor is None and chosen is not None:
        actor = chosen.actor
    if FLAG_ACTOR_CARRIED in flags and layer == "troops" and not named:
        struck, actor = actor, striker(sentence, before, actor)
        if struck not in (None, actor):  # the struck side tells of it ("the governor said")
            claimants.append(struck)
    opening = sentence.text[:trigger]
    if (
        actor is None
        and layer == "diplomacy"
        and before.named
        and (titled(opening) or PRONOUN.search(plain(opening)))
    ):  # "Le général Kenneth Ekman… a estimé", "Il a indiqué…": of the one named before
        actor = before.named
        flags.append(FLAG_ACTOR_CARRIED)
    if actor is None:
        return None
    if speaker is not None and speaker != actor:
        claimants.insert(0, speaker)
    claimants.extend(speakers_of(sentence.text, offset, sentence.actors))
    claimed_by = next((claimant for claimant in claimants if claimant != actor), None)
    if claimed_by is None and layer == "troops" and speaker == actor:
        claimed_by = actor  # "L'armée russe dit y avoir dépêché des renforts": its own word
    status = _status(sentence.text, layer, claimed_by)
    if status == "claimed" and claimed_by is None:
        claimed_by = actor  # "Poland will deploy…, the minister said": on its own word
    text = plain(sentence.text)
    numbers = troop_numbers(sentence.text) if layer == "troops" else []
    troops = numbers[0].value if numbers else None
    if troops is not None and status == "claimed":
        flags.append(FLAG_NUMBER_CLAIMED)
    state = in_present(sentence.text, trigger, layer)  # "sont stationnés", not "dit avoir…"
    # "Séoul estime que 1 500 soldats sont…" speaks of today; "dit y avoir dépêché…", of before.
    reported_now = speech is not None and in_present(sentence.text, speech, "diplomacy")
    present = (
        state
        or (layer == "troops" and ongoing(sentence.text))
        or told_as_planned(sentence.text, sentence.dates, before.published)
        or (kind == "plan" and planned_now(sentence.text, trigger))
        or (reported_now and not PAST_AUXILIARY.search(text[max(0, trigger - 40) : trigger]))
    )
    if (
        long_ago(sentence.dates, before.published)
        or denied(text, trigger)
        or (DOCUMENT_SAYS.search(text) and not sentence.dates)
        or (state and layer == "troops" and troops is None and not sentence.dates)
        or (
            layer == "troops"
            and not (MILITARY.search(text) or group_acts(sentence, before))
            and not place_struck(sentence.text, sentence.start, sentence.places)
        )
    ):  # history, what did not happen, a document's terms, an undated troop state, a person
        return None  # struck ("Le ministre a été visé par une enquête")
    # "a affirmé jeudi avoir touché la base … dans la nuit de mercredi à jeudi": the act's date
    told = layer == "troops" and speech is not None and speech < trigger
    if layer == "troops":  # (the dates of a troop act: `act_dates`)
        sentence, dates = act_dates(sentence, trigger, told, before.published)
    else:
        dates = []
    # "La France, qui compte 400 militaires au Gabon, … a déclaré hier": a state set aside
    # between commas is today's, whatever day the main clause's act took, and there
    asides = state_aside(sentence.text, trigger) if state and layer == "troops" else []
    said = [m for m in sentence.dates if inside(m.start - offset, asides)] if asides else None
    when, flag = event_date(
        sentence.text,
        sentence.start,
        said if said is not None else [*dates, *sentence.dates] if dates else sentence.dates,
        before.carried,
        published=before.published,
        present=present,
        layer=layer,
        trigger=trigger,
    )
    if flag == "carried":
        flags.append(FLAG_DATE_CARRIED)
    elif flag == "published":
        flags.append(FLAG_DATE_PUBLISHED)
    old = [
        (m.start - offset, m.end - offset)
        for m in sentence.dates
        if long_ago([m], before.published)
    ]
    places = [
        p
        for p in sentence.places
        if (p.kind != "landmark" or layer == "diplomacy")
        and (inside(p.start - offset, asides) or not background(sentence.text, p.start - offset))
        and not of_history(sentence.text, p.start - offset, old)
    ]
    places = [p for p in places if inside(p.start - offset, asides)] if asides else places
    if layer == "troops":  # "…heading north, according to the Pentagon": who says, not where
        places = [p for p in places if not said_from(sentence.text, p.start - offset)]
    if told and speech is not None:  # "The NIS told lawmakers in Seoul that … in Kursk": Kursk
        opener = _THAT.search(plain(sentence.text), speech)
        cut = opener.start() if opener else speech
        places = [p for p in places if p.start - offset > cut] or places
    if layer == "diplomacy":  # "Peskov said that Helsinki had chosen…": what is spoken of
        places = [
            p
            for p in places
            if not spoken_of(sentence.text, trigger, p.start - offset)
            and not elsewhere(sentence.text, trigger, p.start - offset)
            and not of_a_person(sentence.text, p.end - offset)
            and not in_quoted_words(sentence.text, trigger, p.start - offset)
        ]
    if layer == "troops" and not places and before.there and THERE.search(text):
        places = [before.there]  # "Quelque 500 soldats y seraient stationnés"
        flags.append(FLAG_PLACE_CARRIED)
    origin, destination = ends(sentence.text, sentence.start, places, first=layer == "diplomacy")
    place = None
    sending = layer == "troops" and (kind in ("transport", "plan") or SENDING.search(text))
    if not sending or destination is None:
        # One place: where it happened ("à Oussouriisk"), else the first place named that is
        # not the actor's country ("la Corée du Nord a…" names the actor, not where), else its
        # capital named for it ("Moscow denied…": the place is in the text).
        own = {m.start for m in sentence.actors if m.actor == actor}
        # ("le point de passage de Rafah" is where it happened when nothing moves)
        candidates = [p for p in places if p is not origin or not sending]
        # "Warsaw blames Minsk…": a capital named for its government, as the act's subject
        subject = chosen if layer == "diplomacy" and chosen and chosen.actor == actor else None
        place = (
            destination
            or next(
                (
                    p
                    for p in candidates
                    if subject and p.start == subject.start and p.kind != "country"
                ),
                None,
            )
            or next((p for p in candidates if p.start not in own), None)
            or next(
                (p for p in candidates if layer == "diplomacy" and p.place.precision != "country"),
                origin,
            )
        )
        origin = destination = None
    # The other party: an actor named in the sentence, not as where it happened ("from Chad").
    where = [(m.start, m.end) for m in (place, origin, destination) if m is not None]
    others = [
        m.actor
        for m in sentence.actors
        if m.actor not in (actor, claimed_by)
        and not any(start < m.end and m.start < end for start, end in where)
    ]
    counterpart = others[0] if others else None
    return Draft(
        start=sentence.start,
        end=sentence.end,
        quote=sentence.text,
        date_start=when.first if when else before.published,
        date_end=when.last if when else before.published,
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
