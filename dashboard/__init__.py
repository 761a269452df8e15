"""Streamlit glue: the page list, cached data, session state, URL state, the shared sidebar.

Everything else (loading, filtering, the view and its link, map and chart building) lives in
`geo/`, which never imports Streamlit. `app.py` calls `run_app`; pages call `selection()`.
"""

from dashboard.bulk import keep_bulk_events
from dashboard.navigation import PAGES, PageSpec, page_words, run_app, selection
from dashboard.position import follow_map_position
from dashboard.settings import catalog, timeline_spec
from dashboard.sidebar import (
    Selection,
    fit_token,
    focus_event,
    open_event,
    request_fit,
    show_data_problems,
    show_days,
    start_day,
    story_header,
)

__all__ = [
    "PAGES",
    "PageSpec",
    "Selection",
    "catalog",
    "fit_token",
    "focus_event",
    "follow_map_position",
    "keep_bulk_events",
    "open_event",
    "page_words",
    "request_fit",
    "run_app",
    "selection",
    "show_data_problems",
    "show_days",
    "start_day",
    "story_header",
    "timeline_spec",
]
