"""A story's background data (`context: FILE.csv`): linked when loaded, named when wrong,
filtered by the story's sidebar, drawn in bulk under the story's marks, in the legend and
the layer control, its events' cards found by their packed index."""

import json
from datetime import date

from benchmarks.acled_sample import acled_rows, write_acled
from geo.catalog import load_catalog
from geo.filtering import EventFilter, context_events
from geo.i18n import Words
from geo.map import build_base_map, build_layers, legend_html
from geo.map.bulk import packed, packed_key
from geo.position import BACKGROUND, reported_position
from tests.conftest import SAMPLE_EVENTS, write_story

ROWS = 600


def _catalog(folder, resolver, **meta):
    write_acled(folder / "front.csv", acled_rows(ROWS, start=date(2024, 6, 1)))
    write_story(folder, "story.yaml", events=SAMPLE_EVENTS, **meta)
    return load_catalog(folder, resolver=resolver)


def test_a_story_s_context_is_the_data_file_it_names(tmp_path, offline_curated_resolver):
    catalog = _catalog(tmp_path, offline_curated_resolver, context="front.csv")
    story, front = catalog.stories["test-story"], catalog.stories["front"]
    assert story.context is front and front.context is None, "the data is a story too"
    assert [p for p in catalog.problems if p.field == "context"] == []


def test_a_wrong_context_is_named_and_the_story_loads_without(tmp_path, offline_curated_resolver):
    for name, reason in [
        ("missing.csv", "no data file of that name loaded from the story's folder"),
        ("../front.csv", None),  # not a file of the folder: refused by the model
    ]:
        catalog = _catalog(tmp_path, offline_curated_resolver, context=name)
        found = [p for p in catalog.problems if p.field == "context"]
        assert found and found[0].value == name
        if reason:
            assert catalog.stories["test-story"].context is None
            assert found[0].message == reason
        else:
            assert "test-story" not in catalog.stories, "bad metadata: the story is refused"
    # A data file has no context: its sidecar names no such field.
    (tmp_path / "front.yaml").write_text("context: front.csv\n", encoding="utf-8")
    catalog = load_catalog(tmp_path, resolver=offline_curated_resolver)
    assert catalog.stories["front"].context is None
    assert any("not a story field: context" in p.message for p in catalog.problems)


def test_the_sidebar_filters_the_context(tmp_path, offline_curated_resolver):
    catalog = _catalog(tmp_path, offline_curated_resolver, context="front.csv")
    story, front = catalog.stories["test-story"], catalog.stories["front"]
    july = EventFilter(start=date(2024, 7, 1), end=date(2024, 7, 31))
    shown = context_events(story, july)
    assert shown is not None and 0 < len(shown) < ROWS
    assert all(e.date_end >= july.start and e.date_start <= july.end for e in shown)
    assert {e.id for e in shown} == {
        e.id for e in front.events if e.date_end >= july.start and e.date_start <= july.end
    }
    # An actor the story names follows its filter; one it does not name always shows.
    named = set(story.actor_ids()) & {e.actor for e in front.events}
    assert "russia" in named
    others = {e.actor for e in front.events} - set(story.actor_ids())
    assert others, "the data has actors of its own"
    kept = context_events(story, EventFilter(actors=frozenset(named - {"russia"})))
    assert kept is not None and "russia" not in {e.actor for e in kept}
    assert others <= {e.actor for e in kept}
    assert context_events(catalog.stories["front"], july) is None


def test_the_context_is_drawn_under_the_story_and_named(tmp_path, offline_curated_resolver):
    catalog = _catalog(tmp_path, offline_curated_resolver, context="front.csv")
    story = catalog.stories["test-story"]
    words = Words("en", story.actors)
    shown = context_events(story, EventFilter())
    groups = build_layers(story, story.events, words, context=shown)
    assert groups[0].layer_name == f"Background: ACLED events: front ({len(shown):,})"
    assert groups[0].control, "the layer control shows and hides it"
    base = build_base_map(story, words)
    for group in groups:
        group.add_to(base)
    page = base.get_root().render()
    call = page[page.index("newsmap.bulk(") :]
    source, end = json.JSONDecoder().raw_decode(call, call.index("{"))
    assert source == {"key": packed_key(packed(shown.story))}
    texts, _ = json.JSONDecoder().raw_decode(call, call.index("{", call.index('"', end) + 2))
    assert texts["background"] is True
    assert '"pane": "nm-areas"' in page, "a region's area lies under the background data"
    names = {actor["name"] for actor in texts["actors"]}
    assert "Unidentified Armed Group (Ukraine)" in names, "the data's own actors, by name"
    legend = legend_html(story, story.events, words, context=shown)
    assert "Background" in legend and f"{len(shown):,} events, faded" in legend
    assert "Background" not in legend_html(story, story.events, words)


def test_a_context_event_the_map_opens_is_its_own(tmp_path, offline_curated_resolver):
    catalog = _catalog(tmp_path, offline_curated_resolver, context="front.csv")
    story, front = catalog.stories["test-story"], catalog.stories["front"]
    assert reported_position({"bulk": 5, "background": True}, story) == {
        BACKGROUND: front.events[5].id
    }, "not the story's event: links do not carry it"
    assert reported_position({"bulk": ROWS, "background": True}, story) == {}
    assert reported_position({"bulk": 5, "background": True}, front) == {}, "no context"
