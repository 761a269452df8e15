"""The dashboard's view (story, dates, actors, layers, statuses) and its form in a share link.

`?story=ID&lang=fr&start=YYYY-MM-DD&end=YYYY-MM-DD&actor=ID&actor=ID&layer=ID&status=ID`: an absent
parameter means its default (the story's whole span, every actor, layer and status; the
browser's language); a present but empty one (`actor=`) means "none". Parsing never raises:
values that cannot apply are dropped and described in notices (in the reader's language), and
the rest of the link still applies.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from geo import vocabulary
from geo.catalog import Catalog
from geo.errors import show_value
from geo.filtering import EventFilter
from geo.i18n import DEFAULT_LANGUAGE, Words, languages
from geo.links import AT_PARAM, EVENT_PARAM
from geo.stories import Story

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

# The sidebar's widget keys: the page glue stores a view in these and reads it back.
STORY_KEY = "filter_story"
DATES_KEY = "filter_dates"
ACTORS_KEY = "filter_actors"
LAYERS_KEY = "filter_layers"
STATUSES_KEY = "filter_statuses"
LANGUAGE_PARAM = "lang"


@dataclass(frozen=True)
class View:
    """What the dashboard shows: one story, a date window and the chosen ids."""

    story_id: str
    start: date
    end: date
    actors: tuple[str, ...]
    layers: tuple[str, ...]
    statuses: tuple[str, ...]
    event: str = ""  # an event the view opens on (its popup open), shown even if filtered out
    at: date | None = None  # the day the map's playback shows (None: the whole period)

    def event_filter(self) -> EventFilter:
        """The filter that selects this view's events (the export uses the same class)."""
        return EventFilter(
            start=self.start,
            end=self.end,
            actors=frozenset(self.actors),
            layers=frozenset(self.layers),
            statuses=frozenset(self.statuses),
        )


def story_actor_choices(story: Story) -> tuple[str, ...]:
    """The actor ids a user can pick for a story: its events' actors, in order of appearance."""
    return tuple(story.actor_ids())


def default_view(story: Story) -> View:
    """The whole story: every day, actor, layer and status."""
    start, end = story.span()
    return View(
        story.id,
        start,
        end,
        story_actor_choices(story),
        story.layer_ids(),
        vocabulary.STATUSES.ids,
    )


def filter_choices(story: Story) -> dict[str, tuple[str, ...]]:
    """The ids each multi-choice filter offers for `story`, by widget key, in display order."""
    return {
        ACTORS_KEY: story_actor_choices(story),
        LAYERS_KEY: story.layer_ids(),
        STATUSES_KEY: vocabulary.STATUSES.ids,
    }


def widget_state(view: View) -> dict[str, Any]:
    """The sidebar widgets' values that show `view`, by widget key."""
    return {
        STORY_KEY: view.story_id,
        DATES_KEY: (view.start, view.end),
        ACTORS_KEY: list(view.actors),
        LAYERS_KEY: list(view.layers),
        STATUSES_KEY: list(view.statuses),
    }


def state_fitted_to_story(state: Mapping[str, Any], story: Story) -> dict[str, Any]:
    """The widget values to set so that `state` offers only what `story` has (its file may have
    changed since the values were chosen): dates outside the story's span fall back to the
    whole span, ids it no longer has are dropped."""
    first_day, last_day = story.span()
    fitted: dict[str, Any] = {}
    dates = state.get(DATES_KEY)
    if not isinstance(dates, tuple | list) or not all(
        isinstance(day, date) and first_day <= day <= last_day for day in dates
    ):
        fitted[DATES_KEY] = (first_day, last_day)
    for key, options in filter_choices(story).items():
        chosen = state.get(key) or []
        fitted[key] = [value for value in chosen if value in options]
    return fitted


def dates_within(picked: tuple[date, date], story: Story) -> tuple[date, date]:
    """The days of `picked` (put in order) that `story` covers; its whole span when it covers
    none of them."""
    first, last = story.span()
    start, end = sorted(picked)
    if end < first or start > last:
        return first, last
    return max(start, first), min(end, last)


