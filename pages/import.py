"""Import page: paste or upload an article, review the drafted events, save the story."""

from datetime import date

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

import dashboard
from dashboard import importer
from geo import vocabulary
from geo.draft.drafts import FLAG_KEYS
from geo.draft.review import COLUMNS, FIXED, LABELS, PLAIN_TEXT, apply_edits, row_problems
from geo.map import build_base_map, build_layer_control, build_layers
from geo.model import Actor
from geo.paths import display_path
from geo.safe_html import escape_markdown

words = dashboard.page_words()  # runs with no story yet too: it makes the first one

st.header(words("import.title"))
st.caption(words("import.intro"))
st.text_area(words("import.text"), key="import_text", height=200)
st.file_uploader(words("import.file"), type=["txt", "html", "htm"], key="import_file")
left, middle, right = st.columns(3)
left.date_input(  # (Streamlit's default range is ten years back: older articles too)
    words("import.published"),
    value=None,
    min_value=importer.EARLIEST_PUBLISHED,
    max_value=date.today(),
    key="import_published",
)
middle.selectbox(
    words("import.language"),
    ["found", "fr", "en"],
    format_func=lambda code: words(f"import.language_{code}"),
    key="import_language",
)
right.text_input(
    words("import.outlet"), key="import_outlet", placeholder=words("import.outlet_placeholder")
)
st.button(words("import.draft"), type="primary", key="import_draft_button", on_click=importer.draft)

if importer.ERROR_KEY in st.session_state:
    st.error(escape_markdown(st.session_state[importer.ERROR_KEY]))
if importer.DRAFT_KEY not in st.session_state:
    st.stop()

meta = importer.metadata()
st.subheader(words("import.review", title=escape_markdown(meta["title"])))
st.text_input(words("import.story_title"), key=importer.TITLE_KEY)
st.text_input(words("import.story_outlet"), key=importer.OUTLET_KEY)
unplaced = importer.unplaced_count()
if unplaced:
    st.warning(words.count("import.unplaced", unplaced))
st.caption(words("import.how_to_review"))


def shown_flags(text: object) -> str:
    """A row's flags in the reader's language (the story file keeps them in English)."""
    flags = str(text or "").split("; ")
    return "; ".join(words(f"flag.{FLAG_KEYS[f]}") if f in FLAG_KEYS else f for f in flags if f)


# The known actors and those the article defines ("le Cadre stratégique permanent (CSP)").
actor_ids = sorted({*importer.drafter().actors, *(a["id"] for a in meta.get("actors", []))})
defined = {actor["id"]: Actor(**actor) for actor in meta.get("actors", [])}
named = words.with_actors({**importer.drafter().actors, **defined})  # shown by name, kept as ids


def label(column: str) -> str:
    """A column's label, as the problems under the table name it too."""
    return words(LABELS[column])


def choose(column: str, options: list[str], name: object) -> object:
    return st.column_config.SelectboxColumn(label(column), options=options, format_func=name)


table = pd.DataFrame(importer.rows(), columns=list(COLUMNS)).assign(copy=False)
table["flags"] = table["flags"].map(shown_flags)  # read only: never read back
table.index = pd.RangeIndex(1, len(table) + 1)  # rows numbered as the problems name them
st.data_editor(
    table,
    key=importer.EDITOR_KEY,
    num_rows="dynamic",
    width="stretch",
    disabled=list(FIXED),
    column_order=["include", "copy", *[c for c in COLUMNS if c != "include"]],
    column_config={
        "include": st.column_config.CheckboxColumn(label("include"), default=True),
        "copy": st.column_config.CheckboxColumn(words("import.col_copy"), default=False),
        "date_start": st.column_config.DateColumn(label("date_start"), format="YYYY-MM-DD"),
        "date_end": st.column_config.DateColumn(label("date_end"), format="YYYY-MM-DD"),
        "layer": choose("layer", list(vocabulary.LAYERS.ids), named.layer),
        "kind": choose("kind", list(vocabulary.KINDS.ids), named.kind),
        "actor": choose("actor", actor_ids, named.actor),
        "counterpart": choose("counterpart", actor_ids, named.actor),
        "claimed_by": choose("claimed_by", actor_ids, named.actor),
        "status": choose(
            "status",
            list(vocabulary.STATUSES.ids),
            lambda status: named.term(vocabulary.STATUSES, status),
        ),
        "troops": st.column_config.NumberColumn(label("troops"), min_value=0, step=1),
        "summary": st.column_config.TextColumn(label("summary"), width="medium"),
        "quote": st.column_config.TextColumn(label("quote"), width="large"),
        "flags": st.column_config.TextColumn(label("flags"), width="medium"),
        **{column: st.column_config.TextColumn(label(column)) for column in PLAIN_TEXT},
    },
)
st.button(words("import.duplicate"), key="import_duplicate", on_click=importer.duplicate)

records = apply_edits(importer.rows(), st.session_state.get(importer.EDITOR_KEY) or {})
built, story, problems = importer.build(records)
events = list(story.events) if story else []
if problems:
    st.error(words.count("import.problems", len(problems)))
    st.markdown(
        "\n".join(f"- {escape_markdown(line)}" for line in row_problems(problems, built, words))
    )
else:
    st.success(words.count("import.ready", len(events)))

if story is not None:
    st_folium(
        build_base_map(story, words, playback=False),  # (a preview: no room for playback)
        key="import-map",
        feature_group_to_add=build_layers(story, events, words.with_actors(story.actors)),
        layer_control=build_layer_control(),
        returned_objects=[],
        use_container_width=True,
        height=420,
    )

st.download_button(
    words("import.download"),
    data=importer.story_text(built),
    file_name=f"{built.content['id']}.yaml",
    mime="application/yaml",
    key="import_download",
)
if not importer.saving_enabled():
    st.caption(words("import.saving_off"))
    st.stop()
st.button(words("import.save"), key="import_save", on_click=importer.save)
saved = st.session_state.pop(importer.SAVED_KEY, None)
if saved is not None:
    st.success(words("import.saved", path=escape_markdown(display_path(saved))))
    st.switch_page("pages/map.py", query_params={"story": built.content["id"]})
