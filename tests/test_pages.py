"""AppTest: every page runs, the sidebar filters work, links restore and update the view.

The app runs on the sample story of conftest.py (STORIES_DIR), so the counts below are those
of events the tests wrote, not of the shipped story.
"""

import json
import re
from datetime import date
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import dashboard
from geo.view import ACTORS_KEY, DATES_KEY, LAYERS_KEY, STATUSES_KEY, STORY_KEY
from tests.conftest import (
    MOVEMENT_EVENT,
    SAMPLE_EVENTS,
    SAMPLE_STORY_ID,
    make_event,
    sample_ids,
    write_story,
)

REPO = Path(__file__).resolve().parent.parent
PAGES = [page.script for page in dashboard.PAGES]
TOTAL = len(SAMPLE_EVENTS)


@pytest.fixture(autouse=True)
def fresh_caches(monkeypatch, sample_dir):
    """Streamlit caches outlive AppTest instances: clear them so tests cannot leak. The app
    reads the sample story unless a test points STORIES_DIR elsewhere."""
    monkeypatch.setenv("STORIES_DIR", str(sample_dir))
    for variable in ("NOMINATIM_ENABLED", "NOMINATIM_TIMEOUT", "APP_URL"):
        monkeypatch.delenv(variable, raising=False)
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
    return next(m.value for m in app.sidebar.markdown if re.fullmatch(r"\*\*\d+ \D.*\*\*", m.value))


def _count(shown: int) -> str:
    return f"**{shown} of {TOTAL} events**"


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


def test_every_page_file_is_in_the_page_list():
    on_disk = sorted(str(path.relative_to(REPO)) for path in (REPO / "pages").glob("*.py"))
    assert sorted(PAGES) == on_disk, "a page file must be listed in dashboard.PAGES"
    assert [page.url_path for page in dashboard.PAGES].count("") == 1, "one default page"


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_and_keeps_the_link(page):
    app = _app()
    app.switch_page(page).run()
    _no_exception(app)
    assert _count_line(app) == _count(TOTAL)
    assert _params(app)["story"] == [SAMPLE_STORY_ID]
    assert app.date_input(key=DATES_KEY).value == (date(2024, 6, 1), date(2024, 10, 22))


@pytest.mark.parametrize("page", PAGES)
def test_every_page_works_as_the_first_visit(page):
    # A shared link opened on a fresh server: the page's own file runs first (Streamlit's
    # legacy pages/ mode), and the app must still draw the whole frame, with the link's view.
    app = AppTest.from_file(str(REPO / "app.py"), default_timeout=60)
    app.query_params["actor"] = "nato"
    app.switch_page(page).run()
    _no_exception(app)
    assert _count_line(app) == _count(len(sample_ids(actor="nato")))


def test_map_page_sends_every_event_to_the_map():
    app = _app()
    _no_exception(app)
    assert _map_event_ids(app) == sorted(sample_ids())
    component = app.get("component_instance")[0]
    args = json.loads(component.proto.json_args)
    assert args["returned_objects"] == [], "panning and zooming never rerun the script"
    assert "Troop movements" in args["layer_control"]
    assert "Diplomatic actions" in args["layer_control"]


def test_actor_filter_updates_count_map_and_url():
    app = _app()
    app.multiselect(key=ACTORS_KEY).set_value(["nato", "france"]).run()
    _no_exception(app)
    expected = sample_ids(actor="nato") + sample_ids(actor="france")
    assert _count_line(app) == _count(len(expected))
    assert _params(app)["actor"] == ["nato", "france"]
    assert _map_event_ids(app) == sorted(expected)
    assert "actor=nato&actor=france" in _share_link(app)


def test_date_filter_updates_count_and_url():
    app = _app()
    app.date_input(key=DATES_KEY).set_value((date(2024, 10, 21), date(2024, 10, 22))).run()
    _no_exception(app)
    expected = [e for e in SAMPLE_EVENTS if e["date_end"] >= "2024-10-21"]
    assert _count_line(app) == _count(len(expected))
    params = _params(app)
    assert params["start"] == ["2024-10-21"] and "end" not in params


