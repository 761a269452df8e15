"""The interface language of a browser session: the link's `lang`, else the browser's, else
English; the switch in the sidebar changes it."""

from collections.abc import Callable

import streamlit as st

from geo.i18n import Words, language_of_locale, languages
from geo.view import LANGUAGE_PARAM, parse_language

LANGUAGE_KEY = "language"
LANGUAGE_NOTICES_KEY = "language_notices"


def current_language() -> str:
    """This session's language; on its first run, read from the link or the browser."""
    if LANGUAGE_KEY not in st.session_state:
        browser = language_of_locale(st.context.locale)
        code, notices = parse_language(st.query_params.get_all(LANGUAGE_PARAM), browser)
        st.session_state[LANGUAGE_KEY] = code
        st.session_state[LANGUAGE_NOTICES_KEY] = notices
    code: str = st.session_state[LANGUAGE_KEY]
    return code if code in languages() else language_of_locale(None)


def current_words() -> Words:
    """The interface's words in this session's language (no story's actors yet)."""
    return Words(current_language())


def take_language_notices() -> list[str]:
    """What the link's `lang` asked for that could not apply (once per session)."""
    notices: list[str] = st.session_state.pop(LANGUAGE_NOTICES_KEY, [])
    return notices


def language_switch(on_change: Callable[[], None]) -> None:
    """The language switch: every language by its own name, under a label in all of them."""
    names = languages()
    st.radio(
        " · ".join(Words(code)("sidebar.language") for code in names),
        options=list(names),
        format_func=names.__getitem__,
        key=LANGUAGE_KEY,
        horizontal=True,
        on_change=on_change,
    )
