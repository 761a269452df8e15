"""AppTest: every page runs, the sidebar filters work, links restore and update the view."""

import json
import re
from datetime import date
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.conftest import MOVEMENT_EVENT, make_event, write_story

REPO = Path(__file__).resolve().parent.parent
PAGES = [
    "pages/map.py",
    "pages/timeline.py",
    "pages/events.py",
    "pages/places.py",
    "pages/about.py",
]
STORY_ID = "north-korean-troops-in-russia"


@pytest.fixture(autouse=True)
def fresh_caches(monkeypatch):
    """Streamlit caches outlive AppTest instances: clear them so tests cannot leak."""
    monkeypatch.delenv("STORIES_DIR", raising=False)
    monkeypatch.delenv("NOMINATIM_ENABLED", raising=False)
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


def _app(query: dict | None = None) -> AppTest:
    app = AppTest.from_file(str(REPO / "app.py"), default_timeout=60)
    for key, value in (query or {}).items():
        app.query_params[key] = value
    return app.run()


def _no_exception(app: AppTest) -> None:
    assert [error.value for error in app.exception] == []


def _count_line(app: AppTest) -> str:
    return next(m.value for m in app.sidebar.markdown if m.value.endswith(" events**"))


def _params(app: AppTest) -> dict[str, list[str]]:
    """The URL's query parameters, tolerant of the list/str shapes of Streamlit versions."""
    return {
        key: value if isinstance(value, list) else [value]
        for key, value in app.query_params.items()
    }


def _share_link(app: AppTest) -> str:
    return next(code.value for code in app.sidebar.code if "?story=" in code.value)


def _map_event_ids(app: AppTest) -> list[str]:
    """Ids of the event markers and movement lines the map component received."""
    component = app.get("component_instance")[0]
    args = json.loads(component.proto.json_args)
    script = (args.get("feature_group") or "").replace('\\"', '"')
    markers = re.findall(r'class="nm-marker" data-event="([a-z0-9-]+)"', script)
    lines = re.findall(r"nm-line nm-line-([a-z0-9-]+)", script)
    return sorted(markers + lines)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_and_keeps_the_link(page):
    app = _app()
    app.switch_page(page).run()
    _no_exception(app)
    assert _count_line(app) == "**19 of 19 events**"
    assert _params(app)["story"] == [STORY_ID]
    assert app.sidebar.date_input[0].value == (date(2024, 6, 1), date(2024, 10, 22))


def test_map_page_sends_every_event_to_the_map():
    app = _app()
    _no_exception(app)
    ids = _map_event_ids(app)
    assert len(ids) == 19 and len(set(ids)) == 19
    component = app.get("component_instance")[0]
    args = json.loads(component.proto.json_args)
    assert args["returned_objects"] == [], "panning and zooming never rerun the script"
    assert (
        "Troop movements" in args["layer_control"] and "Diplomatic actions" in args["layer_control"]
    )


def test_actor_filter_updates_count_map_and_url():
    app = _app()
    app.sidebar.multiselect[0].set_value(["nato", "france"]).run()
    _no_exception(app)
    assert _count_line(app) == "**4 of 19 events**"
    assert _params(app)["actor"] == ["nato", "france"]
    assert _map_event_ids(app) == sorted(
        [
            "nato-cannot-confirm",
            "rutte-speaks-with-yoon",
            "rutte-warns-of-escalation",
            "france-very-worrying",
        ]
    )
    assert "actor=nato&actor=france" in _share_link(app)


def test_date_filter_updates_count_and_url():
    app = _app()
    app.sidebar.date_input[0].set_value((date(2024, 10, 21), date(2024, 10, 22))).run()
    _no_exception(app)
    assert _count_line(app) == "**9 of 19 events**"
    params = _params(app)
    assert params["start"] == ["2024-10-21"] and "end" not in params


def test_layer_and_status_filters():
    app = _app()
    app.sidebar.multiselect[1].set_value(["troops"]).run()
    assert _count_line(app) == "**4 of 19 events**"
    assert _params(app)["layer"] == ["troops"]
    app.sidebar.multiselect[2].set_value(["confirmed"]).run()
    _no_exception(app)
    assert _count_line(app) == "**0 of 19 events**"
    assert _params(app)["status"] == ["confirmed"]