def _plain(markdown: str) -> str:
    """Markdown text as read: escapes dropped, Babel's thin spaces as spaces."""
    return markdown.replace("\\", "").replace("\u2009", " ")


def test_dates_beyond_the_story_are_fitted_to_it_and_the_sidebar_says_so():
    app = _app()
    app.date_input(key=DATES_KEY).set_value((date(2024, 3, 5), date(2024, 10, 18))).run()
    _no_exception(app)
    assert app.date_input(key=DATES_KEY).value == (date(2024, 6, 1), date(2024, 10, 18))
    notices = [_plain(w.value) for w in app.sidebar.warning]
    assert notices == [
        "5 Mar – 18 Oct 2024 is not all within the story (1 Jun – 22 Oct 2024): "
        "showing 1 Jun – 18 Oct 2024."
    ], notices
    assert _params(app)["end"] == ["2024-10-18"] and "start" not in _params(app)
    # Reversed, then the next filter change: the notice goes.
    app.date_input(key=DATES_KEY).set_value((date(2024, 10, 21), date(2024, 10, 18))).run()
    assert app.date_input(key=DATES_KEY).value == (date(2024, 10, 18), date(2024, 10, 21))
    assert [_plain(w.value) for w in app.sidebar.warning] == [
        "The first day came after the last: showing 18–21 Oct 2024."
    ]
    app.multiselect(key=LAYERS_KEY).set_value(["troops"]).run()
    assert list(app.sidebar.warning) == []


def test_the_busiest_days_are_one_click_away():
    app = _app()
    button = next(b for b in app.sidebar.button if b.label.startswith("Busiest days: "))
    days = button.label.removeprefix("Busiest days: ")
    button.click().run()
    _no_exception(app)
    start, end = app.date_input(key=DATES_KEY).value
    assert (start, end) != (date(2024, 6, 1), date(2024, 10, 22))
    assert _plain(days) == f"{start.day}–{end.day} Oct 2024" and start.month == end.month == 10
    shown = [
        e for e in SAMPLE_EVENTS if e["date_end"] >= str(start) and e["date_start"] <= str(end)
    ]
    assert _count_line(app) == _count(len(shown))
    assert list(app.sidebar.warning) == []


def test_a_link_to_an_event_shows_it_even_outside_the_filters_until_they_change():
    app = _app({"story": SAMPLE_STORY_ID, "actor": "nato", "event": "seoul-summons"})
    _no_exception(app)
    assert "seoul-summons" in _map_event_ids(app)
    assert _count_line(app) == _count(len(sample_ids(actor="nato")) + 1)
    assert any("seoul-summons" not in i.value and "leave out" in i.value for i in app.info)
    assert _params(app)["event"] == ["seoul-summons"]
    assert "event=seoul-summons" in _share_link(app)
    app.multiselect(key=LAYERS_KEY).set_value(["diplomacy"]).run()
    assert "event" not in _params(app) and "seoul-summons" not in _map_event_ids(app)
    assert not any("leave out" in i.value for i in app.info)


def test_the_events_page_links_each_event_on_the_map():
    app = _app({"story": SAMPLE_STORY_ID, "actor": "nato"})
    app.switch_page("pages/events.py").run()
    frame = app.dataframe[0].value
    links = list(frame["Link"])
    assert len(links) == len(sample_ids(actor="nato"))
    for link, event_id in zip(links, frame["id"], strict=True):
        assert link.endswith(f"/?story={SAMPLE_STORY_ID}&lang=en&actor=nato&event={event_id}"), link


def test_layer_and_status_filters():
    app = _app()
    app.multiselect(key=LAYERS_KEY).set_value(["troops"]).run()
    assert _count_line(app) == _count(len(sample_ids(layer="troops")))
    assert _params(app)["layer"] == ["troops"]
    app.multiselect(key=STATUSES_KEY).set_value(["confirmed"]).run()
    _no_exception(app)
    assert _count_line(app) == _count(len(sample_ids(layer="troops", status="confirmed")))
    assert _params(app)["status"] == ["confirmed"]


