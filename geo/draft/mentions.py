"""What the place finder returns: a named entity from NER and a place named in the text."""

from dataclasses import dataclass

from geo.gazetteer import ResolvedPlace

LONGEST_PLACE_NAME = 6  # words


@dataclass(frozen=True)
class Entity:
    """A named entity found by NER: offsets and label (PER, ORG, LOC, MISC)."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text: `text` is verbatim (the story's `place_text`), `name` the
    name to write as the event's place (it resolves back to `place`)."""

    start: int
    end: int
    text: str
    place: ResolvedPlace
    kind: str  # city, country, region, sea, landmark, area, site (an airport, a local site)
    stands_for: str | None = None  # landmarks: the actor they stand for
    written: str | None = None  # the name to write when it is not the place's name
    approximate: bool = False  # a site shown at its town (`geo.draft.local_sites`)

    @property
    def name(self) -> str:
        """The name to write in a story file (it resolves back to the place)."""
        return self.written or self.place.name
