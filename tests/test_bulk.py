"""Big stories: beyond BULK_THRESHOLD single-place events the map ships columns, not an element
per event; timelines over DETAIL_LIMIT events count them; legends name the layer rings."""

import json
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from benchmarks.acled_sample import acled_rows, write_acled
from geo.catalog import load_catalog
from geo.i18n import Words
from geo.map import build_base_map, build_layers, legend_html
from geo.map.bulk import BULK_THRESHOLD
from geo.map.layers import BULK_GROUP
from geo.tables import TABLE_PAGE_ROWS, table_page
from geo.timeline import BRUSH
from geo.timeline_counts import DETAIL_LIMIT, counts_chart, counts_frame
from tests.test_acled import _row

REPO = Path(__file__).resolve().parent.parent


def _story(tmp_path, resolver, rows):
    write_acled(tmp_path / "front.csv", rows)
    return load_catalog(tmp_path, resolver=resolver).stories["front"]


def _rendered(story, events, words, link=""):
    base = build_base_map(story, words)
    for group in build_layers(story, events, words, link=link):
        group.add_to(base)
    return base.get_root().render()


def _bulk_call(page: str) -> tuple[dict, dict]:
    """The columns and texts the page passes to newsmap.bulk (JSON, as the script reads it)."""
    call = page[page.index("newsmap.bulk(") :]
    decoder = json.JSONDecoder()
    columns, end = decoder.raw_decode(call, call.index("{"))
    texts, _ = decoder.raw_decode(call, call.index("{", end))
    return columns, texts


def test_a_big_story_ships_columns_not_an_element_per_event(tmp_path, offline_curated_resolver):
    story = _story(tmp_path, offline_curated_resolver, list(acled_rows(BULK_THRESHOLD + 50)))
    events = list(story.events)
    words = Words("en", story.actors)
    page = _rendered(story, events, words, link="https://x.app/?story=front&at=2024-01-02")
    assert page.count("newsmap.bulk(") == 1 and "L.marker(" not in page
    columns, texts = _bulk_call(page)
    assert {len(column) for column in columns.values()} == {len(events)}
    assert set(columns) == {"lat", "lon", "layer", "kind", "actor", "other", "day", "id"}
    first = story.span()[0]
    assert [(first.toordinal() + day) for day in columns["day"][:5]] == [
        e.date_start.toordinal() for e in events[:5]
    ]
    layers = story.layer_ids()
    assert [layers[index] for index in columns["layer"][:5]] == [e.layer for e in events[:5]]
    assert [texts["actors"][i]["name"] for i in columns["actor"][:3]] == [
        words.actor(e.actor) for e in events[:3]
    ]
    assert "at=" not in texts["base"], "an event link shows the event, whatever the day"
    assert BULK_GROUP not in [g.layer_name for g in build_layers(story, events[:200], words)]
    # A story under the threshold keeps its marks and full popups.
    few = _rendered(story, events[:BULK_THRESHOLD], words)
    assert "newsmap.bulk(" not in few and few.count("L.marker(") >= BULK_THRESHOLD


def test_bulk_text_reaches_the_page_as_html_safe_json(tmp_path, offline_curated_resolver):
    hostile = "</script><img src=x onerror=alert(1)>`${alert(2)}`"
    rows = [_row(event_id_cnty=f"UKR{n}", actor1=hostile, location=hostile) for n in range(300)]
    story = _story(tmp_path, offline_curated_resolver, rows)
    words = Words("en", story.actors)
    page = _rendered(story, list(story.events), words)
    call = page[page.index("newsmap.bulk(") :]
    call = call[: call.index(");\n")]
    assert "</script>" not in call and "<img" not in call
    columns, texts = _bulk_call(page)
    assert texts["actors"][columns["actor"][0]]["name"] == hostile, "whole, as data"
    assert hostile not in json.dumps(columns), "the columns carry no text but ids"


def test_the_legend_of_a_big_story_names_the_layer_rings(tmp_path, offline_curated_resolver):
    story = _story(tmp_path, offline_curated_resolver, list(acled_rows(BULK_THRESHOLD + 1)))
    words = Words("en", story.actors)
    legend = legend_html(story, list(story.events), words)
    assert "Layer (ring" in legend and "Strikes and explosions" in legend
    assert "Kind (shape)" not in legend, "dots have no shapes"
    few = list(story.events)[:20]
    assert "Kind (shape)" in legend_html(story, few, words)


def test_a_big_timeline_counts_events_per_week_by_layer(tmp_path, offline_curated_resolver):
    story = _story(tmp_path, offline_curated_resolver, list(acled_rows(DETAIL_LIMIT + 1)))
    events = list(story.events)
    words = Words("fr", story.actors)
    weekly = counts_frame(events, words, weekly=True)
    assert weekly["events"].sum() == len(events)
    assert set(weekly["start"].dt.day_of_week) == {0}, "weeks start on Monday"
    daily = counts_frame(events, words, weekly=False)
    assert daily["events"].sum() == len(events) and len(daily) > len(weekly)
    start, end = story.span()
    spec = counts_chart(events, words, start=start, end=end, linked=True).to_dict()
    assert spec["encoding"]["y"]["title"] == "Événements par semaine"
    assert [param["name"] for param in spec["params"]] == [BRUSH]
    short = counts_chart(events, words, start=date(2024, 3, 1), end=date(2024, 3, 31))
    assert short.to_dict()["encoding"]["y"]["title"] == "Événements par jour"
    assert "params" not in short.to_dict()


@pytest.mark.parametrize(
    ("count", "page", "rows", "pages"),
    [
        (0, 1, slice(0, 0), 1),
        (1200, 1, slice(0, 500), 3),
        (1200, 3, slice(1000, 1200), 3),
        (1200, 9, slice(1000, 1200), 3),  # kept within the pages there are
        (1200, 0, slice(0, 500), 3),
        (500, 1, slice(0, 500), 1),
    ],
)
def test_table_pages(count, page, rows, pages):
    assert table_page(count, page) == (rows, pages)


def test_a_big_story_s_events_table_pages_through_its_rows(
    tmp_path, monkeypatch, offline_curated_resolver
):
    write_acled(tmp_path / "front.csv", acled_rows(TABLE_PAGE_ROWS * 2 + 100))
    monkeypatch.setenv("STORIES_DIR", str(tmp_path))
    app = AppTest.from_file(str(REPO / "app.py"), default_timeout=120)
    app.query_params["lang"] = "en"
    app.run()
    app.switch_page("pages/events.py").run()
    assert [error.value for error in app.exception] == []
    assert len(app.dataframe[0].value) == TABLE_PAGE_ROWS
    page = app.number_input(key="events_page")
    assert page.label == "Page (of 3)"
    page.set_value(3).run()
    assert len(app.dataframe[0].value) == 100
    assert any("Events 1,001 to 1,100 of 1,100" in caption.value for caption in app.caption)