def test_opening_a_link_restores_every_filter():
    app = _app(
        {
            "story": SAMPLE_STORY_ID,
            "start": "2024-10-18",
            "end": "2024-10-21",
            "actor": ["south-korea", "united-kingdom"],
            "layer": "diplomacy",
            "status": "confirmed",
        }
    )
    _no_exception(app)
    assert app.date_input(key=DATES_KEY).value == (date(2024, 10, 18), date(2024, 10, 21))
    assert app.multiselect(key=ACTORS_KEY).value == ["south-korea", "united-kingdom"]
    assert app.multiselect(key=LAYERS_KEY).value == ["diplomacy"]
    assert app.multiselect(key=STATUSES_KEY).value == ["confirmed"]
    assert _count_line(app) == _count(2), "the NIS report and the summons"
    link = _share_link(app)
    assert link.startswith(
        f"http://localhost:8501/?story={SAMPLE_STORY_ID}&lang=en&start=2024-10-18"
    )
    assert not [w for w in app.warning if "Ignored from the link" in w.value]


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
    notice = " ".join(w.value for w in app.warning if "Ignored from the link" in w.value)
    for words in ("start", "not\\-a\\-date", "img src", "navy", "missing\\-story"):
        assert words in notice
    assert "\\<img" in notice, "link text is escaped before it is shown as markdown"
    assert app.multiselect(key=ACTORS_KEY).value == ["nato"]
    assert app.date_input(key=DATES_KEY).value == (date(2024, 6, 1), date(2024, 10, 21))
    assert _count_line(app) == _count(len(sample_ids(actor="nato")))
    params = _params(app)
    assert params == {
        "story": [SAMPLE_STORY_ID],
        "lang": ["en"],
        "end": ["2024-10-21"],
        "actor": ["nato"],
    }


def test_end_before_start_drops_both_dates():
    app = _app({"start": "2024-10-21", "end": "2024-10-01"})
    _no_exception(app)
    assert any("before start" in w.value for w in app.warning), "notices are at the top"
    assert app.date_input(key=DATES_KEY).value == (date(2024, 6, 1), date(2024, 10, 22))


def test_filters_and_url_survive_page_changes():
    app = _app()
    app.multiselect(key=ACTORS_KEY).set_value(["russia"]).run()
    for page in PAGES[1:] + PAGES[:1]:
        app.switch_page(page).run()
        _no_exception(app)
        assert app.multiselect(key=ACTORS_KEY).value == ["russia"]
        assert _count_line(app) == _count(len(sample_ids(actor="russia")))
        assert _params(app)["actor"] == ["russia"]


def test_share_link_names_the_page():
    app = _app({"layer": "troops"})
    app.switch_page("pages/timeline.py").run()
    assert _share_link(app) == (
        f"http://localhost:8501/timeline?story={SAMPLE_STORY_ID}&lang=en&layer=troops"
    )


def test_zero_results_show_a_message_and_keep_the_map():
    app = _app({"actor": ""})
    _no_exception(app)
    assert _count_line(app) == _count(0)
    assert any("No events match" in info.value for info in app.info)
    assert len(app.get("component_instance")) == 1
    assert _map_event_ids(app) == []
    for page in PAGES[1:]:
        app.switch_page(page).run()
        _no_exception(app)


def test_reset_filters_restores_the_whole_story():
    app = _app({"actor": "nato", "layer": "diplomacy"})
    app.button(key="reset_filters").click().run()
    _no_exception(app)
    assert _count_line(app) == _count(TOTAL)
    assert _params(app) == {"story": [SAMPLE_STORY_ID], "lang": ["en"]}


