"""The story model: actors, story metadata and events, validated field by field with pydantic.

Rules that involve several fields (dates in order, a place or a movement, ...) are checked by
`event_rule_problems`, which names the field each rule is about; rules that need other data
(known actors, resolvable places) are checked by the story loader.
"""

import calendar
import re
from dataclasses import fields
from datetime import date, datetime
from functools import lru_cache
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictInt,
    StringConstraints,
    TypeAdapter,
)
from pydantic.dataclasses import dataclass

from geo import vocabulary
from geo.vocabulary import Vocabulary


def _in_vocabulary(table: Vocabulary) -> AfterValidator:
    """A validator accepting the ids of `table` as they are when a value is checked (so a row
    added to a vocabulary is accepted at once)."""
    return AfterValidator(table.check)


Layer = Annotated[str, _in_vocabulary(vocabulary.LAYERS)]
Kind = Annotated[str, _in_vocabulary(vocabulary.KINDS)]
Status = Annotated[str, _in_vocabulary(vocabulary.STATUSES)]
GeoPrecision = Annotated[str, _in_vocabulary(vocabulary.GEO_PRECISIONS)]
TimePrecision = Annotated[str, _in_vocabulary(vocabulary.TIME_PRECISIONS)]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MAX_TEXT = 50_000


def _iso_date(value: Any) -> date:
    """Accept a YAML date or a 'YYYY-MM-DD' string; refuse numbers and date-times."""
    if isinstance(value, str):
        return _iso_text(value)
    if isinstance(value, datetime):
        raise ValueError("expected a date YYYY-MM-DD, not a date and time")
    if isinstance(value, date):
        return value
    raise ValueError("expected a date YYYY-MM-DD")


@lru_cache(maxsize=4096)  # a big story names the same few hundred days again and again
def _iso_text(text: str) -> date:
    day = text.strip()
    if _ISO_DATE.fullmatch(day):
        try:
            return date.fromisoformat(day)
        except ValueError as error:
            raise ValueError(f"not a real date: {error}") from None
    raise ValueError("expected a date YYYY-MM-DD")


