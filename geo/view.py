"""The dashboard's view (story, dates, actors, layers, statuses) and its form in a share link.

`?story=ID&start=YYYY-MM-DD&end=YYYY-MM-DD&actor=ID&actor=ID&layer=ID&status=ID`: an absent
parameter means its default (the story's whole span, every actor, layer and status); a present
but empty one (`actor=`) means "none". Parsing never raises: values that cannot apply are dropped
and described in notices, and the rest of the link still applies.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode, urlsplit

from geo import vocabulary
from geo.catalog import Catalog
from geo.errors import show_value
from geo.filtering import EventFilter
from geo.stories import Story

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

# The sidebar's widget keys: the page glue stores a view in these and reads it back.
STORY_KEY = "filter_story"
DATES_KEY = "filter_dates"
ACTORS_KEY = "filter_actors"
LAYERS_KEY = "filter_layers"
STATUSES_KEY = "filter_statuses"


@dataclass(frozen=True)
class View:
    """What the dashboard shows: one story, a date window and the chosen ids."""

    story_id: str
    start: date
    end: date
    actors: tuple[str, ...]
    layers: tuple[str, ...]
    statuses: tuple[str, ...]

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
        vocabulary.LAYERS.ids,
        vocabulary.STATUSES.ids,
    )


def filter_choices(story: Story) -> dict[str, tuple[str, ...]]:
    """The ids each multi-choice filter offers for `story`, by widget key, in display order."""
    return {
        ACTORS_KEY: story_actor_choices(story),
        LAYERS_KEY: vocabulary.LAYERS.ids,
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


_PLURALS = {"actor": "actors", "layer": "layers", "status": "statuses"}


def _single(values: Sequence[str], name: str, notices: list[str]) -> str:
    """The value of a parameter that takes one; a repeated one keeps its first value, said."""
    if len(values) > 1:
        notices.append(
            f"{name} was given {len(values)} times: the first, {show_value(values[0])}, is used"
        )
    return values[0] if values else ""


def _parse_day(values: Sequence[str], name: str, notices: list[str]) -> date | None:
    text = _single(values, name, notices).strip()
    if not text:
        return None
    if _ISO_DAY.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    notices.append(f"{name}={show_value(text)} is not a date YYYY-MM-DD")
    return None


def _parse_ids(
    values: Sequence[str] | None,
    name: str,
    allowed: Sequence[str],
    default: tuple[str, ...],
    notices: list[str],
) -> tuple[str, ...]:
    if values is None:
        return default
    wanted = [value.strip() for value in values]
    if wanted and all(value == "" for value in wanted):
        return ()  # an explicit empty selection
    unknown = [value for value in wanted if value and value not in allowed]
    for value in unknown:
        notices.append(f"{name}={show_value(value)} is not one of this story's {_PLURALS[name]}")
    kept = {value for value in wanted if value in allowed}
    if not kept:
        return default
    return tuple(value for value in allowed if value in kept)


def parse_view(params: Mapping[str, Sequence[str]], catalog: Catalog) -> tuple[View, list[str]]:
    """The view a link describes, and one notice per value that was ignored.

    `params` maps each query parameter to all its values (repeated keys give several). Unknown
    parameters are ignored silently (links often carry tracking parameters).
    """
    notices: list[str] = []
    default_id = catalog.default_story_id
    if default_id is None:
        raise ValueError("parse_view needs a catalog with at least one story")
    story_id = _single(params.get("story", ()), "story", notices).strip()
    if story_id and story_id not in catalog.stories:
        notices.append(f"story={show_value(story_id)} is not a known story")
        story_id = ""
    story = catalog.stories[story_id or default_id]
    default = default_view(story)

    start = _parse_day(params.get("start", ()), "start", notices)
    end = _parse_day(params.get("end", ()), "end", notices)
    if start is not None and end is not None and end < start:
        notices.append(f"end={end} is before start={start}: both were ignored")
        start = end = None
    first_day, last_day = default.start, default.end
    if (start is not None and start > last_day) or (end is not None and end < first_day):
        notices.append(
            f"the dates {start or first_day} to {end or last_day} miss the story "
            f"({first_day} to {last_day}): both were ignored"
        )
        start = end = None
    if start is not None and start < first_day:
        notices.append(f"start={start} is before the story's first day, {first_day}")
    if end is not None and end > last_day:
        notices.append(f"end={end} is after the story's last day, {last_day}")
    start = max(start or first_day, first_day)
    end = min(end or last_day, last_day)

    actors = _parse_ids(params.get("actor"), "actor", default.actors, default.actors, notices)
    layers = _parse_ids(params.get("layer"), "layer", default.layers, default.layers, notices)
    statuses = _parse_ids(
        params.get("status"), "status", default.statuses, default.statuses, notices
    )
    return View(story.id, start, end, actors, layers, statuses), notices


def view_params(view: View, story: Story) -> dict[str, str | list[str]]:
    """The shortest query parameters that reopen `view`: the story always (a link must not
    change meaning when a newer story is added), other values only when not the default."""
    default = default_view(story)
    params: dict[str, str | list[str]] = {"story": view.story_id}
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
    return params


# Community Cloud serves the app itself under this path, inside a frame at the app's public
# address; links people share should name the public address.
_CLOUD_APP_MOUNT = "/~/+"


def app_origin(url: str, base_path: str) -> str:
    """Scheme, host and base path of the app, from the URL the browser reports and the server's
    configured base path (`server.baseUrlPath`).

    The reported URL's own path is not used: it may name a page, or a page that does not exist
    (Streamlit then shows the default page). Community Cloud's inner mount
    (https://x.streamlit.app/~/+) is left out: links name the public address.
    """
    parts = urlsplit(url)
    path = "/" + base_path.strip("/") if base_path.strip("/") else ""
    return f"{parts.scheme}://{parts.netloc}{path.removesuffix(_CLOUD_APP_MOUNT)}"


def share_url(origin: str, page_path: str, params: Mapping[str, str | list[str]]) -> str:
    """The full link that reopens a view: the app's origin, the page's path ("" for the default
    page) and the view's query parameters."""
    path = f"/{page_path}" if page_path else "/"
    return f"{origin}{path}?{urlencode(params, doseq=True)}"
