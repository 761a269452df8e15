"""Landmarks named as metonyms in news ("le Kremlin", "the Pentagon"): `data/landmarks.yaml`.

Each landmark is a point, and stands for an actor (the Kremlin for Russia).
"""

from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from geo.errors import Problem
from geo.files import load_records
from geo.gazetteer import Latitude, Longitude, ResolvedPlace
from geo.names import name_key
from geo.paths import DATA_DIR

LANDMARKS_FILE = DATA_DIR / "landmarks.yaml"

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]


class Landmark(BaseModel):
    """One landmark: where it is, the city it is in, the actor it stands for."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Name
    name_fr: Name
    aliases: list[Name] = []
    lat: Latitude
    lon: Longitude
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    city: Name
    stands_for: Slug
    note: str = ""


# French and English articles that may precede a landmark's name ("le Kremlin", "the Pentagon").
_ARTICLES = ("le ", "la ", "l'", "l’", "les ", "the ")


class LandmarkIndex:
    """Landmarks by name, alias or French name, with or without an article."""

    def __init__(self, path: Path = LANDMARKS_FILE) -> None:
        self.problems: list[Problem] = []
        self._by_key: dict[str, Landmark] = {}
        self._lower: set[str] = set()  # names written in lower case ("siège de l'OTAN")
        self.lower_heads: frozenset[str] = frozenset()  # their first words ("siège")
        if not path.exists():
            return
        records, problems = load_records(path, "landmarks", Landmark, name_key="name")
        heads: set[str] = set()
        self.problems.extend(problems)
        for _, landmark in records:
            for spelling in (landmark.name, landmark.name_fr, *landmark.aliases):
                self._by_key.setdefault(name_key(bare := _without_article(spelling)), landmark)
                if bare[:1].islower():
                    self._lower.add(name_key(bare))
                    heads.add(bare.split()[0].casefold())
        self.lower_heads = frozenset(heads)

    def written_lower(self, name: str) -> Landmark | None:
        """The landmark whose name is `name` written in lower case ("palais de l'Élysée"; not
        "pentagone"), or None."""
        key = name_key(_without_article(name))
        return self._by_key[key] if key in self._lower else None

    def get(self, name: str) -> Landmark | None:
        """The landmark called `name`, or None."""
        return self._by_key.get(name_key(_without_article(name)))

    def lookup(self, name: str) -> ResolvedPlace | None:
        """The landmark called `name` as a resolved point, or None."""
        landmark = self.get(name)
        if landmark is None:
            return None
        return ResolvedPlace(
            query=name,
            name=landmark.name,
            lat=landmark.lat,
            lon=landmark.lon,
            country=landmark.country,
            source="curated",
            precision="exact",
            note=landmark.note or f"{landmark.name}, {landmark.city}.",
        )


def _without_article(name: str) -> str:
    lowered = name.casefold()
    for article in _ARTICLES:
        if lowered.startswith(article):
            return name[len(article) :]
    return name
