"""Map page: troop movements and diplomatic actions of the filtered events."""

import streamlit as st
from streamlit_folium import st_folium

import dashboard
from geo.links import event_url
from geo.map import (
    MAP_HEIGHT,
    build_base_map,
    build_layer_control,
    build_layers,
    legend_html,
    standalone_html,
)
from geo.map.bulk import LISTED
from geo.safe_html import escape_markdown, escape_text
from geo.tables import events_markdown
from geo.timeline import BRUSH, HOVER_ELEMENT_ID, PICKS, brushed_days
from geo.timeline_counts import counted
from geo.view import file_stem, filter_summary

EVENTS_ANCHOR = "nm-events-list"
TIMELINE_KEY = "map_timeline"
LIST_LIMIT = LISTED  # events listed under the map (the Events page has them all)

chosen = dashboard.selection()
words = chosen.words
dashboard.story_header(chosen)
with st.container():  # one element whatever it holds: the map after it is never remounted
    caveats = chosen.story.meta.caveats
    if caveats:
        with st.popover(words.count("map.caveats", len(caveats)), help=words("map.caveats_help")):
            st.markdown("\n".join(f"- {escape_markdown(caveat)}" for caveat in caveats))
    if not chosen.events:
        st.info(words("map.no_events"))

# Keyboard readers can pass the map's marks: the link shows when it has the focus.
st.html(f'<a class="nm-skip" href="#{EVENTS_ANCHOR}">{escape_text(words("map.skip"))}</a>')
dashboard.follow_map_position(chosen)  # where the reader goes on the map, for Share's link
dashboard.keep_bulk_events(chosen)  # a big story's events, sent to the page once
map_column, legend_column = st.columns([5, 1])
with map_column:
    st_folium(
        build_base_map(chosen.story, words),
        key="story-map",
        feature_group_to_add=build_layers(
            chosen.story,
            chosen.events,
            words,
            fit_token=dashboard.fit_token(),
            focus=dashboard.focus_event(),
            at=dashboard.start_day(chosen.view),
            link=chosen.map_link,
            context=chosen.context,
        ),
        layer_control=build_layer_control(),
        returned_objects=[],
        use_container_width=True,
        height=MAP_HEIGHT,
    )
with legend_column:
    st.html(legend_html(chosen.story, chosen.events, words, context=chosen.context))
left, right = st.columns([1, 3], vertical_alignment="center")
left.button(words("map.fit"), on_click=dashboard.request_fit)
right.caption(words("map.how_to_read"))
st.download_button(
    words("map.download_html"),
    data=lambda: standalone_html(
        chosen.story,
        chosen.events,
        words,
        summary=filter_summary(chosen.view, chosen.story, words),
        link=chosen.share_link,
        context=chosen.context,
    ),
    file_name=f"{file_stem(chosen.view, chosen.story)}.html",
    mime="text/html",
    help=words("map.download_html_help"),
    on_click="ignore",
)
if chosen.events:  # the same events through time, linked to the map and the list
    # A chart of its own for each date range: days dragged over, once shown, leave no brush.
    timeline_key = f"{TIMELINE_KEY}-{chosen.view.start}-{chosen.view.end}"
    in_counts = counted(chosen.events)  # a big story's timeline counts its events

    def on_timeline() -> None:
        """A click on a bar opens its event on the map; days dragged over become the dates."""
        selection = st.session_state[timeline_key].selection
        picked = [point for name in PICKS for point in selection.get(name) or []]
        days = brushed_days(selection)
        if picked:
            dashboard.open_event(picked[0]["id"])
        elif days is not None:
            dashboard.show_days(days)

    # The hovered event's id, shared by the chart (bound to it), the map and the list.
    st.html(f'<input type="hidden" id="{HOVER_ELEMENT_ID}" value="">')

    st.vega_lite_chart(
        dashboard.timeline_spec(
            chosen.story, chosen.events, words.language, chosen.view.start, chosen.view.end
        ),
        width="stretch",
        key=timeline_key,
        on_select=on_timeline,
        selection_mode=[BRUSH] if in_counts else [*PICKS, BRUSH],
    )
    if in_counts:
        st.caption(escape_markdown(words.count("timeline.counted", len(chosen.events))))
    else:
        st.caption(words("map.timeline_help"))
st.html(f'<span id="{EVENTS_ANCHOR}" tabindex="-1"></span>')
with st.expander(words.count("map.list", len(chosen.events))):
    if len(chosen.events) > LIST_LIMIT:
        st.caption(words("map.list_first", shown=LIST_LIMIT, count=len(chosen.events)))
    st.markdown(
        events_markdown(
            chosen.story,
            chosen.events[:LIST_LIMIT],
            words,
            full=False,
            link_for=lambda event_id: event_url(chosen.map_link, event_id),
        )
        or words("map.no_events")
    )
