"""The app's settings and shared data: secrets, online geocoding, the catalog (cached once for
every session), the app's public address, and the cached timeline spec."""

import gc
import os
import time
from dataclasses import astuple
from datetime import date
from pathlib import Path
from typing import Any

import altair as alt
import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from geo.catalog import Catalog, catalog_signature, load_catalog
from geo.columns import EventSet
from geo.errors import SettingsError
from geo.i18n import Words
from geo.links import app_origin
from geo.nominatim import NominatimGeocoder, NominatimSettings
from geo.paths import geocode_cache_file, stories_dir
from geo.resolver import default_resolver
from geo.stories import Story
from geo.timeline import timeline_chart
from geo.timeline_counts import counted, counts_chart

DEFAULT_ORIGIN = "http://localhost:8501"
ONLINE_RETRY_SECONDS = 60


def secret_section(name: str) -> dict:
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
            secret_section("nominatim"), overrides_label="secret [nominatim]"
        )
    except SettingsError as error:
        return NominatimSettings(), f"Online geocoding is off: {error}."
    return settings, None


@st.cache_resource(show_spinner="Loading the stories…", max_entries=4)
def _load(directory: str, signature: tuple, settings: tuple) -> tuple[Catalog, float]:
    del signature  # part of the cache key only
    chosen = NominatimSettings(*settings)
    online = None
    if chosen.enabled:
        online = NominatimGeocoder(chosen, cache_file=geocode_cache_file())
    loaded = load_catalog(Path(directory), resolver=default_resolver(online=online))
    # The catalog lives as long as the cache: move it out of the garbage collector's sight.
    # Streamlit runs a full collection after every run (runner.postScriptGC), which walks
    # every object still tracked: half a second a run for 100,000 events. Frozen objects are
    # still freed by reference counting when the cache lets the catalog go.
    gc.collect()
    gc.freeze()
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


def app_address() -> str:
    """Scheme, host and base path of the app, e.g. https://news-map.streamlit.app."""
    configured = os.environ.get("APP_URL", "") or str(secret_section("app").get("url", ""))
    if configured.strip():
        return configured.strip().rstrip("/")
    try:
        url = st.context.url
    except (AttributeError, RuntimeError):
        url = None
    base_path = str(st.get_option("server.baseUrlPath") or "")
    return app_origin(url, base_path) if url else DEFAULT_ORIGIN


def timeline_spec(
    story: Story, events: EventSet, language: str, start: date, end: date
) -> dict[str, Any]:
    """The Vega-Lite spec of the timeline under the map (linked), built once per view:
    Altair takes about a tenth of a second to build and check it, more than the rest of a rerun.
    The cache knows a view by its story file's state and its events' rows: hashing the story
    and its events themselves takes a second for 10,000 events."""
    try:
        stat = story.file.stat()
        state = (str(story.file), stat.st_mtime_ns, stat.st_size)
    except OSError:
        state = (str(story.file), 0, 0)
    view = (story.id, state, events.key(), language, start, end)
    return _timeline_spec(story, events, view)


@st.cache_data(max_entries=64, show_spinner=False)
def _timeline_spec(_story: Story, _events: EventSet, view: tuple[Any, ...]) -> dict[str, Any]:
    story, events, (*_, language, start, end) = _story, _events, view
    words = Words(language, story.actors)
    if counted(events):  # a big story's events
        chart: alt.TopLevelMixin = counts_chart(
            story, events, words, start=start, end=end, linked=True
        )
    else:
        chart = timeline_chart(events, words, start=start, end=end, linked=True)
    spec: dict[str, Any] = chart.to_dict(validate=False)  # built by tested code, not by hand
    return spec
