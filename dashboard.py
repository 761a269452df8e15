"""Streamlit glue for the pages: cached data, session-state keys, URL state, the shared sidebar.

Everything else (loading, filtering, map and chart building) lives in `geo/`, which never
imports Streamlit. `app.py` calls `draw_sidebar` on every run; pages call `selection()`.
"""

import os
import re
import time
from dataclasses import astuple, dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlencode

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError
from streamlit.runtime.pages_manager import PagesManager

from geo.filtering import filter_events
from geo.formatting import actor_name, format_day
from geo.map_layers import LAYER_NAMES
from geo.model import Event
from geo.nominatim import NominatimGeocoder, NominatimSettings
from geo.paths import ACTORS_FILE, GAZETTEER_FILE, geocode_cache_file, stories_dir
from geo.resolver import default_resolver
from geo.stories import STORY_SUFFIXES, Catalog, Story, load_catalog
from geo.view import (
    LAYER_IDS,
    STATUS_IDS,
    View,
    app_origin,
    default_view,
    parse_view,
    story_actor_choices,
    view_params,
)

STORY_KEY = "filter_story"
DATES_KEY = "filter_dates"
ACTORS_KEY = "filter_actors"
LAYERS_KEY = "filter_layers"
STATUSES_KEY = "filter_statuses"
NOTICES_KEY = "link_notices"
LAST_VIEW_KEY = "last_view"
SELECTION_KEY = "selection"
FIT_REQUESTS_KEY = "map_fit_requests"
DEFAULT_ORIGIN = "http://localhost:8501"
ONLINE_RETRY_SECONDS = 60
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


@dataclass(frozen=True)
class Selection:
    """This run's data: the catalog, the chosen story, the view and its filtered events."""

    catalog: Catalog
    story: Story
    view: View
    events: list[Event]
    share_link: str


def escape_markdown(text: str) -> str:
    """Text shown literally by st.markdown / st.warning (no links, images, HTML or maths)."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", text)


def _secret_section(name: str) -> dict:
    """A section of `.streamlit/secrets.toml`, or {} when there is no secrets file."""
    try:
        section = st.secrets.get(name, {})
    except (StreamlitSecretNotFoundError, FileNotFoundError):
        return {}
    return dict(section) if hasattr(section, "keys") else {}


def nominatim_settings() -> NominatimSettings:
    """Online geocoding settings: environment first, then `[nominatim]` in the secrets."""
    allowed = set(NominatimSettings.__dataclass_fields__)
    overrides = {k: v for k, v in _secret_section("nominatim").items() if k in allowed}
    return NominatimSettings.from_env(overrides)


def _data_signature(directory: Path) -> tuple:
    """Names, sizes and times of the data files, so an edited file is loaded again."""
    files = [ACTORS_FILE, GAZETTEER_FILE]
    if directory.is_dir():
        files += sorted(p for p in directory.iterdir() if p.suffix in STORY_SUFFIXES)
    signature = []
    for path in files:
        try:
            stat = path.stat()
            signature.append((str(path), stat.st_mtime_ns, stat.st_size))
        except OSError:
            signature.append((str(path), None, None))
    return tuple(signature)


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
    key = (str(directory), _data_signature(directory), astuple(nominatim_settings()))
    loaded, loaded_at = _load(*key)
    if loaded.warnings and time.monotonic() - loaded_at > ONLINE_RETRY_SECONDS:
        _load.clear()
        loaded, _ = _load(*key)
    return loaded


def _set_state(view: View) -> None:
    st.session_state[STORY_KEY] = view.story_id
    st.session_state[DATES_KEY] = (view.start, view.end)
    st.session_state[ACTORS_KEY] = list(view.actors)
    st.session_state[LAYERS_KEY] = list(view.layers)
    st.session_state[STATUSES_KEY] = list(view.statuses)
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


def _fit_state_to_story(story: Story) -> None:
    """Keep widget state within the story's options (its file may have changed meanwhile)."""
    first_day, last_day = story.span()
    dates = st.session_state.get(DATES_KEY)
    if not isinstance(dates, (tuple, list)) or not all(
        isinstance(day, date) and first_day <= day <= last_day for day in dates
    ):
        st.session_state[DATES_KEY] = (first_day, last_day)
    for key, options in (
        (ACTORS_KEY, story_actor_choices(story)),
        (LAYERS_KEY, LAYER_IDS),
        (STATUSES_KEY, STATUS_IDS),
    ):
        chosen = st.session_state.get(key) or []
        st.session_state[key] = [value for value in chosen if value in options]


