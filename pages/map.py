"""Map page: troop movements and diplomatic actions of the filtered events."""

import streamlit as st
from streamlit_folium import st_folium

import dashboard
from geo.map import MAP_HEIGHT, build_base_map, build_layer_control, build_layers, legend_html

chosen = dashboard.selection()
actors = chosen.story.actors
dashboard.story_header(chosen)
if not chosen.events:
    st.info(
        "No events match these filters. Widen the dates, or pick more actors, layers or "
        "statuses in the sidebar."
    )

map_column, legend_column = st.columns([5, 1])
with map_column:
    st_folium(
        build_base_map(chosen.story),
        key="story-map",
        feature_group_to_add=build_layers(
            chosen.story, chosen.events, actors, fit_token=dashboard.fit_token()
        ),
        layer_control=build_layer_control(),
        returned_objects=[],
        use_container_width=True,
        height=MAP_HEIGHT,
    )
with legend_column:
    st.html(legend_html(chosen.story, actors))
left, right = st.columns([1, 3], vertical_alignment="center")
left.button("Fit the map to these events", on_click=dashboard.request_fit)
right.caption(
    "Hover a mark for its title, click it for the summary, the original quote and the source. "
    "Dashed lines are plans or unconfirmed moves; shaded areas and dashed rings are vague places."
)
