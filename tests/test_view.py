"""Share-link state: parsing never raises, bad values are dropped with a notice, links reopen."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo import vocabulary
from geo.i18n import Words
from geo.links import app_origin, event_url, share_url
from geo.position import day_in_view, reported_position
from geo.view import (
    ACTORS_KEY,
    DATES_KEY,
    LAYERS_KEY,
    STATUSES_KEY,
    STORY_KEY,
    View,
    dates_within,
    default_view,
    file_stem,
    filter_summary,
    parse_language,
    parse_view,
    state_fitted_to_story,
    view_from_state,
    view_params,
    widget_state,
)
from tests.conftest import SAMPLE_EVENTS, SAMPLE_STORY_ID

STORY_ID = SAMPLE_STORY_ID
ALL_ACTORS = tuple(dict.fromkeys(event["actor"] for event in SAMPLE_EVENTS))
LAYER_IDS = ("troops", "diplomacy")  # the sample story's layers, in the vocabulary's order
STATUS_IDS = vocabulary.STATUSES.ids


def test_no_parameters_is_the_default_view(sample_catalog):
    view, notices = parse_view({}, sample_catalog)
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
    ({"actor": ["nato", "russia"]}, {"actors": ("russia", "nato")}, []),  # story order
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
def test_links(sample_catalog, params, changes, notice_words):
    view, notices = parse_view(params, sample_catalog)
    expected = default_view(sample_catalog.story(STORY_ID))
    for field, value in changes.items():
        expected = View(**{**expected.__dict__, field: value})
    assert view == expected
    assert len(notices) == len(notice_words)
    for notice, words in zip(notices, notice_words, strict=True):
        assert words in notice


def test_notices_shorten_long_garbage(sample_catalog):
    _, notices = parse_view({"actor": ["x" * 5000]}, sample_catalog)
    assert len(notices) == 1 and len(notices[0]) < 200


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"start": ["2024-10-18"], "end": ["2024-10-21"]},
        {"actor": ["nato", "france"], "layer": ["diplomacy"]},
        {"actor": [""], "status": ["claimed"]},
        {"layer": [""], "status": [""]},
        {"actor": ["nato"], "event": ["seoul-summons"]},
    ],
)
def test_view_params_round_trip(sample_catalog, params):
    story = sample_catalog.story(STORY_ID)
    view, _ = parse_view(params, sample_catalog)
    written = view_params(view, story)
    assert written["story"] == STORY_ID, "a shared link always names its story"
    as_lists = {
        key: value if isinstance(value, list) else [value] for key, value in written.items()
    }
    assert parse_view(as_lists, sample_catalog) == (view, [])
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
def test_any_query_string_gives_a_valid_view(sample_catalog, params):
    view, notices = parse_view(params, sample_catalog)
    story = sample_catalog.story(view.story_id)
    first_day, last_day = story.span()
    assert first_day <= view.start <= view.end <= last_day
    assert set(view.actors) <= set(ALL_ACTORS)
    assert set(view.layers) <= set(LAYER_IDS) and set(view.statuses) <= set(STATUS_IDS)
    assert all(isinstance(notice, str) and len(notice) < 300 for notice in notices)
    as_lists = {
        key: value if isinstance(value, list) else [value]
        for key, value in view_params(view, story).items()
    }
    assert parse_view(as_lists, sample_catalog)[0] == view


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


def test_widget_state_round_trips_a_view(sample_story):
    view = View(STORY_ID, date(2024, 10, 18), date(2024, 10, 21), ("nato",), ("diplomacy",), ())
    state = widget_state(view)
    assert state[STORY_KEY] == STORY_ID and state[DATES_KEY] == (view.start, view.end)
    assert view_from_state(state, sample_story, last=None) == view


def test_a_half_picked_date_range_keeps_the_last_full_one(sample_story):
    last = View(STORY_ID, date(2024, 10, 18), date(2024, 10, 21), ALL_ACTORS, LAYER_IDS, ())
    state = widget_state(last) | {DATES_KEY: (date(2024, 10, 20),)}
    assert view_from_state(state, sample_story, last=last).start == date(2024, 10, 18)
    assert view_from_state(state, sample_story, last=None).start == date(2024, 6, 1)


@pytest.mark.parametrize(
    ("state", "fitted"),
    [
        ({}, {DATES_KEY: (date(2024, 6, 1), date(2024, 10, 22))}),
        ({DATES_KEY: (date(2020, 1, 1), date(2024, 10, 22))}, {DATES_KEY: ...}),
        ({DATES_KEY: (date(2024, 10, 18), date(2024, 10, 21))}, {}),
        ({ACTORS_KEY: ["nato", "atlantis"]}, {ACTORS_KEY: ["nato"]}),
        ({LAYERS_KEY: ["troops", "navy"]}, {LAYERS_KEY: ["troops"]}),
        ({STATUSES_KEY: ["sure"]}, {STATUSES_KEY: []}),
    ],
)
def test_state_is_fitted_to_what_the_story_offers(sample_story, state, fitted):
    result = state_fitted_to_story(state, sample_story)
    for key, value in fitted.items():
        expected = (date(2024, 6, 1), date(2024, 10, 22)) if value is ... else value
        assert result[key] == expected
    if DATES_KEY in state and DATES_KEY not in fitted:
        assert DATES_KEY not in result, "valid dates are left as they are"


def test_share_url_names_the_page_once():
    params = {"story": "s", "actor": ["a", "b"]}
    assert (
        share_url("https://x.org/map", "", params) == "https://x.org/map/?story=s&actor=a&actor=b"
    )
    assert share_url("https://x.org", "timeline", {"story": "s"}) == (
        "https://x.org/timeline?story=s"
    )


@pytest.mark.parametrize(
    ("values", "fallback", "language", "notice_words"),
    [
        (None, "en", "en", []),
        (None, "fr", "fr", []),  # no lang in the link: the browser's language
        (["fr"], "en", "fr", []),
        (["FR "], "en", "fr", []),
        (["en"], "fr", "en", []),
        (["de"], "fr", "fr", ["lang='de' n'est pas une langue"]),  # said in the reader's language
        (["de"], "en", "en", ["lang='de' is not a language of this app (en, fr)"]),
        (["fr", "en"], "en", "fr", ["lang est donné 2 fois"]),
        ([""], "en", "en", []),
    ],
)
def test_the_link_chooses_the_language(values, fallback, language, notice_words):
    chosen, notices = parse_language(values, fallback)
    assert chosen == language
    assert len(notices) == len(notice_words)
    for notice, words in zip(notices, notice_words, strict=True):
        assert words in notice


def test_a_link_names_its_language_and_reopens_in_it(sample_catalog):
    story = sample_catalog.story(STORY_ID)
    view, _ = parse_view({"actor": ["nato"]}, sample_catalog)
    params = view_params(view, story, "fr")
    assert list(params)[:2] == ["story", "lang"] and params["lang"] == "fr"
    link = share_url("http://localhost:8501", "", params)
    assert link == f"http://localhost:8501/?story={STORY_ID}&lang=fr&actor=nato"
    as_lists = {key: value if isinstance(value, list) else [value] for key, value in params.items()}
    assert parse_view(as_lists, sample_catalog) == (view, [])
    assert parse_language(as_lists["lang"], "en") == ("fr", [])


def test_link_notices_speak_the_readers_language(sample_catalog):
    _, notices = parse_view({"start": ["18/10/2024"]}, sample_catalog, Words("fr"))
    assert notices == ["start='18/10/2024' n'est pas une date AAAA-MM-JJ"]


@pytest.mark.parametrize(
    ("changes", "english", "french"),
    [
        ({}, None, None),
        (
            {"actors": ("south-korea",), "layers": ("diplomacy",)},
            "South Korea · Diplomatic actions",
            "Corée du Sud · Actions diplomatiques",
        ),
        ({"start": date(2024, 10, 21), "end": date(2024, 10, 21)}, "21 Oct 2024", "21 oct. 2024"),
        (
            {"start": date(2024, 10, 18), "end": date(2024, 10, 21), "statuses": ()},
            "none · 18–21 Oct 2024",
            "aucun · 18–21 oct. 2024",
        ),
    ],
)
def test_the_filter_summary_says_what_is_left_out(sample_story, changes, english, french):
    view = View(**{**default_view(sample_story).__dict__, **changes})
    assert filter_summary(view, sample_story, Words("en", sample_story.actors)) == english
    assert filter_summary(view, sample_story, Words("fr", sample_story.actors)) == french


@pytest.mark.parametrize(
    ("changes", "stem"),
    [
        ({}, f"{STORY_ID}_2024-06-01_2024-10-22"),
        (
            {"start": date(2024, 10, 21), "actors": ("south-korea", "united-kingdom")},
            f"{STORY_ID}_2024-10-21_2024-10-22_south-korea+united-kingdom",
        ),
        (
            {"layers": ("diplomacy",), "statuses": ()},
            f"{STORY_ID}_2024-06-01_2024-10-22_diplomacy_no-statuses",
        ),
        ({"actors": ALL_ACTORS[:5]}, f"{STORY_ID}_2024-06-01_2024-10-22_5-actors"),
    ],
)
def test_download_names_say_the_filters(sample_story, changes, stem):
    view = View(**{**default_view(sample_story).__dict__, **changes})
    assert file_stem(view, sample_story) == stem


@pytest.mark.parametrize(
    ("picked", "expected"),
    [
        ((date(2024, 10, 1), date(2024, 10, 5)), (date(2024, 10, 1), date(2024, 10, 5))),
        ((date(2024, 3, 5), date(2024, 10, 18)), (date(2024, 6, 1), date(2024, 10, 18))),
        ((date(2024, 10, 21), date(2025, 1, 1)), (date(2024, 10, 21), date(2024, 10, 22))),
        ((date(2024, 10, 21), date(2024, 10, 18)), (date(2024, 10, 18), date(2024, 10, 21))),
        ((date(2023, 1, 1), date(2023, 2, 1)), (date(2024, 6, 1), date(2024, 10, 22))),
        ((date(2025, 1, 1), date(2025, 2, 1)), (date(2024, 6, 1), date(2024, 10, 22))),
    ],
)
def test_dates_within_keeps_the_days_the_story_covers(sample_story, picked, expected):
    assert sample_story.span() == (date(2024, 6, 1), date(2024, 10, 22))
    assert dates_within(picked, sample_story) == expected


def test_a_link_may_open_the_view_on_one_event(sample_catalog):
    view, notices = parse_view({"event": ["seoul-summons"], "actor": ["nato"]}, sample_catalog)
    assert (view.event, view.actors, notices) == ("seoul-summons", ("nato",), [])
    view, notices = parse_view({"event": ["<nope>"]}, sample_catalog)
    assert view.event == "" and notices == ["event='<nope>' is not an event of this story"]
    french = Words("fr")
    _, notices = parse_view({"event": ["nope"]}, sample_catalog, french)
    assert notices == ["event='nope' n'est pas un événement de ce récit"]


def test_event_url_replaces_the_event_and_keeps_the_rest():
    link = "https://x.app/?story=s&lang=fr&actor=nato&actor=france&event=old"
    assert event_url(link, "new") == (
        "https://x.app/?story=s&lang=fr&actor=nato&actor=france&event=new"
    )
    assert event_url("https://x.app/timeline?story=s&actor=", "e").endswith(
        "?story=s&actor=&event=e"
    )
    assert event_url("https://x.app/?story=s&at=2024-06-02&event=old", "e") == (
        "https://x.app/?story=s&event=e"
    ), "an event link shows the event, whatever day the view was played to"


def test_a_link_may_carry_the_day_the_playback_shows(sample_catalog):
    story = sample_catalog.story(STORY_ID)
    view, notices = parse_view({"at": ["2024-10-18"]}, sample_catalog)
    assert (view.at, notices) == (date(2024, 10, 18), [])
    assert view_params(view, story)["at"] == "2024-10-18"
    view, notices = parse_view({"start": ["2024-10-20"], "at": ["2024-10-18"]}, sample_catalog)
    assert view.at is None
    assert notices == ["at=2024-10-18 is not within the dates shown (2024-10-20 to 2024-10-22)"]
    assert day_in_view(date(2024, 10, 21), view) == date(2024, 10, 21)
    assert day_in_view(date(2024, 10, 19), view) is None, "outside the view's dates"
    assert day_in_view(None, view) is None


@pytest.mark.parametrize(
    ("reported", "expected"),
    [
        ({"at": "2024-10-18", "event": ""}, {"at": date(2024, 10, 18), "event": ""}),
        ({"at": "", "event": "seoul-summons"}, {"at": None, "event": "seoul-summons"}),
        ({"event": "seoul-summons"}, {"event": "seoul-summons"}),
        ({"at": "2024-10-18"}, {"at": date(2024, 10, 18)}),
        ({"at": "1999-01-01", "event": "no-such-event"}, {}),
        ({"at": "18/10/2024", "event": 3}, {}),
        ({"at": ["2024-10-18"], "event": None}, {}),
        ("2024-10-18", {}),
        (None, {}),
    ],
)
def test_the_position_the_map_reports_keeps_what_the_story_can_show(
    sample_catalog, reported, expected
):
    assert reported_position(reported, sample_catalog.story(STORY_ID)) == expected
