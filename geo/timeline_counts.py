"""The timeline of a big story: events counted per day (or week, over a long period) and
stacked by layer in the layers' colours, instead of a bar per event, which Vega-Lite cannot
draw by the thousand."""

from collections.abc import Sequence
from datetime import date, timedelta

import altair as alt
import numpy as np
import pandas as pd

from geo import vocabulary
from geo.columns import EventSet
from geo.i18n import Words
from geo.model import Event
from geo.stories import Story
from geo.timeline import BRUSH, drag_events, vega_locale

# Events above which the timeline counts them instead of drawing each.
DETAIL_LIMIT = 1000
_WEEKLY_FROM_DAYS = 92  # periods longer than about three months are counted per week


def counted(events: Sequence[Event]) -> bool:
    """Whether a timeline counts these events instead of drawing each (over `DETAIL_LIMIT`)."""
    return len(events) > DETAIL_LIMIT


def counts_frame(
    story: Story, events: Sequence[Event], words: Words, *, weekly: bool
) -> pd.DataFrame:
    """Events per first day (or its week's Monday) and layer: start, end, layer, events."""
    chosen = EventSet.of(story, events)
    columns = chosen.story.columns
    days = columns.start[chosen.rows].astype(np.int64)
    if weekly:
        days = days - (days - 1) % 7  # ordinal 1 (1 Jan of year 1) is a Monday
    layers = columns.layer[chosen.rows].astype(np.int64)
    pairs, counts = np.unique(days * len(vocabulary.LAYERS) + layers, return_counts=True)
    first = np.datetime64(date.min, "D") - 1  # the day before ordinal 1
    frame = pd.DataFrame(
        {
            "start": pd.to_datetime(first + pairs // len(vocabulary.LAYERS)),
            "layer": [
                words.layer(vocabulary.LAYERS.ids[code]) for code in pairs % len(vocabulary.LAYERS)
            ],
            "events": counts,
        }
    )
    frame["end"] = frame["start"] + pd.Timedelta(days=7 if weekly else 1)
    return frame


def counts_chart(
    story: Story,
    events: Sequence[Event],
    words: Words,
    *,
    start: date,
    end: date,
    linked: bool = False,
) -> alt.Chart:
    """The counted timeline of `events` (of `story`) between `start` and `end`; `linked` (the
    map page): dragging across days selects them (`BRUSH`, see `geo.timeline.brushed_days`)."""
    weekly = (end - start).days > _WEEKLY_FROM_DAYS
    frame = counts_frame(story, events, words, weekly=weekly)
    layers = EventSet.of(story, events).shown.layers
    shown = [term for term in vocabulary.LAYERS if term.id in layers]
    colors = alt.Scale(
        domain=[term.name(words.language) for term in shown],
        range=[term.color or "#555555" for term in shown],
    )
    unit = words("timeline.per_week") if weekly else words("timeline.per_day")
    chart = (
        alt.Chart(frame)
        .mark_bar(stroke="#ffffff", strokeWidth=0.3)
        .encode(
            x=alt.X(
                "start:T",
                title=None,
                scale=alt.Scale(domain=[start.isoformat(), (end + timedelta(days=1)).isoformat()]),
                axis=alt.Axis(format="%-d %b %Y", labelOverlap=True),
            ),
            x2="end:T",
            y=alt.Y("sum(events):Q", title=unit, stack=True),
            color=alt.Color(
                "layer:N",
                scale=colors,
                legend=alt.Legend(title=None, orient="top", direction="horizontal"),
            ),
            tooltip=[
                alt.Tooltip("start:T", title=unit, format="%-d %b %Y"),
                alt.Tooltip("layer:N", title=words("table.layer")),
                alt.Tooltip("events:Q", title=words("timeline.events")),
            ],
        )
        .properties(height=220)
    )
    if linked:
        chart = chart.add_params(
            alt.selection_interval(name=BRUSH, encodings=["x"], on=drag_events(), translate=False)
        )
    configured: alt.Chart = chart.configure(locale=vega_locale(words)).configure_axis(
        labelFontSize=12
    )
    return configured