def _view_from_state(story: Story) -> View:
    """The view the widgets show; while a date range is half picked, the last full one."""
    last: View = st.session_state.get(LAST_VIEW_KEY) or default_view(story)
    dates = st.session_state.get(DATES_KEY) or ()
    if isinstance(dates, date):
        dates = (dates,)
    start, end = (dates[0], dates[-1]) if len(dates) == 2 else (last.start, last.end)
    choices = story_actor_choices(story)
    view = View(
        story_id=story.id,
        start=start,
        end=end,
        actors=tuple(a for a in choices if a in st.session_state.get(ACTORS_KEY, [])),
        layers=tuple(x for x in LAYER_IDS if x in st.session_state.get(LAYERS_KEY, [])),
        statuses=tuple(x for x in STATUS_IDS if x in st.session_state.get(STATUSES_KEY, [])),
    )
    st.session_state[LAST_VIEW_KEY] = view
    return view


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


def share_link(params: dict[str, str | list[str]], page_path: str) -> str:
    """The full link that reopens this view on this page."""
    path = f"/{page_path}" if page_path else "/"
    return f"{_app_origin()}{path}?{urlencode(params, doseq=True)}"


def _sync_url(params: dict[str, str | list[str]]) -> None:
    wanted = {key: value if isinstance(value, list) else [value] for key, value in params.items()}
    if _query_params() != wanted:
        st.query_params.from_dict(params)


def draw_sidebar(page_path: str) -> Selection:
    """Draw the shared filters, keep the URL in step, and remember this run's selection.

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
        story = loaded.story(loaded.default_story_id)  # type: ignore[arg-type]
        _set_state(default_view(story))

    _fit_state_to_story(story)
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
            options=list(LAYER_IDS),
            format_func=LAYER_NAMES.__getitem__,
            key=LAYERS_KEY,
            on_change=_on_filter_change,
            placeholder="No layer selected",
        )
        st.multiselect(
            "Status",
            options=list(STATUS_IDS),
            format_func=str.capitalize,
            key=STATUSES_KEY,
            on_change=_on_filter_change,
            placeholder="No status selected",
        )
        view = _view_from_state(story)
        events = filter_events(story.events, view.event_filter())
        st.markdown(f"**{len(events)} of {len(story.events)} events**")
        st.button("Reset filters", on_click=_on_reset, width="stretch")

        params = view_params(view, story)
        link = share_link(params, page_path)
        st.markdown("**Share this view**")
        st.code(link, language=None, wrap_lines=True)
        notices = st.session_state.get(NOTICES_KEY) or []
        if notices:
            st.warning(
                "Ignored from the link: " + "; ".join(escape_markdown(n) for n in notices) + "."
            )
    _sync_url(params)
    selection = Selection(loaded, story, view, events, link)
    st.session_state[SELECTION_KEY] = selection
    return selection


def selection() -> Selection:
    """This run's selection, drawn by `app.py` before the page runs."""
    if PagesManager.uses_pages_directory:
        # Streamlit ran this page file without app.py: with a `pages/` folder beside the entry
        # script, a server's first run (and every AppTest run) starts in the old folder-based
        # navigation until st.navigation is called. Do what st.navigation does (leave that
        # mode) and run again, this time through app.py and its sidebar.
        PagesManager.uses_pages_directory = False
        st.rerun()
    return st.session_state[SELECTION_KEY]


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
