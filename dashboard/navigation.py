"""The app's pages and what `app.py` runs: page config, navigation, the sidebar, the page."""

import threading
from dataclasses import dataclass

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from dashboard.language import current_words, language_switch
from dashboard.settings import catalog, online_settings
from dashboard.sidebar import Selection, draw_sidebar, show_data_problems, show_link_notices
from geo.catalog import Catalog
from geo.i18n import Words
from geo.map.assets import PAGE_CSS, PAGE_JS, static_text
from geo.safe_html import escape_markdown


@dataclass(frozen=True)
class PageSpec:
    """One page of the app: its script, its title's message key, and URL path."""

    script: str
    title: str  # a message key: page.<name>
    url_path: str


# The app's pages, in navigation order; the default page's URL path is empty. app.py and the
# tests both use this list: a page added here is run by the page tests. Pages have no icons: a
# page's icon becomes the tab's icon, Streamlit fetches :material/...: icons from Google's font
# servers (announcing readers to a third party, and failing offline), and emoji need a colour
# emoji font that not every reader's system has.
PAGES = (
    PageSpec("pages/map.py", "page.map", ""),
    PageSpec("pages/timeline.py", "page.timeline", "timeline"),
    PageSpec("pages/events.py", "page.events", "events"),
    PageSpec("pages/places.py", "page.places", "places"),
    PageSpec("pages/about.py", "page.about", "about"),
    PageSpec("pages/import.py", "page.import", "import"),
)
IMPORT_PAGE = "pages/import.py"


def _navigation() -> StreamlitPage:
    """Streamlit's navigation over `PAGES`, titled in the reader's language; returns the page
    to run."""
    words = current_words()
    return st.navigation(
        [
            st.Page(
                page.script,
                title=words(page.title),
                url_path=page.url_path or None,
                default=not page.url_path,
            )
            for page in PAGES
        ]
    )


# This run's selection, for the page `run_app` runs. A script run happens in one thread, so
# the selection is kept per thread, and dropped when the page returns or stops (plain Python:
# unlike session state, nothing Streamlit does at a stop or rerun can skip it).
_current = threading.local()


def run_app() -> None:
    """What `app.py` does on every run: page config, navigation, the shared sidebar, the page.

    The page reads this run's selection with `selection()`; it is dropped when the run ends,
    so a page never sees a selection drawn by an earlier run.
    """
    st.set_page_config(
        page_title=current_words()("app.title"),
        page_icon="🗺️",
        layout="wide",
        # Embedded in another page, the view shows its filter summary and legend, not the filters.
        initial_sidebar_state="collapsed" if st.context.is_embedded else "auto",
    )
    page = _navigation()
    st.html(f"<style>{static_text(PAGE_CSS)}</style>")
    loaded = catalog()
    if not loaded.stories:
        _without_a_story(page, loaded)
        return
    chosen = draw_sidebar(page.url_path)
    with st.sidebar:  # last in the sidebar: a script, nothing to see
        st.html(f"<script>{static_text(PAGE_JS)}</script>", unsafe_allow_javascript=True)
    show_link_notices()
    settings_problem = online_settings()[1]
    if settings_problem:
        st.error(escape_markdown(settings_problem))
    show_data_problems(chosen.catalog)
    _current.selection = chosen
    try:
        page.run()
    finally:
        _current.selection = None


def _without_a_story(page: StreamlitPage, loaded: Catalog) -> None:
    """No story loads (an empty stories folder, or only broken files): the Import page runs,
    to make the first one; any other page says so, links to Import and lists the problems."""
    words = current_words()
    with st.sidebar:
        language_switch(on_change=lambda: None)
        st.html(f"<script>{static_text(PAGE_JS)}</script>", unsafe_allow_javascript=True)
    if page.url_path == "import":
        _current.words = words
        try:
            page.run()
        finally:
            _current.words = None
        return
    (st.error if loaded.problems else st.info)(words("data.no_story"))
    st.page_link(IMPORT_PAGE, label=words("data.import_one"))
    show_data_problems(loaded, expanded=True)


def page_words() -> Words:
    """The interface's words for this run's page: the selection's (naming the story's actors),
    or, when no story loads, the reader's language alone (the Import page runs then)."""
    words: Words | None = getattr(_current, "words", None)
    return words if words is not None else selection().words


def selection() -> Selection:
    """This run's selection, drawn by `run_app` before the page runs."""
    chosen: Selection | None = getattr(_current, "selection", None)
    if chosen is None:
        # Streamlit ran this page file by itself, without app.py. With a `pages/` folder
        # beside app.py, a fresh server (and every AppTest run) starts in Streamlit's legacy
        # folder navigation, which runs a requested page's file alone, until some session
        # calls st.navigation; from then on every session goes through app.py ("As soon as
        # any session of your app executes the st.navigation command, your app will ignore
        # the pages/ directory", st.navigation's documentation). So call it, and run again.
        _navigation()
        st.rerun()
    return chosen
