"""The shared sidebar: the filters, the count, Reset and the share link, kept in step with the
URL; and what every page shows above its content."""

from dataclasses import dataclass

import streamlit as st

from dashboard.settings import app_address, catalog
from geo import vocabulary
from geo.catalog import Catalog
from geo.filtering import filter_events
from geo.formatting import actor_name, format_day
from geo.model import Event
from geo.safe_html import escape_markdown
from geo.stories import Story
from geo.view import (
    ACTORS_KEY,
    DATES_KEY,
    LAYERS_KEY,
    STATUSES_KEY,
    STORY_KEY,
    View,
    default_view,
    parse_view,
    share_url,
    state_fitted_to_story,
    story_actor_choices,
    view_from_state,
    view_params,
    widget_state,
)

NOTICES_KEY = "link_notices"
OPEN_STORY_KEY = "open_story"  # a story to show next (set when the Import page saves one)
LAST_VIEW_KEY = "last_view"
FIT_REQUESTS_KEY = "map_fit_requests"


@dataclass(frozen=True)
class Selection:
    """This run's data: the catalog, the chosen story, the view and its filtered events."""

    catalog: Catalog
    story: Story
    view: View
    events: list[Event]
    share_link: str


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
    opened = loaded.stories.get(st.session_state.pop(OPEN_STORY_KEY, ""))
    if opened is not None:  # a story just saved by the Import page: show it whole
        _set_state(default_view(opened))
        st.session_state[NOTICES_KEY] = []
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
            format_func=lambda actor_id: actor_name(story.actors, actor_id),
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
        link = share_url(app_address(), page_path, params)
        st.markdown("**Share this view**")
        st.code(link, language=None, wrap_lines=True)
        notices = st.session_state.get(NOTICES_KEY) or []
        if notices:
            st.warning(
                "Ignored from the link: " + "; ".join(escape_markdown(n) for n in notices) + "."
            )
    _sync_url(params)
    return Selection(loaded, story, view, events, link)


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
