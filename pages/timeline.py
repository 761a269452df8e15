"""Timeline page: the filtered events over time, one row per actor."""

import streamlit as st

import dashboard
from geo.safe_html import escape_markdown
from geo.timeline import focus_note, timeline_chart

chosen = dashboard.selection()
dashboard.story_header(chosen)
if chosen.events:
    span = {"start": chosen.view.start, "end": chosen.view.end}
    note = focus_note(chosen.events, chosen.story.actors, **span)
    if note:
        st.caption(escape_markdown(note))
    st.altair_chart(
        timeline_chart(chosen.events, chosen.story.actors, **span),
        width="stretch",
    )
    st.caption(
        "Bars cover each event's days (a month-precision event covers the month). Colour is the "
        "layer; the mark at the start of each bar, and fainter bars, say how sure it is."
    )
else:
    st.info("No events match these filters.")