def test_opening_a_link_restores_every_filter():
    app = _app(
        {
            "story": STORY_ID,
            "start": "2024-10-18",
            "end": "2024-10-21",
            "actor": ["south-korea", "united-kingdom"],
            "layer": "diplomacy",
            "status": "confirmed",
        }
    )
    _no_exception(app)
    assert app.sidebar.date_input[0].value == (date(2024, 10, 18), date(2024, 10, 21))
    assert app.sidebar.multiselect[0].value == ["south-korea", "united-kingdom"]
    assert app.sidebar.multiselect[1].value == ["diplomacy"]
    assert app.sidebar.multiselect[2].value == ["confirmed"]
    assert _count_line(app) == "**5 of 19 events**"
    link = _share_link(app)
    assert link.startswith(
        "http://localhost:8501/?story=north-korean-troops-in-russia&start=2024-10-18"
    )
    assert len(app.sidebar.warning) == 0


def test_bad_link_values_are_ignored_with_a_notice():
    app = _app(
        {
            "start": "not-a-date",
            "end": "2024-10-21",
            "actor": ["nato", "<img src=x onerror=alert(1)>"],
            "layer": "navy",
            "story": "missing-story",
        }
    )
    _no_exception(app)
    notice = " ".join(w.value for w in app.sidebar.warning)
    for words in ("start", "not\\-a\\-date", "img src", "navy", "missing\\-story"):
        assert words in notice
    assert "\\<img" in notice, "link text is escaped before it is shown as markdown"
    assert app.sidebar.multiselect[0].value == ["nato"]
    assert app.sidebar.date_input[0].value == (date(2024, 6, 1), date(2024, 10, 21))
    assert _count_line(app) == "**3 of 19 events**"
    params = _params(app)
    assert params == {"story": [STORY_ID], "end": ["2024-10-21"], "actor": ["nato"]}


def test_end_before_start_drops_both_dates():
    app = _app({"start": "2024-10-21", "end": "2024-10-01"})
    _no_exception(app)
    assert "before start" in app.sidebar.warning[0].value
    assert app.sidebar.date_input[0].value == (date(2024, 6, 1), date(2024, 10, 22))


def test_filters_and_url_survive_page_changes():
    app = _app()
    app.sidebar.multiselect[0].set_value(["russia"]).run()
    for page in PAGES[1:] + PAGES[:1]:
        app.switch_page(page).run()
        _no_exception(app)
        assert app.sidebar.multiselect[0].value == ["russia"]
        assert _count_line(app) == "**2 of 19 events**"
        assert _params(app)["actor"] == ["russia"]


def test_share_link_names_the_page():
    app = _app({"layer": "troops"})
    app.switch_page("pages/timeline.py").run()
    assert _share_link(app) == (
        "http://localhost:8501/timeline?story=north-korean-troops-in-russia&layer=troops"
    )


def test_zero_results_show_a_message_and_keep_the_map():
    app = _app({"actor": ""})
    _no_exception(app)
    assert _count_line(app) == "**0 of 19 events**"
    assert any("No events match" in info.value for info in app.info)
    assert len(app.get("component_instance")) == 1
    assert _map_event_ids(app) == []
    for page in PAGES[1:3]:
        app.switch_page(page).run()
        _no_exception(app)


def test_reset_filters_restores_the_whole_story():
    app = _app({"actor": "nato", "layer": "diplomacy"})
    app.sidebar.button[0].click().run()
    _no_exception(app)
    assert _count_line(app) == "**19 of 19 events**"
    assert _params(app) == {"story": [STORY_ID]}


def test_events_page_downloads_exactly_the_filtered_events():
    app = _app({"actor": "nato"})
    app.switch_page("pages/events.py").run()
    _no_exception(app)
    frame = app.dataframe[0].value
    assert len(frame) == 3 and set(frame["Actor"]) == {"NATO"}
    buttons = app.get("download_button")
    labels = [button.proto.label for button in buttons]
    assert labels == [
        "Download these 3 events as CSV",
        "Download these 3 events as GeoJSON",
    ]


