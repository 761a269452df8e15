"""The timeline: which days it opens on, what it says it leaves out, and its chart."""

from datetime import date, timedelta

import pytest

from geo.model import validate_event
from geo.timeline import (
    BRUSH,
    HOVER_ELEMENT_ID,
    PICKS,
    brushed_days,
    focus_note,
    focus_window,
    timeline_chart,
    timeline_frame,
)
from tests.conftest import SAMPLE_EVENTS, make_event


def _event(number: int, first: date, last: date | None = None):
    last = last or first
    return make_event(id=f"event-{number}", date_start=first.isoformat(), date_end=last.isoformat())


def _events(firsts: list[date]):

    return [validate_event(_event(n, day)) for n, day in enumerate(firsts)]


OCT = [date(2024, 10, day) for day in (8, 18, 18, 18, 18, 18, 18, 18, 21, 21, 21)]


@pytest.mark.parametrize(
    ("firsts", "start", "end", "expected"),
    [
        # one June outlier among October events: open on October
        (
            [date(2024, 6, 19), *OCT],
            date(2024, 6, 1),
            date(2024, 10, 22),
            (date(2024, 10, 6), date(2024, 10, 22)),
        ),
        # evenly spread: the whole period
        (
            [date(2024, 1, 1) + timedelta(days=30 * n) for n in range(10)],
            date(2024, 1, 1),
            date(2024, 12, 31),
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        # a short period is shown whole
        (OCT, date(2024, 10, 8), date(2024, 10, 22), (date(2024, 10, 8), date(2024, 10, 22))),
        # too few events to judge
        (
            [date(2024, 6, 1), date(2024, 10, 1)],
            date(2024, 6, 1),
            date(2024, 10, 22),
            (date(2024, 6, 1), date(2024, 10, 22)),
        ),
    ],
)
def test_focus_window(firsts, start, end, expected):
    assert focus_window(_events(firsts), start, end) == expected


def test_focus_window_reaches_the_end_of_the_events_in_it():
    events = _events([date(2024, 6, 19), *OCT])

    events.append(validate_event(_event(99, date(2024, 10, 18), date(2024, 10, 30))))
    assert focus_window(events, date(2024, 6, 1), date(2024, 11, 30))[1] == date(2024, 11, 1)


def test_a_story_with_one_june_event_opens_on_october_and_names_it(sample_story, english, french):
    events = list(sample_story.events)
    start, end = sample_story.span()
    assert focus_window(events, start, end) == (date(2024, 10, 6), date(2024, 10, 22))
    note = focus_note(events, english, start=start, end=end)
    total = len(SAMPLE_EVENTS)
    assert note.startswith(
        f"The timeline opens on 6–22 Oct 2024, where {total - 1} of the {total} events fall"
    )
    assert "Russia → North Korea: agreement, June 2024" in note
    french_note = focus_note(events, french, start=start, end=end)
    assert french_note.startswith("La chronologie s’ouvre sur 6–22 oct. 2024".replace("’", "'"))
    assert "Russie → Corée du Nord : accord, juin 2024" in french_note
    october = [e for e in events if e.date_start >= date(2024, 10, 18)]
    assert focus_note(october, english, start=date(2024, 10, 18), end=end) is None


def test_chart_opens_on_the_focus_with_one_status_legend(sample_story, english):
    story = sample_story
    start, end = story.span()
    spec = timeline_chart(list(story.events), english, start=start, end=end)
    spec = spec.to_dict()
    bars, dots = spec["layer"]
    assert bars["encoding"]["x"]["scale"]["domain"] == [
        "2024-10-05T12:00:00",
        "2024-10-23T12:00:00",
    ]
    assert dots["encoding"]["shape"]["legend"]["title"] == "Status"
    assert bars["encoding"]["opacity"]["legend"]["title"] == "Status"
    assert "strokeDash" not in bars["encoding"]
    frame = timeline_frame(list(story.events), english)
    assert len(frame) == len(SAMPLE_EVENTS)
    assert frame["lane"].max() >= 1, "overlapping events get lanes"


def _params(spec: dict) -> dict[str, dict]:
    return {
        param["name"]: param
        for view in [spec, *spec.get("layer", [])]
        for param in view.get("params", [])
    }


def test_only_the_linked_chart_picks_brushes_and_shares_its_hovered_event(sample_story, english):
    start, end = sample_story.span()
    events = list(sample_story.events)
    plain = _params(timeline_chart(events, english, start=start, end=end).to_dict())
    linked_spec = timeline_chart(events, english, start=start, end=end, linked=True).to_dict()
    linked = _params(linked_spec)
    assert not set(plain) & {*PICKS, BRUSH, "hover"}
    assert {*PICKS, BRUSH, "hover"} <= set(linked)
    assert linked["hover"]["bind"] == {"element": f"#{HOVER_ELEMENT_ID}"}
    assert linked[BRUSH]["select"]["encodings"] == ["x"]
    # Plain dragging moves the plain chart; the linked one moves on shift-drag, brushes on drag.
    moves = [p for p in linked.values() if p.get("bind") == "scales"]
    assert len(moves) == 1 and "shiftKey" in moves[0]["select"]["translate"]
    assert "!event.shiftKey" in linked[BRUSH]["select"]["on"]
    bars = linked_spec["layer"][0]
    assert bars["encoding"]["strokeWidth"]["condition"]["param"] == "hover"
    tooltips = [tip["field"] for tip in bars["encoding"]["tooltip"]]
    assert "open" in tooltips and "open" not in [
        tip["field"]
        for tip in timeline_chart(events, english, start=start, end=end).to_dict()["layer"][0][
            "encoding"
        ]["tooltip"]
    ]


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        # 12 Oct 2024 10:09 UTC to 17 Oct 2024 21:56 UTC, as Streamlit reports a drag.
        (
            {BRUSH: {"start": [1728727753846, 1729202164706]}},
            (date(2024, 10, 12), date(2024, 10, 17)),
        ),
        (
            {BRUSH: {"start": [1729202164706, 1728727753846]}},
            (date(2024, 10, 12), date(2024, 10, 17)),
        ),
        (
            {BRUSH: {"start": ["2024-10-08T03:00:00", "2024-10-13T23:00:00"]}},
            (date(2024, 10, 8), date(2024, 10, 13)),
        ),
        ({}, None),
        ({BRUSH: {}}, None),
        ({BRUSH: {"start": [1728727753846]}}, None),
        ({BRUSH: {"start": ["not a day", "2024-10-13"]}}, None),
        ({BRUSH: {"start": [None, None]}}, None),
        ({BRUSH: ["2024-10-08", "2024-10-13"]}, None),
    ],
)
def test_brushed_days_are_the_days_under_the_ends_of_the_drag(selection, expected):
    assert brushed_days(selection) == expected
