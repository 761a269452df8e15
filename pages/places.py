"""Places page: every place of the story, how it was resolved, and any name left unresolved."""

import streamlit as st

import dashboard
from geo.tables import places_table

chosen = dashboard.selection()
dashboard.story_header(chosen)
table = places_table(chosen.story, chosen.events)
unresolved = int((table["Resolved name"] == "UNRESOLVED").sum())
if unresolved:
    st.error(f"{unresolved} place name(s) could not be resolved: their events are not shown.")
st.dataframe(
    table,
    hide_index=True,
    width="stretch",
    height="content" if len(table) <= 50 else 720,
    column_config={
        "Latitude": st.column_config.NumberColumn(format="%.5f"),
        "Longitude": st.column_config.NumberColumn(format="%.5f"),
        "Note": st.column_config.TextColumn(width="large"),
    },
)
st.caption(
    'Every place of the story is listed; "Events shown" counts those that pass the sidebar\'s '
    "filters. Geocoder: curated = hand-checked gazetteer in data/gazetteer.yaml; geonames = "
    "offline GeoNames list; nominatim = OpenStreetMap search (only when enabled). Precision: "
    "exact = a point place; region = an area (drawn as one); country = a stand-in point for the "
    "country."
)
