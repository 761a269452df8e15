"""Streamlit glue: the page list, cached data, session state, URL state, the shared sidebar.

Everything else (loading, filtering, the view and its link, map and chart building) lives in
`geo/`, which never imports Streamlit. `app.py` calls `run_app`; pages call `selection()`.
"""

import os
import time
from dataclasses import astuple, dataclass
from pathlib import Path

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError
from streamlit.navigation.page import StreamlitPage

from geo import vocabulary
from geo.errors import SettingsError
from geo.filtering import filter_events
from geo.formatting import actor_name, format_day
from geo.model import Event
from geo.nominatim import NominatimGeocoder, NominatimSettings
from geo.paths import geocode_cache_file, stories_dir
from geo.resolver import default_resolver
from geo.safe_html import escape_markdown
from geo.stories import Catalog, Story, catalog_signature, load_catalog
from geo.view import (
    ACTORS_KEY,
    DATES_KEY,
    LAYERS_KEY,
    STATUSES_KEY,
    STORY_KEY,
    View,
    app_origin,
    default_view,
    parse_view,
    share_url,
    state_fitted_to_story,
    story_actor_choices,
    view_from_state,
    view_params,
    widget_state,
)


@dataclass(frozen=True)
class PageSpec:
    """One page of the app: its script, navigation title, and URL path."""

    script: str
    title: str
    url_path: str


# The app's pages, in navigation order; the default page's URL path is empty. app.py and the
# tests both use this list: a page added here is run by the page tests. Pages have no icons: a
# page's icon becomes the tab's icon, Streamlit fetches :material/...: icons from Google's font
# servers (announcing readers to a third party, and failing offline), and emoji need a colour
# emoji font that not every reader's system has.
PAGES = (
    PageSpec("pages/map.py", "Map", ""),
    PageSpec("pages/timeline.py", "Timeline", "timeline"),
    PageSpec("pages/events.py", "Events", "events"),
    PageSpec("pages/places.py", "Places", "places"),
    PageSpec("pages/about.py", "About", "about"),
)

NOTICES_KEY = "link_notices"
LAST_VIEW_KEY = "last_view"
SELECTION_KEY = "selection"
FIT_REQUESTS_KEY = "map_fit_requests"
DEFAULT_ORIGIN = "http://localhost:8501"
ONLINE_RETRY_SECONDS = 60


@dataclass(frozen=True)
class Selection:
    """This run's data: the catalog, the chosen story, the view and its filtered events."""

    catalog: Catalog
    story: Story
    view: View
    events: list[Event]
    share_link: str


def _secret_section(name: str) -> dict:
    """A section of `.streamlit/secrets.toml`, or {} when there is no secrets file."""
    try:
        section = st.secrets.get(name, {})
    except (StreamlitSecretNotFoundError, FileNotFoundError):
        return {}
    return dict(section) if hasattr(section, "keys") else {}


def online_settings() -> tuple[NominatimSettings, str | None]:
    """Online geocoding settings (environment first, then `[nominatim]` in the secrets), and
    what is wrong with them: bad settings turn online geocoding off."""
    try:
        settings = NominatimSettings.from_env(
            _secret_section("nominatim"), overrides_label="secret [nominatim]"
        )
    except SettingsError as error:
        return NominatimSettings(), f"Online geocoding is off: {error}."
    return settings, None


@st.cache_resource(show_spinner="Loading the stories…", max_entries=4)
def _load(directory: str, signature: tuple, settings: tuple) -> tuple[Catalog, float]:
    del signature  # part of the cache key only
    online_settings = NominatimSettings(*settings)
    online = None
    if online_settings.enabled:
        online = NominatimGeocoder(online_settings, cache_file=geocode_cache_file())
    loaded = load_catalog(Path(directory), resolver=default_resolver(online=online))
    return loaded, time.monotonic()


