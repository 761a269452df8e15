"""Filters, GeoJSON and CSV exports (schema and round trip), and the CLIs' exit codes."""

import csv
import io
import itertools
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from geo.catalog import load_catalog
from geo.export import CSV_COLUMNS, to_csv_text, to_geojson, write_new_file
from geo.filtering import EventFilter, filter_events, left_out
from geo.model import EVENT_FIELDS, validate_event
from tests.conftest import (
    SAMPLE_EVENTS,
    SAMPLE_STORY_ID,
    make_event,
    sample_ids,
    write_sample_story,
    write_story,
)

REPO = Path(__file__).resolve().parent.parent


def _spans(first: str, last: str) -> Callable[[dict], bool]:
    """Whether a sample event's span overlaps [first, last] (ISO days compare as text)."""
    return lambda event: event["date_start"] <= last and event["date_end"] >= first


# (filter, which sample events it keeps, written independently of geo.filtering)
FILTER_CASES = [
    (EventFilter(), lambda e: True),
    (EventFilter(layers=frozenset({"troops"})), lambda e: e["layer"] == "troops"),
    (EventFilter(layers=frozenset({"diplomacy"})), lambda e: e["layer"] == "diplomacy"),
    (EventFilter(actors=frozenset({"nato"})), lambda e: e["actor"] == "nato"),
    (EventFilter(actors=frozenset({"nato", "france"})), lambda e: e["actor"] in ("nato", "france")),
    (EventFilter(actors=frozenset()), lambda e: False),
    (EventFilter(statuses=frozenset({"claimed"})), lambda e: e["status"] == "claimed"),
    # a span overlapping the window counts: 8-13 Oct overlaps 13 Oct
    (
        EventFilter(start=date(2024, 10, 13), end=date(2024, 10, 13)),
        _spans("2024-10-13", "2024-10-13"),
    ),
    (EventFilter(start=date(2024, 10, 21)), _spans("2024-10-21", "9999-12-31")),
    (EventFilter(end=date(2024, 6, 30)), _spans("0001-01-01", "2024-06-30")),
    (
        EventFilter(start=date(2024, 7, 1), end=date(2024, 10, 7)),
        _spans("2024-07-01", "2024-10-07"),
    ),
    (
        EventFilter(
            start=date(2024, 10, 18),
            end=date(2024, 10, 18),
            actors=frozenset({"south-korea"}),
            layers=frozenset({"diplomacy"}),
        ),
        lambda e: (
            _spans("2024-10-18", "2024-10-18")(e)
            and e["actor"] == "south-korea"
            and e["layer"] == "diplomacy"
        ),
    ),
]


def test_filter_cases_are_not_trivial():
    counts = [sum(map(keep, SAMPLE_EVENTS)) for _, keep in FILTER_CASES]
    assert len(set(counts)) >= 5 and 0 in counts and len(SAMPLE_EVENTS) in counts


@pytest.mark.parametrize(("event_filter", "keep"), FILTER_CASES)
def test_filters(sample_story, event_filter, keep):
    story = sample_story
    kept = filter_events(story, event_filter)
    assert sorted(e.id for e in kept) == sorted(e["id"] for e in SAMPLE_EVENTS if keep(e))
    assert not any(left_out(story, event_filter, event.id) for event in kept)
    spans = [(event.date_start, event.date_end) for event in kept]
    assert spans == sorted(spans), "date order"
    for earlier, later in itertools.pairwise(kept):
        if (earlier.date_start, earlier.date_end) == (later.date_start, later.date_end):
            assert story.events.index(earlier) < story.events.index(later), "ties: file order"


def test_geojson_follows_rfc_7946(sample_story):
    story = sample_story
    collection = to_geojson(story, list(story.events))
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == len(SAMPLE_EVENTS)
    by_id = {feature["id"]: feature for feature in collection["features"]}
    seoul = by_id["seoul-summons"]["geometry"]
    assert seoul == {"type": "Point", "coordinates": [126.9784, 37.566]}  # [lon, lat]
    shipped = by_id["troops-shipped"]["geometry"]
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


def test_geojson_round_trip(sample_story):
    story = sample_story
    text = json.dumps(to_geojson(story, list(story.events)), ensure_ascii=False)
    features = json.loads(text)["features"]
    assert [validate_event(f["properties"]) for f in features] == list(story.events)


def test_csv_has_every_field_and_coordinates_and_round_trips(sample_story):
    story = sample_story
    rows = list(csv.DictReader(io.StringIO(to_csv_text(story, list(story.events)))))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert len(rows) == len(SAMPLE_EVENTS)
    by_id = {row["id"]: row for row in rows}
    shipped = by_id["troops-shipped"]
    assert (shipped["origin_lat"], shipped["destination_lon"], shipped["lat"]) == (
        "40.3",
        "131.95734",
        "",
    )
    assert by_id["seoul-summons"]["lat"] == "37.566"

    rebuilt = []
    for row in rows:
        values = {key: row[key] for key in EVENT_FIELDS if row[key] != "" or key == "source_url"}
        if "troops" in values:
            values["troops"] = int(values["troops"])
        if "properties" in values:
            values["properties"] = json.loads(values["properties"])
        rebuilt.append(validate_event(values))
    assert rebuilt == list(story.events)


def test_csv_cells_that_look_like_formulas_are_defused(tmp_path, offline_curated_resolver):
    formula = '=HYPERLINK("https://evil.example","click")'
    write_story(tmp_path, events=[make_event(summary=formula, quote="-1+2", source="@source")])
    story = load_catalog(tmp_path, resolver=offline_curated_resolver).stories["test-story"]
    row = next(csv.DictReader(io.StringIO(to_csv_text(story, list(story.events)))))
    assert (row["summary"], row["quote"], row["source"]) == ("'" + formula, "'-1+2", "'@source")