def test_events_page_downloads_exactly_the_filtered_events():
    app = _app({"actor": "north-korea"})
    app.switch_page("pages/events.py").run()
    _no_exception(app)
    expected = sample_ids(actor="north-korea")
    frame = app.dataframe[0].value
    assert list(frame["id"]) == expected, "in date order, which is the file's order here"
    labels = [button.proto.label for button in app.get("download_button")]
    assert labels == [
        f"Download these {len(expected)} events as CSV",
        f"Download these {len(expected)} events as GeoJSON",
    ]


def test_places_page_lists_every_place_with_its_source_spelling(sample_story):
    app = _app()
    app.switch_page("pages/places.py").run()
    table = app.dataframe[0].value
    assert sorted(table["Resolved name"]) == sorted(p.name for p in sample_story.places.values())
    rows = {row["Resolved name"]: row for _, row in table.iterrows()}
    assert rows["Ussuriysk"]["Spelling in the source"] == "Oussouriisk"
    assert (rows["Ussuriysk"]["Geocoder"], rows["Ussuriysk"]["Precision"]) == ("Curated", "Exact")
    assert rows["Vladivostok"]["Events in the story"] == 0, "named as a mention only"
    assert rows["Paris"]["Spelling in the source"] == "(not named)"
    seoul = len(sample_ids(place="Seoul"))
    assert rows["Seoul"]["Events shown"] == rows["Seoul"]["Events in the story"] == seoul
    assert "UNRESOLVED" not in set(table["Resolved name"])


def test_places_page_counts_the_events_the_filters_show():
    app = _app({"actor": "nato"})
    app.switch_page("pages/places.py").run()
    table = app.dataframe[0].value
    rows = {row["Resolved name"]: row for _, row in table.iterrows()}
    assert rows["Seoul"]["Events shown"] == 0
    assert rows["Seoul"]["Events in the story"] == len(sample_ids(place="Seoul"))
    assert rows["Brussels"]["Events shown"] == 1
    assert table["Events shown"].sum() == len(sample_ids(actor="nato"))


def test_places_page_flags_unresolved_names(tmp_path, monkeypatch):
    write_story(tmp_path, events=[make_event(), make_event(id="lost", place="Xyzzyville")])
    monkeypatch.setenv("STORIES_DIR", str(tmp_path))
    app = _app()
    app.switch_page("pages/places.py").run()
    _no_exception(app)
    table = app.dataframe[0].value
    unresolved = table[table["Resolved name"] == "UNRESOLVED"]
    assert list(unresolved["Spelling in the source"]) == ["Xyzzyville"]
    assert "'lost' (#2)" in unresolved["Note"].iloc[0]
    assert any("could not be resolved" in error.value for error in app.error)


def test_places_page_says_a_place_spans_several_countries(tmp_path, monkeypatch):
    # a region of several countries (a border, a sea) has no one country: the column says so
    write_story(tmp_path, events=[make_event(), make_event(id="sahel", place="Sahel")])
    monkeypatch.setenv("STORIES_DIR", str(tmp_path))
    app = _app()
    app.switch_page("pages/places.py").run()
    _no_exception(app)
    rows = {row["Resolved name"]: row for _, row in app.dataframe[0].value.iterrows()}
    assert (rows["Sahel"]["Country"], rows["Seoul"]["Country"]) == ("(several)", "KR")


def test_story_selector_appears_with_two_stories_and_resets_filters(tmp_path, monkeypatch):
    write_story(tmp_path, "a.yaml", events=[make_event()], id="alpha", published="2024-01-01")
    write_story(
        tmp_path, "b.yaml", events=[make_event(MOVEMENT_EVENT)], id="beta", published="2024-02-01"
    )
    monkeypatch.setenv("STORIES_DIR", str(tmp_path))
    app = _app({"story": "alpha"})
    _no_exception(app)
    assert app.selectbox(key=STORY_KEY).value == "alpha"
    assert _count_line(app) == "**1 of 1 events**"
    app.selectbox(key=STORY_KEY).set_value("beta").run()
    _no_exception(app)
    assert app.multiselect(key=ACTORS_KEY).value == ["north-korea"]
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
    assert "No story to show" in app.error[0].value
    assert "broken.yaml: broken YAML" in app.code[0].value
    assert [link.label for link in app.get("page_link")] == [
        "Import an article to make the first story"
    ]