def view_from_state(state: Mapping[str, Any], story: Story, last: View | None) -> View:
    """The view the widgets show. While a date range is half picked (one day chosen of two),
    the dates of `last` (the last full view) stand."""
    last = last if last is not None and last.story_id == story.id else default_view(story)
    picked = state.get(DATES_KEY) or ()
    dates: tuple[date, ...] = (picked,) if isinstance(picked, date) else tuple(picked)
    start, end = (dates[0], dates[-1]) if len(dates) == 2 else (last.start, last.end)
    choices = filter_choices(story)

    def chosen(key: str) -> tuple[str, ...]:
        picked = set(state.get(key) or ())
        return tuple(value for value in choices[key] if value in picked)

    return View(story.id, start, end, chosen(ACTORS_KEY), chosen(LAYERS_KEY), chosen(STATUSES_KEY))


class _Notices(list[str]):
    """The notices of one parse, in the reader's language."""

    def __init__(self, words: Words) -> None:
        super().__init__()
        self.words = words

    def add(self, key: str, **values: object) -> None:
        self.append(self.words(f"link.{key}", **values))


def _single(values: Sequence[str], name: str, notices: _Notices) -> str:
    """The value of a parameter that takes one; a repeated one keeps its first value, said."""
    if len(values) > 1:
        notices.add("repeated", name=name, times=str(len(values)), first=show_value(values[0]))
    return values[0] if values else ""


def _parse_day(values: Sequence[str], name: str, notices: _Notices) -> date | None:
    text = _single(values, name, notices).strip()
    if not text:
        return None
    if _ISO_DAY.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    notices.add("not_a_date", name=name, value=show_value(text))
    return None


def _parse_ids(
    values: Sequence[str] | None,
    name: str,
    allowed: Sequence[str],
    default: tuple[str, ...],
    notices: _Notices,
) -> tuple[str, ...]:
    if values is None:
        return default
    wanted = [value.strip() for value in values]
    if wanted and all(value == "" for value in wanted):
        return ()  # an explicit empty selection
    unknown = [value for value in wanted if value and value not in allowed]
    for value in unknown:
        notices.add(f"unknown_{name}", name=name, value=show_value(value))
    kept = {value for value in wanted if value in allowed}
    if not kept:
        return default
    return tuple(value for value in allowed if value in kept)


def parse_language(
    values: Sequence[str] | None, fallback: str = DEFAULT_LANGUAGE
) -> tuple[str, list[str]]:
    """The interface language a link asks for (`lang=fr`), else `fallback` (the browser's);
    notices, in the language chosen, for a value the app does not speak."""
    values = values or ()
    wanted = values[0].strip().lower() if values else ""
    code = wanted if wanted in languages() else fallback
    notices = _Notices(Words(code))
    _single(values, LANGUAGE_PARAM, notices)
    if wanted and wanted not in languages():
        notices.add("unknown_language", value=show_value(wanted), known=", ".join(languages()))
    return code, notices


