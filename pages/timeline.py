"""Timeline page: the filtered events over time, one row per actor."""

import streamlit as st

import dashboard
from geo.safe_html import escape_markdown
from geo.timeline import focus_note, timeline_chart
from geo.timeline_counts import counted, counts_chart

chosen = dashboard.selection()
words = chosen.words
dashboard.story_header(chosen)
if counted(chosen.events):  # a big story's events
    span = {"start": chosen.view.start, "end": chosen.view.end}
    st.caption(escape_markdown(words.count("timeline.counted", len(chosen.events))))
    st.altair_chart(counts_chart(chosen.story, chosen.events, words, **span), width="stretch")
elif chosen.events:
    span = {"start": chosen.view.start, "end": chosen.view.end}
    note = focus_note(chosen.events, words, **span)
    if note:
        st.caption(escape_markdown(note))
    st.altair_chart(timeline_chart(chosen.events, words, **span), width="stretch")
    st.caption(words("timeline.how_to_read"))
else:
    st.info(words("map.no_events"))
