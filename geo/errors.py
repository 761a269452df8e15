"""The project's exceptions and the `Problem` record every validation error is reported as."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

_NO_VALUE = object()
_MAX_SHOWN = 80


def show_value(value: Any) -> str:
    """A short, printable rendering of a bad value for an error message."""
    text = repr(value)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file: where (file, event, field), what, and the bad value."""

    file: str
    message: str
    event: str | None = None
    field: str | None = None
    value: Any = _NO_VALUE
    entry: str = "event"  # what `event` names: an event, or another entry such as a mention
    key: str | None = None  # the message's key in data/i18n when it is worded there
    values: tuple[tuple[str, Any], ...] = ()  # that message's {placeholders}

    def worded(self, words: Callable[..., str]) -> str:
        """The message in the language of `words` (a `geo.i18n.Words`), when it has a key."""
        return words(self.key, **dict(self.values)) if self.key else self.message

    @property
    def has_value(self) -> bool:
        """Whether a bad value was recorded (None is a value too)."""
        return self.value is not _NO_VALUE

    def __str__(self) -> str:
        parts = [self.file]
        if self.event is not None:
            parts.append(f"{self.entry} {self.event}")
        if self.field is not None:
            parts.append(f"field '{self.field}'")
        text = ": ".join(parts) + ": " + self.message
        if self.has_value:
            text += f" (got {show_value(self.value)})"
        return text


@cache
def _english() -> Callable[..., str]:
    from geo.i18n import Words  # (geo.i18n needs the model, which needs this module)

    return Words("en")


def worded_problem(
    file: str,
    key: str,
    event: str | None = None,
    field: str | None = None,
    value: Any = _NO_VALUE,
    entry: str = "event",
    **values: Any,
) -> Problem:
    """A problem worded by the message `key` of data/i18n (filled with `values`): in English
    in files and on the command line, in the reader's language where a page shows it."""
    message = _english()(key, **values)
    return Problem(file, message, event, field, value, entry, key, tuple(values.items()))


class GeoError(Exception):
    """Base of every exception this project raises on purpose."""


class WordedError(GeoError):
    """An error for a person, worded by a message of data/i18n (`key`, filled with `values`):
    in English when printed (the command line), in the reader's language on a page."""

    def __init__(self, key: str, **values: Any) -> None:
        self.key, self.values = key, values
        super().__init__(_english()(key, **values))


class DataError(GeoError):
    """A data file is wrong; `problems` says where and how."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


class UnknownStoryError(GeoError):
    """A story id that no loaded story has."""


class GeocodingServiceError(GeoError):
    """The online geocoder failed (timeout, unreachable, refused, rate limited)."""


class SettingsError(GeoError):
    """A setting (environment variable or secret) has a value that cannot be used."""

    def __init__(self, setting: str, value: Any, reason: str, where: str | None = None) -> None:
        self.setting = setting
        self.value = value
        self.reason = reason
        self.where = where or setting
        super().__init__(f"{self.where}={show_value(value)} {reason}")
