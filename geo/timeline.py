"""The timeline chart: one row per actor, a bar per event span, coloured by actor as on the map,
how sure it is shown by the bar's opacity and the mark at its start; in the reader's language."""

import math
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import altair as alt
import numpy as np
import numpy.typing as npt
import pandas as pd
from babel.dates import get_day_names, get_month_names

from geo import vocabulary
from geo.i18n import Words
from geo.map.symbology import actor_color
from geo.model import Event

# How sure an event is, as the opacity of its bar (the vocabulary gives its start mark's shape).
STATUS_OPACITY = {"confirmed": 1.0, "claimed": 0.75, "unconfirmed": 0.45, "denied": 0.25}
_OTHER_STATUS_OPACITY = 0.6


def _lanes(events: Sequence[Event]) -> dict[str, int]:
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


def timeline_frame(events: Sequence[Event], words: Words) -> pd.DataFrame:
    """One row per event with what the chart draws and its tooltip shows."""
    lanes = _lanes(events)
    rows = [
        {
            "id": event.id,
            "actor": words.actor(event.actor),
            "lane": lanes[event.id],
            "start": pd.Timestamp(event.date_start),
            "end": pd.Timestamp(event.date_end + timedelta(days=1)),  # bars cover whole days
            "layer": words.layer(event.layer),
            "status": words.term(vocabulary.STATUSES, event.status),
            "status_label": words.status(event),
            "title": words.event_title(event),
            "when": words.span(event),
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


def focus_window(events: Sequence[Event], start: date, end: date) -> tuple[date, date]:
    """The days the timeline of these events opens on (see `busiest_days`)."""
    firsts = np.fromiter((e.date_start.toordinal() for e in events), np.int64, len(events))
    lasts = np.fromiter((e.date_end.toordinal() for e in events), np.int64, len(events))
    return busiest_days(firsts, lasts, start, end)


def busiest_days(
    firsts: npt.NDArray[np.integer], lasts: npt.NDArray[np.integer], start: date, end: date
) -> tuple[date, date]:
    """For events with these first and last days (ordinals): the shortest stretch holding at
    least 90% of their first days (the latest such stretch; padded by two days, and reaching
    the last day of the events in it), or the whole of [start, end] when that is a month or
    less, or the stretch a third of it or more."""
    if len(firsts) < 5:
        return start, end
    ordered = np.sort(firsts)
    needed = math.ceil(len(ordered) * 0.9)
    widths = ordered[needed - 1 :] - ordered[: len(ordered) - needed + 1]
    low = len(widths) - 1 - int(np.argmin(widths[::-1]))  # the latest of the shortest
    first, last = int(ordered[low]), int(ordered[low + needed - 1])
    last = int(lasts[(firsts >= first) & (firsts <= last)].max())
    focus = (
        max(start, date.fromordinal(first) - timedelta(days=2)),
        min(end, date.fromordinal(last) + timedelta(days=2)),
    )
    if (end - start).days <= 31 or (focus[1] - focus[0]) * 3 > end - start:
        return start, end
    return focus


def focus_note(events: Sequence[Event], words: Words, *, start: date, end: date) -> str | None:
    """What the timeline leaves out when it opens on its focus window (None when it shows the
    whole period): the days shown, and the events outside them, by title."""
    focus = focus_window(events, start, end)
    if focus == (start, end):
        return None
    outside = [e for e in events if e.date_end < focus[0] or e.date_start > focus[1]]
    titles = "; ".join(words.event_title(e) for e in outside[:5])
    if len(outside) > 5:
        titles = words("timeline.and_more", titles=titles, more=len(outside) - 5)
    return words.count(
        "timeline.focus_note",
        len(events),
        days=words.dates(*focus),
        shown=len(events) - len(outside),
        outside=titles,
    )


def vega_locale(words: Words) -> dict[str, Any]:
    """Vega's number and time formats for the reader's language (month and day names from
    Babel), so that the axis says 'oct. 2024' to a French reader."""
    locale = words.locale
    symbols = locale.number_symbols.get("latn", {})

    months = get_month_names("wide", "format", locale=locale)
    short_months = get_month_names("abbreviated", "format", locale=locale)
    days = get_day_names("wide", "format", locale=locale)
    short_days = get_day_names("abbreviated", "format", locale=locale)
    sunday_first = [6, 0, 1, 2, 3, 4, 5]  # Vega's weeks start on Sunday, Babel's on Monday

    return {
        "number": {
            "decimal": symbols.get("decimal", "."),
            "thousands": symbols.get("group", ","),
            "grouping": [3],
            "currency": ["", ""],
        },
        "time": {
            "dateTime": "%a %e %b %Y %X",
            "date": "%d/%m/%Y",
            "time": "%H:%M:%S",
            "periods": ["AM", "PM"],
            "days": [days[day] for day in sunday_first],
            "shortDays": [short_days[day] for day in sunday_first],
            "months": [months[month] for month in range(1, 13)],
            "shortMonths": [short_months[month] for month in range(1, 13)],
        },
    }


def _legend(title: str, *, row: int) -> alt.Legend:
    """A one-line legend above the plot, one per row, so that narrow screens do not cut one
    off (legends side by side do not wrap)."""
    return alt.Legend(
        title=title,
        orient="none",
        direction="horizontal",
        titleOrient="left",
        titleLimit=60,
        legendX=0,
        legendY=-30 + 24 * row,
    )


# The map page's chart ("linked"): the selections Streamlit reports, a click on a bar or on
# the mark at its start (the picked event's id) and the days dragged over (BRUSH); and the
# page element that carries the hovered event's id between the chart, the map and the list.
PICKS = ("pick_bar", "pick_mark")
BRUSH = "brush"
HOVER_ELEMENT_ID = "nm-hover-event"
# Dragging marks days; shift-dragging moves the chart through time (the wheel zooms it).
_DRAG = "[pointerdown[!event.shiftKey], window:pointerup] > window:pointermove!"
_SHIFT_DRAG = "[pointerdown[event.shiftKey], window:pointerup] > window:pointermove!"


def drag_events() -> str:
    """The Vega event stream of a plain drag (not shift-dragged), which brushes days."""
    return _DRAG


def brushed_days(selection: dict[str, Any]) -> tuple[date, date] | None:
    """The days a reader dragged over on the linked chart, from the selection Streamlit
    reports (`{BRUSH: {"start": [first, last]}}`, epoch milliseconds or ISO strings): the day
    under each end of the drag. None when nothing is brushed or the brush is not a range."""
    brushed = selection.get(BRUSH) or {}
    ends = brushed.get("start") if isinstance(brushed, dict) else None
    if not isinstance(ends, list | tuple) or len(ends) != 2:
        return None
    try:
        stamps: list[Any] = [
            pd.Timestamp(end, unit="ms") if isinstance(end, int | float) else pd.Timestamp(end)
            for end in ends
        ]
    except (TypeError, ValueError):
        return None
    if not all(isinstance(stamp, pd.Timestamp) for stamp in stamps):  # NaT: no day
        return None
    first, last = sorted(stamps)
    return first.date(), last.date()


def timeline_chart(
    events: Sequence[Event], words: Words, *, start: date, end: date, linked: bool = False
) -> alt.LayerChart:
    """The chart for `events` between `start` and `end` (inclusive). It opens on the days where
    most events fall (`focus_window`); scrolling zooms out to the whole period, dragging moves
    through it. `linked` (the map page): a click on a bar or its mark selects its event
    (selections `PICKS`, its `id`), dragging selects days (`BRUSH`, see `brushed_days`) and
    shift-dragging moves; the hovered event's id is kept in step, both ways, with the page
    element `HOVER_ELEMENT_ID`, and that event's bar is outlined."""
    frame = timeline_frame(events, words)
    if linked:  # a tooltip cannot hold a link: it says where the event's link is
        frame["open"] = words("timeline.open_hint")
    actor_order = list(dict.fromkeys(words.actor(event.actor) for event in events))
    statuses = [term.name(words.language) for term in vocabulary.STATUSES]
    opacities = [STATUS_OPACITY.get(term.id, _OTHER_STATUS_OPACITY) for term in vocabulary.STATUSES]
    shapes = [term.shape or "circle" for term in vocabulary.STATUSES]
    # Colour means the actor, as on the map (one meaning per colour across pages); each row is
    # an actor, so the axis names it and no colour legend is needed.
    acting = list(dict.fromkeys(event.actor for event in events))
    actor_scale = alt.Scale(
        domain=[words.actor(actor) for actor in acting],
        range=[actor_color(words.actors, actor) for actor in acting],
    )
    focus = focus_window(events, start, end)
    half_day = pd.Timedelta(hours=12)  # room for the marks at the edges
    domain = [
        (pd.Timestamp(focus[0]) - half_day).isoformat(),
        (pd.Timestamp(focus[1] + timedelta(days=1)) + half_day).isoformat(),
    ]
    x_axis = alt.Axis(format="%-d %b %Y", tickMinStep=86_400_000, labelOverlap=True)
    status_legend = _legend(words("timeline.status"), row=0)
    base = alt.Chart(frame).encode(
        x=alt.X(
            "start:T",
            title=None,
            scale=alt.Scale(domain=domain),
            axis=x_axis,
        ),
        y=alt.Y("actor:N", sort=actor_order, title=None, axis=alt.Axis(labelLimit=200)),
        yOffset=alt.YOffset("lane:O"),
        color=alt.Color("actor:N", scale=actor_scale, legend=None),
        opacity=alt.Opacity(
            "status:O",
            sort=statuses,
            scale=alt.Scale(domain=statuses, range=opacities),
            legend=status_legend,
        ),
        tooltip=[
            alt.Tooltip("title:N", title=words("table.headline")),
            alt.Tooltip("when:N", title=words("table.when")),
            alt.Tooltip("layer:N", title=words("table.layer")),
            alt.Tooltip("status_label:N", title=words("table.status")),
            alt.Tooltip("summary:N", title=words("table.summary")),
            *([alt.Tooltip("open:N", title=words("popup.link"))] if linked else []),
        ],
    )
    bars = base.mark_bar(cornerRadius=2, stroke="#222222", strokeWidth=0.8, clip=True).encode(
        x2="end:T"
    )
    # A mark at the start keeps one-day events visible; its shape says how sure the event is.
    dots = base.mark_point(
        filled=True, size=80, stroke="#222222", strokeWidth=0.6, clip=True
    ).encode(
        shape=alt.Shape(
            "status:O",
            sort=statuses,
            scale=alt.Scale(domain=statuses, range=shapes),
            legend=status_legend,
        )
    )
    rows = max(1, len(actor_order))
    lanes = int(frame["lane"].max()) + 1 if len(frame) else 1
    moves = alt.selection_interval(bind="scales", encodings=["x"], zoom="wheel!")
    if linked:
        moves = alt.selection_interval(
            bind="scales", encodings=["x"], zoom="wheel!", translate=_SHIFT_DRAG
        )
        hover = alt.selection_point(
            name="hover",
            fields=["id"],
            on="pointerover",
            clear="pointerout",
            bind=alt.BindDirect(element=f"#{HOVER_ELEMENT_ID}"),
        )
        outline = alt.condition(hover, alt.value(3.0), alt.value(0.8), empty=False)
        brush = alt.selection_interval(name=BRUSH, encodings=["x"], on=_DRAG, translate=False)
        bars = bars.encode(strokeWidth=outline).add_params(
            alt.selection_point(name=PICKS[0], fields=["id"], on="click"), hover, brush
        )
        dots = dots.encode(strokeWidth=outline).add_params(
            alt.selection_point(name=PICKS[1], fields=["id"], on="click")
        )
    chart: alt.LayerChart = (
        alt.layer(bars, dots)
        .add_params(moves)
        .properties(
            height=max(160, rows * (20 * lanes + 12)),
            padding={"top": 34, "left": 5, "right": 5, "bottom": 5},
        )
        .configure(locale=vega_locale(words))
        .configure_axis(labelFontSize=12)
    )
    return chart
