"""Places page: every place of the story, how it was resolved, and any name left unresolved."""

import streamlit as st

import dashboard
from geo.tables import column_header, places_table

chosen = dashboard.selection()
words = chosen.words
dashboard.story_header(chosen)
if chosen.story.unresolved:
    st.error(words.count("places.unresolved_count", len(chosen.story.unresolved)))
table = places_table(chosen.story, chosen.events, words)
st.dataframe(
    table,
    hide_index=True,
    width="stretch",
    height="content" if len(table) <= 50 else 720,
    column_config={
        column_header("latitude", words): st.column_config.NumberColumn(format="%.5f"),
        column_header("longitude", words): st.column_config.NumberColumn(format="%.5f"),
        column_header("note", words): st.column_config.TextColumn(width="large"),
    },
)
st.caption(words("places.how_to_read"))
