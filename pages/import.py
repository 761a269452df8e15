"""Import page: paste or upload an article, review the drafted events, save the story."""

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

import dashboard
from dashboard import importer
from geo import vocabulary
from geo.draft.review import COLUMNS, FIXED, apply_edits, row_problems
from geo.map import build_base_map, build_layer_control, build_layers
from geo.paths import display_path
from geo.safe_html import escape_markdown

dashboard.selection()  # the app's frame: this page draws the shared sidebar like the others

st.header("Import an article")
st.caption(
    "Paste a French or English news article (or upload a .txt or a saved .html page), draft its "
    "events, check each one against the quote beside it, and save the story. Nothing leaves "
    "this machine: places, dates and actors are found offline."
)
st.text_area("Article text", key="import_text", height=200)
st.file_uploader("…or a file", type=["txt", "html", "htm"], key="import_file")
left, middle, right = st.columns(3)
left.date_input("Publication date", value=None, key="import_published")
middle.selectbox("Language", ["found in the text", "fr", "en"], key="import_language")
right.text_input("Outlet", key="import_outlet", placeholder="found in the page, if said")
st.button("Draft events", type="primary", key="import_draft_button", on_click=importer.draft)

if importer.ERROR_KEY in st.session_state:
    st.error(escape_markdown(st.session_state[importer.ERROR_KEY]))
if importer.DRAFT_KEY not in st.session_state:
    st.stop()

meta = importer.metadata()
st.subheader(f"Review: {escape_markdown(meta['title'])}")
st.text_input("Title", key=importer.TITLE_KEY)
st.text_input("Outlet of the story", key=importer.OUTLET_KEY)
unplaced = importer.unplaced_count()
if unplaced:
    st.warning(
        f"{unplaced} draft(s) have no place and are unticked at the bottom of the table: give "
        "each a place (or an origin and destination) and tick it to include it."
    )
st.caption(
    "Untick a row to leave it out; add rows at the bottom; tick **copy** and press the button "
    "to duplicate rows (one sentence, two events). The quote and the flags cannot be edited."
)
actor_ids = sorted(importer.drafter().actors)
choose = st.column_config.SelectboxColumn
table = pd.DataFrame(importer.rows(), columns=list(COLUMNS)).assign(copy=False)
table.index = pd.RangeIndex(1, len(table) + 1)  # rows numbered as the problems name them
st.data_editor(
    table,
    key=importer.EDITOR_KEY,
    num_rows="dynamic",
    width="stretch",
    disabled=list(FIXED),
    column_order=["include", "copy", *[c for c in COLUMNS if c != "include"]],
    column_config={
        "include": st.column_config.CheckboxColumn("include", default=True),
        "copy": st.column_config.CheckboxColumn("copy", default=False),
        "date_start": st.column_config.DateColumn("from", format="YYYY-MM-DD"),
        "date_end": st.column_config.DateColumn("to", format="YYYY-MM-DD"),
        "layer": choose("layer", options=list(vocabulary.LAYERS.ids)),
        "kind": choose("kind", options=list(vocabulary.KINDS.ids)),
        "actor": choose("actor", options=actor_ids),
        "counterpart": choose("counterpart", options=actor_ids),
        "claimed_by": choose("claimed by", options=actor_ids),
        "status": choose("status", options=list(vocabulary.STATUSES.ids)),
        "troops": st.column_config.NumberColumn("troops", min_value=0, step=1),
        "summary": st.column_config.TextColumn("summary", width="medium"),
        "quote": st.column_config.TextColumn("quote (verbatim)", width="large"),
        "flags": st.column_config.TextColumn("flags", width="medium"),
    },
)
st.button("Duplicate the rows ticked “copy”", key="import_duplicate", on_click=importer.duplicate)

records = apply_edits(importer.rows(), st.session_state.get(importer.EDITOR_KEY) or {})
built, story, problems = importer.build(records)
events = list(story.events) if story else []
if problems:
    st.error(f"{len(problems)} problem(s): those rows are left out until fixed.")
    st.markdown("\n".join(f"- {escape_markdown(line)}" for line in row_problems(problems, built)))
else:
    st.success(f"{len(events)} events ready.")

if story is not None:
    st_folium(
        build_base_map(story),
        key="import-map",
        feature_group_to_add=build_layers(story, events, story.actors),
        layer_control=build_layer_control(),
        returned_objects=[],
        use_container_width=True,
        height=420,
    )

st.download_button(
    "Download the story (YAML)",
    data=importer.story_text(built),
    file_name=f"{built.content['id']}.yaml",
    mime="application/yaml",
    key="import_download",
)
if not importer.saving_enabled():
    st.caption(
        "Saving to the stories folder is off on this server (set IMPORT_SAVE=1 to allow it): "
        "download the file and add it to `data/stories/`."
    )
    st.stop()
st.button("Save to the stories folder and open it", key="import_save", on_click=importer.save)
saved = st.session_state.pop(importer.SAVED_KEY, None)
if saved is not None:
    st.success(f"Saved as {escape_markdown(display_path(saved))}.")
    st.switch_page("pages/map.py", query_params={"story": built.content["id"]})
