"""The shared sidebar: the filters, the count, Reset and the share link, kept in step with the
URL; and what every page shows above its content."""

from dataclasses import dataclass, replace
from datetime import date

import streamlit as st

from dashboard.language import current_words, language_switch, take_language_notices
from dashboard.settings import app_address, catalog
from geo import vocabulary
from geo.catalog import Catalog
from geo.columns import EventSet
from geo.filtering import context_events, filter_events, left_out, with_event
from geo.i18n import Words
from geo.links import embed_snippet, share_url
from geo.position import day_in_view
from geo.safe_html import escape_markdown
from geo.stories import Story
from geo.timeline import busiest_days
from geo.view import (
    ACTORS_KEY,
    DATES_KEY,
    LAYERS_KEY,
    STATUSES_KEY,
    STORY_KEY,
    View,
    dates_within,
    default_view,
    filter_summary,
    parse_view,
    state_fitted_to_story,
    story_actor_choices,
    view_from_state,
    view_params,
    widget_state,
)

NOTICES_KEY = "link_notices"
DATES_NOTICE_KEY = "dates_notice"  # what became of dates the story does not cover
# Dates the date field takes (and the sidebar then fits to the story, saying so): any a reader
# may type, so that none is refused silently.
TYPED_DATES = (date(1800, 1, 1), date(2199, 12, 31))
OPEN_STORY_KEY = "open_story"  # a story to show next (set when the Import page saves one)
LAST_VIEW_KEY = "last_view"
EVENT_KEY = "focus_event"  # the event a link opened the view on, until the filters change
AT_KEY = "playback_day"  # the day the map's playback shows, as the link or the map said
# What the map is asked to open (the map reports where the reader goes, and is not asked it
# back: a changed request redraws its layers): the link's day, the link's or a bar's event.
START_AT_KEY = "start_day"
FOCUS_KEY = "map_focus"
FIT_REQUESTS_KEY = "map_fit_requests"


@dataclass(frozen=True)
class Selection:
    """This run's data: the catalog, the chosen story, the view and its filtered events, and
    the interface's words (in the reader's language, naming the story's actors)."""

    catalog: Catalog
    story: Story
    view: View
    events: EventSet
    share_link: str
    words: Words
    # The same filters on the map page, without the playback day or event: what links to one
    # event start from (and the same whatever the reader plays, so the map is not redrawn).
    map_link: str
    # The events of the story's background data (its `context:` file) the filters keep.
    context: EventSet | None = None


def _set_state(view: View) -> None:
    st.session_state.update(widget_state(view))
    st.session_state[LAST_VIEW_KEY] = view
    st.session_state[EVENT_KEY] = st.session_state[FOCUS_KEY] = view.event
    st.session_state[AT_KEY] = view.at


def _query_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def _on_story_change() -> None:
    story = catalog().stories.get(st.session_state[STORY_KEY])
    if story is not None:
        _set_state(default_view(story))
    _on_filter_change()


def _on_filter_change() -> None:
    st.session_state[NOTICES_KEY] = []
    st.session_state.pop(DATES_NOTICE_KEY, None)
    st.session_state[EVENT_KEY] = st.session_state[FOCUS_KEY] = ""


def _on_dates_change() -> None:
    """A date range picked or typed: the days the story covers apply, and when that is not
    what the reader asked for, the sidebar says so under the field."""
    _on_filter_change()
    story = catalog().stories.get(st.session_state.get(STORY_KEY, ""))
    picked = st.session_state.get(DATES_KEY)
    if story is None or not isinstance(picked, tuple | list) or len(picked) != 2:
        return  # half a range: nothing applies yet
    asked = (picked[0], picked[1])
    within = dates_within(asked, story)
    if within == asked:
        return
    st.session_state[DATES_KEY] = within
    words = current_words()
    if within == tuple(sorted(asked)):
        notice = words("sidebar.dates_reversed", shown=words.dates(*within))
    else:
        notice = words(
            "sidebar.dates_outside",
            asked=words.dates(*sorted(asked)),
            span=words.dates(*story.span()),
            shown=words.dates(*within),
        )
    st.session_state[DATES_NOTICE_KEY] = notice


def show_days(days: tuple[date, date]) -> None:
    """Show only `days` (first, last), as if picked in the date field (the link follows)."""
    st.session_state[DATES_KEY] = days
    _on_dates_change()