def catalog() -> Catalog:
    """Every story, loaded once per change of the data files (shared by all sessions).

    A catalog loaded while online geocoding failed is loaded again after a minute, so that a
    passing outage does not hide events until the server restarts.
    """
    directory = stories_dir()
    key = (str(directory), catalog_signature(directory), astuple(online_settings()[0]))
    loaded, loaded_at = _load(*key)
    if loaded.warnings and time.monotonic() - loaded_at > ONLINE_RETRY_SECONDS:
        _load.clear()
        loaded, _ = _load(*key)
    return loaded


def _set_state(view: View) -> None:
    st.session_state.update(widget_state(view))
    st.session_state[LAST_VIEW_KEY] = view


def _query_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def _on_story_change() -> None:
    story = catalog().stories.get(st.session_state[STORY_KEY])
    if story is not None:
        _set_state(default_view(story))
    st.session_state[NOTICES_KEY] = []


def _on_filter_change() -> None:
    st.session_state[NOTICES_KEY] = []


def _on_reset() -> None:
    story = catalog().stories.get(st.session_state.get(STORY_KEY, ""))
    if story is not None:
        _set_state(default_view(story))
    st.session_state[NOTICES_KEY] = []


def _app_origin() -> str:
    """Scheme, host and base path of the app, e.g. https://news-map.streamlit.app."""
    configured = os.environ.get("APP_URL", "") or str(_secret_section("app").get("url", ""))
    if configured.strip():
        return configured.strip().rstrip("/")
    try:
        url = st.context.url
    except (AttributeError, RuntimeError):
        url = None
    base_path = str(st.get_option("server.baseUrlPath") or "")
    return app_origin(url, base_path) if url else DEFAULT_ORIGIN


def _sync_url(params: dict[str, str | list[str]]) -> None:
    wanted = {key: value if isinstance(value, list) else [value] for key, value in params.items()}
    if _query_params() != wanted:
        st.query_params.from_dict(params)


def draw_sidebar(page_path: str) -> Selection:
    """Draw the shared filters, keep the URL in step, and return this run's selection.

    `page_path` is the current page's URL path ("" for the default page).
    """
    loaded = catalog()
    if not loaded.stories:
        st.error("No story could be loaded. The problems found are listed below.")
        show_data_problems(loaded, expanded=True)
        st.stop()

    if STORY_KEY not in st.session_state:  # first run of this browser session: read the link
        view, notices = parse_view(_query_params(), loaded)
        _set_state(view)
        st.session_state[NOTICES_KEY] = notices
    story = loaded.stories.get(st.session_state[STORY_KEY])
    if story is None:  # the story vanished from the data folder since the last run
        story = loaded.default_story()
        _set_state(default_view(story))

    st.session_state.update(state_fitted_to_story(st.session_state, story))
    first_day, last_day = story.span()
    with st.sidebar:
        if len(loaded.stories) > 1:
            st.selectbox(
                "Story",
                options=list(loaded.stories),
                format_func=lambda story_id: loaded.stories[story_id].meta.title,
                key=STORY_KEY,
                on_change=_on_story_change,
            )
        st.date_input(
            "Dates",
            key=DATES_KEY,
            min_value=first_day,
            max_value=last_day,
            format="YYYY-MM-DD",
            on_change=_on_filter_change,
            help="Events whose dates overlap this window are shown.",
        )
        st.multiselect(
            "Actors",
            options=list(story_actor_choices(story)),
            format_func=lambda actor_id: actor_name(loaded.actors, actor_id),
            key=ACTORS_KEY,
            on_change=_on_filter_change,
            placeholder="No actor selected",
        )
        st.multiselect(
            "Layers",
            options=list(vocabulary.LAYERS.ids),
            format_func=vocabulary.LAYERS.name,
            key=LAYERS_KEY,
            on_change=_on_filter_change,
            placeholder="No layer selected",
        )
        st.multiselect(
            "Status",
            options=list(vocabulary.STATUSES.ids),
            format_func=vocabulary.STATUSES.name,
            key=STATUSES_KEY,
            on_change=_on_filter_change,
            placeholder="No status selected",
        )
        view = view_from_state(st.session_state, story, st.session_state.get(LAST_VIEW_KEY))
        st.session_state[LAST_VIEW_KEY] = view
        events = filter_events(story.events, view.event_filter())
        st.markdown(f"**{len(events)} of {len(story.events)} events**")
        st.button("Reset filters", key="reset_filters", on_click=_on_reset, width="stretch")

        params = view_params(view, story)
        link = share_url(_app_origin(), page_path, params)
        st.markdown("**Share this view**")
        st.code(link, language=None, wrap_lines=True)
        notices = st.session_state.get(NOTICES_KEY) or []
        if notices:
            st.warning(
                "Ignored from the link: " + "; ".join(escape_markdown(n) for n in notices) + "."
            )
    _sync_url(params)
    return Selection(loaded, story, view, events, link)


