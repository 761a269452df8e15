"""Big stories: beyond BULK_THRESHOLD single-place events the map draws packed columns the page
keeps, not an element per event, and each run says which are shown; timelines over
DETAIL_LIMIT events count them; legends name the layer rings."""

import base64
import json
import struct
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from benchmarks.acled_sample import acled_rows, write_acled
from geo.catalog import load_catalog
from geo.filtering import EventFilter, filter_events
from geo.i18n import Words
from geo.map import build_base_map, build_layers, legend_html
from geo.map.bulk import BULK_THRESHOLD, packed, packed_index, packed_key
from geo.map.layers import BULK_GROUP
from geo.position import reported_position
from geo.tables import TABLE_PAGE_ROWS, table_page
from geo.timeline import BRUSH
from geo.timeline_counts import DETAIL_LIMIT, counts_chart, counts_frame
from tests.test_acled import _row

REPO = Path(__file__).resolve().parent.parent


def _story(tmp_path, resolver, rows):
    write_acled(tmp_path / "front.csv", rows)
    return load_catalog(tmp_path, resolver=resolver).stories["front"]


def _rendered(story, events, words, link="", focus=""):
    base = build_base_map(story, words)
    for group in build_layers(story, events, words, link=link, focus=focus):
        group.add_to(base)
    return base.get_root().render()


def _bulk_call(page: str) -> tuple[dict, str, dict]:
    """The source, shown bits and texts the page passes to newsmap.bulk (as the script reads
    them)."""
    call = page[page.index("newsmap.bulk(") :]
    decoder = json.JSONDecoder()
    source, end = decoder.raw_decode(call, call.index("{"))
    shown, end = decoder.raw_decode(call, call.index('"', end))
    texts, _ = decoder.raw_decode(call, call.index("{", end))
    return source, shown, texts


def _unpacked(data: bytes) -> dict[str, np.ndarray]:
    """The packed columns, read as static/app/bulk.js reads them (the layout geo.map.bulk
    documents), written again here so that a change of either side shows."""
    key, count, places, version = struct.unpack_from("<16sIII", data)
    assert version == 1 and key.decode() == packed_key(data)
    offset, columns = 32, {}
    for name, dtype, length in [
        ("place_lat", "<f4", places),
        ("place_lon", "<f4", places),
        ("place", "<u4", count),
        ("day", "<u4", count),
        ("actor", "<i4", count),
        ("other", "<i4", count),
        ("layer", "u1", count),
        ("kind", "u1", count),
    ]:
        columns[name] = np.frombuffer(data, dtype=dtype, count=length, offset=offset)
        offset += columns[name].nbytes
    assert offset == len(data), "nothing after the columns"
    return columns


def _shown(bits: str, count: int) -> list[int]:
    flags = np.unpackbits(np.frombuffer(base64.b64decode(bits), np.uint8), bitorder="little")
    assert not flags[count:].any()
    return [int(at) for at in np.flatnonzero(flags[:count])]


