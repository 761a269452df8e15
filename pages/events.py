"""Events page: the filtered events as a table or a list, and downloads of exactly those
events."""

import streamlit as st

import dashboard
from geo.export import export_text
from geo.links import event_url
from geo.tables import TABLE_PAGE_ROWS, column_header, events_markdown, events_table, table_page
from geo.view import file_stem

chosen = dashboard.selection()
words = chosen.words
dashboard.story_header(chosen)


def link_for(event_id: str) -> str:
    return event_url(chosen.map_link, event_id)


LAYOUTS = ("table", "list")
# A phone gets the list (its text wraps; a table's cells cannot); a reader can switch.
on_phone = "Mobi" in (st.context.headers.get("User-Agent") or "")
layout = st.segmented_control(
    words("events.layout"),
    LAYOUTS,
    default="list" if on_phone else "table",
    format_func=lambda choice: words(f"events.layout_{choice}"),
    key="events_layout",
    required=True,
)
LIST_LIMIT = 500  # events the list shows (the table pages through them all)
if layout == "list":
    if len(chosen.events) > LIST_LIMIT:
        st.caption(words("events.list_first", shown=LIST_LIMIT, count=len(chosen.events)))
    listed = chosen.events[:LIST_LIMIT]
    st.markdown(
        events_markdown(chosen.story, listed, words, full=True, link_for=link_for)
        or words("map.no_events")
    )
else:

    def header(key: str) -> str:
        return column_header(key, words)

    shown = chosen.events
    if len(chosen.events) > TABLE_PAGE_ROWS:  # a big story: a page of rows at a time
        pages = table_page(len(chosen.events), 1)[1]
        if st.session_state.get("events_page", 1) > pages:  # fewer pages since the filters changed
            st.session_state["events_page"] = pages
        page = st.number_input(
            words("events.page", pages=pages), min_value=1, max_value=pages, key="events_page"
        )
        rows, _ = table_page(len(chosen.events), int(page))
        shown = chosen.events[rows]
        total = len(chosen.events)
        st.caption(words("events.page_rows", first=rows.start + 1, last=rows.stop, total=total))
    st.dataframe(
        events_table(chosen.story, shown, words, link_for),
        hide_index=True,
        width="stretch",
        height="content" if len(shown) <= 50 else 720,  # a story's events at a glance
        column_config={
            header("headline"): st.column_config.TextColumn(width="large"),
            header("summary"): st.column_config.TextColumn(width="large"),
            header("quote"): st.column_config.TextColumn(width="large"),
            header("troops"): st.column_config.NumberColumn(format="localized"),
            header("link"): st.column_config.LinkColumn(display_text=words("popup.link")),
        },
    )
name = file_stem(chosen.view, chosen.story)
downloads = (("CSV", "csv", "text/csv"), ("GeoJSON", "geojson", "application/geo+json"))
for column, (label, export_format, mime) in zip(st.columns(2), downloads, strict=True):
    column.download_button(
        words.count("events.download", len(chosen.events), format=label),
        # Built when clicked, not at every rerun (a big story's export takes seconds).
        data=lambda export_format=export_format: export_text(
            chosen.story, chosen.events, export_format, for_file=True
        ),
        file_name=f"{name}.{export_format}",
        mime=mime,
        width="stretch",
        on_click="ignore",
    )
st.caption(words("events.how_to_read"))
