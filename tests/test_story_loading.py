"""Loading a folder of story files: bad files are reported, good ones load, nothing is written."""

from pathlib import Path

import pytest

from geo.errors import UnknownStoryError
from geo.paths import stories_dir
from geo.stories import load_catalog
from tests.conftest import MOVEMENT_EVENT, make_event, write_story

BAD_FILES = [
    ("broken-yaml.yaml", "id: x\nevents: [\n", "broken YAML: line 3"),
    ("not-a-mapping.yaml", "- just\n- a list\n", "expected a mapping"),
    ("duplicate-key.yaml", "id: a\nid: b\n", "duplicate key 'id'"),
    ("alias.yaml", "a: &x [1]\nb: *x\n", "aliases"),
    ("latin1.yaml", "title: caf\xe9\n", "not UTF-8"),
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
    assert _snapshot(tmp_path) == before, "loading never writes, renames or adds files"


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
    assert len(story.events) == 19
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