def _on_reset() -> None:
    story = catalog().stories.get(st.session_state.get(STORY_KEY, ""))
    if story is not None:
        _set_state(default_view(story))
    _on_filter_change()


def _sync_url(params: dict[str, str | list[str]]) -> None:
    wanted = {key: value if isinstance(value, list) else [value] for key, value in params.items()}
    if _query_params() != wanted:
        st.query_params.from_dict(params)


def draw_sidebar(page_path: str) -> Selection:
    """Draw the shared filters, keep the URL in step, and return this run's selection.

    `page_path` is the current page's URL path ("" for the default page). What a reader
    needs first (the count, Reset, the share link) comes before the filters, where a laptop
    screen shows it without scrolling.
    """
    loaded = catalog()  # with a story at least (`run_app` sees to it)
    words = current_words()
    if STORY_KEY not in st.session_state:  # first run of this browser session: read the link
        view, notices = parse_view(_query_params(), loaded, words)
        _set_state(view)
        st.session_state[START_AT_KEY] = view.at
        st.session_state[NOTICES_KEY] = take_language_notices() + notices
    opened = loaded.stories.get(st.session_state.pop(OPEN_STORY_KEY, ""))
    if opened is not None:  # a story just saved by the Import page: show it whole
        _set_state(default_view(opened))
        st.session_state[NOTICES_KEY] = []
    story = loaded.stories.get(st.session_state[STORY_KEY])
    if story is None:  # the story vanished from the data folder since the last run
        story = loaded.default_story()
        _set_state(default_view(story))

    words = words.with_actors(story.actors)
    st.session_state.update(state_fitted_to_story(st.session_state, story))
    first_day, last_day = story.span()
    with st.sidebar:
        language_switch(on_change=_on_filter_change)
        # The Import page makes a story: the map's filters are kept (their state lives while
        # they are drawn) but folded away, out of the reader's way and the tab order.
        box = st.expander(words("sidebar.map_view")) if page_path == "import" else st.container()
        with box:
            if len(loaded.stories) > 1:
                st.selectbox(
                    words("sidebar.story"),
                    options=list(loaded.stories),
                    format_func=lambda story_id: loaded.stories[story_id].meta.title,
                    key=STORY_KEY,
                    on_change=_on_story_change,
                )
            top = st.container()  # the count, Reset and Share: filled once the view is known
            st.date_input(
                words("sidebar.dates"),
                key=DATES_KEY,
                min_value=TYPED_DATES[0],
                max_value=TYPED_DATES[1],
                format="YYYY-MM-DD",
                on_change=_on_dates_change,
                help=words("sidebar.dates_help"),
            )
            if st.session_state.get(DATES_NOTICE_KEY):
                st.warning(escape_markdown(st.session_state[DATES_NOTICE_KEY]))
            columns = story.columns
            busiest = busiest_days(columns.start, columns.end, first_day, last_day)
            if busiest != (first_day, last_day):
                st.button(
                    words("sidebar.busiest", days=words.dates(*busiest)),
                    key="busiest_days",
                    icon=":material/date_range:",
                    type="tertiary",
                    on_click=show_days,
                    args=(busiest,),
                )
            st.multiselect(
                words("sidebar.actors"),
                options=list(story_actor_choices(story)),
                format_func=words.actor,
                key=ACTORS_KEY,
                on_change=_on_filter_change,
                placeholder=words("sidebar.no_actor"),
            )
            st.multiselect(
                words("sidebar.layers"),
                options=list(story.layer_ids()),
                format_func=words.layer,
                key=LAYERS_KEY,
                on_change=_on_filter_change,
                placeholder=words("sidebar.no_layer"),
            )
            st.multiselect(
                words("sidebar.statuses"),
                options=list(vocabulary.STATUSES.ids),
                format_func=lambda status: words.term(vocabulary.STATUSES, status),
                key=STATUSES_KEY,
                on_change=_on_filter_change,
                placeholder=words("sidebar.no_status"),
            )
            view = view_from_state(st.session_state, story, st.session_state.get(LAST_VIEW_KEY))
            view = replace(view, event=st.session_state.get(EVENT_KEY, ""))
            # The map tells the day its playback shows (dashboard.position), once it settles.
            view = replace(view, at=day_in_view(st.session_state.get(AT_KEY), view))
            st.session_state[LAST_VIEW_KEY] = view
            events = with_event(filter_events(story, view.event_filter()), view.event)
            context = context_events(story, view.event_filter())
            params = view_params(view, story, words.language)
            link = share_url(app_address(), page_path, params)
            with top:
                st.markdown(
                    "**" + words.count("sidebar.count", len(events), total=len(story.events)) + "**"
                )
                reset, share = st.columns(2)
                reset.button(
                    words("sidebar.reset"), key="reset_filters", on_click=_on_reset, width="stretch"
                )
                map_link = share_url(app_address(), "", params)
                filters_link = share_url(
                    app_address(),
                    "",
                    view_params(replace(view, event="", at=None), story, words.language),
                )
                with share.popover(words("sidebar.share"), width="stretch"):
                    st.caption(words("sidebar.share_help"))
                    st.code(link, language=None, wrap_lines=True)
                    st.caption(words("sidebar.embed_help"))
                    st.code(
                        embed_snippet(map_link, story.meta.title), language="html", wrap_lines=True
                    )
    _sync_url(params)
    return Selection(loaded, story, view, events, link, words, filters_link, context)


