"""The interface's languages: its words from `data/i18n/<code>.yaml`, dates and numbers by Babel.

A language is one file (README, "Add a language"): `language.name` is how the switch shows it,
`language.locale` the Babel locale that formats its dates and numbers, and every other key is a
message, written with `{placeholders}`. A message that depends on a count has `one` and `other`
forms (Babel's plural rules choose). English is complete; a key another language lacks falls
back to English, and a test checks that none is missing.

`Words` is what the pages and the map builders use: messages, vocabulary names, actor names,
dates and numbers, all in one language. Ids (in files, exports and links) are never translated.
"""

from collections.abc import Mapping
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from babel import Locale
from babel.dates import format_date, format_interval
from babel.numbers import format_decimal

from geo import vocabulary
from geo.model import Actor, Event
from geo.paths import DATA_DIR
from geo.safe_html import escape_text

I18N_DIR = DATA_DIR / "i18n"
DEFAULT_LANGUAGE = "en"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Message = str | dict[str, str]


def _flatten(tree: Mapping[str, Any], prefix: str = "") -> dict[str, Message]:
    """{"map": {"fit": "..."}} → {"map.fit": "..."}; a mapping of plural forms stays whole."""
    flat: dict[str, Message] = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and not set(value) <= {
            "zero",
            "one",
            "two",
            "few",
            "many",
            "other",
        }:
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


@cache
def messages(code: str) -> dict[str, Message]:
    """Every message of the language `code`, by dotted key."""
    path = I18N_DIR / f"{code}.yaml"
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - safe
    return _flatten(document)


def _language_files() -> dict[str, Path]:
    return {path.stem: path for path in sorted(I18N_DIR.glob("*.yaml"))}


@cache
def languages() -> dict[str, str]:
    """The interface's languages, code → own name ({"en": "English", "fr": "Français"})."""
    return {code: str(messages(code)["language.name"]) for code in _language_files()}


def language_of_locale(locale: str | None) -> str:
    """The interface language for a browser locale ("fr-FR" → "fr"); English when the app does
    not speak it."""
    code = (locale or "").replace("_", "-").split("-")[0].strip().lower()
    return code if code in languages() else DEFAULT_LANGUAGE


class Words:
    """The interface's words in one language, and the names of a story's actors in it."""

    def __init__(self, language: str, actors: Mapping[str, Actor] | None = None) -> None:
        if language not in languages():
            raise ValueError(
                f"{language!r} is not a language of the app ({', '.join(languages())})"
            )
        self.language = language
        self.actors: Mapping[str, Actor] = actors or {}
        self._messages = messages(language)
        self._fallback = messages(DEFAULT_LANGUAGE)
        self.locale = Locale.parse(str(self._messages["language.locale"]))

    def with_actors(self, actors: Mapping[str, Actor]) -> "Words":
        """The same language, naming `actors`."""
        return Words(self.language, actors)

    def _message(self, key: str) -> Message:
        found = self._messages.get(key, self._fallback.get(key))
        if found is None:
            raise KeyError(f"no message {key!r} in data/i18n/{DEFAULT_LANGUAGE}.yaml")
        return found

    def _single(self, key: str) -> str:
        message = self._message(key)
        if isinstance(message, dict):
            raise TypeError(f"message {key!r} has plural forms: use Words.count")
        return message

    def __call__(self, key: str, **values: Any) -> str:
        """The message `key`, its `{placeholders}` filled with `values` (numbers formatted)."""
        return self._fill(self._single(key), values)

    def html(self, key: str, **markup: str) -> str:
        """The message `key` as escaped HTML, its placeholders filled with `markup`: HTML the
        caller built, and escaped, itself."""
        return escape_text(self._single(key)).format(**markup)

    def count(self, key: str, count: int, **values: Any) -> str:
        """The plural form of message `key` that suits `count` ({count} is filled too)."""
        message = self._message(key)
        if not isinstance(message, dict):
            return self._fill(message, {"count": count, **values})
        form = self.locale.plural_form(count)
        text = message.get(form, message.get("other", ""))
        return self._fill(text, {"count": count, **values})

    def _fill(self, message: str, values: Mapping[str, Any]) -> str:
        shown = {
            name: self.number(value)
            if isinstance(value, int) and not isinstance(value, bool)
            else value
            for name, value in values.items()
        }
        return message.format(**shown) if shown else message

    # Numbers and dates

    def number(self, value: int) -> str:
        """'12,000' / '12 000'."""
        return format_decimal(value, locale=self.locale)

    def day(self, day: date) -> str:
        """'21 Oct 2024' / '21 oct. 2024' ('1er oct. 2024')."""
        text = format_date(day, "d MMM y", locale=self.locale)
        if self.language == "fr" and day.day == 1:
            text = "1er" + text[1:]
        return text

    def month(self, day: date) -> str:
        """'June 2024' / 'juin 2024'."""
        return format_date(day, "MMMM y", locale=self.locale)

    def span(self, event: Event) -> str:
        """The event's date as precisely as it is known: '21 Oct 2024', '8–13 Oct 2024',
        '28 Sept – 3 Oct 2024', 'June 2024' or '2024'."""
        return self.dates(event.date_start, event.date_end, event.time_precision)

    def dates(self, start: date, end: date, precision: str = "day") -> str:
        """A span of days, months or years, said as briefly as the language allows."""
        if precision == "year":
            return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
        if precision == "month":
            if (start.year, start.month) == (end.year, end.month):
                return self.month(start)
            return format_interval(start, end, "yMMMM", locale=self.locale)
        if start == end:
            return self.day(start)
        return format_interval(start, end, "yMMMd", locale=self.locale)

    # Names

    def actor(self, actor_id: str | None) -> str:
        """An actor's name in this language (its id when unknown, '' for None)."""
        if actor_id is None:
            return ""
        actor = self.actors.get(actor_id)
        if actor is None:
            return actor_id
        return actor.name_fr if self.language == "fr" else actor.name_en

    def term(self, table: vocabulary.Vocabulary, value: str) -> str:
        """A vocabulary value's display name ('troops' → 'Troop movements')."""
        return table.name(value, self.language) if value in table else value

    def layer(self, layer: str) -> str:
        return self.term(vocabulary.LAYERS, layer)

    def kind(self, kind: str) -> str:
        return self.term(vocabulary.KINDS, kind)

    def status(self, event: Event) -> str:
        """'Confirmed', 'Claimed by South Korea', 'Unconfirmed', 'Denied — claimed by …'."""
        name = self.term(vocabulary.STATUSES, event.status)
        if event.claimed_by and event.status == "claimed":
            return self("status.claimed_by", by=self.actor(event.claimed_by))
        if event.claimed_by and event.status == "denied":
            return self("status.denied_claimed_by", status=name, by=self.actor(event.claimed_by))
        return name

    def event_title(self, event: Event) -> str:
        """A short plain-text title: 'South Korea → Russia: summons, 21 Oct 2024'."""
        who = self.actor(event.actor)
        if event.counterpart:
            who += f" → {self.actor(event.counterpart)}"
        what = self.kind(event.kind).lower()
        if event.troops:
            what = self.count("event.with_troops", event.troops, what=what)
        return self("event.title", who=who, what=what, when=self.span(event))
