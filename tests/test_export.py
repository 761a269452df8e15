"""Filters, GeoJSON and CSV exports (schema and round trip), and the CLIs' exit codes."""

import csv
import io
import itertools
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from geo.export import CSV_COLUMNS, to_csv_text, to_geojson
from geo.filtering import EventFilter, filter_events
from geo.model import EVENT_FIELDS, Event

REPO = Path(__file__).resolve().parent.parent
STORY_ID = "north-korean-troops-in-russia"


@pytest.fixture(scope="module")
def story(shipped_catalog):
    return shipped_catalog.story(STORY_ID)


# (filter, expected event count) against the shipped story
FILTER_CASES = [
    (EventFilter(), 19),
    (EventFilter(layers=frozenset({"troops"})), 4),
    (EventFilter(layers=frozenset({"diplomacy"})), 15),
    (EventFilter(actors=frozenset({"nato"})), 3),
    (EventFilter(actors=frozenset({"nato", "france"})), 4),
    (EventFilter(actors=frozenset()), 0),
    (EventFilter(statuses=frozenset({"claimed"})), 5),
    # a span overlapping the window counts: 8-13 Oct overlaps 13 Oct
    (EventFilter(start=date(2024, 10, 13), end=date(2024, 10, 13)), 1),
    (EventFilter(start=date(2024, 10, 21)), 9),
    (EventFilter(end=date(2024, 6, 30)), 1),
    (EventFilter(start=date(2024, 7, 1), end=date(2024, 10, 7)), 0),
    (
        EventFilter(
            start=date(2024, 10, 18),
            end=date(2024, 10, 18),
            actors=frozenset({"south-korea"}),
            layers=frozenset({"diplomacy"}),
        ),
        1,
    ),
]


@pytest.mark.parametrize(("event_filter", "count"), FILTER_CASES)
def test_filters(story, event_filter, count):
    kept = filter_events(story.events, event_filter)
    assert len(kept) == count
    assert all(event_filter.matches(event) for event in kept)
    spans = [(event.date_start, event.date_end) for event in kept]
    assert spans == sorted(spans), "date order"
    for earlier, later in itertools.pairwise(kept):
        if (earlier.date_start, earlier.date_end) == (later.date_start, later.date_end):
            assert story.events.index(earlier) < story.events.index(later), "ties: file order"


def test_geojson_follows_rfc_7946(story):
    collection = to_geojson(story, list(story.events))
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 19
    by_id = {feature["id"]: feature for feature in collection["features"]}
    seoul = by_id["seoul-summons-russian-ambassador"]["geometry"]
    assert seoul == {"type": "Point", "coordinates": [126.9784, 37.566]}  # [lon, lat]
    shipped = by_id["special-forces-shipped-to-ussuriysk"]["geometry"]
    assert shipped["type"] == "LineString"
    assert shipped["coordinates"] == [[127.4, 40.3], [131.95734, 43.80467]]  # origin first
    for feature in collection["features"]:
        assert set(feature["properties"]) == set(EVENT_FIELDS)
        for lon, lat in (
            [feature["geometry"]["coordinates"]]
            if feature["geometry"]["type"] == "Point"
            else feature["geometry"]["coordinates"]
        ):
            assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_geojson_round_trip(story):
    text = json.dumps(to_geojson(story, list(story.events)), ensure_ascii=False)
    features = json.loads(text)["features"]
    assert [Event.model_validate(f["properties"]) for f in features] == list(story.events)


def test_csv_has_every_field_and_coordinates_and_round_trips(story):
    rows = list(csv.DictReader(io.StringIO(to_csv_text(story, list(story.events)))))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert len(rows) == 19
    by_id = {row["id"]: row for row in rows}
    shipped = by_id["special-forces-shipped-to-ussuriysk"]
    assert (shipped["origin_lat"], shipped["destination_lon"], shipped["lat"]) == (
        "40.3",
        "131.95734",
        "",
    )
    assert by_id["seoul-summons-russian-ambassador"]["lat"] == "37.566"

    rebuilt = []
    for row in rows:
        values = {key: row[key] for key in EVENT_FIELDS if row[key] != "" or key == "source_url"}
        if "troops" in values:
            values["troops"] = int(values["troops"])
        rebuilt.append(Event.model_validate(values))
    assert rebuilt == list(story.events)