def open_event(event_id: str) -> None:
    """Open the map on one event (its popup open), as a link to it does; the address says so."""
    st.session_state[EVENT_KEY] = st.session_state[FOCUS_KEY] = event_id


def focus_event() -> str:
    """The event the map is asked to open: the link's, or the last one opened by `open_event`
    since the filters changed ("" for none)."""
    focus: str = st.session_state.get(FOCUS_KEY, "")
    return focus


def start_day(view: View) -> date | None:
    """The day the map's playback opens on: the one the session's link asked for (the map
    keeps its own day after that, and tells it: dashboard.position)."""
    return day_in_view(st.session_state.get(START_AT_KEY), view)


def fit_token() -> int:
    """Changes each time the user asks the map to fit the events."""
    return st.session_state.get(FIT_REQUESTS_KEY, 0)


def request_fit() -> None:
    """Button callback: fit the map to the filtered events on the next run."""
    st.session_state[FIT_REQUESTS_KEY] = fit_token() + 1


def show_data_problems(loaded: Catalog, *, expanded: bool = False) -> None:
    """A one-line warning when data files have problems, the full list (as written, in
    English, naming files, events and fields) in an expander."""
    if not loaded.problems and not loaded.warnings:
        return
    words = current_words()
    st.warning(words.count("data.problems", len(loaded.problems) + len(loaded.warnings)))
    with st.expander(words("data.what_is_wrong"), expanded=expanded):
        lines = [str(problem) for problem in loaded.problems] + list(loaded.warnings)
        st.code("\n".join(lines), language=None, wrap_lines=True)


def show_link_notices() -> None:
    """What a shared link asked for that could not apply, at the top of the page."""
    notices = st.session_state.get(NOTICES_KEY) or []
    if notices:
        text = "; ".join(escape_markdown(notice) for notice in notices)
        st.warning(current_words()("link.ignored", notices=text))


def story_header(chosen: Selection) -> None:
    """The story's title and source line, and what the filters leave out (with Reset), shown
    at the top of each page, where a phone shows it without opening the sidebar."""
    # One container whatever it holds: the elements after it keep their place, so a filter
    # change never remounts them (the map would reload and lose the reader's zoom).
    with st.container():
        meta, words = chosen.story.meta, chosen.words
        st.markdown(f"#### {escape_markdown(meta.title)}")
        count = words.count("sidebar.count", len(chosen.events), total=len(chosen.story.events))
        st.caption(f"{escape_markdown(meta.outlet)}, {words.day(meta.published)} · {count}")
        view, story = chosen.view, chosen.story
        if left_out(story, view.event_filter(), view.event):
            linked = story.events[story.columns.row_of[view.event]]
            st.info(words("header.event_outside", title=words.event_title(linked)))
        summary = filter_summary(chosen.view, chosen.story, words)
        if summary:
            text, button = st.columns([5, 1], vertical_alignment="center")
            text.markdown(f"**{words('header.showing_only')}** {escape_markdown(summary)}")
            button.button(words("sidebar.reset"), key="reset_filters_header", on_click=_on_reset)
