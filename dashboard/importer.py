"""Glue for the Import page: the drafter (loaded once per process, only when someone drafts),
the review's session state, the buttons' callbacks, and the saving setting.

Buttons act through callbacks, which run before the page's script: a click is never lost to a
rerun (see `dashboard.navigation.selection`).
"""

import os
from datetime import date
from pathlib import Path
from typing import Any

import streamlit as st

from dashboard.language import current_words
from dashboard.settings import secret_section
from dashboard.sidebar import OPEN_STORY_KEY
from geo.catalog import load_actors
from geo.draft.document import build_document, to_yaml
from geo.draft.ner import entity_finder
from geo.draft.pipeline import Drafter, DraftError
from geo.draft.review import Rows, apply_edits, document_from_rows, rows_from_document
from geo.draft.text import ArticleError, read_article
from geo.errors import Problem
from geo.export import write_new_file
from geo.paths import stories_dir
from geo.resolver import PlaceResolver, default_resolver
from geo.stories import Story, build_story

EARLIEST_PUBLISHED = date(1800, 1, 1)  # (the publication date an article may have)
DRAFT_KEY = "import_draft"  # (metadata, rows, number of rows without a place)
EDITOR_KEY = "import_rows"
ERROR_KEY = "import_error"
SAVED_KEY = "import_saved"
TITLE_KEY = "import_title"
OUTLET_KEY = "import_story_outlet"
_TRUE = ("1", "true", "yes", "on")


@st.cache_resource(show_spinner="Loading the gazetteers and the French language model…")
def drafter() -> Drafter:
    """The article drafter, shared by every session (GeoNames and spaCy's French model are
    loaded at the first draft, once)."""
    actors, _ = load_actors()
    return Drafter(default_resolver(), actors, entities=entity_finder)


def resolver() -> PlaceResolver:
    """The drafter's resolver (its layers are loaded once)."""
    return drafter().resolver


def draft() -> None:
    """ "Draft events": read the article, draft it, and start a new review."""
    state = st.session_state
    state.pop(ERROR_KEY, None)
    uploaded = state.get("import_file")
    source = uploaded.getvalue() if uploaded is not None else state.get("import_text", "")
    name = uploaded.name if uploaded is not None else "pasted.txt"
    language = state.get("import_language")
    try:
        article = read_article(source, filename=name)
        drafted = drafter().draft(
            article,
            published=state.get("import_published"),
            language=language if language in ("fr", "en") else None,
        )
    except (ArticleError, DraftError) as error:
        words = current_words()
        state[ERROR_KEY] = words("import.cannot_draft", error=words(error.key, **error.values))
        state.pop(DRAFT_KEY, None)
        return
    document = build_document(drafted, resolver(), outlet=state.get("import_outlet") or None)
    meta = {key: value for key, value in document.content.items() if key != "events"}
    state[DRAFT_KEY] = (meta, rows_from_document(document), len(document.unplaced))
    state[TITLE_KEY] = meta["title"]
    state[OUTLET_KEY] = meta["outlet"]
    state.pop(EDITOR_KEY, None)


def metadata() -> dict[str, Any]:
    """The story's metadata, with the title and outlet as the reviewer edited them."""
    meta = dict(st.session_state[DRAFT_KEY][0])
    meta["title"] = st.session_state.get(TITLE_KEY) or meta["title"]
    meta["outlet"] = st.session_state.get(OUTLET_KEY) or meta["outlet"]
    return meta


def rows() -> list[dict[str, Any]]:
    """The review's rows before the table's edits."""
    return list(st.session_state[DRAFT_KEY][1])


def unplaced_count() -> int:
    """How many drafts had no place (they are the unticked rows at the bottom)."""
    return int(st.session_state[DRAFT_KEY][2])


def _edited() -> list[dict[str, Any]]:
    return apply_edits(rows(), st.session_state.get(EDITOR_KEY) or {})


def duplicate() -> None:
    """ "Duplicate": the rows ticked "copy" are appended again, every "copy" unticked."""
    edited = [dict(row, copy=False) for row in _edited()]
    copies = [dict(row, copy=False) for row in _edited() if row.get("copy")]
    meta, _, unplaced = st.session_state[DRAFT_KEY]
    st.session_state[DRAFT_KEY] = (meta, edited + copies, unplaced)
    st.session_state.pop(EDITOR_KEY, None)


def _precision_of(name: str) -> str | None:
    place = resolver().resolve(name)
    return place.precision if place else None


def build(records: list[dict[str, Any]]) -> tuple[Rows, Story | None, list[Problem]]:
    """The story the rows make, validated as the app validates story files."""
    built = document_from_rows(metadata(), records, precision_of=_precision_of)
    story, problems = build_story(
        built.content,
        path=stories_dir() / f"{built.content['id']}.yaml",
        actors=drafter().actors,
        resolver=resolver(),
    )
    return built, story, problems


def story_text(built: Rows) -> str:
    """The story file of the reviewed rows."""
    return to_yaml(built.document())


def saving_enabled() -> bool:
    """Whether reviewed stories may be written to the stories folder: off unless the setting
    `IMPORT_SAVE=1` (environment) or `[import] save = true` (secrets) says so, so that a public
    deployment never lets visitors write to its disk."""
    configured = os.environ.get("IMPORT_SAVE", "").strip().lower()
    if configured:
        return configured in _TRUE
    return str(secret_section("import").get("save", "")).strip().lower() in _TRUE


def save() -> None:
    """ "Save": write a new story file named after its id, never replacing a file. (The catalog
    sees it at its next load: its cache key lists the story files.)"""
    if not saving_enabled():
        return
    built, _, _ = build(_edited())
    path: Path = stories_dir() / f"{built.content['id']}.yaml"
    try:
        write_new_file(path, story_text(built))
    except OSError as error:  # FileExistsError included
        st.session_state[ERROR_KEY] = current_words()("import.not_saved", error=str(error))
        return
    st.session_state.pop(ERROR_KEY, None)
    st.session_state[SAVED_KEY] = path
    st.session_state[OPEN_STORY_KEY] = built.content["id"]