def parse_view(
    params: Mapping[str, Sequence[str]], catalog: Catalog, words: Words | None = None
) -> tuple[View, list[str]]:
    """The view a link describes, and one notice per value that was ignored (in the language
    of `words`, English by default; `parse_language` reads the link's language).

    `params` maps each query parameter to all its values (repeated keys give several). Unknown
    parameters are ignored silently (links often carry tracking parameters).
    """
    notices = _Notices(words or Words(DEFAULT_LANGUAGE))
    default_id = catalog.default_story_id
    if default_id is None:
        raise ValueError("parse_view needs a catalog with at least one story")
    story_id = _single(params.get("story", ()), "story", notices).strip()
    if story_id and story_id not in catalog.stories:
        notices.add("unknown_story", value=show_value(story_id))
        story_id = ""
    story = catalog.stories[story_id or default_id]
    default = default_view(story)

    start = _parse_day(params.get("start", ()), "start", notices)
    end = _parse_day(params.get("end", ()), "end", notices)
    if start is not None and end is not None and end < start:
        notices.add("end_before_start", start=start, end=end)
        start = end = None
    first_day, last_day = default.start, default.end
    if (start is not None and start > last_day) or (end is not None and end < first_day):
        notices.add(
            "dates_miss_story",
            start=start or first_day,
            end=end or last_day,
            first=first_day,
            last=last_day,
        )
        start = end = None
    if start is not None and start < first_day:
        notices.add("start_before_story", start=start, first=first_day)
    if end is not None and end > last_day:
        notices.add("end_after_story", end=end, last=last_day)
    start = max(start or first_day, first_day)
    end = min(end or last_day, last_day)

    actors = _parse_ids(params.get("actor"), "actor", default.actors, default.actors, notices)
    layers = _parse_ids(params.get("layer"), "layer", default.layers, default.layers, notices)
    statuses = _parse_ids(
        params.get("status"), "status", default.statuses, default.statuses, notices
    )
    event = _single(params.get(EVENT_PARAM, ()), EVENT_PARAM, notices).strip()
    if event and event not in {known.id for known in story.events}:
        notices.add("unknown_event", value=show_value(event))
        event = ""
    at = _parse_day(params.get(AT_PARAM, ()), AT_PARAM, notices)
    if at is not None and not start <= at <= end:
        notices.add("at_outside", at=at, start=start, end=end)
        at = None
    return View(story.id, start, end, actors, layers, statuses, event, at), list(notices)


def view_params(
    view: View, story: Story, language: str | None = None
) -> dict[str, str | list[str]]:
    """The shortest query parameters that reopen `view`: the story always (a link must not
    change meaning when a newer story is added), the interface language when given (the link
    reopens in the language it was shared in), other values only when not the default."""
    default = default_view(story)
    params: dict[str, str | list[str]] = {"story": view.story_id}
    if language is not None:
        params[LANGUAGE_PARAM] = language
    if view.start != default.start:
        params["start"] = view.start.isoformat()
    if view.end != default.end:
        params["end"] = view.end.isoformat()
    for name, chosen, everything in (
        ("actor", view.actors, default.actors),
        ("layer", view.layers, default.layers),
        ("status", view.statuses, default.statuses),
    ):
        if set(chosen) != set(everything):
            params[name] = list(chosen) if chosen else [""]
    if view.event:
        params[EVENT_PARAM] = view.event
    if view.at is not None:
        params[AT_PARAM] = view.at.isoformat()
    return params


def filter_summary(view: View, story: Story, words: Words) -> str | None:
    """What the view leaves out, in one line ("South Korea · Diplomatic actions · 21 Oct 2024"),
    or None when it shows the whole story; in the language of `words`, which names the
    story's actors."""
    default = default_view(story)
    parts = []
    for chosen, everything, name in (
        (view.actors, default.actors, words.actor),
        (view.layers, default.layers, words.layer),
        (view.statuses, default.statuses, lambda status: words.term(vocabulary.STATUSES, status)),
    ):
        if set(chosen) != set(everything):
            parts.append(", ".join(map(name, chosen)) if chosen else words("summary.none"))
    if (view.start, view.end) != (default.start, default.end):
        parts.append(words.dates(view.start, view.end))
    return " · ".join(parts) if parts else None


_MAX_IDS_IN_FILE_NAME = 3


def file_stem(view: View, story: Story) -> str:
    """A file name (without extension) that says what the view shows, in ids (never translated):
    'story_2024-10-21_2024-10-22_south-korea+united-kingdom_diplomacy'. A filter with many
    values chosen is summed up ('5-actors'); unfiltered ones are left out."""
    default = default_view(story)
    parts = [story.id, view.start.isoformat(), view.end.isoformat()]
    for chosen, everything, plural in (
        (view.actors, default.actors, "actors"),
        (view.layers, default.layers, "layers"),
        (view.statuses, default.statuses, "statuses"),
    ):
        if set(chosen) == set(everything):
            continue
        if not chosen:
            parts.append(f"no-{plural}")
        elif len(chosen) > _MAX_IDS_IN_FILE_NAME:
            parts.append(f"{len(chosen)}-{plural}")
        else:
            parts.append("+".join(chosen))
    return "_".join(parts)
