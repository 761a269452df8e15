"""Where the reader is on the map, told by the map to the app: the day its playback settles
on and the event it steps to (or a list line opens), so that the share link carries them; and
back to a big story's map, the card of the event it opened."""

import streamlit as st

from dashboard.settings import app_address, catalog
from dashboard.sidebar import AT_KEY, EVENT_KEY, Selection
from geo.i18n import Words
from geo.links import AT_PARAM, EVENT_PARAM, share_url
from geo.map.assets import POSITION_JS, static_text
from geo.map.bulk import drawn_in_bulk, packed_index
from geo.map.popups import popup_html
from geo.position import BACKGROUND, reported_position
from geo.view import STORY_KEY, default_view, view_params

POSITION_KEY = "map_position"
BACKGROUND_KEY = "background_event"  # the event of the background data the map has open
# An element of no height in the map page; its script (a project file) listens to the map.
_listener = st.components.v2.component(
    "newsmap_position", html="", js=static_text(POSITION_JS), isolate_styles=True
)


def _on_position() -> None:
    story = catalog().stories.get(st.session_state.get(STORY_KEY, ""))
    if story is None:
        return
    told = reported_position(st.session_state[POSITION_KEY].position, story)
    if AT_PARAM in told:
        st.session_state[AT_KEY] = told[AT_PARAM]
    if EVENT_PARAM in told:
        st.session_state[EVENT_KEY] = told[EVENT_PARAM]
    if BACKGROUND in told:
        st.session_state[BACKGROUND_KEY] = told[BACKGROUND]


def follow_map_position(chosen: Selection) -> None:
    """Listen, in this page, for what the map (and the list under it) tell of the reader's
    position; each report reruns the app with it, so Share's link reopens that day or event.
    On a big story's map, whose dots carry no text, send back the card of the event open."""
    card = {}
    at = packed_index(chosen.story, chosen.view.event)
    if at >= 0 and drawn_in_bulk(chosen.story, chosen.events):
        opened = chosen.story.events[chosen.story.columns.row_of[chosen.view.event]]
        html = popup_html(opened, chosen.story, chosen.words, chosen.map_link)
        card = {"card": {"at": at, "html": html}}
    background = chosen.context.story if chosen.context is not None else None
    event_id = st.session_state.get(BACKGROUND_KEY, "")
    at = packed_index(background, event_id) if background is not None else -1
    if background is not None and at >= 0:  # a card of the background data: a link to its story
        words = Words(chosen.words.language, background.actors)
        params = view_params(default_view(background), background, words.language)
        link = share_url(app_address(), "", params)
        opened = background.events[background.columns.row_of[event_id]]
        html = popup_html(opened, background, words, link)
        card = {"card": {"at": at, "background": True, "html": html}}
    _listener(key=POSITION_KEY, data=card, on_position_change=_on_position, height=0)
