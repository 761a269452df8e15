"""Nominatim's settings, checked when they are built: a bad value names the setting."""

import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from geo.errors import SettingsError

DEFAULT_DOMAIN = "nominatim.openstreetmap.org"
DEFAULT_USER_AGENT = "news-story-map/1.0 (North Korean troops in Russia dashboard)"
_DOMAIN = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\d{1,5})?$")


@dataclass(frozen=True)
class NominatimSettings:
    """How to reach Nominatim, checked when built: a bad value raises `SettingsError` naming
    the setting. Every field can come from the environment (see `from_env`)."""

    enabled: bool = False
    domain: str = DEFAULT_DOMAIN
    scheme: str = "https"
    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 10.0
    min_delay_seconds: float = 1.0

    def __post_init__(self) -> None:
        for field in fields(self):
            value = getattr(self, field.name)
            message = _setting_problem(field.name, value, self)
            if message:
                raise SettingsError(field.name, value, message)

    @classmethod
    def from_env(
        cls, overrides: Mapping[str, Any] | None = None, *, overrides_label: str = "secrets"
    ) -> "NominatimSettings":
        """Settings from `NOMINATIM_*` environment variables, then `overrides` (the app's
        `[nominatim]` secrets). A bad value raises `SettingsError` naming where it came from
        (the variable, or `overrides_label` and the key)."""
        values: dict[str, Any] = {}
        origins: dict[str, str] = {}
        for field in fields(cls):
            variable = f"NOMINATIM_{field.name.upper()}"
            text = os.environ.get(variable, "").strip()
            if text:
                values[field.name] = _from_text(field.name, text, variable)
                origins[field.name] = variable
        for key, value in (overrides or {}).items():
            if key not in {field.name for field in fields(cls)}:
                raise SettingsError(key, value, "is not a setting", f"{overrides_label} {key}")
            values[key] = value
            origins[key] = f"{overrides_label} {key}"
        try:
            return cls(**values)
        except SettingsError as error:
            raise SettingsError(
                error.setting, error.value, error.reason, origins.get(error.setting)
            ) from None


_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


def _from_text(field: str, text: str, variable: str) -> Any:
    """An environment variable's text as the setting's type."""
    if field == "enabled":
        if text.lower() in _TRUE + _FALSE:
            return text.lower() in _TRUE
        raise SettingsError(field, text, "is not one of 1/0, true/false, yes/no", variable)
    if field in ("timeout", "min_delay_seconds"):
        try:
            return float(text)
        except ValueError:
            raise SettingsError(field, text, "is not a number of seconds", variable) from None
    return text


def _setting_problem(name: str, value: Any, settings: NominatimSettings) -> str | None:
    """Why a setting's value cannot be used, or None."""
    if name == "enabled":
        return None if isinstance(value, bool) else "must be true or false"
    if name == "scheme":
        return None if value in ("http", "https") else "must be http or https"
    if name == "domain":
        ok = isinstance(value, str) and _DOMAIN.fullmatch(value) is not None
        return None if ok else "must be a host name, with an optional :port (no scheme, no path)"
    if name == "user_agent":
        ok = isinstance(value, str) and 0 < len(value) <= 200 and value.isprintable()
        return None if ok else "must be one line of printable text (200 characters at most)"
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        return "is not a number of seconds"
    if name == "timeout" and not 0 < value <= 120:
        return "must be more than 0 and at most 120 seconds"
    if name == "min_delay_seconds":
        floor = 1.0 if settings.domain == DEFAULT_DOMAIN else 0.0
        if value < floor:
            return f"must be at least {floor:g} s for this server (its usage policy)"
    return None
