"""Share-link state: parsing never raises, bad values are dropped with a notice, links reopen."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.view import (
    LAYER_IDS,
    STATUS_IDS,
    View,
    app_origin,
    default_view,
    parse_view,
    view_params,
)

STORY_ID = "north-korean-troops-in-russia"
ALL_ACTORS = (
    "north-korea",
    "south-korea",
    "ukraine",
    "nato",
    "united-states",
    "france",
    "russia",
    "united-kingdom",
)


def test_no_parameters_is_the_default_view(shipped_catalog):
    view, notices = parse_view({}, shipped_catalog)
    assert notices == []
    assert view == View(
        STORY_ID, date(2024, 6, 1), date(2024, 10, 22), ALL_ACTORS, LAYER_IDS, STATUS_IDS
    )


# (query parameters, expected changes from the default view, words expected in the notices)
LINKS = [
    ({"start": ["2024-10-18"]}, {"start": date(2024, 10, 18)}, []),
    (
        {"start": ["2024-10-18"], "end": ["2024-10-21"]},
        {"start": date(2024, 10, 18), "end": date(2024, 10, 21)},
        [],
    ),
    ({"actor": ["nato", "france"]}, {"actors": ("nato", "france")}, []),
    ({"actor": ["france", "nato"]}, {"actors": ("nato", "france")}, []),  # story order
    ({"actor": [""]}, {"actors": ()}, []),  # explicitly none
    ({"layer": ["troops"]}, {"layers": ("troops",)}, []),
    ({"status": ["claimed", "denied"]}, {"statuses": ("claimed", "denied")}, []),
    ({"start": ["18/10/2024"]}, {}, ["start='18/10/2024' is not a date"]),
    ({"end": ["2024-02-30"]}, {}, ["end='2024-02-30' is not a date"]),
    ({"start": ["20241018"]}, {}, ["not a date"]),
    ({"start": ["2024-10-21"], "end": ["2024-10-01"]}, {}, ["before start"]),
    ({"actor": ["nato", "atlantis"]}, {"actors": ("nato",)}, ["actor='atlantis'"]),
    ({"actor": ["atlantis"]}, {}, ["actor='atlantis'"]),  # nothing valid left: default
    ({"layer": ["navy"]}, {}, ["layer='navy'"]),
    ({"status": ["<script>alert(1)</script>"]}, {}, ["status='<script>"]),
    ({"story": ["no-such-story"]}, {}, ["story='no-such-story' is not a known story"]),
    ({"story": [STORY_ID], "utm_source": ["x"]}, {}, []),  # unknown parameters: silent
    # dates beyond the story are brought back to it, with a notice
    (
        {"start": ["2000-01-01"], "end": ["2030-01-01"]},
        {},
        ["before the story's first day", "after the story's last day"],
    ),
    ({"start": ["2024-10-18"], "end": ["2030-01-01"]}, {"start": date(2024, 10, 18)}, ["after"]),
    ({"start": ["2030-01-01"]}, {}, ["miss the story"]),
    ({"start": ["2000-01-01"], "end": ["2000-02-01"]}, {}, ["miss the story"]),
    (
        {"start": ["2024-10-18", "2024-10-21"]},
        {"start": date(2024, 10, 18)},
        ["start was given 2 times: the first, '2024-10-18', is used"],
    ),
    ({"story": [STORY_ID, "other"]}, {}, ["story was given 2 times"]),
    ({"status": ["sure"]}, {}, ["status='sure' is not one of this story's statuses"]),
    ({"layer": ["navy"]}, {}, ["is not one of this story's layers"]),
]


@pytest.mark.parametrize(("params", "changes", "notice_words"), LINKS)
def test_links(shipped_catalog, params, changes, notice_words):
    view, notices = parse_view(params, shipped_catalog)
    expected = default_view(shipped_catalog.story(STORY_ID))
    for field, value in changes.items():
        expected = View(**{**expected.__dict__, field: value})
    assert view == expected
    assert len(notices) == len(notice_words)
    for notice, words in zip(notices, notice_words, strict=True):
        assert words in notice


def test_notices_shorten_long_garbage(shipped_catalog):
    _, notices = parse_view({"actor": ["x" * 5000]}, shipped_catalog)
    assert len(notices) == 1 and len(notices[0]) < 200


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"start": ["2024-10-18"], "end": ["2024-10-21"]},
        {"actor": ["nato", "france"], "layer": ["diplomacy"]},
        {"actor": [""], "status": ["claimed"]},
        {"layer": [""], "status": [""]},
    ],
)
def test_view_params_round_trip(shipped_catalog, params):
    story = shipped_catalog.story(STORY_ID)
    view, _ = parse_view(params, shipped_catalog)
    written = view_params(view, story)
    assert written["story"] == STORY_ID, "a shared link always names its story"
    as_lists = {
        key: value if isinstance(value, list) else [value] for key, value in written.items()
    }
    assert parse_view(as_lists, shipped_catalog) == (view, [])
    assert all(key in params or key == "story" for key in written), "defaults are left out"


parameter_values = st.lists(st.text(max_size=40), max_size=4)
query_strings = st.dictionaries(
    st.sampled_from(["story", "start", "end", "actor", "layer", "status", "other", ""]),
    parameter_values,
    max_size=7,
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(params=query_strings)
def test_any_query_string_gives_a_valid_view(shipped_catalog, params):
    view, notices = parse_view(params, shipped_catalog)
    story = shipped_catalog.story(view.story_id)
    first_day, last_day = story.span()
    assert first_day <= view.start <= view.end <= last_day
    assert set(view.actors) <= set(ALL_ACTORS)
    assert set(view.layers) <= set(LAYER_IDS) and set(view.statuses) <= set(STATUS_IDS)
    assert all(isinstance(notice, str) and len(notice) < 300 for notice in notices)
    as_lists = {
        key: value if isinstance(value, list) else [value]
        for key, value in view_params(view, story).items()
    }
    assert parse_view(as_lists, shipped_catalog)[0] == view


@pytest.mark.parametrize(
    ("url", "base_path", "origin"),
    [
        ("http://localhost:8501/", "", "http://localhost:8501"),
        ("http://localhost:8501", "", "http://localhost:8501"),
        ("http://localhost:8501/timeline", "", "http://localhost:8501"),
        ("http://localhost:8501/nonexistent/", "", "http://localhost:8501"),
        ("https://example.org/news/map/", "news/map", "https://example.org/news/map"),
        ("https://example.org/news/map/places", "/news/map/", "https://example.org/news/map"),
        ("https://news-map.streamlit.app/~/+/", "", "https://news-map.streamlit.app"),
        ("https://news-map.streamlit.app/~/+/about", "~/+", "https://news-map.streamlit.app"),
    ],
)
def test_app_origin_is_the_host_and_base_path_without_clouds_inner_mount(url, base_path, origin):
    assert app_origin(url, base_path) == origin