def test_places_page_lists_every_place_with_its_source_spelling():
    app = _app()
    app.switch_page("pages/places.py").run()
    table = app.dataframe[0].value
    assert len(table) == 12
    rows = {row["Resolved name"]: row for _, row in table.iterrows()}
    assert rows["Ussuriysk"]["Spelling in the source"] == "Oussouriisk"
    assert (rows["Ussuriysk"]["Geocoder"], rows["Ussuriysk"]["Precision"]) == ("curated", "exact")
    assert rows["Moscow"]["Spelling in the source"] == "Moscou", "named as a mention"
    assert (
        rows["Vladivostok"]["Events in the story"],
        rows["Paris"]["Spelling in the source"],
    ) == (
        0,
        "(not named)",
    )
    assert rows["Seoul"]["Events shown"] == rows["Seoul"]["Events in the story"] == 7
    assert "UNRESOLVED" not in set(table["Resolved name"])


def test_places_page_counts_the_events_the_filters_show():
    app = _app({"actor": "nato"})
    app.switch_page("pages/places.py").run()
    table = app.dataframe[0].value
    assert len(table) == 12, "every place is still listed"
    rows = {row["Resolved name"]: row for _, row in table.iterrows()}
    assert (rows["Seoul"]["Events shown"], rows["Seoul"]["Events in the story"]) == (0, 7)
    assert rows["Brussels"]["Events shown"] == 3
    assert table["Events shown"].sum() == 3


def test_places_page_flags_unresolved_names(tmp_path, monkeypatch):
    write_story(tmp_path, events=[make_event(), make_event(id="lost", place="Xyzzyville")])
    monkeypatch.setenv("STORIES_DIR", str(tmp_path))
    app = _app()
    app.switch_page("pages/places.py").run()
    _no_exception(app)
    table = app.dataframe[0].value
    assert list(table[table["Resolved name"] == "UNRESOLVED"]["Spelling in the source"]) == [
        "Xyzzyville"
    ]
    assert any("could not be resolved" in error.value for error in app.error)


def test_story_selector_appears_with_two_stories_and_resets_filters(tmp_path, monkeypatch):
    write_story(tmp_path, "a.yaml", events=[make_event()], id="alpha", published="2024-01-01")
    write_story(
        tmp_path, "b.yaml", events=[make_event(MOVEMENT_EVENT)], id="beta", published="2024-02-01"
    )
    monkeypatch.setenv("STORIES_DIR", str(tmp_path))
    app = _app({"story": "alpha"})
    _no_exception(app)
    assert app.sidebar.selectbox[0].value == "alpha"
    assert _count_line(app) == "**1 of 1 events**"
    app.sidebar.selectbox[0].set_value("beta").run()
    _no_exception(app)
    assert app.sidebar.multiselect[0].value == ["north-korea"]
    assert _params(app)["story"] == ["beta"]


def test_bad_story_files_are_named_and_the_rest_still_shows(tmp_path, monkeypatch):
    write_story(
        tmp_path, "good.yaml", events=[make_event(), make_event(id="late", date_end="2020-01-01")]
    )
    (tmp_path / "broken.yaml").write_text("id: [unclosed\n", "utf-8")
    monkeypatch.setenv("STORIES_DIR", str(tmp_path))
    app = _app()
    _no_exception(app)
    assert _count_line(app) == "**1 of 1 events**"
    assert "2 problems in the data files" in app.warning[0].value
    details = next(code.value for code in app.code if "broken.yaml" in code.value)
    assert "broken.yaml: broken YAML: line 2, column 1" in details
    assert "good.yaml: event 'late' (#2): field 'date_end': ends before it starts" in details


def test_no_loadable_story_shows_an_error_not_a_traceback(tmp_path, monkeypatch):
    (tmp_path / "broken.yaml").write_text("{{{", "utf-8")
    monkeypatch.setenv("STORIES_DIR", str(tmp_path))
    app = _app()
    _no_exception(app)
    assert "No story could be loaded" in app.error[0].value


def test_about_page_links_the_article_with_a_button_not_markdown(tmp_path, monkeypatch):
    tricky = "https://example.com/a)![x](https://evil.example/p.png"
    write_story(tmp_path, events=[make_event()], url=tricky)
    monkeypatch.setenv("STORIES_DIR", str(tmp_path))
    app = _app()
    app.switch_page("pages/about.py").run()
    _no_exception(app)
    buttons = app.get("link_button")
    assert [button.proto.url for button in buttons] == [tricky]
    assert not any("evil.example" in block.value for block in app.markdown)


def test_about_page_shows_the_story_caveats():
    app = _app()
    app.switch_page("pages/about.py").run()
    text = " ".join(block.value for block in app.markdown)
    assert "ouest de la Russie" in text and "Rutte" in text
    assert "no link to the article is known" in text
