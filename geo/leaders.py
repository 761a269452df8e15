"""The people who speak for states in 2022-2025 news (`data/leaders.yaml`): heads of state and
government of every state, foreign and defence ministers of the larger ones. The article
importer finds a state by them ("Modi said…", "Sergueï Lavrov a déclaré…") as by its names.
"""

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from geo.errors import Problem
from geo.files import load_records
from geo.model import Actor
from geo.names import name_key
from geo.paths import DATA_DIR, display_path

LEADERS_FILE = DATA_DIR / "leaders.yaml"

PersonName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=100)]
Role = Literal["head of state", "head of government", "foreign minister", "defence minister"]


class Leader(BaseModel):
    """One person of `data/leaders.yaml`: the state they speak for, their roles, other names."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    name: PersonName
    roles: list[Role] = Field(min_length=1)
    aliases: list[PersonName] = []


def load_leaders(path: Path = LEADERS_FILE) -> tuple[list[Leader], list[Problem]]:
    """The valid people of a leaders file, and a Problem for each bad entry (left out)."""
    records, problems = load_records(path, "leaders", Leader, name_key="name", entry="person")
    return [leader for _, leader in records], problems


@cache
def shipped_leaders() -> tuple[Leader, ...]:
    """The people of `data/leaders.yaml`, read once (its problems are the tests' business)."""
    return tuple(load_leaders()[0])


def with_leaders(
    actors: Mapping[str, Actor], leaders: tuple[Leader, ...] | list[Leader]
) -> tuple[dict[str, Actor], list[Problem]]:
    """`actors` with each person's names among the aliases of the actor of their country (the
    first actor of that country: the shared list's entry replaces a country's). A name that
    already stands for another actor, or a person of a country no actor has, is left out
    with a Problem."""
    by_country: dict[str, str] = {}
    owner: dict[str, str] = {}
    for actor in actors.values():
        if actor.country:
            by_country.setdefault(actor.country, actor.id)
        for spelling in (actor.name_en, actor.name_fr, *actor.aliases):
            owner.setdefault(name_key(spelling), actor.id)
    added: dict[str, list[str]] = {}
    problems: list[Problem] = []
    label = display_path(LEADERS_FILE)
    for leader in leaders:
        actor_id = by_country.get(leader.country)
        if actor_id is None:
            problems.append(
                Problem(
                    label,
                    "no actor has this country",
                    leader.name,
                    "country",
                    leader.country,
                    "person",
                )
            )
            continue
        for spelling in (leader.name, *leader.aliases):
            key = name_key(spelling)
            if owner.setdefault(key, actor_id) != actor_id:
                message = f"already a name of {owner[key]}"
                problems.append(Problem(label, message, leader.name, "aliases", spelling, "person"))
                continue
            added.setdefault(actor_id, []).append(spelling)
    merged = dict(actors)
    for actor_id, spellings in added.items():
        actor = merged[actor_id]
        aliases = list(dict.fromkeys([*actor.aliases, *spellings]))
        merged[actor_id] = actor.model_copy(update={"aliases": aliases})
    return merged, problems