def test_an_empty_stories_folder_says_so_and_points_to_import(tmp_path, monkeypatch):
    monkeypatch.setenv("STORIES_DIR", str(tmp_path))
    app = _app({"lang": "fr"})
    _no_exception(app)
    assert not app.error and "Aucun récit à afficher" in app.info[0].value
    assert [link.label for link in app.get("page_link")] == [
        "Importer un article pour créer le premier récit"
    ]


def test_bad_online_settings_are_named_and_the_app_runs_offline(monkeypatch):
    monkeypatch.setenv("NOMINATIM_TIMEOUT", "ten")
    app = _app()
    _no_exception(app)
    assert any("NOMINATIM\\_TIMEOUT='ten'" in error.value for error in app.error)
    assert _count_line(app) == _count(TOTAL)


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


def test_about_page_shows_the_story_caveats_and_every_vocabulary_value():
    app = _app()
    app.switch_page("pages/about.py").run()
    text = " ".join(block.value for block in app.markdown)
    assert "the numbers are claims" in text
    assert "no link to the article is known" in text
    tables = " ".join(str(table.value.to_dict()) for table in app.table)
    for value in ("troops", "diplomacy", "intelligence_report", "unconfirmed", "near", "month"):
        assert f"'{value}'" in tables


def test_a_french_link_opens_in_french_and_shares_in_french():
    app = _app({"lang": "fr", "actor": "nato"})
    _no_exception(app)
    nato = len(sample_ids(actor="nato"))
    assert _count_line(app) == f"**{nato} événement sur {TOTAL}**"
    assert app.multiselect(key=ACTORS_KEY).label == "Acteurs"
    assert app.multiselect(key=ACTORS_KEY).value == ["nato"], "ids never change with the language"
    assert "lang=fr" in _share_link(app) and _params(app)["lang"] == ["fr"]
    assert any("Affiché seulement" in m.value and "OTAN" in m.value for m in app.markdown)
    app.switch_page("pages/events.py").run()
    _no_exception(app)
    frame = app.dataframe[0].value
    assert list(frame.columns)[:3] == ["Événement", "Statut", "Résumé (en anglais)"]
    assert list(frame["id"]) == sample_ids(actor="nato"), "exports keep the data's ids"
    labels = [button.proto.label for button in app.get("download_button")]
    assert labels[0] == "Télécharger cet événement en CSV"
    app.switch_page("pages/about.py").run()
    _no_exception(app)
    assert app.header[0].value == "À propos de cette carte"


def test_switching_the_language_keeps_the_view():
    app = _app({"actor": ["nato", "france"], "layer": "diplomacy"})
    before = _count_line(app)
    app.radio(key="language").set_value("fr").run()
    _no_exception(app)
    assert app.multiselect(key=ACTORS_KEY).value == ["nato", "france"]
    assert app.multiselect(key=LAYERS_KEY).value == ["diplomacy"]
    assert _count_line(app).startswith(before.split(" of ")[0]) and "sur" in _count_line(app)
    assert _params(app)["lang"] == ["fr"] and _params(app)["actor"] == ["nato", "france"]
    app.radio(key="language").set_value("en").run()
    assert _count_line(app) == before


def test_an_unknown_language_in_a_link_is_said_and_english_shown():
    app = _app({"lang": "xx"})
    _no_exception(app)
    assert any("lang='xx' is not a language" in w.value for w in app.warning)
    assert _params(app)["lang"] == ["en"]


def test_the_list_under_the_map_links_each_event():
    app = _app({"story": SAMPLE_STORY_ID, "actor": "nato"})
    listed = next(m.value for m in app.markdown if "Link to this event" in m.value)
    for event_id in sample_ids(actor="nato"):
        assert f"&event={event_id})" in listed, event_id
