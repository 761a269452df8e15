"""Timeline page: the filtered events over time, one row per actor."""

import streamlit as st

import dashboard
from geo.timeline import timeline_chart

chosen = dashboard.selection()
dashboard.story_header(chosen)
if chosen.events:
    st.altair_chart(
        timeline_chart(
            chosen.events, chosen.catalog.actors, start=chosen.view.start, end=chosen.view.end
        ),
        width="stretch",
    )
    st.caption(
        "Bars cover each event's days (a month-precision event covers the month). Colour is the "
        "layer; fainter and dashed outlines mean less sure (claimed, unconfirmed, denied)."
    )
else:
    st.info("No events match these filters.")
