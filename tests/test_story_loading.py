"""Loading a folder of story files: bad files are reported, good ones load, nothing is written."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from geo.catalog import catalog_signature, load_catalog, story_files
from geo.errors import UnknownStoryError
from geo.paths import stories_dir
from tests.conftest import MOVEMENT_EVENT, make_event, write_story

BAD_FILES = [
    ("broken-yaml.yaml", "id: x\nevents: [\n", "broken YAML: line 3"),
    ("not-a-mapping.yaml", "- just\n- a list\n", "expected a mapping"),
    ("duplicate-key.yaml", "id: a\nid: b\n", "duplicate key 'id'"),
    ("alias.yaml", "a: &x [1]\nb: *x\n", "aliases"),
    ("latin1.yaml", "title: caf\xe9\n", "not UTF-8"),
    # PyYAML builds values while it parses; each of these used to escape as an exception
    ("impossible-date.yaml", "id: x\nevents:\n- date_start: 2024-02-30\n", "day is out of range"),
    ("complex-key.yaml", "? [a, b]\n: 1\nevents: []\n", "a list or mapping is used as a key"),
    ("huge-number.yaml", "id: x\ntroops: " + "9" * 5000 + "\nevents: []\n", "too many digits"),
    ("deep.yaml", "events: " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
    # deep enough to crash libyaml's own (C) composer, which the loader must never use
    ("deeper.yaml", "events: " + "[" * 200_000 + "]" * 200_000 + "\n", "nested too deeply"),
    ("deep-block.yaml", "events:\n" + "- " * 200_000 + "x\n", "nested too deeply"),
    ("settings.yaml", "API_KEY: sk-secret-value\n", "not a story file"),
]


def _snapshot(folder):
    return {
        path.name: (path.stat().st_mtime_ns, path.read_bytes()) for path in sorted(folder.iterdir())
    }


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES)
def test_a_bad_file_is_reported_and_the_others_load(
    tmp_path, offline_curated_resolver, name, content, message
):
    write_story(tmp_path, "good.yaml", events=[make_event()])
    bad = tmp_path / name
    bad.write_bytes(content.encode("latin-1"))
    before = _snapshot(tmp_path)

    catalog = load_catalog(tmp_path, resolver=offline_curated_resolver)

    assert list(catalog.stories) == ["test-story"]
    assert len(catalog.stories["test-story"].events) == 1
    assert [p.file for p in catalog.problems] == [str(bad)]
    assert message in str(catalog.problems[0])
    assert "sk-secret" not in str(catalog.problems[0]), "no value of a non-story file is shown"
    assert _snapshot(tmp_path) == before, "loading never writes, renames or adds files"


def test_the_export_cli_survives_every_bad_file_beside_a_good_story(tmp_path):
    write_story(tmp_path, "good.yaml", events=[make_event()])
    for name, content, _ in BAD_FILES:
        (tmp_path / name).write_bytes(content.encode("latin-1"))
    done = subprocess.run(
        [sys.executable, "-m", "geo.export"],
        capture_output=True,
        text=True,
        env={**os.environ, "STORIES_DIR": str(tmp_path)},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert json.loads(done.stdout)["story"]["id"] == "test-story"
    for name, _, message in BAD_FILES:
        assert f"{name}: " in done.stderr and message in done.stderr


def test_a_link_out_of_the_stories_folder_is_not_followed(tmp_path, offline_curated_resolver):
    stories = tmp_path / "stories"
    write_story(stories, "good.yaml", events=[make_event()])
    secret = tmp_path / "secret.yaml"
    secret.write_text("events: []\nid: leaked\nAPI_KEY: sk-secret-value\n", "utf-8")
    (stories / "linked.yaml").symlink_to(secret)
    write_story(tmp_path / "elsewhere", "inside.yaml", events=[make_event()], id="inside")
    (stories / "inner-link.yaml").symlink_to(stories / "good.yaml")
    catalog = load_catalog(stories, resolver=offline_curated_resolver)
    problems = [str(problem) for problem in catalog.problems]
    assert any("linked.yaml: a link to a file outside the stories folder" in p for p in problems)
    assert not any("sk-secret" in p or "leaked" in p for p in problems)
    assert "leaked" not in catalog.stories


def test_the_catalog_signature_covers_exactly_the_story_files(tmp_path):
    write_story(tmp_path, "a.yaml", events=[])
    (tmp_path / ".hidden.yaml").write_text("id: hidden\n", "utf-8")
    (tmp_path / "notes.txt").write_text("not a story", "utf-8")
    (tmp_path / "b.csv").write_text("event_id_cnty\n", "utf-8")
    (tmp_path / "b.yaml").write_text("title: B\n", "utf-8")  # b.csv's sidecar, not a story
    names = {Path(path).name for path, _, _ in catalog_signature(tmp_path)}
    assert names == {"a.yaml", "b.csv", "b.yaml", "actors.yaml", "gazetteer.yaml", "acled.yaml"}
    files, _ = story_files(tmp_path)
    assert [path.name for path in files] == ["a.yaml", "b.csv"]


def test_events_that_are_not_a_list(tmp_path, offline_curated_resolver):
    write_story(tmp_path, events="none")  # type: ignore[arg-type]
    catalog = load_catalog(tmp_path, resolver=offline_curated_resolver)
    story = catalog.stories["test-story"]
    assert story.events == ()
    assert [(p.field, p.value) for p in catalog.problems] == [("events", "none")]


def test_an_event_that_is_not_a_mapping(tmp_path, offline_curated_resolver):
    write_story(tmp_path, events=["just text", make_event()])
    catalog = load_catalog(tmp_path, resolver=offline_curated_resolver)
    assert len(catalog.stories["test-story"].events) == 1
    assert catalog.problems[0].event == "#1"


def test_two_files_with_one_story_id_keep_the_first(tmp_path, offline_curated_resolver):
    write_story(tmp_path, "a.yaml", events=[make_event()])
    second = write_story(tmp_path, "b.yaml", events=[make_event(), make_event(MOVEMENT_EVENT)])
    catalog = load_catalog(tmp_path, resolver=offline_curated_resolver)
    assert len(catalog.stories["test-story"].events) == 1
    assert [(p.file, p.field) for p in catalog.problems] == [(str(second), "id")]


def test_missing_folder_is_a_problem_not_a_crash(tmp_path, offline_curated_resolver):
    catalog = load_catalog(tmp_path / "nowhere", resolver=offline_curated_resolver)
    assert catalog.stories == {}
    assert catalog.default_story_id is None
    assert "not found" in str(catalog.problems[0])


def test_default_story_is_the_most_recently_published(tmp_path, offline_curated_resolver):
    write_story(tmp_path, "old.yaml", events=[], id="old-story", published="2023-01-01")
    write_story(tmp_path, "new.yaml", events=[], id="new-story", published="2024-12-01")
    catalog = load_catalog(tmp_path, resolver=offline_curated_resolver)
    assert catalog.default_story_id == "new-story"
    with pytest.raises(UnknownStoryError, match="known: new-story, old-story"):
        catalog.story("missing")


def test_stories_dir_environment_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("STORIES_DIR", str(tmp_path))
    assert stories_dir() == tmp_path
    monkeypatch.delenv("STORIES_DIR")
    assert stories_dir().name == "stories" and stories_dir().parent.name == "data"


def test_unreadable_file_is_reported(tmp_path, offline_curated_resolver, monkeypatch):
    locked = write_story(tmp_path, "locked.yaml", events=[make_event()], id="locked")
    write_story(tmp_path, "open.yaml", events=[make_event()], id="open")
    read_text = Path.read_text

    def refuse(path, *args, **kwargs):
        if path == locked:  # chmod 0 does not stop root, who runs these tests in CI
            raise PermissionError(13, "Permission denied")
        return read_text(path, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", refuse)
    catalog = load_catalog(tmp_path, resolver=offline_curated_resolver)
    assert list(catalog.stories) == ["open"]
    assert str(catalog.problems[0]) == f"{locked}: cannot be read (Permission denied)"


def test_a_folder_named_like_a_story_is_ignored(tmp_path, offline_curated_resolver):
    (tmp_path / "folder.yaml").mkdir()
    write_story(tmp_path, events=[make_event()])
    catalog = load_catalog(tmp_path, resolver=offline_curated_resolver)
    assert "test-story" in catalog.stories and catalog.problems == ()


def test_shipped_story_loads_without_problems(shipped_catalog):
    assert shipped_catalog.problems == ()
    story = shipped_catalog.story("north-korean-troops-in-russia")
    assert story.meta.url == "", "no URL is known for the seed article: none is invented"
    raw = yaml.safe_load(story.file.read_text("utf-8"))
    assert [event.id for event in story.events] == [event["id"] for event in raw["events"]]
    assert story.unresolved == ()
    assert story.span()[0].isoformat() == "2024-06-01"
    assert {event.layer for event in story.events} == {"troops", "diplomacy"}


def test_shipped_story_numbers_and_dates_follow_the_article(shipped_catalog):
    events = {
        event.id: event for event in shipped_catalog.story("north-korean-troops-in-russia").events
    }
    shipped = events["special-forces-shipped-to-ussuriysk"]
    assert (shipped.date_start.isoformat(), shipped.date_end.isoformat()) == (
        "2024-10-08",
        "2024-10-13",
    )
    assert shipped.troops == 1500
    assert events["decision-to-send-12000-soldiers"].troops == 12000
    assert events["seoul-summons-russian-ambassador"].date_start.isoformat() == "2024-10-21"
    assert events["nato-cannot-confirm"].date_start.isoformat() == "2024-10-18"
    treaty = events["kim-putin-military-agreement"]
    assert treaty.time_precision == "month"
    for event in events.values():
        if event.status == "claimed":
            assert event.claimed_by, f"{event.id}: a claim says who makes it"
        assert "\n" not in event.quote