def _web_url(value: Any) -> str:
    """Accept '' or an absolute http(s) URL; anything else (javascript:, relative) is refused."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError("expected a URL string")
    url = value.strip()
    if url:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError("expected an http:// or https:// URL, or nothing")
    return url


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
WebUrl = Annotated[str, BeforeValidator(_web_url)]
Slug = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", min_length=1, max_length=100)
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=_MAX_TEXT)]
PlaceName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
PropertyName = Annotated[str, StringConstraints(min_length=1, max_length=100)]
PropertyText = Annotated[str, StringConstraints(max_length=_MAX_TEXT)]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Actor(_Record):
    """Someone who acts in stories, with display names and the colour used on every page."""

    id: Slug
    name_en: Text
    name_fr: Text
    color: Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None
    # Other names in any language, matched ignoring case and accents when drafting a story
    # from an article: demonyms, capitals and institutions used as metonyms, people.
    aliases: list[Annotated[str, StringConstraints(min_length=1, max_length=100)]] = []
    # Where the actor acts from when a text does not say (a place name); a country's default is
    # its capital.
    seat: Annotated[str, StringConstraints(min_length=1, max_length=200)] | None = None
    # An armed group (the Taliban, Hamas): its name alone makes a troop act of a sentence ("Les
    # talibans sont entrés dans Kaboul"), where a state's needs a word of its forces.
    armed: bool = False


class StoryMeta(_Record):
    """What a story is and where it comes from."""

    id: Slug
    title: Text
    outlet: Text
    published: IsoDate
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
    url: WebUrl = ""
    summary: str = Field(default="", max_length=_MAX_TEXT)
    caveats: list[Text] = []
    # Actors this story names that the shared list lacks (every country is already an actor).
    actors: list[Actor] = []
    # A data file in the same folder (an ACLED export) drawn under the story's events.
    context: Annotated[str, StringConstraints(pattern=r"^[^/\\]+\.csv$", max_length=200)] | None = (
        None
    )


class StoryPlace(_Record):
    """A place a story file gives with its coordinates (an ACLED row's): it needs no geocoding,
    and a story's place of that name is this one, whatever the gazetteers say."""

    name: PlaceName
    lat: Annotated[float, Field(ge=-90, le=90)]
    lon: Annotated[float, Field(ge=-180, le=180)]
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None


class Mention(_Record):
    """A place the source names where no event of the story happens ("près de Vladivostok")."""

    place: PlaceName
    place_text: PlaceName
    note: str = Field(default="", max_length=_MAX_TEXT)


@dataclass(frozen=True, slots=True, kw_only=True, config=ConfigDict(extra="forbid"))
class Event:
    """One dated action of a story, at a place or from an origin to a destination.

    Field names and values are a public contract: the export and share links use them. A
    slotted dataclass, not a model: a story may hold 100,000 of them, at a fifth of a model's
    memory (no instance dictionary, no record of the fields set). `validate_event` makes one.
    """

    id: Slug
    date_start: IsoDate
    date_end: IsoDate
    time_precision: TimePrecision
    layer: Layer
    kind: Kind
    actor: Slug
    counterpart: Slug | None = None
    place: PlaceName | None = None
    place_text: PlaceName | None = None
    origin: PlaceName | None = None
    origin_text: PlaceName | None = None
    destination: PlaceName | None = None
    destination_text: PlaceName | None = None
    geo_precision: GeoPrecision
    troops: Annotated[StrictInt, Field(ge=0, le=10_000_000)] | None = None
    status: Status
    claimed_by: Slug | None = None
    summary: Text
    quote: Text
    source: Text
    source_date: IsoDate
    source_url: WebUrl = ""
    # What a data file says of the event beyond these fields (ACLED's fatalities, event and
    # sub-event types, regions...), by column name, as written.
    properties: dict[PropertyName, PropertyText] = Field(default_factory=dict, max_length=100)

    @property
    def is_movement(self) -> bool:
        """True for an origin → destination event, False for a single-place event."""
        return self.origin is not None

    @property
    def place_names(self) -> tuple[str, ...]:
        """The place names this event uses: (place,) or (origin, destination)."""
        names = (self.origin, self.destination) if self.is_movement else (self.place,)
        return tuple(name for name in names if name is not None)

    def place_field_names(self) -> list[tuple[str, str]]:
        """(field, place name) for each place the event names: place, origin, destination."""
        fields = ("place", "origin", "destination")
        return [(field, name) for field in fields if (name := getattr(self, field)) is not None]


EVENT_FIELDS: tuple[str, ...] = tuple(field.name for field in fields(Event))
_EVENT = TypeAdapter(Event)


def validate_event(raw: Any) -> Event:
    """An event from its fields (a mapping), validated; raises pydantic's ValidationError."""
    return _EVENT.validate_python(raw)


def event_values(event: Event) -> dict[str, Any]:
    """An event's fields as JSON values (days as ISO text), every field named."""
    values: dict[str, Any] = _EVENT.dump_python(event, mode="json")
    return values


def spans_whole_units(precision: str, start: date, end: date) -> bool:
    """Whether [start, end] covers whole months (or years) as its time precision says."""
    if precision == "month":
        return start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    if precision == "year":
        return (start.month, start.day) == (1, 1) and (end.month, end.day) == (12, 31)
    return True


Rule = tuple[str, Any, str, dict[str, Any]]  # (field, bad value, message key, its values)


def event_rule_problems(event: Event) -> list[Rule]:
    """Cross-field rule violations of one event, as (field, bad value, message key of
    data/i18n under `problem.`, the message's values)."""
    problems: list[Rule] = []
    start, end = event.date_start.isoformat(), event.date_end.isoformat()
    if event.date_end < event.date_start:
        problems.append(("date_end", end, "problem.ends_before", {"start": start}))
    elif not spans_whole_units(event.time_precision, event.date_start, event.date_end):
        key = f"problem.whole_{event.time_precision}s"
        problems.append(("time_precision", event.time_precision, key, {"start": start, "end": end}))

    has_place = event.place is not None
    has_origin = event.origin is not None
    has_destination = event.destination is not None
    if has_place and (has_origin or has_destination):
        problems.append(("place", event.place, "problem.place_and_movement", {}))
    elif not has_place and not (has_origin or has_destination):
        problems.append(("place", None, "problem.no_place", {}))
    elif has_origin != has_destination:
        missing = "destination" if has_origin else "origin"
        problems.append((missing, None, "problem.half_movement", {}))
    for name_field in ("place", "origin", "destination"):
        text_field = f"{name_field}_text"
        if getattr(event, text_field) is not None and getattr(event, name_field) is None:
            value = getattr(event, text_field)
            problems.append((text_field, value, "problem.text_without_name", {"name": name_field}))
    if event.layer == "diplomacy" and (has_origin or has_destination):
        problems.append(("layer", event.layer, "problem.diplomacy_movement", {}))
    if event.claimed_by is not None and event.status == "confirmed":
        problems.append(("claimed_by", event.claimed_by, "problem.confirmed_claimant", {}))
    if event.counterpart is not None and event.counterpart == event.actor:
        problems.append(("counterpart", event.counterpart, "problem.counterpart_is_actor", {}))
    return problems
