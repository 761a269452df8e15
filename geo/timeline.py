"""The timeline chart: one row per actor, a bar per event span, colour by layer, status shown."""

from collections import defaultdict
from collections.abc import Mapping
from datetime import date, timedelta

import altair as alt
import pandas as pd

from geo.formatting import actor_name, event_title, format_span, status_label
from geo.map_layers import LAYER_NAMES
from geo.model import Actor, Event

LAYER_COLORS = {"troops": "#b2182b", "diplomacy": "#2166ac"}
STATUS_OPACITY = {"confirmed": 1.0, "claimed": 0.75, "unconfirmed": 0.45, "denied": 0.25}
STATUS_DASH = {"confirmed": [1, 0], "claimed": [4, 2], "unconfirmed": [1, 2], "denied": [1, 4]}


def _lanes(events: list[Event]) -> dict[str, int]:
    """A lane per event so that events of one actor that overlap in time sit on separate lines."""
    lanes: dict[str, int] = {}
    by_actor: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_actor[event.actor].append(event)
    for actor_events in by_actor.values():
        lane_ends: list[date] = []
        for event in sorted(actor_events, key=lambda e: (e.date_start, e.date_end, e.id)):
            for lane, last_day in enumerate(lane_ends):
                if last_day < event.date_start:
                    lane_ends[lane] = event.date_end
                    lanes[event.id] = lane
                    break
            else:
                lanes[event.id] = len(lane_ends)
                lane_ends.append(event.date_end)
    return lanes


def timeline_frame(events: list[Event], actors: Mapping[str, Actor]) -> pd.DataFrame:
    """One row per event with what the chart draws and its tooltip shows."""
    lanes = _lanes(events)
    rows = [
        {
            "id": event.id,
            "actor": actor_name(actors, event.actor),
            "lane": lanes[event.id],
            "start": pd.Timestamp(event.date_start),
            "end": pd.Timestamp(event.date_end + timedelta(days=1)),  # bars cover whole days
            "layer": LAYER_NAMES[event.layer],
            "status": event.status,
            "status_label": status_label(event, actors),
            "title": event_title(event, actors),
            "when": format_span(event),
            "summary": event.summary,
        }
        for event in events
    ]
    return pd.DataFrame(rows, columns=[*TIMELINE_COLUMNS])


TIMELINE_COLUMNS = (
    "id",
    "actor",
    "lane",
    "start",
    "end",
    "layer",
    "status",
    "status_label",
    "title",
    "when",
    "summary",
)


def timeline_chart(
    events: list[Event], actors: Mapping[str, Actor], *, start: date, end: date
) -> alt.LayerChart:
    """The chart for `events` between `start` and `end` (inclusive)."""
    frame = timeline_frame(events, actors)
    actor_order = list(dict.fromkeys(actor_name(actors, event.actor) for event in events))
    statuses = list(STATUS_OPACITY)
    layer_names = [LAYER_NAMES[layer] for layer in LAYER_COLORS]
    domain = [pd.Timestamp(start).isoformat(), pd.Timestamp(end + timedelta(days=1)).isoformat()]
    status_legend = alt.Legend(title="Status", orient="top")
    base = alt.Chart(frame).encode(
        x=alt.X(
            "start:T",
            title=None,
            scale=alt.Scale(domain=domain),
            axis=alt.Axis(format="%-d %b %Y", tickMinStep=86_400_000, labelOverlap=True),
        ),
        y=alt.Y("actor:N", sort=actor_order, title=None, axis=alt.Axis(labelLimit=200)),
        yOffset=alt.YOffset("lane:O"),
        color=alt.Color(
            "layer:N",
            scale=alt.Scale(domain=layer_names, range=list(LAYER_COLORS.values())),
            legend=alt.Legend(title="Layer", orient="top"),
        ),
        opacity=alt.Opacity(
            "status:O",
            sort=statuses,
            scale=alt.Scale(domain=statuses, range=list(STATUS_OPACITY.values())),
            legend=status_legend,
        ),
        tooltip=[
            alt.Tooltip("title:N", title="Event"),
            alt.Tooltip("when:N", title="When"),
            alt.Tooltip("status_label:N", title="Status"),
            alt.Tooltip("summary:N", title="Summary"),
        ],
    )
    bars = base.mark_bar(cornerRadius=2, stroke="#222222", strokeWidth=0.8).encode(
        x2="end:T",
        strokeDash=alt.StrokeDash(
            "status:O",
            sort=statuses,
            scale=alt.Scale(domain=statuses, range=list(STATUS_DASH.values())),
            legend=status_legend,
        ),
    )
    # A dot at the start keeps one-day events visible on a long axis.
    dots = base.mark_point(filled=True, size=70, stroke="#222222", strokeWidth=0.6)
    rows = max(1, len(actor_order))
    lanes = int(frame["lane"].max()) + 1 if len(frame) else 1
    return (
        alt.layer(bars, dots)
        .properties(height=max(160, rows * (18 * lanes + 10)))
        .interactive(bind_y=False)
        .configure_axis(labelFontSize=12)
    )
