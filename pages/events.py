"""Events page: the filtered events as a table, and downloads of exactly those events."""

import streamlit as st

import dashboard
from geo.export import export_text
from geo.tables import events_table

chosen = dashboard.selection()
dashboard.story_header(chosen)
st.dataframe(
    events_table(chosen.story, chosen.events, chosen.story.actors),
    hide_index=True,
    width="stretch",
    height="content" if len(chosen.events) <= 50 else 720,  # a story's events at a glance
    column_config={
        "Summary": st.column_config.TextColumn(width="large"),
        "Quote": st.column_config.TextColumn(width="large"),
        "Troops": st.column_config.NumberColumn(format="localized"),
    },
)
name = f"{chosen.story.id}_{chosen.view.start}_{chosen.view.end}"
downloads = (("CSV", "csv", "text/csv"), ("GeoJSON", "geojson", "application/geo+json"))
for column, (label, export_format, mime) in zip(st.columns(2), downloads, strict=True):
    column.download_button(
        f"Download these {len(chosen.events)} events as {label}",
        data=export_text(chosen.story, chosen.events, export_format),
        file_name=f"{name}.{export_format}",
        mime=mime,
        width="stretch",
    )
