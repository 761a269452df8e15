"""Shared fixtures: story files built in code, a resolver, and the shipped data's catalog."""

import copy
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from geo.gazetteer import Gazetteer
from geo.paths import DATA_DIR, GAZETTEER_FILE
from geo.resolver import PlaceResolver, default_resolver
from geo.stories import Catalog, load_catalog


def require(condition: Any, message: str) -> None:
    """Skip when something `make test` installs is missing; with CI=true, fail instead."""
    if condition:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message} (CI=true: these tests must run)")
    pytest.skip(message)


STORY_META: dict[str, Any] = {
    "id": "test-story",
    "title": "A test story",
    "outlet": "Test Gazette",
    "published": "2024-10-22",
    "language": "fr",
}

SINGLE_PLACE_EVENT: dict[str, Any] = {
    "id": "summons-in-seoul",
    "date_start": "2024-10-21",
    "date_end": "2024-10-21",
    "time_precision": "day",
    "layer": "diplomacy",
    "kind": "summons",
    "actor": "south-korea",
    "counterpart": "russia",
    "place": "Seoul",
    "place_text": "Séoul",
    "geo_precision": "exact",
    "troops": None,
    "status": "confirmed",
    "summary": "South Korea summons the Russian ambassador.",
    "quote": "La Corée du Sud a convoqué lundi l’ambassadeur russe à Séoul",
    "source": "Test Gazette",
    "source_date": "2024-10-22",
}

MOVEMENT_EVENT: dict[str, Any] = {
    "id": "troops-to-ussuriysk",
    "date_start": "2024-10-08",
    "date_end": "2024-10-13",
    "time_precision": "day",
    "layer": "troops",
    "kind": "transport",
    "actor": "north-korea",
    "counterpart": "russia",
    "origin": "North Korea",
    "origin_text": "Corée du Nord",
    "destination": "Ussuriysk",
    "destination_text": "Oussouriisk",
    "geo_precision": "near",
    "troops": 1500,
    "status": "claimed",
    "claimed_by": "south-korea",
    "summary": "Special forces shipped to Russia.",
    "quote": "a transporté ses forces spéciales en Russie",
    "source": "Test Gazette",
    "source_date": "2024-10-22",
}


def make_event(base: dict[str, Any] | None = None, **changes: Any) -> dict[str, Any]:
    """A valid event dict (single-place by default) with `changes` applied; None deletes a key
    only when passed as the sentinel `DELETE`."""
    event = copy.deepcopy(base if base is not None else SINGLE_PLACE_EVENT)
    for key, value in changes.items():
        if value is DELETE:
            event.pop(key, None)
        else:
            event[key] = value
    return event


DELETE = object()


def write_story(folder: Path, name: str = "story.yaml", *, events: list[Any], **meta: Any) -> Path:
    """Write a story file built from `STORY_META` + `meta` and `events`; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    document = {**STORY_META, **meta, "events": events}
    path = folder / name
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "utf-8")
    return path


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The shipped curated gazetteer."""
    return Gazetteer.from_file(GAZETTEER_FILE)


@pytest.fixture(scope="session")
def resolver() -> PlaceResolver:
    """The project's resolver (GeoNames built on first miss, shared by the session)."""
    return default_resolver()


@pytest.fixture
def offline_curated_resolver(gazetteer: Gazetteer) -> PlaceResolver:
    """A resolver with the curated gazetteer only (fast, deterministic)."""
    return PlaceResolver(gazetteer=gazetteer, geonames=None)


@pytest.fixture(scope="session")
def shipped_catalog() -> Catalog:
    """The stories shipped in `data/stories/`, loaded as the app loads them."""
    return load_catalog(DATA_DIR / "stories", resolver=default_resolver())