def test_csv_numbers_are_left_as_numbers(tmp_path, offline_curated_resolver):
    write_story(tmp_path, events=[make_event(place="Washington", place_text=None)])
    story = load_catalog(tmp_path, resolver=offline_curated_resolver).stories["test-story"]
    rows = list(csv.DictReader(io.StringIO(to_csv_text(story, list(story.events)))))
    assert rows[0]["lon"].startswith("-77."), "a negative number is not defused as a formula"


def _run(module, *args, stories=None):
    env = {**os.environ, "STORIES_DIR": str(stories)} if stories else None
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )


def test_export_cli_default_is_geojson_of_the_default_story(sample_dir, tmp_path):
    older = tmp_path / "stories"
    write_sample_story(older)
    write_story(older, "older.yaml", events=[make_event()], id="older", published="2020-01-01")
    done = _run("geo.export", stories=older)
    assert done.returncode == 0, done.stderr
    collection = json.loads(done.stdout)
    assert collection["story"]["id"] == SAMPLE_STORY_ID, "the most recently published story"
    assert len(collection["features"]) == len(SAMPLE_EVENTS)


def test_export_cli_filters_and_csv(sample_dir):
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
        stories=sample_dir,
    )
    assert done.returncode == 0, done.stderr
    assert not done.stdout.startswith("\ufeff"), "a stream for other programs has no BOM"
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [row["id"] for row in rows] == ["seoul-summons", "london-with-seoul"]


def test_csv_files_start_with_a_byte_order_mark_for_spreadsheets(tmp_path, sample_dir):
    out = tmp_path / "events.csv"
    done = _run("geo.export", "--format", "csv", "--out", str(out), stories=sample_dir)
    assert done.returncode == 0, done.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,"), "Excel reads UTF-8 only after a BOM"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == len(SAMPLE_EVENTS) and any("é" in row["quote"] for row in rows)
    geojson = tmp_path / "events.geojson"
    assert _run("geo.export", "--out", str(geojson), stories=sample_dir).returncode == 0
    assert geojson.read_bytes().startswith(b"{"), "JSON never gets a BOM"


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
def test_export_cli_bad_arguments_exit_2(sample_dir, args, message):
    done = _run("geo.export", *args, stories=sample_dir)
    assert done.returncode == 2
    assert message in done.stderr
    assert done.stdout == ""


def test_export_cli_out_never_overwrites_without_force(tmp_path, sample_dir):
    out = tmp_path / "events.geojson"
    out.write_text("my own work", "utf-8")
    done = _run("geo.export", "--out", str(out), stories=sample_dir)
    assert done.returncode == 2 and "already exists" in done.stderr
    assert out.read_text("utf-8") == "my own work"
    forced = _run(
        "geo.export", "--out", str(out), "--force", "--layer", "troops", stories=sample_dir
    )
    assert forced.returncode == 0
    features = json.loads(out.read_text("utf-8"))["features"]
    assert len(features) == len(sample_ids(layer="troops"))


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


def _leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


def test_a_failed_write_leaves_nothing_behind(tmp_path):
    out = tmp_path / "events.csv"
    with pytest.raises(UnicodeEncodeError):
        write_new_file(out, "a lone surrogate \ud800 cannot be written")
    assert not out.exists() and _leftovers(tmp_path) == []
    out.write_text("kept", "utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_new_file(out, "\ud800", force=True)
    assert out.read_text("utf-8") == "kept" and _leftovers(tmp_path) == []


@pytest.mark.parametrize("kind", ["fifo", "folder", "link", "device"])
def test_force_never_replaces_what_is_not_a_regular_file(tmp_path, kind):
    if kind == "fifo":
        target = tmp_path / "pipe"
        os.mkfifo(target)
    elif kind == "folder":
        target = tmp_path / "folder"
        target.mkdir()
    elif kind == "link":
        (tmp_path / "real.txt").write_text("real", "utf-8")
        target = tmp_path / "link.txt"
        target.symlink_to(tmp_path / "real.txt")
    else:
        target = Path("/dev/null")
    before = os.lstat(target)
    with pytest.raises(OSError, match="is not a regular file"):
        write_new_file(target, "text", force=True)
    after = os.lstat(target)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    if kind == "link":
        assert (tmp_path / "real.txt").read_text("utf-8") == "real"


def test_new_files_follow_the_umask_and_replaced_files_keep_their_mode(tmp_path):
    previous = os.umask(0o027)
    try:
        write_new_file(tmp_path / "new.csv", "new")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o640
    shared = tmp_path / "shared.csv"
    shared.write_text("old", "utf-8")
    shared.chmod(0o664)
    write_new_file(shared, "new", force=True)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664 and shared.read_text("utf-8") == "new"


def test_an_out_path_under_a_file_is_named_clearly(tmp_path, sample_dir):
    (tmp_path / "notes.txt").write_text("mine", "utf-8")
    done = _run(
        "geo.export", "--out", str(tmp_path / "notes.txt" / "x.geojson"), stories=sample_dir
    )
    assert done.returncode == 2
    assert f"{tmp_path / 'notes.txt'} is a file, not a folder" in done.stderr
    assert "Errno" not in done.stderr and "Traceback" not in done.stderr
    assert (tmp_path / "notes.txt").read_text("utf-8") == "mine"
