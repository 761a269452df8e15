"""Shared fixtures: story files built in code, a resolver, and the shipped data's catalog."""

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from geo.catalog import Catalog, load_actors, load_catalog
from geo.draft.ner import entity_finder
from geo.draft.pipeline import Drafter
from geo.gazetteer import Gazetteer
from geo.i18n import Words
from geo.paths import DATA_DIR, GAZETTEER_FILE
from geo.resolver import PlaceResolver, default_resolver

# The browser tests' fixtures, defined once here so that every module shares one browser.
from tests.browser_tabs import app_url, browser, require, tab, tileless_tab  # noqa: F401

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


@pytest.fixture(scope="session")
def drafter(resolver: PlaceResolver) -> Drafter:
    """The importer as the command builds it (spaCy's French model is loaded once)."""
    actors, problems = load_actors()
    assert problems == []
    return Drafter(resolver, actors, entities=entity_finder)


@pytest.fixture
def offline_curated_resolver(gazetteer: Gazetteer) -> PlaceResolver:
    """A resolver with the curated gazetteer only (fast, deterministic)."""
    return PlaceResolver(gazetteer=gazetteer, geonames=None)


@pytest.fixture(scope="session")
def shipped_catalog() -> Catalog:
    """The stories shipped in `data/stories/`, loaded as the app loads them."""
    return load_catalog(DATA_DIR / "stories", resolver=default_resolver())


# --- A small story for page, map and browser tests ---------------------------------------------
# Built here so that tests count what they put in, never the shipped story. It has what the map
# must handle: three events at one place (Seoul), a country-level origin (North Korea), a region
# destination (the front), a month-precision event, places not named in the source (actors'
# seats), every status, and a place named without an event (Vladivostok).
SAMPLE_STORY_ID = "sample-story"


def _sample(event_id: str, day: str, layer: str, kind: str, actor: str, **fields: Any) -> dict:
    event = {
        "id": event_id,
        "date_start": day,
        "date_end": day,
        "time_precision": "day",
        "layer": layer,
        "kind": kind,
        "actor": actor,
        "geo_precision": "exact",
        "status": "confirmed",
        "summary": f"Summary of {event_id}.",
        "quote": f"Citation de l’événement {event_id}.",
        "source": "Test Gazette",
        "source_date": "2024-10-22",
    }
    event.update(fields)
    return event


SAMPLE_EVENTS: list[dict[str, Any]] = [
    _sample(
        "treaty-signed",
        "2024-06-01",
        "diplomacy",
        "agreement",
        "russia",
        date_end="2024-06-30",
        time_precision="month",
        counterpart="north-korea",
        place="Pyongyang",
        place_text="Pyongyang",
    ),
    _sample(
        "troops-shipped",
        "2024-10-08",
        "troops",
        "transport",
        "north-korea",
        date_end="2024-10-13",
        counterpart="russia",
        origin="North Korea",
        origin_text="Corée du Nord",
        destination="Ussuriysk",
        destination_text="Oussouriisk",
        geo_precision="near",
        troops=1500,
        status="claimed",
        claimed_by="south-korea",
    ),
    _sample(
        "training-at-base",
        "2024-10-18",
        "troops",
        "training",
        "north-korea",
        place="Ussuriysk",
        place_text="Oussouriisk",
        geo_precision="near",
        status="claimed",
        claimed_by="south-korea",
    ),
    _sample(
        "decision-to-send",
        "2024-10-18",
        "troops",
        "plan",
        "north-korea",
        origin="North Korea",
        origin_text="Corée du Nord",
        destination="Russia-Ukraine front",
        geo_precision="region",
        troops=12000,
        status="claimed",
        claimed_by="south-korea",
    ),
    _sample(
        "intelligence-report",
        "2024-10-18",
        "diplomacy",
        "intelligence_report",
        "south-korea",
        place="Seoul",
        place_text="Séoul",
    ),
    _sample(
        "nato-cannot-confirm",
        "2024-10-18",
        "diplomacy",
        "statement",
        "nato",
        place="Brussels",
        geo_precision="near",
    ),
    _sample(
        "troops-seen-in-kursk",
        "2024-10-20",
        "troops",
        "deployment",
        "north-korea",
        place="Kursk",
        place_text="Koursk",
        status="denied",
        claimed_by="ukraine",
    ),
    _sample(
        "seoul-summons",
        "2024-10-21",
        "diplomacy",
        "summons",
        "south-korea",
        counterpart="russia",
        place="Seoul",
        place_text="Séoul",
    ),
    _sample(
        "london-with-seoul",
        "2024-10-21",
        "diplomacy",
        "statement",
        "united-kingdom",
        counterpart="south-korea",
        place="Seoul",
        place_text="Séoul",
        status="claimed",
        claimed_by="south-korea",
    ),
    _sample(
        "moscow-answers",
        "2024-10-21",
        "diplomacy",
        "response",
        "russia",
        place="Moscow",
        place_text="Moscou",
        status="unconfirmed",
    ),
    _sample(
        "france-worried",
        "2024-10-22",
        "diplomacy",
        "statement",
        "france",
        counterpart="north-korea",
        place="Paris",
        geo_precision="near",
        quote="Ce serait vraiment très préoccupant, a dit le ministère.",
    ),
]

SAMPLE_MENTIONS: list[dict[str, Any]] = [
    {"place": "Vladivostok", "place_text": "Vladivostok", "note": "Named to situate the base."}
]


def write_sample_story(folder: Path) -> Path:
    """Write the sample story into `folder`; returns the file."""
    return write_story(
        folder,
        "sample.yaml",
        events=copy.deepcopy(SAMPLE_EVENTS),
        id=SAMPLE_STORY_ID,
        title="Sample: North Korean troops in Russia",
        mentions=copy.deepcopy(SAMPLE_MENTIONS),
        caveats=["Sample caveat: the numbers are claims."],
    )


def sample_ids(**wanted: Any) -> list[str]:
    """Ids of the sample events whose fields equal `wanted` (e.g. actor="nato"), in file order."""
    return [
        event["id"]
        for event in SAMPLE_EVENTS
        if all(event.get(field) == value for field, value in wanted.items())
    ]


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A stories folder holding only the sample story."""
    folder = tmp_path_factory.mktemp("sample-stories")
    write_sample_story(folder)
    return folder


@pytest.fixture(scope="session")
def sample_catalog(sample_dir: Path) -> Catalog:
    """The sample story, loaded as the app loads it (curated gazetteer only: fast)."""
    resolver = PlaceResolver(gazetteer=Gazetteer.from_file(GAZETTEER_FILE), geonames=None)
    return load_catalog(sample_dir, resolver=resolver)


@pytest.fixture(scope="session")
def sample_story(sample_catalog: Catalog) -> Any:
    """The loaded sample story."""
    return sample_catalog.story(SAMPLE_STORY_ID)


@pytest.fixture(scope="session")
def english(sample_story: Any) -> Words:
    """The interface's words in English, naming the sample story's actors."""
    return Words("en", sample_story.actors)


@pytest.fixture(scope="session")
def french(sample_story: Any) -> Words:
    """The interface's words in French, naming the sample story's actors."""
    return Words("fr", sample_story.actors)
