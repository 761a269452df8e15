"""A big story's events for its map (and its background data's), sent to the page once:
every single-place event packed as binary columns (`geo.map.bulk.packed`), given to a
component whose script keeps them in the page for the map's frame
(static/app/bulk_data.mjs). The component's element is the same at every run of the same
story, so Streamlit sends it once and then only refers to it; each run of the map sends just
which events the view shows."""

import streamlit as st

from dashboard.sidebar import Selection
from geo.map.assets import BULK_DATA_JS, static_text
from geo.map.bulk import drawn_in_bulk, packed

BULK_DATA_KEY = "map_bulk_data"
CONTEXT_DATA_KEY = "map_context_data"
_keeper = st.components.v2.component(
    "newsmap_bulk_data", html="", js=static_text(BULK_DATA_JS), isolate_styles=True
)


def keep_bulk_events(chosen: Selection) -> None:
    """Give the page the story's packed events when its map draws them in bulk, and those of
    its background data. One element however many it gives (none when a filter leaves too
    few events for bulk): the map after it keeps its place, so it is never remounted."""
    with st.container():
        if drawn_in_bulk(chosen.story, chosen.events):
            _keeper(key=BULK_DATA_KEY, data=packed(chosen.story), height=0)
        if chosen.context is not None:
            _keeper(key=CONTEXT_DATA_KEY, data=packed(chosen.context.story), height=0)