def _navigation() -> StreamlitPage:
    """Streamlit's navigation over `PAGES`; returns the page to run."""
    return st.navigation(
        [
            st.Page(
                page.script,
                title=page.title,
                url_path=page.url_path or None,
                default=not page.url_path,
            )
            for page in PAGES
        ]
    )


def run_app() -> None:
    """What `app.py` does on every run: page config, navigation, the shared sidebar, the page.

    The page reads this run's selection with `selection()`; it is dropped when the run ends,
    so a page never sees a selection drawn by an earlier run.
    """
    st.set_page_config(page_title="News story map", page_icon="🗺️", layout="wide")
    page = _navigation()
    chosen = draw_sidebar(page.url_path)
    settings_problem = online_settings()[1]
    if settings_problem:
        st.error(escape_markdown(settings_problem))
    show_data_problems(chosen.catalog)
    st.session_state[SELECTION_KEY] = chosen
    try:
        page.run()
    finally:
        st.session_state.pop(SELECTION_KEY, None)


def selection() -> Selection:
    """This run's selection, drawn by `run_app` before the page runs."""
    chosen = st.session_state.get(SELECTION_KEY)
    if chosen is None:
        # Streamlit ran this page file by itself, without app.py. With a `pages/` folder
        # beside app.py, a fresh server (and every AppTest run) starts in Streamlit's legacy
        # folder navigation, which runs a requested page's file alone, until some session
        # calls st.navigation; from then on every session goes through app.py ("As soon as
        # any session of your app executes the st.navigation command, your app will ignore
        # the pages/ directory", st.navigation's documentation). So call it, and run again.
        _navigation()
        st.rerun()
    return chosen


def fit_token() -> int:
    """Changes each time the user asks the map to fit the events."""
    return st.session_state.get(FIT_REQUESTS_KEY, 0)


def request_fit() -> None:
    """Button callback: fit the map to the filtered events on the next run."""
    st.session_state[FIT_REQUESTS_KEY] = fit_token() + 1


def show_data_problems(loaded: Catalog, *, expanded: bool = False) -> None:
    """A one-line warning when data files have problems, the full list in an expander."""
    if not loaded.problems and not loaded.warnings:
        return
    count = len(loaded.problems) + len(loaded.warnings)
    st.warning(
        f"{count} problem{'s' if count > 1 else ''} in the data files: the items concerned are "
        "left out, everything else is shown."
    )
    with st.expander("What is wrong, where", expanded=expanded):
        lines = [str(problem) for problem in loaded.problems] + list(loaded.warnings)
        st.code("\n".join(lines), language=None, wrap_lines=True)


def story_header(chosen: Selection) -> None:
    """The story's title and source line, shown at the top of each page."""
    meta = chosen.story.meta
    st.markdown(f"#### {escape_markdown(meta.title)}")
    st.caption(
        f"{escape_markdown(meta.outlet)}, {format_day(meta.published)} · showing "
        f"{format_day(chosen.view.start)} to {format_day(chosen.view.end)}"
    )
