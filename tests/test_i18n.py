"""The interface's languages: every message in every language, the same placeholders, dates and
numbers in the reader's language, and every key the code asks for."""

import re
import string
from datetime import date
from pathlib import Path

import pytest

from dashboard.navigation import PAGES
from geo import vocabulary
from geo.draft.drafts import FLAG_KEYS
from geo.i18n import DEFAULT_LANGUAGE, Words, language_of_locale, languages, messages
from geo.model import Event, validate_event
from tests.conftest import make_event

REPO = Path(__file__).resolve().parent.parent
OTHER_LANGUAGES = [code for code in languages() if code != DEFAULT_LANGUAGE]


def _placeholders(message: object) -> set[str]:
    forms = message.values() if isinstance(message, dict) else [message]
    return {name for form in forms for _, name, _, _ in string.Formatter().parse(form) if name}


def test_english_and_french_are_offered():
    assert languages() == {"en": "English", "fr": "Français"}


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(code):
    english, other = messages(DEFAULT_LANGUAGE), messages(code)
    assert sorted(set(english) - set(other)) == [], f"missing from data/i18n/{code}.yaml"
    assert sorted(set(other) - set(english)) == [], f"unknown keys in data/i18n/{code}.yaml"
    for key, message in english.items():
        assert _placeholders(other[key]) == _placeholders(message), key
        assert isinstance(other[key], dict) == isinstance(message, dict), key


def test_plural_messages_have_the_forms_their_language_needs():
    for code in languages():
        for key, message in messages(code).items():
            if isinstance(message, dict):
                assert {"one", "other"} <= set(message), (code, key)


_ASKED = re.compile(
    r"""(?:words|current_words\(\))(?:\.count|\.html)?\(\s*f?["']([a-z_.{}]+)["']"""
)


def test_every_message_the_code_asks_for_exists():
    english = messages(DEFAULT_LANGUAGE)
    asked = set()
    folders = ("pages", "dashboard", "geo")
    for path in [*REPO.glob("*.py"), *(path for f in folders for path in (REPO / f).rglob("*.py"))]:
        asked |= set(_ASKED.findall(path.read_text("utf-8")))
    fixed = {key for key in asked if "{" not in key}
    assert len(fixed) > 60, "the pattern finds the code's messages"
    assert sorted(fixed - set(english)) == []
    prefixes = {key.split("{")[0] for key in asked if "{" in key}
    for prefix in prefixes:
        assert any(key.startswith(prefix) for key in english), prefix
    for page in PAGES:
        assert page.title in english
    for key in FLAG_KEYS.values():
        assert f"flag.{key}" in english


def test_every_vocabulary_term_and_actor_has_a_french_name(shipped_catalog):
    for table in vocabulary.EVENT_VOCABULARIES.values():
        for term in table:
            assert term.name("fr") and term.description("fr"), term.id
    for actor in shipped_catalog.actors.values():
        assert actor.name_fr.strip(), actor.id


@pytest.mark.parametrize(
    ("locale", "code"),
    [
        ("fr-FR", "fr"),
        ("fr", "fr"),
        ("fr_CA", "fr"),
        ("en-US", "en"),
        ("de-DE", "en"),
        (None, "en"),
    ],
)
def test_the_browsers_language_chooses_the_interface(locale, code):
    assert language_of_locale(locale) == code


def _event(**changes) -> Event:
    return validate_event(make_event(**changes))


@pytest.mark.parametrize(
    ("changes", "english", "french"),
    [
        ({"date_start": "2024-10-21", "date_end": "2024-10-21"}, "21 Oct 2024", "21 oct. 2024"),
        ({"date_start": "2024-10-01", "date_end": "2024-10-01"}, "1 Oct 2024", "1er oct. 2024"),
        ({"date_start": "2024-10-08", "date_end": "2024-10-13"}, "8–13 Oct 2024", "8–13 oct. 2024"),
        (
            {"date_start": "2024-06-01", "date_end": "2024-06-30", "time_precision": "month"},
            "June 2024",
            "juin 2024",
        ),
        (
            {"date_start": "2024-01-01", "date_end": "2024-12-31", "time_precision": "year"},
            "2024",
            "2024",
        ),
    ],
)
def test_dates_are_said_in_the_readers_language(changes, english, french):
    event = _event(**changes)
    assert Words("en").span(event) == english
    assert Words("fr").span(event) == french


def test_numbers_and_plurals_follow_the_language():
    assert Words("en").number(12000) == "12,000"
    assert Words("fr").number(12000) == "12\u202f000"
    assert Words("en").count("sidebar.count", 1, total=19) == "1 of 19 events"
    assert Words("fr").count("sidebar.count", 0, total=19) == "0 événement sur 19"
    assert Words("fr").count("sidebar.count", 2, total=19) == "2 événements sur 19"


def test_an_unknown_language_is_refused_and_a_missing_message_named():
    with pytest.raises(ValueError, match="not a language"):
        Words("xx")
    with pytest.raises(KeyError, match=r"no\.such\.key"):
        Words("fr")("no.such.key")


def test_html_messages_keep_the_callers_markup_and_plain_ones_are_plain_text():
    words = Words("en")
    html = words.html("popup.from_to", origin="<b>A</b>", destination="B")
    assert html == "From <b>A</b> to B", "markup given by the caller is kept"
    assert words("popup.spelled", text="<img src=x>") == "“<img src=x>” in the source"
    assert date(2024, 10, 21).isoformat() in words(
        "link.end_after_story", end=date(2024, 10, 21), last="x"
    )
