"""A draft event and what it is drafted from: a sentence with what was found in it, and what
the sentences before it tell it. The flags a reviewer sees are named here.
"""

from dataclasses import dataclass, field
from datetime import date

from geo.draft.actors import ActorMention
from geo.draft.dates import DateMention
from geo.draft.mentions import PlaceMention

FLAG_DATE_CARRIED = "date carried from an earlier sentence"
FLAG_DATE_NEXT = "date from the next sentence (the article's opening one gives none)"
FLAG_DATE_PUBLISHED = "the text gives no date: dated to the publication day"
FLAG_SEAT = "place is the actor's seat (the text names none)"
FLAG_ORIGIN_SEAT = "origin is the actor's country (the text names none)"
FLAG_ACTOR_CARRIED = "actor carried from the previous sentence"
FLAG_NUMBER_CLAIMED = "number from a claim"
FLAG_PLACE_CARRIED = 'place carried from the previous sentence ("y", "there")'
FLAG_NO_ORIGIN = "the movement has no origin"
FLAG_NO_PLACE = "no place named (troops are never put at their state's seat), or no seat"
FLAG_SITE = (
    "place is a site the gazetteers lack: shown at the town the text ties it to, or at its "
    "country's capital"
)
# Each flag's message key (flag.<key> in data/i18n): the review table shows flags in the
# reader's language; story files keep them in English.
FLAG_KEYS = {
    FLAG_DATE_CARRIED: "date_carried",
    FLAG_DATE_NEXT: "date_next",
    FLAG_DATE_PUBLISHED: "date_published",
    FLAG_SEAT: "seat",
    FLAG_ORIGIN_SEAT: "origin_seat",
    FLAG_ACTOR_CARRIED: "actor_carried",
    FLAG_NUMBER_CLAIMED: "number_claimed",
    FLAG_PLACE_CARRIED: "place_carried",
    FLAG_NO_ORIGIN: "no_origin",
    FLAG_NO_PLACE: "no_place",
    FLAG_SITE: "site",
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
    # The actors of the countries its regions and capitals are in ("les autorités de la région
    # de Soumy": Ukraine's), who act for a diplomatic act whose actor is not named (a town is
    # none: "Families in central Rafah were told…" is no act of Palestine's).
    place_actors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Before:
    """What the sentences before a sentence tell it: the publication day, the date carried,
    the actor of the last event in its paragraph, that of the last troop event, and the
    actor named last in its paragraph."""

    published: date
    carried: DateMention | None = None
    actor: str | None = None
    troops: str | None = None
    named: str | None = None
    # the actors named earlier in its paragraph, with their countries ("" for none)
    earlier: tuple[tuple[str, str], ...] = ()
    # the last town or site the previous sentence named ("y", "there" point back to it)
    there: PlaceMention | None = None
    # the state whose troops acted last ("the army" with no nationality is its army)
    army: str | None = None
    # the actors named since the paragraph before began, with their countries
    recent: tuple[tuple[str, str], ...] = ()
    # the actor named last is an armed group ("Les talibans… Ils sont entrés dans Kaboul")
    group: bool = False