def test_csv_cells_that_look_like_formulas_are_defused(tmp_path, offline_curated_resolver):
    from geo.stories import load_catalog
    from tests.conftest import make_event, write_story

    formula = '=HYPERLINK("https://evil.example","click")'
    write_story(tmp_path, events=[make_event(summary=formula, quote="-1+2", source="@source")])
    story = load_catalog(tmp_path, resolver=offline_curated_resolver).stories["test-story"]
    row = next(csv.DictReader(io.StringIO(to_csv_text(story, list(story.events)))))
    assert (row["summary"], row["quote"], row["source"]) == ("'" + formula, "'-1+2", "'@source")


def test_csv_numbers_are_left_as_numbers(story):
    rows = list(csv.DictReader(io.StringIO(to_csv_text(story, list(story.events)))))
    pentagon = next(row for row in rows if row["id"] == "pentagon-cannot-confirm")
    assert pentagon["lon"] == "-77.05616"


def _run(module, *args, env=None):
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )


def test_export_cli_default_is_geojson_of_the_default_story():
    done = _run("geo.export")
    assert done.returncode == 0, done.stderr
    collection = json.loads(done.stdout)
    assert collection["story"]["id"] == STORY_ID
    assert len(collection["features"]) == 19


def test_export_cli_filters_and_csv():
    done = _run(
        "geo.export",
        "--format",
        "csv",
        "--start",
        "2024-10-21",
        "--end",
        "2024-10-21",
        "--actor",
        "south-korea",
        "united-kingdom",
        "--layer",
        "diplomacy",
    )
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert len(rows) == 5
    assert {row["actor"] for row in rows} == {"south-korea", "united-kingdom"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--start", "21/10/2024"], "not a date"),
        (["--start", "2024-10-22", "--end", "2024-10-01"], "before --start"),
        (["--story", "no-such-story"], "no story with id 'no-such-story'"),
        (["--actor", "atlantis"], "unknown actor atlantis"),
        (["--layer", "navy"], "invalid choice"),
        (["--format", "xml"], "invalid choice"),
    ],
)
def test_export_cli_bad_arguments_exit_2(args, message):
    done = _run("geo.export", *args)
    assert done.returncode == 2
    assert message in done.stderr
    assert done.stdout == ""


def test_export_cli_out_never_overwrites_without_force(tmp_path):
    out = tmp_path / "events.geojson"
    out.write_text("my own work", "utf-8")
    done = _run("geo.export", "--out", str(out))
    assert done.returncode == 2 and "already exists" in done.stderr
    assert out.read_text("utf-8") == "my own work"
    forced = _run("geo.export", "--out", str(out), "--force", "--layer", "troops")
    assert forced.returncode == 0
    assert len(json.loads(out.read_text("utf-8"))["features"]) == 4


def test_geocode_cli_exit_codes_and_json():
    done = _run("geo.geocode", "Oussouriisk", "Séoul")
    assert done.returncode == 0
    assert done.stdout.splitlines()[0].startswith(
        "Oussouriisk → Ussuriysk, RU (43.80467, 131.95734)"
    )
    as_json = _run("geo.geocode", "--json", "Kiev", "Xyzzyville of Nowhere")
    assert as_json.returncode == 1
    lines = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert lines[0] == {
        "query": "Kiev",
        "name": "Kyiv",
        "lat": 50.45466,
        "lon": 30.5238,
        "country": "UA",
        "source": "curated",
        "precision": "exact",
    }
    assert lines[1]["query"] == "Xyzzyville of Nowhere" and lines[1]["lat"] is None
    assert "unresolved: Xyzzyville of Nowhere" in as_json.stderr