def test_a_big_story_ships_packed_columns_once_and_then_which_are_shown(
    tmp_path, offline_curated_resolver
):
    story = _story(tmp_path, offline_curated_resolver, list(acled_rows(BULK_THRESHOLD * 8)))
    events = list(story.events)
    words = Words("en", story.actors)
    page = _rendered(story, events, words, link="https://x.app/?story=front&at=2024-01-02")
    assert page.count("newsmap.bulk(") == 1 and "L.marker(" not in page
    source, bits, texts = _bulk_call(page)
    data = packed(story)
    assert source == {"key": packed_key(data)}, "the page keeps the data: the map names it"
    columns = _unpacked(data)
    assert len(columns["day"]) == len(events)
    first = story.span()[0]
    for at, event in list(enumerate(events))[::37]:
        place = story.location_of(event)
        where = columns["place"][at]
        assert columns["place_lat"][where] == pytest.approx(place.lat, abs=1e-4)
        assert columns["place_lon"][where] == pytest.approx(place.lon, abs=1e-4)
        assert first.toordinal() + int(columns["day"][at]) == event.date_start.toordinal()
        assert story.layer_ids()[columns["layer"][at]] == event.layer
        assert texts["actors"][columns["actor"][at]]["name"] == words.actor(event.actor)
        other = columns["other"][at]
        assert (other == -1) == (event.counterpart is None)
    assert _shown(bits, len(events)) == list(range(len(events)))
    # A filter sends which events are shown, not the data again: the same data, other bits.
    actor = events[0].actor
    some = filter_events(story, EventFilter(actors=frozenset({actor})))
    source, bits, _ = _bulk_call(_rendered(story, some, words))
    assert source == {"key": packed_key(data)} and packed(story) is data, "made once"
    assert _shown(bits, len(events)) == sorted(
        at for at, event in enumerate(events) if event.actor == actor
    )
    # Few events shown: marks and full popups again.
    few = filter_events(story, EventFilter(end=story.span()[0]))
    assert len(few) <= BULK_THRESHOLD
    assert BULK_GROUP not in [g.layer_name for g in build_layers(story, few, words)]
    assert "newsmap.bulk(" not in _rendered(story, few, words)


def test_a_page_of_its_own_carries_the_packed_events(tmp_path, offline_curated_resolver):
    story = _story(tmp_path, offline_curated_resolver, list(acled_rows(BULK_THRESHOLD + 1)))
    words = Words("en", story.actors)
    base = build_base_map(story, words)
    for group in build_layers(story, story.events, words, bulk_inline=True):
        group.add_to(base)
    source, _, _ = _bulk_call(base.get_root().render())
    assert base64.b64decode(source["inline"]) == packed(story)


def test_a_bulk_event_opened_or_linked_is_found_by_its_packed_index(
    tmp_path, offline_curated_resolver
):
    story = _story(tmp_path, offline_curated_resolver, list(acled_rows(BULK_THRESHOLD + 1)))
    event = story.events[17]
    at = packed_index(story, event.id)
    assert at == 17 and packed_index(story, "no-such-event") == -1
    assert reported_position({"bulk": at}, story) == {"event": event.id}
    for wrong in (-1, len(story.events), "17", 17.0, True, None):
        assert reported_position({"bulk": wrong}, story) == {}, wrong
    words = Words("en", story.actors)
    _, _, texts = _bulk_call(_rendered(story, story.events, words, focus=event.id))
    assert texts["focus"] == {"id": event.id, "at": 17}


def test_bulk_text_reaches_the_page_as_html_safe_json(tmp_path, offline_curated_resolver):
    hostile = "</script><img src=x onerror=alert(1)>`${alert(2)}`"
    rows = [_row(event_id_cnty=f"UKR{n}", actor1=hostile, location=hostile) for n in range(300)]
    story = _story(tmp_path, offline_curated_resolver, rows)
    words = Words("en", story.actors)
    page = _rendered(story, list(story.events), words)
    call = page[page.index("newsmap.bulk(") :]
    call = call[: call.index(");\n")]
    assert "</script>" not in call and "<img" not in call
    _, _, texts = _bulk_call(page)
    columns = _unpacked(packed(story))
    assert texts["actors"][columns["actor"][0]]["name"] == hostile, "whole, as data"
    assert hostile.encode() not in packed(story), "the packed columns carry no text"


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
    weekly = counts_frame(story, events, words, weekly=True)
    assert weekly["events"].sum() == len(events)
    assert set(weekly["start"].dt.day_of_week) == {0}, "weeks start on Monday"
    daily = counts_frame(story, events, words, weekly=False)
    assert daily["events"].sum() == len(events) and len(daily) > len(weekly)
    start, end = story.span()
    spec = counts_chart(story, events, words, start=start, end=end, linked=True).to_dict()
    assert spec["encoding"]["y"]["title"] == "Événements par semaine"
    assert [param["name"] for param in spec["params"]] == [BRUSH]
    short = counts_chart(story, events, words, start=date(2024, 3, 1), end=date(2024, 3, 31))
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
